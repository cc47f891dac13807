package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"newslink/server"
)

// TestServer_Load_APIRelated sends a bounded number of requests for
// /api/related over loopback from a few concurrent clients, checks that
// all succeed and logs the throughput and latency. It asserts no timing:
// BENCHMARKS.md records the figures measured with wrk.
func TestServer_Load_APIRelated(t *testing.T) {
	const (
		requests = 2000
		clients  = 8
	)
	var stories []story
	for i := range 200 {
		s := story{a: art(fmt.Sprintf("https://news.example.com/uk/%03d", i), fmt.Sprintf("Story %d", i), 1+i%28, "A summary.")}
		for j := 1; j <= 5; j++ {
			s.related = append(s.related, fmt.Sprintf("https://news.example.com/uk/%03d", (i+j)%200))
		}
		stories = append(stories, s)
	}
	f := newFixture(t, stories, server.Config{ReloadInterval: -1})
	ts := httptest.NewServer(f.srv)
	defer ts.Close()
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}

	lat := make([]time.Duration, requests)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			for i := c; i < requests; i += clients {
				u := ts.URL + relatedPath(fmt.Sprintf("https://news.example.com/uk/%03d", i%200))
				t0 := time.Now()
				res, err := client.Get(u)
				if err != nil {
					t.Errorf("request %d: %v", i, err)
					return
				}
				_, err = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				lat[i] = time.Since(t0)
				if err != nil || res.StatusCode != http.StatusOK {
					t.Errorf("request %d: status %d, %v", i, res.StatusCode, err)
					return
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	t.Logf("%d requests from %d clients in %v: %.0f requests/s; latency p50 %v, p99 %v, max %v",
		requests, clients, elapsed.Round(time.Millisecond), requests/elapsed.Seconds(),
		lat[requests/2], lat[requests*99/100], lat[requests-1])
}
