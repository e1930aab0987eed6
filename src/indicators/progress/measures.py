"""The plan's measures with their block labels, and the progress history, read from a dataset
directory (the workbook commands work on the dataset, without a built warehouse)."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from indicators.paths import DEFAULT_PLAN
from indicators.progress.staging import stage_measure_progress
from indicators.raw.csvfile import read_csv

ACTORS = ("行政", "民間", "市社協")


def roman(no: int) -> str:
    """Ⅰ, Ⅱ, … as the plan prints its 基本目標 numbers (as engine.catalogue.PlanRef.label)."""
    return "ⅠⅡⅢⅣⅤⅥⅦⅧⅨ"[no - 1] if 1 <= no <= 9 else str(no)


def plan_measures(cfg) -> pd.DataFrame:
    """measure_id, actor, text, goal_label, policy_label, section_label, block order (plan order)."""
    from indicators.plan.load import combine_plans, parse_plan_file

    paths = cfg.plan_files() or [DEFAULT_PLAN]
    frames = combine_plans([(Path(p), parse_plan_file(Path(p))) for p in paths])
    m = frames["plan_measures"].copy()
    goals = {int(g): f"{roman(int(g))} {t}" for g, t in zip(frames["plan_goals"]["goal_no"], frames["plan_goals"]["title"])}
    pol = frames["plan_policies"]
    policies = {(int(g), int(p)): f"{roman(int(g))}-{int(p)} {t}" for g, p, t in zip(pol["goal_no"], pol["policy_no"], pol["title"])}
    sec = frames["plan_sections"]
    sections = {b: (lvl, t) for b, lvl, t in zip(sec["block_id"], sec["level"], sec["title"])}
    m["goal_label"] = [goals.get(int(g), str(g)) for g in m["goal_no"]]
    m["policy_label"] = [policies.get((int(g), int(p)), f"{g}-{p}") for g, p in zip(m["goal_no"], m["policy_no"])]
    m["section_label"] = [_section_label(sections, b) for b in m["block_id"]]
    m["order"] = range(len(m))
    return m[["measure_id", "actor", "text", "goal_no", "policy_no", "block_id", "goal_label", "policy_label",
              "section_label", "order"]]


def _section_label(sections: dict, block_id: str) -> str:
    level, title = sections.get(block_id, (None, None))
    if level in (None, "policy", "untitled") or not isinstance(title, str):
        return "—"
    label = block_id.split("-", 2)[-1].replace("-", "") if block_id.count("-") >= 2 else ""
    return f"{label} {title}".strip()


def normalise_text(text: object) -> str:
    """For matching a measure by its text: NFKC, no spaces, no trailing change marks like （変更）."""
    s = unicodedata.normalize("NFKC", str(text or ""))
    s = re.sub(r"\s+", "", s)
    return re.sub(r"(\((追加|変更|再掲|新規)\))+$", "", s)


def progress_history(cfg) -> pd.DataFrame:
    """The clean rows of the dataset's measure_progress.csv (every year; bad rows left out)."""
    path = cfg.file("measure_progress")
    cols = ["measure_id", "fiscal_year", "department", "status", "rating", "achievement", "value", "unit",
            "next_step", "note", "line_number"]
    if path is None:
        return pd.DataFrame(columns=cols)
    m = plan_measures(cfg)
    st = stage_measure_progress(read_csv(path, cfg.rename_for("measure_progress")), set(m["measure_id"]),
                                cfg.as_of, 9999)
    return st.clean
