"""load_plan into real DuckDB files: counts, types, stable ids across two loads, encodings, errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from indicators.errors import UserError
from indicators.paths import DEFAULT_PLAN
from indicators.plan.load import TABLES, load_plan
from indicators.warehouse.duck import connect

EXPECTED_COUNTS = {"plan_goals": 4, "plan_policies": 14, "plan_sections": 60, "plan_targets": 43,
                   "plan_glossary": 8, "plan_measures": 304}

TINY = """ 基本目標Ⅱ 福祉学習の推進と福祉の担い手づくり

基本計画（基本施策）２ 福祉人材の確保・育成

【目指す姿】

○実習生の受け入れが進んでいます。

 内容

行政による取組

／共助・公助

●実習生を受け入れます。（追加）

 市社協の役割

●調整を行います。
"""


def test_two_loads_into_two_files_give_identical_ids(tmp_path: Path) -> None:
    got = []
    for db in (tmp_path / "a.duckdb", tmp_path / "b.duckdb"):
        con = connect(db)
        assert load_plan(con, [DEFAULT_PLAN]) == EXPECTED_COUNTS
        got.append(con.execute("SELECT measure_id, block_id, actor, text, change_flags, jusoteki FROM plan_measures "
                               "ORDER BY measure_id").fetchall())
        if db.name == "b.duckdb":
            check_tables(con)
        con.close()
    a, b = got
    assert a == b and len(a) == 304
    assert len({r[0] for r in a}) == 304


def check_tables(con) -> None:
    load_plan(con, [DEFAULT_PLAN])  # a second load replaces, never appends
    for table, n in EXPECTED_COUNTS.items():
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'plan_measures'").fetchall())
    assert types["change_flags"] == "VARCHAR[]" and types["jusoteki"] == "VARCHAR[]"
    assert types["goal_no"] == "INTEGER" and types["section_no"] == "INTEGER"
    assert con.execute("SELECT count(*) FROM plan_measures WHERE list_contains(change_flags, '追加') "
                       "AND list_contains(change_flags, '再掲')").fetchone()[0] == 2  # lines 1045 and 1983
    assert con.execute("SELECT count(*) FROM plan_measures WHERE section_no IS NULL").fetchone()[0] == 177
    # 177 = policies without （１） sections: I-2 19, II-2 3, III-3 12, IV-1..6 24+22+16+22+22+37
    # measures and targets join to their block on block_id
    assert con.execute("SELECT count(*) FROM plan_measures m LEFT JOIN plan_sections s USING (block_id) "
                       "WHERE s.block_id IS NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM plan_targets t LEFT JOIN plan_sections s USING (block_id) "
                       "WHERE s.block_id IS NULL").fetchone()[0] == 0
    assert con.execute("SELECT DISTINCT source_file FROM plan_goals").fetchall() == [(DEFAULT_PLAN.name,)]


def test_bom_and_cp932_files(tmp_path: Path) -> None:
    con = connect()
    for encoding in ("utf-8-sig", "cp932"):
        path = tmp_path / f"plan-{encoding}.txt"
        path.write_bytes(TINY.replace("\n", "\r\n").encode(encoding))
        counts = load_plan(con, [path])
        assert counts["plan_measures"] == 2 and counts["plan_targets"] == 1
        rows = con.execute("SELECT measure_id, actor, text, change_flags, source_file FROM plan_measures "
                           "ORDER BY line_no").fetchall()
        assert rows == [("M-2-2-0-0-G01", "行政", "実習生を受け入れます。", ["追加"], path.name),
                        ("M-2-2-0-0-S01", "市社協", "調整を行います。", [], path.name)]
    con.close()


def test_user_errors_write_nothing(tmp_path: Path) -> None:
    con = connect()
    path = tmp_path / "empty-plan.txt"
    path.write_text("第６章 計画（施策）の展開\n\nまだ書かれていません。\n", encoding="utf-8")
    with pytest.raises(UserError, match="empty-plan.txt"):
        load_plan(con, [path])
    # nothing was written
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'plan_%'").fetchone()[0] == 0
    with pytest.raises(UserError, match="見つかりません"):
        load_plan(con, [tmp_path / "nope.txt"])
    bad = tmp_path / "utf16.txt"
    bad.write_bytes(TINY.encode("utf-16"))
    with pytest.raises(UserError, match="utf16.txt"):
        load_plan(con, [bad])
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(TINY, encoding="utf-8")
    two.write_text(TINY, encoding="utf-8")
    with pytest.raises(UserError, match="measure_id"):
        load_plan(con, [one, two])
    broken = tmp_path / "broken.txt"
    broken.write_text(TINY.replace("行政による取組", "（ラベル欠落）"), encoding="utf-8")
    with pytest.raises(UserError, match=r"broken.txt \d+行目"):
        load_plan(con, [broken])
    # no files: the tables still exist, empty
    assert load_plan(con, []) == {t: 0 for t in TABLES}
    assert con.execute("SELECT count(*) FROM plan_measures").fetchone()[0] == 0
    con.close()
