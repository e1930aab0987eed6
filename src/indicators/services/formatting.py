"""Text for values, targets and gaps as the dashboard and exports show them (Japanese)."""
from __future__ import annotations

import math
from typing import Any

from indicators.services.privacy import SUPPRESSED_LABEL

# Units stored as a 0–1 share are shown as percentages.
RATIO_UNITS = {"ratio", "share", "割合", "率", "proportion"}
# Catalogue units (English codes) as shown to users.
UNIT_LABELS = {"per_1000": "/千人", "per_100000": "/10万人", "meters": "m", "count": "件", "score": "点"}
FAMILY_LABELS = {
    "coverage": "資源のある区域の割合",
    "density": "人口あたりの資源の数",
    "assoc": "町内会の取組",
    "accessibility": "徒歩圏のアクセス",
    "need": "ニーズ（人口構成）",
    "priority": "優先度",
}


def unit_label(unit: str | None) -> str:
    if is_ratio(unit):
        return "%"
    return UNIT_LABELS.get((unit or "").strip(), unit or "")


def _missing(v: Any) -> bool:
    try:
        return v is None or math.isnan(float(v))
    except (TypeError, ValueError):
        return True


def is_true(v: Any) -> bool:
    """A nullable flag (None / NA / NaN count as false)."""
    try:
        return bool(v) and not _missing(v)
    except (TypeError, ValueError):
        return False


def is_ratio(unit: str | None) -> bool:
    return (unit or "").strip().lower() in RATIO_UNITS


def format_value(value: Any, unit: str | None, suppressed: Any = False, signed: bool = False) -> str:
    if is_true(suppressed):
        return SUPPRESSED_LABEL
    if _missing(value):
        return "—"
    v = float(value)
    sign = "+" if signed else ""
    if is_ratio(unit):
        return f"{v * 100:{sign},.1f}%"
    if (unit or "").strip() == "%":
        return f"{v:{sign},.1f}%"
    text = f"{v:{sign},.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:{sign},.2f}"
    label = unit_label(unit)
    return f"{text} {label}".strip() if label else text


def format_change(change: Any, unit: str | None) -> str:
    if _missing(change):
        return "前年度値なし"
    if is_ratio(unit):
        return f"{float(change) * 100:+.1f}ポイント"
    if (unit or "").strip() == "%":
        return f"{float(change):+.1f}ポイント"
    return format_value(change, unit, signed=True)


def is_zero_text(text: str) -> bool:
    """True when a formatted number reads as zero (「+0.0ポイント」, 「-0.00 /千人」)."""
    import re

    m = re.match(r"^[+\-±]?([\d,.]+)", text.strip())
    return bool(m) and not re.search(r"[1-9]", m.group(1))


def format_gap(gap: Any, unit: str | None) -> str:
    """「達成」 when the target is met, else the remaining distance to it."""
    if _missing(gap):
        return "目標なし"
    if float(gap) <= 1e-12:
        return "達成"
    if is_ratio(unit):
        return f"あと {float(gap) * 100:.1f}ポイント"
    return "あと " + format_value(gap, unit).lstrip("+")


def plan_position(goal_no: Any, policy_no: Any, section_no: Any = None, item_no: Any = None) -> str:
    """Ⅰ-1(2)③ style reference used in the plan's own tables."""
    roman = {1: "Ⅰ", 2: "Ⅱ", 3: "Ⅲ", 4: "Ⅳ", 5: "Ⅴ"}
    circled = "①②③④⑤⑥⑦⑧⑨⑩"
    text = f"{roman.get(int(goal_no), goal_no)}-{int(policy_no)}" if not _missing(policy_no) else f"{roman.get(int(goal_no), goal_no)}"
    if not _missing(section_no):
        text += f"({int(section_no)})"
    if not _missing(item_no):
        n = int(item_no)
        text += circled[n - 1] if 1 <= n <= len(circled) else f"[{n}]"
    return text
