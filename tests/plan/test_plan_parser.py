"""parse_plan on the bundled chapter-6 text: counts, tricky spots, ids; plus tiny synthetic texts."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from indicators.paths import DEFAULT_PLAN
from indicators.plan.parser import ParsedPlan, PlanParseError, extract_flags, parse_plan


@pytest.fixture(scope="module")
def plan_text() -> str:
    return DEFAULT_PLAN.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def plan(plan_text: str) -> ParsedPlan:
    return parse_plan(plan_text)


def measure_at(plan: ParsedPlan, line_no: int) -> dict:
    rows = plan.measures[plan.measures["line_no"] == line_no]
    assert len(rows) == 1, f"no single measure starting on line {line_no}"
    return rows.iloc[0].to_dict()


# Measures per policy and actor (行政, 民間, 市社協). Counted independently of the parser:
# awk over the file, remembering the last 基本計画 heading and the last actor label
# (行政による取組 / 民間の方向性 / 市社協の役割) and counting lines starting with ●; then checked by
# reading each policy's tables in the text (e.g. I-2: ① 行政1 民間3 市社協5 + ② 行政4 民間4 市社協2).
PER_POLICY = {
    (1, 1): (12, 9, 15), (1, 2): (5, 7, 7), (1, 3): (3, 4, 6),
    (2, 1): (10, 8, 6), (2, 2): (1, 1, 1),
    (3, 1): (16, 9, 9), (3, 2): (6, 6, 8), (3, 3): (3, 5, 4),
    (4, 1): (11, 7, 6), (4, 2): (12, 7, 3), (4, 3): (6, 6, 4), (4, 4): (7, 9, 6), (4, 5): (6, 9, 7),
    (4, 6): (19, 10, 8),
}

# Measures per block (行政, 民間, 市社協), read off the text block by block (line ranges of the
# （１）/① headings, bullets counted under each label).
PER_BLOCK = {
    "I-1-(1)": (4, 2, 2), "I-1-(2)": (1, 1, 2), "I-1-(3)-①": (2, 2, 5), "I-1-(3)-②": (1, 1, 2),
    "I-1-(4)-①": (2, 2, 2), "I-1-(4)-②": (2, 1, 2), "I-2-①": (1, 3, 5), "I-2-②": (4, 4, 2),
    "I-3-(1)": (1, 1, 3), "I-3-(2)": (2, 3, 3),
    "II-1-(1)": (2, 1, 1), "II-1-(2)": (1, 2, 1), "II-1-(3)": (3, 2, 1), "II-1-(4)": (4, 3, 3), "II-2": (1, 1, 1),
    "III-1-(1)-①": (5, 2, 4), "III-1-(1)-②": (3, 2, 3), "III-1-(2)-①": (4, 1, 1), "III-1-(2)-②": (4, 4, 1),
    "III-2-(1)": (2, 2, 4), "III-2-(2)": (1, 1, 2), "III-2-(3)": (3, 3, 2), "III-3": (3, 5, 4),
    "IV-1-①": (3, 1, 1), "IV-1-②": (3, 3, 3), "IV-1-③": (3, 2, 1), "IV-1-④": (2, 1, 1),
    "IV-2-①": (5, 2, 1), "IV-2-②": (2, 2, 1), "IV-2-③": (5, 3, 1),
    "IV-3-①": (3, 2, 3), "IV-3-②": (3, 4, 1),
    "IV-4-①": (1, 1, 1), "IV-4-②": (1, 2, 1), "IV-4-③": (1, 1, 1), "IV-4-④": (2, 2, 1), "IV-4-⑤": (1, 1, 1),
    "IV-4-⑥": (1, 2, 1),
    "IV-5-①": (2, 4, 2), "IV-5-②": (3, 4, 2), "IV-5-③": (1, 1, 3),
    "IV-6-①": (4, 2, 2), "IV-6-②": (3, 1, 1), "IV-6-③": (2, 2, 1), "IV-6-④": (6, 1, 1), "IV-6-⑤": (2, 3, 1),
    "IV-6-⑥": (2, 1, 2),
}


def test_every_bullet_is_one_measure(plan: ParsedPlan, plan_text: str) -> None:
    # All 304 ● of the file start a line inside an actor table: each is exactly one measure.
    bullet_lines = [i for i, line in enumerate(plan_text.split("\n"), 1) if "●" in line]
    assert plan_text.count("●") == 304 == len(bullet_lines)
    assert sorted(plan.measures["line_no"].tolist()) == bullet_lines
    assert plan.warnings == []


def test_counts_per_policy_and_actor(plan: ParsedPlan) -> None:
    got = plan.measures.groupby(["goal_no", "policy_no", "actor"]).size().to_dict()
    for (g, p), (gov, priv, shakyo) in PER_POLICY.items():
        assert (got.get((g, p, "行政"), 0), got.get((g, p, "民間"), 0), got.get((g, p, "市社協"), 0)) == (gov, priv, shakyo), (g, p)
    assert sum(sum(v) for v in PER_POLICY.values()) == 304


def test_counts_per_block_and_actor(plan: ParsedPlan) -> None:
    got = plan.measures.groupby(["block_id", "actor"]).size().to_dict()
    assert set(plan.measures["block_id"]) == set(PER_BLOCK)
    for bid, (gov, priv, shakyo) in PER_BLOCK.items():
        assert (got.get((bid, "行政"), 0), got.get((bid, "民間"), 0), got.get((bid, "市社協"), 0)) == (gov, priv, shakyo), bid
    flags = plan.measures["change_flags"].explode().value_counts().to_dict()
    # grep -o of each mark in the bullets (（追加・再掲） counted for both, （項目…） marks are headings).
    assert flags == {"変更": 68, "追加": 27, "再掲": 6, "新規案": 6, "削除": 5}


def test_goals_and_policies(plan: ParsedPlan) -> None:
    g = plan.goals.set_index("goal_no")
    assert g.loc[1, "title"] == "住民参加と地域福祉活動の促進" and g.loc[1, "change_flags"] == []
    assert g.loc[2, "title"] == "福祉学習の推進と福祉の担い手づくり" and g.loc[2, "change_flags"] == ["変更"]
    assert list(g["block_id"]) == ["I", "II", "III", "IV"]
    p = plan.policies.set_index("block_id")
    assert len(p) == 14
    assert p.loc["I-1", "title"] == "地域における福祉活動の推進・支援" and p.loc["I-1", "priority_no"] == 1
    assert p.loc["III-1", "priority_no"] == 3 and p.loc["III-1", "change_flags"] == ["変更"]
    assert p.loc["IV-1", "title"] == "地域で助け合う防災体制の推進" and p.loc["IV-1", "priority_no"] == 4
    assert p.loc["IV-1", "change_flags"] == ["変更"]
    # heading wrapped over two lines
    assert p.loc["IV-5", "title"] == "社会福祉法人・福祉事業所の公益活動の促進、企業の社会貢献活動の促進"
    assert p.loc["IV-5", "change_flags"] == ["変更"]
    assert p.loc["IV-6", "subtitle"] == "鳥取市再犯防止推進計画"
    assert sorted(p["priority_no"].dropna().tolist()) == [1, 2, 3, 4]
    assert p.loc["I-2", "description"].startswith("福祉活動やボランティアの輪を広げていくために、地域食堂が各地で展開され")
    assert p.loc["I-2", "description"].endswith("福祉活動の活性化を目指します。")


def test_wrapped_section_heading(plan: ParsedPlan) -> None:
    s = plan.sections.set_index("block_id")
    assert s.loc["III-1-(2)", "title"] == ("社会的に孤立している人など制度の狭間にある人、高齢、障がい、"
                                            "子育て支援、生活困窮等の分野を超えた支援体制の促進")
    assert s.loc["III-1-(2)", "change_flags"] == ["変更"]
    assert s.loc["III-1-(2)", "jusoteki"] == ["包括的相談支援", "多機関協働", "参加支援"]
    assert s.loc["I-3-(1)", "title"] == "市社協の組織体制の強化" and s.loc["I-3-(1)", "change_flags"] == ["変更"]
    # item marks: （追加）, （項目追加）, （項目名追加） all give 追加
    assert s.loc["IV-1-③", "title"] == "民間との連携" and s.loc["IV-1-③", "change_flags"] == ["追加"]
    assert s.loc["IV-2-①", "title"] == "分野を超えた連携体制の構築" and s.loc["IV-2-①", "change_flags"] == ["追加"]
    assert s.loc["IV-5-①", "change_flags"] == ["追加"]
    assert s.loc["IV-6-①", "title"] == "更生保護ボランティアの確保と活動を支援します。"


def test_untitled_second_block(plan: ParsedPlan) -> None:
    # Policy I-2: 【目指す姿】 + ① (no sections), then an untitled block with its own
    # 【目指す姿】 and 重層的支援 line, then ② 地域食堂の充実.
    s = plan.sections.set_index("block_id")
    blk = s.loc["I-2-#2"]
    assert blk["level"] == "untitled" and blk["parent_block_id"] == "I-2" and blk["line_no"] == 481
    assert blk["change_flags"] == []
    assert blk["jusoteki"] == ["アウトリーチ等を通じた継続的支援", "参加支援", "地域づくり"]
    assert s.loc["I-2-②", "parent_block_id"] == "I-2-#2" and s.loc["I-2-②", "title"] == "地域食堂の充実"
    assert s.loc["I-2-①", "parent_block_id"] == "I-2" and s.loc["I-2", "jusoteki"] == []
    t = plan.targets
    assert t[t["block_id"] == "I-2-#2"]["text"].tolist() == [
        "社会的孤立防止、地域づくり、相談支援、食支援などの機能を担う地域食堂が全小学校区で展開されています。",
        "孤立や生活困窮など生活課題を抱えた人が、自分らしく過ごし、活躍できる居場所として、地域食堂が展開されています。",
    ]
    assert t[t["block_id"] == "I-2"]["text"].tolist() == [
        "各種講座の充実等によるボランティアの養成や、担い手の掘り起こし、市民活動団体と地域組織の連携により、活発な地域活動が展開されています。"]
    # the （追加） on its own line (477, no page break) is the mark of the last 市社協 measure of ①
    last = measure_at(plan, 474)
    assert last["text"] == "様々な活動主体に対して、各種民間助成金等の活用などについてのアドバイスを行う講座を開催します。"
    assert last["change_flags"] == ["追加"] and last["block_id"] == "I-2-①" and last["actor"] == "市社協"
    m = measure_at(plan, 537)
    assert (m["measure_id"], m["block_id"], m["section_no"], m["item_no"], m["actor"]) == (
        "M-1-2-0-2-S01", "I-2-②", None, 2, "市社協")
    assert m["jusoteki"] == ["アウトリーチ等を通じた継続的支援", "参加支援", "地域づくり"]


@pytest.mark.parametrize("line_no, text, flags", [
    # wrapped bullet, mark split over two lines （変\n\n更）
    (743, "子ども向けの福祉学習プログラムの作成・実施に協力します。", ["変更"]),
    (346, "福祉学習の推進により、サロンの担い手の育成を支援します。", ["追加"]),
    # mark alone on the next line after a complete sentence
    (382, "「支え愛マップ」の周知、作成、更新への支援や協力を行います。", ["変更"]),
    (1555, "「支え愛マップ」の周知、作成、更新への支援や協力を行います。", ["再掲"]),
    # two marks, and the combined （追加・再掲）
    (1004, "地区公民館など、地域の実情に応じ、地区で気軽に相談できる常設型の場の設置を推進します。", ["再掲", "変更"]),
    (1983, "薬物やアルコールなどの依存症からの回復を支援する団体の活動について当事者へ情報提供するとともに、"
           "専門機関と連携して回復に向けた支援を行います。", ["追加", "再掲"]),
    # no 。 before the mark; mark with a space before it
    (1047, "コーディネーターとの連携を進めます", ["削除"]),
    (2492, "再犯防止（息の長い支援）と地域交流を目的とした地域食堂等の実施", ["新規案"]),
    (1753, "不登校やいじめ、児童虐待など子どもの課題に対し、スクールソーシャルワーカーが関係機関等へつなげるとともに"
           "福祉サービスの情報提供を行うよう努めます。", ["追加"]),
    # ordinary parentheses stay in the text
    (1020, "地区で気軽に相談できる常設型の場で受けた生活課題について、包括的支援を協議する場となる共生型支援会議（仮称）"
           "の設置を促進します。", ["変更"]),
    (267, "地区担当職員（ＣＳＷ）（コミュニティ・ソーシャル・ワーカー。以下同じ。））、生活支援コーディネーター（担当制）を配置します。",
     ["削除"]),
    # first bullets after the broken labels 民間の方向性 / （主に住民・地域 / による取組／自 / 助・互助・共助）
    (143, "身近な地域で、地域組織の在り方の検討をはじめ、地域福祉を推進するための体制整備を図ります。", []),
    # the label " 民間の方向性" with a leading space (page-top layout)
    (1208, "中央人権福祉センターと地区で気軽に相談できる常設型の場とのネットワークの構築を進めます。", []),
    # footnote reference marks ＊1 / ＊２ removed, the footnotes themselves go to the glossary
    (843, "認知症サポーターの養成をはじめ、「いのち支える 鳥取市自死対策推進計画」に沿ったゲートキーパーの養成など、"
          "地域福祉の担い手の育成を支援します。", []),
    (1878, "「えんくるり事業」により、定住先が決まるまでのつなぎとして一時的に宿泊場所を確保するため、宿泊代を援助します。", []),
    # last bullet before the footnotes ※１【認知症サポーター】… (nothing glued on)
    (891, "福祉の人材育成に関する制度や講座等の周知を図ります。", []),
    # last bullet of the chapter
    (2740, "様々なボランティア活動を紹介し、活動を通じて「居場所づくり」の支援をします。", []),
])
def test_measure_text_and_flags(plan: ParsedPlan, line_no: int, text: str, flags: list[str]) -> None:
    m = measure_at(plan, line_no)
    assert m["text"] == text
    assert m["change_flags"] == flags


def test_actor_and_position(plan: ParsedPlan) -> None:
    assert measure_at(plan, 143)["actor"] == "民間"
    assert measure_at(plan, 151)["actor"] == "市社協"
    assert measure_at(plan, 119)["actor"] == "行政"
    m = measure_at(plan, 1043)  # label "  市社協の役割" (two leading spaces)
    assert (m["actor"], m["block_id"], m["section_no"], m["item_no"]) == ("市社協", "III-1-(1)-①", 1, 1)
    m = measure_at(plan, 936)  # policy with neither sections nor items
    assert (m["block_id"], m["section_no"], m["item_no"], m["measure_id"]) == ("II-2", None, None, "M-2-2-0-0-G01")


def test_sub_points_belong_to_the_measure_above(plan: ParsedPlan) -> None:
    m = measure_at(plan, 2198)
    assert m["text"] == ("次のような取り組みを行うことにより、社会的な孤独・孤立の解消を図ります。\n"
                         "・孤独・孤立官民連携プラットフォームの活動充実\n・つながりサポーターの養成\n"
                         "・相談支援包括化推進会議による個別支援")
    assert m["sub_points"] == ["孤独・孤立官民連携プラットフォームの活動充実", "つながりサポーターの養成",
                               "相談支援包括化推進会議による個別支援"]
    assert (plan.measures["text"].str.contains("\n")).sum() == 1


def test_glossary_and_footnote_terms(plan: ParsedPlan) -> None:
    g = plan.glossary
    assert g["term"].tolist() == ["共助", "公助", "互助", "支え愛マップ", "認知症サポーター", "ゲートキーパー",
                                  "つながりサポーター", "えんくるり事業"]
    assert g["marker"].tolist() == ["※１", "※２", "※３", "※", "※１", "※２", "※３", "※"]
    row = g[g["term"] == "支え愛マップ"].iloc[0]
    assert row["definition"] == "災害時に誰かの手助け・声掛けを必要とする人、声かけができる人、避難先などの情報を盛り込んだ地図"
    assert row["change_flags"] == ["追加"] and row["block_id"] == "I-1-(4)"
    row = g[g["term"] == "つながりサポーター"].iloc[0]
    assert row["definition"].endswith("できる範囲で手助けをする市民ボランティア。") and row["change_flags"] == ["追加"]
    assert pd.isna(g[g["term"] == "共助"].iloc[0]["goal_no"])  # preamble footnote: no block
    assert measure_at(plan, 843)["footnote_terms"] == ["認知症サポーター", "ゲートキーパー"]
    assert measure_at(plan, 849)["footnote_terms"] == ["つながりサポーター"]
    assert measure_at(plan, 1878)["footnote_terms"] == ["えんくるり事業"]
    t = plan.targets
    assert t[(t["block_id"] == "I-1-(4)") & (t["target_no"] == 2)].iloc[0]["footnote_terms"] == ["支え愛マップ"]


FORBIDDEN = ["基本目標", "基本計画（基本施策）", "【", "】", "※", "＊", "●", "○", "〇", "行政による取組", "民間の方向性",
             "市社協の役割", "主に住民", "共助・公助", "互助・共助", "重層的支援", "目指す姿", "内容"]


def test_nothing_glued_onto_measures(plan: ParsedPlan) -> None:
    for text in plan.measures["text"]:
        for bad in FORBIDDEN:
            if bad == "内容" and "内容" in text and "取組内容" in text:
                continue  # 「窓口の所在や取組内容の理解」 is real text
            assert bad not in text, (bad, text)
        assert not extract_flags(text)[1], text  # no change marks left in the text
        assert not re.search(r"[（(](変|追|削|再|新)$", text), text  # no half of a split mark
        assert not re.search(r"(^|\s)[0-9０-９]{1,3}(\s|$)", text), text  # no page number
        assert text == text.strip() and "  " not in text
    for text in plan.targets["text"]:
        for bad in FORBIDDEN:
            assert bad not in text, (bad, text)


def test_sections_and_jusoteki(plan: ParsedPlan) -> None:
    s = plan.sections.set_index("block_id")
    assert len(s) == 60
    # deleted un-numbered item heading: kept as a note, its bullets stay under the section
    assert s.loc["II-1-(3)", "note"] == "住民・ボランティアの福祉学習（項目削除）"
    assert set(plan.measures[plan.measures["block_id"] == "II-1-(3)"]["item_no"].isna()) == {True}
    # 重層的支援 printed at policy level (II-1) is inherited by its sections' measures
    assert s.loc["II-1", "jusoteki"] == ["地域づくり"] and s.loc["II-1-(2)", "jusoteki"] == []
    assert s.loc["II-1-(2)", "jusoteki_effective"] == ["地域づくり"]
    assert measure_at(plan, 743)["jusoteki"] == ["地域づくり"]
    # printed after the 【目指す姿】 and its footnote in I-1-(4)
    assert s.loc["I-1-(4)", "jusoteki"] == ["地域づくり"]
    assert measure_at(plan, 241)["jusoteki"] == ["アウトリーチ等を通じた継続的支援", "参加支援", "地域づくり"]
    assert measure_at(plan, 1262)["jusoteki"] == []  # III-2 prints none
    # policy-level blocks are kept only when the policy itself holds targets/measures/items/jusoteki
    policy_level = s[s["level"] == "policy"].index.tolist()
    assert policy_level == ["I-2", "II-1", "II-2", "III-3", "IV-1", "IV-2", "IV-3", "IV-4", "IV-5", "IV-6"]


def test_targets(plan: ParsedPlan) -> None:
    t = plan.targets
    assert len(t) == 43
    row = t[t["block_id"] == "II-1-(4)"].iloc[0]  # 【目指す姿】（追加）
    assert row["text"] == "地域福祉の担い手の育成が進んでいます。" and row["change_flags"] == ["追加"]
    iv1 = t[t["block_id"] == "IV-1"]
    assert iv1["change_flags"].tolist() == [["追加", "再掲"], ["変更"], ["追加"], ["追加"]]
    assert iv1.iloc[3]["text"] == "防災教育などの取組をとおして、みんなで助け合う地域防災への理解が深まります。"
    # the 項目削除 heading line after the II-1-(3) target is not glued to it
    assert t[t["block_id"] == "II-1-(3)"].iloc[0]["text"] == "住民・ボランティア向けの福祉学習プログラムが充実しています。"


def test_measure_ids_stable_and_unique(plan: ParsedPlan, plan_text: str) -> None:
    again = parse_plan(plan_text)
    assert again.measures["measure_id"].tolist() == plan.measures["measure_id"].tolist()
    assert again.measures["text"].tolist() == plan.measures["text"].tolist()
    ids = plan.measures["measure_id"]
    assert ids.is_unique
    assert ids.str.fullmatch(r"M-[1-4]-[1-6]-[0-4]-[0-6]-[GMS]\d{2}").all()
    assert measure_at(plan, 311)["measure_id"] == "M-1-1-3-2-S02"
    # editing an earlier block does not renumber later blocks
    edited = parse_plan(plan_text.replace("●ふるさと納税を活用します。", "●ふるさと納税を活用します。\n\n●新しい取組です。"))
    later = plan.measures[plan.measures["goal_no"] > 1]
    assert len(edited.measures) == 305
    assert set(later["measure_id"]) <= set(edited.measures["measure_id"])


# ---------------------------------------------------------------- tiny synthetic texts

HEAD = """ 基本目標Ⅰ 住民参加と地域福祉活動の促進 

