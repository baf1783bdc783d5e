-- The wrk script of the Werkhub benchmark (nl.werkhub.bench.Wrk writes it next to its inputs).
-- Environment: WRK_PATHS  a file with one request path per line, picked at random per request
--              WRK_TOKEN  the bearer token sent with every request
--              WRK_MAX    requests per thread at most (0: only the duration bounds the phase)
--              WRK_CHECK  1: look at every answer (the warm-up), anything else: count only (timed)
-- done() prints one JSON line that the harness parses. Errors are counted, because a fast 401 or
-- 404 would otherwise pass for a fast endpoint: with WRK_CHECK=1 every answer outside 2xx, with the
-- first one's text; in a timed phase wrk's own count of answers with a status of 400 or more. A
-- response() function makes wrk hand every answer's headers and body to Lua, which costs the
-- client CPU that the backend on the same two cores would otherwise get, so timed phases have none.

local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end
local token = os.getenv("WRK_TOKEN") or ""
local max = tonumber(os.getenv("WRK_MAX") or "0")

-- per thread (each wrk thread has its own Lua state); read from done() through thread:get
answered = 0
non2xx = 0
first_bad = ""

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(id * 7919 + os.time())
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Accept"] = "application/json"
end

local checking = os.getenv("WRK_CHECK") == "1"
local sent = 0

function request()
  sent = sent + 1
  if not checking and max > 0 and sent >= max then
    wrk.thread:stop()
  end
  return wrk.format("GET", paths[math.random(#paths)])
end

if checking then
  function response(status, headers, body)
    answered = answered + 1
    if status < 200 or status > 299 then
      non2xx = non2xx + 1
      if first_bad == "" then
        first_bad = tostring(status) .. " " .. string.sub(body or "", 1, 200)
      end
    end
    if max > 0 and answered >= max then
      wrk.thread:stop()
    end
  end
end

local function quote(s)
  return '"' .. string.gsub(s, '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end) .. '"'
end

function done(summary, latency, requests)
  local bad, first = 0, ""
  for _, t in ipairs(threads) do
    bad = bad + (tonumber(t:get("non2xx")) or 0)
    if first == "" then first = t:get("first_bad") or "" end
  end
  local e = summary.errors
  if not checking then
    bad, first = e.status, ""
  end
  io.write(string.format(
    '{"wrk":1,"requests":%d,"duration_us":%d,"non2xx":%d,"socket_errors":%d,"timeouts":%d,' ..
    '"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,"first_error":%s}\n',
    summary.requests, summary.duration, bad, e.connect + e.read + e.write, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean,
    quote(first)))
end
