"""Resources without coordinates: one documented position, applied once in the build (issue 20).

A resource given only a 地区 or 小学校区 code used to be left out of every distance, so an area
served by one looked unserved (and the siting solver proposed a site right there). Now:

  a resource without lat/lon is placed at the households-weighted centre of the 町内会 points of
  its area — the 地区 when its district code was given, else the 小学校区 — falling back to the
  plain centre of those points (no household counts), then to the area's centroid; it is flagged
  `position_source` = 'district_centre' | 'school_centre' and `position_approximate` = true.
  Resources with their own point keep it ('given'); a resource whose area has neither points nor
  a centroid stays without a position (`position_source` NULL) and is still left out.

The codes are not re-resolved from the placed point: the given code stays the truth. The build
calls `placed_frame` once, before accessibility starts and before the resources are written, so
table `resources` holds these positions and accessibility, 2SFCA, siting and the dashboard all
measure from the same points. Lon/lat are in the dataset CRS (a weighted mean of lon/lat is
exact enough at a city's scale: the error is far below a 町内会's extent).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

POSITION_SOURCES = {"given": "座標あり", "district_centre": "地区の中心に推定", "school_centre": "小学校区の中心に推定"}
TREATMENT_JA = "地区（なければ小学校区）の町内会の世帯数で重み付けした中心（町内会の座標がなければ区域の重心）"
POSITION_LABEL_JA = f"座標のない資源は、{TREATMENT_JA}に置いた推定位置で距離を計算しています"


def _codes(s: pd.Series | None, n: int) -> pd.Series:
    """Codes as object strings, None for missing or empty (vectorised: a national file has a million rows)."""
    if s is None:
        return pd.Series([None] * n, dtype=object)
    out = s.astype("string").reset_index(drop=True)
    out = out.mask(out.str.len() == 0)
    return out.astype(object).where(out.notna(), None)


def area_centres(points: pd.DataFrame, code_col: str, areas: pd.DataFrame | None, area_col: str) -> pd.DataFrame:
    """Per area code: lon, lat of the households-weighted centre of its points, else their plain
    centre, else the area's centroid (`centroid_lon/lat` of `areas`). Index = code."""
    parts = []
    if len(points) and code_col in points.columns:
        p = points.assign(code=_codes(points[code_col], len(points)).to_numpy())
        p = p[p["code"].notna() & p["lon"].notna() & p["lat"].notna()]
        if len(p):
            w = pd.to_numeric(p.get("households"), errors="coerce").fillna(0.0).clip(lower=0.0) \
                if "households" in p.columns else pd.Series(0.0, index=p.index)
            g = pd.DataFrame({"code": p["code"], "w": w, "wx": w * p["lon"], "wy": w * p["lat"],
                              "x": p["lon"], "y": p["lat"]}).groupby("code", sort=True)
            s = g[["w", "wx", "wy"]].sum()
            m = g[["x", "y"]].mean()
            weighted = s["w"] > 0
            lon = np.where(weighted, s["wx"] / s["w"].where(weighted, 1.0), m["x"])
            lat = np.where(weighted, s["wy"] / s["w"].where(weighted, 1.0), m["y"])
            parts.append(pd.DataFrame({"lon": lon, "lat": lat}, index=s.index))
    if areas is not None and len(areas) and {"centroid_lon", "centroid_lat"} <= set(areas.columns):
        a = areas.assign(code=_codes(areas[area_col], len(areas)).to_numpy())
        a = a[a["code"].notna() & a["centroid_lon"].notna() & a["centroid_lat"].notna()]
        parts.append(pd.DataFrame({"lon": a["centroid_lon"].astype(float).to_numpy(),
                                   "lat": a["centroid_lat"].astype(float).to_numpy()}, index=a["code"].to_numpy()))
    if not parts:
        return pd.DataFrame({"lon": [], "lat": []})
    out = pd.concat(parts)
    return out[~out.index.duplicated(keep="first")]  # points first, centroid only where none


