package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"newslink"
	"newslink/server"
	"newslink/store"
)

// fixture is a live database, its published snapshot and a server
// reading the snapshot.
type fixture struct {
	live   *store.DB
	snap   string
	srv    *server.Server
	closed atomic.Int64 // snapshots the server has closed
}

// story is an article and the URLs of its related stories, best first.
type story struct {
	a       *newslink.Article
	related []string
}

// countingSource counts Close calls of the snapshots the server opens.
type countingSource struct {
	server.Source
	closed *atomic.Int64
}

func (c countingSource) Close() error {
	c.closed.Add(1)
	return c.Source.Close()
}

// newFixture stores the stories, publishes a snapshot and opens a server
// on it with cfg (Snapshot and Open are filled in).
func newFixture(tb testing.TB, stories []story, cfg server.Config) *fixture {
	tb.Helper()
	ctx := context.Background()
	dir := tb.TempDir()
	live, err := store.Open(filepath.Join(dir, "news.db"), nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { live.Close() })
	f := &fixture{live: live, snap: store.SnapshotPath(live.Path())}
	f.put(tb, stories)
	cfg.Snapshot = f.snap
	cfg.Open = func(ctx context.Context, path string) (server.Source, error) {
		db, err := store.Open(path, &store.Options{ReadOnly: true})
		if err != nil {
			return nil, err
		}
		return countingSource{db, &f.closed}, nil
	}
	f.srv, err = server.New(ctx, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.srv.Close() })
	return f
}

// put stores stories with their related lists and publishes a snapshot.
func (f *fixture) put(tb testing.TB, stories []story) {
	tb.Helper()
	ctx := context.Background()
	var arts []*newslink.Article
	for _, s := range stories {
		arts = append(arts, s.a)
	}
	if _, err := f.live.PutArticles(ctx, arts); err != nil {
		tb.Fatal(err)
	}
	lists := map[uint64][]newslink.Related{}
	for _, s := range stories {
		for i, u := range s.related {
			r, ok, err := f.live.Lookup(ctx, u)
			if err != nil || !ok {
				tb.Fatalf("related %s: %v", u, err)
			}
			lists[s.a.ID] = append(lists[s.a.ID], newslink.Related{ID: r.ID, Score: 1 - float64(i)/10})
		}
	}
	if err := f.live.PutRelated(ctx, lists); err != nil {
		tb.Fatal(err)
	}
	if err := f.live.PublishSnapshot(ctx, f.snap); err != nil {
		tb.Fatal(err)
	}
}

func art(url, headline string, day int, summary string) *newslink.Article {
	return &newslink.Article{URL: url, Headline: headline, Published: newslink.Day(2015, 10, day), Summary: summary,
		Body: "First paragraph of " + headline + ".\n\nSecond paragraph."}
}

// newsStories are three linked stories in the style of the seed article.
func newsStories() []story {
	return []story{
		{art("https://news.example.com/uk/arrests", "Over 50 Arrested In Connection With Cyber Crimes", 6, "Over 50 people have been arrested."), []string{"https://news.example.com/uk/malware", "https://news.example.com/uk/dna"}},
		{art("https://news.example.com/uk/malware", "NCA Warn UK Internet Users Of 'Significant' New Malware Threat", 14, "The National Crime Agency has urged users to protect themselves."), []string{"https://news.example.com/uk/arrests"}},
		{art("https://news.example.com/uk/dna", "Nearly 200 crimes missed by DNA failings", 1, "Nearly 200 crimes went undetected."), nil},
	}
}

