package discover

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// Namespaces whose elements ParseFeed reads. Elements of other namespaces
// (media:title, itunes:title, ...) are ignored, so that an extension never
// overrides the item's own title or link.
const (
	nsAtom   = "http://www.w3.org/2005/Atom"
	nsAtom03 = "http://purl.org/atom/ns#"
	nsRSS1   = "http://purl.org/rss/1.0/"
	nsRSS09  = "http://my.netscape.com/rdf/simple/0.9/"
	nsDC     = "http://purl.org/dc/elements/1.1/"
	nsDCTerm = "http://purl.org/dc/terms/"
	nsXML    = "http://www.w3.org/XML/1998/namespace"
	nsRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
)

func coreNS(space string) bool {
	switch space {
	case "", nsAtom, nsAtom03, nsRSS1, nsRSS09, nsRDF:
		return true
	}
	return false
}

func dcNS(space string) bool {
	return space == nsDC || space == nsDCTerm || space == "dc" || space == "dcterms"
}

// ParseFeed returns the entries of the RSS, RDF or Atom feed in data, in
// document order, with the default [Limits]. It is safe for concurrent use.
func ParseFeed(data []byte) ([]Entry, error) {
	return (*Limits)(nil).ParseFeed(data)
}

// ParseFeed parses an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed, possibly
// gzip-compressed. For each item or entry it takes:
//
//   - URL: the RSS link, else an Atom link with rel="alternate" or no rel
//     (preferring an HTML type), else an RSS guid that is a permalink
//     (isPermaLink absent or "true") and starts with http(s)://, else an
//     Atom id that starts with http(s)://, else rdf:about; items without
//     any are skipped;
//   - Title: the title text, HTML entities decoded, white space collapsed;
//   - Published: pubDate, published, dc:date or Atom 0.3 issued;
//   - Modified: updated, dcterms:modified or Atom 0.3 modified.
//
// Only an item's direct children count, so an Atom entry's source element
// and extension elements never override its own fields. If the document
// turns out malformed or over the URL limit after its root element,
// ParseFeed returns the entries read so far together with an error
// wrapping ErrSyntax or ErrTooManyURLs; otherwise a non-nil error comes
// with nil entries.
func (l *Limits) ParseFeed(data []byte) ([]Entry, error) {
	es, err := l.parseFeed(data)
	if err != nil {
		err = fmt.Errorf("discover: parse feed: %w", err)
	}
	return es, err
}

// item accumulates the candidate fields of one item or entry.
type item struct {
	link, alt, altOther, guid, id, about string
	guidPerma                            bool
	title                                string
	published, dcDate, issued, modified  string
}

func (it *item) entry() Entry {
	var e Entry
	switch {
	case it.link != "":
		e.URL = it.link
	case it.alt != "":
		e.URL = it.alt
	case it.altOther != "":
		e.URL = it.altOther
	case it.guidPerma && hasHTTPPrefix(it.guid):
		e.URL = it.guid
	case hasHTTPPrefix(it.id):
		e.URL = it.id
	default:
		e.URL = it.about
	}
	e.Title = collapse(html.UnescapeString(it.title))
	for _, s := range []string{it.published, it.dcDate, it.issued} {
		if t, ok := ParseDate(s); ok {
			e.Published = t
			break
		}
	}
	e.Modified, _ = ParseDate(it.modified)
	return e
}

