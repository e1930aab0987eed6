-- need: shares of people/households per 地区 (params.numerator / params.denominator, columns of
-- district_stats) and missing_key_resources (key resource types with no active one in the 地区).
-- source_suppressed = the statistics file itself suppressed the numerator (X/秘匿).
WITH ind AS (
    SELECT c.indicator_id, c.area_levels,
           max(p.value) FILTER (WHERE p.param = 'numerator') AS num_col,
           max(p.value) FILTER (WHERE p.param = 'denominator') AS den_col
    FROM indicator_catalogue c
    LEFT JOIN eng_indicator_params p USING (indicator_id)
    WHERE c.family = 'need' AND c.indicator_id <> 'missing_key_resources'
    GROUP BY ALL
),
stats_long AS (
    SELECT district_code, fiscal_year, col, val::DOUBLE AS val,
           list_contains(coalesce(suppressed_columns, []), col) AS src_suppressed
    FROM (
        SELECT district_code, fiscal_year, suppressed_columns,
               population, pop_0_14, pop_65plus, pop_75plus, households, single_elderly_households
        FROM eng_stats
    ) UNPIVOT INCLUDE NULLS (val FOR col IN (population, pop_0_14, pop_65plus, pop_75plus,
                                              households, single_elderly_households))
),
district_rows AS (
    SELECT i.indicator_id, 'district' AS area_level, d.district_code AS area_code, y.fiscal_year,
           n.val AS numerator, dn.val AS denominator,
           coalesce(n.src_suppressed, false) AS source_suppressed
    FROM ind i
    CROSS JOIN eng_districts d
    CROSS JOIN eng_years y
    LEFT JOIN stats_long n ON n.district_code = d.district_code AND n.fiscal_year = y.fiscal_year AND n.col = i.num_col
    LEFT JOIN stats_long dn ON dn.district_code = d.district_code AND dn.fiscal_year = y.fiscal_year AND dn.col = i.den_col
    WHERE list_contains(i.area_levels, 'district')
),
city_rows AS (
    -- Strict sums: one district without the value makes the city value NULL (and suppressed
    -- when that district's value was suppressed in the source).
    SELECT i.indicator_id, 'city' AS area_level, p.municipality_code AS area_code, y.fiscal_year,
           CASE WHEN count(r.area_code) > 0 AND count(r.numerator) = count(r.area_code) THEN sum(r.numerator) END AS numerator,
           CASE WHEN count(r.area_code) > 0 AND count(r.denominator) = count(r.area_code) THEN sum(r.denominator) END AS denominator,
           coalesce(bool_or(r.source_suppressed), false) AS source_suppressed
    FROM ind i
    CROSS JOIN eng_years y
    CROSS JOIN eng_params p
    LEFT JOIN district_rows r ON r.indicator_id = i.indicator_id AND r.fiscal_year = y.fiscal_year
    WHERE list_contains(i.area_levels, 'city')
    GROUP BY ALL
),
key_types AS (
    SELECT value AS resource_type FROM eng_indicator_params
    WHERE indicator_id = 'missing_key_resources' AND param = 'key_resource_types'
),
missing AS MATERIALIZED (  -- materialised: inlined, DuckDB 1.5.5 hangs at national scale (duckdb#24961)
    SELECT 'missing_key_resources' AS indicator_id, 'district' AS area_level,
           d.district_code AS area_code, y.fiscal_year,
           count(*) FILTER (WHERE coalesce(r.n, 0) = 0)::DOUBLE AS numerator,
           count(*)::DOUBLE AS denominator,
           false AS source_suppressed
    FROM eng_districts d CROSS JOIN eng_years y CROSS JOIN key_types k
    LEFT JOIN eng_resource_counts r
      ON r.area_level = 'district' AND r.area_code = d.district_code
     AND r.fiscal_year = y.fiscal_year AND r.resource_type = k.resource_type
    WHERE EXISTS (SELECT 1 FROM indicator_catalogue WHERE indicator_id = 'missing_key_resources')
    GROUP BY ALL
)
SELECT indicator_id, area_level, area_code, fiscal_year,
       CASE WHEN denominator > 0 THEN numerator / denominator END AS value,
       numerator, denominator, source_suppressed
FROM (SELECT * FROM district_rows UNION ALL SELECT * FROM city_rows)
UNION ALL
SELECT indicator_id, area_level, area_code, fiscal_year, numerator AS value,
       numerator, denominator, source_suppressed
FROM missing
