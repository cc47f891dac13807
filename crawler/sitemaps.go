package crawler

import (
	"bytes"
	"context"
	"time"

	"newslink/crawler/discover"
)

// readSitemap queues the pages and child sitemaps a sitemap lists. Pages
// carry the sitemap's dates, so the newest are fetched first.
func (r *run) readSitemap(ctx context.Context, it Item, resp *response) error {
	sm, err := discover.ParseSitemap(resp.body)
	if err != nil {
		r.unreadable(it, resp, err)
		if sm == nil {
			return nil
		}
		// A sitemap cut short or over the protocol's limits: what was read
		// before the problem is still good.
	}
	var items []Item
	for _, loc := range sm.Sitemaps {
		if l, ok := linkAbs(loc); ok && r.onHost(l.URL) {
			l.Kind, l.Depth = KindSitemap, it.Depth
			items = append(items, l)
		}
	}
	items = append(items, r.entries(sm.Entries, it.Depth+1)...)
	return r.push(ctx, items...)
}

// readFeed queues the articles an RSS or Atom feed lists.
func (r *run) readFeed(ctx context.Context, it Item, resp *response) error {
	entries, err := discover.ParseFeed(resp.body)
	if err != nil {
		r.unreadable(it, resp, err)
		if entries == nil {
			return nil
		}
	}
	return r.push(ctx, r.entries(entries, it.Depth+1)...)
}

// unreadable logs a sitemap or feed that could not be read. An HTML page
// where one was guessed (a common feed path answered by the front page) is
// no news, and is logged at debug level only.
func (r *run) unreadable(it Item, resp *response, err error) {
	r.count(func(s *Stats) { s.Skipped++ })
	if sniffKind(resp) == KindPage && bytes.Contains(bytes.ToLower(resp.body[:min(len(resp.body), 2048)]), []byte("<html")) {
		r.log.Debug("not a sitemap or feed", "url", it.URL, "err", err)
		return
	}
	r.log.Warn("unreadable sitemap or feed", "url", it.URL, "err", err)
}

// entries turns sitemap or feed entries into page items on crawled hosts.
func (r *run) entries(es []discover.Entry, depth int) []Item {
	var items []Item
	for _, e := range es {
		l, ok := linkAbs(e.URL)
		if !ok || !r.allowedLink(l.URL) {
			continue
		}
		when := e.Published
		if when.IsZero() {
			when = e.Modified
		}
		if when.After(r.cfg.Now()) {
			when = time.Time{} // a date in the future is no evidence of freshness
		}
		l.Depth, l.Published = depth, when
		items = append(items, l)
	}
	return items
}
