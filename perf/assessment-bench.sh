#!/usr/bin/env bash
# Assessment benchmark on PostgreSQL: a monthly assessment run over two years of demo-scale history.
# Builds the app, creates a fresh database, starts the app once on it (migrations + demo city + default
# scheme), fills the source modules' tables with generated history (generate_series SQL: tickets served at
# the demo windows, ratings of half of them with ~6 % 差评, verified ledger entries, completed applications,
# inspections) and times AssessmentRuns.compute for the last complete month (AssessmentBenchDriver).
# Usage: perf/assessment-bench.sh                 (defaults: 1 050 000 tickets, every second one rated)
#        TICKETS=2000000 APPLICATIONS=200000 perf/assessment-bench.sh
#        SKIP_BUILD=1 perf/assessment-bench.sh     (reuse target/ from a previous build)
set -euo pipefail
cd "$(dirname "$0")/.."
TICKETS=${TICKETS:-1050000}
APPLICATIONS=${APPLICATIONS:-100000}
DB="sw_assess_$(date +%s)"
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d $DB"

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -DskipTests package
fi
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/perf.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/perf.classpath)"

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
cleanup() { psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true; }
trap cleanup EXIT

echo "== migrations and demo data"
java -Dsw.test.db=postgres -cp "$CP" org.servicewindow.perf.AssessmentBenchDriver seed "$URL" > target/assessment-bench-seed.log 2>&1

echo "== generating $TICKETS tickets over 730 days, ratings, ledger entries, $APPLICATIONS applications"
start=$(date +%s)
$PSQL <<SQL
CREATE TEMP TABLE bench_window AS
SELECT row_number() OVER (ORDER BY w.code) - 1 AS i, w.code, w.hall_code, w.unit_code,
       COALESCE((SELECT s.username FROM org_staff_window sw JOIN org_staff s ON s.id = sw.staff_id
                  WHERE sw.window_code = w.code AND s.username IS NOT NULL LIMIT 1), 'bench-' || lower(w.code)) AS username
  FROM org_window w;
INSERT INTO ticket (id, hall_code, service_code, service_day, number, display_number, priority, priority_rank, channel,
                    status, queued_at, issued_at, window_code, staff_username, called_at, started_at, finished_at,
                    evaluation_token)
SELECT gen_random_uuid(), w.hall_code, 'BENCH', d.day, g, 'A' || (g % 1000), 'NORMAL', 0, 'KIOSK', 'COMPLETED', t.at, t.at,
       w.code, w.username, t.at + t.wait, t.at + t.wait, t.at + t.wait + interval '8 minutes', 'bench-' || g
  FROM generate_series(1, $TICKETS) g
  JOIN bench_window w ON w.i = g % (SELECT COUNT(*) FROM bench_window)
 CROSS JOIN LATERAL (SELECT current_date - 730 + (g % 730) AS day) d
 CROSS JOIN LATERAL (SELECT (d.day + time '09:00' + (g % 420) * interval '1 minute') AT TIME ZONE 'Asia/Shanghai' AS at,
                            ((g * 7) % 41) * interval '1 minute' AS wait) t;
INSERT INTO evaluation (id, token, kind, subject_id, level, negative, channel, hall_code, unit_code, window_code,
                        staff_username, service_code, served_at, rated_at)
SELECT gen_random_uuid(), t.evaluation_token, 'TICKET', t.id, l.level, l.level <= 2, 'WEB', t.hall_code, w.unit_code,
       t.window_code, t.staff_username, t.service_code, t.finished_at, t.finished_at + interval '2 minutes'
  FROM ticket t JOIN bench_window w ON w.code = t.window_code
 CROSS JOIN LATERAL (SELECT CASE WHEN t.number % 97 = 0 THEN 1 WHEN t.number % 31 = 0 THEN 2 WHEN t.number % 7 = 0 THEN 3
                                 WHEN t.number % 3 = 0 THEN 4 ELSE 5 END AS level) l
 WHERE t.service_code = 'BENCH' AND t.number % 2 = 0;
INSERT INTO ledger_entry (id, number, source, evaluation_id, status, unit_code, hall_code, window_code, handler_username,
                          service_code, level, real_name, opened_at, due_on, due_provisional, verdict, version)
SELECT gen_random_uuid(), 'HCB-' || e.token, 'EVALUATION', e.id, 'CLOSED', e.unit_code, e.hall_code, e.window_code,
       e.staff_username, e.service_code, e.level, FALSE, e.rated_at, CAST(e.rated_at AS DATE) + 10, FALSE,
       CASE WHEN e.level = 1 THEN 'VALID' ELSE 'INVALID' END, 1
  FROM evaluation e WHERE e.negative AND e.service_code = 'BENCH';
INSERT INTO application (id, number, matter_id, service_code, service_name, guide_version, unit_code, hall_code, window_code,
                         handler_username, handler_name, applicant_name, applicant_phone, status, received_at, received_on,
                         promised_limit_days, legal_limit_days, promised_due, completed_at, completed_on, updated_at)
SELECT x.id, 'BENCH-' || x.g, x.id, 'BENCH', '压测事项', 1, w.unit_code, w.hall_code, w.code, w.username, '压测人员', '申请人',
       '13800000000', 'COMPLETED', d.day, d.day, 5, 20, d.day + 7,
       (d.day + 7 + CASE WHEN x.g % 25 = 0 THEN 3 ELSE 0 END) AT TIME ZONE 'Asia/Shanghai',
       d.day + 7 + CASE WHEN x.g % 25 = 0 THEN 3 ELSE 0 END, now()
  FROM (SELECT gen_random_uuid() AS id, g FROM generate_series(1, $APPLICATIONS) g) x
  JOIN bench_window w ON w.i = x.g % (SELECT COUNT(*) FROM bench_window)
 CROSS JOIN LATERAL (SELECT current_date - 737 + (x.g % 730) AS day) d;
INSERT INTO supervision_inspection (id, kind, unit_code, hall_code, window_code, visited_at, inspector, score, max_score,
                                    failed_items, created_at)
SELECT gen_random_uuid(), 'DAILY', w.unit_code, w.hall_code, w.code,
       (current_date - (g % 730)) + time '10:00', 'inspector', 80 + g % 20, 100, 1, now()
  FROM generate_series(1, 20000) g JOIN bench_window w ON w.i = g % (SELECT COUNT(*) FROM bench_window);
ANALYZE;
SQL
echo "generated in $(( $(date +%s) - start )) s: $($PSQL -tAc "SELECT COUNT(*) FROM ticket") tickets, \
$($PSQL -tAc "SELECT COUNT(*) FROM evaluation") evaluations, $($PSQL -tAc "SELECT COUNT(*) FROM ledger_entry") ledger entries, \
$($PSQL -tAc "SELECT COUNT(*) FROM application") applications"

MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
echo "== timing the monthly run of $MONTH"
java -Dsw.test.db=postgres -cp "$CP" org.servicewindow.perf.AssessmentBenchDriver run "$URL" "$MONTH" 2>&1 | grep -E "monthly run|Exception" \
  | tee target/assessment-bench.txt
