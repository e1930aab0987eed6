"""Cell values as statistics files write them."""
from __future__ import annotations

import pytest

from indicators.raw.cells import parse_fiscal_year, parse_float, parse_int


@pytest.mark.parametrize(
    ("raw", "value", "status"),
    [
        ("123", 123, "ok"), ("１２３", 123, "ok"), ("1,234", 1234, "ok"), ("１，２３４", 1234, "ok"),
        (" 12 ", 12, "ok"), ("-", 0, "ok"), ("－", 0, "ok"), ("X", None, "suppressed"),
        ("x", None, "suppressed"), ("秘匿", None, "suppressed"), ("…", None, "null"),
        ("***", None, "null"), ("", None, "null"), (None, None, "null"), ("12a", None, "invalid"),
        ("1,23", None, "invalid"), ("1.5", None, "invalid"), ("12.0", 12, "ok"), ("△5", -5, "ok"),
        ("-3", -3, "ok"),
    ],
)
def test_parse_int(raw: str | None, value: int | None, status: str) -> None:
    c = parse_int(raw)
    assert (c.value, c.status) == (value, status)


def test_parse_float_keeps_decimals() -> None:
    assert parse_float("３５．５０５").value == pytest.approx(35.505)
    assert parse_float("1,234.5").value == pytest.approx(1234.5)


@pytest.mark.parametrize(
    ("raw", "year"),
    [
        ("2024", 2024), ("2024年度", 2024), ("２０２４年度", 2024), ("令和6年度", 2024), ("令和６年度", 2024),
        ("R6", 2024), ("r6", 2024), ("Ｒ６", 2024), ("R.6", 2024), ("令和元年度", 2019), ("令和1年度", 2019),
        ("平成30年度", 2018), ("H30", 2018), ("平成元年", 1989), ("H1", 1989), ("平成31年度", 2019),
    ],
)
def test_parse_fiscal_year(raw: str, year: int) -> None:
    c = parse_fiscal_year(raw)
    assert (c.value, c.status) == (year, "ok")


@pytest.mark.parametrize("raw", ["平成32年度", "令和0年度", "R", "2024年4月", "1800", "abc"])
def test_parse_fiscal_year_invalid(raw: str) -> None:
    assert parse_fiscal_year(raw).status == "invalid"


def test_parse_fiscal_year_blank_is_null() -> None:
    assert parse_fiscal_year("").status == "null"
    assert parse_fiscal_year("…").status == "null"
