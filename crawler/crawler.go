package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"newslink"
	"newslink/crawler/discover"
	"newslink/crawler/extract"
	"newslink/crawler/urlnorm"
)

// Sink receives every article the crawl extracts. store.DB implements it.
type Sink interface {
	// PutArticle creates or updates the article stored under a.URL.
	PutArticle(ctx context.Context, a *newslink.Article) (newslink.Change, error)
}

// maxAttempts is how often one URL is fetched in a run before it is left
// for the next run.
const maxAttempts = 3

// Stats summarises a crawl. Its zero value is an empty summary.
type Stats struct {
	Fetched     int           `json:"fetched"`      // responses received, robots.txt excluded
	Articles    int           `json:"articles"`     // article pages extracted
	NotArticles int           `json:"not_articles"` // pages read and judged not to be articles (section and index pages, noindex pages)
	Created     int           `json:"created"`      // articles new to the sink
	Updated     int           `json:"updated"`      // articles whose stored content changed
	Unchanged   int           `json:"unchanged"`    // articles fetched again with the same content
	NotModified int           `json:"not_modified"` // 304 answers to conditional requests
	Disallowed  int           `json:"disallowed"`   // URLs robots.txt forbids
	Skipped     int           `json:"skipped"`      // non-HTML responses and other pages not read
	Retries     int           `json:"retries"`      // fetches tried again after a failure
	Errors      int           `json:"errors"`       // URLs given up on in this run
	Queued      int           `json:"queued"`       // URLs added to the frontier
	Requeued    int           `json:"requeued"`     // URLs queued again at the start: unfinished, failed or due for a revisit
	Duration    time.Duration `json:"duration_ns"`  // wall time of the run
	Stopped     string        `json:"stopped,omitempty"`
	Failures    []Failure     `json:"failures,omitempty"` // the first few errors
}

// WriteText writes the summary for a person, as "newslink crawl" prints
// it: one line of duration, then one line per count, then the failures.
// It returns the first write error.
func (s *Stats) WriteText(out io.Writer) error {
	w := &errWriter{w: out}
	fmt.Fprintf(w, "crawl finished in %v", s.Duration.Round(time.Millisecond))
	if s.Stopped != "" {
		fmt.Fprintf(w, " (stopped: %s)", s.Stopped)
	}
	fmt.Fprintf(w, "\n  pages fetched   %d\n  articles        %d (%d new, %d updated, %d unchanged)\n  not articles    %d (section, index and noindex pages)\n",
		s.Fetched, s.Articles, s.Created, s.Updated, s.Unchanged, s.NotArticles)
	fmt.Fprintf(w, "  not modified    %d\n  robots.txt      %d disallowed\n  skipped         %d\n  retries         %d\n  errors          %d\n",
		s.NotModified, s.Disallowed, s.Skipped, s.Retries, s.Errors)
	for _, f := range s.Failures {
		fmt.Fprintf(w, "    %s: %s\n", f.URL, f.Error)
	}
	return w.err
}

// errWriter remembers the first error of its writer, so that text written
// with many Fprintf calls reports a failed write once, at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// Failure is one URL the crawl gave up on.
type Failure struct {
	URL   string `json:"url"`
	Error string `json:"error"`
}

// maxFailures is how many failures Stats keeps.
const maxFailures = 20

