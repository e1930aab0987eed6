"""Chapter 6 of the regional welfare plan as data: parser, warehouse loader, `welfare plan`.

`parser.parse_plan(text) -> ParsedPlan` (pure) and `load.load_plan(con, paths) -> dict[str, int]`
(writes plan_goals, plan_policies, plan_sections, plan_targets, plan_glossary, plan_measures).
"""
