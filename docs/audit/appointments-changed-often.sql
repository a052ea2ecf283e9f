-- Appointments modified more than twice in one week (ISO week, Monday to Sunday, UTC), most changed first.
-- MariaDB / MySQL. Served to managers by GET /api/v1/audit/analyses/appointments-changed-often (period in from and to)
SELECT row_id                                               AS appointment_id,
       YEARWEEK(created_at, 3)                              AS iso_year_week,
       COUNT(*)                                             AS updates,
       MIN(created_at)                                      AS first_update,
       MAX(created_at)                                      AS last_update,
       GROUP_CONCAT(DISTINCT actor ORDER BY actor SEPARATOR ',') AS actors
FROM audit_log
WHERE table_name = 'appointments'
  AND action = 'UPDATE'
  AND created_at >= '2000-01-01' AND created_at < '2100-01-01'
GROUP BY row_id, YEARWEEK(created_at, 3)
HAVING COUNT(*) > 2
ORDER BY updates DESC, appointment_id;
