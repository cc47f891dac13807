package crawler

import (
	"context"
	"time"

	"newslink/crawler/discover"
)

// readSitemap queues the pages and child sitemaps a sitemap lists. Pages
// carry the sitemap's dates, so the newest are fetched first.
func (r *run) readSitemap(ctx context.Context, it Item, resp *response) error {
	sm, err := discover.ParseSitemap(resp.body)
	if err != nil {
		r.log.Warn("unreadable sitemap", "url", it.URL, "err", err)
		r.count(func(s *Stats) { s.Skipped++ })
		return nil
	}
	var items []Item
	for _, loc := range sm.Sitemaps {
		if n, err := resolveAbs(loc); err == nil && r.onHost(n) {
			items = append(items, Item{URL: n, Kind: KindSitemap, Depth: it.Depth})
		}
	}
	items = append(items, r.entries(sm.Entries, it.Depth+1)...)
	return r.push(ctx, items...)
}

// readFeed queues the articles an RSS or Atom feed lists.
func (r *run) readFeed(ctx context.Context, it Item, resp *response) error {
	entries, err := discover.ParseFeed(resp.body)
	if err != nil {
		r.log.Warn("unreadable feed", "url", it.URL, "err", err)
		r.count(func(s *Stats) { s.Skipped++ })
		return nil
	}
	return r.push(ctx, r.entries(entries, it.Depth+1)...)
}

// entries turns sitemap or feed entries into page items on crawled hosts.
func (r *run) entries(es []discover.Entry, depth int) []Item {
	var items []Item
	for _, e := range es {
		n, err := resolveAbs(e.URL)
		if err != nil || !r.allowedLink(n) {
			continue
		}
		when := e.Published
		if when.IsZero() {
			when = e.Modified
		}
		if when.After(r.cfg.Now()) {
			when = time.Time{} // a date in the future is no evidence of freshness
		}
		items = append(items, Item{URL: n, Depth: depth, Published: when})
	}
	return items
}
