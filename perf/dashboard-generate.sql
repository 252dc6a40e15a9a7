-- Two years of a city's history straight into the source tables (a perf fixture, not application code):
-- :tickets tickets, :evaluations ratings, :applications applications over the last 730 days, spread over
-- the demo city's windows (org_window). Deterministic (no random()): every value derives from the row number.
\set ON_ERROR_STOP on
-- Load speed: ids ascend with the row number (an append to the primary key's b-tree instead of random page
-- writes through 128 MB of shared buffers), and the secondary indexes of a table are dropped before its load
-- and built once after it. Their definitions are kept in perf_dropped_index until rebuilt, so a load that was
-- interrupted leaves the next run (same flags) able to put them back: the run is resumable.
SET maintenance_work_mem = '512MB';
CREATE TABLE IF NOT EXISTS perf_dropped_index (name TEXT PRIMARY KEY, tbl TEXT NOT NULL, def TEXT NOT NULL);
CREATE TEMP TABLE w AS
  SELECT row_number() OVER (ORDER BY code) - 1 AS i, code, hall_code, unit_code FROM org_window;
SELECT COUNT(*) AS windows FROM w \gset
\echo windows :windows

\if :skip_tickets
\echo tickets: kept from an earlier run
\else
\echo tickets
INSERT INTO perf_dropped_index
SELECT i.indexname, i.tablename, i.indexdef FROM pg_indexes i
 WHERE i.tablename = 'ticket' AND i.schemaname = current_schema()
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
ON CONFLICT (name) DO NOTHING;
SELECT format('DROP INDEX IF EXISTS %I', name) FROM perf_dropped_index WHERE tbl = 'ticket' \gexec
INSERT INTO ticket (id, hall_code, service_code, service_day, number, display_number, priority, priority_rank, channel,
                    status, queued_at, issued_at, window_code, staff_username, called_at, started_at, finished_at,
                    evaluation_token)
SELECT ('a0000000' || lpad(to_hex(g), 24, '0'))::uuid, w.hall_code, 'PERF-S' || (g % 8), d, g::int, 'P' || lpad((g % 1000)::text, 3, '0'), 'NORMAL', 0, 'KIOSK',
       CASE WHEN g % 100 < 90 THEN 'COMPLETED' WHEN g % 100 < 97 THEN 'NO_SHOW' ELSE 'CANCELLED' END,
       t, t,
       CASE WHEN g % 100 < 97 THEN w.code END, CASE WHEN g % 100 < 97 THEN 'perf' || (g % 400) END,
       CASE WHEN g % 100 < 97 THEN t + ((g * 31) % 3600) * interval '1 second' END,
       CASE WHEN g % 100 < 90 THEN t + ((g * 31) % 3600 + 45) * interval '1 second' END,
       CASE WHEN g % 100 < 97 THEN t + ((g * 31) % 3600 + 45 + (g * 17) % 1500) * interval '1 second' END,
       'pt' || g
  FROM generate_series(1::bigint, :tickets) g
  CROSS JOIN LATERAL (SELECT current_date - (g % 730)::int AS d) dd
  CROSS JOIN LATERAL (SELECT ((dd.d + time '08:30' + ((g * 7919) % 28800) * interval '1 second') AT TIME ZONE 'Asia/Shanghai') AS t) tt
  JOIN w ON w.i = g % :windows;
SELECT replace(def, 'INDEX ', 'INDEX IF NOT EXISTS ') FROM perf_dropped_index WHERE tbl = 'ticket' \gexec
DELETE FROM perf_dropped_index WHERE tbl = 'ticket';
\endif

\if :skip_evaluations
\echo evaluations: kept from an earlier run
\else
\echo evaluations
INSERT INTO perf_dropped_index
SELECT i.indexname, i.tablename, i.indexdef FROM pg_indexes i
 WHERE i.tablename = 'evaluation' AND i.schemaname = current_schema()
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
ON CONFLICT (name) DO NOTHING;
SELECT format('DROP INDEX IF EXISTS %I', name) FROM perf_dropped_index WHERE tbl = 'evaluation' \gexec
INSERT INTO evaluation (id, token, kind, subject_id, level, negative, channel, hall_code, unit_code, window_code,
                        staff_username, service_code, served_at, rated_at)
