package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newslink"
	"newslink/crawler/urlnorm"
	"newslink/crawler/warc"
	"newslink/fixtures"
)

// exported reads the export of a database as lines by URL.
func exported(t *testing.T, db string) map[string]articleLine {
	t.Helper()
	out, stderr, err := runCmd(t, db, "", "export")
	if err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	m := map[string]articleLine{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var l articleLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		m[l.URL] = l
	}
	return m
}

// sameFields reports how two exports differ in the extracted fields.
func sameFields(t *testing.T, what string, got, want map[string]articleLine) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d articles, want %d", what, len(got), len(want))
	}
	for u, w := range want {
		g, ok := got[u]
		switch {
		case !ok:
			t.Errorf("%s: %s missing", what, u)
		case g.Headline != w.Headline || g.Published != w.Published || g.Body != w.Body:
			t.Errorf("%s: %s: got %q %v %d-byte body, want %q %v %d-byte body", what, u, g.Headline, g.Published, len(g.Body), w.Headline, w.Published, len(w.Body))
		}
	}
}

// TestWARC_CrawlReextractImport archives a crawl of the fixture site, then
// with the site gone rebuilds its articles from the WARC files alone
// (reextract over stale copies) and stores them anew from the files
// (import-warc); a damaged record is named and skipped.
func TestWARC_CrawlReextractImport(t *testing.T) {
	dir := t.TempDir()
	warcDir := filepath.Join(dir, "warc")
	srv := fixtures.NewServer()
	crawled := filepath.Join(dir, "crawled.db")
	if _, stderr, err := runCmd(t, crawled, "", "crawl", "--delay=-1s", "--workers", "4", "--warc", warcDir, srv.URL+"/"); err != nil {
		t.Fatalf("crawl: %v\n%s", err, stderr)
	}
	srv.Close()
	want := exported(t, crawled)
	if len(want) != len(fixtures.Stories()) {
		t.Fatalf("crawl stored %d articles, want %d", len(want), len(fixtures.Stories()))
	}
	for u, l := range want {
		if l.WARC == nil || !strings.HasPrefix(filepath.Base(l.WARC.File), "newslink-") || l.WARC.Length == 0 {
			t.Fatalf("%s: export has no WARC location: %+v", u, l.WARC)
		}
	}
	files, _ := filepath.Glob(filepath.Join(warcDir, "newslink-*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("WARC files %v, want one", files)
	}

	// reextract on the crawled database changes nothing.
	out, stderr, err := runCmd(t, crawled, "", "reextract", "--json")
	if err != nil {
		t.Fatalf("reextract: %v\n%s", err, stderr)
	}
	var rs reextractStats
	json.Unmarshal([]byte(out), &rs)
	if rs.Archived != len(want) || rs.Changed != 0 || rs.Unchanged != len(want) {
		t.Errorf("reextract of a fresh crawl: %+v, want every article archived and unchanged", rs)
	}

	// Stale copies (an older extractor's output) are rebuilt from the archive.
	var stale strings.Builder
	for _, l := range want {
		l.Headline, l.Body = "stale "+l.Headline, "stale body"
		b, _ := json.Marshal(l)
		stale.Write(append(b, '\n'))
	}
	staleDB := filepath.Join(dir, "stale.db")
	if _, stderr, err := runCmd(t, staleDB, stale.String(), "import", "-"); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	out, stderr, err = runCmd(t, staleDB, "", "reextract", "--json")
	if err != nil {
		t.Fatalf("reextract: %v\n%s", err, stderr)
	}
	json.Unmarshal([]byte(out), &rs)
	if rs.Changed != len(want) {
		t.Errorf("reextract of stale copies changed %d, want %d", rs.Changed, len(want))
	}
	sameFields(t, "reextract", exported(t, staleDB), want)

	// import-warc stores the same articles from the files alone.
	imported := filepath.Join(dir, "imported.db")
	out, stderr, err = runCmd(t, imported, "", "import-warc", "--json", files[0])
	if err != nil {
		t.Fatalf("import-warc: %v\n%s", err, stderr)
	}
	var is importWARCStats
	json.Unmarshal([]byte(out), &is)
	if is.Created != len(want) || is.Skipped != 0 {
		t.Errorf("import-warc: %+v, want %d created", is, len(want))
	}
	sameFields(t, "import-warc", exported(t, imported), want)

	// --host keeps only the hosts asked for.
	other := filepath.Join(dir, "other.db")
	out, _, err = runCmd(t, other, "", "import-warc", "--json", "--host", "elsewhere.example", files[0])
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal([]byte(out), &is)
	if is.Responses != 0 || is.Created != 0 {
		t.Errorf("import-warc --host elsewhere.example: %+v, want nothing", is)
	}

	// A damaged record is named by file and offset and skipped; the ones
	// after it are read.
	var victim *newslink.WARCLocation
	for _, l := range want {
		if victim == nil || l.WARC.Offset < victim.Offset {
			victim = l.WARC
		}
	}
	b, _ := os.ReadFile(files[0])
	b[victim.Offset+victim.Length/2] ^= 0xff
	damaged := filepath.Join(dir, "damaged.warc.gz")
	os.WriteFile(damaged, b, 0o644)
	out, stderr, err = runCmd(t, filepath.Join(dir, "damaged.db"), "", "import-warc", "--json", damaged)
	if !errors.Is(err, errSkippedRecords) {
		t.Errorf("import-warc of a damaged file: err %v, want errSkippedRecords", err)
	}
	if wantMsg := fmt.Sprintf("%s:%d: ", damaged, victim.Offset); !strings.Contains(stderr, wantMsg) {
		t.Errorf("stderr %q does not name %q", stderr, wantMsg)
	}
	json.Unmarshal([]byte(out), &is)
	// The damaged page's AMP copy, if it has one, stands in for it.
	if is.Skipped != 1 || is.Created < len(want)-1 {
		t.Errorf("import-warc of a damaged file: %+v, want 1 skipped and the %d other articles", is, len(want)-1)
	}

	// A missing WARC file is reported by name; its articles stay.
	os.Rename(files[0], files[0]+".moved")
	_, stderr, err = runCmd(t, crawled, "", "reextract")
	if !errors.Is(err, errReextractFailed) || !strings.Contains(stderr, files[0]+": missing") {
		t.Errorf("reextract without its file: err %v, stderr %q", err, stderr)
	}
	sameFields(t, "after a failed reextract", exported(t, crawled), want)
}

// TestImportWARC_SameAsExtract builds a WARC file of saved pages, as a
// backfill would read, and checks that import-warc stores what extract
// gives for the same pages.
func TestImportWARC_SameAsExtract(t *testing.T) {
	dir := t.TempDir()
	srv := fixtures.NewServer()
	defer srv.Close()
	w, err := warc.NewWriter(filepath.Join(dir, "warc"), warc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var input strings.Builder
	for i, s := range fixtures.Stories() {
		resp, err := http.Get(srv.URL + s.Path) // decoded by net/http, as saved pages are
		if err != nil {
			t.Fatal(err)
		}
		var body strings.Builder
		bufio.NewReader(resp.Body).WriteTo(&body)
		resp.Body.Close()
		path := filepath.Join(dir, fmt.Sprintf("page%d.html", i))
		os.WriteFile(path, []byte(body.String()), 0o644)
		fmt.Fprintf(&input, "{\"url\":%q,\"path\":%q}\n", srv.URL+s.Path, path)
		head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", resp.Header.Get("Content-Type"), body.Len())
		if _, err := w.WriteExchange(&warc.Exchange{URL: srv.URL + s.Path, Date: time.Now(), Status: 200,
			Request: []byte("GET " + s.Path + " HTTP/1.1\r\n\r\n"), ResponseHead: []byte(head), Body: []byte(body.String())}); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "warc", "*.warc.gz"))

	out, stderr, err := runCmd(t, filepath.Join(dir, "x.db"), input.String(), "extract", "--input", "-")
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	want := map[string]articleLine{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var o extractOutput
		json.Unmarshal([]byte(line), &o)
		d, _ := newslink.ParseDate(o.Published)
		want[o.URL] = articleLine{URL: o.URL, Headline: o.Headline, Published: d, Body: o.Body}
	}
	db := filepath.Join(dir, "imported.db")
	if _, stderr, err := runCmd(t, db, "", "import-warc", files[0]); err != nil {
		t.Fatalf("import-warc: %v\n%s", err, stderr)
	}
	sameFields(t, "import-warc against extract", exported(t, db), want)
}

// TestCrawl_WARCAfterKill kills a crawl that archives with SIGKILL midway:
// every record in its WARC file reads back whole, and after the next run
// (which starts a file of its own) every stored article's location names
// its response.
func TestCrawl_WARCAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	srv := newSlowFixture(t, 20*time.Millisecond)
	dir := t.TempDir()
	db, warcDir := filepath.Join(dir, "news.db"), filepath.Join(dir, "warc")
	args := []string{"--db", db, "--log-level", "error", "crawl", "--delay=-1s", "--workers", "2", "--concurrency", "2", "--warc", warcDir, srv.URL + "/"}
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	srv.waitForHits(t, 12)
	cmd.Process.Kill()
	cmd.Wait()
	files, _ := filepath.Glob(filepath.Join(warcDir, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("after the kill: WARC files %v, want one", files)
	}
	records := 0
	err := warc.Scan(context.Background(), files[0], warc.ScanOptions{Bad: func(off int64, err error) {
		t.Errorf("after the kill: %s:%d: %v", files[0], off, err)
	}}, func(*warc.Record) error { records++; return nil })
	if err != nil || records < 12 {
		t.Errorf("after the kill: %d records read (%v), want the 12 or more fetched", records, err)
	}

	// A second run ends the crawl in a new file (in the same second, with
	// the next serial number).
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("second run: %v\n%s", err, out)
	}
	files, _ = filepath.Glob(filepath.Join(warcDir, "*.warc.gz"))
	if len(files) != 2 {
		t.Errorf("after the second run: WARC files %v, want two", files)
	}
	for u, l := range exported(t, db) {
		r, err := warc.ReadAt(*l.WARC, 0)
		if canon, _ := urlnorm.Normalize(r.TargetURI); err != nil || canon != u {
			t.Errorf("%s: its WARC record %+v: %v %v", u, l.WARC, r, err)
		}
	}
}

