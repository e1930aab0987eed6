"""Seeded generator of the bundled Tottori sample dataset (data/raw/sample-tottori/).

Real: the city outline, the 地区 and school names (with their confirmed/likely flags), the
positions of every 地区公民館 and school, and four approximate district population/household
figures. Synthetic: the borders drawn from those points, the statistics, 町内会 and resources.
Same seed → byte-identical files.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from indicators.sample import geometry as geo
from indicators.sample.declared import add_declared_sample
from indicators.sample.layout import LAYOUT
from indicators.sample.progress import add_progress_history
from indicators.sample.reference import (
    DISTRICTS, OUTLINE_SOURCE, POINTS_SOURCE, SCHOOLS, city_outline_lonlat, public_points,
)
from indicators.vocabulary import RESOURCE_TYPES

DEFAULT_SEED = 20241201
FISCAL_YEARS = (2022, 2023, 2024)
AS_OF = "2025-03-31"
TARGET_POPULATION_FY2024 = 183_600
TARGET_AGING = 0.310
TARGET_CHILD = 0.120
TARGET_HOUSEHOLD_SIZE = 2.20
N_ASSOCS = 830


FILES = (
    "dataset.yaml", "districts.geojson", "school_districts.geojson", "district_stats.csv",
    "neighbourhood_assocs.csv", "resources.csv", "README.md", "indicators.yaml", "indicator_observations.csv",
    "measure_progress.csv",
)


@dataclass
class District:
    code: str
    name: str
    confidence: str
    block: str
    kind: str
    school: str
    seed_m: tuple[float, float] = (0.0, 0.0)
    poly_m: BaseGeometry | None = None
    poly_ll: BaseGeometry | None = None
    area_km2: float = 0.0
    stats: dict[int, dict[str, int]] = field(default_factory=dict)


@dataclass
class School:
    code: str
    name: str
    kind: str
    point_ll: tuple[float, float]  # (lon, lat) of the (first) real school site
    sites_ll: tuple[tuple[float, float], ...]  # every campus (鹿野学園 has two)
    poly_m: BaseGeometry | None = None
    poly_ll: BaseGeometry | None = None


Progress = Callable[[str], None]


def _offset(rng: np.random.Generator, xy: tuple[float, float], rmin: float, rmax: float) -> tuple[float, float]:
    ang = rng.uniform(0, 2 * np.pi)
    r = rng.uniform(rmin, rmax)
    return xy[0] + r * np.cos(ang), xy[1] + r * np.sin(ang)


# ----------------------------------------------------------------------------- geometry

def _points_by_reference(kind: str) -> dict[str, list[tuple[float, float]]]:
    """Real positions (lon, lat) of each reference 地区 / school; a 分館 or second campus adds one."""
    out: dict[str, list[tuple[float, float]]] = {}
    for p in public_points():
        if p.kind == kind and p.reference_name:
            out.setdefault(p.reference_name, []).append((p.lon, p.lat))
    return out


# A 地区's helper seed carries its main school only when that school is this close (m): further
# away the seed would make a school district of scattered pieces.
_HELPER_SCHOOL_MAX_M = 6000.0


def build_geometry(rng: np.random.Generator) -> tuple[list[District], list[School], BaseGeometry]:
    """District and school-district polygons: two tessellations of the real city outline.

    地区 are the Voronoi cells of their real 公民館 (a 分館 adds a seed); school districts
    those of the real school sites plus one displaced helper seed per 地区 labelled with that
    地区's main school, so their borders cut across 地区 borders as in real cities.
    """
    outline = geo.geom_to_metric(city_outline_lonlat())
    centres = _points_by_reference("community_centre")
    sites = _points_by_reference("school")
    missing = [r.name for r in DISTRICTS if r.name not in centres] + [s.name for s in SCHOOLS if s.name not in sites]
    if missing:
        raise RuntimeError(f"no public point for {missing}")

    districts: list[District] = []
    seeds: list[tuple[float, float]] = []
    labels: list[int] = []
    for i, ref in enumerate(DISTRICTS):
        lay = LAYOUT[ref.name]
        d = District(f"D{i + 1:02d}", ref.name, ref.confidence, ref.area_block, lay.kind, lay.school)
        pts = [geo.to_metric(*ll) for ll in centres[ref.name]]
        d.seed_m = pts[0]
        seeds += pts
        labels += [i] * len(pts)
        districts.append(d)
    polys = geo.tessellate(seeds, labels, [d.seed_m for d in districts], outline)
    for d, p in zip(districts, polys):
        d.poly_m = p

    schools: list[School] = []
    seeds, labels = [], []
    for k, ref in enumerate(SCHOOLS):
        pts = sites[ref.name]
        schools.append(School(f"S{k + 1:02d}", ref.name, ref.kind, pts[0], tuple(pts)))
        seeds += [geo.to_metric(*ll) for ll in pts]
        labels += [k] * len(pts)
    school_idx = {s.name: k for k, s in enumerate(schools)}
    anchors = [geo.to_metric(*s.point_ll) for s in schools]
    for d in districts:
        k = school_idx[d.school]
        if Point(anchors[k]).distance(Point(d.seed_m)) > _HELPER_SCHOOL_MAX_M:
            continue
        rmin, rmax = (150, 450) if d.kind in ("core", "urban") else (300, 900)
        seeds.append(_offset(rng, d.seed_m, rmin, rmax))
        labels.append(k)
    spolys = geo.tessellate(seeds, labels, anchors, outline)
    for s, p in zip(schools, spolys):
        s.poly_m = p

    for d in districts:
        d.poly_ll = geo.geom_to_lonlat(d.poly_m)
        d.area_km2 = d.poly_m.area / 1e6
    for s in schools:
        s.poly_ll = geo.geom_to_lonlat(s.poly_m)
    return districts, schools, outline


# ----------------------------------------------------------------------------- statistics

_HH_SIZE = {"core": 1.95, "urban": 2.25, "peri": 2.65, "rural": 2.75}
_CHILD = {"core": 0.115, "urban": 0.140, "peri": 0.100, "rural": 0.090}
_OLD75_SHARE = {"core": 0.54, "urban": 0.49, "peri": 0.55, "rural": 0.57}
_ALONE_SHARE = {"core": 0.27, "urban": 0.21, "peri": 0.16, "rural": 0.15}  # of 65+ living alone
_DECLINE = {"core": 0.009, "urban": 0.004, "peri": 0.016, "rural": 0.021}  # population per year


def _scale_to(values: np.ndarray, fixed: np.ndarray, target: float) -> np.ndarray:
    """Scale the non-fixed entries so the total reaches `target`."""
    free = ~fixed
    rest = target - values[fixed].sum()
    out = values.astype(float).copy()
    out[free] *= rest / values[free].sum()
    return out


def build_stats(districts: list[District], rng: np.random.Generator) -> None:
    """Fill `District.stats[fy]` with counts; FY2024 hits the city-level targets."""
    ref = {r.name: r for r in DISTRICTS}
    kinds = [d.kind for d in districts]
    base = np.array([LAYOUT[d.name].base_pop * rng.uniform(0.92, 1.08) for d in districts])
    fixed_pop = np.array([ref[d.name].population is not None for d in districts])
    for i, d in enumerate(districts):
        if fixed_pop[i]:
            base[i] = ref[d.name].population
    target = TARGET_POPULATION_FY2024 + rng.integers(-600, 600)
    pop = np.round(_scale_to(base, fixed_pop, target)).astype(int)

    aging = np.array([LAYOUT[d.name].aging + rng.uniform(-0.015, 0.015) for d in districts])
    aging *= TARGET_AGING / (aging * pop).sum() * pop.sum()
    child = np.array([_CHILD[k] * rng.uniform(0.9, 1.1) for k in kinds])
    child *= TARGET_CHILD / (child * pop).sum() * pop.sum()
    size = np.array([_HH_SIZE[k] * rng.uniform(0.95, 1.05) for k in kinds])
    hh = pop / size
    fixed_hh = np.array([ref[d.name].households is not None for d in districts])
    for i, d in enumerate(districts):
        if fixed_hh[i]:
            hh[i] = ref[d.name].households
    hh = np.round(_scale_to(hh, fixed_hh, pop.sum() / TARGET_HOUSEHOLD_SIZE)).astype(int)
    for i, d in enumerate(districts):
        # 千代水: only households are known; its population follows from a rural household size.
        if fixed_hh[i] and not fixed_pop[i]:
            pop[i] = int(round(hh[i] * 2.6))

    for i, d in enumerate(districts):
        k = d.kind
        p24 = int(pop[i])
        o65 = int(round(p24 * min(max(aging[i], 0.15), 0.60)))
        c14 = int(round(p24 * child[i]))
        o75 = int(round(o65 * _OLD75_SHARE[k] * rng.uniform(0.96, 1.04)))
        alone = int(round(o65 * _ALONE_SHARE[k] * rng.uniform(0.9, 1.1)))
        h24 = int(hh[i])
        decline = _DECLINE[k] * rng.uniform(0.7, 1.3)
        g65 = {"core": 0.004, "urban": 0.010, "peri": -0.002, "rural": -0.006}[k] + rng.uniform(-0.003, 0.003)
        ghh = {"core": 0.001, "urban": 0.004, "peri": -0.008, "rural": -0.012}[k]
        for fy in FISCAL_YEARS:
            back = 2024 - fy
            f_pop = (1 + decline) ** back
            rows = {
                "population": p24 * f_pop,
                "pop_0_14": c14 * (1.028) ** back,
                "pop_65plus": o65 / (1 + g65) ** back,
                "pop_75plus": o75 / (1 + g65 + 0.012) ** back,
                "households": h24 / (1 + ghh) ** back,
                "single_elderly_households": alone / (1 + 0.02) ** back,
            }
            vals = {key: int(round(v)) for key, v in rows.items()}
            if back == 0:
                vals.update(population=p24, households=h24)
            d.stats[fy] = vals


# ----------------------------------------------------------------------------- 町内会・集落

_NAME_HEAD = list("上下東西南北中新本大小奥宮寺松竹梅桜柳杉橋森岡石水吉栄富安福若緑")
_NAME_TAIL = ["町", "谷", "原", "田", "野", "山", "川", "浜", "崎", "坂", "台", "ヶ丘", "平", "尾",
              "口", "畑", "沢", "島", "里", "浦", "瀬", "倉", "垣", "池"]
_KANJI_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
_ASSOC_SIZE = {"core": 120, "urban": 150, "peri": 45, "rural": 40}


def _wareki(fy: int, style: str) -> str:
    """A fiscal year written the way Japanese files do (never 元年, kept simple)."""
    if fy >= 2020:
        n = fy - 2018
        return {"kanji": f"令和{n}年度", "short": f"R{n}"}[style]
    n = fy - 1988
    return {"kanji": f"平成{n}年度", "short": f"H{n}"}[style]


def _fy_text(fy: int | None, rng: np.random.Generator, p_wareki: float = 0.12) -> str:
    if fy is None:
        return ""
    u = rng.uniform()
    if u < p_wareki and fy != 2019:
        return _wareki(fy, "kanji" if rng.uniform() < 0.6 else "short")
    if u < p_wareki + 0.05:
        return f"{fy}年度"
    return str(fy)


def _split_total(total: int, weights: np.ndarray) -> np.ndarray:
    """Integer split of `total` proportional to `weights` (largest remainder)."""
    raw = weights / weights.sum() * total
    out = np.floor(raw).astype(int)
    rest = total - out.sum()
    order = np.argsort(-(raw - out), kind="stable")
    out[order[:rest]] += 1
    return out


def build_assocs(districts: list[District], rng: np.random.Generator) -> list[dict[str, str]]:
    """About 830 町内会・集落 with points inside their 地区 polygon."""
    w = np.array([d.stats[2024]["households"] / _ASSOC_SIZE[d.kind] for d in districts])
    counts = np.maximum(_split_total(N_ASSOCS, w), 3)
    while counts.sum() > N_ASSOCS:
        counts[int(np.argmax(counts))] -= 1
    rural_idx = [i for i, d in enumerate(districts) if d.kind == "rural"]
    tiny_districts = {int(i) for i in rng.choice(rural_idx, size=6, replace=False)}

    rows: list[dict[str, str]] = []
    serial = 0
    for i, d in enumerate(districts):
        k = int(counts[i])
        s24 = d.stats[2024]
        # Not every household belongs to a 町内会 (about 9 in 10 do in this sample).
        hh_total = int(round(s24["households"] * rng.uniform(0.86, 0.95)))
        weights = rng.lognormal(0.0, 0.55, size=k)
        tiny = i in tiny_districts
        if tiny:
            weights[0] = 0.0
        hh = _split_total(hh_total - (2 if tiny else 0), weights) if weights.sum() > 0 else np.zeros(k, int)
        if tiny:
            hh[0] = 2
        old_w = hh * rng.uniform(0.8, 1.2, size=k)
        if tiny:
            old_w[0] = 0.0
        o65 = _split_total(s24["pop_65plus"] - (2 if tiny else 0), old_w)
        kid_w = hh * rng.uniform(0.6, 1.4, size=k)
        if tiny:
            kid_w[0] = 0.0
        c14 = _split_total(int(s24["pop_0_14"] * 0.97), kid_w)
        if tiny:
            o65[0] = int(rng.integers(1, 3))
            c14[0] = 0
        names: set[str] = set()
        for j in range(k):
            serial += 1
            for _ in range(50):
                nm = str(rng.choice(_NAME_HEAD)) + str(rng.choice(_NAME_TAIL))
                if d.kind in ("core", "urban") and rng.uniform() < 0.4:
                    nm += f"{_KANJI_NUM[int(rng.integers(0, 5))]}丁目"
                if nm not in names:
                    break
            names.add(nm)
            suffix = "町内会" if d.kind in ("core", "urban") else ("集落" if rng.uniform() < 0.6 else "自治会")
            x, y = geo.random_point_in(d.poly_m, rng)
            lon, lat = _inside_lonlat(d.poly_ll, x, y, d.poly_m, rng)
            map_fy = None if rng.uniform() < 0.35 else int(rng.choice(
                np.arange(2015, 2025), p=np.array([3, 3, 4, 5, 6, 7, 8, 9, 10, 11]) / 66))
            salon = 0 if (tiny and j == 0) else int(rng.choice([0, 1, 2], p=[0.55, 0.40, 0.05]))
            hh_j, o65_j, c14_j = int(hh[j]), int(o65[j]), int(c14[j])
            if o65_j > 2 * max(hh_j, 1):
                o65_j = 2 * max(hh_j, 1)
            rows.append({
                "assoc_code": f"A{serial:04d}",
                "assoc_name": f"{nm}{suffix}",
                "district_code": d.code,
                "households": str(hh_j),
                "pop_65plus": str(o65_j),
                # Real lists write zero as "-".
                "pop_0_14": "-" if c14_j == 0 else str(c14_j),
                "sasaeai_map_fy": _fy_text(map_fy, rng, p_wareki=0.2),
                "fureai_salon": str(salon),
                "lat": f"{lat:.6f}",
                "lon": f"{lon:.6f}",
            })
    return rows


def _inside_lonlat(poly_ll: BaseGeometry, x: float, y: float, poly_m: BaseGeometry,
                   rng: np.random.Generator) -> tuple[float, float]:
    """Round a metric point to 6-decimal lon/lat, resampling until it lies inside `poly_ll`."""
    for _ in range(100):
        lon, lat = geo.to_lonlat(x, y)
        lon, lat = round(lon, geo.DECIMALS), round(lat, geo.DECIMALS)
        if poly_ll.contains(Point(lon, lat)):
            return lon, lat
        x, y = geo.random_point_in(poly_m, rng)
    raise RuntimeError("could not place a point inside its polygon")


# ----------------------------------------------------------------------------- resources

_NICK = ["ひだまり", "なごみ", "えがお", "ふれあい", "やすらぎ", "きずな", "さくら", "あじさい", "ひまわり",
         "こもれび", "いろり", "えんがわ", "つばさ", "すまいる", "ぬくもり", "わかば", "おひさま", "たんぽぽ"]


@dataclass(frozen=True)
class _TypeSpec:
    names: tuple[str, ...]  # format strings with {d} (地区 name) and {n} (nickname)
    frequency: tuple[str, ...]
    located: bool  # a place with a point, or only an area (role, route)
    weight: str  # 'urban' | 'rural' | 'flat': which districts are likelier to have one


_SPECS: dict[str, _TypeSpec] = {
    "consultation_place": _TypeSpec(("{d}地区 福祉なんでも相談所", "{d}まちの保健室", "{d}ほっとスペース相談窓口"),
                                    ("常設（平日）", "常設（週3日）", "常設（週5日）"), True, "flat"),
    "district_salon": _TypeSpec(("{d}地区 常設サロン「{n}」", "{d}いきいきサロン「{n}」"),
                                ("常設（週5日）", "常設（週3日）"), True, "urban"),
    "community_cafeteria": _TypeSpec(("{d}ふれあい食堂", "みんなの食堂「{n}」", "{d}こども食堂", "地域食堂「{n}」"),
                                     ("月1回", "月2回", "週1回"), True, "urban"),
    "coordinator": _TypeSpec(("{d}地区コーディネーター",), ("",), False, "flat"),
    "activity_base": _TypeSpec(("{d}地区 福祉活動拠点（公民館内）", "{d}地区 ふれあいセンター"),
                               ("常設",), True, "flat"),
    "dementia_cafe": _TypeSpec(("オレンジカフェ「{n}」", "認知症カフェ「{n}」"), ("月1回", "月2回"), True, "urban"),
    "shopping_support": _TypeSpec(("移動販売「{n}号」{d}便", "{d}地区 買い物支援便"), ("週1回", "週2回"), False, "rural"),
    "transport_service": _TypeSpec(("{d}地区 共助交通「{n}」", "{d}福祉有償運送"), ("平日", "週3日", "予約制"), False, "rural"),
}

# Number of districts (or, for cafeterias, places) per type: tuned to plausible FY2024 counts.
_DISTRICT_SHARE = {"consultation_place": 0.72, "district_salon": 0.40, "coordinator": 0.50,
                   "activity_base": 0.75, "dementia_cafe": 0.28, "shopping_support": 0.24,
                   "transport_service": 0.16}


def _district_weights(districts: list[District], how: str) -> np.ndarray:
    if how == "urban":
        w = [3.0 if d.kind in ("core", "urban") else 1.0 for d in districts]
    elif how == "rural":
        w = [4.0 if d.kind == "rural" else (2.0 if d.kind == "peri" else 0.3) for d in districts]
    else:
        w = [1.0] * len(districts)
    return np.array(w) / sum(w)


def _opened(rng: np.random.Generator, recent_share: float) -> int | None:
    """Opening year: blank (before the series), 2015–2021, or 2022–2024."""
    u = rng.uniform()
    if u < recent_share:
        return int(rng.integers(2022, 2025))
    if u < recent_share + (1 - recent_share) / 2:
        return int(rng.integers(2015, 2022))
    return None


def build_resources(districts: list[District], schools: list[School],
                    rng: np.random.Generator) -> list[dict[str, str]]:
    """All 8 resource types; addressed by point, district, school or all of them."""
    plan: list[tuple[str, District, int | None, int | None]] = []  # type, district, opened, closed
    for rtype in RESOURCE_TYPES:
        spec = _SPECS[rtype]
        if rtype == "community_cafeteria":
            # 24 before FY2022 (two of them close in FY2023/24), then 5, 6 and 7 openings:
            # active 29 → 34 → 40, the rising trend of the city's 地域食堂.
            opened = [None] * 10 + [int(y) for y in rng.integers(2017, 2022, size=14)]
            opened += [2022] * 5 + [2023] * 6 + [2024] * 7
            w = np.array([d.stats[2024]["pop_0_14"] for d in districts], dtype=float)
            w[[i for i, d in enumerate(districts) if d.kind == "rural"]] *= 2.5
            idx = rng.choice(len(districts), size=len(opened), p=w / w.sum())
            closing = {int(rng.integers(0, 24)): 2023}
            while len(closing) < 2:
                c = int(rng.integers(0, 24))
                closing.setdefault(c, 2024)
            for j, (i, op) in enumerate(zip(idx, opened)):
                plan.append((rtype, districts[int(i)], op, closing.get(j)))
            continue
        k = int(round(_DISTRICT_SHARE[rtype] * len(districts)))
        chosen = rng.choice(len(districts), size=k, replace=False, p=_district_weights(districts, spec.weight))
        for i in sorted(int(c) for c in chosen):
            d = districts[i]
            recent = 0.45 if rtype in ("coordinator", "consultation_place") else 0.30
            plan.append((rtype, d, _opened(rng, recent), None))
            if rtype in ("consultation_place", "district_salon") and d.stats[2024]["population"] > 9000:
                plan.append((rtype, d, _opened(rng, 0.5), None))
        # A few places closed during the series so closures exist in the data.
        n_close = {"consultation_place": 2, "district_salon": 1, "dementia_cafe": 1, "shopping_support": 1}.get(rtype, 0)
        mine = [p for p in range(len(plan)) if plan[p][0] == rtype and (plan[p][2] or 0) <= 2021]
        for p in rng.choice(mine, size=n_close, replace=False):
            t, d, op, _ = plan[int(p)]
            plan[int(p)] = (t, d, op, int(rng.integers(2023, 2025)))

    rows: list[dict[str, str]] = []
    for n, (rtype, d, opened, closed) in enumerate(plan, start=1):
        spec = _SPECS[rtype]
        name = str(rng.choice(spec.names)).format(d=d.name, n=str(rng.choice(_NICK)))
        lat = lon = ""
        dcode = scode = ""
        if spec.located:
            mode = str(rng.choice(["all", "point", "district", "school"], p=[0.40, 0.25, 0.20, 0.15]))
        else:
            mode = str(rng.choice(["district", "school"], p=[0.65, 0.35]))
        x, y = geo.random_point_in(d.poly_m, rng, inset_m=80.0)
        plon, plat = _inside_lonlat(d.poly_ll, x, y, d.poly_m, rng)
        school = _school_at(schools, plon, plat)
        if mode in ("all", "point"):
            lat, lon = f"{plat:.6f}", f"{plon:.6f}"
        if mode in ("all", "district"):
            dcode = d.code
        if mode in ("all", "school"):
            scode = school.code
        rows.append({
            "resource_id": f"R{n:04d}",
            "resource_type": rtype,
            "name": name,
            "district_code": dcode,
            "school_code": scode,
            "lat": lat,
            "lon": lon,
            "opened_fy": _fy_text(opened, rng),
            "closed_fy": _fy_text(closed, rng),
            "frequency": str(rng.choice(spec.frequency)),
            "note": _note(rtype, opened, closed),
            "_opened": opened, "_closed": closed, "_district": d.code,  # for the summary/tests only
        })
    return rows


def _note(rtype: str, opened: int | None, closed: int | None) -> str:
    if closed is not None:
        return f"{closed}年度に閉所（{closed}年度以降は活動なし）"
    if rtype == "coordinator":
        return "市社協配置（非常勤）"
    if opened is not None and opened >= 2024:
        return "2024年度新規"
    return ""


def _school_at(schools: list[School], lon: float, lat: float) -> School:
    pt = Point(lon, lat)
    for s in schools:
        if s.poly_ll.covers(pt):
            return s
    raise RuntimeError(f"point {lon},{lat} in no school district")


# ----------------------------------------------------------------------------- writers

_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
STATS_COLUMNS = ("district_code", "fiscal_year", "population", "pop_0_14", "pop_65plus", "pop_75plus",
                 "households", "single_elderly_households")
ASSOC_COLUMNS = ("assoc_code", "assoc_name", "district_code", "households", "pop_65plus", "pop_0_14",
                 "sasaeai_map_fy", "fureai_salon", "lat", "lon")
RESOURCE_COLUMNS = ("resource_id", "resource_type", "name", "district_code", "school_code", "lat", "lon",
                    "opened_fy", "closed_fy", "frequency", "note")


def stats_rows(districts: list[District], rng: np.random.Generator) -> list[dict[str, str]]:
    """district_stats rows, a few written with the quirks real statistics files have."""
    rows: list[dict[str, str]] = []
    for fy in FISCAL_YEARS:
        for d in districts:
            row = {"district_code": d.code, "fiscal_year": str(fy)}
            row.update({k: str(v) for k, v in d.stats[fy].items()})
            rows.append(row)
    n = len(rows)
    picks = rng.permutation(n)
    for i in picks[:8]:  # thousands separators, as spreadsheets export them
        for col in ("population", "households", "pop_65plus"):
            rows[i][col] = f"{int(rows[i][col]):,}"
    for i in picks[8:10]:  # a row typed with full-width digits
        for col in STATS_COLUMNS[2:]:
            rows[i][col] = rows[i][col].translate(_FULLWIDTH)
    for i in picks[10:14]:  # 和暦 fiscal years
        rows[i]["fiscal_year"] = f"令和{int(rows[i]['fiscal_year']) - 2018}年度"
    return rows


def _csv_text(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _geojson_text(name: str, features: list[dict]) -> str:
    doc = {
        "type": "FeatureCollection",
        "name": name,
        # Legacy GeoJSON crs member: GDAL/pyogrio then report JGD2011 (EPSG:6668), the dataset CRS.
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::6668"}},
        "features": features,
    }
    # One feature per line keeps diffs readable while the file stays compact.
    head = json.dumps({k: v for k, v in doc.items() if k != "features"}, ensure_ascii=False)[:-1]
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return head + ', "features": [\n' + ",\n".join(lines) + "\n]}\n"


def districts_geojson(districts: list[District]) -> str:
    feats = []
    for d in districts:
        feats.append({
            "type": "Feature",
            "properties": {
                "district_code": d.code, "district_name": d.name, "name_confidence": d.confidence,
                "area_block": d.block, "area_km2": round(d.area_km2, 3),
            },
            "geometry": {"type": "Polygon", "coordinates": geo.polygon_coords(d.poly_ll)},
        })
    return _geojson_text("districts", feats)


def schools_geojson(schools: list[School]) -> str:
    feats = []
    for s in schools:
        feats.append({
            "type": "Feature",
            "properties": {
                "school_code": s.code, "school_name": s.name, "name_confidence": "confirmed",
                "school_kind": s.kind, "school_lon": s.point_ll[0], "school_lat": s.point_ll[1],
            },
            "geometry": {"type": "Polygon", "coordinates": geo.polygon_coords(s.poly_ll)},
        })
    return _geojson_text("school_districts", feats)


def dataset_yaml(seed: int) -> str:
    return f"""# 鳥取市 サンプルデータセット（合成データ）: `welfare sample-data --seed {seed}` で生成
