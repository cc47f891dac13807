package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
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

// The newslink binary, built once for the tests that run it as a user or
// cron would.
var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

// buildBinary builds the newslink command once per test run.
func buildBinary(tb testing.TB) string {
	tb.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "newslink-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "newslink")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		tb.Fatal(binErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// TestBinary_ExitCodes runs the binary as a script would and checks the
// documented exit codes and one-line errors.
func TestBinary_ExitCodes(t *testing.T) {
	bin := buildBinary(t)
	missing := filepath.Join(t.TempDir(), "missing.db")
	noDir := filepath.Join(t.TempDir(), "no", "such", "folder.db")
	imp := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(imp, []byte(`{"url":"https://a.example/1","headline":"A","body":"B"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"help", []string{"help"}, exitOK, ""},
		{"flag help", []string{"link", "-h"}, exitOK, "usage: newslink link"},
		{"no subcommand", nil, exitUsage, "no subcommand"},
		{"bad flag value", []string{"crawl", "--delay", "soon", "http://x/"}, exitUsage, `newslink: crawl: invalid value "soon" for flag -delay`},
		{"missing database", []string{"--db", missing, "related", "http://x/"}, exitFailure, "no such database"},
		// Commands that only work on what is stored do not create a
		// database at a mistyped path.
		{"link, missing database", []string{"--db", missing, "link"}, exitFailure, "no such database"},
		{"reextract, missing database", []string{"--db", missing, "reextract"}, exitFailure, "no such database"},
		{"compact, missing database", []string{"--db", missing, "compact"}, exitFailure, "no such database"},
		// A refused configuration makes no database (nor WARC folder).
		{"bad crawl config, missing database", []string{"--db", missing, "crawl", "--max-pages", "-3", "--warc", filepath.Join(filepath.Dir(missing), "warc"), "http://x.example/"}, exitUsage, "max_pages: must not be negative"},
		{"bad seed, missing database", []string{"--db", missing, "crawl", "ftp://x.example/"}, exitUsage, `seed "ftp://x.example/"`},
		{"database in a missing folder", []string{"--db", noDir, "import", imp}, exitFailure, "store: open " + noDir + ": no such file or directory"},
		{"missing import file", []string{"--db", missing, "import", "/nonexistent/file.jsonl"}, exitFailure, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			cmd.Run()
			if code := cmd.ProcessState.ExitCode(); code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr %q, want it to contain %q", stderr.String(), tt.wantStderr)
			}
			if strings.HasSuffix(tt.name, "missing database") {
				for _, p := range []string{missing, filepath.Join(filepath.Dir(missing), "warc")} {
					if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
						t.Errorf("%s exists after the run (%v), want no file made", p, err)
					}
				}
			}
			if tt.wantCode != exitOK && strings.Count(strings.TrimSpace(stderr.String()), "\n") > 0 && tt.name != "no subcommand" {
				t.Errorf("stderr has several lines, want one:\n%s", stderr.String())
			}
		})
	}
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
