package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"newslink"
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

// health is what /healthz answers.
type health struct {
	Generation uint64 `json:"generation"`
	Articles   int    `json:"articles"`
}

func getHealth(tb testing.TB, srv string) health {
	tb.Helper()
	res, err := http.Get(srv + "/healthz")
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	var h health
	if err := json.NewDecoder(res.Body).Decode(&h); err != nil {
		tb.Fatal(err)
	}
	return h
}

// linkLogged runs link with debug logging and returns its log.
func linkLogged(tb testing.TB, db string, args ...string) string {
	tb.Helper()
	var out, log strings.Builder
	err := run(context.Background(), append([]string{"--db", db, "--log-level", "debug", "link", "--lock-wait", "0"}, args...),
		strings.NewReader(""), &out, &log, func(string) string { return "" })
	if err != nil {
		tb.Fatalf("link: %v\n%s", err, log.String())
	}
	return log.String()
}

// importStories imports n new articles about cyber crime, which link to
// the fixture's stories.
func importStories(tb testing.TB, db string, round, n int) {
	tb.Helper()
	var in strings.Builder
	for i := range n {
		fmt.Fprintf(&in, `{"url": "https://news.example.com/uk/2015/03/%02d/round-%d-story-%d", "headline": "Cyber crime arrests, part %d.%d", "published": "2015-03-%02d", "body": "Police and the National Crime Agency arrested more cyber crime suspects in round %d, story %d, after the attacks on banks."}`+"\n",
			10+round, round, i, round, i, 10+round, round, i)
	}
	if _, stderr, err := runCmd(tb, db, in.String(), "import", "-"); err != nil {
		tb.Fatalf("import: %v\n%s", err, stderr)
	}
}

