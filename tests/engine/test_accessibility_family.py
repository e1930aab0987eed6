"""The accessibility family (sql/accessibility.sql) against a naive per-cell lookup.

access_district is written by hand with the cases the query must handle: a complete
area-year, an area-year missing one (type, group), an area with no row at all, rows for an
unknown area and for a year outside the series (both ignored). The reference walks every
indicator × area × year and looks its row up in a dict, as the catalogue describes.
"""
from __future__ import annotations

import itertools

import duckdb
import pandas as pd
import pytest
from engine_fixtures import populate

from indicators.engine.catalogue import load_catalogue
from indicators.engine.compute import (
    _prepare_helpers,
    _run_family,
    read_meta,
    write_catalogue,
    write_plan_links,
)

CITY = "312011"
AREAS = [("city", CITY), ("district", "D1"), ("district", "D2"), ("district", "D3"),
         ("school_district", "S1"), ("school_district", "S2")]
YEARS = (2021, 2022, 2023)


def _access_rows() -> pd.DataFrame:
    family = [i for i in load_catalogue() if i.family == "accessibility"]
    combos = sorted({(i.resource_type, i.params["population_group"]) for i in family})
    rows = []
    for n, ((t, g), (level, code), fy) in enumerate(itertools.product(combos, AREAS, YEARS)):
        if code == "D3":
            continue  # an area without any 町内会 point: no row at all
        if code == "S2" and fy == 2022 and (t, g) == combos[0]:
            continue  # one (type, group) missing for one area-year
        pop = 0 if code == "D2" else 10 + n % 7  # D2: nobody of the group lives there
        rows.append((t, g, level, code, fy, pop, min(pop, n % 5), min(pop, n % 9), pop,
                     None if pop == 0 else 100.0 + n, None if pop == 0 else n / 3, 4, 1000.0))
    rows.append((combos[0][0], combos[0][1], "district", "D9", 2022, 50, 1, 2, 3, 1.0, 1.0, 1, 1000.0))  # unknown area
    rows.append((combos[0][0], combos[0][1], "district", "D1", 2019, 50, 1, 2, 3, 1.0, 1.0, 1, 1000.0))  # before the series
    return pd.DataFrame(rows, columns=["resource_type", "population_group", "area_level", "area_code", "fiscal_year",
                                       "pop_total", "pop_within_500", "pop_within_1000", "pop_within_2000",
                                       "mean_nearest_m", "sfca_score", "n_resources_located", "catchment_m"])


def _reference(access: pd.DataFrame) -> pd.DataFrame:
    """value, numerator, denominator per indicator × area × year, before suppression."""
    look = {tuple(r[:5]): r for r in access.itertuples(index=False)}
    out = []
    for ind in (i for i in load_catalogue() if i.family == "accessibility"):
        measure, group = ind.params["measure"], ind.params["population_group"]
        for (level, code), fy in itertools.product(AREAS, YEARS):
            if level not in ind.area_levels:
                continue
            r = look.get((ind.resource_type, group, level, code, fy))
            pop = None if r is None else float(r.pop_total)
            within = None if r is None or measure != "within" else float(getattr(r, f"pop_within_{ind.params['radius_m']}"))
            value = None
            if r is not None and measure == "within" and pop > 0:
                value = within / pop
            elif r is not None and measure == "sfca" and pop > 0:
                value = r.sfca_score
            elif r is not None and measure == "mean_distance":
                value = r.mean_nearest_m
            out.append((ind.indicator_id, level, code, fy, value, within, pop))
    return pd.DataFrame(out, columns=["indicator_id", "area_level", "area_code", "fiscal_year",
                                      "value", "numerator", "denominator"])


@pytest.fixture(scope="module")
def computed() -> tuple[pd.DataFrame, pd.DataFrame]:
    con = duckdb.connect()
    populate(con)
    access = _access_rows()
    con.execute("CREATE TABLE access_district AS SELECT * FROM access")
    indicators = load_catalogue()
    meta = read_meta(con)
    write_catalogue(con, indicators)
    write_plan_links(con, indicators)
    _prepare_helpers(con, indicators, meta)
    family = [i for i in indicators if i.family == "accessibility"]
    # threshold 0: no cell is hidden, so the rows are the query's own
    got = _run_family(con, "accessibility", family, dict(meta, suppression_threshold=0))
    con.close()
    return got, _reference(access)


def test_every_indicator_area_and_year_once(computed: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    got, ref = computed
    key = ["indicator_id", "area_level", "area_code", "fiscal_year"]
    assert len(ref) > 0 and not got.duplicated(key).any()
    assert sorted(map(tuple, got[key].to_numpy())) == sorted(map(tuple, ref[key].to_numpy()))
    assert not got["area_code"].isin(["D9"]).any() and got["fiscal_year"].min() == 2021


def test_values_equal_the_naive_lookup(computed: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    got, ref = computed
    key = ["indicator_id", "area_level", "area_code", "fiscal_year"]
    m = ref.merge(got, on=key, suffixes=("_ref", ""), validate="one_to_one")
    for col in ("value", "numerator", "denominator"):
        pd.testing.assert_series_equal(m[col].astype(float), m[f"{col}_ref"].astype(float), check_names=False)
    # the cases the query must tell apart are really there
    assert m.loc[m.area_code == "D3", "denominator"].isna().all()  # no row: NULLs
    partial = m[(m.area_code == "S2") & (m.fiscal_year == 2022)]
    assert partial["denominator"].isna().any() and partial["denominator"].notna().any()
    assert (m.loc[m.area_code == "D2", "denominator"] == 0).all() and m.loc[m.area_code == "D2", "value"].isna().any()
