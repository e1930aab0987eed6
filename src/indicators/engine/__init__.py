"""Indicator engine: the catalogue, one SQL query per family, suppression, and the Python API.

Adding a family (e.g. the spatial developer's accessibility indicators)
-----------------------------------------------------------------------
1. `catalogue/<family>.yaml`::

       order: 35                    # families run in ascending order (coverage 10, density 20,
                                    # assoc 30, need 40, priority 90); later families can read
                                    # the suppressed rows of earlier ones in eng_values
       requires: [access_district]  # optional: family skipped (and dropped from the catalogue
                                    # table) when one of these warehouse tables is absent
       indicators:
         - indicator_id, name_ja, definition_ja, area_levels [city|district|school_district],
           formula, unit (ratio|count|per_1000|per_100000|score|meters), target (or null),
           target_text, direction (higher|lower), counts_people (bool),
           denominator_counts_people (bool, optional), resource_type (optional),
           params (optional dict; lists and dicts are flattened),
           plan_blocks: [{goal: 1, policy: 1, section: 2, item: null}, ...]
   The family defaults to the file stem (an indicator may set `family:` explicitly).
   Every plan_blocks entry must match a plan_sections row on (goal_no, policy_no,
   section_no, item_no), NULL matching NULL; otherwise the build fails naming the indicator.
2. `sql/<family>.sql`: DuckDB SQL run on the build connection. It may contain preparatory
   statements; the LAST statement must be a SELECT returning
   `indicator_id, area_level, area_code, fiscal_year, value, numerator, denominator`
   (optional `source_suppressed BOOLEAN`) for every indicator of the family, one row per
   area and fiscal year, city rows with area_code = municipality_code. Do not suppress in
   SQL: the engine adds `target` and `suppressed` and applies
   `suppression.suppress_values` (counts_people → numerator < threshold hidden;
   denominator_counts_people → denominator < threshold hidden; secondary suppression).
   Tables available besides the warehouse tables (temporary, per build):
     indicator_catalogue      the catalogue (area_levels VARCHAR[], resource_type, family, ...)
     eng_params               threshold, municipality_code, min_fy, max_fy (one row)
     eng_years                fiscal_year: min_fy .. max_fy (capped at as_of_fy)
     eng_indicator_params     indicator_id, param, key, value (VARCHAR; lists: key = position)
     eng_districts            district_code;  eng_schools: school_code (school_districts ∪ crosswalk)
     eng_areas                area_level ('district'|'school_district'), area_code
     eng_resource_counts      fiscal_year, resource_type, area_level ('district'|'school_district'|
                              'city'), area_code, n: active resources per type, area and year
                              (n > 0 only; city = every active one, whatever its codes). Use this
                              for counts: it is small, computed once from one scan of resources
     eng_active_resources     VIEW fiscal_year, resource_id, resource_type, district_code, school_code
                              (active: opened_fy <= Y or NULL, closed_fy NULL or > Y)
     eng_area_resources       VIEW fiscal_year, resource_id, resource_type, area_level, area_code
                              (per-resource rows, 5 M at national scale: only when counts do not do)
     eng_stats                district_stats columns incl. suppressed_columns
     eng_values               rows of families already run (suppressed), indicator_values shape
   The engine checks the result (declared ids and levels only, no duplicates, years in
   range, every indicator has rows) and fails the build with the file name otherwise.
   The rows never leave DuckDB: the result goes into a temp table, the checks are aggregate
   queries, suppression is `suppression.suppress_values_sql` (the same rules as the pandas
   `suppress_values`, which tests compare it with), and each family is appended, sorted,
   straight to indicator_values (eng_values is a view of it).

Conventions: at area level a coverage indicator's numerator is the count of active
resources (0 when none) and its value 1/0; the city value is covered areas / all areas.
"""
