-- Deletions per user and table, most first. user_id is NULL for the server itself (actor system:...)
-- and for anonymous visitors. MariaDB / MySQL (and H2).
-- Served to managers by GET /api/v1/audit/analyses/deletions-per-user (period in from and to)
SELECT user_id,
       actor,
       table_name,
       COUNT(*)        AS deletions,
       MAX(created_at) AS last_deletion
FROM audit_log
WHERE action = 'DELETE'
  AND created_at >= '2000-01-01' AND created_at < '2100-01-01'
GROUP BY user_id, actor, table_name
ORDER BY deletions DESC, actor, table_name;
