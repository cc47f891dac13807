package redisq_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"newslink/store/redisq"
)

// syncBuffer is a log destination safe for the renewal goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestQueue_RenewFailuresLoggedAndCounted breaks the leases key under a
// worker that holds a lease: the failed renewals are counted and logged,
// not dropped.
func TestQueue_RenewFailuresLoggedAndCounted(t *testing.T) {
	var logs syncBuffer
	url := startRedis(t)
	q := mustOpenURL(t, url, &redisq.Options{Prefix: "r:", Renew: 20 * time.Millisecond, Log: slog.New(slog.NewTextHandler(&logs, nil))})
	ctx := context.Background()
	if _, err := q.Push(ctx, redisq.Item{URL: "https://a/x"}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := mustPop(t, q, time.Now()); !ok {
		t.Fatal("nothing to lease")
	}
	opt, _ := redis.ParseURL(url)
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	if err := rdb.Del(ctx, "r:leases").Err(); err != nil {
		t.Fatal(err)
	}
	if err := rdb.Set(ctx, "r:leases", "not a sorted set", 0).Err(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); q.RenewFailures() == 0; {
		if time.Now().After(deadline) {
			t.Fatal("no renewal failure counted")
		}
		<-time.After(5 * time.Millisecond)
	}
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(logs.String(), "renewing leases failed"); {
		if time.Now().After(deadline) {
			t.Fatalf("renewal failure not logged: %q", logs.String())
		}
		<-time.After(5 * time.Millisecond)
	}
}
