"""The YAML catalogue and its links to the plan."""
from __future__ import annotations

from pathlib import Path

import pytest

from indicators.errors import UserError
from indicators.engine.catalogue import PlanRef, catalogue_frame, load_catalogue, params_frame
from indicators.warehouse.duck import connect

REQUIRED_IDS = {
    "consultation_place_coverage", "district_salon_coverage", "coordinator_coverage",
    "cafeteria_school_coverage", "cafeteria_sufficiency", "cafeterias_per_100k",
    "fureai_salon_assoc_rate", "sasaeai_map_rate", "priority_score",
}


def test_required_indicators_and_targets_from_the_plan_wording() -> None:
    cat = {i.indicator_id: i for i in load_catalogue()}
    assert REQUIRED_IDS <= set(cat)
    # 全地区 → 1.0 of 地区; 全小学校区 → 1.0 of 小学校区; no numeric wording → null.
    assert cat["consultation_place_coverage"].target == 1.0
    assert "全地区" in cat["consultation_place_coverage"].target_text
    assert cat["cafeteria_school_coverage"].target == 1.0
    assert "全小学校区" in cat["cafeteria_school_coverage"].target_text
    assert cat["coordinator_coverage"].target is None
    assert cat["consultation_place_coverage"].plan_blocks == (PlanRef(1, 1, 2), PlanRef(3, 1, 1, 1))
    assert cat["cafeteria_school_coverage"].plan_blocks[0].label() == "Ⅰ-2②"
    assert "0.25" in cat["priority_score"].formula and "mm(aging_rate)" in cat["priority_score"].formula
    for ind in cat.values():
        assert ind.sql_path.name == f"{ind.family}.sql"


def test_catalogue_frame_has_the_table_columns() -> None:
    df = catalogue_frame()
    for col in ("indicator_id", "name_ja", "definition_ja", "family", "area_levels", "formula", "unit",
                "target", "target_text", "direction", "counts_people", "resource_type"):
        assert col in df.columns
    assert df["indicator_id"].is_unique
    pf = params_frame(load_catalogue())
    keys = pf[(pf.indicator_id == "missing_key_resources")]["value"].tolist()
    assert keys == ["consultation_place", "district_salon", "coordinator", "community_cafeteria"]


def test_bad_yaml_names_the_file_and_field(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(
        "indicators:\n  - indicator_id: x\n    name_ja: x\n    definition_ja: x\n    area_levels: [town]\n"
        "    formula: x\n    unit: ratio\n    direction: higher\n    counts_people: false\n"
        "    plan_blocks: [{goal: 1, policy: 1}]\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"broken\.yaml.*x.*area_levels"):
        load_catalogue(tmp_path)
    (tmp_path / "broken.yaml").write_text("indicators:\n  - indicator_id: y\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"broken\.yaml.*y.*name_ja"):
        load_catalogue(tmp_path)


def test_plan_links_join_to_plan_sections(tiny_warehouse: Path) -> None:
    con = connect(tiny_warehouse, read_only=True)
    links = con.execute("SELECT * FROM indicator_plan_links WHERE indicator_id = 'consultation_place_coverage' "
                        "ORDER BY goal_no").df()
    con.close()
    assert links["block_id"].tolist() == ["B1-1-2-0", "B3-1-1-1"]
    assert links["section_no"].tolist() == [2, 1]
    assert links["item_no"].isna().tolist() == [True, False]


def test_unmatched_plan_reference_is_a_build_error_naming_the_indicator(tmp_path: Path) -> None:
    from engine_fixtures import PLAN_BLOCKS, populate

    from indicators.engine.compute import compute_all

    con = connect(tmp_path / "w.duckdb")
    populate(con, [b for b in PLAN_BLOCKS if b != (1, 1, 3, 2)])  # drop Ⅰ-1(3)② (地区サロン)
    with pytest.raises(UserError, match=r"district_salon_coverage（Ⅰ-1\(3\)②）"):
        compute_all(con)
    con.close()
