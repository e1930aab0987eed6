"""The 「指標の値」 sheet of the department workbook (`welfare progress template|import`).

One row per declared indicator and area (the city, and each 地区 / 小学校区 for an indicator kept
per area) with its name, unit, last year's value and target for reference, and the cells to fill
(値, 分子, 分母). Read back, the rows are checked as the build checks them and merged into the
dataset's `indicator_observations.csv` (a row replaces the one of the same indicator, year and
area; the others are kept). The same indicator, year and area twice is a conflict: both rejected.
With `--department`, the sheet lists the indicators whose `source` names that department.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from indicators.declared.observations import COLUMNS, FILE_NAME
from indicators.declared.spec import LEVEL_LABELS, DeclaredIndicator, read_spec
from indicators.progress.workbook import (
    Column,
    ImportContext,
    Ledger,
    Sheet,
    SheetKind,
    TemplateContext,
    WorkbookRow,
    merge_unique,
    replace_csv_rows,
)
from indicators.raw import cells

SHEET = "指標の値"
_LEVEL_OF = {v: k for k, v in LEVEL_LABELS.items()}


def _indicators(ctx: TemplateContext | ImportContext) -> list[DeclaredIndicator]:
    if "declared_indicators" not in ctx.cache:
        from indicators.engine.catalogue import load_catalogue

        ctx.cache["declared_indicators"] = read_spec(ctx.dataset_dir, {i.indicator_id for i in load_catalogue()})
    return ctx.cache["declared_indicators"]


def _observations(dataset_dir: Path) -> list[dict[str, str]]:
    from indicators.raw.csvfile import read_csv

    path = Path(dataset_dir) / FILE_NAME
    return [rec for _, rec in read_csv(path).records] if path.exists() else []


def _key(rec: dict[str, Any], municipality_code: str) -> tuple:
    """(indicator_id, fiscal_year, level, area_code) of a CSV record, as the build reads it."""
    level_text = cells.parse_text(rec.get("area_level")).value
    level = "city" if level_text is None else _LEVEL_OF.get(level_text, level_text)
    code = cells.parse_code(rec.get("area_code")).value
    return (cells.parse_code(rec.get("indicator_id")).value, cells.parse_fiscal_year(rec.get("fiscal_year")).value,
            level, municipality_code if level == "city" else code)


def _areas(cfg: Any, level: str) -> list[tuple[str, str]]:
    """(code, name) of the dataset's 地区 or 小学校区, from the area file (attributes only) or the tables."""
    table, code_col, name_col = (("districts", "district_code", "district_name") if level == "district"
                                 else ("school_districts", "school_code", "school_name"))
    rename = cfg.rename_for(table)
    gpath = cfg.geometry_file(table)
    rows: list[tuple[str, str]] = []
    if gpath is not None:
        import pyogrio

        df = pyogrio.read_dataframe(gpath, read_geometry=False).rename(columns=rename)
        if code_col in df.columns:
            names = df[name_col] if name_col in df.columns else df[code_col]
            rows = [(str(c), str(n)) for c, n in zip(df[code_col], names)]
    elif (cpath := cfg.file(table)) is not None:
        from indicators.raw.csvfile import read_csv

        rows = [(r.get(code_col, ""), r.get(name_col) or r.get(code_col, "")) for _, r in read_csv(cpath, rename).records]
    elif level == "district" and (spath := cfg.file("district_stats")) is not None:
        from indicators.raw.csvfile import read_csv

        codes = dict.fromkeys(r.get("district_code", "") for _, r in read_csv(spath, cfg.rename_for("district_stats")).records)
        rows = [(c, c) for c in codes]
    return [(c, n) for c, n in rows if c]


def _number(text: Any) -> float | None:
    if text is None or text == "":
        return None
    c = cells.parse_float(str(text))
    return c.value if c.status == "ok" else None


