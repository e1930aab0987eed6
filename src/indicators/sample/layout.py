"""Synthetic character of each 地区 in the sample: its kind, size, aging and main school.

Nothing here is a fact. Populations and aging rates are plausible starting values that the
generator rescales to city-level targets; `school` is the 小学校区 that mostly serves the
地区 in the sample (used to make school districts that cut across 地区 borders). Where the
地区 lies is not here: each one is laid around its real 公民館 (reference.public_points).
"""
from __future__ import annotations

from typing import NamedTuple


class DistrictLayout(NamedTuple):
    kind: str  # 'core' (city centre) | 'urban' | 'peri' (rural part of the old city) | 'rural'
    base_pop: int  # synthetic starting value, rescaled by the generator
    aging: float  # synthetic starting aging rate, rescaled to the city target
    school: str  # elementary school (小学校区) that mostly serves this 地区


LAYOUT: dict[str, DistrictLayout] = {
    # 旧鳥取市: centre
    "久松": DistrictLayout("core", 3500, 0.36, "久松小学校"),
    "遷喬": DistrictLayout("core", 3200, 0.37, "遷喬小学校"),
    "醇風": DistrictLayout("core", 3000, 0.38, "醇風小学校"),
    "明徳": DistrictLayout("core", 6500, 0.31, "明徳小学校"),
    "日進": DistrictLayout("core", 5760, 0.33, "日進小学校"),
    "富桑": DistrictLayout("core", 7500, 0.34, "富桑小学校"),
    "修立": DistrictLayout("core", 5500, 0.34, "修立小学校"),
    # 旧鳥取市: urban ring
    "城北": DistrictLayout("urban", 9000, 0.28, "城北小学校"),
    "中ノ郷": DistrictLayout("urban", 4500, 0.30, "城北小学校"),
    "千代水": DistrictLayout("urban", 1150, 0.30, "城北小学校"),
    "浜坂": DistrictLayout("urban", 8000, 0.29, "浜坂小学校"),
    "美保": DistrictLayout("urban", 11000, 0.27, "美保南小学校"),
    "美保南": DistrictLayout("urban", 6000, 0.26, "美保南小学校"),
    "岩倉": DistrictLayout("urban", 6500, 0.27, "岩倉小学校"),
    "稲葉山": DistrictLayout("urban", 3800, 0.32, "稲葉山小学校"),
    "面影": DistrictLayout("urban", 6500, 0.30, "面影小学校"),
    "倉田": DistrictLayout("urban", 5500, 0.29, "倉田小学校"),
    "米里": DistrictLayout("urban", 4500, 0.29, "米里小学校"),
    "津ノ井": DistrictLayout("urban", 7500, 0.27, "津ノ井小学校"),
    "若葉台": DistrictLayout("urban", 5000, 0.34, "若葉台小学校"),
    "湖山": DistrictLayout("urban", 14000, 0.22, "湖山小学校"),
    "湖山西": DistrictLayout("urban", 8000, 0.27, "湖山西小学校"),
    "末恒": DistrictLayout("urban", 5500, 0.31, "末恒小学校"),
    "賀露": DistrictLayout("urban", 5000, 0.31, "賀露小学校"),
    # 旧鳥取市: rural fringe
    "豊実": DistrictLayout("peri", 1100, 0.40, "世紀小学校"),
    "松保": DistrictLayout("peri", 1600, 0.36, "世紀小学校"),
    "湖南": DistrictLayout("peri", 2500, 0.40, "湖南学園"),
    "明治": DistrictLayout("peri", 2500, 0.38, "明治小学校"),
    "大正": DistrictLayout("peri", 3000, 0.33, "大正小学校"),
    "東郷": DistrictLayout("peri", 2300, 0.38, "東郷小学校"),
    "国英": DistrictLayout("peri", 1400, 0.41, "東郷小学校"),
    "美穂": DistrictLayout("peri", 1800, 0.40, "江山学園"),
    "神戸": DistrictLayout("peri", 1500, 0.42, "江山学園"),
    # 国府
    "宮ノ下": DistrictLayout("rural", 4000, 0.33, "宮ノ下小学校"),
    "あおば": DistrictLayout("rural", 1600, 0.36, "宮ノ下小学校"),
    "成器": DistrictLayout("rural", 1800, 0.40, "国府東小学校"),
    "谷": DistrictLayout("rural", 700, 0.46, "国府東小学校"),
    "大茅": DistrictLayout("rural", 400, 0.52, "国府東小学校"),
    # 福部
    "福部": DistrictLayout("rural", 2800, 0.40, "福部未来学園"),
    # 河原
    "河原": DistrictLayout("rural", 2600, 0.38, "河原第一小学校"),
    "八上": DistrictLayout("rural", 1600, 0.42, "河原第一小学校"),
    "散岐": DistrictLayout("rural", 1000, 0.44, "散岐小学校"),
    "西郷": DistrictLayout("rural", 1200, 0.43, "西郷小学校"),
    # 用瀬
    "用瀬": DistrictLayout("rural", 1600, 0.42, "用瀬小学校"),
    "社": DistrictLayout("rural", 800, 0.46, "用瀬小学校"),
    "大村": DistrictLayout("rural", 700, 0.47, "用瀬小学校"),
    # 佐治
    "佐治": DistrictLayout("rural", 1700, 0.50, "佐治小学校"),
    # 気高
    "浜村": DistrictLayout("rural", 3300, 0.37, "浜村小学校"),
    "宝木": DistrictLayout("rural", 1900, 0.40, "宝木小学校"),
    "逢坂": DistrictLayout("rural", 1600, 0.42, "逢坂小学校"),
    "瑞穂": DistrictLayout("rural", 1500, 0.41, "瑞穂小学校"),
    # 鹿野
    "鹿野": DistrictLayout("rural", 1900, 0.41, "鹿野学園"),
    "小鷲河": DistrictLayout("rural", 450, 0.50, "鹿野学園"),
    "勝谷": DistrictLayout("rural", 600, 0.47, "鹿野学園"),
    # 青谷
    "青谷": DistrictLayout("rural", 2300, 0.39, "青谷小学校"),
    "日置": DistrictLayout("rural", 1200, 0.43, "青谷小学校"),
    "中郷": DistrictLayout("rural", 800, 0.45, "青谷小学校"),
    "勝部": DistrictLayout("rural", 900, 0.46, "青谷小学校"),
    "日置谷": DistrictLayout("rural", 650, 0.48, "青谷小学校"),
}
