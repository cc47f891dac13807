package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newslink/fixtures"
	"newslink/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// runCmd runs the command line with a database in dir and returns stdout.
func runCmd(tb testing.TB, db string, stdin string, args ...string) (string, string, error) {
	tb.Helper()
	var out, errOut bytes.Buffer
	getenv := func(string) string { return "" }
	err := run(context.Background(), append([]string{"--db", db, "--log-level", "warn"}, args...), strings.NewReader(stdin), &out, &errOut, getenv)
	return out.String(), errOut.String(), err
}

// crawledFixture crawls the fixture site into a fresh database and links it.
func crawledFixture(tb testing.TB) (db, base string) {
	tb.Helper()
	srv := fixtures.NewServer()
	tb.Cleanup(srv.Close)
	db = filepath.Join(tb.TempDir(), "news.db")
	if _, stderr, err := runCmd(tb, db, "", "crawl", "--delay=-1s", "--workers", "4", "--concurrency", "4", srv.URL+"/"); err != nil {
		tb.Fatalf("crawl: %v\n%s", err, stderr)
	}
	if _, stderr, err := runCmd(tb, db, "", "link"); err != nil {
		tb.Fatalf("link: %v\n%s", err, stderr)
	}
	return db, srv.URL
}

func TestPipeline_CrawlStoresEveryStory(t *testing.T) {
	dbPath, base := crawledFixture(t)
	db, err := store.Open(dbPath, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	stories := fixtures.Stories()
	if n, _ := db.Count(ctx); n != len(stories) {
		t.Errorf("stored %d articles, want %d (one per fixture story)", n, len(stories))
	}
	for _, s := range stories {
		a, err := db.Article(ctx, base+s.Path)
		if err != nil {
			t.Errorf("story %s: %v", s.Path, err)
			continue
		}
		if a.Headline != s.Headline {
			t.Errorf("story %s: headline %q, want %q", s.Path, a.Headline, s.Headline)
		}
		if got, want := a.Published.Time.Format("2006-01-02"), s.Published.Time.Format("2006-01-02"); got != want {
			t.Errorf("story %s: published %s, want %s", s.Path, got, want)
		}
		if !strings.HasPrefix(a.Body, s.BodyStart) {
			t.Errorf("story %s: body starts %.60q, want %.60q", s.Path, a.Body, s.BodyStart)
		}
		for _, f := range s.Furniture {
			if strings.Contains(a.Body, f) {
				t.Errorf("story %s: body contains furniture %q", s.Path, f)
			}
		}
	}
	for _, p := range fixtures.DisallowedPaths() {
		if _, err := db.Article(ctx, base+p); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("disallowed %s was stored (err %v)", p, err)
		}
	}
}

// TestPipeline_SecondRunRereadsSections runs crawl again, as cron would:
// section pages, feeds and sitemaps are read again, articles are not due
// for a revisit yet, and nothing is stored twice.
func TestPipeline_SecondRunRereadsSections(t *testing.T) {
	db, base := crawledFixture(t)
	out, stderr, err := runCmd(t, db, "", "crawl", "--delay=-1s", "--json", base+"/")
	if err != nil {
		t.Fatalf("second crawl: %v\n%s", err, stderr)
	}
	var st struct{ Fetched, Created, Updated, Articles, Requeued int }
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	if st.Created != 0 || st.Updated != 0 || st.Articles != 0 {
		t.Errorf("second crawl stored articles: %+v, want none (none is due for a revisit)", st)
	}
	if st.Fetched == 0 || st.Requeued == 0 {
		t.Errorf("second crawl: %+v, want the section pages, feed and sitemap read again", st)
	}
}

