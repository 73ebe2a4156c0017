#!/usr/bin/env bash
# Bounded load test against 127.0.0.1 only: builds Release, bakes the database, starts OpenGcm,
# drives it with wrk for DURATION seconds at CONNECTIONS connections over a request mix, and
# samples the server's memory (RSS) before, during and after. Stops everything by itself.
#   bench/load.sh [DURATION=60] [CONNECTIONS=64]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-60}
CONNECTIONS=${2:-64}
PORT=${PORT:-5099}
RSS_BOUND_MB=${RSS_BOUND_MB:-300}
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build src/OpenGcm.Api -c Release -o "$WORK/app" --nologo -v quiet >/dev/null
dotnet "$WORK/app/OpenGcm.Api.dll" build-db --out "$WORK/opengcm.db" >/dev/null

# Data served from the baked database; no rate limit (one client address), logs at warning.
OpenGcm__Data__DatabasePath="$WORK/opengcm.db" OpenGcm__Data__DataDirectory="$PWD/data" OpenGcm__RateLimit__Enabled=false \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$WORK/app/OpenGcm.Api.dll" --urls "http://127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done

rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$SERVER/status"; }
RSS_BEFORE=$(rss)
( for _ in $(seq 1 $((DURATION / 5))); do sleep 5; rss; echo; done ) >"$WORK/rss.txt" &
SAMPLER=$!
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/mix.lua "http://127.0.0.1:$PORT" >"$WORK/wrk.txt"
wait "$SAMPLER" || true
sleep 2
RSS_AFTER=$(rss)
RSS_PEAK=$(sort -n "$WORK/rss.txt" | tail -1)

cat "$WORK/wrk.txt"
REQUESTS=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
RPS=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
P50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
P99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
NON2XX=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt"); NON2XX=${NON2XX:-0}
SOCKET=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' "$WORK/wrk.txt"); SOCKET=${SOCKET:-0}

echo
echo "| duration | connections | requests | requests/s | p50 | p99 | non-2xx | socket errors | RSS before | RSS peak | RSS after |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
echo "| ${DURATION} s | $CONNECTIONS | $REQUESTS | $RPS | $P50 | $P99 | $NON2XX | $SOCKET | ${RSS_BEFORE} MB | ${RSS_PEAK} MB | ${RSS_AFTER} MB |"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version) SDK"

status=0
[[ $NON2XX -eq 0 && $SOCKET -eq 0 ]] || { echo "FAIL: errors under load"; status=1; }
[[ $RSS_PEAK -le $RSS_BOUND_MB && $RSS_AFTER -le $RSS_BOUND_MB ]] || { echo "FAIL: RSS above ${RSS_BOUND_MB} MB"; status=1; }
exit $status
