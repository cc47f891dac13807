package extract

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"newslink"
)

// Selectors are a site's extraction rules as a configuration file writes
// them: one CSS selector (or selector group) per field, optionally ending
// in "@attr" to read that attribute of the matched element instead of its
// text. The zero value has no rules.
type Selectors struct {
	Headline  string   // the first match's text
	Published string   // the first match that reads as a date
	Modified  string   // the first match that reads as a date
	Authors   string   // every match, one author each
	Body      string   // every match in document order, one paragraph each
	Image     string   // the first match: an <img> (its src, or data-src when src is a placeholder), or "@attr"
	Remove    []string // elements dropped before anything is read
}

// SiteRules are compiled Selectors; CompileSiteRules makes them. A nil
// *SiteRules has no rules. SiteRules are never modified after they are
// compiled, so one value may serve any number of concurrent extractions.
type SiteRules struct {
	headline, published, modified, authors, body, image *fieldRule
	remove                                              []cascadia.Selector
}

// fieldRule is one compiled field selector.
type fieldRule struct {
	sel  cascadia.Selector
	attr string // "" reads the text
}

// SelectorError reports a selector that does not compile. Key names the
// field as a configuration file does: "body", "remove[2]".
type SelectorError struct {
	Key      string
	Selector string
	Err      error
}

// Error returns "KEY: bad selector "SEL": REASON".
func (e *SelectorError) Error() string {
	return fmt.Sprintf("%s: bad selector %q: %v", e.Key, e.Selector, e.Err)
}

// Unwrap returns the parser's error.
func (e *SelectorError) Unwrap() error { return e.Err }

// CompileSiteRules compiles every selector of s once. It returns a
// *SelectorError naming the first field whose selector is not valid CSS,
// and nil rules (no error) when s has no selector at all.
func CompileSiteRules(s Selectors) (*SiteRules, error) {
	r := &SiteRules{}
	some := false
	for _, f := range []struct {
		key, sel string
		into     **fieldRule
	}{
		{"headline", s.Headline, &r.headline}, {"published", s.Published, &r.published},
		{"modified", s.Modified, &r.modified}, {"authors", s.Authors, &r.authors},
		{"body", s.Body, &r.body}, {"image", s.Image, &r.image},
	} {
		if strings.TrimSpace(f.sel) == "" {
			continue
		}
		css, at := splitAttr(f.sel)
		g, err := compileGroup(css)
		if err != nil {
			return nil, &SelectorError{Key: f.key, Selector: f.sel, Err: err}
		}
		*f.into = &fieldRule{sel: g, attr: at}
		some = true
	}
	for i, sel := range s.Remove {
		g, err := compileGroup(sel)
		if err != nil {
			return nil, &SelectorError{Key: fmt.Sprintf("remove[%d]", i+1), Selector: sel, Err: err}
		}
		r.remove = append(r.remove, g)
		some = true
	}
	if !some {
		return nil, nil
	}
	return r, nil
}

// compileGroup parses a CSS selector group, refusing an empty one.
func compileGroup(sel string) (cascadia.Selector, error) {
	if strings.TrimSpace(sel) == "" {
		return nil, fmt.Errorf("empty selector")
	}
	return cascadia.Compile(sel)
}

// splitAttr splits "span.stamp@data-ts" into the selector and the
// attribute name. An "@" inside brackets or quotes, or one not followed
// by an attribute name, is part of the selector.
func splitAttr(sel string) (css, attrName string) {
	sel = strings.TrimSpace(sel)
	i := strings.LastIndexByte(sel, '@')
	if i <= 0 {
		return sel, ""
	}
	name := sel[i+1:]
	if name == "" || strings.LastIndexByte(sel, ']') > i {
		return sel, ""
	}
	for j, c := range name {
		ok := c == '-' || c == '_' || c == ':' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (j > 0 && c >= '0' && c <= '9')
		if !ok {
			return sel, ""
		}
	}
	return strings.TrimSpace(sel[:i]), strings.ToLower(name)
}

// siteFields is what site rules read from a page, before the general
// rules run; zero fields fall back to those.
type siteFields struct {
	headline            string
	published, modified string // raw values, parsed with the page's date parser
	authors             []string
	body                string
	image               string // as written on the page, not yet resolved
}