// waitGeneration waits until the server serves a generation after gen.
func waitGeneration(tb testing.TB, srv string, gen uint64) health {
	tb.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		h := getHealth(tb, srv)
		if h.Generation > gen {
			return h
		}
		if time.Now().After(deadline) {
			tb.Fatalf("still generation %d after 20s", h.Generation)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// servedAsStored fails unless every article of the database is served
// with the Related Stories list the database holds.
func servedAsStored(tb testing.TB, db, srv string) {
	tb.Helper()
	ctx := context.Background()
	main, err := store.Open(db, &store.Options{ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer main.Close()
	n := 0
	err = main.ForEachArticle(ctx, func(a *newslink.Article) error {
		n++
		want, err := main.Related(ctx, a.ID)
		if err != nil {
			return err
		}
		res, err := http.Get(srv + "/api/related?" + url.Values{"url": {a.URL}}.Encode())
		if err != nil {
			return err
		}
		defer res.Body.Close()
		var got relatedBox
		if err := json.NewDecoder(res.Body).Decode(&got); err != nil {
			return fmt.Errorf("%s: status %d: %w", a.URL, res.StatusCode, err)
		}
		if got.Headline != a.Headline || len(got.Related) != len(want) {
			tb.Errorf("%s: served %q with %d related, stored %q with %d", a.URL, got.Headline, len(got.Related), a.Headline, len(want))
			return nil
		}
		for i := range want {
			if got.Related[i].URL != want[i].URL || math.Abs(got.Related[i].Score-want[i].Score) > 1e-3 {
				tb.Errorf("%s: related #%d served %s (%.3f), stored %s (%.3f)", a.URL, i+1,
					got.Related[i].URL, got.Related[i].Score, want[i].URL, want[i].Score)
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if h := getHealth(tb, srv); h.Articles != n {
		tb.Errorf("served %d articles, stored %d", h.Articles, n)
	}
}

// TestServe_LinkPublishesChangesWhileServing runs import and link rounds
// while serve reads: every link after the first two brings the serving
// file that serve let go of up to date with the changes only, and what
// serve answers then is what the database holds.
func TestServe_LinkPublishesChangesWhileServing(t *testing.T) {
	db, _ := crawledFixture(t)
	srv := startServe(t, db, serveOptions{reload: 10 * time.Millisecond})
	h := getHealth(t, srv)
	servedAsStored(t, db, srv)
	for round := range 4 {
		importStories(t, db, round, 3)
		log := linkLogged(t, db)
		// serve wrote the first serving file from the database opened
		// read-only, where no publish log is kept: the first two links
		// write the files whole (the second one because the first was
		// written before the log started); then each is updated in turn.
		wantUpdate := round > 1
		if got := strings.Contains(log, "published snapshot: updated"); got != wantUpdate {
			t.Errorf("round %d: publish updated the file: %v, want %v\n%s", round, got, wantUpdate, log)
		}
		h = waitGeneration(t, srv, h.Generation)
		servedAsStored(t, db, srv)
	}
	for _, suffix := range store.ServingSuffixes {
		if _, err := os.Stat(store.SnapshotPath(db) + suffix); err != nil {
			t.Errorf("serving file: %v", err)
		}
	}
	// A rebuild replaces every list: the file is updated with all of them.
	importStories(t, db, 9, 1)
	if log := linkLogged(t, db, "--rebuild"); !strings.Contains(log, "published snapshot: updated") || !strings.Contains(log, "lists=-1") {
		t.Errorf("link --rebuild:\n%s", log)
	}
	h = waitGeneration(t, srv, h.Generation)
	servedAsStored(t, db, srv)
	// A link with nothing new leaves the served file as it is: serve
	// need not reload.
	served, _ := os.Readlink(store.SnapshotPath(db))
	if log := linkLogged(t, db); !strings.Contains(log, "published snapshot: unchanged") {
		t.Errorf("link with nothing new:\n%s", log)
	}
	if now, _ := os.Readlink(store.SnapshotPath(db)); now != served {
		t.Errorf("link with nothing new switched the snapshot from %s to %s", served, now)
	}
}

// TestServe_LinkNeverWaitsForServe: a server that has not switched away
// from the file link would update (here: one reloading only on SIGHUP)
// makes link write that file anew, without waiting; the server keeps
// answering from the file it has open.
func TestServe_LinkNeverWaitsForServe(t *testing.T) {
	db, _ := crawledFixture(t)
	srv := startServe(t, db, serveOptions{reload: 0})
	before := getHealth(t, srv)
	for round := range 2 {
		importStories(t, db, round, 2)
		log := linkLogged(t, db)
		if round == 1 && !strings.Contains(log, `why="a reader still holds it"`) {
			t.Errorf("link did not write the held file anew:\n%s", log)
		}
	}
	if h := getHealth(t, srv); h != before {
		t.Errorf("healthz = %+v, want %+v: the server has not reloaded", h, before)
	}
	main, err := store.Open(db, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	n, _ := main.Count(context.Background())
	main.Close()
	snap, err := store.Open(store.SnapshotPath(db), &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	if got, _ := snap.Count(context.Background()); got != n || n != before.Articles+4 {
		t.Errorf("published %d articles, the database has %d, the server had %d", got, n, before.Articles)
	}
}

// TestBinary_ServeWhileLinkPublishes runs serve and link as the binaries
// cron and systemd run: after each link the serve process answers what
// the database holds, and a link with serve running exits 0 at once.
func TestBinary_ServeWhileLinkPublishes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	db, _ := crawledFixture(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	var serveLog strings.Builder
	serve := exec.Command(bin, "--db", db, "serve", "--addr", addr, "--reload-interval", "20ms")
	serve.Stderr = &serveLog
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		serve.Process.Signal(syscall.SIGTERM)
		if err := serve.Wait(); err != nil {
			t.Errorf("serve: %v\n%s", err, serveLog.String())
		}
	})
	srv := "http://" + addr
	deadline := time.Now().Add(20 * time.Second)
	for {
		if res, err := http.Get(srv + "/healthz"); err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not answer in 20s:\n%s", serveLog.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	h := getHealth(t, srv)
	for round := range 3 {
		var in strings.Builder
		fmt.Fprintf(&in, `{"url": "https://news.example.com/uk/2015/04/0%d/binary", "headline": "Cyber crime arrests, binary round %d", "published": "2015-04-0%d", "body": "Police arrested cyber crime suspects again in round %d."}`+"\n", round+1, round, round+1, round)
		imp := exec.Command(bin, "--db", db, "import", "-")
		imp.Stdin = strings.NewReader(in.String())
		if out, err := imp.CombinedOutput(); err != nil {
			t.Fatalf("import: %v\n%s", err, out)
		}
		if out, err := exec.Command(bin, "--db", db, "--log-level", "debug", "link", "--lock-wait", "0").CombinedOutput(); err != nil {
			t.Fatalf("link: %v\n%s", err, out)
		} else if round == 2 && !strings.Contains(string(out), "published snapshot: updated") {
			t.Errorf("link round %d did not update a serving file:\n%s", round, out)
		}
		h = waitGeneration(t, srv, h.Generation)
		servedAsStored(t, db, srv)
	}
}
