"""Shared pieces of staging: the rejected-row collector and the staged-table result."""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from indicators.raw import cells

REJECT_COLUMNS = ["source_file", "line_number", "column_name", "value", "reason"]
NOTE_COLUMNS = ["source_file", "line_number", "column_name", "value", "note"]


# per area level: (code of the polygon holding each row or None, found mask); see resolve.locate_rows
Located = dict[str, tuple[np.ndarray, np.ndarray]]


@dataclass
class Staged:
    """One input file after validation. rows_read = rows_loaded + rows_rejected always holds."""

    source_file: str
    rows_read: int
    clean: pd.DataFrame
    rejected: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    # the clean rows' point-in-polygon codes, from the municipality check (resolve.locate_rows)
    located: Located | None = None
    encoding: str | None = None  # how a CSV file was decoded (raw.encoding.label), for the build output

    @property
    def rows_rejected(self) -> int:
        return len({r["line_number"] for r in self.rejected})

    @property
    def rows_loaded(self) -> int:
        return len(self.clean)

    def reject(self, line: int | None, column: str | None, value: Any, reason: str) -> None:
        self.rejected.append(
            {"source_file": self.source_file, "line_number": line, "column_name": column,
             "value": None if value is None else str(value), "reason": reason}
        )

    def note(self, line: int | None, column: str | None, value: Any, note: str) -> None:
        self.notes.append(
            {"source_file": self.source_file, "line_number": line, "column_name": column,
             "value": None if value is None else str(value), "note": note}
        )

    def reject_many(self, lines: np.ndarray, column: str | None, values: Any, reason: str | list[str]) -> None:
        """One rejected-row entry per line (values: one per line, or a scalar for all)."""
        vals = values if isinstance(values, (list, np.ndarray, pd.Series)) else [values] * len(lines)
        reasons = reason if isinstance(reason, list) else [reason] * len(lines)
        for ln, v, why in zip(lines, vals, reasons):
            self.reject(int(ln), column, None if v is None or (isinstance(v, float) and v != v) else v, why)

    def sort_rejected(self) -> None:
        """Line order; a line's reasons stay in the order the checks found them (stable sort)."""
        self.rejected.sort(key=lambda r: -1 if r["line_number"] is None else r["line_number"])

    def drop_lines(self, lines: set[int]) -> None:
        """Remove clean rows whose line was rejected by a later check."""
        if lines and len(self.clean):
            keep = ~self.clean["line_number"].isin(lines).to_numpy()
            self.clean = self.clean[keep].reset_index(drop=True)
            if self.located is not None:  # stays aligned with the clean rows
                self.located = {k: (codes[keep], found[keep]) for k, (codes, found) in self.located.items()}


PARSERS: dict[str, Callable[[str | None], cells.Cell]] = {
    "int": cells.parse_int,
    "float": cells.parse_float,
    "fy": cells.parse_fiscal_year,
    "text": cells.parse_text,
    "code": cells.parse_code,
}
KIND_LABEL = {"int": "整数", "float": "数値", "fy": "年度（2024 / 令和6年度 / R6 など）", "text": "文字", "code": "コード"}


# Values already in final form skip the per-value parser (a million ids or coordinates would
# otherwise cost seconds): plain ASCII numbers; codes in printable ASCII with no outer spaces;
# text with no outer whitespace (Python's str.isspace set) and no ideographic space inside.
_WS = cells.WHITESPACE_RE2
_FINAL = {
    "int": r"[0-9]{1,15}",
    "float": r"-?[0-9]{1,15}(?:\.[0-9]{1,17})?",
    "code": r"[!-~](?:[ -~]*[!-~])?",
    "text": rf"[^{_WS}](?:[^\x{{3000}}]*[^{_WS}])?",
}
# kinds whose final cells are their own values (text); their Arrow columns can stay Arrow
TEXT_KINDS = ("code", "text")
# below this many distinct values the per-value parser is cheaper than building an Arrow array
FAST_PATH_MIN_UNIQUES = 64
# an Arrow column with at most this share of distinct texts (types, years, area codes...) is
# parsed once per distinct text, its rows taking references to the results: a million rows then
# cost no million Python objects. Decided on a sample of SAMPLE_ROWS rows (tests set 0 or 1).
DICT_PATH_MAX_SHARE = 0.5
SAMPLE_ROWS = 10_000


