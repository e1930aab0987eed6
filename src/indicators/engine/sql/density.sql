-- density: active resources of resource_type / denominator * per (params.denominator, params.per).
-- denominator: population | pop_65plus (district_stats; the city sum is NULL when any district
-- lacks the value that year) | schools (number of 小学校区, city only).
-- City numerator: every active resource of the type in the city, whatever its area codes.
-- Counts come from eng_resource_counts (active resources per type, area and year).
WITH ind AS (
    SELECT c.indicator_id, c.resource_type, c.area_levels,
           max(p.value) FILTER (WHERE p.param = 'denominator') AS denom_kind,
           coalesce(max(p.value) FILTER (WHERE p.param = 'per'), '1')::DOUBLE AS per
    FROM indicator_catalogue c
    LEFT JOIN eng_indicator_params p USING (indicator_id)
    WHERE c.family = 'density'
    GROUP BY ALL
),
stats AS (
    SELECT district_code AS area_code, fiscal_year,
           population::DOUBLE AS population, pop_65plus::DOUBLE AS pop_65plus
    FROM eng_stats
),
city_stats AS (
    SELECT y.fiscal_year,
           CASE WHEN count(s.area_code) > 0 AND count(s.population) = count(s.area_code)
                THEN sum(s.population) END AS population,
           CASE WHEN count(s.area_code) > 0 AND count(s.pop_65plus) = count(s.area_code)
                THEN sum(s.pop_65plus) END AS pop_65plus,
           (SELECT count(*) FROM eng_schools)::DOUBLE AS schools
    FROM eng_years y LEFT JOIN stats s USING (fiscal_year)
    GROUP BY ALL
),
district_rows AS (
    SELECT i.indicator_id, 'district' AS area_level, d.district_code AS area_code, y.fiscal_year,
           i.per, i.denom_kind,
           coalesce(r.n, 0)::DOUBLE AS numerator,
           CASE i.denom_kind WHEN 'population' THEN s.population
                             WHEN 'pop_65plus' THEN s.pop_65plus END AS denominator
    FROM ind i
    CROSS JOIN eng_districts d
    CROSS JOIN eng_years y
    LEFT JOIN stats s ON s.area_code = d.district_code AND s.fiscal_year = y.fiscal_year
    LEFT JOIN eng_resource_counts r
      ON r.area_level = 'district' AND r.area_code = d.district_code
     AND r.fiscal_year = y.fiscal_year AND r.resource_type = i.resource_type
    WHERE list_contains(i.area_levels, 'district')
),
city_rows AS (
    SELECT i.indicator_id, 'city' AS area_level, p.municipality_code AS area_code, y.fiscal_year,
           i.per, i.denom_kind,
           coalesce(r.n, 0)::DOUBLE AS numerator,
           CASE i.denom_kind WHEN 'population' THEN cs.population
                             WHEN 'pop_65plus' THEN cs.pop_65plus
                             WHEN 'schools' THEN cs.schools END AS denominator
    FROM ind i
    CROSS JOIN eng_years y
    CROSS JOIN eng_params p
    JOIN city_stats cs USING (fiscal_year)
    LEFT JOIN eng_resource_counts r
      ON r.area_level = 'city' AND r.fiscal_year = y.fiscal_year AND r.resource_type = i.resource_type
    WHERE list_contains(i.area_levels, 'city')
)
SELECT indicator_id, area_level, area_code, fiscal_year,
       CASE WHEN denominator > 0 THEN numerator / denominator * per END AS value,
       numerator, denominator
FROM (SELECT * FROM district_rows UNION ALL SELECT * FROM city_rows)
