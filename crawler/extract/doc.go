// Package extract pulls the headline, dates, authors, language, canonical URL,
// summary and body text out of a news article page with goquery.
//
// It does no I/O beyond reading the page it is given, so both the crawler
// and the offline extract command use it.
package extract
