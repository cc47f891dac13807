package crawler_test

import (
	"context"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/nlnwa/gowarc/v3"

	"newslink/crawler"
	"newslink/crawler/urlnorm"
	"newslink/crawler/warc"
	"newslink/fixtures"
)

// TestCrawl_WARC crawls the fixture site (which gzips what it serves) into
// WARC files and reads them back with gowarc, digests verified: every
// fetched URL has its response, every article records where its response
// is, and that record holds the page the article was read from.
func TestCrawl_WARC(t *testing.T) {
	var mu sync.Mutex
	fetched := map[string]bool{}
	h := fixtures.Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		fetched["http://"+r.Host+r.URL.RequestURI()] = true
		mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()

	dir := t.TempDir()
	w, err := warc.NewWriter(dir, warc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sink := &memSink{}
	stats, err := crawler.Crawl(context.Background(), crawler.Config{Seeds: []string{srv.URL + "/"}, Delay: -1, WARC: w},
		&crawler.MemFrontier{}, sink, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if stats.Articles == 0 {
		t.Fatal("no articles crawled")
	}

	files, _ := filepath.Glob(filepath.Join(dir, "newslink-*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("WARC files %v, want one", files)
	}
	strictRead(t, files[0])
	responses := map[string]bool{}
	requests := 0
	err = warc.Scan(context.Background(), files[0], warc.ScanOptions{Bad: func(off int64, err error) {
		t.Errorf("%s:%d: %v", files[0], off, err)
	}}, func(r *warc.Record) error {
		switch r.Type {
		case "response", "revisit":
			responses[r.TargetURI] = true
		case "request":
			requests++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for u := range fetched {
		if !responses[u] {
			t.Errorf("fetched %s, but it has no response record", u)
		}
	}
	if requests != len(responses) {
		t.Errorf("%d request records for %d responses", requests, len(responses))
	}

	sink.mu.Lock()
	defer sink.mu.Unlock()
	for _, a := range sink.articles {
		if a.WARC.IsZero() {
			t.Errorf("%s: no WARC location", a.URL)
			continue
		}
		r, err := warc.ReadAt(a.WARC, 0)
		if err != nil {
			t.Errorf("%s: %v", a.URL, err)
			continue
		}
		// The record names the URL as requested (as found, tracking
		// parameters and all); the article its canonical form.
		if canon, _ := urlnorm.Normalize(r.TargetURI); r.Type != "response" || canon != a.URL || r.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: record at %v is a %s of %s (Content-Encoding %q), want the gzip response of the article",
				a.URL, a.WARC, r.Type, r.TargetURI, r.Header.Get("Content-Encoding"))
		}
		if w := longestASCIIWord(a.Headline); !strings.Contains(html.UnescapeString(string(r.Body)), w) {
			t.Errorf("%s: archived body does not hold the headline %q", a.URL, a.Headline)
		}
	}
}

// longestASCIIWord returns the headline's longest word of ASCII letters,
// which reads the same in every charset the fixture site serves.
func longestASCIIWord(s string) string {
	best := ""
	for _, w := range strings.Fields(s) {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && len(w) > len(best) {
			best = w
		}
	}
	return best
}

// strictRead reads a WARC file with gowarc failing on any syntax error,
// spec violation or digest that does not verify: a reader not written
// here, at its strictest.
func strictRead(t *testing.T, path string) {
	t.Helper()
	r, err := gowarc.NewWarcFileReader(path, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrFail), gowarc.WithSpecViolationPolicy(gowarc.ErrFail),
		gowarc.WithBlockErrorPolicy(gowarc.ErrFail), gowarc.WithUnknownRecordTypePolicy(gowarc.ErrFail))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	n := 0
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("%s: record %d at %d: %v", path, n, rec.Offset, err)
		}
		h := rec.WarcRecord.WarcHeader()
		if h.Get(gowarc.WarcBlockDigest) == "" || (rec.WarcRecord.Type() == gowarc.Response && h.Get(gowarc.WarcPayloadDigest) == "") {
			t.Errorf("%s: %s record at %d lacks a digest", path, rec.WarcRecord.Type(), rec.Offset)
		}
		if rec.WarcRecord.Type() == gowarc.Response && h.Get(gowarc.WarcIPAddress) != "127.0.0.1" {
			t.Errorf("%s: response record at %d: WARC-IP-Address %q, want the server's 127.0.0.1", path, rec.Offset, h.Get(gowarc.WarcIPAddress))
		}
		if _, err := rec.WarcRecord.ValidateDigest(); err != nil {
			t.Errorf("%s: record at %d: %v", path, rec.Offset, err)
		}
		if len(rec.Validation) > 0 {
			t.Errorf("%s: record at %d: %v", path, rec.Offset, rec.Validation)
		}
		rec.Close()
		n++
	}
	if n == 0 {
		t.Fatalf("%s: no records", path)
	}
}