// TestWARC_Redis archives a distributed crawl (the worker's articles carry
// their WARC location through the stream) and reads its files back with
// two import-warc processes at once: each file is read by one of them, and
// ingest stores the same articles as the crawl did.
func TestWARC_Redis(t *testing.T) {
	redisURL := startRedis(t)
	srv := fixtures.NewServer()
	dir := t.TempDir()
	warcDir := filepath.Join(dir, "warc")
	if _, stderr, err := runCmd(t, filepath.Join(dir, "unused.db"), "", "crawl", "--redis", redisURL, "--quiet", "--delay=-1s",
		"--warc", warcDir, "--warc-max-size", "64K", srv.URL+"/"); err != nil {
		t.Fatalf("crawl --redis: %v\n%s", err, stderr)
	}
	srv.Close()
	crawled := ingestAll(t, redisURL)
	want := exported(t, crawled)
	for u, l := range want {
		if l.WARC == nil {
			t.Fatalf("%s: the ingested article has no WARC location", u)
		}
	}
	files, _ := filepath.Glob(filepath.Join(warcDir, "*.warc.gz"))
	if len(files) < 3 {
		t.Fatalf("WARC files %v, want several of at most about 64 KiB", files)
	}

	other := startRedis(t)
	stats := make([]importWARCStats, 2)
	errs := make([]error, 2)
	done := make(chan int)
	for i := range 2 {
		go func() {
			var out string
			out, _, errs[i] = runCmd(t, filepath.Join(dir, "unused.db"), "", append([]string{"import-warc", "--redis", other, "--json"}, files...)...)
			json.Unmarshal([]byte(out), &stats[i])
			done <- i
		}()
	}
	<-done
	<-done
	for i := range 2 {
		if errs[i] != nil {
			t.Fatalf("import-warc %d: %v", i, errs[i])
		}
	}
	if n := stats[0].Files + stats[1].Files; n != len(files) || stats[0].Claimed+stats[1].Claimed != len(files) {
		t.Errorf("files read %d + %d, left to the other %d + %d; want each of %d read once",
			stats[0].Files, stats[1].Files, stats[0].Claimed, stats[1].Claimed, len(files))
	}
	sameFields(t, "import-warc --redis, then ingest", exported(t, ingestAll(t, other)), want)
}

