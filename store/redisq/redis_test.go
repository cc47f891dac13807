package redisq_test

import (
	"context"
	"testing"

	"newslink/store/redisq"
	"newslink/store/redisq/redistest"
)

// startRedis starts a redis-server for the test (see redistest.Start).
func startRedis(tb testing.TB) string { return redistest.Start(tb) }

// mustOpen starts a Redis and opens a Queue on it.
func mustOpen(tb testing.TB, opts *redisq.Options) (*redisq.Queue, string) {
	tb.Helper()
	url := startRedis(tb)
	return mustOpenURL(tb, url, opts), url
}

// mustOpenURL opens another Queue on a running Redis.
func mustOpenURL(tb testing.TB, url string, opts *redisq.Options) *redisq.Queue {
	tb.Helper()
	q, err := redisq.Open(context.Background(), url, opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { q.Close() })
	return q
}