// apply removes the elements of r.remove from doc and reads the fields
// the rules name. It is called before anything else reads the page.
func (r *SiteRules) apply(doc *html.Node) *siteFields {
	if r == nil || doc == nil {
		return nil
	}
	d := goquery.NewDocumentFromNode(doc)
	for _, g := range r.remove {
		d.FindMatcher(g).Remove()
	}
	f := &siteFields{}
	if r.headline != nil {
		f.headline = r.headline.first(d, func(n *html.Node, v string) bool { return v != "" })
	}
	if r.published != nil {
		f.published = r.published.firstDate(d)
	}
	if r.modified != nil {
		f.modified = r.modified.firstDate(d)
	}
	if r.authors != nil {
		seen := map[string]bool{}
		for _, v := range r.authors.all(d) {
			v = cleanAuthor(v)
			if k := strings.ToLower(v); v != "" && len(v) <= 80 && !seen[k] {
				seen[k] = true
				f.authors = append(f.authors, v)
			}
		}
	}
	if r.body != nil {
		f.body = strings.Join(r.body.all(d), "\n\n")
	}
	if r.image != nil {
		if r.image.attr != "" {
			f.image = r.image.first(d, func(n *html.Node, v string) bool { return v != "" && !badImageURL(v) })
		} else {
			for _, n := range d.FindMatcher(r.image.sel).Nodes {
				if src := elementImage(n); src != "" {
					f.image = src
					break
				}
			}
		}
	}
	return f
}

// value returns what the rule reads from n: its attribute, or its text.
func (fr *fieldRule) value(n *html.Node) string {
	if fr.attr != "" {
		return collapse(attr(n, fr.attr))
	}
	return textOf(n)
}

// first returns the value of the first match that ok accepts, or "".
func (fr *fieldRule) first(d *goquery.Document, ok func(*html.Node, string) bool) string {
	for _, n := range d.FindMatcher(fr.sel).Nodes {
		if v := fr.value(n); ok(n, v) {
			return v
		}
	}
	return ""
}

// firstDate returns the raw date of the first match that has one. A match
// read for its text that is a <time> or carries a content attribute also
// offers that machine-readable value.
func (fr *fieldRule) firstDate(d *goquery.Document) string {
	for _, n := range d.FindMatcher(fr.sel).Nodes {
		if v := fr.value(n); v != "" {
			return v
		}
		if fr.attr == "" {
			for _, k := range []string{"datetime", "content"} {
				if v := strings.TrimSpace(attr(n, k)); v != "" {
					return v
				}
			}
		}
	}
	return ""
}

// all returns the non-empty values of every match in document order,
// skipping matches inside another match, which would repeat its text.
func (fr *fieldRule) all(d *goquery.Document) []string {
	nodes := d.FindMatcher(fr.sel).Nodes
	in := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		in[n] = true
	}
	var out []string
next:
	for _, n := range nodes {
		for p := n.Parent; p != nil; p = p.Parent {
			if in[p] && fr.attr == "" {
				continue next
			}
		}
		if v := fr.value(n); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// fill puts what the site rules found into res over the general rules'
// results. dp parses the dates; base resolves the image.
func (f *siteFields) fill(res *Result, dp *dateParser, base *url.URL) {
	if f == nil {
		return
	}
	if h := clean(f.headline); h != "" {
		res.Headline = h
	}
	if d, ok := siteDate(f.published, dp); ok {
		res.Published = d
	}
	if d, ok := siteDate(f.modified, dp); ok {
		res.Modified = d
	}
	if !res.Modified.IsZero() && !res.Published.IsZero() && res.Modified.Time.Before(res.Published.Time) {
		res.Modified = newslink.Date{}
	}
	if len(f.authors) > 0 {
		res.Authors = f.authors
	}
	if b := clean(f.body); b != "" {
		res.Body = b
	}
	if img := resolveImage(f.image, base); img != "" {
		res.Image = img
	}
}

// siteDate parses a date a site rule read.
func siteDate(raw string, dp *dateParser) (newslink.Date, bool) {
	if raw == "" {
		return newslink.Date{}, false
	}
	return dp.parseValue(raw)
}

// isImg reports whether n is an <img> element.
func isImg(n *html.Node) bool { return n.Type == html.ElementNode && n.DataAtom == atom.Img }
