"""e-Stat 国勢調査 小地域（町丁・字等）集計 CSV (+ 境界データ) → district_stats.csv (+ districts.geojson).

The downloaded file is Shift_JIS text: row 1 = codes (KEY_CODE, HYOSYO, CITYNAME, NAME,
HTKSYORI, HTKSAKI, GASSAN, T001082001, ...), row 2 = Japanese labels of the data columns.
Cells: `-` = 0, `X` = 秘匿. An area with 合算先 (HTKSAKI) has its people counted in the
合算先 area's numbers, so summing the numeric cells of all 町丁 never counts anyone twice;
what can go wrong is only *which 地区* they land in. When a merged area and its 合算先 lie in
different 地区 (or an `X` has no 合算先), the affected 地区 values are marked suppressed.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indicators.errors import UserError
from indicators.raw.csvfile import header_summary
from indicators.importers.common import (
    Dataset, Reconciliation, TownResolver, count_cell, csv_rows, fmt_count, key_stem, merge_district_stats,
    read_geodata, read_text_file, show_count,
)

META_COLUMNS = ["KEY_CODE", "HYOSYO", "CITYNAME", "NAME", "HTKSYORI", "HTKSAKI", "GASSAN"]
# Supported tables: their column for each contract column (checked against the label row).
KNOWN_TABLES: dict[str, dict[str, str]] = {
    # 令和2年 男女別人口総数及び世帯総数
    "T001081": {"population": "T001081001", "households": "T001081004"},
    # 令和2年 年齢（5歳階級、4区分）別、男女別人口
    "T001082": {"population": "T001082001", "pop_0_14": "T001082017", "pop_65plus": "T001082019",
                "pop_75plus": "T001082020"},
}
# Any other table (e.g. 平成27年 T000848 / T000849) is mapped by its label row.
LABELS: dict[str, list[str]] = {
    "population": ["人口総数", "総数、年齢「不詳」含む", "総数(年齢「不詳」含む)", "総数"],
    "households": ["世帯総数", "世帯数"],
    "pop_0_14": ["総数15歳未満", "15歳未満", "総数0〜14歳", "0〜14歳"],
    "pop_65plus": ["総数65歳以上", "65歳以上"],
    "pop_75plus": ["総数75歳以上", "75歳以上"],
}
STAT_COLUMNS = ["population", "pop_0_14", "pop_65plus", "pop_75plus", "households"]


def _label_key(s: str) -> str:
    t = unicodedata.normalize("NFKC", s or "")
    t = re.sub(r"\s+", "", t).replace("～", "〜").replace("~", "〜")
    return t


@dataclass
class EstatTable:
    source_file: str
    table_id: str
    header: list[str]
    labels: dict[str, str]
    rows: list[tuple[int, dict[str, str]]]
    mapping: dict[str, str] = field(default_factory=dict)  # contract column → data column code
    mapping_note: str = ""


def read_estat_csv(path: Path, overrides: dict[str, str] | None = None) -> EstatTable:
    """Parse the two-header CSV and decide which data column feeds which contract column."""
    text, _enc = read_text_file(path)
    rows = csv_rows(text)
    if not rows:
        raise UserError(f"{path.name}: ファイルが空です")
    header = [h.strip().replace("\ufeff", "").strip('"') for h in rows[0][1]]
    missing = [c for c in ("KEY_CODE", "NAME") if c not in header]
    if missing:
        raise UserError(f"{path.name}: e-Stat 小地域の列 {', '.join(missing)} がありません（見つかった列: {header_summary(header)}）")
    ki = header.index("KEY_CODE")
    labels: dict[str, str] = {}
    body = rows[1:]
    if body and not re.fullmatch(r"\d+", body[0][1][ki].strip() if len(body[0][1]) > ki else ""):
        labels = {h: (body[0][1][i].strip() if i < len(body[0][1]) else "") for i, h in enumerate(header)}
        body = body[1:]
    data_cols = [h for h in header if re.fullmatch(r"T\d{9}", h)]
    if not data_cols:
        raise UserError(f"{path.name}: 統計値の列（T で始まる 10 文字の列、例 T001082001）がありません")
    table_id = data_cols[0][:7]
    records = []
    for line, r in body:
        if not r or all(not c.strip() for c in r):
            continue
        records.append((line, {h: (r[i].strip() if i < len(r) else "") for i, h in enumerate(header)}))
    t = EstatTable(path.name, table_id, header, labels, records)
    _decide_mapping(t, overrides or {})
    return t


def _decide_mapping(t: EstatTable, overrides: dict[str, str]) -> None:
    by_label: dict[str, str] = {}
    for code, lab in t.labels.items():
        if re.fullmatch(r"T\d{9}", code):
            by_label.setdefault(_label_key(lab), code)
    notes = []
    known = KNOWN_TABLES.get(t.table_id)
    for col in STAT_COLUMNS:
        if col in overrides:
            code = overrides[col]
            if code in t.header:
                t.mapping[col] = code
            continue
        code = None
        if known and col in known and known[col] in t.header:
            code = known[col]
            if t.labels and _label_key(t.labels.get(code, "")) not in {_label_key(x) for x in LABELS[col]}:
                notes.append(f"{code} の見出し「{t.labels.get(code)}」が想定と違うため見出しで探しました")
                code = None
        if code is None:
            for cand in LABELS[col]:
                if _label_key(cand) in by_label:
                    code = by_label[_label_key(cand)]
                    break
        if code:
            t.mapping[col] = code
    kind = "既知の表" if known else "見出し行から対応付け"
    parts = ", ".join(f"{c}←{code}（{t.labels.get(code, '')}）" for c, code in t.mapping.items())
    t.mapping_note = f"表 {t.table_id}（{kind}）: {parts or '対応する列なし'}" + ("; " + "; ".join(notes) if notes else "")


def _cell(raw: str) -> tuple[float | None, str]:
    if raw.strip() == "*":  # mesh/small-area files mark merged detail with '*'
        return None, "suppressed"
    return count_cell(raw)


@dataclass
class TableResult:
    values: dict[str, dict[str, float]]  # district → column → sum
    suppressed: dict[str, set[str]]  # district → columns
    districts: set[str]
    columns: list[str]


def aggregate_table(t: EstatTable, resolver: TownResolver, muni5: str, rec: Reconciliation,
                    threshold: int = 3) -> TableResult:
    """町丁 → 地区 sums with 合算先 handling; every row is used or rejected in `rec`."""
    rec.rows_read += len(t.rows)
    cols = [c for c in STAT_COLUMNS if c in t.mapping]
    if not cols:
        raise UserError(f"{t.source_file}: 契約の列（population, pop_0_14, pop_65plus, pop_75plus, households）に当たる列が見つかりません。"
                        "--column population=T00xxxx001 のように指定してください")
    own = [(line, r) for line, r in t.rows if r["KEY_CODE"].isdigit() and r["KEY_CODE"].startswith(muni5)]
    for line, r in t.rows:
        if not r["KEY_CODE"].isdigit():
            rec.reject(line, "KEY_CODE", r["KEY_CODE"], "KEY_CODE が数字でない行（注記・出典など）")
        elif not r["KEY_CODE"].startswith(muni5):
            rec.reject(line, "KEY_CODE", r["KEY_CODE"], f"対象の市町村外「{r.get('CITYNAME', '')}」")
    codes = {r["KEY_CODE"] for _, r in own}
    by_code = {r["KEY_CODE"]: r for _, r in own}
    # A parent area's code is a prefix of its children's codes once padding "00" pairs are
    # removed (312010010 and 31201001000 are both 東町, parent of 31201001001).
    by_stem: dict[str, list[str]] = defaultdict(list)
    for c in codes:
        by_stem[key_stem(c)].append(c)
    nonleaf: set[str] = set()
    for c in codes:
        st = key_stem(c)
        for p in range(5, len(st)):
            nonleaf.update(by_stem.get(st[:p], []))

    def parent_of(code: str) -> str | None:
        st = key_stem(code)
        for p in range(len(st) - 1, 4, -1):
            if by_stem.get(st[:p]):
                return by_stem[st[:p]][0]
        return None

    # 合算先 of each merged area: HTKSAKI on the merged row, or GASSAN (';'-separated) on the host row
    host_of: dict[str, str] = {}
    for _, r in own:
        for member in re.split(r"[;；,、\s]+", r.get("GASSAN", "").strip()):
            if member and member != r["KEY_CODE"]:
                host_of.setdefault(member, r["KEY_CODE"])
    for _, r in own:
        if r.get("HTKSAKI", "").strip():
            host_of[r["KEY_CODE"]] = r["HTKSAKI"].strip()

    district_of: dict[str, str | None] = {}
    for c in codes - nonleaf:
        r = by_code[c]
        par = parent_of(c)
        district_of[c] = resolver.resolve(key=c, name=r.get("NAME"), parent_key=par,
                                          parent_name=by_code[par].get("NAME") if par else None)

    values: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    suppressed: dict[str, set[str]] = defaultdict(set)
    leaf_sum: dict[str, float] = defaultdict(float)
    lost: dict[str, float] = defaultdict(float)
    split: dict[tuple, list[str]] = defaultdict(list)
    total_row = None
    for line, r in own:
        code = r["KEY_CODE"]
        if code in nonleaf:
            if code == muni5:
                total_row = r
            rec.reject(line, "KEY_CODE", code, "上位の集計行（町丁の合計。地区へは下位の町丁から集計し、検算に使用）")
            continue
        d = district_of.get(code)
        parsed = {c: _cell(r.get(t.mapping[c], "")) for c in cols}
        bad = [(c, r.get(t.mapping[c], "")) for c, (_v, st) in parsed.items() if st == "invalid"]
        for c, (v, st) in parsed.items():
            if st == "ok":
                leaf_sum[c] += v
        if d is None:
            rec.reject(line, "NAME", r.get("NAME"), f"町丁「{r.get('NAME')}（KEY_CODE {code}）」が町丁→地区の対応表にありません")
            for c, (v, st) in parsed.items():
                if st == "ok":
                    lost[c] += v
                elif st == "suppressed" and (dh := district_of.get(host_of.get(code, ""))):
                    # its people sit in the 合算先's numbers, but it belongs to no known 地区
                    suppressed[dh].add(c)
                    split[(str(r.get("NAME")), code, host_of[code], "対応表になし", dh)].append(c)
            continue
        if bad:
            c, raw = bad[0]
            rec.reject(line, t.mapping[c], raw, f"数値として読めません（{c}）。この地区の値は秘匿扱いにしました")
            suppressed[d].update(cols)
            values.setdefault(d, defaultdict(float))  # the 地区 still gets a row (all suppressed)
            continue
        rec.rows_used += 1
        for c, (v, st) in parsed.items():
            if st == "ok":
                values[d][c] += v
            elif st == "suppressed":
                host = host_of.get(code, "")
                dh = district_of.get(host) if host else None
                if host and dh == d:
                    continue  # merged into an area of the same 地区: the 地区 total is exact
                suppressed[d].add(c)
                if dh is not None and dh != d:
                    suppressed[dh].add(c)
                    split[(str(r.get("NAME")), code, host, d, dh)].append(c)
            else:  # 'null' (empty / …): unknown, so the district value is unknown too
                suppressed[d].add(c)
        values.setdefault(d, defaultdict(float))  # a 地区 whose cells are all X still gets a row
    for (name, code, host, d, dh), cs in split.items():
        rec.notes.append(f"{name}（{code}）は合算先 {host} と別の地区（{d} / {dh}）のため、両地区の {', '.join(cs)} を秘匿扱いにしました")
    if lost:
        rec.notes.append("対応表にない町丁の分は地区に入っていません: "
                         + ", ".join(f"{c} {show_count(v, threshold)}" for c, v in lost.items()))
    if total_row is not None:
        for c in cols:
            v, st = _cell(total_row.get(t.mapping[c], ""))
            if st == "ok":
                diff = v - leaf_sum[c]
                rec.notes.append(f"検算 {c}: 市全体 {show_count(v, threshold)} / 町丁の合計 {show_count(leaf_sum[c], threshold)}"
                                 + ("（一致）" if abs(diff) < 0.5 else f"（差 {show_count(diff, threshold)}: 合算先のない秘匿など）"))
    empty = sorted(set(resolver.by_key.values()) | set(resolver.by_name.values()))
    empty = [d for d in empty if d not in values and d not in suppressed]
    if empty:
        rec.notes.append(f"対応表の地区のうち、この表に町丁が 1 つもない地区: {', '.join(empty)}（行を作っていません）")
    # districts that got a value only through another's 合算先 still need a row
    districts = set(values) | set(suppressed)
    return TableResult({d: dict(v) for d, v in values.items()}, {d: set(s) for d, s in suppressed.items()}, districts, cols)


def import_census(tables: list[Path], towns: TownResolver, ds: Dataset, fiscal_year: int,
                  boundary: Path | None = None, overrides: dict[str, str] | None = None) -> list[Reconciliation]:
    """Aggregate one or more 小地域 tables for `fiscal_year`; merge into district_stats.csv."""
    muni5 = ds.municipality_code5
    recons = []
    combined: dict[str, dict[str, Any]] = {}
    supp: dict[str, set[str]] = defaultdict(set)
    written_cols: list[str] = []
    for path in tables:
        t = read_estat_csv(path, overrides)
        rec = Reconciliation("estat-census", path.name)
        rec.notes.append(t.mapping_note)
        res = aggregate_table(t, towns, muni5, rec, ds.threshold)
        for c in res.columns:
            if c in written_cols:
                # the same column from two tables must agree (e.g. population in T001081 and T001082)
                diffs = [d for d in res.districts if c not in res.suppressed.get(d, set()) and c not in supp[d]
                         and combined.get(d, {}).get(c) is not None and abs(combined[d][c] - res.values.get(d, {}).get(c, 0)) > 0.5]
                if diffs:
                    rec.notes.append(f"{c} が前の表と {len(diffs)} 地区で違います（前の表の値を使いました）")
                continue
            written_cols.append(c)
            for d in res.districts:
                combined.setdefault(d, {})[c] = res.values.get(d, {}).get(c, 0.0)
                if c in res.suppressed.get(d, set()):
                    supp[d].add(c)
        recons.append(rec)
    rows = []
    for d in sorted(combined):
        row: dict[str, Any] = {"district_code": d, "fiscal_year": fiscal_year}
        for c in written_cols:
            row[c] = fmt_count(combined[d].get(c), c in supp[d])
        rows.append(row)
    updated, added = merge_district_stats(ds.path / "district_stats.csv", rows, written_cols)
    recons[-1].outputs["district_stats.csv"] = len(rows)
    recons[-1].notes.append(f"district_stats.csv: {fiscal_year} 年度 {added} 行追加・{updated} 行更新（列 {', '.join(written_cols)}）")
    if boundary is not None:
        recons.append(dissolve_boundary(boundary, towns, ds))
    return recons


def dissolve_boundary(path: Path, towns: TownResolver, ds: Dataset) -> Reconciliation:
    """e-Stat 境界データ (町丁・字等 polygons keyed by KEY_CODE) dissolved into districts.geojson."""
    import shapely
    from shapely.geometry import mapping

    gdf, note = read_geodata(path)
    rec = Reconciliation("estat-census(境界)", path.name)
    rec.rows_read = len(gdf)
    if note:
        rec.notes.append(note)
    if "KEY_CODE" not in gdf.columns:
        raise UserError(f"{path.name}: 境界データに列 KEY_CODE がありません（見つかった列: {', '.join(map(str, gdf.columns))}）")
    if gdf.crs is None:
        rec.notes.append("座標系の指定（.prj）がないため JGD2011 経緯度 (EPSG:6668) とみなしました")
        gdf = gdf.set_crs("EPSG:6668")
    gdf = gdf.to_crs(ds.crs)
    muni5 = ds.municipality_code5
    name_col = next((c for c in ("S_NAME", "NAME", "MOJI") if c in gdf.columns), None)
    parts: dict[str, list] = defaultdict(list)
    for i, row in enumerate(gdf.itertuples(index=False)):
        r = row._asdict()
        key = unicodedata.normalize("NFKC", str(r.get("KEY_CODE") or "")).strip()
        if key.endswith(".0"):
            key = key[:-2]
        if not key.startswith(muni5):
            rec.reject(i + 1, "KEY_CODE", key, "対象の市町村外")
            continue
        geom = r.get("geometry")
        if geom is None or geom.is_empty:
            rec.reject(i + 1, "geometry", key, "形状がありません")
            continue
        keys = [key]
        name = r.get(name_col) if name_col else None
        d = None
        for k in keys:
            d = towns.resolve(key=k)
            if d:
                break
        d = d or towns.resolve(name=name)
        if d is None:
            rec.reject(i + 1, "KEY_CODE", key, f"境界の町丁「{name or ''}（KEY_CODE {key}）」が町丁→地区の対応表にありません")
            continue
        parts[d].append(shapely.make_valid(geom) if not geom.is_valid else geom)
        rec.rows_used += 1
    if not parts:
        raise UserError(f"{path.name}: 対応表の地区に入る町丁の境界が 1 つもありません（KEY_CODE と対応表を確認してください）")
    existing = ds.district_names()
    features = []
    nameless = []
    for d in sorted(parts):
        geom = shapely.union_all(parts[d])
        name = towns.district_names.get(d) or existing.get(d)
        if not name:
            nameless.append(d)
        features.append({"type": "Feature", "properties": {"district_code": d, "district_name": name or d},
                         "geometry": mapping(geom)})
    if nameless:
        rec.notes.append(f"地区名が分からないため地区コードを名前にしました: {', '.join(nameless)}（対応表に district_name 列を足すと入ります）")
    out = ds.path / "districts.geojson"
    if out.exists():
        rec.notes.append("既存の districts.geojson を置き換えました")
    fc = {"type": "FeatureCollection", "name": "districts", "features": features}
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    tmp.replace(out)
    rec.outputs[out.name] = len(features)
    return rec
