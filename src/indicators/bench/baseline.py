"""A straightforward geopandas/pandas implementation of the core indicators (the benchmark's yardstick).

Reads a contract dataset directory directly (no validation, no warehouse) and computes, per
resource type and fiscal year:
  coverage  — active resources per 地区 / 小学校区 (covered = ≥ 1) and the city share of covered areas;
  density   — active resources per 1,000 people aged 65+ per 地区 and city;
  access    — for people aged 65+ and 0–14 (町内会 points), the population-weighted mean distance
              to the nearest active located resource and the population within 500 m / 1 km / 2 km,
              per 地区, 小学校区 and the city (geopandas.sjoin_nearest in the metric CRS).
Areas of a point are found with geopandas.sjoin (point in polygon) when no code is given.
It assumes clean input (the benchmark's generated data); it is not part of the product.
"""
from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import yaml

THRESHOLDS = (500, 1000, 2000)
GROUPS = {"aged": "pop_65plus", "children": "pop_0_14"}


def _points(df: pd.DataFrame, crs: str) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df["lon"], df["lat"]), crs=crs)


def _area_of(points: gpd.GeoDataFrame, areas: gpd.GeoDataFrame, code: str) -> pd.Series:
    j = gpd.sjoin(points[["geometry"]], areas[[code, "geometry"]], how="left", predicate="within")
    return j[~j.index.duplicated(keep="first")][code]


def _place_unlocated(res: pd.DataFrame, located: pd.Series, assocs: pd.DataFrame, districts: gpd.GeoDataFrame,
                     schools: gpd.GeoDataFrame, metric: str, crs: str) -> None:
    """Issue 20, written again the geopandas way: a resource without a point stands at the
    households-weighted centre of the 町内会 of its given 地区 (else 小学校区), or the area's centroid."""
    pts = assocs.dropna(subset=["lat", "lon"]).copy()
    pts["school"] = _area_of(_points(pts, crs), schools, "school_code")
    pts["w"] = pd.to_numeric(pts["households"], errors="coerce").fillna(0)
    centres = {}
    for level, key, areas, code in (("d", "district_code", districts, "district_code"), ("s", "school", schools, "school_code")):
        cent = areas.to_crs(metric).centroid.to_crs(crs)
        for c, x, y in zip(areas[code], cent.x, cent.y):
            centres[(level, str(c))] = (x, y)
        for c, g in pts.groupby(key):
            w = g["w"].to_numpy(dtype=float)
            if w.sum() > 0:
                centres[(level, str(c))] = (float((g["lon"] * w).sum() / w.sum()), float((g["lat"] * w).sum() / w.sum()))
            else:
                centres[(level, str(c))] = (float(g["lon"].mean()), float(g["lat"].mean()))
    for i in res.index[~located]:
        d, sc = res.at[i, "district_code"], res.at[i, "school_code"]
        key = ("d", str(d)) if pd.notna(d) else (("s", str(sc)) if pd.notna(sc) else None)
        if key in centres:
            res.at[i, "lon"], res.at[i, "lat"] = centres[key]


