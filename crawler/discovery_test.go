package crawler_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newslink/crawler"
)

func gzipped(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// TestCrawl_SitemapsNewestFirst follows robots.txt to a sitemap index, a
// gzip child sitemap and a news sitemap, and fetches the newest article
// first.
func TestCrawl_SitemapsNewestFirst(t *testing.T) {
	var s *siteServer
	s = newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/sitemap-index.xml":
			fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/old.xml.gz</loc></sitemap><sitemap><loc>%[1]s/news.xml</loc></sitemap></sitemapindex>`, s.URL)
		case "/old.xml.gz":
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(gzipped(fmt.Sprintf(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>%[1]s/2009/old-story-from-archive</loc><lastmod>2009-01-02</lastmod></url></urlset>`, s.URL)))
		case "/news.xml":
			fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%[1]s/2015/new-story-this-morning</loc><news:news><news:publication_date>2015-03-06T09:00:00Z</news:publication_date><news:title>New</news:title></news:news></url>
<url><loc>%[1]s/2014/story-from-last-year</loc><news:news><news:publication_date>2014-03-06</news:publication_date></news:news></url></urlset>`, s.URL)
		case "/2009/old-story-from-archive", "/2015/new-story-this-morning", "/2014/story-from-last-year":
			fmt.Fprint(w, articlePage("Story "+r.URL.Path, ""))
		default:
			http.NotFound(w, r)
		}
	})
	robots := "User-agent: *\nAllow: /\nSitemap: " + s.URL + "/sitemap-index.xml\n"
	s.Config.Handler = wrapRobots(robots, s.Config.Handler)
	// One worker, so that the order of fetches is the order of the queue.
	_, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/sitemap-index.xml"}, MaxDepth: 3, Workers: 1}, nil)
	if sink.len() != 3 {
		t.Fatalf("stored %d articles, want the 3 the sitemaps list", sink.len())
	}
	var order []string
	s.mu.Lock()
	for _, h := range s.hits {
		if strings.Contains(h.path, "story") {
			order = append(order, h.path)
		}
	}
	s.mu.Unlock()
	if len(order) != 3 || order[0] != "/2015/new-story-this-morning" || order[2] != "/2009/old-story-from-archive" {
		t.Errorf("fetch order %v, want newest first", order)
	}
}

// wrapRobots serves a robots.txt in front of a handler.
func wrapRobots(robots string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, robots)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func TestCrawl_FeedLinkedFromPage(t *testing.T) {
	var s *siteServer
	s = newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/news/rss"></head><body>Front</body></html>`)
		case "/news/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><item><title>A</title><link>%s/story/only-in-the-feed?utm_source=rss</link>
<pubDate>Fri, 06 Mar 2015 09:00:00 GMT</pubDate></item></channel></rss>`, s.URL)
		case "/story/only-in-the-feed":
			fmt.Fprint(w, articlePage("Only in the feed", ""))
		default:
			http.NotFound(w, r)
		}
	})
	_, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/"}}, nil)
	if sink.articles[s.URL+"/story/only-in-the-feed"] == nil {
		t.Errorf("the feed's article was not stored (under its URL without tracking parameters): %v", sink.articles)
	}
}

func TestCrawl_SlowServerTimesOut(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow/page-that-hangs-forever" {
			time.Sleep(300 * time.Millisecond)
		}
		fmt.Fprint(w, `<a href="/slow/page-that-hangs-forever">x</a>`)
	})
	st, _ := crawl(t, crawler.Config{Seeds: []string{s.URL + "/"}, Timeout: 100 * time.Millisecond}, nil)
	if n := s.count("/slow/page-that-hangs-forever"); n != 3 || st.Errors != 1 {
		t.Errorf("slow page tried %d times, errors %d: want 3 attempts, then one error", n, st.Errors)
	}
}

func TestCrawl_WrongCharsetHeader(t *testing.T) {
	// The header claims UTF-8; the bytes are Latin-1. Output must still be
	// valid UTF-8.
	page := articlePage("Caf\xe9 society", "<p>Cr\xe8me br\xfbl\xe9e for everyone.</p>")
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	_, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/news/cafe-society-story-here"}}, nil)
	a := sink.articles[s.URL+"/news/cafe-society-story-here"]
	if a == nil {
		t.Fatal("not stored")
	}
	if !utf8.ValidString(a.Headline) || !utf8.ValidString(a.Body) {
		t.Errorf("invalid UTF-8 stored: %q", a.Headline)
	}
}
