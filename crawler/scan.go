package crawler

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageScan is what one pass of the HTML tokenizer finds on a page besides
// its article: links to follow and signals of what kind of page it is.
type pageScan struct {
	base      string   // <base href>, if any
	links     []string // <a href> values, in page order
	canonical string   // <link rel=canonical href>
	amphtml   string   // <link rel=amphtml href>
	feeds     []string // <link rel=alternate> RSS or Atom hrefs
	ogArticle bool     // <meta property=og:type content=article>
	ldArticle bool     // a JSON-LD block names an article type
	noFollow  bool     // <meta name=robots content=nofollow>
	noIndex   bool     // <meta name=robots content=noindex>
}

// ldArticleTypes are the schema.org types that mark a page as an article.
var ldArticleTypes = [][]byte{
	[]byte(`"NewsArticle"`), []byte(`"Article"`), []byte(`"BlogPosting"`), []byte(`"ReportageNewsArticle"`),
	[]byte(`"AnalysisNewsArticle"`), []byte(`"OpinionNewsArticle"`), []byte(`"LiveBlogPosting"`),
}

// scanPage tokenizes an HTML page once, without building a tree.
func scanPage(body []byte) *pageScan {
	s := &pageScan{}
	z := html.NewTokenizer(bytes.NewReader(body))
	inLD := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return s
		case html.TextToken:
			if inLD {
				t := z.Text()
				for _, typ := range ldArticleTypes {
					if bytes.Contains(t, typ) {
						s.ldArticle = true
						break
					}
				}
			}
		case html.EndTagToken:
			inLD = false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a != atom.A && a != atom.Link && a != atom.Meta && a != atom.Base && a != atom.Script {
				continue
			}
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "href", "rel", "type", "property", "name", "content":
					attrs[string(k)] = string(v)
				}
			}
			s.tag(a, attrs)
			if a == atom.Script && strings.EqualFold(attrs["type"], "application/ld+json") {
				inLD = true
			}
		}
	}
}

func (s *pageScan) tag(a atom.Atom, attrs map[string]string) {
	href := strings.TrimSpace(attrs["href"])
	rels := strings.Fields(strings.ToLower(attrs["rel"]))
	hasRel := func(r string) bool {
		for _, x := range rels {
			if x == r {
				return true
			}
		}
		return false
	}
	switch a {
	case atom.A:
		if href != "" {
			s.links = append(s.links, href)
		}
	case atom.Base:
		if s.base == "" {
			s.base = href
		}
	case atom.Link:
		switch {
		case hasRel("canonical") && s.canonical == "":
			s.canonical = href
		case hasRel("amphtml") && s.amphtml == "":
			s.amphtml = href
		case hasRel("alternate"):
			t := strings.ToLower(attrs["type"])
			if t == "application/rss+xml" || t == "application/atom+xml" {
				s.feeds = append(s.feeds, href)
			}
		}
	case atom.Meta:
		switch {
		case strings.EqualFold(attrs["property"], "og:type"):
			s.ogArticle = strings.EqualFold(strings.TrimSpace(attrs["content"]), "article")
		case strings.EqualFold(attrs["name"], "robots"):
			c := strings.ToLower(attrs["content"])
			s.noFollow = s.noFollow || strings.Contains(c, "nofollow") || strings.Contains(c, "none")
			s.noIndex = s.noIndex || strings.Contains(c, "noindex") || strings.Contains(c, "none")
		}
	}
}
