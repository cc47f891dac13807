package redisq

import "github.com/redis/go-redis/v9"

// preludeLua names the frontier's keys and defines the helpers every
// frontier script shares. KEYS are, in order: urls, ready, delayed,
// leases, failed, revisit, run, articles. ARGV[1] is the caller's clock
// (unix ms); flush reads the buffered pushes and articles from ARGV[2]
// on and returns the index of the first argument after them.
//
// Scores and times travel as strings, never as Lua numbers written back
// by tostring, which keeps 14 digits only.
const preludeLua = `
local K_URLS, K_READY, K_DELAYED, K_LEASES = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local K_FAILED, K_REVISIT, K_RUN, K_STREAM = KEYS[5], KEYS[6], KEYS[7], KEYS[8]
local NOW = tonumber(ARGV[1])

-- flush queues the pushed URLs never seen (HSETNX on the seen-set) and
-- publishes the articles.
local function flush(i)
	local np = tonumber(ARGV[i]); i = i + 1
	for _ = 1, np do
		local u, v, s, nb = ARGV[i], ARGV[i+1], ARGV[i+2], ARGV[i+3]; i = i + 4
		if redis.call('HSETNX', K_URLS, u, v) == 1 then
			if tonumber(nb) > 0 then
				redis.call('ZADD', K_DELAYED, nb, u)
			else
				redis.call('ZADD', K_READY, s, u)
			end
		end
	end
	local na = tonumber(ARGV[i]); i = i + 1
	for _ = 1, na do
		redis.call('XADD', K_STREAM, '*', 'a', ARGV[i]); i = i + 1
	end
	return i
end

-- requeue puts a known URL back in the ready set at its priority; reset
-- starts its attempts afresh, for a new run.
local function requeue(u, reset)
	local v = redis.call('HGET', K_URLS, u)
	if not v or v == '' then return 0 end
	local r = cjson.decode(v)
	if reset then
		r.a = nil; r.n = nil; r.c = nil
		redis.call('HSET', K_URLS, u, cjson.encode(r))
	end
	redis.call('ZADD', K_READY, r.s, u)
	return 1
end

-- reclaim requeues up to limit URLs of a sorted set whose score is due.
local function reclaim(key, limit)
	local due = redis.call('ZRANGEBYSCORE', key, '-inf', NOW, 'LIMIT', 0, limit)
	for _, u in ipairs(due) do
		redis.call('ZREM', key, u)
		requeue(u, false)
	end
	return #due
end
`

// scriptFlush only sends a buffer.
var scriptFlush = redis.NewScript(preludeLua + `
flush(2)
return 1
`)

// scriptPop claims the best ready URL. After the buffer, ARGV holds the
// lease expiry (unix ms) and how many expired leases and due delayed URLs
// to move first. It returns {url, item} or, when none is ready,
// {"", earliest delayed NotBefore or "", leases out}.
var scriptPop = redis.NewScript(preludeLua + `
local i = flush(2)
local until_, limit = ARGV[i], tonumber(ARGV[i+1])
reclaim(K_LEASES, limit)
reclaim(K_DELAYED, limit)
local top = redis.call('ZPOPMIN', K_READY)
if #top > 0 then
	local u = top[1]
	redis.call('ZADD', K_LEASES, until_, u)
	return {u, redis.call('HGET', K_URLS, u) or ''}
end
local d = redis.call('ZRANGE', K_DELAYED, 0, 0, 'WITHSCORES')
return {'', d[2] or '', redis.call('ZCARD', K_LEASES)}
`)

