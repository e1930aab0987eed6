"""Scenario planning (issue 20): the next sites, by the exact solver or by hand, before → after.

Typed functions of the warehouse for the page 「次の拠点（シナリオ）」, the deck, the HTML report and
the exports (no streamlit here). A `Scenario` is a resource type, a population group, a radius, a
fiscal year, sites to add (from `indicators.spatial.siting`'s exact solver or by hand) and
existing resources to close. `evaluate` measures it the way the catalogue does:

- share within the radius: people of the group at 町内会 points within `radius_m` (straight line,
  `dataset_meta.metric_crs`) of the nearest active resource ÷ people at points with a known count
  (= `access_district` pop_within_<r> / pop_total, the catalogue's accessibility family);
- 地区 / 小学校区 coverage: areas with ≥ 1 active resource of the type ÷ all areas (the coverage
  family; an existing resource counts in the area the build resolved, a new site in the area its
  point falls in);
- per new site, people newly within the radius, in the order the sites are listed (the solver's
  sites come ranked by marginal gain, so these are the CLI's numbers).

Resources without coordinates are where the build placed them (`indicators.spatial.placement`).
People counts pass through `indicators.engine.suppression`: a site's gain below the threshold is
「秘匿」 and so is every running total from it on; a city total whose change is below the threshold
is hidden too (the difference would reveal it).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from indicators.services.queries import Warehouse, _con

POP_LABEL = {"aged": "65歳以上", "children": "0〜14歳"}
KIND_LABEL = {"school": "小学校", "centre": "地区の中心", "grid": "格子点", "hand": "手動", "existing": "既存"}
CANDIDATE_LABEL = {"schools": "小学校", "centres": "地区の中心（公民館付近）", "grid": "格子点（1 km 間隔）",
                   "lacking": "その資源がない地区の中心"}

Site = tuple[str, str, str, float, float]  # (site_id, site_kind, site_name, lon, lat)


@dataclass(frozen=True)
class Scenario:
    """What to try: hashable (tuples only), so the dashboard can cache its evaluation."""

    resource_type: str
    population_group: str = "aged"
    radius_m: float = 1000.0
    fiscal_year: int | None = None
    added: tuple[Site, ...] = ()
    closed: tuple[str, ...] = ()
    name: str = ""
    candidates: str = ""
    n_suggested: int = 0


@dataclass
class Evaluation:
    scenario: Scenario
    fiscal_year: int
    type_label: str
    threshold: int
    sites: pd.DataFrame  # per new site (in order): see SITE_COLUMNS
    closed: pd.DataFrame  # per closed resource: resource_id, name, lon, lat, lost, lost_suppressed
    indicators: pd.DataFrame  # see INDICATOR_COLUMNS
    existing: pd.DataFrame  # active resources of the type: resource_id, name, lon, lat, approximate, closed
    reached: pd.DataFrame  # 町内会 points newly within the radius: lon, lat (no counts: individual places)
    lost: pd.DataFrame  # 町内会 points no longer within the radius: lon, lat
    positions: dict[str, int] = field(default_factory=dict)


SITE_COLUMNS = ["order", "site_id", "site_kind", "site_name", "lon", "lat", "district_code", "district_name",
                "school_code", "school_name", "newly_covered", "cumulative_covered", "suppressed", "existing_in_area",
                "approximate_in_area"]
INDICATOR_COLUMNS = ["indicator_id", "label", "unit", "before", "after", "before_num", "after_num", "denominator",
                     "suppressed"]


def distance_text(radius_m: float) -> str:
    """500m, 1km, 1.5km: as the catalogue's indicator names write a radius."""
    r = float(radius_m)
    return f"{r / 1000:g}km" if r >= 1000 and (r / 100).is_integer() else f"{r:,.0f}m"


def _user_error(msg: str) -> Exception:
    from indicators.errors import UserError

    return UserError(msg)


