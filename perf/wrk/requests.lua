-- Replays a file of requests (WRK_REQUESTS), one per line: METHOD <tab> PATH <tab> HEADER: VALUE [<tab> ...].
-- Each of the WRK_THREADS threads starts at its own line and steps by the number of threads, so every
-- line is used in turn and, in a run shorter than the file, at most once (the issue scenario needs
-- each draft invoice issued once). Prints one RESULT line that bench.sh reads.

local requests = {}
local position = 0
local step = 1

function setup(thread)
  thread_count = (thread_count or 0) + 1
  thread:set("thread_index", thread_count - 1)
end

function init(args)
  for line in io.lines(os.getenv("WRK_REQUESTS")) do
    local fields = {}
    for field in line:gmatch("[^\t]+") do
      table.insert(fields, field)
    end
    local headers = {}
    for i = 3, #fields do
      local name, value = fields[i]:match("^([^:]+):%s*(.*)$")
      headers[name] = value
    end
    if fields[1] == "POST" then
      headers["Content-Type"] = "application/json"
    end
    table.insert(requests, wrk.format(fields[1], fields[2], headers, (fields[1] == "POST") and "{}" or nil))
  end
  step = tonumber(os.getenv("WRK_THREADS") or "1")
  position = thread_index
end

function request()
  local next = requests[(position % #requests) + 1]
  position = position + step
  return next
end

function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1000000
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f status_errors=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
