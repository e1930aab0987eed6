-- access_district from the per point rows of one resource type (indicators.spatial.accessibility):
-- _access_rows(t, fiscal_year, point, nearest_m, n_located, a_<group>), _access_points(point,
-- code_<level>, pop_<group>), _access_types(t, resource_type); ? = the 2SFCA catchment in metres.
-- Per area level, area and year of the points: population (NULL when every count is unknown),
-- population within each distance, population-weighted mean nearest distance over the points that
-- have a resource, and the population-weighted 2SFCA score per 1,000 people.
WITH by_group AS ({groups})
SELECT ty.resource_type, population_group, area_level, area_code, fiscal_year::INTEGER AS fiscal_year,
       CAST(round(pop_total) AS BIGINT) AS pop_total,
       CAST(round(pop_within_500) AS BIGINT) AS pop_within_500,
       CAST(round(pop_within_1000) AS BIGINT) AS pop_within_1000,
       CAST(round(pop_within_2000) AS BIGINT) AS pop_within_2000,
       mean_nearest_m, sfca_score, n_resources_located::INTEGER AS n_resources_located, ?::DOUBLE AS catchment_m
FROM (
    SELECT t, population_group, {level} AS area_level, {code} AS area_code, fiscal_year,
           CASE WHEN count(pop) > 0 THEN sum(coalesce(pop, 0)) END AS pop_total,
           {within},
           sum(coalesce(pop, 0) * nearest_m) FILTER (WHERE nearest_m IS NOT NULL)
               / nullif(sum(coalesce(pop, 0)) FILTER (WHERE nearest_m IS NOT NULL), 0) AS mean_nearest_m,
           CASE WHEN count(pop) > 0 AND sum(coalesce(pop, 0)) > 0
                THEN sum(coalesce(pop, 0) * a) / sum(coalesce(pop, 0)) * {sfca_scale} END AS sfca_score,
           max(n_located) AS n_resources_located
    FROM by_group
    GROUP BY GROUPING SETS ({sets})
    HAVING {code} IS NOT NULL
) JOIN _access_types ty USING (t)
