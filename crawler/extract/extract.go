package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"newslink"
)

// DefaultMaxBytes is the page size limit when Options.MaxBytes is zero.
const DefaultMaxBytes = 16 << 20

// ErrTooLarge reports a page larger than Options.MaxBytes.
var ErrTooLarge = errors.New("page too large")

// Options tells Extract what is known about a page besides its bytes.
// The zero value is valid: no URL, no header charset, no locale hint,
// fetched now, and DefaultMaxBytes.
type Options struct {
	URL         string    // where the page was fetched; used to resolve links and read dates in the path
	ContentType string    // the HTTP Content-Type header, for its charset
	Locale      string    // a hint such as "en-GB" or "de" for ambiguous dates
	Fetched     time.Time // when the page was fetched; no date after it is accepted (zero: now)
	MaxBytes    int64     // size limit; zero means DefaultMaxBytes
}

// Result is what Extract found on a page. Fields it could not find are zero.
type Result struct {
	Headline     string
	Published    newslink.Date
	Modified     newslink.Date
	Authors      []string
	Language     string
	CanonicalURL string
	Summary      string
	Body         string // plain text, paragraphs separated by a blank line
}

// Extract reads a page from r and extracts its article. It is safe for
// concurrent use.
func Extract(r io.Reader, opts Options) (*Result, error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("extract: read page: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("extract: %w: over %d bytes", ErrTooLarge, max)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("extract: parse page: %w", err)
	}
	res := &Result{}
	res.Headline = strings.TrimSpace(doc.Find("h1").First().Text())
	if res.Headline == "" {
		res.Headline = strings.TrimSpace(doc.Find("title").First().Text())
	}
	if t, ok := doc.Find("time[datetime]").First().Attr("datetime"); ok {
		if d, err := newslink.ParseDate(t); err == nil {
			res.Published = d
		}
	}
	res.Language, _ = doc.Find("html").Attr("lang")
	res.CanonicalURL, _ = doc.Find(`link[rel="canonical"]`).Attr("href")
	res.Summary, _ = doc.Find(`meta[name="description"]`).Attr("content")
	var paras []string
	doc.Find("article p").Each(func(_ int, s *goquery.Selection) {
		if t := strings.TrimSpace(s.Text()); t != "" {
			paras = append(paras, t)
		}
	})
	res.Body = strings.Join(paras, "\n\n")
	return res, nil
}
