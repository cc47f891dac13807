package crawler_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"newslink"
	"newslink/crawler"
	"newslink/fixtures"
)

// memSink collects the articles a crawl stores.
type memSink struct {
	mu       sync.Mutex
	articles map[string]*newslink.Article
}

func (s *memSink) PutArticle(ctx context.Context, a *newslink.Article) (newslink.Change, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.articles == nil {
		s.articles = map[string]*newslink.Article{}
	}
	old, ok := s.articles[a.URL]
	s.articles[a.URL] = a
	switch {
	case !ok:
		return newslink.Created, nil
	case old.Body != a.Body || old.Headline != a.Headline:
		return newslink.Updated, nil
	}
	return newslink.Unchanged, nil
}

func (s *memSink) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.articles)
}

// articlePage is a minimal article page with enough text to count as one.
func articlePage(headline, extra string) string {
	body := strings.Repeat("<p>The council said the new bridge would open next spring after years of delay and argument over its cost.</p>\n", 5)
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><title>%s</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2015-03-06T10:00:00Z"></head>
<body><article><h1>%s</h1>%s%s</article></body></html>`, headline, headline, body, extra)
}

// siteServer serves robots.txt (allow all) and the handler's pages, and
// records every request path with its time.
type siteServer struct {
	*httptest.Server
	mu   sync.Mutex
	hits []hit
}

type hit struct {
	path string
	at   time.Time
	hdr  http.Header
}

func newSite(t *testing.T, robots string, pages http.HandlerFunc) *siteServer {
	t.Helper()
	s := &siteServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, hit{r.URL.RequestURI(), time.Now(), r.Header.Clone()})
		s.mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, robots)
			return
		}
		pages(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *siteServer) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, h := range s.hits {
		if h.path == path {
			n++
		}
	}
	return n
}

func crawl(t *testing.T, cfg crawler.Config, front crawler.Frontier) (*crawler.Stats, *memSink) {
	t.Helper()
	if cfg.Delay == 0 {
		cfg.Delay = -1
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 2 * time.Second
	}
	if cfg.RetryBackoff == 0 {
		cfg.RetryBackoff = 10 * time.Millisecond
	}
	if front == nil {
		front = &crawler.MemFrontier{}
	}
	sink := &memSink{}
	st, err := crawler.Crawl(context.Background(), cfg, front, sink, nil)
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	return st, sink
}

func TestCrawl_FixtureSite(t *testing.T) {
	srv := fixtures.NewServer()
	defer srv.Close()
	st, sink := crawl(t, crawler.Config{Seeds: []string{srv.URL + "/"}, Workers: 4, Concurrency: 4}, nil)
	if got, want := sink.len(), len(fixtures.Stories()); got != want {
		t.Errorf("stored %d articles, want %d", got, want)
	}
	for _, p := range fixtures.DisallowedPaths() {
		if _, ok := sink.articles[srv.URL+p]; ok {
			t.Errorf("stored %s, which robots.txt disallows", p)
		}
	}
	if st.Disallowed == 0 || st.Errors != 0 {
		t.Errorf("stats %+v: want some disallowed and no errors", st)
	}
}

func TestCrawl_Config_Invalid(t *testing.T) {
	tests := []struct {
		name string
		cfg  crawler.Config
		want string
	}{
		{"no seeds", crawler.Config{}, "seeds"},
		{"relative seed", crawler.Config{Seeds: []string{"/news"}}, `seed "/news"`},
		{"ftp seed", crawler.Config{Seeds: []string{"ftp://x/"}}, `seed "ftp://x/"`},
		{"negative pages", crawler.Config{Seeds: []string{"http://x/"}, MaxPages: -1}, "max_pages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := crawler.Crawl(context.Background(), tt.cfg, &crawler.MemFrontier{}, &memSink{}, nil)
			if !errors.Is(err, crawler.ErrConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want ErrConfig naming %q", err, tt.want)
			}
		})
	}
}

func TestCrawl_RetriesServerErrors(t *testing.T) {
	var mu sync.Mutex
	fails := 1
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/story/a-long-story-slug" && fails > 0 {
			fails--
			http.Error(w, "busy", http.StatusInternalServerError)
			return
		}
		if r.URL.Path == "/" {
			fmt.Fprint(w, `<a href="/story/a-long-story-slug">x</a> <a href="/always/broken-page-here">y</a>`)
			return
		}
		if r.URL.Path == "/always/broken-page-here" {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		fmt.Fprint(w, articlePage("Bridge to open", ""))
	})
	st, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/"}}, nil)
	if sink.len() != 1 {
		t.Errorf("stored %d, want the article after one retry", sink.len())
	}
	if n := s.count("/always/broken-page-here"); n != 3 {
		t.Errorf("broken page fetched %d times, want 3 attempts", n)
	}
	if st.Errors != 1 || st.Retries != 3 {
		t.Errorf("stats %+v: want 1 error and 3 retries", st)
	}
}

func TestCrawl_Refusals(t *testing.T) {
	huge := strings.Repeat("x", 2<<20)
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<a href="/huge/story-that-is-huge">h</a> <a href="/loop/one-loop-page">l</a>
				<a href="/away/to-another-host">a</a> <a href="/image/picture-of-bridge.jpg">i</a>
				<a href="/calendar/2091/05/">c</a> <a href="http://[::1]:1/x">v6</a>`)
		case "/huge/story-that-is-huge":
			fmt.Fprint(w, articlePage("Huge", huge))
		case "/loop/one-loop-page":
			http.Redirect(w, r, "/loop/two-loop-page", http.StatusFound)
		case "/loop/two-loop-page":
			http.Redirect(w, r, "/loop/one-loop-page", http.StatusFound)
		case "/away/to-another-host":
			http.Redirect(w, r, "http://elsewhere.example/", http.StatusMovedPermanently)
		case "/image/picture-of-bridge.jpg":
			w.Header().Set("Content-Type", "image/jpeg")
			w.Write([]byte{0xff, 0xd8, 0xff})
		default:
			http.NotFound(w, r)
		}
	})
	st, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/"}, MaxBodyBytes: 1 << 20}, nil)
	if sink.len() != 0 {
		t.Errorf("stored %d articles, want none", sink.len())
	}
	if n := s.count("/calendar/2091/05/"); n != 0 {
		t.Errorf("fetched the calendar trap %d times", n)
	}
	if n := s.count("/loop/one-loop-page") + s.count("/loop/two-loop-page"); n != 2 {
		t.Errorf("redirect loop fetched %d times, want each page once", n)
	}
	var failures []string
	for _, f := range st.Failures {
		failures = append(failures, f.URL+": "+f.Error)
	}
	all := strings.Join(failures, "\n")
	for _, want := range []string{"response body too large", "off the crawled hosts"} {
		if !strings.Contains(all, want) {
			t.Errorf("failures lack %q:\n%s", want, all)
		}
	}
	if n := s.count("/image/picture-of-bridge.jpg"); n != 1 {
		t.Errorf("image fetched %d times, want once (then skipped by its type)", n)
	}
}

