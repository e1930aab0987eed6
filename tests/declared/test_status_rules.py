"""dataset.yaml `target_status:`: the thresholds of the target status, checked with Japanese errors."""
from __future__ import annotations

import duckdb
import pytest

from indicators.declared.load import write_tables
from indicators.declared.observations import empty_frame
from indicators.declared.rules import parse_rules
from indicators.engine.target_status import Rules, read_rules
from indicators.errors import UserError


def test_defaults_and_values() -> None:
    assert parse_rules(None) == Rules(0.9, 0.0, None, None)
    assert parse_rules({"on_track": 0.8, "regress_below": -0.1, "target_fy": 2027, "baseline_fy": 2022}) == \
        Rules(0.8, -0.1, 2027, 2022)


@pytest.mark.parametrize("section, message", [
    ({"on_track": "高い"}, "target_status.on_track は数値で書いてください"),
    ({"ontrack": 0.9}, "target_status.ontrack は使えないキーです"),
    ({"target_fy": 2022, "baseline_fy": 2022}, "target_status.target_fy （2022）が baseline_fy（2022）より後ではありません"),
    ({"regress_below": 0.95}, "target_status.regress_below （0.95）が on_track（0.9）より大きくなっています"),
    ({"target_fy": "令和9年度"}, "target_status.target_fy は西暦の年度"),
    ([0.9], "target_status は「on_track: 0.9」のような"),
])
def test_bad_settings(section: object, message: str) -> None:
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_rules(section)


def test_the_engine_reads_what_the_build_stored() -> None:
    con = duckdb.connect()
    write_tables(con, [], empty_frame(), Rules(0.5, -0.2, 2030, None).__dict__)
    assert read_rules(con) == Rules(0.5, -0.2, 2030, None)
    assert read_rules(duckdb.connect()) == Rules()  # a warehouse without the table: defaults
