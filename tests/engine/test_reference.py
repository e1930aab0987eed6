"""Second method: a naive pure-Python count of active resources vs the SQL families, on random data."""
from __future__ import annotations

import random
from collections.abc import Iterator

import duckdb
import pytest
from engine_fixtures import populate

from indicators.engine.catalogue import load_catalogue
from indicators.engine.compute import compute_all
from indicators.warehouse.duck import connect

TYPES = ["consultation_place", "district_salon", "coordinator", "community_cafeteria", "dementia_cafe"]
KEY_TYPES = ["consultation_place", "district_salon", "coordinator", "community_cafeteria"]
DISTRICTS = [f"D{n}" for n in range(1, 13)]
SCHOOLS = [f"S{n}" for n in range(1, 6)]
YEARS = range(2019, 2025)


def random_resources(seed: int, n: int = 90) -> list[tuple]:
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        opened = rng.choice([None, None, *range(2016, 2026)])
        closed = rng.choice([None, None, None, *range(2017, 2027)])
        if opened is not None and closed is not None and closed <= opened:
            closed = None
        rows.append((f"X{k}", rng.choice(TYPES), rng.choice([*DISTRICTS, None]),
                     rng.choice([*SCHOOLS, None]), opened, closed))
    return rows


def active(r: tuple, fy: int) -> bool:
    _, _, _, _, opened, closed = r
    return (opened is None or opened <= fy) and (closed is None or closed > fy)


@pytest.fixture(scope="module")
def random_case() -> Iterator[tuple[duckdb.DuckDBPyConnection, list[tuple]]]:
    con = connect()
    populate(con)
    res = random_resources(seed=20241)
    con.execute("UPDATE dataset_meta SET min_fy = 2019, max_fy = 2024, as_of_fy = 2024")
    con.execute("DELETE FROM districts; DELETE FROM school_districts; DELETE FROM resources; DELETE FROM district_stats")
    for d in DISTRICTS:
        con.execute("INSERT INTO districts (district_code, district_name) VALUES (?, ?)", [d, d])
        for fy in YEARS:
            con.execute("INSERT INTO district_stats VALUES (?, ?, 1000, 100, 300, 100, 400, 40, [])", [d, fy])
    for s in SCHOOLS:
        con.execute("INSERT INTO school_districts (school_code, school_name) VALUES (?, ?)", [s, s])
    con.executemany("INSERT INTO resources (resource_id, resource_type, district_code, school_code, opened_fy, closed_fy) "
                    "VALUES (?, ?, ?, ?, ?, ?)", res)
    compute_all(con)
    yield con, res
    con.close()


def test_coverage_matches_a_naive_count(random_case) -> None:
    con, res = random_case
    got = con.execute("SELECT * FROM indicator_values").df().set_index(
        ["indicator_id", "area_level", "area_code", "fiscal_year"])
    checked = 0
    for ind in (i for i in load_catalogue() if i.family == "coverage"):
        level = next(lv for lv in ind.area_levels if lv != "city")
        areas, col = (DISTRICTS, 2) if level == "district" else (SCHOOLS, 3)
        for fy in YEARS:
            covered = 0
            for area in areas:
                n = sum(1 for r in res if r[1] == ind.resource_type and r[col] == area and active(r, fy))
                row = got.loc[(ind.indicator_id, level, area, fy)]
                assert row["numerator"] == n and row["value"] == (1.0 if n else 0.0), (ind.indicator_id, area, fy)
                covered += n > 0
                checked += 1
            city = got.loc[(ind.indicator_id, "city", "312011", fy)]
            assert city["value"] == pytest.approx(covered / len(areas))
            assert (city["numerator"], city["denominator"]) == (covered, len(areas))
    assert checked == len(YEARS) * (3 * len(DISTRICTS) + len(SCHOOLS))  # 3 地区 + 1 小学校区 indicators
    city = got.xs("city", level="area_level")
    cov = city[city.index.get_level_values(0).str.endswith("_coverage")]["value"]
    assert ((cov > 0) & (cov < 1)).any()  # the random data is not degenerate


def test_density_and_missing_types_match_a_naive_count(random_case) -> None:
    con, res = random_case
    got = con.execute("SELECT * FROM indicator_values").df().set_index(
        ["indicator_id", "area_level", "area_code", "fiscal_year"])
    for fy in YEARS:
        for d in DISTRICTS:
            n = sum(1 for r in res if r[1] == "dementia_cafe" and r[2] == d and active(r, fy))
            assert got.loc[("per_1000_aged_dementia_cafe", "district", d, fy), "value"] == pytest.approx(n / 300 * 1000)
            missing = sum(1 for t in KEY_TYPES if not any(r[1] == t and r[2] == d and active(r, fy) for r in res))
            assert got.loc[("missing_key_resources", "district", d, fy), "value"] == missing
        # The city counts every active one, with or without a district code.
        total = sum(1 for r in res if r[1] == "community_cafeteria" and active(r, fy))
        assert got.loc[("cafeteria_sufficiency", "city", "312011", fy), "value"] == pytest.approx(total / len(SCHOOLS))
