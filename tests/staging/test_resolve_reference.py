"""The row-by-row code resolution used before it was vectorised: the naive reference.

Kept verbatim below (up to the marker) so the property test at the end can check that
`indicators.staging.resolve` gives identical frames (values, dtypes), notes and `outside`
answers on random small inputs: grids of overlapping polygons, points inside, outside, on and
near edges, given codes incl. missing, unknown and non-text ones, crosswalks with ties.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Polygon, box

from indicators.staging import resolve as new
from indicators.staging.resolve import crosswalk_maps  # unchanged by the vectorisation

DEFAULT_TOLERANCE_M = 200.0


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
    _metric: dict[str, tuple[np.ndarray, np.ndarray, shapely.STRtree]] = field(default_factory=dict, repr=False)
    _zone: object = field(default=None, repr=False)

    def __post_init__(self) -> None:
        polys = []
        for level, gdf, col in (("district", self.districts, "district_code"), ("school", self.schools, "school_code")):
            if gdf is not None and len(gdf):
                m = gdf.geometry.to_crs(self.metric_crs).values
                codes = gdf[col].astype(str).to_numpy()
                self._metric[level] = (codes, np.asarray(m), shapely.STRtree(np.asarray(m)))
                polys.extend(np.asarray(m))
        if polys:
            self._zone = shapely.union_all(polys).buffer(self.tolerance_m)
            shapely.prepare(self._zone)

    @property
    def has_polygons(self) -> bool:
        return self._zone is not None

    def to_metric(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        pts = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs=self.storage_crs).to_crs(self.metric_crs)
        return np.asarray(pts.values)

    def outside(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """True where the point is farther than the tolerance from every district/school polygon."""
        if not self.has_polygons or len(lon) == 0:
            return np.zeros(len(lon), dtype=bool)
        return ~shapely.contains(self._zone, self.to_metric(lon, lat))

    def locate(self, level: str, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Code of the polygon containing each point (nearest within tolerance), else None."""
        out = np.full(len(lon), None, dtype=object)
        if level not in self._metric or len(lon) == 0:
            return out
        codes, geoms, tree = self._metric[level]
        pts = self.to_metric(lon, lat)
        pi, gi = tree.query(pts, predicate="within")
        # overlapping polygons: the lowest code wins, for determinism
        for p, g in sorted(zip(pi, gi), key=lambda t: (t[0], codes[t[1]]), reverse=True):
            out[p] = codes[g]
        missing = np.flatnonzero(out == None)  # noqa: E711 - object array comparison
        if len(missing):
            pi2, gi2 = tree.query_nearest(pts[missing], max_distance=self.tolerance_m)
            for p, g in zip(pi2, gi2):
                if out[missing[p]] is None:
                    out[missing[p]] = codes[g]
        return out


def resolve_codes(
    df: pd.DataFrame,
    areas: Areas,
    crosswalk: pd.DataFrame | None,
    district_pop: pd.Series | None = None,
) -> tuple[pd.DataFrame, list[dict]]:
    """Resolve district_code/school_code of rows with given codes and optional lat/lon.

    Input columns: district_code, school_code (given, may be NULL), lat, lon, line_number.
    Output adds given_district_code, given_school_code, district_code_source,
    school_code_source, resolution_note; also returns conflict notes (line, column, value, note).
    """
    out = df.copy()
    n = len(out)
    for col in ("district_code", "school_code", "lat", "lon"):
        if col not in out.columns:
            out[col] = None
    given_d = np.array([None if pd.isna(v) else str(v) for v in out["district_code"]], dtype=object)
    given_s = np.array([None if pd.isna(v) else str(v) for v in out["school_code"]], dtype=object)
    has_pt = (out["lat"].notna() & out["lon"].notna()).to_numpy()
    lon = pd.to_numeric(out["lon"], errors="coerce").to_numpy(dtype=float)
    lat = pd.to_numeric(out["lat"], errors="coerce").to_numpy(dtype=float)
    idx = np.flatnonzero(has_pt)
    pip = {}
    for level in ("district", "school"):
        arr = np.full(n, None, dtype=object)
        if len(idx):
            arr[idx] = areas.locate(level, lon[idx], lat[idx])
        pip[level] = arr
    d2s, s2d = crosswalk_maps(crosswalk, district_pop)
    dist = np.full(n, None, dtype=object)
    dsrc = np.full(n, None, dtype=object)
    sch = np.full(n, None, dtype=object)
    ssrc = np.full(n, None, dtype=object)
    notes: list[dict] = []
    note_col = np.full(n, None, dtype=object)
    lines = out["line_number"].to_numpy() if "line_number" in out.columns else np.arange(2, n + 2)
    for i in range(n):
        msgs = []
        for level, given_code, res, src, col, label in (
            ("district", given_d, dist, dsrc, "district_code", "地区"),
            ("school", given_s, sch, ssrc, "school_code", "小学校区"),
        ):
            p = pip[level][i]
            if p is not None:
                res[i], src[i] = p, "point_in_polygon"
                if given_code[i] is not None and given_code[i] != p:
                    msg = f"{label}コード {given_code[i]} と座標の{label} {p} が食い違うため、座標を採用しました"
                    msgs.append(msg)
                    notes.append({"line_number": int(lines[i]), "column_name": col, "value": given_code[i], "note": msg})
            elif given_code[i] is not None:
                res[i], src[i] = given_code[i], "given"
        if dist[i] is None and sch[i] is not None and sch[i] in s2d:
            dist[i], dsrc[i] = s2d[sch[i]], "crosswalk"
        if sch[i] is None and dist[i] is not None and dist[i] in d2s:
            sch[i], ssrc[i] = d2s[dist[i]], "crosswalk"
        note_col[i] = "; ".join(msgs) or None
    out["given_district_code"] = given_d
    out["given_school_code"] = given_s
    out["district_code"], out["district_code_source"] = dist, dsrc
    out["school_code"], out["school_code_source"] = sch, ssrc
    out["resolution_note"] = note_col
    return out, notes


