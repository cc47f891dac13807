package discover_test

import (
	"fmt"
	"net/url"
	"strings"

	"newslink/crawler/discover"
)

func ExampleParseSitemap() {
	sm, err := discover.ParseSitemap([]byte(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://news.example.com/2026/11/25/storm</loc>
    <news:news>
      <news:publication_date>2026-11-25T08:15:00Z</news:publication_date>
      <news:title>Storm hits the coast</news:title>
    </news:news>
  </url>
  <url><loc>https://news.example.com/about</loc><lastmod>2026-01-02</lastmod></url>
</urlset>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range sm.Entries {
		fmt.Printf("%s %q published=%s modified=%s\n", e.URL, e.Title,
			e.Published.Format("2006-01-02T15:04Z07:00"), e.Modified.Format("2006-01-02"))
	}
	// Output:
	// https://news.example.com/2026/11/25/storm "Storm hits the coast" published=2026-11-25T08:15Z modified=0001-01-01
	// https://news.example.com/about "" published=0001-01-01T00:00Z modified=2026-01-02
}

func ExampleParseFeed() {
	entries, err := discover.ParseFeed([]byte(`<rss version="2.0"><channel>
  <item><title>Older</title><link>https://e.com/older</link><pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate></item>
  <item><title>Newer</title><link>https://e.com/newer</link><pubDate>Tue, 24 Nov 2026 09:00:00 EST</pubDate></item>
  <item><title>Undated</title><link>https://e.com/undated</link></item>
</channel></rss>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	discover.SortNewest(entries)
	for _, e := range entries {
		fmt.Println(e.Title, e.URL, e.Published.UTC().Format("2006-01-02 15:04"))
	}
	// Output:
	// Newer https://e.com/newer 2026-11-24 14:00
	// Older https://e.com/older 2026-11-23 09:00
	// Undated https://e.com/undated 0001-01-01 00:00
}

func ExampleFeedLinks() {
	page, _ := url.Parse("https://blog.example.org/posts/hello")
	links, err := discover.FeedLinks(strings.NewReader(`<html><head>
<link rel="alternate" type="application/rss+xml" title="Posts" href="/feed">
<link rel="alternate" type="application/atom+xml" title="Comments" href="/comments/atom.xml">
</head><body>...</body></html>`), page)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range links {
		fmt.Println(l.Type, l.URL, l.Title)
	}
	if len(links) == 0 {
		fmt.Println("probe", discover.CommonFeedPaths)
	}
	// Output:
	// application/rss+xml https://blog.example.org/feed Posts
	// application/atom+xml https://blog.example.org/comments/atom.xml Comments
}

func ExampleParseDate() {
	for _, s := range []string{"2015-03-06T10:32Z", "Fri, 6 Mar 2015 10:32:00 EST", "yesterday"} {
		t, ok := discover.ParseDate(s)
		fmt.Println(t.UTC().Format("2006-01-02 15:04"), ok)
	}
	// Output:
	// 2015-03-06 10:32 true
	// 2015-03-06 15:32 true
	// 0001-01-01 00:00 false
}
