"""The bundled sample: deterministic, contract-shaped, plausible, and honest about what is real.

Files are read directly with pandas/pyogrio (the loader is tested in tests/raw and
tests/staging); cell quirks are decoded here by a small independent parser.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely
import yaml
from shapely.geometry import Point

from indicators.cli import main as welfare_main
from indicators.paths import DEFAULT_DATASET
from indicators.sample import reference
from indicators.sample.generate import DEFAULT_SEED, FILES, generate_sample
from indicators.vocabulary import RESOURCE_TYPES

SHARED_REF = Path("/work/shared/reference/tottori")
METRIC = "EPSG:6673"


# ----------------------------------------------------------------------------- helpers

def fy(text: str) -> int | None:
    """Independent 年度 parser for the forms the sample writes."""
    s = unicodedata.normalize("NFKC", text).strip()
    if s == "":
        return None
    if m := re.fullmatch(r"(\d{4})(年度)?", s):
        return int(m.group(1))
    if m := re.fullmatch(r"(令和|R)(\d{1,2})(年度)?", s):
        return 2018 + int(m.group(2))
    if m := re.fullmatch(r"(平成|H)(\d{1,2})(年度)?", s):
        return 1988 + int(m.group(2))
    raise AssertionError(f"unparseable fiscal year {text!r}")


def count(text: str) -> int:
    s = unicodedata.normalize("NFKC", text).strip()
    if s in ("-", "－"):
        return 0
    assert re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", s), text
    return int(s.replace(",", ""))


@pytest.fixture(scope="module")
def ds(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("sample")
    summary = generate_sample(out)
    raw_stats = pd.read_csv(out / "district_stats.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    stats = raw_stats.copy()
    stats["fiscal_year"] = raw_stats["fiscal_year"].map(fy)
    for c in raw_stats.columns[2:]:
        stats[c] = raw_stats[c].map(count)
    return {
        "dir": out,
        "summary": summary,
        "meta": yaml.safe_load((out / "dataset.yaml").read_text(encoding="utf-8")),
        "districts": pyogrio.read_dataframe(out / "districts.geojson"),
        "schools": pyogrio.read_dataframe(out / "school_districts.geojson"),
        "raw_stats": raw_stats,
        "stats": stats,
        "assocs": pd.read_csv(out / "neighbourhood_assocs.csv", dtype=str, keep_default_na=False),
        "resources": pd.read_csv(out / "resources.csv", dtype=str, keep_default_na=False),
    }


# ----------------------------------------------------------------------------- determinism

def test_same_seed_gives_byte_identical_files(ds: dict, tmp_path: Path) -> None:
    generate_sample(tmp_path / "again", seed=DEFAULT_SEED)
    for name in FILES:
        assert (tmp_path / "again" / name).read_bytes() == (ds["dir"] / name).read_bytes(), name


def test_other_seed_differs_and_committed_dataset_is_current(ds: dict, tmp_path: Path) -> None:
    generate_sample(tmp_path / "other", seed=7)
    # 地区 borders follow the real 公民館 only; school districts also have seeded helper points.
    assert (tmp_path / "other" / "districts.geojson").read_bytes() == (ds["dir"] / "districts.geojson").read_bytes()
    assert (tmp_path / "other" / "school_districts.geojson").read_bytes() != (ds["dir"] / "school_districts.geojson").read_bytes()
    assert (tmp_path / "other" / "resources.csv").read_bytes() != (ds["dir"] / "resources.csv").read_bytes()
    # The committed files are exactly what the committed script makes (regenerate with `welfare sample-data`).
    for name in FILES:
        assert (DEFAULT_DATASET / name).read_bytes() == (ds["dir"] / name).read_bytes(), name


def test_cli_writes_dataset_and_rejects_bad_seed(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert welfare_main(["sample-data", "--out", str(tmp_path / "cli"), "--seed", "3"]) == 0
    assert sorted(p.name for p in (tmp_path / "cli").iterdir()) == sorted(FILES)
    (tmp_path / "afile").write_text("x")
    assert welfare_main(["sample-data", "--out", str(tmp_path / "afile")]) == 1
    assert "フォルダではありません" in capsys.readouterr().err
    assert welfare_main(["sample-data", "--out", str(tmp_path / "neg"), "--seed", "-1"]) == 1


# ----------------------------------------------------------------------------- contract shape

def test_dataset_yaml(ds: dict) -> None:
    m = ds["meta"]
    assert str(m["municipality_code"]) == "312011" and m["municipality_name"] == "鳥取市"
    assert m["synthetic"] is True and str(m["as_of"]) == "2025-03-31" and m["crs"] == "EPSG:6668"
    assert m["suppression_threshold"] == 3 and "架空" in m["synthetic_note"]
    assert all(isinstance(s, str) for s in m["sources"])
    assert any("合成" in s for s in m["sources"])
    readme = (ds["dir"] / "README.md").read_text(encoding="utf-8")
    assert "架空の合成データ" in readme and "likely" in readme
    # Both real sources credited, in dataset.yaml (hence the deck's source line) and the README.
    for text in ("\n".join(m["sources"]), readme):
        assert "国土数値情報（行政区域データ）（国土交通省）を加工して作成" in text
        assert "国土地理院「指定緊急避難場所・指定避難所データ」" in text


def test_csv_columns_follow_the_contract(ds: dict) -> None:
    assert list(ds["raw_stats"].columns) == ["district_code", "fiscal_year", "population", "pop_0_14",
                                             "pop_65plus", "pop_75plus", "households", "single_elderly_households"]
    assert list(ds["assocs"].columns) == ["assoc_code", "assoc_name", "district_code", "households", "pop_65plus",
                                          "pop_0_14", "sasaeai_map_fy", "fureai_salon", "lat", "lon"]
    assert list(ds["resources"].columns) == ["resource_id", "resource_type", "name", "district_code", "school_code",
                                             "lat", "lon", "opened_fy", "closed_fy", "frequency", "note"]
    assert (ds["dir"] / "district_stats.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (ds["dir"] / "crosswalk.csv").exists()


def test_stats_cells_use_real_file_quirks_but_stay_valid(ds: dict) -> None:
    raw = ds["raw_stats"]
    cells = raw.drop(columns=["district_code"]).to_numpy().ravel()
    assert sum("," in c for c in cells) >= 3
    assert sum(bool(re.search("[０-９]", c)) for c in cells) >= 5
    assert sum(c.startswith("令和") for c in raw["fiscal_year"]) >= 2
    st = ds["stats"]
    assert set(st["fiscal_year"]) == {2022, 2023, 2024}
    assert not st.duplicated(["district_code", "fiscal_year"]).any()
    assert len(st) == 3 * len(ds["districts"])


# ----------------------------------------------------------------------------- reference facts

def _shared(name: str) -> pd.DataFrame:
    if not (SHARED_REF / name).exists():
        pytest.skip("shared reference folder not present on this machine")
    return pd.read_csv(SHARED_REF / name, dtype=str, keep_default_na=False)


def test_embedded_reference_matches_shared_reference() -> None:
    d = _shared("districts.csv")
    assert [(r.district_name_ja, r.area_block, r.confidence) for r in d.itertuples()] == \
        [(r.name, r.area_block, r.confidence) for r in reference.DISTRICTS]
    s = _shared("schools.csv")
    assert [(r.school_name_ja, r.kind) for r in s.itertuples()] == [(r.name, r.kind) for r in reference.SCHOOLS]
    got = {r.name: (r.lat, r.lon) for r in reference.SCHOOLS if r.lat is not None}
    want = {r.school_name_ja: (float(r.lat), float(r.lon)) for r in s.itertuples() if r.lat}
    assert got == want and len(want) == 14


def test_embedded_outline_and_points_are_the_shared_files() -> None:
    for name, embedded in (("city_outline.geojson", reference.OUTLINE_FILE), ("public_points.csv", reference.POINTS_FILE)):
        if not (SHARED_REF / name).exists():
            pytest.skip("shared reference folder not present on this machine")
        assert embedded.read_bytes() == (SHARED_REF / name).read_bytes(), name


def test_every_reference_name_present_with_its_flag(ds: dict) -> None:
    d = ds["districts"].set_index("district_name")
    assert len(d) == len(reference.DISTRICTS) == 59
    for r in reference.DISTRICTS:
        assert d.loc[r.name, "name_confidence"] == r.confidence, r.name
        assert d.loc[r.name, "area_block"] == r.area_block, r.name
    assert (d["name_confidence"] == "likely").sum() == 17
    assert list(ds["districts"]["district_code"]) == [f"D{i:02d}" for i in range(1, 60)]
    s = ds["schools"].set_index("school_name")
    assert len(s) == 41 and (s["school_kind"] == "義務教育学校").sum() == 4
    for r in reference.SCHOOLS:
        assert s.loc[r.name, "school_kind"] == r.kind


def test_known_district_figures_used(ds: dict) -> None:
    st = ds["stats"].merge(ds["districts"][["district_code", "district_name"]], on="district_code")
    s24 = st[st.fiscal_year == 2024].set_index("district_name")
    assert s24.loc["日進", "population"] == 5760 and s24.loc["日進", "households"] == 2747
    assert s24.loc["稲葉山", "population"] == 3800 and s24.loc["稲葉山", "households"] == 1472
    assert s24.loc["賀露", "population"] == 5000 and s24.loc["賀露", "households"] == 2000
    assert s24.loc["千代水", "households"] == 473


# ----------------------------------------------------------------------------- geometry

def _outline_m() -> shapely.Geometry:
    return gpd.GeoSeries([reference.city_outline_lonlat()], crs="EPSG:6668").to_crs(METRIC).iloc[0]


def _public(kind: str) -> dict[str, list[Point]]:
    """Real points of each reference 地区 / school, read straight from the CSV."""
    with reference.POINTS_FILE.open(encoding="utf-8") as f:
        pts = pd.read_csv(f, dtype=str, keep_default_na=False)
    pts = pts[(pts["kind"] == kind) & (pts["matches_reference"] != "")]
    return {n: [Point(float(r.lon), float(r.lat)) for r in g.itertuples()] for n, g in pts.groupby("matches_reference")}


def test_layers_are_valid_gapless_same_outline(ds: dict) -> None:
    d = ds["districts"].to_crs(METRIC)
    s = ds["schools"].to_crs(METRIC)
    assert ds["districts"].crs.to_epsg() == 6668
    for layer in (d, s):
        assert layer.is_valid.all() and (layer.geom_type == "Polygon").all()
        assert shapely.coverage_is_valid(layer.geometry.values)  # no overlaps
        union = layer.union_all()
        assert union.geom_type == "Polygon" and len(union.interiors) == 0  # no gaps
        assert abs(union.area - layer.area.sum()) < 1e-6 * union.area
    du, su = d.union_all(), s.union_all()
    assert du.symmetric_difference(su).area < 1e-5 * du.area


def test_union_of_each_layer_is_the_real_city_outline(ds: dict) -> None:
    outline = _outline_m()
    assert 764e6 < outline.area < 766e6  # 765.2 km² (official 765.31)
    for layer in ("districts", "schools"):
        union = ds[layer].to_crs(METRIC).union_all()
        assert union.symmetric_difference(outline).area < 0.005 * outline.area, layer


def test_each_district_around_its_real_centre_and_school_district_around_its_school(ds: dict) -> None:
    d = ds["districts"].set_index("district_name").geometry
    centres = _public("community_centre")
    assert set(centres) == set(d.index)
    for name, pts in centres.items():  # 湖南 has its 分館 too
        assert all(d[name].contains(p) for p in pts), name
    s = ds["schools"].set_index("school_name")
    sites = _public("school")
    assert set(sites) == set(s.index) and len(sites["鹿野学園"]) == 2
    for name, pts in sites.items():
        assert all(s.geometry[name].contains(p) for p in pts), name
        assert Point(s.loc[name, "school_lon"], s.loc[name, "school_lat"]) == pts[0], name


def test_every_assoc_and_resource_point_inside_the_city(ds: dict) -> None:
    outline = reference.city_outline_lonlat()
    for table in ("assocs", "resources"):
        t = ds[table][ds[table]["lat"] != ""]
        pts = shapely.points(t["lon"].astype(float), t["lat"].astype(float))
        assert len(t) > 100 and shapely.contains(outline, pts).all(), table


def test_districts_and_school_districts_do_not_nest(ds: dict) -> None:
    d = ds["districts"].to_crs(METRIC)
    s = ds["schools"].to_crs(METRIC)
    ov = gpd.overlay(d[["district_code", "geometry"]], s[["school_code", "geometry"]], how="intersection")
    ov["share"] = ov.area / ov["district_code"].map(d.set_index("district_code").area)
    split = ov[ov["share"] > 0.05].groupby("district_code").size()
    assert (split >= 2).sum() >= 5
    # ...but each 地区 still lies mostly in one school district, as in reality.
    assert ov.groupby("district_code")["share"].max().median() > 0.75


def test_urban_districts_small_rural_large(ds: dict) -> None:
    d = ds["districts"].to_crs(METRIC)
    d["km2"] = d.area / 1e6
    urban = d[d["district_name"].isin(["久松", "遷喬", "醇風", "明徳", "修立"])]["km2"]
    rural = d[d["area_block"] != "旧鳥取市"]["km2"]
    assert urban.max() < rural.median() / 4
    assert d.set_index("district_name").loc["佐治", "km2"] > 60  # 旧佐治村 is about 110 km²


def test_school_points_inside_their_school_district(ds: dict) -> None:
    for r in ds["schools"].itertuples():
        assert r.geometry.contains(Point(r.school_lon, r.school_lat)), r.school_name


# ----------------------------------------------------------------------------- statistics

def test_city_totals_plausible(ds: dict) -> None:
    st = ds["stats"]
    tot = st.groupby("fiscal_year")[["population", "pop_0_14", "pop_65plus", "pop_75plus", "households",
                                     "single_elderly_households"]].sum()
    p = tot["population"]
    assert 181_000 <= p[2024] <= 186_000
    assert p[2022] > p[2023] > p[2024] and p[2022] / p[2024] < 1.03  # slight decline
    aging = tot["pop_65plus"] / p
    assert 0.29 <= aging[2024] <= 0.33 and aging[2024] > aging[2022]
    assert 0.10 <= tot.loc[2024, "pop_0_14"] / p[2024] <= 0.14
    assert 0.45 <= tot.loc[2024, "pop_75plus"] / tot.loc[2024, "pop_65plus"] <= 0.60
    assert 2.0 <= p[2024] / tot.loc[2024, "households"] <= 2.4
    assert 0.08 <= tot.loc[2024, "single_elderly_households"] / tot.loc[2024, "households"] <= 0.20


def test_rows_internally_consistent(ds: dict) -> None:
    st = ds["stats"]
    assert (st["pop_65plus"] + st["pop_0_14"] < st["population"]).all()
    assert (st["pop_75plus"] < st["pop_65plus"]).all()
    assert (st["single_elderly_households"] < st["households"]).all()
    assert (st["single_elderly_households"] < st["pop_65plus"]).all()
    assert (st["households"] < st["population"]).all()


def test_rural_older_and_sparser(ds: dict) -> None:
    d = ds["districts"].to_crs(METRIC)
    d["km2"] = d.area / 1e6
    s24 = ds["stats"][ds["stats"].fiscal_year == 2024].merge(d[["district_code", "area_block", "km2"]])
    s24["aging"] = s24["pop_65plus"] / s24["population"]
    s24["density"] = s24["population"] / s24["km2"]
    rural = s24[s24["area_block"] != "旧鳥取市"]
    old_city = s24[s24["area_block"] == "旧鳥取市"]
    assert rural["aging"].median() > old_city["aging"].median() + 0.05
    assert rural["density"].median() * 5 < old_city["density"].median()


# ----------------------------------------------------------------------------- 町内会・集落

def test_assocs(ds: dict) -> None:
    a = ds["assocs"]
    assert 800 <= len(a) <= 860 and a["assoc_code"].is_unique
    assert set(a["district_code"]) == set(ds["districts"]["district_code"])
    polys = ds["districts"].set_index("district_code").geometry
    for r in a.itertuples():
        assert polys[r.district_code].contains(Point(float(r.lon), float(r.lat))), r.assoc_code
    o65 = a["pop_65plus"].map(count)
    assert ((o65 >= 1) & (o65 <= 2)).sum() >= 3  # tiny settlements so suppression shows
    assert (a["households"].map(count) <= 3).sum() >= 3
    years = a["sasaeai_map_fy"].map(fy)
    assert years.isna().sum() > 50 and years.dropna().between(2015, 2024).all()
    assert a["sasaeai_map_fy"].str.contains("令和").any() and a["sasaeai_map_fy"].str.fullmatch(r"H\d+").any()
    assert set(a["fureai_salon"]) <= {"0", "1", "2"}
    # 町内会 members never exceed the 地区's households.
    hh = a.assign(h=a["households"].map(count)).groupby("district_code")["h"].sum()
    s24 = ds["stats"][ds["stats"].fiscal_year == 2024].set_index("district_code")["households"]
    assert (hh <= s24[hh.index]).all()


# ----------------------------------------------------------------------------- resources

def _resolved(ds: dict) -> pd.DataFrame:
    """Each resource's 地区: given code, else point in polygon, else None (school only)."""
    r = ds["resources"].copy()
    polys = ds["districts"].set_index("district_code").geometry

    def where(row) -> str | None:
        if row.district_code:
            return row.district_code
        if row.lat:
            pt = Point(float(row.lon), float(row.lat))
            return next(c for c, g in polys.items() if g.covers(pt))
        return None

    r["district"] = [where(row) for row in r.itertuples()]
    r["opened"] = r["opened_fy"].map(fy)
    r["closed"] = r["closed_fy"].map(fy)
    return r


