"""Property tests: line numbers and number formats round-trip through the readers."""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from indicators.raw.cells import parse_int
from indicators.raw.csvfile import read_csv

cell = st.text(alphabet=st.sampled_from(list("ab地区,\"\n 1")), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(cell, cell), min_size=1, max_size=8),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
       eol=st.sampled_from(["\n", "\r\n"]))
def test_line_numbers_match_physical_lines(rows: list[tuple[str, str]], encoding: str, eol: str) -> None:
    # a line inside a quoted cell that on its own is a whole row (here: holds a comma) is read as a
    # quote that never closes (data/raw/README.md); such cells are another test's subject
    assume(all("," not in seg for a, b in rows for c in (a, b) for seg in c.split("\n")[1:-1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=eol)
    w.writerow(["id", "text"])
    expected, line = [], 2
    for i, (a, b) in enumerate(rows):
        start = buf.tell()
        w.writerow([f"r{i}{a}", b])
        record = buf.getvalue()[start:]
        expected.append(line)
        # independent count: a record occupies 1 + (newlines inside it, CRLF counted once) lines
        line += record.replace("\r\n", "\n").count("\n")
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.csv"
        p.write_bytes(buf.getvalue().encode(encoding))
        t = read_csv(p)
    assert [ln for ln, _ in t.records] == expected
    assert [r["text"] for _, r in t.records] == [b for _, b in rows]


FULLWIDTH = str.maketrans("0123456789,-", "０１２３４５６７８９，－")


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=-10**9, max_value=10**9), sep=st.booleans(), wide=st.booleans())
def test_int_formats_round_trip(n: int, sep: bool, wide: bool) -> None:
    s = f"{n:,}" if sep else str(n)
    if wide:
        s = s.translate(FULLWIDTH)
    assert parse_int(s).value == n
