"""Queries of the measures' progress (issue 18) for the dashboard, CLI and reports.

The aggregates come from the engine's `progress` family in indicator_values (plan levels goal /
policy / actor / jusoteki, see docs/ARCHITECTURE.md); the per-measure rows (status, rating,
実績, C/D list) from table measure_progress. Plain functions on a DuckDB connection returning
pandas frames; filters are bound parameters. Never imports streamlit.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb
import pandas as pd

from indicators.progress.measures import roman

LEVEL_LABELS = {"city": "市全体", "goal": "基本目標", "policy": "基本計画", "actor": "主体", "jusoteki": "重層的支援"}
RATING_IDS = {"A": "progress_rating_a_share", "B": "progress_rating_b_share", "C": "progress_rating_c_share",
              "D": "progress_rating_d_share"}
SUMMARY_LABELS = {
    "level": "単位", "code": "コード", "name": "区分", "measures": "取組数", "reported": "報告", "reported_share": "報告率",
    "done_share": "実施・完了", "A": "A", "B": "B", "C": "C", "D": "D", "behind": "C・D", "behind_share": "C・Dの割合",
}


@contextmanager
def _open(wh: Any) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB connection as given (CLI, reports), or a cursor of a dashboard/queries warehouse."""
    if isinstance(wh, duckdb.DuckDBPyConnection):
        yield wh
        return
    from indicators.services.queries import _con

    with _con(wh) as con:
        yield con


def _has(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND database_name = "
                            "current_database()", [table]).fetchone()[0])


def progress_years(wh: Any) -> list[int]:
    """Fiscal years with progress aggregates (the engine's progress family), ascending."""
    with _open(wh) as con:
        if not _has(con, "indicator_values"):
            return []
        return [int(r[0]) for r in con.execute(
            "SELECT DISTINCT fiscal_year FROM indicator_values WHERE indicator_id = 'progress_reported_share' "
            "ORDER BY 1").fetchall()]


def area_labels(wh: Any) -> pd.DataFrame:
    """area_level, area_code, name, sort: how a plan level's code is shown (Ⅱ-1 福祉学習の推進…)."""
    with _open(wh) as con:
        rows = []
        if _has(con, "plan_goals"):
            for g, b, t in con.execute("SELECT goal_no, block_id, title FROM plan_goals ORDER BY goal_no").fetchall():
                rows.append(("goal", b, f"{roman(int(g))} {t}", int(g) * 100))
        if _has(con, "plan_policies"):
            for g, p, b, t in con.execute("SELECT goal_no, policy_no, block_id, title FROM plan_policies "
                                          "ORDER BY goal_no, policy_no").fetchall():
                rows.append(("policy", b, f"{roman(int(g))}-{int(p)} {t}", int(g) * 100 + int(p)))
        return pd.DataFrame(rows, columns=["area_level", "area_code", "name", "sort"])


def _values(con: duckdb.DuckDBPyConnection, fy: int | None, level: str | None = None) -> pd.DataFrame:
    return con.execute("""
        SELECT indicator_id, area_level, area_code, fiscal_year, value, numerator, denominator
        FROM indicator_values
        WHERE indicator_id LIKE 'progress\\_%' ESCAPE '\\'
          AND ($fy IS NULL OR fiscal_year = $fy) AND ($level IS NULL OR area_level = $level)
    """, {"fy": fy, "level": level}).df()


def summary_table(wh: Any, fy: int, level: str | None = None) -> pd.DataFrame:
    """One row per (level, area) for the year: measures, reported, shares and rating counts."""
    with _open(wh) as con:
        v = _values(con, fy, level)
        cols = ["level", "code", "name", "measures", "reported", "reported_share", "done_share", "A", "B", "C", "D",
                "behind", "behind_share"]
        if v.empty:
            return pd.DataFrame(columns=cols)
        wide = {}
        for r in v.itertuples(index=False):
            d = wide.setdefault((r.area_level, r.area_code), {})
            d[r.indicator_id] = r
        labels = area_labels(con).set_index(["area_level", "area_code"])
        order = list(LEVEL_LABELS)
        rows = []
        for (lv, code), d in wide.items():
            name = labels.loc[(lv, code), "name"] if (lv, code) in labels.index else ("市全体" if lv == "city" else code)
            sort = labels.loc[(lv, code), "sort"] if (lv, code) in labels.index else 0
            rep = d.get("progress_reported_share")

            def share(ind: str) -> float | None:
                x = d.get(ind)
                return None if x is None or pd.isna(x.value) else float(x.value)

            def count(ind: str) -> int | None:
                x = d.get(ind)
                return None if x is None or pd.isna(x.numerator) else int(x.numerator)

            rows.append({"level": LEVEL_LABELS.get(lv, lv), "code": code, "name": name,
                         "measures": None if rep is None else int(rep.denominator),
                         "reported": count("progress_reported_share"), "reported_share": share("progress_reported_share"),
                         "done_share": share("progress_done_share"),
                         **{k: count(i) for k, i in RATING_IDS.items()},
                         "behind": count("progress_behind_share"), "behind_share": share("progress_behind_share"),
                         "_sort": (order.index(lv) if lv in order else 99, sort, str(code))})
        out = pd.DataFrame(rows).sort_values("_sort", kind="stable").drop(columns="_sort").reset_index(drop=True)
        return out[cols].astype(object).where(out[cols].notna(), None)