def _active(r: pd.DataFrame, year: int) -> pd.Series:
    return (r["opened"].isna() | (r["opened"] <= year)) & (r["closed"].isna() | (r["closed"] > year))


def test_resource_addressing_and_consistency(ds: dict) -> None:
    r = ds["resources"]
    assert r["resource_id"].is_unique and set(r["resource_type"]) == set(RESOURCE_TYPES)
    assert (r.groupby("resource_type").size() >= 5).all()
    has_d, has_s, has_p = r["district_code"] != "", r["school_code"] != "", r["lat"] != ""
    assert (has_d | has_s | has_p).all()
    assert (has_p & ~has_d & ~has_s).any() and (has_d & ~has_s & ~has_p).any()
    assert (has_s & ~has_d & ~has_p).any() and (has_d & has_s & has_p).any()
    dpoly = ds["districts"].set_index("district_code").geometry
    spoly = ds["schools"].set_index("school_code").geometry
    for row in r[has_p].itertuples():
        pt = Point(float(row.lon), float(row.lat))
        if row.district_code:
            assert dpoly[row.district_code].contains(pt), row.resource_id
        if row.school_code:
            assert spoly[row.school_code].contains(pt), row.resource_id
        assert any(g.contains(pt) for g in dpoly), row.resource_id
    assert set(r.loc[has_s, "school_code"]) <= set(spoly.index)