def place_uncoordinated(
    resources: pd.DataFrame,
    assocs: pd.DataFrame,
    districts: pd.DataFrame | None = None,
    schools: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """`resources` with lat/lon filled for rows that lack them (see the module docstring) and the
    columns `position_source`, `position_approximate`. Same rows, same order.

    resources: lat, lon, district_code, school_code (given codes; with `district_code_source`
    present only a 'given' district code chooses the 地区). assocs: lon, lat, households,
    district_code, school_code. districts / schools: district_code / school_code, centroid_lon, centroid_lat.
    """
    n = len(resources)
    out = resources.copy(deep=False)
    lat = pd.to_numeric(out["lat"], errors="coerce").to_numpy(dtype=float, na_value=np.nan).copy() if "lat" in out else np.full(n, np.nan)
    lon = pd.to_numeric(out["lon"], errors="coerce").to_numpy(dtype=float, na_value=np.nan).copy() if "lon" in out else np.full(n, np.nan)
    has = ~np.isnan(lat) & ~np.isnan(lon)
    source = np.full(n, None, dtype=object)
    source[has] = "given"
    approximate = np.zeros(n, dtype=bool)
    missing = np.flatnonzero(~has)
    if len(missing):
        sub = out.iloc[missing]  # codes of the rows to place only (a national file has a million rows)
        d = _codes(sub.get("district_code"), len(sub))
        if "district_code_source" in sub.columns:
            d = d.where(_codes(sub["district_code_source"], len(sub)).fillna("given").eq("given").to_numpy(), None)
        s = _codes(sub.get("school_code"), len(sub))
        placed = np.zeros(len(sub), dtype=bool)
        for kind, codes, level in (("district_centre", d, (assocs, "district_code", districts, "district_code")),
                                   ("school_centre", s, (assocs, "school_code", schools, "school_code"))):
            todo = np.flatnonzero(~placed & codes.notna().to_numpy())
            if len(todo) == 0:
                continue
            centres = area_centres(*level)
            if len(centres) == 0:
                continue
            pos = centres.reindex(codes.iloc[todo].to_numpy())
            ok = pos["lon"].notna().to_numpy()
            rows = missing[todo[ok]]
            lon[rows] = pos["lon"].to_numpy()[ok]
            lat[rows] = pos["lat"].to_numpy()[ok]
            source[rows] = kind
            approximate[rows] = True
            placed[todo[ok]] = True
    out["lat"] = lat
    out["lon"] = lon
    out["position_source"] = source
    out["position_approximate"] = approximate
    return out


def placed_frame(con, resources: pd.DataFrame) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """`place_uncoordinated` with the 町内会 and area centroids read from the warehouse being built."""
    from indicators.spatial.geo import table_columns, table_exists

    assocs = pd.DataFrame(columns=["lon", "lat", "households", "district_code", "school_code"])
    if table_exists(con, "neighbourhood_assocs") and {"lat", "lon"} <= table_columns(con, "neighbourhood_assocs"):
        cols = table_columns(con, "neighbourhood_assocs")
        sel = ", ".join(c if c in cols else f"NULL AS {c}" for c in ("households", "district_code", "school_code"))
        assocs = con.execute(
            f"SELECT CAST(lon AS DOUBLE) lon, CAST(lat AS DOUBLE) lat, {sel} FROM neighbourhood_assocs "
            "WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY ALL").df()

    def centroids(table: str, code: str) -> pd.DataFrame | None:
        if not table_exists(con, table) or not {"centroid_lon", "centroid_lat"} <= table_columns(con, table):
            return None
        return con.execute(f"SELECT {code}, centroid_lon, centroid_lat FROM {table} ORDER BY 1").df()

    return place_uncoordinated(resources, assocs, centroids("districts", "district_code"),
                               centroids("school_districts", "school_code"))
