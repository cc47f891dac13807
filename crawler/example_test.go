package crawler_test

import (
	"context"
	"fmt"

	"newslink/crawler"
	"newslink/fixtures"
)

// ExampleCrawl crawls the fixture news site with politeness off and counts
// what it stored.
func ExampleCrawl() {
	srv := fixtures.NewServer()
	defer srv.Close()
	sink := &memSink{}
	cfg := crawler.Config{Seeds: []string{srv.URL + "/"}, Delay: -1, Workers: 4, Concurrency: 4}
	st, err := crawler.Crawl(context.Background(), cfg, &crawler.MemFrontier{}, sink, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("articles stored:", sink.len() == len(fixtures.Stories()))
	fmt.Println("errors:", st.Errors)
	// Output:
	// articles stored: true
	// errors: 0
}
