# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 近さ（アクセシビリティ）と次の設置場所の候補
#
# 「地区に食堂がない」より「歩いて行ける距離に食堂がない高齢者・子どもが何人いるか」が大切です。
# 町内会の代表点から最寄りの資源までの直線距離（指標エンジン・空間分析の計算結果）を見て、
# 最大被覆問題（MCLP）で選んだ設置候補地を確認します。人数は指標エンジンの秘匿処理を通した値だけを表示します。

# %%
# %matplotlib inline
import os

import pandas as pd
from IPython.display import display

from indicators.paths import DEFAULT_WAREHOUSE
from indicators.reports import charts
from indicators.reports import data as rd
from indicators.reports.fonts import register_cjk_font

WAREHOUSE = os.environ.get("WELFARE_WAREHOUSE", str(DEFAULT_WAREHOUSE))
register_cjk_font()
report = rd.load_report_data(WAREHOUSE)
NOTICE = report.notice
FY = report.fiscal_year
CITY = report.municipality_code
print(f"対象年度: {FY}年度")
if NOTICE:
    print(f"【注意】{NOTICE}")

# %% [markdown]
# ## 市全体：最寄りの資源まで 500 m・1 km・2 km 以内に住む人の割合

# %%
cat = report.catalogue.set_index("indicator_id")
v = report.values
city = v[(v["area_level"] == "city") & (v["fiscal_year"] == FY) & v["indicator_id"].str.contains("_within_")].copy()
city["name_ja"] = city["indicator_id"].map(cat["name_ja"])
city["group"] = city["indicator_id"].str.split("_within_").str[0].map({"aged": "65歳以上", "children": "0〜14歳"})
city["distance"] = city["indicator_id"].str.extract(r"_within_(\w+?)_")[0]
city["resource"] = city["indicator_id"].map(cat["resource_type"]).map(lambda t: rd.resource_label(report, t))
city["割合"] = [rd.format_value(x, "ratio", bool(s)) for x, s in zip(city["value"], city["suppressed"])]
access_table = city.pivot_table(index=["group", "resource"], columns="distance", values="割合", aggfunc="first")
access_table = access_table[[c for c in ("500m", "1km", "2km") if c in access_table.columns]].fillna("—")
print("最寄りの資源までの距離帯ごとの人口割合（市全体）:")
access_table

# %% [markdown]
# 座標のない資源は、地区（なければ小学校区）の町内会の世帯数で重み付けした中心に置いた推定位置で
# 距離を測っています。種類ごとの数:

# %%
from indicators.services.positions import position_summary, position_text

for _, row in position_summary(WAREHOUSE, FY).iterrows():
    if row["n_active"]:
        print(position_text(row))

# %%
one_km = city[(city["distance"] == "1km") & city["value"].notna()].copy()
one_km["label"] = one_km["group"] + "・" + one_km["resource"]
bars = (one_km.set_index("label")["value"].astype(float) * 100).round(1).sort_values()
charts.count_bars(bars, f"最寄りの資源まで1km以内に住む人の割合（{FY}年度・市全体）", xlabel="割合（%）", notice=NOTICE)

# %% [markdown]
# ## 地区別：2SFCA（需要を考慮した近さ）スコア

# %%
sfca_id = "sfca_consultation"
d = v[(v["indicator_id"] == sfca_id) & (v["area_level"] == "district") & (v["fiscal_year"] == FY)]
d = d[~d["suppressed"].fillna(False).astype(bool)]
sfca = pd.DataFrame({"district_code": d["area_code"], "sfca": d["value"].astype(float)})
print(f"{cat.loc[sfca_id, 'name_ja']}: 値のある地区 {sfca['sfca'].notna().sum()} ／ {len(report.districts)}")
charts.choropleth(report.districts, sfca, "sfca", cat.loc[sfca_id, "name_ja"], legend_label="65歳以上千人あたり",
                  notice=NOTICE, cmap="Blues")

# %% [markdown]
# ## 次の設置場所の候補（最大被覆問題）
#
# ウェアハウスの `site_suggestions`（`welfare suggest` の保存結果）があればその最新の実行を、
# なければ空間分析の Python API（`indicators.spatial.siting.suggestion_frame`）で地域食堂3か所・半径1 km を
# その場で解きます（ウェアハウスには書き込みません）。

# %%
from indicators.spatial.siting import suggestion_frame

con = rd.open_warehouse(WAREHOUSE)
stored = report.extra.get("site_suggestions")
if stored is not None and len(stored):
    latest = stored.sort_values("created_at").iloc[-1]["run_id"]
    sites = stored[stored["run_id"] == latest].sort_values("rank")
    print("保存済みの提案（run_id:", latest, "）")
else:
    sites = suggestion_frame(con, "community_cafeteria", n_sites=3, radius_m=1000.0, population_group="aged")
    print("保存済みの提案がないため、その場で計算しました（地域食堂・3か所・半径1 km・65歳以上）")
con.close()
shown_sites = sites.assign(
    新たに届く人数=[rd.format_count(x, bool(s)) for x, s in zip(sites["newly_covered"], sites["suppressed"])],
    累計=[rd.format_count(x, bool(s)) for x, s in zip(sites["cumulative_covered"], sites["suppressed"])],
)[["rank", "site_name", "site_kind", "新たに届く人数", "累計", "radius_m", "resource_type"]]
print("設置候補:", "、".join(map(str, sites["site_name"])))
shown_sites

# %%
import geopandas as gpd
from shapely.geometry import Point

fig = charts.gap_map(report.districts, rd.lacking_districts(report, sites["resource_type"].iloc[0]),
                     rd.resource_label(report, sites["resource_type"].iloc[0]),
                     title="設置候補地（★）と資源がない地区", notice=NOTICE, label_names=False)
ax = fig.axes[0]
pts = gpd.GeoDataFrame(sites, geometry=[Point(xy) for xy in zip(sites["lon"], sites["lat"])], crs=report.meta["crs"])
pts.plot(ax=ax, marker="*", color="#1b4965", markersize=220, zorder=5)
for _, r in pts.iterrows():
    ax.annotate(f"{int(r['rank'])}. {r['site_name']}", (r.geometry.x, r.geometry.y), xytext=(6, 6),
                textcoords="offset points", fontsize=8, color="#1b4965")
fig