name: 鳥取市 地域福祉 サンプルデータ（合成）
municipality_code: "312011"
municipality_name: 鳥取市
synthetic: true
as_of: {AS_OF}
# 統計が 2022 年度からのため（支え愛マップ・資源の年度はそれより前にもあります）
first_fy: {FISCAL_YEARS[0]}
crs: EPSG:6668
metric_crs: EPSG:6673
suppression_threshold: 3
synthetic_note: >-
  このデータセットの統計・町内会・集落・資源は架空の合成データです。市の外形、地区公民館と学校の位置、
  地区名・小学校名、4地区の概数（人口・世帯）は公開情報によりますが、区域の境界は公民館・学校の位置から
  作った架空のもので、人口などの値は乱数で作っており、鳥取市の実際の状況を表しません。
sources:
  - "市の外形: {OUTLINE_SOURCE}（JapanCityGeoJson 経由、30 m で簡略化）"
  - "地区公民館・小学校・義務教育学校の位置: {POINTS_SOURCE}（国土地理院コンテンツ利用規約により加工して利用）"
  - "地区名（地区公民館区域）・小学校名: 鳥取市の地域づくり懇談会の資料・地区公民館・学校のウェブページ（確認済み）。推定の名称は同名の小学校・旧村名による"
  - "日進・稲葉山・賀露の人口と世帯数、千代水の世帯数: 各地区公民館のウェブページの概数"
  - "区域の境界: 上記の位置から作った合成（公民館・学校ごとのボロノイ分割を市の外形で切り抜き）"
  - "上記以外（統計、町内会・集落、資源）: 合成データ（乱数の種 {seed}）"
