#!/usr/bin/env bash
# The emulator's benchmark, beside WireMock and nginx on the same machine, in one run; prints one table.
#   ./mvnw -q -DskipTests package && bench/run.sh
# Needs wrk and curl; nginx and WireMock (the jar in ~/.m2, fetched with `mvn dependency:get
# -Dartifact=org.wiremock:wiremock-standalone:3.13.2`) for the baselines, skipped when absent.
# Two loads: the create flood (bench/graph.lua: a new keyset per call, a store that grows by millions) and, where
# ../shared/bench is beside the repository, the pipeline mix (its mix.lua: create, uploadSecret, get, getActiveKey,
# list, policy PUT and GET, delete, delete .bak, on a store that stays small; WireMock gets a stub for each call from
# its wiremock-mix/). BASE_JAR=another build (the landed one) is measured beside this one, in the same rounds.
# Settings: DURATION (s per wrk run, 20), ROUNDS (runs per server and connection count, interleaved, 3; the
# median is kept), PREWARM (s of load before measuring a JVM, 120, half mix and half create), STARTS (5),
# IDLE_WAIT (s after the first answer before idle RSS is read, 10), JAVA_OPTS (for the emulator; the documented
# flags by default), BASELINES=0 to measure the emulator alone (and BASE_JAR), EXTRA=0 to skip the get, list and
# token runs, OUT (a file for the raw lines).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
. "$BENCH_DIR/lib.sh"
cd "$BENCH_DIR/.."
DURATION=${DURATION:-20}
PREWARM=${PREWARM:-120}
STARTS=${STARTS:-5}
ROUNDS=${ROUNDS:-3}
IDLE_WAIT=${IDLE_WAIT:-10}
JAR=${JAR:-$(ls target/b2c-graph-emulator-*.jar | head -1)}
OUT=${OUT:-$(mktemp /tmp/bench-XXXX.txt)}
WIREMOCK_JAR=${WIREMOCK_JAR:-$HOME/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar}
SHARED_BENCH=${SHARED_BENCH:-$BENCH_DIR/../../shared/bench}
export MIX_SCRIPT=${MIX_SCRIPT:-$SHARED_BENCH/mix.lua}
scenarios=(create); [ -f "$MIX_SCRIPT" ] && scenarios=(mix create)
export RUN_ID=$(date +%s)
EMULATOR_PORT=18090 BASE_PORT=18091 WIREMOCK_PORT=18082 NGINX_PORT=18081
# The emulator runs with the documented flags (docs/PERFORMANCE.md, the pom's spring-boot:run); WireMock and nginx
# as they ship.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms16m -XX:MaxTenuringThreshold=1 -XX:TrimNativeHeapInterval=5000 -Dspring.aot.enabled=true}
emulator_cmd="java $JAVA_OPTS -jar $JAR --server.address=127.0.0.1 --server.port=$EMULATOR_PORT"
[ -n "${BASE_JAR:-}" ] && base_cmd="java $JAVA_OPTS -jar $BASE_JAR --server.address=127.0.0.1 --server.port=$BASE_PORT"
# The image's flags, read from the Dockerfile so the two cannot drift apart.
IMAGE_FLAGS=$(sed -n 's/^ENV JDK_JAVA_OPTIONS="\(.*\)"$/\1/p' Dockerfile)
declare -A R   # results: R[server.metric]
declare -A PIDS PGROUPS BASE TOKENS

log() { echo "$*" | tee -a "$OUT" >&2; }

# One wrk run of SCENARIO against server NAME; keeps its figures as R[name.scenario.conns.*] (for create, one
# value per round, the median taken later).
run_scenario() {
  local name=$1 scenario=$2 conns=$3 line
  line=$(TOKEN=${TOKENS[$name]:-bench-token} SERVER_PID=${PIDS[$name]} wrk_run "${BASE[$name]}" "$scenario" "$conns" "$DURATION")
  log "$name $scenario c$conns $line"
  R[$name.$scenario.$conns.rps]+=" $(field "$line" rps)"
  R[$name.$scenario.$conns.p99]+=" $(field "$line" p99_ms)"
  R[$name.$scenario.$conns.cpu]+=" $(field "$line" cpu_us_per_req)"
  R[$name.$scenario.$conns.non2xx]=$(( ${R[$name.$scenario.$conns.non2xx]:-0} + $(field "$line" non2xx) + $(field "$line" errors) ))
}

# One cold start of a server: prints the milliseconds from the command to its first answer.
startup() {
  local base=$1; shift
  local start; start=$(now_ms)
  setsid "$@" >/dev/null 2>&1 & local pid=$!
  wait_answer "$base/beta/trustFramework/keySets" "$start"
  stop_group "$pid"
}