// Crawl runs one crawl: it fetches what front holds and what it discovers
// from cfg.Seeds, hands articles to sink and returns a summary. It returns
// an error for an invalid cfg (before any request) or a failing frontier
// or sink; errors of single URLs are counted in Stats. When ctx is
// cancelled it stops starting requests, waits for those in flight and
// returns the summary with ctx's error.
func Crawl(ctx context.Context, cfg Config, front Frontier, sink Sink, log *slog.Logger) (*Stats, error) {
	s, err := validate(cfg)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	r := &run{cfg: s, front: front, sink: sink, log: log, changed: make(chan struct{}), start: s.Now(), recent: newRecentURLs()}
	r.fetch = newFetcher(ctx, s)
	r.hosts = &hosts{m: map[string]*host{}, cfg: s, limiter: s.Limiter, cache: s.Robots, fetchRobots: r.fetchRobots}
	if s.MaxDuration > 0 {
		r.deadline = r.start.Add(s.MaxDuration)
	}
	var seeds []Item
	for _, u := range s.seeds {
		n, err := urlnorm.Normalize(u.String())
		if err != nil {
			return nil, fmt.Errorf("%w: seed %q: %v", ErrConfig, u, err)
		}
		f, err := urlnorm.Request(u.String())
		if err != nil {
			return nil, fmt.Errorf("%w: seed %q: %v", ErrConfig, u, err)
		}
		seeds = append(seeds, Item{URL: n, Fetch: f})
	}
	requeued, err := front.Begin(ctx, r.start)
	if err != nil {
		return nil, fmt.Errorf("crawler: begin run: %w", err)
	}
	r.stats.Requeued = requeued
	// Seeds are section pages read again on every run, so they bypass the
	// seen-set of a persistent frontier.
	for _, it := range seeds {
		if err := front.Retry(ctx, it); err != nil {
			return nil, fmt.Errorf("crawler: queue seed %s: %w", it.URL, err)
		}
	}

	var wg sync.WaitGroup
	errs := make(chan error, s.Workers)
	for range s.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.worker(ctx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	r.stats.Duration = s.Now().Sub(r.start)
	st := r.stats
	if err := <-errs; err != nil {
		return &st, err
	}
	if err := ctx.Err(); err != nil {
		st.Stopped = "interrupted"
		return &st, err
	}
	return &st, nil
}

// run is the state of one crawl.
type run struct {
	cfg      *settings
	front    Frontier
	sink     Sink
	log      *slog.Logger
	fetch    *fetcher
	hosts    *hosts
	start    time.Time
	deadline time.Time

	mu         sync.Mutex
	progressMu sync.Mutex // serialises Config.Progress calls
	stats      Stats
	inflight   int
	started    int           // items popped, against MaxPages
	changed    chan struct{} // closed and replaced when work finishes
	fatal      error

	recent *recentURLs // links already handed to the frontier
}

// notify wakes the workers waiting for work.
func (r *run) notify() {
	r.mu.Lock()
	close(r.changed)
	r.changed = make(chan struct{})
	r.mu.Unlock()
}

// worker takes items from the frontier until none is left or a limit is
// reached.
func (r *run) worker(ctx context.Context) error {
	for {
		if ctx.Err() != nil {
			return nil
		}
		r.mu.Lock()
		if r.fatal != nil {
			r.mu.Unlock()
			return nil
		}
		if r.started >= r.cfg.MaxPages {
			r.stats.Stopped = "max pages"
			r.mu.Unlock()
			return nil
		}
		if !r.deadline.IsZero() && !r.cfg.Now().Before(r.deadline) {
			r.stats.Stopped = "max duration"
			r.mu.Unlock()
			return nil
		}
		r.started++
		r.inflight++
		changed := r.changed
		r.mu.Unlock()

		it, ok, next, err := r.front.Pop(ctx, r.cfg.Now())
		if err == nil && ok {
			err = r.process(ctx, it)
		}
		r.mu.Lock()
		r.inflight--
		if !ok || err != nil {
			r.started--
		}
		idle := r.inflight == 0
		if err != nil && r.fatal == nil {
			r.fatal = err
		}
		r.mu.Unlock()
		if err != nil {
			r.notify()
			return err
		}
		if ok {
			if r.cfg.Progress != nil {
				r.progressMu.Lock()
				r.mu.Lock()
				st := r.stats
				r.mu.Unlock()
				st.Duration = r.cfg.Now().Sub(r.start)
				r.cfg.Progress(st)
				r.progressMu.Unlock()
			}
			r.notify()
			continue
		}
		if idle && next.IsZero() {
			r.notify() // nothing queued, nothing in flight: the crawl is over
			return nil
		}
		wait := 100 * time.Millisecond
		if !next.IsZero() {
			wait = min(max(next.Sub(r.cfg.Now()), time.Millisecond), wait)
		}
		t := time.NewTimer(wait)
		select {
		case <-changed:
		case <-t.C:
		case <-ctx.Done():
		}
		t.Stop()
	}
}

// count updates the statistics under the lock.
func (r *run) count(f func(*Stats)) {
	r.mu.Lock()
	f(&r.stats)
	r.mu.Unlock()
}

// fail gives up on an item for this run.
func (r *run) fail(ctx context.Context, it Item, cause error) error {
	r.log.Warn("giving up on url", "url", it.URL, "attempts", it.Attempts, "err", cause)
	r.count(func(s *Stats) {
		s.Errors++
		if len(s.Failures) < maxFailures {
			s.Failures = append(s.Failures, Failure{URL: it.URL, Error: cause.Error()})
		}
	})
	return r.front.Fail(ctx, it, cause)
}

// retry queues the item again after a back-off, or gives up on it.
func (r *run) retry(ctx context.Context, it Item, cause error, after time.Duration) error {
	it.Attempts++
	if it.Attempts >= maxAttempts {
		return r.fail(ctx, it, cause)
	}
	if after <= 0 {
		after = r.cfg.RetryBackoff << (it.Attempts - 1) // 1s, 2s, ... by default
	}
	it.NotBefore = r.cfg.Now().Add(after)
	r.log.Info("retrying url", "url", it.URL, "attempt", it.Attempts, "after", after, "err", cause)
	r.count(func(s *Stats) { s.Retries++ })
	return r.front.Retry(ctx, it)
}

// fetchRobots fetches a robots.txt for the host cache.
func (r *run) fetchRobots(ctx context.Context, rawURL string, wrote func()) (int, []byte, error) {
	resp, err := r.fetch.get(rawURL, nil, wrote)
	if errors.Is(err, ErrForbiddenAddress) {
		return 0, nil, err
	}
	if err != nil {
		r.log.Warn("robots.txt unreachable: host treated as disallowed", "url", rawURL, "err", err)
		return 0, nil, nil
	}
	return resp.status, resp.body, nil
}

// process fetches one item and acts on the response. It returns an error
// only when the frontier or the sink fails.
func (r *run) process(ctx context.Context, it Item) error {
	// The URL as found is what is requested and what robots.txt is
	// matched against; the canonical URL only names the page.
	u, err := url.Parse(it.RequestURL())
	if err != nil {
		return r.fail(ctx, it, err)
	}
	rob, fresh, err := r.hosts.robotsFor(ctx, u, r.deadline)
	if errors.Is(err, ErrForbiddenAddress) {
		return r.fail(ctx, it, err)
	}
	if errors.Is(err, errPastDeadline) {
		r.count(func(s *Stats) { s.Stopped = "max duration" })
		return r.front.Retry(context.WithoutCancel(ctx), it) // for the next run
	}
	if err != nil && ctx.Err() != nil {
		return r.front.Retry(context.WithoutCancel(ctx), it) // cancelled: keep the item
	}
	if err != nil {
		return err
	}
	if fresh {
		if err := r.push(ctx, r.discoveryItems(u, rob.Sitemaps())...); err != nil {
			return err
		}
	}
	if !rob.Allowed(r.cfg.UserAgent, u.RequestURI()) {
		r.log.Debug("disallowed by robots.txt", "url", it.URL)
		r.count(func(s *Stats) { s.Disallowed++ })
		return r.front.Complete(ctx, it, r.cfg.Now()) // robots.txt may change by the next run
	}
	release, wrote, err := r.hosts.acquire(ctx, hostKey(u), r.deadline)
	if errors.Is(err, errPastDeadline) {
		r.count(func(s *Stats) { s.Stopped = "max duration" })
		return r.front.Retry(context.WithoutCancel(ctx), it) // for the next run
	}
	if err != nil {
		return r.front.Retry(context.WithoutCancel(ctx), it) // cancelled: keep the item
	}
	var hdr http.Header
	if it.ETag != "" || it.LastModified != "" {
		hdr = http.Header{}
		if it.ETag != "" {
			hdr.Set("If-None-Match", it.ETag)
		}
		if it.LastModified != "" {
			hdr.Set("If-Modified-Since", it.LastModified)
		}
	}
	resp, err := r.fetch.get(it.RequestURL(), hdr, wrote)
	if rerr := release(); rerr != nil {
		return fmt.Errorf("crawler: politeness: %w", rerr)
	}
	if err != nil {
		if ctx.Err() != nil {
			return r.front.Retry(context.WithoutCancel(ctx), it) // keep the item for the next run
		}
		if errors.Is(err, ErrContentType) {
			r.count(func(s *Stats) { s.Skipped++ })
			return r.front.Complete(ctx, it, time.Time{})
		}
		if permanent(err) {
			return r.fail(ctx, it, err)
		}
		return r.retry(ctx, it, err, 0)
	}
	r.count(func(s *Stats) { s.Fetched++ })
	r.log.Debug("fetched", "url", it.URL, "status", resp.status, "bytes", len(resp.body))

	switch st := resp.status; {
	case st == http.StatusNotModified:
		r.count(func(s *Stats) { s.NotModified++ })
		return r.front.Complete(ctx, it, r.revisit(it, it.Article, it.Published))
	case st == http.StatusTooManyRequests || st == http.StatusServiceUnavailable:
		d, _ := retryAfter(resp.header, r.cfg.Now())
		if d > 0 {
			if err := r.hosts.backOff(ctx, hostKey(u), r.cfg.Now().Add(d)); err != nil {
				return err
			}
		}
		return r.retry(ctx, it, fmt.Errorf("http status %d", st), d)
	case st >= 500:
		return r.retry(ctx, it, fmt.Errorf("http status %d", st), 0)
	case st >= 300 && st < 400 && resp.header.Get("Location") != "":
		return r.redirect(ctx, it, resp)
	case st >= 300 && it.Kind != KindPage:
		// A sitemap or feed path that is not there was a guess.
		r.count(func(s *Stats) { s.Skipped++ })
		return r.front.Complete(ctx, it, time.Time{})
	case st >= 300:
		// A client error will not go away by asking again soon: the URL
		// is done (a 404 page is not revisited) and counted as an error.
		r.count(func(s *Stats) {
			s.Errors++
			if len(s.Failures) < maxFailures {
				s.Failures = append(s.Failures, Failure{URL: it.URL, Error: fmt.Sprintf("http status %d", st)})
			}
		})
		return r.front.Complete(ctx, it, time.Time{})
	}

	it.ETag, it.LastModified = resp.header.Get("ETag"), resp.header.Get("Last-Modified")
	if it.Seen.IsZero() {
		it.Seen = r.cfg.Now()
	}
	revisit := r.cfg.Now() // section pages, feeds and sitemaps are read on every run
	if it.Kind == KindPage {
		it.Kind = sniffKind(resp) // a seed or a link may name a sitemap or a feed
	}
	switch it.Kind {
	case KindSitemap:
		err = r.readSitemap(ctx, it, resp)
	case KindFeed:
		err = r.readFeed(ctx, it, resp)
	default:
		pg := r.readPage(it, resp)
		it.Article = pg.article != nil
		if it.Article {
			it.Published = pg.article.Published.Time
			revisit = r.revisit(it, true, it.Published)
		} else if deepListing(it.URL) {
			revisit = r.cfg.Now().Add(revisitListing)
		}
		return r.commitPage(ctx, it, revisit, pg)
	}
	if err != nil {
		return err
	}
	return r.front.Complete(ctx, it, revisit)
}

// PageCommitter is a Frontier that stores all a page gave in one write:
// the links found on it, its article (nil if it is none), stored as the
// sink's PutArticle would, and the completion of its item. The crawler
// uses it when Shares says the frontier and the sink are one database,
// saving two commits per page. store.Frontier implements it.
type PageCommitter interface {
	Shares(sink any) bool
	CommitPage(ctx context.Context, it Item, revisit time.Time, links []Item, a *newslink.Article) (queued int, change newslink.Change, err error)
}

// commitPage stores what a page gave: the links to queue, its article and
// the completion of its item, in one write where the frontier can
// (PageCommitter), else in three.
func (r *run) commitPage(ctx context.Context, it Item, revisit time.Time, pg page) error {
	change := newslink.Unchanged
	if pc, ok := r.front.(PageCommitter); ok && pc.Shares(r.sink) {
		n, c, err := pc.CommitPage(ctx, it, revisit, pg.links, pg.article)
		if err != nil {
			return fmt.Errorf("crawler: store %s: %w", it.URL, err)
		}
		change = c
		r.count(func(s *Stats) { s.Queued += n })
	} else {
		if err := r.push(ctx, pg.links...); err != nil {
			return err
		}
		if pg.article != nil {
			c, err := r.sink.PutArticle(ctx, pg.article)
			if err != nil {
				return fmt.Errorf("crawler: store %s: %w", it.URL, err)
			}
			change = c
		}
		if err := r.front.Complete(ctx, it, revisit); err != nil {
			return err
		}
	}
	a := pg.article
	if a == nil {
		return nil
	}
	r.log.Debug("article", "url", it.URL, "change", change.String(), "headline", a.Headline)
	r.count(func(s *Stats) {
		s.Articles++
		switch change {
		case newslink.Created:
			s.Created++
		case newslink.Updated:
			s.Updated++
		default:
			s.Unchanged++
		}
	})
	return nil
}

// Revisit intervals of article pages, by the article's age: news is
// corrected and updated in its first days, rarely after a month.
const (
	revisitFresh  = time.Hour          // articles under two days old
	revisitRecent = 24 * time.Hour     // under a week old
	revisitOld    = 7 * 24 * time.Hour // older, until Config.RevisitMaxAge

	// revisitListing is when a listing's page past everyRunPages is read again.
	revisitListing = 24 * time.Hour
)

// sniffKind tells a sitemap or feed from a page by its first element (or
// gzip's magic number), whatever its Content-Type says.
func sniffKind(resp *response) newslink.URLKind {
	b := resp.body
	if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
		return KindSitemap
	}
	head := b[:min(len(b), 1024)]
	for _, root := range []string{"<urlset", "<sitemapindex"} {
		if bytes.Contains(head, []byte(root)) {
			return KindSitemap
		}
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:RDF"} {
		if bytes.Contains(head, []byte(root)) && !bytes.Contains(bytes.ToLower(head), []byte("<html")) {
			return KindFeed
		}
	}
	return KindPage
}

