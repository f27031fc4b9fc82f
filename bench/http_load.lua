-- wrk script for bench/http_load.sh: GET /api/v1/events pages of 20 rows
-- with random filters, following the keyset cursor ("next") of the previous
-- page most of the time, as a user scrolling the dashboard's table would.
--
-- Run it with as many wrk threads as connections (-t N -c N): wrk's Lua hooks
-- are per thread, so with one connection per thread every response() belongs
-- to the request() before it, and a cursor is always followed with the
-- filter that produced it.
--
-- Environment: HTTP_LOAD_FOLLOW (0..1, default 0.7) is the chance of
-- following a page's next cursor; HTTP_LOAD_SEED seeds the random choices;
-- HTTP_LOAD_KINDS keeps some kinds of filter only (see `kinds` below).

local actors = {"USA", "JPN", "GBR", "FRA", "DEU", "CHN", "RUS", "IRN", "ISR", "IRQ",
                "CAN", "BRA", "ARG", "MEX", "KOR", "IND", "SAU", "EGY", "ZAF", "AUS",
                "USAGOV", "JPNGOV", "GBRGOV", "IGOOPC", "USABUS"}
local roots = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
               "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
local words = {"oil", "tariff", "talks", "trade", "bank", "minister", "agreement", "sanctions"}

local follow = tonumber(os.getenv("HTTP_LOAD_FOLLOW") or "0.7")
local threads = {}

local function pick(list)
  return list[math.random(#list)]
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- The kinds of filter a first page draws from, with their weights (out of
-- 10). HTTP_LOAD_KINDS (comma-separated names) keeps only some of them, to
-- measure one kind of query alone.
local kinds = {
  {name = "none",   weight = 2},  -- everything, newest first
  {name = "actor",  weight = 3},  -- one actor or country
  {name = "dyad",   weight = 1},  -- two countries, both directions
  {name = "root",   weight = 1},  -- one CAMEO root
  {name = "quad",   weight = 1},  -- a quad class of an actor
  {name = "period", weight = 1},  -- a period of a few months
  {name = "text",   weight = 1},  -- a word of the sentence
}
local only = os.getenv("HTTP_LOAD_KINDS")
if only ~= nil and only ~= "" then
  local kept = {}
  for _, k in ipairs(kinds) do
    if ("," .. only .. ","):find("," .. k.name .. ",", 1, true) then table.insert(kept, k) end
  end
  kinds = kept
end
local total_weight = 0
for _, k in ipairs(kinds) do total_weight = total_weight + k.weight end

local function pick_kind()
  local r = math.random() * total_weight
  for _, k in ipairs(kinds) do
    r = r - k.weight
    if r <= 0 then return k.name end
  end
  return kinds[#kinds].name
end

-- A first page with a random filter.
local function random_base()
  local base = "/api/v1/events?limit=20"
  local kind = pick_kind()
  if kind == "actor" then
    return base .. "&actor=" .. pick(actors)
  elseif kind == "dyad" then
    return base .. "&source=" .. pick(actors):sub(1, 3) .. "&target=" .. pick(actors):sub(1, 3) .. "&symmetric=true"
  elseif kind == "root" then
    return base .. "&root=" .. pick(roots)
  elseif kind == "quad" then
    return base .. "&quad=" .. math.random(4) .. "&actor=" .. pick(actors)
  elseif kind == "period" then
    local year = math.random(1987, 2006)
    local month = math.random(1, 10)
    return base .. string.format("&from=%04d-%02d-01&to=%04d-%02d-28", year, month, year, month + 2)
  elseif kind == "text" then
    return base .. "&q=" .. pick(words)
  end
  return base
end

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local seed = tonumber(os.getenv("HTTP_LOAD_SEED") or "0") or 0
  math.randomseed(seed * 1000 + (id or 0) + os.time())
  base = nil       -- the filter of the page in flight
  cursor = nil     -- the next cursor to follow, if any
  first_pages = 0
  followed_pages = 0
  last_pages = 0   -- pages whose next was null
  non200 = 0
end

function request()
  local path
  if cursor ~= nil and math.random() < follow then
    path = base .. "&cursor=" .. urlencode(cursor)
    followed_pages = followed_pages + 1
  else
    base = random_base()
    path = base
    first_pages = first_pages + 1
  end
  cursor = nil
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
    if non200 <= 3 then io.stderr:write("http_load.lua: HTTP " .. status .. ": " .. body:sub(1, 200) .. "\n") end
    return
  end
  local nxt = body:match('"next":"([^"]+)"}%s*$')
  if nxt == nil then last_pages = last_pages + 1 end
  cursor = nxt
end

function done(summary, latency, requests)
  local first, followed, last, bad = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    first = first + (t:get("first_pages") or 0)
    followed = followed + (t:get("followed_pages") or 0)
    last = last + (t:get("last_pages") or 0)
    bad = bad + (t:get("non200") or 0)
  end
  io.write(string.format("http_load.lua: first pages %d, followed cursors %d, last pages %d, non-200 %d\n",
                         first, followed, last, bad))
end
