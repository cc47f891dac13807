package robots

import (
	"bytes"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// MaxSize is the number of octets of a robots.txt body that [Parse] reads
// (500 KiB, the minimum RFC 9309 §2.5 requires); the rest is ignored. A
// fetcher may stop reading the body after MaxSize+1 octets.
const MaxSize = 500 << 10

// Robots is the parsed form of one host's robots.txt.
//
// The zero value, like a nil *Robots, allows everything and has no crawl
// delay and no sitemaps. A Robots is immutable once [Parse] or [FromStatus]
// has returned it, so it is safe for concurrent use by any number of
// goroutines and stays valid for as long as the caller keeps it.
type Robots struct {
	// disallowAll is the "unreachable" outcome: every path but /robots.txt
	// is disallowed.
	disallowAll bool
	// groups maps a lower-case product token, or "*", to the merged group
	// for that agent.
	groups   map[string]*group
	sitemaps []string
}

// group is the merged set of rules for one agent.
type group struct {
	rules    []rule // by descending length, allow before disallow
	delay    time.Duration
	hasDelay bool
}

// rule is one allow or disallow line.
type rule struct {
	// parts is the canonical pattern split at each "*": parts[0] must be a
	// prefix of the path, later parts follow in order.
	parts    []string
	anchored bool // the pattern ended in "$"
	allow    bool
	length   int // octets of the canonical pattern, "*" and "$" included
	pattern  string
}

// FromStatus returns the rules that follow from fetching /robots.txt with
// the given HTTP status and body, as RFC 9309 §2.3.1 prescribes. status is 0
// when the fetch failed without a response (network error, timeout, too many
// redirects reported as an error).
//
//   - 200-299: the body is parsed with [Parse].
//   - 300-399: a redirect the fetcher did not follow (RFC: more than five
//     hops): the file is "unavailable", everything is allowed.
//   - 400-499 (404, 401, 403, 429, ...): "unavailable", everything is allowed.
//   - 500-599, 0, and any other value: "unreachable", everything except
//     /robots.txt is disallowed ("complete disallow"). The crawler may cache
//     this and should fetch robots.txt again later.
//
// The result is immutable and safe for concurrent use.
func FromStatus(status int, body []byte) *Robots {
	switch {
	case status >= 200 && status <= 299:
		return Parse(body)
	case status >= 300 && status <= 499:
		return &Robots{}
	default:
		return &Robots{disallowAll: true}
	}
}

// Parse parses the body of a robots.txt file fetched successfully. It never
// fails: lines it cannot understand are ignored, as RFC 9309 §2.3.1.5
// requires, and only the first [MaxSize] octets are read.
//
// The result does not retain body; it is immutable and safe for concurrent
// use.
func Parse(body []byte) *Robots {
	if len(body) > MaxSize {
		if c := body[MaxSize]; c == '\n' || c == '\r' {
			body = body[:MaxSize]
		} else if i := bytes.LastIndexAny(body[:MaxSize], "\r\n"); i >= 0 {
			body = body[:i]
		} else {
			body = nil
		}
	}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))

	p := parser{seenSitemap: map[string]bool{}}
	for len(body) > 0 {
		i := bytes.IndexAny(body, "\r\n")
		var line []byte
		if i < 0 {
			line, body = body, nil
		} else {
			line, body = body[:i], body[i+1:]
		}
		p.line(string(line))
	}
	return p.finish()
}

// rawGroup is a group as written in the file, before merging.
type rawGroup struct {
	agents   []string // lower-case product tokens or "*"
	rules    []rule
	delay    time.Duration
	hasDelay bool
}

type parser struct {
	raw []*rawGroup
	// cur is the group user-agent lines are added to and rules go to; nil
	// before the first user-agent line.
	cur *rawGroup
	// closed records that cur has seen a rule or crawl-delay line, so the
	// next user-agent line starts a new group.
	closed      bool
	sitemaps    []string
	seenSitemap map[string]bool
}

const space = " \t\v\f"

// line handles one line, without its line end.
func (p *parser) line(s string) {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	key, value, ok := strings.Cut(s, ":")
	if !ok {
		return
	}
	key = strings.Trim(key, space)
	value = strings.Trim(value, space)
	switch fieldOf(key) {
	case fieldUserAgent:
		if p.cur == nil || p.closed {
			p.cur = &rawGroup{}
			p.raw = append(p.raw, p.cur)
			p.closed = false
		}
		if tok := agentToken(value); tok != "" && !slices.Contains(p.cur.agents, tok) {
			p.cur.agents = append(p.cur.agents, tok)
		}
	case fieldAllow, fieldDisallow:
		if p.cur == nil {
			return // RFC 9309 §2.2.2: rules outside any group are ignored
		}
		p.closed = true
		if r, ok := newRule(value, fieldOf(key) == fieldAllow); ok {
			p.cur.rules = append(p.cur.rules, r)
		}
	case fieldCrawlDelay:
		if p.cur == nil {
			return
		}
		p.closed = true
		if d, ok := parseDelay(value); ok && !p.cur.hasDelay {
			p.cur.delay, p.cur.hasDelay = d, true
		}
	case fieldSitemap:
		if u, err := url.Parse(value); err == nil && (u.Scheme == "http" || u.Scheme == "https") &&
			u.Host != "" && !p.seenSitemap[value] {
			p.seenSitemap[value] = true
			p.sitemaps = append(p.sitemaps, value)
		}
	}
}

