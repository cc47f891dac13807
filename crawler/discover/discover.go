package discover

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Errors returned, wrapped with the operation, by the parse functions.
// Test for them with errors.Is.
var (
	// ErrTooLarge means the document, after decompression, is larger than
	// the limit (MaxBytes by default). Decompression stops at the limit.
	ErrTooLarge = errors.New("document too large")
	// ErrTooManyURLs means the document lists more URLs than the limit
	// (MaxURLs by default).
	ErrTooManyURLs = errors.New("too many urls")
	// ErrNotSitemap means the document is empty or is XML whose root is
	// neither urlset nor sitemapindex (an HTML error page, a feed), or
	// text with no http(s) URL on any line.
	ErrNotSitemap = errors.New("not a sitemap")
	// ErrNotFeed means the document is not XML with an rss, RDF or feed
	// root element.
	ErrNotFeed = errors.New("not a feed")
	// ErrSyntax means the XML is malformed or the gzip stream is corrupt.
	ErrSyntax = errors.New("malformed document")
)

// Limits of the sitemaps.org protocol, applied by default to sitemaps and
// feeds alike.
const (
	// MaxURLs is the largest number of URLs one document may list.
	MaxURLs = 50_000
	// MaxBytes is the largest size of a document, uncompressed.
	MaxBytes = 50 << 20
)

// Entry is one page listed by a sitemap or a feed, or one child sitemap
// listed by a sitemap index. The zero value is an empty entry.
type Entry struct {
	// URL is the page's URL as written in the document (trimmed; in feeds,
	// resolved against xml:base); never empty.
	URL string
	// Title is the headline from a feed item or a Google News sitemap,
	// with runs of white space collapsed; empty if there is none.
	Title string
	// Published is when the page was first published (RSS pubDate, Atom
	// published, Dublin Core date, news:publication_date); zero if
	// absent or unparseable.
	Published time.Time
	// Modified is when the page last changed (sitemap lastmod, Atom
	// updated); zero if absent or unparseable.
	Modified time.Time
}

// Date returns e.Published if it is set, else e.Modified: the date by
// which [SortNewest] orders entries.
func (e Entry) Date() time.Time {
	if !e.Published.IsZero() {
		return e.Published
	}
	return e.Modified
}

// Sitemap is what a sitemap lists. A urlset fills Entries; a sitemap index
// fills Sitemaps. Both keep document order.
type Sitemap struct {
	// Entries are the pages of a urlset or a plain-text sitemap.
	Entries []Entry
	// Sitemaps are the locs of the child sitemaps of a sitemap index.
	Sitemaps []string
	// SitemapsModified holds the lastmod of each child sitemap, parallel
	// to Sitemaps; zero where absent or unparseable.
	SitemapsModified []time.Time
}

// Limits overrides the protocol limits for [Limits.ParseSitemap] and
// [Limits.ParseFeed]. A zero field, and a nil *Limits, mean the default
// (MaxURLs, MaxBytes). A Limits is safe for concurrent use as long as it
// is not modified.
type Limits struct {
	// MaxURLs is the largest number of URLs one document may list.
	MaxURLs int
	// MaxBytes is the largest size of a document, uncompressed.
	MaxBytes int64
}

func (l *Limits) maxURLs() int {
	if l == nil || l.MaxURLs <= 0 {
		return MaxURLs
	}
	return l.MaxURLs
}

func (l *Limits) maxBytes() int64 {
	if l == nil || l.MaxBytes <= 0 {
		return MaxBytes
	}
	return l.MaxBytes
}

// SortNewest sorts entries in place, newest first by [Entry.Date]; entries
// without a date come last; ties are broken by URL, then Title, both
// ascending, so the order is deterministic.
func SortNewest(entries []Entry) {
	slices.SortStableFunc(entries, func(a, b Entry) int {
		da, db := a.Date(), b.Date()
		switch {
		case da.IsZero() != db.IsZero():
			if da.IsZero() {
				return 1
			}
			return -1
		case !da.Equal(db):
			return db.Compare(da)
		}
		return cmp.Or(strings.Compare(a.URL, b.URL), strings.Compare(a.Title, b.Title))
	})
}

// prepare decompresses gzip input (by magic bytes) within limit, rejects
// input over limit, and returns UTF-8 or XML-declared bytes without BOM.
func prepare(data []byte, limit int64) ([]byte, error) {
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w: gunzip: %v", ErrSyntax, err)
		}
		out, err := io.ReadAll(io.LimitReader(zr, limit+1))
		if int64(len(out)) > limit {
			return nil, fmt.Errorf("%w: over %d bytes uncompressed", ErrTooLarge, limit)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: gunzip: %v", ErrSyntax, err)
		}
		data = out
	} else if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), limit)
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xfe\xff")), bytes.HasPrefix(data, []byte("\xff\xfe")):
		r, err := charset.NewReaderLabel("utf-16", bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w: utf-16: %v", ErrSyntax, err)
		}
		out, err := io.ReadAll(io.LimitReader(r, 2*limit+1))
		if err != nil {
			return nil, fmt.Errorf("%w: utf-16: %v", ErrSyntax, err)
		}
		data = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
		data = utf16Decl.ReplaceAll(data, []byte("${1}utf-8${2}"))
	}
	return data, nil
}

// collapse trims s and replaces each run of white space with one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
