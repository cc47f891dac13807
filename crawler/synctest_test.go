package crawler_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"newslink/crawler"
)

// memSite serves a handler to the crawler through an in-memory transport,
// so that a crawl runs inside a synctest bubble: its politeness waits pass
// in fake time, instantly, and every request is recorded with the fake
// time it arrived at.
type memSite struct {
	h    http.HandlerFunc
	mu   sync.Mutex
	hits []hit
}

func (m *memSite) RoundTrip(req *http.Request) (*http.Response, error) {
	m.mu.Lock()
	m.hits = append(m.hits, hit{req.URL.RequestURI(), time.Now(), req.Header.Clone()})
	m.mu.Unlock()
	rec := httptest.NewRecorder()
	m.h(rec, req)
	res := rec.Result()
	res.Request = req
	return res, nil
}

func (m *memSite) requests(path string) []time.Time {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []time.Time
	for _, h := range m.hits {
		if h.path == path {
			out = append(out, h.at)
		}
	}
	return out
}

// TestCrawl_Politeness_FakeTime checks the waits a crawl makes, in fake
// time: the configured delay between two requests to a host, a longer
// robots.txt Crawl-delay, and a 429's Retry-After.
func TestCrawl_Politeness_FakeTime(t *testing.T) {
	tests := []struct {
		name    string
		robots  string
		delay   time.Duration
		limited bool          // the first article request gets 429 with Retry-After: 30
		wantGap time.Duration // least time between two page requests
	}{
		{name: "--delay 5s", delay: 5 * time.Second, wantGap: 5 * time.Second},
		{name: "Crawl-delay 12 wins over --delay 1s", robots: "User-agent: *\nCrawl-delay: 12\n", delay: time.Second, wantGap: 12 * time.Second},
		{name: "Retry-After 30", delay: -1, limited: true, wantGap: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				var mu sync.Mutex
				limited := tt.limited
				site := &memSite{}
				site.h = func(w http.ResponseWriter, r *http.Request) {
					switch r.URL.Path {
					case "/robots.txt":
						fmt.Fprint(w, tt.robots)
					case "/":
						fmt.Fprint(w, `<a href="/a/first-story-here">1</a><a href="/b/second-story-here">2</a>`)
					case "/a/first-story-here", "/b/second-story-here":
						mu.Lock()
						l := limited
						limited = false
						mu.Unlock()
						if l {
							w.Header().Set("Retry-After", "30")
							http.Error(w, "slow down", http.StatusTooManyRequests)
							return
						}
						fmt.Fprint(w, articlePage("Story "+r.URL.Path, ""))
					default:
						http.NotFound(w, r) // sitemaps and feeds guessed at
					}
				}
				sink := &memSink{}
				start := time.Now()
				_, err := crawler.Crawl(t.Context(), crawler.Config{Seeds: []string{"http://news.example/"}, Delay: tt.delay,
					Workers: 4, Concurrency: 4, Transport: site, RetryBackoff: time.Second}, &crawler.MemFrontier{}, sink, nil)
				if err != nil {
					t.Fatal(err)
				}
				if sink.len() != 2 {
					t.Fatalf("stored %d articles, want 2", sink.len())
				}
				var pages []time.Time
				site.mu.Lock()
				for _, h := range site.hits {
					if h.path == "/" || h.path == "/a/first-story-here" || h.path == "/b/second-story-here" {
						pages = append(pages, h.at)
					}
				}
				site.mu.Unlock()
				for i := 1; i < len(pages); i++ {
					if gap := pages[i].Sub(pages[i-1]); gap < tt.wantGap {
						t.Errorf("request %d came %v after the one before, want at least %v", i, gap, tt.wantGap)
					}
				}
				if tt.limited {
					first := append(site.requests("/a/first-story-here"), site.requests("/b/second-story-here")...)
					if elapsed := time.Since(start); elapsed < 30*time.Second {
						t.Errorf("the crawl took %v after a 429 with Retry-After: 30, want at least 30s", elapsed)
					}
					if len(first) != 3 {
						t.Errorf("%d article requests, want 3 (one refused, asked again after Retry-After)", len(first))
					}
				}
			})
		})
	}
}

// lateLimiter is a MemLimiter whose third reservation returns only after
// its slot has passed, by late: a sender held up between booking a slot
// and sending (a process not scheduled, a slow round trip to a shared
// limiter), while the senders of the next slots come on time.
type lateLimiter struct {
	*crawler.MemLimiter
	late time.Duration
	mu   sync.Mutex
	n    int
}

func (l *lateLimiter) Reserve(ctx context.Context, host string, delay time.Duration, now time.Time) (time.Time, error) {
	at, err := l.MemLimiter.Reserve(ctx, host, delay, now)
	l.mu.Lock()
	l.n++
	n := l.n
	l.mu.Unlock()
	if n == 3 {
		time.Sleep(at.Sub(now) + l.late)
	}
	return at, err
}

// stallSite is a memSite whose third request reaches it only after
// stall: a sender held up after the limiter let it go, before its request
// is written.
type stallSite struct {
	*memSite
	stall time.Duration
	mu    sync.Mutex
	n     int
}

func (s *stallSite) RoundTrip(req *http.Request) (*http.Response, error) {
	s.mu.Lock()
	s.n++
	n := s.n
	s.mu.Unlock()
	if n == 3 {
		time.Sleep(s.stall)
	}
	return s.memSite.RoundTrip(req)
}

// TestCrawl_Politeness_LateSender checks, in fake time, that a request
// sent late, whether late for its slot or held up after the limiter let
// it go, does not come close to the next one: the delay counts from when
// requests are sent, not from the slots they booked. And that robots.txt
// is no exception.
func TestCrawl_Politeness_LateSender(t *testing.T) {
	tests := []struct {
		name            string
		lateSlot, stall time.Duration
	}{
		{name: "late for its slot", lateSlot: 80 * time.Millisecond},
		{name: "held up before sending", stall: 80 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				site := &memSite{}
				site.h = func(w http.ResponseWriter, r *http.Request) {
					switch {
					case r.URL.Path == "/":
						for i := range 8 {
							fmt.Fprintf(w, `<a href="/news/story-number-%d">%d</a>`, i, i)
						}
					case strings.HasPrefix(r.URL.Path, "/news/"):
						fmt.Fprint(w, articlePage("Story "+r.URL.Path, ""))
					default:
						http.NotFound(w, r) // robots.txt, sitemaps and feeds guessed at
					}
				}
				const delay = 100 * time.Millisecond
				lim := &lateLimiter{MemLimiter: &crawler.MemLimiter{}, late: tt.lateSlot}
				sink := &memSink{}
				_, err := crawler.Crawl(t.Context(), crawler.Config{Seeds: []string{"http://news.example/"}, Delay: delay,
					Workers: 3, Concurrency: 3, Transport: &stallSite{memSite: site, stall: tt.stall}, Limiter: lim},
					&crawler.MemFrontier{}, sink, nil)
				if err != nil {
					t.Fatal(err)
				}
				if sink.len() != 8 {
					t.Fatalf("stored %d articles, want 8", sink.len())
				}
				site.mu.Lock()
				defer site.mu.Unlock()
				// robots.txt included: it takes its turn too.
				var prev hit
				for i, h := range site.hits {
					if i > 0 && h.at.Sub(prev.at) < delay {
						t.Errorf("request %d (%s) came %v after %s, want at least %v", i, h.path, h.at.Sub(prev.at), prev.path, delay)
					}
					prev = h
				}
				if lim.n < 5 {
					t.Errorf("%d reservations, want the late one followed by others", lim.n)
				}
			})
		})
	}
}
