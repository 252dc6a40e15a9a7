#!/usr/bin/env bash
# Micro-benchmarks (JMH) of the test sources, e.g. the calendar's working-day arithmetic:
#   perf/jmh.sh                                   # the calendar benchmark, 1 fork, 3 warm-up + 5 measured iterations
#   perf/jmh.sh 'WorkingDaysBenchmark' -f 3       # any JMH options after the benchmark pattern
# Compiles main and test classes (the JMH annotation processor generates the benchmark harness), builds the
# test classpath with Maven, then runs org.openjdk.jmh.Main.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern="${1:-org.servicewindow.calendar.bench.WorkingDaysBenchmark}"
shift || true
options=("$@")
if [ ${#options[@]} -eq 0 ]; then
  options=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
fi
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$pattern" "${options[@]}"
