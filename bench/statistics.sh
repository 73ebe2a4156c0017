#!/usr/bin/env bash
# The statistics tables at scale, on 127.0.0.1 only, stopping by itself:
#  - first start (the database is built from data/, about 330,000 rows) to the first answer;
#  - later start (database already built) to the first answer, RUNS times;
#  - aggregates over the large tables, each timed over REPEATS sequential POSTs (response cache off:
#    POST is never cached), median and p90 in ms, against the same SQL run directly by sqlite3.
#   bench/statistics.sh [RUNS=3] [REPEATS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
REPEATS=${2:-30}
PORT=${PORT:-5103}
WORK=$(mktemp -d)
API=""
cleanup() { [[ -n $API ]] && kill "$API" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
# Published as a deployment is (README, Operate): ReadyToRun, so start times are a deployment's.
dotnet publish src/OpenGcm.Api -c Release -r linux-x64 --self-contained false -o "$WORK/api" -nologo -v quiet >/dev/null
now_ms() { date +%s%3N; }
start_api() {
  local t0; t0=$(now_ms)
  OpenGcm__Data__DatabasePath="$WORK/opengcm.db" OpenGcm__Data__DataDirectory="$PWD/data" OpenGcm__RateLimit__Enabled=false \
    Logging__LogLevel__Default=Warning dotnet "$WORK/api/OpenGcm.Api.dll" --urls "http://127.0.0.1:$PORT" >"$WORK/api.log" 2>&1 &
  API=$!
  until curl -sf "http://127.0.0.1:$PORT/graphql?query=%7B__typename%7D" >/dev/null; do
    kill -0 "$API" 2>/dev/null || { cat "$WORK/api.log"; exit 1; }
    sleep 0.01
  done
  START_MS=$(( $(now_ms) - t0 ))
}
stop_api() { kill "$API"; wait "$API" 2>/dev/null || true; API=""; }

start_api; FIRST=$START_MS; stop_api
LATER=()
for _ in $(seq 1 "$RUNS"); do start_api; LATER+=("$START_MS"); stop_api; done

start_api
post() { curl -sf -o /dev/null -w '%{time_total}\n' -H 'content-type: application/json' -d "$1" "http://127.0.0.1:$PORT/graphql"; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f\n", a[int((NR+1)/2)]*1000, a[int(NR*0.9+0.5)]*1000}'; }
sql_stats() { # median and p90 of sqlite3's own timer (real) for the same statement
  for _ in $(seq 1 "$REPEATS"); do printf '.timer on\n%s\n' "$1" | sqlite3 -readonly "$WORK/opengcm.db" 2>&1 | awk '/^Run Time/ {print $4}'; done | stats
}
declare -A QUERY=(
  [e]='{"query":"{ migrantStock(where: {destination: {iso3: {eq: \"DEU\"}}, year: {eq: 2024}}) { groupedAggregates(groupBy: [ORIGIN], orderBy: [SUM_MIGRANTS_DESC], first: 10) { keys sum { migrants } } } }"}'
  [f]='{"query":"{ migrantStock { groupedAggregates(groupBy: [YEAR]) { keys sum { migrants } } } }"}'
  [g]='{"query":"{ missingMigrants { groupedAggregates(groupBy: [ROUTE], orderBy: [SUM_DEAD_AND_MISSING_DESC]) { keys sum { deadAndMissing } } } }"}'
  [h]='{"query":"{ migrantStock { aggregates { count sum { migrants } } } }"}'
)
declare -A SQL=(
  [e]="SELECT OriginCode, SUM(Migrants) FROM MigrantStockEstimate WHERE DestinationIso3 = 'DEU' AND Year = 2024 GROUP BY OriginCode ORDER BY 2 DESC LIMIT 10;"
  [f]="SELECT Year, SUM(Migrants) FROM MigrantStockEstimate GROUP BY Year;"
  [g]="SELECT Route, SUM(DeadAndMissing) FROM MissingMigrantRecord GROUP BY Route ORDER BY 2 DESC;"
  [h]="SELECT COUNT(*), SUM(Migrants) FROM MigrantStockEstimate;"
)
declare -A LABEL=([e]="(e) top 10 origins, one destination and year" [f]="(f) world total by year, all rows" [g]="(g) dead and missing by route" [h]="(h) count and sum over the whole table")
echo "| measure | result |"
echo "| --- | --- |"
echo "| first start (database built from data/) to first answer | ${FIRST} ms |"
echo "| later starts (database built) to first answer | $(IFS=,; echo "${LATER[*]}" | sed 's/,/ ms, /g') ms |"
echo
echo "| aggregate (POST, never cached) | OpenGcm median ms | p90 ms | same SQL in sqlite3 median ms | p90 ms |"
echo "| --- | --- | --- | --- | --- |"
for key in e f g h; do
  post "${QUERY[$key]}" >/dev/null   # warm-up: JIT and EF Core's query cache
  read -r med p90 < <(for _ in $(seq 1 "$REPEATS"); do post "${QUERY[$key]}"; done | stats)
  read -r smed sp90 < <(sql_stats "${SQL[$key]}")
  echo "| ${LABEL[$key]} | $med | $p90 | $smed | $sp90 |"
done
