#!/usr/bin/env bash
# Loads 153 areas with N inspections over ten years through the local system (for each N given;
# default 100, 400 and 4000) and prints warm p50/p95, DynamoDB items read and bytes answered for the
# dashboard (an administrator's, and an officer's of one area), an area page, an inspection page, a
# year of GET /api/deadlines, the CSV and an ICS feed.
# Usage: benchmarks/scale.sh [repetitions] [sizes...] (default 30 100 400 4000); SCALE_THREADS areas
# are loaded in parallel (default 4), each area's steps in order. SCALE_KEEP=<dir> keeps each size's
# load (a file-backed DynamoDB Local and the engine's executions) in <dir>/scale-<size> and, when it
# holds a finished load of that size, measures it again without loading: a x10 load done once can be
# measured again on a quiet machine. SCALE_ONLY=<request> (e.g. dashboard) measures that one alone, for a
# profile; SCALE_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=scale.jfr).
# Maven's local repository: MAVEN_OPTS=-Dmaven.repo.local=<dir>.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install
mvn -q -B -pl local/runner test-compile
cp=$(mvn -q -B -Dstyle.color=never -pl local/runner dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")
# The workflow functions log metrics (embedded metric format) on stdout: keep the table.
java -Xmx2g ${SCALE_JAVA_OPTS:-} -Dscale.threads="${SCALE_THREADS:-4}" -Dscale.keep="${SCALE_KEEP:-}" -Dscale.only="${SCALE_ONLY:-}" -Dsqlite4java.library.path=local/runner/target/native \
  -cp "local/runner/target/test-classes:local/runner/target/classes:$cp" \
  org.sendtracker.local.bench.ScaleBenchmark "$@" | grep --line-buffered -v '^{"_aws"'