def compute_baseline(dataset_dir: Path) -> dict[str, pd.DataFrame]:
    """Indicator frames {'coverage', 'density', 'access'} for the dataset directory."""
    d = Path(dataset_dir)
    meta = yaml.safe_load((d / "dataset.yaml").read_text(encoding="utf-8-sig"))
    crs, metric = meta.get("crs", "EPSG:6668"), meta["metric_crs"]
    city = str(meta["municipality_code"])
    threshold = int(meta.get("suppression_threshold", 3))
    districts = gpd.read_file(d / "districts.geojson").set_crs(crs, allow_override=True)
    schools = gpd.read_file(d / "school_districts.geojson").set_crs(crs, allow_override=True)
    stats = pd.read_csv(d / "district_stats.csv", dtype={"district_code": str}, thousands=",")
    assocs = pd.read_csv(d / "neighbourhood_assocs.csv", dtype={"district_code": str, "assoc_code": str})
    res = pd.read_csv(d / "resources.csv", dtype={"district_code": str, "school_code": str, "resource_id": str},
                      keep_default_na=False, na_values=[""])

    ap = _points(assocs, crs)
    assocs["school"] = _area_of(ap, schools, "school_code")

    # areas of each resource: given codes first, else point in polygon
    located = res["lat"].notna() & res["lon"].notna()
    _place_unlocated(res, located, assocs, districts, schools, metric, crs)
    located = res["lat"].notna() & res["lon"].notna()
    rp = _points(res[located], crs)
    res.loc[located, "pip_district"] = _area_of(rp, districts, "district_code")
    res.loc[located, "pip_school"] = _area_of(rp, schools, "school_code")
    res["district"] = res["district_code"].fillna(res["pip_district"])
    res["school"] = res["school_code"].fillna(res["pip_school"])

    as_of = pd.Timestamp(str(meta["as_of"]))
    as_of_fy = as_of.year if as_of.month >= 4 else as_of.year - 1  # Japanese fiscal year
    # the contract's year range: every year an input names, not before first_fy (default as_of_fy - 4)
    first_fy = int(meta["first_fy"]) if meta.get("first_fy") not in (None, "") else as_of_fy - 4
    named = pd.to_numeric(pd.concat([stats["fiscal_year"], res["opened_fy"], res["closed_fy"],
                                     assocs.get("sasaeai_map_fy", pd.Series(dtype=float))]), errors="coerce").dropna()
    earliest = int(min(as_of_fy, named.min())) if len(named) else as_of_fy
    years = list(range(max(earliest, min(first_fy, as_of_fy)), as_of_fy + 1))
    types = sorted(res["resource_type"].unique())

    cov_rows, den_rows, acc_rows = [], [], []
    rp_m = rp.to_crs(metric)
    ap_m = ap.to_crs(metric)
    for fy in years:
        active = (res["opened_fy"].isna() | (res["opened_fy"] <= fy)) & (res["closed_fy"].isna() | (res["closed_fy"] > fy))
        act = res[active]
        st = stats[stats["fiscal_year"] == fy].set_index("district_code")
        for level, col, areas, code in (("district", "district", districts, "district_code"),
                                         ("school_district", "school", schools, "school_code")):
            counts = act.groupby([col, "resource_type"]).size().unstack(fill_value=0)
            counts = counts.reindex(index=areas[code], columns=types, fill_value=0)
            for t in types:
                n = counts[t]
                cov_rows.append(pd.DataFrame({"resource_type": t, "area_level": level, "area_code": n.index,
                                              "fiscal_year": fy, "value": (n > 0).astype(float), "numerator": n.values}))
                cov_rows.append(pd.DataFrame({"resource_type": [t], "area_level": "city", "area_code": city,
                                              "fiscal_year": fy, "value": [(n > 0).mean()], "numerator": [(n > 0).sum()],
                                              "sub_level": level}))
                if level == "district":
                    aged = st["pop_65plus"].reindex(n.index).astype(float)
                    # small denominators are suppressed, as the product does (threshold from dataset.yaml)
                    rate = n.values / aged.where(aged >= threshold).values * 1000
                    den_rows.append(pd.DataFrame({"resource_type": t, "area_level": "district", "area_code": n.index,
                                                  "fiscal_year": fy, "value": rate}))
                    total = (act["resource_type"] == t).sum()
                    den_rows.append(pd.DataFrame({"resource_type": [t], "area_level": "city", "area_code": city,
                                                  "fiscal_year": fy,
                                                  "value": [total / aged.sum() * 1000 if aged.notna().any() else np.nan]}))
        # nearest active located resource of each type for every 町内会
        act_loc = rp_m[active[located].to_numpy()]
        for t in types:
            sup = act_loc[act_loc["resource_type"] == t][["geometry"]]
            if len(sup) == 0:
                dist = pd.Series(np.inf, index=ap_m.index)
            else:
                nn = gpd.sjoin_nearest(ap_m[["geometry"]], sup, how="left", distance_col="d")
                dist = nn.groupby(level=0)["d"].first()
            for grp, pcol in GROUPS.items():
                frame = pd.DataFrame({"d": dist.to_numpy(), "pop": assocs[pcol].to_numpy(dtype=float),
                                      "district": assocs["district_code"].to_numpy(), "school": assocs["school"].to_numpy()})
                frame = frame[frame["pop"].notna()]
                frame["pd"] = frame["pop"] * frame["d"]
                for th in THRESHOLDS:
                    frame[f"w{th}"] = frame["pop"] * (frame["d"] <= th)
                for level, key in (("district", "district"), ("school_district", "school"), ("city", None)):
                    g = frame.groupby(key) if key else frame.assign(_c=city).groupby("_c")
                    s = g[["pop", "pd", *[f"w{th}" for th in THRESHOLDS]]].sum()
                    out = pd.DataFrame({"resource_type": t, "population_group": grp, "area_level": level,
                                        "area_code": s.index, "fiscal_year": fy, "pop_total": s["pop"].values,
                                        "mean_nearest_m": (s["pd"] / s["pop"]).where(s["pop"] > 0).values})
                    for th in THRESHOLDS:
                        out[f"pop_within_{th}"] = s[f"w{th}"].values
                    acc_rows.append(out)
    return {"coverage": pd.concat(cov_rows, ignore_index=True), "density": pd.concat(den_rows, ignore_index=True),
            "access": pd.concat(acc_rows, ignore_index=True)}
