package redisq_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"newslink/store/redisq"
)

// usedMemory returns Redis's used_memory.
func usedMemory(tb testing.TB, rdb *redis.Client) int64 {
	tb.Helper()
	info, err := rdb.Info(context.Background(), "memory").Result()
	if err != nil {
		tb.Fatal(err)
	}
	for _, line := range strings.Split(info, "\r\n") {
		if v, ok := strings.CutPrefix(line, "used_memory:"); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	tb.Fatal("no used_memory in INFO")
	return 0
}

// BenchmarkMemory measures Redis memory per URL in each state, with URLs
// of a typical news site (about 75 bytes): queued (pushed, not fetched),
// done and kept for a revisit (an article, with its ETag), and done for
// good (only in the seen-set).
func BenchmarkMemory(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{100_000} {
		b.Run(fmt.Sprintf("urls=%d", n), func(b *testing.B) {
			url := startRedis(b)
			ro, _ := redis.ParseURL(url)
			rdb := redis.NewClient(ro)
			defer rdb.Close()
			var queued, revisit, seen float64
			for b.Loop() {
				rdb.FlushAll(ctx)
				q := mustOpenURL(b, url, nil)
				base := usedMemory(b, rdb)
				items := make([]redisq.Item, 0, 1000)
				for i := range n {
					items = append(items, redisq.Item{
						URL:       fmt.Sprintf("https://www.example-news.co.uk/world/2026/11/%02d/story-headline-words-%07d", 1+i%28, i),
						Depth:     1 + i%5,
						Published: time.Date(2026, 11, 1+i%28, 9, 0, 0, 0, time.UTC),
					})
					if len(items) == cap(items) {
						q.Push(ctx, items...)
						q.Flush(ctx)
						items = items[:0]
					}
				}
				after := usedMemory(b, rdb)
				queued = float64(after-base) / float64(n)
				now := time.Now()
				for i := range n {
					it, ok, _, err := q.Pop(ctx, now)
					if err != nil || !ok {
						b.Fatalf("pop %d: %v %v", i, ok, err)
					}
					it.ETag = `"5d41402abc4b2a76b9719d91"`
					it.LastModified = "Wed, 25 Nov 2026 09:00:00 GMT"
					rv := now.Add(time.Hour)
					if i%2 == 1 {
						rv = time.Time{}
					}
					if err := q.Complete(ctx, it, rv); err != nil {
						b.Fatal(err)
					}
				}
				done := usedMemory(b, rdb)
				// Half the URLs are kept for a revisit, half only seen:
				// the difference between the halves comes from a second
				// measurement with all of them seen only.
				rdb.Del(ctx, q.Prefix()+"revisit")
				var cursor uint64
				for {
					keys, next, err := rdb.HScan(ctx, q.Prefix()+"urls", cursor, "", 1000).Result()
					if err != nil {
						b.Fatal(err)
					}
					for i := 0; i < len(keys); i += 2 {
						rdb.HSet(ctx, q.Prefix()+"urls", keys[i], "")
					}
					if cursor = next; cursor == 0 {
						break
					}
				}
				onlySeen := usedMemory(b, rdb)
				seen = float64(onlySeen-base) / float64(n)
				revisit = 2*float64(done-base)/float64(n) - seen
			}
			b.ReportMetric(queued, "B/queued-url")
			b.ReportMetric(revisit, "B/revisit-url")
			b.ReportMetric(seen, "B/seen-url")
		})
	}
}
