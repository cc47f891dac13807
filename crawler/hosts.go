package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"newslink/crawler/robots"
)

// hostKey is the politeness key of a URL: its lower-case host and port.
func hostKey(u *url.URL) string { return normalizeHost(u.Host) }

// normalizeHost lower-cases a host and drops a default port.
func normalizeHost(h string) string {
	h = strings.ToLower(h)
	h = strings.TrimSuffix(h, ":80")
	return strings.TrimSuffix(h, ":443")
}

// Limiter spaces the requests to each host. The crawl's own is in memory;
// a distributed crawl shares one (in Redis) so that several processes
// together never hit a host faster than one would.
//
// A request takes two steps: Reserve gives it a place in the host's
// queue, and Start, when that place has come, lets it go. A slot alone
// does not keep the delay: a sender late for its slot (its process not
// scheduled, a slow round trip) would send close to the sender of the
// next slot, who came on time. Start counts the delay from when requests
// really start, and makes that next sender wait.
type Limiter interface {
	// Reserve books the next request slot of host, no earlier than now and
	// at least delay after the slot booked before it, and returns when
	// that slot starts. The caller waits until then, then calls Start.
	Reserve(ctx context.Context, host string, delay time.Duration, now time.Time) (time.Time, error)
	// Start is called just before a request to host is sent, once its
	// slot has come. When no request to host started less than delay
	// before now, it records that one starts now and returns ok: the
	// caller sends it. Otherwise it records nothing and returns when
	// delay after the last start comes; the caller waits and calls Start
	// again. A start later than its slot moves the slots booked after it.
	// Until the request is sent (Sent) or SendingTimeout has passed, no
	// other request to host starts.
	Start(ctx context.Context, host string, delay time.Duration, now time.Time) (at time.Time, ok bool, err error)
	// Sent is called when the request Start let go is written to its
	// connection, or has failed before: the delay then counts from now,
	// and the next request may start. A sender held up between Start and
	// writing (its process not scheduled, a slow dial) so holds the
	// others back rather than coming close to them.
	Sent(ctx context.Context, host string, delay time.Duration, now time.Time) error
	// BackOff keeps every request to host waiting until at least until
	// (a Retry-After answer).
	BackOff(ctx context.Context, host string, until time.Time) error
}

// RobotsCache keeps fetched robots.txt files, so that a host's file is
// fetched once per DefaultRobotsTTL; a distributed crawl shares one.
type RobotsCache interface {
	// GetRobots returns the cached fetch of host's robots.txt, if any:
	// the HTTP status (0 for a network error), the body and when it was
	// fetched.
	GetRobots(ctx context.Context, host string) (status int, body []byte, fetched time.Time, ok bool, err error)
	// PutRobots caches a fetch of host's robots.txt.
	PutRobots(ctx context.Context, host string, status int, body []byte, fetched time.Time) error
}

// SendingTimeout is how long a request that Start let go may take to be
// written (a dial included) before the host's other requests stop
// waiting for it; it is how long a worker that dies meanwhile holds the
// host up.
const SendingTimeout = 15 * time.Second

// SendingPoll is how often a request waiting for another to be sent asks
// again.
const SendingPoll = 10 * time.Millisecond

// MemLimiter is a Limiter for one process. The zero value is ready for
// use; it is safe for concurrent use.
type MemLimiter struct {
	mu      sync.Mutex
	next    map[string]time.Time // next free slot
	started map[string]time.Time // when the last request started, or was sent
	sending map[string]time.Time // a request started, not yet sent: until when it may hold the host
	backoff map[string]time.Time // no request starts before (Retry-After, end of a response)
}

var _ Limiter = (*MemLimiter)(nil)

// Reserve implements Limiter.
func (l *MemLimiter) Reserve(ctx context.Context, host string, delay time.Duration, now time.Time) (time.Time, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.reserve(host, delay, now), nil
}

// reserve books the first free slot of host from earliest on; l.mu must
// be held.
func (l *MemLimiter) reserve(host string, delay time.Duration, earliest time.Time) time.Time {
	if l.next == nil {
		l.next = map[string]time.Time{}
	}
	at := earliest
	if n := l.next[host]; n.After(at) {
		at = n
	}
	l.next[host] = at.Add(delay)
	return at
}