func TestCrawl_RefusesPrivateAddresses(t *testing.T) {
	// The seed is on loopback, so its address is allowed. Another loopback
	// address is not, even on a host the crawl may visit, unless
	// AllowPrivate says so.
	var other string
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<a href="http://%s/story/on-another-address">x</a>`, other)
	})
	addr := s.Listener.Addr().String()
	other = "127.0.0.2" + addr[strings.LastIndex(addr, ":"):]
	st, _ := crawl(t, crawler.Config{Seeds: []string{s.URL + "/"}, Hosts: []string{addr, other}}, nil)
	if s.count("/") != 1 || st.Errors != 1 || len(st.Failures) != 1 || !strings.Contains(st.Failures[0].Error, "address not allowed") {
		t.Errorf("stats %+v: want the seed fetched and the other loopback address refused", st)
	}
}

func TestCrawl_ConditionalGet(t *testing.T) {
	const etag = `"v1"`
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, articlePage("Bridge to open", ""))
	})
	front := &crawler.MemFrontier{}
	u := s.URL + "/story/a-long-story-slug"
	if err := front.Retry(context.Background(), crawler.Item{URL: u, ETag: etag}); err != nil {
		t.Fatal(err)
	}
	st, sink := crawl(t, crawler.Config{Seeds: []string{u}}, front)
	if st.NotModified != 1 || sink.len() != 0 {
		t.Errorf("stats %+v, stored %d: want one 304 and nothing rewritten", st, sink.len())
	}
}

func TestCrawl_MetaCharset(t *testing.T) {
	// A Latin-1 page that declares its charset only in a meta tag.
	page := "<html><head><meta charset=\"iso-8859-1\"><meta property=\"og:type\" content=\"article\"><title>Caf\xe9 reopens</title></head><body><article><h1>Caf\xe9 reopens</h1>" +
		strings.Repeat("<p>The caf\xe9 on the corner reopened on Monday after a year of repairs to its roof and kitchen.</p>", 5) + "</article></body></html>"
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	})
	_, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/news/cafe-reopens-after-repairs"}}, nil)
	a := sink.articles[s.URL+"/news/cafe-reopens-after-repairs"]
	if a == nil || a.Headline != "Café reopens" {
		t.Fatalf("article %+v, want the headline decoded from Latin-1", a)
	}
}

func TestCrawl_ArticleDetection(t *testing.T) {
	bare := func(headline string) string {
		return fmt.Sprintf(`<html><head><title>%s</title></head><body><div class="story"><h1>%s</h1><p>Published 6 March 2015</p>%s</div></body></html>`,
			headline, headline, strings.Repeat("<p>The council said the new bridge would open next spring after years of delay and argument over its cost.</p>\n", 5))
	}
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<a href="/2015/03/06/bridge">a</a> <a href="/news/bridge-to-open-next-spring">b</a> <a href="/news/31234567">c</a> <a href="/about">d</a> <a href="/news/">e</a>`)
		case "/about":
			fmt.Fprint(w, bare("About us"))
		case "/news/":
			fmt.Fprint(w, bare("News"))
		default:
			fmt.Fprint(w, bare("Bridge to open "+r.URL.Path))
		}
	})
	_, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/"}}, nil)
	for _, p := range []string{"/2015/03/06/bridge", "/news/bridge-to-open-next-spring", "/news/31234567"} {
		if sink.articles[s.URL+p] == nil {
			t.Errorf("%s: a dated page with a story URL was not taken as an article", p)
		}
	}
	for _, p := range []string{"/about", "/news/"} {
		if sink.articles[s.URL+p] != nil {
			t.Errorf("%s: taken as an article", p)
		}
	}
}

