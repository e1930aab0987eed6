-- assoc: qualifying 町内会・集落 / 町内会・集落 in the area, for every fiscal year.
--   fureai_salon_assoc_rate: fureai_salon >= 1 (町内会 with an unknown count are left out);
--   sasaeai_map_rate: sasaeai_map_fy <= fiscal_year (blank = never made).
-- Areas without any 町内会 get numerator 0, denominator 0 and value NULL.
-- Counted once per (地区, 小学校区) pair, then rolled up to 地区, 小学校区 and city.
WITH ind AS (
    SELECT c.indicator_id, lv.area_level
    FROM indicator_catalogue c, unnest(c.area_levels) AS lv(area_level)
    WHERE c.family = 'assoc'
),
flags AS (
    SELECT a.assoc_code, a.district_code, a.school_code, y.fiscal_year, i.indicator_id,
           CASE i.indicator_id
               WHEN 'fureai_salon_assoc_rate' THEN a.fureai_salon >= 1
               WHEN 'sasaeai_map_rate' THEN coalesce(a.sasaeai_map_fy <= y.fiscal_year, false)
           END AS ok
    FROM neighbourhood_assocs a
    CROSS JOIN eng_years y
    CROSS JOIN (SELECT DISTINCT indicator_id FROM ind) i
),
pairs AS MATERIALIZED (
    SELECT indicator_id, fiscal_year, district_code, school_code,
           count(assoc_code) FILTER (WHERE ok) AS qualifying, count(ok) AS known
    FROM flags
    GROUP BY ALL
),
long AS (
    SELECT indicator_id, fiscal_year, 'district' AS area_level, district_code AS area_code,
           sum(qualifying)::BIGINT AS qualifying, sum(known)::BIGINT AS known
    FROM pairs WHERE district_code IS NOT NULL GROUP BY ALL
    UNION ALL
    SELECT indicator_id, fiscal_year, 'school_district', school_code, sum(qualifying)::BIGINT, sum(known)::BIGINT
    FROM pairs WHERE school_code IS NOT NULL GROUP BY ALL
    UNION ALL
    SELECT p.indicator_id, p.fiscal_year, 'city', e.municipality_code, sum(p.qualifying)::BIGINT, sum(p.known)::BIGINT
    FROM pairs p, eng_params e GROUP BY ALL
),
areas AS (
    SELECT area_level, area_code FROM eng_areas
    UNION ALL
    SELECT 'city', municipality_code FROM eng_params
)
SELECT i.indicator_id, i.area_level, a.area_code, y.fiscal_year,
       CASE WHEN coalesce(l.known, 0) > 0 THEN l.qualifying / l.known END AS value,
       coalesce(l.qualifying, 0)::DOUBLE AS numerator,
       coalesce(l.known, 0)::DOUBLE AS denominator
FROM ind i
JOIN areas a ON a.area_level = i.area_level
CROSS JOIN eng_years y
LEFT JOIN long l ON l.indicator_id = i.indicator_id AND l.area_level = i.area_level
                AND l.area_code = a.area_code AND l.fiscal_year = y.fiscal_year
