package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxFlatTags caps the tags kept when a page has to be flattened.
const maxFlatTags = 1 << 20

// parseHTML parses a UTF-8 page. x/net/html refuses a page whose elements
// nest more than 512 deep; such a page is flattened (its text, and the few
// elements extraction reads, without the nesting) and parsed again, so that
// a broken page still yields its text.
func parseHTML(s string) (*html.Node, error) {
	s = dropInert(s)
	doc, err := html.Parse(strings.NewReader(s))
	if err == nil {
		return doc, nil
	}
	return html.Parse(strings.NewReader(flatten(s)))
}

// flatKeep lists the elements flatten keeps, as empty or text-only
// elements at the top level.
var flatKeep = map[atom.Atom]bool{
	atom.Title: true, atom.Meta: true, atom.Link: true, atom.P: true, atom.Br: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.Li: true,
	atom.Time: true, atom.Html: true,
}

// flatten rewrites a page without nesting: every kept element is closed
// before the next block starts, script and style text is dropped except
// JSON-LD, and everything else is reduced to its text.
func flatten(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	z.SetMaxBuf(0)
	open := ""
	skip := false
	jsonld := false
	tags := 0
	for tags < maxFlatTags {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip && !jsonld {
				continue
			}
			b.WriteString(html.EscapeString(string(z.Text())))
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			tags++
			tok := z.Token()
			switch tok.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				if tt == html.StartTagToken {
					skip = true
					jsonld = tok.DataAtom == atom.Script && isJSONLD(tok.Attr)
					if jsonld {
						b.WriteString(`<script type="application/ld+json">`)
					}
				} else if tt == html.EndTagToken {
					if jsonld {
						b.WriteString("</script>")
					}
					skip, jsonld = false, false
				}
				continue
			}
			if !flatKeep[tok.DataAtom] || tok.DataAtom == atom.Html {
				if tt != html.EndTagToken {
					b.WriteByte(' ')
				}
				continue
			}
			if open != "" {
				b.WriteString("</" + open + ">")
				open = ""
			}
			if tt == html.EndTagToken {
				continue
			}
			tok.Type = html.StartTagToken
			b.WriteString(tok.String())
			switch tok.DataAtom {
			case atom.Meta, atom.Link, atom.Br:
			default:
				open = tok.Data
			}
		}
	}
	return b.String()
}

// isJSONLD reports whether a script's attributes mark it as JSON-LD.
func isJSONLD(attrs []html.Attribute) bool {
	for _, a := range attrs {
		if a.Key == "type" && strings.Contains(strings.ToLower(a.Val), "ld+json") {
			return true
		}
	}
	return false
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf returns the text of n and its descendants with white space
// collapsed, skipping scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return collapse(b.String())
}

// shownTextOf is a heading's textOf without the labels for screen readers
// only ("SK+ Artikel: " in a "visually-hidden" span of a headline), which
// readers do not see, and without a date set apart in it (headingDate).
func shownTextOf(n *html.Node) string {
	return textWithout(n, unshown)
}

// unshown reports whether n is a part of a heading that is no part of
// its text: a label for screen readers only, a date set apart, or a
// subscribers' badge.
func unshown(n *html.Node) bool { return screenReaderOnly(n) || headingDate(n) || headingBadge(n) }

// headingBadge reports whether n is a badge in a heading that marks the
// article for subscribers: an element whose whole text is a paper's
// initials and a plus ("NK+", "SK+", "F+"), or "Plus", "Premium", "Abo" in
// an element classed so ("nk-plus-icon", "premium-badge"); or one that
// says what kind of news it is ("Live", "Breaking", "Video") before the
// headline's words.
func headingBadge(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Code {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	if t == "" || len(t) > 12 {
		return false
	}
	if initialsPlus(t) {
		return true
	}
	if l := strings.ToLower(t); (newsLabels[l] || liveLabels[l]) && n.DataAtom != atom.H1 && !isSubheadingTag(n.DataAtom) && leadsText(n) {
		// "<h1><span class="badge">Live</span>Storm Nerys: …</h1>": what
		// kind of page it is, set before the headline's words.
		return true
	}
	ci := classID(n)
	return (strings.Contains(ci, "plus") || strings.Contains(ci, "premium") || strings.Contains(ci, "paid") || strings.Contains(ci, "abo")) &&
		(strings.EqualFold(t, "plus") || strings.EqualFold(t, "premium") || strings.EqualFold(t, "abo") || strings.EqualFold(t, "abo+"))
}

// leadsText reports whether element n comes before any words in its
// parent and has words after it.
func leadsText(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	words := func(c *html.Node) bool {
		return c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && strings.TrimSpace(textOf(c)) != ""
	}
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if words(c) {
			return false
		}
	}
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if words(c) {
			return true
		}
	}
	return false
}

