"""Regression tests of issue 23's reader classes, each built from the fuzzer's mutation.

1 stray quote, 4b non-regular input files, 5 encodings, 6 a 1 MB cell, 9a what a missing-column
error shows. Expected values are worked out by hand from the files written here; the build-level
tests check read = loaded + rejected against the lines written. (notes/hardening.md lists them
for a reader rewrite to keep green.)
"""
from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest
from fixtures.tiny import RESOURCES, STATS

from indicators.cli import main
from indicators.errors import UserError
from indicators.raw.csvfile import CELL_LIMIT, read_csv, require_columns
from indicators.raw.encoding import decode
from indicators.pipeline import build_warehouse
from indicators.warehouse.duck import connect

HEADER = "resource_id,resource_type,name,district_code,school_code,lat,lon,opened_fy,closed_fy,frequency,note\n"


def _write(tmp_path: Path, text: str | bytes, name: str = "resources.csv") -> Path:
    p = tmp_path / name
    p.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return p


def _cli_build(ds: Path, wh: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(["build", "--dataset", str(ds), "--warehouse", str(wh), "-q"])
    return rc, out.getvalue(), err.getvalue()


# ---- 1. a stray quote ----------------------------------------------------------------------------

def test_stray_quote_reports_its_line_and_reads_the_next_rows(tmp_path: Path) -> None:
    # the fuzzer's mutation: a `"` at the start of a cell that never closes; lines 3-5 are whole rows
    p = _write(tmp_path, 'a,b,c\n1,x,y\n2,"broken,z\n3,p,q\n4,r,s\n5,t,u\n')
    t = read_csv(p)
    assert [ln for ln, _ in t.records] == [2, 4, 5, 6]
    assert [r["a"] for _, r in t.records] == ["1", "3", "4", "5"]
    assert t.problems == [(3, None, '2,"broken,z', "引用符が閉じていません")]
    assert t.rows_read == 5  # = the 5 body lines written


def test_stray_quote_running_to_the_end_of_the_file(tmp_path: Path) -> None:
    # no later line is a whole row (they are short): the quote runs to the end of the file
    p = _write(tmp_path, 'a,b,c\n1,"open\n2\n3,x\n')
    t = read_csv(p)
    assert [(ln, r["a"], r["b"]) for ln, r in t.records] == [(3, "2", ""), (4, "3", "x")]
    assert [x[0] for x in t.problems] == [2] and t.rows_read == 3
    # on the last line alone (the fast paths would take it as closed at the end)
    t = read_csv(_write(tmp_path, 'a,b,c\n1,x,y\n2,y,"z', "last.csv"))
    assert [ln for ln, _ in t.records] == [2] and [x[0] for x in t.problems] == [3]


def test_quoted_line_breaks_still_read_as_one_cell(tmp_path: Path) -> None:
    # a real multi-line note (continuation lines are not whole rows) is one record, as before
    p = _write(tmp_path, 'a,b,c\n1,x,"first line\nsecond, line\nthird"\n2,y,z\n')
    t = read_csv(p)
    assert [(ln, r["c"]) for ln, r in t.records] == [(2, "first line\nsecond, line\nthird"), (5, "z")]
    assert t.problems == [] and t.rows_read == 2


def test_stray_quote_build_accounts_for_every_line(tiny_dataset, tmp_path: Path) -> None:
    body = RESOURCES.splitlines()[1:]
    body[1] = body[1].replace(",サロン2,", ',"サロン2,')  # R2's name opens a quote that never closes
    ds = tiny_dataset(resources_csv="\n".join([RESOURCES.splitlines()[0], *body]) + "\n")
    wh = tmp_path / "wh.duckdb"
    build_warehouse(ds, wh, quiet=True)
    con = connect(wh, read_only=True)
    try:
        assert con.execute("SELECT rows_read, rows_loaded, rows_rejected FROM load_reconciliation "
                           "WHERE source_file = 'resources.csv'").fetchone() == (4, 3, 1)
        assert con.execute("SELECT line_number, reason FROM rejected_rows WHERE source_file = 'resources.csv'"
                           ).fetchall() == [(3, "引用符が閉じていません")]
        assert sorted(r for (r,) in con.execute("SELECT resource_id FROM resources").fetchall()) == ["R1", "R3", "R4"]
    finally:
        con.close()


# ---- 5. encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize(("encoding", "detected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp932", "cp932"), ("euc-jp", "euc-jp"),
    ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_encodings_detected(tmp_path: Path, encoding: str, detected: str) -> None:
    # EUC-JP decodes without error as cp932 (mojibake) and used to be taken as such
    text = "district_code,name,note\nD1,一の地区,ふれあいサロン\nD2,二の地区,相談の場（毎週）\n"
    t = read_csv(_write(tmp_path, text.encode(encoding)))
    assert t.encoding == detected
    assert t.frame["name"].tolist() == ["一の地区", "二の地区"]
    assert t.frame["note"].tolist() == ["ふれあいサロン", "相談の場（毎週）"]
    assert t.header == ["district_code", "name", "note"]


def test_cp932_only_characters_stay_cp932(tmp_path: Path) -> None:
    # ①, ㈱, 髙 exist in cp932 but not in EUC-JP: the file is cp932, read without loss
    t = read_csv(_write(tmp_path, "a,b\n1,髙橋㈱①\n".encode("cp932")))
    assert t.encoding == "cp932" and t.frame["b"].tolist() == ["髙橋㈱①"]


def test_euc_jp_stats_build_names_the_encoding(tiny_dataset, tmp_path: Path) -> None:
    lines = STATS.splitlines()
    text = "\n".join([lines[0] + ",note", *(ln + ",地区の備考" for ln in lines[1:])]) + "\n"
    ds = tiny_dataset(district_stats_csv=text.encode("euc-jp"))
    rc, out, err = _cli_build(ds, tmp_path / "wh.duckdb")
    assert rc == 0, err
    assert "EUC-JP" in out  # the build output states the encoding used
    con = connect(tmp_path / "wh.duckdb", read_only=True)
    try:  # all 4 rows loaded, none rejected for codes garbled by a wrong decoding
        assert con.execute("SELECT rows_read, rows_loaded, rows_rejected FROM load_reconciliation "
                           "WHERE source_file = 'district_stats.csv'").fetchone() == (4, 4, 0)
    finally:
        con.close()


def test_implausible_bytes_are_a_structural_error() -> None:
    with pytest.raises(UserError, match="x.csv: 文字コードを判別できません"):
        decode(bytes(range(0x80, 0x100)) * 4, "x.csv")
    # UTF-8 text with a few broken bytes is damaged UTF-8 (named with its line), not Shift_JIS
    data = "a,b\n一の地区,二の地区\n三の地区,".encode() + b"\xff\xfe" + "四\n".encode()
    with pytest.raises(UserError, match="x.csv: UTF-8 のファイルですが、3 行目"):
        decode(data, "x.csv")


# ---- 6. a 1 MB cell ------------------------------------------------------------------------------

def test_one_megabyte_note_is_accepted_and_a_cell_over_the_limit_rejected(tmp_path: Path) -> None:
    big = "長" * (1024 * 1024)
    p = _write(tmp_path, HEADER + f'R1,district_salon,サロン,,,,,,,,"{big}"\nR2,district_salon,二,,,,,,,,\n')
    t = read_csv(p)
    assert t.frame["note"].tolist() == [big, ""] and t.problems == []
    huge = "x" * (CELL_LIMIT + 1)
    p = _write(tmp_path, HEADER + f'R1,district_salon,サロン,,,,,,,,"{huge}"\nR2,district_salon,二,,,,,,,,\n', "huge.csv")
    t = read_csv(p)
    assert t.frame["resource_id"].tolist() == ["R2"]
    assert [(ln, col) for ln, col, _v, _why in t.problems] == [(2, "note")]
    assert "セルが長すぎます" in t.problems[0][3] and t.rows_read == 2


# ---- 9a. what a missing-column error shows -------------------------------------------------------

def test_missing_column_error_shows_header_fields_truncated(tmp_path: Path) -> None:
    long = "x" * 200
    p = _write(tmp_path, ",".join([f"c{i}" for i in range(20)] + [long]) + "\n1,2\n")
    with pytest.raises(UserError) as e:
        require_columns(read_csv(p), ["resource_id"])
    msg = str(e.value)
    assert "resources.csv" in msg and "resource_id" in msg
    assert "c0, c1" in msg and "c11" in msg and "c12" not in msg and "ほか 9 列" in msg
    assert long not in msg and len(msg) < 400


def test_input_symlinked_to_proc_environ_is_refused_without_its_content(tmp_path: Path) -> None:
    os.environ["HARDENING_SECRET_PROBE"] = "do-not-print-me"
    try:
        link = tmp_path / "resources.csv"
        link.symlink_to("/proc/self/environ")
        with pytest.raises(UserError) as e:
            read_csv(link)
        assert "resources.csv" in str(e.value) and "do-not-print-me" not in str(e.value)
        assert "HARDENING_SECRET_PROBE" not in str(e.value)
    finally:
        del os.environ["HARDENING_SECRET_PROBE"]


# ---- 4b. non-regular files -----------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["fifo", "dev_zero", "directory"])
def test_non_regular_input_is_refused_at_once(tiny_dataset, tmp_path: Path, kind: str) -> None:
    ds = tiny_dataset(resources_csv=None)
    target = ds / "resources.csv"
    if kind == "fifo":
        os.mkfifo(target)  # opening it would block until a writer comes: it must not be opened
    elif kind == "dev_zero":
        target.symlink_to("/dev/zero")
    else:
        target.mkdir()
    wh = tmp_path / "wh.duckdb"
    rc, _out, err = _cli_build(ds, wh)  # a hang here is the defect (pytest's own timeout, if any)
    assert rc == 1 and "resources.csv" in err and "Traceback" not in err
    assert "入力ファイルとして読めません" in err
    assert not wh.exists()


def test_fifo_as_geometry_is_refused(tiny_dataset, tmp_path: Path) -> None:
    ds = tiny_dataset(districts_geojson=None)
    os.mkfifo(ds / "districts.geojson")
    rc, _out, err = _cli_build(ds, tmp_path / "wh.duckdb")
    assert rc == 1 and "districts.geojson" in err and "入力ファイルとして読めません" in err


def test_stray_quote_closing_at_the_next_rows_own_quote(tmp_path: Path) -> None:
    # the next row quotes a cell: the stray quote "closes" there, which would join two rows into one
    p = _write(tmp_path, 'a,b,c\n1,"x,y\n2,"サロン""ひだまり""",z\n3,p,q\n')
    t = read_csv(p)
    assert [(ln, r["b"]) for ln, r in t.records] == [(3, 'サロン"ひだまり"'), (4, "p")]
    assert [x[0] for x in t.problems] == [2] and t.rows_read == 3
    # a real multi-line cell in the first column closes on a line that has n fields: kept as one record
    t = read_csv(_write(tmp_path, 'a,b,c\n"first\nsecond",y,z\n3,p,q\n', "first.csv"))
    assert [(ln, r["a"]) for ln, r in t.records] == [(2, "first\nsecond"), (4, "3")] and t.problems == []


def test_stray_quote_before_a_row_whose_cell_starts_with_a_doubled_quote(tmp_path: Path) -> None:
    # found by the suite's fuzz harness (seed 244): the next row's cell `"quoted"` is written """quoted"""
    p = _write(tmp_path, 'a,b,c\n1,"x,y\n2,"""quoted""",z\n')
    t = read_csv(p)
    assert [(ln, r["b"]) for ln, r in t.records] == [(3, '"quoted"')]
    assert [x[0] for x in t.problems] == [2] and t.rows_read == 2
