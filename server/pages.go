package server

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"newslink"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static/style.css
var styleCSS []byte

//go:embed static/embed.js
var embedJS []byte

// pages holds the parsed templates; they are safe for concurrent use.
type pages struct {
	home, article, notFound, embed *template.Template
}

func parsePages() (*pages, error) {
	base, err := template.ParseFS(templateFS, "templates/layout.html", "templates/embed.html")
	if err != nil {
		return nil, fmt.Errorf("server: templates: %w", err)
	}
	p := &pages{embed: base}
	for name, t := range map[string]**template.Template{"home": &p.home, "article": &p.article, "notfound": &p.notFound} {
		c, err := base.Clone()
		if err == nil {
			c, err = c.ParseFS(templateFS, "templates/"+name+".html")
		}
		if err != nil {
			return nil, fmt.Errorf("server: template %s: %w", name, err)
		}
		*t = c
	}
	return p, nil
}

// execute renders the template into a buffer, so that an error leaves
// nothing half written.
func execute(t *template.Template, name string, data any) ([]byte, error) {
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, name, data); err != nil {
		return nil, fmt.Errorf("server: render %s: %w", name, err)
	}
	return b.Bytes(), nil
}

// page is what the layout shows on every page.
type page struct {
	Query      string
	Generation uint64
	Articles   int
}

// homePage is the front page: the latest articles or search results.
type homePage struct {
	page
	Items        []item
	Newer, Older string // links to the neighbouring pages, if any
}

// articlePage is one article and its Related Stories box.
type articlePage struct {
	page
	Article item
	Authors string
	Source  string // the original URL when it is an http(s) URL
	Body    []string
	Related []item
}

// notFoundPage explains a 4xx answer.
type notFoundPage struct {
	page
	Message string
}

// item is one article in a list or box. Href is empty when the article
// must not be linked; Image is empty unless it is an http(s) URL to show.
type item struct {
	URL, Href, Headline, Summary string
	Date, Datetime               string
	Image                        string
}

// localHref returns the server's page of the article with the URL.
func localHref(u string) string {
	return "/article?" + url.Values{"url": {u}}.Encode()
}

// webURL returns u when it is an absolute http or https URL, else "": a
// stored URL came from the web, and "javascript:" or "data:" ones must
// never become links.
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func dates(d newslink.Date) (human, machine string) {
	return d.Human(), d.String()
}

// articleItem lists an article, linked to its local page.
func articleItem(a *newslink.Article) item {
	it := item{URL: a.URL, Href: localHref(a.URL), Headline: a.Headline, Summary: a.Summary}
	it.Date, it.Datetime = dates(a.Published)
	return it
}

// relatedItems makes the entries of a box. Local links go to the
// server's article pages; otherwise to the original http(s) URLs, with
// each story's lead image when it is an http(s) URL. The server's own
// pages load nothing from other sites (their Content-Security-Policy
// allows images from the server only), so they show no lead images.
func relatedItems(rel []newslink.Related, local bool, summarize func(string) string) []item {
	out := make([]item, 0, len(rel))
	for _, r := range rel {
		it := item{URL: r.URL, Headline: r.Headline, Summary: summarize(r.Summary)}
		if local {
			it.Href = localHref(r.URL)
		} else {
			it.Href = webURL(r.URL)
			it.Image = webURL(r.Image)
		}
		it.Date, it.Datetime = dates(r.Published)
		out = append(out, it)
	}
	return out
}

// paragraphs splits a body into its paragraphs.
func paragraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
