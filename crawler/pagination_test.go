package crawler_test

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"newslink/crawler"
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
