-- wrk script of endpoint.sh: replays signed notification bodies made ahead of the run, one per line, each wrk thread
-- from its own file (BASE-<thread>.txt), starting again from the first at the end (the driver makes enough new trades
-- for that not to happen when it matters, and reports it if it did). Prints one RESULT line for the driver.
--
--   wrk -t2 -c16 -d10s --latency -s endpoint.lua http://127.0.0.1:PORT/jdpay/notify -- BASE

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local headers = { ["Content-Type"] = "application/xml;charset=UTF-8" }
  local file = assert(io.open(args[1] .. "-" .. id .. ".txt", "r"))
  requests = {}
  for line in file:lines() do
    requests[#requests + 1] = wrk.format("POST", nil, headers, line)
  end
  file:close()
  assert(#requests > 0, "no bodies in " .. args[1] .. "-" .. id .. ".txt")
  position = 0
  wrapped = 0
end

function request()
  position = position + 1
  if position > #requests then
    position = 1
    wrapped = wrapped + 1
  end
  return requests[position]
end

function done(summary, latency, requests)
  local wraps = 0
  for _, thread in ipairs(threads) do
    wraps = wraps + thread:get("wrapped")
  end
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d status_errors=%d connect_errors=%d read_errors=%d write_errors=%d"
      .. " timeouts=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d wraps=%d\n",
    summary.requests, summary.duration, errors.status, errors.connect, errors.read, errors.write, errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, wraps))
end
