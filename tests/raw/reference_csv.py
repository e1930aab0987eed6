"""The csv-module reader (the path read_csv falls back to): the reference for the pandas fast path.

Its own line numbers are checked against an independent count in test_properties.py.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from indicators.raw.csvfile import _slow_body, read_header
from indicators.raw.encoding import read_text


def read_csv_rowwise(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[tuple[int, int]]]:
    """(header, [(line, {column: text})], malformed) read with the csv module only."""
    text, _ = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = read_header(reader, path.name, None)
    rows, lines, malformed = _slow_body(reader, path.name, len(header))
    records = [(ln, {h: v for h, v in zip(header, row) if h}) for ln, row in zip(lines, rows)]
    return header, records, malformed
