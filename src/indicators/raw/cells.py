"""Parsing cell values as real statistics files write them.

Every parser returns a `Cell(value, status)` instead of raising, so staging can turn a bad
value into a rejected row with a Japanese reason. Status is one of:
'ok', 'null' (not available), 'suppressed' (秘匿; value NULL), 'invalid'.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

MAX_EXACT_INT = 2**53
NULL_MARKS = {"", "…", "...", "***", "・・・", "‥", "NA", "N/A", "n/a"}
ZERO_MARKS = {"-", "－", "−", "‐", "―", "—", "–", "ー"}
SUPPRESSED_MARKS = {"X", "x", "秘匿", "χ"}

# Python's str.isspace set as an RE2 class (Arrow regexes): blank-cell checks must agree with str.strip()
WHITESPACE_RE2 = r"\t\n\x0b\x0c\r\x1c-\x1f\x{85}\p{Z}"

_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
# 和暦: 令和 = 2018 + n, 平成 = 1988 + n, 昭和 = 1925 + n (元 = 1)
_ERAS = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988, "昭和": 1925, "S": 1925}
_FY_WESTERN = re.compile(r"^(\d{4})\s*(年度|年|FY)?$", re.IGNORECASE)
_FY_ERA = re.compile(r"^(令和|平成|昭和|[RHS])\s*\.?\s*(\d{1,2}|元)\s*(年度|年)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    value: Any
    status: str  # 'ok' | 'null' | 'suppressed' | 'invalid'

    @property
    def is_value(self) -> bool:
        return self.status == "ok"


NULL = Cell(None, "null")
SUPPRESSED = Cell(None, "suppressed")
INVALID = Cell(None, "invalid")


def normalize(raw: str | None) -> str:
    """NFKC (full-width digits and letters → ASCII) and trimmed; '…' is checked before NFKC."""
    if raw is None:
        return ""
    s = str(raw).strip().replace("\u3000", " ").strip()
    if s in NULL_MARKS or s in ZERO_MARKS or s in SUPPRESSED_MARKS:
        return s
    return unicodedata.normalize("NFKC", s).strip()


def _marker(s: str) -> Cell | None:
    if s in NULL_MARKS:
        return NULL
    if s in SUPPRESSED_MARKS:
        return SUPPRESSED
    return None


def parse_number(raw: str | None) -> Cell:
    """A number: full-width digits, `1,234`, `-`/`－` = 0, `X`/`秘匿` = suppressed, `…`/`***`/'' = NULL.

    `△`/`▲` prefixes (Japanese negative sign in statistics) are read as minus.
    """
    s = normalize(raw)
    m = _marker(s)
    if m is not None:
        return m
    if s in ZERO_MARKS:
        return Cell(0, "ok")
    s = s.replace(" ", "")
    neg = False
    if s[:1] in ("△", "▲"):
        neg, s = True, s[1:]
    if "," in s:
        if not _THOUSANDS.match(s):
            return INVALID
        s = s.replace(",", "")
    if not _NUMBER.match(s):
        return INVALID
    v = float(s)
    if v != v or v in (float("inf"), float("-inf")):
        return INVALID
    return Cell(-v if neg else v, "ok")


def parse_int(raw: str | None) -> Cell:
    """An integer count; a non-integral number is invalid."""
    c = parse_number(raw)
    if c.status != "ok":
        return c
    v = float(c.value)
    # beyond 2^53 a float is no longer the integer written (and DuckDB's BIGINT ends at 2^63)
    if v != int(v) or abs(v) > MAX_EXACT_INT:
        return INVALID
    return Cell(int(v), "ok")


def parse_float(raw: str | None) -> Cell:
    c = parse_number(raw)
    if c.status != "ok":
        return c
    return Cell(float(c.value), "ok")


def parse_fiscal_year(raw: str | None) -> Cell:
    """`2024`, `2024年度`, `令和6年度`, `R6`, `令和元年度`, `平成30年度`, `H30` → 2024 etc. (令和1 = 2019, 平成1 = 1989)."""
    s = normalize(raw)
    m = _marker(s)
    if m is not None:
        return m
    if s in ZERO_MARKS:
        return NULL
    if (w := _FY_WESTERN.match(s)) :
        year = int(w.group(1))
    elif (e := _FY_ERA.match(s)):
        era = e.group(1)
        era = era.upper() if len(era) == 1 else era
        n = 1 if e.group(2) == "元" else int(e.group(2))
        if n < 1 or (era in ("平成", "H") and n > 31) or (era in ("昭和", "S") and n > 64):
            return INVALID
        year = _ERAS[era] + n
    else:
        # "2024.0" from spreadsheets
        c = parse_int(s)
        if c.status != "ok":
            return INVALID
        year = int(c.value)
    if not 1900 <= year <= 2100:
        return INVALID
    return Cell(year, "ok")


def parse_text(raw: str | None) -> Cell:
    """Free text / codes: trimmed (NFKC so full-width codes match), '' = NULL."""
    if raw is None:
        return NULL
    s = str(raw).strip().replace("\u3000", " ").strip()
    if s == "":
        return NULL
    return Cell(s, "ok")


def parse_code(raw: str | None) -> Cell:
    """A code (district_code, resource_id...): NFKC-normalized text; '1.0' spreadsheet artefacts kept as is."""
    c = parse_text(raw)
    if c.status != "ok":
        return c
    return Cell(unicodedata.normalize("NFKC", c.value).strip(), "ok")
