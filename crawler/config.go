package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"newslink/crawler/extract"
	"newslink/crawler/warc"
)

// Defaults used where a Config field is zero.
const (
	DefaultUserAgent    = "newslink/0.1 (+https://github.com/newslink/newslink)"
	DefaultMaxDepth     = 5
	DefaultMaxPages     = 10000
	DefaultDelay        = time.Second
	DefaultConcurrency  = 1
	DefaultWorkers      = 8
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodyBytes = 16 << 20
	DefaultMaxRedirects = 5
	DefaultMinBodyChars = 300
	DefaultRobotsTTL    = 24 * time.Hour
	DefaultRetryBackoff = time.Second
	// DefaultRevisitMaxAge is the age past which an article is not
	// revisited: news is corrected in its first days, rarely after a month.
	DefaultRevisitMaxAge = 30 * 24 * time.Hour
)

// ErrConfig marks an invalid configuration; Crawl refuses it before any
// request.
var ErrConfig = errors.New("invalid crawl config")

// Config says what to crawl and how politely. The zero value of every field
// means the documented default; Seeds is the only required field.
type Config struct {
	Seeds []string // URLs to start at; their hosts are the hosts crawled unless Hosts is set
	Hosts []string // hosts (host or host:port) the crawl may visit; default: the seeds' hosts, with and without "www."

	UserAgent string // User-Agent header and robots.txt product token; default DefaultUserAgent

	// Include and Exclude restrict which URLs count as article pages: a
	// page is an article only if its URL matches some Include pattern (when
	// there are any) and no Exclude pattern. Excluded URLs are still
	// followed for links. Without patterns, pages are told apart by content.
	Include []*regexp.Regexp
	Exclude []*regexp.Regexp
	// Skip lists URL patterns never fetched at all.
	Skip []*regexp.Regexp

	MaxDepth    int           // link hops from a seed; default DefaultMaxDepth; negative: seeds only
	MaxPages    int           // pages fetched per run; default DefaultMaxPages
	MaxDuration time.Duration // run time limit; zero means none

	// Delay is the pause between two requests to one host; zero means
	// DefaultDelay, negative means none. A longer robots.txt Crawl-delay wins.
	Delay       time.Duration
	Concurrency int // requests in flight per host; default DefaultConcurrency
	Workers     int // requests in flight in all; default DefaultWorkers

	Timeout      time.Duration // per request; default DefaultTimeout
	MaxBodyBytes int64         // larger responses fail with ErrTooLarge; default DefaultMaxBodyBytes
	MaxRedirects int           // default DefaultMaxRedirects
	MinBodyChars int           // a shorter extracted body is an article only with a headline, a date and article structure; default DefaultMinBodyChars
	RetryBackoff time.Duration // wait before the first retry of a failed fetch, doubled for each next one; default DefaultRetryBackoff

	Locale string // hint for ambiguous dates, such as "en-GB"

	// RevisitMaxAge is the age past which an article page is not fetched
	// again (revisits check it for corrections); default
	// DefaultRevisitMaxAge; negative: articles are never revisited.
	RevisitMaxAge time.Duration

	// HostDelay, HostLocale and HostRules override Delay, Locale, and
	// Include and Exclude, for some hosts (keys as in Hosts). A negative
	// delay means none.
	HostDelay  map[string]time.Duration
	HostLocale map[string]string
	HostRules  map[string]URLRules

	// HostExtract holds the CSS selector rules of some hosts (keys as in
	// Hosts, a key also covering its "www." form), applied to every page
	// of the host before the general extraction rules.
	HostExtract map[string]*extract.SiteRules

	// AllowPrivate lets the crawl reach loopback, private and link-local
	// addresses. Without it they are refused, except for hosts of seeds
	// that are themselves such addresses.
	AllowPrivate bool

	Now       func() time.Time  // clock; default time.Now
	Transport http.RoundTripper // default: a transport that enforces AllowPrivate

	// WARC, if set, archives every response fetched (pages, robots.txt,
	// sitemaps, feeds) with its request, and each article records where
	// its response is. The crawl does not close it.
	WARC *warc.Writer

	// Limiter spaces requests per host; default a MemLimiter. A crawl
	// spread over several processes passes a shared one.
	Limiter Limiter
	// Robots caches robots.txt files; default a MemRobotsCache.
	Robots RobotsCache

	// Progress, if set, is called with the running totals after each URL,
	// from the crawl's workers (never two at once); it must return quickly.
	Progress func(Stats)
}

// URLRules tell article URLs from others on one site: an article URL
// matches some Include pattern (when there are any) and no Exclude pattern.
type URLRules struct {
	Include []*regexp.Regexp
	Exclude []*regexp.Regexp
}

