"""The resource-type vocabulary of the data contract, declared once: code → Japanese label and plan
references (extendable through dataset.yaml `resource_types:`), and the 種別 names that facility lists
use for each type. Staging, spatial, importers, the sample and the benchmark all read it from here."""
from __future__ import annotations

RESOURCE_TYPES: dict[str, dict[str, str]] = {
    "consultation_place": {"label_ja": "常設型の相談の場", "plan_refs": "Ⅰ-1(2), Ⅲ-1(1)①"},
    "district_salon": {"label_ja": "常設型の地区サロン", "plan_refs": "Ⅰ-1(3)②"},
    "community_cafeteria": {"label_ja": "地域食堂（子ども食堂を含む）", "plan_refs": "Ⅰ-2②, Ⅲ-1(1)①"},
    "coordinator": {"label_ja": "地区コーディネーター", "plan_refs": "Ⅰ-1(1), Ⅰ-3(1)"},
    "activity_base": {"label_ja": "地区の活動拠点", "plan_refs": "Ⅰ-1(1)"},
    "dementia_cafe": {"label_ja": "認知症カフェ", "plan_refs": "Ⅳ-3②"},
    "shopping_support": {"label_ja": "買い物支援（移動販売等）", "plan_refs": "Ⅳ-4①"},
    "transport_service": {"label_ja": "移送サービス・共助交通", "plan_refs": "Ⅳ-4②"},
}

# Other 種別 names facility lists use (besides each label_ja); the importer's default mapping.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "consultation_place": ("相談の場", "よろず相談所", "地区相談窓口"),
    "district_salon": ("常設型サロン", "地区サロン"),
    "community_cafeteria": ("地域食堂", "子ども食堂", "こども食堂", "子供食堂"),
    "coordinator": ("コーディネーター",),
    "activity_base": ("活動拠点",),
    "dementia_cafe": ("オレンジカフェ",),
    "shopping_support": ("買い物支援", "移動販売"),
    "transport_service": ("移送サービス", "共助交通"),
}


def vocabulary(extra: dict[str, dict[str, str]] | None = None) -> dict[str, dict[str, str]]:
    """Contract vocabulary plus dataset extensions (an extension may relabel a contract type)."""
    return {**RESOURCE_TYPES, **(extra or {})}

