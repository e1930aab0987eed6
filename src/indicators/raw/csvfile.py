"""Reading CSV files as strings with their 1-based line numbers (header = line 1).

Encoding is detected, not assumed: UTF-8 with BOM, UTF-8, then cp932 (Shift_JIS).
Quoted cells may span lines, so a record's line number is the line where it starts.
"""
from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from indicators.errors import UserError
from indicators.raw.cells import WHITESPACE_RE2
from indicators.raw.encoding import UTF8_BOM, decode, read_bytes

_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass
class CsvTable:
    """A CSV file as strings: canonical header, cells by column, and each record's first line.

    `frame` holds the named columns as text (missing cells = ''); `lines` the 1-based line where
    each record starts. Column-wise storage keeps a million-row file cheap to validate.
    """

    source_file: str
    encoding: str
    header: list[str]
    frame: pd.DataFrame
    lines: np.ndarray
    # records whose field count exceeds the header: (line, number of fields)
    malformed: list[tuple[int, int]] = field(default_factory=list)

    @property
    def rows_read(self) -> int:
        return len(self.frame) + len(self.malformed)

    @property
    def records(self) -> list[tuple[int, dict[str, str]]]:
        """(line, {column: text}) per record, for small files read row by row (importers)."""
        cols = list(self.frame.columns)
        return [(int(ln), dict(zip(cols, row))) for ln, row in
                zip(self.lines, self.frame.itertuples(index=False, name=None))]


