-- The queue core's statements as raw SQL, one served ticket per pgbench transaction script:
-- issue (gapless number under the counter lock), call next at window :w (window lock, SKIP LOCKED claim,
-- board sequence), start, complete — the same statements the application runs, without HTTP, security,
-- audit or JSON. perf/queue-load.sh runs it after the HTTP load so the app's overhead is a ratio.
\set w random(1, 50)
\set s random(1, 3)
BEGIN;
INSERT INTO queue_counter (hall_code, service_code, service_day, last_number)
  VALUES ('PERF', 'PERF-S' || :s, CURRENT_DATE, 0) ON CONFLICT DO NOTHING;
UPDATE queue_counter SET last_number = last_number + 1
 WHERE hall_code = 'PERF' AND service_code = 'PERF-S' || :s AND service_day = CURRENT_DATE RETURNING last_number AS n \gset
INSERT INTO ticket (id, hall_code, service_code, service_day, number, display_number, priority, priority_rank, channel,
                    status, queued_at, issued_at)
  VALUES (gen_random_uuid(), 'PERF', 'PERF-S' || :s, CURRENT_DATE, :n, 'P' || :n, 'NORMAL', 2, 'KIOSK', 'WAITING', now(), now());
COMMIT;
BEGIN;
INSERT INTO queue_window (window_code, hall_code, state, green_streak, changed_at)
  VALUES ('PERF-' || :w, 'PERF', 'OPEN', 0, now()) ON CONFLICT DO NOTHING;
SELECT state FROM queue_window WHERE window_code = 'PERF-' || :w FOR UPDATE;
SELECT COALESCE((SELECT id FROM ticket
  WHERE hall_code = 'PERF' AND service_day = CURRENT_DATE AND status = 'WAITING'
    AND (reserved_window = 'PERF-' || :w OR (reserved_window IS NULL AND service_code IN ('PERF-S1', 'PERF-S2', 'PERF-S3')))
  ORDER BY CASE WHEN reserved_window = 'PERF-' || :w THEN 0 ELSE 1 END, priority_rank, queued_at, id
  LIMIT 1 FOR UPDATE SKIP LOCKED), '00000000-0000-0000-0000-000000000000') AS tid \gset
UPDATE ticket SET status = 'CALLED', window_code = 'PERF-' || :w, called_at = now() WHERE id = :tid AND status = 'WAITING';
UPDATE queue_window SET current_ticket_id = :tid, changed_at = now() WHERE window_code = 'PERF-' || :w;
UPDATE queue_board_seq SET seq = seq + 1 WHERE hall_code = 'PERF';
INSERT INTO ticket_event (ticket_id, hall_code, type, occurred_at, window_code, board_seq)
  VALUES (:tid, 'PERF', 'CALLED', now(), 'PERF-' || :w, (SELECT seq FROM queue_board_seq WHERE hall_code = 'PERF'));
SELECT pg_notify('sw_queue_calls_pgbench', 'x');
COMMIT;
BEGIN;
SELECT id FROM ticket WHERE id = :tid FOR UPDATE;
UPDATE ticket SET status = 'SERVING', started_at = now() WHERE id = :tid AND status = 'CALLED';
INSERT INTO ticket_event (ticket_id, hall_code, type, occurred_at, window_code) VALUES (:tid, 'PERF', 'STARTED', now(), 'PERF-' || :w);
COMMIT;
BEGIN;
SELECT id FROM ticket WHERE id = :tid FOR UPDATE;
UPDATE ticket SET status = 'COMPLETED', finished_at = now(), evaluation_token = md5(random()::text) WHERE id = :tid AND status = 'SERVING';
INSERT INTO ticket_event (ticket_id, hall_code, type, occurred_at, window_code) VALUES (:tid, 'PERF', 'COMPLETED', now(), 'PERF-' || :w);
UPDATE queue_window SET current_ticket_id = NULL, changed_at = now() WHERE window_code = 'PERF-' || :w;
COMMIT;