// TestCrawl_RequestsURLAsFound checks that the URL requested, and matched
// against robots.txt, is the URL found on the page: its query in the order
// written and with its tracking parameters; the canonical form only
// recognises a page already seen (RFC 9309 matches the path and query as
// sent).
func TestCrawl_RequestsURLAsFound(t *testing.T) {
	robots := "User-agent: *\nDisallow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n"
	site := newSite(t, robots, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<html><body>
<a href="/foo/bar?qux=taz&baz=http://foo.bar?tar&par">forbidden as written</a>
<a href="/list?b=2&a=1&utm_source=rss">as found</a>
<a href="/list?a=1&b=2">the same page, canonically</a>
</body></html>`)
		default:
			fmt.Fprint(w, articlePage("Listed", ""))
		}
	})
	crawl(t, crawler.Config{Seeds: []string{site.URL + "/"}}, nil)
	if n := site.count("/foo/bar?qux=taz&baz=http://foo.bar?tar&par") + site.count("/foo/bar?baz=http://foo.bar?tar&par&qux=taz"); n != 0 {
		t.Errorf("fetched the page robots.txt disallows as written %d times", n)
	}
	if n := site.count("/list?b=2&a=1&utm_source=rss"); n != 1 {
		t.Errorf("requested /list?b=2&a=1&utm_source=rss %d times, want once, as found", n)
	}
	if n := site.count("/list?a=1&b=2"); n != 0 {
		t.Errorf("requested the canonical form /list?a=1&b=2 %d times: it names the page already queued", n)
	}
}

// TestCrawl_CanonicalFrontPage crawls a site whose every page names the
// front page as its canonical URL (a CMS misconfigured): the stories are
// still stored, each under its own URL.
func TestCrawl_CanonicalFrontPage(t *testing.T) {
	var s *siteServer
	s = newSite(t, "User-agent: *\nAllow: /\n", func(w http.ResponseWriter, r *http.Request) {
		canonical := `<link rel="canonical" href="` + s.URL + `/">`
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<html><head>`+canonical+`</head><body><a href="/2015/03/first-story-of-the-day">1</a> <a href="/2015/03/second-story-of-the-day">2</a></body></html>`)
		case "/2015/03/first-story-of-the-day", "/2015/03/second-story-of-the-day":
			fmt.Fprint(w, strings.Replace(articlePage("Story "+r.URL.Path, ""), "<head>", "<head>"+canonical, 1))
		default:
			http.NotFound(w, r)
		}
	})
	_, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/"}, Workers: 1}, nil)
	if sink.len() != 2 {
		t.Fatalf("stored %d stories, want 2", sink.len())
	}
}
