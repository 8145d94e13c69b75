-- wrk script for the Rekindle benchmark (see README.md).
-- Usage: wrk ... -s pages.lua URL -- <page> <sessions file>
-- The sessions file has one signed-in benchmark user a line: "<session id> <csrf token> <today> <today - 364>".
-- Each request takes the next user, so requests spread over every signed-in account.
-- page: dashboard | checkin | history | summary | pdf | static | signedin | mix (all of them in turn, for the warm-up).
-- A response other than the one the page should give (200, or the 302 to /dashboard after a check-in) counts
-- as an error, so a lost session (a 302 to /login) can never pass for a fast page.

-- Globals, not locals: done() reads them from each thread with thread:get().
page, file = nil, nil
wrong = 0
local users = {}
local counter = 0

local threads = {}
local mixPages = { "dashboard", "checkin", "history", "summary", "static", "signedin" }

local function load(path)
  local list = {}
  for line in io.lines(path) do
    local session, token, today, from = line:match("^(%S+)%s+(%S+)%s+(%S+)%s+(%S+)")
    if session then
      list[#list + 1] = { session = session, token = token, today = today, from = from }
    end
  end
  return list
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  page = args[1] or "dashboard"
  file = args[2] or "sessions.txt"
  users = load(file)
  if #users == 0 then
    error("no signed-in users in " .. file)
  end
  -- Threads start at different users so they do not walk in step.
  counter = math.random(#users)
end

local function moodFor(n)
  return tostring(1 + n % 5)
end

local function build(kind, user, n)
  local headers = { ["Cookie"] = "JOURNAL_SESSION=" .. user.session }
  if kind == "dashboard" then
    return wrk.format("GET", "/dashboard", headers)
  elseif kind == "history" then
    return wrk.format("GET", "/history?range=90", headers)
  elseif kind == "summary" then
    return wrk.format("GET", "/summary?range=custom&from=" .. user.from .. "&to=" .. user.today, headers)
  elseif kind == "pdf" then
    return wrk.format("GET", "/summary.pdf?range=custom&from=" .. user.from .. "&to=" .. user.today, headers)
  elseif kind == "static" then
    return wrk.format("GET", "/favicon.svg", {})
  elseif kind == "signedin" then
    -- The least a signed-in page costs: the session, the security chain and the account's own day, then a redirect.
    return wrk.format("GET", "/checkin", headers)
  elseif kind == "checkin" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    -- Urges 0-6: an urge of 7 or more (rekindle.checkin.hard-urge) leads to the "hard moment" page instead
    -- of the dashboard in builds since 92be29f, so an A/B run would compare different answers.
    local body = "mood=" .. moodFor(n) .. "&urge=" .. tostring(n % 7) .. "&contact=NONE&selfCare=REST"
      .. "&selfCare=TIME_OUTSIDE&note=Benchmark+check-in%2C+a+quiet+evening+walk.&_csrf=" .. user.token
    return wrk.format("POST", "/checkin/" .. user.today, headers, body)
  end
  error("unknown page " .. kind)
end

function request()
  counter = counter + 1
  local user = users[(counter % #users) + 1]
  local kind = page
  if page == "mix" then
    kind = mixPages[(counter % #mixPages) + 1]
  end
  return build(kind, user, counter)
end

function response(status, headers, body)
  if page == "checkin" then
    if status ~= 302 or not (headers["Location"] or ""):find("/dashboard", 1, true) then
      wrong = wrong + 1
    end
  elseif page == "signedin" then
    if status ~= 302 or not (headers["Location"] or ""):find("/checkin/", 1, true) then
      wrong = wrong + 1
    end
  elseif page ~= "mix" and status ~= 200 then
    wrong = wrong + 1
  end
end

function done(summary, latency, requests)
  -- done() runs in wrk's main state, where init() never ran: the page comes from a thread.
  page = threads[1]:get("page")
  local wrongTotal = 0
  for _, thread in ipairs(threads) do
    wrongTotal = wrongTotal + (thread:get("wrong") or 0)
  end
  local e = summary.errors
  -- For a single page every wrong status is in wrongTotal already; the warm-up mixes pages and counts only HTTP errors.
  local statusErrors = (page == "mix") and e.status or wrongTotal
  local errors = e.connect + e.read + e.write + e.timeout + statusErrors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %s %.1f %.1f %.1f %.1f %d %d\n", page, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    errors, summary.requests))
end
