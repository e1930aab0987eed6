"""compute_all on the tiny warehouse: values checked against hand-computed expectations."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators.warehouse.duck import connect

CITY = "312011"


@pytest.fixture(scope="module")
def values(tiny_warehouse: Path) -> pd.DataFrame:
    con = connect(tiny_warehouse, read_only=True)
    df = con.execute("SELECT * FROM indicator_values").df()
    con.close()
    return df


def row(values: pd.DataFrame, ind: str, code: str, fy: int) -> pd.Series:
    sel = values[(values.indicator_id == ind) & (values.area_code == code) & (values.fiscal_year == fy)]
    assert len(sel) == 1, (ind, code, fy, len(sel))
    return sel.iloc[0]


def val(values: pd.DataFrame, ind: str, code: str, fy: int) -> float:
    return row(values, ind, code, fy)["value"]


def test_years_run_from_min_fy_to_as_of_fy(values: pd.DataFrame) -> None:
    # dataset_meta says max_fy 2024 but as_of 2024-03-01 is FY2023: capped.
    assert sorted(values.fiscal_year.unique()) == [2021, 2022, 2023]


def test_consultation_coverage_with_a_resource_opening_in_2022(values: pd.DataFrame) -> None:
    # R1 in D1 always; R2 in D2 opens 2022; R7 in D3 closed 2021 (never active in the series).
    assert [val(values, "consultation_place_coverage", CITY, fy) for fy in (2021, 2022, 2023)] == \
        pytest.approx([1 / 3, 2 / 3, 2 / 3])
    assert [val(values, "consultation_place_coverage", "D2", fy) for fy in (2021, 2022, 2023)] == [0, 1, 1]
    assert val(values, "consultation_place_coverage", "D3", 2021) == 0
    city = row(values, "consultation_place_coverage", CITY, 2022)
    assert (city.numerator, city.denominator) == (2, 3)
    d3 = row(values, "consultation_place_coverage", "D3", 2022)
    assert d3.numerator == 0 and pd.isna(d3.denominator)  # 0 when none, not NULL


def test_salon_coverage_with_a_resource_closing_in_2022(values: pd.DataFrame) -> None:
    # R3 in D3: opened 2019, closed_fy 2022 → active in 2021 only.
    assert [val(values, "district_salon_coverage", "D3", fy) for fy in (2021, 2022, 2023)] == [1, 0, 0]
    assert [val(values, "district_salon_coverage", CITY, fy) for fy in (2021, 2022, 2023)] == \
        pytest.approx([1 / 3, 0, 0])


def test_school_coverage_counts_coordinate_and_school_only_resources(values: pd.DataFrame) -> None:
    # R4 placed by coordinates → S2 (all years); R5 given only school S1, opens 2023.
    assert [val(values, "cafeteria_school_coverage", "S1", fy) for fy in (2021, 2022, 2023)] == [0, 0, 1]
    assert [val(values, "cafeteria_school_coverage", "S2", fy) for fy in (2021, 2022, 2023)] == [1, 1, 1]
    assert [val(values, "cafeteria_school_coverage", CITY, fy) for fy in (2021, 2022, 2023)] == [0.5, 0.5, 1.0]
    assert set(values.loc[values.indicator_id == "cafeteria_school_coverage", "area_level"]) == {"city", "school_district"}


def test_cafeteria_sufficiency_and_per_100k(values: pd.DataFrame) -> None:
    # Active cafeterias ÷ 2 schools; R5 has no district but counts for the city.
    assert [val(values, "cafeteria_sufficiency", CITY, fy) for fy in (2021, 2022, 2023)] == [0.5, 0.5, 1.0]
    # City population 1000 + 500 + 2000 = 3500.
    assert val(values, "cafeterias_per_100k", CITY, 2023) == pytest.approx(2 / 3500 * 100_000)
    assert val(values, "cafeterias_per_100k", "D3", 2021) == pytest.approx(1 / 2000 * 100_000)
    assert val(values, "cafeterias_per_100k", "D1", 2023) == 0


def test_per_1000_aged(values: pd.DataFrame) -> None:
    assert val(values, "per_1000_aged_consultation_place", "D2", 2022) == pytest.approx(5.0)  # 1 / 200
    assert val(values, "per_1000_aged_consultation_place", "D1", 2023) == pytest.approx(1000 / 320)
    assert val(values, "per_1000_aged_consultation_place", CITY, 2023) == pytest.approx(2 / 1020 * 1000)
    assert val(values, "per_1000_aged_coordinator", "D1", 2021) == pytest.approx(1000 / 300)
    ids = set(values.indicator_id)
    for rt in ("consultation_place", "district_salon", "community_cafeteria", "coordinator",
               "activity_base", "dementia_cafe", "shopping_support", "transport_service"):
        assert f"per_1000_aged_{rt}" in ids


def test_assoc_rates_and_a_map_dated_after_the_year(values: pd.DataFrame) -> None:
    # A2's 支え愛マップ is dated 2023: not counted in 2021/2022.
    assert [val(values, "sasaeai_map_rate", "D1", fy) for fy in (2021, 2022, 2023)] == [0.5, 0.5, 1.0]
    assert [val(values, "sasaeai_map_rate", CITY, fy) for fy in (2021, 2022, 2023)] == [0.25, 0.5, 0.75]
    assert val(values, "sasaeai_map_rate", "S1", 2023) == pytest.approx(2 / 3)
    # Salon: A4's count unknown → out of the denominator; D3 has no known 町内会.
    assert val(values, "fureai_salon_assoc_rate", CITY, 2022) == pytest.approx(2 / 3)
    assert val(values, "fureai_salon_assoc_rate", "D2", 2022) == 1.0
    d3 = row(values, "fureai_salon_assoc_rate", "D3", 2022)
    assert pd.isna(d3.value) and d3.numerator == 0 and d3.denominator == 0


def test_need_components_and_missing_key_resources(values: pd.DataFrame) -> None:
    assert val(values, "aging_rate", "D2", 2021) == pytest.approx(0.4)
    assert val(values, "aging_rate", CITY, 2023) == pytest.approx(1020 / 3500)
    assert val(values, "single_elderly_share", "D1", 2021) == pytest.approx(50 / 400)
    assert [val(values, "missing_key_resources", d, 2021) for d in ("D1", "D2", "D3")] == [2, 4, 2]
    assert [val(values, "missing_key_resources", d, 2022) for d in ("D1", "D2", "D3")] == [2, 3, 3]


def test_people_count_of_two_is_suppressed_place_count_of_one_is_not(values: pd.DataFrame) -> None:
    d2 = row(values, "single_elderly_share", "D2", 2021)  # 2 single-elderly households
    assert d2.suppressed and pd.isna(d2.value) and pd.isna(d2.numerator)
    assert d2.denominator == 250  # the household total is not small
    place = row(values, "consultation_place_coverage", "D1", 2021)  # 1 place
    assert not place.suppressed and place.numerator == 1 and place.value == 1


def test_source_suppressed_cell_and_city_total(values: pd.DataFrame) -> None:
    # D3's count was X in the source: suppressed; the city sum cannot be formed either.
    assert row(values, "single_elderly_share", "D3", 2022).suppressed
    city = row(values, "single_elderly_share", CITY, 2022)
    assert city.suppressed and pd.isna(city.value)


def test_secondary_suppression_protects_a_lone_small_cell(values: pd.DataFrame) -> None:
    # child_share: D2 has 2 children (primary); the city total 402 is shown, so the smallest
    # other district (D1, 100) is hidden too; D3 (300) stays.
    assert row(values, "child_share", "D2", 2021).suppressed
    d1 = row(values, "child_share", "D1", 2021)
    assert d1.suppressed and pd.isna(d1.numerator)
    assert not row(values, "child_share", "D3", 2021).suppressed
    assert row(values, "child_share", CITY, 2021).numerator == 402


def test_priority_score_by_hand(tiny_warehouse: Path, values: pd.DataFrame) -> None:
    # FY2021 scaled components (weights .25 aging, .25 single, .15 child, .35 missing/4):
    # D1: aging (0.30-0.25)/0.15 = 1/3, single 0 (only value), child suppressed, missing 2/4
    # D2: aging 1, single suppressed, child suppressed, missing 4/4
    # D3: aging 0, single suppressed, child 0 (only value), missing 2/4
    d1 = 100 * (0.25 / 3 + 0 + 0.35 * 0.5) / (0.25 + 0.25 + 0.35)
    d2 = 100 * (0.25 * 1 + 0.35 * 1) / (0.25 + 0.35)
    d3 = 100 * (0 + 0.15 * 0 + 0.35 * 0.5) / (0.25 + 0.15 + 0.35)
    assert [val(values, "priority_score", d, 2021) for d in ("D1", "D2", "D3")] == pytest.approx([d1, d2, d3])
    con = connect(tiny_warehouse, read_only=True)
    ps = con.execute("SELECT * FROM priority_scores WHERE fiscal_year = 2021 ORDER BY rank").df()
    con.close()
    assert list(ps.district_code) == ["D2", "D1", "D3"]
    assert list(ps["rank"]) == [1, 2, 3]
    for comp in ("aging_rate", "single_elderly_share", "child_share", "missing_key_resources"):
        assert {comp, f"{comp}_scaled", f"{comp}_suppressed"} <= set(ps.columns)
    d1row = ps[ps.district_code == "D1"].iloc[0]
    assert d1row.aging_rate_scaled == pytest.approx(1 / 3)
    assert bool(d1row.child_share_suppressed) and pd.isna(d1row.child_share)


def test_every_catalogue_indicator_has_rows_and_targets(tiny_warehouse: Path, values: pd.DataFrame) -> None:
    from indicators.engine.catalogue import load_catalogue

    con = connect(tiny_warehouse, read_only=True)
    stored = set(con.execute("SELECT indicator_id FROM indicator_catalogue").df().indicator_id)
    con.close()
    yaml_ids = {i.indicator_id for i in load_catalogue() if not {"access_district", "measure_progress"} & set(i.requires)}
    # the accessibility family is skipped without access_district, progress without records
    assert yaml_ids == stored
    assert stored == set(values.indicator_id)
    for ind in load_catalogue():
        if ind.indicator_id in stored:
            sub = values[values.indicator_id == ind.indicator_id]
            assert set(sub.area_level) == set(ind.area_levels), ind.indicator_id
            assert (sub.target.isna() if ind.target is None else sub.target == ind.target).all()


def test_parquet_copies_next_to_the_warehouse(tiny_warehouse: Path, values: pd.DataFrame) -> None:
    for name in ("indicator_values", "priority_scores", "indicator_catalogue"):
        assert (tiny_warehouse.parent / f"{name}.parquet").exists(), name
    pq = pd.read_parquet(tiny_warehouse.parent / "indicator_values.parquet")
    assert len(pq) == len(values)
    assert pq.loc[pq.suppressed, "value"].isna().all()