class DeclaredSheet(SheetKind):
    """指標の値: this year's values of the indicators declared in indicators.yaml."""

    name = SHEET
    order = 20

    def columns(self) -> list[Column]:
        return [
            Column("indicator_id", "指標ID", 16, locked=True),
            Column("name", "指標", 34, locked=True, wrap=True),
            Column("unit", "単位", 7, locked=True),
            Column("level", "区域の単位", 9, locked=True),
            Column("area_code", "区域コード", 10, locked=True),
            Column("area_name", "区域", 12, locked=True),
            Column("prev_value", "前年度の値", 11, locked=True, kind="number"),
            Column("target", "目標", 14, locked=True),
            Column("value", "値", 11, kind="number", fill=True),
            Column("numerator", "分子", 10, kind="number", fill=True),
            Column("denominator", "分母", 10, kind="number", fill=True),
            Column("source", "出典・担当", 18),
            Column("note", "備考", 20, wrap=True),
        ]

    def template(self, ctx: TemplateContext) -> Sheet | None:
        inds = _indicators(ctx)
        if ctx.department is not None:
            inds = [i for i in inds if i.source and ctx.department in i.source]
        if not inds:
            return None
        code = ctx.cfg.municipality_code
        threshold = ctx.cfg.suppression_threshold
        prev = {}
        for rec in _observations(ctx.dataset_dir):
            k = _key(rec, code)
            if k[1] == ctx.fiscal_year - 1:
                prev[(k[0], k[2], k[3])] = rec
        rows = []
        for i in inds:
            for level in i.area_levels:
                areas = [(code, ctx.cfg.municipality_name)] if level == "city" else _areas(ctx.cfg, level)
                for area_code, area_name in areas:
                    rec = prev.get((i.indicator_id, level, area_code), {})
                    value = _number(rec.get("value"))
                    people = _number(rec.get("numerator")) if rec.get("numerator") else value
                    hidden = (i.counts_people and people is not None and 0 < people < threshold) \
                        or cells.parse_float(rec.get("value")).status == "suppressed"
                    rows.append({
                        "indicator_id": i.indicator_id, "name": i.name_ja, "unit": i.unit, "level": LEVEL_LABELS[level],
                        "area_code": area_code, "area_name": area_name,
                        "prev_value": "秘匿" if hidden else value,
                        "target": None if i.target_value is None else f"{i.target_value:g} {i.unit}（{i.target_fy}年度）",
                        "source": i.source,
                    })
        instructions = [
            f"「{self.name}」シート: 各課が報告する指標（indicators.yaml）の {ctx.fiscal_year}年度の値を「値」の列に"
            "数字だけで記入してください（単位は「単位」の列のとおり。% は 45.2 のように）。",
            "・割合の指標は「分子」「分母」を書けば「値」は空でも構いません。分からない区域は空のままにしてください。",
            f"・人数が {threshold} 人未満の値も実数で記入してください（画面と資料では「秘匿」と表示されます）。",
        ]
        return Sheet(self.name, self.columns(), rows, instructions)

    def merge(self, rows: list[WorkbookRow], ctx: ImportContext, ledger: Ledger) -> None:
        inds = {i.indicator_id: i for i in _indicators(ctx)}
        by_name = {i.name_ja: i for i in inds.values()}
        code = ctx.cfg.municipality_code
        good: list[tuple[WorkbookRow, dict[str, str], str | None]] = []
        for row in rows:
            rec, problems, note = self._record(row, inds, by_name, code)
            if problems:
                for key, reason in problems:
                    ledger.reject(row, key, reason)
            else:
                good.append((row, rec, note))
        merged = merge_unique(good, lambda rec: _key(rec, code), ledger, "value",
                              lambda k, where: f"同じ指標（{k[0]}）・{k[1]}年度・区域 {k[3]} の記入が複数あります: {where}")
        if merged or rows:
            ledger.written.append(str(write_observations_csv(ctx.dataset_dir, merged, code)))

    def _record(self, row: WorkbookRow, inds: dict, by_name: dict, code: str):
        v = row.values
        problems: list[tuple[str | None, str]] = []
        note = None
        ind_id = cells.parse_code(None if v.get("indicator_id") is None else str(v.get("indicator_id"))).value
        ind = inds.get(ind_id) if ind_id else by_name.get(str(v.get("name") or "").strip())
        if ind is None:
            problems.append(("indicator_id", f"指標 {ind_id or v.get('name') or '（空）'} は indicators.yaml に宣言されていません"))
        elif not ind_id:
            note = f"指標IDが空のため、指標名から {ind.indicator_id} と判断しました"
        level = _LEVEL_OF.get(str(v.get("level") or LEVEL_LABELS["city"]).strip())
        if level is None:
            problems.append(("level", f"区域の単位「{v.get('level')}」は 市全体・地区・小学校区 のいずれかです"))
        elif ind is not None and level not in ind.area_levels:
            problems.append(("level", f"指標 {ind.indicator_id} は{LEVEL_LABELS[level]}の値を宣言していません"))
        area = code if level == "city" else cells.parse_code(None if v.get("area_code") is None else str(v["area_code"])).value
        if level not in (None, "city") and area is None:
            problems.append(("area_code", "区域コードが空です"))
        nums: dict[str, str] = {}
        for key, label in (("value", "値"), ("numerator", "分子"), ("denominator", "分母")):
            x = v.get(key)
            if x is None:
                nums[key] = ""
                continue
            c = cells.parse_float(str(x))
            if c.status == "suppressed" and key == "value":
                nums[key] = "X"
            elif c.status != "ok":
                problems.append((key, f"{label}「{x}」は数値として読めません（単位は書かずに数字だけを）"))
            elif key != "value" and c.value < 0:
                problems.append((key, f"{label}が負の値です"))
            else:
                nums[key] = f"{c.value:g}" if abs(c.value) < 1e15 else str(c.value)
        if not problems and not nums["value"] and not (nums["numerator"] and nums["denominator"]):
            problems.append(("value", "値が空です（割合なら分子と分母を記入してください）"))
        rec = {"indicator_id": ind.indicator_id if ind else "", "fiscal_year": str(row.fiscal_year),
               "area_level": level or "", "area_code": area or "", **nums,
               "source": str(v.get("source") or row.department or "").strip(), "note": str(v.get("note") or "").strip()}
        return rec, problems, note


def write_observations_csv(dataset_dir: Path, records: list[dict[str, str]], municipality_code: str) -> Path:
    """Merge records into <dataset>/indicator_observations.csv: a record replaces the row of the
    same indicator, year and area; other rows are kept as written."""
    return replace_csv_rows(Path(dataset_dir) / FILE_NAME, COLUMNS, records, lambda r: _key(r, municipality_code))

