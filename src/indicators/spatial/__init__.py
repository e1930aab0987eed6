"""Spatial analytics: 地区 ↔ 小学校区 crosswalk, walking-distance accessibility, site suggestion.

- `crosswalk.derive_crosswalk(con)` (build step 5), `areal_weights`, `to_layer`,
  `stats_on_school_layer`: district statistics on the school-district layer.
- `accessibility.compute_accessibility(con)` (build step 7) → table `access_district`
  (aggregates only), turned into indicators by `engine/catalogue/accessibility.yaml`.
- `siting`: maximal covering location problem (exact, CBC) → table `site_suggestions`;
  `welfare suggest`, `welfare access` in `commands`.
Distances are straight lines in `dataset_meta.metric_crs`; network distance is not
implemented (the data contract has no network file).
"""
