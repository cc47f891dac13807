package discover

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// CommonFeedPaths are the paths, relative to a site's root, where feeds
// usually live when a site's pages do not advertise one, most likely
// first: WordPress (/feed, /?feed=rss2), Ghost and Substack (/rss, /feed),
// Hugo (/index.xml), Jekyll (/feed.xml), Blogger (/feeds/posts/default),
// and the generic /rss.xml and /atom.xml. Resolve them against the site's
// origin and probe them in order; stop at the first that ParseFeed
// accepts. The package only reads it.
var CommonFeedPaths = []string{
	"/feed",
	"/rss",
	"/feed.xml",
	"/rss.xml",
	"/atom.xml",
	"/index.xml",
	"/feeds/posts/default",
	"/?feed=rss2",
}

// FeedLink is a feed advertised by an HTML page. The zero value is empty.
type FeedLink struct {
	// URL is the href, resolved against the page's base.
	URL string
	// Type is the media type without parameters: application/rss+xml,
	// application/atom+xml or application/rdf+xml.
	Type string
	// Title is the link's title attribute, white space collapsed, e.g.
	// "Comments feed", which lets a caller skip comment feeds.
	Title string
}

// feedTypes are the media types that FeedLinks reports: the ones ParseFeed
// reads.
var feedTypes = map[string]bool{
	"application/rss+xml":  true,
	"application/atom+xml": true,
	"application/rdf+xml":  true,
}

// FeedLinks returns the feeds that the HTML page read from r advertises
// with <link rel="alternate" type="application/rss+xml"> (or atom+xml or
// rdf+xml), in document order without duplicates. Hrefs are resolved
// against the page's first <base href>, itself resolved against base; with
// a nil base and no <base>, relative hrefs are returned as written. It
// uses the golang.org/x/net/html tokenizer, reads r to its end, and
// returns the links found so far with a read error. It is safe for
// concurrent use on different readers.
func FeedLinks(r io.Reader, base *url.URL) ([]FeedLink, error) {
	z := html.NewTokenizer(r)
	var (
		links   []FeedLink
		seen    = map[string]bool{}
		sawBase bool
	)
	for {
		switch z.Next() {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return links, fmt.Errorf("discover: feed links: %w", err)
			}
			return links, nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if !hasAttr {
				continue
			}
			switch string(name) {
			case "base":
				attrs := tagAttrs(z)
				if href, ok := attrs["href"]; ok && !sawBase {
					sawBase = true
					if u, err := parseRef(base, href); err == nil {
						base = u
					}
				}
			case "link":
				attrs := tagAttrs(z)
				if !hasToken(attrs["rel"], "alternate") {
					continue
				}
				typ, _, _ := strings.Cut(attrs["type"], ";")
				typ = strings.ToLower(strings.TrimSpace(typ))
				href := strings.TrimSpace(attrs["href"])
				if !feedTypes[typ] || href == "" {
					continue
				}
				u, err := parseRef(base, href)
				if err != nil {
					continue
				}
				s := u.String()
				if seen[s] {
					continue
				}
				seen[s] = true
				links = append(links, FeedLink{URL: s, Type: typ, Title: collapse(attrs["title"])})
			}
		}
	}
}

// tagAttrs returns the current tag's attributes; the first of duplicate
// names wins, as in HTML.
func tagAttrs(z *html.Tokenizer) map[string]string {
	m := make(map[string]string, 4)
	for {
		k, v, more := z.TagAttr()
		if _, dup := m[string(k)]; !dup {
			m[string(k)] = string(v)
		}
		if !more {
			return m
		}
	}
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// ASCII case.
func hasToken(s, tok string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// parseRef parses href and resolves it against base, if any.
func parseRef(base *url.URL, href string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return nil, err
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u, nil
}
