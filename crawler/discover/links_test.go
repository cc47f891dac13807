package discover_test

import (
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"newslink/crawler/discover"
)

const page = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Example</title>
<link rel="stylesheet" href="/style.css">
<LINK REL="Alternate" TYPE="application/rss+xml; charset=utf-8" TITLE="  Example   News " HREF="/feed">
<link rel="alternate" type="application/atom+xml" title="Atom" href="https://news.example.com/atom.xml" />
<link rel="alternate" type="application/rss+xml" title="Comments Feed" href="comments/feed/">
<link rel="alternate" type="application/rss+xml" href="/feed">
<link rel="alternate" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/feed+json" href="/feed.json">
<link rel="alternate" type="application/rss+xml" href="">
<link rel="alternate feed" type="application/rdf+xml" href="/index.rdf">
</head><body>
<a href="/other-feed.xml" type="application/rss+xml" rel="alternate">not a link element</a>
</body></html>`

func TestFeedLinks_Table(t *testing.T) {
	base, _ := url.Parse("https://news.example.com/section/page.html")
	tests := []struct {
		name string
		html string
		base *url.URL
		want []discover.FeedLink
	}{
		{
			name: "page",
			html: page,
			base: base,
			want: []discover.FeedLink{
				{URL: "https://news.example.com/feed", Type: "application/rss+xml", Title: "Example News"},
				{URL: "https://news.example.com/atom.xml", Type: "application/atom+xml", Title: "Atom"},
				{URL: "https://news.example.com/section/comments/feed/", Type: "application/rss+xml", Title: "Comments Feed"},
				{URL: "https://news.example.com/index.rdf", Type: "application/rdf+xml"},
			},
		},
		{
			name: "base element",
			html: `<head><base href="/blog/"><base href="/ignored/"><link rel=alternate type=application/rss+xml href=feed.xml></head>`,
			base: base,
			want: []discover.FeedLink{{URL: "https://news.example.com/blog/feed.xml", Type: "application/rss+xml"}},
		},
		{
			name: "nil base keeps relative",
			html: `<link rel="alternate" type="application/atom+xml" href="/atom.xml">`,
			want: []discover.FeedLink{{URL: "/atom.xml", Type: "application/atom+xml"}},
		},
		{
			name: "none",
			html: `<html><head><title>x</title></head><body><p>no feeds</p></body></html>`,
			base: base,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := discover.FeedLinks(strings.NewReader(tt.html), tt.base)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestFeedLinks_ReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := discover.FeedLinks(iotest.ErrReader(boom), nil)
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
}

func TestSortNewest_Table(t *testing.T) {
	d1 := date(2026, 11, 25, 10, 0, 0, 0)
	d2 := date(2026, 11, 24, 10, 0, 0, 0)
	in := []discover.Entry{
		{URL: "https://e.com/nodate-b"},
		{URL: "https://e.com/old", Published: d2},
		{URL: "https://e.com/b", Published: d1},
		{URL: "https://e.com/nodate-a"},
		{URL: "https://e.com/a", Published: d1.In(time.FixedZone("", 2*3600))}, // same instant, other zone
		{URL: "https://e.com/mod", Modified: d1.Add(time.Hour)},
		{URL: "https://e.com/a", Title: "A0", Published: d1},
	}
	want := []string{"mod", "a", "a", "b", "old", "nodate-a", "nodate-b"}
	discover.SortNewest(in)
	var got []string
	for _, e := range in {
		got = append(got, strings.TrimPrefix(e.URL, "https://e.com/"))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
	if in[1].Title != "" || in[2].Title != "A0" {
		t.Errorf("tie on URL not broken by title: %+v, %+v", in[1], in[2])
	}
}
