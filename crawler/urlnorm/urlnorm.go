package urlnorm

import (
	"cmp"
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/idna"
)

// Errors returned, wrapped with the operation and the offending URL, by
// [Normalize] and [Resolve]. Test for them with errors.Is.
var (
	// ErrEmpty means the URL is empty after trimming spaces.
	ErrEmpty = errors.New("empty url")
	// ErrNotAbsolute means the URL has no scheme and there is no base to
	// resolve it against.
	ErrNotAbsolute = errors.New("url is not absolute")
	// ErrScheme means the scheme is neither http nor https
	// (mailto:, javascript:, ftp:, data:, ...).
	ErrScheme = errors.New("unsupported scheme")
	// ErrNoHost means the URL has no authority ("http:/a") or an empty
	// host ("http://:80/").
	ErrNoHost = errors.New("missing host")
	// ErrUserinfo means the authority holds a user name or password
	// ("http://user:pass@host/", "http://user@/").
	ErrUserinfo = errors.New("url contains userinfo")
	// ErrHost means the host cannot be a DNS name or IP literal: invalid
	// IDNA, forbidden characters, empty labels, IPv6 zones.
	ErrHost = errors.New("invalid host")
	// ErrPort means the port is not a decimal number up to 65535.
	ErrPort = errors.New("invalid port")
)

// TrackingParams lists the query parameters that only identify a campaign,
// a click or a referrer, and are removed by [Normalize] under the zero
// [Config]. Names compare case-insensitively after percent-decoding; an
// entry ending in "*" matches every name with that prefix. The package only
// reads it; change it, if at all, before normalising concurrently.
var TrackingParams = []string{
	"utm_*",                    // Google Analytics campaign parameters
	"fbclid",                   // Facebook
	"gclid", "gclsrc", "dclid", // Google Ads, DoubleClick
	"gbraid", "wbraid", // Google Ads on iOS
	"msclkid",          // Microsoft Ads
	"mc_cid", "mc_eid", // Mailchimp
	"igshid",     // Instagram
	"yclid",      // Yandex
	"twclid",     // Twitter/X
	"ttclid",     // TikTok
	"li_fat_id",  // LinkedIn
	"_ga", "_gl", // Google Analytics cross-domain
	"ref_src", "ref_url", // Twitter/X embeds
	"_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", // HubSpot
	"mkt_tok",                   // Marketo
	"oly_anon_id", "oly_enc_id", // Omeda
	"vero_id", "vero_conv", // Vero
	"wickedid", // Wicked Reports
	"ocid",     // Microsoft/MSN syndication
}

// SessionParams lists the query parameters that carry a server session
// identifier and are removed by [Normalize] under the zero [Config]. They
// match like [TrackingParams]. Independently of this list, Normalize always
// removes ";jsessionid=..." path parameters and a "sid" query parameter
// whose value is 16 or more hex digits (a short "sid" may be a section or
// story ID, so it is kept).
var SessionParams = []string{
	"jsessionid",
	"phpsessid",
	"sessionid",
	"aspsessionid",
	"cfid", "cftoken", // ColdFusion
}

// Config adjusts [Config.Normalize] and [Config.Resolve]. The zero value,
// and a nil *Config, mean the documented defaults. A Config must not be
// modified while it is in use; it is otherwise safe for concurrent use.
type Config struct {
	// DropParams lists the query parameters to remove, with the matching
	// rules of TrackingParams. Nil means TrackingParams followed by
	// SessionParams; an empty non-nil slice removes none of them.
	DropParams []string
}

// Normalize returns the canonical form of the absolute http or https URL
// raw, as described in the package documentation, using the default
// [Config]. It is safe for concurrent use.
func Normalize(raw string) (string, error) {
	return (*Config)(nil).Normalize(raw)
}

// Resolve resolves href, as found in a page whose URL is base, by the
// rules of RFC 3986 section 5.2, and returns the canonical form of the
// result, using the default [Config]. A nil base means href must be
// absolute. It is safe for concurrent use.
func Resolve(base *url.URL, href string) (string, error) {
	return (*Config)(nil).Resolve(base, href)
}

