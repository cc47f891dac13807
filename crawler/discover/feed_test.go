package discover_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"newslink/crawler/discover"
)

const rss2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News</title>
  <link>https://news.example.com/</link>
  <atom:link href="https://news.example.com/feed" rel="self" type="application/rss+xml"/>
  <item>
    <title><![CDATA[Storm <hits> the coast]]></title>
    <link>
      https://news.example.com/storm
    </link>
    <guid isPermaLink="false">urn:uuid:1</guid>
    <pubDate>Wed, 25 Nov 2026 08:15:00 -0500</pubDate>
    <media:title>Photo caption, not the title</media:title>
    <media:content url="https://cdn.example.com/p.jpg"><media:title>Nested</media:title></media:content>
  </item>
  <item>
    <title>Guid as permalink &amp;amp; double-escaped</title>
    <guid>https://news.example.com/vote</guid>
    <pubDate>Tue, 24 Nov 2026 18:00:00 EST</pubDate>
  </item>
  <item>
    <title>Guid not a permalink</title>
    <guid isPermaLink="false">https://news.example.com/nope</guid>
  </item>
  <item>
    <title>Atom link in RSS</title>
    <atom:link href="https://news.example.com/atomlink" rel="alternate"/>
    <dc:date>2026-11-23T07:00:00Z</dc:date>
    <pubDate>not a date</pubDate>
  </item>
  <item>
    <title>Sloppy date&nbsp;here</title>
    <link>https://news.example.com/sloppy</link>
    <pubDate>Sun, 2 Nov 2026 9:05 GMT</pubDate>
  </item>
  <item>
    <title>Relative</title>
    <link>/relative/story</link>
  </item>
</channel>
</rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/">
  <title>Example Blog</title>
  <link href="https://blog.example.org/" />
  <link rel="self" href="https://blog.example.org/atom.xml" />
  <updated>2026-11-25T12:00:00Z</updated>
  <entry>
    <title type="html">Tom &amp;amp; Jerry</title>
    <link rel="self" href="https://blog.example.org/api/1"/>
    <link rel="alternate" type="application/pdf" href="/1.pdf"/>
    <link rel="alternate" type="text/html" href="/posts/1"/>
    <id>tag:blog.example.org,2026:1</id>
    <published>2026-11-25T10:00:00+01:00</published>
    <updated>2026-11-25T11:30:00.5+01:00</updated>
    <source><title>Other</title><link href="https://other.example/"/><updated>2020-01-01T00:00:00Z</updated></source>
  </entry>
  <entry xml:base="https://blog.example.org/2026/">
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>xhtml</b> title</div></title>
    <link href="posts/2"/>
    <id>https://blog.example.org/2026/posts/2</id>
    <updated>2026-11-24T09:00:00Z</updated>
  </entry>
  <entry>
    <title>Only an http id</title>
    <id>https://blog.example.org/posts/3</id>
    <published>2026-11-23</published>
  </entry>
  <entry>
    <title>No URL at all</title>
    <id>tag:blog.example.org,2026:4</id>
  </entry>
</feed>`

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example.com/">
    <title>RDF</title>
    <link>https://rdf.example.com/</link>
    <items><rdf:Seq><rdf:li resource="https://rdf.example.com/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://rdf.example.com/1">
    <title>First</title>
    <link>https://rdf.example.com/1</link>
    <dc:date>2026-11-20T12:00:00+00:00</dc:date>
  </item>
  <item rdf:about="https://rdf.example.com/2">
    <title>About only</title>
  </item>
</rdf:RDF>`

