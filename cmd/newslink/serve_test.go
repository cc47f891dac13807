package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newslink/fixtures"
	"newslink/store"
)

// startServe runs "newslink serve" in-process on a free loopback port and
// returns its base URL. The server is shut down when the test ends, and
// must then return nil.
func startServe(tb testing.TB, db string, o serveOptions) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	var stderr strings.Builder
	e := &env{stdout: io.Discard, stderr: &stderr, db: db, getenv: func(string) string { return "" },
		log: slog.New(slog.NewTextHandler(&stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, e, ln, o) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("serve: %v\n%s", err, stderr.String())
		}
	})
	base := "http://" + ln.Addr().String()
	// The listener is open before runServe starts: a request waits for it.
	res, err := http.Get(base + "/healthz")
	if err != nil {
		tb.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		select {
		case err := <-done:
			tb.Fatalf("serve: %v\n%s", err, stderr.String())
		default:
			tb.Fatalf("healthz: status %d", res.StatusCode)
		}
	}
	return base
}

// TestLink_PublishesSnapshot checks that link keeps the snapshot of a
// served database fresh, and publishes none where nothing serves.
func TestLink_PublishesSnapshot(t *testing.T) {
	db, _ := crawledFixture(t)
	if _, err := os.Stat(store.SnapshotPath(db)); err == nil {
		t.Fatalf("link published a snapshot of a database nobody serves")
	}
	startServe(t, db, serveOptions{}) // publishes the first one
	in := `{"url":"https://news.example/extra","headline":"Extra story","published":"2016-01-01","body":"An extra story about cyber crime arrests by the National Crime Agency."}`
	if _, stderr, err := runCmd(t, db, in, "import", "-"); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	if _, stderr, err := runCmd(t, db, "", "link"); err != nil {
		t.Fatalf("link: %v\n%s", err, stderr)
	}
	snap, err := store.Open(store.SnapshotPath(db), &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("link left no snapshot: %v", err)
	}
	defer snap.Close()
	if n, _ := snap.Count(context.Background()); n != len(fixtures.Stories())+1 {
		t.Errorf("snapshot has %d articles, want %d", n, len(fixtures.Stories())+1)
	}
}

func TestServe_RelatedOverHTTP(t *testing.T) {
	db, base := crawledFixture(t)
	srv := startServe(t, db, serveOptions{})
	story := fixtures.Stories()[0]
	want, _, err := runCmd(t, db, "", "related", "--json", base+story.Path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.Get(srv + "/api/related?" + url.Values{"url": {base + story.Path}}.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var got, wantBox relatedBox
	if err := json.NewDecoder(res.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want), &wantBox); err != nil {
		t.Fatal(err)
	}
	if len(got.Related) == 0 || len(got.Related) != len(wantBox.Related) {
		t.Fatalf("serve has %d related stories, newslink related %d", len(got.Related), len(wantBox.Related))
	}
	for i := range got.Related {
		if got.Related[i] != wantBox.Related[i] {
			t.Errorf("related #%d: serve %+v, newslink related %+v", i+1, got.Related[i], wantBox.Related[i])
		}
	}
}

func TestServe_PublishesMissingSnapshot(t *testing.T) {
	db, _ := crawledFixture(t)
	startServe(t, db, serveOptions{})
	if _, err := os.Stat(store.SnapshotPath(db)); err != nil {
		t.Errorf("serve published no snapshot: %v", err)
	}
}

func TestServe_Errors(t *testing.T) {
	dir := t.TempDir()
	locked, err := store.Open(filepath.Join(dir, "locked.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer locked.Close()
	tests := []struct {
		name     string
		db       string
		args     []string
		wantErr  string
		wantCode int
	}{
		{"no database", filepath.Join(dir, "none.db"), nil, "run newslink crawl and newslink link first", exitFailure},
		{"locked database", locked.Path(), nil, "run newslink link, which publishes the snapshot", exitLocked},
		{"bad origin", filepath.Join(dir, "none.db"), []string{"--cors-origin", "news.example.com", "--addr", "127.0.0.1:0"}, "", exitUsage},
		{"argument", filepath.Join(dir, "none.db"), []string{"extra"}, "unexpected argument", exitUsage},
		{"bad address", filepath.Join(dir, "none.db"), []string{"--addr", "nowhere:http:x"}, "--addr", exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"serve", "--addr", "127.0.0.1:0"}, tt.args...)
			_, _, err := runCmd(t, tt.db, "", args...)
			if err == nil {
				t.Fatal("serve succeeded")
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want %q", err, tt.wantErr)
			}
			if code := exitCode(context.Background(), err); code != tt.wantCode {
				t.Errorf("exit code %d, want %d (err %v)", code, tt.wantCode, err)
			}
			if tt.wantCode == exitUsage && errors.Is(err, store.ErrLocked) {
				t.Error("usage error wraps ErrLocked")
			}
		})
	}
}

// TestServe_CronWhileServing runs import and link, as cron would, while
// serve is up: neither waits for the server, and the server picks up the
// snapshot link publishes.
func TestServe_CronWhileServing(t *testing.T) {
	db, _ := crawledFixture(t)
	srv := startServe(t, db, serveOptions{reload: 10 * time.Millisecond})
	const u = "https://news.example.com/uk/2015/03/10/new-story"
	line := `{"url": "` + u + `", "headline": "Cyber crime arrests follow-up", "published": "2015-03-10", "body": "Police arrested more cyber crime suspects."}`
	if _, stderr, err := runCmd(t, db, line, "import", "-"); err != nil {
		t.Fatalf("import while serving: %v\n%s", err, stderr)
	}
	if _, stderr, err := runCmd(t, db, "", "link"); err != nil {
		t.Fatalf("link while serving: %v\n%s", err, stderr)
	}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(20 * time.Second)
	for {
		res, err := http.Get(srv + "/api/related?" + url.Values{"url": {u}}.Encode())
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode == http.StatusOK {
			return
		}
		select {
		case <-deadline:
			t.Fatalf("the linked article is not served after 20s (status %d)", res.StatusCode)
		case <-tick.C:
		}
	}
}