"""


def generate_sample(out_dir: Path, seed: int = DEFAULT_SEED, progress: Progress | None = None) -> dict:
    """Write the sample dataset into `out_dir`; returns a summary (counts and file sizes)."""
    say = progress or (lambda _msg: None)
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(5)]
    say("区域（地区・小学校区）を生成中")
    districts, schools, outline = build_geometry(streams[0])
    say("地区別統計を生成中")
    build_stats(districts, streams[1])
    say("町内会・集落を生成中")
    assocs = build_assocs(districts, streams[2])
    say("地域資源を生成中")
    resources = build_resources(districts, schools, streams[3])
    texts = {
        "dataset.yaml": dataset_yaml(seed),
        "districts.geojson": districts_geojson(districts),
        "school_districts.geojson": schools_geojson(schools),
        # Excel-exported statistics often carry a BOM; the loader must accept it.
        "district_stats.csv": "\ufeff" + _csv_text(STATS_COLUMNS, stats_rows(districts, streams[4])),
        "neighbourhood_assocs.csv": _csv_text(ASSOC_COLUMNS, assocs),
        "resources.csv": _csv_text(RESOURCE_COLUMNS, resources),
    }
    add_declared_sample(texts, [d.code for d in districts], seed)  # indicators.yaml, indicator_observations.csv
    summary = _summary(districts, schools, outline, assocs, resources, seed)
    texts["README.md"] = readme_text(summary)
    add_progress_history(texts, seed)  # measure_progress.csv (indicators.sample.progress)
    say("ファイルを書き込み中")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (out_dir / name).write_bytes(text.encode("utf-8"))
    summary["files"] = {name: (out_dir / name).stat().st_size for name in texts}
    summary["out_dir"] = str(out_dir)
    return summary


def _summary(districts: list[District], schools: list[School], outline: BaseGeometry,
             assocs: list[dict], resources: list[dict], seed: int) -> dict:
    pop = {fy: sum(d.stats[fy]["population"] for d in districts) for fy in FISCAL_YEARS}
    o65 = sum(d.stats[2024]["pop_65plus"] for d in districts)
    c14 = sum(d.stats[2024]["pop_0_14"] for d in districts)
    hh = sum(d.stats[2024]["households"] for d in districts)
    active: dict[str, dict[int, int]] = {}
    for r in resources:
        op, cl = r["_opened"], r["_closed"]
        for fy in FISCAL_YEARS:
            if (op is None or op <= fy) and (cl is None or cl > fy):
                active.setdefault(r["resource_type"], {y: 0 for y in FISCAL_YEARS})[fy] += 1
    return {
        "seed": seed,
        "districts": len(districts),
        "schools": len(schools),
        "centres": sum(1 for p in public_points() if p.kind == "community_centre" and p.reference_name),
        "school_sites": sum(len(s.sites_ll) for s in schools),
        "outline_km2": round(outline.area / 1e6, 1),
        "population": pop,
        "aging_rate_2024": round(o65 / pop[2024], 4),
        "child_rate_2024": round(c14 / pop[2024], 4),
        "households_2024": hh,
        "assocs": len(assocs),
        "resources": len(resources),
        "active_resources": {t: active.get(t, {}) for t in RESOURCE_TYPES},
    }


def readme_text(summary: dict) -> str:
    pop = summary["population"]
    lines = [f"| {RESOURCE_TYPES[t]['label_ja']} (`{t}`) | " + " | ".join(str(c.get(fy, 0)) for fy in FISCAL_YEARS) + " |"
             for t, c in summary["active_resources"].items()]
    return f"""# 鳥取市 サンプルデータセット（合成データ）

