package crawler

import (
	"context"
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

// host is the politeness state of one host.
type host struct {
	mu       sync.Mutex
	robots   *robots.Robots
	robotsAt time.Time     // when robots was fetched
	next     time.Time     // no request starts before this
	delay    time.Duration // pause between requests: the configured delay or Crawl-delay
	slots    chan struct{} // requests in flight
}

// hosts keeps one host record per host key.
type hosts struct {
	mu  sync.Mutex
	m   map[string]*host
	cfg *settings
	// fetchRobots fetches /robots.txt of a host; status 0 means the fetch failed.
	fetchRobots func(ctx context.Context, rawURL string) (status int, body []byte)
}

func (hs *hosts) get(key string) *host {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	h, ok := hs.m[key]
	if !ok {
		h = &host{slots: make(chan struct{}, hs.cfg.Concurrency), delay: hs.cfg.Delay}
		hs.m[key] = h
	}
	return h
}

// robotsFor returns the host's robots.txt rules, fetching them when they
// are missing or older than DefaultRobotsTTL. The second result is true when
// they were fetched by this call (so their sitemaps are new to the run).
func (hs *hosts) robotsFor(ctx context.Context, u *url.URL) (*robots.Robots, bool) {
	h := hs.get(hostKey(u))
	h.mu.Lock()
	defer h.mu.Unlock()
	now := hs.cfg.Now()
	if h.robots != nil && now.Sub(h.robotsAt) < DefaultRobotsTTL {
		return h.robots, false
	}
	status, body := hs.fetchRobots(ctx, u.Scheme+"://"+u.Host+"/robots.txt")
	h.robots = robots.FromStatus(status, body)
	h.robotsAt = now
	if d, ok := h.robots.CrawlDelay(hs.cfg.UserAgent); ok && d > h.delay {
		h.delay = min(d, time.Minute) // a Crawl-delay of hours would stall a cron run
	}
	return h.robots, true
}

// acquire waits for a request slot of the host and for its delay, then
// returns the function that releases the slot.
func (hs *hosts) acquire(ctx context.Context, key string) (release func(), err error) {
	h := hs.get(key)
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	for {
		h.mu.Lock()
		now := hs.cfg.Now()
		wait := h.next.Sub(now)
		if wait <= 0 {
			h.next = now.Add(h.delay)
			h.mu.Unlock()
			break
		}
		h.mu.Unlock()
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-h.slots
			return nil, ctx.Err()
		}
	}
	return func() { <-h.slots }, nil
}

// backOff keeps every request to the host waiting until t (Retry-After).
func (hs *hosts) backOff(key string, t time.Time) {
	h := hs.get(key)
	h.mu.Lock()
	if t.After(h.next) {
		h.next = t
	}
	h.mu.Unlock()
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
