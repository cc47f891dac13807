package robots_test

import (
	"fmt"
	"net/url"

	"newslink/crawler/robots"
)

func ExampleParse() {
	r := robots.Parse([]byte(`# rules before the first user-agent line are ignored
Disallow: /

User-agent: *
Disallow: /search?q=
Disallow: /*.pdf$
Disallow: /ümlaut
Allow: /search?q=news # longer, so it wins
Crawl-delay: 2.5

Sitemap: https://news.example/sitemap.xml
`))
	const ua = "newslink/0.1 (+https://example.org/bot)"
	for _, target := range []string{"/", "/search?q=weather", "/search?q=news", "/a.pdf", "/a.pdf?dl=1", "/%C3%BCmlaut"} {
		fmt.Println(target, r.Allowed(ua, target))
	}
	fmt.Println(r.CrawlDelay(ua))
	fmt.Println(r.Sitemaps())
	// Output:
	// / true
	// /search?q=weather false
	// /search?q=news true
	// /a.pdf false
	// /a.pdf?dl=1 true
	// /%C3%BCmlaut false
	// 2.5s true
	// [https://news.example/sitemap.xml]
}

func ExampleFromStatus() {
	body := []byte("User-agent: *\nDisallow: /private/\n")
	u, _ := url.Parse("https://news.example/private/a?b=1")
	for _, status := range []int{200, 404, 503, 0} {
		r := robots.FromStatus(status, body)
		fmt.Println(status, r.Allowed("newslink", u.RequestURI()), r.Allowed("newslink", "/robots.txt"))
	}
	// Output:
	// 200 false true
	// 404 true true
	// 503 false true
	// 0 false true
}

func ExampleProductToken() {
	fmt.Println(robots.ProductToken("newslink/0.1 (+https://example.org/bot)"))
	fmt.Println(robots.ProductToken("Mozilla/5.0 (compatible; ExampleBot/0.1; https://www.example.com/bot.html)"))
	// Output:
	// newslink
	// ExampleBot
}
