package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"newslink"
)

// Paging and input bounds.
const (
	pageSize     = 20   // articles per HTML page
	maxLimit     = 100  // articles per API page
	maxOffset    = 1e6  // deepest API offset
	maxSearchHit = 1000 // deepest search result reachable by paging
	maxQueryLen  = 200  // runes of a search query kept
	maxURLLen    = 2048 // bytes of an article URL asked for
)

// Content-Security-Policy values: nothing but the server's own stylesheet
// loads, and no script runs on the server's pages.
const (
	cspPage = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
	cspData = "default-src 'none'; frame-ancestors 'none'; sandbox"
)

// handler answers one request from the snapshot sn, which stays open
// until it returns.
type handler func(w http.ResponseWriter, r *http.Request, sn *snapshot)

// routes builds the request multiplexer. Every route gets its own
// metrics label; unknown paths share "other".
func (s *Server) routes() {
	mux := http.NewServeMux()
	handle := func(pattern, name string, h handler) {
		mux.Handle(pattern, s.instrument(s.metrics.route(name), h))
	}
	handle("GET /{$}", "home", s.home)
	handle("GET /article", "article", s.article)
	handle("GET /api/articles", "api_articles", s.apiArticles)
	handle("GET /api/related", "api_related", s.apiRelated)
	handle("GET /embed/related", "embed_related", s.embedRelated)
	handle("GET /embed.js", "embed_js", static("text/javascript; charset=utf-8", embedJS))
	handle("GET /style.css", "style", static("text/css; charset=utf-8", styleCSS))
	handle("GET /healthz", "healthz", s.healthz)
	handle("GET /metrics", "metrics", s.serveMetrics)
	handle("/", "other", func(w http.ResponseWriter, r *http.Request, sn *snapshot) {
		s.pageError(w, sn, http.StatusNotFound, "There is no page at this address.")
	})
	s.mux = mux
}

// recorder remembers the status code written, for the metrics.
type recorder struct {
	http.ResponseWriter
	code int
}

func (r *recorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

// instrument wraps h with what every route shares: security headers,
// method and size checks, a reference to the current snapshot, and
// metrics.
func (s *Server) instrument(rm *routeMetrics, h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inFlight.Add(1)
		rec := &recorder{ResponseWriter: w, code: http.StatusOK}
		defer func() {
			s.metrics.inFlight.Add(-1)
			rm.observe(rec.code, time.Since(start))
		}()
		hdr := w.Header()
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		hdr.Set("Content-Security-Policy", cspPage)
		hdr.Set("X-Frame-Options", "DENY")
		switch {
		case r.Method != http.MethodGet && r.Method != http.MethodHead:
			hdr.Set("Allow", "GET, HEAD")
			textError(rec, http.StatusMethodNotAllowed, "method not allowed: use GET or HEAD")
			return
		case len(r.URL.RawQuery) > MaxQuery:
			textError(rec, http.StatusRequestURITooLong, fmt.Sprintf("query longer than %d bytes", MaxQuery))
			return
		}
		sn := s.acquire()
		if sn == nil {
			textError(rec, http.StatusServiceUnavailable, "shutting down")
			return
		}
		defer sn.release()
		h(rec, r, sn)
	})
}

// static serves fixed bytes.
func static(contentType string, body []byte) handler {
	return func(w http.ResponseWriter, r *http.Request, _ *snapshot) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", "public, max-age=300")
		w.Write(body)
	}
}

// cors allows the request's origin to read the response when it is
// configured, and returns the frame-ancestors sources for an embeddable
// response.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) {
	if len(s.cfg.CORSOrigins) == 0 {
		return
	}
	w.Header().Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	for _, o := range s.cfg.CORSOrigins {
		if o == "*" {
			w.Header().Set("Access-Control-Allow-Origin", "*")
			return
		}
		if origin != "" && o == origin {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			return
		}
	}
}

func textError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	fmt.Fprintln(w, msg)
}

func (s *Server) jsonError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Security-Policy", cspData)
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, code, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		textError(w, http.StatusInternalServerError, "internal error")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}

// pageError answers with an HTML page explaining a 4xx or 5xx code.
func (s *Server) pageError(w http.ResponseWriter, sn *snapshot, code int, msg string) {
	b, err := execute(s.pages.notFound, "layout", notFoundPage{page: pageOf(sn, ""), Message: msg})
	if err != nil {
		textError(w, code, msg)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(b)
}

// internalError logs err and answers 500 without details.
func (s *Server) internalError(w http.ResponseWriter, r *http.Request, err error) {
	s.cfg.Log.Error("request failed", "path", r.URL.Path, "err", err)
	textError(w, http.StatusInternalServerError, "internal error")
}

func pageOf(sn *snapshot, query string) page {
	return page{Query: query, Generation: sn.gen, Articles: sn.articles}
}

func writeHTML(w http.ResponseWriter, b []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b)
}

// queryInt reads a non-negative integer parameter, def when absent.
func queryInt(q url.Values, name string, def, max int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > max {
		return 0, fmt.Errorf("%s: want a whole number from 0 to %d", name, max)
	}
	return n, nil
}

