# Prints bench/run.sh's results (the R array) as one Markdown table, with the emulator's figures as
# ratios of WireMock's and nginx's. Sourced by run.sh.
ratio() { # a b -> a/b with two decimals, or - when either is missing
  if [ -n "${1:-}" ] && [ -n "${2:-}" ] && [ "$2" != 0 ]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
  else echo "-"; fi
}
row() { # label emulator wiremock nginx
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "${2:--}" "${3:--}" "${4:--}" "$(ratio "${2:-}" "${3:-}")" \
    "$(ratio "${2:-}" "${4:-}")"
}
print_table() {
  echo
  echo "| create keyset unless named (medians of $ROUNDS interleaved runs) | emulator | WireMock | nginx | emulator / WireMock | emulator / nginx |"
  echo "|---|---:|---:|---:|---:|---:|"
  for conns in 16 64; do
    row "requests/s, $conns connections" "${R[emulator.create.$conns.rps]:-}" "${R[wiremock.create.$conns.rps]:-}" \
      "${R[nginx.create.$conns.rps]:-}"
  done
  for conns in 16 64; do
    row "server CPU µs per request, $conns connections" "${R[emulator.create.$conns.cpu]:-}" \
      "${R[wiremock.create.$conns.cpu]:-}" "${R[nginx.create.$conns.cpu]:-}"
  done
  for conns in 16 64; do
    row "p99 ms, $conns connections" "${R[emulator.create.$conns.p99]:-}" "${R[wiremock.create.$conns.p99]:-}" \
      "${R[nginx.create.$conns.p99]:-}"
  done
  row "start → first answer, ms (median of $STARTS): java -jar, Java 17" "${R[emulator.startup]:-}" "${R[wiremock.startup]:-}" \
    "${R[nginx.startup]:-}"
  row "start → first answer, ms: Java 17, unpacked + trained CDS archive" "${R[emulator17cds.startup]:-}" \
    "${R[wiremock.startup]:-}" "${R[nginx.startup]:-}"
  row "start → first answer, ms: Java 25 + trained AOT cache, as the image runs" "${R[emulator25.startup]:-}" \
    "${R[wiremock.startup]:-}" "${R[nginx.startup]:-}"
  row "RSS idle, $IDLE_WAIT s after the first answer, MiB" "${R[emulator.rss_idle]:-}" "${R[wiremock.rss_idle]:-}" "${R[nginx.rss_idle]:-}"
  row "RSS after the load, MiB" "${R[emulator.rss_after]:-}" "${R[wiremock.rss_after]:-}" "${R[nginx.rss_after]:-}"
  for scenario in get list token; do
    for conns in 16 64; do
      row "$scenario: requests/s, $conns connections (µs CPU/req ${R[emulator.$scenario.$conns.cpu]:-}, p99 ${R[emulator.$scenario.$conns.p99]:-} ms)" \
        "${R[emulator.$scenario.$conns.rps]:-}" "" ""
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
