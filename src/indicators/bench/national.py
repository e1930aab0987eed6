"""Seeded generator of a national-scale synthetic dataset in the raw-data contract layout.

Full scale (scale=1): about 20,000 小学校区 and 15,000 地区 polygons (two jittered grids
over the same box, so they overlap irregularly and the crosswalk is derived from geometry),
300,000 町内会 points and 1,000,000 resources, with three fiscal years of statistics.
Everything is vectorised numpy/shapely; the dataset is synthetic and says so.
"""
from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from indicators.vocabulary import RESOURCE_TYPES

FULL = {"school_districts": 20_000, "districts": 15_000, "assocs": 300_000, "resources": 1_000_000}
# A box in lon/lat roughly the land area of Japan (≈ 380,000 km²), centred on plane zone V.
BOX = (130.9, 32.9, 137.8, 38.6)  # lon0, lat0, lon1, lat1
METRIC_CRS = "EPSG:6673"
YEARS = (2022, 2023, 2024)
TYPES = tuple(RESOURCE_TYPES)  # the contract vocabulary, in its order
# relative frequency of each resource type (salons and cafés are common, coordinators rare)
TYPE_WEIGHTS = np.array([0.10, 0.30, 0.15, 0.03, 0.07, 0.12, 0.13, 0.10])


@dataclass
class NationalCounts:
    districts: int
    school_districts: int
    assocs: int
    resources: int
    stats_rows: int
    seconds: float


def _grid_shape(n: int, aspect: float) -> tuple[int, int]:
    """nx, ny with nx * ny ≈ n and nx / ny ≈ aspect (at least 1 × 1)."""
    nx = max(1, round(math.sqrt(n * aspect)))
    ny = max(1, round(n / nx))
    return nx, ny


def jittered_grid(nx: int, ny: int, box: tuple[float, float, float, float], rng: np.random.Generator,
                  jitter: float = 0.3) -> np.ndarray:
    """Polygons (as an array of shapely Polygons) of an nx × ny grid whose inner vertices are moved.

    Neighbouring cells share their vertices, so the cells tile the box without gaps or overlaps;
    jitter < 0.5 of a cell keeps every quadrilateral simple (valid).
    """
    lon0, lat0, lon1, lat1 = box
    dx, dy = (lon1 - lon0) / nx, (lat1 - lat0) / ny
    gx, gy = np.meshgrid(np.linspace(lon0, lon1, nx + 1), np.linspace(lat0, lat1, ny + 1), indexing="ij")
    inner = (slice(1, nx), slice(1, ny))
    gx[inner] += rng.uniform(-jitter, jitter, gx[inner].shape) * dx
    gy[inner] += rng.uniform(-jitter, jitter, gy[inner].shape) * dy
    i, j = np.meshgrid(np.arange(nx), np.arange(ny), indexing="ij")
    i, j = i.ravel(), j.ravel()
    # ring: (i,j) (i+1,j) (i+1,j+1) (i,j+1) (i,j) — counter-clockwise
    ci = np.stack([i, i + 1, i + 1, i, i], axis=1)
    cj = np.stack([j, j, j + 1, j + 1, j], axis=1)
    coords = np.stack([gx[ci, cj], gy[ci, cj]], axis=2)
    return shapely.polygons(coords)


