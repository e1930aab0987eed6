"""Indicators a city declares without code: `indicators.yaml` and `indicator_observations.csv`.

- `spec`: reading and checking `indicators.yaml` (Japanese errors naming the key);
- `observations`: staging `indicator_observations.csv` (bad rows → rejected_rows, reconciled);
- `load.stage_declared(con, cfg, areas)`: the build's one call (writes `declared_indicators`,
  `declared_plan_refs`, `indicator_observations`, `target_status_rules`);
- `catalogue.declared_indicators(con)`: the engine's one call, the declared indicators as
  catalogue `Indicator`s of family `declared` (query `engine/sql/declared.sql`), so that
  `indicator_catalogue`, `indicator_plan_links` and `indicator_values` hold them like any other.
"""
