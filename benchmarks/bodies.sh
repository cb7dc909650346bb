#!/usr/bin/env bash
# How long reading one stored JSON body takes (a deadline entry, an inspection), with the
# project's readers and with Jackson's own java.time readers, in alternating rounds in one JVM.
# Usage: benchmarks/bodies.sh [rounds] [reads per round] (default 10 100000).
# Maven's local repository: MAVEN_OPTS=-Dmaven.repo.local=<dir>.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl functions/infrastructure -am
mvn -q -B -pl functions/infrastructure test-compile
cp=$(mvn -q -B -Dstyle.color=never -pl functions/infrastructure dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")
java -Xmx1g -cp "functions/infrastructure/target/test-classes:functions/infrastructure/target/classes:$cp" \
  org.sendtracker.infrastructure.dynamodb.StoredBodiesBenchmark "$@" 2>&1 | grep -v ' DEBUG '