// Normalize is like the package-level [Normalize] with c's settings.
func (c *Config) Normalize(raw string) (string, error) {
	s, err := c.normalize(clean(raw))
	if err != nil {
		return "", fmt.Errorf("urlnorm: normalize %q: %w", clip(raw), err)
	}
	return s, nil
}

// Resolve is like the package-level [Resolve] with c's settings.
func (c *Config) Resolve(base *url.URL, href string) (string, error) {
	s, err := c.resolve(base, href)
	if err != nil {
		return "", fmt.Errorf("urlnorm: resolve %q: %w", clip(href), err)
	}
	return s, nil
}

func (c *Config) resolve(base *url.URL, href string) (string, error) {
	abs, err := absolute(base, href)
	if err != nil {
		return "", err
	}
	return c.normalize(abs)
}

// absolute resolves href against base (RFC 3986 section 5.2.2, before
// dot segments are removed) and returns the cleaned absolute reference,
// the part of Resolve and ResolveRequest that is the same.
func absolute(base *url.URL, href string) (string, error) {
	href = clean(href)
	if base == nil {
		return href, nil
	}
	r := split(href)
	if r.scheme != "" {
		return href, nil
	}
	b := split(clean(base.String()))
	if b.scheme == "" {
		return "", fmt.Errorf("base %q: %w", clip(base.String()), ErrNotAbsolute)
	}
	return join(b, r).String(), nil
}

// normalize does the work of Normalize on a cleaned string.
func (c *Config) normalize(s string) (string, error) {
	p, scheme, host, port, err := origin(s)
	if err != nil {
		return "", err
	}
	return c.canonical(p, scheme, host, port), nil
}

// canonical is the rest of normalize, after origin.
func (c *Config) canonical(p parts, scheme, host, port string) string {
	path := normEscapes(p.path, pathChar)
	path = removeDots(dropJSessionID(path))
	query := c.normQuery(p.query)
	return build(scheme, host, port, path, query != "", query)
}

// build writes an absolute URL of its parts; an empty path is "/".
func build(scheme, host, port, path string, hasQuery bool, query string) string {
	if path == "" {
		path = "/"
	}
	var b strings.Builder
	b.Grow(len(scheme) + 3 + len(host) + 1 + len(port) + len(path) + 1 + len(query))
	b.WriteString(scheme)
	b.WriteString("://")
	b.WriteString(host)
	if port != "" {
		b.WriteByte(':')
		b.WriteString(port)
	}
	b.WriteString(path)
	if hasQuery {
		b.WriteByte('?')
		b.WriteString(query)
	}
	return b.String()
}

// origin splits the absolute http or https URL s and returns its parts
// with the canonical scheme, host and port (empty for the scheme's
// default), the part of Normalize and Request that is the same.
func origin(s string) (p parts, scheme, host, port string, err error) {
	if s == "" {
		return p, "", "", "", ErrEmpty
	}
	p = split(s)
	if p.scheme == "" {
		return p, "", "", "", ErrNotAbsolute
	}
	scheme = strings.ToLower(p.scheme)
	if scheme != "http" && scheme != "https" {
		return p, "", "", "", fmt.Errorf("%w %q", ErrScheme, clip(scheme))
	}
	if !p.hasAuth {
		return p, "", "", "", ErrNoHost
	}
	host, port, err = normAuthority(p.auth, scheme)
	return p, scheme, host, port, err
}

// clean trims leading and trailing C0 controls and spaces and removes tabs
// and newlines anywhere, as the WHATWG URL parser does.
func clean(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, s)
	}
	return s
}

// clip shortens s for use in error messages.
func clip(s string) string {
	const n = 200
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// parts is a URI reference split as in RFC 3986 appendix B, without any
// decoding or validation.
type parts struct {
	scheme   string
	hasAuth  bool
	auth     string
	path     string
	hasQuery bool
	query    string
}

func split(s string) parts {
	var p parts
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, '?'); i >= 0 {
		p.hasQuery, p.query, s = true, s[i+1:], s[:i]
	}
	p.scheme, s = cutScheme(s)
	if strings.HasPrefix(s, "//") {
		s = s[2:]
		i := strings.IndexByte(s, '/')
		if i < 0 {
			i = len(s)
		}
		p.hasAuth, p.auth, s = true, s[:i], s[i:]
	}
	p.path = s
	return p
}

