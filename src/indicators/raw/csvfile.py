"""Reading CSV files as text records with their 1-based line numbers (header = line 1).

Encoding is detected, not assumed (raw.encoding). A file whose body has no quote character is
read by DuckDB (`read_csv`, all VARCHAR, one column per physical line, split on commas in SQL):
its records are its lines, so a record's line number is its row number. A file with quotes goes
through the csv module record by record (`_records`): a quoted cell may span lines, a quote that
never closes is reported on its line and the next lines are read one by one. DuckDB's reader can
do neither (it numbers no records and joins a stray quote's lines). Both give the same records
table, which staging reads with SQL.
"""
from __future__ import annotations

import csv
import functools
import itertools
import re
import tempfile
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from indicators.errors import UserError
from indicators.raw.cells import WHITESPACE_RE2
from indicators.raw.encoding import decode, label, read_bytes

_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass
class CsvTable:
    """A CSV file as text: canonical header and a DuckDB table of its records.

    `table` (in `connection()`) has one row per record: line_number (where it starts), blank (every
    cell blank: not a record), nfields, malformed (non-blank cells beyond the header) and the
    header's cells c1..cn as VARCHAR ('' for a short row); in any order (ORDER BY line_number). Canonical columns are mapped to cell
    positions by `position`, so header text from the file never becomes SQL. `problems`: records
    refused while reading (line, column, value, reason): a quote that never closes, a cell over
    CELL_LIMIT, bytes the csv module refuses; staging rejects them with that reason.
    """

    source_file: str
    encoding: str
    header: list[str]
    table: str
    reader: str = "duckdb"  # or "csv" (the csv module: a file with quotes)
    problems: list[tuple[int, str | None, str | None, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        weakref.finalize(self, _drop, self.table)

    @property
    def encoding_label(self) -> str:
        return label(self.encoding)

    def position(self, column: str) -> int | None:
        """1-based cell position of a canonical column (None: not in the file)."""
        return self.header.index(column) + 1 if column in self.header else None

    def _fetch(self, sql: str) -> list[tuple]:
        cur = connection().cursor()
        try:
            return cur.execute(sql.format(t=self.table)).fetchall()
        finally:
            cur.close()

    @property
    def records(self) -> list[tuple[int, dict[str, str]]]:
        """(line, {column: text}) per well-formed record (for small files: importers, tests)."""
        named = [(i + 1, h) for i, h in enumerate(self.header) if h]
        cols = ", ".join(["line_number", *[f"c{i}" for i, _ in named]])
        rows = self._fetch(f"SELECT {cols} FROM {{t}} WHERE NOT blank AND NOT malformed ORDER BY line_number")
        return [(r[0], {h: v for (_, h), v in zip(named, r[1:])}) for r in rows]

    @property
    def malformed(self) -> list[tuple[int, int]]:
        """(line, number of fields) of records with non-empty cells beyond the header."""
        return [tuple(r) for r in self._fetch("SELECT line_number, nfields FROM {t} WHERE malformed ORDER BY 1")]

    @property
    def rows_read(self) -> int:
        return self._fetch("SELECT count(*) FROM {t} WHERE NOT blank")[0][0] + len(self.problems)

    @property
    def frame(self) -> Any:
        """The well-formed records as a pandas frame of text (for small files and tests)."""
        import pandas as pd

        return pd.DataFrame([r for _, r in self.records], columns=[h for h in self.header if h], dtype=object)


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


def _closing_quote(line: str) -> int:
    """Index of the quote that closes a cell continued on `line`, -1 if none (a doubled quote is a
    quote inside the cell)."""
    i = line.find('"')
    while i >= 0 and line[i + 1:i + 2] == '"':
        i = line.find('"', i + 2)
    return i


def _closes(line: str) -> bool:
    return _closing_quote(line) >= 0


def _closes_at_field_start(line: str) -> bool:
    """Whether the quote closing a continued cell on `line` stands where a cell starts (line start
    or after a comma) with text after it: there it is the opening quote of that line's own cell
    (a closing quote is followed by a comma or the line's end)."""
    i = j = _closing_quote(line)
    while j > 0 and line[j - 1] == '"':  # the run ending with it: `"""quoted` opens a cell holding a quote
        j -= 1
    return i >= 0 and (j == 0 or line[j - 1] == ",") and line[i + 1:i + 2] not in ("", ",", "\r", "\n")


def _records(lines: list[str], n: int) -> Iterator[tuple[int, int, bool]]:
    """(first, last, ok) line indexes of each record; ok=False: a quote opened on `first` never closes.

    A quoted cell may span lines. Its quote is taken as stray (reported, and reading goes on
    with the next line) when it runs to the end of the file or past CELL_LIMIT characters, or
    when a line it would take in is on its own a whole row of the header's `n` fields and either
    does not close the quote or closes it where a cell of that row opens its own quote.
    """
    def whole(k: int) -> bool:
        st, fields = _scan(lines[k], _START)
        return st != _QUOTED and fields == n

    stop: dict[int, int] = {}  # line → first line at or after it that closes a quote or is a whole row

    def next_stop(k: int) -> int:
        seen = []
        while k < len(lines) and k not in stop:
            seen.append(k)
            if _closes(lines[k]) or whole(k):
                break
            k += 1
        end = stop.get(k, k)
        for s in seen:
            stop[s] = end
        return end

    i = 0
    while i < len(lines):
        state = _scan(lines[i], _START)[0]
        j, size = i, len(lines[i])
        while state == _QUOTED:
            k = next_stop(j + 1)
            size += sum(len(lines[x]) for x in range(j + 1, min(k + 1, len(lines))))
            if k >= len(lines) or not _closes(lines[k]) or size > CELL_LIMIT:
                break  # end of file, a whole row, or too long: the quote is stray
            if whole(k) and _closes_at_field_start(lines[k]):
                break  # the quote "closes" at the opening quote of a cell of a row of its own
            j, state = k, _scan(lines[k], _QUOTED)[0]
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


@functools.cache
def connection() -> duckdb.DuckDBPyConnection:
    """The in-memory DuckDB that holds read files and stages them (use a cursor per task)."""
    return duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})


