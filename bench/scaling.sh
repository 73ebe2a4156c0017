#!/usr/bin/env bash
# Cost as the work grows (issue #16, item 3), on 127.0.0.1 only, stopping by itself: builds OpenGcm and
# bench/Timing in Release, bakes the database (unless API_DIR and DATABASE name them), starts OpenGcm with the
# response cache off and, for each shape (states at 1, 2 and 3 levels; migrant stock at 1 and 2) and page size
# (25, 50, 100, 200), POSTs the query REPEATS times after WARMUP seconds of unmeasured ones, one at a time; prints the
# objects returned, median and p90, and the median time per returned object.
# The statement count per level is kept by tests/OpenGcm.Api.Tests/Queries/StatementCountTests.cs.
#   bench/scaling.sh [REPEATS=100] [WARMUP_SECONDS=2]
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-100}
WARMUP=${2:-2}
PORT=${PORT:-5105}
WORK=$(mktemp -d)
API=""
cleanup() { [[ -n $API ]] && kill "$API" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

if [[ -z ${API_DIR:-} ]]; then
  API_DIR="$WORK/api"; dotnet build src/OpenGcm.Api -c Release -o "$API_DIR" -nologo -v quiet >/dev/null
fi
if [[ -z ${DATABASE:-} ]]; then
  DATABASE="$WORK/opengcm.db"; dotnet "$API_DIR/OpenGcm.Api.dll" build-db --out "$DATABASE" >/dev/null
fi
dotnet build bench/Timing -c Release -o "$WORK/timing" -nologo -v quiet >/dev/null

OpenGcm__Data__DatabasePath="$DATABASE" OpenGcm__Data__DataDirectory="$PWD/data" OpenGcm__RateLimit__Enabled=false \
  OpenGcm__Http__ResponseCacheBytes=0 Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$API_DIR/OpenGcm.Api.dll" --urls "http://127.0.0.1:$PORT" >"$WORK/api.log" 2>&1 &
API=$!
until curl -sf "http://127.0.0.1:$PORT/graphql?query=%7B__typename%7D" >/dev/null; do
  kill -0 "$API" 2>/dev/null || { cat "$WORK/api.log"; exit 1; }
  sleep 0.05
done

echo "| shape (POST, response cache off) | page size | objects returned | median ms | p90 ms | µs per object |"
echo "| --- | --- | --- | --- | --- | --- |"
dotnet "$WORK/timing/Timing.dll" scaling "http://127.0.0.1:$PORT" "$REPEATS" "$WARMUP"
kill "$API"; wait "$API" 2>/dev/null || true; API=""
echo
echo "$REPEATS requests per row after $WARMUP s of warm-up; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), .NET SDK $(dotnet --version)"