# ---- end of the verbatim reference ----

LON0, LAT0, STEP = 134.20, 35.50, 0.002  # 0.002° ≈ 180 m east-west, 220 m north-south (< and > 200 m)
CASES: Counter = Counter()


@st.composite
def polygons_st(draw, col: str, pool: list[str]) -> gpd.GeoDataFrame:
    """1–5 boxes or triangles on a 0.002° lattice (they often overlap), codes in random order."""
    k = draw(st.integers(1, len(pool)))
    codes = draw(st.permutations(pool))[:k]
    geoms = []
    for _ in range(k):
        x0 = LON0 + draw(st.integers(0, 3)) * STEP
        y0 = LAT0 + draw(st.integers(0, 3)) * STEP
        w, h = draw(st.integers(1, 3)) * STEP, draw(st.integers(1, 3)) * STEP
        if draw(st.booleans()):
            geoms.append(box(x0, y0, x0 + w, y0 + h))
        else:
            geoms.append(Polygon([(x0, y0), (x0 + w, y0), (x0, y0 + h)]))
    return gpd.GeoDataFrame({col: codes}, geometry=geoms, crs="EPSG:6668")


# half-lattice positions put points on polygon edges and corners; offsets move them just
# inside, just outside (within 200 m) and far outside
OFFSET = st.sampled_from([0.0, 0.0, 1e-7, -1e-7, 0.0003, -0.0007, 0.0015, -0.0021, 0.004])
HALF_STEPS = st.integers(-3, 14)
D_POOL = ["D1", "D2", "D10", "D3", "D9"]
S_POOL = ["S1", "S2", "S10", "S3"]
GIVEN_D = st.sampled_from([None, np.nan, "D1", "D2", "D10", "D3", "D9", "DX", 7])
GIVEN_S = st.sampled_from([None, np.nan, "S1", "S2", "S10", "S3", "SX", 3.0])


@st.composite
def case_st(draw):
    dist = draw(polygons_st("district_code", D_POOL))
    sch = draw(st.one_of(st.none(), polygons_st("school_code", S_POOL)))
    n = draw(st.integers(0, 25))
    rows = []
    for _ in range(n):
        lon = lat = None
        if draw(st.integers(0, 4)):  # 1 in 5 rows without a point
            lon = LON0 + draw(HALF_STEPS) * STEP / 2 + draw(OFFSET)
            lat = LAT0 + draw(HALF_STEPS) * STEP / 2 + draw(OFFSET)
        rows.append({"district_code": draw(GIVEN_D), "school_code": draw(GIVEN_S), "lat": lat, "lon": lon})
    df = pd.DataFrame(rows, columns=["district_code", "school_code", "lat", "lon"])
    if draw(st.booleans()):
        df["line_number"] = np.cumsum(draw(st.lists(st.integers(1, 3), min_size=n, max_size=n))).astype(int) + 1
    if draw(st.integers(0, 9)) == 0:
        df = df.drop(columns=[draw(st.sampled_from(["district_code", "school_code"]))])
    cw = None
    if draw(st.booleans()):
        links = draw(st.lists(st.tuples(st.sampled_from(D_POOL + ["D7"]), st.sampled_from(S_POOL),
                                        st.sampled_from([0.25, 0.4, 0.5, 0.5, 0.6, 1.0])), max_size=10))
        cw = pd.DataFrame(links, columns=["district_code", "school_code", "weight"])
    pop = None
    if draw(st.booleans()):
        pop = pd.Series({c: draw(st.sampled_from([0.0, 10.0, 100.0, 1000.0])) for c in D_POOL})
    return dist, sch, df, cw, pop