def _final_mask(arr: pa.Array | pa.ChunkedArray, kind: str) -> np.ndarray:
    """Mask of texts matching `_FINAL[kind]` (RE2 in Arrow, not a Python loop)."""
    m = pc.match_substring_regex(arr, f"^(?:{_FINAL[kind]})$")
    return m.to_numpy(zero_copy_only=False).astype(bool)


def _final_values(final_texts: pa.Array | pa.ChunkedArray, kind: str) -> np.ndarray:
    """Texts already in final form as their values (Python objects; numbers cast by Arrow)."""
    if kind in ("int", "float"):
        final_texts = pc.cast(final_texts, pa.int64() if kind == "int" else pa.float64())
    return final_texts.to_numpy(zero_copy_only=False)


def _arrow_strings(raw: pd.Series) -> pa.ChunkedArray | None:
    """The Arrow strings behind a column read by the CSV reader's Arrow path (None for object columns)."""
    if isinstance(raw.dtype, pd.StringDtype) and raw.dtype.storage == "pyarrow" and not raw.hasnans:
        return pa.chunked_array(pa.array(raw.array))  # __arrow_array__: no copy
    return None


# status of a parsed cell, one byte per row (object arrays of strings cost seconds per million rows)
OK, NULL, SUPPRESSED, INVALID, ABSENT = range(5)
STATUS_CODE = {"ok": OK, "null": NULL, "suppressed": SUPPRESSED, "invalid": INVALID}


def _parse_uniques(texts: np.ndarray, kind: str, uv: np.ndarray, us: np.ndarray) -> None:
    parse = PARSERS[kind]
    for i, text in enumerate(texts):
        c = parse(text)
        uv[i], us[i] = c.value, STATUS_CODE[c.status]