**統計・町内会・資源は架空の合成データです。** 市の外形、地区公民館・学校の位置、地区名・学校名など
下記「実在の情報」以外は乱数（seed {summary['seed']}）で作った値で、鳥取市の実際の状況を表しません。
計画の指標・ギャップ地図・報告書の動作確認と操作練習のためのものです。

再生成: `welfare sample-data`（既定の出力先はこのフォルダ、`--seed N` で別の乱数列、
`--out DIR` で別の場所）。同じ seed からはバイト単位で同じファイルができます。
生成スクリプト: `src/indicators/sample/`（`generate.py`, `layout.py`, `reference.py`, `reference_data/`）。

## 出典
- 市の外形: {OUTLINE_SOURCE}。JapanCityGeoJson プロジェクトが市町村ごとに分けたもの
  （コード 31201）から 0.05 km² 未満の小島を除き、30 m で簡略化（面積 {summary['outline_km2']} km²、公表値 765.31 km²）。
- 地区公民館 {summary['centres']} か所・学校 {summary['school_sites']} か所の位置: {POINTS_SOURCE}。
  jp-shelter-api（github.com/motohasystem/jp-shelter-api）が市町村ごとに分けたものから建物の位置を採用。
  国土地理院コンテンツ利用規約に基づき加工して利用しています。