// revisit returns when an article page is due to be fetched again (with a
// conditional request), or the zero time when it is not to be: an article
// is revisited while it may still change, by its age (from its date, or
// from when it was first fetched when it states none): hourly in its first
// two days, daily in its first week, weekly until Config.RevisitMaxAge,
// then never.
func (r *run) revisit(it Item, article bool, published time.Time) time.Time {
	now := r.cfg.Now()
	if !article {
		return now
	}
	born := published
	if born.IsZero() {
		born = it.Seen
	}
	if born.IsZero() {
		born = now
	}
	maxAge := r.cfg.RevisitMaxAge
	switch age := now.Sub(born); {
	case maxAge < 0 || age >= maxAge:
		return time.Time{}
	case age < 48*time.Hour:
		return now.Add(revisitFresh)
	case age < 7*24*time.Hour:
		return now.Add(revisitRecent)
	default:
		return now.Add(revisitOld)
	}
}

// discoveryItems returns what to read on a host besides its pages: the
// sitemaps its robots.txt names (or /sitemap.xml when it names none), and
// the feeds at the paths where sites usually keep them.
func (r *run) discoveryItems(u *url.URL, sitemaps []string) []Item {
	origin := u.Scheme + "://" + u.Host
	if len(sitemaps) == 0 {
		sitemaps = []string{origin + "/sitemap.xml"}
	}
	var items []Item
	for _, sm := range sitemaps {
		if it, ok := linkAbs(sm); ok && r.onHost(it.URL) {
			it.Kind = KindSitemap
			items = append(items, it)
		}
	}
	for _, p := range discover.CommonFeedPaths {
		if it, ok := linkAbs(origin + p); ok {
			it.Kind = KindFeed
			items = append(items, it)
		}
	}
	return items
}

