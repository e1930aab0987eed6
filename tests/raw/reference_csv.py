"""The csv-module reader (the path read_csv falls back to): the reference for the pandas fast path.

Its own line numbers are checked against an independent count in test_properties.py.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from indicators.raw.csvfile import _slow_body, read_header
from indicators.raw.encoding import read_text


def read_csv_rowwise(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[tuple[int, int]], list]:
    """(header, [(line, {column: text})], malformed, problems) read record by record with the csv module
    (the header is one line in the files compared)."""
    text, _ = read_text(path)
    physical = io.StringIO(text, newline="").readlines()
    header = read_header(csv.reader(physical[:1]), path.name, None)
    rows, lines, malformed, problems = _slow_body(physical[1:], 2, header)
    records = [(ln, {h: v for h, v in zip(header, row) if h}) for ln, row in zip(lines, rows)]
    return header, records, malformed, problems
