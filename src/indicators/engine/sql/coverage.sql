-- coverage: areas with >= 1 active resource of the indicator's resource_type / all areas.
-- Area rows: numerator = active resources in the area (0 when none), value = 1 or 0,
-- denominator NULL. City row: numerator = covered areas, denominator = all areas of the
-- indicator's sub-city level (district or school_district), value = numerator / denominator.
WITH ind AS (
    SELECT c.indicator_id, c.resource_type, lv.area_level
    FROM indicator_catalogue c, unnest(c.area_levels) AS lv(area_level)
    WHERE c.family = 'coverage' AND lv.area_level <> 'city'
),
counts AS (
    SELECT i.indicator_id, a.area_level, a.area_code, y.fiscal_year,
           coalesce(r.n, 0) AS n
    FROM ind i
    JOIN eng_areas a ON a.area_level = i.area_level
    CROSS JOIN eng_years y
    LEFT JOIN eng_resource_counts r
      ON r.fiscal_year = y.fiscal_year
     AND r.resource_type = i.resource_type
     AND r.area_level = a.area_level
     AND r.area_code = a.area_code
),
city AS (
    SELECT i.indicator_id, y.fiscal_year,
           count(c.area_code) FILTER (WHERE c.n > 0) AS covered,
           count(c.area_code) AS areas
    FROM ind i
    CROSS JOIN eng_years y
    LEFT JOIN counts c ON c.indicator_id = i.indicator_id AND c.fiscal_year = y.fiscal_year
    GROUP BY ALL
)
SELECT indicator_id, area_level, area_code, fiscal_year,
       CASE WHEN n > 0 THEN 1.0 ELSE 0.0 END AS value,
       n::DOUBLE AS numerator, NULL::DOUBLE AS denominator
FROM counts
UNION ALL
SELECT c.indicator_id, 'city', p.municipality_code, c.fiscal_year,
       CASE WHEN c.areas > 0 THEN c.covered / c.areas END,
       c.covered::DOUBLE, c.areas::DOUBLE
FROM city c, eng_params p
WHERE EXISTS (SELECT 1 FROM indicator_catalogue k
              WHERE k.indicator_id = c.indicator_id AND list_contains(k.area_levels, 'city'))