// Start implements Limiter.
func (l *MemLimiter) Start(ctx context.Context, host string, delay time.Duration, now time.Time) (time.Time, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if until, ok := l.backoff[host]; ok && now.Before(until) {
		return until, false, nil
	}
	if until, ok := l.sending[host]; ok && now.Before(until) {
		at := now.Add(SendingPoll)
		if until.Before(at) {
			at = until
		}
		return at, false, nil
	}
	if last, ok := l.started[host]; ok && now.Before(last.Add(delay)) {
		return last.Add(delay), false, nil
	}
	if l.sending == nil {
		l.sending = map[string]time.Time{}
	}
	l.sending[host] = now.Add(SendingTimeout)
	l.mark(host, delay, now)
	return now, true, nil
}

// Sent implements Limiter.
func (l *MemLimiter) Sent(ctx context.Context, host string, delay time.Duration, now time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.sending, host)
	l.mark(host, delay, now)
	return nil
}

// mark records a request to host started or sent at now; l.mu must be
// held.
func (l *MemLimiter) mark(host string, delay time.Duration, now time.Time) {
	if l.started == nil {
		l.started = map[string]time.Time{}
	}
	if now.After(l.started[host]) {
		l.started[host] = now
	}
	if l.next == nil {
		l.next = map[string]time.Time{}
	}
	// A late start moves the slots booked from now on.
	if n := now.Add(delay); n.After(l.next[host]) {
		l.next[host] = n
	}
}

// BackOff implements Limiter.
func (l *MemLimiter) BackOff(ctx context.Context, host string, until time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.next == nil {
		l.next = map[string]time.Time{}
	}
	if until.After(l.next[host]) {
		l.next[host] = until
	}
	// Slots booked before are held back too, by Start.
	if l.backoff == nil {
		l.backoff = map[string]time.Time{}
	}
	if until.After(l.backoff[host]) {
		l.backoff[host] = until
	}
	return nil
}

// MemRobotsCache is a RobotsCache for one process. The zero value is ready
// for use.
type MemRobotsCache struct {
	mu sync.Mutex
	m  map[string]robotsEntry
}

type robotsEntry struct {
	status  int
	body    []byte
	fetched time.Time
}

var _ RobotsCache = (*MemRobotsCache)(nil)

// GetRobots implements RobotsCache.
func (c *MemRobotsCache) GetRobots(ctx context.Context, host string) (int, []byte, time.Time, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[host]
	return e.status, e.body, e.fetched, ok, nil
}

// PutRobots implements RobotsCache.
func (c *MemRobotsCache) PutRobots(ctx context.Context, host string, status int, body []byte, fetched time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]robotsEntry{}
	}
	c.m[host] = robotsEntry{status, body, fetched}
	return nil
}

// host is the in-process politeness state of one host.
type host struct {
	mu       sync.Mutex
	robots   *robots.Robots
	robotsAt time.Time     // when robots was fetched
	robotsOK bool          // robots.txt was read or is absent (not a 5xx or a network error)
	failures int           // robots.txt fetches in a row that failed (5xx, unreachable)
	delay    time.Duration // pause between requests: the configured delay or Crawl-delay
	slots    chan struct{} // requests in flight from this process
	serial   chan struct{} // held too when robots.txt asks for a Crawl-delay
	oneByOne bool          // Crawl-delay: one request at a time, whatever Concurrency says
}

// hosts keeps one host record per host key.
type hosts struct {
	mu      sync.Mutex
	m       map[string]*host
	cfg     *settings
	limiter Limiter
	cache   RobotsCache
	// fetchRobots fetches /robots.txt of a host, calling wrote (if not
	// nil) once the request is written; status 0 means the fetch failed.
	// It returns an error only when the host may not be reached.
	fetchRobots func(ctx context.Context, rawURL string, wrote func()) (status int, body []byte, err error)
}

func (hs *hosts) get(key string) *host {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	h, ok := hs.m[key]
	if !ok {
		delay := hs.cfg.Delay
		if d, ok := hs.cfg.HostDelay[key]; ok {
			delay = max(d, 0)
		}
		h = &host{slots: make(chan struct{}, hs.cfg.Concurrency), serial: make(chan struct{}, 1), delay: delay}
		hs.m[key] = h
	}
	return h
}

