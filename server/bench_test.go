package server_test

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"newslink/server"
)

// benchStories are n stories with 5 related each and bodies of about
// 150 words, as the synthetic corpus has.
func benchStories(n int) []story {
	body := strings.Repeat("Talro rogorme randorgortal bu rogorme robubersu na lupaber quanelpli. ", 15)
	var out []story
	for i := range n {
		a := art(fmt.Sprintf("https://news.example.com/uk/%06d", i), fmt.Sprintf("Story %d about the economy", i), 1+i%28, "A summary sentence of a hundred characters or so, as news sites write them.")
		a.Body = fmt.Sprintf("Story %d. %s", i, body) // distinct: the store keeps one copy of a body
		s := story{a: a}
		for j := 1; j <= 5; j++ {
			s.related = append(s.related, fmt.Sprintf("https://news.example.com/uk/%06d", (i+j)%n))
		}
		out = append(out, s)
	}
	return out
}

// BenchmarkServer_APIRelated measures /api/related in the handler, with
// the box cache (every request a hit after the first round) and without.
func BenchmarkServer_APIRelated(b *testing.B) {
	const n = 1000
	for _, bc := range []struct {
		name  string
		cache int
	}{{"cached", 0}, {"uncached", -1}} {
		b.Run(bc.name, func(b *testing.B) {
			f := newFixture(b, benchStories(n), server.Config{CacheBytes: bc.cache, ReloadInterval: -1})
			paths := make([]string, n)
			for i := range paths {
				paths[i] = relatedPath(fmt.Sprintf("https://news.example.com/uk/%06d", i))
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				rec := httptest.NewRecorder()
				f.srv.ServeHTTP(rec, httptest.NewRequest("GET", paths[i%n], nil))
				if rec.Code != 200 {
					b.Fatalf("status %d", rec.Code)
				}
				i++
			}
		})
	}
}