基本計画（基本施策）１ テストの施策（重点１） 

説明の文です。（変更） 

（１）テストの節 

【目指す姿】 

○目標の文です。 

 内容 

行政による取組

／共助・公助 

"""


def test_measure_across_page_break() -> None:
    text = HEAD + """●ページをまたぐ長い取組の前半で、

12 
 基本目標Ⅰ 住民参加と地域福祉活動の促進 

後半の文です。（変

更） 

民間の方向性 

（主に住民・地域

による取組／自

助・互助・共助） 

●二つ目の取組です。 
"""
    p = parse_plan(text)
    assert p.measures["text"].tolist() == ["ページをまたぐ長い取組の前半で、後半の文です。", "二つ目の取組です。"]
    assert p.measures["change_flags"].tolist() == [["変更"], []]
    assert p.measures["measure_id"].tolist() == ["M-1-1-1-0-G01", "M-1-1-1-0-M01"]
    assert p.measures["actor"].tolist() == ["行政", "民間"]
    assert p.goals["title"].tolist() == ["住民参加と地域福祉活動の促進"]
    assert p.policies.iloc[0]["priority_no"] == 1 and p.policies.iloc[0]["description_change_flags"] == ["変更"]
    assert p.warnings == []


def test_measure_without_actor_is_an_error() -> None:
    text = HEAD.replace("行政による取組\n\n／共助・公助 \n", "") + "●主体のない取組です。\n"
    with pytest.raises(PlanParseError) as err:
        parse_plan(text)
    assert err.value.line_no == text.split("\n").index("●主体のない取組です。") + 1


def test_unknown_jusoteki_category_is_reported() -> None:
    text = HEAD.replace("【目指す姿】", "重層的支援 参加支援、謎の分類 \n\n【目指す姿】") + "●取組です。\n"
    p = parse_plan(text)
    assert p.sections.iloc[0]["jusoteki"] == ["参加支援", "謎の分類"]
    assert any("謎の分類" in w for w in p.warnings)


def test_every_mark_of_the_plan_comes_out() -> None:
    """Every change mark of the text, counted by a plain regex (（追加・再掲） counts twice; a goal
    heading repeated as a page header once), is on a measure, target, block, policy, goal or
    glossary entry: none is dropped."""
    text = DEFAULT_PLAN.read_text(encoding="utf-8")
    marks = r"(?:変更|追加|削除|再掲|新規案)"
    pattern = rf"（(?:項目名?)?{marks}(?:・{marks})*）"
    lines = [ln.strip() for ln in text.split("\n")]
    goal_headers = {ln for ln in lines if ln.startswith("基本目標")}
    counted = [ln for ln in lines if ln not in goal_headers] + sorted(goal_headers)
    in_text = sum(m.count("・") + 1 for ln in counted for m in re.findall(pattern, ln))
    p = parse_plan(text)
    parsed = sum(int(f["change_flags"].map(len).sum())
                 for f in (p.measures, p.targets, p.sections, p.policies, p.goals, p.glossary))
    assert in_text == parsed == 166


def test_text_without_plan_yields_no_measures() -> None:
    p = parse_plan("第６章 計画（施策）の展開\n\nただの文章です。\n")
    assert p.measures.empty and p.goals.empty


def test_untitled_block_inside_a_section_and_star_footnotes() -> None:
    text = HEAD.replace("（１）テストの節 \n\n【目指す姿】 \n\n○目標の文です。 \n\n", "（１）テストの節 \n\n①最初の項目 \n\n") + """●用語＊1 を使う取組です。 