def points_in_cells(cells: np.ndarray, cell_idx: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One point per entry of cell_idx, strictly inside that cell (interpolated in the quad)."""
    coords = shapely.get_coordinates(cells).reshape(len(cells), 5, 2)[cell_idx]
    # bilinear interpolation with u, v away from the edges stays inside a convex-ish quad
    u = rng.uniform(0.1, 0.9, len(cell_idx))[:, None]
    v = rng.uniform(0.1, 0.9, len(cell_idx))[:, None]
    p = (1 - u) * (1 - v) * coords[:, 0] + u * (1 - v) * coords[:, 1] + u * v * coords[:, 2] + (1 - u) * v * coords[:, 3]
    return p


def _write_geojson(path: Path, name: str, polys: np.ndarray, props: pd.DataFrame) -> None:
    coords = np.round(shapely.get_coordinates(polys).reshape(len(polys), 5, 2), 6)
    keys = list(props.columns)
    cols = [props[k].tolist() for k in keys]
    with path.open("w", encoding="utf-8") as f:
        f.write('{"type":"FeatureCollection","name":' + json.dumps(name)
                + ',"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::6668"}},"features":[\n')
        for n in range(len(polys)):
            p = {k: c[n] for k, c in zip(keys, cols)}
            ring = ",".join(f"[{x:.6f},{y:.6f}]" for x, y in coords[n])
            f.write(("," if n else "") + '{"type":"Feature","properties":' + json.dumps(p, ensure_ascii=False)
                    + ',"geometry":{"type":"Polygon","coordinates":[[' + ring + "]]}}\n")
        f.write("]}\n")


def generate_national(out_dir: Path, scale: float = 1.0, seed: int = 20261126) -> NationalCounts:
    """Write a contract dataset directory of the given scale (1.0 = national) and return its sizes."""
    t0 = time.perf_counter()
    if not scale > 0:
        raise ValueError("scale must be positive")
    rng = np.random.default_rng(seed)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    n = {k: max(1, round(v * scale)) for k, v in FULL.items()}
    # the box shrinks with the scale so point density (and catchment sizes) stay national-like
    lon0, lat0, lon1, lat1 = BOX
    f = math.sqrt(scale) if scale < 1 else 1.0
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    box = (cx - (lon1 - lon0) * f / 2, cy - (lat1 - lat0) * f / 2, cx + (lon1 - lon0) * f / 2, cy + (lat1 - lat0) * f / 2)
    aspect = (box[2] - box[0]) * math.cos(math.radians(cy)) / (box[3] - box[1])

    snx, sny = _grid_shape(n["school_districts"], aspect)
    dnx, dny = _grid_shape(n["districts"], aspect)
    schools = jittered_grid(snx, sny, box, rng)
    districts = jittered_grid(dnx, dny, box, rng)
    n_s, n_d = len(schools), len(districts)
    s_codes = np.char.add("S", np.char.zfill(np.arange(1, n_s + 1).astype(str), 5))
    d_codes = np.char.add("D", np.char.zfill(np.arange(1, n_d + 1).astype(str), 5))
    _write_geojson(out_dir / "school_districts.geojson", "school_districts", schools,
                   pd.DataFrame({"school_code": s_codes, "school_name": [f"第{i}小学校" for i in range(1, n_s + 1)]}))
    _write_geojson(out_dir / "districts.geojson", "districts", districts,
                   pd.DataFrame({"district_code": d_codes, "district_name": [f"第{i}地区" for i in range(1, n_d + 1)]}))

    # 町内会: uneven population — more associations in some districts (gamma weights)
    w = rng.gamma(1.5, 1.0, n_d)
    a_cell = rng.choice(n_d, size=n["assocs"], p=w / w.sum())
    a_xy = points_in_cells(districts, a_cell, rng)
    hh = rng.integers(5, 400, n["assocs"])
    p65 = (hh * rng.uniform(0.5, 1.2, n["assocs"])).astype(int)
    p014 = (hh * rng.uniform(0.1, 0.5, n["assocs"])).astype(int)
    sasa = np.where(rng.random(n["assocs"]) < 0.4, rng.integers(2015, 2025, n["assocs"]).astype(str), "")
    assocs = pd.DataFrame({
        "assoc_code": np.char.add("A", np.char.zfill(np.arange(1, n["assocs"] + 1).astype(str), 6)),
        "assoc_name": np.char.add(np.char.add("第", np.arange(1, n["assocs"] + 1).astype(str)), "町内会"),
        "district_code": d_codes[a_cell], "households": hh, "pop_65plus": p65, "pop_0_14": p014,
        "sasaeai_map_fy": sasa, "fureai_salon": rng.integers(0, 3, n["assocs"]),
        "lat": np.round(a_xy[:, 1], 6), "lon": np.round(a_xy[:, 0], 6),
    })
    assocs.to_csv(out_dir / "neighbourhood_assocs.csv", index=False)

    # district statistics: sums of the associations, growing older year by year
    agg = assocs.groupby("district_code")[["households", "pop_65plus", "pop_0_14"]].sum()
    agg = agg.reindex(d_codes, fill_value=0)
    rows = []
    for k, fy in enumerate(YEARS):
        hhs = agg["households"].to_numpy() + 3
        pop = (hhs * 2.3).astype(int) + agg["pop_65plus"].to_numpy() // 4
        p65y = np.minimum((agg["pop_65plus"].to_numpy() * (1 + 0.01 * k)).astype(int), pop)
        rows.append(pd.DataFrame({
            "district_code": d_codes, "fiscal_year": fy, "population": pop,
            "pop_0_14": np.minimum(agg["pop_0_14"].to_numpy(), pop - p65y), "pop_65plus": p65y,
            "pop_75plus": p65y // 2, "households": hhs, "single_elderly_households": np.minimum(p65y // 5, hhs),
        }))
    stats = pd.concat(rows, ignore_index=True)
    stats.to_csv(out_dir / "district_stats.csv", index=False)

    # resources: 80 % located by coordinates only, 10 % by district code only, 10 % both
    nr = n["resources"]
    r_cell = rng.choice(n_d, size=nr, p=w / w.sum())
    r_xy = points_in_cells(districts, r_cell, rng)
    mode = rng.choice(3, size=nr, p=[0.8, 0.1, 0.1])
    lat = np.where(mode == 1, np.nan, np.round(r_xy[:, 1], 6))
    lon = np.where(mode == 1, np.nan, np.round(r_xy[:, 0], 6))
    opened = rng.integers(2010, 2025, nr)
    closed = np.where(rng.random(nr) < 0.1, opened + rng.integers(1, 10, nr), 0)
    types = np.array(TYPES)[rng.choice(len(TYPES), size=nr, p=TYPE_WEIGHTS / TYPE_WEIGHTS.sum())]
    res = pd.DataFrame({
        "resource_id": np.char.add("R", np.char.zfill(np.arange(1, nr + 1).astype(str), 7)),
        "resource_type": types,
        "name": np.char.add(np.char.add("資源", np.arange(1, nr + 1).astype(str)), "号"),
        "district_code": np.where(mode >= 1, d_codes[r_cell], ""),
        "school_code": "", "lat": lat, "lon": lon, "opened_fy": opened,
        "closed_fy": np.where(closed > 0, closed.astype(str), ""),
        "frequency": "", "note": "",
    })
    res.to_csv(out_dir / "resources.csv", index=False, float_format="%.6f")

    (out_dir / "dataset.yaml").write_text(
        "# 全国規模のベンチマーク用データセット（合成データ）: python -m indicators.bench で生成\n"
        f"name: 全国規模ベンチマーク（合成, scale={scale:g}, seed={seed}）\n"
        'municipality_code: "312011"\n'
        "municipality_name: 全国（合成）\n"
        "synthetic: true\n"
        "as_of: 2025-03-31\n"
        "crs: EPSG:6668\n"
        f"metric_crs: {METRIC_CRS}\n"
        "sources:\n"
        "  - \"すべて乱数で作った架空の値（indicators.bench.national）\"\n",
        encoding="utf-8",
    )
    return NationalCounts(n_d, n_s, len(assocs), len(res), len(stats), time.perf_counter() - t0)
