"""indicators.yaml: plan references as written in the plan, and a clear Japanese error per bad key."""
from __future__ import annotations

import pytest

from indicators.declared.spec import parse_plan_ref, parse_spec
from indicators.engine.catalogue import PlanRef
from indicators.errors import UserError

BLOCKS = {PlanRef(2, 1, 1), PlanRef(1, 2, None, 2), PlanRef(3, 1, 1, 1), PlanRef(4, 4)}
GOOD = """indicators:
  - id: volunteers
    name_ja: ボランティア登録者数
    definition_ja: 登録者の数
    unit: 人
    plan_refs: ["Ⅱ-1(1)", "Ⅰ-2②"]
    area_levels: [city]
    direction: higher
    counts_people: true
    baseline: {value: 100, fiscal_year: 2022}
    target: {value: 150, fiscal_year: R8, text: 増えています}
    source: 市社協
"""


@pytest.mark.parametrize("text, ref", [
    ("Ⅱ-1(1)", PlanRef(2, 1, 1)), ("Ⅰ-2②", PlanRef(1, 2, None, 2)), ("Ⅲ-1(1)①", PlanRef(3, 1, 1, 1)),
    ("Ⅳ-4", PlanRef(4, 4)), ("II-1-(1)", PlanRef(2, 1, 1)), ("Ⅱ－１（１）", PlanRef(2, 1, 1)),
    ("III-1-(1)-①", PlanRef(3, 1, 1, 1)), ("Ⅱ1(1)", None), ("X-1", None), ("計画", None),
])
def test_plan_refs_as_written_in_the_plan(text: str, ref: PlanRef | None) -> None:
    assert parse_plan_ref(text) == ref


def test_a_good_declaration() -> None:
    [ind] = parse_spec(GOOD, builtin_ids={"aging_rate"}, known_blocks=BLOCKS)
    assert ind.indicator_id == "volunteers" and ind.plan_refs == (PlanRef(2, 1, 1), PlanRef(1, 2, None, 2))
    assert (ind.baseline_value, ind.baseline_fy, ind.target_value, ind.target_fy) == (100.0, 2022, 150.0, 2026)
    assert ind.counts_people is True and ind.area_levels == ("city",) and ind.unit == "人"


@pytest.mark.parametrize("edit, message", [
    (('"Ⅱ-1(1)", "Ⅰ-2②"', '"Ⅱ-1(9)"'), "指標 volunteers の plan_refs の「Ⅱ-1(9)」は計画にない項目です"),
    (('"Ⅱ-1(1)", "Ⅰ-2②"', '"第2章"'), "plan_refs の「第2章」は計画の項目の書き方"),
    (("id: volunteers", "id: aging_rate"), "id aging_rate は組み込みの指標カタログの指標と同じです"),
    (("fiscal_year: R8", "fiscal_year: 2021"), "target.fiscal_year（2021）が baseline.fiscal_year（2022）より後ではありません"),
    (("fiscal_year: R8", "fiscal_year: 来年"), "target.fiscal_year が年度"),
    (("value: 150", "value: たくさん"), "target.value が数値ではありません"),
    (("area_levels: [city]", "area_levels: [ward]"), "area_levels は city / district / school_district"),
    (("direction: higher", "direction: up"), "direction は higher"),
    (("counts_people: true", "counts_people: はい"), "counts_people は true か false"),
    (("    unit: 人\n", ""), "必須のキー unit がありません"),
    (("    source: 市社協", "    sorce: 市社協"), "キー sorce は使えません"),
    (("baseline: {value: 100, fiscal_year: 2022}", "baseline: 100"), "baseline は {value: 値, fiscal_year: 年度}"),
])
def test_bad_declarations_name_the_key(edit: tuple[str, str], message: str) -> None:
    text = GOOD.replace(*edit)
    assert text != GOOD
    with pytest.raises(UserError) as err:
        parse_spec(text, builtin_ids={"aging_rate"}, known_blocks=BLOCKS)
    assert str(err.value).startswith("indicators.yaml: ")
    assert message in str(err.value)


def test_duplicate_id_and_shape() -> None:
    body = GOOD.split("indicators:\n", 1)[1]
    with pytest.raises(UserError, match="指標 volunteers の id が重複しています"):
        parse_spec("indicators:\n" + body + body, builtin_ids=set(), known_blocks=BLOCKS)
    with pytest.raises(UserError, match="最上位に indicators: のリスト"):
        parse_spec("- id: x\n", builtin_ids=set())
    with pytest.raises(UserError, match="YAML として読めません"):
        parse_spec("indicators: [\n", builtin_ids=set())
    assert parse_spec("", builtin_ids=set()) == []
