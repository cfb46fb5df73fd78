#!/usr/bin/env bash
# The emulator's benchmark, beside WireMock and nginx on the same machine, in one run; prints one table.
#   ./mvnw -q -DskipTests package && bench/run.sh
# Needs wrk and curl; nginx and WireMock (the jar in ~/.m2, fetched with `mvn dependency:get
# -Dartifact=org.wiremock:wiremock-standalone:3.13.2`) for the baselines, skipped when absent.
# Settings: DURATION (s per wrk run, 20), PREWARM (s of load before measuring a JVM, 120), STARTS (5),
# JAVA_OPTS (for the emulator; the documented flags by default), BASELINES=0 to measure the emulator alone, OUT (a file for the raw lines).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
. "$BENCH_DIR/lib.sh"
cd "$BENCH_DIR/.."
DURATION=${DURATION:-20}
PREWARM=${PREWARM:-120}
STARTS=${STARTS:-5}
JAR=${JAR:-$(ls target/b2c-graph-emulator-*.jar | head -1)}
OUT=${OUT:-$(mktemp /tmp/bench-XXXX.txt)}
WIREMOCK_JAR=${WIREMOCK_JAR:-$HOME/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar}
export RUN_ID=$(date +%s)
EMULATOR_PORT=18090 WIREMOCK_PORT=18082 NGINX_PORT=18081
# The emulator runs with the documented flags (docs/PERFORMANCE.md, the pom's spring-boot:run); WireMock and nginx
# as they ship.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms16m -Dspring.aot.enabled=true}
emulator_cmd="java $JAVA_OPTS -jar $JAR --server.address=127.0.0.1 --server.port=$EMULATOR_PORT"
# The image's flags, read from the Dockerfile so the two cannot drift apart.
IMAGE_FLAGS=$(sed -n 's/^ENV JDK_JAVA_OPTIONS="\(.*\)"$/\1/p' Dockerfile)
declare -A R   # results: R[server.metric]

log() { echo "$*" | tee -a "$OUT" >&2; }

# start-up: STARTS cold starts, time to the first answered POST; prints the median.
startups() {
  local name=$1 url=$2; shift 2
  local times=()
  for _ in $(seq "$STARTS"); do
    local start; start=$(now_ms)
    setsid "$@" >/dev/null 2>&1 & local pid=$!
    times+=("$(wait_answer "$url" "$start")")
    stop_group "$pid"
  done
  log "$name startup_ms ${times[*]}"
  printf '%s\n' "${times[@]}" | percentiles | cut -d' ' -f1
}

# load: prewarm, then every scenario at 16 and 64 connections
measure() {
  local name=$1 base=$2; shift 2
  log "$name rss_idle_mib $(rss_mib "$SERVER_PID")"; R[$name.rss_idle]=$(rss_mib "$SERVER_PID")
  if [ "$PREWARM" -gt 0 ]; then
    log "$name prewarm $(wrk_run "$base" create 64 "$PREWARM")"
  fi
  for scenario in "$@"; do
    for conns in 16 64; do
      local line; line=$(wrk_run "$base" "$scenario" "$conns" "$DURATION")
      log "$name $scenario c$conns $line"
      R[$name.$scenario.$conns.rps]=$(field "$line" rps)
      R[$name.$scenario.$conns.p99]=$(field "$line" p99_ms)
      R[$name.$scenario.$conns.cpu]=$(field "$line" cpu_us_per_req)
      R[$name.$scenario.$conns.non2xx]=$(( $(field "$line" non2xx) + $(field "$line" errors) ))
    done
  done
  R[$name.rss_after]=$(rss_mib "$SERVER_PID")
  log "$name rss_after_mib ${R[$name.rss_after]}"
}

# --- the emulator
log "machine_speed_ms $(machine_speed_ms) (a fixed loop; lower is faster)"
log "bench run $RUN_ID: $(nproc) cores, $(java -version 2>&1 | head -1), jar $JAR, $DURATION s runs, $PREWARM s prewarm, emulator flags '$JAVA_OPTS', image flags '$IMAGE_FLAGS'"
R[emulator.startup]=$(startups emulator "http://127.0.0.1:$EMULATOR_PORT/beta/trustFramework/keySets" $emulator_cmd)
# as the container image runs it: Java 25, the jar extracted, an AOT cache from a training run
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [ -x "$JAVA25" ]; then
  aot_dir=$(mktemp -d)
  java -Djarmode=tools -jar "$JAR" extract --destination "$aot_dir/app" >/dev/null
  mv "$aot_dir"/app/b2c-graph-emulator-*.jar "$aot_dir/app/emulator.jar"
  "$JAVA25" $IMAGE_FLAGS -XX:AOTCacheOutput="$aot_dir/emulator.aot" -Dspring.context.exit=onRefresh \
    -jar "$aot_dir/app/emulator.jar" >"$aot_dir/training.log" 2>&1
  R[emulator25.startup]=$(startups emulator-java25-aot "http://127.0.0.1:$EMULATOR_PORT/beta/trustFramework/keySets" \
    "$JAVA25" $IMAGE_FLAGS -XX:AOTCache="$aot_dir/emulator.aot" -jar "$aot_dir/app/emulator.jar" \
    --server.address=127.0.0.1 --server.port=$EMULATOR_PORT)
