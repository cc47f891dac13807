package extract_test

import (
	"slices"
	"strings"
	"testing"

	"newslink/crawler/extract"
)

func TestExtract_Image(t *testing.T) {
	const body = `<h1>Ferry sails again</h1><p>The ferry linking the harbour with the islands sailed again on Friday morning after a pause of four months.</p>`
	tests := []struct {
		name, head, body string
		url              string // default https://news.example/2015/03/06/ferry
		want             string
	}{
		{name: "og:image", head: `<meta property="og:image" content="https://cdn.example/ferry.jpg">`, want: "https://cdn.example/ferry.jpg"},
		{name: "og:image relative", head: `<meta property="og:image" content="/img/ferry.jpg">`, want: "https://news.example/img/ferry.jpg"},
		{name: "og:image against base href", head: `<base href="https://static.example/site/"><meta property="og:image" content="img/ferry.jpg">`, want: "https://static.example/site/img/ferry.jpg"},
		{name: "og:image protocol-relative", head: `<meta property="og:image" content="//cdn.example/ferry.jpg">`, want: "https://cdn.example/ferry.jpg"},
		{name: "og:image logo falls to JSON-LD", head: `<meta property="og:image" content="/static/site-logo.png">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","image":{"@type":"ImageObject","url":"https://cdn.example/ld.jpg","width":1200}}</script>`,
			want: "https://cdn.example/ld.jpg"},
		{name: "og:image tiny width", head: `<meta property="og:image" content="https://cdn.example/a.jpg"><meta property="og:image:width" content="60">`, want: ""},
		{name: "JSON-LD image list", head: `<script type="application/ld+json">{"@type":"NewsArticle","image":["https://cdn.example/16x9.jpg","https://cdn.example/4x3.jpg"]}</script>`, want: "https://cdn.example/16x9.jpg"},
		{name: "twitter:image", head: `<meta name="twitter:image" content="https://cdn.example/tw.jpg">`, want: "https://cdn.example/tw.jpg"},
		{name: "og:image svg placeholder", head: `<meta property="og:image" content="https://cdn.example/default.svg">`, want: ""},
		{name: "og:image data URI", head: `<meta property="og:image" content="data:image/png;base64,iVBORw0KGgo=">`, want: ""},
		{name: "figure in the body", body: `<figure><img src="/photos/ferry.jpg" alt="The ferry"></figure>`, want: "https://news.example/photos/ferry.jpg"},
		{name: "lazy figure: data-src over a blank.gif", body: `<figure><img src="/img/blank.gif" data-src="/photos/ferry.jpg"></figure>`, want: "https://news.example/photos/ferry.jpg"},
		{name: "lazy figure: srcset over a data URI", body: `<figure><img src="data:image/gif;base64,R0lGOD" data-srcset="/p/ferry-400.jpg 400w, /p/ferry-1200.jpg 1200w"></figure>`, want: "https://news.example/p/ferry-1200.jpg"},
		{name: "lazy figure: placeholder svg", body: `<figure><img src="/assets/placeholder.svg" data-original="/p/ferry.jpg"></figure>`, want: "https://news.example/p/ferry.jpg"},
		{name: "picture source", body: `<figure><picture><source srcset="/p/a-800.webp 800w, /p/a-1600.webp 1600w"><img src="data:,"></picture></figure>`, want: "https://news.example/p/a-1600.webp"},
		{name: "wide image outside a figure", body: `<p><img src="/p/wide.jpg" width="960" height="540"></p>`, want: "https://news.example/p/wide.jpg"},
		{name: "image of unknown size outside a figure", body: `<p><img src="/p/inline.jpg"></p>`, want: ""},
		{name: "tracking pixel", body: `<figure><img src="https://news.example/t.gif?id=5" width="1" height="1"></figure>`, want: ""},
		{name: "tracking host", body: `<figure><img src="https://pixel.example.net/p.jpg"></figure>`, want: ""},
		{name: "icon by size", body: `<figure><img src="/p/share.png" width="24" height="24"></figure>`, want: ""},
		{name: "logo in the header", body: `<header><img src="/p/masthead.jpg" width="800"></header>`, want: ""},
		{name: "logo by file name", body: `<figure><img src="/p/gazette-logo.jpg"></figure>`, want: ""},
		{name: "avatar box", body: `<div class="author-box"><figure><img src="/p/ann.jpg"></figure></div>`, want: ""},
		{name: "teaser link", body: `<a href="/other-story"><img src="/p/other.jpg" width="600"></a>`, want: ""},
		{name: "article figure before a sidebar image", body: `<div class="widget-x"><img src="/p/ad.jpg" width="600"></div><article><figure><img src="/p/lead.jpg"></figure></article>`, want: "https://news.example/p/lead.jpg"},
		{name: "relative image without a page URL", url: "-", body: `<figure><img src="/p/ferry.jpg"></figure>`, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!DOCTYPE html><html lang="en"><head><title>Ferry</title>` + tt.head + `</head><body>` + body + tt.body + `</body></html>`
			u := tt.url
			switch u {
			case "":
				u = "https://news.example/2015/03/06/ferry"
			case "-":
				u = ""
			}
			res, err := extract.Extract(strings.NewReader(page), extract.Options{URL: u, Fetched: fetched})
			if err != nil {
				t.Fatal(err)
			}
			if res.Image != tt.want {
				t.Errorf("image %q, want %q", res.Image, tt.want)
			}
		})
	}
}

func TestExtract_SectionAndTags(t *testing.T) {
	tests := []struct {
		name        string
		head        string
		wantSection string
		wantTags    []string
	}{
		{name: "none"},
		{name: "OpenGraph", head: `<meta property="article:section" content="Local">` +
			`<meta property="article:tag" content="Ferries"><meta property="article:tag" content="Islands">`,
			wantSection: "Local", wantTags: []string{"Ferries", "Islands"}},
		{name: "JSON-LD", head: `<script type="application/ld+json">{"@type":"NewsArticle","articleSection":["Local","Transport"],"keywords":"ferries, islands , harbour"}</script>`,
			wantSection: "Local", wantTags: []string{"ferries", "islands", "harbour"}},
		{name: "JSON-LD keyword list and machine tokens", head: `<script type="application/ld+json">{"@type":"NewsArticle","keywords":["Ferries","type:news","Harbour"]}</script>`,
			wantTags: []string{"Ferries", "Harbour"}},
		{name: "news_keywords after tags, duplicates dropped", head: `<meta property="article:tag" content="Ferries">` +
			`<meta name="news_keywords" content="ferries, Weather">`,
			wantTags: []string{"Ferries", "Weather"}},
		{name: "OpenGraph section wins", head: `<meta property="article:section" content="Local">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","articleSection":"News"}</script>`,
			wantSection: "Local"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Ferry</title>` + tt.head + `</head><body><h1>Ferry</h1><p>The ferry sailed again.</p></body></html>`
			res, err := extract.Extract(strings.NewReader(page), extract.Options{URL: "https://news.example/ferry", Fetched: fetched})
			if err != nil {
				t.Fatal(err)
			}
			if res.Section != tt.wantSection {
				t.Errorf("section %q, want %q", res.Section, tt.wantSection)
			}
			if !slices.Equal(res.Tags, tt.wantTags) {
				t.Errorf("tags %q, want %q", res.Tags, tt.wantTags)
			}
		})
	}
}

func TestExtract_ArticleMarkup(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{name: "none", body: `<div><h1>Ferry</h1><p>Text.</p></div>`},
		{name: "one article", body: `<article><h1>Ferry</h1><p>Text.</p><article>a nested teaser</article></article>`, want: true},
		{name: "a list of articles", body: `<article><a href="/a">A</a></article><article><a href="/b">B</a></article>`},
		{name: "articleBody", body: `<div itemprop="articleBody"><p>Text.</p></div>`, want: true},
		{name: "microdata type", body: `<div itemscope itemtype="https://schema.org/NewsArticle"><p>Text.</p></div>`, want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := extract.Extract(strings.NewReader(`<html><body>`+tt.body+`</body></html>`), extract.Options{Fetched: fetched})
			if err != nil {
				t.Fatal(err)
			}
			if res.ArticleMarkup != tt.want {
				t.Errorf("ArticleMarkup %v, want %v", res.ArticleMarkup, tt.want)
			}
		})
	}
}
