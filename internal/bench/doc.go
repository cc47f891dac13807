// Package bench holds the built-in benchmarks of "newslink bench", whose
// figures BENCHMARKS.md records: Crawl (a loopback site crawled end to
// end, against the extractor's own rate), Frontier (URLs queued in the
// bbolt frontier) and WARC (import-warc against extract --input, as
// processes). It is measuring code, not part of the product: no product
// package imports it.
//
// Each benchmark works in a temporary folder that it removes, and
// returns its figures as a result struct with JSON field names and a
// WriteText method for the text the command prints.
package bench
