"""Invariants on the bundled sample (session fixture `sample_warehouse`, built once per run)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators.engine import api
from indicators.engine.catalogue import load_catalogue


@pytest.fixture(scope="module")
def sample(sample_warehouse: Path):
    con = api.open_warehouse(sample_warehouse)
    yield con
    con.close()


def _small_cells_hidden(df: pd.DataFrame, cat: pd.DataFrame, thr: int) -> int:
    """Assert every people count in 1..threshold-1 is hidden; return how many rows were checked."""
    flags = cat.set_index("indicator_id")
    people_num = df["indicator_id"].map(flags["counts_people"]).astype(bool)
    people_den = df["indicator_id"].map(flags["denominator_counts_people"]).astype(bool)
    num = pd.to_numeric(df["numerator"], errors="coerce")
    den = pd.to_numeric(df["denominator"], errors="coerce")
    assert not (people_num & (num > 0) & (num < thr)).any()
    assert not (people_den & (den > 0) & (den < thr)).any()
    assert df.loc[df["suppressed"].astype(bool), "value"].isna().all()
    assert df.loc[df["suppressed"].astype(bool) & people_num, "numerator"].isna().all()
    return int(people_num.sum())


def test_every_indicator_has_rows_for_every_year(sample, sample_warehouse: Path) -> None:
    meta = api.dataset_meta(sample)
    years = set(range(meta["min_fy"], min(meta["max_fy"], meta["as_of_fy"]) + 1))
    values = api.indicator_values(sample)
    stored = set(api.catalogue(sample)["indicator_id"])
    has_access = not sample.execute(
        "SELECT count(*) = 0 FROM duckdb_tables() WHERE table_name = 'access_district'").fetchone()[0]
    expected = {i.indicator_id for i in load_catalogue() if has_access or "access_district" not in i.requires}
    # and the sample's declared indicators (indicators.yaml), in the same catalogue
    from indicators.declared.spec import read_spec
    from indicators.paths import DEFAULT_DATASET

    declared = {i.indicator_id for i in read_spec(DEFAULT_DATASET, builtin_ids=set())}
    assert declared and stored == expected | declared
    for ind in load_catalogue():
        if ind.indicator_id not in stored:
            continue
        sub = values[values.indicator_id == ind.indicator_id]
        assert set(sub.fiscal_year) == years, ind.indicator_id
        assert set(sub.area_level) == set(ind.area_levels), ind.indicator_id
        assert sub.value.notna().any(), ind.indicator_id
    # one priority score per 地区 and year
    ps = api.priority_scores(sample)
    n_districts = sample.execute("SELECT count(*) FROM districts").fetchone()[0]
    assert len(ps) == n_districts * len(years) and ps["score"].between(0, 100).all()


def test_no_small_people_count_leaves_through_table_api_or_parquet(sample, sample_warehouse: Path) -> None:
    thr = api.dataset_meta(sample)["suppression_threshold"]
    cat = api.catalogue(sample)
    table = sample.execute("SELECT * FROM indicator_values").df()
    checked = _small_cells_hidden(table, cat, thr)
    assert checked > 0
    _small_cells_hidden(api.indicator_values(sample), cat, thr)
    _small_cells_hidden(pd.read_parquet(sample_warehouse.parent / "indicator_values.parquet"), cat, thr)
    prof = api.district_profile(sample, sample.execute("SELECT min(district_code) FROM districts").fetchone()[0])
    for col in ("population", "pop_0_14", "pop_65plus", "households", "single_elderly_households"):
        v = prof[col].iloc[0]
        assert pd.isna(v) or v == 0 or v >= thr
    summary = api.assoc_summary(sample)
    for col in ("households", "pop_65plus", "pop_0_14"):
        shown = summary[col].dropna()
        assert ((shown == 0) | (shown >= thr)).all()
