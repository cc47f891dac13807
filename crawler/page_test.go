package crawler_test

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"newslink/crawler"
	"newslink/crawler/extract"
)

// briefText is a 150-character news brief: far under DefaultMinBodyChars.
const briefText = "The harbour ferry to the outer islands sailed again on Friday after a winter pause of four months caused by storm damage to its landing stage."

// Three templates of a short news brief, as three publishers write them.
var briefTemplates = map[string]string{
	// OpenGraph article type, no article element.
	"og": `<!doctype html><html lang="en"><head><title>%[1]s | Gazette</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2015-03-06T10:00:00Z"></head>
<body><div class="wrap"><h1>%[1]s</h1><p>%[2]s</p></div></body></html>`,
	// JSON-LD NewsArticle.
	"jsonld": `<!doctype html><html lang="en"><head><title>%[1]s</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%[1]s","datePublished":"2015-03-06T10:00:00Z"}</script></head>
<body><main><h1>%[1]s</h1><p>%[2]s</p></main></body></html>`,
	// No metadata at all: an <article> element, a headline and a <time>.
	"markup": `<!doctype html><html lang="en"><head><title>%[1]s</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>%[1]s</h1><time datetime="2015-03-06">6 March 2015</time><p>%[2]s</p></article></body></html>`,
}

func TestReadArticle_ShortArticles(t *testing.T) {
	page := func(tmpl, headline, text string) []byte {
		return fmt.Appendf(nil, briefTemplates[tmpl], headline, text)
	}
	tests := []struct {
		name string
		url  string
		body []byte
		want bool
	}{
		{name: "brief with OpenGraph type", url: "https://news.example/briefs/ferry", body: page("og", "Ferry sails again", briefText), want: true},
		{name: "brief with JSON-LD type", url: "https://news.example/briefs/ferry", body: page("jsonld", "Ferry sails again", briefText), want: true},
		{name: "brief with article markup only", url: "https://news.example/briefs/ferry", body: page("markup", "Ferry sails again", briefText), want: true},
		{name: "undated short page with article type", url: "https://news.example/about",
			body: []byte(`<html><head><meta property="og:type" content="article"><title>About us</title></head><body><h1>About us</h1><p>We are a small newsroom on the harbour.</p></body></html>`)},
		{name: "dated short page without article structure", url: "https://news.example/contact",
			body: []byte(`<html><head><title>Contact</title></head><body><h1>Contact</h1><p>Updated 6 March 2015. Write to the newsroom at the harbour office.</p></body></html>`)},
		{name: "short section page", url: "https://news.example/local/",
			body: []byte(`<html><head><title>Local</title></head><body><h1>Local</h1><ul><li><article><time datetime="2015-03-06">6 March</time><a href="/a">Ferry sails again</a></article></li><li><article><a href="/b">Bridge to open</a></article></li></ul></body></html>`)},
	}
	fetched := time.Date(2015, 3, 7, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := crawler.ReadArticle(crawler.ArchivedPage{URL: tt.url, ContentType: "text/html", Body: tt.body, Fetched: fetched}, crawler.PageRules{})
			if err != nil {
				t.Fatal(err)
			}
			if got := a != nil; got != tt.want {
				t.Fatalf("article %v, want %v", got, tt.want)
			}
			if a != nil && !strings.Contains(a.Body, briefText) {
				t.Errorf("body %q, want the brief", a.Body)
			}
		})
	}
}

// TestReadArticle_Canonical stores a page under the URL its rel=canonical
// names, unless that is the front page (a misconfigured CMS), which would
// store every article of the site under one URL.
func TestReadArticle_Canonical(t *testing.T) {
	for _, c := range []struct{ canonical, want string }{
		{"/2015/03/06/ferry-sails-again", "https://news.example/2015/03/06/ferry-sails-again"},
		{"/", "https://news.example/amp/ferry"},
		{"https://news.example", "https://news.example/amp/ferry"},
	} {
		body := strings.Replace(fmt.Sprintf(briefTemplates["og"], "Ferry sails again", briefText), "<head>", `<head><link rel="canonical" href="`+c.canonical+`">`, 1)
		a, err := crawler.ReadArticle(crawler.ArchivedPage{URL: "https://news.example/amp/ferry", ContentType: "text/html", Body: []byte(body)}, crawler.PageRules{})
		if err != nil || a == nil {
			t.Fatalf("canonical %q: article %v, error %v", c.canonical, a, err)
		}
		if a.URL != c.want {
			t.Errorf("canonical %q: stored under %q, want %q", c.canonical, a.URL, c.want)
		}
	}
}

