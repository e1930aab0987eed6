"""地図 page: one map layer of every area; layer, indicator, year and resource choices change it."""
from __future__ import annotations

from pathlib import Path

import pytest
from dash_helpers import array, banner_texts, frames, plotly_specs

from indicators.services import mapstyle
from indicators.warehouse.duck import connect
from indicators.wording import synthetic_notice

SYNTHETIC_NOTICE = synthetic_notice("鳥取市")  # the warehouses' municipality


def _areas(spec: dict) -> list[dict]:
    """The area layers (choropleth map traces)."""
    return [t for t in spec["data"] if t["type"] == "choroplethmap"]


def _point_names(spec: dict) -> list[str]:
    return [t["name"] for t in spec["data"] if t["type"] == "scattermap" and t.get("mode") == "markers"]


def _hover(spec: dict, code: str) -> str:
    for t in _areas(spec):
        locs = list(array(t["locations"]))
        if code in locs:
            return list(array(t["text"]))[locs.index(code)]
    raise AssertionError(code)


def test_district_layer_outlines_areas_without_the_resource(fixture_wh, open_page):
    at = open_page(fixture_wh, "gap_map")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    table = frames(at)[0]
    assert list(table["区域"]) == ["久松", "醇風", "城北"]
    # 2024: D01 (R1) and D02 (R4) have a consultation place, D03 has none; 0/1 per 地区 reads あり/なし.
    assert list(table["常設型の相談の場がある地区の割合"]) == ["あり", "あり", "なし"]
    assert list(table["目標との差"]) == ["達成", "達成", "未達成"]
    assert list(table["常設型の相談の場なし"]) == ["", "", "●"]
    spec = plotly_specs(at)[0]
    (layer,) = _areas(spec)
    assert [f["id"] for f in layer["geojson"]["features"]] == ["D01", "D02", "D03"]
    assert list(array(layer["locations"])) == ["D01", "D02", "D03"]
    lack = [t for t in spec["data"] if t.get("name") == "常設型の相談の場のない区域"]
    assert len(lack) == 1 and lack[0]["line"]["color"] == "#d62728" and lack[0]["mode"] == "lines"
    # the outline is D03's ring: the rectangle 134.20–134.24 × 35.51–35.53 (5 points + the break)
    xs = [v for v in array(lack[0]["lon"]) if v == v]
    assert sorted(set(round(v, 5) for v in xs)) == [134.2, 134.24]
    hover = _hover(spec, "D03")
    assert "城北" in hover and "目標との差: 未達成" in hover and "常設型の相談の場なし" in hover
    # No tile server: the map style is a blank one of its own with no source and no glyph URL.
    style = spec["layout"]["map"]["style"]
    assert all(src["type"] == "geojson" for src in style["sources"].values())
    assert "glyphs" not in style and "sprite" not in style and [x["type"] for x in style["layers"]] == ["background"]
    # the worse state (なし, as higher is better) gets the salient colour: z = 0 → the scale's low end
    scale = layer["colorscale"]
    assert scale[0][1] == mapstyle.SALIENT and scale[-1][1] == mapstyle.MUTED
    assert layer["colorbar"]["ticktext"] == ["なし", "あり"]
    # names on the map
    names = [t for t in spec["data"] if t["type"] == "scattermap" and t.get("mode") == "text"]
    assert len(names) == 1 and list(array(names[0]["text"])) == ["久松", "醇風", "城北"]

    at.selectbox(key="map_fy").set_value(2023).run()
    assert list(frames(at)[0]["常設型の相談の場なし"]) == ["", "●", "●"]


def test_school_layer_and_resource_choice(fixture_wh, open_page):
    at = open_page(fixture_wh, "gap_map")
    at.radio(key="map_level").set_value("school_district").run()
    assert at.selectbox(key="map_indicator").options == ["地域食堂がある小学校区の割合"]
    table = frames(at)[0]
    assert list(table["区域"]) == ["久松小学校", "醇風小学校"]
    # The lacking-resource default follows the indicator: cafeteria R2 lies in S02 only.
    assert list(table["地域食堂（子ども食堂を含む）なし"]) == ["●", ""]
    spec = plotly_specs(at)[0]
    (layer,) = _areas(spec)
    assert len(layer["geojson"]["features"]) == 2
    assert _point_names(spec) == ["地域食堂（子ども食堂を含む）"]
    # R2 opened in 2023: in 2022 both school districts lack one.
    at.selectbox(key="map_fy").set_value(2022).run()
    assert list(frames(at)[0]["地域食堂（子ども食堂を含む）なし"]) == ["●", "●"]
    at.multiselect(key="map_points_cafeteria_school_coverage").set_value(["consultation_place", "district_salon"]).run()
    assert _point_names(plotly_specs(at)[0]) == ["常設型の地区サロン", "常設型の相談の場"]


def test_target_text_is_shown_with_the_indicator(fixture_wh, open_page):
    from dash_helpers import texts

    at = open_page(fixture_wh, "gap_map")
    con = connect(fixture_wh, read_only=True)
    try:
        want = con.execute("SELECT target_text FROM indicator_catalogue WHERE indicator_id = 'consultation_place_coverage'").fetchone()[0]
    finally:
        con.close()
    if want:
        assert f"【目指す姿】{want.strip()}" in texts(at)


def test_search_filters_the_table(fixture_wh, open_page):
    at = open_page(fixture_wh, "gap_map")
    at.text_input(key="map_search").set_value("城").run()
    assert list(frames(at)[0]["区域"]) == ["城北"]