# ---------------------------------------------------------------- choices for the page

def resource_type_options(wh: Warehouse) -> pd.DataFrame:
    """resource_type, label_ja of the vocabulary (types with resources first is the page's business)."""
    with _con(wh) as con:
        return con.execute("SELECT resource_type, coalesce(label_ja, resource_type) AS label_ja FROM resource_types "
                           "ORDER BY resource_type").df()


def fiscal_year_options(wh: Warehouse) -> list[int]:
    """dataset_meta.min_fy .. max_fy (the years the solver and the catalogue know)."""
    from indicators.spatial.accessibility import fiscal_years

    with _con(wh) as con:
        return [int(y) for y in fiscal_years(con)]


def candidate_sites(wh: Warehouse, kind: str, resource_type: str, fiscal_year: int) -> pd.DataFrame:
    """site_id, site_kind, site_name, lon, lat: schools, 地区 centres, or the centres of the 地区
    lacking an active resource of the type (the pick list of the what-if)."""
    from indicators.spatial import siting

    with _con(wh) as con:
        if kind == "schools":
            return siting.school_candidates(con)
        cand = siting.centre_candidates(con)
        if kind == "lacking":
            served = siting.lacking_filter(con, resource_type, int(fiscal_year))
            cand = cand[~cand["site_id"].str.removeprefix("centre:").isin(served)].reset_index(drop=True)
        return cand