// get requests path from the server's handler.
func get(tb testing.TB, h http.Handler, path string, header ...string) *http.Response {
	tb.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(tb testing.TB, res *http.Response) string {
	tb.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func relatedPath(u string) string { return "/api/related?" + url.Values{"url": {u}}.Encode() }

func TestServer_APIRelated(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{
		Canonical: func(u string) (string, error) { return strings.TrimSuffix(u, "?utm_source=x"), nil },
	})
	type entry struct {
		URL, Headline, Published, Date, Summary string
	}
	tests := []struct {
		name        string
		path        string
		wantCode    int
		wantRelated []string
	}{
		{"two related", relatedPath("https://news.example.com/uk/arrests"), 200, []string{"https://news.example.com/uk/malware", "https://news.example.com/uk/dna"}},
		{"canonical form", relatedPath("https://news.example.com/uk/malware?utm_source=x"), 200, []string{"https://news.example.com/uk/arrests"}},
		{"none", relatedPath("https://news.example.com/uk/dna"), 200, nil},
		{"unknown", relatedPath("https://news.example.com/nope"), 404, nil},
		{"no url", "/api/related", 400, nil},
		{"url too long", relatedPath("https://x/" + strings.Repeat("a", 3000)), 400, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := get(t, f.srv, tt.path)
			b := body(t, res)
			if res.StatusCode != tt.wantCode {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.wantCode, b)
			}
			if ct := res.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if tt.wantCode != 200 {
				var e struct{ Error string }
				if err := json.Unmarshal([]byte(b), &e); err != nil || e.Error == "" {
					t.Errorf("error body %q: want {\"error\": ...}", b)
				}
				return
			}
			var box struct {
				URL     string
				Related []entry
			}
			if err := json.Unmarshal([]byte(b), &box); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range box.Related {
				got = append(got, r.URL)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantRelated) {
				t.Errorf("related = %v, want %v", got, tt.wantRelated)
			}
			if box.Related == nil && !strings.Contains(b, `"related":[]`) {
				t.Errorf("no related stories must be [], not null: %s", b)
			}
			if len(box.Related) > 0 {
				want := entry{"https://news.example.com/uk/malware", "NCA Warn UK Internet Users Of 'Significant' New Malware Threat", "2015-10-14", "14 October 2015", "The National Crime Agency has urged users to protect themselves."}
				if tt.name == "two related" && box.Related[0] != want {
					t.Errorf("first entry = %+v, want %+v", box.Related[0], want)
				}
			}
		})
	}
}

func TestServer_APIArticles(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{})
	tests := []struct {
		name      string
		query     string
		wantCode  int
		wantURLs  []string
		wantTotal int
	}{
		{"newest first", "", 200, []string{"https://news.example.com/uk/malware", "https://news.example.com/uk/arrests", "https://news.example.com/uk/dna"}, 3},
		{"page", "offset=1&limit=1", 200, []string{"https://news.example.com/uk/arrests"}, 3},
		{"past the end", "offset=9", 200, nil, 3},
		{"search", "q=CRIMES", 200, []string{"https://news.example.com/uk/arrests", "https://news.example.com/uk/dna"}, 0},
		{"search page", "q=crimes&offset=1&limit=1", 200, []string{"https://news.example.com/uk/dna"}, 0},
		{"limit too big", "limit=1000", 400, nil, 0},
		{"negative offset", "offset=-1", 400, nil, 0},
		{"not a number", "limit=ten", 400, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := get(t, f.srv, "/api/articles?"+tt.query)
			b := body(t, res)
			if res.StatusCode != tt.wantCode {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.wantCode, b)
			}
			if tt.wantCode != 200 {
				return
			}
			var page struct {
				Total    *int
				Articles []struct{ URL, Headline string }
			}
			if err := json.Unmarshal([]byte(b), &page); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range page.Articles {
				got = append(got, a.URL)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantURLs) {
				t.Errorf("articles = %v, want %v", got, tt.wantURLs)
			}
			if tt.wantTotal > 0 && (page.Total == nil || *page.Total != tt.wantTotal) {
				t.Errorf("total = %v, want %d", page.Total, tt.wantTotal)
			}
		})
	}
}

