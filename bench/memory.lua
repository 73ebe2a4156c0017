-- wrk script for bench/memory.sh: every request is a query never sent before (distinct text, so a
-- new parsed document; on GET a new URL, so a new cached answer). Each thread stops after its share
-- and writes "answered failed" to DIR/thread-ID (wrk itself waits for -d, so the script watches those).
--   wrk ... -s bench/memory.lua URL -- MODE(post|get) PER_THREAD DIR
local threads = {}
mode, share, sent, answered, failed = "post", 30000, 0, 0, 0 -- globals: done() reads them through thread:get

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1] or "post"
  share = tonumber(args[2]) or 30000
  dir = args[3] or "/tmp"
end

local function word(n)
  local s = ""
  repeat
    s = s .. string.char(97 + n % 26)
    n = math.floor(n / 26)
  until n == 0
  return s
end

-- Three shapes, distinct in their alias, their page size and the text they search.
local function query(n)
  local w, first, alias = word(n), 1 + n % 50, "q" .. n
  local shape = n % 3
  if shape == 0 then
    return "{ " .. alias .. ": states(first: " .. first .. ", where: {name: {contains: \"" .. w .. "\"}}) { totalCount nodes { iso3 name region gcmVote } } }"
  elseif shape == 1 then
    return "{ " .. alias .. ": reports(first: " .. first .. ", where: {title: {contains: \"" .. w .. "\"}}) { totalCount nodes { key title year kind } } }"
  end
  return "{ " .. alias .. ": objectives(first: " .. first .. ", where: {title: {contains: \"" .. w .. "\"}}) { totalCount nodes { number title } } }"
end

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  sent = sent + 1
  local q = query(id * 10000000 + sent)
  if mode == "get" then
    return wrk.format("GET", "/graphql?query=" .. urlencode(q))
  end
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, '{"query":"' .. q:gsub('"', '\\"') .. '"}')
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 or body:find('"errors"', 1, true) then
    failed = failed + 1
  end
  if answered == share then
    local f = io.open(dir .. "/thread-" .. id, "w")
    f:write(answered, " ", failed, "\n")
    f:close()
    wrk.thread:stop()
  end
end
