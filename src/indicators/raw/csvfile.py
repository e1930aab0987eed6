"""Reading CSV files as text records with their 1-based line numbers (header = line 1).

Encoding is detected, not assumed (`raw.encoding`). A file without quote characters is read by
DuckDB (`read_csv`, all VARCHAR, one column per physical line, split on commas in SQL); its
records are its lines, so line numbers are row numbers.
A file with quotes is read by Python's csv module: a quoted cell may span lines, and only a
reader that walks the file knows where each record starts (DuckDB's reader neither numbers
records nor keeps blank lines apart from quoted line breaks). Both give the same `CsvTable`.
"""
from __future__ import annotations

import csv
import functools
import itertools
import re
import tempfile
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from indicators.errors import UserError
from indicators.raw.cells import WHITESPACE_RE2
from indicators.raw.encoding import decode, read_bytes

_LINE_END = re.compile(r"\r\n|\r|\n")
# the one-column read needs a delimiter the file does not contain
_DELIMITERS = ("\x1f", "\x1e", "\x1d", "\x01")


@dataclass
class CsvTable:
    """A CSV file as text: canonical header and a DuckDB table of its records.

    `table` (in `connection()`) has one row per record: line_number (where it starts), blank (every
    cell blank: not a record), nfields, malformed (non-blank cells beyond the header) and the
    header's cells c1..cn as VARCHAR ('' for a short row). Named columns are mapped to positions
    by `position`, so file header text never becomes SQL.
    """

    source_file: str
    encoding: str
    header: list[str]
    table: str
    reader: str = "duckdb"  # or "csv" (the csv module: a file with quotes)

    def __post_init__(self) -> None:
        weakref.finalize(self, _drop, self.table)

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
        return self._fetch("SELECT count(*) FROM {t} WHERE NOT blank")[0][0]

    @property
    def frame(self) -> Any:
        """The well-formed records as a pandas frame of text (for small files and tests)."""
        import pandas as pd

        return pd.DataFrame([r for _, r in self.records], columns=[h for h in self.header if h], dtype=object)


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` as StringIO(text, newline='') yields them (\n, \r, \r\n kept)."""
    pos = 0
    for m in _LINE_END.finditer(text):
        yield text[pos:m.end()]
        pos = m.end()
    if pos < len(text):
        yield text[pos:]


def _slow_body(reader: Any, name: str, n: int) -> tuple[list[list[str]], list[int], list[tuple[int, int]]]:
    """Records of a csv.reader after the header: (padded rows, their lines, malformed (line, fields))."""
    rows: list[list[str]] = []
    lines: list[int] = []
    malformed: list[tuple[int, int]] = []
    for start, row in _records(reader, name):
        if len(row) > n and any(c.strip() for c in row[n:]):
            malformed.append((start, len(row)))
            continue
        rows.append((row + [""] * n)[:n])
        lines.append(start)
    return rows, lines, malformed


def _records(reader: Any, name: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, fields) of each record with a non-blank cell."""
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UserError(f"{name}: CSV として読めません（{start} 行目: {exc}）") from exc
        if row and not all(not c.strip() for c in row):
            yield start, row


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


def _create(cur: duckdb.DuckDBPyConnection, table: str, n: int, source: str, params: dict | None = None) -> None:
    """The records table (see CsvTable) from `source` (line_number, fields, blank)."""
    extra = f"list_bool_and(list_transform(fields[{n + 1}:], c -> {_blank('c')}))"
    cells = "".join(f", coalesce(fields[{i}], '') AS c{i}" for i in range(1, n + 1))
    cur.execute(f"CREATE TABLE {table} AS SELECT line_number, blank, len(fields) AS nfields,"
                f" coalesce(len(fields) > {n} AND NOT {extra}, false) AS malformed{cells} FROM ({source})",
                params)


def _duck_rows(cur: duckdb.DuckDBPyConnection, table: str, n: int, path: Path, body: str, header_bytes: int) -> bool:
    """Read the body of a file without quotes with DuckDB into `table`; False when it needs the csv
    module (quotes, NUL, a lone CR as line end, no free delimiter) or DuckDB saw other lines than
    the csv module would. A UTF-8 file is read in place; any other (cp932, EUC-JP) as a UTF-8 copy
    of its decoded text (DuckDB's encodings extension mis-decodes ASCII letters as cp932)."""
    delim = next((d for d in _DELIMITERS if d not in body), None)
    if delim is None or '"' in body or "\x00" in body or body.count("\r") != body.count("\r\n"):
        return False
    with tempfile.TemporaryDirectory(prefix="welfare-csv-") as tmp:
        if header_bytes >= 0:  # UTF-8: the body is the file's own bytes after the header
            source, skip = path, 1
        else:
            source, skip = Path(tmp) / "body.csv", 0
            source.write_text(body, encoding="utf-8", newline="")
        # one VARCHAR per physical line in file order (a blank line is a NULL row), so a line's
        # number is its row number + 1; a line of commas and blanks only is a row of blank cells
        sql = ("SELECT row_number() OVER () + 1 AS line_number, string_split(rtrim(line, chr(13)), ',') AS fields, "
               + _blank("replace(line, ',', '')") + " AS blank"
               " FROM read_csv($path, columns = {'line': 'VARCHAR'}, header = false, skip = $skip, delim = $delim,"
               " quote = '', escape = '', auto_detect = false, max_line_size = 100000000)")
        try:
            _create(cur, table, n, sql, {"path": str(source), "delim": delim, "skip": skip})
        except duckdb.Error:
            return False
    lines = body.count("\n") + (1 if body and not body.endswith("\n") else 0)
    if cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0] != lines:
        cur.execute(f"DROP TABLE {table}")
        return False
    return True


def read_csv(path: Path, rename: dict[str, str] | None = None, source_file: str | None = None) -> CsvTable:
    """Read `path`; header names are trimmed and renamed through `rename` (dataset.yaml `columns:`).

    Blank lines and rows with every cell empty are skipped and not counted as rows read.
    """
    name = source_file or path.name
    data = read_bytes(path)
    text, enc = decode(data, name)
    reader = csv.reader(_lines(text))
    header = read_header(reader, name, rename)
    table = f"csv_{next(_COUNTER)}"
    cur = connection().cursor()
    try:
        done = False
        if reader.line_num == 1:
            first = _LINE_END.search(text)
            end = first.end() if first else len(text)
            bom = 3 if enc == "utf-8-sig" else 0  # decoding dropped the BOM
            header_bytes = bom + len(text[:end].encode("utf-8")) if enc.startswith("utf-8") else -1
            done = _duck_rows(cur, table, len(header), path, text[end:], header_bytes)
        if not done:
            found = list(_records(reader, name))
            src = pa.table({"line_number": pa.array([ln for ln, _ in found], pa.int64()),
                            "fields": pa.array([r for _, r in found], pa.list_(pa.string())),
                            "blank": pa.array([False] * len(found), pa.bool_())})
            cur.register("_found", src)
            _create(cur, table, len(header), "SELECT * FROM _found")
            cur.unregister("_found")
    finally:
        cur.close()
    return CsvTable(name, enc, header, table, "duckdb" if done else "csv")


def require_columns(table: CsvTable, required: list[str]) -> None:
    """Structural check: every required column present, else UserError naming file and column."""
    missing = [c for c in required if c not in table.header]
    if missing:
        raise UserError(
            f"{table.source_file}: 必須の列 {', '.join(missing)} がありません"
            f"（見つかった列: {', '.join(h for h in table.header if h) or 'なし'}。"
            "別の列名なら dataset.yaml の columns: で対応付けてください）"
        )
