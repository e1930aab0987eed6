"""The fiscal-year range comes from every input (statistics, resources' years, 支え愛マップ), from
the earliest to as_of, no earlier than dataset.yaml's first_fy (default: as_of_fy - 4)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from fixtures.tiny import YAML
from indicators.errors import UserError
from indicators.staging.years import fiscal_year_range
from indicators.pipeline import build_warehouse
from indicators.warehouse.duck import connect

# statistics for FY2024 only; the registry knows places opened in 1985, 2018, 2022 and 2023
ONE_YEAR_STATS = """district_code,fiscal_year,population,pop_0_14,pop_65plus,pop_75plus,households,single_elderly_households
D1,2024,990,95,310,160,455,42
D2,2024,480,38,205,125,228,20
"""
RESOURCES = """resource_id,resource_type,name,district_code,school_code,lat,lon,opened_fy,closed_fy,frequency,note
R1,consultation_place,相談の場1,D1,,,,平成30年度,,週1,
R2,consultation_place,相談の場2,D2,,,,2022,,週1,
R3,district_salon,サロン3,D1,,,,1985,,月2,
R4,community_cafeteria,食堂4,D2,,,,2023,2024,月1,
"""
ASSOCS = """assoc_code,assoc_name,district_code,households,pop_65plus,pop_0_14,sasaeai_map_fy,fureai_salon,lat,lon
A1,一町内会,D1,120,80,10,,1,35.505,134.205
A2,二町内会,D2,60,40,5,,0,,
"""


def test_range_from_all_columns_clipped_by_first_fy() -> None:
    s = pd.Series
    assert fiscal_year_range([s([2024])], 2024) == (2024, 2024)
    assert fiscal_year_range([s([2024]), s([2018.0, None])], 2024) == (2020, 2024)  # default first_fy 2020
    assert fiscal_year_range([s([2024]), s([2022, 2023])], 2024) == (2022, 2024)
    assert fiscal_year_range([s([2024]), s([1985])], 2024, first_fy=2019) == (2019, 2024)
    assert fiscal_year_range([s([2021, 2026])], 2024, first_fy=2000) == (2021, 2024)  # capped at as_of
    assert fiscal_year_range([s([], dtype=float)], 2024) == (2024, 2024)
    assert fiscal_year_range([s([2030])], 2024) == (2024, 2024)
    assert fiscal_year_range([s([2018])], 2024, first_fy=2030) == (2024, 2024)


def _build(tiny_dataset, tmp_path: Path, yaml_extra: str = "", name: str = "ds") -> Path:
    ds = tiny_dataset(name, dataset_yaml=YAML + yaml_extra, district_stats_csv=ONE_YEAR_STATS,
                      resources_csv=RESOURCES, neighbourhood_assocs_csv=ASSOCS)
    wh = tmp_path / f"{name}.duckdb"
    build_warehouse(ds, wh, quiet=True)
    return wh


def _values(wh: Path, indicator: str) -> dict[int, float | None]:
    con = connect(wh, read_only=True)
    try:
        rows = con.execute("SELECT fiscal_year, value FROM indicator_values WHERE indicator_id = ? AND area_level = 'city' "
                           "ORDER BY 1", [indicator]).fetchall()
        meta = con.execute("SELECT min_fy, max_fy FROM dataset_meta").fetchone()
    finally:
        con.close()
    return {"range": meta, **{fy: (None if v is None else round(v, 6)) for fy, v in rows}}


def test_one_year_of_statistics_still_gets_a_coverage_trend(tiny_dataset, tmp_path: Path) -> None:
    wh = _build(tiny_dataset, tmp_path)
    cov = _values(wh, "consultation_place_coverage")
    # as_of 2024-10-01 = FY2024; R1 (H30 = 2018) is before the default first_fy 2020
    assert cov["range"] == (2020, 2024)
    # covered 地区 / 2: D1 since 2018, D2 since 2022 (hand count)
    assert [cov[y] for y in range(2020, 2025)] == [0.5, 0.5, 1.0, 1.0, 1.0]
    per_pop = _values(wh, "cafeterias_per_100k")
    # population-based: NULL without statistics; FY2024: the cafeteria closed, 0 per 1,470
    assert [per_pop[y] for y in range(2020, 2024)] == [None] * 4 and per_pop[2024] == 0.0


def test_first_fy_from_dataset_yaml(tiny_dataset, tmp_path: Path) -> None:
    assert _values(_build(tiny_dataset, tmp_path, "first_fy: 2019\n", "a"), "consultation_place_coverage")["range"] == (2019, 2024)
    assert _values(_build(tiny_dataset, tmp_path, "first_fy: 令和4年度\n", "b"), "consultation_place_coverage")["range"] == (2022, 2024)
    with pytest.raises(UserError, match="first_fy"):
        _build(tiny_dataset, tmp_path, "first_fy: むかし\n", "c")
