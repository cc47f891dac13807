package extract

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Links is what a crawler reads from a page besides its article: where
// it links to and what kind of page it says it is. Hrefs are as written
// on the page (not resolved), in page order.
type Links struct {
	Base      string   // <base href>, if any
	Hrefs     []string // <a href> values
	Canonical string   // <link rel=canonical href>
	AMP       string   // <link rel=amphtml href>
	Feeds     []string // <link rel=alternate> RSS and Atom hrefs
	OGArticle bool     // <meta property=og:type content=article>
	LDArticle bool     // a JSON-LD block names an article type
	NoFollow  bool     // <meta name=robots> says nofollow (or none)
	NoIndex   bool     // <meta name=robots> says noindex (or none)
}

// ldArticleTypes are the schema.org types that mark a page as an article.
var ldArticleTypes = []string{`"NewsArticle"`, `"Article"`, `"BlogPosting"`, `"ReportageNewsArticle"`,
	`"AnalysisNewsArticle"`, `"OpinionNewsArticle"`, `"LiveBlogPosting"`}

// ExtractWithLinks is ExtractBytes that also returns the page's links,
// read from the same parse of the page, so that a crawler parses each page
// once.
func ExtractWithLinks(b []byte, opts Options) (res *Result, links *Links, err error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if int64(len(b)) > max {
		return nil, nil, fmt.Errorf("extract: %w: over %d bytes", ErrTooLarge, max)
	}
	defer func() {
		if p := recover(); p != nil {
			res, links, err = nil, nil, fmt.Errorf("extract: internal error: %v", p)
		}
	}()
	text, _ := decodeHTML(b, opts.ContentType)
	doc, err := parseHTML(text)
	if err != nil {
		return nil, nil, fmt.Errorf("extract: parse page: %w", err)
	}
	if doc == nil {
		return nil, nil, errors.New("extract: empty page")
	}
	links = collectLinks(doc) // before extractDoc, which prunes the tree
	return extractDoc(doc, opts), links, nil
}

// collectLinks walks the tree once for links and page-kind signals.
func collectLinks(doc *html.Node) *Links {
	l := &Links{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			l.element(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return l
}

func (l *Links) element(n *html.Node) {
	switch n.DataAtom {
	case atom.A:
		if h := strings.TrimSpace(attr(n, "href")); h != "" {
			l.Hrefs = append(l.Hrefs, h)
		}
	case atom.Base:
		if l.Base == "" {
			l.Base = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Link:
		href := strings.TrimSpace(attr(n, "href"))
		rels := strings.Fields(strings.ToLower(attr(n, "rel")))
		for _, rel := range rels {
			switch {
			case rel == "canonical" && l.Canonical == "":
				l.Canonical = href
			case rel == "amphtml" && l.AMP == "":
				l.AMP = href
			case rel == "alternate":
				t := strings.ToLower(attr(n, "type"))
				if t == "application/rss+xml" || t == "application/atom+xml" {
					l.Feeds = append(l.Feeds, href)
				}
			}
		}
	case atom.Meta:
		switch {
		case strings.EqualFold(attr(n, "property"), "og:type"):
			l.OGArticle = strings.EqualFold(strings.TrimSpace(attr(n, "content")), "article")
		case strings.EqualFold(attr(n, "name"), "robots"):
			c := strings.ToLower(attr(n, "content"))
			l.NoFollow = l.NoFollow || strings.Contains(c, "nofollow") || strings.Contains(c, "none")
			l.NoIndex = l.NoIndex || strings.Contains(c, "noindex") || strings.Contains(c, "none")
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			for _, t := range ldArticleTypes {
				if strings.Contains(n.FirstChild.Data, t) {
					l.LDArticle = true
					break
				}
			}
		}
	}
}
