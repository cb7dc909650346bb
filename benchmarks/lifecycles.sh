#!/usr/bin/env bash
# Runs N complete simulated LASEND_2016 lifecycles through the local system and prints wall time,
# work per lifecycle and the AWS cost per inspection. Usage: benchmarks/lifecycles.sh [N] (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install
mvn -q -B -pl local/runner test-compile
cp=$(mvn -q -B -Dstyle.color=never -pl local/runner dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")
exec java -Xmx2g -Dsqlite4java.library.path=local/runner/target/native \
  -cp "local/runner/target/test-classes:local/runner/target/classes:$cp" \
  org.sendtracker.local.bench.LifecycleBenchmark "${1:-1000}"
