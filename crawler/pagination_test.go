package crawler_test

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"newslink/crawler"
	"newslink/store"
)

// paginatedSite serves an archive whose only way to its older stories is
// a chain of listing pages, pages of them, each listing two stories and
// linking to the next older page with the URL that page(n) gives. Stories
// link back to the front page only, and there is no sitemap or feed.
func paginatedSite(t *testing.T, pages int, page func(n int) string) *siteServer {
	t.Helper()
	return newSite(t, "User-agent: *\nAllow: /\n", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/2015/") {
			fmt.Fprint(w, articlePage("Story "+r.URL.Path, `<a href="/">Home</a>`))
			return
		}
		for n := 1; n <= pages; n++ {
			if r.URL.RequestURI() != page(n) {
				continue
			}
			var b strings.Builder
			b.WriteString(`<!doctype html><html><head><title>Archive</title></head><body><ul>`)
			for k := 0; k < 2; k++ {
				fmt.Fprintf(&b, `<li><a href="/2015/story-number-%d-of-the-archive">Story</a></li>`, 2*n+k)
			}
			b.WriteString(`</ul>`)
			if n < pages {
				fmt.Fprintf(&b, `<a href="%s">Older stories</a>`, page(n+1))
			}
			b.WriteString(`</body></html>`)
			fmt.Fprint(w, b.String())
			return
		}
		http.NotFound(w, r)
	})
}

// TestCrawl_PaginationIsNotDepth crawls archives whose stories are only
// reachable through 30 listing pages, with the default depth: every story
// is stored, because a listing's next page is the same listing, not a
// hop away from the seed.
func TestCrawl_PaginationIsNotDepth(t *testing.T) {
	const pages = 30
	for name, page := range map[string]func(int) string{
		"query": func(n int) string {
			if n == 1 {
				return "/archive/"
			}
			return "/archive/?page=" + strconv.Itoa(n)
		},
		"path": func(n int) string {
			if n == 1 {
				return "/news/"
			}
			return "/news/page/" + strconv.Itoa(n) + "/"
		},
		"bare":   func(n int) string { return "/world/" + strconv.Itoa(n) + "/" },
		"offset": func(n int) string { return "/list?section=uk&start=" + strconv.Itoa(10*(n-1)) },
	} {
		t.Run(name, func(t *testing.T) {
			s := paginatedSite(t, pages, page)
			st, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + page(1)}, Workers: 2}, nil)
			if sink.len() != 2*pages {
				t.Fatalf("stored %d stories, want %d (stats %+v)", sink.len(), 2*pages, *st)
			}
		})
	}
}

// TestCrawl_PaginationTrap crawls a listing that answers every page number
// with the same stories and a link to the next number: once a page shows
// nothing new, its next page costs a hop, and the chain ends at the depth
// limit instead of a thousand pages in.
func TestCrawl_PaginationTrap(t *testing.T) {
	s := newSite(t, "User-agent: *\nAllow: /\n", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/2015/") {
			fmt.Fprint(w, articlePage("Story "+r.URL.Path, ""))
			return
		}
		if r.URL.Path != "/archive/" {
			http.NotFound(w, r)
			return
		}
		n, _ := strconv.Atoi(r.URL.Query().Get("page"))
		fmt.Fprintf(w, `<html><body><a href="/2015/the-first-story-of-all">1</a> <a href="/2015/the-second-story-of-all">2</a> <a href="/archive/?page=%d">Older</a></body></html>`, max(n, 1)+1)
	})
	_, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/archive/"}, Workers: 1}, nil)
	if sink.len() != 2 {
		t.Errorf("stored %d stories, want 2", sink.len())
	}
	listings := 0
	s.mu.Lock()
	for _, h := range s.hits {
		if strings.HasPrefix(h.path, "/archive/") {
			listings++
		}
	}
	s.mu.Unlock()
	// The seed and its next page at depth 0, then a hop each: pages at
	// depths 1 to 5.
	if listings != 7 {
		t.Errorf("fetched %d listing pages, want 7", listings)
	}
}

// TestCrawl_DeepListingPagesDaily crawls a paginated archive three times
// on a stored frontier, as cron would: the first run reads every page; an
// hour later only the first everyRunPages (five) are read again, as
// section pages are on every run; a day later all of them.
func TestCrawl_DeepListingPagesDaily(t *testing.T) {
	const pages = 12
	page := func(n int) string {
		if n == 1 {
			return "/archive/"
		}
		return "/archive/?page=" + strconv.Itoa(n)
	}
	s := paginatedSite(t, pages, page)
	db, err := store.Open(filepath.Join(t.TempDir(), "news.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	t0 := time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC)
	listings := func() int {
		s.mu.Lock()
		defer s.mu.Unlock()
		n := 0
		for _, h := range s.hits {
			if strings.HasPrefix(h.path, "/archive/") {
				n++
			}
		}
		s.hits = nil
		return n
	}
	for _, run := range []struct {
		after time.Duration
		want  int
	}{{0, pages}, {time.Hour, 5}, {25 * time.Hour, pages}} {
		now := t0.Add(run.after)
		cfg := crawler.Config{Seeds: []string{s.URL + page(1)}, Workers: 1, Now: func() time.Time { return now }}
		crawl(t, cfg, db.Frontier())
		if got := listings(); got != run.want {
			t.Errorf("run %v after the first: read %d listing pages, want %d", run.after, got, run.want)
		}
	}
}
