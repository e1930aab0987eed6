"""The csv-module reader used before the pandas fast path: the naive reference for line numbers."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from indicators.cli import UserError
from indicators.raw.csvfile import read_text


def read_csv_rowwise(path: Path, rename: dict[str, str] | None = None, source_file: str | None = None) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[tuple[int, int]]]:
    """Read `path`; header names are trimmed and renamed through `rename` (dataset.yaml `columns:`).

    Blank lines and rows with every cell empty are skipped (spreadsheet exports add them) and
    are not counted as rows read. Rows shorter than the header are padded with empty cells;
    rows with extra non-empty cells are reported in `malformed`.
    """
    name = source_file or path.name
    text, enc = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        raw_header = next(reader)
    except StopIteration:
        raise UserError(f"{name}: ファイルが空です（ヘッダー行がありません）") from None
    except csv.Error as exc:
        raise UserError(f"{name}: CSV として読めません（1 行目: {exc}）") from exc
    rename = rename or {}
    header = []
    for h in raw_header:
        h = h.strip().replace("\ufeff", "")
        header.append(rename.get(h, h))
    named = [h for h in header if h]
    dups = sorted({h for h in named if named.count(h) > 1})
    if dups:
        raise UserError(f"{name}: 列名が重複しています（列 {', '.join(dups)}）")
    records: list[tuple[int, dict[str, str]]] = []
    malformed: list[tuple[int, int]] = []
    n = len(header)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise UserError(f"{name}: CSV として読めません（{start} 行目: {exc}）") from exc
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) > n and any(c.strip() for c in row[n:]):
            malformed.append((start, len(row)))
            continue
        row = (row + [""] * n)[:n]
        records.append((start, {h: v for h, v in zip(header, row) if h}))
    return header, records, malformed
