#!/usr/bin/env bash
# The training run behind the image's ahead-of-time cache (JEP 483/514/515): starts the emulator with the given JVM
# options, makes the calls a pipeline makes (a token, keysets created, read, listed and deleted, a key generated, a
# secret uploaded, a policy referencing a keyset uploaded and read, a call without a token), checks every answer, and
# stops it with SIGTERM; the JVM writes the cache as it exits. A cache trained this way also holds the classes and
# method profiles of serving requests, which a cache made at `-Dspring.context.exit=onRefresh` lacks
# (docs/PERFORMANCE.md).
#   aot-training.sh JAR JVM_OPTION...    e.g. aot-training.sh /app/emulator.jar -XX:AOTCacheOutput=/app/emulator.aot
# The emulator listens on 127.0.0.1:$SERVER_PORT (8080); other EMULATOR_* variables reach it as usual. Needs bash
# only (no curl in a JRE image). Exits non-zero, with the emulator's output, when a call answers unexpectedly.
set -euo pipefail
jar=$1; shift
port=${SERVER_PORT:-8080}
log=$(mktemp)
"${JAVA:-java}" "$@" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" >"$log" 2>&1 &
emulator=$!
# Whatever ends this script (a failed call, a signal) also ends the emulator.
trap 'kill -TERM "$emulator" 2>/dev/null || true' EXIT

fail() {
  echo "aot-training: $*" >&2
  kill -TERM "$emulator" 2>/dev/null && wait "$emulator" || true
  cat "$log" >&2
  rm -f "$log"
  exit 1
}

# One HTTP/1.0 exchange over bash's /dev/tcp: METHOD PATH HEADER_LINES BODY; sets $status and $answer. The bodies
# are ASCII, so their length in characters is their length in bytes.
exchange() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf '%s %s HTTP/1.0\r\nHost: localhost\r\n%sContent-Length: %d\r\n\r\n%s' "$1" "$2" "$3" "${#4}" "$4" >&3
  answer=$(cat <&3)
  exec 3<&-
  status=$(head -1 <<<"$answer" | cut -d' ' -f2)
}

# expect STATUS METHOD PATH [HEADER_LINES [BODY]]
expect() {
  exchange "$2" "$3" "${4:-}" "${5:-}"
  [ "$status" = "$1" ] || fail "$2 $3 answered $status, expected $1: $answer"
  echo "aot-training: $2 $3 $status"
}

for _ in $(seq 600); do
  kill -0 "$emulator" 2>/dev/null || fail "the emulator exited during start"
  { exchange GET /_emulator/health "" "" && [ "$status" = 200 ]; } 2>/dev/null && break
  sleep 0.2
done
[ "${status:-}" = 200 ] || fail "the emulator did not become healthy within 120 s"

tenant=contoso.onmicrosoft.com
form=$'Content-Type: application/x-www-form-urlencoded\r\n'
expect 200 POST /$tenant/oauth2/v2.0/token "$form" \
  'grant_type=client_credentials&client_id=aot-training&client_secret=aot-training&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default'
[[ $answer =~ \"access_token\":\"([^\"]+)\" ]] || fail "no access_token in $answer"
auth="Authorization: Bearer ${BASH_REMATCH[1]}"$'\r\n'
json="$auth"$'Content-Type: application/json\r\n'
keysets=/beta/trustFramework/keySets policies=/beta/trustFramework/policies
# A few rounds, so that the request path's methods are profiled beyond their first call.
for round in 1 2 3; do
  signing=B2C_1A_TrainingSigning$round secret=B2C_1A_TrainingSecret$round policy=B2C_1A_TrainingBase$round
  expect 201 POST $keysets "$json" "{\"id\":\"TrainingSigning$round\"}"
  expect 200 POST $keysets/$signing/generateKey "$json" '{"use":"sig","kty":"RSA"}'
  expect 201 POST $keysets "$json" "{\"id\":\"TrainingSecret$round\"}"
  expect 200 POST $keysets/$secret/uploadSecret "$json" '{"use":"enc","k":"dHJhaW5pbmctc2VjcmV0"}'
  expect 200 GET $keysets/$signing "$auth"
  expect 200 GET $keysets "$auth"
  expect 201 PUT "$policies/$policy/\$value" "$auth"$'Content-Type: application/xml\r\n' \
    "<TrustFrameworkPolicy xmlns=\"http://schemas.microsoft.com/online/cpim/schemas/2013/06\" \
PolicySchemaVersion=\"0.3.0.0\" TenantId=\"$tenant\" PolicyId=\"$policy\" PublicPolicyUri=\"http://$tenant/$policy\">\
<ClaimsProviders><ClaimsProvider><TechnicalProfiles><TechnicalProfile Id=\"JwtIssuer\"><CryptographicKeys>\
<Key Id=\"issuer_secret\" StorageReferenceId=\"$signing\"/></CryptographicKeys></TechnicalProfile></TechnicalProfiles>\
</ClaimsProvider></ClaimsProviders></TrustFrameworkPolicy>"
  expect 200 GET "$policies/$policy/\$value" "$auth"
  expect 200 GET $policies "$auth"
  expect 401 GET $keysets
  expect 204 DELETE $policies/$policy "$auth"
  expect 204 DELETE $keysets/$secret "$auth"
  expect 204 DELETE $keysets/$signing "$auth"
done

kill -TERM "$emulator"
wait "$emulator" || [ $? = 143 ] || fail "the emulator did not stop cleanly"
trap - EXIT
rm -f "$log"
