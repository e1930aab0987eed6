"""The indicator catalogue: every `catalogue/*.yaml` file, validated into `Indicator` records.

The YAML files are the single declaration read by the engine, dashboard, notebooks and
reports. A file's stem is the default family of its indicators; the family names the query
`sql/<family>.sql` that computes them (see the package docstring for the convention).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

# The C loader when libyaml is present (the catalogue is read on every build and page load).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CATALOGUE_DIR = Path(__file__).parent / "catalogue"
SQL_DIR = Path(__file__).parent / "sql"

SPATIAL_LEVELS = ("city", "district", "school_district")
# levels of the plan itself (progress family): 基本目標, 基本計画, 主体, 重層的支援 category
PLAN_LEVELS = ("goal", "policy", "actor", "jusoteki")
AREA_LEVELS = SPATIAL_LEVELS + PLAN_LEVELS
UNITS = ("ratio", "count", "per_1000", "per_100000", "score", "meters")
DIRECTIONS = ("higher", "lower")
REQUIRED = ("indicator_id", "name_ja", "definition_ja", "area_levels", "formula", "unit",
            "direction", "counts_people", "plan_blocks")


@dataclass(frozen=True)
class PlanRef:
    """A plan block: Ⅰ-1(2) → goal 1, policy 1, section 2; Ⅰ-2② → goal 1, policy 2, item 2."""

    goal: int
    policy: int
    section: int | None = None
    item: int | None = None

    def label(self) -> str:
        roman = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨ"[self.goal - 1] if 1 <= self.goal <= 9 else str(self.goal)
        text = f"{roman}-{self.policy}"
        if self.section is not None:
            text += f"({self.section})"
        if self.item is not None:
            text += "①②③④⑤⑥⑦⑧⑨⑩"[self.item - 1] if 1 <= self.item <= 10 else f"[{self.item}]"
        return text


@dataclass(frozen=True)
class Indicator:
    indicator_id: str
    name_ja: str
    definition_ja: str
    family: str
    area_levels: tuple[str, ...]
    formula: str
    unit: str
    target: float | None
    target_text: str | None
    direction: str
    counts_people: bool
    plan_blocks: tuple[PlanRef, ...]
    resource_type: str | None = None
    denominator_counts_people: bool = False
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    order: int = 50
    requires: tuple[str, ...] = ()
    requires_rows: tuple[str, ...] = ()  # skipped also when one of these tables is empty
    source_file: str = ""
    headline: bool = False  # one of the committee deck's headline indicators (`headline: true`)
    # declared by the dataset (indicators.yaml, see indicators.declared): values may be absent,
    # and baseline and target year come with the declaration
    declared: bool = False
    baseline: float | None = None
    baseline_fy: int | None = None
    target_fy: int | None = None
    source: str | None = None

    @property
    def sql_path(self) -> Path:
        return SQL_DIR / f"{self.family}.sql"


class CatalogueError(ValueError):
    """A catalogue file is malformed (message in Japanese, naming file and field)."""


def _fail(path: Path, msg: str) -> None:
    # Raised as UserError so `welfare build` prints one line instead of a traceback.
    from indicators.errors import UserError

    raise UserError(f"指標カタログ {path.name}: {msg}")


def _plan_ref(path: Path, ind_id: str, raw: Any) -> PlanRef:
    if not isinstance(raw, dict) or "goal" not in raw or "policy" not in raw:
        _fail(path, f"{ind_id} の plan_blocks の要素には goal と policy が必要です: {raw!r}")
    unknown = set(raw) - {"goal", "policy", "section", "item"}
    if unknown:
        _fail(path, f"{ind_id} の plan_blocks に不明な項目 {sorted(unknown)} があります")
    try:
        vals = {k: (None if raw.get(k) is None else int(raw[k])) for k in ("goal", "policy", "section", "item")}
    except (TypeError, ValueError):
        _fail(path, f"{ind_id} の plan_blocks の番号が整数ではありません: {raw!r}")
    return PlanRef(vals["goal"], vals["policy"], vals["section"], vals["item"])  # type: ignore[arg-type]


def _parse_file(path: Path) -> list[Indicator]:
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        _fail(path, f"YAML として読めません: {exc}")
    if not isinstance(doc, dict) or not isinstance(doc.get("indicators"), list):
        _fail(path, "最上位に indicators: のリストが必要です")
    file_family = str(doc.get("family", path.stem))
    order = int(doc.get("order", 50))
    requires = tuple(doc.get("requires") or ())
    requires_rows = tuple(doc.get("requires_rows") or ())
    # a family about every measure of the plan (progress) links to no particular block
    whole_plan = bool(doc.get("whole_plan", False))
    out: list[Indicator] = []
    for raw in doc["indicators"]:
        ind_id = raw.get("indicator_id", "?") if isinstance(raw, dict) else "?"
        if not isinstance(raw, dict):
            _fail(path, f"indicators の要素が辞書ではありません: {raw!r}")
        missing = [k for k in REQUIRED if k not in raw]
        if missing:
            _fail(path, f"{ind_id} に必須項目 {', '.join(missing)} がありません")
        levels = tuple(raw["area_levels"])
        if not levels or any(lv not in AREA_LEVELS for lv in levels):
            _fail(path, f"{ind_id} の area_levels は {AREA_LEVELS} から選んでください: {levels}")
        if raw["unit"] not in UNITS:
            _fail(path, f"{ind_id} の unit は {UNITS} のいずれかです: {raw['unit']}")
        if raw["direction"] not in DIRECTIONS:
            _fail(path, f"{ind_id} の direction は higher か lower です: {raw['direction']}")
        if not isinstance(raw["counts_people"], bool):
            _fail(path, f"{ind_id} の counts_people は true / false です")
        blocks = tuple(_plan_ref(path, ind_id, b) for b in (raw["plan_blocks"] or []))
        if not blocks and not whole_plan:
            _fail(path, f"{ind_id} の plan_blocks が空です（監視する計画の項目を指定してください）")
        target = raw.get("target")
        out.append(Indicator(
            indicator_id=str(raw["indicator_id"]),
            name_ja=str(raw["name_ja"]),
            definition_ja=str(raw["definition_ja"]),
            family=str(raw.get("family", file_family)),
            area_levels=levels,
            formula=str(raw["formula"]),
            unit=raw["unit"],
            target=None if target is None else float(target),
            target_text=raw.get("target_text"),
            direction=raw["direction"],
            counts_people=raw["counts_people"],
            plan_blocks=blocks,
            resource_type=raw.get("resource_type"),
            denominator_counts_people=bool(raw.get("denominator_counts_people", False)),
            params=dict(raw.get("params") or {}),
            order=order,
            requires=requires + requires_rows,
            requires_rows=requires_rows,
            source_file=path.name,
            headline=bool(raw.get("headline", False)),
        ))
    return out


def load_catalogue(directory: Path | None = None) -> list[Indicator]:
    """All indicators of `catalogue/*.yaml`, sorted by (order, family, file position).

    The family's sql file is checked when the family runs (compute), so readers of the
    catalogue (dashboard, reports) never fail on a query being written.
    """
    directory = directory or CATALOGUE_DIR
    indicators: list[Indicator] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        for ind in _parse_file(path):
            if ind.indicator_id in seen:
                _fail(path, f"indicator_id {ind.indicator_id} が {seen[ind.indicator_id]} と重複しています")
            seen[ind.indicator_id] = path.name
            indicators.append(ind)
    indicators.sort(key=lambda i: (i.order, i.family))  # stable: file order within a family
    return indicators


def catalogue_frame(indicators: list[Indicator] | None = None) -> pd.DataFrame:
    """The catalogue in the `indicator_catalogue` table shape (plus a few extra columns)."""
    inds = load_catalogue() if indicators is None else indicators
    rows = [{
        "indicator_id": i.indicator_id,
        "name_ja": i.name_ja,
        "definition_ja": i.definition_ja,
        "family": i.family,
        "area_levels": list(i.area_levels),
        "formula": i.formula,
        "unit": i.unit,
        "target": i.target,
        "target_text": i.target_text,
        "direction": i.direction,
        "counts_people": i.counts_people,
        "resource_type": i.resource_type,
        "denominator_counts_people": i.denominator_counts_people,
        "plan_refs": [b.label() for b in i.plan_blocks],
        "params_json": json.dumps(i.params, ensure_ascii=False, sort_keys=True),
        "sort_order": n,
        "declared": i.declared,
        "baseline": i.baseline,
        "baseline_fy": i.baseline_fy,
        "target_fy": i.target_fy,
        "source": i.source,
    } for n, i in enumerate(inds)]
    frame = pd.DataFrame(rows, columns=[
        "indicator_id", "name_ja", "definition_ja", "family", "area_levels", "formula", "unit",
        "target", "target_text", "direction", "counts_people", "resource_type",
        "denominator_counts_people", "plan_refs", "params_json", "sort_order",
        "declared", "baseline", "baseline_fy", "target_fy", "source"])
    for col in ("target", "baseline"):
        frame[col] = frame[col].astype("float64")
    for col in ("baseline_fy", "target_fy"):
        frame[col] = frame[col].astype("Int64")
    frame["declared"] = frame["declared"].astype(bool)
    return frame


def plan_refs_frame(indicators: list[Indicator]) -> pd.DataFrame:
    """One row per (indicator, plan reference), numbers as nullable integers."""
    rows = [{"indicator_id": i.indicator_id, "goal_no": b.goal, "policy_no": b.policy,
             "section_no": b.section, "item_no": b.item, "ref_label": b.label()}
            for i in indicators for b in i.plan_blocks]
    frame = pd.DataFrame(rows, columns=["indicator_id", "goal_no", "policy_no", "section_no", "item_no", "ref_label"])
    for col in ("goal_no", "policy_no", "section_no", "item_no"):
        frame[col] = frame[col].astype("Int64")
    return frame


def params_frame(indicators: list[Indicator]) -> pd.DataFrame:
    """`params` flattened for SQL: (indicator_id, param, key, value); lists → key = position."""
    rows: list[dict[str, Any]] = []
    for i in indicators:
        for name, val in i.params.items():
            if isinstance(val, dict):
                items = [(str(k), v) for k, v in val.items()]
            elif isinstance(val, list):
                items = [(str(n), v) for n, v in enumerate(val)]
            else:
                items = [("", val)]
            rows += [{"indicator_id": i.indicator_id, "param": name, "key": k, "value": str(v)} for k, v in items]
    return pd.DataFrame(rows, columns=["indicator_id", "param", "key", "value"])


def as_dict(ind: Indicator) -> dict[str, Any]:
    return asdict(ind)