// TestPipeline_RelatedGolden pins the Related Stories boxes of the first
// story of every event, and checks that the event's follow-ups come before
// stories that only share its topic.
func TestPipeline_RelatedGolden(t *testing.T) {
	db, base := crawledFixture(t)
	stories := fixtures.Stories()
	event := map[string]string{} // path -> event
	topic := map[string]string{}
	size := map[string]int{}
	for _, s := range stories {
		event[s.Path], topic[s.Path] = s.Event, s.Topic
		if s.Event != "" {
			size[s.Event]++
		}
	}
	var golden bytes.Buffer
	seen := map[string]bool{}
	for _, s := range stories {
		if s.Event == "" || size[s.Event] < 3 || seen[s.Event] {
			continue
		}
		seen[s.Event] = true
		out, stderr, err := runCmd(t, db, "", "related", "--json", base+s.Path)
		if err != nil {
			t.Fatalf("related %s: %v\n%s", s.Path, err, stderr)
		}
		var box relatedBox
		if err := json.Unmarshal([]byte(out), &box); err != nil {
			t.Fatal(err)
		}
		followUps := min(size[s.Event]-1, len(box.Related))
		for i, r := range box.Related {
			p := strings.TrimPrefix(r.URL, base)
			if i < followUps && event[p] != s.Event {
				t.Errorf("%s: related #%d is %s (event %q), want a follow-up of %q first", s.Path, i+1, p, event[p], s.Event)
			}
		}
		text, _, err := runCmd(t, db, "", "related", base+s.Path)
		if err != nil {
			t.Fatal(err)
		}
		golden.WriteString(strings.ReplaceAll(text, base, "http://fixture"))
		golden.WriteString("\n")
	}
	if len(seen) < 4 {
		t.Fatalf("only %d fixture events with follow-ups, want at least 4", len(seen))
	}
	checkGolden(t, "related.golden", golden.Bytes())
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review with go test -update and git diff:\n%s", name, got)
	}
}

func TestImport_BadLineKeepsGoodOnes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "import.db")
	in := strings.Join([]string{
		`{"url":"https://news.example/a","headline":"First","published":"2015-03-06","body":"One.\n\nTwo."}`,
		`{"url":"https://news.example/b","headline":"Second",`, // broken JSON
		`{"url":"https://news.example/c","headline":"Third","published":"6 March 2015","body":"x"}`,
		`{"headline":"No URL","body":"x"}`,
		`{"url":"https://news.example/d","headline":"Fourth","published":"2015-10-14T09:00:00+01:00","body":"Four."}`,
	}, "\n")
	out, stderr, err := runCmd(t, db, in, "import", "-")
	var bad errBadLines
	if !errors.As(err, &bad) || bad.bad != 3 || bad.good != 2 {
		t.Fatalf("err = %v, want 3 bad lines and 2 stored", err)
	}
	if code := exitCode(context.Background(), err); code != exitFailure {
		t.Errorf("exit code %d, want %d", code, exitFailure)
	}
	for _, want := range []string{"-:2: not a JSON article", `-:3: date "6 March 2015"`, `-:4: missing "url"`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(out, "imported 2 articles") {
		t.Errorf("stdout = %q", out)
	}
	exported, _, err := runCmd(t, db, "", "export")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(exported), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"url":"https://news.example/a"`) || !strings.Contains(lines[1], `"published":"2015-10-14T09:00:00+01:00"`) {
		t.Errorf("export:\n%s", exported)
	}
}

func TestRun_ExitCodes(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"no subcommand", nil, exitUsage},
		{"unknown subcommand", []string{"fly"}, exitUsage},
		{"bad flag", []string{"link", "--nope"}, exitUsage},
		{"crawl without url", []string{"crawl"}, exitUsage},
		{"crawl bad seed", []string{"crawl", "ftp://x/"}, exitUsage},
		{"related unknown", []string{"related", "https://x/none"}, exitFailure},
		{"help", []string{"help"}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(dir, tt.name+".db")
			runCmd(t, db, "", "link") // create the file
			_, _, err := runCmd(t, db, "", tt.args...)
			if got := exitCode(context.Background(), err); got != tt.wantCode {
				t.Errorf("exit code %d (err %v), want %d", got, err, tt.wantCode)
			}
		})
	}
}

func TestRun_Locked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.db")
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, _, err = runCmd(t, path, "", "link")
	if got := exitCode(context.Background(), err); got != exitLocked {
		t.Errorf("exit code %d (err %v), want %d", got, err, exitLocked)
	}
}
