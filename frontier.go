package newslink

import "time"

// URLKind says what a queued URL is expected to be, which decides how its
// response is read.
type URLKind int

// The kinds of queued URL.
const (
	KindPage    URLKind = iota // an HTML page: an article or a section page
	KindSitemap                // a sitemap or sitemap index
	KindFeed                   // an RSS or Atom feed
)

// FrontierItem is one URL in a crawl frontier, with what the crawler knows
// of it. Frontiers (in memory, in the bbolt file, in Redis) store it as is.
type FrontierItem struct {
	URL       string    // canonical URL: the page's identity, for recognising it
	Fetch     string    // the URL as found, which is what is requested; "" when it is URL
	Depth     int       // link hops from a seed
	Kind      URLKind   // what the URL is expected to be
	Published time.Time // publication date a sitemap or feed gave, for newest-first order
	Attempts  int       // failed fetches so far in this run
	Redirects int       // redirects followed to reach this URL
	NotBefore time.Time // not to be fetched before this time (retries, Retry-After)

	// ETag and LastModified are the validators of the last successful
	// fetch, sent back in a conditional request (RFC 9110 section 13).
	ETag         string
	LastModified string
	// Article records that the last fetch found an article (which is
	// revisited by its age) rather than a section page (read every run).
	Article bool
	// Seen is when the URL was first fetched successfully, the age of an
	// article that states no date.
	Seen time.Time
}

// RequestURL returns the URL to request: the URL as found, or the
// canonical URL when the item has no other.
func (it *FrontierItem) RequestURL() string {
	if it.Fetch != "" {
		return it.Fetch
	}
	return it.URL
}

// Better reports whether a should be fetched before b: sitemaps and feeds
// first, then the newest, then the shallowest. Equal items are in no order.
func (a *FrontierItem) Better(b *FrontierItem) bool {
	if (a.Kind != KindPage) != (b.Kind != KindPage) {
		return a.Kind != KindPage
	}
	if !a.Published.Equal(b.Published) {
		return a.Published.After(b.Published)
	}
	return a.Depth < b.Depth
}