// String reassembles p (RFC 3986 section 5.3, without fragment).
func (p parts) String() string {
	var b strings.Builder
	if p.scheme != "" {
		b.WriteString(p.scheme)
		b.WriteByte(':')
	}
	if p.hasAuth {
		b.WriteString("//")
		b.WriteString(p.auth)
	}
	b.WriteString(p.path)
	if p.hasQuery {
		b.WriteByte('?')
		b.WriteString(p.query)
	}
	return b.String()
}

// cutScheme splits "scheme:rest"; it returns "", s if s has no scheme.
func cutScheme(s string) (scheme, rest string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return s[:i], s[i+1:]
		default:
			return "", s
		}
	}
	return "", s
}

// normAuthority returns the canonical host (with brackets for IPv6) and
// port (empty for the scheme's default) of auth.
func normAuthority(auth, scheme string) (host, port string, err error) {
	if strings.IndexByte(auth, '@') >= 0 {
		return "", "", ErrUserinfo
	}
	if strings.HasPrefix(auth, "[") {
		end := strings.IndexByte(auth, ']')
		if end < 0 {
			return "", "", fmt.Errorf("%w: unclosed ip literal", ErrHost)
		}
		rest := auth[end+1:]
		switch {
		case rest == "":
		case rest[0] == ':':
			port = rest[1:]
		default:
			return "", "", fmt.Errorf("%w: text after ip literal", ErrHost)
		}
		addr, err := netip.ParseAddr(auth[1:end])
		if err != nil || !addr.Is6() || addr.Zone() != "" {
			return "", "", fmt.Errorf("%w: bad ipv6 literal %q", ErrHost, clip(auth[1:end]))
		}
		host = "[" + addr.String() + "]"
	} else {
		host = auth
		if i := strings.LastIndexByte(auth, ':'); i >= 0 {
			host, port = auth[:i], auth[i+1:]
		}
		if host, err = normHost(host); err != nil {
			return "", "", err
		}
	}
	port, err = normPort(port, scheme)
	return host, port, err
}

func normPort(port, scheme string) (string, error) {
	if port == "" {
		return "", nil
	}
	for i := 0; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return "", fmt.Errorf("%w %q", ErrPort, clip(port))
		}
	}
	port = strings.TrimLeft(port, "0")
	if port == "" {
		port = "0"
	}
	if len(port) > 5 {
		return "", fmt.Errorf("%w %q", ErrPort, clip(port))
	}
	if n, _ := strconv.Atoi(port); n > 65535 {
		return "", fmt.Errorf("%w %q", ErrPort, port)
	}
	if scheme == "http" && port == "80" || scheme == "https" && port == "443" {
		return "", nil
	}
	return port, nil
}

func normHost(host string) (string, error) {
	if strings.IndexByte(host, '%') >= 0 {
		h, err := url.PathUnescape(host)
		if err != nil {
			return "", fmt.Errorf("%w: bad escape in %q", ErrHost, clip(host))
		}
		host = h
	}
	if host == "" {
		return "", ErrNoHost
	}
	if !isASCII(host) {
		dot := strings.HasSuffix(host, ".")
		h, err := idna.Lookup.ToASCII(strings.TrimSuffix(host, "."))
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrHost, err)
		}
		host = h
		if dot {
			host += "."
		}
	}
	host = strings.ToLower(host)
	// Labels: non-empty, letters, digits, '-' and '_'; one trailing dot
	// (a fully qualified name) is allowed.
	name := strings.TrimSuffix(host, ".")
	if name == "" {
		return "", fmt.Errorf("%w %q", ErrHost, clip(host))
	}
	prev := byte('.')
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_':
		case c == '.' && prev != '.':
		default:
			return "", fmt.Errorf("%w %q", ErrHost, clip(host))
		}
		prev = c
	}
	if prev == '.' {
		return "", fmt.Errorf("%w %q", ErrHost, clip(host))
	}
	return host, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

// pathChar reports whether c may appear literally in a path: pchar and "/".
func pathChar(c byte) bool {
	if unreserved(c) {
		return true
	}
	switch c {
	case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '/':
		return true
	}
	return false
}

