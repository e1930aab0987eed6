"""Where a row is: the municipality check and district/school code resolution.

Rule (documented in data/raw/README.md): a point inside the polygons decides; a given code
that contradicts the point is kept in given_*_code and noted in `load_notes`. Without a
usable point the given code is used; without a given code, the other level is mapped
through the crosswalk (largest share, only if >= 0.5).

Everything is vectorised (numpy masks; points bucketed in a grid, then contains_xy against
prepared polygons): at national scale (1.3M points, 35k polygons) resolve_codes went from
~25 s (per-row loop) to ~4 s. The row-by-row version is kept as the reference in
tests/staging/test_resolve_reference.py, with a property test of identical output.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer

from indicators.staging.common import Located, coded_text, text_array

DEFAULT_TOLERANCE_M = 200.0
# the buffered union approximates arcs by chords: r(1 - cos(pi/64)) = 0.24 m at 200 m; points whose
# exact distance is this close to the tolerance are decided by the buffer itself
ZONE_BAND_M = 1.0
LEVELS = (("district", "district_code", "地区"), ("school", "school_code", "小学校区"))
# values of district_code_source / school_code_source (NULL: no code)
SOURCES = ("given", "point_in_polygon", "crosswalk")

# grid candidate search: cells per polygon allowed on average (beyond it the STRtree path is
# used); 0 = always the STRtree path (tests run both)
GRID_CELL_BUDGET = 64
CELL_DIVISOR = 3  # grid cell side = median polygon size / this (see _bbox_pairs)


def _bbox_pairs(bounds: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(polygon index, point index) of every finite point in a polygon's closed bounding box.

    Points are bucketed in square cells of a third of the median polygon size (numpy sort + searchsorted,
    no point geometries: creating 1M shapely points alone costs ~1 s). None when the polygons'
    cells would exceed GRID_CELL_BUDGET per polygon (a few huge polygons among small ones).
    """
    empty = (np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp))
    pidx = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    gidx = np.flatnonzero(np.isfinite(bounds).all(axis=1))
    if not len(pidx) or not len(gidx):
        return empty
    b, px, py = bounds[gidx], x[pidx], y[pidx]
    x0, y0 = min(px.min(), b[:, 0].min()), min(py.min(), b[:, 1].min())
    median = float(np.median(np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])))
    extent = max(px.max() - x0, py.max() - y0, b[:, 2].max() - x0, b[:, 3].max() - y0)
    # cells a third of the median polygon: a polygon's cells hold fewer points outside its box than
    # cells of its own size (a third fewer candidates to test at national scale); the larger size
    # when the smaller exceeds the budget (very unequal polygons)
    for size in (median / CELL_DIVISOR, median):
        if not size > 0:
            size = max(extent, 1.0)
        if extent / size > 1e6:  # cell keys must stay small integers
            continue

        # floor((v - origin) / size) is monotonic in v, so a point in a box lies in the box's cells
        def cell(v: np.ndarray, origin: float, size: float = size) -> np.ndarray:
            return np.floor((v - origin) / size).astype(np.int64)

        gx0, gy0, gx1, gy1 = cell(b[:, 0], x0), cell(b[:, 1], y0), cell(b[:, 2], x0), cell(b[:, 3], y0)
        w, h = gx1 - gx0 + 1, gy1 - gy0 + 1
        ncell = w * h
        if ncell.sum() <= GRID_CELL_BUDGET * len(gidx):
            break
    else:
        return None
    cx, cy = cell(px, x0), cell(py, y0)
    ny = int(max(cy.max(), gy1.max())) + 1
    order = np.argsort(cx * ny + cy)  # any order of the points within a cell: pairs are a set
    keys = (cx * ny + cy)[order]
    # every (polygon, cell) pair
    rep = np.repeat(np.arange(len(gidx)), ncell)
    k = np.arange(len(rep)) - np.repeat(np.cumsum(ncell) - ncell, ncell)
    ck = (gx0[rep] + k // h[rep]) * ny + gy0[rep] + k % h[rep]
    lo, hi = np.searchsorted(keys, ck, "left"), np.searchsorted(keys, ck, "right")
    cnt = hi - lo
    rep2 = np.repeat(np.arange(len(ck)), cnt)
    pt = order[np.repeat(lo, cnt) + np.arange(len(rep2)) - np.repeat(np.cumsum(cnt) - cnt, cnt)]
    poly = rep[rep2]
    inbox = ((px[pt] >= b[poly, 0]) & (px[pt] <= b[poly, 2]) & (py[pt] >= b[poly, 1]) & (py[pt] <= b[poly, 3]))
    return gidx[poly[inbox]], pidx[pt[inbox]]


def _containing_pairs(geoms: np.ndarray, x: np.ndarray, y: np.ndarray,
                      point_tree: Callable[[], shapely.STRtree], boundary: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(polygon index, point index) of every point inside a (prepared) polygon; with `boundary`,
    points on its boundary too (shapely's intersects rather than contains).

    Candidates = points in each polygon's bounding box (grid buckets; `point_tree()`, a tree of
    the points, when the grid does not fit), then an exact test against the prepared polygon:
    ~4x faster than tree.query(points, "within").
    """
    pairs = _bbox_pairs(shapely.bounds(geoms), x, y) if GRID_CELL_BUDGET else None
    if pairs is None:
        pairs = point_tree().query(geoms)
    gi, pi = pairs
    keep = (shapely.intersects_xy if boundary else shapely.contains_xy)(geoms[gi], x[pi], y[pi])
    return gi[keep], pi[keep]


def polygon_of_points(geoms: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Index of the polygon each point lies in or on (-1: none); the lowest index where several
    polygons hold the point (a shared border). `geoms` are prepared here (it speeds every test)."""
    out = np.full(len(x), -1, dtype=np.int64)
    if not len(x) or not len(geoms):
        return out
    shapely.prepare(geoms)
    gi, pi = _containing_pairs(geoms, x, y, lambda: shapely.STRtree(shapely.points(x, y)), boundary=True)
    none = np.iinfo(np.int64).max
    lowest = np.full(len(x), none, dtype=np.int64)
    np.minimum.at(lowest, pi, gi.astype(np.int64))  # (a repeated fancy assignment has no defined winner)
    out[lowest != none] = lowest[lowest != none]
    return out


def _contains_any(geoms: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """True where a point lies inside one of the (prepared) polygons."""
    inside = np.zeros(len(x), dtype=bool)
    inside[_containing_pairs(geoms, x, y, lambda: shapely.STRtree(shapely.points(x, y)))[1]] = True
    return inside


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
                shapely.prepare(m)  # contains_xy reuses the prepared polygons
                self._metric[level] = (codes, m, shapely.STRtree(m), rank)

    @property
    def has_polygons(self) -> bool:
        return bool(self._metric)

    @property
    def zone(self):
        """Union of all polygons buffered by the tolerance (built on first use, prepared)."""
        if self._zone is None and self._metric:
            polys = np.concatenate([m[1] for m in self._metric.values()])
            self._zone = shapely.union_all(polys).buffer(self.tolerance_m)
            shapely.prepare(self._zone)
        return self._zone

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
        """True where the point is farther than the tolerance from every district/school polygon.

        The rule is the buffered union (`zone`), but building it for 35,000 polygons costs seconds,
        so it is consulted only where it could disagree with cheaper exact answers: a point inside
        a polygon is inside the zone; by exact distance d to the nearest polygon, d > tolerance +
        band is outside and d <= tolerance - band inside (the buffer's arcs are chords within
        ZONE_BAND_M of the true offset). Same answers as contains_xy(zone) alone (tests compare).
        """
        n = len(lon)
        if not self.has_polygons or n == 0:
            return np.zeros(n, dtype=bool)
        return self._outside_xy(*self.metric_xy(lon, lat))

    def _outside_xy(self, x: np.ndarray, y: np.ndarray, inside: np.ndarray | None = None) -> np.ndarray:
        """`outside` of metric points; `inside`: points already known to lie in a polygon."""
        finite = np.isfinite(x) & np.isfinite(y)
        out = ~finite  # contains_xy is False for NaN coordinates
        if inside is not None:
            rest = np.flatnonzero(finite & ~inside)
        else:
            rest = np.flatnonzero(finite)
            for _, geoms, _, _ in self._metric.values():
                if not len(rest):
                    break
                rest = rest[~_contains_any(geoms, x[rest], y[rest])]
        if not len(rest):
            return out
        tol = self.tolerance_m
        band = max(ZONE_BAND_M, tol * 0.005)
        pts = shapely.points(x[rest], y[rest])
        d = np.full(len(rest), np.inf)
        for _, _, tree, _ in self._metric.values():
            (pi, _), dist = tree.query_nearest(pts, max_distance=tol + band, return_distance=True)
            np.minimum.at(d, pi, dist)
        far, near = d > tol + band, d <= tol - band
        out[rest[far]] = True
        unsure = ~far & ~near
        if unsure.any():
            idx = rest[unsure]
            out[idx] = ~shapely.contains_xy(self.zone, x[idx], y[idx])
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
        # a tree of the points, built at most once for all levels and only if a grid does not fit
        point_tree = cache(lambda: shapely.STRtree(shapely.points(x, y)))
        for level in todo:
            codes, geoms, tree, rank = self._metric[level]
            res, found, contained = out[level]
            gi, pi = _containing_pairs(geoms, x, y, point_tree)
            if len(pi):
                # overlapping polygons: the lowest code wins, for determinism
                o = np.lexsort((rank[gi], pi))
                pi, gi = pi[o], gi[o]
                first = np.ones(len(pi), dtype=bool)
                first[1:] = pi[1:] != pi[:-1]
                res[pi[first]] = codes[gi[first]]
                found[pi[first]] = True
                contained[pi[first]] = True
            missing = np.flatnonzero(~found)
            if len(missing):
                pi2, gi2 = tree.query_nearest(shapely.points(x[missing], y[missing]), max_distance=self.tolerance_m)
                if len(pi2):
                    # equidistant polygons: the first one the tree returns
                    u, at = np.unique(pi2, return_index=True)
                    res[missing[u]] = codes[gi2[at]]
                    found[missing[u]] = True
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