// searchQuery reads the q parameter, trimmed and bounded.
func searchQuery(q url.Values) string {
	s := strings.TrimSpace(strings.ToValidUTF8(q.Get("q"), ""))
	if utf8.RuneCountInString(s) > maxQueryLen {
		s = string([]rune(s)[:maxQueryLen])
	}
	return s
}

// articleURL reads the url parameter.
func articleURL(q url.Values) (string, error) {
	u := q.Get("url")
	switch {
	case u == "":
		return "", fmt.Errorf("url: missing; ask for /article?url=<article URL>")
	case len(u) > maxURLLen:
		return "", fmt.Errorf("url: longer than %d bytes", maxURLLen)
	}
	return u, nil
}

// lookup finds an article by the URL as given or, failing that, by its
// canonical form.
func (s *Server) lookup(ctx context.Context, sn *snapshot, raw string) (*newslink.Article, bool, error) {
	a, ok, err := sn.src.Lookup(ctx, raw)
	if err != nil || ok || s.cfg.Canonical == nil {
		return a, ok, err
	}
	c, cerr := s.cfg.Canonical(raw)
	if cerr != nil || c == raw {
		return nil, false, nil
	}
	return sn.src.Lookup(ctx, c)
}

// home serves the front page: the latest articles, or search results.
func (s *Server) home(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	q := r.URL.Query()
	query := searchQuery(q)
	pg, err := queryInt(q, "page", 1, maxSearchHit/pageSize)
	if err != nil || pg < 1 {
		s.pageError(w, sn, http.StatusBadRequest, "The page number must be a whole number from 1 to 50.")
		return
	}
	offset := (pg - 1) * pageSize
	var arts []*newslink.Article
	more := false
	if query != "" {
		arts, err = sn.src.Search(r.Context(), query, offset+pageSize+1)
		if err == nil {
			arts = arts[min(offset, len(arts)):]
		}
	} else {
		arts, _, err = sn.src.Latest(r.Context(), offset, pageSize+1)
	}
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if len(arts) > pageSize {
		arts, more = arts[:pageSize], true
	}
	p := homePage{page: pageOf(sn, query)}
	for _, a := range arts {
		it := articleItem(a)
		it.Summary = s.cfg.Summarize(it.Summary)
		p.Items = append(p.Items, it)
	}
	link := func(n int) string {
		v := url.Values{}
		if query != "" {
			v.Set("q", query)
		}
		if n > 1 {
			v.Set("page", strconv.Itoa(n))
		}
		if len(v) == 0 {
			return "/"
		}
		return "/?" + v.Encode()
	}
	if pg > 1 {
		p.Newer = link(pg - 1)
	}
	if more && pg < maxSearchHit/pageSize {
		p.Older = link(pg + 1)
	}
	b, err := execute(s.pages.home, "layout", p)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	writeHTML(w, b)
}

// article serves an article page ending with its Related Stories box,
// whose links stay on this server.
func (s *Server) article(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	raw, err := articleURL(r.URL.Query())
	if err != nil {
		s.pageError(w, sn, http.StatusBadRequest, err.Error())
		return
	}
	a, ok, err := s.lookup(r.Context(), sn, raw)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if !ok {
		s.pageError(w, sn, http.StatusNotFound, "No stored article has this URL: "+raw)
		return
	}
	rel, err := sn.src.Related(r.Context(), a.ID)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	p := articlePage{
		page:    pageOf(sn, ""),
		Article: articleItem(a),
		Authors: strings.Join(a.Authors, ", "),
		Source:  webURL(a.URL),
		Body:    paragraphs(a.Body),
		Related: relatedItems(rel, true, s.cfg.Summarize),
	}
	b, err := execute(s.pages.article, "layout", p)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	writeHTML(w, b)
}

// articleJSON is one article in /api/articles.
type articleJSON struct {
	URL       string        `json:"url"`
	Headline  string        `json:"headline"`
	Published newslink.Date `json:"published"`
	Date      string        `json:"date"`
	Summary   string        `json:"summary"`
}

// articlesJSON is a page of /api/articles. Total is left out of search
// results.
type articlesJSON struct {
	Total    *int          `json:"total,omitempty"`
	Offset   int           `json:"offset"`
	Limit    int           `json:"limit"`
	Query    string        `json:"q,omitempty"`
	Articles []articleJSON `json:"articles"`
}

