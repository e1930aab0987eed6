"""Synthetic layout of the sample: where each 地区's seed point sits and how big it is.

Nothing here is a fact. Positions are hand-placed around the approximate area-block
centres and the known school points so that the generated map has the city's shape;
populations and aging rates are plausible starting values that the generator rescales
to city-level targets. Districts marked `None` are placed near their real school point.
"""
from __future__ import annotations

from typing import NamedTuple


class DistrictLayout(NamedTuple):
    lat: float | None  # None: a few hundred metres from the school point of `school`
    lon: float | None
    kind: str  # 'core' (city centre) | 'urban' | 'peri' (rural part of the old city) | 'rural'
    base_pop: int  # synthetic starting value, rescaled by the generator
    aging: float  # synthetic starting aging rate, rescaled to the city target
    school: str  # elementary school (小学校区) that mostly serves this 地区


LAYOUT: dict[str, DistrictLayout] = {
    # 旧鳥取市: centre
    "久松": DistrictLayout(None, None, "core", 3500, 0.36, "久松小学校"),
    "遷喬": DistrictLayout(None, None, "core", 3200, 0.37, "遷喬小学校"),
    "醇風": DistrictLayout(35.5030, 134.2270, "core", 3000, 0.38, "醇風小学校"),
    "明徳": DistrictLayout(None, None, "core", 6500, 0.31, "明徳小学校"),
    "日進": DistrictLayout(35.4910, 134.2130, "core", 5760, 0.33, "日進小学校"),
    "富桑": DistrictLayout(35.4860, 134.2240, "core", 7500, 0.34, "富桑小学校"),
    "修立": DistrictLayout(35.5105, 134.2215, "core", 5500, 0.34, "修立小学校"),
    # 旧鳥取市: urban ring
    "城北": DistrictLayout(35.5170, 134.2290, "urban", 9000, 0.28, "城北小学校"),
    "中ノ郷": DistrictLayout(35.5225, 134.2420, "urban", 4500, 0.30, "城北小学校"),
    "千代水": DistrictLayout(35.5090, 134.2090, "urban", 1150, 0.30, "城北小学校"),
    "浜坂": DistrictLayout(35.5330, 134.2500, "urban", 8000, 0.29, "浜坂小学校"),
    "美保": DistrictLayout(35.5045, 134.2520, "urban", 11000, 0.27, "美保南小学校"),
    "美保南": DistrictLayout(35.5150, 134.2620, "urban", 6000, 0.26, "美保南小学校"),
    "岩倉": DistrictLayout(35.5010, 134.2700, "urban", 6500, 0.27, "岩倉小学校"),
    "稲葉山": DistrictLayout(None, None, "urban", 3800, 0.32, "稲葉山小学校"),
    "面影": DistrictLayout(35.4800, 134.2380, "urban", 6500, 0.30, "面影小学校"),
    "倉田": DistrictLayout(35.4700, 134.2020, "urban", 5500, 0.29, "倉田小学校"),
    "米里": DistrictLayout(35.4620, 134.2180, "urban", 4500, 0.29, "米里小学校"),
    "津ノ井": DistrictLayout(None, None, "urban", 7500, 0.27, "津ノ井小学校"),
    "若葉台": DistrictLayout(35.4700, 134.2680, "urban", 5000, 0.34, "若葉台小学校"),
    "湖山": DistrictLayout(35.5010, 134.1800, "urban", 14000, 0.22, "湖山小学校"),
    "湖山西": DistrictLayout(35.5060, 134.1560, "urban", 8000, 0.27, "湖山西小学校"),
    "末恒": DistrictLayout(35.5150, 134.1270, "urban", 5500, 0.31, "末恒小学校"),
    "賀露": DistrictLayout(None, None, "urban", 5000, 0.31, "賀露小学校"),
    # 旧鳥取市: rural fringe
    "豊実": DistrictLayout(35.5160, 134.1930, "peri", 1100, 0.40, "世紀小学校"),
    "松保": DistrictLayout(35.4900, 134.1950, "peri", 1600, 0.36, "世紀小学校"),
    "湖南": DistrictLayout(35.4680, 134.1600, "peri", 2500, 0.40, "湖南学園"),
    "明治": DistrictLayout(35.4400, 134.1950, "peri", 2500, 0.38, "明治小学校"),
    "大正": DistrictLayout(35.4480, 134.2260, "peri", 3000, 0.33, "大正小学校"),
    "東郷": DistrictLayout(35.4250, 134.2200, "peri", 2300, 0.38, "東郷小学校"),
    "国英": DistrictLayout(35.4120, 134.2050, "peri", 1400, 0.41, "東郷小学校"),
    "美穂": DistrictLayout(35.4380, 134.2650, "peri", 1800, 0.40, "江山学園"),
    "神戸": DistrictLayout(35.4150, 134.2550, "peri", 1500, 0.42, "江山学園"),
    # 国府
    "宮ノ下": DistrictLayout(None, None, "rural", 4000, 0.33, "宮ノ下小学校"),
    "あおば": DistrictLayout(35.4880, 134.2880, "rural", 1600, 0.36, "宮ノ下小学校"),
    "成器": DistrictLayout(35.4700, 134.3150, "rural", 1800, 0.40, "国府東小学校"),
    "谷": DistrictLayout(35.4500, 134.3250, "rural", 700, 0.46, "国府東小学校"),
    "大茅": DistrictLayout(35.4300, 134.3150, "rural", 400, 0.52, "国府東小学校"),
    # 福部
    "福部": DistrictLayout(35.5400, 134.3100, "rural", 2800, 0.40, "福部未来学園"),
    # 河原
    "河原": DistrictLayout(35.3980, 134.2150, "rural", 2600, 0.38, "河原第一小学校"),
    "八上": DistrictLayout(35.3700, 134.2350, "rural", 1600, 0.42, "河原第一小学校"),
    "散岐": DistrictLayout(None, None, "rural", 1000, 0.44, "散岐小学校"),
    "西郷": DistrictLayout(None, None, "rural", 1200, 0.43, "西郷小学校"),
    # 用瀬
    "用瀬": DistrictLayout(35.3450, 134.2050, "rural", 1600, 0.42, "用瀬小学校"),
    "社": DistrictLayout(35.3250, 134.2300, "rural", 800, 0.46, "用瀬小学校"),
    "大村": DistrictLayout(35.3550, 134.1700, "rural", 700, 0.47, "用瀬小学校"),
    # 佐治
    "佐治": DistrictLayout(35.3150, 134.1050, "rural", 1700, 0.50, "佐治小学校"),
    # 気高
    "浜村": DistrictLayout(35.5150, 134.0550, "rural", 3300, 0.37, "浜村小学校"),
    "宝木": DistrictLayout(None, None, "rural", 1900, 0.40, "宝木小学校"),
    "逢坂": DistrictLayout(None, None, "rural", 1600, 0.42, "逢坂小学校"),
    "瑞穂": DistrictLayout(35.4900, 134.0700, "rural", 1500, 0.41, "瑞穂小学校"),
    # 鹿野
    "鹿野": DistrictLayout(35.4620, 134.0750, "rural", 1900, 0.41, "鹿野学園"),
    "小鷲河": DistrictLayout(35.4300, 134.0900, "rural", 450, 0.50, "鹿野学園"),
    "勝谷": DistrictLayout(35.4450, 134.0500, "rural", 600, 0.47, "鹿野学園"),
    # 青谷
    "青谷": DistrictLayout(None, None, "rural", 2300, 0.39, "青谷小学校"),
    "日置": DistrictLayout(35.5040, 134.0180, "rural", 1200, 0.43, "青谷小学校"),
    "中郷": DistrictLayout(35.5080, 133.9850, "rural", 800, 0.45, "青谷小学校"),
    "勝部": DistrictLayout(35.4880, 133.9720, "rural", 900, 0.46, "青谷小学校"),
    "日置谷": DistrictLayout(35.4650, 133.9950, "rural", 650, 0.48, "青谷小学校"),
}

