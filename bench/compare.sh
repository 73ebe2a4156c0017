#!/usr/bin/env bash
# OpenGcm against the raw HTTP limit, side by side in one run, on 127.0.0.1 only:
#  - builds OpenGcm and the baseline (bench/Baseline: Kestrel answering the same URLs with OpenGcm's
#    own response bytes, pre-serialised) in Release;
#  - times the database build and the start to first answer;
#  - after an unmeasured warm-up of each (WARMUP seconds, default 5), drives both with wrk,
#    alternately (A B A B), for the same duration and connections, over GET:
#    (t) `{__typename}` (GraphQL.NET's executor alone, no data), (a) a state by ISO code, (b) 50 states,
#    5 fields, totalCount, ordered by name, (c) 20 reports with their State and objectives, (d) a grouped
#    count, all without the response cache; then (b) with the response cache;
#  - prints requests/s, p50, p99 and the ratio OpenGcm/baseline, and the server's peak RSS under load.
#   bench/compare.sh [SECONDS_PER_RUN=10] [CONNECTIONS=32] [ROUNDS=2]   (THREADS=1 wrk threads, issue #16's protocol: wrk -t1 -c32)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-32}
THREADS=${THREADS:-1}
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
ROUNDS=${3:-2}
WARMUP=${WARMUP:-5}
API_PORT=${API_PORT:-5101}
BASE_PORT=${BASE_PORT:-5102}
WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# Published as a deployment is (README, Operate): ReadyToRun, so the start time is a deployment's.
dotnet publish src/OpenGcm.Api -c Release -r linux-x64 --self-contained false -o "$WORK/api" -nologo -v quiet >/dev/null
dotnet build bench/Baseline -c Release -o "$WORK/baseline" -nologo -v quiet >/dev/null

now_ms() { date +%s%3N; }
t0=$(now_ms); dotnet "$WORK/api/OpenGcm.Api.dll" build-db --out "$WORK/opengcm.db" >/dev/null; BUILD_MS=$(( $(now_ms) - t0 ))

declare -A URL=(
  [t]='/graphql?query=%7B__typename%7D'
  [a]='/graphql?query=%7Bstate(iso3:%22HUN%22)%7Biso3%20name%20gcmVote%20region%7D%7D'
  [b]='/graphql?query=%7Bstates(first:50,order:%5B%7Bname:ASC%7D%5D)%7BtotalCount%20nodes%7Biso3%20name%20region%20subRegion%20gcmVote%7D%7D%7D'
  [c]='/graphql?query=%7Breports(first:20)%7Bnodes%7Bkey%20title%20state%7Bname%7D%20objectives%7Bnumber%7D%7D%7D%7D'
  [d]='/graphql?query=%7Bstates(where:%7BunStatus:%7Beq:MEMBER%7D%7D)%7BgroupBy(field:GCM_VOTE)%7Bkey%20count%7D%7D%7D'
)
declare -A LABEL=([t]="(t) {__typename}" [a]="(a) state by ISO code" [b]="(b) 50 states, 5 fields, totalCount, by name" [c]="(c) 20 reports + state + objectives" [d]="(d) grouped count" [bc]="(b) cached")