def existing_resources(wh: Warehouse, resource_type: str, fiscal_year: int) -> pd.DataFrame:
    """Active resources of the type: resource_id, name, district_name, lon, lat, approximate (public places)."""
    with _con(wh) as con:
        cols = {r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'resources'").fetchall()}
        approx = "coalesce(r.position_approximate, FALSE)" if "position_approximate" in cols else "FALSE"
        return con.execute(
            f"""SELECT CAST(r.resource_id AS VARCHAR) AS resource_id, coalesce(r.name, CAST(r.resource_id AS VARCHAR)) AS name,
                       d.district_name, r.district_code, r.school_code, CAST(r.lon AS DOUBLE) AS lon,
                       CAST(r.lat AS DOUBLE) AS lat, {approx} AS approximate
                FROM resources r LEFT JOIN districts d USING (district_code)
                WHERE r.resource_type = ? AND (r.opened_fy IS NULL OR r.opened_fy <= ?)
                  AND (r.closed_fy IS NULL OR r.closed_fy > ?)
                ORDER BY r.resource_id""",
            [resource_type, int(fiscal_year), int(fiscal_year)]).df()


def area_outlines(wh: Warehouse, level: str = "district") -> pd.DataFrame:
    """area_code, area_name, geom_wkb (lon/lat) of the 地区 or 小学校区 (for the scenario map)."""
    table, code, name = (("districts", "district_code", "district_name") if level == "district"
                         else ("school_districts", "school_code", "school_name"))
    with _con(wh) as con:
        df = con.execute(f"""SELECT {code} AS area_code, coalesce({name}, {code}) AS area_name,
                                    CASE WHEN geom IS NULL THEN NULL ELSE ST_AsWKB(geom) END AS geom_wkb
                             FROM {table} ORDER BY 1""").df()
    df["geom_wkb"] = [None if g is None else bytes(g) for g in df["geom_wkb"]]
    return df


# ---------------------------------------------------------------- the exact solver

def suggest(
    wh: Warehouse, resource_type: str, population_group: str = "aged", radius_m: float = 1000.0, n_sites: int = 3,
    candidates: str = "schools", fiscal_year: int | None = None, closed: tuple[str, ...] = (),
) -> pd.DataFrame:
    """The solver's ranked sites (`indicators.spatial.siting.suggestion_frame`, the CLI's numbers),
    with the closed resources left out of the existing ones."""
    from indicators.spatial.siting import suggestion_frame

    with _con(wh) as con:
        return suggestion_frame(con, resource_type, n_sites=int(n_sites), radius_m=float(radius_m),
                                population_group=population_group, candidates=candidates,
                                fiscal_year=fiscal_year, exclude_ids=tuple(closed))


def sites_of(suggestions: pd.DataFrame) -> tuple[Site, ...]:
    """Solver rows → the scenario's sites (in rank order)."""
    rows = suggestions.sort_values("rank") if "rank" in suggestions.columns else suggestions
    return tuple((str(r.site_id), str(r.site_kind), str(r.site_name), float(r.lon), float(r.lat))
                 for r in rows.itertuples(index=False))


def hand_site(lon: float, lat: float, name: str = "") -> Site:
    """A site typed in or clicked on the map."""
    lon, lat = float(lon), float(lat)
    return (f"hand:{lon:.6f},{lat:.6f}", "hand", name or f"手動の地点（{lat:.5f}, {lon:.5f}）", lon, lat)


# ---------------------------------------------------------------- evaluation

def _chain_suppress(gains: np.ndarray, threshold: int) -> tuple[list[Any], list[Any], list[bool]]:
    """Gains and running totals with the siting rule: a hidden gain hides every total from it on."""
    out_gain, out_cum, hidden = [], [], []
    total, chain = 0.0, False
    for g in gains:
        total += g
        small = 0 < round(g) < threshold
        chain = chain or small
        out_gain.append(pd.NA if small else int(round(g)))
        out_cum.append(pd.NA if chain else int(round(total)))
        hidden.append(small or chain)
    return out_gain, out_cum, hidden


def evaluate(wh: Warehouse, scenario: Scenario) -> Evaluation:
    """Before → after of one scenario (see the module docstring)."""
    from indicators.spatial.accessibility import POPULATION_GROUPS, fiscal_years, load_points, nearest_distances
    from indicators.spatial.crosswalk import label_points
    from indicators.spatial.geo import metric_crs_for, project_xy, read_meta, read_polygons

    s = scenario
    if s.population_group not in POPULATION_GROUPS:
        raise _user_error(f"対象の人口は {' / '.join(POP_LABEL.values())} のいずれかです")
    if not s.radius_m or s.radius_m <= 0:
        raise _user_error(f"半径は正の距離（m）で指定してください: {s.radius_m}")
    with _con(wh) as con:
        meta = read_meta(con)
        metric = metric_crs_for(con)
        years = fiscal_years(con)
        fy = int(s.fiscal_year) if s.fiscal_year is not None else (max(years) if years else None)
        if fy is None:
            raise _user_error("年度が決まりません（dataset_meta の年度が空です）")
        from indicators.spatial.geo import table_exists

        labels = dict(con.execute("SELECT resource_type, coalesce(label_ja, resource_type) FROM resource_types").fetchall()) \
            if table_exists(con, "resource_types") else {}
        if table_exists(con, "resources"):  # a type found only among the resources is still a type
            for (t,) in con.execute("SELECT DISTINCT resource_type FROM resources WHERE resource_type IS NOT NULL").fetchall():
                labels.setdefault(t, t)
        if s.resource_type not in labels:
            raise _user_error(f"資源の種類が見つかりません: {s.resource_type}")
        points = load_points(con, metric)
        if len(points) == 0:
            raise _user_error("町内会の代表点（lat / lon）がないため、徒歩圏を計算できません")
        districts = read_polygons(con, "districts", "district_code", extra=("district_name",))
        schools = read_polygons(con, "school_districts", "school_code", extra=("school_name",))
        d_names = dict(con.execute("SELECT district_code, coalesce(district_name, district_code) FROM districts").fetchall()) \
            if table_exists(con, "districts") else {}
        s_names = dict(con.execute("SELECT school_code, coalesce(school_name, school_code) FROM school_districts").fetchall()) \
            if table_exists(con, "school_districts") else {}
    existing = existing_resources(wh, s.resource_type, fy)
    closed_ids = {str(c) for c in s.closed}
    existing["closed"] = existing["resource_id"].isin(closed_ids)
    unknown = closed_ids - set(existing["resource_id"])
    if unknown:
        raise _user_error(f"閉じる拠点が {fy} 年度の活動中の資源にありません: {', '.join(sorted(unknown))}")

    col = POPULATION_GROUPS[s.population_group]
    raw = pd.to_numeric(points[col], errors="coerce").to_numpy(dtype=float)
    known = ~np.isnan(raw)
    pop = np.where(known, raw, 0.0)
    pxy = points[["x", "y"]].to_numpy(dtype=float)
    located = existing.dropna(subset=["lon", "lat"])
    exy = project_xy(located["lon"].to_numpy(), located["lat"].to_numpy(), meta.crs, metric)
    keep = ~located["closed"].to_numpy(dtype=bool)
    r = float(s.radius_m)
    cov_before = nearest_distances(pxy, exy) <= r
    cov_kept = nearest_distances(pxy, exy[keep]) <= r

    # closed places: people within their radius who lose every place within it
    closed_rows = []
    for (_, c), xy in zip(located.iterrows(), exy):
        if c["closed"]:
            within = np.hypot(pxy[:, 0] - xy[0], pxy[:, 1] - xy[1]) <= r
            closed_rows.append({"resource_id": c["resource_id"], "name": c["name"], "lon": c["lon"], "lat": c["lat"],
                                "lost": float(pop[within & ~cov_kept].sum())})
    for c in existing[existing["closed"] & existing["lon"].isna()].itertuples(index=False):
        closed_rows.append({"resource_id": c.resource_id, "name": c.name, "lon": None, "lat": None, "lost": 0.0})
    closed = pd.DataFrame(closed_rows, columns=["resource_id", "name", "lon", "lat", "lost"])

    # new sites in order: marginal gains
    sxy = project_xy(np.array([a[3] for a in s.added], dtype=float), np.array([a[4] for a in s.added], dtype=float),
                     meta.crs, metric)
    cov = cov_kept.copy()
    gains = []
    for xy in sxy:
        within = np.hypot(pxy[:, 0] - xy[0], pxy[:, 1] - xy[1]) <= r
        gains.append(float(pop[within & ~cov].sum()))
        cov |= within
    cov_after = cov

    dcode = label_points(sxy, districts.to_crs(metric), "district_code") if len(sxy) and len(districts) else [None] * len(sxy)
    scode = label_points(sxy, schools.to_crs(metric), "school_code") if len(sxy) and len(schools) else [None] * len(sxy)
    kept = existing[~existing["closed"]]
    g_txt, c_txt, hidden = _chain_suppress(np.asarray(gains), meta.suppression_threshold)
    site_rows = []
    for k, (a, d, sc) in enumerate(zip(s.added, dcode, scode)):
        in_area = kept[kept["district_code"] == d] if d is not None else kept.iloc[0:0]
        site_rows.append({
            "order": k + 1, "site_id": a[0], "site_kind": a[1], "site_name": a[2], "lon": a[3], "lat": a[4],
            "district_code": d, "district_name": d_names.get(d) if d else None,
            "school_code": sc, "school_name": s_names.get(sc) if sc else None,
            "newly_covered": g_txt[k], "cumulative_covered": c_txt[k], "suppressed": hidden[k],
            "existing_in_area": int(len(in_area)), "approximate_in_area": int(in_area["approximate"].sum()),
        })
    sites = pd.DataFrame(site_rows, columns=SITE_COLUMNS)
    for c in ("newly_covered", "cumulative_covered"):
        sites[c] = sites[c].astype("Int64")

    # coverage of areas: existing by their resolved codes, new sites by their point
    def coverage(codes_all: list[str], col_: str, new_codes: list[str | None]) -> tuple[int, int, int]:
        before = set(existing[col_].dropna())
        after = set(kept[col_].dropna()) | {c for c in new_codes if c is not None}
        return len(before & set(codes_all)), len(after & set(codes_all)), len(codes_all)

    label = labels[s.resource_type]
    group = POP_LABEL[s.population_group]
    total = float(pop[known].sum())
    within_before, within_after = float(pop[cov_before].sum()), float(pop[cov_after].sum())
    thr = meta.suppression_threshold
    small_total = total < thr
    small_change = 0 < abs(round(within_after) - round(within_before)) < thr
    ids = _catalogue_ids(wh, s.resource_type, s.population_group, r)
    rows = []
    for level, codes_all, col_, new in (("district", list(d_names), "district_code", list(dcode)),
                                        ("school_district", list(s_names), "school_code", list(scode))):
        if not codes_all:
            continue
        b, a, n = coverage(codes_all, col_, new)
        unit_label = "地区" if level == "district" else "小学校区"
        rows.append({"indicator_id": ids.get(level), "label": f"{label}がある{unit_label}の割合", "unit": "ratio",
                     "before": b / n, "after": a / n, "before_num": b, "after_num": a, "denominator": n,
                     "suppressed": False})
    dist = distance_text(r)
    rows.append({"indicator_id": ids.get("within"), "label": f"{label}まで{dist}以内に住む{group}人口の割合",
                 "unit": "ratio", "before": None if small_total else (within_before / total if total else None),
                 "after": None if small_total else (within_after / total if total else None),
                 "before_num": None, "after_num": None, "denominator": None, "suppressed": small_total})
    rows.append({"indicator_id": None, "label": f"{label}まで{dist}以内に住む{group}人口（人）", "unit": "人",
                 "before": None if small_total or 0 < round(within_before) < thr else round(within_before),
                 "after": None if small_total or small_change or 0 < round(within_after) < thr else round(within_after),
                 "before_num": None, "after_num": None, "denominator": None,
                 "suppressed": bool(small_total or small_change or 0 < round(within_before) < thr)})
    indicators = pd.DataFrame(rows, columns=INDICATOR_COLUMNS)
    names = _catalogue_names(wh, [i for i in indicators["indicator_id"] if i])
    indicators["label"] = [names.get(i, lab) if i else lab for i, lab in zip(indicators["indicator_id"], indicators["label"])]

    def lonlat(mask: np.ndarray) -> pd.DataFrame:
        return points.loc[mask, ["lon", "lat"]].reset_index(drop=True)

    n_active = len(existing)
    n_approx = int(existing["approximate"].sum())
    n_unplaced = int(existing["lon"].isna().sum())
    return Evaluation(
        scenario=replace(s, fiscal_year=fy), fiscal_year=fy, type_label=label, threshold=thr, sites=sites,
        closed=_suppress_lost(closed, thr), indicators=indicators, existing=existing,
        reached=lonlat(cov_after & ~cov_kept & (pop > 0)), lost=lonlat(cov_before & ~cov_kept & (pop > 0)),
        positions={"n_active": n_active, "n_given": n_active - n_approx - n_unplaced, "n_approximate": n_approx,
                   "n_unplaced": n_unplaced},
    )


def _suppress_lost(closed: pd.DataFrame, threshold: int) -> pd.DataFrame:
    from indicators.engine.suppression import suppress_counts

    out = suppress_counts(closed, ["lost"], threshold)
    out["lost"] = pd.to_numeric(out["lost"], errors="coerce").round().astype("Int64")
    return out


def _catalogue_names(wh: Warehouse, ids: list[str]) -> dict[str, str]:
    """name_ja of catalogue indicators (the page says which catalogue indicator moves)."""
    if not ids:
        return {}
    with _con(wh) as con:
        return dict(con.execute("SELECT indicator_id, name_ja FROM indicator_catalogue WHERE list_contains(?, indicator_id)",
                                [ids]).fetchall())


def _catalogue_ids(wh: Warehouse, resource_type: str, group: str, radius: float) -> dict[str, str]:
    """The catalogue's indicators this page moves: coverage per level, share within the radius."""
    from indicators.spatial.geo import table_exists

    with _con(wh) as con:
        if not table_exists(con, "indicator_catalogue"):
            return {}
        cat = con.execute("SELECT indicator_id, family, area_levels, resource_type FROM indicator_catalogue "
                          "WHERE resource_type = ?", [resource_type]).df()
    out: dict[str, str] = {}
    for r in cat.itertuples(index=False):
        if r.family == "coverage":
            for level in r.area_levels:
                if level != "city":
                    out.setdefault(level, r.indicator_id)
    radius_tag = {500: "500m", 1000: "1km", 2000: "2km"}.get(int(round(radius)))
    if radius_tag:
        want = f"{group}_within_{radius_tag}_"
        for r in cat.itertuples(index=False):
            if r.family == "accessibility" and r.indicator_id.startswith(want):
                out["within"] = r.indicator_id
    return out


# ---------------------------------------------------------------- display frames (Japanese)

def _num(v: Any) -> str:
    return "" if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)) else f"{int(v):,}"


