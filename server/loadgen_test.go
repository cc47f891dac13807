package server_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoadGen is an open-loop load generator for a running "newslink
// serve", for BENCHMARKS.md. It sends GET /api/related at a fixed rate
// whatever the answers take, and measures each latency from when the
// request was due, so that a slow server is not hidden by clients waiting
// for it (coordinated omission). It runs only when NEWSLINK_LOADGEN_BASE
// is set:
//
//	NEWSLINK_LOADGEN_BASE=http://127.0.0.1:8080  server's base URL
//	NEWSLINK_LOADGEN_URLS=urls.txt                article URLs, one a line, query-escaped
//	NEWSLINK_LOADGEN_RATE=5000                    requests per second
//	NEWSLINK_LOADGEN_DURATION=30s                 how long
//	NEWSLINK_LOADGEN_CONNS=64                     connections (and workers)
//
//	go test ./server -run TestLoadGen -v -count=1
func TestLoadGen(t *testing.T) {
	base := os.Getenv("NEWSLINK_LOADGEN_BASE")
	if base == "" {
		t.Skip("set NEWSLINK_LOADGEN_BASE to run the load generator")
	}
	rate := envInt(t, "NEWSLINK_LOADGEN_RATE", 5000)
	conns := envInt(t, "NEWSLINK_LOADGEN_CONNS", 64)
	dur, err := time.ParseDuration(cmpOr(os.Getenv("NEWSLINK_LOADGEN_DURATION"), "30s"))
	if err != nil {
		t.Fatal(err)
	}
	urls := readLines(t, os.Getenv("NEWSLINK_LOADGEN_URLS"))

	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	due := make(chan time.Time, rate) // a second of backlog at most
	total := rate * int(dur.Seconds())
	lat := make([]time.Duration, 0, total)
	var mu sync.Mutex
	var failed, dropped atomic.Int64
	var wg sync.WaitGroup
	var next atomic.Int64
	for range conns {
		wg.Go(func() {
			var mine []time.Duration
			for d := range due {
				u := base + "/api/related?url=" + urls[int(next.Add(1))%len(urls)]
				res, err := client.Get(u)
				if err == nil {
					_, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", res.StatusCode)
					}
				}
				if err != nil {
					if failed.Add(1) <= 5 {
						t.Errorf("%s: %v", u, err)
					}
					continue
				}
				mine = append(mine, time.Since(d))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		})
	}

	// Dispatch in 1 ms steps: each step sends the requests due by then.
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	start := time.Now()
	tick := time.NewTicker(time.Millisecond)
	sent := 0
	for ctx.Err() == nil {
		now := <-tick.C
		for want := int(float64(rate) * now.Sub(start).Seconds()); sent < want && sent < total; sent++ {
			d := start.Add(time.Duration(float64(sent) / float64(rate) * float64(time.Second)))
			select {
			case due <- d:
			default:
				dropped.Add(1) // more than a second behind
			}
		}
	}
	tick.Stop()
	close(due)
	wg.Wait()
	elapsed := time.Since(start)
	tr.CloseIdleConnections()

	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	t.Logf("open loop: %d req/s asked for %v over %d connections: %d answered (%.0f req/s), %d failed, %d dropped (a second behind)",
		rate, dur, conns, len(lat), float64(len(lat))/elapsed.Seconds(), failed.Load(), dropped.Load())
	t.Logf("latency from due time: p50 %v  p90 %v  p99 %v  p99.9 %v  max %v",
		pct(0.50), pct(0.90), pct(0.99), pct(0.999), pct(1))
}

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive whole number", name, v)
	}
	return n
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func readLines(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("NEWSLINK_LOADGEN_URLS: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sc.Text() != "" {
			out = append(out, sc.Text())
		}
	}
	if len(out) == 0 {
		t.Fatalf("NEWSLINK_LOADGEN_URLS: no URLs in %s", path)
	}
	return out
}
