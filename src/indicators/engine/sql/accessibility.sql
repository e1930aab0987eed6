-- accessibility: indicator rows from access_district (indicators.spatial.accessibility).
-- params.measure: within (value = people within params.radius_m / people; numerator = people
-- within, denominator = people) | sfca (2SFCA score per 1,000 people; denominator = people)
-- | mean_distance (people-weighted mean nearest distance in metres; denominator = people).
-- params.population_group: aged | children. Every area × year gets a row; areas with no
-- 町内会 point (or unknown counts) get NULLs. City rows use dataset_meta.municipality_code.
WITH p AS (
    SELECT indicator_id,
           max(value) FILTER (WHERE param = 'measure') AS measure,
           max(value) FILTER (WHERE param = 'population_group') AS grp,
           coalesce(max(value) FILTER (WHERE param = 'radius_m'), '0')::INTEGER AS radius_m
    FROM eng_indicator_params
    GROUP BY indicator_id
),
ind AS (
    SELECT c.indicator_id, c.resource_type, c.area_levels, p.measure, p.grp, p.radius_m
    FROM indicator_catalogue c JOIN p USING (indicator_id)
    WHERE c.family = 'accessibility'
),
areas AS (
    SELECT area_level, area_code FROM eng_areas
    UNION ALL
    SELECT 'city', municipality_code FROM eng_params
),
grid AS (
    SELECT i.indicator_id, i.resource_type, i.measure, i.grp, i.radius_m,
           a.area_level, a.area_code, y.fiscal_year
    FROM ind i
    JOIN areas a ON list_contains(i.area_levels, a.area_level)
    CROSS JOIN eng_years y
),
joined AS (
    SELECT g.*, x.pop_total::DOUBLE AS pop_total, x.sfca_score, x.mean_nearest_m,
           (CASE g.radius_m WHEN 500 THEN x.pop_within_500
                            WHEN 1000 THEN x.pop_within_1000
                            WHEN 2000 THEN x.pop_within_2000 END)::DOUBLE AS within
    FROM grid g
    LEFT JOIN access_district x
      ON x.resource_type = g.resource_type AND x.population_group = g.grp
     AND x.area_level = g.area_level AND x.area_code = g.area_code AND x.fiscal_year = g.fiscal_year
)
SELECT indicator_id, area_level, area_code, fiscal_year,
       CASE measure
            WHEN 'within' THEN CASE WHEN pop_total > 0 THEN within / pop_total END
            WHEN 'sfca' THEN CASE WHEN pop_total > 0 THEN sfca_score END
            WHEN 'mean_distance' THEN mean_nearest_m
       END AS value,
       CASE WHEN measure = 'within' THEN within END AS numerator,
       pop_total AS denominator
FROM joined
