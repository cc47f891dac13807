package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"newslink/fixtures"
	"newslink/store"
)

// buildBinary builds the newslink command once per test.
func buildBinary(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "newslink")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// slowFixture serves the fixture site with a delay on every story page and
// counts the requests for each path.
type slowFixture struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	total int
}

func newSlowFixture(t *testing.T, delay time.Duration) *slowFixture {
	s := &slowFixture{hits: map[string]int{}}
	stories := map[string]bool{}
	for _, st := range fixtures.Stories() {
		stories[st.Path] = true
	}
	h := fixtures.Handler()
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if stories[r.URL.Path] {
			s.mu.Lock()
			s.hits[r.URL.Path]++
			s.total++
			s.mu.Unlock()
			time.Sleep(delay) // a slow server, so that the crawl can be stopped midway
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *slowFixture) storyHits() (total int, most int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range s.hits {
		most = max(most, n)
	}
	return s.total, most
}

// waitForHits waits until the server has answered n story requests.
func (s *slowFixture) waitForHits(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if total, _ := s.storyHits(); total >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the crawl did not reach %d story requests", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestCrawl_ResumesAfterKill kills a crawl with SIGKILL midway (and, in the
// second case, stops one with SIGTERM) and runs it again: every story is
// stored once, and no story is fetched more than twice (only the requests
// in flight at the kill are repeated).
func TestCrawl_ResumesAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			srv := newSlowFixture(t, 20*time.Millisecond)
			db := filepath.Join(t.TempDir(), "resume.db")
			args := []string{"--db", db, "--log-level", "error", "crawl", "--delay=-1s", "--workers", "2", "--concurrency", "2", srv.URL + "/"}
			cmd := exec.Command(bin, args...)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			srv.waitForHits(t, 12)
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			code := cmd.ProcessState.ExitCode()
			if sig == syscall.SIGTERM && code != exitInterrupted {
				t.Errorf("after SIGTERM: exit code %d (%v), want %d", code, err, exitInterrupted)
			}
			before, _ := srv.storyHits()

			out, err := exec.Command(bin, args...).CombinedOutput()
			if err != nil {
				t.Fatalf("second run: %v\n%s", err, out)
			}
			d, err := store.Open(db, &store.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			n, _ := d.Count(context.Background())
			stories := len(fixtures.Stories())
			if n != stories {
				t.Errorf("stored %d articles after resuming, want %d", n, stories)
			}
			total, most := srv.storyHits()
			if most > 2 || total > stories+2 {
				t.Errorf("story requests: %d in all (%d before the stop), at most %d for one story; want each story once, bar the 2 in flight at the stop", total, before, most)
			}
			if !strings.Contains(string(out), "articles") {
				t.Errorf("second run printed no summary:\n%s", out)
			}
		})
	}
}
