-- wrk script for the emulator's benchmark (bench/run.sh). SCENARIO picks the request:
--   create    POST /beta/trustFramework/keySets with a new id each time
--   get       GET  /beta/trustFramework/keySets/B2C_1A_benchget
--   list      GET  /beta/trustFramework/keySets?$top=20
--   token     POST /{tenant}/oauth2/v2.0/token (client credentials)
-- TOKEN is the bearer token, RUN_ID keeps ids unique across runs. Prints one line:
--   BENCH requests=… rps=… p50_ms=… p99_ms=… max_ms=… errors=… non2xx=… codes=201:N,…
local scenario = os.getenv("SCENARIO") or "create"
local token = os.getenv("TOKEN") or ""
local run = os.getenv("RUN_ID") or tostring(os.time())
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function init(args)
  codes = {}
  sent = 0
end

local auth = { ["Authorization"] = "Bearer " .. token }

function request()
  sent = sent + 1
  if scenario == "create" then
    return wrk.format("POST", "/beta/trustFramework/keySets",
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
      string.format('{"id":"bench%s_%d_%d"}', run, thread_id, sent))
  elseif scenario == "get" then
    return wrk.format("GET", "/beta/trustFramework/keySets/B2C_1A_benchget", auth)
  elseif scenario == "list" then
    return wrk.format("GET", "/beta/trustFramework/keySets?$top=20", auth)
  elseif scenario == "token" then
    return wrk.format("POST", "/contoso.onmicrosoft.com/oauth2/v2.0/token",
      { ["Content-Type"] = "application/x-www-form-urlencoded" },
      "grant_type=client_credentials&client_id=bench&client_secret=bench"
        .. "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default")
  end
  error("unknown SCENARIO " .. scenario)
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
  local all, non2xx, parts = {}, 0, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("codes")) do
      all[status] = (all[status] or 0) + count
    end
  end
  for status, count in pairs(all) do
    if status < 200 or status > 299 then non2xx = non2xx + count end
    table.insert(parts, status .. ":" .. count)
  end
  table.sort(parts)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d codes=%s\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors, non2xx, table.concat(parts, ",")))
end