// redirect queues the target of a redirect in place of the item.
func (r *run) redirect(ctx context.Context, it Item, resp *response) error {
	loc := resp.header.Get("Location")
	found, ok := link(resp.url, loc)
	target := found.URL
	switch {
	case !ok:
		return r.fail(ctx, it, fmt.Errorf("%w: bad Location %q", ErrRedirect, loc))
	case it.Redirects >= r.cfg.MaxRedirects:
		return r.fail(ctx, it, fmt.Errorf("%w: more than %d redirects", ErrRedirect, r.cfg.MaxRedirects))
	case !r.onHost(target):
		return r.fail(ctx, it, fmt.Errorf("%w: to %s, off the crawled hosts", ErrRedirect, target))
	}
	next := it
	next.URL, next.Fetch, next.Redirects, next.Attempts, next.NotBefore = target, found.Fetch, it.Redirects+1, 0, time.Time{}
	if err := r.push(ctx, next); err != nil {
		return err
	}
	return r.front.Complete(ctx, it, time.Time{})
}

// permanent reports whether a fetch error will not go away by retrying.
func permanent(err error) bool {
	var ne net.Error
	switch {
	case errors.Is(err, ErrTooLarge), errors.Is(err, ErrForbiddenAddress), errors.Is(err, ErrRedirect):
		return true
	case errors.As(err, &ne) && ne.Timeout():
		return false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return true
	}
	return false
}

