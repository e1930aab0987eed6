"""Where a row is: the municipality check and district/school code resolution.

Rule (documented in data/raw/README.md): a point inside the polygons decides; a given code
that contradicts the point is kept in given_*_code and noted in `load_notes`. Without a
usable point the given code is used; without a given code, the other level is mapped
through the crosswalk (largest share, only if >= 0.5).

Geometry is shapely's STRtree (one query per level: `within` for the containing polygon,
`query_nearest` within the tolerance, `dwithin` for the municipality check); the rest numpy masks.
The row-by-row version is kept as the reference in tests/staging/test_resolve_reference.py,
with a property test of identical output.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer

from indicators.staging.common import Located, coded_text, text_array

DEFAULT_TOLERANCE_M = 200.0
LEVELS = (("district", "district_code", "地区"), ("school", "school_code", "小学校区"))
# values of district_code_source / school_code_source (NULL: no code)
SOURCES = ("given", "point_in_polygon", "crosswalk")


def _finite_points(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(indices of the finite points, their shapely points): NaN coordinates are in no polygon."""
    idx = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    return idx, shapely.points(x[idx], y[idx])


def polygon_of_points(geoms: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Index of the polygon each point lies in or on (-1: none); the lowest index where several
    polygons hold the point (a shared border). One STRtree query (`intersects`)."""
    out = np.full(len(x), -1, dtype=np.int64)
    if not len(x) or not len(geoms):
        return out
    idx, pts = _finite_points(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    pi, gi = shapely.STRtree(geoms).query(pts, predicate="intersects")
    none = np.iinfo(np.int64).max
    lowest = np.full(len(x), none, dtype=np.int64)
    np.minimum.at(lowest, idx[pi], gi.astype(np.int64))  # (a repeated fancy assignment has no defined winner)
    out[lowest != none] = lowest[lowest != none]
    return out


@lru_cache(maxsize=16)
def _transformer(src: CRS, dst: CRS) -> Transformer | None:
    """The transformer geopandas' to_crs uses (same CRS objects, always_xy), None if no-op."""
    if src.is_exact_same(dst):
        return None
    return Transformer.from_crs(src, dst, always_xy=True)


@dataclass
class Areas:
    """Known codes and polygons of both area levels, with metric copies for distance checks."""

    district_codes: set[str] | None
    school_codes: set[str] | None
    districts: gpd.GeoDataFrame | None  # district_code, geometry (storage CRS)
    schools: gpd.GeoDataFrame | None  # school_code, geometry
    storage_crs: str
    metric_crs: str
    tolerance_m: float = DEFAULT_TOLERANCE_M
    # level -> (codes, metric polygons, STRtree of them, rank of each code in sorted order)
    _metric: dict[str, tuple[np.ndarray, np.ndarray, shapely.STRtree, np.ndarray]] = field(
        default_factory=dict, repr=False)
    _zone: object = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for level, gdf, col in (("district", self.districts, "district_code"), ("school", self.schools, "school_code")):
            if gdf is not None and len(gdf):
                m = np.asarray(gdf.geometry.to_crs(self.metric_crs).values)
                codes = gdf[col].astype(str).to_numpy(dtype=object)
                # Python string order (as the former sort by code), one entry per polygon
                order = {c: i for i, c in enumerate(sorted(set(codes)))}
                rank = np.fromiter((order[c] for c in codes), dtype=np.int64, count=len(codes))
                self._metric[level] = (codes, m, shapely.STRtree(m), rank)

    @property
    def has_polygons(self) -> bool:
        return bool(self._metric)

    def metric_xy(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Metric coordinates, identical to GeoSeries.to_crs but without building geometries."""
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        tf = _transformer(CRS.from_user_input(self.storage_crs), CRS.from_user_input(self.metric_crs))
        if tf is None:
            return lon, lat
        x, y = tf.transform(lon, lat)
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def to_metric(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        return shapely.points(*self.metric_xy(lon, lat))

    def outside(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """True where the point is farther than the tolerance from every district/school polygon
        (or has no finite coordinates): the distance to their union, asked of the STRtrees."""
        n = len(lon)
        if not self.has_polygons or n == 0:
            return np.zeros(n, dtype=bool)
        return self._outside_xy(*self.metric_xy(lon, lat))

    def _outside_xy(self, x: np.ndarray, y: np.ndarray, inside: np.ndarray | None = None) -> np.ndarray:
        """`outside` of metric points; `inside`: points already known to lie in a polygon."""
        idx, pts = _finite_points(x, y)
        if inside is not None:
            keep = ~inside[idx]
            idx, pts = idx[keep], pts[keep]
        near = np.zeros(len(idx), dtype=bool)
        for _, _, tree, _ in self._metric.values():
            near[tree.query(pts, predicate="dwithin", distance=self.tolerance_m)[0]] = True
        out = ~np.isfinite(x) | ~np.isfinite(y)
        out[idx[~near]] = True
        return out

    def locate(self, level: str, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Code of the polygon containing each point (nearest within tolerance), else None."""
        return self.locate_levels((level,), lon, lat)[level]

    def locate_levels(self, levels: tuple[str, ...], lon: np.ndarray, lat: np.ndarray) -> dict[str, np.ndarray]:
        """`locate` for several levels, sharing the projected points and their STRtree."""
        return {level: codes for level, (codes, _, _) in self._locate(levels, lon, lat).items()}

    def locate_and_check(self, lon: np.ndarray, lat: np.ndarray) -> tuple[Located, np.ndarray]:
        """(`locate_rows`-style codes and found masks of both levels, `outside` mask) of the same
        points, with one projection and one point-in-polygon pass: a point inside a polygon is
        inside the municipality, so `outside` only measures distances for the others."""
        levels = tuple(level for level, _, _ in LEVELS)
        n = len(lon)
        if not self.has_polygons or n == 0:
            return {level: (codes, found) for level, (codes, found, _) in self._locate(levels, lon, lat).items()}, \
                np.zeros(n, dtype=bool)
        x, y = self.metric_xy(lon, lat)
        loc = self._locate_xy(levels, x, y)
        inside = np.zeros(n, dtype=bool)
        for _, _, contained in loc.values():
            inside |= contained
        return {level: (codes, found) for level, (codes, found, _) in loc.items()}, self._outside_xy(x, y, inside)

    def _locate(self, levels: tuple[str, ...], lon: np.ndarray, lat: np.ndarray
                ) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """level -> (codes with None, found mask, inside-a-polygon mask)."""
        if not any(level in self._metric for level in levels) or len(lon) == 0:
            return self._locate_xy(levels, np.zeros(len(lon)), np.zeros(len(lon)))
        return self._locate_xy(levels, *self.metric_xy(lon, lat))

    def _locate_xy(self, levels: tuple[str, ...], x: np.ndarray, y: np.ndarray
                   ) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """`_locate` of metric points."""
        n = len(x)
        out = {level: (np.full(n, None, dtype=object), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool))
               for level in levels}
        todo = [level for level in levels if level in self._metric]
        if not todo or n == 0:
            return out
        idx, pts = _finite_points(x, y)
        for level in todo:
            codes, _, tree, rank = self._metric[level]
            res, found, contained = out[level]
            pi, gi = tree.query(pts, predicate="within")  # inside, not on the boundary
            pi = idx[pi]
            if len(pi):
                # overlapping polygons: the lowest code wins, for determinism
                o = np.lexsort((rank[gi], pi))
                pi, gi = pi[o], gi[o]
                first = np.ones(len(pi), dtype=bool)
                first[1:] = pi[1:] != pi[:-1]
                res[pi[first]] = codes[gi[first]]
                found[pi[first]] = True
                contained[pi[first]] = True
            missing = np.flatnonzero(~found[idx])
            if len(missing):
                # the nearest polygon within the tolerance; equidistant polygons: the first the tree returns
                pi2, gi2 = tree.query_nearest(pts[missing], max_distance=self.tolerance_m)
                if len(pi2):
                    u, at = np.unique(pi2, return_index=True)
                    res[idx[missing[u]]] = codes[gi2[at]]
                    found[idx[missing[u]]] = True
        return out


def crosswalk_maps(crosswalk: pd.DataFrame, district_pop: pd.Series | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """(district → school, school → district) where one side holds at least half.

    district → school uses the weights as given (share of the district's population).
    school → district weights each district's share by its population when known.
    Vectorised (sort + drop_duplicates): a per-group loop costs minutes at 35,000 areas.
    """
    if crosswalk is None or len(crosswalk) == 0:
        return {}, {}
    cw = crosswalk[["district_code", "school_code", "weight"]].copy()
    cw["weight"] = cw["weight"].astype(float)
    cw["district_code"] = cw["district_code"].astype(str)
    cw["school_code"] = cw["school_code"].astype(str)
    top = (cw.sort_values(["district_code", "weight", "school_code"], ascending=[True, False, True])
             .drop_duplicates("district_code"))
    top = top[top["weight"] >= 0.5]
    d2s = dict(zip(top["district_code"], top["school_code"]))
    pop = cw["district_code"].map(district_pop) if district_pop is not None else None
    cw["people"] = cw["weight"] * (pop.fillna(1.0).astype(float) if pop is not None else 1.0)
    total = cw.groupby("school_code")["people"].transform("sum")
    cw = cw[total > 0].assign(share=lambda d: d["people"] / total[total > 0])
    top = (cw.sort_values(["school_code", "share", "district_code"], ascending=[True, False, True])
             .drop_duplicates("school_code"))
    top = top[top["share"] >= 0.5]
    s2d = dict(zip(top["school_code"], top["district_code"]))
    return d2s, s2d


def _given_codes(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(object array of str(value) with None where missing, present mask)."""
    ok = col.notna().to_numpy(dtype=bool)
    vals = col.to_numpy(dtype=object)
    out = np.full(len(vals), None, dtype=object)
    sub = vals[ok]
    if len(sub) and pd.api.types.infer_dtype(sub, skipna=False) != "string":
        sub = pd.Series(sub, dtype=object).map(str).to_numpy(dtype=object)
    out[ok] = sub
    return out, ok


def _map_missing(target: np.ndarray, target_set: np.ndarray, src: np.ndarray,
                 key: np.ndarray, key_set: np.ndarray, mapping: dict[str, str]) -> None:
    """Where target is unset and key is set: target = mapping[key] if present (source 'crosswalk')."""
    idx = np.flatnonzero(~target_set & key_set)
    if not len(idx) or not mapping:
        return
    vals = pd.Series(key[idx], dtype=object).map(mapping).to_numpy(dtype=object)
    hit = ~pd.isna(vals)
    target[idx[hit]] = vals[hit]
    target_set[idx[hit]] = True
    src[idx[hit]] = SOURCES.index("crosswalk")


def _row_points(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(indices of the rows with lat and lon, their lon, their lat)."""
    if "lat" not in df.columns or "lon" not in df.columns:
        return np.zeros(0, dtype=np.intp), np.zeros(0), np.zeros(0)
    idx = np.flatnonzero((df["lat"].notna() & df["lon"].notna()).to_numpy())
    lon = pd.to_numeric(df["lon"], errors="coerce").to_numpy(dtype=float)[idx]
    lat = pd.to_numeric(df["lat"], errors="coerce").to_numpy(dtype=float)[idx]
    return idx, lon, lat


def _spread(n: int, idx: np.ndarray, located: dict[str, tuple[np.ndarray, ...]]) -> Located:
    """Codes and found masks of the points `idx` as columns of all `n` rows (None / False elsewhere)."""
    out = {level: (np.full(n, None, dtype=object), np.zeros(n, dtype=bool)) for level, _, _ in LEVELS}
    for level, (codes, found, *_) in located.items():
        out[level][0][idx] = codes
        out[level][1][idx] = found
    return out


def locate_rows(df: pd.DataFrame, areas: Areas) -> Located:
    """Per level, (code of the polygon containing each row's lat/lon or None, found mask).

    The costly half of `resolve_codes`; it needs no crosswalk, so a large file can be located
    in a worker process while the crosswalk is derived.
    """
    idx, lon, lat = _row_points(df)
    levels = tuple(level for level, _, _ in LEVELS)
    return _spread(len(df), idx, areas._locate(levels, lon, lat) if len(idx) else {})


def locate_rows_checked(df: pd.DataFrame, areas: Areas) -> tuple[Located, np.ndarray]:
    """`locate_rows` and, per row, `Areas.outside` (False without a point), from one
    point-in-polygon pass (`Areas.locate_and_check`)."""
    idx, lon, lat = _row_points(df)
    located, out = areas.locate_and_check(lon, lat)
    outside = np.zeros(len(df), dtype=bool)
    outside[idx] = out
    return _spread(len(df), idx, located), outside


def resolve_codes(
    df: pd.DataFrame,
    areas: Areas,
    crosswalk: pd.DataFrame | None,
    district_pop: pd.Series | None = None,
    located: Located | None = None,
) -> tuple[pd.DataFrame, list[dict]]:
    """Resolve district_code/school_code of rows with given codes and optional lat/lon.

    Input columns: district_code, school_code (given, may be NULL), lat, lon, line_number.
    Output adds given_district_code, given_school_code, district_code_source,
    school_code_source, resolution_note; also returns conflict notes (line, column, value, note)
    ordered by row, the district before the school within a row. `located`: the result of
    `locate_rows(df, areas)` when already computed.
    """
    out = df.copy()
    n = len(out)
    for col in ("district_code", "school_code", "lat", "lon"):
        if col not in out.columns:
            out[col] = None
    given = {level: _given_codes(out[col]) for level, col, _ in LEVELS}
    if located is not None and any(len(arr) != n or len(found) != n for arr, found in located.values()):
        raise ValueError("located does not match the rows (it must come from these rows, in this order)")
    pip = located if located is not None else locate_rows(out, areas)
    lines = out["line_number"].to_numpy() if "line_number" in out.columns else np.arange(2, n + 2)

    code, is_set, source, msg = {}, {}, {}, {}
    note_parts = []  # (rows, level order, column, given values, messages)
    for k, (level, col, label) in enumerate(LEVELS):
        (g, g_ok), (p, found) = given[level], pip[level]
        src = np.full(n, -1, dtype=np.int8)  # index into SOURCES, -1 = none
        src[g_ok] = SOURCES.index("given")
        src[found] = SOURCES.index("point_in_polygon")
        code[level] = np.where(found, p, g)
        is_set[level] = found | g_ok
        source[level] = src
        both = np.flatnonzero(found & g_ok)
        conflict = np.zeros(n, dtype=bool)
        conflict[both] = g[both] != p[both]
        rows = np.flatnonzero(conflict)
        m = np.full(n, None, dtype=object)
        if len(rows):
            m[rows] = f"{label}コード " + g[rows] + f" と座標の{label} " + p[rows] + " が食い違うため、座標を採用しました"
        msg[level] = (m, conflict)
        note_parts.append((rows, np.full(len(rows), k), col, g[rows], m[rows]))

    d2s, s2d = crosswalk_maps(crosswalk, district_pop)
    dist, sch = code["district"], code["school"]
    _map_missing(dist, is_set["district"], source["district"], sch, is_set["school"], s2d)
    _map_missing(sch, is_set["school"], source["school"], dist, is_set["district"], d2s)

    (dm, d_conf), (sm, s_conf) = msg["district"], msg["school"]
    note_col = np.where(d_conf, dm, sm)
    two = np.flatnonzero(d_conf & s_conf)
    if len(two):
        note_col[two] = dm[two] + "; " + sm[two]

    rows = np.concatenate([p[0] for p in note_parts])
    order = np.lexsort((np.concatenate([p[1] for p in note_parts]), rows))
    cols = np.concatenate([np.full(len(p[0]), p[2], dtype=object) for p in note_parts])[order]
    vals = np.concatenate([p[3] for p in note_parts])[order]
    texts = np.concatenate([p[4] for p in note_parts])[order]
    notes = [{"line_number": int(ln), "column_name": c, "value": v, "note": t}
             for ln, c, v, t in zip(lines[rows[order]], cols, vals, texts)]

    out["given_district_code"] = text_array(given["district"][0])
    out["given_school_code"] = text_array(given["school"][0])
    out["district_code"], out["district_code_source"] = text_array(dist), coded_text(source["district"], SOURCES)
    out["school_code"], out["school_code_source"] = text_array(sch), coded_text(source["school"], SOURCES)
    out["resolution_note"] = text_array(note_col)
    return out, notes