def sites_display(ev: Evaluation) -> pd.DataFrame:
    """Per new site, as the page and the deck show it."""
    from indicators.services.privacy import SUPPRESSED_LABEL

    rows = []
    for r in ev.sites.itertuples(index=False):
        note = ""
        if r.existing_in_area:
            note = f"この地区には既に{ev.type_label}が {r.existing_in_area} か所あります"
            if r.approximate_in_area:
                note += f"（うち {r.approximate_in_area} か所は座標がなく推定位置）"
        rows.append({
            "順": r.order, "候補地": r.site_name, "種類": KIND_LABEL.get(r.site_kind, "その他"),
            "地区": r.district_name or "", "小学校区": r.school_name or "",
            "新たに徒歩圏に入る人数": SUPPRESSED_LABEL if pd.isna(r.newly_covered) and r.suppressed else _num(r.newly_covered),
            "累計": SUPPRESSED_LABEL if pd.isna(r.cumulative_covered) and r.suppressed else _num(r.cumulative_covered),
            "注意": note,
        })
    return pd.DataFrame(rows, columns=["順", "候補地", "種類", "地区", "小学校区", "新たに徒歩圏に入る人数", "累計", "注意"])


def _fmt(v: Any, unit: str, suppressed: bool = False) -> str:
    from indicators.services.privacy import SUPPRESSED_LABEL

    if suppressed and (v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))):
        return SUPPRESSED_LABEL
    if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
        return "—"
    return f"{float(v) * 100:.1f}%" if unit == "ratio" else f"{int(v):,} 人"