def _drop(table: str) -> None:
    try:
        cur = connection().cursor()
        cur.execute(f"DROP TABLE IF EXISTS {table}")
        cur.close()
    except duckdb.Error:  # interpreter shutdown
        pass


def _blank(expr: str) -> str:
    """SQL: `expr` is NULL or only whitespace (Python's str.isspace set, as str.strip() trims)."""
    return f"coalesce(regexp_full_match({expr}, '[{WHITESPACE_RE2}]*'), true)"


_COUNTER = itertools.count()


def _duck_rows(cur: duckdb.DuckDBPyConnection, table: str, n: int, path: Path, body: bytes, in_place: bool) -> bool:
    """Read `body` (the UTF-8 bytes after the header) with DuckDB into `table`; False when it needs the csv
    module: quotes, NUL, a lone CR as line end, a line over CELL_LIMIT, or DuckDB saw other lines
    than the csv module would. A UTF-8 file is read in place (`in_place`), any other as a UTF-8 copy
    of its decoded text (DuckDB's encodings extension mis-decodes cp932: ASCII letters come back
    as Latin-1 ones).

    DuckDB splits the lines on commas (no quoting) and skips empty lines, so the k-th row is the
    k-th non-empty physical line (numbered here from the line ends). Rows with more cells than the
    header are re-read from their line (DuckDB keeps one extra cell) to count their fields.
    """
    if b'"' in body or b"\x00" in body or body.count(b"\r") != body.count(b"\r\n"):
        return False
    raw = np.frombuffer(body, dtype=np.uint8)
    ends = np.flatnonzero(raw == 10)
    starts = np.concatenate([[0], ends + 1])
    ends = np.concatenate([ends, [len(raw)]])
    if len(raw) and raw[-1] == 10:
        starts, ends = starts[:-1], ends[:-1]
    size = ends - starts
    size -= (size > 0) & (raw[np.maximum(ends - 1, 0)] == 13) if len(raw) else 0
    if len(size) and size.max() > CELL_LIMIT:
        return False
    line_numbers = np.flatnonzero(size > 0) + 2
    cols = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(1, n + 2))
    blank = " AND ".join(_blank(f"c{i}") for i in range(1, n + 1))
    cells = "".join(f", coalesce(c{i}, '') AS c{i}" for i in range(1, n + 1))
    cur.register("_lines", pa.table({"line_number": pa.array(line_numbers, pa.int64())}))
    try:
        with tempfile.TemporaryDirectory(prefix="welfare-csv-") as tmp:
            source, skip = path, 1
            if not in_place:
                source, skip = Path(tmp) / "body.csv", 0
                source.write_bytes(body)
            # nullstr no cell can be: an empty cell is '', a cell the row lacks is NULL; a row whose
            # first cell starts with a printable ASCII character other than a comma is not blank
            cur.execute(
                f"CREATE TABLE {table} AS SELECT l.line_number,"
                f" CASE WHEN ascii(c1) BETWEEN 33 AND 126 THEN false ELSE {blank} END AS blank,"
                f" {n} AS nfields, false AS malformed{cells}, c{n + 1} IS NOT NULL AS wide"
                f" FROM read_csv($path, columns = {{{cols}}}, header = false, skip = $skip, delim = ',', quote = '',"
                " escape = '', auto_detect = false, strict_mode = false, null_padding = true, nullstr = $never,"
                " max_line_size = $max_line) POSITIONAL JOIN _lines l",
                {"path": str(source), "skip": skip, "never": "\x00\x01", "max_line": 4 * CELL_LIMIT + 1024})
    except duckdb.Error:
        cur.execute(f"DROP TABLE IF EXISTS {table}")
        return False
    finally:
        cur.unregister("_lines")
    rows, numbered = cur.execute(f"SELECT count(*), count(line_number) FROM {table}").fetchone()
    if not rows == numbered == len(line_numbers):  # DuckDB saw other lines than the csv module would
        cur.execute(f"DROP TABLE {table}")
        return False
    # rows with cells beyond the header (DuckDB keeps one extra): fields counted on the line itself
    wide = {"line_number": [], "nfields": [], "blank": [], "malformed": []}
    for (line,) in cur.execute(f"SELECT line_number FROM {table} WHERE wide").fetchall():
        fields = raw[starts[line - 2]:ends[line - 2]].tobytes().decode("utf-8").rstrip("\r").split(",")
        wide["line_number"].append(line)
        wide["nfields"].append(len(fields))
        wide["blank"].append(all(not c.strip() for c in fields))
        wide["malformed"].append(any(c.strip() for c in fields[n:]))
    if wide["line_number"]:
        cur.register("_wide", pa.table(wide))
        cur.execute(f"UPDATE {table} SET nfields = w.nfields, blank = w.blank, malformed = w.malformed"
                    f" FROM _wide w WHERE {table}.line_number = w.line_number")
        cur.unregister("_wide")
    return True


