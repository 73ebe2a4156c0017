#!/usr/bin/env bash
# Aggregates against SQLite's own speed (issue #16, item 2), on 127.0.0.1 only, stopping by itself:
#  - builds OpenGcm and bench/Timing in Release and bakes the database (unless API_DIR and DATABASE name them);
#  - starts OpenGcm with its SQL log on (JSON lines with parameter values) and POSTs each case once: the
#    statements it logs for a case are "the same SQL";
#  - restarts OpenGcm with logging at Warning and the response cache off; for each case, after WARMUP
#    seconds of unmeasured rounds (tiered JIT), alternately POSTs the query (one kept-alive connection, one request at a time) and
#    runs those statements directly through Microsoft.Data.Sqlite (prepared, open read-only connection,
#    every value read), REPEATS times;
#  - prints median and p90 of both, the limit 1.5 × direct median + 1 ms, met or missed; then the SQL.
#   bench/aggregates.sh [REPEATS=300] [WARMUP_SECONDS=5]
#   API_DIR=dir DATABASE=file bench/aggregates.sh    # reuse a Release build and a baked database (compare.sh does)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-300}
WARMUP=${2:-5}
PORT=${PORT:-5104}
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

start_api() { # extra environment as arguments
  env OpenGcm__Data__DatabasePath="$DATABASE" OpenGcm__Data__DataDirectory="$PWD/data" OpenGcm__RateLimit__Enabled=false \
    OpenGcm__Http__ResponseCacheBytes=0 Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production "$@" \
    dotnet "$API_DIR/OpenGcm.Api.dll" --urls "http://127.0.0.1:$PORT" >"$WORK/api.log" 2>&1 &
  API=$!
  until curl -sf "http://127.0.0.1:$PORT/graphql?query=%7B__typename%7D" >/dev/null; do
    kill -0 "$API" 2>/dev/null || { cat "$WORK/api.log"; exit 1; }
    sleep 0.05
  done
}
stop_api() { kill "$API"; wait "$API" 2>/dev/null || true; API=""; }

mkdir -p "$WORK/sql"
# The capture run keeps the in-memory snapshot off: its background load (1 s after start) would log its own
# statements among a case's (aggregates run in SQL either way, so their SQL is the same).
start_api OpenGcm__Engine__Snapshot=false Logging__Console__FormatterName=json 'Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information' \
  OpenGcm__Data__LogSqlParameterValues=true
dotnet "$WORK/timing/Timing.dll" capture "http://127.0.0.1:$PORT" "$WORK/api.log" "$WORK/sql" >/dev/null
stop_api

start_api
echo "| aggregate (POST, response cache off) | OpenGcm median ms | p90 ms | same SQL direct median ms | p90 ms | limit ms | ≤ 1.5 × direct + 1 ms |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
dotnet "$WORK/timing/Timing.dll" aggregates "http://127.0.0.1:$PORT" "$DATABASE" "$WORK/sql" "$REPEATS" "$WARMUP" 2>"$WORK/statements.sql" || { cat "$WORK/statements.sql"; exit 1; }
stop_api
echo
echo "$REPEATS requests per case after $WARMUP s of warm-up; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), .NET SDK $(dotnet --version)"
if [[ -z ${ROWS_ONLY:-} ]]; then echo; echo '```sql'; cat "$WORK/statements.sql"; echo '```'; fi