def indicators_display(ev: Evaluation) -> pd.DataFrame:
    rows = []
    for r in ev.indicators.itertuples(index=False):
        before, after = _fmt(r.before, r.unit, r.suppressed), _fmt(r.after, r.unit, r.suppressed)
        if r.denominator is not None and not pd.isna(r.denominator):
            before += f"（{int(r.before_num)} / {int(r.denominator)}）"
            after += f"（{int(r.after_num)} / {int(r.denominator)}）"
        change = ""
        if not (r.before is None or r.after is None or pd.isna(r.before) or pd.isna(r.after)):
            d = float(r.after) - float(r.before)
            change = (f"{d * 100:+.1f} ポイント" if r.unit == "ratio" else f"{int(round(d)):+,} 人") if d else "変化なし"
        rows.append({"指標": r.label, "現状": before, "シナリオ後": after, "変化": change})
    return pd.DataFrame(rows, columns=["指標", "現状", "シナリオ後", "変化"])


def closed_display(ev: Evaluation) -> pd.DataFrame:
    from indicators.services.privacy import SUPPRESSED_LABEL

    return pd.DataFrame({
        "閉じる拠点": ev.closed["name"],
        "徒歩圏から外れる人数": [SUPPRESSED_LABEL if s else _num(v) for v, s in zip(ev.closed["lost"], ev.closed["lost_suppressed"])],
    })