// scriptComplete marks a URL done and releases its lease. After the
// buffer: url, item ("" when never revisited), revisit (unix ms, 0 never).
var scriptComplete = redis.NewScript(preludeLua + `
local i = flush(2)
local u, v, rv = ARGV[i], ARGV[i+1], ARGV[i+2]
redis.call('HSET', K_URLS, u, v)
redis.call('ZREM', K_LEASES, u)
redis.call('ZREM', K_READY, u)
redis.call('ZREM', K_DELAYED, u)
redis.call('SREM', K_FAILED, u)
if tonumber(rv) > 0 then
	redis.call('ZADD', K_REVISIT, rv, u)
else
	redis.call('ZREM', K_REVISIT, u)
end
return 1
`)

// scriptRetry queues a URL again. After the buffer: url, item, score,
// NotBefore (unix ms), and "1" when the caller holds the URL's lease. A
// URL the caller does not hold (a seed) is queued once per run: not when
// it is queued, leased, failed or completed since the run began.
var scriptRetry = redis.NewScript(preludeLua + `
local i = flush(2)
local u, v, s, nb, mine = ARGV[i], ARGV[i+1], ARGV[i+2], ARGV[i+3], ARGV[i+4]
if mine ~= '1' then
	if redis.call('ZSCORE', K_READY, u) or redis.call('ZSCORE', K_DELAYED, u) or
		redis.call('ZSCORE', K_LEASES, u) or redis.call('SISMEMBER', K_FAILED, u) == 1 then
		return 0
	end
	local old = redis.call('HGET', K_URLS, u)
	local run = redis.call('GET', K_RUN)
	if old and old ~= '' and run then
		local c = cjson.decode(old).c
		if c and c >= tonumber(run) then return 0 end
	end
end
redis.call('HSET', K_URLS, u, v)
redis.call('ZREM', K_LEASES, u)
redis.call('SREM', K_FAILED, u)
redis.call('ZREM', K_REVISIT, u)
if tonumber(nb) > 0 then
	redis.call('ZREM', K_READY, u)
	redis.call('ZADD', K_DELAYED, nb, u)
else
	redis.call('ZREM', K_DELAYED, u)
	redis.call('ZADD', K_READY, s, u)
end
return 1
`)

// scriptFail gives up on a URL for this run. After the buffer: url, item.
var scriptFail = redis.NewScript(preludeLua + `
local i = flush(2)
local u, v = ARGV[i], ARGV[i+1]
redis.call('HSET', K_URLS, u, v)
redis.call('ZREM', K_LEASES, u)
redis.call('ZREM', K_READY, u)
redis.call('ZREM', K_DELAYED, u)
redis.call('SADD', K_FAILED, u)
return 1
`)

// scriptBegin prepares a run in steps of at most limit URLs. ARGV: now,
// limit, mode. Mode "decide" starts a new run when nothing is queued and
// no lease is live, else joins the current one; "run" and "join" carry
// on. It returns {queued, mode, more}.
var scriptBegin = redis.NewScript(preludeLua + `
local limit, mode = tonumber(ARGV[2]), ARGV[3]
if mode == 'decide' then
	local live = redis.call('ZCOUNT', K_LEASES, '(' .. ARGV[1], '+inf')
	local active = redis.call('ZCARD', K_READY) + redis.call('ZCARD', K_DELAYED) + live
	if active == 0 then
		redis.call('SET', K_RUN, ARGV[1])
		mode = 'run'
	else
		mode = 'join'
	end
end
local n = reclaim(K_LEASES, limit)
local more = n == limit
if mode == 'run' then
	local failed = redis.call('SPOP', K_FAILED, limit)
	for _, u in ipairs(failed) do n = n + requeue(u, true) end
	local run = redis.call('GET', K_RUN) or ARGV[1]
	local due = redis.call('ZRANGEBYSCORE', K_REVISIT, '-inf', run, 'LIMIT', 0, limit)
	for _, u in ipairs(due) do
		redis.call('ZREM', K_REVISIT, u)
		n = n + requeue(u, true)
	end
	more = more or #failed == limit or #due == limit
end
return {n, mode, more and 1 or 0}
`)