func (l *Limits) parseFeed(data []byte) ([]Entry, error) {
	data, err := prepare(data, l.maxBytes())
	if err != nil {
		return nil, err
	}
	max := l.maxURLs()
	d := newDecoder(data)
	var (
		entries []Entry
		depth   int      // number of open elements
		bases   []string // xml:base in effect inside each open element
		root    bool
		in      bool // inside an item
		itDepth int  // depth of the item element
		cur     item
		field   xml.StartElement // the direct child of the item being read
		text    strings.Builder
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if !root {
				return nil, fmt.Errorf("%w: no root element", ErrNotFeed)
			}
			return entries, nil
		}
		if err != nil {
			if !root {
				return nil, fmt.Errorf("%w: %v", ErrSyntax, err)
			}
			return entries, fmt.Errorf("%w: %v", ErrSyntax, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if !root {
				if name != "rss" && name != "feed" && name != "rdf" {
					return nil, fmt.Errorf("%w: root element <%s>", ErrNotFeed, t.Name.Local)
				}
				root = true
			}
			base := ""
			if len(bases) > 0 {
				base = bases[len(bases)-1]
			}
			if b := attr(t, nsXML, "base"); b != "" {
				base = resolve(base, b)
			}
			bases = append(bases, base)
			depth++
			switch {
			case !in && (name == "item" || name == "entry"):
				in, itDepth = true, depth
				about := attr(t, nsRDF, "about")
				if about == "" {
					about = attr(t, "rdf", "about")
				}
				cur = item{about: resolve(base, about)}
			case in && depth == itDepth+1:
				field = t
				text.Reset()
				if name == "link" && (t.Name.Space == nsAtom || t.Name.Space == nsAtom03 || attr(t, "", "href") != "") {
					cur.addAtomLink(t, base)
				}
				if name == "guid" && coreNS(t.Name.Space) {
					cur.guidPerma = !strings.EqualFold(strings.TrimSpace(attr(t, "", "ispermalink")), "false")
				}
			}
		case xml.CharData:
			if in && depth > itDepth {
				text.Write(t)
			}
		case xml.EndElement:
			if in && depth == itDepth+1 {
				cur.setField(field, strings.TrimSpace(text.String()), bases[len(bases)-1])
			}
			if in && depth == itDepth {
				in = false
				if e := cur.entry(); e.URL != "" {
					if len(entries) == max {
						return entries, fmt.Errorf("%w: more than %d", ErrTooManyURLs, max)
					}
					entries = append(entries, e)
				}
			}
			if depth > 0 {
				depth--
				bases = bases[:len(bases)-1]
			}
		}
	}
}

// addAtomLink records an Atom-style <link href rel type>.
func (it *item) addAtomLink(t xml.StartElement, base string) {
	href := strings.TrimSpace(attr(t, "", "href"))
	if href == "" {
		return
	}
	rel := strings.ToLower(strings.TrimSpace(attr(t, "", "rel")))
	if rel != "" && rel != "alternate" && rel != nsAtomRelAlternate {
		return
	}
	typ := strings.ToLower(attr(t, "", "type"))
	href = resolve(base, href)
	if typ == "" || strings.Contains(typ, "html") {
		if it.alt == "" {
			it.alt = href
		}
	} else if it.altOther == "" {
		it.altOther = href
	}
}

const nsAtomRelAlternate = "http://www.iana.org/assignments/relation/alternate"

// setField records the text of a direct child of an item.
func (it *item) setField(t xml.StartElement, s, base string) {
	space, name := t.Name.Space, strings.ToLower(t.Name.Local)
	switch {
	case coreNS(space):
		switch name {
		case "link":
			if s != "" && it.link == "" && attr(t, "", "href") == "" {
				it.link = resolve(base, s)
			}
		case "guid":
			it.guid = s
		case "id":
			it.id = s
		case "title":
			if it.title == "" {
				it.title = s
			}
		case "pubdate", "published":
			it.published = s
		case "issued":
			it.issued = s
		case "updated", "modified":
			it.modified = s
		}
	case dcNS(space):
		switch name {
		case "date", "created", "issued":
			if it.dcDate == "" {
				it.dcDate = s
			}
		case "modified":
			if it.modified == "" {
				it.modified = s
			}
		case "title":
			if it.title == "" {
				it.title = s
			}
		}
	}
}

// attr returns the value of the attribute space:local (local compared
// case-insensitively), or "".
func attr(t xml.StartElement, space, local string) string {
	for _, a := range t.Attr {
		if a.Name.Space == space && strings.EqualFold(a.Name.Local, local) {
			return a.Value
		}
	}
	return ""
}

// resolve applies base to ref; it returns ref unchanged when either is
// empty or unparseable.
func resolve(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if base == "" || ref == "" {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}