def test_sample_map_switches_layer(sample_warehouse, open_page):
    at = open_page(sample_warehouse, "gap_map")
    assert len(frames(at)[0]) == 59
    assert [len(t["geojson"]["features"]) for t in _areas(plotly_specs(at)[0])] == [59]
    at.radio(key="map_level").set_value("school_district").run()
    assert not at.exception
    assert len(frames(at)[0]) == 41
    assert sum(len(t["geojson"]["features"]) for t in _areas(plotly_specs(at)[0])) == 41


def test_continuous_indicator_darkest_where_worst(sample_warehouse, open_page):
    at = open_page(sample_warehouse, "gap_map")
    at.selectbox(key="map_indicator").set_value("cafeterias_per_100k").run()
    spec = plotly_specs(at)[0]
    layer = _areas(spec)[0]
    assert layer["colorbar"]["title"]["text"] == "人口10万人あたり地域食堂数"
    # more cafés per person is better: the darkest colour sits at the low end of the scale
    assert layer["colorscale"][0][1] == mapstyle.SCALE[-1] and layer["colorscale"][-1][1] == mapstyle.SCALE[0]
    # The lacking outline follows the indicator's resource type (地域食堂).
    assert "地域食堂（子ども食堂を含む）なし" in frames(at)[0].columns


# ---------------------------------------------------------------- thousands of areas
GRID = (60, 50)  # 3,000 地区 squares; the 小学校区 are a 40 × 50 grid (2,000) over the same box


def _grid_sql(table: str, code: str, name: str, prefix: str, nx: int, ny: int) -> str:
    """Squares of an nx × ny grid over the fixture's box (134.20–134.24 × 35.49–35.53)."""
    dx, dy = 0.04 / nx, 0.04 / ny
    return f"""DELETE FROM {table};
        INSERT INTO {table} ({code}, {name}, geom)
        SELECT printf('{prefix}%05d', i * {ny} + j), printf('区域%d-%d', i, j),
               ST_MakeEnvelope(134.20 + i * {dx}, 35.49 + j * {dy}, 134.20 + (i + 1) * {dx}, 35.49 + (j + 1) * {dy})
        FROM range({nx}) a(i), range({ny}) b(j);"""


@pytest.fixture(scope="module")
def grid_warehouse(tmp_path_factory) -> Path:
    """The fixture warehouse with its 地区 and 小学校区 replaced by generated grids of squares, and a
    0/1 value per 地区 (even code numbers have a place), so the page must draw thousands of areas."""
    from fixture_warehouse import make_fixture_warehouse

    wh = make_fixture_warehouse(tmp_path_factory.mktemp("grid") / "warehouse.duckdb")
    con = connect(wh)
    try:
        con.execute(_grid_sql("districts", "district_code", "district_name", "G", *GRID))
        con.execute(_grid_sql("school_districts", "school_code", "school_name", "S", 40, 50))
        con.execute("""DELETE FROM indicator_values WHERE area_level <> 'city';
            INSERT INTO indicator_values
            SELECT 'consultation_place_coverage', 'district', district_code, fy,
                   (CAST(right(district_code, 5) AS INTEGER) + 1) % 2, NULL, NULL, 1, FALSE
            FROM districts, range(2022, 2025) y(fy);
            INSERT INTO indicator_values
            SELECT 'cafeteria_school_coverage', 'school_district', school_code, 2024, 0, NULL, NULL, 1, FALSE
            FROM school_districts;""")
    finally:
        con.close()
    return wh


def test_thousands_of_areas_are_one_layer(grid_warehouse, open_page):
    at = open_page(grid_warehouse, "gap_map")
    spec = plotly_specs(at)[0]
    layers = _areas(spec)
    # every area in one layer, whatever their number: the trace count does not grow with the areas
    assert len(layers) == 1 and len(spec["data"]) <= 4
    want = [f"G{n:05d}" for n in range(GRID[0] * GRID[1])]
    assert sorted(f["id"] for f in layers[0]["geojson"]["features"]) == want
    assert sorted(array(layers[0]["locations"])) == want
    # half have a place (あり), half not (なし): the values went through unchanged
    z = list(array(layers[0]["z"]))
    assert sorted(set(z)) == [0, 1] and z.count(1) == len(want) // 2
    # too many names to write them on the map (hover gives them)
    assert not [t for t in spec["data"] if t.get("mode") == "text"]
    assert len(frames(at)[0]) == len(want)
    at.radio(key="map_level").set_value("school_district").run()
    assert not at.exception
    layers = _areas(plotly_specs(at)[0])
    assert len(layers) == 1
    assert sorted(f["id"] for f in layers[0]["geojson"]["features"]) == [f"S{n:05d}" for n in range(2000)]


def test_png_download_uses_the_same_geometry_and_colours(fixture_wh):
    import io

    import numpy as np
    from PIL import Image

    from indicators.services import exports, queries

    features = queries.map_features(fixture_wh, "district")
    layer = queries.map_layer(fixture_wh, "district", "consultation_place_coverage", 2024)
    png = exports.map_png(features, layer, "常設型の相談の場（2024年度）", "常設型の相談の場がある地区の割合", "ratio",
                          "注記", ["D03"])
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).reshape(-1, 3)
    colours = {tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for h in (mapstyle.SALIENT, mapstyle.MUTED)}
    found = {c: int((pixels == c).all(axis=1).sum()) for c in colours}
    # D03 (なし) in the salient colour, D01 and D02 (あり) in the muted one: both fill large areas
    assert all(n > 1000 for n in found.values()), found
