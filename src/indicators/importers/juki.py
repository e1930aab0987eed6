"""住民基本台帳 町丁別・年齢別人口 (xlsx) → district_stats.csv.

Cities publish these sheets with a title holding a 和暦 date (「令和6年3月末日現在」), a header
block of merged cells (町丁名 spanning rows, age bands spanning 計/男/女 columns), one row per
町丁, and total / note rows. The reader fills merged cells, finds the header block by the
町丁 column's label, reads every column label top-to-bottom, and maps age bands onto the
contract columns (pop_0_14, pop_65plus, pop_75plus) only where the bands tile the range
exactly. Everything it cannot place is reported.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indicators.raw.dataset import yaml_values

from indicators.errors import UserError
from indicators.importers.common import (
    Dataset, Reconciliation, TownResolver, count_cell, fmt_count, fy_of, merge_district_stats, norm_name,
    show_count,
)

ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}
_DATE = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|末日?)?")
_DATE_W = re.compile(r"(20\d\d|19\d\d)\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|末日?)?")
_RANGE = re.compile(r"^(\d+)\s*[〜~\-－ー―]\s*(\d+)\s*歳?$")
_OVER = re.compile(r"^(\d+)\s*歳?\s*以上$")
_UNDER = re.compile(r"^(\d+)\s*歳?\s*未満$")
_SINGLE = re.compile(r"^(\d+)\s*歳$")


@dataclass
class JukiConfig:
    """Editable through --config mapping.yaml (same keys)."""

    sheet: str | None = None
    town_headers: list[str] = field(default_factory=lambda: ["町丁名", "町名", "町丁", "町丁目名", "町字名", "町丁・字名", "行政区名", "地区名"])
    population_labels: list[str] = field(default_factory=lambda: ["総数", "人口総数", "総人口", "人口", "合計", "計"])
    household_labels: list[str] = field(default_factory=lambda: ["世帯数", "世帯", "世帯総数"])
    male_labels: list[str] = field(default_factory=lambda: ["男", "男性"])
    female_labels: list[str] = field(default_factory=lambda: ["女", "女性"])
    total_sex_labels: list[str] = field(default_factory=lambda: ["計", "総数", "合計", "男女計"])
    total_rows: list[str] = field(default_factory=lambda: ["合計", "総計", "計", "市計", "全市", "総数", "市全体"])
    fiscal_year: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # contract column → header label (joined by '/')

    @classmethod
    def load(cls, path: Path | None) -> "JukiConfig":
        if path is None:
            return cls()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise UserError(f"{path.name}: 設定ファイルを読めません（{exc}）") from exc
        data = yaml_values(text, path.name) or {}
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise UserError(f"{path.name}: 知らない設定 {', '.join(sorted(unknown))}（使える設定: {', '.join(cls.__dataclass_fields__)}）")
        return cls(**data)


def wareki_date(text: str) -> dt.date | None:
    """'令和6年3月末日現在' → 2024-03-31; '令和元年10月1日' → 2019-10-01; '2024年4月1日' also works."""
    t = unicodedata.normalize("NFKC", text)
    m = _DATE.search(t)
    if m:
        year = ERA_BASE[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
        month, day = int(m.group(3)), m.group(4)
    else:
        m = _DATE_W.search(t)
        if not m:
            return None
        year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    d = int(day) if day else last
    if not 1 <= d <= last:
        return None
    return dt.date(year, month, d)


def age_band(label: str) -> tuple[int, int | None] | None:
    """'0～4歳' → (0, 4); '85歳以上' → (85, None); '15歳未満' → (0, 14); '7歳' → (7, 7)."""
    s = unicodedata.normalize("NFKC", label).replace("(再掲)", "").replace("再掲", "").replace("～", "〜").strip()
    s = s.replace("〜", "-")
    if m := _RANGE.match(s):
        return int(m.group(1)), int(m.group(2))
    if m := _OVER.match(s):
        return int(m.group(1)), None
    if m := _UNDER.match(s):
        return 0, int(m.group(1)) - 1
    if m := _SINGLE.match(s):
        return int(m.group(1)), int(m.group(1))
    return None


def _contains(outer: tuple[int, int | None], inner: tuple[int, int | None]) -> bool:
    hi_o = float("inf") if outer[1] is None else outer[1]
    hi_i = float("inf") if inner[1] is None else inner[1]
    return outer[0] <= inner[0] and hi_i <= hi_o


def bands_for(target: tuple[int, int | None], bands: list[tuple[int, int | None]]) -> list[tuple[int, int | None]] | None:
    """The bands that make up `target`: the band itself, or the finest bands tiling it exactly."""
    if target in bands:
        return [target]
    minimal = [b for b in bands if not any(o != b and _contains(b, o) for o in bands)]
    inside = sorted(b for b in minimal if _contains(target, b))
    if not inside or inside[0][0] != target[0]:
        return None
    for a, b in zip(inside, inside[1:]):
        if a[1] is None or a[1] + 1 != b[0]:
            return None
    return inside if inside[-1][1] == target[1] else None


CONTRACT_BANDS = {"pop_0_14": (0, 14), "pop_65plus": (65, None), "pop_75plus": (75, None)}


def _col_letter(j: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(j + 1)


def _is_number(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    if isinstance(v, str):
        val, st = count_cell(v)
        return st == "ok" and v.strip() not in ("",)
    return False


def read_sheet(path: Path, cfg: JukiConfig) -> tuple[list[list[Any]], str]:
    """Cell values with merged ranges filled from their top-left cell."""
    from openpyxl import load_workbook

    if path.suffix.lower() == ".xls":
        raise UserError(f"{path.name}: 古い Excel 形式（.xls）は読めません。Excel で「.xlsx」形式に保存し直してください")
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises several error types for non-xlsx input
        raise UserError(f"{path.name}: Excel (xlsx) ファイルとして読めません（{exc}）") from exc
    if cfg.sheet:
        if cfg.sheet not in wb.sheetnames:
            raise UserError(f"{path.name}: シート「{cfg.sheet}」がありません（シート: {', '.join(wb.sheetnames)}）")
        ws = wb[cfg.sheet]
    else:
        ws = wb.worksheets[0]
    grid = [list(r) for r in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:
        v = ws.cell(rng.min_row, rng.min_col).value
        for i in range(rng.min_row - 1, rng.max_row):
            for j in range(rng.min_col - 1, rng.max_col):
                if i < len(grid) and j < len(grid[i]):
                    grid[i][j] = v
    return grid, ws.title


@dataclass
class Column:
    index: int
    parts: list[str]
    sex: str  # 'total' | 'male' | 'female'
    metric: str | None  # 'population' | 'households' | 'band' | None
    band: tuple[int, int | None] | None = None

    @property
    def label(self) -> str:
        return "/".join(self.parts)


def classify(parts: list[str], j: int, cfg: JukiConfig) -> Column:
    keys = [norm_name(p) for p in parts]
    sex = "total"
    rest = []
    for k in keys:
        if k in cfg.male_labels:
            sex = "male"
        elif k in cfg.female_labels:
            sex = "female"
        elif k in cfg.total_sex_labels and rest:
            continue  # 計 under an age band = the both-sexes column
        else:
            rest.append(k)
    for k in rest:
        if (b := age_band(k)) is not None:
            return Column(j, parts, sex, "band", b)
    if any(k in cfg.household_labels for k in rest):
        return Column(j, parts, sex, "households")
    if rest and all(k in cfg.population_labels for k in rest):
        return Column(j, parts, sex, "population")
    if not rest and sex != "total":
        return Column(j, parts, sex, "population")  # bare 男 / 女 columns next to 総数
    return Column(j, parts, sex, None)


def import_juki(path: Path, towns: TownResolver, ds: Dataset, cfg: JukiConfig) -> Reconciliation:
    grid, sheet = read_sheet(path, cfg)
    rec = Reconciliation("juki-excel", f"{path.name}[{sheet}]")
    # the first row holding a town header; in it, the column whose label comes first in
    # town_headers (a sheet may have both 地区名 and 町丁名 columns)
    priority = {norm_name(h): k for k, h in enumerate(cfg.town_headers)}
    h0 = next((i for i, row in enumerate(grid) if any(v is not None and norm_name(v) in priority for v in row)), None)
    if h0 is None:
        raise UserError(f"{path.name}: 見出し行（{'・'.join(cfg.town_headers[:4])} など）が見つかりません。--config で town_headers を指定してください")
    tc = min((priority[norm_name(v)], j) for j, v in enumerate(grid[h0]) if v is not None and norm_name(v) in priority)[1]
    # date in the title rows (or anywhere above the data)
    fy = cfg.fiscal_year
    as_of = None
    for row in grid[: h0 + 1]:
        for v in row:
            if isinstance(v, str) and (d := wareki_date(v)):
                as_of = d
                break
        if as_of:
            break
    if fy is None:
        if as_of is None:
            raise UserError(f"{path.name}: タイトルに日付（例「令和6年3月末日現在」）が見つかりません。設定 fiscal_year で年度を指定してください")
        fy = fy_of(as_of)
    rec.notes.append(f"時点: {as_of.isoformat() if as_of else '不明'} → {fy} 年度" + ("（設定で指定）" if cfg.fiscal_year else ""))
    # header block: rows from h0 while no numeric cell appears
    h1 = h0
    while h1 + 1 < len(grid) and not any(_is_number(v) for j, v in enumerate(grid[h1 + 1]) if j != tc):
        h1 += 1
    ncols = max(len(r) for r in grid)
    columns: list[Column] = []
    for j in range(ncols):
        if j == tc:
            continue
        parts: list[str] = []
        for i in range(h0, h1 + 1):
            v = grid[i][j] if j < len(grid[i]) else None
            if v is not None and str(v).strip():
                s = unicodedata.normalize("NFKC", str(v)).strip()
                if not parts or parts[-1] != s:
                    parts.append(s)
        if parts:
            columns.append(classify(parts, j, cfg))
    rec.notes.append(f"見出し: {h0 + 1}〜{h1 + 1} 行目、町丁の列 {_col_letter(tc)}")

    # which columns feed which contract column
    def pick(metric: str, band: tuple | None = None) -> list[list[Column]]:
        """Per needed unit, the columns to add: the total column, else male + female."""
        cand = [c for c in columns if c.metric == metric and c.band == band]
        tot = [c for c in cand if c.sex == "total"]
        if tot:
            return [[tot[0]]]
        m, f = [c for c in cand if c.sex == "male"], [c for c in cand if c.sex == "female"]
        return [[m[0], f[0]]] if m and f else []

    plan: dict[str, list[list[Column]]] = {}
    by_label = {norm_name(c.label): c for c in columns}
    for col, lab in cfg.columns.items():
        c = by_label.get(norm_name(lab))
        if c is None:
            raise UserError(f"{path.name}: 設定 columns.{col} の見出し「{lab}」がありません（見出し: {', '.join(c.label for c in columns)}）")
        plan[col] = [[c]]
    for col in ("population", "households"):
        if col not in plan and (p := pick(col)):
            plan[col] = p
    bands = sorted({c.band for c in columns if c.metric == "band"}, key=lambda b: (b[0], b[1] if b[1] is not None else 999))
    for col, target in CONTRACT_BANDS.items():
        if col in plan:
            continue
        chosen = bands_for(target, bands)
        if chosen is None:
            if bands:
                rec.notes.append(f"{col}（{target[0]}歳{'以上' if target[1] is None else f'〜{target[1]}歳'}）は年齢区分から組み立てられません（区分が跨ぐか欠けています）")
            continue
        units = [pick("band", b) for b in chosen]
        if all(units):
            plan[col] = [u[0] for u in units]
    if "population" not in plan and bands:
        chosen = bands_for((0, None), bands)
        if chosen and all(pick("band", b) for b in chosen):
            plan["population"] = [pick("band", b)[0] for b in chosen]
            rec.notes.append("population は年齢区分の合計から求めました")
    if not plan:
        raise UserError(f"{path.name}: 契約の列に当たる見出しがありません（見出し: {', '.join(c.label for c in columns)}）")
    used = {c.index for units in plan.values() for u in units for c in u}
    unplaced = [c.label for c in columns if c.index not in used and c.sex == "total" and c.metric != "band"]
    if unplaced:
        rec.notes.append(f"使わなかった列（契約に当たらない）: {', '.join(unplaced)}")
    rec.notes.append("対応: " + "; ".join(f"{k}←{' + '.join('+'.join(c.label for c in u) for u in v)}" for k, v in plan.items()))

    # data rows
    values: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    supp: dict[str, set[str]] = defaultdict(set)
    town_total: dict[str, float] = defaultdict(float)
    total_row: dict[str, float] | None = None
    bad_cells: list[str] = []
    for i in range(h1 + 1, len(grid)):
        row = grid[i]
        line = i + 1
        town = row[tc] if tc < len(row) else None
        others = [v for j, v in enumerate(row) if j != tc and v is not None and str(v).strip()]
        if (town is None or not str(town).strip()) and not others:
            continue  # blank spreadsheet row: not a row of the table
        rec.rows_read += 1
        tname = unicodedata.normalize("NFKC", str(town or "")).strip()
        if not any(_is_number(v) for v in others):
            rec.reject(line, _col_letter(tc), tname or (str(others[0]) if others else ""), "注記など数値のない行")
            continue
        cells: dict[str, tuple[float | None, str]] = {}
        bad = []
        for col, units in plan.items():
            total, status = 0.0, "ok"
            for u in units:
                for c in u:
                    v, st = count_cell(row[c.index] if c.index < len(row) else None)
                    if st == "ok":
                        total += v
                    elif st == "invalid":
                        status = "invalid"
                        bad.append(f"{_col_letter(c.index)}{line}「{row[c.index]}」")
                    elif status == "ok":
                        status = st
            cells[col] = (total, status)
        if norm_name(tname) in {norm_name(t) for t in cfg.total_rows}:
            total_row = {k: v for k, (v, st) in cells.items() if st == "ok"}
            rec.reject(line, _col_letter(tc), tname, "合計行（検算に使用）")
            continue
        if not tname:
            rec.reject(line, _col_letter(tc), "", "町丁名が空です")
            continue
        d = towns.resolve(name=tname)
        if d is None:
            rec.reject(line, _col_letter(tc), tname, f"町丁「{tname}」が町丁→地区の対応表にありません")
            continue
        rec.rows_used += 1
        if bad:
            bad_cells.extend(bad)
        for col, (v, st) in cells.items():
            if st == "ok":
                values[d][col] += v
                town_total[col] += v
            else:
                supp[d].add(col)
        values.setdefault(d, defaultdict(float))  # a 地区 whose cells are all unknown still gets a row
    if bad_cells:
        rec.notes.append(f"数値として読めないセル（その地区の値は秘匿扱い）: {', '.join(bad_cells[:20])}"
                         + (f" ほか {len(bad_cells) - 20} 件" if len(bad_cells) > 20 else ""))
    if total_row:
        for col, v in total_row.items():
            diff = v - town_total.get(col, 0)
            th = ds.threshold
            rec.notes.append(f"検算 {col}: 合計行 {show_count(v, th)} / 地区に入れた町丁の合計 {show_count(town_total.get(col, 0), th)}"
                             + ("（一致）" if abs(diff) < 0.5 else f"（差 {show_count(diff, th)}: 対応表にない町丁など）"))
    cols = list(plan)
    rows = []
    for d in sorted(values):
        r: dict[str, Any] = {"district_code": d, "fiscal_year": fy}
        for col in cols:
            r[col] = fmt_count(values[d].get(col, 0.0), col in supp[d])
        rows.append(r)
    updated, added = merge_district_stats(ds.path / "district_stats.csv", rows, cols)
    rec.outputs["district_stats.csv"] = len(rows)
    rec.notes.append(f"district_stats.csv: {fy} 年度 {added} 行追加・{updated} 行更新（列 {', '.join(cols)}）")
    return rec