// TestImportWARC_DevPages builds a WARC file from real saved pages (the
// extraction dev set in ../shared, where it is: CI lays it beside the
// clone) and checks that import-warc stores, for every article it keeps,
// the headline, date and body that extract gives for the same page.
func TestImportWARC_DevPages(t *testing.T) {
	gold := filepath.Join("..", "..", "..", "shared", "data", "extract", "gold.jsonl")
	f, err := os.Open(gold)
	if err != nil {
		t.Skipf("no dev pages here: %v", err)
	}
	defer f.Close()
	dir := t.TempDir()
	w, err := warc.NewWriter(filepath.Join(dir, "warc"), warc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var input strings.Builder
	urls := map[string]string{} // canonical URL → the URL of the page
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	const pages = 120
	for n := 0; n < pages && sc.Scan(); {
		var g struct{ File, URL string }
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil || g.URL == "" {
			continue
		}
		canon, err := urlnorm.Normalize(g.URL)
		if err != nil || urls[canon] != "" {
			continue // one page per URL, so that the two outputs pair up
		}
		urls[canon] = g.URL
		n++
		path := filepath.Join(filepath.Dir(gold), g.File)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&input, "{\"url\":%q,\"path\":%q}\n", g.URL, path)
		head := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
		if len(raw) > 2 && raw[0] == 0x1f && raw[1] == 0x8b {
			head += "Content-Encoding: gzip\r\n" // as a server sends it
		}
		head += fmt.Sprintf("Content-Length: %d\r\n\r\n", len(raw))
		if _, err := w.WriteExchange(&warc.Exchange{URL: g.URL, Date: time.Now(), Status: 200,
			Request: []byte("GET / HTTP/1.1\r\n\r\n"), ResponseHead: []byte(head), Body: raw}); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "warc", "*.warc.gz"))

	out, stderr, err := runCmd(t, filepath.Join(dir, "x.db"), input.String(), "extract", "--input", "-")
	if err != nil && !errors.Is(err, errPagesFailed) {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	want := map[string]extractOutput{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var o extractOutput
		json.Unmarshal([]byte(line), &o)
		want[o.URL] = o
	}
	db := filepath.Join(dir, "imported.db")
	if _, stderr, err := runCmd(t, db, "", "import-warc", files[0]); err != nil {
		t.Fatalf("import-warc: %v\n%s", err, stderr)
	}
	got := exported(t, db)
	compared := 0
	for u, l := range got {
		page, ok := urls[u]
		if !ok {
			continue // stored under the URL its rel=canonical names
		}
		x := want[page]
		compared++
		if l.Headline != x.Headline || l.Published.String() != x.Published || l.Body != x.Body {
			t.Errorf("%s: import-warc stored %q %s (%d-byte body), extract gives %q %s (%d-byte body)",
				page, l.Headline, l.Published, len(l.Body), x.Headline, x.Published, len(x.Body))
		}
	}
	if compared < pages/3 {
		t.Errorf("compared %d articles of %d pages, want most of them stored", compared, pages)
	}
	t.Logf("%d of %d pages stored as articles and compared", compared, pages)
}