def test_every_type_has_gaps(ds: dict) -> None:
    """Conservatively: a 地区 lacks a type if nothing resolves to it and no school-only entry's
    school district overlaps it by more than 1 % of its area."""
    r = _resolved(ds)
    d = ds["districts"].to_crs(METRIC).set_index("district_code")
    s = ds["schools"].to_crs(METRIC).set_index("school_code")
    for rtype in RESOURCE_TYPES:
        sub = r[r["resource_type"] == rtype]
        covered = set(sub["district"].dropna())
        for sc in sub.loc[sub["district"].isna(), "school_code"]:
            covered |= {c for c, g in d.geometry.items() if g.intersection(s.geometry[sc]).area > 0.01 * g.area}
        lacking = set(d.index) - covered
        assert len(lacking) >= 1, rtype


def test_resource_trends_and_counts(ds: dict) -> None:
    r = _resolved(ds)
    assert r["opened"].dropna().between(2000, 2024).all()
    closed = r.dropna(subset=["closed"])
    assert len(closed) >= 3 and (closed["opened"].isna() | (closed["opened"] < closed["closed"])).all()
    caf = r[r["resource_type"] == "community_cafeteria"]
    n = [int(_active(caf, y).sum()) for y in (2022, 2023, 2024)]
    assert n[0] < n[1] < n[2] and 30 <= n[2] <= 45
    cons = r[(r["resource_type"] == "consultation_place") & _active(r, 2024)]
    share = cons["district"].dropna().nunique() / len(ds["districts"])
    assert 0.45 <= share <= 0.75  # school-only entries are not counted here, so a lower bound
    assert r["opened_fy"].str.contains("令和|R", regex=True).any()
    summary = ds["summary"]["active_resources"]["community_cafeteria"]
    assert [summary[y] for y in (2022, 2023, 2024)] == n  # the README table agrees with the file


# ----------------------------------------------------------------------------- with the loader

def test_bundled_sample_loads_without_rejections(sample_warehouse: Path, ds: dict) -> None:
    """The whole committed sample is valid input: nothing rejected, every row reconciled."""
    from indicators.warehouse.duck import connect

    con = connect(sample_warehouse, read_only=True)
    try:
        assert con.sql("select count(*) from rejected_rows").fetchone()[0] == 0
        rec = con.sql("select source_file, rows_read, rows_loaded from load_reconciliation").fetchall()
        by_file = {Path(f).name: (read, loaded) for f, read, loaded in rec}
        assert by_file["district_stats.csv"] == (177, 177)
        assert by_file["neighbourhood_assocs.csv"] == (830, 830)
        synthetic, min_fy, max_fy = con.sql("select synthetic, min_fy, max_fy from dataset_meta").fetchone()
        assert synthetic is True and (min_fy, max_fy) == (2022, 2024)
        # Full-width / comma / 和暦 cells arrive as the numbers they spell.
        want = ds["stats"].groupby("fiscal_year")["population"].sum().to_dict()
        got = dict(con.sql("select fiscal_year, sum(population) from district_stats group by 1").fetchall())
        assert got == want
    finally:
        con.close()