## 実在の情報（公開情報から）
- 市の外形（上記）。地区と小学校区の和はどちらもこの外形そのものです。
- 地区（地区公民館区域）{summary['districts']} 地区の名称と所属する旧市町（`area_block`）。
  `name_confidence = confirmed` は市・地区公民館の公開ページで確認できた名称、
  `likely` は同名の小学校や旧村名からの**推定**です（地図・表にその旨を表示してください）。
- 各地区の地区公民館の位置（湖南は分館も）。
- 小学校・義務教育学校 {summary['schools']} 校の名称・種別と位置（`school_lon/school_lat`、鹿野学園は
  2 つの校舎の 1 つ目）。
- 概数（公開ページの値、時点はまちまち）: 日進 人口 5,760・世帯 2,747、稲葉山 人口 3,800・世帯 1,472、
  賀露 人口 5,000・世帯 2,000、千代水 世帯 473。2024年度の値としてそのまま使っています。

## 合成（架空）の情報
- **区域の境界**: 地区は各地区公民館の位置を種点とするボロノイ分割を市の外形で切り抜いたもの
  （実際の地区境界ではありません。酒津・大和の公民館はこの一覧にないため、その周りは隣の地区に含まれます）。
  小学校区は学校の位置と、各地区の近くに置いたその地区の主な学校の補助点による**別の**分割なので、
  地区と小学校区は入れ子になりません（地区↔小学校区の対応 `crosswalk` は形状から導出します。
  このフォルダに crosswalk.csv はありません）。
