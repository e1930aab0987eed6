"""Tiny declared indicators for the tiny dataset (tests/fixtures/tiny.py: 地区 D1, D2; 小学校区 S1, S2;
years 2023–2024; threshold 3)."""

INDICATORS_YAML = """indicators:
  - id: guardians
    name_ja: 市民後見人の登録者数
    definition_ja: 名簿に登録している人の数
    unit: 人
    plan_refs: ["Ⅲ-2(2)"]
    area_levels: [city, district]
    direction: higher
    counts_people: true
    baseline: {value: 10, fiscal_year: 2023}
    target: {value: 20, fiscal_year: 2025, text: 市民後見人として活動する人が増えています}
    source: 権利擁護支援センター
  - id: survey_share
    name_ja: 支え合いができていると思う市民の割合
    definition_ja: 市民意識調査
    unit: "%"
    plan_refs: ["Ⅰ-1(1)", "Ⅳ-2"]
    area_levels: [city]
    direction: higher
    counts_people: false
"""
# line 2..: guardians city 2023 = 10, 2024 = 12; D1 2024 = 2 (hidden), D2 2024 = 10; survey 2024 = 55.5
OBSERVATIONS = """indicator_id,fiscal_year,area_level,area_code,value,numerator,denominator,source,note
guardians,2023,city,,10,,,,
guardians,令和6年度,city,312011,12,,,,
guardians,2024,district,D1,2,,,,
guardians,2024,地区,D2,10,,,,
survey_share,2024,,,55.5,,,市民意識調査,
survey_share,2024,district,D1,50,,,,
nosuch,2024,city,,1,,,,
guardians,2024,district,D9,3,,,,
guardians,2023,district,D1,abc,,,,
guardians,2024,district,D2,11,,,,
guardians,2015,city,,5,,,,
"""


def build_declared(root, observations: str = OBSERVATIONS):
    """The tiny dataset with these declarations, built into root/warehouse.duckdb (returned)."""
    from fixtures.tiny import make_dataset
    from indicators.pipeline import build_warehouse

    ds = make_dataset(root / "ds", indicators_yaml=INDICATORS_YAML, indicator_observations_csv=observations)
    wh = root / "wh" / "warehouse.duckdb"
    build_warehouse(ds, wh, quiet=True)
    return wh
