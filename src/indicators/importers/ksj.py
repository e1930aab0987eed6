"""国土数値情報 小学校区 (A27) / 中学校区 (A32) → school_districts.geojson.

The attribute layout differs between releases, so it is detected from the column names
(and, for the current release, from 学校コード-shaped values) and printed. Known layouts:

| layout | 行政区域コード | 設置主体 | 学校コード | 名称 | 所在地 |
|---|---|---|---|---|---|
| A27 第3.0版 (A27-21, A27-23) | A27_001 | A27_002 | A27_003 | A27_004 | A27_005 |
| A27 第2版 面 (A27-10, A27-16 SchoolDistrict) | A27_005 | A27_006 | – | A27_007 | A27_008 |
| A27 旧版 (名称が A27_003) | A27_001 | A27_002 | – | A27_003 | A27_004 |
| A32 第3.0版 (A32-21, A32-23) | A32_001 | A32_002 | A32_003 | A32_004 | A32_005 |
| A32 第2版 面 (A32-16) | A32_006 | A32_007 | – | A32_008 | A32_009 |
| A32 第1版 (A32-13) | A32_001 | A32_002 | – | A32_003 | A32_004 |
| 日本語の列名 (変換済みファイル) | 行政区域コード | 設置主体 | 学校コード | 名称 | 所在地 |
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indicators.errors import UserError
from indicators.importers.common import Dataset, Reconciliation, norm_name, read_geodata

SCHOOL_CODE_RE = re.compile(r"^[A-H]\d{12}$")  # 文部科学省 学校コード (13 characters)
OUTPUT_FILES = {"elementary": "school_districts.geojson", "junior": "junior_school_districts.geojson"}


@dataclass(frozen=True)
class Layout:
    label: str
    level: str | None  # 'elementary' | 'junior' | None (unknown from the names)
    code: str
    owner: str
    name: str
    address: str
    school_code: str | None = None


def _v3(p: str, level: str, label: str) -> Layout:
    return Layout(label, level, f"{p}_001", f"{p}_002", f"{p}_004", f"{p}_005", f"{p}_003")


LAYOUTS_CODED = [
    _v3("A27", "elementary", "A27 第3.0版（令和3年以降: A27-21/A27-23、学校コードあり）"),
    _v3("A32", "junior", "A32 第3.0版（令和3年以降: A32-21/A32-23、学校コードあり）"),
    Layout("日本語の列名（学校コードあり）", None, "行政区域コード", "設置主体", "名称", "所在地", "学校コード"),
]
LAYOUTS_PLAIN = [
    Layout("A27 第2版 面（平成22・28年: A27-10/A27-16 SchoolDistrict、A27_005〜008）", "elementary",
           "A27_005", "A27_006", "A27_007", "A27_008"),
    Layout("A27 旧版（名称が A27_003、学校コードなし）", "elementary", "A27_001", "A27_002", "A27_003", "A27_004"),
    Layout("A32 第2版 面（平成28年: A32-16、A32_006〜009）", "junior", "A32_006", "A32_007", "A32_008", "A32_009"),
    Layout("A32 第1版（平成25年: A32-13、名称が A32_003）", "junior", "A32_001", "A32_002", "A32_003", "A32_004"),
    Layout("日本語の列名（学校コードなし）", None, "行政区域コード", "設置主体", "名称", "所在地"),
]


def _code_like_share(values: list[Any]) -> float:
    vals = [unicodedata.normalize("NFKC", str(v)).strip() for v in values if v is not None and str(v).strip()]
    if not vals:
        return 0.0
    return sum(bool(SCHOOL_CODE_RE.match(v)) for v in vals) / len(vals)


def detect_layout(columns: list[str], sample: dict[str, list[Any]], source: str) -> Layout:
    """The release layout from column names; 学校コード columns must hold code-shaped values."""
    cols = set(columns)
    for lay in LAYOUTS_CODED:
        need = {lay.code, lay.owner, lay.name, lay.address, lay.school_code}
        if need <= cols and _code_like_share(sample.get(lay.school_code, [])) >= 0.8:
            return lay
    for lay in LAYOUTS_PLAIN:
        if {lay.code, lay.owner, lay.name, lay.address} <= cols:
            # 第2版 面 must not be mistaken for 第3.0版 columns A27_001..005 (which include A27_005)
            if lay.code.endswith("_005") and f"{lay.code[:3]}_001" in cols:
                continue
            # 旧版: the name column must hold names, not 学校コード (a 第3.0版 file with odd codes)
            if lay.name.endswith("_003") and _code_like_share(sample.get(lay.name, [])) >= 0.2:
                continue
            return lay
    attrs = ", ".join(c for c in columns if c != "geometry") or "なし"
    raise UserError(
        f"{source}: 国土数値情報 A27/A32 の属性の並びを判別できません（見つかった列: {attrs}）。"
        "対応している版は docs/importers.md を参照してください"
    )


def _muni5(v: Any) -> str:
    s = unicodedata.normalize("NFKC", "" if v is None else str(v)).strip()
    if s.endswith(".0"):
        s = s[:-2]
    if s.isdigit() and len(s) < 5:
        s = s.zfill(5)  # numeric attribute lost its leading zero (e.g. 8542 → 08542)
    return s[:5]


def _kind(name: str, level: str) -> str:
    if "義務教育学校" in name:
        return "義務教育学校"
    return "小学校" if level == "elementary" else "中学校"


# 国土数値情報 学校 (P29): 行政区域コード, 学校コード, 学校分類, 名称, 所在地
P29_LAYOUT = Layout("P29 学校（位置）", None, "P29_001", "P29_003", "P29_004", "P29_005", "P29_002")


def school_points(path: Path, ds: Dataset, rec: Reconciliation) -> list[tuple[int, str, str, float, float]]:
    """(feature no, school code or '', name, lon, lat) of the municipality's school points."""
    gdf, note = read_geodata(path)
    rec.rows_read = len(gdf)
    if note:
        rec.notes.append(note)
    cols = [c for c in gdf.columns if c != "geometry"]
    if {P29_LAYOUT.code, P29_LAYOUT.school_code, P29_LAYOUT.name} <= set(cols):
        lay = P29_LAYOUT
    else:
        lay = detect_layout(cols, {c: gdf[c].head(200).tolist() for c in cols}, path.name)
    rec.notes.append(f"学校位置の形式: {lay.label}")
    if gdf.crs is None:
        gdf = gdf.set_crs("EPSG:6668")
    gdf = gdf.to_crs(ds.crs)
    out = []
    for i, row in enumerate(gdf.itertuples(index=False)):
        r = row._asdict()
        code = _muni5(r.get(lay.code))
        g = r.get("geometry")
        if code != ds.municipality_code5:
            rec.reject(i + 1, lay.code, r.get(lay.code), f"対象の市町村外（行政区域コード「{code}」）")
        elif g is None or g.is_empty or g.geom_type != "Point":
            rec.reject(i + 1, "geometry", "", "点の形状ではありません")
        else:
            scode = unicodedata.normalize("NFKC", str(r.get(lay.school_code) or "")).strip() if lay.school_code else ""
            out.append((i + 1, scode, unicodedata.normalize("NFKC", str(r.get(lay.name) or "")).strip(), g.x, g.y))
    return out


