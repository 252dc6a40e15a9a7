#!/usr/bin/env bash
# Queue load test on PostgreSQL: builds the app, prepares hall PERF in a fresh database, starts the app as
# its own process (default JVM flags, prod profile) and drives it like a busy hall (QueueLoadDriver).
# Usage: perf/queue-load.sh            (defaults: 10 kiosks, 50 windows, 1000 boards, 60 s, no service time)
#        KIOSKS=20 SUBSCRIBERS=1000 DURATION=120 SERVICE_MS=5000 perf/queue-load.sh
#        SERVICE_MS: how long a window spends on a ticket (0 = call as fast as the server answers: the
#        queue core's throughput; 5000 with 50 windows = a very busy hall, about 10 calls/s, for the boards)
#        APP_OPTS: JVM flags for the application (e.g. a JFR recording); SKIP_PGBENCH=1: no raw-SQL run after
set -euo pipefail
cd "$(dirname "$0")/.."
KIOSKS=${KIOSKS:-10}
WINDOWS=${WINDOWS:-50}
SUBSCRIBERS=${SUBSCRIBERS:-1000}
DURATION=${DURATION:-60}
SERVICE_MS=${SERVICE_MS:-0}
APP_OPTS=${APP_OPTS:-}
PORT=${PORT:-18080}
DB="sw_perf_$(date +%s)"
URL="jdbc:postgresql://127.0.0.1:5432/$DB"

mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/perf.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/perf.classpath)"

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
APP=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
}
trap cleanup EXIT

echo "== setup: hall PERF, $WINDOWS windows, $KIOSKS kiosks"
java -Dsw.test.db=postgres -cp "$CP" org.servicewindow.perf.QueueLoadDriver setup "$URL" target/perf-setup.json "$WINDOWS" "$KIOSKS" \
  > target/perf-setup.log 2>&1

echo "== starting the application on port $PORT"
SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  SW_SECURE_COOKIES=false SERVER_PORT=$PORT SW_NOTIFICATION_POLL_ENABLED=false \
  java $APP_OPTS -jar target/service-window.jar > target/perf-app.log 2>&1 &
APP=$!
for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://localhost:$PORT/actuator/health" >/dev/null

# CPU seconds used so far by a process (utime + stime), and by all PostgreSQL processes together
cpu_of() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$1/stat"; }
cpu_postgres() { { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v t="$(getconf CLK_TCK)" '$2 == "(postgres)" {s += $14 + $15} END {printf "%.1f", s / t}'; }

echo "== driving for $DURATION s"
java -Xmx1g -cp "$CP" org.servicewindow.perf.QueueLoadDriver drive "http://localhost:$PORT" target/perf-setup.json \
  "$DURATION" "$SUBSCRIBERS" "$URL" "$SERVICE_MS" > target/perf-result.txt &
DRIVER=$!
app0=$(cpu_of "$APP"); pg0=$(cpu_postgres); t0=$(date +%s.%N)
wait "$DRIVER"
app1=$(cpu_of "$APP"); pg1=$(cpu_postgres); t1=$(date +%s.%N)
cat target/perf-result.txt
awk -v a="$app0" -v b="$app1" -v p="$pg0" -v q="$pg1" -v s="$t0" -v e="$t1" 'BEGIN {
  printf "CPU over the whole drive (warm-up included, %.0f s): application %.2f cores, PostgreSQL %.2f cores (of 2)\n",
    e - s, (b - a) / (e - s), (q - p) / (e - s) }'
echo "app RSS after the run: $(grep VmRSS /proc/$APP/status | awk '{print $2/1024 " MB"}')"

echo "== the same statements as raw SQL through pgbench (50 clients, $DURATION s)"
kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true; APP=""
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "INSERT INTO queue_board_seq (hall_code, seq) VALUES ('PERF', 1000000) ON CONFLICT DO NOTHING"
# start from tables as clean as the application's run did, not from its dead rows
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "VACUUM ANALYZE"
[ -n "${SKIP_PGBENCH:-}" ] && exit 0
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 50 -j 2 -T "$DURATION" -f perf/queue-pgbench.sql "$DB" 2>&1 | tee target/perf-pgbench.txt \
  | grep -E "tps|latency|transactions"
tps=$(grep -oE "tps = [0-9.]+" target/perf-pgbench.txt | head -1 | awk '{print $3}')
echo "pgbench: $tps served tickets/s = $(awk -v t="$tps" 'BEGIN{printf "%.0f", t*4}') queue operations/s (issue+call+start+complete)"