def rating_distribution(wh: Any, fy: int, level: str) -> pd.DataFrame:
    """name, sort, rating, count, share for one plan level (goal or policy) and year, with the
    change in share since the year before (share_change, NULL without that year)."""
    with _open(wh) as con:
        v = _values(con, None, level)
        v = v[v["indicator_id"].isin(RATING_IDS.values()) & v["fiscal_year"].isin([fy, fy - 1])]
        rating_of = {i: r for r, i in RATING_IDS.items()}
        v = v.assign(rating=v["indicator_id"].map(rating_of))
        now = v[v["fiscal_year"] == fy]
        before = v[v["fiscal_year"] == fy - 1].set_index(["area_code", "rating"])["value"]
        labels = area_labels(con).set_index(["area_level", "area_code"])
        rows = []
        for r in now.itertuples(index=False):
            key = (level, r.area_code)
            prev = before.get((r.area_code, r.rating))
            rows.append({"area_code": r.area_code,
                         "name": labels.loc[key, "name"] if key in labels.index else r.area_code,
                         "sort": labels.loc[key, "sort"] if key in labels.index else 0,
                         "rating": r.rating, "count": None if pd.isna(r.numerator) else int(r.numerator),
                         "rated": None if pd.isna(r.denominator) else int(r.denominator),
                         "share": None if pd.isna(r.value) else float(r.value),
                         "share_change": None if prev is None or pd.isna(prev) or pd.isna(r.value) else float(r.value - prev)})
        out = pd.DataFrame(rows, columns=["area_code", "name", "sort", "rating", "count", "rated", "share", "share_change"])
        return out.sort_values(["sort", "rating"], kind="stable").reset_index(drop=True)


def measure_progress(wh: Any, fy: int | None = None, statuses: list[str] | None = None,
                     ratings: list[str] | None = None, departments: list[str] | None = None,
                     goal_no: int | None = None, policy_no: int | None = None) -> pd.DataFrame:
    """Each measure's record per year (status, rating, 実績, next step) with the plan's words;
    `value_text` is the reported number with its unit, suppressed like every count of people."""
    with _open(wh) as con:
        if not _has(con, "measure_progress"):
            return pd.DataFrame(columns=["measure_id", "fiscal_year", "value_text"])
        threshold = con.execute("SELECT coalesce(max(suppression_threshold), 3) FROM dataset_meta").fetchone()[0]
        df = con.execute("""
            SELECT p.measure_id, p.fiscal_year, m.goal_no, m.policy_no, m.actor, m.text, p.department, p.status,
                   p.rating, r.label_ja AS rating_label, p.achievement, p.value, p.unit, p.next_step, p.note
            FROM measure_progress p
            JOIN plan_measures m USING (measure_id)
            LEFT JOIN progress_ratings r USING (rating)
            LEFT JOIN progress_statuses s USING (status)
            WHERE ($fy IS NULL OR p.fiscal_year = $fy)
              AND ($no_status OR list_contains($statuses, p.status))
              AND ($no_rating OR list_contains($ratings, p.rating))
              AND ($no_dept OR list_contains($departments, p.department))
              AND ($goal IS NULL OR m.goal_no = $goal) AND ($policy IS NULL OR m.policy_no = $policy)
            ORDER BY m.goal_no, m.policy_no, m.section_no NULLS FIRST, m.item_no NULLS FIRST, m.measure_id, p.fiscal_year
        """, {"fy": fy, "no_status": not statuses, "statuses": list(statuses or []) or [""],
              "no_rating": not ratings, "ratings": list(ratings or []) or [""],
              "no_dept": not departments, "departments": list(departments or []) or [""],
              "goal": goal_no, "policy": policy_no}).df()
        df["value_text"] = [value_text(v, u, int(threshold)) for v, u in zip(df["value"], df["unit"])]
        return df


