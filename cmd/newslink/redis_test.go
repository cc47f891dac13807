package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
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
)

// startRedis starts a redis-server on a free loopback port with its files
// in a temporary directory, and stops it when the test ends. It skips the
// test when redis-server is missing, except in CI (CI set) where it fails.
func startRedis(tb testing.TB) string {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("redis-server not found in PATH (.ci/run installs it): %v", err)
		}
		tb.Skip("redis-server not installed")
	}
	dir := tb.TempDir()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	log, err := os.Create(filepath.Join(dir, "redis.log"))
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(bin, "--port", fmt.Sprint(port), "--bind", "127.0.0.1", "--dir", dir,
		"--save", "", "--appendonly", "no")
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		tb.Fatalf("start redis-server: %v", err)
	}
	tb.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		log.Close()
	})
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	for deadline := time.Now().Add(10 * time.Second); ; {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Write([]byte("PING\r\n"))
			buf := make([]byte, 7)
			c.SetReadDeadline(time.Now().Add(time.Second))
			n, _ := c.Read(buf)
			c.Close()
			if string(buf[:n]) == "+PONG\r\n" {
				break
			}
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(log.Name())
			tb.Fatalf("redis-server on %s does not answer PING:\n%s", addr, out)
		}
		<-time.After(10 * time.Millisecond)
	}
	return "redis://" + addr + "/0"
}

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
// arrived.
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
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.hits = append(f.hits, hit{time.Now(), r.URL.Path})
		f.mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	tb.Cleanup(f.Close)
	return f
}

func (f *timedFixture) requests() []hit {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.hits)
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
	checkEveryStoryOnce(t, ingestAll(t, redisURL), site.URL)

	// Politeness held across the three workers: robots.txt was fetched
	// once, and no two requests came closer than the delay (give or take
	// the scheduling of a loaded test machine).
	var pages []time.Time
	robots := 0
	for _, h := range site.requests() {
		if h.path == "/robots.txt" {
			robots++
			continue
		}
		pages = append(pages, h.at)
	}
	if robots != 1 {
		t.Errorf("robots.txt fetched %d times, want once for all workers", robots)
	}
	slices.SortFunc(pages, func(a, b time.Time) int { return a.Compare(b) })
	minGap := time.Hour
	for i := 1; i < len(pages); i++ {
		minGap = min(minGap, pages[i].Sub(pages[i-1]))
	}
	mean := pages[len(pages)-1].Sub(pages[0]) / time.Duration(len(pages)-1)
	t.Logf("%d requests, closest %v apart, %v on average (delay %v)", len(pages), minGap, mean, delay)
	if minGap < delay*3/4 || mean < delay {
		t.Errorf("requests %v apart at the closest, %v on average: the %v delay was not kept across workers", minGap, mean, delay)
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
	// Kill one worker mid-crawl, while it holds leases.
	for deadline := time.Now().Add(30 * time.Second); len(site.requests()) < 30; {
		if time.Now().After(deadline) {
			t.Fatal("the crawl did not get going")
		}
		<-time.After(10 * time.Millisecond)
	}
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
	checkEveryStoryOnce(t, ingestAll(t, redisURL), site.URL)
}