def _cells(frame: pd.DataFrame) -> list[list]:
    """Values with None and NaN told apart (assert_frame_equal treats them as equal)."""
    return [["<NaN>" if isinstance(v, float) and v != v else v for v in row]
            for row in frame.to_numpy(dtype=object).tolist()]


@settings(max_examples=300, deadline=None, derandomize=True)  # the same cases on every machine: test_case_count checks they reach every branch
@given(case_st())
def test_vectorised_resolution_matches_rowwise_reference(case) -> None:
    dist, sch, df, cw, pop = case
    args = ({"D1", "D2"}, {"S1"}, dist, sch, "EPSG:6668", "EPSG:6673")
    ref_areas, new_areas = Areas(*args), new.Areas(*args)
    want, want_notes = resolve_codes(df, ref_areas, cw, pop)
    got, got_notes = new.resolve_codes(df, new_areas, cw, pop)
    assert list(got.columns) == list(want.columns)
    assert got.dtypes.tolist() == want.dtypes.tolist()
    pd.testing.assert_frame_equal(got, want)
    assert _cells(got) == _cells(want)
    assert got_notes == want_notes
    # locate and outside on the rows with a point
    m = df["lat"].notna() & df["lon"].notna() if {"lat", "lon"} <= set(df.columns) else pd.Series(False, df.index)
    lon, lat = df.loc[m, "lon"].to_numpy(dtype=float), df.loc[m, "lat"].to_numpy(dtype=float)
    for level in ("district", "school"):
        assert new_areas.locate(level, lon, lat).tolist() == ref_areas.locate(level, lon, lat).tolist()
    out = new_areas.outside(lon, lat)
    # the tolerance by exact distance to the nearest polygon (the reference's buffered union
    # approximates arcs by chords: up to ~1 m short of 200 m at convex corners, so not compared there)
    if len(lon):
        polys = np.concatenate([np.asarray(g.geometry.to_crs("EPSG:6673").values) for g in (dist, sch) if g is not None])
        pts = np.asarray(gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs="EPSG:6668").to_crs("EPSG:6673").values)
        d = shapely.distance(pts[:, None], polys[None, :]).min(axis=1)
        assert out.tolist() == (d > new_areas.tolerance_m).tolist()
        clear = np.abs(d - new_areas.tolerance_m) > 1.5
        assert out[clear].tolist() == ref_areas.outside(lon, lat)[clear].tolist()
        CASES["outside_points"] += int((d > new_areas.tolerance_m).sum())
    # what the case exercised (printed by test_case_count)
    CASES["cases"] += 1
    CASES["rows"] += len(df)
    CASES["conflict_notes"] += len(got_notes)
    src = pd.concat([got["district_code_source"], got["school_code_source"]]).value_counts()
    for k in ("point_in_polygon", "given", "crosswalk"):
        CASES[k] += int(src.get(k, 0))
    if len(lon):
        pts = new_areas.to_metric(lon, lat)
        hits = shapely.STRtree(new_areas._metric["district"][1]).query(pts, predicate="within")[0]
        CASES["points_in_overlaps"] += int((np.bincount(hits, minlength=len(pts)) > 1).sum())
        CASES["points_by_nearest"] += int(((np.bincount(hits, minlength=len(pts)) == 0)
                                           & pd.notna(new_areas.locate("district", lon, lat))).sum())


def test_case_count() -> None:
    print(f"resolve: vectorised vs row-wise reference: {dict(CASES)}")
    if CASES["cases"]:
        assert CASES["cases"] >= 300  # (+ replays of saved examples)
        # the random cases reached every branch
        for k in ("conflict_notes", "crosswalk", "given", "points_in_overlaps", "points_by_nearest", "outside_points"):
            assert CASES[k] > 0, k
