-- districts.csv / school_districts.csv (tabular-only mode): one row per area code ({code}).
-- In check order: code given, name_confidence (when given) confirmed or likely, the code not
-- seen in an earlier accepted row.
WITH f AS (
    SELECT *, {code}__s <> 0 AS no_code,
           coalesce(name_confidence NOT IN ('confirmed', 'likely'), false) AS bad_conf
    FROM base
), d AS (
    SELECT f.*, coalesce(NOT no_code AND f.line_number > k.first_line, false) AS dup
    FROM f LEFT JOIN (SELECT {code}, min(line_number) AS first_line FROM f
                      WHERE parse_ok AND NOT no_code AND NOT bad_conf GROUP BY ALL) k USING ({code})
)
SELECT line_number, 1000 AS ord, '{code}' AS column_name, NULL AS value, 'コードが空です' AS reason FROM d WHERE no_code
UNION ALL
SELECT line_number, 1001, 'name_confidence', name_confidence, 'name_confidence は confirmed か likely です'
FROM d WHERE bad_conf
UNION ALL
SELECT line_number, 1002, '{code}', {code}, 'コードが重複しています（先の行を採用）' FROM d WHERE dup