// onHost reports whether a canonical URL is on a crawled host.
func (r *run) onHost(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && r.cfg.hosts[hostKey(u)]
}

// allowedLink reports whether a canonical URL may be queued.
func (r *run) allowedLink(raw string) bool {
	if !r.onHost(raw) {
		return false
	}
	for _, re := range r.cfg.Skip {
		if re.MatchString(raw) {
			return false
		}
	}
	return !urlnorm.LooksLikeTrap(raw, r.cfg.Now())
}

// push queues items and counts them.
func (r *run) push(ctx context.Context, items ...Item) error {
	if len(items) == 0 {
		return nil
	}
	n, err := r.front.Push(ctx, items...)
	if err != nil {
		return fmt.Errorf("crawler: queue: %w", err)
	}
	r.count(func(s *Stats) { s.Queued += n })
	return nil
}

// resolve turns an href found on a page into a canonical URL, or "".
func resolve(base *url.URL, href string) string {
	n, err := urlnorm.Resolve(base, href)
	if err != nil {
		return ""
	}
	return n
}

// page is what a page gave: the links to queue and its article, if it is
// one.
type page struct {
	links   []Item
	article *newslink.Article
}

// readPage reads a page's links and, if it is an article, the article.
func (r *run) readPage(it Item, resp *response) page {
	ct := resp.header.Get("Content-Type")
	if strings.Contains(strings.ToLower(ct), "charset") {
		ct = "text/html; charset=utf-8" // colly has already decoded the body to UTF-8
	}
	// One parse gives both the article and the links.
	res, links, err := extract.ExtractWithLinks(resp.body, extract.Options{
		URL: it.URL, ContentType: ct, Locale: r.locale(resp.url), Fetched: r.cfg.Now(), MaxBytes: r.cfg.MaxBodyBytes,
		Site: siteRulesFor(r.cfg.HostExtract, resp.url),
	})
	if err != nil {
		r.log.Warn("extraction failed", "url", it.URL, "err", err)
		r.count(func(s *Stats) { s.Skipped++ })
		return page{}
	}
	base := resp.url
	if links.Base != "" {
		if b, err := resp.url.Parse(links.Base); err == nil {
			base = b
		}
	}
	var items []Item
	var next map[string]bool // links to the next pages of this listing
	if !links.NoFollow && it.Depth < r.cfg.MaxDepth {
		listing := listingOf(it.URL)
		seen := make(map[string]bool, len(links.Hrefs))
		for _, href := range links.Hrefs {
			if seen[href] {
				continue
			}
			seen[href] = true
			if l, ok := link(base, href); ok && r.allowedLink(l.URL) {
				l.Depth = it.Depth + 1
				if isNextPage(listing, l.URL) {
					l.Depth = it.Depth
					if next == nil {
						next = map[string]bool{}
					}
					next[l.URL] = true
				}
				items = append(items, l)
			}
		}
	}
	for _, href := range links.Feeds {
		if l, ok := link(base, href); ok && r.onHost(l.URL) {
			l.Depth, l.Kind = it.Depth, KindFeed
			items = append(items, l)
		}
	}
	items = r.recent.filter(items)
	if next != nil && !slices.ContainsFunc(items, func(l Item) bool { return !next[l.URL] }) {
		// A listing page that showed nothing new but its next pages
		// (one that answers every page number with the same list) ends
		// as any chain of links does: its next page is a hop.
		for i := range items {
			items[i].Depth = it.Depth + 1
		}
	}
	if links.Canonical != "" {
		// The page names another URL as its own (an AMP copy, a tracking
		// variant): the article is read from that URL, never from this
		// copy, so two copies cannot overwrite each other. A page that
		// names the front page is misconfigured (some CMSs do it on every
		// page), not a copy of it: the front page is never the article.
		if l, ok := link(base, links.Canonical); ok && l.URL != it.URL && r.onHost(l.URL) && !frontPage(l.URL) {
			l.Depth = it.Depth
			return page{links: append(items, l)}
		}
	}
	if links.NoIndex || !r.isArticle(it.URL, links, res) {
		r.log.Debug("not an article", "url", it.URL, "noindex", links.NoIndex)
		r.count(func(s *Stats) { s.NotArticles++ })
		return page{links: items}
	}
	a := newArticle(it.URL, res, r.cfg.Now())
	a.WARC = resp.warc
	return page{links: items, article: a}
}