def summary_text(ev: Evaluation) -> str:
    s = ev.scenario
    parts = [f"{ev.type_label}・{POP_LABEL[s.population_group]}・半径 {s.radius_m:,.0f} m・{ev.fiscal_year}年度"]
    if s.added:
        parts.append(f"新しい拠点 {len(s.added)} か所")
    if s.closed:
        parts.append(f"閉じる拠点 {len(s.closed)} か所")
    return "、".join(parts)


# ---------------------------------------------------------------- saved scenarios

def saved_scenarios(wh: Warehouse) -> pd.DataFrame:
    """Stored scenarios (definitions): scenario_id, name, created_at, resource_type, ..., n_added, n_closed."""
    from indicators.spatial import scenario_store

    with _con(wh) as con:
        return scenario_store.list_saved(con)


def load_saved(wh: Warehouse, scenario_id: str) -> Scenario:
    from indicators.spatial import scenario_store

    with _con(wh) as con:
        return Scenario(**scenario_store.load(con, scenario_id))


def evaluate_saved(wh: Warehouse, scenario_id: str) -> Evaluation:
    """A stored scenario measured on the warehouse as it is now."""
    return evaluate(wh, load_saved(wh, scenario_id))


def save(path: str | Path, name: str, scenario: Scenario) -> str:
    """Store the scenario in the warehouse file under `name` (replacing one of that name)."""
    from indicators.spatial import scenario_store

    return scenario_store.save(Path(path), name, scenario)


