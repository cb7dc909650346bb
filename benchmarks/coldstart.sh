#!/usr/bin/env bash
# Measures what a Lambda cold start of each function costs in JVM time on this machine: the real handler from
# its real shaded jar, a fresh JVM per sample, with and without template.yaml's JAVA_TOOL_OPTIONS, against
# DynamoDB Local, interleaved with a plain-Java reference handler (same jar, SDK, HTTP client and flags, the
# same DynamoDB read). Prints init, first and second invocation per sample, medians, ranges and the ratio to
# the reference, the first request after SnapStart priming, then where init and the first request go (classes
# loaded by library: the function, the function primed, its reference).
# Usage: benchmarks/coldstart.sh [N] [template] (default 5 samples per function and setting; template:
# template.yaml's flags only). Environment: COLDSTART_ONLY=<name prefix> runs only the functions whose name
# starts with it (e.g. "HttpFunction"); COLDSTART_KEEP_LOGS=<dir> keeps the class-load logs there;
# COLDSTART_JFR=<dir> also records a flight recording of each profiled run there; COLDSTART_APPCDS=1 also
# measures each function and reference with a class-data archive of its own (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
exec java -Xmx1g -Dsqlite4java.library.path=local/runner/target/native \
  -cp "local/runner/target/test-classes:local/runner/target/classes:local/runner/target/lib/*" \
  org.sendtracker.local.bench.ColdStartBenchmark "${1:-5}" ${2:+"$2"}
