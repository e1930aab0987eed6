"""地区カルテ page: statistics with 「秘匿」, indicators vs city and target, resources, 町内会."""
from __future__ import annotations

from dash_helpers import banner_texts, frames, metrics

from indicators.wording import synthetic_notice

SYNTHETIC_NOTICE = synthetic_notice("鳥取市")  # the warehouses' municipality


def test_small_counts_are_suppressed(fixture_wh, open_page):
    at = open_page(fixture_wh, "district_card")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    at.selectbox(key="card_district").set_value("D03").run()
    assert at.title[0].value == "城北地区 カルテ（2024年度）"
    # 城北 is name_confidence = likely: flagged in the list and on the card
    assert at.selectbox(key="card_district").format_func("D03") == "城北（名称は推定）"
    assert any("推定" in str(w.value) for w in at.warning)
    stats = frames(at)[0]
    # 2022 suppressed at the source, 2023/2024 value 2 < threshold 3.
    assert list(stats["高齢単身世帯数"]) == ["秘匿", "秘匿", "秘匿"]
    assert list(stats["人口"]) == ["900", "880", "870"]
    m = metrics(at)
    assert m["高齢単身世帯数"] == "秘匿"
    # 町内会 A04 (80 households) + A05 (2): only the 地区 sum is shown; maps by 2024: A05 only.
    assert m["町内会・集落の数"] == "2"
    assert m["世帯数（町内会の合計）"] == "82"
    assert m["支え愛マップ作成済み（2024年度まで）"] == "1"
    # both totals shown (82 町内会 vs 390 in the statistics): one line says why they differ
    assert any("町内会・集落の世帯数の合計（82）は地区の統計（390）と一致しません" in str(c.value) for c in at.caption)
    # No table shows one association's household count.
    for df in frames(at):
        assert "世帯数" not in df.columns or "町内会・集落" not in df.columns


def _frame(at, column: str):
    return next(df for df in frames(at) if column in df.columns)


def test_indicators_and_resources_follow_district_and_year(fixture_wh, open_page):
    at = open_page(fixture_wh, "district_card")
    ind = _frame(at, "前年度比")
    row = ind[ind["指標"] == "常設型の相談の場がある地区の割合"].iloc[0]
    assert (row["値"], row["市全体"], row["目標"], row["目標との差"]) == ("100.0%", "66.7%", "100.0%", "達成")
    # D01 had it in 2023 too: 100 % → 100 %; measured against the plan's 【目指す姿】 of its block
    assert row["前年度比"] == "+0.0ポイント" and row["【目指す姿】"] == "〇全地区に常設型の相談の場がある"
    res = _frame(at, "名称")
    assert list(res["名称"]) == ["久松ふれあい相談室"] and list(res["小学校区"]) == ["久松小学校"]  # a name, not S01
    at.selectbox(key="card_fy").set_value(2022).run()
    # The salon closed at the end of FY2022 (closed_fy 2023), so it shows for 2022.
    assert set(_frame(at, "名称")["名称"]) == {"久松サロン", "久松ふれあい相談室"}
    row = _frame(at, "前年度比").iloc[0]
    assert row["市全体"] == "33.3%"


def test_which_resource_types_the_district_lacks_and_the_nearest(fixture_wh, open_page):
    at = open_page(fixture_wh, "district_card")  # D01 久松, 2024
    pres = _frame(at, "この地区").set_index("種類")
    assert pres.loc["常設型の相談の場", "この地区"] == "あり" and pres.loc["常設型の相談の場", "数"] == 1
    assert pres.loc["常設型の地区サロン", "この地区"] == "なし"  # closed in FY2023, no other salon anywhere
    assert pres.loc["常設型の地区サロン", "ない場合：最寄りの資源"] == ""
    # 地域食堂: none in D01; the nearest is R2 in D02, 0.025° east of D01's centre at 35.5° N:
    # 0.025 × 111.32 km × cos 35.5° ≈ 2.27 km
    assert pres.loc["地域食堂（子ども食堂を含む）", "ない場合：最寄りの資源"] == "醇風みんな食堂（醇風、約 2.3 km）"


def test_card_download_is_a_workbook_of_sheets_with_numbers(fixture_wh):
    import io

    import openpyxl

    from indicators.services import exports, views

    book = exports.to_xlsx_workbook(views.card_sheets(fixture_wh, "D03", 2024, "市全体"), SYNTHETIC_NOTICE)
    wb = openpyxl.load_workbook(io.BytesIO(book))
    assert wb.sheetnames == ["統計", "指標", "資源", "資源のあり・なし"]
    st = wb["統計"]
    assert [c.value for c in st[3]][:3] == ["年度", "人口", "0〜14歳人口"]
    assert (st["A6"].value, st["B6"].value) == (2024, 870) and st["B6"].number_format == "#,##0"
    assert st["G6"].value == "秘匿"  # single elderly households 2 < 3
    ind = wb["指標"]
    row = {ind.cell(3, j).value: ind.cell(4, j) for j in range(1, ind.max_column + 1)}
    assert row["指標"].value == "常設型の相談の場がある地区の割合"
    assert row["地区の値"].value == 0 and row["地区の値"].number_format == "0.0%"
    assert abs(row["市全体"].value - 2 / 3) < 1e-12 and row["市全体"].number_format == "0.0%"


def test_card_pdf_for_one_district(sample_warehouse):
    from indicators.services import views

    pdf = views.card_pdf(sample_warehouse, "D03", 2024)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_sample_card_renders_every_section(sample_warehouse, open_page):
    at = open_page(sample_warehouse, "district_card")  # D01, latest year; opened_fy is a nullable integer there
    heads = [str(h.value) for h in at.subheader]
    assert heads[:4] == ["地区の統計", "主な資源のあり・なし", "優先度", "指標（地区・市全体・目標）"]
    res = _frame(at, "開始年度")
    assert "None" not in res.astype(str).to_numpy().ravel().tolist()
