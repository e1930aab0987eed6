"""The pandas fast path of read_csv gives the same records, lines and malformed rows as the csv module."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_csv import read_csv_rowwise

from indicators.cli import UserError
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


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(line, min_size=0, max_size=12), eol=st.sampled_from(["\n", "\r\n", "\r"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]), final_eol=st.booleans())
def test_fast_path_matches_csv_module(lines: list[str], eol: str, encoding: str, final_eol: bool) -> None:
    CASES["n"] += 1
    text = eol.join(["id,name,note", *lines]) + (eol if final_eol else "")
    new, ref = _both(text, encoding)
    if isinstance(ref, tuple) and ref[0] == "error":
        assert new == ref
        return
    header, records, malformed = ref
    assert new.header == header
    assert new.records == records
    assert new.malformed == malformed
    assert new.rows_read == len(records) + len(malformed)


def test_fast_path_case_count() -> None:
    # runs after the property test in file order; states how many generated files were compared
    print(f"fast-path vs csv-module cases: {CASES['n']}")
    assert CASES["n"] >= 300 or CASES["n"] == 0


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


def test_fast_path_is_taken_for_one_line_records() -> None:
    # guard against a fast path that silently always falls back (the property test would still pass)
    from indicators.raw.csvfile import _fast_body
    body = 'a,"1,234",x\n\n"q""r",,\n'
    got = _fast_body(body, 3)
    assert got is not None
    df, lines, malformed = got
    assert list(lines) == [2, 4] and malformed == [] and df.iloc[1, 0] == 'q"r'
    assert _fast_body('a,"x\ny"\n', 2) is None