１２ 
 （追加） 

【目指す姿】 

○二つ目のまとまりの目標です。 

重層的支援 多機関協働 

② 二つ目の項目 （項目追加） 

 内容 

 市社協の役割 

●二つ目の取組です。 

＊1【用語】一行目の説明と

二行目の説明。 
"""
    p = parse_plan(text)
    s = p.sections.set_index("block_id")
    # a mark at the top of a page (after the page number) before 【目指す姿】 flags the new block
    assert s.loc["I-1-(1)-#2", "parent_block_id"] == "I-1-(1)" and s.loc["I-1-(1)-#2", "change_flags"] == ["追加"]
    assert s.loc["I-1-(1)-②", "parent_block_id"] == "I-1-(1)-#2" and s.loc["I-1-(1)-②", "title"] == "二つ目の項目"
    assert s.loc["I-1-(1)-②", "change_flags"] == ["追加"]
    assert p.targets["block_id"].tolist() == ["I-1-(1)-#2"]
    m = p.measures.set_index("measure_id")
    assert m.loc["M-1-1-1-1-G01", "text"] == "用語を使う取組です。" and m.loc["M-1-1-1-1-G01", "change_flags"] == []
    assert m.loc["M-1-1-1-1-G01", "footnote_terms"] == ["用語"]
    assert m.loc["M-1-1-1-2-S01", "jusoteki"] == ["多機関協働"] and m.loc["M-1-1-1-1-G01", "jusoteki"] == []
    g = p.glossary.iloc[0]
    assert (g["marker"], g["term"], g["definition"], g["block_id"]) == ("＊1", "用語", "一行目の説明と二行目の説明。", "I-1-(1)-②")
    assert p.warnings == []


def test_layout_variants_give_the_same_measures(plan: ParsedPlan, plan_text: str) -> None:
    # Other PDF extractors: no blank lines, CRLF line ends, no trailing/leading spaces.
    compact = "\r\n".join(line.strip() for line in plan_text.split("\n") if line.strip())
    other = parse_plan(compact)
    cols = ["measure_id", "block_id", "actor", "text", "change_flags", "jusoteki"]
    assert other.measures[cols].equals(plan.measures[cols])
    assert other.targets["text"].tolist() == plan.targets["text"].tolist()
    assert other.sections["block_id"].tolist() == plan.sections["block_id"].tolist()
