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
-- access_district rows drive the join (it is the large side, so DuckDB splits the work across
-- threads; a grid of every indicator × area × year as the probe side ran on one thread); the
-- grid is only built for area-years lacking a row of some (type, group) of the family.
combos AS (SELECT DISTINCT resource_type, grp FROM ind),
x AS (
    SELECT x.* FROM access_district x
    SEMI JOIN combos c ON c.resource_type = x.resource_type AND c.grp = x.population_group
    SEMI JOIN areas a ON a.area_level = x.area_level AND a.area_code = x.area_code
    SEMI JOIN eng_years y ON y.fiscal_year = x.fiscal_year
),
-- duplicate keys in access_district would let an incomplete area-year count as complete, but
-- they also duplicate output rows, which the engine rejects: the build fails either way
complete AS (SELECT area_level, area_code, fiscal_year, count(*) AS n FROM x GROUP BY ALL),
partial AS (
    SELECT a.area_level, a.area_code, y.fiscal_year
    FROM areas a CROSS JOIN eng_years y
    LEFT JOIN complete h ON h.area_level = a.area_level AND h.area_code = a.area_code AND h.fiscal_year = y.fiscal_year
    WHERE coalesce(h.n, 0) < (SELECT count(*) FROM combos)
),
-- the rows of those area-years (few): what the NULL rows below must not duplicate
xp AS (
    SELECT x.* FROM x
    SEMI JOIN partial p ON p.area_level = x.area_level AND p.area_code = x.area_code AND p.fiscal_year = x.fiscal_year
),
joined AS (
    SELECT i.indicator_id, i.resource_type, i.measure, i.grp, i.radius_m, x.area_level, x.area_code, x.fiscal_year,
           x.pop_total::DOUBLE AS pop_total, x.sfca_score, x.mean_nearest_m,
           (CASE i.radius_m WHEN 500 THEN x.pop_within_500
                            WHEN 1000 THEN x.pop_within_1000
                            WHEN 2000 THEN x.pop_within_2000 END)::DOUBLE AS within
    FROM x JOIN ind i
      ON x.resource_type = i.resource_type AND x.population_group = i.grp
     AND list_contains(i.area_levels, x.area_level)
    UNION ALL
    -- every indicator × area × year without a row: NULLs
    SELECT i.indicator_id, i.resource_type, i.measure, i.grp, i.radius_m, p.area_level, p.area_code, p.fiscal_year,
           NULL, NULL, NULL, NULL
    FROM partial p JOIN ind i ON list_contains(i.area_levels, p.area_level)
    ANTI JOIN xp x
      ON x.resource_type = i.resource_type AND x.population_group = i.grp
     AND x.area_level = p.area_level AND x.area_code = p.area_code AND x.fiscal_year = p.fiscal_year
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