SELECT ('e0000000' || lpad(to_hex(g), 24, '0'))::uuid, 'pe' || g, 'TICKET', ('a0000000' || lpad(to_hex(g), 24, '0'))::uuid, lv, lv <= 2, 'EVALUATOR', w.hall_code, w.unit_code, w.code,
       'perf' || (g % 400), 'PERF-S' || (g % 8), t - interval '5 minutes', t
  FROM generate_series(1::bigint, :evaluations) g
  CROSS JOIN LATERAL (SELECT CASE WHEN g % 200 = 0 THEN 1 WHEN g % 200 = 1 THEN 2 WHEN g % 20 = 2 THEN 3
                                  WHEN g % 4 = 3 THEN 4 ELSE 5 END AS lv) l
  CROSS JOIN LATERAL (SELECT ((current_date - (g % 730)::int) + time '08:40' + ((g * 7907) % 28800) * interval '1 second')
                             AT TIME ZONE 'Asia/Shanghai' AS t) tt
  JOIN w ON w.i = (g * 7) % :windows;
SELECT replace(def, 'INDEX ', 'INDEX IF NOT EXISTS ') FROM perf_dropped_index WHERE tbl = 'evaluation' \gexec
DELETE FROM perf_dropped_index WHERE tbl = 'evaluation';
\endif

\if :skip_applications
\echo applications: kept from an earlier run
\else
\echo applications
INSERT INTO perf_dropped_index
SELECT i.indexname, i.tablename, i.indexdef FROM pg_indexes i
 WHERE i.tablename = 'application' AND i.schemaname = current_schema()
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
ON CONFLICT (name) DO NOTHING;
SELECT format('DROP INDEX IF EXISTS %I', name) FROM perf_dropped_index WHERE tbl = 'application' \gexec
INSERT INTO application (id, number, matter_id, service_code, service_name, guide_version, unit_code, hall_code, window_code,
                         handler_username, handler_name, applicant_name, applicant_phone, status, received_at, received_on,
                         accepted_on, promised_limit_days, legal_limit_days, promised_due, legal_due, completed_at,
                         completed_on, result, updated_at)
SELECT x.id, 'PERF-' || g, x.id, 'PERF-S' || (g % 8), '性能测试事项', 1, w.unit_code, w.hall_code, w.code,
       'perf' || (g % 400), '测试人员', '测试申请人', '13800000000',
       CASE WHEN d + 12 > current_date AND g % 10 < 3 THEN 'ACCEPTED' ELSE 'COMPLETED' END,
       (d + time '10:00') AT TIME ZONE 'Asia/Shanghai', d, d, 5, 20, d + 7, d + 28,
       CASE WHEN d + 12 > current_date AND g % 10 < 3 THEN NULL
            ELSE (d + CASE WHEN g % 25 = 0 THEN 9 ELSE 3 + (g % 4)::int END + time '15:00') AT TIME ZONE 'Asia/Shanghai' END,
       CASE WHEN d + 12 > current_date AND g % 10 < 3 THEN NULL ELSE d + CASE WHEN g % 25 = 0 THEN 9 ELSE 3 + (g % 4)::int END END,
       CASE WHEN d + 12 > current_date AND g % 10 < 3 THEN NULL ELSE 'APPROVED' END,
       now()
  FROM generate_series(1::bigint, :applications) g
  CROSS JOIN LATERAL (SELECT ('c0000000' || lpad(to_hex(g), 24, '0'))::uuid AS id, current_date - 12 - (g % 718)::int AS d) x
  JOIN w ON w.i = (g * 3) % :windows;
SELECT replace(def, 'INDEX ', 'INDEX IF NOT EXISTS ') FROM perf_dropped_index WHERE tbl = 'application' \gexec
DELETE FROM perf_dropped_index WHERE tbl = 'application';
\endif
ANALYZE ticket;
ANALYZE evaluation;
ANALYZE application;
