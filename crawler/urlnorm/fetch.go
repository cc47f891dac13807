package urlnorm

import (
	"fmt"
	"net/url"
	"strings"
)

// Request returns the URL to request for the absolute http or https URL
// raw: the URL as found, changed only where HTTP would not carry it as
// written. The scheme and host are lower-cased (and an IDN host encoded),
// a default port, the fragment, tabs and newlines are dropped, dot
// segments are removed, an empty path becomes "/", and bytes that may not
// appear in a request target (spaces, controls, non-ASCII, quotes, angle
// brackets and the like) are percent-encoded, as browsers send them.
// Everything else stays as found: the order of query parameters, tracking
// parameters, existing escapes ("%2F" is not "/"). Canonical forms, from
// [Normalize], are for recognising a page already seen, never for what is
// fetched or what robots.txt is matched against.
func Request(raw string) (string, error) {
	s, err := request(clean(raw))
	if err != nil {
		return "", fmt.Errorf("urlnorm: request %q: %w", clip(raw), err)
	}
	return s, nil
}

// ResolveRequest resolves href, as found in a page whose URL is base, as
// [Resolve] does, and returns the URL to request, as [Request] does.
func ResolveRequest(base *url.URL, href string) (string, error) {
	abs, err := absolute(base, href)
	if err == nil {
		abs, err = request(abs)
	}
	if err != nil {
		return "", fmt.Errorf("urlnorm: resolve %q: %w", clip(href), err)
	}
	return abs, nil
}

// ResolveBoth resolves href, as found in a page whose URL is base, once,
// and returns both its canonical form (as [Resolve]) and the URL to
// request (as [ResolveRequest]): what a crawler needs of every link.
func ResolveBoth(base *url.URL, href string) (canonical, req string, err error) {
	abs, err := absolute(base, href)
	var p parts
	var scheme, host, port string
	if err == nil {
		p, scheme, host, port, err = origin(abs) // once, for both forms
	}
	if err != nil {
		return "", "", fmt.Errorf("urlnorm: resolve %q: %w", clip(href), err)
	}
	return (*Config)(nil).canonical(p, scheme, host, port), requestOf(p, scheme, host, port), nil
}

// join resolves the reference r against the base b (RFC 3986 section 5.2.2,
// before dot segments are removed).
func join(b, r parts) parts {
	t := parts{scheme: b.scheme}
	switch {
	case r.hasAuth:
		t.hasAuth, t.auth, t.path = true, r.auth, r.path
		t.hasQuery, t.query = r.hasQuery, r.query
	case r.path == "":
		t.hasAuth, t.auth, t.path = b.hasAuth, b.auth, b.path
		t.hasQuery, t.query = b.hasQuery, b.query
		if r.hasQuery {
			t.hasQuery, t.query = true, r.query
		}
	default:
		t.hasAuth, t.auth = b.hasAuth, b.auth
		t.hasQuery, t.query = r.hasQuery, r.query
		switch {
		case strings.HasPrefix(r.path, "/"):
			t.path = r.path
		case b.hasAuth && b.path == "":
			t.path = "/" + r.path
		default:
			i := strings.LastIndexByte(b.path, '/')
			t.path = b.path[:i+1] + r.path
		}
	}
	return t
}

func request(s string) (string, error) {
	p, scheme, host, port, err := origin(s)
	if err != nil {
		return "", err
	}
	return requestOf(p, scheme, host, port), nil
}

// requestOf is the rest of request, after origin.
func requestOf(p parts, scheme, host, port string) string {
	return build(scheme, host, port, removeDots(escapeUnsafe(p.path)), p.hasQuery, escapeUnsafe(p.query))
}

// escapeUnsafe percent-encodes the bytes that may not stand literally in a
// request target, leaving every other byte and every escape as it is.
func escapeUnsafe(s string) string {
	unsafe := func(c byte) bool {
		return c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>\\^`{|}", c) >= 0 ||
			c == '%' // only when not the start of an escape: see below
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if unsafe(s[i]) && !escapeAt(s, i) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2*n)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unsafe(c) && !escapeAt(s, i) {
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// escapeAt reports whether s has a percent escape at i.
func escapeAt(s string, i int) bool {
	return s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
}
