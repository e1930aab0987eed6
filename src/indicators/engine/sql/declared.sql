-- Declared indicators (indicators.yaml): the values a city reports in indicator_observations.csv,
-- staged by indicators.declared.observations. For an indicator counting people, a count given
-- without a denominator is its own numerator, so the engine's suppression hides it below the
-- threshold like every other people count.
SELECT o.indicator_id, o.area_level, o.area_code, o.fiscal_year, o.value,
       CASE WHEN o.numerator IS NULL AND o.denominator IS NULL AND c.counts_people THEN o.value
            ELSE o.numerator END AS numerator,
       o.denominator, o.source_suppressed
FROM indicator_observations o
JOIN indicator_catalogue c ON c.indicator_id = o.indicator_id
ORDER BY o.indicator_id, o.area_level, o.area_code, o.fiscal_year