func TestServer_Pages(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{})
	tests := []struct {
		name     string
		path     string
		wantCode int
		want     []string
	}{
		{"front page", "/", 200, []string{"<h1>Latest articles</h1>", `<a href="/article?url=https%3A%2F%2Fnews.example.com%2Fuk%2Fmalware">NCA Warn UK Internet Users Of &#39;Significant&#39; New Malware Threat</a>`, `<time datetime="2015-10-14">14 October 2015</time>`}},
		{"search", "/?q=dna", 200, []string{"<h1>Search: dna</h1>", "Nearly 200 crimes missed by DNA failings"}},
		{"no match", "/?q=weather", 200, []string{"No article matches."}},
		{"bad page", "/?page=0", 400, []string{"page number"}},
		{"article", "/article?url=https://news.example.com/uk/arrests", 200, []string{
			"<h1>Over 50 Arrested In Connection With Cyber Crimes</h1>",
			"<p>Second paragraph.</p>",
			`<section class="related-stories">`, "<h2>Related Stories</h2>",
			`<li><time datetime="2015-10-14">14 October 2015</time><a href="/article?url=https%3A%2F%2Fnews.example.com%2Fuk%2Fmalware">NCA Warn UK Internet Users Of &#39;Significant&#39; New Malware Threat</a><p>The National Crime Agency has urged users to protect themselves.</p></li>`,
			`<a class="source" href="https://news.example.com/uk/arrests"`,
		}},
		{"article without related", "/article?url=https://news.example.com/uk/dna", 200, []string{"No related stories yet."}},
		{"unknown article", "/article?url=https://news.example.com/nope", 404, []string{"No stored article has this URL"}},
		{"unknown path", "/wp-admin", 404, []string{"There is no page at this address."}},
		{"embed fragment", "/embed/related?url=https://news.example.com/uk/arrests", 200, []string{
			`<a href="https://news.example.com/uk/malware">`, `<section class="related-stories">`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := get(t, f.srv, tt.path)
			b := body(t, res)
			if res.StatusCode != tt.wantCode {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.wantCode, b)
			}
			if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			for _, w := range tt.want {
				if !strings.Contains(b, w) {
					t.Errorf("page lacks %s\n%s", w, b)
				}
			}
		})
	}
}

// hostileStories are articles whose every field attacks the page.
func hostileStories() []story {
	evil := &newslink.Article{
		URL:       "javascript:alert(document.domain)//",
		Headline:  `<script>alert("headline")</script>`,
		Published: newslink.Day(2015, 10, 2),
		Summary:   `"><img src=x onerror=alert(1)>`,
		Body:      "<iframe src=//evil.example></iframe>\n\n</p><script>alert(2)</script>",
		Authors:   []string{`<b onmouseover=alert(3)>`},
		Image:     "javascript:alert(8)",
	}
	data := art("data:text/html,<script>alert(4)</script>", `"><svg onload=alert(5)>`, 3, `' onfocus='alert(6)`)
	data.Image = `data:image/svg+xml,<svg onload=alert(9)>`
	host := art("https://news.example.com/a\"b", "Host story", 4, "")
	return []story{
		{host, []string{evil.URL, data.URL}},
		{evil, []string{host.URL}},
		{data, nil},
	}
}

func TestServer_Hostile(t *testing.T) {
	f := newFixture(t, hostileStories(), server.Config{})
	pages := []string{
		"/",
		"/?q=" + url.QueryEscape("<script>"),
		"/article?url=" + url.QueryEscape("https://news.example.com/a\"b"),
		"/article?url=" + url.QueryEscape("javascript:alert(document.domain)//"),
		"/embed/related?url=" + url.QueryEscape("https://news.example.com/a\"b"),
		"/article?url=" + url.QueryEscape(`"><script>alert(7)</script>`),
	}
	forbidden := []string{"<script", "<img", "<iframe", "<svg", "<b ", "href=\"javascript:", "href=\"data:"}
	handlerAttr := regexp.MustCompile(`<[^>]*\son\w+\s*=`) // an event handler in a tag
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			res := get(t, f.srv, p)
			b := body(t, res)
			if res.StatusCode != 200 && res.StatusCode != 404 {
				t.Fatalf("status %d: %s", res.StatusCode, b)
			}
			low := strings.ToLower(b)
			for _, bad := range forbidden {
				if strings.Contains(low, bad) {
					t.Errorf("page contains %q:\n%s", bad, b)
				}
			}
			if m := handlerAttr.FindString(b); m != "" {
				t.Errorf("page has an event handler attribute %q:\n%s", m, b)
			}
			if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
		})
	}
	// In the embed fragment, which links to the originals, the hostile
	// URLs are no links at all.
	b := body(t, get(t, f.srv, "/embed/related?url="+url.QueryEscape("https://news.example.com/a\"b")))
	if strings.Count(b, "<a ") != 0 || strings.Count(b, `class="headline"`) != 2 {
		t.Errorf("embed fragment: want two unlinked headlines:\n%s", b)
	}
	// JSON escapes markup too, for clients that paste it into HTML.
	b = body(t, get(t, f.srv, relatedPath("https://news.example.com/a\"b")))
	if strings.Contains(b, "<") || strings.Contains(b, ">") {
		t.Errorf("JSON contains raw < or >: %s", b)
	}
}