func TestParseFeed_Table(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []discover.Entry
	}{
		{
			name: "rss 2.0",
			data: rss2,
			want: []discover.Entry{
				{URL: "https://news.example.com/storm", Title: "Storm <hits> the coast", Published: date(2026, 11, 25, 13, 15, 0, 0)},
				{URL: "https://news.example.com/vote", Title: "Guid as permalink & double-escaped", Published: date(2026, 11, 24, 23, 0, 0, 0)},
				{URL: "https://news.example.com/atomlink", Title: "Atom link in RSS", Published: date(2026, 11, 23, 7, 0, 0, 0)},
				{URL: "https://news.example.com/sloppy", Title: "Sloppy date here", Published: date(2026, 11, 2, 9, 5, 0, 0)},
				{URL: "/relative/story", Title: "Relative"},
			},
		},
		{
			name: "atom 1.0",
			data: atom,
			want: []discover.Entry{
				{URL: "https://blog.example.org/posts/1", Title: "Tom & Jerry", Published: date(2026, 11, 25, 9, 0, 0, 0), Modified: date(2026, 11, 25, 10, 30, 0, 0).Add(500e6)},
				{URL: "https://blog.example.org/2026/posts/2", Title: "An xhtml title", Modified: date(2026, 11, 24, 9, 0, 0, 0)},
				{URL: "https://blog.example.org/posts/3", Title: "Only an http id", Published: date(2026, 11, 23, 0, 0, 0, 0)},
			},
		},
		{
			name: "rss 1.0 rdf",
			data: rdf,
			want: []discover.Entry{
				{URL: "https://rdf.example.com/1", Title: "First", Published: date(2026, 11, 20, 12, 0, 0, 0)},
				{URL: "https://rdf.example.com/2", Title: "About only"},
			},
		},
		{
			name: "bom and whitespace before declaration",
			data: "\ufeff\n  <rss><channel><item><link>https://e.com/1</link></item></channel></rss>",
			want: []discover.Entry{{URL: "https://e.com/1"}},
		},
		{
			name: "windows-1252",
			data: "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><item><title>\x93Quoted\x94 \x80</title><link>https://e.com/q</link></item></channel></rss>",
			want: []discover.Entry{{URL: "https://e.com/q", Title: "\u201cQuoted\u201d \u20ac"}},
		},
		{
			name: "upper-case element names",
			data: "<RSS><CHANNEL><ITEM><TITLE>T</TITLE><LINK>https://e.com/u</LINK><PUBDATE>25 Nov 2026 10:00 +0000</PUBDATE></ITEM></CHANNEL></RSS>",
			want: []discover.Entry{{URL: "https://e.com/u", Title: "T", Published: date(2026, 11, 25, 10, 0, 0, 0)}},
		},
		{
			name: "empty channel",
			data: `<rss version="2.0"><channel><title>x</title></channel></rss>`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, variant := range []struct {
				name string
				data []byte
			}{{"plain", []byte(tt.data)}, {"gzip", gz(t, []byte(tt.data))}} {
				got, err := discover.ParseFeed(variant.data)
				if err != nil {
					t.Fatalf("%s: %v", variant.name, err)
				}
				sameEntries(t, got, tt.want)
			}
		})
	}
}

func TestParseFeed_UTF16(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-16"?><rss><channel><item><title>Ünïcode</title><link>https://e.com/16</link></item></channel></rss>`
	// UTF-16LE with BOM.
	var b bytes.Buffer
	b.Write([]byte{0xff, 0xfe})
	for _, r := range doc {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	got, err := discover.ParseFeed(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	sameEntries(t, got, []discover.Entry{{URL: "https://e.com/16", Title: "Ünïcode"}})
}

func TestParseFeed_Errors(t *testing.T) {
	tests := []struct {
		name        string
		data        string
		wantErr     error
		wantPartial int
	}{
		{"empty", "", discover.ErrNotFeed, 0},
		{"text", "just text", discover.ErrNotFeed, 0},
		{"html", "<!DOCTYPE html><html><head><title>x</title></head></html>", discover.ErrNotFeed, 0},
		{"sitemap", "<urlset><url><loc>https://e.com/</loc></url></urlset>", discover.ErrNotFeed, 0},
		{"truncated", "<rss><channel><item><link>https://e.com/1</link></item><item><link>https://e.com/2", discover.ErrSyntax, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := discover.ParseFeed([]byte(tt.data))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.HasPrefix(err.Error(), "discover: parse feed: ") {
				t.Errorf("error %q lacks the operation", err)
			}
			if len(got) != tt.wantPartial {
				t.Errorf("got %d entries with the error, want %d", len(got), tt.wantPartial)
			}
		})
	}
}

func TestLimits_ParseFeed_Limits(t *testing.T) {
	feed := rssOf(5)
	tests := []struct {
		name    string
		limits  *discover.Limits
		wantErr error
		wantN   int
	}{
		{"defaults", nil, nil, 5},
		{"at limit", &discover.Limits{MaxURLs: 5}, nil, 5},
		{"over url limit", &discover.Limits{MaxURLs: 4}, discover.ErrTooManyURLs, 4},
		{"over byte limit", &discover.Limits{MaxBytes: 64}, discover.ErrTooLarge, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.limits.ParseFeed(feed)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if len(got) != tt.wantN {
				t.Errorf("got %d entries, want %d", len(got), tt.wantN)
			}
		})
	}
}

func rssOf(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x</title>` + "\n")
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Story number %d</title><link>https://example.com/story/%d</link><guid>https://example.com/story/%d</guid><pubDate>Wed, %02d Nov 2026 10:%02d:00 +0000</pubDate><description>&lt;p&gt;Some text&lt;/p&gt;</description></item>\n", i, i, i, i%28+1, i%60)
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{rss2, atom, rdf, "<rss><channel><item><link>x</link></item></channel></rss>"} {
		f.Add([]byte(s))
	}
	f.Add(gz(f, []byte(rss2)))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, _ := discover.ParseFeed(data)
		for _, e := range entries {
			if e.URL == "" {
				t.Fatal("entry without url")
			}
		}
		discover.SortNewest(entries)
	})
}

func BenchmarkParseFeed(b *testing.B) {
	for _, n := range []int{20, 1000} {
		data := rssOf(n)
		b.Run(fmt.Sprintf("rss/%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := discover.ParseFeed(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
