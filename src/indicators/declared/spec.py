"""`indicators.yaml`: the indicators a city declares (values come from indicator_observations.csv).

Format (one list under `indicators:`)::

    indicators:
      - id: dementia_supporters            # 英数字と _（組み込みの指標IDと重ならないこと）
        name_ja: 認知症サポーター養成者数
        definition_ja: 年度末までに養成講座を修了した人の累計
        unit: 人                            # 人, 件, %, か所, 校 … (表示にそのまま使う)
        plan_refs: ["Ⅲ-2(1)", "Ⅳ-3②"]     # 計画の項目（計画の表記どおり）
        area_levels: [city]                 # city / district / school_district
        direction: higher                   # higher（多いほど良い）/ lower
        counts_people: true                 # 人数なら true（閾値未満は「秘匿」）
        baseline: {value: 12000, fiscal_year: 2022}
        target: {value: 15000, fiscal_year: 2026, text: 認知症の人を地域で支える人が増えています}
        source: 長寿社会課（年度末集計）

Every problem is a UserError naming the file, the indicator and the key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indicators.raw.dataset import yaml_values

from indicators.engine.catalogue import DIRECTIONS, PlanRef
from indicators.errors import UserError

FILE_NAME = "indicators.yaml"
KEYS = ("id", "name_ja", "definition_ja", "unit", "plan_refs", "area_levels", "direction",
        "counts_people", "baseline", "target", "source")
REQUIRED = ("id", "name_ja", "definition_ja", "unit", "plan_refs", "area_levels", "direction", "counts_people")
LEVEL_LABELS = {"city": "市全体", "district": "地区", "school_district": "小学校区"}
AREA_LEVELS = tuple(LEVEL_LABELS)  # declared values are kept for the city and its areas
_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9,
          "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_REF_RE = re.compile(r"^(?P<goal>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨ]|[IVX]+)-(?P<policy>[0-9]+)-?"
                     r"(?:\((?P<section>[0-9]+)\))?-?(?P<item>[①-⑩])?$")


@dataclass(frozen=True)
class DeclaredIndicator:
    indicator_id: str
    name_ja: str
    definition_ja: str
    unit: str
    plan_refs: tuple[PlanRef, ...]
    area_levels: tuple[str, ...]
    direction: str
    counts_people: bool
    baseline_value: float | None = None
    baseline_fy: int | None = None
    target_value: float | None = None
    target_fy: int | None = None
    target_text: str | None = None
    source: str | None = None


def parse_plan_ref(text: str) -> PlanRef | None:
    """A plan block as written in the plan: Ⅱ-1(1), Ⅰ-2②, Ⅲ-1(1)①, Ⅳ-4 (also II-1-(1) and
    full-width digits or brackets); None when it is not such a reference."""
    t = str(text).strip().translate(str.maketrans("（）－‐ー０１２３４５６７８９", "()---0123456789"))
    t = t.replace(" ", "").replace("\u3000", "")
    m = _REF_RE.match(t)
    if not m or m.group("goal") not in _ROMAN:
        return None
    item = m.group("item")
    return PlanRef(_ROMAN[m.group("goal")], int(m.group("policy")),
                   None if m.group("section") is None else int(m.group("section")),
                   None if item is None else _CIRCLED.index(item) + 1)


def _fail(where: str, msg: str) -> UserError:
    return UserError(f"{FILE_NAME}: {where}{msg}")


def _number(where: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            return float(str(value).replace(",", ""))
        except ValueError:
            raise _fail(where, f"{key} が数値ではありません: {value!r}") from None
    return float(value)


def _year(where: str, key: str, value: Any) -> int:
    from indicators.raw.cells import parse_fiscal_year

    cell = parse_fiscal_year(str(value))
    if cell.status != "ok":
        raise _fail(where, f"{key} が年度（2024 / 令和6年度 / R6 など）として読めません: {value!r}")
    return int(cell.value)


def _one(raw: Any, n: int, builtin_ids: set[str], known_blocks: set[PlanRef] | None) -> DeclaredIndicator:
    where = f"indicators の {n} 番目"
    if not isinstance(raw, dict):
        raise _fail(where, "が「キー: 値」の形ではありません")
    ind_id = raw.get("id")
    if ind_id is not None:
        where = f"指標 {ind_id} の "
    else:
        where += "の "
    unknown = sorted(set(map(str, raw)) - set(KEYS))
    if unknown:
        raise _fail(where, f"キー {', '.join(unknown)} は使えません（使えるキー: {', '.join(KEYS)}）")
    missing = [k for k in REQUIRED if raw.get(k) in (None, "", [])]
    if missing:
        raise _fail(where, f"必須のキー {', '.join(missing)} がありません")
    ind_id = str(ind_id)
    if not _ID_RE.match(ind_id):
        raise _fail(where, f"id は英字で始まる英数字と _ で書いてください: {ind_id!r}")
    if ind_id in builtin_ids:
        raise _fail(where, f"id {ind_id} は組み込みの指標カタログの指標と同じです（別の id にしてください）")
    levels = raw["area_levels"]
    levels = [levels] if isinstance(levels, str) else list(levels) if isinstance(levels, list) else None
    if not levels or any(str(lv) not in AREA_LEVELS for lv in levels):
        raise _fail(where, f"area_levels は city / district / school_district から選んでください: {raw['area_levels']!r}")
    if raw["direction"] not in DIRECTIONS:
        raise _fail(where, f"direction は higher（多いほど良い）か lower（少ないほど良い）です: {raw['direction']!r}")
    if not isinstance(raw["counts_people"], bool):
        raise _fail(where, f"counts_people は true か false で書いてください: {raw['counts_people']!r}")
    refs_raw = raw["plan_refs"]
    refs_raw = [refs_raw] if isinstance(refs_raw, str) else refs_raw
    if not isinstance(refs_raw, list):
        raise _fail(where, "plan_refs は計画の項目のリスト（例: [\"Ⅱ-1(1)\"]）で書いてください")
    refs: list[PlanRef] = []
    for r in refs_raw:
        ref = parse_plan_ref(str(r))
        if ref is None:
            raise _fail(where, f"plan_refs の「{r}」は計画の項目の書き方（例: Ⅱ-1(1)、Ⅰ-2②）ではありません")
        if known_blocks is not None and ref not in known_blocks:
            raise _fail(where, f"plan_refs の「{r}」は計画にない項目です")
        if ref not in refs:
            refs.append(ref)
    base_v = base_fy = tgt_v = tgt_fy = None
    tgt_text = None
    if raw.get("baseline") is not None:
        b = raw["baseline"]
        if not isinstance(b, dict) or "value" not in b or "fiscal_year" not in b:
            raise _fail(where, "baseline は {value: 値, fiscal_year: 年度} で書いてください")
        extra = sorted(set(map(str, b)) - {"value", "fiscal_year"})
        if extra:
            raise _fail(where, f"baseline のキー {', '.join(extra)} は使えません（value, fiscal_year）")
        base_v, base_fy = _number(where, "baseline.value", b["value"]), _year(where, "baseline.fiscal_year", b["fiscal_year"])
    if raw.get("target") is not None:
        t = raw["target"]
        if not isinstance(t, dict) or "value" not in t or "fiscal_year" not in t:
            raise _fail(where, "target は {value: 値, fiscal_year: 年度, text: 目指す姿} で書いてください")
        extra = sorted(set(map(str, t)) - {"value", "fiscal_year", "text"})
        if extra:
            raise _fail(where, f"target のキー {', '.join(extra)} は使えません（value, fiscal_year, text）")
        tgt_v, tgt_fy = _number(where, "target.value", t["value"]), _year(where, "target.fiscal_year", t["fiscal_year"])
        tgt_text = None if t.get("text") is None else str(t["text"])
        if base_fy is not None and tgt_fy <= base_fy:
            raise _fail(where, f"target.fiscal_year（{tgt_fy}）が baseline.fiscal_year（{base_fy}）より後ではありません")
    return DeclaredIndicator(
        indicator_id=ind_id, name_ja=str(raw["name_ja"]), definition_ja=str(raw["definition_ja"]),
        unit=str(raw["unit"]).strip(), plan_refs=tuple(refs), area_levels=tuple(str(lv) for lv in levels),
        direction=raw["direction"], counts_people=raw["counts_people"],
        baseline_value=base_v, baseline_fy=base_fy, target_value=tgt_v, target_fy=tgt_fy, target_text=tgt_text,
        source=None if raw.get("source") is None else str(raw["source"]),
    )


def parse_spec(text: str, builtin_ids: set[str], known_blocks: set[PlanRef] | None = None) -> list[DeclaredIndicator]:
    """The declared indicators of an indicators.yaml text (pure: no file, no warehouse)."""
    doc = yaml_values(text, FILE_NAME)
    if doc is None:
        return []
    if not isinstance(doc, dict) or not isinstance(doc.get("indicators"), list):
        raise UserError(f"{FILE_NAME}: 最上位に indicators: のリストが必要です")
    out: list[DeclaredIndicator] = []
    seen: set[str] = set()
    for n, raw in enumerate(doc["indicators"], start=1):
        ind = _one(raw, n, builtin_ids, known_blocks)
        if ind.indicator_id in seen:
            raise _fail(f"指標 {ind.indicator_id} の ", "id が重複しています")
        seen.add(ind.indicator_id)
        out.append(ind)
    return out


def read_spec(dataset_dir: Path, builtin_ids: set[str], known_blocks: set[PlanRef] | None = None) -> list[DeclaredIndicator]:
    """`indicators.yaml` of a dataset ([] when the file is absent)."""
    path = Path(dataset_dir) / FILE_NAME
    if not path.exists():
        return []
    from indicators.raw.encoding import read_text

    text, _ = read_text(path)
    return parse_spec(text, builtin_ids, known_blocks)
