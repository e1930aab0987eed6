"""Public reference facts about Tottori City, copied from shared/reference/tottori/.

Embedded so the generator runs on a fresh checkout (names and counts here, the city outline
and the real 公民館/school points in reference_data/). Only these facts are real in the
sample; everything else is synthetic (tests compare this copy with the shared files).
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import NamedTuple

from shapely.geometry import Polygon, shape


class RefDistrict(NamedTuple):
    name: str
    reading: str
    area_block: str
    population: int | None
    households: int | None
    as_of: str
    confidence: str  # 'confirmed' | 'likely'


class RefSchool(NamedTuple):
    name: str
    kind: str  # 小学校 | 義務教育学校
    covers: str
    lat: float | None
    lon: float | None


_D = RefDistrict
DISTRICTS: tuple[RefDistrict, ...] = (
    _D("久松", "きゅうしょう", "旧鳥取市", None, None, "", "confirmed"),
    _D("遷喬", "せんきょう", "旧鳥取市", None, None, "", "confirmed"),
    _D("日進", "", "旧鳥取市", 5760, 2747, "undated", "confirmed"),
    _D("富桑", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("修立", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("城北", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("稲葉山", "いなばやま", "旧鳥取市", 3800, 1472, "2020-04-01", "confirmed"),
    _D("明徳", "めいとく", "旧鳥取市", None, None, "", "confirmed"),
    _D("美保", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("美保南", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("面影", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("浜坂", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("中ノ郷", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("岩倉", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("米里", "よねさと", "旧鳥取市", None, None, "", "confirmed"),
    _D("明治", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("大正", "たいしょう", "旧鳥取市", None, None, "", "confirmed"),
    _D("神戸", "かんど", "旧鳥取市", None, None, "", "confirmed"),
    _D("美穂", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("津ノ井", "つのい", "旧鳥取市", None, None, "", "confirmed"),
    _D("若葉台", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("湖山", "こやま", "旧鳥取市", None, None, "", "confirmed"),
    _D("湖南", "こなん", "旧鳥取市", None, None, "", "confirmed"),
    _D("末恒", "すえつね", "旧鳥取市", None, None, "", "confirmed"),
    _D("賀露", "かろ", "旧鳥取市", 5000, 2000, "2017", "confirmed"),
    _D("千代水", "", "旧鳥取市", None, 473, "undated", "confirmed"),
    _D("豊実", "", "旧鳥取市", None, None, "", "confirmed"),
    _D("あおば", "", "国府", None, None, "", "confirmed"),
    _D("谷", "", "国府", None, None, "", "confirmed"),
    _D("大茅", "", "国府", None, None, "", "confirmed"),
    _D("成器", "", "国府", None, None, "", "confirmed"),
    _D("福部", "ふくべ", "福部", None, None, "", "confirmed"),
    _D("河原", "", "河原", None, None, "", "confirmed"),
    _D("八上", "", "河原", None, None, "", "confirmed"),
    _D("散岐", "さんき", "河原", None, None, "", "confirmed"),
    _D("西郷", "さいごう", "河原", None, None, "", "confirmed"),
    _D("大村", "", "用瀬", None, None, "", "confirmed"),
    _D("佐治", "さじ", "佐治", None, None, "", "confirmed"),
    _D("小鷲河", "", "鹿野", None, None, "", "confirmed"),
    _D("勝谷", "", "鹿野", None, None, "", "confirmed"),
    _D("宝木", "ほうぎ", "気高", None, None, "", "confirmed"),
    _D("逢坂", "おうさか", "気高", None, None, "", "confirmed"),
    _D("醇風", "", "旧鳥取市", None, None, "", "likely"),
    _D("倉田", "", "旧鳥取市", None, None, "", "likely"),
    _D("東郷", "", "旧鳥取市", None, None, "", "likely"),
    _D("松保", "", "旧鳥取市", None, None, "", "likely"),
    _D("湖山西", "", "旧鳥取市", None, None, "", "likely"),
    _D("国英", "", "旧鳥取市", None, None, "", "likely"),
    _D("宮ノ下", "", "国府", None, None, "", "likely"),
    _D("用瀬", "", "用瀬", None, None, "", "likely"),
    _D("社", "", "用瀬", None, None, "", "likely"),
    _D("鹿野", "", "鹿野", None, None, "", "likely"),
    _D("浜村", "", "気高", None, None, "", "likely"),
    _D("瑞穂", "", "気高", None, None, "", "likely"),
    _D("日置", "", "青谷", None, None, "", "likely"),
    _D("日置谷", "", "青谷", None, None, "", "likely"),
    _D("勝部", "", "青谷", None, None, "", "likely"),
    _D("中郷", "", "青谷", None, None, "", "likely"),
    _D("青谷", "", "青谷", None, None, "", "likely"),
)

_S = RefSchool
SCHOOLS: tuple[RefSchool, ...] = (
    _S("久松小学校", "小学校", "久松", 35.505944, 134.236333),
    _S("遷喬小学校", "小学校", "遷喬", 35.501306, 134.233028),
    _S("醇風小学校", "小学校", "西町・相生町 ほか", None, None),
    _S("明徳小学校", "小学校", "行徳 ほか", 35.496639, 134.22275),
    _S("日進小学校", "小学校", "日進", None, None),
    _S("富桑小学校", "小学校", "富桑", None, None),
    _S("修立小学校", "小学校", "修立", None, None),
    _S("城北小学校", "小学校", "城北・中ノ郷・千代水 の一部", None, None),
    _S("浜坂小学校", "小学校", "浜坂・江津", None, None),
    _S("稲葉山小学校", "小学校", "稲葉山(卯垣・立川町・滝山・小西谷)", 35.490972, 134.251306),
    _S("岩倉小学校", "小学校", "岩倉・国府町新通り・分上", None, None),
    _S("倉田小学校", "小学校", "倉田(円通寺・国安・八坂 ほか)", None, None),
    _S("美保南小学校", "小学校", "美保南(宮長・的場・叶)", None, None),
    _S("面影小学校", "小学校", "面影", None, None),
    _S("津ノ井小学校", "小学校", "津ノ井", 35.459361, 134.250444),
    _S("若葉台小学校", "小学校", "若葉台", None, None),
    _S("東郷小学校", "小学校", "東郷", None, None),
    _S("米里小学校", "小学校", "米里", None, None),
    _S("大正小学校", "小学校", "大正", None, None),
    _S("明治小学校", "小学校", "明治", None, None),
    _S("世紀小学校", "小学校", "豊実・松保", 35.502472, 134.198028),
    _S("湖山小学校", "小学校", "湖山", None, None),
    _S("湖山西小学校", "小学校", "湖山西", None, None),
    _S("末恒小学校", "小学校", "末恒", None, None),
    _S("賀露小学校", "小学校", "賀露", 35.530583, 134.196222),
    _S("江山学園", "義務教育学校", "美和・神戸(倭文・砂見・岩坪・玉津 ほか)", None, None),
    _S("湖南学園", "義務教育学校", "湖南(吉岡温泉町 ほか)", None, None),
    _S("宮ノ下小学校", "小学校", "国府町 宮ノ下・あおば", 35.479035, 134.271956),
    _S("国府東小学校", "小学校", "谷・大茅・成器", 35.460861, 134.296778),
    _S("福部未来学園", "義務教育学校", "福部", None, None),
    _S("河原第一小学校", "小学校", "河原町 鮎ヶ丘・稲常・今在家 ほか(地区は 河原・八上 と推定)", None, None),
    _S("西郷小学校", "小学校", "西郷", 35.379944, 134.164722),
    _S("散岐小学校", "小学校", "散岐", 35.376333, 134.198139),
    _S("用瀬小学校", "小学校", "用瀬・社・興徳(1969年統合; 地区 大村 を含むと推定)", None, None),
    _S("佐治小学校", "小学校", "佐治", None, None),
    _S("浜村小学校", "小学校", "浜村(勝見・八束水 ほか)", None, None),
    _S("宝木小学校", "小学校", "宝木", 35.51293, 134.081095),
    _S("逢坂小学校", "小学校", "逢坂", 35.48106, 134.038585),
    _S("瑞穂小学校", "小学校", "瑞穂", None, None),
    _S("鹿野学園", "義務教育学校", "旧鹿野町全域(地区 小鷲河・勝谷 を含むと推定)", None, None),
    _S("青谷小学校", "小学校", "旧青谷町全域(2007年に日置谷・日置・中郷・勝部の各校を統合)", 35.523341, 134.000662),
)

# City-level facts used as plausibility targets (reference README).
CITY_POPULATION_2024_12 = 181_958
CITY_POPULATION_2024_01 = 183_717
NEIGHBOURHOOD_ASSOCS_2015 = 832


# ----------------------------------------------------------------------------- real positions

class PublicPoint(NamedTuple):
    kind: str  # 'community_centre' | 'school' | 'other'
    short_name: str
    reference_name: str  # the 地区 / school of DISTRICTS / SCHOOLS it positions ('' = none)
    lat: float
    lon: float


_DATA = Path(__file__).parent / "reference_data"
# Copies of shared/reference/tottori/ (tests compare them with the shared files).
OUTLINE_FILE = _DATA / "city_outline.geojson"
POINTS_FILE = _DATA / "public_points.csv"

OUTLINE_SOURCE = "国土数値情報（行政区域データ）（国土交通省）を加工して作成"
POINTS_SOURCE = "国土地理院「指定緊急避難場所・指定避難所データ」（鳥取市分、2025-10-27 版）"


def city_outline_lonlat() -> Polygon:
    """The city's administrative outline (EPSG:6668, one polygon, 765.2 km²)."""
    doc = json.loads(OUTLINE_FILE.read_text(encoding="utf-8"))
    (feature,) = doc["features"]
    return shape(feature["geometry"])


def public_points() -> list[PublicPoint]:
    """Real 地区公民館 and school positions, in file order."""
    with POINTS_FILE.open(encoding="utf-8", newline="") as f:
        return [PublicPoint(r["kind"], r["short_name"], r["matches_reference"], float(r["lat"]), float(r["lon"]))
                for r in csv.DictReader(f)]