PEOPLE_UNITS = ("人", "名", "世帯")  # a reported 実績 counting people or households is suppressed when small


def value_text(value: Any, unit: Any, threshold: int) -> str:
    """実績の数値 with its unit; a count of people or households in 1..threshold-1 shows 秘匿."""
    from indicators.engine.suppression import SUPPRESSED_LABEL, is_suppressed

    if value is None or pd.isna(value):
        return ""
    unit = unit if isinstance(unit, str) else ""
    if unit in PEOPLE_UNITS and is_suppressed(value, threshold):
        return SUPPRESSED_LABEL
    v = float(value)
    return (f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}") + (f" {unit}" if unit else "")


def behind_measures(wh: Any, fy: int) -> pd.DataFrame:
    """The measures rated C or D in the year, with their policy, department, 実績, next step and
    last year's rating (plan order)."""
    with _open(wh) as con:
        if not _has(con, "measure_progress"):
            return pd.DataFrame(columns=["measure_id"])
        df = con.execute("""
            SELECT p.measure_id, m.goal_no, m.policy_no, pp.block_id AS policy_block, m.actor, m.text, p.department,
                   p.status, p.rating, prev.rating AS previous_rating, p.achievement, p.next_step
            FROM measure_progress p
            JOIN plan_measures m USING (measure_id)
            LEFT JOIN plan_policies pp ON pp.goal_no = m.goal_no AND pp.policy_no = m.policy_no
            LEFT JOIN measure_progress prev ON prev.measure_id = p.measure_id AND prev.fiscal_year = p.fiscal_year - 1
            WHERE p.fiscal_year = $fy AND p.rating IN (SELECT rating FROM progress_ratings WHERE behind)
            ORDER BY m.goal_no, m.policy_no, m.section_no NULLS FIRST, m.item_no NULLS FIRST, m.measure_id
        """, {"fy": fy}).df()
        labels = area_labels(con)
        names = dict(zip(labels.loc[labels["area_level"] == "policy", "area_code"],
                         labels.loc[labels["area_level"] == "policy", "name"]))
        df["policy_name"] = df["policy_block"].map(names)
        return df


def departments(wh: Any) -> list[str]:
    with _open(wh) as con:
        if not _has(con, "measure_progress"):
            return []
        return [r[0] for r in con.execute("SELECT DISTINCT department FROM measure_progress WHERE department IS NOT NULL "
                                          "ORDER BY 1").fetchall()]


def vocabularies(wh: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(progress_statuses, progress_ratings) in their order."""
    with _open(wh) as con:
        if not _has(con, "progress_statuses"):
            from indicators.progress import vocab

            return vocab.status_frame(), vocab.rating_frame(vocab.DEFAULT_RATING_LABELS)
        return (con.execute("SELECT * FROM progress_statuses ORDER BY sort_order").df(),
                con.execute("SELECT * FROM progress_ratings ORDER BY sort_order").df())


RATING_COLOURS = {"A": "#1a9850", "B": "#91cf60", "C": "#fc8d59", "D": "#d73027"}


def rating_figure(dist: pd.DataFrame, labels: dict[str, str], title: str):
    """Horizontal stacked bars: the share of each rating per goal/policy (from rating_distribution)."""
    import plotly.graph_objects as go

    names = list(dict.fromkeys(dist["name"]))
    fig = go.Figure()
    for rating, colour in RATING_COLOURS.items():
        part = dist[dist["rating"] == rating].set_index("name").reindex(names)
        fig.add_bar(
            y=names, x=[None if v is None or pd.isna(v) else v * 100 for v in part["share"]], orientation="h",
            name=f"{rating} {labels.get(rating, '')}", marker_color=colour,
            customdata=[[0 if pd.isna(c) else int(c), 0 if pd.isna(n) else int(n)] for c, n in zip(part["count"], part["rated"])],
            hovertemplate="%{y}<br>" + rating + ": %{customdata[0]} / %{customdata[1]} 取組（%{x:.1f}%）<extra></extra>")
    fig.update_layout(barmode="stack", legend_traceorder="normal", title=title, xaxis_title="評価の割合（%）", xaxis_range=[0, 100],
                      yaxis_autorange="reversed", height=max(260, 40 * len(names) + 140), legend_orientation="h",
                      legend_y=-0.2, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig
