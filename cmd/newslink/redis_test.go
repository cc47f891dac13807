package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"newslink"
	"newslink/fixtures"
	"newslink/store"
	"newslink/store/redisq"
	"newslink/store/redisq/redistest"
)

// startRedis starts a redis-server for the test (see redistest.Start).
func startRedis(tb testing.TB) string { return redistest.Start(tb) }

// buildWorker builds the newslink command into a temporary directory.
func buildWorker(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "newslink")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// timedFixture serves the fixture site and records when each request
// arrived, on the kernel's clock (see stamped).
type timedFixture struct {
	*httptest.Server
	mu   sync.Mutex
	hits []hit
}

type hit struct {
	at   time.Time
	path string
}

func newTimedFixture(tb testing.TB) *timedFixture {
	f := &timedFixture{}
	h := fixtures.Handler()
	var arrival func(*http.Request) time.Time
	f.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		at := arrival(r)
		f.mu.Lock()
		f.hits = append(f.hits, hit{at, r.URL.RequestURI()})
		f.mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	arrival = stamped(tb, f.Server)
	f.Start()
	tb.Cleanup(f.Close)
	return f
}

func (f *timedFixture) requests() []hit {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.hits)
}

// waitRequests waits until the site has had n requests.
func waitRequests(tb testing.TB, site *timedFixture, n int) {
	tb.Helper()
	for deadline := time.Now().Add(30 * time.Second); len(site.requests()) < n; {
		if time.Now().After(deadline) {
			tb.Fatalf("the crawl did not get going: %d requests", len(site.requests()))
		}
		<-time.After(10 * time.Millisecond)
	}
}

// worker is a "newslink crawl --redis" subprocess.
type worker struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
}

func startWorker(tb testing.TB, bin, redisURL, seed string, extra ...string) *worker {
	tb.Helper()
	args := append([]string{"--log-level", "warn", "crawl", "--redis", redisURL, "--quiet"}, extra...)
	w := &worker{cmd: exec.Command(bin, append(args, seed)...)}
	w.cmd.Stderr = &w.stderr
	if err := w.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { w.cmd.Process.Kill(); w.cmd.Wait() })
	return w
}

// ingestAll runs "newslink ingest" into a fresh database and returns its path.
func ingestAll(tb testing.TB, redisURL string) string {
	tb.Helper()
	db := filepath.Join(tb.TempDir(), "news.db")
	out, stderr, err := runCmd(tb, db, "", "ingest", "--redis", redisURL, "--json")
	if err != nil {
		tb.Fatalf("ingest: %v\n%s", err, stderr)
	}
	tb.Logf("ingest: %s", strings.TrimSpace(out))
	return db
}

// checkEveryStoryOnce fails unless the database holds each fixture story
// once and nothing else.
func checkEveryStoryOnce(tb testing.TB, path, base string) {
	tb.Helper()
	db, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	stories := fixtures.Stories()
	if n, _ := db.Count(ctx); n != len(stories) {
		tb.Errorf("stored %d articles, want %d (each fixture story once)", n, len(stories))
	}
	for _, s := range stories {
		if _, err := db.Article(ctx, base+s.Path); err != nil {
			tb.Errorf("story %s: %v", s.Path, err)
		}
	}
	urls := map[string]bool{}
	db.ForEachArticle(ctx, func(a *newslink.Article) error {
		if urls[a.URL] {
			tb.Errorf("%s stored twice", a.URL)
		}
		urls[a.URL] = true
		return nil
	})
}

func TestRedis_ThreeWorkersOneIngester(t *testing.T) {
	redisURL := startRedis(t)
	bin := buildWorker(t)
	site := newTimedFixture(t)
	const delay = 100 * time.Millisecond
	var ws []*worker
	for range 3 {
		ws = append(ws, startWorker(t, bin, redisURL, site.URL+"/",
			"--delay", delay.String(), "--workers", "3", "--concurrency", "3"))
	}
	for i, w := range ws {
		if err := w.cmd.Wait(); err != nil {
			t.Fatalf("worker %d: %v\n%s", i, err, w.stderr.String())
		}
	}
	// The writer runs after the workers here, so that the site's clock
	// (in this process) is not held up by it; see the next test for a
	// writer running alongside.
	checkEveryStoryOnce(t, ingestAll(t, redisURL), site.URL)

	// Every URL, the seed and robots.txt included, was fetched by one
	// worker only.
	var pages []hit
	count := map[string]int{}
	for _, h := range site.requests() {
		count[h.path]++
		if count[h.path] == 2 {
			t.Errorf("%s fetched more than once", h.path)
		}
		if h.path != "/robots.txt" {
			pages = append(pages, h)
		}
	}
	checkSpacing(t, pages, delay)
}

// checkSpacing checks, on the site's clock (when the kernel received
// each request), that the workers together sent requests no closer than
// delay: between any two, over any six in a row, and on average, with 2%
// for the clocks' rounding. The limiter lets a request start only delay
// after the one before it was written, however late a worker was for its
// slot or between its start and its write, as a loaded machine makes them.
// Before it did, requests came within a millisecond of each other there.
func checkSpacing(tb testing.TB, pages []hit, delay time.Duration) {
	tb.Helper()
	slices.SortFunc(pages, func(a, b hit) int { return a.at.Compare(b.at) })
	const k = 5
	minGap, minSpan := time.Hour, time.Hour
	for i := 1; i < len(pages); i++ {
		minGap = min(minGap, pages[i].at.Sub(pages[i-1].at))
		if i >= k {
			minSpan = min(minSpan, pages[i].at.Sub(pages[i-k].at))
		}
	}
	mean := pages[len(pages)-1].at.Sub(pages[0].at) / time.Duration(len(pages)-1)
	tb.Logf("%d requests: %v apart on average, %d in a row within %v at the closest, two within %v (delay %v)",
		len(pages), mean, k+1, minSpan, minGap, delay)
	if mean < delay*98/100 || minSpan < k*delay*98/100 || minGap < delay*98/100 {
		for i := 1; i < len(pages); i++ {
			tb.Logf("%8v %s", pages[i].at.Sub(pages[i-1].at).Round(time.Microsecond), pages[i].path)
		}
		tb.Errorf("the %v delay was not kept across workers", delay)
	}
}

func TestRedis_WorkerKilledLosesNothing(t *testing.T) {
	redisURL := startRedis(t)
	bin := buildWorker(t)
	site := newTimedFixture(t)
	// Short leases, so that the killed worker's URLs come back soon.
	leased := redisURL + "?lease=2s"
	args := []string{"--delay", "40ms", "--workers", "4", "--concurrency", "4"}
	var ws []*worker
	for range 3 {
		ws = append(ws, startWorker(t, bin, leased, site.URL+"/", args...))
	}
	// The writer runs alongside the workers, once the crawl is under way.
	waitRequests(t, site, 1)
	db := make(chan string, 1)
	go func() { db <- ingestAll(t, redisURL) }()
	// Kill one worker mid-crawl, while it holds leases.
	waitRequests(t, site, 30)
	if err := ws[0].cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	ws[0].cmd.Wait()
	before := len(site.requests())
	for i, w := range ws[1:] {
		if err := w.cmd.Wait(); err != nil {
			t.Fatalf("worker %d: %v\n%s", i+1, err, w.stderr.String())
		}
	}
	t.Logf("killed a worker after %d requests; %d in all", before, len(site.requests()))
	select {
	case path := <-db:
		checkEveryStoryOnce(t, path, site.URL)
	case <-time.After(30 * time.Second):
		t.Fatal("ingest did not end when the crawl was drained")
	}
}

func TestIngest_ResumesPendingEntries(t *testing.T) {
	ctx := context.Background()
	redisURL := startRedis(t)
	q, err := redisq.Open(ctx, redisURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	// A worker publishes two articles.
	for _, u := range []string{"https://news.example/a", "https://news.example/b"} {
		q.Push(ctx, redisq.Item{URL: u})
		it, _, _, err := q.Pop(ctx, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		q.PutArticle(ctx, &newslink.Article{URL: it.URL, Headline: "Story " + u, Body: "Text."})
		if err := q.Complete(ctx, it, time.Time{}); err != nil {
			t.Fatal(err)
		}
	}
	// A writer reads them and is killed before storing them.
	if got, err := q.Reader(ingestConsumer).Read(ctx, 10, -1); err != nil || len(got) != 2 {
		t.Fatalf("read %d entries (err %v), want 2", len(got), err)
	}
	path := ingestAll(t, redisURL)
	db, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, _ := db.Count(ctx); n != 2 {
		t.Errorf("stored %d articles, want the 2 left pending", n)
	}
	if drained, err := q.Drained(ctx); err != nil || !drained {
		t.Errorf("drained = %v (err %v) after ingest, want true: acknowledged entries are deleted", drained, err)
	}
}

func TestIngest_ExitCodes(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"no redis", []string{"ingest"}, exitUsage},
		{"bad redis url", []string{"ingest", "--redis", "http://127.0.0.1:6379/0"}, exitUsage},
		{"argument", []string{"ingest", "--redis", "redis://127.0.0.1:6379/0", "extra"}, exitUsage},
		{"bad batch", []string{"ingest", "--redis", "redis://127.0.0.1:6379/0", "--batch", "0"}, exitUsage},
		{"redis down", []string{"ingest", "--redis", "redis://127.0.0.1:1/0"}, exitFailure},
		{"crawl bad redis url", []string{"crawl", "--redis", "redis://127.0.0.1:6379/0?lease=-1s", "http://127.0.0.1:1/"}, exitUsage},
		{"crawl redis down", []string{"crawl", "--redis", "redis://127.0.0.1:1/0", "http://127.0.0.1:1/"}, exitFailure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCmd(t, filepath.Join(dir, "x.db"), "", tt.args...)
			if got := exitCode(context.Background(), err); got != tt.wantCode {
				t.Errorf("exit code %d (err %v), want %d", got, err, tt.wantCode)
			}
		})
	}
}
