#!/usr/bin/env bash
# Measures the cockpit's queries on the database perf/dashboard-generate.sh filled (2 years of a city).
# Usage: perf/dashboard-bench.sh      (DB=sw_dashboard DURATION=15 CLIENTS=2 PAGES=40; PAGES=0 skips the HTTP part)
# (1) each main query of CockpitQueries — the SQL the cockpit sends (CockpitQueries.source: coarse tables for
#     the city, unit and hall levels, dash_day for window and staff), for a leader's city-wide scope — runs for DURATION s under pgbench with CLIENTS clients; p50/p95/p99 from pgbench's
#     per-transaction log; EXPLAIN (ANALYZE, BUFFERS) of each goes to target/dashboard-explain.txt;
# (2) the whole cockpit page over HTTP (app started on the same database, logged in as the demo leader):
#     PAGES requests per level, sequential, curl's total time.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-sw_dashboard}
DURATION=${DURATION:-15}
CLIENTS=${CLIENTS:-2}
PAGES=${PAGES:-40}
PORT=${PORT:-18094}
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"
OUT=target/dashboard-bench; rm -rf "$OUT"; mkdir -p "$OUT"
# the busiest hall, unit and window (from the monthly rollup: a scan of dash_day would take a while)
HALL=$($PSQL -tAc "SELECT hall_code FROM dash_month GROUP BY hall_code ORDER BY SUM(issued) DESC LIMIT 1")
UNIT=$($PSQL -tAc "SELECT unit_code FROM dash_month GROUP BY unit_code ORDER BY SUM(issued) DESC LIMIT 1")
WINDOW=$($PSQL -tAc "SELECT window_code FROM dash_month WHERE hall_code = '$HALL' AND window_code <> '-' GROUP BY window_code ORDER BY SUM(served) DESC LIMIT 1")
COLS="issued served no_show wait_count wait_seconds wait_h0 wait_h1 wait_h2 wait_h3 wait_h4 wait_h5 wait_h6 wait_h7
 service_count service_seconds eval_1 eval_2 eval_3 eval_4 eval_5 apps_completed apps_on_time apps_overdue apps_accepted"
SUMS=$(for c in $COLS; do printf 'COALESCE(SUM(%s), 0) AS %s, ' "$c" "$c"; done | sed 's/, $//')
COARSE="unit_code, hall_code, window_code, $(echo $COLS | sed 's/ /, /g')"
MONTH="CAST(EXTRACT(YEAR FROM stat_day) * 100 + EXTRACT(MONTH FROM stat_day) AS INT)"
TODAY=$($PSQL -tAc "SELECT current_date")
# The rows a query sums, as CockpitQueries.source builds them: window/staff levels read dash_day; the city,
# unit and hall levels read whole months from dash_month and the partial months at the edges of the period
# (and any by-day grouping) from dash_day_window. Dates are literals, as the app binds them.
src() { # src FROM_DAYS_AGO CONDITIONS [fine|day]
  local from to cond=$2 first last end
  from=$(date -d "$TODAY -$1 days" +%F); to=$TODAY
  if [ "${3:-}" = fine ]; then echo "dash_day WHERE stat_day BETWEEN '$from' AND '$to'$cond"; return; fi
  if [ "$(date -d "$from" +%d)" = 01 ]; then first=$from; else first=$(date -d "$(date -d "$from" +%Y-%m-01) +1 month" +%F); fi
  if [ "$(date -d "$to +1 day" +%d)" = 01 ]; then last=$(date -d "$to" +%Y-%m-01); else last=$(date -d "$(date -d "$to" +%Y-%m-01) -1 month" +%F); fi
  if [ "${3:-}" = day ] || [[ "$last" < "$first" ]]; then echo "dash_day_window WHERE stat_day BETWEEN '$from' AND '$to'$cond"; return; fi
  end=$(date -d "$last +1 month -1 day" +%F)
  echo "(SELECT stat_month AS stat_day, $COARSE FROM dash_month WHERE stat_month BETWEEN '$first' AND '$last'$cond UNION ALL SELECT stat_day, $COARSE FROM dash_day_window WHERE stat_day BETWEEN '$from' AND '$to'$cond AND (stat_day < '$first' OR stat_day > '$end')) x"
}
declare -A Q
Q[city_month_by_unit]="SELECT unit_code AS k, $SUMS FROM $(src 29 ' AND 1=1') GROUP BY unit_code ORDER BY unit_code"
Q[city_month_total]="SELECT 'ALL' AS k, $SUMS FROM $(src 29 ' AND 1=1')"
Q[city_2y_trend_by_month]="SELECT $MONTH AS k, $SUMS FROM $(src 729 ' AND 1=1') GROUP BY $MONTH ORDER BY $MONTH"
Q[city_2y_by_unit]="SELECT unit_code AS k, $SUMS FROM $(src 729 ' AND 1=1') GROUP BY unit_code ORDER BY unit_code"
Q[city_month_by_day]="SELECT stat_day AS k, $SUMS FROM $(src 29 ' AND 1=1' day) GROUP BY stat_day ORDER BY stat_day"
Q[city_month_hours]="SELECT stat_hour, COALESCE(SUM(issued), 0), COALESCE(SUM(called), 0), COALESCE(SUM(served), 0), COALESCE(SUM(wait_count), 0), COALESCE(SUM(wait_seconds), 0) FROM dash_hour WHERE stat_day BETWEEN current_date - 29 AND current_date AND 1=1 GROUP BY stat_hour ORDER BY stat_hour"
Q[unit_year_by_hall]="SELECT hall_code AS k, $SUMS FROM $(src 364 " AND 1=1 AND unit_code = '$UNIT'") GROUP BY hall_code ORDER BY hall_code"
Q[hall_month_by_window]="SELECT window_code AS k, $SUMS FROM $(src 29 " AND 1=1 AND hall_code = '$HALL'") GROUP BY window_code ORDER BY window_code"
Q[hall_year_by_window]="SELECT window_code AS k, $SUMS FROM $(src 364 " AND 1=1 AND hall_code = '$HALL'") GROUP BY window_code ORDER BY window_code"
Q[window_quarter_by_staff]="SELECT staff_username AS k, $SUMS FROM $(src 89 " AND 1=1 AND hall_code = '$HALL' AND window_code = '$WINDOW'" fine) GROUP BY staff_username ORDER BY staff_username"

