package server_test

import (
	"bufio"
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
// for it (coordinated omission). URLs are taken in file order, cycling. It runs only when NEWSLINK_LOADGEN_BASE
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
	// Request i is due at start + i/rate. Worker w sends requests w,
	// w+conns, w+2*conns, ...: it sleeps until one is due, or sends at
	// once when it is late, and counts the latency from the due time.
	total := int(float64(rate) * dur.Seconds())
	lat := make([]time.Duration, 0, total)
	var mu sync.Mutex
	var failed atomic.Int64
	var wg sync.WaitGroup
	start := time.Now().Add(100 * time.Millisecond)
	for w := range conns {
		wg.Go(func() {
			mine := make([]time.Duration, 0, total/conns+1)
			for i := w; i < total; i += conns {
				due := start.Add(time.Duration(float64(i) / float64(rate) * float64(time.Second)))
				if d := time.Until(due); d > 0 {
					time.Sleep(d)
				}
				u := base + "/api/related?url=" + urls[i%len(urls)]
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
				mine = append(mine, time.Since(due))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		})
	}
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
	t.Logf("open loop: %d req/s asked for %v over %d connections: %d answered (%.0f req/s), %d failed",
		rate, dur, conns, len(lat), float64(len(lat))/elapsed.Seconds(), failed.Load())
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
