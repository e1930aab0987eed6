"""Property-based builds on malformed inputs (hypothesis).

Every build of a mutated tiny dataset (tests/fixtures/tiny.py) must either succeed with
reconciled counts (rows read = loaded + rejected for every file, matching the rows written,
one rejected line per rejected row, odd names kept byte for byte) or fail through
`welfare build` with a one-line Japanese message (no traceback), leaving the previous
warehouse byte-identical and no temporary file behind.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import shutil
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fixtures.tiny import DEFAULT_FILES
from hardening_counts import COUNTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indicators.cli import main
from indicators.warehouse.duck import connect

CSV_FILES = ("district_stats.csv", "neighbourhood_assocs.csv", "resources.csv", "crosswalk.csv")
GEO_FILES = ("districts.geojson", "school_districts.geojson")
NAME_COLS = {"neighbourhood_assocs.csv": "assoc_name", "resources.csv": "name"}
SETTINGS = settings(max_examples=24, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WEIRD = st.one_of(
    st.sampled_from([
        "1e400", "99999999999999999999999", "-5", "abc", "１２３", "1,234,567", "NaN", "inf", "-", "X", "…",
        "令和99年度", "H0", "R0", "'; DROP TABLE resources; --", '"quoted"', '""', "a\nb", "0x10", "", "  7 ",
        "１e5", "9" * 40, "-0", "3.5", "２０２４年度", "平成元年度", "秘匿", "NULL", "\\N", "\x00",
    ]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=12),
)
NASTY_NAME = st.one_of(
    st.sampled_from(["O'Brien町内会", 'サロン"ひだまり"', "Robert'); DROP TABLE resources;--", "a,b,c", "改行\nあり",
                     "' OR 1=1 --", "%s %d {0}", "\\'\\\"", "　全角空白　", "🍙カフェ"]),
    st.text(min_size=1, max_size=20).filter(lambda s: s.strip() and "\x00" not in s),
)


def _rows(name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(DEFAULT_FILES[name])))


@dataclass
class Case:
    """The dataset of one example: CSV rows, geojson objects, raw byte overrides."""
    tables: dict[str, list[list[str]]] = field(default_factory=lambda: {n: _rows(n) for n in CSV_FILES})
    geo: dict[str, dict] = field(default_factory=lambda: {n: json.loads(DEFAULT_FILES[n]) for n in GEO_FILES})
    raw: dict[str, bytes] = field(default_factory=dict)  # file → bytes (encoding/truncation mutations)
    names: dict[tuple[str, int], str] = field(default_factory=dict)  # (file, line) → exact name written
    kinds: list[str] = field(default_factory=list)

    def counts_known(self, name: str) -> bool:
        return name not in self.raw

    def write(self, root: Path) -> None:
        root.mkdir(parents=True)
        (root / "dataset.yaml").write_text(DEFAULT_FILES["dataset.yaml"], encoding="utf-8")
        for n, rows in self.tables.items():
            if n in self.raw:
                (root / n).write_bytes(self.raw[n])
            else:
                buf = io.StringIO()
                csv.writer(buf, lineterminator="\n").writerows(rows)
                (root / n).write_text(buf.getvalue(), encoding="utf-8")
        for n, obj in self.geo.items():
            if n in self.raw:
                (root / n).write_bytes(self.raw[n])
            else:
                (root / n).write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")


def _csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


# examples per mutation kind: every kind runs on every test run, the richer ones more often
CSV_KINDS = {"cell": 4, "name": 4, "encoding": 4, "truncate": 3, "outside": 3, "duplicate": 2, "drop_column": 2,
             "extra_cells": 2, "empty": 2}
GEO_KINDS = ("bowtie", "empty_geom", "null_geom", "far_away", "dup_code", "truncate", "code_value", "cp932", "not_json")


@st.composite
def csv_mutation(draw, case: Case, kind: str | None = None) -> None:
    kind = kind or draw(st.sampled_from(list(CSV_KINDS)))
    name = draw(st.sampled_from(list(NAME_COLS) if kind in ("outside", "name") else CSV_FILES))
    rows = case.tables[name]
    case.kinds.append(kind)
    header, body = rows[0], rows[1:]
    if kind == "cell" and body:
        r = draw(st.integers(0, len(body) - 1))
        c = draw(st.integers(0, len(header) - 1))
        body[r][c] = draw(WEIRD)
    elif kind == "duplicate" and body:
        r = draw(st.integers(0, len(body) - 1))
        body.insert(draw(st.integers(0, len(body))), list(body[r]))
    elif kind == "outside":
        r = draw(st.integers(0, len(body) - 1))
        lat, lon = draw(st.sampled_from([("35.0", "135.0"), ("0", "0"), ("134.205", "35.505"), ("35.505", ""),
                                         ("91", "181"), ("-35.505", "-134.205"), ("35.52", "134.205")]))
        body[r][header.index("lat")], body[r][header.index("lon")] = lat, lon
    elif kind == "name":
        r = draw(st.integers(0, len(body) - 1))
        value = draw(NASTY_NAME)
        body[r][header.index(NAME_COLS[name])] = value
        case.names[(name, r + 2)] = value
    elif kind == "encoding":
        enc = draw(st.sampled_from(["cp932", "utf-8-sig", "utf-16", "euc-jp", "mixed", "garbage"]))
        case.kinds[-1] = f"encoding-{enc}"
        text = _csv_text(rows)
        if enc == "mixed":
            half = len(text) // 2
            data = text[:half].encode("utf-8", "replace") + text[half:].encode("cp932", "replace")
        elif enc == "garbage":
            data = bytearray(text.encode("utf-8"))
            pos = draw(st.integers(len(text.splitlines()[0]) + 1, max(len(data) - 1, len(text.splitlines()[0]) + 1)))
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
            data = bytes(data)
        else:
            data = text.encode(enc, "replace")
        case.raw[name] = data
    elif kind == "truncate":
        data = _csv_text(rows).encode("utf-8")
        case.raw[name] = data[: draw(st.integers(0, len(data) - 1))]
    elif kind == "drop_column":
        c = draw(st.integers(0, len(header) - 1))
        for row in rows:
            if c < len(row):
                del row[c]
    elif kind == "extra_cells" and body:
        r = draw(st.integers(0, len(body) - 1))
        body[r].extend(draw(st.lists(WEIRD, min_size=1, max_size=3)))
    elif kind == "empty":
        case.raw[name] = draw(st.sampled_from([b"", DEFAULT_FILES[name].splitlines()[0].encode() + b"\n", b"\n\n"]))


BOWTIE = {"type": "Polygon", "coordinates": [[[134.20, 35.50], [134.21, 35.51], [134.21, 35.50], [134.20, 35.51],
                                              [134.20, 35.50]]]}


@st.composite
def geo_mutation(draw, case: Case, kind: str) -> None:
    name = draw(st.sampled_from(GEO_FILES))
    obj = case.geo[name]
    feats = obj["features"]
    case.kinds.append(f"geo-{kind}")
    i = draw(st.integers(0, len(feats) - 1))
    code = "district_code" if name.startswith("districts") else "school_code"
    if kind == "bowtie":
        feats[i]["geometry"] = BOWTIE
    elif kind == "empty_geom":
        feats[i]["geometry"] = {"type": "Polygon", "coordinates": []}
    elif kind == "null_geom":
        feats[i]["geometry"] = None
    elif kind == "far_away":
        feats[i]["geometry"] = {"type": "Polygon", "coordinates": [[[140, 40], [140.1, 40], [140.1, 40.1], [140, 40]]]}
    elif kind == "dup_code":
        feats.append(json.loads(json.dumps(feats[i])))
    elif kind == "truncate":
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        case.raw[name] = data[: draw(st.integers(0, len(data) - 1))]
    elif kind == "code_value":
        feats[i]["properties"][code] = draw(st.one_of(st.none(), st.integers(), st.just(""), NASTY_NAME))
    elif kind == "cp932":
        case.raw[name] = json.dumps(obj, ensure_ascii=False).encode("cp932")
    elif kind == "not_json":
        case.raw[name] = draw(st.binary(max_size=40))


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A warehouse built from the unmodified tiny dataset (copied before each example)."""
    root = tmp_path_factory.mktemp("pristine")
    Case().write(root / "ds")
    wh = root / "warehouse.duckdb"
    rc, _, err = run_build(root / "ds", wh)
    assert rc == 0, err
    return wh


