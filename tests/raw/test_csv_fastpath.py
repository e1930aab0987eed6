"""read_csv (DuckDB for files without quotes, else the csv module) gives the same records, lines and
malformed rows as the csv module alone."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_csv import read_csv_rowwise

from indicators.errors import UserError
from indicators.raw.csvfile import read_csv

# pieces that stress quoting and line ends: quoted commas, doubled quotes, quoted line breaks
piece = st.sampled_from(["a", "地区", "1,234", '"x,y"', '"q""r"', '"two\nlines"', " ", "", "\u3000", '"', "\r", "X"])
line = st.lists(piece, min_size=0, max_size=5).map(",".join)


def _both(text: str, encoding: str) -> tuple[object, object]:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.csv"
        p.write_bytes(text.encode(encoding))
        out = []
        for fn in (read_csv, read_csv_rowwise):
            try:
                out.append(fn(p))
            except UserError as e:
                out.append(("error", str(e)))
    return out[0], out[1]


CASES = {"n": 0}


def _compare(lines: list[str], eol: str, encoding: str, final_eol: bool) -> None:
    """read_csv and the csv module on the same generated file: same header, records, malformed rows."""
    CASES["n"] += 1
    text = eol.join(["id,name,note", *lines]) + (eol if final_eol else "")
    new, ref = _both(text, encoding)
    if isinstance(ref, tuple) and ref[0] == "error":
        assert new == ref
        return
    header, records, malformed, problems = ref
    assert (new.header, new.records, new.malformed, new.problems) == (header, records, malformed, problems)
    assert new.rows_read == len(records) + len(malformed) + len(problems)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(line, min_size=0, max_size=12), eol=st.sampled_from(["\n", "\r\n", "\r"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]), final_eol=st.booleans())
def test_fast_path_matches_csv_module(lines: list[str], eol: str, encoding: str, final_eol: bool) -> None:
    _compare(lines, eol, encoding, final_eol)


# one to five pieces per line, no quotes: files DuckDB reads (short rows padded, extra cells counted)
three = st.lists(st.sampled_from(["a", "地区", "1,234", " ", "", "\u3000", "\r", "X", "①", "\t"]),
                 min_size=1, max_size=5).map(",".join)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(three, min_size=1, max_size=12), eol=st.sampled_from(["\n", "\r\n", "\r"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]), final_eol=st.booleans())
def test_duckdb_path_matches_csv_module(lines: list[str], eol: str, encoding: str, final_eol: bool) -> None:
    _compare(lines, eol, encoding, final_eol)


def test_fast_path_case_count() -> None:
    # runs after the property test in file order; states how many generated files were compared
    print(f"fast-path vs csv-module cases: {CASES['n']}")
    assert CASES["n"] >= 600 or CASES["n"] == 0


@pytest.mark.parametrize("text, lines", [
    ("a,b\n1,2\n\n3,4\n", [2, 4]),
    ('a,b\n"x\ny",2\n3,4\n', [2, 4]),          # quoted line break: csv-module path
    ("a,b\r\n1,2\r\n,\r\n5,6", [2, 4]),         # all-blank row skipped
])
def test_line_numbers_by_hand(tmp_path: Path, text: str, lines: list[int]) -> None:
    p = tmp_path / "t.csv"
    p.write_text(text, encoding="utf-8", newline="")
    assert [ln for ln, _ in read_csv(p).records] == lines


def test_extra_cells_are_malformed_on_fast_path(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text("a,b\n1,2\n3,4,5\n6,7,\n", encoding="utf-8")
    t = read_csv(p)
    assert t.malformed == [(3, 3)]
    assert [r for _, r in t.records] == [{"a": "1", "b": "2"}, {"a": "6", "b": "7"}]


def test_duckdb_reads_files_without_quotes(tmp_path: Path) -> None:
    # guard against a DuckDB path that silently always falls back (the property tests would still pass)
    p = tmp_path / "t.csv"
    for enc in ("utf-8", "utf-8-sig", "cp932"):
        p.write_bytes("a,b,c\r\n1,①㈱,x\r\n\r\n \u3000,\t, \r\n髙,Ⅱ\r\n".encode(enc))
        t = read_csv(p)
        assert t.reader == "duckdb" and t.encoding == enc
        assert t.records == [(2, {"a": "1", "b": "①㈱", "c": "x"}), (5, {"a": "髙", "b": "Ⅱ", "c": ""})]
    p.write_bytes(b'a,b\n"x\ny",2\n')
    assert read_csv(p).reader == "csv"


def test_whitespace_class_is_pythons() -> None:
    # blank cells and final texts are found by an RE2 class in DuckDB: it must be exactly str.isspace
    import duckdb

    from indicators.raw.cells import WHITESPACE_RE2
    chars = [chr(c) for c in range(0x3100) if not 0xD800 <= c < 0xE000] + ["\U0001F600", "\uFEFF", "\uFF10"]
    got = [r[0] for r in duckdb.sql(f"SELECT regexp_full_match(c, '[{WHITESPACE_RE2}]') FROM unnest($c) t(c)",
                                     params={"c": chars}).fetchall()]
    assert [c for c, g in zip(chars, got) if g != c.isspace()] == []
    assert sum(got) == sum(c.isspace() for c in chars) > 20