// robotsFor returns the host's robots.txt rules, from the cache or fetched
// when missing or older than DefaultRobotsTTL. The second result is true
// when they are new to this process (so their sitemaps are new to the run).
// A fetch takes its turn among the host's requests, as a page does, and
// gives up with errPastDeadline as acquire does.
func (hs *hosts) robotsFor(ctx context.Context, u *url.URL, deadline time.Time) (*robots.Robots, bool, error) {
	key := hostKey(u)
	h := hs.get(key)
	h.mu.Lock()
	defer h.mu.Unlock()
	now := hs.cfg.Now()
	if h.robots != nil && now.Sub(h.robotsAt) < robotsTTL(h.robotsOK, h.failures) {
		return h.robots, false, nil
	}
	status, body, fetched, ok, err := hs.cache.GetRobots(ctx, key)
	if err != nil {
		return nil, false, fmt.Errorf("crawler: robots cache: %w", err)
	}
	if !ok || now.Sub(fetched) >= robotsTTL(robotsAnswered(status), h.failures) {
		// h.mu is held: one fetch per host, and the slot is taken with
		// the delay known before this file is read.
		release, wrote, err := hs.take(ctx, h, key, h.delay, h.oneByOne, deadline)
		if err != nil {
			return nil, false, err
		}
		status, body, err = hs.fetchRobots(ctx, u.Scheme+"://"+u.Host+"/robots.txt", wrote)
		if rerr := release(); rerr != nil && err == nil {
			err = fmt.Errorf("crawler: politeness: %w", rerr)
		}
		if err != nil {
			return nil, false, err
		}
		fetched = now
		if robotsAnswered(status) {
			h.failures = 0
		} else {
			h.failures++
		}
		if err := hs.cache.PutRobots(ctx, key, status, body, fetched); err != nil {
			return nil, false, fmt.Errorf("crawler: robots cache: %w", err)
		}
	}
	h.robots = robots.FromStatus(status, body)
	h.robotsAt, h.robotsOK = fetched, robotsAnswered(status)
	if d, ok := h.robots.CrawlDelay(hs.cfg.UserAgent); ok {
		// "One request every d" means one at a time.
		h.oneByOne = true
		if d > h.delay {
			h.delay = min(d, time.Minute) // a Crawl-delay of hours would stall a cron run
		}
	}
	return h.robots, true, nil
}

// robotsAnswered reports whether a robots.txt fetch got an answer that
// stands for a day: the file, or a 4xx (no file: everything allowed). A 5xx
// or a network error means complete disallow (RFC 9309 section 2.3.1.4),
// but only until the file is asked for again.
func robotsAnswered(status int) bool { return status > 0 && status < 500 }

// Back-off of robots.txt after a failed fetch: asked again after a minute,
// then after twice as long each time it fails again, at most half an hour.
const (
	robotsRetryFirst = time.Minute
	robotsRetryMax   = 30 * time.Minute
)

// robotsTTL is how long a fetch of robots.txt stands: DefaultRobotsTTL for
// an answer, a back-off of minutes after failures in a row (failures
// counted by this process; a failure another process cached stands for
// robotsRetryFirst).
func robotsTTL(answered bool, failures int) time.Duration {
	if answered {
		return DefaultRobotsTTL
	}
	d := robotsRetryFirst
	for i := 1; i < failures && d < robotsRetryMax; i++ {
		d *= 2
	}
	return min(d, robotsRetryMax)
}

// errPastDeadline means a request could not start before the run's
// deadline (Config.MaxDuration); its item is kept for the next run.
var errPastDeadline = errors.New("request slot after the run's deadline")

