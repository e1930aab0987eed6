"""Synthetic yearly progress (進捗評価) of every plan measure for the bundled sample, FY2022–2024.

Departments follow the measure's actor and text (行政: the section its words point to; 市社協;
民間: the kind of organisation); ratings drift a step up or down from year to year, so some C/D
measures improve and some worsen. Seeded from the sample's seed; everything here is invented.
"""
from __future__ import annotations

import csv
import io

import numpy as np

from indicators.paths import DEFAULT_PLAN
from indicators.progress import vocab
from indicators.progress.staging import COLUMNS

YEARS = (2022, 2023, 2024)
FILE = "measure_progress.csv"
SOURCE_LINE = "取組の進捗（measure_progress.csv: 担当課・状況・評価・実績）: 合成データ"

# first match wins: (words in the measure's text, section)
GOVT_SECTIONS = (
    (("防災", "避難", "災害"), "危機管理課"),
    (("認知症", "高齢", "介護", "地域包括", "見守り"), "長寿社会課"),
    (("障がい", "依存症", "ひきこもり"), "障がい福祉課"),
    (("子ども", "こども", "子育て", "児童", "ヤングケアラー", "学校", "学習"), "こども家庭課"),
    (("生活困窮", "就労"), "生活福祉課"),
    (("交通", "移送", "買い物", "まちづくり"), "交通政策課"),
)
PRIVATE_BODIES = (
    (("町内会", "集落", "自治会", "支え愛マップ"), "町内会"),
    (("民生委員",), "民生委員・児童委員協議会"),
    (("社会福祉法人", "事業所", "法人"), "社会福祉法人"),
    (("保護司", "更生", "ダルク"), "保護司会・更生保護団体"),
    (("ボランティア", "NPO", "企業"), "ボランティア・NPO団体"),
)
# yearly rating drift: P(one step better), P(one step worse)
P_BETTER, P_WORSE = 0.22, 0.12
FIRST_RATING_P = (0.28, 0.45, 0.18, 0.09)
UNITS = ((("研修", "講座", "学習", "会議", "協議"), "回"), (("相談",), "件"), (("サロン", "食堂", "拠点", "場"), "か所"),
         (("養成", "登録", "サポーター", "人材"), "人"))
NEXT_STEP = {
    "A": "引き続き計画どおり実施する",
    "B": "内容を充実させて継続する",
    "C": "実施方法を見直し、関係機関と連携して取組を進める",
    "D": "課題を整理し、次年度に着手できるよう準備する",
}


def department(actor: str, text: str) -> str:
    if actor == "市社協":
        return "市社協"
    table, default = (GOVT_SECTIONS, "地域福祉課") if actor == "行政" else (PRIVATE_BODIES, "地区社協")
    for words, name in table:
        if any(w in text for w in words):
            return name
    return default


def _unit(text: str) -> str:
    for words, unit in UNITS:
        if any(w in text for w in words):
            return unit
    return "回"


def _achievement(unit: str, value: int, rating: str) -> str:
    what = {"回": f"関係者と連携して {value} 回実施した", "件": f"相談・支援を {value} 件行った",
            "か所": f"{value} か所で実施した", "人": f"{value} 人が参加・登録した"}[unit]
    tail = {"A": "", "B": "", "C": "（予定より少ない）", "D": "（一部のみ。準備段階）"}[rating]
    return what + tail


def _status(rating: str, rng: np.random.Generator) -> str:
    r = rng.random()
    if rating == "A":
        return "完了" if r < 0.04 else "実施"
    if rating == "B":
        return "一部実施" if r < 0.25 else "実施"
    if rating == "C":
        return "実施" if r < 0.3 else "一部実施"
    return "休止" if r < 0.15 else "未実施"


def history_rows(measures: list[tuple[str, str, str]], seed: int) -> list[dict[str, str]]:
    """Rows of measure_progress.csv for (measure_id, actor, text) measures."""
    rng = np.random.default_rng([seed, 18])
    rows: list[dict[str, str]] = []
    for mid, actor, text in measures:
        dept = department(actor, text)
        unit = _unit(text)
        level = int(rng.choice(4, p=FIRST_RATING_P))
        base = int(rng.integers(12, 60)) if unit == "人" else int(rng.integers(2, 24))
        for n, fy in enumerate(YEARS):
            if n:
                r = rng.random()
                level = max(0, level - 1) if r < P_BETTER else (min(3, level + 1) if r < P_BETTER + P_WORSE else level)
            # a few measures were not yet reported in the first years
            if rng.random() < {2022: 0.05, 2023: 0.02, 2024: 0.0}[fy]:
                continue
            rating = vocab.RATINGS[level]
            value = max(1, int(round(base * (1.15 - 0.15 * level) * (1 + 0.08 * n))))
            if unit == "人":
                value = max(10, value)  # counts of people stay above any suppression threshold
            rows.append({"measure_id": mid, "fiscal_year": str(fy), "department": dept,
                         "status": _status(rating, rng), "rating": rating,
                         "achievement": _achievement(unit, value, rating), "value": str(value), "unit": unit,
                         "next_step": NEXT_STEP[rating], "note": ""})
    # as departments' returned sheets write them: some 和暦 years, full-width ratings
    picks = rng.permutation(len(rows))
    for i in picks[:20]:
        rows[i]["fiscal_year"] = f"令和{int(rows[i]['fiscal_year']) - 2018}年度"
    for i in picks[20:30]:
        rows[i]["rating"] = rows[i]["rating"].translate(str.maketrans("ABCD", "ＡＢＣＤ"))
    return rows


def _plan_measures() -> list[tuple[str, str, str]]:
    from indicators.plan.load import parse_plan_file

    m = parse_plan_file(DEFAULT_PLAN).measures
    return list(zip(m["measure_id"], m["actor"], m["text"]))


def csv_text(seed: int) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(COLUMNS), lineterminator="\n")
    w.writeheader()
    w.writerows(history_rows(_plan_measures(), seed))
    return buf.getvalue()


def add_progress_history(texts: dict[str, str], seed: int) -> None:
    """Add measure_progress.csv to the sample's files, its source line to dataset.yaml and a README section."""
    texts[FILE] = csv_text(seed)
    lines = texts["dataset.yaml"].splitlines()
    last_source = max(i for i, line in enumerate(lines) if line.startswith("  - "))
    lines.insert(last_source + 1, f'  - "{SOURCE_LINE}（seed {seed}）"')
    texts["dataset.yaml"] = "\n".join(lines) + "\n"
    texts["README.md"] = texts["README.md"].rstrip("\n") + f"""

## 取組の進捗（合成）
- `measure_progress.csv`: 計画の全取組の {YEARS[0]}〜{YEARS[-1]}年度の進捗評価（担当課・状況・評価 A〜D・実績・
  今後の方向性）。**すべて架空の値**です（seed {seed}）。担当課は取組の主体と本文の語から割り当て
  （行政: 地域福祉課・長寿社会課・障がい福祉課・こども家庭課・危機管理課など、市社協、民間: 地区社協・町内会など）、
  評価は年ごとに一段ずつ上下します。最初の年度には未報告の取組があります。
- 一部の年度は `令和5年度` 形式、一部の評価は全角（`Ｂ`）で書いています（いずれも有効な値です）。
"""