// scriptReserve books a host's next request slot on the Redis server's
// clock, so that workers whose clocks differ still space their requests.
// KEYS: hosts. ARGV: host, delay (µs). It returns how long to wait (µs).
var scriptReserve = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local at = math.max(now, tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or 0))
redis.call('HSET', KEYS[1], ARGV[1], string.format('%d', at + tonumber(ARGV[2])))
return at - now
`)

// markLua records that a request to host ARGV[1] started or was sent at
// now: KEYS[2] (started) keeps the later time, and the slots booked from
// now on (KEYS[1], hosts) come delay after it.
const markLua = `
local function mark(now, delay)
	if tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or 0) < now then
		redis.call('HSET', KEYS[2], ARGV[1], string.format('%d', now))
	end
	if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or 0) < now + delay then
		redis.call('HSET', KEYS[1], ARGV[1], string.format('%d', now + delay))
	end
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local delay = tonumber(ARGV[2])
`

// scriptStart lets a request to a host start now, on the Redis server's
// clock, unless the host is backed off (Retry-After), another request
// was let go and is not yet sent, or one started or was sent less than
// delay ago. KEYS: hosts, started, sending, backoff. ARGV: host, delay,
// how long the request may hold the host until it is sent, how often to
// ask while another is being sent (µs). It returns -1 when the request
// may start, else how long to wait before asking again (µs).
var scriptStart = redis.NewScript(markLua + `
local off = tonumber(redis.call('HGET', KEYS[4], ARGV[1]) or 0)
if off > now then return off - now end
local busy = tonumber(redis.call('HGET', KEYS[3], ARGV[1]) or 0)
if busy > now then return math.min(busy - now, tonumber(ARGV[4])) end
local due = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or 0) + delay
if now < due then return due - now end
redis.call('HSET', KEYS[3], ARGV[1], string.format('%d', now + tonumber(ARGV[3])))
mark(now, delay)
return -1
`)

// scriptSent records that the request a Start let go is sent, on the
// Redis server's clock, and lets the next one start. KEYS: hosts,
// started, sending. ARGV: host, delay (µs).
var scriptSent = redis.NewScript(markLua + `
redis.call('HDEL', KEYS[3], ARGV[1])
mark(now, delay)
return 1
`)

// scriptBackOff keeps a host's next slot at least wait (µs) from now on
// the server's clock, and records until when no request may start, for
// the slots booked before it. KEYS: hosts, backoff. ARGV: host, wait.
var scriptBackOff = redis.NewScript(`
local t = redis.call('TIME')
local until_ = tonumber(t[1]) * 1000000 + tonumber(t[2]) + tonumber(ARGV[2])
for _, k in ipairs(KEYS) do
	if until_ > tonumber(redis.call('HGET', k, ARGV[1]) or 0) then
		redis.call('HSET', k, ARGV[1], string.format('%d', until_))
	end
end
return 1
`)

// scriptGetRobots returns {1, entry} for a cached robots.txt, else takes
// the host's fetch lock and returns {0} (the caller fetches), else {2}
// (another worker is fetching). KEYS: robots, lock. ARGV: host, lock ms.
var scriptGetRobots = redis.NewScript(`
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v then return {1, v} end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[2]) then return {0} end
return {2}
`)

// scriptPutRobots caches a robots.txt and drops the fetch lock. KEYS:
// robots, lock. ARGV: host, entry.
var scriptPutRobots = redis.NewScript(`
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('DEL', KEYS[2])
return 1
`)

// scriptAck acknowledges stream entries and deletes them, so the stream
// holds only what the writer has not committed. KEYS: stream. ARGV:
// group, ids.
var scriptAck = redis.NewScript(`
local ids = {}
for i = 2, #ARGV do ids[#ids+1] = ARGV[i] end
if #ids == 0 then return 0 end
redis.call('XACK', KEYS[1], ARGV[1], unpack(ids))
return redis.call('XDEL', KEYS[1], unpack(ids))
`)