def delete_saved(path: str | Path, scenario_id: str) -> None:
    from indicators.spatial import scenario_store

    scenario_store.delete(Path(path), scenario_id)


def default_name(wh: Warehouse) -> str:
    from indicators.spatial.scenario_store import next_name

    return next_name(list(saved_scenarios(wh)["name"]))


def compare(wh: Warehouse, scenario_ids: tuple[str, ...]) -> pd.DataFrame:
    """Saved scenarios side by side: one column per scenario (its name), rows = what they try and
    what they change (before → after, as display text)."""
    cols: dict[str, list[str]] = {}
    index = ["資源の種類", "対象の人口", "半径", "年度", "新しい拠点", "閉じる拠点",
             "新たに徒歩圏に入る人数（合計）", "ある地区の割合", "ある小学校区の割合", "半径内に住む人口の割合",
             "半径内に住む人口"]
    for sid in scenario_ids:
        ev = evaluate_saved(wh, sid)
        s = ev.scenario
        ind = indicators_display(ev)
        rows = {r["指標"]: f"{r['現状']} → {r['シナリオ後']}" for _, r in ind.iterrows()}

        def pick(suffix: str) -> str:
            return next((v for k, v in rows.items() if k.endswith(suffix)), "—")

        last = ev.sites["cumulative_covered"].iloc[-1] if len(ev.sites) else 0
        total = "秘匿" if len(ev.sites) and pd.isna(last) else _num(last) or "0"
        cols[s.name or sid] = [
            ev.type_label, POP_LABEL[s.population_group], f"{s.radius_m:,.0f} m", f"{ev.fiscal_year}年度",
            "、".join(f"{k}. {a[2]}" for k, a in enumerate(s.added, 1)) or "なし",
            "、".join(ev.closed["name"].astype(str)) or "なし", total,
            pick("がある地区の割合"), pick("がある小学校区の割合"), pick("人口の割合"), pick("人口（人）"),
        ]
    out = pd.DataFrame(cols, index=index)
    out.index.name = "項目"
    return out.reset_index()