def parse_column(raw: pd.Series | None, kind: str, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(values, status) of a text column, each distinct text parsed once by `raw.cells`.

    status (uint8) is OK | NULL | SUPPRESSED | INVALID, or ABSENT for a column the file
    does not have; values are Python objects (None where there is no value).
    """
    values, status, arrow = _parse_column(raw, kind, n)
    return (arrow.to_numpy(zero_copy_only=False) if values is None else values), status


def _parse_column(raw: pd.Series | None, kind: str, n: int) -> tuple[np.ndarray | None, np.ndarray, pa.Array | None]:
    """`parse_column`, except that a text or code column of mostly distinct Arrow strings keeps its
    values as an Arrow array (values None): a million names or ids then cost no Python objects
    unless a check asks for them (`Columns.values` converts on first use)."""
    if raw is None:
        return np.empty(n, dtype=object), np.full(n, ABSENT, dtype=np.uint8), None
    arr = _arrow_strings(raw) if kind in _FINAL else None
    if arr is not None:
        return _parse_arrow(arr, kind, n)
    codes, uniques = pd.factorize(raw.to_numpy(dtype=object), use_na_sentinel=False)
    uniques = np.asarray(uniques, dtype=object)
    uv = np.empty(len(uniques), dtype=object)  # object arrays start as None
    us = np.zeros(len(uniques), dtype=np.uint8)
    todo = np.ones(len(uniques), dtype=bool)
    if kind in _FINAL and len(uniques) > FAST_PATH_MIN_UNIQUES:
        arr = pa.array(uniques, type=pa.string())
        final = _final_mask(arr, kind)
        if final.any():
            uv[final] = _final_values(arr.filter(pa.array(final)), kind)
            us[final] = OK
            todo = ~final
    idx = np.flatnonzero(todo)
    sub_v, sub_s = uv[idx], us[idx]
    _parse_uniques(uniques[idx], kind, sub_v, sub_s)
    uv[idx], us[idx] = sub_v, sub_s
    return uv[codes], us[codes], None


def _parse_arrow(arr: pa.ChunkedArray, kind: str, n: int) -> tuple[np.ndarray | None, np.ndarray, pa.Array | None]:
    """_parse_column for Arrow strings: a column of few distinct texts is parsed per distinct text
    (`DICT_PATH_MAX_SHARE`), any other one row by row (`_parse_rows`). Same result as the object
    path (the property tests compare them, with each choice forced)."""
    sample = arr.slice(0, SAMPLE_ROWS)
    if n and pc.count_distinct(sample).as_py() <= DICT_PATH_MAX_SHARE * len(sample):
        enc = pc.dictionary_encode(arr).combine_chunks()
        if len(enc.dictionary) <= DICT_PATH_MAX_SHARE * n:
            uv, us, _ = _parse_rows(pa.chunked_array([enc.dictionary]), kind, len(enc.dictionary), as_arrow=False)
            codes = enc.indices.to_numpy(zero_copy_only=False)
            return uv[codes], us[codes], None
    return _parse_rows(arr, kind, n, as_arrow=kind in TEXT_KINDS)


def _parse_rows(arr: pa.ChunkedArray, kind: str, n: int, as_arrow: bool) -> tuple[np.ndarray | None, np.ndarray, pa.Array | None]:
    """Cells already final are taken (or cast) by Arrow row by row, only the others are
    factorized and parsed once per distinct text. With `as_arrow` (text kinds, whose final
    cells are their own values) the values come back as one Arrow array instead."""
    final = _final_mask(arr, kind)
    status = np.zeros(n, dtype=np.uint8)
    rest = np.flatnonzero(~final)
    uv = us = codes = None
    if len(rest):
        enc = pc.dictionary_encode(arr.take(pa.array(rest))).combine_chunks()
        codes = enc.indices.to_numpy(zero_copy_only=False)
        uniques = enc.dictionary.to_numpy(zero_copy_only=False)
        uv = np.empty(len(uniques), dtype=object)
        us = np.zeros(len(uniques), dtype=np.uint8)
        _parse_uniques(uniques, kind, uv, us)
        status[rest] = us[codes]
    if as_arrow:
        out = pc.cast(arr, pa.large_string()).combine_chunks()
        if len(rest):
            out = pc.replace_with_mask(out, pa.array(~final), pa.array(uv[codes], type=pa.large_string()))
        return None, status, out
    values = np.empty(n, dtype=object)
    if final.any():
        values[final] = _final_values(arr.filter(pa.array(final)), kind)
    if len(rest):
        values[rest] = uv[codes]
    return values, status, None


class _Values(dict):
    """Values per column; a column held as Arrow (see `_parse_column`) becomes an object array
    the first time it is asked for."""

    def __init__(self, values: dict[str, np.ndarray], arrow: dict[str, pa.Array]) -> None:
        super().__init__(values)
        self._arrow = arrow

    def __missing__(self, col: str) -> np.ndarray:
        if col not in self._arrow:
            raise KeyError(col)
        v = self._arrow[col].to_numpy(zero_copy_only=False)
        self[col] = v
        return v


@dataclass
class Columns:
    """Parsed columns of one table: values and status (uint8 codes) per column, in spec order."""

    values: dict[str, np.ndarray]
    status: dict[str, np.ndarray]
    # text columns kept as Arrow (`values` converts them on first use; column_frame uses the Arrow array)
    arrow: dict[str, pa.Array] = field(default_factory=dict)
    _floats: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.arrow and not isinstance(self.values, _Values):
            self.values = _Values(self.values, self.arrow)

    def isnull(self, col: str) -> np.ndarray:
        # parsers give a value exactly when the status is OK (cheaper than pd.isna on objects)
        return self.status[col] != OK

    def floats(self, col: str) -> np.ndarray:
        """Numeric column as float64 with NaN for NULL (computed once; callers must not modify it)."""
        if col not in self._floats:
            v = self.values[col]
            out = np.full(len(v), np.nan)
            m = ~self.isnull(col)
            out[m] = v[m].astype(float)
            self._floats[col] = out
        return self._floats[col]

    def all_distinct(self, col: str) -> bool:
        """True when no two rows hold the same value (NULL counting as a value), decided by Arrow
        for a column held as Arrow; False when not, or not known that cheaply."""
        a = self.arrow.get(col)
        # unique keeps one NULL like any value; a third of count_distinct's time (measured)
        return a is not None and len(pc.unique(a)) == len(a)

    def suppressed(self, cols: Collection[str] | None = None) -> list[list[str]]:
        """Per row, the columns (in spec order) whose cell was suppressed (X, 秘匿)."""
        n = len(next(iter(self.status.values()))) if self.status else 0
        out: list[list[str]] = [[] for _ in range(n)]
        for col, st in self.status.items():
            if cols is not None and col not in cols:
                continue
            for i in np.flatnonzero(st == SUPPRESSED):
                out[i].append(col)
        return out


def parse_table(
    staged: Staged, frame: pd.DataFrame, lines: np.ndarray, spec: dict[str, str], count_columns: Collection[str] = ()
) -> tuple[Columns, np.ndarray]:
    """Parse the columns of `spec` ({column: kind}); returns (columns, ok mask).

    Invalid values and negative counts are recorded as rejected rows; columns absent from
    the file are NULL. Suppressed cells (X, 秘匿) are NULL.
    """
    n = len(frame)
    ok = np.ones(n, dtype=bool)
    values: dict[str, np.ndarray] = {}
    status: dict[str, np.ndarray] = {}
    arrow: dict[str, pa.Array] = {}
    for col, kind in spec.items():
        v, st, a = _parse_column(frame[col] if col in frame.columns else None, kind, n)
        if a is not None:
            arrow[col] = a
        else:
            values[col] = v
        status[col] = st
        bad = st == INVALID
        if bad.any():
            staged.reject_many(lines[bad], col, frame[col].to_numpy(dtype=object)[bad], f"{KIND_LABEL[kind]}として読めません")
            ok &= ~bad
        if col in count_columns:
            num = st == OK
            neg = np.zeros(n, dtype=bool)
            neg[num] = v[num].astype(float) < 0
            if neg.any():
                staged.reject_many(lines[neg], col, frame[col].to_numpy(dtype=object)[neg], "負の値です（人数・件数・重みは 0 以上）")
                ok &= ~neg
    return Columns(values, status, arrow), ok


_STR_DTYPE = pd.Series(["a"]).dtype  # pandas' default dtype for text ("str" in pandas 3)


def text_array(values: np.ndarray) -> Any:
    """An object array of str/None as the column pandas would infer (its default string dtype),
    built by Arrow: pandas' own inference checks every element and costs about three times as
    much per million rows. Anything else (all NULL, other types, no string dtype) is returned
    unchanged, for pandas to type as before."""
    if _STR_DTYPE == object or values.dtype != object or not len(values):
        return values
    if pd.api.types.infer_dtype(values, skipna=True) != "string":
        return values
    return pd.array(pa.array(values, type=pa.large_string(), from_pandas=True), dtype=_STR_DTYPE)


def arrow_text_array(arr: pa.Array) -> Any:
    """`text_array` of the values of an Arrow text array (nulls = None) without Python objects:
    the same column text_array makes of them."""
    if _STR_DTYPE == object or not len(arr) or arr.null_count == len(arr):
        return text_array(arr.to_numpy(zero_copy_only=False))
    return pd.array(arr.cast(pa.large_string()), dtype=_STR_DTYPE)


def coded_text(codes: np.ndarray, labels: Sequence[str]) -> Any:
    """`text_array` of labels[codes] (code -1 = None) for a column of a few distinct texts (a
    code's source): decoded by Arrow, with no Python object per row."""
    codes = np.asarray(codes)
    if _STR_DTYPE == object or not len(codes) or (codes < 0).all():
        return text_array(np.array([*labels, None], dtype=object)[codes])  # -1 takes the trailing None
    arr = pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32), mask=codes < 0),
                                         pa.array(list(labels), type=pa.large_string()))
    return pd.array(arr.cast(pa.large_string()), dtype=_STR_DTYPE)


