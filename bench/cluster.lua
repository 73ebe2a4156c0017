-- wrk script for bench/cluster.sh: GETs over a fixed list of URLs (queries and persisted-query
-- hashes), each answer naming its dataset version; every 2xx answer's ETag must be the one that
-- version gives that URL (from a table measured beforehand).
-- The first answer with errors of each thread is written to ERRORS_PREFIX-ID for the report.
--   wrk ... -s bench/cluster.lua URL -- URLS_FILE ETAGS_FILE VERSION_A VERSION_B ERRORS_PREFIX
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  urls, expected = {}, {}
  for line in io.lines(args[1]) do urls[#urls + 1] = line end
  for line in io.lines(args[2]) do
    local version, etag = line:match("^(%S+) (.+)$")
    expected[etag] = version
  end
  version_a, version_b, errors_prefix = args[3], args[4], args[5]
  n, checked, mismatched, failed, errors, on_a, on_b = id * 7, 0, 0, 0, 0, 0, 0
end

function request()
  n = n + 1
  return wrk.format("GET", urls[n % #urls + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    failed = failed + 1
    return
  end
  if body:find('"errors"', 1, true) then
    errors = errors + 1 -- e.g. PERSISTED_QUERY_NOT_FOUND: a 200 that carries no data and no ETag
    if errors == 1 and errors_prefix then
      local f = io.open(errors_prefix .. "-" .. id, "w")
      f:write(body)
      f:close()
    end
    return
  end
  local version = body:match('"version":"(%x+)"')
  local etag = headers["ETag"] or headers["etag"]
  checked = checked + 1
  if version == nil or etag == nil or expected[etag] ~= version then
    mismatched = mismatched + 1
  end
  if version == version_a then on_a = on_a + 1 elseif version == version_b then on_b = on_b + 1 end
end

function done(summary, latency, requests)
  local t = { checked = 0, mismatched = 0, failed = 0, errors = 0, on_a = 0, on_b = 0 }
  for _, thread in ipairs(threads) do
    for k in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  io.write(string.format("CHECK checked=%d etag_mismatch=%d non2xx=%d graphql_errors=%d version_a=%d version_b=%d\n",
    t.checked, t.mismatched, t.failed, t.errors, t.on_a, t.on_b))
end
