"""Synthetic declared indicators of the sample: indicators.yaml and indicator_observations.csv.

The numbers a city's sections report each year (volunteers, 認知症サポーター, 市民後見人, the
resident survey, …), made up for FY2022–2024 from a seeded generator: names and plan links are
plausible, every value, baseline and target is synthetic (said in each `source`). Chosen so that
every 【目指す姿】 of the plan has at least one monitoring source. Two are reported per 地区.
`add_declared_sample(texts, district_codes, seed)` adds both files (and the target-status
settings of dataset.yaml) to the generator's texts.
"""
from __future__ import annotations

import csv
import io

import numpy as np
import yaml

YEARS = (2022, 2023, 2024)
TARGET_FY = 2027
SYNTHETIC = "合成データ（架空の値）"

# id, name, definition, unit, plan_refs, counts_people, baseline 2022, target 2027, pace, source section
# pace: share of the straight path reached per year (1 = on the path, < 0 = going backwards)
CITY = [
    ("volunteer_registrations", "ボランティア登録者数", "年度末にボランティア・市民活動センターに登録している個人の数",
     "人", ["Ⅰ-2①", "Ⅱ-1(4)"], True, 2400, 3000, 1.1, "市社協 ボランティア・市民活動センター"),
    ("welfare_donations", "共同募金・福祉のふるさと納税の寄付額", "年度内の赤い羽根共同募金と福祉目的のふるさと納税の合計",
     "万円", ["Ⅰ-3(2)"], False, 5200, 6000, 0.6, "市社協 総務課"),
    ("platform_members", "福祉学習プラットフォームの参加団体数", "福祉学習のプラットフォームに参加する企業・学校・当事者団体・ボランティア団体の数",
     "団体", ["Ⅱ-1(1)"], False, 18, 40, 1.3, "市社協 地域福祉課"),
    ("welfare_learning_schools", "福祉学習を実施した小・中学校の数", "年度内に福祉学習プログラムを実施した市立小・中学校・義務教育学校の数",
     "校", ["Ⅱ-1(2)"], False, 38, 60, 0.8, "教育委員会 学校教育課"),
    ("trainees", "社会福祉実習生の受入数", "年度内に市・市社協・市内の福祉事業所が受け入れた社会福祉士等の実習生の数",
     "人", ["Ⅱ-2"], True, 45, 60, 0.5, "地域福祉課"),
    ("multi_agency_households", "多機関協働で支援した世帯数", "重層的支援体制整備事業の多機関協働で支援プランを作った世帯の数",
     "世帯", ["Ⅲ-1(1)②", "Ⅲ-1(2)", "Ⅳ-2①", "Ⅳ-2③"], True, 30, 80, 1.0, "地域福祉課"),
    ("dementia_supporters", "認知症サポーター養成者数（累計）", "認知症サポーター養成講座の修了者の累計",
     "人", ["Ⅲ-2(1)", "Ⅳ-3②"], True, 21000, 27000, 1.2, "長寿社会課"),
    ("citizen_guardians", "市民後見人の登録者数", "市民後見人養成講座を修了し、候補者名簿に登録している人の数",
     "人", ["Ⅲ-2(2)"], True, 3, 15, 0.7, "権利擁護支援センター"),
    ("abuse_network_meetings", "虐待防止ネットワーク会議の開催回数", "高齢者・障がい者・児童の虐待防止に係る関係機関の会議の年間開催回数",
     "回", ["Ⅲ-2(3)"], False, 8, 12, -0.5, "地域福祉課"),
    ("info_access_share", "福祉の情報を得られていると思う市民の割合", "市民意識調査で「必要な福祉の情報を得られている」と答えた市民の割合",
     "%", ["Ⅲ-3"], False, 41.0, 55.0, 0.9, "市民意識調査（企画推進課）"),
    ("mutual_support_share", "地域で支え合いができていると思う市民の割合", "市民意識調査で「地域で支え合いができている」と答えた市民の割合",
     "%", ["Ⅰ-1(1)", "Ⅳ-2", "Ⅳ-3①"], False, 52.0, 60.0, 0.4, "市民意識調査（企画推進課）"),
    ("health_salon_share", "健康づくりや就労の場に参加している高齢者・障がい者の割合", "介護予防・健康づくりの通いの場や農福連携の活動に参加する65歳以上・障がいのある人の割合",
     "%", ["Ⅳ-4③", "Ⅳ-4⑥"], False, 12.0, 16.0, 1.0, "長寿社会課・障がい福祉課"),
    ("consumer_lectures", "消費者被害防止・人権の出前講座の開催回数", "高齢者・障がい者等の見守り関係者向け消費者被害防止講座と人権学習講座の年間開催回数",
     "回", ["Ⅳ-4④", "Ⅳ-4⑤"], False, 20, 30, 1.0, "消費生活センター・人権推進課"),
    ("corporate_donations", "企業からの寄附・社会貢献活動の件数", "企業・社会福祉法人からの寄附と地域での社会貢献活動の年間件数",
     "件", ["Ⅳ-5①", "Ⅳ-5②", "Ⅳ-5③"], False, 60, 90, 1.1, "市社協 地域福祉課"),
    ("rehabilitation_volunteers", "更生保護ボランティアの人数", "保護司・更生保護女性会員・BBS会員の数",
     "人", ["Ⅳ-6①"], True, 150, 165, -1.0, "地域福祉課（再犯防止推進計画）"),
]
# per 地区 (and the city total): the evacuation plans of people needing support, and the
# participants of community welfare learning (small counts: shown as 「秘匿」 below the threshold)
DISTRICT = [
    ("evacuation_plan_rate", "個別避難計画の作成率", "避難行動要支援者のうち個別避難計画が作成された人の割合",
     "%", ["Ⅳ-1②", "Ⅳ-1③", "Ⅳ-1④"], True, 35.0, 70.0, "危機管理課"),
    ("community_learning_participants", "地域向け福祉学習講座の受講者数", "地区公民館などで開いた住民・ボランティア向け福祉学習講座の受講者の数",
     "人", ["Ⅱ-1(3)"], True, 900, 1500, "市社協 地域福祉課"),
]
TARGET_STATUS_YAML = f"""# 目標の達成状況（達成・順調・遅れ・後退・判定不可）の判定（docs/ARCHITECTURE.md の indicator_status）
target_status:
  on_track: 0.9
  regress_below: 0.0
  target_fy: {TARGET_FY}   # 目標年度を持たない組み込みの指標の目標年度（合成: 計画の最終年度の仮定）
"""