// locale returns the date locale hint of a page's host.
func (r *run) locale(u *url.URL) string {
	if l, ok := r.cfg.HostLocale[hostKey(u)]; ok {
		return l
	}
	return r.cfg.Locale
}

// isArticle tells an article page from a section, index or other page
// by the rules of its host.
func (r *run) isArticle(raw string, links *extract.Links, res *extract.Result) bool {
	rules := URLRules{Include: r.cfg.Include, Exclude: r.cfg.Exclude}
	if u, err := url.Parse(raw); err == nil {
		if hr, ok := r.cfg.HostRules[hostKey(u)]; ok {
			rules = hr
		}
	}
	return isArticle(raw, links, res, rules, r.cfg.MinBodyChars)
}

// isArticle tells an article page from a section, index or other page.
// Configured URL patterns decide when given. Otherwise a page is known by
// its structure, not its length: it needs a headline and some body, and
// either article metadata (OpenGraph or JSON-LD article type) or a
// publication date with the shape of a story (a URL that reads like a
// story's, or markup of one article). A body shorter than minBody (a news
// brief) must also be dated: a short dated page with article structure is
// an article, a short undated one never is.
func isArticle(raw string, links *extract.Links, res *extract.Result, rules URLRules, minBody int) bool {
	for _, re := range rules.Exclude {
		if re.MatchString(raw) {
			return false
		}
	}
	if len(rules.Include) > 0 {
		for _, re := range rules.Include {
			if re.MatchString(raw) {
				return res.Headline != "" && res.Body != ""
			}
		}
		return false
	}
	if res.Headline == "" || res.Body == "" {
		return false
	}
	typed := links.OGArticle || links.LDArticle
	dated := !res.Published.IsZero()
	shaped := res.ArticleMarkup || storyURL(raw)
	if utf8.RuneCountInString(res.Body) < minBody {
		return dated && (typed || shaped)
	}
	return typed || (dated && shaped)
}

