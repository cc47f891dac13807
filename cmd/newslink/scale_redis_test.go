package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// slowSites starts n loopback sites of pages articles each, every
// response 20 ms late, and returns their root URLs. Article i links to
// articles i+1 to i+3, so the crawl fans out from the front page.
func slowSites(tb testing.TB, n, pages int) *slowSiteSet {
	tb.Helper()
	set := &slowSiteSet{}
	body := strings.Repeat("The council met on Tuesday to discuss the budget for the coming year. ", 8)
	for range n {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			set.hit()
			<-time.After(20 * time.Millisecond)
			var i int
			switch {
			case r.URL.Path == "/":
			case strings.HasPrefix(r.URL.Path, "/news/story-number-"):
				v, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/news/story-number-"))
				if err != nil || v < 1 || v > pages {
					http.NotFound(w, r)
					return
				}
				i = v
			default:
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Story %d</title>
<meta property="og:type" content="%s"></head><body><article><h1>Council story %d</h1>
<time datetime="2026-11-%02dT09:00:00Z">%d November 2026</time><p>%s</p><p>%s</p></article><nav>`,
				i, map[bool]string{true: "website", false: "article"}[i == 0], i, 1+i%28, 1+i%28, body, body)
			for j := 2*i + 1; j <= min(2*i+2, pages); j++ {
				fmt.Fprintf(w, `<a href="/news/story-number-%d">story %d</a> `, j, j)
			}
			fmt.Fprint(w, `</nav></body></html>`)
		}))
		tb.Cleanup(srv.Close)
		set.roots = append(set.roots, srv.URL+"/")
	}
	return set
}

// slowSiteSet is the sites of slowSites and what they served.
type slowSiteSet struct {
	roots       []string
	mu          sync.Mutex
	n           int
	first, last time.Time
}

func (s *slowSiteSet) hit() {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	if s.n == 0 {
		s.first = now
	}
	s.n++
	s.last = now
}

func (s *slowSiteSet) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n = 0
}

func (s *slowSiteSet) stats() (int, time.Time, time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n, s.first, s.last
}

// crawlProcesses runs k "newslink crawl --redis" processes of inFlight
// requests each on one crawl of roots, and returns the pages fetched per
// second (from the first request to the last, as the sites saw them) and
// the Redis round trips per page of all workers together.
func crawlProcesses(tb testing.TB, bin, redisURL string, sites *slowSiteSet, k, inFlight int) (perSecond, tripsPerPage float64) {
	tb.Helper()
	sites.reset()
	n := strconv.Itoa(inFlight)
	var ws []*worker
	for range k {
		w := &worker{cmd: exec.Command(bin, append([]string{"--log-level", "debug", "crawl", "--redis", redisURL, "--quiet",
			"--delay=-1s", "--max-depth", "64", "--workers", n, "--concurrency", n}, sites.roots...)...)}
		w.cmd.Stderr = &w.stderr
		if err := w.cmd.Start(); err != nil {
			tb.Fatal(err)
		}
		ws = append(ws, w)
	}
	var trips int64
	for _, w := range ws {
		if err := w.cmd.Wait(); err != nil {
			tb.Fatalf("worker: %v\n%s", err, w.stderr.String())
		}
		m := regexp.MustCompile(`msg=redis round_trips=(\d+)`).FindStringSubmatch(w.stderr.String())
		if m == nil {
			tb.Fatalf("worker logged no round trips")
		}
		v, _ := strconv.ParseInt(m[1], 10, 64)
		trips += v
	}
	pages, first, last := sites.stats()
	return float64(pages-1) / last.Sub(first).Seconds(), float64(trips) / float64(pages)
}

// BenchmarkRedisCrawl measures a distributed crawl of 32 slow loopback
// sites (20 ms per response, no per-host delay) by 1, 2 and 4 worker
// processes of 4 requests in flight each: pages/s and Redis round trips
// per page. Each iteration crawls everything afresh (a new key prefix).
func BenchmarkRedisCrawl(b *testing.B) {
	redisURL := startRedis(b)
	bin := buildWorker(b)
	sites := slowSites(b, 32, 100)
	for _, k := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", k), func(b *testing.B) {
			var rate, trips float64
			run := 0
			for b.Loop() {
				run++
				r, t := crawlProcesses(b, bin, fmt.Sprintf("%s?prefix=bench%d-%d:", redisURL, k, run), sites, k, 4)
				rate, trips = rate+r, trips+t
			}
			b.ReportMetric(rate/float64(run), "pages/s")
			b.ReportMetric(trips/float64(run), "trips/page")
		})
	}
}