# The median of the numbers in a string.
median() { printf '%s\n' $1 | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Starts server NAME in the background (its own process group) and waits for its first answer; RSS idle is taken
# IDLE_WAIT seconds later, when start-up's buffers have been given back.
start_server() {
  local name=$1 base=$2 match=$3; shift 3
  setsid "$@" >"/tmp/bench-$name.log" 2>&1 & PGROUPS[$name]=$!
  wait_answer "$base/beta/trustFramework/keySets" "$(now_ms)" >/dev/null
  PIDS[$name]=$(pgrep -f -- "$match" | head -1)
  BASE[$name]=$base
}

# --- the commands
EMULATOR="http://127.0.0.1:$EMULATOR_PORT" WIREMOCK="http://127.0.0.1:$WIREMOCK_PORT" NGINX="http://127.0.0.1:$NGINX_PORT"
servers=(emulator)
[ -n "${base_cmd:-}" ] && servers+=(base)
if [ "${BASELINES:-1}" != 0 ] && [ -f "$WIREMOCK_JAR" ]; then
  servers+=(wiremock)
  wm_dir=$(mktemp -d); mkdir -p "$wm_dir/mappings" "$wm_dir/__files"; cp "$BENCH_DIR/wiremock-keysets.json" "$wm_dir/mappings/"
  # The mix's stubs (one of them the same create stub) where the shared harness is there.
  [ -d "$SHARED_BENCH/wiremock-mix/mappings" ] && cp "$SHARED_BENCH"/wiremock-mix/mappings/*.json "$wm_dir/mappings/" \
    && rm "$wm_dir/mappings/wiremock-keysets.json"
  wiremock_cmd="java -jar $WIREMOCK_JAR --bind-address 127.0.0.1 --port $WIREMOCK_PORT --root-dir $wm_dir
    --no-request-journal --disable-request-logging --disable-banner --disable-gzip --use-chunked-encoding never"
fi
if [ "${BASELINES:-1}" != 0 ] && command -v nginx >/dev/null; then
  servers+=(nginx)
  ng_dir=$(mktemp -d); mkdir -p "$ng_dir/logs"; sed "s/NGINX_PORT/$NGINX_PORT/" "$BENCH_DIR/nginx.conf" > "$ng_dir/nginx.conf"
  nginx_cmd=1
fi
# The jar extracted, and the image's training run (src/main/docker/aot-training.sh) made twice: for Java 17's
# class-data-sharing archive (the documented java -jar way with the archive) and, as the container image runs it,
# for Java 25's AOT cache.
aot_dir=$(mktemp -d)
java -Djarmode=tools -jar "$JAR" extract --destination "$aot_dir/app" >/dev/null
mv "$aot_dir"/app/b2c-graph-emulator-*.jar "$aot_dir/app/emulator.jar"
train() { # JAVA_COMMAND JVM_OPTION...
  JAVA=$1 SERVER_PORT=$EMULATOR_PORT bash src/main/docker/aot-training.sh "$aot_dir/app/emulator.jar" "${@:2}" \
    >"$aot_dir/training.log" 2>&1 || { cat "$aot_dir/training.log" >&2; exit 1; }
}
train java $JAVA_OPTS -XX:ArchiveClassesAtExit="$aot_dir/emulator.jsa"
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$JAVA25" ] && train "$JAVA25" $IMAGE_FLAGS -XX:AOTCacheOutput="$aot_dir/emulator.aot"

log "machine_speed_ms $(machine_speed_ms) (a fixed loop; lower is faster)"
log "bench run $RUN_ID: $(nproc) cores, $(java -version 2>&1 | head -1), jar $JAR, $DURATION s runs x $ROUNDS rounds, $PREWARM s prewarm, emulator flags '$JAVA_OPTS', image flags '$IMAGE_FLAGS'"

# --- start-up: STARTS rounds, each server once per round, so that a slow minute of the machine hits all alike
declare -A TIMES
for _ in $(seq "$STARTS"); do
  TIMES[emulator]+=" $(startup "$EMULATOR" $emulator_cmd)"
  [ -n "${base_cmd:-}" ] && TIMES[base]+=" $(startup "http://127.0.0.1:$BASE_PORT" $base_cmd)"
  TIMES[emulator17cds]+=" $(startup "$EMULATOR" java $JAVA_OPTS -XX:SharedArchiveFile="$aot_dir/emulator.jsa" \
    -jar "$aot_dir/app/emulator.jar" --server.address=127.0.0.1 --server.port=$EMULATOR_PORT)"
  [ -x "$JAVA25" ] && TIMES[emulator25]+=" $(startup "$EMULATOR" "$JAVA25" $IMAGE_FLAGS -XX:AOTCache="$aot_dir/emulator.aot" \
    -jar "$aot_dir/app/emulator.jar" --server.address=127.0.0.1 --server.port=$EMULATOR_PORT)"
  [ -n "${wiremock_cmd:-}" ] && TIMES[wiremock]+=" $(startup "$WIREMOCK" $wiremock_cmd)"
  [ -n "${nginx_cmd:-}" ] && TIMES[nginx]+=" $(startup "$NGINX" nginx -p "$ng_dir" -c "$ng_dir/nginx.conf" -g 'daemon off;')"
done
for name in "${!TIMES[@]}"; do
  log "$name startup_ms${TIMES[$name]}"
  R[$name.startup]=$(median "${TIMES[$name]}")
done

# --- all servers up at once; each is loaded in turn while the others idle
trap 'for g in "${PGROUPS[@]}"; do stop_group "$g"; done' EXIT
EMULATOR_MAX_KEY_SETS_PER_TENANT=100000000 start_server emulator "$EMULATOR" "--server.port=$EMULATOR_PORT" $emulator_cmd
[ -n "${base_cmd:-}" ] && EMULATOR_MAX_KEY_SETS_PER_TENANT=100000000 start_server base "http://127.0.0.1:$BASE_PORT" \
  "--server.port=$BASE_PORT" $base_cmd
[ -n "${wiremock_cmd:-}" ] && start_server wiremock "$WIREMOCK" "--port $WIREMOCK_PORT" $wiremock_cmd
[ -n "${nginx_cmd:-}" ] && start_server nginx "$NGINX" "$ng_dir/nginx.conf" nginx -p "$ng_dir" -c "$ng_dir/nginx.conf" -g 'daemon off;'
# Each emulator signs its own tokens; the mix's policies name the token's tenant, contoso.
for name in emulator base; do
  [ -n "${BASE[$name]:-}" ] || continue
  TOKENS[$name]=$(curl -s -X POST "${BASE[$name]}/contoso.onmicrosoft.com/oauth2/v2.0/token" \
    -d grant_type=client_credentials -d client_id=bench -d client_secret=bench \
    -d scope=https://graph.microsoft.com/.default | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -s -o /dev/null -X POST "${BASE[$name]}/beta/trustFramework/keySets" -H "Authorization: Bearer ${TOKENS[$name]}" \
    -H 'Content-Type: application/json' -d '{"id":"benchget"}'
done
export TOKEN=${TOKENS[emulator]}
sleep "$IDLE_WAIT"
for name in "${servers[@]}"; do
  R[$name.rss_idle]=$(rss_mib "${PIDS[$name]}"); log "$name rss_idle_mib ${R[$name.rss_idle]} (${IDLE_WAIT} s after the first answer)"
done
for name in "${servers[@]}"; do
  warm=$(( PREWARM / ${#scenarios[@]} )); [ "$name" = nginx ] && warm=5
  for scenario in "${scenarios[@]}"; do
    [ "$name" = nginx ] && [ "$scenario" = mix ] && continue
    [ "$warm" -gt 0 ] && log "$name prewarm $scenario $(TOKEN=${TOKENS[$name]:-bench-token} SERVER_PID=${PIDS[$name]} \
      wrk_run "${BASE[$name]}" "$scenario" 64 "$warm")"
  done
done
# The mix first, on stores a prewarm's size; then the create flood, whose stores grow by millions.
for scenario in "${scenarios[@]}"; do
  for conns in 16 64; do
    for _ in $(seq "$ROUNDS"); do
      for name in "${servers[@]}"; do
        [ "$name" = nginx ] && [ "$scenario" = mix ] && continue
        run_scenario "$name" "$scenario" "$conns"
      done
    done
  done
done
if [ "${EXTRA:-1}" != 0 ]; then
  for scenario in get list token; do
    for conns in 16 64; do run_scenario emulator "$scenario" "$conns"; done
  done
fi
for key in "${!R[@]}"; do
  case $key in *.rps | *.p99 | *.cpu) R[$key]=$(median "${R[$key]}") ;; esac
done
for name in "${servers[@]}"; do
  R[$name.rss_after]=$(rss_mib "${PIDS[$name]}"); log "$name rss_after_mib ${R[$name.rss_after]}"
done

# generateKey: bursts of 4 sequential calls with a 1 s pause (as a pipeline makes them), then 200 in a row
generate() {
  local set="B2C_1A_gen$RANDOM$1"
  curl -s -o /dev/null -X POST "$EMULATOR/beta/trustFramework/keySets" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"id\":\"${set#B2C_1A_}\"}"
  curl -s -o /dev/null -w '%{time_total}\n' -X POST "$EMULATOR/beta/trustFramework/keySets/$set/generateKey" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"use":"sig","kty":"RSA"}' |
    awk '{ printf "%.1f\n", $1 * 1000 }'
}
bursts=$(for b in $(seq 15); do for k in $(seq 4); do generate "b$b$k"; done; sleep 1; done)
sustained=$(for n in $(seq 200); do generate "s$n"; done)
R[generate.bursts]=$(echo "$bursts" | percentiles)
R[generate.sustained]=$(echo "$sustained" | percentiles)
log "emulator generateKey bursts_p50_p99_ms ${R[generate.bursts]} sustained_p50_p99_ms ${R[generate.sustained]}"
R[emulator.stored]=$(curl -s "$EMULATOR/beta/trustFramework/keySets/\$count" -H "Authorization: Bearer $TOKEN")
log "emulator keysets_stored ${R[emulator.stored]} rss_after_all_mib $(rss_mib "${PIDS[emulator]}")"
for g in "${PGROUPS[@]}"; do stop_group "$g"; done
trap - EXIT
log "machine_speed_ms $(machine_speed_ms) (at the end)"

. "$BENCH_DIR/table.sh"
print_table | tee -a "$OUT"
echo "raw lines: $OUT" >&2
