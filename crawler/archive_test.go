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

	"newslink/crawler"
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
		if r.Type != "response" || r.TargetURI != a.URL || r.Header.Get("Content-Encoding") != "gzip" {
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
