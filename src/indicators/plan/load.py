"""Loading plan text files into the warehouse (`plan_*` tables).

File reading (encoding detection: UTF-8, UTF-8 with BOM, cp932) happens here; parsing is
`indicators.plan.parser.parse_plan`. Every table gets a `source_file` column (file name).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from indicators.errors import UserError
from indicators.plan.parser import ParsedPlan, PlanParseError, parse_plan

# Column types of the plan tables (contract: docs/ARCHITECTURE.md, issue 2; extra columns allowed).
_TYPES: dict[str, dict[str, str]] = {
    "plan_goals": {"goal_no": "INTEGER", "title": "VARCHAR", "change_flags": "VARCHAR[]", "block_id": "VARCHAR",
                   "line_no": "INTEGER"},
    "plan_policies": {"goal_no": "INTEGER", "policy_no": "INTEGER", "title": "VARCHAR", "priority_no": "INTEGER",
                      "change_flags": "VARCHAR[]", "block_id": "VARCHAR", "subtitle": "VARCHAR",
                      "description": "VARCHAR", "description_change_flags": "VARCHAR[]", "jusoteki": "VARCHAR[]",
                      "line_no": "INTEGER"},
    "plan_sections": {"goal_no": "INTEGER", "policy_no": "INTEGER", "section_no": "INTEGER", "item_no": "INTEGER",
                      "title": "VARCHAR", "change_flags": "VARCHAR[]", "jusoteki": "VARCHAR[]",
                      "block_id": "VARCHAR", "parent_block_id": "VARCHAR", "level": "VARCHAR",
                      "jusoteki_effective": "VARCHAR[]", "note": "VARCHAR", "line_no": "INTEGER"},
    "plan_targets": {"goal_no": "INTEGER", "policy_no": "INTEGER", "section_no": "INTEGER", "item_no": "INTEGER",
                     "target_no": "INTEGER", "text": "VARCHAR", "change_flags": "VARCHAR[]", "block_id": "VARCHAR",
                     "footnote_terms": "VARCHAR[]", "line_no": "INTEGER"},
    "plan_glossary": {"goal_no": "INTEGER", "policy_no": "INTEGER", "marker": "VARCHAR", "term": "VARCHAR",
                      "definition": "VARCHAR", "change_flags": "VARCHAR[]", "block_id": "VARCHAR",
                      "line_no": "INTEGER"},
    "plan_measures": {"measure_id": "VARCHAR", "goal_no": "INTEGER", "policy_no": "INTEGER",
                      "section_no": "INTEGER", "item_no": "INTEGER", "actor": "VARCHAR", "text": "VARCHAR",
                      "change_flags": "VARCHAR[]", "jusoteki": "VARCHAR[]", "block_id": "VARCHAR",
                      "seq": "INTEGER", "sub_points": "VARCHAR[]", "footnote_terms": "VARCHAR[]",
                      "line_no": "INTEGER"},
}
TABLES = tuple(_TYPES)


def read_plan_text(path: Path) -> str:
    """The decoded text of a plan file (UTF-8 / UTF-8 BOM / cp932)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"計画ファイル {path} が見つかりません") from exc
    except OSError as exc:
        raise UserError(f"計画ファイル {path} を読めません（{exc.strerror}）") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(f"計画ファイル {path.name}: UTF-16 は読めません。UTF-8 か Shift_JIS (cp932) で保存してください")
    for enc in ("utf-8", "cp932"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UserError(f"計画ファイル {path.name}: 文字コードを判別できません（UTF-8 / UTF-8 BOM付き / Shift_JIS(cp932)）")


def parse_plan_file(path: Path) -> ParsedPlan:
    """Read and parse one file; problems become UserError naming the file (and line)."""
    text = read_plan_text(path)
    try:
        plan = parse_plan(text)
    except PlanParseError as exc:
        where = f" {exc.line_no}行目" if exc.line_no else ""
        raise UserError(f"計画ファイル {path.name}{where}: {exc}") from exc
    if plan.measures.empty:
        raise UserError(f"計画ファイル {path.name}: 取組（● で始まる行）が1件も読み取れません。"
                        "第6章「計画（施策）の展開」の抽出テキストか確認してください")
    return plan


def combine_plans(plans: list[tuple[Path, ParsedPlan]]) -> dict[str, pd.DataFrame]:
    out: dict[str, pd.DataFrame] = {}
    for table in TABLES:
        frames = []
        for path, plan in plans:
            df = plan.tables()[table].copy()
            df["source_file"] = path.name
            frames.append(df)
        out[table] = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
            columns=[*_TYPES[table], "source_file"])
    ids = out["plan_measures"]
    dup = ids[ids["measure_id"].duplicated(keep=False)]
    if len(dup):
        files = ", ".join(sorted(dup["source_file"].unique()))
        raise UserError(f"計画ファイル {files}: 取組ID（measure_id 列）が重複しています"
                        f"（例: {dup['measure_id'].iloc[0]}）。同じ基本目標・基本計画を含むファイルを複数指定していないか確認してください")
    return out


def write_tables(con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """(Re)create the plan tables from frames; returns row counts."""
    counts: dict[str, int] = {}
    for table, types in _TYPES.items():
        cols = {**types, "source_file": "VARCHAR"}
        df = frames[table][list(cols)]
        ddl = ", ".join(f'"{c}" {t}' for c, t in cols.items())
        select = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in cols.items())
        con.execute(f"DROP TABLE IF EXISTS {table}")
        con.execute(f"CREATE TABLE {table} ({ddl})")
        view = f"_plan_src_{table}"
        con.register(view, df)
        try:
            con.execute(f"INSERT INTO {table} SELECT {select} FROM {view}")
        finally:
            con.unregister(view)
        counts[table] = len(df)
    return counts


def load_plan(con: duckdb.DuckDBPyConnection, paths: list[Path]) -> dict[str, int]:
    """Parse every file, then write plan_goals … plan_measures (replacing them); returns row counts.

    All files are parsed before anything is written, so a bad file leaves the tables untouched.
    """
    plans = [(Path(p), parse_plan_file(Path(p))) for p in paths]
    return write_tables(con, combine_plans(plans))