def run_build(ds: Path, wh: Path) -> tuple[int, str, str]:
    """`welfare build` in-process; an exception escaping main() is what a user would see as a traceback."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(["build", "--dataset", str(ds), "--warehouse", str(wh), "-q", "--lock-timeout", "5"])
        except SystemExit as exc:  # argparse
            rc = int(exc.code or 0)
        except Exception:  # noqa: BLE001 — the defect this test looks for
            err.write("Traceback (most recent call last):\n" + traceback.format_exc())
            rc = -1
    return rc, out.getvalue(), err.getvalue()


def check_case(case: Case, pristine: Path) -> None:
    root = Path(tempfile.mkdtemp(dir=pristine.parent))
    try:
        ds, wh = root / "ds", root / "warehouse.duckdb"
        case.write(ds)
        shutil.copyfile(pristine, wh)
        before = _sha(wh)
        rc, out, err = run_build(ds, wh)
        for k in case.kinds:
            COUNTS[f"kind:{k}"] += 1
        assert "Traceback" not in err, f"{case.kinds}: traceback instead of a message\n{err[-3000:]}"
        if rc != 0:
            assert rc == 1, (rc, err)
            msg = err.strip()
            assert msg.startswith("エラー: ") and len(msg) > 8, err
            assert any(s in msg for s in (".csv", ".geojson", ".yaml", "地区")), f"message names no file: {msg}"
            assert _sha(wh) == before, f"{case.kinds}: failed build changed the previous warehouse"
            assert not list(root.glob(".warehouse.duckdb.building-*")), "temporary build file left behind"
            COUNTS["failed_clearly"] += 1
            return
        con = connect(wh, read_only=True)
        try:
            rec = con.execute("SELECT source_file, rows_read, rows_loaded, rows_rejected FROM load_reconciliation").df()
            rej = dict(con.execute("SELECT source_file, count(DISTINCT line_number) FROM rejected_rows "
                                   "WHERE line_number IS NOT NULL GROUP BY 1").fetchall())
            for r in rec.itertuples():
                assert r.rows_read == r.rows_loaded + r.rows_rejected, (case.kinds, r)
                assert rej.get(r.source_file, 0) <= r.rows_rejected, (case.kinds, r, rej)
                if r.source_file in case.tables and case.counts_known(r.source_file):
                    assert r.rows_read == len(case.tables[r.source_file]) - 1, (case.kinds, r)
            tables = {"neighbourhood_assocs.csv": ("neighbourhood_assocs", "assoc_name"),
                      "resources.csv": ("resources", "name")}
            for (fname, line), value in case.names.items():
                if not case.counts_known(fname):
                    continue
                table, col = tables[fname]
                loaded = rec.set_index("source_file").loc[fname, "rows_loaded"]
                rejected = {ln for (ln,) in con.execute(
                    "SELECT line_number FROM rejected_rows WHERE source_file = ?", [fname]).fetchall()}
                if line not in rejected and loaded:
                    got = [v for (v,) in con.execute(f"SELECT {col} FROM {table}").fetchall()]
                    assert value.strip() in [g.strip() if g else g for g in got], (case.kinds, value, got)
            assert con.execute("SELECT count(*) FROM dataset_meta").fetchone()[0] == 1
        finally:
            con.close()
        COUNTS["succeeded"] += 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("kind", list(CSV_KINDS))
def test_malformed_tables(pristine, kind):
    @settings(SETTINGS, max_examples=CSV_KINDS[kind])
    @given(data=st.data())
    def run(data):
        case = Case()
        data.draw(csv_mutation(case, kind))
        if data.draw(st.booleans()):  # sometimes a second, random defect in another place
            data.draw(csv_mutation(case))
        check_case(case, pristine)

    run()


@pytest.mark.parametrize("kind", GEO_KINDS)
def test_malformed_geometry(pristine, kind):
    @settings(SETTINGS, max_examples=1)
    @given(data=st.data())
    def run(data):
        case = Case()
        data.draw(geo_mutation(case, kind))
        check_case(case, pristine)

    run()
