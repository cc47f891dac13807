package robots_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"newslink/crawler/robots"
)

// encodeNonASCII percent-encodes the octets of s outside ASCII, as a URL
// library would before sending the request.
func encodeNonASCII(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(rfcSimple), "foobot", "/example/page.html")
	f.Add([]byte("\xef\xbb\xbfUser-agent: *\r\nDisallow: /*.gif$\r\nAllow: /a%2fb*c$\rCrawl-delay: 1.5\nSitemap: https://a.example/s.xml\n"), ua, "/a%2Fb/x.gif")
	f.Add([]byte("user-agent: newslink\ndisallow: /ümlaut\nallow: /%\nallow: /%e3%83\n"), "newslink/1", "/%C3%BCmlaut?x#y")
	f.Add([]byte("user-agent: *\ndisallow: ****$\nallow: $\ndisallow: %\n"), "", "")
	f.Fuzz(func(t *testing.T, body []byte, agent, path string) {
		r := robots.Parse(body)
		got := r.Allowed(agent, path)
		if !r.Allowed(agent, "/robots.txt") {
			t.Fatalf("/robots.txt disallowed")
		}
		if enc := encodeNonASCII(path); r.Allowed(agent, enc) != got {
			t.Fatalf("Allowed(%q) = %v but Allowed(%q) = %v", path, got, enc, !got)
		}
		if d, ok := r.CrawlDelay(agent); d < 0 || (!ok && d != 0) {
			t.Fatalf("CrawlDelay = %v, %v", d, ok)
		}
		for _, s := range r.Sitemaps() {
			if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
				t.Fatalf("sitemap %q is not an http(s) URL", s)
			}
		}
		robots.FromStatus(len(body)*7%700, body).Allowed(agent, path)
	})
}

// refRule is a rule of the reference matcher.
type refRule struct {
	allow   bool
	pattern string
}

// refMatch is a plain dynamic-programming matcher for patterns made of
// literal octets and "*", with an optional final "$".
func refMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	if !anchored {
		pattern += "*"
	}
	// m[j] reports whether pattern[:i] matches path[:j].
	m := make([]bool, len(path)+1)
	m[0] = true
	for i := 0; i < len(pattern); i++ {
		next := make([]bool, len(path)+1)
		for j := 0; j <= len(path); j++ {
			if pattern[i] == '*' {
				next[j] = m[j] || (j > 0 && next[j-1])
			} else {
				next[j] = j > 0 && m[j-1] && path[j-1] == pattern[i]
			}
		}
		m = next
	}
	return m[len(path)]
}

// refAllowed applies RFC 9309 §2.2.2 literally: the longest matching
// pattern decides, allow winning ties, and no match allows.
func refAllowed(rules []refRule, path string) bool {
	best, allowed := -1, true
	for _, r := range rules {
		if !refMatch(r.pattern, path) {
			continue
		}
		if n := len(r.pattern); n > best || (n == best && r.allow) {
			best, allowed = n, r.allow
		}
	}
	return allowed
}

func TestRobots_Allowed_AgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(alphabet string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(b)
	}
	for iter := range 3000 {
		var rules []refRule
		var body strings.Builder
		body.WriteString("user-agent: *\n")
		for range 1 + rng.IntN(6) {
			p := "/" + word("ab/*", rng.IntN(6))
			if rng.IntN(2) == 0 {
				p = "*" + p[1:]
			}
			if rng.IntN(3) == 0 {
				p += "$"
			}
			r := refRule{allow: rng.IntN(2) == 0, pattern: p}
			rules = append(rules, r)
			if r.allow {
				fmt.Fprintf(&body, "allow: %s\n", p)
			} else {
				fmt.Fprintf(&body, "disallow: %s\n", p)
			}
		}
		rb := robots.Parse([]byte(body.String()))
		for range 20 {
			path := "/" + word("ab/", rng.IntN(8))
			if got, want := rb.Allowed(ua, path), refAllowed(rules, path); got != want {
				t.Fatalf("iteration %d: Allowed(%q) = %v, reference says %v\nrobots.txt:\n%s", iter, path, got, want, body.String())
			}
		}
	}
}