// initialsPlus reports whether t is one to four capitals and a plus: a
// paper's badge for subscribers' articles ("NK+", "SZ+", "F+").
func initialsPlus(t string) bool {
	if len(t) < 2 || len(t) > 5 || t[len(t)-1] != '+' {
		return false
	}
	for _, r := range t[:len(t)-1] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// headingDate reports whether n is a <time> set apart in a heading, no
// words of a sentence beside it: "<h1><span>Lokales</span><span><time>
// 14.01.2020</time></span><span>Oberweiler bekommt …</span></h1>" (not
// "Was am <time>1. Mai</time> gilt").
func headingDate(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Time {
		return false
	}
	for _, s := range []*html.Node{n.PrevSibling, n.NextSibling} {
		if s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	return true
}

// textWithout is textOf without the elements for which skip is true.
func textWithout(n *html.Node, skip func(*html.Node) bool) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode {
			appendText(&b, n)
			return
		}
		if skip(n) {
			return
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Br:
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if isBlock(n.DataAtom) {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return collapse(b.String())
}

// screenReaderOnly reports whether element n is shown to screen readers
// only.
func screenReaderOnly(n *html.Node) bool {
	ci := classID(n)
	return strings.Contains(ci, "visually-hidden") || strings.Contains(ci, "sr-only") || strings.Contains(ci, "screen-reader") ||
		hasWord(ci, "aural") // Government Site Builder's label for screen readers
}

func appendText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Br:
			b.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(b, c)
	}
	if n.Type == html.ElementNode && isBlock(n.DataAtom) {
		b.WriteByte(' ')
	}
}

// textShorter reports whether textOf(n) is shorter than max runes,
// reading no more of n than it needs to tell: an article's whole text is
// long, and most elements asked about are. (A text of 4×max bytes or more
// has max runes or more.)
func textShorter(n *html.Node, max int) bool {
	t, short := shortTextOf(n, 4*max)
	return short && utf8.RuneCountInString(t) < max
}

// shortTextOf returns textOf(n) and true when it is shorter than max
// bytes, else "" and false, reading no more of n than it needs to tell.
func shortTextOf(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	if !appendTextUpTo(&b, n, 4*max) {
		t := collapse(b.String())
		return t, len(t) < max
	}
	if len(collapse(b.String())) >= max {
		return "", false // a prefix collapses to a prefix of the whole
	}
	t := textOf(n)
	if len(t) >= max {
		return "", false
	}
	return t, true
}

// appendTextUpTo is appendText that stops once b holds limit bytes or
// more, reporting whether it stopped. Unlike appendTextLimit it spaces the
// text as appendText does, so that what it reads is a prefix of textOf's
// text before collapsing.
func appendTextUpTo(b *strings.Builder, n *html.Node, limit int) bool {
	if b.Len() >= limit {
		return true
	}
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return b.Len() >= limit
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return false
		case atom.Br:
			b.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if appendTextUpTo(b, c, limit) {
			return true
		}
	}
	if n.Type == html.ElementNode && isBlock(n.DataAtom) {
		b.WriteByte(' ')
	}
	return false
}

// appendTextLimit is appendText that stops after about max bytes.
func appendTextLimit(b *strings.Builder, n *html.Node, max int) {
	if b.Len() >= max {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		}
	}
	for c := n.FirstChild; c != nil && b.Len() < max; c = c.NextSibling {
		appendTextLimit(b, c, max)
	}
	if n.Type == html.ElementNode {
		b.WriteByte(' ')
	}
}

