#!/usr/bin/env bash
# The pipeline baseline of docs/benchmarks.md: starts the local stack on a fresh data directory, warms it up, then runs
# each measured load and the replay, writing their figures to docs/baselines/ (or to the folder given as $1).
# Run from the project root after ./mvnw -q -DskipTests package; takes about 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/baselines}"
java -jar cli/target/budgetwatch.jar load --offline --documents=10000 --run-id=baseline --no-progress --out="$out/load-offline.json"

data="$(mktemp -d)"
log="$data/stack.log"
java -jar deploy/local/target/budgetwatch-local.jar --data-dir="$data" > "$log" 2>&1 &
stack=$!
trap 'status=$?; kill $stack 2>/dev/null; wait $stack 2>/dev/null || true; rm -rf "$data"; exit $status' EXIT
until grep -q "Press Ctrl-C" "$log"; do
  kill -0 $stack 2>/dev/null || { cat "$log"; exit 1; }
  sleep 2
done
load() { java -jar cli/target/budgetwatch.jar load --api-key-file="$data/ingest-api-key" --no-progress "$@"; }

load --documents=2000 --rate=50 --run-id=warmup > /dev/null      # the JIT of five services in one JVM warms slowly
load --documents=1500 --rate=25 --run-id=rate25 --out="$out/load-pipeline-25-per-second.json"
load --documents=1500 --rate=50 --run-id=rate50 --out="$out/load-pipeline-50-per-second.json"
load --documents=3000 --run-id=sustained --out="$out/load-pipeline.json"
load --documents=6000 --rate=400 --concurrency=32 --timeout=PT5M --run-id=overload --out="$out/load-pipeline-overload.json"
java -jar cli/target/budgetwatch.jar replay --no-progress --out="$out/replay.json"
