#!/usr/bin/env bash
# docs/scaling.md: pipeline throughput with one extractor and validator instance, and with a second instance of each
# (their exec jars as separate processes, in the same consumer groups), measured in turn — one, two, one, two … — so
# that other load on the machine falls on both alike. Starts its own local stack on ports 18080–19093, so that it does
# not meet a stack already running. Run from the project root after ./mvnw -q -DskipTests package.
# ROUNDS (default 2) pairs of runs of DOCUMENTS (default 1500) disclosures each, as fast as the ingest accepts them,
# after WARMUP (default 2000) disclosures that warm the JIT.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/scale-out}"
rounds="${ROUNDS:-2}"
documents="${DOCUMENTS:-1500}"
warmup="${WARMUP:-2000}"
mkdir -p "$out"
data="$(mktemp -d)"
version=0.1.0-SNAPSHOT
extra=()
stack=""
cleanup() {
  status=$?
  for pid in "${extra[@]}" $stack; do kill "$pid" 2>/dev/null || true; done
  for pid in "${extra[@]}" $stack; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$data"
  exit $status
}
trap cleanup EXIT

java -jar deploy/local/target/budgetwatch-local.jar --data-dir="$data" --kafka-port=19092 --controller-port=19093 \
  --registry-port=18081 --ingest-port=18080 --extractor-port=18092 --validator-port=18093 --projection-port=18094 \
  > "$data/stack.out" 2>&1 &
stack=$!
until grep -q "Press Ctrl-C" "$data/stack.out"; do
  kill -0 "$stack" 2>/dev/null || { cat "$data/stack.out"; exit 1; }
  sleep 2
done

load() {
  java -jar cli/target/budgetwatch.jar load --api-key-file="$data/ingest-api-key" --no-progress \
    --ingest=http://127.0.0.1:18080 --search=http://127.0.0.1:18094 --bootstrap-servers=127.0.0.1:19092 \
    --registry=http://127.0.0.1:18081 "$@"
}

ready() {
  until curl -fs "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null; do sleep 1; done
}

second_instances() {
  for service in extractor validator; do
    env KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 SCHEMA_REGISTRY_URL=http://127.0.0.1:18081 BUDGETWATCH_DATA_DIR="$data" \
      EXTRACTOR_PORT=28092 VALIDATOR_PORT=28093 \
      java -jar "services/$service/target/budgetwatch-$service-$version-exec.jar" > "$data/$service-2.out" 2>&1 &
    extra+=($!)
  done
  ready 28092
  ready 28093
  sleep 5   # the groups rebalance onto the new consumers
}

stop_second_instances() {
  for pid in "${extra[@]}"; do kill "$pid"; done
  for pid in "${extra[@]}"; do wait "$pid" 2>/dev/null || true; done
  extra=()
  sleep 5
}

load --documents="$warmup" --run-id=warmup > /dev/null
for round in $(seq 1 "$rounds"); do
  load --documents="$documents" --run-id="one-$round" --out="$out/one-$round.json" > /dev/null
  second_instances
  load --documents="$documents" --run-id="two-$round" --out="$out/two-$round.json" > /dev/null
  stop_second_instances
done

total=$((warmup + rounds * 2 * documents))
printf '%s disclosures held: Kafka log %s MB, search index %s MB; the stack JVM resident %s MB\n\n' "$total" \
  "$(du -sm "$data/kafka" | cut -f1)" "$(du -sm "$data/index" | cut -f1)" "$(( $(ps -o rss= -p "$stack") / 1024 ))"

figure() { sed -n "s/.*\"$2\" *: *\([0-9.]*\).*/\1/p" "$1" | head -1; }
printf '%-8s %12s %12s %12s %10s\n' run accepted/s reported/s searchable/s lost
for round in $(seq 1 "$rounds"); do
  for n in one two; do
    f="$out/$n-$round.json"
    printf '%-8s %12s %12s %12s %10s\n' "$n-$round" "$(figure "$f" acceptedPerSecond)" "$(figure "$f" reportedPerSecond)" \
      "$(figure "$f" searchablePerSecond)" "$(figure "$f" lost)"
  done
done
