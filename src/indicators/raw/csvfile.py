"""Reading CSV files as strings with their 1-based line numbers (header = line 1).

Encoding is detected, not assumed (raw.encoding). Quoted cells may span lines, so a record's
line number is the line where it starts; a quote that never closes is reported on its line and
the next lines are read one by one (`_records`), never joined into one cell.
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
from indicators.raw.encoding import UTF8_BOM, decode, label, read_bytes

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
    # records refused while reading (line, column, value, reason): a quote that never closes, a cell
    # over CELL_LIMIT, bytes the csv module refuses; staging rejects them with that reason
    problems: list[tuple[int, str | None, str | None, str]] = field(default_factory=list)

    @property
    def encoding_label(self) -> str:
        return label(self.encoding)

    @property
    def rows_read(self) -> int:
        return len(self.frame) + len(self.malformed) + len(self.problems)

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


# ---- records: physical lines grouped into CSV records, a stray quote reported -------------------

# A cell longer than this (characters) is refused with its row; a quoted cell is never joined
# beyond it (a stray quote then is reported instead of swallowing the rest of the file).
CELL_LIMIT = 4 * 1024 * 1024
UNTERMINATED = "引用符が閉じていません"
csv.field_size_limit(max(csv.field_size_limit(), 4 * CELL_LIMIT))

_START, _FIELD, _QUOTED, _QUOTE = range(4)


def _scan(line: str, state: int) -> tuple[int, int]:
    """(state at the end of `line`, fields begun in it) for the csv module's default dialect.

    States: at a field's start, in an unquoted field, in a quoted field, just after a quote inside
    a quoted field. A line that ends in _QUOTED continues on the next line.
    """
    if state != _QUOTED and '"' not in line:
        return (_START if line.endswith(("\n", "\r")) else _FIELD), line.count(",") + (state == _START)
    fields = 1 if state == _START else 0
    i, n = 0, len(line)
    while i < n:
        if state == _QUOTED:
            j = line.find('"', i)
            if j < 0:
                return _QUOTED, fields
            state, i = _QUOTE, j + 1
            continue
        ch = line[i]
        if state == _QUOTE:
            if ch == '"':
                state = _QUOTED
            elif ch == ",":
                state, fields = _START, fields + 1
            elif ch in "\r\n":
                return _START, fields
            else:
                state = _FIELD
        elif state == _START and ch == '"':
            state = _QUOTED
        elif ch == ",":
            state, fields = _START, fields + 1
        elif ch in "\r\n":
            return _START, fields
        else:
            state = _FIELD
        i += 1
    return state, fields


def _closes(line: str) -> bool:
    """Whether a quoted cell continued on `line` closes on it (a doubled quote is a quote in the cell)."""
    i = line.find('"')
    while i >= 0:
        if line[i + 1:i + 2] != '"':
            return True
        i = line.find('"', i + 2)
    return False


def _records(lines: list[str], n: int) -> Iterator[tuple[int, int, bool]]:
    """(first, last, ok) line indexes of each record; ok=False: a quote opened on `first` never closes.

    A quoted cell may span lines. Its quote is taken as stray (reported, and reading goes on
    with the next line) when it runs to the end of the file, past CELL_LIMIT characters, or up
    to a line that on its own is a complete row of the header's `n` fields.
    """
    stop: dict[int, int] = {}  # line → first line at or after it that closes a quote or is a whole row

    def next_stop(k: int) -> int:
        seen = []
        while k < len(lines) and k not in stop:
            seen.append(k)
            if _closes(lines[k]):
                break
            st, fields = _scan(lines[k], _START)
            if st != _QUOTED and fields == n:
                break
            k += 1
        end = stop.get(k, k)
        for s in seen:
            stop[s] = end
        return end

    i = 0
    while i < len(lines):
        state, _ = _scan(lines[i], _START)
        j, size = i, len(lines[i])
        while state == _QUOTED:
            k = next_stop(j + 1)
            size += sum(len(lines[x]) for x in range(j + 1, min(k + 1, len(lines))))
            if k >= len(lines) or not _closes(lines[k]) or size > CELL_LIMIT:
                break  # end of file, a whole row, or too long: the quote is stray
            j = k
            state, _ = _scan(lines[k], _QUOTED)
        if state == _QUOTED:
            yield i, i, False
            i += 1
        else:
            yield i, j, True
            i = j + 1


Problem = tuple[int, "str | None", "str | None", str]  # (line, column, value, reason): a row refused while reading


def _preview(text: str, limit: int = 40) -> str:
    text = text.rstrip("\r\n")
    return text if len(text) <= limit else text[:limit] + "…"


def _slow_body(lines: list[str], first_line: int, header: list[str]
               ) -> tuple[list[list[str]], list[int], list[tuple[int, int]], list[Problem]]:
    """Rows of the physical `lines` (the first is line `first_line`) with the csv module, record by record.

    Returns rows padded to the header, their lines, rows with extra cells (line, fields) and rows
    refused while reading (a stray quote, an over-long cell, bytes the csv module refuses).
    """
    n = len(header)
    rows: list[list[str]] = []
    out_lines: list[int] = []
    malformed: list[tuple[int, int]] = []
    problems: list[Problem] = []
    for i, j, ok in _records(lines, n):
        start = first_line + i
        if not ok:
            problems.append((start, None, _preview(lines[i]), UNTERMINATED))
            continue
        try:
            got = list(csv.reader(lines[i:j + 1]))
        except csv.Error as exc:
            why = "NUL 文字（\\x00）を含みます" if "NUL" in str(exc) else "CSV の行として読めません"
            problems.append((start, None, None, why))
            continue
        row = got[0] if len(got) == 1 else [c for r in got for c in r]
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) > n and any(c.strip() for c in row[n:]):
            malformed.append((start, len(row)))
            continue
        long = [k for k, c in enumerate(row[:n]) if len(c) > CELL_LIMIT]
        if long:
            k = long[0]
            problems.append((start, header[k] or None, None,
                             f"セルが長すぎます（{len(row[k]):,} 文字。1 セル {CELL_LIMIT:,} 文字まで）"))
            continue
        rows.append((row + [""] * n)[:n])
        out_lines.append(start)
    return rows, out_lines, malformed, problems


def read_header(reader: Any, name: str, rename: dict[str, str] | None) -> list[str]:
    """The first record as column names: trimmed, BOM removed, renamed; duplicates are an error."""
    try:
        raw_header = next(reader)
    except StopIteration:
        raise UserError(f"{name}: ファイルが空です（ヘッダー行がありません）") from None
    except csv.Error as exc:
        why = "NUL 文字（\\x00）を含みます" if "NUL" in str(exc) else "CSV の行として読めません"
        raise UserError(f"{name}: 1 行目（ヘッダー）が{why}") from exc
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
    physical_iter = _lines(text)
    head = [next(physical_iter, "")]
    if not head[0]:
        raise UserError(f"{name}: ファイルが空です（ヘッダー行がありません）")
    # a header cell may be quoted over a few lines; a header quote that never closes is an error
    while _scan("".join(head), _START)[0] == _QUOTED:
        nxt = next(physical_iter, None)
        if nxt is None or len(head) > 10:
            raise UserError(f"{name}: 1 行目（ヘッダー）の{UNTERMINATED}")
        head.append(nxt)
    header = read_header(csv.reader(head), name, rename)
    n = len(header)
    keep_cols = [i for i, h in enumerate(header) if h]
    arrow = fast = None
    if len(head) == 1:
        start = len(head[0])
        if start == len(text):
            fast = (pd.DataFrame(columns=range(n)), np.arange(0), [])
        else:
            # the body's UTF-8 bytes: the file's own bytes when it is UTF-8 (no second encoding)
            if enc in ("utf-8", "utf-8-sig"):
                skip = len(UTF8_BOM) if enc == "utf-8-sig" else 0  # decoding dropped the BOM
                body_bytes = data[skip + len(text[:start].encode("utf-8")):]
            else:
                body_bytes = text[start:].encode("utf-8")
            # a quote opened on the last line runs to the end of the file: Arrow and pandas take it as
            # closed there, the csv-module path reports it
            if b"\x00" not in body_bytes and not _last_line_open(text, start):  # the csv module reports NUL
                physical = _physical_lines(body_bytes)
                arrow = _arrow_body(body_bytes, n, physical)
                if arrow is None:
                    fast = _fast_body(text[start:], body_bytes, n, physical)
                if len(body_bytes) > CELL_LIMIT and _longest_cell(arrow or fast) > CELL_LIMIT:
                    arrow = fast = None  # the csv-module path refuses those rows one by one
    problems: list[Problem] = []
    if arrow is not None:
        df, lines = arrow
        malformed: list[tuple[int, int]] = []
        frame = pd.DataFrame({header[i]: df[i] for i in keep_cols}, copy=False)  # Arrow strings
    elif fast is not None:
        df, lines, malformed = fast
        frame = pd.DataFrame({header[i]: df[i].to_numpy(dtype=object) if len(df) else np.empty(0, dtype=object)
                              for i in keep_cols}, dtype=object)
    else:
        rows, line_list, malformed, problems = _slow_body(list(physical_iter), len(head) + 1, header)
        cols = list(zip(*rows)) if rows else [()] * n
        frame = pd.DataFrame({header[i]: np.array(cols[i], dtype=object) for i in keep_cols}, dtype=object)
        lines = np.array(line_list, dtype=np.int64)
    return CsvTable(name, enc, header, frame, np.asarray(lines, dtype=np.int64), malformed, problems)


def _last_line_open(text: str, start: int) -> bool:
    """Whether the last non-empty line of text[start:] ends inside a quoted cell (scanned alone)."""
    end = len(text)
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    cut = max(text.rfind("\n", start, end), text.rfind("\r", start, end))
    return _scan(text[(cut + 1 if cut >= 0 else start):end], _START)[0] == _QUOTED


def _longest_cell(parsed: tuple | None) -> int:
    """Characters of the longest cell of a fast path's frame (0 when there is none)."""
    if parsed is None or not len(parsed[0]):
        return 0
    return max(int(parsed[0][c].str.len().max()) for c in parsed[0].columns)


def require_columns(table: CsvTable, required: list[str]) -> None:
    """Structural check: every required column present, else UserError naming file and column."""
    missing = [c for c in required if c not in table.header]
    if missing:
        raise UserError(
            f"{table.source_file}: 必須の列 {', '.join(missing)} がありません"
            f"（見つかった列: {header_summary(table.header)}。"
            "別の列名なら dataset.yaml の columns: で対応付けてください）"
        )


def header_summary(header: list[str], fields: int = 12, chars: int = 24) -> str:
    """The header's field names for a message: at most `fields` names of at most `chars` characters,
    control characters shown as '?' (a message never carries a whole line of an unexpected file)."""
    named = [h for h in header if h]
    if not named:
        return "なし"
    shown = []
    for h in named[:fields]:
        h = "".join("?" if ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 else ch for ch in h)
        shown.append(h if len(h) <= chars else h[:chars] + "…")
    more = f" ほか {len(named) - fields} 列" if len(named) > fields else ""
    return ", ".join(shown) + more