def _physical_lines(body: bytes) -> int:
    """Lines of UTF-8 `body` as csv.reader counts them over StringIO(newline=''): \n, \r and
    \r\n end a line (the bytes of both are never part of a multi-byte character)."""
    n = body.count(b"\n") + body.count(b"\r") - body.count(b"\r\n")
    return n + (1 if body and not body.endswith((b"\n", b"\r")) else 0)


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` one at a time, as StringIO(text, newline='') yields them (\n, \r and
    \r\n end a line and are kept): StringIO would first copy the whole file at four bytes per
    character, where reading the header needs one line."""
    pos = 0
    for m in _LINE_END.finditer(text):
        yield text[pos:m.end()]
        pos = m.end()
    if pos < len(text):
        yield text[pos:]


def _arrow_body(body: bytes, n: int, physical: int) -> tuple[pd.DataFrame, np.ndarray] | None:
    """The body through Arrow's multi-threaded reader when every record is one line of exactly n fields.

    Anything else (short or long rows, blank lines, quoted line breaks) returns None and takes
    the pandas or csv-module path, which know how to pad, report and number such rows. The
    columns stay Arrow strings: staging parses them without a Python object per cell.
    """
    odd: list[object] = []

    def invalid(row: object) -> str:
        odd.append(row)
        return "skip"

    names = [f"c{i}" for i in range(n)]
    try:
        tab = pacsv.read_csv(
            pa.BufferReader(body),
            read_options=pacsv.ReadOptions(column_names=names, use_threads=True),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False,
                                             invalid_row_handler=invalid),
            convert_options=pacsv.ConvertOptions(column_types={c: pa.string() for c in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except (pa.ArrowException, ValueError):
        return None
    if odd or tab.num_rows != physical:
        return None
    # rows whose every cell is blank (str.isspace set) are skipped, as on the other paths
    blank = None
    for c in names:
        m = pc.match_substring_regex(tab.column(c), f"^[{WHITESPACE_RE2}]*$")
        blank = m if blank is None else pc.and_(blank, m)
        if not pc.any(blank).as_py():
            break
    keep = ~blank.to_numpy(zero_copy_only=False).astype(bool)
    lines = np.arange(2, tab.num_rows + 2)
    if not keep.all():
        tab = tab.filter(pa.array(keep))
    frame = pd.DataFrame({c: pd.arrays.ArrowStringArray(tab.column(c)) for c in names}, copy=False)
    frame.columns = range(n)
    return frame, lines[keep]


def _fast_body(body: str, data: bytes, n: int, physical: int) -> tuple[pd.DataFrame, np.ndarray, list[tuple[int, int]]] | None:
    """The body (`data` = its UTF-8 bytes, `physical` lines) through pandas' C parser when every
    record is exactly one line, else None.

    Line numbers are only trustworthy when the parser returns one row per physical line
    (no quoted line breaks); any doubt falls back to the csv module.
    """
    if n == 0:
        return None
    with warnings.catch_warnings():
        # pandas only warns when it drops the extra fields of a row: that must fall back, not lose cells
        warnings.simplefilter("error", pd.errors.ParserWarning)
        try:
            # bytes, not StringIO: pandas would re-encode a text buffer chunk by chunk
            df = pd.read_csv(io.BytesIO(data), encoding="utf-8", header=None, names=list(range(n + 1)), index_col=False,
                             dtype=object, keep_default_na=False, na_filter=False, skip_blank_lines=False,
                             engine="c")
        except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError):
            return None
    if len(df) != physical:
        return None
    df = df.fillna("")
    lines = np.arange(2, len(df) + 2)
    extra = df[n].to_numpy(dtype=object) != ""
    if extra.any():
        extra[extra] = df[n][extra].str.strip().to_numpy() != ""
    malformed: list[tuple[int, int]] = []
    if extra.any():
        # pandas drops trailing empty fields: count the fields of these one-line records with csv
        physical = _LINE_END.split(body)
        for ln in lines[extra]:
            fields = next(csv.reader([physical[ln - 2]]), [])
            malformed.append((int(ln), len(fields)))
    keep = ~extra
    # rows whose every cell is blank are skipped (spreadsheet exports add them)
    blank = np.ones(len(df), dtype=bool)
    for c in range(n):
        idx = np.flatnonzero(blank)
        if not len(idx):
            break
        blank[idx] = df[c].iloc[idx].str.strip().to_numpy() == ""
    keep &= ~blank
    return df.iloc[keep, :n].reset_index(drop=True), lines[keep], malformed


def _slow_body(reader: Any, name: str, n: int) -> tuple[list[list[str]], list[int], list[tuple[int, int]]]:
    rows: list[list[str]] = []
    lines: list[int] = []
    malformed: list[tuple[int, int]] = []
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
        rows.append((row + [""] * n)[:n])
        lines.append(start)
    return rows, lines, malformed


def read_header(reader: Any, name: str, rename: dict[str, str] | None) -> list[str]:
    """The first record as column names: trimmed, BOM removed, renamed; duplicates are an error."""
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
    return header


def read_csv(path: Path, rename: dict[str, str] | None = None, source_file: str | None = None) -> CsvTable:
    """Read `path`; header names are trimmed and renamed through `rename` (dataset.yaml `columns:`).

    Blank lines and rows with every cell empty are skipped (spreadsheet exports add them) and
    are not counted as rows read. Rows shorter than the header are padded with empty cells;
    rows with extra non-empty cells are reported in `malformed`.
    """
    name = source_file or path.name
    data = read_bytes(path)
    text, enc = decode(data, name)
    reader = csv.reader(_lines(text))
    header = read_header(reader, name, rename)
    n = len(header)
    keep_cols = [i for i, h in enumerate(header) if h]
    arrow = fast = None
    if reader.line_num == 1:
        m = _LINE_END.search(text)
        start = m.end() if m else len(text)
        if start == len(text):
            fast = (pd.DataFrame(columns=range(n)), np.arange(0), [])
        else:
            # the body's UTF-8 bytes: the file's own bytes when it is UTF-8 (no second encoding)
            if enc in ("utf-8", "utf-8-sig"):
                skip = len(UTF8_BOM) if enc == "utf-8-sig" else 0  # decoding dropped the BOM
                body_bytes = data[skip + len(text[:start].encode("utf-8")):]
            else:
                body_bytes = text[start:].encode("utf-8")
            if b"\x00" not in body_bytes:  # NUL in the header already failed in the csv module
                physical = _physical_lines(body_bytes)
                arrow = _arrow_body(body_bytes, n, physical)
                if arrow is None:
                    fast = _fast_body(text[start:], body_bytes, n, physical)
    if arrow is not None:
        df, lines = arrow
        malformed: list[tuple[int, int]] = []
        frame = pd.DataFrame({header[i]: df[i] for i in keep_cols}, copy=False)  # Arrow strings
    elif fast is not None:
        df, lines, malformed = fast
        frame = pd.DataFrame({header[i]: df[i].to_numpy(dtype=object) if len(df) else np.empty(0, dtype=object)
                              for i in keep_cols}, dtype=object)
    else:
        rows, line_list, malformed = _slow_body(reader, name, n)
        cols = list(zip(*rows)) if rows else [()] * n
        frame = pd.DataFrame({header[i]: np.array(cols[i], dtype=object) for i in keep_cols}, dtype=object)
        lines = np.array(line_list, dtype=np.int64)
    return CsvTable(name, enc, header, frame, np.asarray(lines, dtype=np.int64), malformed)


def require_columns(table: CsvTable, required: list[str]) -> None:
    """Structural check: every required column present, else UserError naming file and column."""
    missing = [c for c in required if c not in table.header]
    if missing:
        raise UserError(
            f"{table.source_file}: 必須の列 {', '.join(missing)} がありません"
            f"（見つかった列: {', '.join(h for h in table.header if h) or 'なし'}。"
            "別の列名なら dataset.yaml の columns: で対応付けてください）"
        )
