"""Facility lists (CSV / xlsx with 名称・住所・種別 in Japanese) → resources.csv.

種別 is mapped to `resource_type` through the vocabulary's labels and synonyms
(indicators/vocabulary.py) or an editable CSV given as --types. A row is placed by 緯度/経度, by
地区 (code or name) or by 小学校区 (code or name); a row with none of these is reported, never guessed. Geocoding with jageocoder is used only
when that package and its dictionary are installed (it is not required).
"""
from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from indicators.errors import UserError
from indicators.importers.common import (
    RESOURCES_COLUMNS, Dataset, Reconciliation, norm_name, read_table_rows, write_table,
)
from indicators.raw.cells import parse_fiscal_year, parse_float
from indicators.raw.csvfile import header_summary, read_csv
from indicators.vocabulary import RESOURCE_TYPES, SYNONYMS

ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("名称", "施設名", "名前", "団体名", "事業名", "name"),
    "address": ("住所", "所在地", "開催場所", "address"),
    "type": ("種別", "種類", "区分", "分類", "resource_type"),
    "lat": ("緯度", "lat", "latitude"),
    "lon": ("経度", "lon", "lng", "longitude"),
    "district": ("地区", "地区名", "地区コード", "district_code", "公民館地区"),
    "school": ("小学校区", "校区", "小学校区名", "school_code"),
    "id": ("ID", "id", "番号", "resource_id"),
    "opened_fy": ("開設年度", "開始年度", "opened_fy"),
    "closed_fy": ("廃止年度", "終了年度", "closed_fy"),
    "frequency": ("開催頻度", "頻度", "frequency"),
    "note": ("備考", "note"),
}


def load_types(path: Path | None = None) -> tuple[dict[str, str], set[str]]:
    """type_ja → resource_type (the vocabulary's own Japanese labels, then the synonyms: the
    vocabulary's, or those of the CSV `path` instead); the second value lists resource_types outside
    the contract vocabulary."""
    out: dict[str, str] = {norm_name(v["label_ja"]): k for k, v in RESOURCE_TYPES.items()}
    if path is None:
        return out | {norm_name(s): k for k, names in SYNONYMS.items() for s in names}, set()
    t = read_csv(path)
    if not {"type_ja", "resource_type"} <= set(t.header):
        raise UserError(f"{path.name}: 列 type_ja と resource_type が必要です（見つかった列: {header_summary(t.header)}）")
    for line, r in t.records:
        k, v = norm_name(r["type_ja"]), r["resource_type"].strip()
        if not k or not v:
            raise UserError(f"{path.name}: {line} 行目の type_ja か resource_type が空です")
        out[k] = v
    return out, {v for v in out.values() if v not in RESOURCE_TYPES}