def _csv_rows(cur: duckdb.DuckDBPyConnection, table: str, lines: list[str], first_line: int, header: list[str]
              ) -> list[Problem]:
    """Read the physical `lines` with the csv module (`_slow_body`) into `table`; returns the problems."""
    n = len(header)
    rows, line_list, malformed, problems = _slow_body(lines, first_line, header)
    cols: dict[str, Any] = {
        "line_number": pa.array(line_list + [ln for ln, _ in malformed], pa.int64()),
        "blank": pa.array([False] * (len(rows) + len(malformed))),
        "nfields": pa.array([n] * len(rows) + [k for _, k in malformed], pa.int64()),
        "malformed": pa.array([False] * len(rows) + [True] * len(malformed)),
    }
    for i in range(n):
        cols[f"c{i + 1}"] = pa.array([r[i] for r in rows] + [""] * len(malformed), pa.string())
    cur.register("_rows", pa.table(cols))
    try:
        cur.execute(f"CREATE TABLE {table} AS SELECT * FROM _rows ORDER BY line_number")
    finally:
        cur.unregister("_rows")
    return problems


def read_csv(path: Path, rename: dict[str, str] | None = None, source_file: str | None = None) -> CsvTable:
    """Read `path`; header names are trimmed and renamed through `rename` (dataset.yaml `columns:`).

    Blank lines and rows with every cell empty are skipped (spreadsheet exports add them) and
    are not counted as rows read. Rows shorter than the header are padded with empty cells;
    rows with extra non-empty cells are `malformed`.
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
    table = f"csv_{next(_COUNTER)}"
    cur = connection().cursor()
    try:
        start = sum(len(h) for h in head)
        # a UTF-8 file's body is its own bytes after the header (a BOM is dropped by decoding)
        in_place = enc in ("utf-8", "utf-8-sig") and len(head) == 1
        if in_place:
            body = data[(3 if enc == "utf-8-sig" else 0) + len(head[0].encode("utf-8")):]
        else:
            body = text[start:].encode("utf-8")
        if len(head) == 1 and _duck_rows(cur, table, len(header), path, body, in_place):
            return CsvTable(name, enc, header, table, "duckdb")
        problems = _csv_rows(cur, table, list(physical_iter), len(head) + 1, header)
        return CsvTable(name, enc, header, table, "csv", problems)
    finally:
        cur.close()


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
