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
# # 計画の概要：取組・変更点・重層的支援・指標の状況
#
# 地域福祉推進計画（第6章）の取組を、担い手（行政・民間・市社協）、変更の印（変更・追加・削除・再掲・新規案）、
# 重層的支援体制整備事業の5分類ごとに数え、計画の施策ごとに指標の状況を確認します。
# 読むのはウェアハウス（環境変数 `WELFARE_WAREHOUSE`、既定は `data/processed/warehouse.duckdb`）だけです。

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
FONT = register_cjk_font()
report = rd.load_report_data(WAREHOUSE)
NOTICE = report.notice
print(f"ウェアハウス: {WAREHOUSE}")
print(f"対象年度: {report.fiscal_year}年度　データ: {report.meta['name']}")
if NOTICE:
    print(f"【注意】{NOTICE}")

# %% [markdown]
# ## 取組の一覧（読み込みのみ）

# %%
con = rd.open_warehouse(WAREHOUSE)
measures = con.execute(
    """SELECT m.measure_id, m.goal_no, m.policy_no, m.section_no, m.item_no, m.actor, m.text,
              m.change_flags, m.jusoteki, g.title AS goal_title
       FROM plan_measures m LEFT JOIN plan_goals g USING (goal_no)
       ORDER BY m.goal_no, m.policy_no, m.section_no NULLS FIRST, m.item_no NULLS FIRST"""
).df()
policies = report.policies
print(f"計画の取組: {len(measures)} 件（目標 {measures['goal_no'].nunique()}、施策 {len(policies)}）")
measures.head()

# %% [markdown]
# ## 担い手ごとの取組数

# %%
by_actor = pd.crosstab(measures["goal_no"].map(lambda g: f"目標{g}"), measures["actor"], margins=True, margins_name="計")
display(by_actor)
charts.count_bars(measures["actor"].value_counts(), "担い手ごとの取組数", xlabel="取組数", notice=NOTICE)

# %% [markdown]
# ## 変更の印（前計画からの変更点）

# %%
flags = measures[["measure_id", "goal_no", "change_flags"]].explode("change_flags").dropna(subset=["change_flags"])
flag_counts = flags["change_flags"].value_counts()
print("変更の印のある取組:", flags["measure_id"].nunique(), "件")
display(pd.crosstab(flags["goal_no"].map(lambda g: f"目標{g}"), flags["change_flags"]))
charts.count_bars(flag_counts, "変更の印ごとの取組数", xlabel="取組数", notice=NOTICE)

# %% [markdown]
# ## 重層的支援体制整備事業の5分類との対応

# %%
JUSOTEKI = ["包括的相談支援", "多機関協働", "アウトリーチ等を通じた継続的支援", "参加支援", "地域づくり"]
jt = measures[["measure_id", "goal_no", "actor", "jusoteki"]].explode("jusoteki").dropna(subset=["jusoteki"])
coverage = jt.groupby("jusoteki")["measure_id"].nunique().reindex(JUSOTEKI, fill_value=0)
print("どの分類にも属さない取組:", int((measures["jusoteki"].map(lambda v: len(v) if v is not None else 0) == 0).sum()), "件")
display(pd.crosstab(jt["jusoteki"], jt["actor"]).reindex(JUSOTEKI, fill_value=0))
charts.count_bars(coverage, "重層的支援の分類ごとの取組数", xlabel="取組数", notice=NOTICE)

# %% [markdown]
# ## 指標と目指す姿（市全体）

# %%
kpis = rd.main_kpis(report)
display(kpis[["name_ja", "value_text", "target_text", "gap_text", "delta_text"]].rename(columns={
    "name_ja": "指標", "value_text": "現状値", "target_text": "目指す姿", "gap_text": "目標との差", "delta_text": "前年度比"}))
charts.kpi_chart(kpis, f"指標の現状と目指す姿（{report.fiscal_year}年度）", notice=NOTICE)

# %% [markdown]
# ## 施策ごとの状況

# %%
status = rd.policy_status(report)
print("施策ごとの状況:", status["status"].value_counts().to_dict())
status

# %% [markdown]
# ## 取組の進捗（進捗評価）
# 担当課・市社協が報告した各取組の状況と評価（`measure_progress`）を、指標エンジンの `progress` 系列
# （indicator_values の基本計画ごとの行）で見ます。記録がなければこの節は空です。

# %%
from indicators.engine import api  # noqa: E402

progress = api.indicator_values(WAREHOUSE, fy=report.fiscal_year, level="policy",
                                ids=["progress_reported_share", "progress_behind_share"])
if progress.empty:
    print("取組の進捗の記録はありません")
else:
    wide = progress.pivot_table(index="area_name", columns="name_ja", values="value", sort=False)
    display((wide * 100).round(1).add_suffix("（%）"))
    behind = progress[progress["indicator_id"] == "progress_behind_share"].set_index("area_name")["numerator"]
    charts.count_bars(behind.astype(int), f"評価C・Dの取組の数（{report.fiscal_year}年度、基本計画ごと）",
                      xlabel="取組数", notice=NOTICE)

# %%
con.close()
