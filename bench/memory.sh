#!/usr/bin/env bash
# Memory under a flood of distinct requests, against 127.0.0.1 only: builds Release, bakes the
# database, starts OpenGcm with its shipped settings, sends COUNT distinct POST queries (each a new
# document to parse and validate), then COUNT distinct GETs (each also a new cached answer), and
# samples the server's RSS every second. Passes when the peak stays at or under RSS_BOUND_MB.
# Bounded: each phase stops after COUNT answers or TIMEOUT seconds; the server is stopped by PID.
#   bench/memory.sh [COUNT=60000] [CONNECTIONS=32]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-60000}
CONNECTIONS=${2:-32}
PORT=${PORT:-5098}
TIMEOUT=${TIMEOUT:-600}
RSS_BOUND_MB=${RSS_BOUND_MB:-250}
WORK=$(mktemp -d)
SERVER=""
SAMPLER=""
cleanup() {
  [[ -n $SAMPLER ]] && kill "$SAMPLER" 2>/dev/null || true
  [[ -n $SERVER ]] && { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build src/OpenGcm.Api -c Release -o "$WORK/app" --nologo -v quiet >/dev/null
dotnet "$WORK/app/OpenGcm.Api.dll" build-db --out "$WORK/opengcm.db" >/dev/null

# EXTRA_ENV lets a run try other settings (e.g. "DOTNET_gcServer=1"); the default is what ships.
env ${EXTRA_ENV:-} OpenGcm__Data__DatabasePath="$WORK/opengcm.db" OpenGcm__Data__DataDirectory="$PWD/data" OpenGcm__RateLimit__Enabled=false \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$WORK/app/OpenGcm.Api.dll" --urls "http://127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done

rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$SERVER/status"; }
curl -sf -o /dev/null "http://127.0.0.1:$PORT/graphql?query=%7Bdataset%7Bversion%7D%7D"
RSS_IDLE=$(rss)
( while kill -0 "$SERVER" 2>/dev/null; do rss; echo; sleep 1; done ) >>"$WORK/rss.txt" 2>/dev/null &
SAMPLER=$!

phase() { # mode → "answered errors seconds peak"
  local mode=$1 started wrk_pid; started=$(date +%s)
  : >"$WORK/rss.txt"
  mkdir -p "$WORK/$mode"
  wrk -t2 -c"$CONNECTIONS" -d"${TIMEOUT}s" --timeout 10s -s bench/memory.lua "http://127.0.0.1:$PORT" -- "$mode" $((COUNT / 2)) "$WORK/$mode" >"$WORK/$mode.txt" &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null && [[ $(ls "$WORK/$mode" | wc -l) -lt 2 ]]; do sleep 1; done
  kill "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" 2>/dev/null || true
  sleep 2
  echo "$(cat "$WORK/$mode"/thread-* 2>/dev/null | awk '{a += $1; e += $2} END {print a+0, e+0}') $(($(date +%s) - started)) $(sort -n "$WORK/rss.txt" | tail -1)"
}
read -r POST_N POST_ERR POST_S POST_PEAK < <(phase post)
RSS_AFTER_POST=$(rss)
read -r GET_N GET_ERR GET_S GET_PEAK < <(phase get)
RSS_AFTER_GET=$(rss)
PEAK=$(( POST_PEAK > GET_PEAK ? POST_PEAK : GET_PEAK ))

echo "| phase | answered | with errors | seconds | RSS peak | RSS after |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| idle | | | | | ${RSS_IDLE} MB |"
echo "| distinct POST queries | $POST_N | $POST_ERR | $POST_S | ${POST_PEAK} MB | ${RSS_AFTER_POST} MB |"
echo "| distinct GETs | $GET_N | $GET_ERR | $GET_S | ${GET_PEAK} MB | ${RSS_AFTER_GET} MB |"
echo "settings: ${EXTRA_ENV:-as shipped}; machine: $(nproc) cores (shared), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version) SDK"

status=0
[[ $POST_ERR -eq 0 && $GET_ERR -eq 0 ]] || { echo "FAIL: requests answered with errors"; status=1; }
[[ $POST_N -ge $((COUNT / 2 * 2)) && $GET_N -ge $((COUNT / 2 * 2)) ]] || { echo "FAIL: fewer than $COUNT answers in ${TIMEOUT} s"; status=1; }
[[ $PEAK -le $RSS_BOUND_MB ]] || { echo "FAIL: RSS peak ${PEAK} MB above ${RSS_BOUND_MB} MB"; status=1; }
exit $status