// acquire waits for a request slot of the host and for its delay, then
// returns the function to call once the request is written (nil when the
// host has no delay) and the one that releases the slot when the response
// is in (it calls the first if the request never was written).
// It gives up with errPastDeadline when the wait would end after deadline
// (if not zero).
//
// The delay runs from the start of one request to the start of the next,
// as the limiter's Start records them, however late a request is for its
// slot; and also from the end of one to the start of the next: a host
// that answers slowly is asked less often, and the server sees the delay
// between requests whatever the network adds.
func (hs *hosts) acquire(ctx context.Context, key string, deadline time.Time) (release func() error, wrote func(), err error) {
	h := hs.get(key)
	h.mu.Lock()
	delay, oneByOne := h.delay, h.oneByOne
	h.mu.Unlock()
	return hs.take(ctx, h, key, delay, oneByOne, deadline)
}

// take is acquire for a host whose delay the caller has read.
func (hs *hosts) take(ctx context.Context, h *host, key string, delay time.Duration, oneByOne bool, deadline time.Time) (release func() error, wrote func(), err error) {
	var timeout <-chan time.Time
	if !deadline.IsZero() {
		t := time.NewTimer(max(deadline.Sub(hs.cfg.Now()), 0))
		defer t.Stop()
		timeout = t.C
	}
	sems := []chan struct{}{h.slots}
	if oneByOne {
		sems = append(sems, h.serial)
	}
	free := func(n int) {
		for _, sem := range sems[:n] {
			<-sem
		}
	}
	for i, sem := range sems {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			free(i)
			return nil, nil, ctx.Err()
		case <-timeout:
			free(i)
			return nil, nil, errPastDeadline
		}
	}
	// Wait for the slot, then start; a start refused (someone else
	// started less than delay ago, late for an earlier slot) says how
	// long to wait before asking again.
	at, err := hs.limiter.Reserve(ctx, key, delay, hs.cfg.Now())
	for {
		if err != nil {
			free(len(sems))
			return nil, nil, fmt.Errorf("crawler: politeness: %w", err)
		}
		if !deadline.IsZero() && at.After(deadline) {
			free(len(sems))
			return nil, nil, errPastDeadline
		}
		if wait := at.Sub(hs.cfg.Now()); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				free(len(sems))
				return nil, nil, ctx.Err()
			}
		}
		if delay <= 0 {
			break // no delay to keep between requests
		}
		var ok bool
		at, ok, err = hs.limiter.Start(ctx, key, delay, hs.cfg.Now())
		if err == nil && ok {
			break
		}
	}
	if delay <= 0 {
		return func() error { free(len(sems)); return nil }, nil, nil
	}
	var sentErr error
	sent := sync.OnceFunc(func() {
		sentErr = hs.limiter.Sent(context.WithoutCancel(ctx), key, delay, hs.cfg.Now())
	})
	release = func() error {
		defer free(len(sems))
		sent()
		if sentErr != nil {
			return sentErr
		}
		return hs.limiter.BackOff(context.WithoutCancel(ctx), key, hs.cfg.Now().Add(delay))
	}
	return release, sent, nil
}

// backOff keeps every request to the host waiting until t (Retry-After).
func (hs *hosts) backOff(ctx context.Context, key string, t time.Time) error {
	return hs.limiter.BackOff(ctx, key, t)
}

// isPublic reports whether ip may be reached without AllowPrivate.
func isPublic(ip net.IP) bool {
	return !(ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast())
}

// dialGuard returns a net.Dialer Control function that refuses non-public
// addresses, except those of the seeds' hosts.
func dialGuard(allowed map[string]bool) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, c syscall.RawConn) error {
		h, _, err := net.SplitHostPort(address)
		if err != nil {
			return err
		}
		ip := net.ParseIP(h)
		if ip == nil || isPublic(ip) || allowed[ip.String()] {
			return nil
		}
		return fmt.Errorf("%w: %s is a private, loopback or link-local address (allow it with --allow-private)", ErrForbiddenAddress, ip)
	}
}

// seedAddresses returns the IP addresses of the seed hosts that are
// themselves non-public, which a crawl may always reach.
func seedAddresses(ctx context.Context, seeds []*url.URL) map[string]bool {
	out := map[string]bool{}
	for _, u := range seeds {
		h := u.Hostname()
		if ip := net.ParseIP(h); ip != nil {
			out[ip.String()] = true
			continue
		}
		if h == "localhost" {
			ips, _ := net.DefaultResolver.LookupIP(ctx, "ip", h)
			for _, ip := range ips {
				out[ip.String()] = true
			}
		}
	}
	return out
}
