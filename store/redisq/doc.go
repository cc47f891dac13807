// Package redisq keeps the frontier, the politeness state and the article
// stream of a crawl spread over several processes and machines in one
// Redis, so that workers started with "newslink crawl --redis URL" share
// one queue and one writer ("newslink ingest") stores what they find.
//
// It is the only importer of github.com/redis/go-redis/v9. A Queue
// implements, structurally, the crawler's Frontier, Limiter, RobotsCache
// and Sink interfaces; package main asserts them.
//
// # Keys
//
// Every key starts with the prefix (Options.Prefix, "newslink:" by
// default), so several crawls can share one Redis:
//
//	PREFIX urls       hash    URL fingerprint -> item (JSON, with the URL; "" for a URL done for good): the seen-set
//	PREFIX ready      zset    fingerprints of URLs ready to fetch, by priority (FrontierItem.Better)
//	PREFIX delayed    zset    ... of URLs waiting for their NotBefore, by NotBefore (unix ms)
//	PREFIX leases     zset    ... of claimed URLs, by lease expiry (unix ms)
//	PREFIX failed     set     ... of URLs given up on in this run
//	PREFIX revisit    zset    ... of done URLs to fetch again, by due time (unix ms)
//	PREFIX run        string  start of the current run (unix ms)
//	PREFIX hosts      hash    host -> next free request slot (Redis server clock, µs)
//	PREFIX started    hash    host -> when its last request started or was sent (Redis server clock, µs)
//	PREFIX sending    hash    host -> until when a request let go and not yet sent holds it (µs)
//	PREFIX robots     hash    host -> cached robots.txt
//	PREFIX robots-lock:HOST   string  held while one worker fetches HOST's robots.txt
//	PREFIX articles   stream  published articles, read by the consumer group "ingest"
//
// A URL's fingerprint is the first 12 bytes of its SHA-256: a URL done for
// good costs 70 bytes of Redis whatever its length, against 134 for a
// URL of 75 bytes kept as it is (docs/scale.md).
//
// # Atomicity and round trips
//
// Claim, complete, retry, fail and dedup are Lua scripts run with EVALSHA,
// so each is atomic. Push and PutArticle only buffer in the process; the
// buffer goes to Redis inside the next script the process runs (a Pop,
// Complete, Retry or Fail), at the latest the Complete of the page that
// produced it. A page therefore costs three round trips: claim, limiter
// reservation, and complete with its links and its article; three more
// when a per-host delay is set: the start of the request, checked when
// its slot has come (Start), the moment it is written (Sent), and the
// delay booked from the end of the response too (BackOff). A background
// goroutine renews the leases of a live worker, one request per
// Options.Renew.
//
// # Runs
//
// Workers that run at the same time share one run. Begin starts a new run
// only when nothing is queued and no lease is live; only then does it
// queue the failed URLs and the revisits due. A worker joining a run
// takes back the expired leases of dead workers and nothing else, and a
// seed (Retry of a URL this process did not claim) is queued once per run.
package redisq
