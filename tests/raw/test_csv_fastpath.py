"""The pandas fast path of read_csv gives the same records, lines and malformed rows as the csv module."""
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


# three pieces per line: most files have exactly one record of three fields per line (Arrow's path)
three = st.lists(piece, min_size=3, max_size=3).map(",".join)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(three, min_size=1, max_size=12), eol=st.sampled_from(["\n", "\r\n", "\r"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]), final_eol=st.booleans())
def test_arrow_path_matches_csv_module(lines: list[str], eol: str, encoding: str, final_eol: bool) -> None:
    _compare(lines, eol, encoding, final_eol)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["a", "地", ",", '"', "\r", "\n", "\r\n"]), max_size=40).map("".join))
def test_lines_and_line_count_as_stringio(text: str) -> None:
    # read_csv reads the header through _lines and counts the body's lines on its UTF-8 bytes;
    # the csv module over StringIO(newline="") is the reference for both
    import io

    from indicators.raw.csvfile import _lines, _physical_lines

    expected = io.StringIO(text, newline="").readlines()
    assert list(_lines(text)) == expected
    assert _physical_lines(text.encode("utf-8")) == len(expected)


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


def test_fast_path_is_taken_for_one_line_records() -> None:
    # guard against a fast path that silently always falls back (the property test would still pass)
    from indicators.raw.csvfile import _fast_body
    body = 'a,"1,234",x\n\n"q""r",,\n'
    got = _fast_body(body, body.encode(), 3, 3)
    assert got is not None
    df, lines, malformed = got
    assert list(lines) == [2, 4] and malformed == [] and df.iloc[1, 0] == 'q"r'
    assert _fast_body('a,"x\ny"\n', b'a,"x\ny"\n', 2, 2) is None


def test_arrow_path_is_taken_for_regular_files(tmp_path: Path) -> None:
    # guard against an Arrow path that silently always falls back
    from indicators.raw.csvfile import _arrow_body
    body = 'a,"1,234",x\n \u3000,\t, \n"q""r",,\n'.encode()
    got = _arrow_body(body, 3, 3)
    assert got is not None
    frame, lines = got
    assert list(lines) == [2, 4]  # the all-blank line 3 is skipped
    assert frame.iloc[0, 1] == "1,234" and frame.iloc[1, 0] == 'q"r' and frame.iloc[1, 2] == ""
    frame, lines = _arrow_body(b"a,b,c\n\nd,e,f\n", 3, 3)  # an empty line is skipped, numbering kept
    assert list(lines) == [2, 4] and frame.iloc[1, 2] == "f"
    assert _arrow_body(b"a,b\n", 3, 1) is None              # short row: padded elsewhere
    assert _arrow_body(b'a,"x\ny",z\n', 3, 2) is None      # quoted line break


def test_whitespace_class_is_pythons() -> None:
    # blank cells and final texts are found by an RE2 class: it must be exactly str.isspace
    import pyarrow as pa
    import pyarrow.compute as pc

    from indicators.raw.cells import WHITESPACE_RE2
    chars = [chr(c) for c in range(0x3100) if not 0xD800 <= c < 0xE000] + ["\U0001F600", "\uFEFF", "\uFF10"]
    got = pc.match_substring_regex(pa.array(chars), f"^[{WHITESPACE_RE2}]$").to_pylist()
    assert [c for c, g in zip(chars, got) if g != c.isspace()] == []
    assert sum(got) == sum(c.isspace() for c in chars) > 20
