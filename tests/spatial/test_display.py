"""Display geometry: simplified once per build, every area and code kept, shared edges still shared."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
import shapely

from indicators.spatial.display import DETAIL, display_frame, display_tolerance, simplify_layer
from indicators.warehouse.duck import connect


def _wiggly_grid(n: int = 3, steps: int = 40, amp: float = 1e-4) -> tuple[list[str], np.ndarray]:
    """n × n unit squares whose inner edges zig-zag by `amp` (shared by both neighbours)."""
    def xs(i: int) -> list[float]:  # a vertical line at x = i, zig-zagging in x
        return [i + (amp if (k % 2 and 0 < i < n) else 0.0) for k in range(steps + 1)]

    codes, polys = [], []
    for i in range(n):
        for j in range(n):
            ys = np.linspace(j, j + 1, steps + 1)
            left = list(zip(xs(i), ys))
            right = list(zip(xs(i + 1), ys))
            ring = [left[0], *right, *left[::-1]]
            polys.append(shapely.Polygon(ring))
            codes.append(f"A{i}{j}")
    return codes, np.array(polys, dtype=object)


def test_tolerance_is_the_extent_over_detail():
    geoms = np.array([shapely.box(0, 0, 2, 1), shapely.box(2, 0, 4, 1), None], dtype=object)
    assert display_tolerance(geoms) == pytest.approx(4 / DETAIL)


def test_simplified_grid_keeps_every_area_and_its_edges():
    codes, geoms = _wiggly_grid()
    assert shapely.is_valid(geoms).all()
    before = shapely.get_num_coordinates(geoms).sum()
    # Visvalingam–Whyatt: a zig-zag triangle (base 0.05, height 1e-4) has area 2.5e-6 < 0.01²
    out = simplify_layer(geoms, 0.01)
    assert len(out) == 9 and shapely.is_valid(out).all() and not shapely.is_empty(out).any()
    # every square is a plain square again: 5 coordinates (4 corners + closing point)
    assert list(shapely.get_num_coordinates(out)) == [5] * 9
    assert before > 9 * 80
    # topology kept: the cells still tile the 3 × 3 box without gaps or overlaps
    assert sum(shapely.area(out)) == pytest.approx(9.0, abs=1e-6)
    assert shapely.union_all(out).area == pytest.approx(9.0, abs=1e-6)
    for i, g in enumerate(out):
        x, y = divmod(i, 3)
        assert g.normalize().equals_exact(shapely.box(x, y, x + 1, y + 1).normalize(), 1e-6)


def test_missing_geometry_stays_missing_and_tiny_areas_survive():
    tiny = shapely.box(0, 0, 1e-7, 1e-7)  # far below the tolerance and the 1e-5 grid
    geoms = np.array([shapely.box(0, 0, 1, 1), None, tiny], dtype=object)
    out = simplify_layer(geoms, 0.01)
    assert out[1] is None
    assert not shapely.is_empty(out[2]) and out[2].area > 0


def test_display_frame_rows_are_geojson_with_label_points_inside():
    codes, geoms = _wiggly_grid(2)
    df = display_frame(pd.Series(codes), pd.Series([f"区域{c}" for c in codes]), geoms, "district")
    assert list(df["area_code"]) == codes and list(df["area_name"]) == [f"区域{c}" for c in codes]
    for g, lon, lat in zip(df["geojson"], df["label_lon"], df["label_lat"]):
        shape = shapely.geometry.shape(json.loads(g))
        assert shape.contains(shapely.Point(lon, lat))


def test_build_stores_the_display_layers(sample_warehouse):
    con = connect(sample_warehouse, read_only=True)
    try:
        for table, code, level in (("districts", "district_code", "district"),
                                   ("school_districts", "school_code", "school_district")):
            want = [r[0] for r in con.execute(f"SELECT {code} FROM {table} ORDER BY 1").fetchall()]
            got = con.execute("SELECT area_code, geojson FROM display_areas WHERE area_level = ? ORDER BY 1",
                              [level]).fetchall()
            assert [r[0] for r in got] == want
            shapes = [shapely.geometry.shape(json.loads(r[1])) for r in got]
            assert all(s.is_valid and not s.is_empty for s in shapes)
            orig = con.execute(f"SELECT sum(ST_Area(geom)), ST_Area(ST_Union_Agg(geom)) FROM {table}").fetchone()
            # the simplified layer covers what the original covers (within 0.5 %), still without overlaps
            assert sum(s.area for s in shapes) == pytest.approx(orig[0], rel=5e-3)
            assert shapely.union_all(shapes).area == pytest.approx(sum(s.area for s in shapes), rel=1e-3)
    finally:
        con.close()