// queryChar reports whether c may appear literally in a query.
func queryChar(c byte) bool { return c == '?' || pathChar(c) }

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

const upperHex = "0123456789ABCDEF"

// normEscapes normalises the percent-encoding of s: see the package doc.
func normEscapes(s string, allowed func(byte) bool) string {
	// Fast path: nothing to change.
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) &&
				!unreserved(unhex(s[i+1])<<4|unhex(s[i+2])) &&
				!('a' <= s[i+1] && s[i+1] <= 'f') && !('a' <= s[i+2] && s[i+2] <= 'f') {
				i += 2
				continue
			}
			break
		}
		if !allowed(c) {
			break
		}
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				v := unhex(s[i+1])<<4 | unhex(s[i+2])
				if unreserved(v) {
					b.WriteByte(v)
				} else {
					b.WriteByte('%')
					b.WriteByte(upperHex[v>>4])
					b.WriteByte(upperHex[v&15])
				}
				i += 2
				continue
			}
			b.WriteString("%25")
			continue
		}
		if allowed(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(upperHex[c>>4])
		b.WriteByte(upperHex[c&15])
	}
	return b.String()
}

// dropJSessionID removes ";jsessionid=..." path parameters, each up to the
// next ";" or "/".
func dropJSessionID(path string) string {
	const param = ";jsessionid="
	for {
		i := indexFold(path, param)
		if i < 0 {
			return path
		}
		j := i + len(param)
		for j < len(path) && path[j] != ';' && path[j] != '/' {
			j++
		}
		path = path[:i] + path[j:]
	}
}

// indexFold is strings.Index for an ASCII lower-case needle, ignoring case.
func indexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// removeDots implements RFC 3986 section 5.2.4 for a path that is empty or
// starts with "/".
func removeDots(path string) string {
	if !strings.Contains(path, "/.") {
		return path
	}
	segs := strings.Split(path, "/")
	out := make([]string, 0, len(segs))
	last := len(segs) - 1
	for i, s := range segs {
		switch {
		case i == 0:
			out = append(out, s)
		case s == ".":
			if i == last {
				out = append(out, "")
			}
		case s == "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if i == last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	return strings.Join(out, "/")
}

type param struct{ key, text string }

// normQuery normalises the escapes of each parameter, drops empty,
// tracking and session parameters and sorts the rest stably by key.
func (c *Config) normQuery(q string) string {
	if q == "" {
		return ""
	}
	drop := TrackingParams
	var drop2 []string
	if c == nil || c.DropParams == nil {
		drop2 = SessionParams
	} else {
		drop = c.DropParams
	}
	ps := make([]param, 0, strings.Count(q, "&")+1)
	for piece := range strings.SplitSeq(q, "&") {
		if piece == "" {
			continue
		}
		piece = normEscapes(piece, queryChar)
		key, val, _ := strings.Cut(piece, "=")
		name := unescape(key)
		if matchAny(name, drop) || matchAny(name, drop2) || isHexSID(name, val) {
			continue
		}
		ps = append(ps, param{key, piece})
	}
	if len(ps) == 0 {
		return ""
	}
	slices.SortStableFunc(ps, func(a, b param) int { return cmp.Compare(a.key, b.key) })
	var b strings.Builder
	b.Grow(len(q))
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.text)
	}
	return b.String()
}

func matchAny(name string, list []string) bool {
	for _, m := range list {
		if p, ok := strings.CutSuffix(m, "*"); ok {
			if len(name) >= len(p) && strings.EqualFold(name[:len(p)], p) {
				return true
			}
		} else if strings.EqualFold(name, m) {
			return true
		}
	}
	return false
}

func isHexSID(name, val string) bool {
	if !strings.EqualFold(name, "sid") || len(val) < 16 {
		return false
	}
	for i := 0; i < len(val); i++ {
		if !isHex(val[i]) {
			return false
		}
	}
	return true
}

// unescape decodes the valid percent escapes of a normalised query key;
// "+" is a space, as in HTML forms.
func unescape(s string) string {
	if strings.IndexByte(s, '%') < 0 && strings.IndexByte(s, '+') < 0 {
		return s
	}
	if u, err := url.QueryUnescape(s); err == nil {
		return u
	}
	return s
}
