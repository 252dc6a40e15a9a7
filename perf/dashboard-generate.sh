#!/usr/bin/env bash
# Fills a PostgreSQL database with two years of a city's history and builds the dashboard's rollups from it.
# Usage: perf/dashboard-generate.sh          (defaults: database sw_dashboard, 5 M tickets, 10 M ratings, 1 M applications)
#        DB=sw_dash2 TICKETS=500000 EVALUATIONS=1000000 APPLICATIONS=100000 perf/dashboard-generate.sh
# Steps: (1) build the jar; (2) create the database and start the app once with the demo profile, so that the
# migrations and the demo city (units, halls, windows) are in place; (3) insert the history with SQL
# generate_series (perf/dashboard-generate.sql); (4) start the app with sw.dashboard.rebuild-on-start=true,
# which rebuilds the rollups from the modules' published history APIs (the same code as the admin's
# "rebuild" button), wait for the job to finish, print its duration, stop the app. The database is kept for
# perf/dashboard-bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-sw_dashboard}
TICKETS=${TICKETS:-5000000}
EVALUATIONS=${EVALUATIONS:-10000000}
APPLICATIONS=${APPLICATIONS:-1000000}
PORT=${PORT:-18093}
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1"

JAR=${JAR:-target/service-window.jar}
[ -f "$JAR" ] || mvn -B -q -DskipTests package
SKIP_SETUP=${SKIP_SETUP:-0}   # 1: the database already has the migrations and the demo city (a re-run)
# SKIP_TICKETS=1 / SKIP_EVALUATIONS=1 / SKIP_APPLICATIONS=1: the tickets / ratings / applications of an earlier run are kept
# SKIP_REBUILD=1: stop after the history (rebuild later with SKIP_SETUP=1 SKIP_TICKETS=1 SKIP_EVALUATIONS=1 SKIP_APPLICATIONS=1)
if [ "$SKIP_SETUP" != 1 ]; then
  $PSQL -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
  $PSQL -qc "CREATE DATABASE $DB"
fi

APP=""
stop() { [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true; APP=""; }
trap stop EXIT
start() {
  SPRING_PROFILES_ACTIVE=demo,postgres SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= SERVER_PORT=$PORT SW_NOTIFICATION_POLL_ENABLED=false java -Xmx2g -jar "$JAR" "$@" \
    > "target/dashboard-generate-app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 900); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && return 0; kill -0 "$APP" 2>/dev/null || break; sleep 1; done
  echo "app did not start, see target/dashboard-generate-app.log"; exit 1
}

if [ "$SKIP_SETUP" != 1 ]; then
  echo "== migrations and the demo city"
  start
  stop
fi

echo "== history: $TICKETS tickets, $EVALUATIONS ratings, $APPLICATIONS applications"
time $PSQL -d "$DB" -v tickets="$TICKETS" -v evaluations="$EVALUATIONS" -v applications="$APPLICATIONS" -v skip_tickets="${SKIP_TICKETS:-0}" -v skip_evaluations="${SKIP_EVALUATIONS:-0}" -v skip_applications="${SKIP_APPLICATIONS:-0}" -f perf/dashboard-generate.sql

[ "${SKIP_REBUILD:-0}" = 1 ] && { echo "== rollups: skipped (SKIP_REBUILD=1)"; exit 0; }
echo "== rollups: rebuild from the published history"
SECONDS=0
start --sw.dashboard.rebuild-on-start=true
while :; do
  s=$($PSQL -d "$DB" -tAc "SELECT status || ' ' || progress || '% ' || processed FROM dash_job WHERE kind = 'REBUILD' ORDER BY created_at DESC LIMIT 1")
  echo "  $(date +%T) $s"
  case "$s" in DONE*|FAILED*) break ;; esac
  sleep 15
done
echo "rebuild took about $SECONDS s (including the app's start)"
stop
$PSQL -d "$DB" -c "ANALYZE dash_day; ANALYZE dash_day_window; ANALYZE dash_month; ANALYZE dash_hour" \
  -c "SELECT (SELECT COUNT(*) FROM ticket) AS tickets, (SELECT COUNT(*) FROM evaluation) AS evaluations,
             (SELECT COUNT(*) FROM application) AS applications, (SELECT COUNT(*) FROM dash_day) AS day_rows,
             (SELECT COUNT(*) FROM dash_day_window) AS day_window_rows, (SELECT COUNT(*) FROM dash_month) AS month_rows,
             (SELECT COUNT(*) FROM dash_hour) AS hour_rows"
