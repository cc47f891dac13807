package discover

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"

	"golang.org/x/net/html/charset"
)

// utf16Decl matches the encoding of an XML declaration of a document that
// prepare has already transcoded from UTF-16.
var utf16Decl = regexp.MustCompile(`^(\s*<\?xml[^>]*encoding\s*=\s*["'])(?i:utf-?16(?:le|be)?)(["'])`)

// newDecoder returns a lenient decoder: HTML entities such as &nbsp; are
// known, unknown ones and unquoted attributes are tolerated, and declared
// encodings other than UTF-8 are converted.
func newDecoder(data []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// ParseSitemap returns the pages, or child sitemaps, that the sitemap in
// data lists, with the default [Limits]. It is safe for concurrent use.
func ParseSitemap(data []byte) (*Sitemap, error) {
	return (*Limits)(nil).ParseSitemap(data)
}

// ParseSitemap parses an XML, gzip or plain-text sitemap: see the package
// documentation. Entries without a loc are skipped; entries keep document
// order. If the document turns out malformed or over the URL limit after
// its root element, ParseSitemap returns what it read so far together with
// an error wrapping ErrSyntax or ErrTooManyURLs; otherwise a non-nil error
// comes with a nil Sitemap.
func (l *Limits) ParseSitemap(data []byte) (*Sitemap, error) {
	sm, err := l.parseSitemap(data)
	if err != nil {
		err = fmt.Errorf("discover: parse sitemap: %w", err)
	}
	return sm, err
}

func (l *Limits) parseSitemap(data []byte) (*Sitemap, error) {
	data, err := prepare(data, l.maxBytes())
	if err != nil {
		return nil, err
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%w: empty document", ErrNotSitemap)
	}
	if trimmed[0] != '<' {
		return l.parseTextSitemap(trimmed)
	}
	max := l.maxURLs()
	d := newDecoder(data)
	var (
		sm    Sitemap
		stack []string // lower-case local names of the open elements
		text  strings.Builder
		cur   Entry
		root  bool
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if !root {
				return nil, fmt.Errorf("%w: no root element", ErrNotSitemap)
			}
			return &sm, nil
		}
		if err != nil {
			if !root {
				return nil, fmt.Errorf("%w: %v", ErrSyntax, err)
			}
			return &sm, fmt.Errorf("%w: %v", ErrSyntax, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if !root {
				if name != "urlset" && name != "sitemapindex" {
					return nil, fmt.Errorf("%w: root element <%s>", ErrNotSitemap, t.Name.Local)
				}
				root = true
			}
			stack = append(stack, name)
			if len(stack) == 2 {
				cur = Entry{}
			}
			text.Reset()
		case xml.CharData:
			if len(stack) >= 3 {
				text.Write(t)
			}
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			switch len(stack) {
			case 2:
				if cur.URL == "" {
					break
				}
				switch stack[1] {
				case "url":
					sm.Entries = append(sm.Entries, cur)
				case "sitemap":
					sm.Sitemaps = append(sm.Sitemaps, cur.URL)
					sm.SitemapsModified = append(sm.SitemapsModified, cur.Modified)
				}
				if len(sm.Entries)+len(sm.Sitemaps) > max {
					sm.Entries = sm.Entries[:min(len(sm.Entries), max)]
					sm.Sitemaps = sm.Sitemaps[:min(len(sm.Sitemaps), max)]
					sm.SitemapsModified = sm.SitemapsModified[:len(sm.Sitemaps)]
					return &sm, fmt.Errorf("%w: more than %d", ErrTooManyURLs, max)
				}
			case 3:
				switch stack[2] {
				case "loc":
					cur.URL = strings.TrimSpace(text.String())
				case "lastmod":
					cur.Modified, _ = ParseDate(text.String())
				}
			case 4:
				if stack[1] == "url" && stack[2] == "news" {
					switch stack[3] {
					case "title":
						cur.Title = collapse(text.String())
					case "publication_date":
						cur.Published, _ = ParseDate(text.String())
					}
				}
			}
			stack = stack[:len(stack)-1]
			text.Reset()
		}
	}
}

// parseTextSitemap reads one URL per line; lines that do not start with
// http:// or https:// are ignored.
func (l *Limits) parseTextSitemap(data []byte) (*Sitemap, error) {
	max := l.maxURLs()
	var sm Sitemap
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !hasHTTPPrefix(line) || strings.ContainsAny(line, " \t") {
			continue
		}
		if len(sm.Entries) == max {
			return &sm, fmt.Errorf("%w: more than %d", ErrTooManyURLs, max)
		}
		sm.Entries = append(sm.Entries, Entry{URL: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	if len(sm.Entries) == 0 {
		return nil, fmt.Errorf("%w: no urls in text", ErrNotSitemap)
	}
	return &sm, nil
}

func hasHTTPPrefix(s string) bool {
	return len(s) > 7 && strings.EqualFold(s[:7], "http://") ||
		len(s) > 8 && strings.EqualFold(s[:8], "https://")
}