def _read_rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """Header and rows (with their line/row numbers) of a CSV or the first sheet of an xlsx."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            ws = load_workbook(path, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises several types
            raise UserError(f"{path.name}: Excel (xlsx) ファイルとして読めません（{exc}）") from exc
        grid = [list(r) for r in ws.iter_rows(values_only=True)]
        names = {norm_name(a) for a in ALIASES["name"]}
        hi = next((i for i, r in enumerate(grid) if any(v is not None and norm_name(v) in names for v in r)), None)
        if hi is None:
            raise UserError(f"{path.name}: 見出し行（名称・住所・種別）が見つかりません")
        header = [norm_name(v) if v is not None else "" for v in grid[hi]]
        rows = []
        for i in range(hi + 1, len(grid)):
            r = grid[i]
            if all(v is None or not str(v).strip() for v in r):
                continue
            rows.append((i + 1, {h: r[j] if j < len(r) else None for j, h in enumerate(header) if h}))
        return header, rows
    t = read_csv(path)
    header = [norm_name(h) for h in t.header]
    names = {norm_name(a) for a in ALIASES["name"]}
    if not names & set(header):
        # a title line above the header (common in published lists): find the header row
        from indicators.importers.common import csv_rows, read_text_file

        all_rows = csv_rows(read_text_file(path)[0])
        hi = next((i for i, (_l, r) in enumerate(all_rows[:15]) if names & {norm_name(v) for v in r}), None)
        if hi is not None:
            header = [norm_name(v) for v in all_rows[hi][1]]
            rows = []
            for line, r in all_rows[hi + 1:]:
                if not r or all(not v.strip() for v in r):
                    continue
                if len(r) > len(header) and any(v.strip() for v in r[len(header):]):
                    rows.append((line, {"__malformed__": True}))
                    continue
                rows.append((line, {h: (r[j] if j < len(r) else "") for j, h in enumerate(header) if h}))
            return header, rows
    rows = [(line, {norm_name(k): v for k, v in r.items()}) for line, r in t.records]
    for line, _n in t.malformed:
        rows.append((line, {"__malformed__": True}))
    return header, rows


def _col(header: list[str], key: str) -> str | None:
    for a in ALIASES[key]:
        if norm_name(a) in header:
            return norm_name(a)
    return None


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v == int(v):
        v = int(v)
    return unicodedata.normalize("NFKC", str(v)).strip()


def jageocoder_status() -> tuple[Any | None, str]:
    """(module, message): jageocoder is optional and needs a separately installed dictionary."""
    try:
        import jageocoder  # type: ignore[import-not-found]
    except ImportError:
        return None, "jageocoder は入っていないため、住所からの位置付け（ジオコーディング）はしていません"
    try:
        jageocoder.init()
    except Exception:  # no dictionary installed
        return None, "jageocoder はありますが住所辞書が入っていないため、ジオコーディングはしていません"
    return jageocoder, "jageocoder で住所から緯度経度を求めました"


def import_facilities(path: Path, ds: Dataset, types_path: Path | None = None) -> Reconciliation:
    types, odd = load_types(types_path)
    header, rows = _read_rows(path)
    c = {k: _col(header, k) for k in ALIASES}
    missing = [ALIASES[k][0] for k in ("name", "type") if c[k] is None]
    if missing:
        raise UserError(f"{path.name}: 必須の列 {', '.join(missing)} がありません（見つかった列: {', '.join(h for h in header if h)}）")
    rec = Reconciliation("facilities", path.name)
    if odd:
        rec.notes.append(f"対応表に契約の語彙にない resource_type があります: {', '.join(sorted(odd))}（docs/importers.md 参照）")
    districts = ds.district_names()
    dcodes = ds.known_district_codes()
    d_by_name = {norm_name(n): code for code, n in districts.items()}
    d_by_name.update({norm_name(n).removesuffix("地区"): code for code, n in districts.items()})
    schools = ds.school_names()
    s_by_name = {norm_name(n): code for code, n in schools.items()}
    s_by_name.update({norm_name(n).removesuffix("小学校"): code for code, n in schools.items()})
    geo, geo_msg = (None, "")
    out_rows: list[dict[str, Any]] = []
    seen_ids: set[str] = set()
    for line, r in rows:
        rec.rows_read += 1
        if r.get("__malformed__"):
            rec.reject(line, "", "", "列の数が見出しより多い行です")
            continue
        name = _text(r.get(c["name"]))
        if not name:
            rec.reject(line, c["name"], "", "名称が空です")
            continue
        tja = _text(r.get(c["type"]))
        rtype = types.get(norm_name(tja))
        if rtype is None:
            rec.reject(line, c["type"], tja, f"種別「{tja}」が種別の対応表にありません（--types の対応表 CSV に行を足してください）")
            continue
        address = _text(r.get(c["address"])) if c["address"] else ""
        lat = lon = None
        if c["lat"] and c["lon"] and (_text(r.get(c["lat"])) or _text(r.get(c["lon"]))):
            la, lo = parse_float(_text(r.get(c["lat"]))), parse_float(_text(r.get(c["lon"])))
            if la.status != "ok" or lo.status != "ok" or not (20 <= la.value <= 46 and 122 <= lo.value <= 154):
                rec.reject(line, f"{c['lat']}/{c['lon']}", f"{_text(r.get(c['lat']))},{_text(r.get(c['lon']))}",
                           "緯度経度が数値でないか日本の範囲外です（緯度と経度が逆ではありませんか）")
                continue
            lat, lon = la.value, lo.value
        district = None
        if c["district"] and (dv := _text(r.get(c["district"]))):
            district = dv if dv in dcodes else d_by_name.get(norm_name(dv)) or d_by_name.get(norm_name(dv).removesuffix("地区"))
            if district is None:
                hint = "" if districts else "（地区名で照合するには districts.geojson が必要です）"
                rec.reject(line, c["district"], dv, f"地区「{dv}」が districts.geojson / district_stats.csv にありません{hint}")
                continue
        school = None
        if c["school"] and (sv := _text(r.get(c["school"]))):
            school = sv if sv in schools else s_by_name.get(norm_name(sv)) or s_by_name.get(norm_name(sv).removesuffix("小学校"))
            if school is None:
                hint = "" if schools else "（先に welfare import ksj-schools で school_districts.geojson を作ってください）"
                rec.reject(line, c["school"], sv, f"小学校区「{sv}」が school_districts.geojson にありません{hint}")
                continue
        if lat is None and district is None and school is None and address:
            if geo_msg == "":
                geo, geo_msg = jageocoder_status()
                rec.notes.append(geo_msg)
            if geo is not None:
                found = geo.search(address)
                cands = found.get("candidates") if isinstance(found, dict) else None
                if cands:
                    lat, lon = cands[0].get("y"), cands[0].get("x")
        if lat is None and district is None and school is None:
            rec.reject(line, c["address"] or c["name"], address or name,
                       "位置を決められません（緯度経度・地区・小学校区がなく、住所の自動位置付けもできません）")
            continue
        rid = _text(r.get(c["id"])) if c["id"] else ""
        if not rid:
            # stable id: re-importing the same list updates rows instead of duplicating them
            rid = "F" + hashlib.sha1(f"{rtype}|{name}|{address}".encode()).hexdigest()[:10]
        if rid in seen_ids:
            rec.reject(line, c["id"] or "resource_id", rid, "同じファイルの中で ID（または 種別・名称・住所）が重複しています")
            continue
        seen_ids.add(rid)
        fy = {}
        for k in ("opened_fy", "closed_fy"):
            raw = _text(r.get(c[k])) if c[k] else ""
            cell = parse_fiscal_year(raw) if raw else None
            fy[k] = cell.value if cell is not None and cell.status == "ok" else None
            if cell is not None and cell.status == "invalid":
                rec.notes.append(f"{line} 行目: {c[k]}「{raw}」を年度として読めないため空にしました")
        notes = [n for n in (_text(r.get(c["note"])) if c["note"] else "", f"住所: {address}" if address else "") if n]
        out_rows.append({
            "resource_id": rid, "resource_type": rtype, "name": name, "district_code": district, "school_code": school,
            "lat": lat, "lon": lon, "opened_fy": fy["opened_fy"], "closed_fy": fy["closed_fy"],
            "frequency": _text(r.get(c["frequency"])) if c["frequency"] else None, "note": " / ".join(notes) or None,
        })
        rec.rows_used += 1
    target = ds.path / "resources.csv"
    header_old, old = read_table_rows(target)
    extra = [h for h in header_old if h not in RESOURCES_COLUMNS]
    new_ids = {r["resource_id"] for r in out_rows}
    kept = [r for r in old if r.get("resource_id") not in new_ids]
    replaced = len(old) - len(kept)
    write_table(target, RESOURCES_COLUMNS + extra, kept + out_rows)
    rec.outputs["resources.csv"] = len(out_rows)
    rec.notes.append(f"resources.csv: 追加 {len(out_rows) - replaced} 行・更新 {replaced} 行（既存 {len(kept)} 行はそのまま）")
    return rec
