"""地区 and 小学校区: polygons (repaired or rejected) or, in tabular-only mode, code lists."""
from __future__ import annotations

import math
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import GeometryCollection, MultiPolygon, Polygon

from indicators.errors import UserError
from indicators.raw.csvfile import CsvTable
from indicators.staging import checks
from indicators.staging.common import Staged

KINDS = {
    "district": {"code": "district_code", "name": "district_name",
                 "extra": {"area_block": "text"}},
    "school": {"code": "school_code", "name": "school_name",
               "extra": {"school_kind": "text", "school_lon": "float", "school_lat": "float"}},
}
CONFIDENCE = {"confirmed", "likely"}


def _code_text(v: Any) -> str | None:
    """Property values may arrive as numbers; 101.0 → '101'."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return s or None


def _polygonal(geom: Any) -> Any:
    """Polygonal part of a (repaired) geometry, or None."""
    if geom is None or geom.is_empty:
        return None
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    if isinstance(geom, GeometryCollection):
        parts = [g for g in geom.geoms if isinstance(g, (Polygon, MultiPolygon)) and not g.is_empty]
        if not parts:
            return None
        u = shapely.union_all(parts)
        return u if isinstance(u, (Polygon, MultiPolygon)) else None
    return None


def stage_area_polygons(gdf: gpd.GeoDataFrame, kind: str, source_file: str) -> Staged:
    """Validate area polygons: required code/name properties, duplicates, geometry repair."""
    k = KINDS[kind]
    code_col, name_col = k["code"], k["name"]
    missing = [c for c in (code_col, name_col) if c not in gdf.columns]
    if missing:
        found = ", ".join(c for c in gdf.columns if c not in ("geometry", "feature_no"))
        raise UserError(
            f"{source_file}: 必須の属性（列） {', '.join(missing)} がありません（見つかった属性: {found}。"
            "別名なら dataset.yaml の columns: で対応付けてください）"
        )
    st = Staged(source_file, len(gdf), pd.DataFrame())
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for rec in gdf.to_dict("records"):
        line = int(rec["feature_no"])
        code = _code_text(rec.get(code_col))
        geom = rec.get("geometry")
        bad = False
        if code is None:
            st.reject(line, code_col, None, "コードが空です")
            bad = True
        elif code in seen:
            st.reject(line, code_col, code, "コードが重複しています（先の地物を採用）")
            bad = True
        conf = _code_text(rec.get("name_confidence"))
        if conf is not None and conf not in CONFIDENCE:
            st.reject(line, "name_confidence", conf, "name_confidence は confirmed か likely です")
            bad = True
        extras: dict[str, Any] = {}
        for col, ckind in k["extra"].items():
            v = rec.get(col)
            if ckind == "float" and v is not None and not (isinstance(v, float) and math.isnan(v)):
                try:
                    extras[col] = float(v)
                except (TypeError, ValueError):
                    st.reject(line, col, v, "数値として読めません")
                    bad = True
            else:
                extras[col] = _code_text(v)
        if geom is None or geom.is_empty:
            st.reject(line, "geometry", None, "図形がありません")
            bad = True
        elif not np.isfinite(shapely.get_coordinates(geom)).all():  # GEOS fails on NaN/Inf (make_valid)
            st.reject(line, "geometry", None, "座標に数値でない値（NaN・無限大）があります")
            bad = True
        else:
            fixed = geom
            if not geom.is_valid:
                why = shapely.is_valid_reason(geom)
                fixed = _polygonal(shapely.make_valid(geom))
                if fixed is None:
                    st.reject(line, "geometry", why, "不正な図形で、修復できません")
                    bad = True
                else:
                    st.note(line, "geometry", why, "不正な図形を修復しました（make_valid）")
            else:
                fixed = _polygonal(geom)
                if fixed is None:
                    st.reject(line, "geometry", geom.geom_type, "面（ポリゴン）ではありません")
                    bad = True
            geom = fixed
        if bad:
            continue
        seen.add(code)
        name = rec.get(name_col)
        rows.append({"line_number": line, code_col: code,
                     name_col: None if name is None or (isinstance(name, float) and math.isnan(name)) else str(name).strip(),
                     "name_confidence": conf, **extras, "geometry": geom})
    cols = ["line_number", code_col, name_col, "name_confidence", *k["extra"], "geometry"]
    st.clean = gpd.GeoDataFrame(pd.DataFrame(rows, columns=cols), geometry="geometry", crs=gdf.crs)
    return st


def add_area_measures(gdf: gpd.GeoDataFrame, metric_crs: str) -> gpd.GeoDataFrame:
    """area_km2 and centroid lon/lat (centroid computed in the metric CRS)."""
    out = gdf.copy()
    if len(out) == 0:
        out["area_km2"] = pd.Series(dtype="float64")
        out["centroid_lon"] = pd.Series(dtype="float64")
        out["centroid_lat"] = pd.Series(dtype="float64")
        return out
    m = out.geometry.to_crs(metric_crs)
    out["area_km2"] = m.area / 1e6
    c = m.centroid.to_crs(out.crs)
    out["centroid_lon"] = c.x
    out["centroid_lat"] = c.y
    return out


def stage_area_table(table: CsvTable, kind: str) -> Staged:
    """Tabular-only mode (extension): districts.csv / school_districts.csv with codes and names."""
    st = checks.stage({"district": "districts", "school": "school_districts"}[kind], table,
                      malformed_reason=("{n}", "列数がヘッダーより多い行です"))
    st.sort_rejected()
    return st
