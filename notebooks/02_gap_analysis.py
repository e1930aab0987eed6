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
# # ギャップ分析：どの地区に何が足りないか
#
# 地区別の指標値（指標エンジンが計算した `indicator_values`）から、資源の種類ごとに「ない地区」を一覧にし、
# 必要性（高齢化率・ひとり暮らし高齢者世帯の割合）とカバー状況を比べ、地図で確認します。
# 人数・世帯数に基づく値のうち小さいものは指標エンジンで「秘匿」になっており、図表からも除かれます。

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
print(f"対象年度: {FY}年度　地区数: {len(report.districts)}")
if NOTICE:
    print(f"【注意】{NOTICE}")

# %% [markdown]
# ## 資源の種類ごとの「ない地区」

# %%
types = [t for t in report.catalogue["resource_type"].dropna().unique() if rd.coverage_indicator_for(report, t)]
lack = report.districts[["district_code", "district_name"]].copy()
for t in types:
    flags = rd.lacking_districts(report, t).set_index("district_code")["lacking"]
    lack[rd.resource_label(report, t)] = lack["district_code"].map(flags).map({True: "なし", False: "あり"})
labels = [rd.resource_label(report, t) for t in types]
summary = pd.Series({lab: int((lack[lab] == "なし").sum()) for lab in labels}, name="ない地区の数")
print("資源の種類ごとの、ない地区の数:")
print(summary.to_string())
lack["ない資源の数"] = (lack[labels] == "なし").sum(axis=1)
lack.sort_values("ない資源の数", ascending=False).head(15)

# %% [markdown]
# ## 必要性とカバー状況：高齢化率 × 65歳以上千人あたりの相談の場の数

# %%
def district_values(indicator_id: str) -> pd.Series:
    v = report.values
    sel = v[(v["indicator_id"] == indicator_id) & (v["area_level"] == "district") & (v["fiscal_year"] == FY)]
    sel = sel[~sel["suppressed"].fillna(False).astype(bool)]  # 秘匿の値は図に出さない
    return sel.set_index("area_code")["value"].astype(float)


frame = report.districts[["district_code", "district_name"]].copy()
frame["aging_rate"] = frame["district_code"].map(district_values("aging_rate")) * 100
frame["per_1000"] = frame["district_code"].map(district_values("per_1000_aged_consultation_place"))
frame["access_1km"] = frame["district_code"].map(district_values("aged_within_1km_consultation")) * 100
lacking_consult = rd.lacking_districts(report, "consultation_place").set_index("district_code")["lacking"]
frame["lacking"] = frame["district_code"].map(lacking_consult).fillna(False).astype(bool)
shown = frame[["aging_rate", "per_1000"]].notna().all(axis=1)
print("図に載る地区:", int(shown.sum()), "／ 秘匿・欠測で除いた地区:", int((~shown).sum()))
charts.scatter(frame, "aging_rate", "per_1000", "district_name",
               f"高齢化率と相談の場の数（{FY}年度）", "高齢化率（%）",
               "65歳以上千人あたりの常設型の相談の場（か所）", notice=NOTICE, highlight=frame["lacking"].tolist())

# %% [markdown]
# 赤い点は地区内に常設型の相談の場がない地区です。右下（高齢化率が高く、相談の場がない）が優先候補です。
# 相談の場まで1km以内に住む高齢者の割合（秘匿でない地区のみ）も並べます。

# %%
frame.sort_values(["lacking", "aging_rate"], ascending=[False, False])[
    ["district_name", "aging_rate", "per_1000", "access_1km", "lacking"]
].rename(columns={"district_name": "地区", "aging_rate": "高齢化率（%）", "per_1000": "千人あたり相談の場",
                  "access_1km": "1km以内の高齢者（%）", "lacking": "相談の場なし"}).head(15).round(1)

# %% [markdown]
# ## 地図：常設型の相談の場がない地区

# %%
charts.gap_map(report.districts, rd.lacking_districts(report, "consultation_place"),
               rd.resource_label(report, "consultation_place"), title=f"常設型の相談の場がない地区（{FY}年度）", notice=NOTICE)

# %% [markdown]
# ## 地図：高齢化率

# %%
charts.choropleth(report.districts, frame, "aging_rate", f"高齢化率（{FY}年度）", legend_label="高齢化率（%）", notice=NOTICE)

# %% [markdown]
# ## 優先度スコア（必要性と不足の組み合わせ）

# %%
top = rd.priority_display(report, top=15)
print("優先度スコア上位5地区:", "、".join(top["地区"].head(5)))
display(top)
charts.priority_chart(rd.priority_table(report, top=15), f"優先度スコア上位の地区（{FY}年度）", notice=NOTICE)