printf '%-26s %8s %8s %8s %8s\n' query n p50_ms p95_ms p99_ms | tee "$OUT/queries.txt"
: > target/dashboard-explain.txt
for name in city_month_by_unit city_month_total city_month_by_day city_month_hours city_2y_trend_by_month city_2y_by_unit unit_year_by_hall hall_month_by_window hall_year_by_window window_quarter_by_staff; do
  echo "${Q[$name]};" > "$OUT/$name.sql"
  (cd "$OUT" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j "$CLIENTS" -T "$DURATION" -l --log-prefix="$name" -f "$name.sql" "$DB" > "$name.out" 2>&1)
  cat "$OUT"/"$name".* 2>/dev/null | awk 'NF >= 6 && $3 ~ /^[0-9]+$/ {print $3/1000}' | sort -n > "$OUT/$name.lat"
  n=$(wc -l < "$OUT/$name.lat")
  pct() { awk -v p="$1" -v n="$n" 'NR == int((p * n + 99) / 100) || (NR == n && int((p * n + 99) / 100) > n) {printf "%.1f", $1; exit}' "$OUT/$name.lat"; }
  printf '%-26s %8s %8s %8s %8s\n' "$name" "$n" "$(pct 50)" "$(pct 95)" "$(pct 99)" | tee -a "$OUT/queries.txt"
  { echo "== $name"; $PSQL -c "EXPLAIN (ANALYZE, BUFFERS) ${Q[$name]}"; } >> target/dashboard-explain.txt
done

if [ "$PAGES" = 0 ]; then echo "plans: target/dashboard-explain.txt"; exit 0; fi
echo "== cockpit page over HTTP (app on $DB, demo leader)"
SPRING_PROFILES_ACTIVE=demo,postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= SERVER_PORT=$PORT SW_NOTIFICATION_POLL_ENABLED=false SW_SECURE_COOKIES=false java -Xmx1g -jar "${JAR:-target/service-window.jar}" \
  > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
COOKIES="$OUT/cookies"
token=$(curl -s -c "$COOKIES" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null -d "username=leader&password=Demo@2026&_csrf=$token" "http://localhost:$PORT/login"
page() {
  local label=$1 url=$2
  curl -s -b "$COOKIES" -o /dev/null "http://localhost:$PORT$url" # warm-up
  for _ in $(seq 1 "$PAGES"); do curl -s -b "$COOKIES" -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$url"; done | sort -n > "$OUT/page-$label.lat"
  awk -v l="$label" '{a[NR]=$1} END {printf "%-26s %8d %8.1f %8.1f %8.1f\n", l, NR, a[int(NR*0.5+0.99)]*1000, a[int(NR*0.95+0.99)]*1000, a[NR]*1000}' "$OUT/page-$label.lat"
}
printf '%-26s %8s %8s %8s %8s\n' page n p50_ms p95_ms max_ms | tee "$OUT/pages.txt"
{
  page city_month "/dashboard"
  page city_2_years "/dashboard?from=$(date -d '-729 days' +%F)&to=$(date +%F)"
  page unit_year "/dashboard?unit=$UNIT&from=$(date -d '-364 days' +%F)&to=$(date +%F)"
  page hall_month "/dashboard?hall=$HALL"
  page window_quarter "/dashboard?hall=$HALL&window=$WINDOW&from=$(date -d '-89 days' +%F)&to=$(date +%F)"
} | tee -a "$OUT/pages.txt"
echo "results: $OUT/queries.txt, $OUT/pages.txt, plans: target/dashboard-explain.txt"
