package redisq_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"newslink/store/redisq"
)

// serverMicros returns the CPU time Redis has spent in commands, from
// INFO commandstats.
func serverMicros(tb testing.TB, rdb *redis.Client) int64 {
	tb.Helper()
	info, err := rdb.Info(context.Background(), "commandstats").Result()
	if err != nil {
		tb.Fatal(err)
	}
	var sum int64
	for _, m := range regexp.MustCompile(`,usec=(\d+),`).FindAllStringSubmatch(info, -1) {
		v, _ := strconv.ParseInt(m[1], 10, 64)
		sum += v
	}
	return sum
}

// BenchmarkQueue_Page measures the frontier's work for one page as a
// worker does it: push the page's links, claim the next URL, reserve the
// host's slot and complete the page (with its article). Links are new
// URLs, so the queue grows as in a crawl that fans out. redis-µs/page is
// the Redis server's own time per page, which bounds the pages per second
// one Redis serves for all workers together.
func BenchmarkQueue_Page(b *testing.B) {
	ctx := context.Background()
	url := startRedis(b)
	ro, _ := redis.ParseURL(url)
	rdb := redis.NewClient(ro)
	defer rdb.Close()
	for _, links := range []int{0, 10, 50} {
		b.Run(fmt.Sprintf("links=%d", links), func(b *testing.B) {
			q := mustOpenURL(b, fmt.Sprintf("%s?prefix=bench%d:", url, links), nil)
			q.Push(ctx, redisq.Item{URL: "https://news.example/"})
			now := time.Now()
			n := 0
			b.ReportAllocs()
			start, cpu := q.RoundTrips(), serverMicros(b, rdb)
			for b.Loop() {
				it, ok, _, err := q.Pop(ctx, now)
				if err != nil || !ok {
					b.Fatalf("pop: %v %v", ok, err)
				}
				if _, err := q.Reserve(ctx, "news.example", 0, now); err != nil {
					b.Fatal(err)
				}
				items := make([]redisq.Item, links)
				for i := range items {
					n++
					items[i] = redisq.Item{URL: fmt.Sprintf("https://news.example/world/2026/11/25/story-%d", n), Depth: it.Depth + 1}
				}
				q.Push(ctx, items...)
				if links == 0 {
					n++
					q.Push(ctx, redisq.Item{URL: fmt.Sprintf("https://news.example/next-%d", n)})
				}
				if err := q.Complete(ctx, it, now.Add(time.Hour)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(q.RoundTrips()-start)/float64(b.N), "trips/page")
			b.ReportMetric(float64(serverMicros(b, rdb)-cpu)/float64(b.N), "redis-µs/page")
		})
	}
}
