"""Progress of the measures in the committee outputs: per-policy progress text for the plan-status
slide and table, the list of C/D measures (deck slides and the HTML report plan_status_<fy>.html)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from indicators.reports import data as rd
from indicators.reports.progress_rows import (  # noqa: F401 (used by the deck as rp.*)
    load_progress_frames,
    policy_progress,
    progress_status,
    progress_text,
)
from indicators.services import progress as sp

BEHIND_ROWS_PER_SLIDE = 12


def behind_table(data: rd.ReportData, text_width: int = 48) -> pd.DataFrame:
    """The C/D measures as display text (plan order)."""
    b = data.extra.get("progress_behind")
    cols = ["基本計画", "主体", "取組", "担当", "評価", "今後の方向性"]
    if b is None or b.empty:
        return pd.DataFrame(columns=cols)
    return pd.DataFrame({
        "基本計画": [str(n).split(" ")[0] if isinstance(n, str) else "—" for n in b["policy_name"]],
        "主体": b["actor"],
        "取組": [_cut(t, text_width) for t in b["text"]],
        "担当": b["department"].fillna("—"),
        "評価": [f"{p}→{r}" if isinstance(p, str) else f"{r}（前年度なし）" for p, r in zip(b["previous_rating"], b["rating"])],
        "今後の方向性": [_cut(t, 40) if isinstance(t, str) else "（未記入）" for t in b["next_step"]],
    }, columns=cols)


def _cut(text: Any, n: int) -> str:
    s = str(text).replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def write_plan_status_html(data: rd.ReportData, out_dir: Path) -> Path:
    """plan_status_<fy>.html: the plan-status table (indicators and progress) and the C/D list."""
    import jinja2

    from indicators.reports.fonts import register_cjk_font

    family = register_cjk_font()
    status = rd.policy_status(data)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
                             autoescape=jinja2.select_autoescape(["html"]))
    meta = data.meta
    html = env.get_template("plan_status.html").render(
        title=f"{meta.get('municipality_name') or ''} 地域福祉推進計画 施策ごとの状況（{data.fiscal_year}年度）",
        notice=data.notice, fiscal_year=data.fiscal_year, font_family=family,
        policies=[{"name": f"{r.position} {r.title}", "indicators": str(r.indicators).split("\n"),
                   "progress": str(r.progress).split("\n"), "status": r.status} for r in status.itertuples(index=False)],
        behind=behind_table(data, text_width=200).to_dict("records"),
        labels=_rating_labels(data), dataset=meta.get("name") or "", as_of=str(meta.get("as_of") or "")[:10],
    )
    path = Path(out_dir) / f"plan_status_{data.fiscal_year}.html"
    path.write_text(html, encoding="utf-8")
    return path


def _rating_labels(data: rd.ReportData) -> str:
    labels = data.extra.get("progress_ratings")
    if labels is None or labels.empty:
        return ""
    return "、".join(f"{r} {t}" for r, t in zip(labels["rating"], labels["label_ja"]))