def _entry(ind_id: str, name: str, definition: str, unit: str, refs: list[str], people: bool, levels: list[str],
           base: float, target: float, source: str) -> dict:
    return {"id": ind_id, "name_ja": name, "definition_ja": definition, "unit": unit, "plan_refs": refs,
            "area_levels": levels, "direction": "higher", "counts_people": people,
            "baseline": {"value": base, "fiscal_year": YEARS[0]},
            "target": {"value": target, "fiscal_year": TARGET_FY, "text": f"{name}が {target:g}{unit} になります"},
            "source": f"{source}（{SYNTHETIC}）"}


def _path(base: float, target: float, pace: float, fy: int) -> float:
    return base + (target - base) * pace * (fy - YEARS[0]) / (TARGET_FY - YEARS[0])


def indicators_yaml() -> str:
    entries = [_entry(i, n, d, u, r, p, ["city"], b, t, s) for i, n, d, u, r, p, b, t, _, s in CITY]
    entries += [_entry(i, n, d, u, r, p, ["city", "district"], b, t, s) for i, n, d, u, r, p, b, t, s in DISTRICT]
    head = ("# 宣言された指標（合成データ）: 各課が毎年報告する数値と市民意識調査。値は indicator_observations.csv。\n"
            "# 指標名と計画との対応は想定、基準値・目標値・実績はすべて架空の値です。\n")
    return head + yaml.safe_dump({"indicators": entries}, allow_unicode=True, sort_keys=False, width=200)


def observations_csv(district_codes: list[str], municipality_code: str, seed: int) -> str:
    rng = np.random.default_rng([seed, 19])
    rows: list[list[object]] = []
    for ind_id, _n, _d, unit, _r, _p, base, target, pace, _s in CITY:
        for fy in YEARS:
            v = _path(base, target, pace, fy) * (1 + (rng.normal(0, 0.01) if fy > YEARS[0] else 0))
            value = round(v, 1) if unit == "%" else int(round(v))
            rows.append([ind_id, fy, "city", municipality_code, value, "", "", SYNTHETIC, ""])
    # 個別避難計画: people needing support and plans made, per 地区; the city row is their sum
    needing = rng.integers(2, 90, len(district_codes))
    share0 = rng.uniform(0.15, 0.55, len(district_codes))
    gain = rng.uniform(-0.02, 0.12, len(district_codes))
    learners0 = rng.poisson(15, len(district_codes))
    learners0[::20] = 1  # a few 地区 with one or two participants: shown as 「秘匿」
    for fy in YEARS:
        k = fy - YEARS[0]
        plans = np.minimum(needing, np.round(needing * np.clip(share0 + gain * k, 0, 1))).astype(int)
        learners = np.where(learners0 < 3, learners0 + k % 2, np.maximum(0, learners0 + rng.integers(-3, 8, len(district_codes)) * k)).astype(int)
        for code, num, den, n_learn in zip(district_codes, plans, needing, learners):
            rows.append(["evacuation_plan_rate", fy, "district", code, round(100 * num / den, 1), int(num), int(den),
                         SYNTHETIC, ""])
            rows.append(["community_learning_participants", fy, "district", code, int(n_learn), "", "", SYNTHETIC, ""])
        rows.append(["evacuation_plan_rate", fy, "city", municipality_code,
                     round(100 * plans.sum() / needing.sum(), 1), int(plans.sum()), int(needing.sum()), SYNTHETIC, ""])
        rows.append(["community_learning_participants", fy, "city", municipality_code, int(learners.sum()), "", "",
                     SYNTHETIC, ""])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["indicator_id", "fiscal_year", "area_level", "area_code", "value", "numerator", "denominator",
                "source", "note"])
    w.writerows(rows)
    return buf.getvalue()


SOURCE_LINE = ('  - "各課が報告する指標（indicators.yaml）とその値（indicator_observations.csv）: 指標名と計画との対応は想定、'
               '基準値・目標値・実績は合成データ（架空の値）"')


def _with_source(text: str) -> str:
    """dataset.yaml with SOURCE_LINE appended to its `sources:` list (kept as written otherwise)."""
    lines = text.split("\n")
    if "sources:" not in lines:
        return text.rstrip("\n") + "\nsources:\n" + SOURCE_LINE + "\n"
    i = lines.index("sources:") + 1
    while i < len(lines) and lines[i].startswith("  - "):
        i += 1
    return "\n".join(lines[:i] + [SOURCE_LINE] + lines[i:])


def add_declared_sample(texts: dict[str, str], district_codes: list[str], seed: int,
                        municipality_code: str = "312011") -> None:
    """Adds indicators.yaml and indicator_observations.csv, and `target_status:` to dataset.yaml."""
    texts["dataset.yaml"] = _with_source(texts["dataset.yaml"]).rstrip("\n") + "\n" + TARGET_STATUS_YAML
    texts["indicators.yaml"] = indicators_yaml()
    texts["indicator_observations.csv"] = observations_csv(list(district_codes), municipality_code, seed)