func TestServer_RequestLimits(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{})
	tests := []struct {
		name     string
		method   string
		target   string
		wantCode int
	}{
		{"post", http.MethodPost, "/api/related?url=x", http.StatusMethodNotAllowed},
		{"put", http.MethodPut, "/", http.StatusMethodNotAllowed},
		{"delete", http.MethodDelete, "/article", http.StatusMethodNotAllowed},
		{"options", http.MethodOptions, "/api/related", http.StatusMethodNotAllowed},
		{"head", http.MethodHead, "/", http.StatusOK},
		{"long query", http.MethodGet, "/?q=" + strings.Repeat("a", server.MaxQuery), http.StatusRequestURITooLong},
		{"dot dot", http.MethodGet, "/../../etc/passwd", http.StatusTemporaryRedirect}, // to /etc/passwd: 404
		{"encoded dot dot", http.MethodGet, "/%2e%2e/%2e%2e/etc/passwd", http.StatusNotFound},
		{"templates", http.MethodGet, "/templates/layout.html", http.StatusNotFound},
		{"static dir", http.MethodGet, "/static/embed.js", http.StatusNotFound},
		{"style", http.MethodGet, "/style.css", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			f.srv.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.target, nil))
			if rec.Code != tt.wantCode {
				t.Errorf("%s %s: status %d, want %d", tt.method, tt.target, rec.Code, tt.wantCode)
			}
			if rec.Code == http.StatusMethodNotAllowed && rec.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow = %q", rec.Header().Get("Allow"))
			}
			if strings.Contains(rec.Body.String(), "root:") {
				t.Errorf("served a file from disk")
			}
		})
	}
}

func TestServer_Headers(t *testing.T) {
	tests := []struct {
		name       string
		origins    []string
		origin     string
		path       string
		wantACAO   string
		wantFrames string
	}{
		{"no cors configured", nil, "https://news.example.com", "/api/related?url=https://news.example.com/uk/dna", "", ""},
		{"allowed origin", []string{"https://news.example.com"}, "https://news.example.com", "/api/related?url=https://news.example.com/uk/dna", "https://news.example.com", ""},
		{"other origin", []string{"https://news.example.com"}, "https://evil.example", "/api/related?url=https://news.example.com/uk/dna", "", ""},
		{"any origin", []string{"*"}, "https://evil.example", "/api/articles", "*", ""},
		{"not on pages", []string{"*"}, "https://evil.example", "/", "", "frame-ancestors 'none'"},
		{"embed framed by origin", []string{"https://news.example.com"}, "https://news.example.com", "/embed/related?url=https://news.example.com/uk/dna", "https://news.example.com", "frame-ancestors https://news.example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, newsStories(), server.Config{CORSOrigins: tt.origins})
			res := get(t, f.srv, tt.path, "Origin", tt.origin)
			if res.StatusCode != 200 {
				t.Fatalf("status %d", res.StatusCode)
			}
			if got := res.Header.Get("Access-Control-Allow-Origin"); got != tt.wantACAO {
				t.Errorf("Access-Control-Allow-Origin = %q, want %q", got, tt.wantACAO)
			}
			if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q", got)
			}
			if csp := res.Header.Get("Content-Security-Policy"); tt.wantFrames != "" && !strings.Contains(csp, tt.wantFrames) {
				t.Errorf("Content-Security-Policy = %q, want %q", csp, tt.wantFrames)
			}
		})
	}
}

func TestNew_BadOrigin(t *testing.T) {
	for _, o := range []string{"news.example.com", "https://news.example.com/", "https://a.example; script-src *", "ftp://x"} {
		_, err := server.New(context.Background(), server.Config{Snapshot: "x", Open: func(context.Context, string) (server.Source, error) { return nil, nil }, CORSOrigins: []string{o}})
		if err == nil {
			t.Errorf("origin %q accepted", o)
		}
	}
}

func TestNew_NoSnapshot(t *testing.T) {
	_, err := server.New(context.Background(), server.Config{
		Snapshot: filepath.Join(t.TempDir(), "none.snapshot"),
		Open:     func(context.Context, string) (server.Source, error) { panic("opened a missing file") },
	})
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatalf("err = %v, want a missing file", err)
	}
}

