"""Staging as declared checks: a table's columns in contract.yaml, its row checks in sql/<table>.sql.

A read CSV file (`raw.csvfile.CsvTable`, a DuckDB table of text cells) becomes the view `parsed`:
per contract column `<col>` (typed value), `<col>__s` (status: 0 ok, 1 null, 2 suppressed,
3 invalid, 4 absent from the file) and `<col>__raw` (the cell's text). Cells already in final form
(plain numbers, ASCII codes, trimmed text) are cast by SQL; any other cell is read by the one
cell parser (`raw.cells`, shared with the importers), once per distinct text, through a DuckDB
function. The generic checks (unreadable cells, negative counts) come from the contract; the
table's SQL returns the other rejections (line_number, ord, column_name, value, reason); a row
with a rejection is not clean. Rejections are ordered by line, then by the order of the checks.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import yaml

from indicators.raw import cells
from indicators.raw.csvfile import CsvTable, connection, require_columns
from indicators.staging.common import Staged

OK, NULL, SUPPRESSED, INVALID, ABSENT = range(5)
STATUS = {"ok": OK, "null": NULL, "suppressed": SUPPRESSED, "invalid": INVALID}
KIND_LABEL = {"int": "整数", "float": "数値", "fy": "年度（2024 / 令和6年度 / R6 など）", "text": "文字", "code": "コード"}
PARSERS = {"int": cells.parse_int, "float": cells.parse_float, "fy": cells.parse_fiscal_year,
           "text": cells.parse_text, "code": cells.parse_code}
SQL_TYPE = {"int": "BIGINT", "float": "DOUBLE", "fy": "BIGINT", "text": "VARCHAR", "code": "VARCHAR"}
_WS = cells.WHITESPACE_RE2  # Python's str.isspace set (what str.strip() trims) as an RE2 class
# cells whose text already is its value (what the parser would return): no Python call for them;
# codes in printable ASCII (NFKC leaves it alone) without outer spaces
FINAL = {
    "int": r"[0-9]{1,15}",
    "float": r"-?[0-9]{1,15}(?:\.[0-9]{1,17})?",
    "fy": r"19[0-9]{2}|20[0-9]{2}|2100",
    "code": r"[!-~](?:[ -~]*[!-~])?",
    "text": rf"[^{_WS}](?:[^\x{{3000}}]*[^{_WS}])?",
}
NEGATIVE = "負の値です（人数・件数・重みは 0 以上）"


@functools.cache
def contract() -> dict[str, dict[str, Any]]:
    return yaml.safe_load(resources.files("indicators.staging").joinpath("contract.yaml").read_text("utf-8"))


@functools.cache
def table_sql(name: str) -> str:
    return resources.files("indicators.staging").joinpath(f"sql/{name}.sql").read_text("utf-8")


_MEMO: dict[str, dict[str, str]] = {kind: {} for kind in PARSERS}  # per stage() call


def _parser_udf(kind: str):
    """Arrow function: text -> 'status:value' by `raw.cells` (value as str / repr), cached per text."""
    parse, memo = PARSERS[kind], _MEMO[kind]

    def one(text: str) -> str:
        c = parse(text)
        if c.status != "ok":
            return f"{STATUS[c.status]}:"
        return f"0:{c.value!r}" if isinstance(c.value, float) else f"0:{c.value}"

    def fn(arr: pa.ChunkedArray) -> pa.Array:
        out = []
        for t in arr.to_pylist():
            r = memo.get(t)
            if r is None:
                r = memo[t] = one(t)
            out.append(r)
        return pa.array(out, pa.string())

    return fn


@functools.cache
def _register() -> None:
    for kind in PARSERS:
        connection().create_function(f"cell_{kind}", _parser_udf(kind), ["VARCHAR"], "VARCHAR", type="arrow",
                                     null_handling="special", side_effects=False)


def cursor() -> duckdb.DuckDBPyConnection:
    """A cursor of the reading connection (the cell parsers are functions of its database)."""
    _register()
    return connection().cursor()


def _parsed_sql(table: CsvTable, columns: dict[str, str]) -> str:
    """SELECT of the `parsed` view (identifiers from the contract, positions from the header)."""
    inner, outer = ["line_number"], ["line_number"]
    for col, kind in columns.items():
        pos = table.position(col)
        raw = f"c{pos}" if pos else "NULL::VARCHAR"
        inner.append(f"{raw} AS {col}__raw")
        # '' is NULL for every kind (no parser call for the many empty cells)
        inner.append(f"CASE WHEN {raw} IS NULL THEN NULL WHEN {raw} = '' THEN '{NULL}:'"
                     f" WHEN regexp_full_match({raw}, '{FINAL[kind]}') THEN NULL ELSE cell_{kind}({raw}) END AS {col}__p")
        t = SQL_TYPE[kind]
        outer.append(f"CASE WHEN {col}__raw IS NULL THEN NULL WHEN {col}__p IS NULL THEN CAST({col}__raw AS {t})"
                     f" WHEN {col}__p[1] = '0' THEN TRY_CAST({col}__p[3:] AS {t}) END AS {col}")
        outer.append(f"CASE WHEN {col}__raw IS NULL THEN {ABSENT} WHEN {col}__p IS NULL THEN {OK}"
                     f" ELSE {col}__p[1]::UTINYINT END AS {col}__s")
        outer.append(f"{col}__raw")
    return (f"SELECT {', '.join(outer)} FROM (SELECT {', '.join(inner)} FROM {table.table}"
            " WHERE NOT blank AND NOT malformed)")


def _generic(columns: dict[str, str], counts: Iterable[str]) -> tuple[str, str]:
    """(rejections of unreadable cells and negative counts, the row's parse_ok expression)."""
    parts, bad = [], []
    for i, (col, kind) in enumerate(columns.items()):
        parts.append(f"SELECT line_number, {10 * i} AS ord, '{col}' AS column_name, {col}__raw AS value,"
                     f" '{KIND_LABEL[kind]}として読めません' AS reason FROM parsed WHERE {col}__s = {INVALID}")
        bad.append(f"{col}__s = {INVALID}")
        if col in counts:
            parts.append(f"SELECT line_number, {10 * i + 1}, '{col}', {col}__raw, '{NEGATIVE}'"
                         f" FROM parsed WHERE {col}__s = {OK} AND {col} < 0")
            bad.append(f"({col}__s = {OK} AND {col} < 0)")
    return " UNION ALL ".join(parts), f"NOT ({' OR '.join(bad)})"


def _frame(tab: pa.Table, columns: dict[str, str]) -> pd.DataFrame:
    """Clean rows as staging has always typed them: text in pandas' string dtype (None = NULL),
    counts int64, or float64 when a NULL occurs; an all-NULL column as objects (None)."""
    data: dict[str, Any] = {"line_number": tab["line_number"].to_numpy().astype(np.int64)}
    str_dtype = pd.Series(["a"]).dtype
    for col, kind in columns.items():
        a = tab[col]
        n, nulls = len(a), a.null_count
        if nulls == n:
            data[col] = np.full(n, None, dtype=object)
        elif kind in ("text", "code"):
            data[col] = pd.array(a.cast(pa.large_string()), dtype=str_dtype) if str_dtype != object else \
                np.asarray(a.to_pylist(), dtype=object)
        elif kind in ("int", "fy") and nulls == 0:
            data[col] = a.to_numpy().astype(np.int64)
        else:
            data[col] = a.cast(pa.float64()).to_numpy(zero_copy_only=False)
    if "suppressed_columns" in tab.column_names:
        data["suppressed_columns"] = pd.Series(tab["suppressed_columns"].to_pylist(), dtype=object)
    return pd.DataFrame(data, copy=False)


def stage(name: str, table: CsvTable, params: dict[str, Any] | None = None,
          lists: dict[str, Iterable[str] | None] | None = None, malformed_reason: tuple[str, str] | None = None
          ) -> Staged:
    """Stage one contract table: required columns, parsing, the generic and the table's checks.

    `lists`: code lists the SQL joins (`{name}` tables with column `code`; None = no list, and
    the SQL sees `{name}_given` false); `params`: named SQL parameters of the table's SQL.
    """
    spec = contract()[name]
    columns: dict[str, str] = spec["columns"]
    require_columns(table, spec["required"])
    st = Staged(table.source_file, table.rows_read, pd.DataFrame(), encoding=table.encoding_label)
    value, reason = malformed_reason or ("{n} 列", f"列数がヘッダー（{len(table.header)} 列）より多い行です")
    for line, n in table.malformed:
        st.reject(line, None, value.format(n=n), reason)
    for line, col, val, why in table.problems:  # refused while reading (a stray quote, a long cell)
        st.reject(line, col, val, why)
    cur = cursor()
    try:
        # parsed once (a view would parse every cell again for each check that reads it)
        cur.execute(f"CREATE OR REPLACE TEMP TABLE parsed AS {_parsed_sql(table, columns)}")
        generic, parse_ok = _generic(columns, spec.get("counts") or [])
        cur.execute(f"CREATE OR REPLACE TEMP VIEW base AS SELECT *, {parse_ok} AS parse_ok FROM parsed")
        given = {}
        for lname, codes in (lists or {}).items():
            cur.execute(f"CREATE OR REPLACE TEMP TABLE {lname} AS SELECT unnest($codes::VARCHAR[]) AS code",
                        {"codes": sorted(codes or ())})
            given[f"{lname}_given"] = codes is not None
        sql = table_sql(spec.get("sql", name)).replace("{code}", spec.get("code", ""))
        q = {**given, **(params or {})}
        cur.execute(f"CREATE OR REPLACE TEMP TABLE rejects AS {generic} UNION ALL ({sql})",
                    {k: v for k, v in q.items() if f"${k}" in sql})
        for line, _, col, val, why in cur.execute(
                "SELECT * FROM rejects ORDER BY line_number, ord").fetchall():
            st.reject(line, col, val, why)
        supp = spec.get("suppressed")
        extra = ""
        if supp:
            items = ", ".join(f"CASE WHEN {c}__s = {SUPPRESSED} THEN '{c}' END" for c in supp)
            extra = f", list_filter([{items}], x -> x IS NOT NULL) AS suppressed_columns"
        clean = cur.execute(f"SELECT line_number, {', '.join(columns)}{extra} FROM parsed"
                            " ANTI JOIN rejects USING (line_number) ORDER BY line_number").to_arrow_table()
    finally:
        cur.execute("DROP VIEW IF EXISTS base")
        for name in ("parsed", "rejects", *(lists or {})):
            cur.execute(f"DROP TABLE IF EXISTS {name}")
        cur.close()
        for memo in _MEMO.values():
            memo.clear()
    st.clean = _frame(clean, columns)
    return st