def import_ksj_schools(input_path: Path, ds: Dataset, level: str | None = None,
                       points: Path | None = None) -> tuple[Reconciliation, Layout, Path]:
    """Keep the dataset's municipality, dissolve per school, write the GeoJSON; returns the reconciliation.

    With `points` (A27/A32 point layer or P29 学校), each school also gets school_lon / school_lat,
    matched by 学校コード when both files have one, else by name; that file's reconciliation is
    appended to the returned one's `extra`.
    """
    import shapely
    from shapely.geometry import mapping

    gdf, enc_note = read_geodata(input_path)
    rec = Reconciliation("ksj-schools", input_path.name)
    rec.rows_read = len(gdf)
    cols = [c for c in gdf.columns if c != "geometry"]
    sample = {c: gdf[c].head(200).tolist() for c in cols}
    lay = detect_layout(cols, sample, input_path.name)
    if level is None:
        level = lay.level or "elementary"
    elif lay.level and lay.level != level:
        raise UserError(
            f"{input_path.name}: --level {level} が指定されましたが、ファイルは"
            f"{'小学校区 (A27)' if lay.level == 'elementary' else '中学校区 (A32)'}の形式です"
        )
    if enc_note:
        rec.notes.append(enc_note)
    rec.notes.append(f"属性の形式: {lay.label}")
    if gdf.crs is None:
        rec.notes.append("座標系の指定（.prj）がないため JGD2011 経緯度 (EPSG:6668) とみなしました")
        gdf = gdf.set_crs("EPSG:6668")
    gdf = gdf.to_crs(ds.crs)
    if any(g is not None and g.geom_type in ("Point", "MultiPoint") for g in gdf.geometry.head(20)):
        raise UserError(f"{input_path.name}: 学校の位置（点）のデータです。通学区域の面データ（SchoolDistrict / 面）を指定してください")

    target = ds.municipality_code5
    existing = {norm_name(n): c for c, n in (ds.school_names() if level == "elementary" else {}).items()}
    groups: dict[str, dict[str, Any]] = {}
    repaired = 0
    for i, row in enumerate(gdf.itertuples(index=False)):
        line = i + 1  # feature number (1-based)
        r = row._asdict()
        code = _muni5(r.get(lay.code))
        if code != target:
            rec.reject(line, lay.code, r.get(lay.code), f"対象の市町村外（行政区域コード「{code}」、対象は {target}）")
            continue
        name = unicodedata.normalize("NFKC", str(r.get(lay.name) or "")).strip()
        if not name:
            rec.reject(line, lay.name, "", "学校名（名称）が空です")
            continue
        geom = r.get("geometry")
        if geom is None or geom.is_empty:
            rec.reject(line, "geometry", "", "形状がありません")
            continue
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
            repaired += 1
        if lay.school_code:
            scode = unicodedata.normalize("NFKC", str(r.get(lay.school_code) or "")).strip()
            if not scode:
                rec.reject(line, lay.school_code, "", "学校コードが空です")
                continue
        else:
            scode = existing.get(norm_name(name)) or f"{target}-{name}"
        g = groups.setdefault(scode, {"name": name, "owner": r.get(lay.owner), "address": r.get(lay.address), "geoms": []})
        if g["name"] != name:
            rec.notes.append(f"学校コード {scode} に複数の名称（{g['name']} / {name}）があります。最初の名称を使いました")
        g["geoms"].append(geom)
        rec.rows_used += 1
    if repaired:
        rec.notes.append(f"不正な形状 {repaired} 件を修復しました（shapely.make_valid）")
    if not lay.school_code:
        rec.notes.append("この版には学校コードがないため、school_code は既存の school_districts.geojson の同名校、なければ「市町村コード-学校名」にしました")
    if not groups:
        raise UserError(f"{input_path.name}: 行政区域コード {target} の学校区が 1 件もありません（列 {lay.code}）。dataset.yaml の municipality_code を確認してください")

    located: dict[str, tuple[float, float]] = {}
    if points is not None:
        prec = Reconciliation("ksj-schools(位置)", points.name)
        by_name = {norm_name(g["name"]): sc for sc, g in groups.items()}
        for line, pcode, pname, x, y in school_points(points, ds, prec):
            sc = pcode if pcode in groups else by_name.get(norm_name(pname))
            if sc is None:
                prec.reject(line, "名称", pname, f"学校区のない学校「{pname}」（中学校・高校など、または名称の違い）")
            elif sc in located:
                prec.reject(line, "名称", pname, f"同じ学校「{pname}」の位置が重複しています（最初の点を使いました）")
            else:
                located[sc] = (x, y)
                prec.rows_used += 1
        missing = [groups[sc]["name"] for sc in groups if sc not in located]
        if missing:
            prec.notes.append(f"位置が見つからなかった学校: {', '.join(missing)}")
        rec.extra.append(prec)

    features = []
    for scode, g in sorted(groups.items()):
        geom = shapely.union_all(g["geoms"]) if len(g["geoms"]) > 1 else g["geoms"][0]
        features.append({
            "type": "Feature",
            "properties": {
                "school_code": scode, "school_name": g["name"], "school_kind": _kind(g["name"], level),
                "owner": None if g["owner"] is None else str(g["owner"]),
                "address": None if g["address"] is None else str(g["address"]),
                "source": f"国土数値情報 {input_path.name}",
                "school_lon": located.get(scode, (None, None))[0],
                "school_lat": located.get(scode, (None, None))[1],
            },
            "geometry": mapping(geom),
        })
    out = ds.path / OUTPUT_FILES[level]
    fc = {"type": "FeatureCollection", "name": out.stem, "features": features}
    if ds.crs.upper() not in ("EPSG:6668", "EPSG:4326", "OGC:CRS84"):
        fc["crs"] = {"type": "name", "properties": {"name": ds.crs}}
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    tmp.replace(out)
    rec.outputs[out.name] = len(features)
    if level == "junior":
        rec.notes.append("中学校区は契約外の追加ファイル junior_school_districts.geojson に書きました（school_districts.geojson は小学校区）")
    return rec, lay, out