func TestServer_EmbedJS(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{})
	res := get(t, f.srv, "/embed.js")
	b := body(t, res)
	if ct := res.Header.Get("Content-Type"); ct != "text/javascript; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	for _, w := range []string{"data-newslink-related", "api/related?url=", "textContent"} {
		if !strings.Contains(b, w) {
			t.Errorf("embed.js lacks %q", w)
		}
	}
	if strings.Contains(b, ".innerHTML") {
		t.Error("embed.js uses innerHTML")
	}
}

func TestServer_HealthzAndMetrics(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{})
	for range 3 {
		get(t, f.srv, relatedPath("https://news.example.com/uk/arrests"))
	}
	get(t, f.srv, relatedPath("https://news.example.com/nope"))
	res := get(t, f.srv, "/healthz")
	var h struct {
		Status     string
		Generation int
		Articles   int
	}
	if err := json.Unmarshal([]byte(body(t, res)), &h); err != nil || h.Status != "ok" || h.Articles != 3 || h.Generation != 1 {
		t.Errorf("healthz = %+v, %v", h, err)
	}
	res = get(t, f.srv, "/metrics")
	b := body(t, res)
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type = %q", ct)
	}
	for _, w := range []string{
		`newslink_http_requests_total{route="api_related",code="200"} 3`,
		`newslink_http_requests_total{route="api_related",code="404"} 1`,
		`newslink_http_request_duration_seconds_bucket{route="api_related",le="+Inf"} 4`,
		`newslink_http_request_duration_seconds_count{route="healthz"} 1`,
		"# TYPE newslink_http_request_duration_seconds histogram",
		"newslink_snapshot_generation 1",
		"newslink_articles 3",
		"newslink_snapshot_age_seconds ",
		"newslink_http_requests_in_flight 1", // this request
	} {
		if !strings.Contains(b, w) {
			t.Errorf("metrics lack %q:\n%s", w, b)
		}
	}
}

// TestServer_RelatedImage checks that /api/related and the embed box
// carry each related story's lead image, the box only as an <img> with
// an http(s) src, and that the server's own pages load no image.
func TestServer_RelatedImage(t *testing.T) {
	stories := newsStories()
	stories[1].a.Image = "https://cdn.example.com/malware.jpg?w=640&h=360"
	stories[2].a.Image = "javascript:alert(1)"
	f := newFixture(t, stories, server.Config{})

	var box struct {
		Related []struct {
			URL   string `json:"url"`
			Image string `json:"image"`
		} `json:"related"`
	}
	if err := json.Unmarshal([]byte(body(t, get(t, f.srv, relatedPath("https://news.example.com/uk/arrests")))), &box); err != nil {
		t.Fatal(err)
	}
	images := map[string]string{}
	for _, r := range box.Related {
		images[r.URL] = r.Image
	}
	if images["https://news.example.com/uk/malware"] != "https://cdn.example.com/malware.jpg?w=640&h=360" || images["https://news.example.com/uk/dna"] != "" {
		t.Errorf("/api/related images %v, want the http(s) one only", images)
	}

	res := get(t, f.srv, "/embed/related?url=https://news.example.com/uk/arrests")
	b := body(t, res)
	if strings.Count(b, "<img") != 1 || !strings.Contains(b, `<img class="lead-image" src="https://cdn.example.com/malware.jpg?w=640&amp;h=360" alt="" loading="lazy">`) {
		t.Errorf("embed fragment: want one lead image with an https src:\n%s", b)
	}
	if strings.Contains(b, "width=") || strings.Contains(b, "style=") {
		t.Errorf("embed fragment sizes the image in markup; CSS sizes it:\n%s", b)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "img-src https: http:") {
		t.Errorf("embed Content-Security-Policy %q: want images from http(s) allowed", csp)
	}
	if css := body(t, get(t, f.srv, "/style.css")); !strings.Contains(css, "img.lead-image") {
		t.Error("style.css does not size the lead image")
	}
	if page := body(t, get(t, f.srv, "/article?url=https://news.example.com/uk/arrests")); strings.Contains(page, "<img") {
		t.Errorf("the server's article page shows an image from another site:\n%s", page)
	}
	if js := body(t, get(t, f.srv, "/embed.js")); !strings.Contains(js, "webURL(r.image") {
		t.Error("embed.js does not check the image URL")
	}
}
