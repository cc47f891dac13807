package discover_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"newslink/crawler/discover"
)

func date(y int, m time.Month, d, h, mi, s int, off int) time.Time {
	if off == 0 {
		return time.Date(y, m, d, h, mi, s, 0, time.UTC)
	}
	return time.Date(y, m, d, h, mi, s, 0, time.FixedZone("", off))
}

func gz(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// sameEntries compares entries with time.Equal for the dates.
func sameEntries(tb testing.TB, got, want []discover.Entry) {
	tb.Helper()
	if len(got) != len(want) {
		tb.Fatalf("got %d entries %+v, want %d %+v", len(got), got, len(want), want)
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.URL != w.URL || g.Title != w.Title || !g.Published.Equal(w.Published) || !g.Modified.Equal(w.Modified) {
			tb.Errorf("entry %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

const urlset = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
        xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">
  <url>
    <loc>
      https://example.com/a?x=1&amp;y=2
    </loc>
    <lastmod>2015-03-06</lastmod>
    <changefreq>daily</changefreq>
    <priority>0.8</priority>
  </url>
  <url>
    <loc>https://example.com/b</loc>
    <lastmod>2015-03-06T10:32:00+01:00</lastmod>
    <image:image><image:loc>https://example.com/img.jpg</image:loc><image:title>Not a title</image:title></image:image>
    <video:video><video:title>Video</video:title><video:content_loc>https://example.com/v.mp4</video:content_loc></video:video>
  </url>
  <url><loc><![CDATA[https://example.com/c]]></loc><lastmod>2015-03-06T10:32Z</lastmod></url>
  <url><loc>https://example.com/d</loc><lastmod>last tuesday</lastmod></url>
  <url><lastmod>2015-03-06</lastmod></url>
  <url><loc>   </loc></url>
</urlset>`

func TestParseSitemap_Table(t *testing.T) {
	tests := []struct {
		name        string
		data        string
		want        []discover.Entry
		wantMaps    []string
		wantMapsMod []time.Time
	}{
		{
			name: "urlset with extensions",
			data: urlset,
			want: []discover.Entry{
				{URL: "https://example.com/a?x=1&y=2", Modified: date(2015, 3, 6, 0, 0, 0, 0)},
				{URL: "https://example.com/b", Modified: date(2015, 3, 6, 9, 32, 0, 0)},
				{URL: "https://example.com/c", Modified: date(2015, 3, 6, 10, 32, 0, 0)},
				{URL: "https://example.com/d"},
			},
		},
		{
			name: "no namespace",
			data: `<urlset><url><loc>https://example.com/x</loc></url></urlset>`,
			want: []discover.Entry{{URL: "https://example.com/x"}},
		},
		{
			name: "prefixed sitemap namespace and bom",
			data: "\ufeff<?xml version='1.0'?>\n<sm:urlset xmlns:sm='http://www.sitemaps.org/schemas/sitemap/0.9'><sm:url><sm:loc>https://example.com/p</sm:loc></sm:url></sm:urlset>",
			want: []discover.Entry{{URL: "https://example.com/p"}},
		},
		{
			name: "google news",
			data: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url>
  <loc>https://news.example.com/2026/11/25/storm</loc>
  <news:news>
   <news:publication><news:name>The Example Times</news:name><news:language>en</news:language></news:publication>
   <news:publication_date>2026-11-25T08:15:00-05:00</news:publication_date>
   <news:title><![CDATA[Storm  hits
     the coast & more]]></news:title>
  </news:news>
 </url>
 <url>
  <loc>https://news.example.com/2026/11/24/vote</loc>
  <news:news><news:publication_date>2026-11-24</news:publication_date><news:title>Vote &amp; count</news:title></news:news>
 </url>
</urlset>`,
			want: []discover.Entry{
				{URL: "https://news.example.com/2026/11/25/storm", Title: "Storm hits the coast & more", Published: date(2026, 11, 25, 13, 15, 0, 0)},
				{URL: "https://news.example.com/2026/11/24/vote", Title: "Vote & count", Published: date(2026, 11, 24, 0, 0, 0, 0)},
			},
		},
		{
			name: "sitemap index",
			data: `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.com/sitemap1.xml.gz</loc><lastmod>2004-10-01T18:23:17+00:00</lastmod></sitemap>
  <sitemap><loc> https://example.com/sitemap2.xml </loc></sitemap>
  <sitemap><lastmod>2005-01-01</lastmod></sitemap>
</sitemapindex>`,
			wantMaps:    []string{"https://example.com/sitemap1.xml.gz", "https://example.com/sitemap2.xml"},
			wantMapsMod: []time.Time{date(2004, 10, 1, 18, 23, 17, 0), {}},
		},
		{
			name: "plain text",
			data: "https://example.com/1\r\n\r\n  https://example.com/2  \n# comment\nnot a url\nftp://example.com/x\nHTTP://EXAMPLE.COM/3",
			want: []discover.Entry{{URL: "https://example.com/1"}, {URL: "https://example.com/2"}, {URL: "HTTP://EXAMPLE.COM/3"}},
		},
		{
			name: "latin-1 declared",
			data: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><urlset xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://example.com/caf\xe9</loc><news:news><news:title>Caf\xe9</news:title></news:news></url></urlset>",
			want: []discover.Entry{{URL: "https://example.com/café", Title: "Café"}},
		},
		{
			name: "html entity",
			data: `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://example.com/x</loc><news:news><news:title>A&nbsp;B</news:title></news:news></url></urlset>`,
			want: []discover.Entry{{URL: "https://example.com/x", Title: "A B"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, variant := range []struct {
				name string
				data []byte
			}{{"plain", []byte(tt.data)}, {"gzip", gz(t, []byte(tt.data))}} {
				sm, err := discover.ParseSitemap(variant.data)
				if err != nil {
					t.Fatalf("%s: %v", variant.name, err)
				}
				sameEntries(t, sm.Entries, tt.want)
				if !reflect.DeepEqual(sm.Sitemaps, tt.wantMaps) {
					t.Errorf("%s: Sitemaps = %q, want %q", variant.name, sm.Sitemaps, tt.wantMaps)
				}
				if len(sm.SitemapsModified) != len(sm.Sitemaps) {
					t.Fatalf("%s: %d SitemapsModified for %d Sitemaps", variant.name, len(sm.SitemapsModified), len(sm.Sitemaps))
				}
				for i, w := range tt.wantMapsMod {
					if !sm.SitemapsModified[i].Equal(w) {
						t.Errorf("%s: SitemapsModified[%d] = %v, want %v", variant.name, i, sm.SitemapsModified[i], w)
					}
				}
			}
		})
	}
}

func TestParseSitemap_Errors(t *testing.T) {
	tests := []struct {
		name        string
		data        []byte
		wantErr     error
		wantPartial int // entries returned with the error; -1 for a nil Sitemap
	}{
		{"empty", nil, discover.ErrNotSitemap, -1},
		{"blank", []byte(" \n\t"), discover.ErrNotSitemap, -1},
		{"html page", []byte("<!DOCTYPE html><html><body>Not found</body></html>"), discover.ErrNotSitemap, -1},
		{"feed", []byte(`<rss version="2.0"><channel/></rss>`), discover.ErrNotSitemap, -1},
		{"text without urls", []byte("hello\nworld\n"), discover.ErrNotSitemap, -1},
		{"truncated", []byte(`<urlset><url><loc>https://e.com/1</loc></url><url><loc>https://e.com/2</lo`), discover.ErrSyntax, 1},
		{"corrupt gzip", append([]byte{0x1f, 0x8b}, "garbage"...), discover.ErrSyntax, -1},
		{"truncated gzip", gz(t, []byte(urlset))[:40], discover.ErrSyntax, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sm, err := discover.ParseSitemap(tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.HasPrefix(err.Error(), "discover: parse sitemap: ") {
				t.Errorf("error %q lacks the operation", err)
			}
			switch {
			case tt.wantPartial < 0 && sm != nil:
				t.Errorf("got %+v with the error, want nil", sm)
			case tt.wantPartial >= 0 && (sm == nil || len(sm.Entries) != tt.wantPartial):
				t.Errorf("got %+v with the error, want %d entries", sm, tt.wantPartial)
			}
		})
	}
}

func urlsetOf(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for i := range n {
		fmt.Fprintf(&b, "<url><loc>https://example.com/article/%d</loc><lastmod>2026-11-%02dT10:00:00+00:00</lastmod></url>\n", i, i%28+1)
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

func TestParseSitemap_URLLimit(t *testing.T) {
	sm, err := discover.ParseSitemap(urlsetOf(discover.MaxURLs))
	if err != nil || len(sm.Entries) != discover.MaxURLs {
		t.Fatalf("at the limit: %d entries, %v", len(sm.Entries), err)
	}
	sm, err = discover.ParseSitemap(urlsetOf(discover.MaxURLs + 1))
	if !errors.Is(err, discover.ErrTooManyURLs) {
		t.Fatalf("over the limit: err = %v, want ErrTooManyURLs", err)
	}
	if sm == nil || len(sm.Entries) != discover.MaxURLs {
		t.Errorf("over the limit: want the first %d entries with the error", discover.MaxURLs)
	}
}

func TestLimits_ParseSitemap_Limits(t *testing.T) {
	text := []byte("https://e.com/1\nhttps://e.com/2\nhttps://e.com/3\n")
	tests := []struct {
		name    string
		limits  *discover.Limits
		data    []byte
		wantErr error
	}{
		{"text over url limit", &discover.Limits{MaxURLs: 2}, text, discover.ErrTooManyURLs},
		{"text at url limit", &discover.Limits{MaxURLs: 3}, text, nil},
		{"xml over url limit", &discover.Limits{MaxURLs: 9}, urlsetOf(10), discover.ErrTooManyURLs},
		{"index over url limit", &discover.Limits{MaxURLs: 1}, []byte(`<sitemapindex><sitemap><loc>https://e.com/1</loc></sitemap><sitemap><loc>https://e.com/2</loc></sitemap></sitemapindex>`), discover.ErrTooManyURLs},
		{"over byte limit", &discover.Limits{MaxBytes: 10}, text, discover.ErrTooLarge},
		{"gzip over byte limit", &discover.Limits{MaxBytes: 100}, gz(t, urlsetOf(10)), discover.ErrTooLarge},
		{"zero means default", &discover.Limits{}, urlsetOf(10), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.limits.ParseSitemap(tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// TestParseSitemap_GzipBomb feeds 1 MiB of gzip that inflates past 50 MiB.
func TestParseSitemap_GzipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("inflates 50 MiB")
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write([]byte(`<urlset><url><loc>https://e.com/</loc></url>`))
	zeros := make([]byte, 1<<20)
	for range 51 {
		zw.Write(zeros)
	}
	zw.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("bomb is %d bytes compressed", buf.Len())
	}
	sm, err := discover.ParseSitemap(buf.Bytes())
	if !errors.Is(err, discover.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if sm != nil {
		t.Errorf("got %+v with the error", sm)
	}
	if _, err := discover.ParseFeed(buf.Bytes()); !errors.Is(err, discover.ErrTooLarge) {
		t.Fatalf("ParseFeed: err = %v, want ErrTooLarge", err)
	}
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(urlset))
	f.Add(gz(f, []byte(urlset)))
	f.Add([]byte("https://e.com/1\nhttps://e.com/2"))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://e.com/s.xml</loc><lastmod>2026-01-01</lastmod></sitemap></sitemapindex>`))
	f.Add([]byte(`<urlset xmlns:news="n"><url><loc>x</loc><news:news><news:title>t</news:title><news:publication_date>2026-01-01T00:00Z</news:publication_date></news:news></url></urlset>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sm, err := discover.ParseSitemap(data)
		if err == nil && sm == nil {
			t.Fatal("nil sitemap without error")
		}
		if sm != nil {
			for _, e := range sm.Entries {
				if e.URL == "" {
					t.Fatal("entry without url")
				}
			}
			if len(sm.Sitemaps) != len(sm.SitemapsModified) {
				t.Fatal("Sitemaps and SitemapsModified differ in length")
			}
		}
	})
}

func BenchmarkParseSitemap(b *testing.B) {
	for _, n := range []int{100, 10_000} {
		data := urlsetOf(n)
		for _, v := range []struct {
			name string
			data []byte
		}{{"xml", data}, {"gzip", gz(b, data)}} {
			b.Run(fmt.Sprintf("%s/%d", v.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := discover.ParseSitemap(v.data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
