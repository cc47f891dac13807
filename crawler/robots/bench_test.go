package robots_test

import (
	"fmt"
	"strings"
	"testing"

	"newslink/crawler/robots"
)

// benchFile returns a robots.txt with n rules for "*" of the kinds found on
// news sites: prefixes, wildcards, anchors and query parameters.
func benchFile(n int) []byte {
	var b strings.Builder
	b.WriteString("User-agent: *\n")
	for i := range n {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "Disallow: /section-%d/\n", i)
		case 1:
			fmt.Fprintf(&b, "Allow: /section-%d/public/\n", i-1)
		case 2:
			fmt.Fprintf(&b, "Disallow: /*?utm_%d=\n", i)
		default:
			fmt.Fprintf(&b, "Disallow: /*/print-%d.html$\n", i)
		}
	}
	return []byte(b.String())
}

var benchPaths = []string{
	"/2026/11/25/some-long-article-slug-about-things.html",
	"/section-0/public/story?id=123",
	"/search?q=weather&utm_2=x",
	"/a/b/c/print-3.html",
	"/caf%C3%A9/r%C3%A9sum%C3%A9",
}

func BenchmarkRobots_Allowed(b *testing.B) {
	for _, n := range []int{10, 200, 1000} {
		r := robots.Parse(benchFile(n))
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				r.Allowed("newslink/0.1 (+https://example.org/bot)", benchPaths[i%len(benchPaths)])
				i++
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	for _, n := range []int{10, 200, 1000} {
		body := benchFile(n)
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				robots.Parse(body)
			}
		})
	}
}
