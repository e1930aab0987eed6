-- priority: need-weighted priority score per 地区 and fiscal year, from the already
-- suppressed component rows in eng_values (weights and fixed_scale from the catalogue params).
--   scaled(c) = value / denominator               for components in fixed_scale
--             = (value - min) / (max - min)       min-max across 地区 within the fiscal year
--               (0 when max = min; NULL when the value is NULL, e.g. suppressed)
--   score     = 100 * sum(weight * scaled) / sum(weight)   over non-NULL scaled components
-- The long table eng_priority_components feeds the priority_scores table (see compute.py).
CREATE OR REPLACE TEMP TABLE eng_priority_components AS
WITH w AS (
    SELECT key AS component, value::DOUBLE AS weight
    FROM eng_indicator_params WHERE indicator_id = 'priority_score' AND param = 'weights'
),
fixed AS (
    SELECT value AS component
    FROM eng_indicator_params WHERE indicator_id = 'priority_score' AND param = 'fixed_scale'
),
base AS (
    SELECT d.district_code, y.fiscal_year, w.component, w.weight,
           v.value, v.denominator, coalesce(v.suppressed, false) AS suppressed,
           w.component IN (SELECT component FROM fixed) AS is_fixed
    FROM w
    CROSS JOIN eng_districts d
    CROSS JOIN eng_years y
    LEFT JOIN eng_values v
      ON v.indicator_id = w.component AND v.area_level = 'district'
     AND v.area_code = d.district_code AND v.fiscal_year = y.fiscal_year
),
ranged AS (
    SELECT *,
           min(value) OVER (PARTITION BY component, fiscal_year) AS lo,
           max(value) OVER (PARTITION BY component, fiscal_year) AS hi
    FROM base
)
SELECT district_code, fiscal_year, component, weight, value, suppressed,
       CASE
           WHEN value IS NULL THEN NULL
           WHEN is_fixed THEN CASE WHEN denominator > 0 THEN value / denominator END
           WHEN hi > lo THEN (value - lo) / (hi - lo)
           ELSE 0.0
       END AS scaled
FROM ranged;

SELECT 'priority_score' AS indicator_id, 'district' AS area_level, district_code AS area_code,
       fiscal_year,
       CASE WHEN sum(weight) FILTER (WHERE scaled IS NOT NULL) > 0
            THEN 100 * sum(weight * scaled) FILTER (WHERE scaled IS NOT NULL)
                     / sum(weight) FILTER (WHERE scaled IS NOT NULL) END AS value,
       NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator
FROM eng_priority_components
GROUP BY ALL
