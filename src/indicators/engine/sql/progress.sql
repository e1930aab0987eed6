-- progress: measure_progress per fiscal year with records, for the city and per goal, policy,
-- actor and jusoteki category. numerator / denominator count measures (see catalogue/progress.yaml).
WITH groups AS (
    SELECT m.measure_id, 'city' AS area_level, p.municipality_code AS area_code
    FROM plan_measures m, eng_params p
    UNION ALL
    SELECT m.measure_id, 'goal', g.block_id FROM plan_measures m JOIN plan_goals g USING (goal_no)
    UNION ALL
    SELECT m.measure_id, 'policy', pp.block_id FROM plan_measures m JOIN plan_policies pp USING (goal_no, policy_no)
    UNION ALL
    SELECT measure_id, 'actor', actor FROM plan_measures WHERE actor IS NOT NULL
    UNION ALL
    SELECT DISTINCT m.measure_id, 'jusoteki', j.category
    FROM plan_measures m, unnest(m.jusoteki) AS j(category)
),
years AS (
    SELECT DISTINCT r.fiscal_year FROM measure_progress r JOIN eng_years y USING (fiscal_year)
),
recs AS (
    SELECT r.measure_id, r.fiscal_year, r.status, r.rating, s.done
    FROM measure_progress r LEFT JOIN progress_statuses s USING (status)
),
cells AS (
    SELECT g.area_level, g.area_code, y.fiscal_year,
           count(*) AS measures,
           count(r.measure_id) AS reported,
           count(r.status) AS with_status,
           count(*) FILTER (WHERE r.done) AS done,
           count(r.rating) AS rated,
           count(*) FILTER (WHERE r.rating = 'A') AS a,
           count(*) FILTER (WHERE r.rating = 'B') AS b,
           count(*) FILTER (WHERE r.rating = 'C') AS c,
           count(*) FILTER (WHERE r.rating = 'D') AS d
    FROM groups g CROSS JOIN years y
    LEFT JOIN recs r ON r.measure_id = g.measure_id AND r.fiscal_year = y.fiscal_year
    GROUP BY ALL
),
shares AS (
    SELECT area_level, area_code, fiscal_year, indicator_id, num::DOUBLE AS numerator, den::DOUBLE AS denominator
    FROM cells, (VALUES ('progress_reported_share'), ('progress_done_share'), ('progress_rating_a_share'),
                        ('progress_rating_b_share'), ('progress_rating_c_share'), ('progress_rating_d_share'),
                        ('progress_behind_share')) AS i(indicator_id),
    LATERAL (SELECT CASE i.indicator_id
                        WHEN 'progress_reported_share' THEN reported
                        WHEN 'progress_done_share' THEN done
                        WHEN 'progress_rating_a_share' THEN a
                        WHEN 'progress_rating_b_share' THEN b
                        WHEN 'progress_rating_c_share' THEN c
                        WHEN 'progress_rating_d_share' THEN d
                        ELSE c + d END AS num,
                    CASE i.indicator_id
                        WHEN 'progress_reported_share' THEN measures
                        WHEN 'progress_done_share' THEN with_status
                        ELSE rated END AS den)
)
SELECT indicator_id, area_level, area_code, fiscal_year,
       CASE WHEN denominator > 0 THEN numerator / denominator END AS value, numerator, denominator
FROM shares