// collapse turns every run of white space into one space and trims.
func collapse(s string) string {
	// Fast path: nothing to do.
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
		if sp && (prevSpace || c != ' ') || c >= 0x80 {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	// Two Contains, not ContainsAny: that decodes every rune of s.
	if strings.Contains(s, "\u200b") || strings.Contains(s, "\ufeff") {
		s = invisibleReplacer.Replace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		// A character is copied as its bytes; an invalid byte becomes
		// U+FFFD, as ranging over the string reads it.
		c, size := s[i], 1
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				space = b.Len() > 0
				i++
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				space = b.Len() > 0
				i += size
				continue
			}
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if c < utf8.RuneSelf {
			b.WriteByte(c)
		} else if size == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// asciiSpace marks the ASCII white space characters.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// invisibleReplacer removes characters that are not text: zero-width
// spaces and byte order marks.
var invisibleReplacer = strings.NewReplacer("\u200b", "", "\ufeff", "")

// isBlock reports whether elements of atom a start a new line of text.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup,
		atom.Hr, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot,
		atom.Th, atom.Thead, atom.Tr, atom.Ul, atom.Caption, atom.Html, atom.Frameset,
		atom.Noframes, atom.Legend, atom.Option, atom.Select, atom.Textarea:
		return true
	}
	return false
}

// dropInert returns the page without the content of its <style> and
// <svg> elements and with only what extraction reads of its scripts
// (scriptRead; the elements themselves stay, empty where nothing is read).
// None holds article text, and they are half of a typical page's bytes:
// the tokenizer would read every byte, copy every script and build a node
// for every path of an icon sprite. Scripts kept whole, and comments, are
// skipped over unchanged, and so is a "<style" inside them. It returns s
// itself when there is nothing to drop.
func dropInert(s string) string {
	var b strings.Builder
	last := 0 // s[last:i] is not yet copied
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			k := strings.Index(rest[4:], "-->")
			if k < 0 {
				i = len(s)
				continue
			}
			i += 4 + k + 3
		case tagAt(rest, "script"), tagAt(rest, "style"), tagAt(rest, "svg"):
			name := "script"
			switch {
			case tagAt(rest, "style"):
				name = "style"
			case tagAt(rest, "svg"):
				name = "svg"
			}
			open := strings.IndexByte(rest, '>')
			if open < 0 {
				i = len(s)
				continue
			}
			end := closeTagStart(rest[open+1:], name)
			if end < 0 {
				i = len(s)
				continue
			}
			kept := ""
			if name == "script" {
				whole := end < 256
				if !whole {
					kept, whole = scriptRead(rest[:open], rest[open+1:open+1+end])
				}
				if whole {
					i += open + 1 + end + len("</script")
					continue
				}
			}
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last : i+open+1])
			b.WriteString(kept)
			i += open + 1 + end
			last = i
		default:
			i++
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// scriptRead returns what extraction reads of the script with this start
// tag and content: JSON-LD whole; of any other script only the
// publication date that scriptDate finds in it, kept as
// "datePublished":"…" (application state is often 100 KB to 1 MB of JSON
// that the tokenizer would read and copy for that one date); nothing of a
// script without one. whole says to keep the script as it is: JSON-LD,
// and a date or script the tokenizer might read otherwise than the raw
// text (a carriage return, a NUL or a "<" in the date, a comment opener
// in the script).
func scriptRead(tag, content string) (kept string, whole bool) {
	if strings.Contains(strings.ToLower(tag), "ld+json") {
		return "", true
	}
	// Every key of scriptDateKeys holds one of these (four scans of the
	// script, not one per key): a script without them holds no date.
	for _, k := range scriptKeyParts {
		if strings.Contains(content, k) {
			d := scriptDate(content)
			switch {
			case d == "":
				return "", false
			case strings.ContainsAny(d, "\r\x00<") || strings.Contains(content, "<!--"):
				return "", true
			}
			return `"datePublished":"` + d + `"`, false
		}
	}
	return "", false
}

// scriptKeyParts are parts of the keys of scriptDateKeys, one in each.
var scriptKeyParts = []string{"ubli", "pubDate", "pub_date", "display_date"}

// tagAt reports whether s starts with the start tag of name, in any case.
func tagAt(s, name string) bool {
	if len(s) < len(name)+2 || !strings.EqualFold(s[1:1+len(name)], name) {
		return false
	}
	switch s[1+len(name)] {
	case '>', ' ', '\t', '\n', '\r', '\f', '/':
		return true
	}
	return false
}

// closeTagStart returns the index in s of the first end tag of name ("</name"
// in any case), or -1.
func closeTagStart(s, name string) int {
	for i := 0; ; {
		k := strings.Index(s[i:], "</")
		if k < 0 {
			return -1
		}
		i += k
		if len(s)-i >= 2+len(name) && strings.EqualFold(s[i+2:i+2+len(name)], name) {
			return i
		}
		i += 2
	}
}
