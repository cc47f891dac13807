package extract_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"newslink/crawler/extract"
)

func ExampleExtract() {
	page := `<html lang="en"><head><title>Bridge reopens | Example News</title>
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Bridge reopens</h1><p class="byline">By Ann Lee, 6 March 2015</p>
<p>The bridge reopened to traffic on Friday after six months of repairs.</p>
<p>Engineers replaced the deck and repainted the whole span.</p></article>
<footer>© 2024 Example News</footer></body></html>`
	res, err := extract.Extract(strings.NewReader(page), extract.Options{
		URL:     "https://news.example/bridge",
		Fetched: time.Date(2015, 3, 7, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Headline)
	fmt.Println(res.Published)
	fmt.Println(res.Authors)
	fmt.Println(res.Body)
	// Output:
	// Bridge reopens
	// 2015-03-06
	// [Ann Lee]
	// The bridge reopened to traffic on Friday after six months of repairs.
	//
	// Engineers replaced the deck and repainted the whole span.
}

func ExampleExtractDocument() {
	// A page colly or goquery has already parsed is not parsed again.
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(`<html><body>
<article><h1>Ferry timetable changes</h1><time datetime="2024-09-01T07:00:00+02:00">1 September</time>
<p>The winter timetable of the lake ferries starts on Sunday, with two fewer crossings a day.</p></article>
</body></html>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := extract.ExtractDocument(doc, extract.Options{Fetched: time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Headline, "|", res.Published)
	// Output:
	// Ferry timetable changes | 2024-09-01T07:00:00+02:00
}
