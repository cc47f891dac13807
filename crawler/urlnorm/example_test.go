package urlnorm_test

import (
	"errors"
	"fmt"
	"net/url"
	"time"

	"newslink/crawler/urlnorm"
)

func ExampleNormalize() {
	for _, raw := range []string{
		"HTTPS://News.Example.com:443/world/./europe/../story%7e1?utm_source=rss&b=2&a=1#comments",
		"http://Bücher.example/a/",
		"mailto:editor@example.com",
	} {
		s, err := urlnorm.Normalize(raw)
		if errors.Is(err, urlnorm.ErrScheme) {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Println(s)
	}
	// Output:
	// https://news.example.com/world/story~1?a=1&b=2
	// http://xn--bcher-kva.example/a/
	// skip: urlnorm: normalize "mailto:editor@example.com": unsupported scheme "mailto"
}

func ExampleResolve() {
	page, _ := url.Parse("https://news.example.com/world/europe/story.html")
	for _, href := range []string{"../asia/other.html", "/about", "?page=2", "//cdn.example.com/x.jpg"} {
		s, _ := urlnorm.Resolve(page, href)
		fmt.Println(s)
	}
	// Output:
	// https://news.example.com/world/asia/other.html
	// https://news.example.com/about
	// https://news.example.com/world/europe/story.html?page=2
	// https://cdn.example.com/x.jpg
}

func ExampleLooksLikeTrap() {
	now := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(urlnorm.LooksLikeTrap("https://example.com/2026/11/25/story", now))
	fmt.Println(urlnorm.LooksLikeTrap("https://example.com/calendar/2031/05/", now))
	fmt.Println((*urlnorm.TrapConfig)(nil).Check("https://example.com/a/b/a/b/a/b?year=2099", now))
	// Output:
	// false
	// true
	// repeated-segments|calendar
}

func ExampleIdentifier() {
	for _, raw := range []string{
		"HTTPS://News.Example/world/story?utm_source=rss",
		"urn:newsml:example.com:20150306:story",
	} {
		id, err := urlnorm.Identifier(raw)
		fmt.Println(id, err)
	}
	// Output:
	// https://news.example/world/story <nil>
	// urn:newsml:example.com:20150306:story <nil>
}
