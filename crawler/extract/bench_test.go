package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"newslink/crawler/extract"
)

// benchPage returns an article page with n paragraphs and the usual
// furniture around it.
func benchPage(n int) []byte {
	var b strings.Builder
	b.WriteString(`<html lang="en"><head><title>Benchmark article | Site</title>
<meta property="article:published_time" content="2024-05-02T08:15:00Z"></head><body>
<nav><ul>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<li><a href="/s%d">Section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav><main><article><h1>Benchmark article</h1>`)
	for i := range n {
		fmt.Fprintf(&b, "<p>Paragraph %d of the article, with a <a href=\"/x\">link</a>, some commas, and enough words to look like running text.</p>\n", i)
	}
	b.WriteString(`</article><aside class="related"><ul>`)
	for i := range 10 {
		fmt.Fprintf(&b, `<li><a href="/r%d">Related story %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside></main><footer>© 2024 Site</footer></body></html>`)
	return []byte(b.String())
}

func BenchmarkExtractBytes(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		page := benchPage(n)
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := extract.ExtractBytes(page, extract.Options{URL: "https://example.org/a"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
