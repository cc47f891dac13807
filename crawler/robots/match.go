package robots

import "strings"

// ProductToken returns the product token that selects a crawler's group in
// robots.txt: the leading run of letters, "-" and "_" of userAgent (RFC 9309
// §2.2.1), so "newslink/0.1 (+https://example.org/bot)" gives "newslink".
// For the common "Mozilla/5.0 (compatible; ExampleBot/0.1; ...)" form the
// name after "compatible;" is returned instead ("ExampleBot"). The case is
// kept; groups are matched case-insensitively. It returns "" if userAgent
// has no token, in which case only the "*" group applies.
func ProductToken(userAgent string) string {
	s := strings.TrimLeft(userAgent, space)
	tok := leadingToken(s)
	if strings.EqualFold(tok, "Mozilla") {
		const compatible = "(compatible;"
		if i := strings.Index(s, compatible); i >= 0 {
			if t := leadingToken(strings.TrimLeft(s[i+len(compatible):], space)); t != "" {
				return t
			}
		}
	}
	return tok
}

// leadingToken returns the leading run of s made of [A-Za-z_-].
func leadingToken(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c == '-' || c == '_' {
			i++
			continue
		}
		break
	}
	return s[:i]
}

// newRule builds the rule for an allow or disallow value. It reports false
// for an empty value, which matches nothing (RFC 9309: "Disallow:" allows
// everything).
func newRule(value string, allow bool) (rule, bool) {
	if value == "" {
		return rule{}, false
	}
	anchored := strings.HasSuffix(value, "$")
	if anchored {
		value = value[:len(value)-1]
	}
	canon := canonical(value, true)
	pattern := canon
	if anchored {
		pattern += "$"
	}
	return rule{
		parts:    strings.Split(canon, "*"),
		anchored: anchored,
		allow:    allow,
		length:   len(pattern),
		pattern:  pattern,
	}, true
}

// matches reports whether the rule matches the canonical path s: the
// pattern matches a prefix of s (all of s if anchored), "*" standing for any
// run of octets. Each part is placed at its leftmost position, which leaves
// the most room for the rest, so no backtracking is needed.
func (r *rule) matches(s string) bool {
	parts := r.parts
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	if len(parts) == 1 {
		return !r.anchored || len(s) == len(parts[0])
	}
	s = s[len(parts[0]):]
	for _, seg := range parts[1 : len(parts)-1] {
		k := strings.Index(s, seg)
		if k < 0 {
			return false
		}
		s = s[k+len(seg):]
	}
	last := parts[len(parts)-1]
	if r.anchored {
		return strings.HasSuffix(s, last)
	}
	return strings.Contains(s, last)
}

// canonicalPath brings a request target to the form rules are compared
// with: the fragment dropped, the scheme and authority of an absolute URL
// dropped, a leading "/" ensured, and [canonical] applied.
func canonicalPath(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if !strings.HasPrefix(s, "/") {
		if i := strings.Index(s, "://"); i >= 0 && strings.IndexAny(s[:i], "/?") < 0 {
			s = s[i+len("://"):]
			if j := strings.IndexAny(s, "/?"); j >= 0 {
				s = s[j:]
			} else {
				s = ""
			}
		}
		if !strings.HasPrefix(s, "/") {
			s = "/" + s
		}
	}
	return canonical(s, false)
}

const upperHex = "0123456789ABCDEF"

// canonical returns the form of s used for comparison (RFC 9309 §2.2.2):
//
//   - "%XX" naming an unreserved character (A-Z a-z 0-9 - . _ ~) is decoded;
//     other escapes are kept with upper-case hex digits;
//   - a "%" not starting an escape becomes "%25";
//   - octets that may not appear literally in a URI (non-ASCII, controls,
//     space, and "\"<>\\^`{|}") are percent-encoded;
//   - in a path (pattern false), "*" and "$" become %2A and %24, so that only
//     a rule that writes them encoded matches them (§2.2.3); in a pattern "*"
//     stays a wildcard and "$" (the final one has been removed by the caller)
//     becomes %24.
//
// It returns s itself, without allocating, when nothing changes.
func canonical(s string, pattern bool) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isUpperHex(s[i+1]) && isUpperHex(s[i+2]) &&
			!unreserved(unhex(s[i+1])<<4|unhex(s[i+2])) {
			i += 2 // already canonical
			continue
		}
		if c == '%' || !keep(c, pattern) {
			break
		}
	}
	if i >= len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			v := unhex(s[i+1])<<4 | unhex(s[i+2])
			if unreserved(v) {
				b.WriteByte(v)
			} else {
				b.WriteByte('%')
				b.WriteByte(upperHex[v>>4])
				b.WriteByte(upperHex[v&15])
			}
			i += 2
		case c != '%' && keep(c, pattern):
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		}
	}
	return b.String()
}

// keep reports whether c stays as it is in canonical form ("%" is handled
// apart).
func keep(c byte, pattern bool) bool {
	switch {
	case unreserved(c):
		return true
	case c == '*':
		return pattern
	case c == '$':
		return false
	}
	return strings.IndexByte(":/?#[]@!&'()+,;=", c) >= 0
}

func unreserved(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

func isHex(c byte) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}

func isUpperHex(c byte) bool {
	return ('0' <= c && c <= '9') || ('A' <= c && c <= 'F')
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}
