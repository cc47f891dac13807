package extract_test

import (
	"fmt"
	"strings"
	"time"

	"newslink/crawler/extract"
)

func ExampleCompileSiteRules() {
	rules, err := extract.CompileSiteRules(extract.Selectors{
		Headline:  "div.kicker span.real-title",
		Published: "span.stamp@data-ts", // an attribute, here Unix seconds
		Body:      "div.s1 p, div.s2 p",
		Remove:    []string{".promo"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	page := `<html><head><title>Gazette</title></head><body>
<div class="kicker"><span>Local</span> <span class="real-title">Ferry sails again</span></div>
<span class="stamp" data-ts="1425646800">Friday</span>
<div class="s1"><p>The ferry sailed again on Friday.</p></div>
<div class="promo"><p>Subscribe today.</p></div>
<div class="s2"><p>Crossings return to four a day next week.</p></div>
<figure><img src="/img/blank.gif" data-src="/img/ferry.jpg" alt=""></figure></body></html>`
	res, err := extract.Extract(strings.NewReader(page), extract.Options{
		URL: "https://gazette.example.org/local/ferry", Site: rules,
		Fetched: time.Date(2015, 3, 7, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Headline)
	fmt.Println(res.Published)
	fmt.Println(res.Image)
	fmt.Println(res.Body)

	_, err = extract.CompileSiteRules(extract.Selectors{Body: "div["})
	fmt.Println(err)
	// Output:
	// Ferry sails again
	// 2015-03-06T13:00:00Z
	// https://gazette.example.org/img/ferry.jpg
	// The ferry sailed again on Friday.
	//
	// Crossings return to four a day next week.
	// body: bad selector "div[": expected identifier, found EOF instead
}
