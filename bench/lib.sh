# Helpers for bench/run.sh: process CPU and memory from /proc, start-up timing, wrk runs.
# Sourced, not run. Everything talks to 127.0.0.1 only.

# CPU ticks (user + system) of a process and its direct children (nginx workers).
cpu_ticks() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" 2>/dev/null); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}

# Resident memory in MiB of a process and its direct children.
rss_mib() {
  local kib=0 pid
  for pid in "$1" $(pgrep -P "$1" 2>/dev/null); do
    kib=$((kib + $(ps -o rss= -p "$pid" 2>/dev/null || echo 0)))
  done
  echo $((kib / 1024))
}

# Milliseconds since the epoch.
now_ms() { date +%s%3N; }

# Polls URL (POST) every 20 ms until any HTTP answer; prints the milliseconds from START_MS.
wait_answer() {
  local url=$1 start=$2 deadline=$(( $(now_ms) + 120000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 1 -X POST -H 'Content-Type: application/json' -d '{}' "$url" \
      2>/dev/null || true)
    if [ "$code" != "000" ] && [ -n "$code" ]; then
      echo $(( $(now_ms) - start ))
      return 0
    fi
    sleep 0.02
  done
  echo "no answer from $url within 120 s" >&2
  return 1
}

# One wrk run against BASE with SCENARIO at CONNS connections for DURATION seconds; prints the
# BENCH line with cpu_us_per_req (server CPU per request) appended. Needs SERVER_PID. The scenario mix is
# MIX_SCRIPT (a pipeline's calls on a bounded store); the others are bench/graph.lua's.
wrk_run() {
  local base=$1 scenario=$2 conns=$3 duration=$4 before after line requests script="$BENCH_DIR/graph.lua"
  [ "$scenario" = mix ] && script=$MIX_SCRIPT
  before=$(cpu_ticks "$SERVER_PID")
  # The mix's ids are letters and digits only.
  line=$(RUN_ID="$RUN_ID${scenario}c$conns$RANDOM" SCENARIO=$scenario wrk -t2 -c"$conns" -d"${duration}s" --timeout 5s -s "$script" "$base" \
    2>/dev/null | grep '^BENCH')
  after=$(cpu_ticks "$SERVER_PID")
  requests=$(echo "$line" | sed -E 's/.*requests=([0-9]+).*/\1/')
  echo "$line cpu_us_per_req=$(( (after - before) * 1000000 / $(getconf CLK_TCK) / (requests > 0 ? requests : 1) ))"
}

# Field NAME of a BENCH line.
field() { echo "$1" | sed -E "s/.*[ ]$2=([^ ]+).*/\1/"; }

# p50 and p99 (ms) of the numbers on stdin.
percentiles() {
  sort -n | awk '{ v[NR] = $1 } END { p50 = v[int((NR + 1) * 0.5)]; i = int(NR * 0.99 + 0.5); if (i < 1) i = 1;
    printf "%.1f %.1f\n", p50, v[i] }'
}

# Stops a process group started with setsid: TERM, then KILL after 15 s.
stop_group() {
  kill -TERM -- "-$1" 2>/dev/null || return 0
  for _ in $(seq 150); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$1" 2>/dev/null || true
}

# Milliseconds a fixed CPU-bound loop takes: the machine's speed at that moment. A shared machine's speed moves
# (by half within an hour here); logged at the start and end of a run, so runs can be compared.
machine_speed_ms() {
  local start; start=$(now_ms)
  awk 'BEGIN { for (i = 0; i < 1e8; i++) s += i }'
  echo $(( $(now_ms) - start ))
}
