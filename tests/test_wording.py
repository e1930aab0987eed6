"""indicators.wording: the words follow the dataset's municipality (hand-written expectations)."""
from __future__ import annotations

from indicators import wording


def test_notice_names_the_municipality() -> None:
    assert wording.synthetic_notice("岩美町") == "このデータは合成データ（架空）を含みます。実際の岩美町の統計ではありません。"
    assert wording.synthetic_notice("鳥取市").endswith("実際の鳥取市の統計ではありません。")
    assert wording.synthetic_notice(None) == "このデータは合成データ（架空）を含みます。実際の統計ではありません。"
    assert "鳥取市" not in wording.synthetic_notice("智頭町")


def test_whole_area_follows_the_kind() -> None:
    assert [wording.whole_area(n) for n in ("鳥取市", "岩美町", "日吉津村", "千代田区", "", None)] == [
        "市全体", "町全体", "村全体", "区全体", "市全体", "市全体"]
    assert wording.level_labels("岩美町") == {"city": "町全体", "district": "地区", "school_district": "小学校区"}


def test_district_title_and_joined() -> None:
    assert wording.district_title("北西") == "北西地区" and wording.district_title("北西地区") == "北西地区"
    assert wording.joined(["D01", "岩美", None]) == "D01・岩美" and wording.joined(["D01", ""]) == "D01"
    assert wording.joined([float("nan"), "A"]) == "A"