// apiArticles serves a page of articles, newest first, or search results.
func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	s.cors(w, r)
	q := r.URL.Query()
	offset, err := queryInt(q, "offset", 0, maxOffset)
	if err != nil {
		s.jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	limit, err := queryInt(q, "limit", pageSize, maxLimit)
	if err != nil {
		s.jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	out := articlesJSON{Offset: offset, Limit: limit, Query: searchQuery(q), Articles: []articleJSON{}}
	var arts []*newslink.Article
	if out.Query != "" {
		if offset+limit > maxSearchHit {
			s.jsonError(w, http.StatusBadRequest, fmt.Sprintf("offset+limit: at most %d for a search", maxSearchHit))
			return
		}
		arts, err = sn.src.Search(r.Context(), out.Query, offset+limit)
		if err == nil {
			arts = arts[min(offset, len(arts)):]
		}
	} else {
		var total int
		arts, total, err = sn.src.Latest(r.Context(), offset, limit)
		out.Total = &total
	}
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	for _, a := range arts {
		out.Articles = append(out.Articles, articleJSON{a.URL, a.Headline, a.Published, a.Published.Human(), a.Summary})
	}
	w.Header().Set("Content-Security-Policy", cspData)
	w.Header().Set("Cache-Control", "public, max-age=60")
	writeJSON(w, http.StatusOK, out)
}

// boxJSON is the answer of /api/related: the fields of "newslink related
// --json", and each story's date as a reader sees it.
type boxJSON struct {
	URL       string        `json:"url"`
	Headline  string        `json:"headline"`
	Published newslink.Date `json:"published"`
	Related   []entryJSON   `json:"related"`
}

type entryJSON struct {
	URL       string        `json:"url"`
	Headline  string        `json:"headline"`
	Published newslink.Date `json:"published"`
	Date      string        `json:"date"`
	Summary   string        `json:"summary"`
	Score     float64       `json:"score"`
	Image     string        `json:"image"` // lead image, an absolute http(s) URL, or ""
}

// box renders an article's box with render, caching the bytes per
// snapshot under kind and the URL as asked. It answers 400 or 404 itself
// and returns nil then.
func (s *Server) box(w http.ResponseWriter, r *http.Request, sn *snapshot, kind string,
	render func(a *newslink.Article, rel []newslink.Related) ([]byte, error), fail func(int, string)) []byte {
	raw, err := articleURL(r.URL.Query())
	if err != nil {
		fail(http.StatusBadRequest, err.Error())
		return nil
	}
	key := kind + "\x00" + raw
	if b, ok := sn.cache.get(key); ok {
		s.metrics.cacheHits.Add(1)
		return b
	}
	s.metrics.cacheMisses.Add(1)
	a, rel, ok, err := sn.src.RelatedBox(r.Context(), raw)
	if err == nil && !ok && s.cfg.Canonical != nil {
		if c, cerr := s.cfg.Canonical(raw); cerr == nil && c != raw {
			a, rel, ok, err = sn.src.RelatedBox(r.Context(), c)
		}
	}
	if err != nil {
		s.internalError(w, r, err)
		return nil
	}
	if !ok {
		fail(http.StatusNotFound, "no stored article has this url")
		return nil
	}
	b, err := render(a, rel)
	if err != nil {
		s.internalError(w, r, err)
		return nil
	}
	sn.cache.put(key, b)
	return b
}

// apiRelated serves an article's Related Stories as JSON.
func (s *Server) apiRelated(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	s.cors(w, r)
	fail := func(code int, msg string) { s.jsonError(w, code, msg) }
	b := s.box(w, r, sn, "json", func(a *newslink.Article, rel []newslink.Related) ([]byte, error) {
		box := boxJSON{URL: a.URL, Headline: a.Headline, Published: a.Published, Related: []entryJSON{}}
		for _, e := range rel {
			box.Related = append(box.Related, entryJSON{e.URL, e.Headline, e.Published, e.Published.Human(), s.cfg.Summarize(e.Summary), e.Score, webURL(e.Image)})
		}
		b, err := json.Marshal(box)
		return append(b, '\n'), err
	}, fail)
	if b == nil {
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Security-Policy", cspData)
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Write(b)
}

// embedRelated serves an article's box as an HTML fragment for a news
// site's page, linking to the original articles.
func (s *Server) embedRelated(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	s.cors(w, r)
	fail := func(code int, msg string) { textError(w, code, msg) }
	b := s.box(w, r, sn, "embed", func(a *newslink.Article, rel []newslink.Related) ([]byte, error) {
		return execute(s.pages.embed, "embed", relatedItems(rel, false, s.cfg.Summarize))
	}, fail)
	if b == nil {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// Lead images come from the news sites themselves, over http(s) only.
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src https: http:; frame-ancestors "+s.frameAncestors())
	w.Header().Del("X-Frame-Options")
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Write(b)
}

// frameAncestors lists who may frame the embed fragment: the CORS origins.
func (s *Server) frameAncestors() string {
	if len(s.cfg.CORSOrigins) == 0 {
		return "'none'"
	}
	return strings.Join(s.cfg.CORSOrigins, " ")
}

// healthz reports that the server has a snapshot open.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	w.Header().Set("Content-Security-Policy", cspData)
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, map[string]any{
		"status":       "ok",
		"generation":   sn.gen,
		"articles":     sn.articles,
		"snapshot_age": s.cfg.Now().Sub(sn.info.ModTime()).Round(time.Second).String(),
	})
}

// serveMetrics writes the metrics in the Prometheus text format.
func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request, _ *snapshot) {
	var b bytes.Buffer
	s.metrics.write(&b, s.cfg.Now())
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Content-Security-Policy", cspData)
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b.Bytes())
}