fi
EMULATOR_MAX_KEY_SETS_PER_TENANT=100000000 setsid $emulator_cmd >/tmp/bench-emulator.log 2>&1 &
SERVER_PID=$!
trap 'stop_group $SERVER_PID' EXIT
wait_answer "http://127.0.0.1:$EMULATOR_PORT/beta/trustFramework/keySets" "$(now_ms)" >/dev/null
SERVER_PID=$(pgrep -f -- "--server.port=$EMULATOR_PORT" | head -1)
TOKEN=$(curl -s -X POST "http://127.0.0.1:$EMULATOR_PORT/contoso.onmicrosoft.com/oauth2/v2.0/token" \
  -d grant_type=client_credentials -d client_id=bench -d client_secret=bench \
  -d scope=https://graph.microsoft.com/.default | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
export TOKEN
curl -s -o /dev/null -X POST "http://127.0.0.1:$EMULATOR_PORT/beta/trustFramework/keySets" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"id":"benchget"}'
measure emulator "http://127.0.0.1:$EMULATOR_PORT" create get list token

# generateKey: bursts of 4 sequential calls with a 1 s pause (as a pipeline makes them), then 200 in a row
generate() {
  local set="B2C_1A_gen$RANDOM$1"
  curl -s -o /dev/null -X POST "http://127.0.0.1:$EMULATOR_PORT/beta/trustFramework/keySets" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"id\":\"${set#B2C_1A_}\"}"
  curl -s -o /dev/null -w '%{time_total}\n' -X POST \
    "http://127.0.0.1:$EMULATOR_PORT/beta/trustFramework/keySets/$set/generateKey" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"use":"sig","kty":"RSA"}' |
    awk '{ printf "%.1f\n", $1 * 1000 }'
}
bursts=$(for b in $(seq 15); do for k in $(seq 4); do generate "b$b$k"; done; sleep 1; done)
sustained=$(for n in $(seq 200); do generate "s$n"; done)
R[generate.bursts]=$(echo "$bursts" | percentiles)
R[generate.sustained]=$(echo "$sustained" | percentiles)
log "emulator generateKey bursts_p50_p99_ms ${R[generate.bursts]} sustained_p50_p99_ms ${R[generate.sustained]}"
R[emulator.stored]=$(curl -s "http://127.0.0.1:$EMULATOR_PORT/beta/trustFramework/keySets/\$count" -H "Authorization: Bearer $TOKEN")
R[emulator.rss_after]=$(rss_mib "$SERVER_PID")
log "emulator keysets_stored ${R[emulator.stored]} rss_after_all_mib ${R[emulator.rss_after]}"
stop_group "$SERVER_PID"

# --- baselines: the same create load
if [ "${BASELINES:-1}" != 0 ] && [ -f "$WIREMOCK_JAR" ]; then
  wm_dir=$(mktemp -d); mkdir -p "$wm_dir/mappings" "$wm_dir/__files"; cp "$BENCH_DIR/wiremock-keysets.json" "$wm_dir/mappings/"
  wiremock_cmd="java -jar $WIREMOCK_JAR --bind-address 127.0.0.1 --port $WIREMOCK_PORT --root-dir $wm_dir
    --no-request-journal --disable-request-logging --disable-banner --disable-gzip --use-chunked-encoding never"
  R[wiremock.startup]=$(startups wiremock "http://127.0.0.1:$WIREMOCK_PORT/beta/trustFramework/keySets" $wiremock_cmd)
  setsid $wiremock_cmd >/tmp/bench-wiremock.log 2>&1 & SERVER_PID=$!
  wait_answer "http://127.0.0.1:$WIREMOCK_PORT/beta/trustFramework/keySets" "$(now_ms)" >/dev/null
  SERVER_PID=$(pgrep -f -- "--port $WIREMOCK_PORT" | head -1)
  measure wiremock "http://127.0.0.1:$WIREMOCK_PORT" create
  stop_group "$SERVER_PID"
fi
if [ "${BASELINES:-1}" != 0 ] && command -v nginx >/dev/null; then
  ng_dir=$(mktemp -d); mkdir -p "$ng_dir/logs"; sed "s/NGINX_PORT/$NGINX_PORT/" "$BENCH_DIR/nginx.conf" > "$ng_dir/nginx.conf"
  R[nginx.startup]=$(startups nginx "http://127.0.0.1:$NGINX_PORT/beta/trustFramework/keySets" nginx -p "$ng_dir" -c "$ng_dir/nginx.conf" -g 'daemon off;')
  setsid nginx -p "$ng_dir" -c "$ng_dir/nginx.conf" -g 'daemon off;' >/dev/null 2>&1 & SERVER_PID=$!
  wait_answer "http://127.0.0.1:$NGINX_PORT/beta/trustFramework/keySets" "$(now_ms)" >/dev/null
  PREWARM=5 measure nginx "http://127.0.0.1:$NGINX_PORT" create
  stop_group "$SERVER_PID"
fi
trap - EXIT
log "machine_speed_ms $(machine_speed_ms) (at the end)"

. "$BENCH_DIR/table.sh"
print_table | tee -a "$OUT"
echo "raw lines: $OUT" >&2