- **地区別統計** `district_stats.csv`（2022〜2024年度）: 人口 {pop[2022]:,} → {pop[2023]:,} → {pop[2024]:,} 人、
  2024年度の高齢化率 {summary['aging_rate_2024'] * 100:.1f} %、年少人口割合 {summary['child_rate_2024'] * 100:.1f} %、
  世帯 {summary['households_2024']:,}。中心部・郊外・周辺農村・旧町村で年齢構成と世帯人員を変えています。
- **町内会・集落** `neighbourhood_assocs.csv`（{summary['assocs']} 件）: 名称・位置・世帯数・人数・支え愛マップ・
  サロン数はすべて架空（位置はすべて市内）。世帯数・高齢者数が 1〜2 の小さな集落を含みます（秘匿表示の確認用）。
- **地域資源** `resources.csv`（{summary['resources']} 件、8種類）: 名称・位置・開設/閉所年度はすべて架空（位置はすべて市内）。
  各種類とも資源のない地区があり、ギャップが見えるようにしています。年度別の活動数:

| 種類 | 2022 | 2023 | 2024 |
|---|---|---|---|
{chr(10).join(lines)}

## コードと書き方
- 地区コード `D01`〜`D{summary['districts']:02d}`（参照リストの順）、学校コード `S01`〜`S{summary['schools']:02d}`、
  町内会コード `A0001`〜、資源 ID `R0001`〜。座標は JGD2011 経緯度（EPSG:6668）、小数6桁。
- 資源は「座標のみ」「地区コードのみ」「学校コードのみ」「すべて」の書き方が混在しています
  （コードの解決はビルド時に行います）。コーディネーター・買い物支援・移送は座標を持ちません。
- 実際の統計ファイルに合わせて、一部のセルを次のように書いています（いずれも有効な値です）:
  `district_stats.csv` は BOM 付き UTF-8、桁区切り（`"14,012"`）、全角数字の行、`令和5年度` 形式の年度;
  `neighbourhood_assocs.csv` の `pop_0_14` の `-`（= 0）、`sasaeai_map_fy` の `令和3年度`・`H30`・`2019年度`、空欄（= 未作成）;
  `resources.csv` の `opened_fy`・`closed_fy` の和暦。
"""