# The district whose name the school carries / that the school mainly serves: a synthetic
# school point (when the reference gives none) is placed near this district's seed.
SCHOOL_HOME: dict[str, str] = {
    "醇風小学校": "醇風", "日進小学校": "日進", "富桑小学校": "富桑", "修立小学校": "修立",
    "城北小学校": "城北", "浜坂小学校": "浜坂", "岩倉小学校": "岩倉", "倉田小学校": "倉田",
    "美保南小学校": "美保南", "面影小学校": "面影", "若葉台小学校": "若葉台", "東郷小学校": "東郷",
    "米里小学校": "米里", "大正小学校": "大正", "明治小学校": "明治", "湖山小学校": "湖山",
    "湖山西小学校": "湖山西", "末恒小学校": "末恒", "江山学園": "神戸", "湖南学園": "湖南",
    "福部未来学園": "福部", "河原第一小学校": "河原", "用瀬小学校": "用瀬", "佐治小学校": "佐治",
    "浜村小学校": "浜村", "瑞穂小学校": "瑞穂", "鹿野学園": "鹿野",
}

# Radius (m) of the buffer each kind of seed contributes to the city outline.
OUTLINE_RADIUS_M = {"core": 1500.0, "urban": 2200.0, "peri": 3000.0, "rural": 3800.0}
BLOCK_RADIUS_M = {
    "旧鳥取市": 6000.0, "国府": 5500.0, "福部": 4500.0, "河原": 5000.0, "用瀬": 5500.0,
    "佐治": 7000.0, "気高": 4500.0, "鹿野": 5500.0, "青谷": 4500.0,
}

# The Sea of Japan: land lies south of this line (lon, lat), approximate.
COAST: tuple[tuple[float, float], ...] = (
    (133.90, 35.534), (134.00, 35.533), (134.06, 35.526), (134.10, 35.523),
    (134.15, 35.527), (134.19, 35.538), (134.22, 35.545), (134.26, 35.552),
    (134.30, 35.562), (134.40, 35.578),
)
# Bounding box of the real city (lon_min, lat_min, lon_max, lat_max), approximate.
CITY_BBOX = (133.95, 35.25, 134.35, 35.58)
