# Prints bench/run.sh's results (the R array) as one Markdown table: this build, the BASE_JAR build measured
# beside it, WireMock and nginx, and this build's figures as ratios of the others'. Sourced by run.sh.
ratio() { # a b -> a/b with two decimals, or - when either is missing
  if [ -n "${1:-}" ] && [ -n "${2:-}" ] && [ "$2" != 0 ]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
  else echo "-"; fi
}
row() { # label emulator base wiremock nginx
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "${2:--}" "${3:--}" "${4:--}" "${5:--}" \
    "$(ratio "${2:-}" "${3:-}")" "$(ratio "${2:-}" "${4:-}")" "$(ratio "${2:-}" "${5:-}")"
}
metric_rows() { # scenario label
  local conns
  for conns in 16 64; do
    row "$2: requests/s, $conns connections" "${R[emulator.$1.$conns.rps]:-}" "${R[base.$1.$conns.rps]:-}" \
      "${R[wiremock.$1.$conns.rps]:-}" "${R[nginx.$1.$conns.rps]:-}"
  done
  for conns in 16 64; do
    row "$2: server CPU µs per request, $conns connections" "${R[emulator.$1.$conns.cpu]:-}" \
      "${R[base.$1.$conns.cpu]:-}" "${R[wiremock.$1.$conns.cpu]:-}" "${R[nginx.$1.$conns.cpu]:-}"
  done
  for conns in 16 64; do
    row "$2: p99 ms, $conns connections" "${R[emulator.$1.$conns.p99]:-}" "${R[base.$1.$conns.p99]:-}" \
      "${R[wiremock.$1.$conns.p99]:-}" "${R[nginx.$1.$conns.p99]:-}"
  done
}
print_table() {
  echo
  echo "| medians of $ROUNDS interleaved runs of $DURATION s | emulator | base build | WireMock | nginx | emulator / base | emulator / WireMock | emulator / nginx |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  metric_rows mix "pipeline mix"
  metric_rows create "create flood"
  row "start → first answer, ms (median of $STARTS): java -jar, Java 17" "${R[emulator.startup]:-}" \
    "${R[base.startup]:-}" "${R[wiremock.startup]:-}" "${R[nginx.startup]:-}"
  row "start → first answer, ms: Java 17, unpacked + trained CDS archive" "${R[emulator17cds.startup]:-}" "" \
    "${R[wiremock.startup]:-}" "${R[nginx.startup]:-}"
  row "start → first answer, ms: Java 25 + trained AOT cache, as the image runs" "${R[emulator25.startup]:-}" "" \
    "${R[wiremock.startup]:-}" "${R[nginx.startup]:-}"
  row "RSS idle, $IDLE_WAIT s after the first answer, MiB" "${R[emulator.rss_idle]:-}" "${R[base.rss_idle]:-}" \
    "${R[wiremock.rss_idle]:-}" "${R[nginx.rss_idle]:-}"
  row "RSS after the load, MiB" "${R[emulator.rss_after]:-}" "${R[base.rss_after]:-}" "${R[wiremock.rss_after]:-}" \
    "${R[nginx.rss_after]:-}"
  local scenario conns
  for scenario in get list token; do
    for conns in 16 64; do
      [ -n "${R[emulator.$scenario.$conns.rps]:-}" ] || continue
      row "$scenario: requests/s, $conns connections (µs CPU/req ${R[emulator.$scenario.$conns.cpu]:-}, p99 ${R[emulator.$scenario.$conns.p99]:-} ms)" \
        "${R[emulator.$scenario.$conns.rps]:-}" "" "" ""
    done
  done
  echo
  echo "generateKey RSA-2048, ms p50 / p99: bursts of 4 with a 1 s pause ${R[generate.bursts]:-}; 200 in a row ${R[generate.sustained]:-}"
  echo "keysets stored at the end: ${R[emulator.stored]:-}"
  local failed=0 key
  for key in "${!R[@]}"; do
    case $key in *.non2xx) [ "${R[$key]}" = 0 ] || { echo "FAILED requests in $key: ${R[$key]}"; failed=1; } ;; esac
  done
  [ "$failed" = 0 ] && echo "every request answered 2xx"
}