def column_frame(lines: np.ndarray, cols: Columns, keep: np.ndarray, spec: dict[str, str]) -> pd.DataFrame:
    """The kept rows as a frame: text as objects (None = NULL), numbers as int64, or float64 when NULLs occur.

    Typed here rather than inferred by pandas, which costs seconds per million rows.
    """
    data: dict[str, Any] = {"line_number": lines[keep].astype(np.int64)}
    mask = None
    for col, kind in spec.items():
        if col in cols.arrow:  # even when a check made its Python objects: Arrow builds the column faster
            mask = pa.array(keep) if mask is None else mask
            data[col] = arrow_text_array(cols.arrow[col].filter(mask))
            continue
        v = cols.values[col][keep]
        null = cols.isnull(col)[keep]
        if kind in ("int", "fy") and len(v) and not null.any():
            try:
                data[col] = v.astype(np.int64)
            except OverflowError:  # beyond int64: kept as Python ints, as pandas would
                data[col] = v
        elif kind in ("int", "fy", "float") and not null.all():
            out = np.full(len(v), np.nan)
            out[~null] = v[~null].astype(float)
            data[col] = out
        else:
            data[col] = text_array(v)
    return pd.DataFrame(data, copy=False)


def first_ok_before(keys: pd.Series | pd.DataFrame, lines: np.ndarray, ok_other: np.ndarray) -> np.ndarray:
    """True where an earlier row with the same key passed every other check (first row wins)."""
    k = keys if isinstance(keys, pd.DataFrame) else keys.to_frame()
    k = k.reset_index(drop=True).astype(object)
    if not k.duplicated().any():  # the usual case (a million unique ids): one hash pass, no merge
        return np.zeros(len(k), dtype=bool)
    first = k[ok_other].assign(_line=lines[ok_other]).drop_duplicates(list(k.columns))
    merged = k.merge(first, on=list(k.columns), how="left")["_line"].to_numpy(dtype=float)
    notnull = k.notna().all(axis=1).to_numpy()
    return notnull & (merged < lines)


def reject_duplicates(st: Staged, lines: np.ndarray, keys: pd.DataFrame, ok_other: np.ndarray, gate: np.ndarray,
                      col: str, values: np.ndarray, reason: str) -> np.ndarray:
    """Rows (where `gate`) whose key an earlier accepted row already has: rejected, first row wins."""
    dup = gate & first_ok_before(keys, lines, ok_other)
    if dup.any():
        st.reject_many(lines[dup], col, values[dup], reason)
    return dup


def not_in(values: np.ndarray, allowed: Collection[str]) -> np.ndarray:
    """True where a value is given (not NULL) and not one of `allowed`."""
    return ~pd.isna(values) & ~pd.Series(values, dtype=object).isin(allowed).to_numpy()


def rejects_frame(staged_list: list[Staged]) -> pd.DataFrame:
    rows = [r for s in staged_list for r in s.rejected]
    return pd.DataFrame(rows, columns=REJECT_COLUMNS)


def notes_frame(staged_list: list[Staged]) -> pd.DataFrame:
    rows = [r for s in staged_list for r in s.notes]
    return pd.DataFrame(rows, columns=NOTE_COLUMNS)