// finish merges the groups per agent and orders their rules.
func (p *parser) finish() *Robots {
	r := &Robots{sitemaps: p.sitemaps}
	for _, raw := range p.raw {
		for _, agent := range raw.agents {
			if r.groups == nil {
				r.groups = map[string]*group{}
			}
			g := r.groups[agent]
			if g == nil {
				g = &group{}
				r.groups[agent] = g
			}
			g.rules = append(g.rules, raw.rules...)
			if raw.hasDelay && !g.hasDelay {
				g.delay, g.hasDelay = raw.delay, true
			}
		}
	}
	for _, g := range r.groups {
		slices.SortStableFunc(g.rules, func(a, b rule) int {
			if a.length != b.length {
				return b.length - a.length
			}
			switch {
			case a.allow == b.allow:
				return 0
			case a.allow:
				return -1
			default:
				return 1
			}
		})
		g.rules = slices.CompactFunc(g.rules, func(a, b rule) bool {
			return a.allow == b.allow && a.anchored == b.anchored && a.pattern == b.pattern
		})
	}
	return r
}

type field int

const (
	fieldUnknown field = iota
	fieldUserAgent
	fieldAllow
	fieldDisallow
	fieldCrawlDelay
	fieldSitemap
)

// fields lists the accepted field names, including the misspellings that
// Google's reference parser accepts.
var fields = []struct {
	name string
	f    field
}{
	{"user-agent", fieldUserAgent},
	{"useragent", fieldUserAgent},
	{"user agent", fieldUserAgent},
	{"allow", fieldAllow},
	{"disallow", fieldDisallow},
	{"dissallow", fieldDisallow},
	{"dissalow", fieldDisallow},
	{"disalow", fieldDisallow},
	{"diasllow", fieldDisallow},
	{"disallaw", fieldDisallow},
	{"crawl-delay", fieldCrawlDelay},
	{"sitemap", fieldSitemap},
	{"site-map", fieldSitemap},
}

func fieldOf(key string) field {
	for _, f := range fields {
		if strings.EqualFold(key, f.name) {
			return f.f
		}
	}
	return fieldUnknown
}

// agentToken returns the lower-case product token named by the value of a
// user-agent line: "*" for the global group, else its leading run of
// letters, "-" and "_" (so "FooBot/1.0" names foobot), else "".
func agentToken(value string) string {
	if value == "*" || strings.HasPrefix(value, "* ") || strings.HasPrefix(value, "*\t") {
		return "*"
	}
	return strings.ToLower(leadingToken(value))
}

// parseDelay parses a Crawl-delay value: a non-negative decimal number of
// seconds such as "10" or "0.5". Values too large for a time.Duration are
// clamped to the largest one.
func parseDelay(v string) (time.Duration, bool) {
	digits, dots := 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dots++
		default:
			return 0, false
		}
	}
	if digits == 0 || dots > 1 {
		return 0, false
	}
	secs, err := strconv.ParseFloat(v, 64)
	if err != nil && secs != math.Inf(1) {
		return 0, false
	}
	ns := secs * float64(time.Second)
	if ns >= math.MaxInt64 {
		return math.MaxInt64, true
	}
	return time.Duration(ns), true
}

// lookup returns the group that applies to userAgent, or nil.
func (r *Robots) lookup(userAgent string) *group {
	if len(r.groups) == 0 {
		return nil
	}
	if tok := ProductToken(userAgent); tok != "" {
		var buf [64]byte
		if len(tok) <= len(buf) {
			b := buf[:len(tok)]
			for i := 0; i < len(tok); i++ {
				c := tok[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[i] = c
			}
			if g, ok := r.groups[string(b)]; ok {
				return g
			}
		} else if g, ok := r.groups[strings.ToLower(tok)]; ok {
			return g
		}
	}
	return r.groups["*"]
}

// Allowed reports whether the crawler identified by userAgent may fetch
// pathAndQuery.
//
// userAgent is the full User-Agent header value (such as
// "newslink/0.1 (+https://example.org/bot)") or just the product token;
// [ProductToken] extracts the token. pathAndQuery is the request target as
// sent, path and query, as returned by [url.URL.RequestURI]; a fragment is
// ignored and "" means "/". An absolute URL is tolerated (its scheme and
// authority are dropped), but the caller must pick the Robots of that URL's
// host. The target may be percent-encoded or not: both it and the rules are
// normalised before comparison.
//
// Allowed is safe for concurrent use and does not allocate for paths that
// need no normalisation.
func (r *Robots) Allowed(userAgent, pathAndQuery string) bool {
	if r == nil || (!r.disallowAll && len(r.groups) == 0) {
		return true
	}
	path := canonicalPath(pathAndQuery)
	if p, _, _ := strings.Cut(path, "?"); p == "/robots.txt" {
		return true // RFC 9309 §2.2.2: implicitly allowed
	}
	if r.disallowAll {
		return false
	}
	g := r.lookup(userAgent)
	if g == nil {
		return true
	}
	for i := range g.rules {
		if g.rules[i].matches(path) {
			return g.rules[i].allow
		}
	}
	return true
}

// CrawlDelay returns the Crawl-delay of the group that applies to userAgent
// (chosen as for [Robots.Allowed]) and whether that group has one. If a
// merged group has several, the first in the file wins. A delay of zero with
// true means the site asked for no delay.
//
// It is safe for concurrent use.
func (r *Robots) CrawlDelay(userAgent string) (time.Duration, bool) {
	if r == nil {
		return 0, false
	}
	g := r.lookup(userAgent)
	if g == nil || !g.hasDelay {
		return 0, false
	}
	return g.delay, true
}

// Sitemaps returns the absolute http and https URLs of the Sitemap lines, in
// file order and without duplicates, or nil if there are none. The caller
// owns the returned slice.
//
// It is safe for concurrent use.
func (r *Robots) Sitemaps() []string {
	if r == nil {
		return nil
	}
	return slices.Clone(r.sitemaps)
}