func TestReadArticle_SiteRulesByHost(t *testing.T) {
	rules, err := extract.CompileSiteRules(extract.Selectors{Headline: "span.real-title", Image: "div.pic img@data-full"})
	if err != nil {
		t.Fatal(err)
	}
	page := []byte(`<html><head><title>Gazette</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2015-03-06T10:00:00Z"><meta property="article:section" content="Islands">
<meta property="article:tag" content="Ferries"></head>
<body><h1>Gazette</h1><span class="real-title">Ferry sails again</span><div class="pic"><img src="/x.jpg" data-full="/full/ferry.jpg"></div>
<p>` + strings.Repeat(briefText+" ", 3) + `</p></body></html>`)
	pr := crawler.PageRules{HostExtract: map[string]*extract.SiteRules{"Gazette.example": rules}}
	tests := []struct {
		url          string
		wantHeadline string
		wantImage    string
	}{
		{"https://gazette.example/islands/ferry-sails-again", "Ferry sails again", "https://gazette.example/full/ferry.jpg"},
		{"https://www.gazette.example/islands/ferry-sails-again", "Ferry sails again", "https://www.gazette.example/full/ferry.jpg"},
		{"https://other.example/islands/ferry-sails-again", "Gazette", ""},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			a, err := crawler.ReadArticle(crawler.ArchivedPage{URL: tt.url, Body: page, Fetched: time.Date(2015, 3, 7, 0, 0, 0, 0, time.UTC)}, pr)
			if err != nil || a == nil {
				t.Fatalf("ReadArticle = %v, %v", a, err)
			}
			if a.Headline != tt.wantHeadline || a.Image != tt.wantImage {
				t.Errorf("headline %q, image %q; want %q, %q", a.Headline, a.Image, tt.wantHeadline, tt.wantImage)
			}
			if a.Section != "Islands" || !slices.Equal(a.Tags, []string{"Ferries"}) {
				t.Errorf("section %q, tags %q; want the page's", a.Section, a.Tags)
			}
		})
	}
}

// TestCrawl_ShortArticlesStored crawls a site whose news briefs, in three
// templates, are far shorter than DefaultMinBodyChars: every brief is
// stored, the front page and section pages are not, and the summary
// counts them as not articles.
func TestCrawl_ShortArticlesStored(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/":
			fmt.Fprint(w, `<html><head><title>Gazette</title></head><body><h1>Gazette</h1><ul><li><a href="/briefs/">Briefs</a></li></ul></body></html>`)
		case p == "/briefs/":
			var b strings.Builder
			b.WriteString(`<html><head><title>Briefs | Gazette</title></head><body><h1>Briefs</h1><ul>`)
			for _, tmpl := range []string{"og", "jsonld", "markup"} {
				for i := range 3 {
					fmt.Fprintf(&b, `<li><time datetime="2015-03-06">6 March</time><a href="/briefs/%s-%d">Brief %d</a></li>`, tmpl, i, i)
				}
			}
			b.WriteString(`</ul></body></html>`)
			fmt.Fprint(w, b.String())
		case strings.HasPrefix(p, "/briefs/"):
			tmpl, _, _ := strings.Cut(strings.TrimPrefix(p, "/briefs/"), "-")
			fmt.Fprintf(w, briefTemplates[tmpl], "Brief "+strings.TrimPrefix(p, "/briefs/"), briefText)
		default:
			http.NotFound(w, r)
		}
	})
	st, sink := crawl(t, crawler.Config{Seeds: []string{s.URL + "/"}, Workers: 2}, nil)
	if sink.len() != 9 {
		t.Errorf("stored %d articles, want the 9 briefs", sink.len())
	}
	for _, tmpl := range []string{"og", "jsonld", "markup"} {
		for i := range 3 {
			if sink.articles[fmt.Sprintf("%s/briefs/%s-%d", s.URL, tmpl, i)] == nil {
				t.Errorf("brief %s-%d not stored", tmpl, i)
			}
		}
	}
	if sink.articles[s.URL+"/"] != nil || sink.articles[s.URL+"/briefs/"] != nil {
		t.Error("a front or section page was stored")
	}
	if st.NotArticles != 2 {
		t.Errorf("not_articles %d, want 2 (the front page and the section page)", st.NotArticles)
	}
}