// storyURL reports whether a URL reads like a story's: a date in its path
// (/2015/03/06/ or /2015/03/), a last path segment that is a slug of three
// or more words, or a long numeric ID.
func storyURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	if datePath.MatchString(u.Path) {
		return true
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	last := segs[len(segs)-1]
	last = strings.TrimSuffix(strings.TrimSuffix(last, ".html"), ".htm")
	if len(strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' })) >= 3 {
		return true
	}
	digits := 0
	for _, c := range last {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	return digits >= 5
}

// datePath matches a year and month (and maybe day) as path segments,
// followed by more path: /2015/03/06/slug, /2015/03/slug.
var datePath = regexp.MustCompile(`/(19|20)\d\d/(0?[1-9]|1[0-2])/(\d{1,2}/)?[^/]+`)

// section returns the first path segment of an article URL, the usual
// place of a news site's section, or "" when it looks like a date.
func section(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	first, _, _ := strings.Cut(strings.Trim(u.Path, "/"), "/")
	if first == "" || strings.ContainsAny(first[:1], "0123456789") || strings.ContainsAny(first, ".") {
		return ""
	}
	return first
}

// frontPage reports whether a URL is a site's front page: no path, no query.
func frontPage(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

// link turns an href found on a page whose URL is base into an item with
// two forms of the URL: the canonical one, to recognise the page, and the
// one found, to request (see urlnorm.Request).
func link(base *url.URL, href string) (Item, bool) {
	n, f, err := urlnorm.ResolveBoth(base, href)
	if err != nil {
		return Item{}, false
	}
	return Item{URL: n, Fetch: f}, true
}

// linkAbs is link for an absolute URL from a sitemap or feed.
func linkAbs(raw string) (Item, bool) { return link(nil, raw) }