start_api() { # $1 = response cache bytes
  t0=$(now_ms)
  # EXTRA_ENV lets a run try other settings (e.g. "OpenGcm__Engine__Snapshot=false"); the default is what ships.
  env ${EXTRA_ENV:-} OpenGcm__Data__DatabasePath="$WORK/opengcm.db" OpenGcm__Data__DataDirectory="$PWD/data" OpenGcm__RateLimit__Enabled=false \
    OpenGcm__Http__ResponseCacheBytes="$1" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$WORK/api/OpenGcm.Api.dll" --urls "http://127.0.0.1:$API_PORT" >"$WORK/api.log" 2>&1 &
  API=$!; PIDS+=("$API")
  until curl -sf "http://127.0.0.1:$API_PORT${URL[a]}" >/dev/null; do sleep 0.01; done
  START_MS=$(( $(now_ms) - t0 ))
}
stop_api() { kill "$API"; wait "$API" 2>/dev/null || true; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$API/status"; }

# Capture OpenGcm's answers, then serve the same bytes from the baseline.
start_api 0
FIRST_START_MS=$START_MS
mkdir -p "$WORK/captures"
for key in t a b c d; do
  curl -sf -o "$WORK/captures/$key.json" "http://127.0.0.1:$API_PORT${URL[$key]}"
  printf '%s\t%s.json\t%s\n' "${URL[$key]}" "$key" "application/graphql-response+json; charset=utf-8" >>"$WORK/captures/index.tsv"
done
dotnet "$WORK/baseline/Baseline.dll" "$WORK/captures" --urls "http://127.0.0.1:$BASE_PORT" >/dev/null 2>&1 &
PIDS+=("$!")
until curl -sf "http://127.0.0.1:$BASE_PORT${URL[a]}" >/dev/null; do sleep 0.05; done

PEAK_RSS=0
run() { # $1 port, $2 url -> "rps p50 p99 non2xx"
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "http://127.0.0.1:$1$2")
  local rps p50 p99 bad
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); p50=$(awk '$1 == "50%" {print $2}' <<<"$out"); p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); echo "$rps $p50 $p99 ${bad:-0}"
}
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.2f", v*1000 }'; }

declare -A RESULT
measure() { # $1 case key, $2 url
  local api_rps=0 base_rps=0 api_p50="" api_p99="" base_p50="" base_p99="" errors=0
  # Unmeasured warm-up of both servers on this URL: tiered JIT and dynamic PGO settle first.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$API_PORT$2" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$BASE_PORT$2" >/dev/null
  for _ in $(seq 1 "$ROUNDS"); do
    read -r r p50 p99 bad < <(run "$API_PORT" "$2"); api_rps=$(awk -v a="$api_rps" -v b="$r" 'BEGIN {print a + b}'); api_p50=$p50; api_p99=$p99; errors=$((errors + bad))
    local rss; rss=$(rss_mb); (( rss > PEAK_RSS )) && PEAK_RSS=$rss
    read -r r p50 p99 bad < <(run "$BASE_PORT" "$2"); base_rps=$(awk -v a="$base_rps" -v b="$r" 'BEGIN {print a + b}'); base_p50=$p50; base_p99=$p99
  done
  api_rps=$(awk -v a="$api_rps" -v n="$ROUNDS" 'BEGIN {printf "%.0f", a / n}'); base_rps=$(awk -v a="$base_rps" -v n="$ROUNDS" 'BEGIN {printf "%.0f", a / n}')
  RESULT[$1]="| ${LABEL[$1]} | $api_rps | $(ms "$api_p50") | $(ms "$api_p99") | $base_rps | $(ms "$base_p50") | $(ms "$base_p99") | $(awk -v a="$api_rps" -v b="$base_rps" 'BEGIN {printf "%.2f", a / b}') | $errors |"
}

for key in t a b c d; do measure "$key" "${URL[$key]}"; done
stop_api
start_api 33554432
measure bc "${URL[b]}"
stop_api

echo
echo "| case (GET) | OpenGcm req/s | p50 ms | p99 ms | baseline req/s | p50 ms | p99 ms | ratio | OpenGcm non-2xx |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for key in t a b c d bc; do echo "${RESULT[$key]}"; done
echo
echo "database build: ${BUILD_MS} ms; start to first answer (database built): ${FIRST_START_MS} ms, then ${START_MS} ms; peak RSS under load: ${PEAK_RSS} MB"
echo "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up, ${SECONDS_PER_RUN} s per run, $ROUNDS rounds A B; machine: $(nproc) cores, load average $LOAD_BEFORE before the run, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), .NET SDK $(dotnet --version)"
# Aggregates against the same SQL run directly (issue #16, item 2): same build and database, OpenGcm stopped above.
echo
API_DIR="$WORK/api" DATABASE="$WORK/opengcm.db" ROWS_ONLY=1 bench/aggregates.sh