def sites_export(ev: Evaluation) -> pd.DataFrame:
    """The per-site table with coordinates, for CSV / Excel (numbers as numbers, 「秘匿」 as text)."""
    disp = sites_display(ev)
    disp.insert(3, "経度", ev.sites["lon"].round(6).to_numpy())
    disp.insert(4, "緯度", ev.sites["lat"].round(6).to_numpy())
    for c in ("新たに徒歩圏に入る人数", "累計"):
        disp[c] = [int(v.replace(",", "")) if v and v.replace(",", "").isdigit() else v for v in disp[c]]
    return disp


def scenario_geojson(ev: Evaluation, notice: str | None = None) -> bytes:
    """New sites (with their effect) and closed places as a GeoJSON FeatureCollection (lon/lat)."""
    from indicators.services.privacy import SUPPRESSED_LABEL

    feats = []
    for r in ev.sites.itertuples(index=False):
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [float(r.lon), float(r.lat)]},
                      "properties": {
                          "シナリオ": ev.scenario.name or None, "操作": "追加", "順": int(r.order), "名前": r.site_name,
                          "種類": KIND_LABEL.get(r.site_kind, "その他"), "地区": r.district_name, "小学校区": r.school_name,
                          "新たに徒歩圏に入る人数": SUPPRESSED_LABEL if pd.isna(r.newly_covered) and r.suppressed
                          else (None if pd.isna(r.newly_covered) else int(r.newly_covered)),
                          "半径_m": ev.scenario.radius_m}})
    for r in ev.closed.itertuples(index=False):
        if r.lon is None or pd.isna(r.lon):
            continue
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [float(r.lon), float(r.lat)]},
                      "properties": {"シナリオ": ev.scenario.name or None, "操作": "閉じる", "名前": r.name,
                                     "徒歩圏から外れる人数": SUPPRESSED_LABEL if r.lost_suppressed
                                     else (None if pd.isna(r.lost) else int(r.lost))}})
    doc = {"type": "FeatureCollection", "name": ev.scenario.name or "scenario", "notice": notice,
           "summary": summary_text(ev), "features": feats}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def position_line(ev: Evaluation) -> str:
    """How many active places of the type lack coordinates and how they were treated."""
    from indicators.services.positions import position_text

    return position_text({"type_label": ev.type_label, **ev.positions})


def indicators_export(ev: Evaluation, scenario_name: str | None = None) -> pd.DataFrame:
    """Before → after as numbers (shares as fractions, people as counts, 「秘匿」 as text) with a
    unit column for the Excel number formats (`unit`: ratio | count)."""
    from indicators.services.privacy import SUPPRESSED_LABEL

    rows = []
    for r in ev.indicators.itertuples(index=False):
        unit = "ratio" if r.unit == "ratio" else "count"

        def val(v: Any) -> Any:
            if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
                return SUPPRESSED_LABEL if r.suppressed else None
            return float(v) if unit == "ratio" else int(v)

        before, after = val(r.before), val(r.after)
        change = after - before if isinstance(before, (int, float)) and isinstance(after, (int, float)) else None
        rows.append({"シナリオ": scenario_name or ev.scenario.name or "", "指標": r.label, "unit": unit,
                     "現状": before, "シナリオ後": after, "変化": change})
    return pd.DataFrame(rows, columns=["シナリオ", "指標", "unit", "現状", "シナリオ後", "変化"])


def compare_export(wh: Warehouse, scenario_ids: tuple[str, ...]) -> pd.DataFrame:
    """The compared scenarios' before → after as numbers, one row per scenario and indicator."""
    parts = [indicators_export(evaluate_saved(wh, sid)) for sid in scenario_ids]
    if not parts:
        return pd.DataFrame(columns=["シナリオ", "指標", "unit", "現状", "シナリオ後", "変化"])
    return pd.concat(parts, ignore_index=True)


EXPORT_UNITS = {"現状": "unit", "シナリオ後": "unit", "変化": "unit"}
