"""Regression tests of issue 23's value and dataset.yaml classes (2, 4a, part of 8), from the mutations.

Each build must either load with every row accounted for or fail with a Japanese message naming
the file and key/column, never a traceback.
"""
from __future__ import annotations

import contextlib
import io
import time
from pathlib import Path

import pytest
from fixtures.tiny import ASSOCS, STATS, YAML

from indicators.cli import main
from indicators.errors import UserError
from indicators.raw.dataset import read_dataset_yaml
from indicators.warehouse.duck import connect

INT32_OVER = "2147483648"  # 2^31: one past INTEGER


def _build(ds: Path, wh: Path) -> tuple[int, str]:
    """`welfare build` as a user runs it: an exception escaping main() fails the test as a traceback."""
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        rc = main(["build", "--dataset", str(ds), "--warehouse", str(wh), "-q"])
    return rc, err.getvalue()


def _one(wh: Path, sql: str, params: list | None = None):
    con = connect(wh, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# ---- 2. numbers beyond INT32 ---------------------------------------------------------------------

def test_int32_overflow_in_assoc_count_loads_as_bigint(tiny_dataset, tmp_path: Path) -> None:
    # fureai_salon was INTEGER: ConversionException in the INSERT … CASE statement
    ds = tiny_dataset(neighbourhood_assocs_csv=ASSOCS.replace("2023,1,35.505", f"2023,{INT32_OVER},35.505"))
    rc, err = _build(ds, tmp_path / "wh.duckdb")
    assert rc == 0, err
    assert _one(tmp_path / "wh.duckdb", "SELECT fureai_salon FROM neighbourhood_assocs WHERE assoc_code = 'A1'") \
        == [(2147483648,)]


@pytest.mark.parametrize(("table", "text", "column"), [
    ("neighbourhood_assocs", ASSOCS.replace("A1,一町内会,D1,120", "A1,一町内会,D1," + "9" * 25), "households"),
    ("district_stats", STATS.replace("D1,2023,1000", "D1,2023," + "9" * 25), "population"),
])
def test_counts_beyond_bigint_are_rejected_with_a_reason(tiny_dataset, tmp_path: Path, table: str, text: str,
                                                         column: str) -> None:
    ds = tiny_dataset(**{f"{table}_csv": text})
    wh = tmp_path / "wh.duckdb"
    rc, err = _build(ds, wh)
    assert rc == 0, err
    assert _one(wh, "SELECT line_number, column_name, value, reason FROM rejected_rows WHERE source_file = ?",
                [f"{table}.csv"]) == [(2, column, "9" * 25, "整数として読めません")]
    read, loaded, rejected = _one(wh, "SELECT rows_read, rows_loaded, rows_rejected FROM load_reconciliation "
                                      "WHERE source_file = ?", [f"{table}.csv"])[0]
    assert (read, rejected) == (len(text.strip().splitlines()) - 1, 1) and loaded == read - 1


def test_suppression_threshold_beyond_int32_is_refused(tiny_dataset, tmp_path: Path) -> None:
    ds = tiny_dataset(dataset_yaml=YAML + f"suppression_threshold: {INT32_OVER}\n")
    rc, err = _build(ds, tmp_path / "wh.duckdb")
    assert rc == 1 and "dataset.yaml: suppression_threshold" in err and "Traceback" not in err
    assert not (tmp_path / "wh.duckdb").exists()


def test_tabular_only_without_school_codes_builds(tiny_dataset, tmp_path: Path) -> None:
    # no geometry, no crosswalk: every 町内会 school_code is NULL; _code_index raised IndexError
    ds = tiny_dataset(districts_geojson=None, school_districts_geojson=None, crosswalk_csv=None)
    rc, err = _build(ds, tmp_path / "wh.duckdb")
    assert rc == 0, err
    assert _one(tmp_path / "wh.duckdb", "SELECT tabular_only FROM dataset_meta") == [(True,)]


# ---- 4a. dataset.yaml: alias bomb, size ----------------------------------------------------------

BILLION_LAUGHS = YAML + """columns:
  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
  h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
  i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def test_yaml_alias_bomb_is_refused_quickly(tiny_dataset) -> None:
    ds = tiny_dataset(dataset_yaml=BILLION_LAUGHS)
    t0 = time.perf_counter()
    with pytest.raises(UserError, match="dataset.yaml: YAML として読めません.*エイリアス"):
        read_dataset_yaml(ds)
    assert time.perf_counter() - t0 < 5  # the walk of 9^9 strings took minutes and gigabytes


def test_a_few_aliases_are_still_yaml(tiny_dataset) -> None:
    ds = tiny_dataset(dataset_yaml=YAML + "columns:\n  all: &m {地区コード: district_code}\n  district_stats: *m\n")
    assert read_dataset_yaml(ds).rename_for("district_stats") == {"地区コード": "district_code"}


def test_oversized_dataset_yaml_is_refused(tiny_dataset) -> None:
    ds = tiny_dataset(dataset_yaml=YAML + "# " + "x" * (1024 * 1024) + "\n")
    with pytest.raises(UserError, match="dataset.yaml: ファイルが大きすぎます"):
        read_dataset_yaml(ds)


# ---- 8. as_of ------------------------------------------------------------------------------------

def test_as_of_with_impossible_hour_names_the_key(tiny_dataset, tmp_path: Path) -> None:
    ds = tiny_dataset(dataset_yaml=YAML.replace("as_of: 2024-10-01", "as_of: 2025-03-31T25:00:00"))
    rc, err = _build(ds, tmp_path / "wh.duckdb")
    assert rc == 1 and "dataset.yaml: as_of" in err and "Traceback" not in err
    # a real date-time is a date (fiscal year by the date part)
    ds = tiny_dataset("ok", dataset_yaml=YAML.replace("as_of: 2024-10-01", "as_of: 2025-03-31T23:00:00"))
    cfg = read_dataset_yaml(ds)
    assert str(cfg.as_of) == "2025-03-31" and cfg.as_of_fy == 2024


def test_every_yaml_a_dataset_brings_refuses_an_alias_bomb(tmp_path) -> None:
    """indicators.yaml, the import commands' dataset.yaml and a juki mapping use the same limited loader."""
    from indicators.declared.rules import read_rules
    from indicators.declared.spec import parse_spec
    from indicators.importers.common import open_dataset
    from indicators.importers.juki import JukiConfig

    bomb = BILLION_LAUGHS.split("columns:\n", 1)[1]
    with pytest.raises(UserError, match="indicators.yaml: YAML として読めません.*エイリアス"):
        parse_spec("columns:\n" + bomb, set())
    (tmp_path / "dataset.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    for read in (lambda: open_dataset(tmp_path), lambda: read_rules(tmp_path)):
        t0 = time.perf_counter()
        with pytest.raises(UserError, match="dataset.yaml: YAML として読めません.*エイリアス"):
            read()
        assert time.perf_counter() - t0 < 5
    (tmp_path / "mapping.yaml").write_text("columns:\n" + bomb, encoding="utf-8")
    with pytest.raises(UserError, match="mapping.yaml: YAML として読めません.*エイリアス"):
        JukiConfig.load(tmp_path / "mapping.yaml")