// settings is a validated Config with defaults applied.
type settings struct {
	Config
	seeds []*url.URL
	hosts map[string]bool
}

// Validate returns the error Crawl would return for the configuration
// (wrapping ErrConfig), or nil; it opens, fetches and writes nothing, so
// that a caller can refuse a bad configuration before it creates
// anything.
func (c Config) Validate() error {
	_, err := validate(c)
	return err
}

// validate applies defaults and checks cfg; it is the one place that
// validates configuration.
func validate(cfg Config) (*settings, error) {
	s := &settings{Config: cfg, hosts: map[string]bool{}}
	if len(cfg.Seeds) == 0 {
		return nil, fmt.Errorf("%w: seeds: at least one URL is needed", ErrConfig)
	}
	for _, raw := range cfg.Seeds {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("%w: seed %q: want an absolute http or https URL", ErrConfig, raw)
		}
		s.seeds = append(s.seeds, u)
		if len(cfg.Hosts) == 0 {
			// A site often redirects between its bare and www names.
			h := hostKey(u)
			s.hosts[h] = true
			if bare, ok := strings.CutPrefix(h, "www."); ok {
				s.hosts[bare] = true
			} else if net.ParseIP(u.Hostname()) == nil && u.Hostname() != "localhost" {
				s.hosts["www."+h] = true
			}
		}
	}
	for _, h := range cfg.Hosts {
		if h == "" {
			return nil, fmt.Errorf("%w: hosts: empty host", ErrConfig)
		}
		s.hosts[normalizeHost(h)] = true
	}
	positive := []struct {
		name string
		v    int64
	}{
		{"max_pages", int64(cfg.MaxPages)}, {"max_duration", int64(cfg.MaxDuration)},
		{"concurrency", int64(cfg.Concurrency)}, {"workers", int64(cfg.Workers)},
		{"timeout", int64(cfg.Timeout)}, {"max_body_bytes", cfg.MaxBodyBytes},
		{"max_redirects", int64(cfg.MaxRedirects)}, {"min_body_chars", int64(cfg.MinBodyChars)},
		{"retry_backoff", int64(cfg.RetryBackoff)},
	}
	for _, p := range positive {
		if p.v < 0 {
			return nil, fmt.Errorf("%w: %s: must not be negative", ErrConfig, p.name)
		}
	}
	// Host keys are compared in canonical form.
	s.HostDelay, s.HostLocale = map[string]time.Duration{}, map[string]string{}
	for h, d := range cfg.HostDelay {
		if h == "" {
			return nil, fmt.Errorf("%w: delay for an empty host", ErrConfig)
		}
		s.HostDelay[normalizeHost(h)] = d
	}
	for h, l := range cfg.HostLocale {
		s.HostLocale[normalizeHost(h)] = l
	}
	s.HostRules = map[string]URLRules{}
	for h, r := range cfg.HostRules {
		s.HostRules[normalizeHost(h)] = r
	}
	s.HostExtract = normalizeSiteRules(cfg.HostExtract)
	if s.UserAgent == "" {
		s.UserAgent = DefaultUserAgent
	}
	if s.MaxDepth == 0 {
		s.MaxDepth = DefaultMaxDepth
	} else if s.MaxDepth < 0 {
		s.MaxDepth = 0
	}
	if s.MaxPages == 0 {
		s.MaxPages = DefaultMaxPages
	}
	switch {
	case s.Delay == 0:
		s.Delay = DefaultDelay
	case s.Delay < 0:
		s.Delay = 0
	}
	if s.Concurrency == 0 {
		s.Concurrency = DefaultConcurrency
	}
	if s.Workers == 0 {
		s.Workers = DefaultWorkers
	}
	if s.Timeout == 0 {
		s.Timeout = DefaultTimeout
	}
	if s.MaxBodyBytes == 0 {
		s.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if s.MaxRedirects == 0 {
		s.MaxRedirects = DefaultMaxRedirects
	}
	if s.RevisitMaxAge == 0 {
		s.RevisitMaxAge = DefaultRevisitMaxAge
	}
	if s.RetryBackoff == 0 {
		s.RetryBackoff = DefaultRetryBackoff
	}
	if s.MinBodyChars == 0 {
		s.MinBodyChars = DefaultMinBodyChars
	}
	if s.Now == nil {
		s.Now = time.Now
	}
	if s.Limiter == nil {
		s.Limiter = &MemLimiter{}
	}
	if s.Robots == nil {
		s.Robots = &MemRobotsCache{}
	}
	return s, nil
}
