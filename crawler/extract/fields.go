package extract

import (
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"newslink"
)

// titleSeparators split a <title> into the headline and the site name or
// section.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " › ", " // ", " ~ ", " ⋆ ", " ‹ ", " ‒ ", " ― ", " │ ", " : "}

// normTitle is the form in which headline candidates are compared:
// lower case, letters and digits only, single spaces.
func normTitle(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// titleParts splits a title at the first separator kind it contains.
func titleParts(t string) []string {
	for _, sep := range titleSeparators {
		if strings.Contains(t, sep) {
			var parts []string
			for p := range strings.SplitSeq(t, sep) {
				if p = strings.TrimSpace(p); p != "" {
					parts = append(parts, p)
				}
			}
			return parts
		}
	}
	if strings.ContainsFunc(t, unspaced) {
		// Titles in scripts without spaces join their parts so too:
		// "标题|栏目|地区_新澜新闻".
		if parts := strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' || r == '_' }); len(parts) > 1 {
			for i := range parts {
				parts[i] = strings.TrimSpace(parts[i])
			}
			return slices.DeleteFunc(parts, func(p string) bool { return p == "" })
		}
		// And a site's name after a hyphen: "标题-新华网".
		if i := strings.LastIndexAny(t, "-－"); i > 0 {
			_, size := utf8.DecodeRuneInString(t[i:])
			head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+size:])
			if n := utf8.RuneCountInString(tail); n >= 2 && n <= 8 && !strings.ContainsFunc(tail, func(r rune) bool { return !unspaced(r) }) &&
				utf8.RuneCountInString(head) >= 3*n {
				return []string{head, tail}
			}
		}
	}
	return []string{t}
}

// umlauts writes German letters as host names spell them.
var umlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// stripSite removes the site name and section from a title: of its parts,
// it drops those naming the site and keeps the longest of the rest.
func stripSite(t string, site []string) string {
	t = strings.Trim(collapse(t), " |-–—·:")
	if i := strings.IndexByte(t, ':'); i > 0 && i < len(t)-5 && strings.HasPrefix(t[i:], ": ") && len(site) > 0 {
		// "Site: Headline" when the site name is known (also as a host
		// spells it: "Küchenfenster" in kuechenfenster.blogspot.com), the
		// headline whole, dashes and all: Blogger's "Guild: 2011 Quilt
		// Show Recap - Thank You!".
		if head := normTitle(t[:i]); head != "" && (slices.Contains(site, head) || slices.Contains(site, umlauts.Replace(head))) {
			return strings.TrimSpace(t[i+1:])
		}
	}
	parts := titleParts(t)
	if len(parts) == 1 {
		return t
	}
	var rest []string
	for _, p := range parts {
		np := normTitle(p)
		isSite := false
		for _, s := range site {
			if s != "" && (np == s || strings.Contains(np, s) && len(np) < len(s)+12 || strings.ReplaceAll(np, " ", "") == strings.ReplaceAll(s, " ", "") || hostSpells(s, np) || hostInitials(s, np)) {
				isSite = true
				break
			}
		}
		if !isSite {
			rest = append(rest, p)
		}
	}
	if len(rest) == 0 {
		return parts[0]
	}
	best := rest[0]
	for _, p := range rest[1:] {
		if len(p) > len(best) {
			best = p
		}
	}
	// A headline that itself contains " - " was split: rejoin when the
	// other parts are not the site and short.
	oneWord := false // a section's name: "Site - Articles - Headline"
	for _, p := range rest {
		oneWord = oneWord || len(strings.Fields(p)) == 1
	}
	if len(rest) > 1 && len(best) < len(t)/2 && !oneWord {
		for _, sep := range titleSeparators {
			if strings.Contains(t, sep) {
				joined := strings.Join(rest, sep)
				if len(strings.Fields(rest[len(rest)-1])) > 3 {
					return joined
				}
				break
			}
		}
	}
	return best
}

// hostSpells reports whether host label h (a site name without spaces)
// spells the name np with some of its words left out: its letters in
// order, from np's first letters on ("tivertonhistorycircle" for
// "Tiverton & Exe Valley History Circle"). Only labels of eight letters
// or more, and names of up to eight words, are compared.
func hostSpells(h, np string) bool {
	if len(h) < 8 || strings.ContainsAny(h, " .") || len(strings.Fields(np)) > 8 {
		return false
	}
	var letters []byte
	for i := 0; i < len(np); i++ {
		if c := np[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			letters = append(letters, c)
		}
	}
	if len(letters) < 4 || string(letters[:4]) != h[:4] {
		return false
	}
	j := 0
	for _, c := range letters {
		if j < len(h) && c == h[j] {
			j++
		}
	}
	return j == len(h)
}

// hostInitials reports whether host label h (a site name without spaces)
// is the initials of the three to eight words of name np: "bdlhs" for
// "Brackenford & District Local History Society".
func hostInitials(h, np string) bool {
	w := strings.Fields(np)
	if len(h) < 3 || len(w) < 3 || len(w) > 8 || strings.ContainsAny(h, " .") {
		return false
	}
	var initials []byte
	for _, x := range w {
		if c := x[0]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			initials = append(initials, c)
		}
	}
	return string(initials) == h
}

// siteNames returns normalised names the site goes by: og:site_name,
// application-name, and the host's labels.
func siteNames(m *metaInfo, u *url.URL) []string {
	var out []string
	for _, k := range []string{"og:site_name", "application-name", "twitter:site", "publisher", "copyright"} {
		if v := m.first(k); v != "" {
			out = append(out, normTitle(strings.TrimPrefix(v, "@")))
		}
	}
	if u != nil {
		h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		out = append(out, normTitle(h))
		if i := strings.IndexByte(h, '.'); i > 0 {
			out = append(out, normTitle(h[:i]))
		}
		// example.co.uk → example
		labels := strings.Split(h, ".")
		if len(labels) >= 2 {
			out = append(out, labels[len(labels)-2])
			if len(labels) >= 3 && len(labels[len(labels)-2]) <= 3 {
				out = append(out, labels[len(labels)-3])
			}
		}
		// A user's journal under the host: "/users/nightjar_kat/188323.html",
		// "/~gpinnock/", whose titles open with the user's name.
		segs := strings.Split(strings.Trim(u.Path, "/"), "/")
		for i, seg := range segs {
			switch {
			case strings.HasPrefix(seg, "~") && len(seg) > 1:
				out = append(out, normTitle(seg[1:]))
			case (seg == "users" || seg == "user" || seg == "members") && i+1 < len(segs)-1 && !strings.Contains(segs[i+1], "-"):
				out = append(out, normTitle(segs[i+1]))
			}
		}
	}
	return out
}

// isSiteName reports whether a normalised text names the site.
func isSiteName(nt string, site []string) bool {
	if nt == "" {
		return false
	}
	flat := strings.ReplaceAll(nt, " ", "")
	for _, s := range site {
		if s == "" {
			continue
		}
		if nt == s || flat == strings.ReplaceAll(s, " ", "") || umlauts.Replace(flat) == strings.ReplaceAll(s, " ", "") {
			return true
		}
	}
	return false
}

// headingCandidates returns the page's h1 elements, then h2 and h3
// elements and those marked as headlines (itemprop=headline, class
// "entry-title", "post-title", "headline"), in page order, without those
// in comments or related boxes or naming the site.
func headingCandidates(m *metaInfo, doc *html.Node, site []string, u *url.URL) []*html.Node {
	var out []*html.Node
	for _, h := range selectAll(doc, headingMarkup) {
		if len(out) >= 60 {
			break
		}
		if !inHeadingFurniture(h) {
			out = append(out, h)
		}
	}
	var kept []*html.Node
	for i, h := range out {
		if isSiteName(normTitle(textOf(h)), site) || namesSite(h, u) {
			continue
		}
		if titleWrapper(h) && i+1 < len(out) && holds(h, out[i+1]) {
			continue // the title's wrapper: the title it holds stands for it
		}
		kept = append(kept, h)
	}
	return kept
}

// utilityPrefixes open the class names of utility-first CSS (Tailwind and
// the like), which say how an element looks, not what it is.
var utilityPrefixes = []string{"font-", "text-", "bg-", "border-", "leading-", "tracking-", "decoration-",
	"sm:", "md:", "lg:", "xl:", "dark:", "hover:", "focus:"}

// utilityClass reports whether the lower-cased class name c is a utility
// class (utilityPrefixes).
func utilityClass(c string) bool {
	for _, p := range utilityPrefixes {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return false
}

// articlePart reports whether a class token names a part of the article
// ("article__masthead", "story-masthead"), not of the site.
func articlePart(tok string) bool {
	return strings.HasPrefix(tok, "article") || strings.HasPrefix(tok, "story") || strings.HasPrefix(tok, "post")
}

// namesSite reports whether a heading is the site's name or logo: its
// class says so, or it links to the home page (of the page's host, also
// in an archive's copy of it: web.archive.org/web/…/http://host/).
func namesSite(h *html.Node, u *url.URL) bool {
	for n := h; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if ci := classID(n); ci != "" {
			for _, tok := range strings.Fields(ci) {
				if utilityClass(tok) || articlePart(tok) {
					continue // "font-brandUI": a typeface, not the brand; "article__masthead": the article's
				}
				switch tok {
				case "blog-title", "blogtitle", "blog-name", "journal-title", "journal-name":
					// A blog's or a journal's own name (LiveJournal's
					// "journal-title"); but a post's title that links to
					// the post (Weebly's "blog-title") is the page's.
					return !linksSelf(h, u)
				}
				for _, w := range []string{"site", "logo", "brand", "masthead"} {
					// "site" where a word of the class starts: "site-title",
					// "header-site", not "newsitem".
					if i := strings.Index(tok, w); i >= 0 && (w != "site" || i == 0 || strings.IndexByte("-_", tok[i-1]) >= 0) {
						return true
					}
				}
			}
		}
		if n != h {
			break // the heading and its parent only
		}
	}
	home := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !home; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if c.DataAtom == atom.A && (isHomeHref(attr(c, "href"), u) || hasWord(strings.ToLower(attr(c, "rel")), "home")) {
					home = true
					return
				}
				walk(c)
			}
		}
	}
	walk(h)
	return home
}

// metaSpacing returns the title among metas (whole or without the site's
// name) that is heading text t but for its spaces, or t: a heading built
// of spans reads "Kicker : Headline" where the page's title has "Kicker:
// Headline".
func metaSpacing(t string, metas []string, site []string) string {
	flat := func(s string) string { return strings.Join(strings.Fields(s), "") }
	ft := flat(t)
	for _, v := range metas {
		for _, c := range []string{v, stripSite(v, site)} {
			if c != t && flat(c) == ft {
				return c
			}
		}
	}
	return t
}

// linksSelf reports whether heading h holds a link to the page at u
// itself (its scheme, "www." and a final slash aside).
func linksSelf(h *html.Node, u *url.URL) bool {
	if u == nil {
		return false
	}
	for _, a := range selectAll(h, linkSel) {
		if selfHref(a, u) {
			return true
		}
	}
	return false
}

// selfHref reports whether link a points to page u itself (not its home
// page), with or without "www." and a trailing slash.
func selfHref(a *html.Node, u *url.URL) bool {
	key := func(v *url.URL) string {
		return strings.TrimPrefix(strings.ToLower(v.Hostname()), "www.") + strings.TrimSuffix(v.EscapedPath(), "/") + "?" + v.RawQuery
	}
	l, err := u.Parse(strings.TrimSpace(attr(a, "href")))
	return err == nil && l.Path != "" && l.Path != "/" && key(l) == key(u)
}

// selfNamedLine returns the element, outside links, whose whole text is
// the text of a link to page u itself (a list of the latest news that
// links the story shown: "<td class="newshead">Ashby Vale A clinch …</td>"
// and the list's "<a href="news.php?id=211">Ashby Vale A clinch …</a>"),
// four words or more; nil if there is none.
func selfNamedLine(doc *html.Node, u *url.URL) *html.Node {
	if u == nil {
		return nil
	}
	names := map[string]bool{}
	for _, a := range selectAll(doc, linkSel) {
		if t := collapse(textOf(a)); len(strings.Fields(t)) >= 4 && len(t) < 300 && selfHref(a, u) {
			names[t] = true
		}
	}
	if len(names) == 0 {
		return nil
	}
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.A || c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Head {
				continue
			}
			if t, short := shortTextOf(c, 400); short && names[collapse(t)] && len(selectAll(c, linkSel)) == 0 {
				found = c
				return
			}
			walk(c)
		}
	}
	walk(doc)
	return found
}

// isHomeHref reports whether a link points to the home page of the site
// of page u: "/", "./", or an absolute URL of u's host (without "www.")
// with an empty path or "/", also inside an archive's URL.
func isHomeHref(href string, u *url.URL) bool {
	href = strings.TrimSpace(href)
	if href == "/" || href == "./" {
		return true
	}
	if u != nil && strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "//") {
		// A path on the page's host: the home of the one directory the
		// page lies under ("/seas/" of "/seas/news/2011/…").
		return !strings.ContainsAny(href, "?#") && blogRoot(href, u.Path)
	}
	if u == nil || !strings.Contains(href, "//") {
		return false
	}
	host, page := archivedTarget(href), archivedTarget(u.String())
	hu, err := url.Parse(host)
	if err != nil {
		return false
	}
	pu, err := url.Parse(page)
	if err != nil {
		return false
	}
	return (hu.Path == "" || hu.Path == "/" || blogRoot(hu.Path, pu.Path)) && hu.RawQuery == "" && hu.Host != "" &&
		strings.TrimPrefix(strings.ToLower(hu.Hostname()), "www.") == strings.TrimPrefix(strings.ToLower(pu.Hostname()), "www.")
}

// blogRoot reports whether path, one directory ("/plot27/"), holds page
// path further down: the home of a blog that a host keeps under a path
// (Typepad's "plot27.typepad.com/plot27/").
func blogRoot(path, page string) bool {
	return len(path) > 2 && strings.Count(path, "/") == 2 && strings.HasSuffix(path, "/") && len(page) > len(path) && strings.HasPrefix(page, path)
}

// archivedTarget returns the original URL inside an archive's URL
// ("https://web.archive.org/web/2014…/http://example.com/" gives
// "http://example.com/"), or s.
func archivedTarget(s string) string {
	for _, p := range []string{"/http://", "/https://"} {
		if i := strings.Index(s, p); i > 0 {
			return s[i+1:]
		}
	}
	return s
}

// kickerWords mark the class of a kicker (dateline, overline) or of a
// subscriber's badge inside a heading: "Klimaschutz" in <h1><span
// class="kicker">Klimaschutz</span> <span>Bohren, bis es heiß
// wird</span></h1>, "Premium" in <span class="badge">.
var kickerWords = []string{"kicker", "overline", "topline", "toptitle", "dachzeile", "roofline", "eyebrow", "supertitle", "small", "label", "rubric", "category", "spitzmarke", "badge", "premium",
	// an Italian badge ("bollino-video") and a live page's flag ("flag-live")
	"bollino", "flag-"}

// twoLines reports whether heading h is two elements and nothing else,
// first a short line that ends in no punctuation and then the title: the
// kicker and the headline of a page whose class names are generated
// hashes ("<span class=o1ximh7k>Grundwasser</span><span class=hhhtovw>…").
func twoLines(h, first *html.Node) bool {
	switch first.DataAtom {
	case atom.Span, atom.Div, atom.P, atom.Strong, atom.B, atom.Em:
	default:
		return false
	}
	second := nextElement(first)
	if second == nil || second.DataAtom != first.DataAtom || nextElement(second) != nil || hasElementChild(first) {
		return false
	}
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	k := strings.TrimSpace(textOf(first))
	if r, _ := utf8.DecodeLastRuneInString(k); k == "" || unicode.IsPunct(r) {
		return false
	}
	return len(strings.Fields(textOf(second))) >= 3
}

// hasElementChild reports whether n holds an element.
func hasElementChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return true
		}
	}
	return false
}

// headingText returns the text of a heading without its kicker: a first
// child element marked as one (by class, or <small> followed by more
// text) that is a few words long, and the separator after it.
func headingText(h *html.Node) string {
	full := shownTextOf(h)
	if sub := trailingSubtitle(h); sub != nil {
		// "Headline<br><small>Subtitle</small>": the headline alone.
		if t := textWithout(h, func(n *html.Node) bool { return n == sub || screenReaderOnly(n) }); len(strings.Fields(t)) >= 3 {
			return t
		}
	}
	if last := lastElement(h); last != nil && last != h.FirstChild && (superscriptOnly(last) || kickerClass(classID(last))) {
		// A label set small and high after the title (Joomla K2's
		// "<span><sup>Featured</sup></span>"), or a kicker the page's
		// styles set above the headline, written after it:
		// "<h1><span>Headline</span><small class="c-topline">…</small></h1>".
		if t := textWithout(h, func(n *html.Node) bool { return n == last || unshown(n) }); len(strings.Fields(t)) >= 3 {
			return t
		}
	}
	h = soleLink(h)
	var first *html.Node
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return full // text before any element: no kicker
		}
		if c.Type == html.ElementNode && showsText(c) {
			first = c
			break
		}
	}
	if first == nil {
		return full
	}
	kicker := first.DataAtom == atom.Small || twoLines(h, first) || kickerClass(classID(first))
	if !kicker {
		return full
	}
	kt := textOf(first)
	if kt == "" || len(strings.Fields(kt)) > 8 || strings.HasSuffix(strings.TrimSpace(shownText(first)), ":") {
		// A kicker that shows its own colon ("Stadt Zürich:") reads as
		// part of the headline.
		return full
	}
	var b strings.Builder
	for c := first.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			b.WriteString(shownTextOf(c))
		} else {
			appendText(&b, c)
		}
	}
	rest := strings.TrimLeft(collapse(b.String()), ":-–—|· ")
	if len(strings.Fields(rest)) < 2 {
		return full
	}
	return rest
}

// kickerClass reports whether a class/id string names a kicker
// (kickerWords).
func kickerClass(ci string) bool {
	if ci == "" {
		return false
	}
	if strings.Contains(ci, "label-") {
		// Drupal's field classes say where the field's label is shown
		// ("field--label-hidden", "field--label-above"): not that the
		// element is a label.
		for _, f := range fieldLabelClasses {
			ci = strings.ReplaceAll(ci, f, "")
		}
	}
	for _, w := range kickerWords {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// fieldLabelClasses are the class words in which Drupal says how a
// field's label is shown.
var fieldLabelClasses = []string{"label-hidden", "label-above", "label-inline", "label-visually_hidden"}

// superscriptOnly reports whether element n is a <sup> or holds nothing
// but one (white space aside).
func superscriptOnly(n *html.Node) bool {
	for n.DataAtom != atom.Sup {
		if n = soleElement(n); n == nil {
			return false
		}
	}
	return true
}

// lastElement returns n's last child element that shows text, or nil.
func lastElement(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil // text after every element
		}
		if c.Type == html.ElementNode && showsText(c) {
			return c
		}
	}
	return nil
}

// trailingSubtitle returns the <small> that closes heading h after a line
// break, or of four words or more after three of the headline's: a
// subtitle set under or beside the headline; or nil.
func trailingSubtitle(h *html.Node) *html.Node {
	last := h.LastChild
	for last != nil && last.Type == html.TextNode && strings.TrimSpace(last.Data) == "" {
		last = last.PrevSibling
	}
	if last == nil || last.Type != html.ElementNode || last.DataAtom != atom.Small {
		return nil
	}
	prev := last.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil {
		return nil
	}
	if prev.Type == html.ElementNode && prev.DataAtom == atom.Br {
		return last
	}
	// Bootstrap's page header sets its subtext on the same line, after the
	// headline's words: "Headline <small>Forty years of records show …</small>".
	if prev.Type == html.TextNode && len(strings.Fields(textWithout(h, func(n *html.Node) bool { return n == last }))) >= 3 && len(strings.Fields(textOf(last))) >= 4 {
		return last
	}
	return nil
}

// shownText returns the text of n that readers see: without the parts
// showsText says show none (a colon for screen readers only).
func shownText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	if !showsText(n) {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(shownText(c))
	}
	return b.String()
}

// showsText reports whether n shows readers any text: an icon (an
// <svg>) or a label for screen readers only ("BLITZplus Inhalt" in a
// "visually-hidden" span) before a headline's kicker shows none.
func showsText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	if n.Type != html.ElementNode || n.DataAtom == atom.Svg {
		return false
	}
	if unshown(n) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if showsText(c) {
			return true
		}
	}
	return false
}

// soleLink returns the link or the heading that holds all of heading
// h's content (<h1><a href="…"><span class="label">Kicker</span>Headline</a></h1>,
// a headline container's <h2>, a link in it), or h.
func soleLink(h *html.Node) *html.Node {
	for range 2 {
		var inner *html.Node
		for c := h.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			case c.Type == html.ElementNode && inner == nil && (c.DataAtom == atom.A || c.DataAtom == atom.H1 || isSubheadingTag(c.DataAtom)):
				inner = c
			case c.Type == html.CommentNode:
			default:
				return h
			}
		}
		if inner == nil {
			return h
		}
		h = inner
	}
	return h
}

// headingVariants returns the forms in which heading h may be the
// headline: its text without a kicker (headingText); and, where one of
// the titles writes "Kicker: Headline", that form, for a kicker that is
// the heading's first child element (however it is marked, even glued to
// the headline without a space) or the short line just above the heading.
// The "Kicker: Headline" form of a kicker marked by its class comes
// first: where the titles write it, it is the headline the publisher
// gives (German kickers dropped were one of the headline failures on
// held-out publishers' pages). Strong titles (JSON-LD, OpenGraph,
// Twitter) name the article, the others the page: where a strong title
// writes the headline bare and none writes the kicker, a <title> that
// does is not followed.
func headingVariants(h *html.Node, titles, strong []string) []string {
	t, whole := headingText(h), shownTextOf(h)
	out := []string{t}
	if t != whole && slices.ContainsFunc(titles, func(v string) bool { return v == whole || stripSite(v, nil) == whole }) {
		// A headline set in two lines that a title writes as one sentence
		// ("<span>Groningse bakker wint</span><span>landelijke prijs voor
		// roggebrood</span>"): the first line was no kicker.
		out = append(out, whole)
	}
	// kicked returns the form "Kicker: Headline" of kicker k and heading
	// text t as a title writes it (kickerForm), unless the titles that
	// name the article (strong: JSON-LD, OpenGraph, Twitter) write t bare
	// and only the others add the kicker.
	writesBare := func(t string) bool {
		for _, v := range strong {
			// Whole, too: a headline with a dash of its own
			// ("Schängel, Sonne, Kamelle – so bunt war …") is no title
			// and site.
			if nt := normTitle(t); normTitle(v) == nt || normTitle(stripSite(v, nil)) == nt {
				return true
			}
		}
		return false
	}
	kicked := func(k, t string) (string, bool) {
		if f, ok := kickerForm(k, t, strong); ok {
			return f, true
		}
		if writesBare(t) {
			return "", false
		}
		return kickerForm(k, t, titles)
	}
	// The first child element as the kicker.
	var first *html.Node
	for c := soleLink(h).FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			break
		}
		if c.Type == html.ElementNode && showsText(c) {
			first = c
			break
		}
	}
	if first != nil && t != whole {
		// A kicker marked by its class, which headingText left out, shown
		// above the headline: where a title writes "Kicker: Headline",
		// that is the headline readers cite, first.
		if f, ok := kicked(textOf(first), t); ok {
			out = append([]string{f}, out...)
		}
	}
	if first != nil && t == whole {
		// A kicker headingText did not strip: not marked by its class.
		var b strings.Builder
		for c := first.NextSibling; c != nil; c = c.NextSibling {
			appendText(&b, c)
		}
		rest := strings.TrimLeft(collapse(b.String()), ":-–—|· ")
		if len(strings.Fields(rest)) >= 2 {
			if f, ok := kicked(textOf(first), rest); ok {
				out = append(out, f, rest)
			} else if writesBare(rest) {
				out = append(out, rest) // the article's own title leaves the kicker out
			}
		}
	}
	// The line above: the previous element, or the previous element of
	// the heading's parent when the heading comes first in it.
	prev := prevElement(h)
	if prev == nil && h.Parent != nil {
		prev = prevElement(h.Parent)
	}
	// Not an h1 or a box around one: a site's name in the header above a
	// blog's post title is no kicker, though the titles write it first
	// ("Tales from the Tideline: Little Stint at Cley").
	if prev != nil && prev.DataAtom != atom.H1 {
		if f, ok := kicked(textOf(prev), t); ok && len(selectAll(prev, h1Sel)) == 0 {
			// Shown above the headline and written before it by a title:
			// the headline readers cite has it, ahead of the bare form.
			out = append([]string{f}, out...)
		}
	}
	return out
}

// kickerSeparators join a kicker to its headline in titles. A dash
// ("Kicker - Headline") is not one: titles join a section or a site so
// as often, and the headline readers cite leaves those out.
var kickerSeparators = []string{": ", " : "}

// kickerForm returns kicker k joined to heading text t as one of titles
// writes them, "Kicker: Headline", in the title's letters. The kicker may be the last words of k, whose
// first ones are a badge or label ("H+ Unternehmen", "Hochwasser
// liveblog"). Where the title writes "Kicker:" before other words than t,
// the form is "Kicker: t".
func kickerForm(k, t string, titles []string) (string, bool) {
	words := strings.Fields(strings.TrimRight(k, ":-–—|· "))
	if lw := strings.ToLower(strings.Join(words, " ")); len(words) == 0 || len(words) > 8 || sentenceEnd(k) || t == "" || newsLabels[lw] || liveLabels[lw] {
		return "", false // "SON DAKİKA", "BREAKING", "LIVE": a badge, not the story's kicker
	}
	lt := strings.ToLower(t)
	for d := range words {
		kc := strings.Join(words[d:], " ")
		lk := strings.ToLower(kc)

		for _, v := range titles {
			lv := strings.ToLower(v)
			offsets := len(lv) == len(v) // lower-casing kept the offsets
			for _, sep := range kickerSeparators {
				i := strings.Index(lv, lk+sep)
				if i < 0 || i > 0 && !strings.ContainsAny(lastRuneOf(strings.TrimRight(lv[:i], " ")), "|–—-:(·") {
					// The kicker opens the title or follows a separator
					// ("Site | Kicker: …"), not the end of a phrase: "um
					// Ortsumgehung" of "Streit um Ortsumgehung: …".
					continue
				}
				rest := i + len(lk) + len(sep)
				if offsets && strings.HasPrefix(lv[rest:], lt) {
					return v[i : rest+len(lt)], true
				}
				if strings.TrimSpace(sep) == ":" {
					if offsets {
						kc = v[i : i+len(lk)]
					}
					return kc + ": " + t, true
				}
			}
		}
	}
	return "", false
}

// lastRuneOf returns the last character of s as a string, or "".
func lastRuneOf(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(r)
}

// newsLabels are the badges a page sets above a headline to say what
// kind of news it is, breaking or exclusive, in lower case: titles may write
// them before the headline ("Son dakika: …"), but they are no kicker.
var newsLabels = map[string]bool{"breaking": true, "breaking news": true, "son dakika": true, "flaş": true, "flaş haber": true,
	"eilmeldung": true, "exclusive": true, "exklusiv": true,
	"urgent": true, "urgente": true, "última hora": true, "ultima ora": true, "ultim'ora": true, "dernière minute": true,
	"en direct": true, "en directo": true, "en vivo": true, "ao vivo": true, "pilne": true, "срочно": true, "терміново": true,
	// what the story holds besides text
	"video": true, "foto": true, "fotos": true, "photos": true, "gallery": true, "audio": true}

// cutNewsLabel returns title t without a badge before a colon that says
// what kind of news it is ("LIVE BLOG: …", "Breaking: …"), and whether it
// had one.
func cutNewsLabel(t string) (string, bool) {
	label, rest, ok := strings.Cut(t, ": ")
	if !ok || strings.TrimSpace(rest) == "" {
		return "", false
	}
	l := strings.ToLower(strings.TrimSpace(label))
	return strings.TrimSpace(rest), newsLabels[l] || liveLabels[l]
}

// liveLabels are the badges of a live page before its title.
var liveLabels = map[string]bool{"live": true, "live blog": true, "liveblog": true, "live updates": true, "liveticker": true, "live-ticker": true}

// prevElement returns the element before n among its siblings, or nil.
func prevElement(n *html.Node) *html.Node {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

// nextElement returns the element after n among its siblings, or nil
// (as prevElement, words between end the search).
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

// postTitleAfter returns the heading that follows an h1 of three words or
// fewer among the candidates heads when it is marked as a post's title
// (itemprop="headline", or a class such as "entry-title", "post__title"
// or "news-title"), has four words or more and links to no other page
// than u (a teaser's title does): the h1 is then the name of the page's
// section ("Aktuelles", "Blog", "News and events"), which the page's
// titles often repeat, and the post's title is under it. After an h1
// that is a listing's label (sectionLabel), of any length, the heading
// need not be marked. Else nil.
func postTitleAfter(h1 *html.Node, heads []*html.Node, u *url.URL) *html.Node {
	label := sectionLabel(headingText(h1))
	if len(strings.Fields(headingText(h1))) > 3 && !label {
		return nil
	}
	for i, h := range heads {
		if h != h1 {
			continue
		}
		if i+1 == len(heads) {
			return nil
		}
		if label {
			// An h1 that is a listing's label ("Nyheter", "Aktuelles aus
			// der Fraktion"): the post's title is the first heading of a
			// sentence's length after it, marked or not, a second h1 too
			// (TYPO3's news item under its page's heading); shorter ones
			// are box titles ("Senaste nyheterna").
			for _, next := range heads[i+1 : min(i+4, len(heads))] {
				t := headingText(next)
				if lt := strings.ToLower(t); strings.HasPrefix(lt, "other ") || isBoilerPhrase(lt) {
					continue // a box's title: "Other News in Public Works"
				}
				if n := len(strings.Fields(t)); n >= 4 && len(t) < 300 && (next.DataAtom != atom.H1 || !sectionLabel(t)) {
					if linksElsewhere(next, u) {
						return nil
					}
					return next
				}
			}
			return nil
		}
		next := heads[i+1]
		t := headingText(next)
		if n := len(strings.Fields(t)); n < 4 || len(t) >= 300 || !postTitleMarked(next) || linksElsewhere(next, u) {
			return nil
		}
		return next
	}
	return nil
}

// titleLine returns the first element of the page's <body>, outside
// navigation and links, whose whole text is one of titles (normalised,
// without the site's name) of three words or more; nil if there is none.
// It reads every element's text: it serves only pages without headings
// or article titles.
func titleLine(doc *html.Node, titles []string, site []string) *html.Node {
	want := map[string]bool{}
	for _, t := range titles {
		if strings.Count(t, " ") >= 2 && !isSiteName(t, site) {
			want[t] = true
		}
	}
	body := findBody(doc)
	if len(want) == 0 || body == nil {
		return nil
	}
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer, atom.A, atom.Select, atom.Button, atom.Form, atom.Title:
				continue
			}
			if t := textOf(c); len(t) < 400 && want[normTitle(t)] {
				found = c
				return
			}
			walk(c)
		}
	}
	walk(body)
	return found
}

// titleWordsHeading returns the first heading that says what a part of
// the <title> of three words or more says, in those words and in that
// order with a few more ("Part 7 - The Fiddle Yard Gets Rebuilt" for
// "Layout Diary - Fiddle Yard Rebuilt"): the headline as readers see it,
// which the title shortened. Not a heading that links elsewhere (a
// teaser's); nil if there is none.
func titleWordsHeading(heads []*html.Node, titles []string, site []string, u *url.URL) *html.Node {
	var want [][]string
	for _, t := range titles {
		if w := strings.Fields(t); len(w) >= 3 && !isSiteName(t, site) {
			want = append(want, w)
		}
	}
	if len(want) == 0 {
		return nil
	}
	for _, h := range heads {
		hw := strings.Fields(normTitle(headingText(h)))
		if len(hw) > 30 || linksElsewhere(h, u) {
			continue
		}
		for _, w := range want {
			if len(hw) > len(w) && len(hw) <= 2*len(w)+2 && subsequence(w, hw) {
				return h
			}
		}
	}
	return nil
}

// subsequence reports whether the words of w appear in hw in their order.
func subsequence(w, hw []string) bool {
	i := 0
	for _, x := range hw {
		if i < len(w) && x == w[i] {
			i++
		}
	}
	return i == len(w)
}

// listingTitle reports whether title v is a name of up to five words and
// a section's label, in two parts ("KGV Am Mühlengraben e.V. -
// Aktuelles"): the listing's title, whatever the site's name.
func listingTitle(v string) bool {
	parts := titleParts(v)
	return len(parts) == 2 && sectionLabel(parts[1]) && len(strings.Fields(parts[0])) <= 5
}

// soleHeading returns the page's one heading when it is a line of three
// words or more that shares a word (of four letters or more) with one of
// titles: a hand-made page's "<h2>Knoydart: three days in the Rough
// Bounds</h2>" under "<title>Dave's Hillwalking Pages - Knoydart trip
// report", whose parts do not tell the site's name from the page's. Nil
// when the page has more headings, or the one links elsewhere.
func soleHeading(heads []*html.Node, titles []string, u *url.URL) *html.Node {
	if len(heads) != 1 || linksElsewhere(heads[0], u) {
		return nil
	}
	t := headingText(heads[0])
	hw := strings.Fields(normTitle(t))
	if len(hw) < 3 || len(t) >= 300 {
		return nil
	}
	if slices.ContainsFunc(titles, func(v string) bool { return sharesWord(t, v) }) {
		return heads[0]
	}
	return nil
}

// prominentLine returns the first element, outside navigation and links,
// that sets a line of four to thirty words large: a <font> of size 4 or
// more, or Word's title paragraph (class "MsoTitle"); nil if there is
// none. A line of three words counts too, unless it is a part of one of
// titles (the club's name on its banner, "Wanderfreunde Hochwald e.V." of
// "Wanderfreunde Hochwald e.V. - Berichte 2000").
func prominentLine(doc *html.Node, titles, site []string) *html.Node {
	lines := selectAll(doc, largeLine)
	// The line that opens with the longest part of a title, of two
	// words or more, first: "Restoring a 1952 Farmall Cub, Part 3: The
	// Magneto" under "Harold's Corner - Restoring a 1952 Farmall Cub, Part
	// 3", not the banner "Harold's Corner of the Web" above it.
	var best *html.Node
	bestWords := 1
	for _, c := range lines {
		if inNavOrLink(c) {
			continue
		}
		t := normTitle(collapse(textOf(c)))
		if n := len(strings.Fields(t)); n < 3 || n > 30 {
			continue
		}
		for _, v := range titles {
			for _, part := range titleParts(v) {
				np := normTitle(part)
				if w := len(strings.Fields(np)); w > bestWords && (t == np || strings.HasPrefix(t, np+" ")) && !isSiteName(np, site) && !isSiteName(t, site) {
					best, bestWords = c, w
				}
			}
		}
	}
	if best != nil {
		return best
	}
	for _, c := range lines {
		if inNavOrLink(c) {
			continue
		}
		t := collapse(textOf(c))
		n := len(strings.Fields(t))
		if n == 3 && slices.ContainsFunc(titles, func(v string) bool {
			return slices.ContainsFunc(titleParts(v), func(p string) bool { return normTitle(p) == normTitle(t) })
		}) {
			continue
		}
		if n >= 3 && n <= 30 && len(t) < 300 && !(n <= 6 && orgLike(t)) {
			// Not a club's or a firm's name on a banner.
			return c
		}
	}
	return nil
}

// boldLine returns the first block (a paragraph, a table cell or a
// division) outside navigation and links whose whole text is one bold
// element of four to thirty words, not a label ending in a colon, above
// the first paragraph of prose (150 characters or more): the headline of
// an old page that marks it only so ("<td><b>Warren County Confirms First
// West Nile Virus …</b></td>"); nil if there is none.
func boldLine(doc *html.Node) *html.Node {
	body := findBody(doc)
	if body == nil {
		return nil
	}
	var found *html.Node
	stop := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil && !stop; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer, atom.A, atom.Select, atom.Button, atom.Form:
				continue
			case atom.P, atom.Td, atom.Div:
				if b := onlyBold(c); b != nil {
					t := collapse(textOf(b))
					if n := len(strings.Fields(t)); n >= 4 && n <= 30 && len(t) < 300 && !strings.HasSuffix(t, ":") {
						found = c
						return
					}
				}
				if c.DataAtom == atom.P && utf8.RuneCountInString(collapse(textOf(c))) >= 150 {
					stop = true // the text begins
					return
				}
			}
			walk(c)
		}
	}
	walk(body)
	return found
}

// sharesWord reports whether a and b, normalised, have a word of four
// letters or more in common.
func sharesWord(a, b string) bool {
	bw := strings.Fields(normTitle(b))
	for _, w := range strings.Fields(normTitle(a)) {
		if utf8.RuneCountInString(w) >= 4 && slices.Contains(bw, w) {
			return true
		}
	}
	return false
}

// onlyBold returns n's one child element when it is bold (<b>, <strong>)
// and n holds no other element or text; nil otherwise.
func onlyBold(n *html.Node) *html.Node {
	var b *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.B || c.DataAtom == atom.Strong) && b == nil:
			b = c
		default:
			return nil
		}
	}
	return b
}

// largeLine matches the elements that set text large without markup
// saying what it is: <font size=4> or more, Word's "MsoTitle".
var largeLine = matchFunc(func(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Font:
		return fontSize(attr(n, "size")) >= 4
	case atom.Span, atom.P, atom.Div, atom.Td, atom.B, atom.Strong:
		c := strings.ToLower(attr(n, "class"))
		return strings.Contains(c, "msotitle") || strings.Contains(c, "heading-title") || largeStyle(attr(n, "style"))
	}
	return false
})

// largeStyle reports whether an inline style sets the text as large as a
// headline: a font size of 20 pixels or more, 16 points, 1.6 em or rem
// ("font-size: 20pt", a page builder's "font-size:42px").
func largeStyle(style string) bool {
	ls := strings.ToLower(style)
	i := strings.Index(ls, "font-size")
	if i < 0 || len(ls) != len(style) {
		return false // (a style whose lower case has other lengths is no font size's)
	}
	v := strings.TrimLeft(style[i+len("font-size"):], " :")
	j := 0
	for j < len(v) && (v[j] >= '0' && v[j] <= '9' || v[j] == '.') {
		j++
	}
	size, err := strconv.ParseFloat(v[:j], 64)
	if err != nil {
		return false
	}
	switch unit := strings.ToLower(strings.TrimSpace(v[j:])); {
	case strings.HasPrefix(unit, "px"):
		return size >= 20
	case strings.HasPrefix(unit, "pt"):
		return size >= 16
	case strings.HasPrefix(unit, "em"), strings.HasPrefix(unit, "rem"):
		return size >= 1.6
	}
	return false
}

// namesOnlySite reports whether a title names only the site or its home
// page ("Home | Riverside Rowing Club", "Inicio - Club Náutico …").
func namesOnlySite(title string, site []string) bool {
	t := normTitle(stripSite(title, site))
	return t == "" || isSiteName(t, site) || homeLabels[t]
}

// homeLabels name a site's home page.
var homeLabels = wordSet("home homepage startseite start inicio accueil portada forside hjem startsida etusivu beranda главная")

// inNavOrLink reports whether n lies in the <head>, a script, navigation,
// a header or footer, a link, a control or a form.
func inNavOrLink(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Head, atom.Script, atom.Style, atom.Nav, atom.Header, atom.Footer, atom.A, atom.Select, atom.Button, atom.Form:
			return true
		}
	}
	return false
}

// fontSize reads a <font> size: "5", "+2" (relative to 3).
func fontSize(v string) int {
	v = strings.TrimSpace(v)
	rel := strings.HasPrefix(v, "+") || strings.HasPrefix(v, "-")
	n, err := strconv.Atoi(strings.TrimPrefix(v, "+"))
	if err != nil {
		return 0
	}
	if rel {
		return 3 + n
	}
	return n
}

// dateOnly reports whether a part of a title is only a date: one to four
// words, numbers and month names, one of them a year.
func dateOnly(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) < 1 || len(w) > 4 {
		return false
	}
	year := false
	for _, x := range w {
		x = strings.Trim(x, ".,")
		if monthNames[x] != 0 {
			continue
		}
		if strings.Trim(x, "0123456789./-") != "" {
			return false
		}
		year = year || yearRe.MatchString(x)
	}
	return year
}

var yearRe = regexp.MustCompile(`(?:^|\D)(?:19|20)\d\d(?:\D|$)`)

// sectionLabels name a listing of news or posts in the languages the
// extractor meets.
var sectionLabels = wordSet("news aktuelles aktuell neuigkeiten nachrichten meldungen pressemitteilungen " +
	"medienmitteilungen presse pressemeldungen actualités actualites actualité nouvelles communiqués " +
	"noticias novedades notizie novità nieuws nyheter nyheder uutiset aktualności wiadomości aktuality " +
	"novinky blog lokales regionales lokalnachrichten berichte")

// sectionPhrases are listings' labels of two or three words ("News
// Flash", a municipal site's news module).
var sectionPhrases = map[string]bool{"news flash": true, "press releases": true, "news releases": true, "latest news": true,
	"news and events": true, "news & events": true, "aktuelle meldungen": true, "aktuelle nachrichten": true,
	"neueste nachrichten": true, "dernières nouvelles": true, "últimas noticias": true, "ultime notizie": true}

// sectionLabel reports whether heading text t is a listing's label: one
// of sectionLabels alone, or followed by where the news are from
// ("Aktuelles aus der Fraktion", "News from the School"), or after a
// word saying which ("Local News & Comment"), or one of sectionPhrases.
func sectionLabel(t string) bool {
	w := strings.Fields(strings.ToLower(strings.Trim(t, " :")))
	if sectionPhrases[strings.Join(w, " ")] {
		return true
	}
	if len(w) >= 2 && len(w) <= 4 && hasWord("local latest world national regional international lokale lokales regionale", w[0]) && sectionLabels[w[1]] {
		return true // "Local News & Comment", "Lokale Nachrichten"
	}
	if len(w) == 0 || !sectionLabels[w[0]] {
		return false
	}
	return len(w) == 1 || len(w) <= 5 && hasWord("aus von from of de du des uit från fra z ze della dalla del", w[1])
}

// sectionPath reports whether heading text t is the path to the page's
// section, as a breadcrumb writes it: two to four parts of one to three
// words apart by "»", "›" or ">" ("Lokales » Holmwedel").
func sectionPath(t string) bool {
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '»' || r == '›' || r == '>' })
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// linksElsewhere reports whether n holds a link to a page other than u
// (any page, if u is nil); links into the page ("#…") and to the page
// itself, as a post's title links to its permalink, are none.
func linksElsewhere(n *html.Node, u *url.URL) bool {
	for _, a := range selectAll(n, linkSel) {
		href := strings.TrimSpace(attr(a, "href"))
		if href == "" || strings.HasPrefix(href, "#") {
			continue
		}
		if u == nil {
			return true
		}
		t, err := u.Parse(href)
		if err != nil || !strings.EqualFold(t.Host, u.Host) || strings.TrimSuffix(t.Path, "/") != strings.TrimSuffix(u.Path, "/") {
			return true
		}
	}
	return false
}

// postTitleMarked reports whether a heading says it is a post's title:
// itemprop="headline", or a class or ID with "title" or "headline" that
// is no subtitle's, widget's, block's, section's or page's.
func postTitleMarked(h *html.Node) bool {
	if strings.EqualFold(attr(h, "itemprop"), "headline") {
		return true
	}
	ci := classID(h)
	if strings.Contains(ci, "contentheading") {
		return true // Joomla 1's and Mambo's title cell
	}
	if strings.Contains(ci, "subhead") || strings.Contains(ci, "sub-head") || strings.Contains(ci, "subtitle") || strings.Contains(ci, "sub-title") {
		// "title3 article-sub-headline": a typographic class does not make
		// a subtitle a title.
		return false
	}
	for _, f := range strings.Fields(ci) {
		if (strings.Contains(f, "title") || strings.Contains(f, "headline") || localTitleWord(f)) && !strings.Contains(f, "sub") &&
			!strings.Contains(f, "widget") && !strings.Contains(f, "block") && !strings.Contains(f, "section") &&
			!strings.Contains(f, "page") && !boxTitleSet.in(f) {
			return true
		}
	}
	return false
}

// boxTitleSet finds the boxes around an article whose titles are no
// post's: "c-newsletter__title", "related-title", "promo-title",
// "more-stories__title", "most-read__title".
var boxTitleSet = newSubstrings("newsletter", "related", "promo", "callout", "signup", "subscribe", "comment", "footer", "sidebar",
	"more-stories", "most-read", "mostread")

// testidNamesHeadline reports whether a data-testid value names the
// article's headline: "headline", "article-title", "story-headline".
func testidNamesHeadline(v string) bool {
	v = strings.ToLower(v)
	return v == "headline" || storyTitleClass(v)
}

// storyTitleClass reports whether class/id string ci names the title of
// the article itself, not of a teaser or a box: a class word that opens
// with the article's part ("story__title", "article-headline",
// "entry-title") and names a title or a headline.
func storyTitleClass(ci string) bool {
	for _, f := range strings.Fields(ci) {
		if f == "field--name-title" {
			return true // Drupal's field of the node's own title
		}
		if (articlePart(f) || strings.HasPrefix(f, "entry")) && (strings.Contains(f, "title") || strings.Contains(f, "headline")) && !strings.Contains(f, "sub") {
			return true
		}
		if romanceStoryTitle(f) {
			return true
		}
	}
	return false
}

// ownTitleClass reports whether class/id string ci names the article's
// own title: storyTitleClass, or a title's word as a class of its own in
// Italian, Spanish, French or German (an old layout's "<font
// class="titolo">", "<span class="titre">").
func ownTitleClass(ci string) bool {
	return storyTitleClass(ci) || strings.Contains(ci, "tit") && classWordIn(ci, "titolo", "titulo", "titre", "titel")
}

// romanceStoryTitle reports whether class word f names the story's own
// title in Spanish, Portuguese, Italian or French: a title's word and the
// story's ("titularNoticia", "titulo-nota", "titolo_articolo",
// "titre-article"), not another story's box ("tituloOtrasNoticias").
func romanceStoryTitle(f string) bool {
	if !strings.Contains(f, "titul") && !strings.Contains(f, "titol") && !strings.Contains(f, "titre") {
		return false
	}
	if !strings.Contains(f, "noticia") && !strings.Contains(f, "nota") && !strings.Contains(f, "articul") &&
		!strings.Contains(f, "notizia") && !strings.Contains(f, "articol") && !strings.Contains(f, "article") {
		return false
	}
	for _, w := range []string{"otras", "otros", "relac", "mas", "altr", "autres", "sub", "sotto", "ante", "sur"} {
		if strings.Contains(f, w) {
			return false
		}
	}
	return true
}

// localTitleWord reports whether class word f names a title in French,
// Spanish, Italian, German or Dutch ("titre-article", "titulo-nota",
// "titolo", "artikel-titel", an old German page's "ueberschrift"), not the
// line over or under it ("surtitre", "antetitulo", "sottotitolo",
// "untertitel", "obertitel", a subheading's "zwischenueberschrift").
func localTitleWord(f string) bool {
	if !strings.Contains(f, "titre") && !strings.Contains(f, "titulo") && !strings.Contains(f, "titolo") && !strings.Contains(f, "titel") && !strings.Contains(f, "ueberschrift") {
		return false
	}
	for _, w := range []string{"sur", "ante", "sotto", "unter", "ober", "vor", "sopra", "pre", "zwischen"} {
		if strings.Contains(f, w) {
			return false
		}
	}
	return true
}

// continuesTitle reports whether heading text t opens with a whole title
// (of three words or more, in full) and goes on in lower case: the
// sentence the titles cut short ("… apareció en Cabo Polonio" and the
// h1's "… y sorprendió a los científicos"), not a label beside a title.
func continuesTitle(t string, full map[string]bool) bool {
	words := strings.Fields(t)
	nt := normTitle(t)
	for nm := range full {
		k := strings.Count(nm, " ") + 1
		if k < 3 || k >= len(words) || !strings.HasPrefix(nt, nm+" ") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[k]); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// kickerColon reports whether the text t of heading h is a kicker of one
// to three words, a colon and the rest, with no other separator: "Stadt
// Zürich: Leih-Trottis müssen …", "Ask Hettie: My brother-in-law …".
// Readers see the kicker as part of the headline the titles give bare;
// not a label for screen readers only ("Headline:").
func kickerColon(h *html.Node, t string) bool {
	for _, d := range selectAll(h, anyElementSel) {
		if isHidden(d) || hasHiddenClass(classID(d)) {
			return false
		}
	}
	k, rest, ok := strings.Cut(t, ": ")
	if !ok || strings.Contains(rest, ": ") || len(strings.Fields(rest)) < 3 {
		return false
	}
	for _, sep := range titleSeparators {
		if strings.Contains(t, sep) {
			return false
		}
	}
	n := len(strings.Fields(k))
	return n >= 1 && n <= 3 && !sectionLabel(k) && !sectionNames[strings.ToLower(k)] // "Lokales: …" names the page's section
}

// sectionNames are the names of a paper's sections, which label a
// headline rather than lead it.
var sectionNames = wordSet("lokales lokal regionales region politik wirtschaft panorama kultur sport meinung kommentar " +
	"local opinion politics business sports")

// separated reports whether heading text t holds a separator of a
// title's parts or a colon: a label and a title ("Local News | Headline",
// "Nachruf: Headline"), not one sentence that says more than the titles
// ("Marguerite “Peg” Olsen, who kept …" for "Peg Olsen, who kept …").
func separated(t string) bool {
	// A quotation leads the headline, whatever joins it to the rest
	// ("«Na lanë pa ujë»: …", "« On ne peut plus attendre » : …", "‘We
	// can’t keep losing the towns’ – Labour MPs …").
	if rest, ok := afterQuotation(t); ok {
		t = strings.TrimLeft(rest, " \u00a0:–—-")
	}
	if strings.Contains(t, ": ") {
		return true
	}
	for _, sep := range titleSeparators {
		if strings.Contains(t, sep) {
			return true
		}
	}
	return false
}

// afterQuotation returns what follows the quotation that opens t, if one
// does (see quotation).
func afterQuotation(t string) (string, bool) {
	open, n := utf8.DecodeRuneInString(t)
	closing, ok := quoteEnds[open]
	if !ok {
		return "", false
	}
	prev := open
	for i, r := range t[n:] {
		before := prev
		prev = r
		if r != closing {
			continue
		}
		end := n + i + utf8.RuneLen(r)
		if next, _ := utf8.DecodeRuneInString(t[end:]); unicode.IsLetter(before) && unicode.IsLetter(next) {
			continue // an apostrophe ("can’t")
		}
		if quotation(t[:end]) {
			return t[end:], true
		}
		return "", false
	}
	return "", false
}

// quoteEnds maps the marks that open a quotation to the marks that close
// it ("„" also to "”", which quotation allows).
var quoteEnds = map[rune]rune{'«': '»', '»': '«', '„': '“', '“': '”', '"': '"', '‚': '‘', '‘': '’', '「': '」', '《': '》'}

// quotation reports whether s is one quotation in quotation marks: the
// words that lead a headline ("«Na lanë pa ujë»: Anija …", "„Wir sind
// am Limit“: …"), never a label or a section's name.
func quotation(s string) bool {
	open, n := utf8.DecodeRuneInString(s)
	closing, m := utf8.DecodeLastRuneInString(s)
	if n == 0 || len(s) <= n+m {
		return false
	}
	inner := s[n : len(s)-m]
	if want, ok := quoteEnds[open]; ok && (closing == want || open == '„' && closing == '”') {
		return !containsQuoteEnd(inner, closing) && strings.TrimSpace(inner) != ""
	}
	return false
}

// containsQuoteEnd reports whether the closing mark c occurs in s other
// than as an apostrophe between letters ("can’t").
func containsQuoteEnd(s string, c rune) bool {
	prev := rune(0)
	for i, r := range s {
		if r == c {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !unicode.IsLetter(prev) || !unicode.IsLetter(next) {
				return true
			}
		}
		prev = r
	}
	return false
}

// holdsTitle reports whether normalised text nt holds one of the
// normalised titles of three words or more.
func holdsTitle(nt string, normMetas []string) bool {
	for _, nm := range normMetas {
		if strings.Count(nm, " ") >= 2 && strings.Contains(nt, nm) {
			return true
		}
	}
	return false
}

// subtitleSeparators end a headline that a subtitle follows in the same
// heading, an aside in brackets ("… pendant un mois (et on ne reviendra
// pas en arrière)") or a second sentence ("… revocata la concessione.
// «Tavolini abusivi …»") that the titles leave out.
var subtitleSeparators = []string{": ", " – ", " — ", " - ", " (", ". "}

// slugOf reports whether the last segment of u's path, without its
// extension, is heading text t in letters and digits only, umlauts
// written out as URLs write them ("essenwestviertel.htm" for
// "Essen-Westviertel", "ueber-uns" for "Über uns").
func slugOf(t string, u *url.URL) bool {
	if u == nil {
		return false
	}
	seg := strings.TrimSuffix(u.Path, "/")
	seg = seg[strings.LastIndexByte(seg, '/')+1:]
	if i := strings.LastIndexByte(seg, '.'); i > 0 {
		seg = seg[:i]
	}
	flat := func(s string) string { return slugFold.Replace(strings.ReplaceAll(normTitle(s), " ", "")) }
	ft := flat(t)
	return ft != "" && flat(seg) == ft
}

// slugFold writes out the letters that URLs spell in two.
var slugFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// titleSeparated reports whether s, the rest of a title after a
// headline, opens with one of titleSeparators.
func titleSeparated(s string) bool {
	for _, sep := range titleSeparators {
		if strings.HasPrefix(s, sep) {
			return true
		}
	}
	return false
}

// prefixSeparated reports whether s, the start of a title before a
// headline, ends with one of titleSeparators or a colon.
func prefixSeparated(s string) bool {
	if strings.HasSuffix(s, ": ") {
		return true
	}
	for _, sep := range titleSeparators {
		if strings.HasSuffix(s, sep) {
			return true
		}
	}
	return false
}

// stripSiteParts removes the parts of a title that name the site, keeping
// the rest as written.
func stripSiteParts(t string, site []string) string {
	for _, sep := range titleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		var rest []string
		for p := range strings.SplitSeq(t, sep) {
			if !isSiteName(normTitle(p), site) {
				rest = append(rest, strings.TrimSpace(p))
			}
		}
		if len(rest) > 0 {
			return strings.Join(rest, sep)
		}
		return t
	}
	return t
}

// sectionH1 reports whether the text t of a page's one h1 names a
// section, not the article: one or two words no title holds and the URL
// is not named after ("Cronaca" over "Frana sulla SP 14 …").
func sectionH1(t string, normMetas []string, u *url.URL) bool {
	nt := normTitle(t)
	if n := len(strings.Fields(nt)); n == 0 || n > 2 || slugOf(t, u) {
		return false
	}
	for _, nm := range normMetas {
		if strings.Contains(" "+nm+" ", " "+nt+" ") {
			return false
		}
	}
	return true
}

// headline reconciles the headline candidates: a heading on the page that
// agrees with the metadata (JSON-LD, OpenGraph, Twitter, <title> with the
// site name and section stripped) wins, h1 before other headings; else
// the JSON-LD headline; else the single h1 when the titles are the same
// site-wide text; else the OpenGraph or Twitter title or the <title>,
// stripped. It also returns the heading element used, if any.
func headline(m *metaInfo, doc *html.Node, u *url.URL) (string, *html.Node) {
	site := siteNames(m, u)
	for _, h := range m.h1s {
		// A blog's name in an <h1> that links home names the site too:
		// Blogger's titles read "Blog Name: Post Title".
		if t := normTitle(textOf(h)); t != "" && namesSite(h, u) && !slices.Contains(site, t) {
			site = append(site, t)
		}
	}
	var metas []string
	for _, v := range []string{m.ld.headline, m.first("og:title"), m.first("twitter:title"),
		m.first("title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "headline"), m.title} {
		if v = collapse(html.UnescapeString(v)); v != "" {
			metas = append(metas, v)
		}
	}
	if m.ld.article && m.ld.name != "" {
		metas = append(metas, collapse(m.ld.name))
	}
	var strongTitles []string // the titles that name the article, not the page
	for _, v := range []string{m.ld.headline, m.first("og:title"), m.first("twitter:title")} {
		if v = collapse(html.UnescapeString(v)); v != "" {
			strongTitles = append(strongTitles, v)
		}
	}
	var normMetas []string
	full := map[string]bool{}     // normalised whole titles, not their parts
	verbatim := map[string]bool{} // the titles as written, with and without the site
	for _, v := range metas {
		sv := stripSite(v, site)
		verbatim[v], verbatim[sv] = true, true
		normMetas = append(normMetas, normTitle(v), normTitle(sv))
		// Whole: the title, or the title without the parts naming the site.
		full[normTitle(v)], full[normTitle(stripSiteParts(v, site))] = true, true
		if parts := titleParts(v); len(parts) > 1 {
			for _, p := range parts {
				if np := normTitle(p); !isSiteName(np, site) {
					normMetas = append(normMetas, np)
				}
			}
		}
		if rest, ok := cutNewsLabel(stripSiteParts(v, site)); ok {
			// "LIVE BLOG: Tri-County Marathon 2019": the title without
			// its badge is whole, which the heading may go on from
			// ("Tri-County Marathon 2019: Kiprotich, Haldane win …").
			full[normTitle(rest)] = true
			normMetas = append(normMetas, normTitle(rest))
		}
	}
	heads := headingCandidates(m, doc, site, u)
	// agrees returns the form of heading h that agrees with the metadata,
	// and whether it agrees with a whole title rather than a part of one.
	// A kicker the titles show as "Kicker: Headline" is kept in that form.
	agrees := func(h *html.Node) (string, bool, bool) {
		variants := headingVariants(h, metas, strongTitles)
		// A variant a title writes verbatim first: normalisation drops the
		// colon that tells the titles' "Kicker: Headline" from the
		// heading's "Kicker Headline".
		for _, t := range variants {
			if verbatim[t] {
				return t, full[normTitle(t)], true
			}
		}
		for _, t := range variants {
			// Exact agreement first: it tells the kicker form from the bare one.
			nt := normTitle(t)
			if nt == "" || len(t) > 400 {
				continue
			}
			for _, nm := range normMetas {
				if nm == nt {
					return t, full[nm], true
				}
			}
		}
		t := variants[0]
		nt := normTitle(t)
		if nt == "" || len(t) > 400 {
			return "", false, false
		}
		// The heading is a whole title and a subtitle after a colon or
		// dash ("Headline: einfach köstlich!"), which the titles leave out.
		for _, sep := range subtitleSeparators {
			if i := strings.Index(t, sep); i > 0 {
				if head := normTitle(t[:i]); strings.Count(head, " ") >= 2 && full[head] {
					return t, true, true
				} else if strings.Count(head, " ") >= 2 && slices.Contains(normMetas, head) && !slices.ContainsFunc(metas, func(v string) bool { return strings.Contains(v, t[:i]+sep) }) {
					// A part of a title: "Schule - Aktuelles - Headline"
					// for "Headline: Subtitle", "Feuerwehr | Einsätze 2011 |
					// Headline" for "Headline – Subtitle"; not where a title
					// goes on after the part as the heading does, with a
					// subtitle of its own ("Headline – other words").
					return t, false, true
				}
			}
		}
		if continuesTitle(t, full) {
			// The sentence the titles cut short: "… out to sea off
			// Cornwall" and the heading's "… after offshore wind swept
			// her past the headland".
			return t, true, true
		}
		for _, nm := range normMetas {
			if nm == "" {
				continue
			}
			if len(nt) >= 20 && (strings.HasPrefix(nm, nt) || strings.HasSuffix(nm, nt)) && len(nt)*10 >= len(nm)*6 {
				return t, full[nm], true
			}
		}
		return "", false, false
	}
	// Of several h1s that agree, the one the article's own titles (JSON-LD,
	// OpenGraph, Twitter) name wins over one that agrees with the <title>
	// only ("News" in "News - Site"), then one agreeing with a whole title.
	strong := map[string]bool{}
	for _, v := range strongTitles {
		if !isSiteName(normTitle(stripSite(v, site)), site) {
			strong[normTitle(v)], strong[normTitle(stripSite(v, site))] = true, true
		}
	}
	var firstH1, pick *html.Node
	var pickT string
	pickRank := 0
	for _, h := range heads {
		if h.DataAtom == atom.H1 {
			if firstH1 == nil {
				firstH1 = h
			}
			if t, whole, ok := agrees(h); ok {
				rank := 1
				if strong[normTitle(t)] {
					rank = 3
				} else if whole {
					rank = 2
				}
				if rank > pickRank {
					pick, pickT, pickRank = h, t, rank
				}
			}
		}
	}
	if pick != nil {
		if h := postTitleAfter(pick, heads, u); h != nil {
			return metaSpacing(headingText(h), metas, site), h
		}
		return metaSpacing(pickT, metas, site), pick
	}
	for _, h := range heads {
		if h.DataAtom != atom.H1 {
			if t, whole, ok := agrees(h); ok {
				if sectionLabel(t) {
					// "<h2>News</h2>", the title's last part: the
					// listing's label over the post's title.
					if next := postTitleAfter(h, heads, u); next != nil {
						return metaSpacing(headingText(next), metas, site), next
					}
				}
				if !whole && firstH1 != nil && before(firstH1, h) && !postTitleMarked(h) {
					// A subheading under the h1 that agrees with one part
					// of a "Headline - Subheading" title: the h1 above it
					// is the headline. Not a heading marked as the post's
					// title under an h1 naming the section, whose <title>
					// ends in a site name the host does not spell
					// ("Headline – Club e.V.").
					if ht := headingText(firstH1); len(strings.Fields(ht)) >= 3 && len(ht) < 300 {
						return ht, firstH1
					}
				}
				return metaSpacing(t, metas, site), h
			}
		}
	}
	var h1s []*html.Node
	for _, h := range heads {
		// An h1 without text is a logo's (<h1 class="site-title"><a><img>);
		// one marked itemprop="alternativeHeadline" is the subtitle; one for
		// screen readers only names the site to them.
		if h.DataAtom == atom.H1 && strings.TrimSpace(textOf(h)) != "" && !strings.EqualFold(attr(h, "itemprop"), "alternativeHeadline") && !screenReaderOnly(h) && !sectionPath(textOf(h)) {
			h1s = append(h1s, h)
		}
	}
	var h1 *html.Node
	if len(h1s) > 0 {
		h1 = h1s[0]
	}
	if h1 != nil && sectionLabel(headingText(h1)) {
		if h := postTitleAfter(h1, heads, u); h != nil {
			return metaSpacing(headingText(h), metas, site), h
		}
	}
	if len(h1s) > 1 {
		// Several h1s (a logo's, a newsletter box's): the one marked as
		// the post's title ("amp-post-title") is the headline readers see,
		// though the titles word it otherwise.
		var marked []*html.Node
		for _, h := range h1s {
			if ci := classID(h); postTitleMarked(h) && !strings.Contains(ci, "site") && !strings.Contains(ci, "logo") && !strings.Contains(ci, "brand") {
				marked = append(marked, h)
			}
		}
		if len(marked) == 1 {
			if h, t := marked[0], headingText(marked[0]); len(strings.Fields(t)) >= 4 && len(t) < 300 && !linksElsewhere(h, u) {
				return metaSpacing(t, metas, site), h
			}
		}
		// Else the one h1 of a sentence's length beside names of three
		// words or fewer (the section's "Wirtschaft", a logo's): the
		// headline readers see, though the titles word it otherwise.
		var long *html.Node
		for _, h := range h1s {
			if n := len(strings.Fields(headingText(h))); n >= 4 {
				if long != nil {
					long = nil
					break
				}
				long = h
			}
		}
		if long != nil && len(marked) == 0 && !linksElsewhere(long, u) {
			if t := headingText(long); len(t) < 300 {
				return metaSpacing(t, metas, site), long
			}
		}
	}
	if len(h1s) == 1 {
		// The page's one h1 of four words or more is the headline readers
		// see, though the titles tell the story in other words ("VW-Chef
		// warnt vor …" where they have "VW-Chef Diess warnt vor …") or
		// are another wording altogether, written for search engines and
		// social media ("Câmara aprova tarifa zero …" over the h1's
		// "Câmara de SP aprova ônibus de graça …"). Not an h1 that holds
		// a whole title and more ("Local News | Headline"): that is
		// furniture around the headline. One that holds a part of a
		// title and a subtitle of its own ("… review – a quietly
		// devastating portrait …") is the headline.
		if t := headingText(h1); len(strings.Fields(t)) >= 4 && len(t) < 300 &&
			(!holdsTitle(normTitle(t), slices.Collect(maps.Keys(full))) || continuesTitle(t, full) || !separated(t) || kickerColon(h1, t)) {
			return metaSpacing(t, metas, site), h1
		}
		if t := headingText(h1); t != "" && len(strings.Fields(t)) < 4 && storyTitleClass(classID(h1)) && !sectionLabel(t) {
			// A short headline the class names the article's own
			// ("<h1 class="article-title">Closed.</h1>"), though the
			// titles say more: a section's name is no article's title.
			return t, h1
		}
	}
	if len(h1s) == 0 || len(h1s) == 1 && sectionH1(headingText(h1), normMetas, u) {
		// No h1 but the site's name, or one naming the section
		// ("Cronaca"): the one heading the page marks up as the
		// article's headline (itemprop="headline", a React page's
		// data-testid="headline", an <h2> whose class names a title or
		// headline) is the one readers see, though the titles word it for
		// search engines. (Some templates mark every heading so.)
		// An element named the headline outright wins over headings a
		// class calls a title (a newsletter box's "nltitle").
		var marked, named []*html.Node
		for _, h := range heads {
			if strings.EqualFold(attr(h, "itemprop"), "headline") || testidNamesHeadline(attr(h, "data-testid")) {
				named = append(named, h)
				marked = append(marked, h)
			} else if h.DataAtom == atom.H2 && postTitleMarked(h) || (h.DataAtom == atom.Div || h.DataAtom == atom.Span || h.DataAtom == atom.Font) && ownTitleClass(classID(h)) {
				marked = append(marked, h)
			}
		}
		if len(named) == 1 {
			marked = named
		} else if len(marked) > 1 {
			// A class naming the article's own title ("entry-title") wins
			// over the other boxes' title classes ("author-title").
			var own []*html.Node
			for _, h := range marked {
				if storyTitleClass(classID(h)) {
					own = append(own, h)
				}
			}
			if len(own) == 1 {
				marked = own
			}
		}
		if len(marked) == 1 {
			if h, t := marked[0], headingText(marked[0]); len(strings.Fields(t)) >= 4 && len(t) < 300 && !linksElsewhere(h, u) {
				return metaSpacing(t, metas, site), h
			}
		}
	}
	if m.ld.headline != "" {
		return stripSiteParts(collapse(html.UnescapeString(m.ld.headline)), site), h1
	}
	og := collapse(html.UnescapeString(m.first("og:title", "twitter:title")))
	title := collapse(html.UnescapeString(m.title))
	if len(h1s) == 1 && (og == "" || normTitle(og) == normTitle(title) || isSiteName(normTitle(stripSite(og, site)), site)) {
		// A one- or two-word h1 is a section's name when the title says
		// more, unless the page's URL is named after it
		// (/essen/essenwestviertel.htm for "Essen-Westviertel").
		if t := headingText(h1); t != "" && len(t) < 300 && (len(strings.Fields(t)) >= 3 || len(strings.Fields(stripSite(title, site))) <= 2 || slugOf(t, u)) {
			return t, h1
		}
	}
	if og != "" && len(title) > len(og) && strings.HasPrefix(title, og) && titleSeparated(title[len(og):]) && !namesOnlySite(og, site) {
		// The <title> is the OpenGraph title and more ("Headline | Site |
		// Section"): the OpenGraph title is the headline without them,
		// though it has a separator of its own ("Kicker – Headline").
		return stripSiteParts(og, site), h1
	}
	if og != "" && len(title) > len(og) && strings.HasSuffix(title, og) && prefixSeparated(title[:len(title)-len(og)]) && !namesOnlySite(og, site) {
		// The same with the site first ("Blog: Headline", Blogger's
		// titles).
		return stripSiteParts(og, site), h1
	}
	if len(h1s) == 0 && og == "" {
		// No h1, no heading the <title> agrees with and no article title
		// in the metadata: the first heading marked as the post's title,
		// as readers see it (the <title> may name only the site).
		for _, h := range heads {
			if t := headingText(h); len(strings.Fields(t)) >= 4 && len(t) < 300 && postTitleMarked(h) && !linksElsewhere(h, u) {
				return metaSpacing(t, metas, site), h
			}
		}
	}
	if len(h1s) == 0 && (og == "" || namesOnlySite(og, site)) && m.ld.headline == "" {
		// A page without headings or article titles, written with font
		// sizes (FrontPage, Word's "Save as Web Page"): its headline is
		// the line that says what a part of the <title> says, as readers
		// see it ("Chard Junction layout progress - spring 2006" for
		// "Club News - Chard Junction layout progress, spring 2006"), else
		// the first line set large.
		var stripped []string
		for _, v := range metas {
			stripped = append(stripped, normTitle(stripSite(v, site)))
		}
		if h := titleLine(doc, stripped, site); h != nil {
			return collapse(textOf(h)), h
		}
		if h := titleWordsHeading(heads, stripped, site, u); h != nil {
			return metaSpacing(headingText(h), metas, site), h
		}
		if h := soleHeading(heads, metas, u); h != nil {
			return metaSpacing(headingText(h), metas, site), h
		}
		if h := prominentLine(doc, metas, site); h != nil {
			if t := collapse(textOf(h)); !isSiteName(normTitle(t), site) {
				return t, h
			}
		}
		if h := boldLine(doc); h != nil {
			// Only where the <title> names no more than the site or a
			// place ("v.v. De Waterlanders - Landsmeer"), or says what
			// the line says in a word of its own.
			t, st := collapse(textOf(h)), stripSite(title, site)
			if !isSiteName(normTitle(t), site) && (len(strings.Fields(st)) <= 2 || sectionLabel(st) || sharesWord(t, title)) {
				return t, h
			}
		}
	}
	titles := []string{og, m.first("title", "dc.title", "parsely-title", "sailthru.title"), title}
	if namesOnlySite(og, site) && m.first("headline") != "" && !namesOnlySite(m.first("headline"), site) {
		// An OpenGraph title that names only the site, beside a
		// microdata headline (<meta itemprop="headline">): the headline.
		titles = []string{m.first("headline"), og, title}
	}
	for _, v := range titles {
		if v = collapse(html.UnescapeString(v)); v != "" {
			if (sectionLabel(stripSite(v, site)) || listingTitle(v)) && len(h1s) == 0 {
				// The titles name the listing ("Actualités | Atelier",
				// "KGV Am Mühlengraben e.V. - Aktuelles"): the post's
				// title is the first heading of a sentence's length.
				for _, h := range heads {
					if t := headingText(h); len(strings.Fields(t)) >= 4 && len(t) < 300 && !linksElsewhere(h, u) {
						return metaSpacing(t, metas, site), h
					}
				}
				if h := selfNamedLine(doc, u); h != nil {
					return collapse(textOf(h)), h
				}
			}
			if parts := titleParts(v); len(parts) >= 3 {
				for _, p := range parts[1:] {
					if dateOnly(p) {
						// "Headline - 14 Marca 2024 - Category - Site": a
						// title that lists the post's facts.
						return parts[0], h1
					}
				}
			}
			return stripSite(v, site), h1
		}
	}
	if h1 != nil {
		return headingText(h1), h1
	}
	return "", nil
}

// language returns the page's declared language as a BCP 47 tag.
func language(m *metaInfo) string {
	for _, v := range []string{m.htmlLang, m.first("content-language", "language", "dc.language", "dcterms.language", "og:locale"), m.ld.language} {
		if l := normLang(v); l != "" {
			return l
		}
	}
	return ""
}

// normLang normalises a language tag: "en_us" → "en-US"; "" if it is not
// one.
func normLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	parts := strings.Split(s, "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return ""
	}
	for _, r := range parts[0] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return ""
		}
	}
	out := strings.ToLower(parts[0])
	if len(parts) > 1 && len(parts[1]) == 2 {
		out += "-" + strings.ToUpper(parts[1])
	}
	return out
}

// monthFirstRegions are the regions that write month before day.
var monthFirstRegions = map[string]bool{"US": true, "PH": true, "FM": true, "MH": true, "PW": true, "BZ": true}

// dayFirst reports whether ambiguous numeric dates like 03/06/2015 are
// read day first: yes unless the language or locale is US English (or
// English without a region on a site outside a country domain).
func dayFirst(lang, locale, host string) bool {
	for _, l := range []string{normLang(locale), lang} {
		if l == "" {
			continue
		}
		base, region, _ := strings.Cut(l, "-")
		if region != "" {
			return !monthFirstRegions[region]
		}
		if base != "en" {
			return true
		}
		// English without a region: decide by the domain.
		tld := host
		if i := strings.LastIndexByte(host, '.'); i >= 0 {
			tld = host[i+1:]
		}
		switch tld {
		case "com", "us", "gov", "edu", "mil", "net", "org", "":
			return false
		}
		return true
	}
	return !strings.HasSuffix(host, ".com") && !strings.HasSuffix(host, ".us") && !strings.HasSuffix(host, ".gov") && !strings.HasSuffix(host, ".edu") &&
		!strings.HasSuffix(host, ".org")
}

// Meta keys for the publication and modification dates, in order of trust.
var (
	publishedKeys = []string{
		"article:published_time", "og:published_time", "article:published", "og:article:published_time",
		// (JSON-LD comes here: ogPublishedKeys)
		"published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
		"publication_date", "publication-date", "date_published", "dc.date.issued", "dcterms.issued",
		"dc.date.published", "citation_publication_date", "citation_date", "prism.publicationdate",
		"parsely-pub-date", "sailthru.date", "article.published", "article_date_original",
		"cxenseparse:recs:publishtime", "originalpublicationdate", "bt:pubdate", "displaydate",
		"dc.date.created", "dcterms.created", "datecreated", "article.created", "created",
		"pub_date", "release_date", "dateposted",
	}
	// ogPublishedKeys is how many publishedKeys are OpenGraph's.
	ogPublishedKeys = 4
	// weakPublishedKeys name dates that are as often the last change or the
	// day the page was generated: they come after dates seen on the page.
	weakPublishedKeys = []string{"dc.date", "dcterms.date", "date", "dc:date"}
	modifiedKeys      = []string{
		"article:modified_time", "og:updated_time", "article:modified", "datemodified",
		"dc.date.modified", "dcterms.modified", "modified", "last-modified", "lastmod",
		"updated_time", "parsely-updated", "sailthru.updated", "revised", "dateupdated",
	}
)

// ploneEffective returns the start of the range of days a Plone page is
// valid in (DC.date.valid_range "2022/11/14 - " or "… - 2023/01/01"): the
// day it was published; zero when there is none.
func ploneEffective(m *metaInfo, p *dateParser) newslink.Date {
	for _, v := range m.meta["dc.date.valid_range"] {
		if start, _, ok := strings.Cut(v, " - "); ok {
			if d, ok := p.parseValue(strings.TrimSpace(start)); ok {
				return d
			}
		}
	}
	return newslink.Date{}
}

// ownPublishedMeta returns the content of the first meta tag (by key, in
// sorted order) whose key names a publication, upload, creation or
// release in the site's own words ("…:uploaded", "custom_publish_date"),
// and not a publisher, a change or an expiry; "" if none.
func ownPublishedMeta(m *metaInfo) string {
	var keys []string
	for k := range m.meta {
		if !strings.Contains(k, "publish") && !strings.Contains(k, "upload") && !strings.Contains(k, "created") && !strings.Contains(k, "release") {
			continue
		}
		if strings.Contains(k, "modif") || strings.Contains(k, "update") || strings.Contains(k, "expir") || strings.Contains(k, "revis") || strings.Contains(k, "publisher") {
			continue
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, v := range m.meta[k] {
			if v != "" {
				return v
			}
		}
	}
	return ""
}

// excludedArea reports whether n lies in a part of the page whose dates
// are not the article's: comments, related and most-read boxes, sidebars,
// footers and navigation. With strict false, only comments and related
// boxes count (for an element marked itemprop=datePublished, which sites
// put in "footer" lines of the article too).
func excludedArea(n *html.Node, strict bool, keep map[*html.Node]bool) bool {
	inArticle := false
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Article || p.DataAtom == atom.Main) {
			inArticle = true
			break
		}
	}
	for p := n; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Footer, atom.Nav:
			if strict {
				return true
			}
		case atom.Aside:
			if strict && !inArticle {
				return true
			}
		case atom.Body, atom.Html:
			return false
		}
		ci := classID(p)
		if ci == "" || keep[p] {
			continue
		}
		if excludedAreaClass(ci) {
			return true
		}
		if strict {
			for _, w := range []string{"footer", "teaser", "more-", "weitere"} {
				if strings.Contains(ci, w) {
					return true
				}
			}
		}
	}
	return false
}

// dateValue returns the machine-readable date of an element: its
// datetime or content attribute, else its text.
func dateValue(n *html.Node) string {
	if v := attr(n, "datetime"); v != "" {
		return v
	}
	if v := attr(n, "title"); v != "" && n.DataAtom == atom.Abbr {
		return v // hAtom: <abbr class="published" title="2015-08-11T07:00:00-07:00">7:00 AM</abbr>
	}
	if v := attr(n, "content"); v != "" {
		return v
	}
	return textOf(n)
}

// timeValue reads the date of a <time> element: its machine value, or,
// for one without a datetime attribute, the date its text writes in
// words ("<time>24 junio, 2024</time>").
func (p *dateParser) timeValue(n *html.Node) (newslink.Date, bool) {
	if d, ok := p.parseValue(dateValue(n)); ok {
		return d, true
	}
	if attr(n, "datetime") != "" || attr(n, "content") != "" {
		return newslink.Date{}, false
	}
	if t, short := shortTextOf(n, 80); short {
		return p.findText(t)
	}
	return newslink.Date{}, false
}

// todayClass reports whether a class/id string marks the day's date that
// a site's masthead or top bar shows on every page ("header-date",
// "today", "current-date"): the day of the visit, not the article's.
func todayClass(ci string) bool {
	for _, w := range []string{"header-date", "headerdate", "header_date", "masthead", "today", "current-date", "currentdate",
		"current_date", "top-date", "topbar-date", "top-bar-date", "site-date", "date-now", "fecha-hoy", "fechahoy", "fecha_hoy", "heute",
		"nav-bar-date", "navbar-date", "nav-date", "nav__date", "top_date",
		// the top bar's date of tagDiv's Newspaper theme for WordPress
		"td_data_time"} {
		if strings.Contains(ci, w) {
			return true
		}
	}
	// The site header's date in BEM classes ("dm-header__date",
	// "site-header__date"), not an article's or a release's header's
	// ("article-header__date", "fgat-press-release-header__date"); a top
	// bar's date in one word ("datatop", "topdate").
	for _, c := range strings.Fields(ci) {
		for _, w := range []string{"date", "data", "fecha", "datum"} {
			if rest, ok := strings.CutPrefix(c, w); ok && topBar(rest) || strings.HasSuffix(c, w) && topBar(strings.TrimSuffix(c, w)) {
				return true
			}
		}
		i := strings.Index(c, "header")
		if i < 0 || !strings.Contains(c[i:], "date") && !strings.Contains(c[i:], "fecha") && !strings.Contains(c[i:], "datum") {
			continue // "ce-header_fecha" too
		}
		switch site := strings.Trim(c[:i], "-_"); site {
		case "", "site", "top", "main", "global", "masthead", "nav":
			return true
		case "article", "post", "entry", "story", "content", "item", "news", "release", "page", "single", "blog":
		default:
			if !strings.ContainsAny(site, "-_") {
				return true // a site's or a network's name: "dm-header__date", "amedia-header__date"
			}
		}
	}
	return false
}

// topBar reports whether a class name's part, once a date word is cut
// from it, names the bar at the top of every page ("top", "topbar"), the
// masthead ("testata") or the day of the visit ("oggi", "hoje": today).
func topBar(rest string) bool {
	switch strings.Trim(rest, "-_") {
	case "top", "topbar", "top-bar", "top_bar", "topo", "kopf", "kopfzeile", "strip": // Portuguese "data_topo", German "kopfdatum", "dateStrip": the page head's date
		return true
	case "testata", "cabecera", "cabecalho": // the masthead: Italian "data_testata", Spanish "fecha-cabecera"
		return true
	case "oggi", "hoje", "hoy", "aujourdhui", "vandaag", "dzisiaj", "idag": // "today": Italian "data-oggi", Portuguese "data-hoje"
		return true
	}
	return false
}

// dateHint reports whether a class/id string suggests a date or byline.
func dateHint(ci string) bool {
	return dateHintSet.in(ci)
}

// dateHintSet is the parts of class names that dateHint looks for, as a
// set one pass over a class finds (it runs on every element).
var dateHintSet = newSubstrings("date", "time", "publish", "posted", "byline", "meta", "dateline", "stamp", "datum", "info", "author",
	"zeit", "entry-header", "article-header", "post-header", "fecha", "data", "updated", "submitted", "created")

// dates finds the publication and modification dates. Published, in
// order: JSON-LD, meta tags, itemprop datePublished, a date in the URL
// path, <time> elements outside comments and related boxes, dates written
// in bylines and date lines, then a date written just after the headline.
// A date after the fetch time or before minYear is never used; a
// modification date before the publication date is dropped.
func dates(m *metaInfo, p *dateParser, pageURL, canonical string, body, h1 *html.Node) (newslink.Date, newslink.Date) {
	var pub, mod newslink.Date
	try := func(d *newslink.Date, v string) bool {
		if !d.IsZero() || v == "" {
			return !d.IsZero()
		}
		if x, ok := p.parseValue(v); ok {
			*d = x
			return true
		}
		return false
	}
	try(&mod, m.ld.modified)
	for _, k := range modifiedKeys {
		for _, v := range m.meta[k] {
			try(&mod, v)
		}
	}
	// OpenGraph's article:published_time first, then JSON-LD, then the
	// other meta tags.
	found := false
	for i, k := range publishedKeys {
		if i == ogPublishedKeys && !found {
			found = try(&pub, m.ld.published)
		}
		if found {
			break
		}
		if k == "dc.date.created" {
			// Plone's effective date, the start of the range the page is
			// valid in ("2022/11/14 - "), is its publication when the
			// draft was created on another day.
			if eff := ploneEffective(m, p); !eff.IsZero() {
				var created newslink.Date
				for _, v := range m.meta[k] {
					if try(&created, v) {
						break
					}
				}
				if created.IsZero() || created.Time.Format("2006-01-02") != eff.Time.Format("2006-01-02") {
					pub, found = eff, true
					break
				}
			}
		}
		for _, v := range m.meta[k] {
			if found = try(&pub, v); found {
				break
			}
		}
	}
	if !found {
		if v := m.first("parsely-page"); v != "" {
			if i := strings.Index(v, `"pub_date"`); i >= 0 {
				found = try(&pub, strings.Trim(v[i+10:], ` :"`))
			}
		}
	}
	// itemprop dates in the page.
	for _, n := range m.times {
		ip := strings.ToLower(attr(n, "itemprop"))
		if ip == "" {
			// RDFa: property="schema:datePublished".
			ip = strings.ToLower(attr(n, "property"))
			if i := strings.LastIndexByte(ip, ':'); i >= 0 {
				ip = ip[i+1:]
			}
			if ip == "date" || ip == "created" {
				ip = "datecreated"
			}
		}
		switch {
		case ip == "datemodified":
			try(&mod, dateValue(n))
		case !found && (ip == "datepublished" || ip == "datecreated") && !excludedArea(n, false, p.keep):
			found = try(&pub, dateValue(n))
		}
	}
	if !found {
		for _, u := range []string{pageURL, canonical} {
			if d, ok := p.urlDate(u); ok {
				pub, found = d, true
				break
			}
		}
		if found && body != nil {
			// A CMS writes the day a story was started into its URL; the
			// page's own "Posted: Wednesday, 03/12/2025 5:58 AM" a day
			// later is the day it was published (its day only: a clock
			// time read from the text names no zone).
			var shown newslink.Date
			if v := p.phrase(body); v != "" && !p.memo.phraseUpd && try(&shown, v) && shown.Time.Format(time.DateOnly) == pub.Time.AddDate(0, 0, 1).Format(time.DateOnly) {
				pub = newslink.Day(shown.Time.Date())
			}
		}
	}
	if !found {
		// <time> elements: one marked as the publication first, then the
		// first that is not an update.
		var first *html.Node
		var firstDate newslink.Date
		live := isLive(m)
		for _, n := range m.times {
			if n.DataAtom != atom.Time || excludedArea(n, true, p.keep) {
				continue
			}
			ci := classID(n)
			if hasAttr(n, "pubdate") || strings.Contains(ci, "publish") || strings.Contains(ci, "entry-date") || strings.Contains(ci, "post-date") {
				if found = try(&pub, dateValue(n)); found {
					break
				}
			}
			if strings.Contains(ci, "updated") || strings.Contains(ci, "modified") || updatedTime(n) {
				try(&mod, dateValue(n))
				continue
			}
			if d, ok := p.timeValue(n); ok {
				if first == nil {
					first, firstDate = n, d
				} else if live && d.Before(firstDate) {
					// A ticker lists its entries newest first: it began
					// with the earliest.
					first, firstDate = n, d
				}
			}
		}
		if !found && first != nil {
			if found = try(&pub, dateValue(first)); !found {
				pub, found = firstDate, true // a <time> that writes its date in words alone
			}
		}
	}
	if !found && body != nil {
		if v := p.phrase(body); v != "" && p.memo.phraseUpd {
			// "Stand: 02.09.2024", the state of the page: a date the
			// byline's element shows ("Datum 14.08.2024") first.
			found = try(&pub, p.byline(body))
			if !found && h1 != nil {
				if d, ok := p.near(h1); ok && (p.memo.nearUpd.IsZero() || !d.Time.Equal(p.memo.nearUpd.Time)) {
					pub, found = d, true // a bare date line under the headline: "24.10.2024"
				}
			}
			if !found {
				found = try(&pub, v)
			}
		} else {
			found = try(&pub, v)
		}
	}
	if !found && body != nil {
		found = try(&pub, p.byline(body))
	}
	for _, k := range weakPublishedKeys {
		if found {
			break
		}
		for _, v := range m.meta[k] {
			if found = try(&pub, v); found {
				break
			}
		}
	}
	if !found && h1 == nil && len(m.h1s) > 0 {
		h1 = m.h1s[0]
	}
	if !found && h1 != nil {
		if d, ok := p.near(h1); ok {
			pub, found = d, true
		}
	}
	if _, off := pub.Time.Zone(); found && !pub.DayOnly && off == 0 {
		// The page may write the same instant with its local offset, in a
		// <time> or an itemprop date: that is the day readers see.
		for _, n := range m.times {
			if d, ok := p.parseValue(dateValue(n)); ok && !d.DayOnly && d.Time.Equal(pub.Time) {
				if _, o := d.Time.Zone(); o != 0 {
					pub = d
					break
				}
			}
		}
	}
	if _, off := pub.Time.Zone(); found && !pub.DayOnly && off == 0 {
		// Metadata often gives the instant in UTC, while the day a reader
		// sees is local: a day in the URL or in a byline wins when a time
		// zone within ten hours of UTC makes the instant fall on it.
		const layout = "2006-01-02"
		// Pages in languages spoken only east of Greenwich are never a day
		// behind UTC.
		// Nor are pages under a country domain there.
		back := -10 * time.Hour
		if aheadAtLeast(p.lang) > 0 || notBehindUTC(pageURL) {
			back = 0
		}
		near := func(d altDate) bool {
			day := d.Time.Format(layout)
			b := back
			if d.URL {
				// A day in the URL is often the day the story was started;
				// it moves the instant only as far as the clocks of the
				// Americas' main zones (UTC-8) reach.
				b = max(back, -8*time.Hour)
			}
			return pub.Time.Format(layout) != day && (pub.Time.Add(b).Format(layout) == day || pub.Time.Add(max(aheadAtMost(p.lang), farEast(pageURL, p.lang, pub.Time))).Format(layout) == day)
		}
		var alts []altDate
		confirmed := false
		for _, u := range []string{pageURL, canonical} {
			if d, ok := p.urlDate(u); ok {
				alts = append(alts, altDate{Date: d, URL: true})
				// In the Americas a CMS writes the UTC day into the URL
				// (Arc's "/2019/07/24/" for 01:41Z): it confirms that day
				// only where the byline does not show the day before.
				confirmed = d.Time.Format(layout) == pub.Time.Format(layout) && !americasEvening(pageURL, pub, p, body)
				break
			}
		}
		// A live blog shows its last entry's day: no evidence of the day
		// it began.
		live := isLive(m)
		if !confirmed && !live {
			// The instant shown in its local day by a <time> that gives it
			// (<time datetime="2023-03-13T21:40:00+00:00">March 14, 2023
			// 00:40</time>).
			for _, n := range m.times {
				if !p.shownTime(n) {
					continue
				}
				if d, ok := p.parseValue(attr(n, "datetime")); !ok || !d.Time.Equal(pub.Time) {
					continue
				}
				if d, ok := p.findText(textOf(n)); ok {
					alts = append(alts, altDate{Date: d})
				}
			}
		}
		// An update's day, where no other date is shown ("Updated: Nov 5,
		// 2021"), is no evidence of the day the story first appeared.
		isUpd := func(d, upd newslink.Date) bool { return !upd.IsZero() && d.Time.Equal(upd.Time) }
		if body != nil && !confirmed && !live {
			for i, v := range []string{p.phrase(body), p.byline(body)} {
				if d, err := newslink.ParseDate(v); err == nil && !d.IsZero() && !(i == 1 && isUpd(d, p.memo.bylineUpd)) {
					alts = append(alts, altDate{Date: d})
				}
			}
		}
		if h1 != nil && !confirmed && !live {
			if d, ok := p.near(h1); ok && !isUpd(d, p.memo.nearUpd) {
				alts = append(alts, altDate{Date: d})
			}
		}
		moved := false
		for _, d := range alts {
			if near(d) {
				pub, moved = d.Date, true
				break
			}
		}
		if ahead := aheadAtLeast(p.lang); !moved && ahead > 0 {
			// Where the page's language is written, clocks are at least
			// this far ahead of UTC: 23:00Z is already the next day in
			// Germany, 19:10Z in India. Written at that offset, the
			// instant is the same.
			if europeanSummer(p.lang, pub.Time) {
				ahead += time.Hour // 22:00Z in July is midnight in Berlin
			}
			if local := pub.Time.In(time.FixedZone("", int(ahead/time.Second))); local.Format(layout) != pub.Time.Format(layout) {
				pub = newslink.Instant(local)
			}
		}
	}
	if pub.DayOnly {
		// A day from the URL or text: take the clock time from a <time>
		// or itemprop element of the same day.
		for _, n := range m.times {
			if excludedArea(n, false, p.keep) {
				continue
			}
			if d, ok := p.parseValue(dateValue(n)); ok && !d.DayOnly && d.Time.Format("2006-01-02") == pub.Time.Format("2006-01-02") {
				pub = d
				break
			}
		}
	}
	if !found && m.scriptPub != "" {
		// Pages rendered by scripts name the date in their JSON state.
		found = try(&pub, m.scriptPub)
	}
	if !found {
		// A <time> the stricter search left out (in a sidebar or a footer
		// line), but never one in comments or related boxes.
		for _, n := range m.times {
			if n.DataAtom == atom.Time && !excludedArea(n, false, p.keep) && !listedStory(n) {
				if found = try(&pub, dateValue(n)); found {
					break
				}
			}
		}
	}
	if !found {
		// A meta tag of the site's own vocabulary that names the
		// publication or upload ("five_hundred_pixels:uploaded",
		// "nv:publish_date"), in order of the keys' names.
		found = try(&pub, ownPublishedMeta(m))
	}
	if !found {
		// Last resort: a date in the description, or in the page's title
		// ("Pressemitteilung vom 14.10.2016: …").
		for _, v := range []string{m.first("description", "og:description"), m.title} {
			if d, ok := p.findText(v); v != "" && ok {
				pub, found = d, true
				break
			}
		}
	}
	if !pub.IsZero() && !mod.IsZero() && body != nil {
		// A page that shows readers its modification date as the article's
		// date, and nowhere its first publication, is dated as it shows
		// (an evergreen page refreshed months later); not one that labels
		// it an update within a week of the publication ("Updated on Jan
		// 05, 2025 02:32 PM IST" under a story of the night before): a
		// news story's revision.
		const layout = "2006-01-02"
		md, pd := mod.Time.Format(layout), pub.Time.Format(layout)
		if md != pd && mod.Time.After(pub.Time) {
			vis := []string{p.phrase(body), p.byline(body)}
			if h1 != nil {
				if d, ok := p.near(h1); ok {
					vis = append(vis, d.String())
				}
			}
			showsMod, showsPub := false, false
			for _, v := range vis {
				if len(v) >= 10 {
					showsMod = showsMod || v[:10] == md
					showsPub = showsPub || v[:10] == pd
				}
			}
			// A <time> the page shows that holds the publication's day
			// in its datetime shows it too, however its text puts it
			// ("vor 3 Jahren").
			if showsMod && !showsPub && !p.showsDay(body, pd) && !isLive(m) && !timeShowsDay(m, p, pd) && !reviewedOnly(body) && !(mod.Time.Sub(pub.Time) < 7*24*time.Hour && p.showsUpdateDay(body, md)) {
				pub = mod
			}
		}
	}
	if mod.IsZero() && !pub.IsZero() {
		// The byline or the line under the headline that dated the article
		// also shows an update ("Aktualisiert am …"): that is the
		// modification date. When it was the only date shown, it is the
		// publication date too (the best guess: on the dev data, every such
		// page's annotated date is that day).
		day := pub.Time.Format("2006-01-02")
		if h1 != nil && !p.memo.nearDone {
			// The line under the headline, when another source dated the
			// page ("Published: 12 March 2024 | Updated: 13 March 2024").
			p.near(h1)
		}
		switch {
		case p.memo.bylineDone && !p.memo.bylineUpd.IsZero() && strings.HasPrefix(p.memo.byline, day):
			mod = p.memo.bylineUpd
		case p.memo.nearDone && !p.memo.nearUpd.IsZero() && p.memo.nearOK && p.memo.near.Time.Format("2006-01-02") == day:
			mod = p.memo.nearUpd
		}
		if !mod.IsZero() && mod.Time.Format("2006-01-02") == day {
			mod = pub // the same day: the publication's clock time, if known
		}
	}
	if !pub.IsZero() && body != nil && !isLive(m) {
		// The day the article's date line or byline shows readers wins
		// over a metadata day within three days of it that the page never
		// shows and its URL does not confirm: a CMS's creation or
		// indexing date, a day off by a time zone the rules above do not
		// know. (Not the line near the headline: an embedded post's date
		// may be the first there.)
		const layout = "2006-01-02"
		pd := pub.Time.Format(layout)
		var shown []newslink.Date
		for _, v := range []string{p.phrase(body), p.byline(body)} {
			if d, err := newslink.ParseDate(v); err == nil && !d.IsZero() {
				shown = append(shown, d)
			}
		}
		confirmed := false
		for _, d := range shown {
			confirmed = confirmed || d.Time.Format(layout) == pd
		}
		for _, u := range []string{pageURL, canonical} {
			if d, ok := p.urlDate(u); ok && d.Time.Format(layout) == pd {
				confirmed = true
			}
		}
		if !confirmed && len(shown) > 0 && !p.showsDay(body, pd) {
			d := shown[0]
			const near = 4 * 24 * time.Hour
			if gap := d.Time.Sub(pub.Time); gap < near && gap > -near && (mod.IsZero() || d.Time.Format(layout) != mod.Time.Format(layout)) {
				pub = d
			}
		}
		// Metadata that gives the last update as the publication: the
		// byline shows that day as the update ("Veröffentlicht: 12.02.2026
		// | Aktualisiert: 13.02.2026") and an earlier publication.
		// (Or in the line under the headline: "Aktualizacja: 13 listopada
		// 2024 · Opublikowano: 12 listopada 2024".) The publication may
		// be years before the update: "Publicado em 03/09/2014 · Atualizado
		// em 22/08/2019" on a page a new CMS dated by its migration.
		earlier := func(d newslink.Date) bool {
			return !d.IsZero() && d.Time.Before(pub.Time) && d.Time.Format(layout) != pd
		}
		var shownPub newslink.Date
		if upd := p.memo.bylineUpd; !confirmed && !upd.IsZero() && upd.Time.Format(layout) == pd {
			if d, err := newslink.ParseDate(p.byline(body)); err == nil {
				shownPub = d
			}
		}
		if !earlier(shownPub) && !confirmed && h1 != nil {
			if d, ok := p.near(h1); ok && !p.memo.nearUpd.IsZero() && p.memo.nearUpd.Time.Format(layout) == pd {
				shownPub = d
			}
		}
		if earlier(shownPub) {
			if mod.IsZero() {
				mod = pub
			}
			pub = shownPub
		}
	}
	if !pub.IsZero() && body != nil {
		// "Editor's note: Originally published March 3, 2019. This story
		// has been updated": the metadata and the byline date the update,
		// the note the first publication.
		if d, ok := originalDate(body, p); ok && d.Time.Before(pub.Time) && d.Time.Format("2006-01-02") != pub.Time.Format("2006-01-02") {
			if mod.IsZero() {
				mod = pub
			}
			pub = d
		}
	}
	if eventDay(m, pub) {
		pub = newslink.Date{}
	}
	if !pub.IsZero() && !mod.IsZero() && mod.Before(pub) {
		mod = newslink.Date{}
	}
	return pub, mod
}

// timeShowsDay reports whether a <time> element of the page, outside
// comments and related boxes and not hidden, gives day (YYYY-MM-DD) in
// its datetime while its text says no date ("vor 3 Jahren", "2 days
// ago").
func timeShowsDay(m *metaInfo, p *dateParser, day string) bool {
	for _, n := range m.times {
		if !p.shownTime(n) {
			continue
		}
		if d, ok := p.parseValue(attr(n, "datetime")); ok && d.Time.Format("2006-01-02") == day && !hasYear(textOf(n)) {
			return true
		}
	}
	return false
}

// shownTime reports whether n is a <time> element a reader sees as the
// article's: outside comments and related boxes, not hidden.
func (p *dateParser) shownTime(n *html.Node) bool {
	return n.DataAtom == atom.Time && !excludedArea(n, true, p.keep) && !isHidden(n)
}

// eventDay reports whether d, read from a page that states no
// publication in its metadata, is the day an event of its JSON-LD starts
// or ends: the page of a concert or an exhibition, whose text dates the
// event, not the page.
func eventDay(m *metaInfo, d newslink.Date) bool {
	if d.IsZero() || m.ld.published != "" || !slices.Contains(m.ld.eventDays, d.Time.Format("2006-01-02")) || isLive(m) {
		return false // a ticker of the match is written on its day
	}
	for _, k := range publishedKeys {
		if len(m.meta[k]) > 0 {
			return false
		}
	}
	return true
}

// bylineDate returns the text of the first date found in an element whose
// class or id suggests a date line or byline, outside excluded areas.
func bylineDate(body *html.Node, p *dateParser) string {
	var out string
	var fallback, fallbackUpd newslink.Date
	// inArticle: inside an <article> or <main>; inStory: inside an
	// <article>, where a "sidebar" is the article's own column (in <main>
	// it may be the page's, beside the article).
	var walk func(n *html.Node, inArticle, inStory bool) bool
	walk = func(n *html.Node, inArticle, inStory bool) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav:
				continue
			case atom.Aside:
				if !inArticle {
					continue
				}
			case atom.Footer:
				// The page's footer and a teaser's hold no byline; an
				// article's own (a blog post's "post-footer") may.
				if !inArticle || !footsArticle(c) {
					continue
				}
			case atom.Header:
				// The page's header, outside the article and without its
				// headline, shows the day's date, not the article's.
				if !inArticle && len(selectAll(c, h1Sel)) == 0 {
					continue
				}
			case atom.Figure, atom.Figcaption:
				// A picture's caption dates the picture ("… on Monday,
				// Jan. 15, 2024"), unless the figure frames the headline.
				if len(selectAll(c, h1Sel)) == 0 {
					continue
				}
			}
			ci := classID(c)
			if ci != "" && !p.keep[c] && (excludedClassIn(ci, inStory) || otherTeaser(c, ci)) {
				continue
			}
			if ci != "" && dateHint(ci) && !todayClass(ci) && !listedStory(c) {
				for _, k := range []string{"title", "data-date", "data-time", "data-timestamp", "data-published"} {
					if v := attr(c, k); v != "" {
						if d, ok := p.parseValue(v); ok {
							out = d.String()
							return true
						}
					}
				}
				t, short := shortTextOf(c, 300)
				if short && !isCopyright(t) {
					u := withoutUpdates(c)
					if u == "" && t != "" {
						// The element is itself the update ("updated
						// rich-snippet-hidden"): a date shown elsewhere
						// first, this one if none is.
						if fallback.IsZero() && fallbackUpd.IsZero() {
							if pub, upd, _, ok := p.findPubTextAt("", t); ok {
								fallback, fallbackUpd = pub, upd
							}
						}
						continue
					}
					if u != t {
						// An element marked as the update ("updated
						// rich-snippet-hidden") is not the byline's
						// publication: its other dates first.
						if pub, _, _, ok := p.findPubTextAt("", u); ok && !pub.IsZero() {
							if _, upd, _, ok := p.findPubTextAt("", t); ok {
								p.memo.bylineUpd = upd
							}
							out = pub.String()
							return true
						}
					}
					if pub, upd, _, ok := p.findPubTextAt("", t); ok {
						p.memo.bylineUpd = upd
						if pub.IsZero() {
							pub = upd // no other date: the best guess
						}
						out = pub.String()
						return true
					}
				}
			}
			if ci != "" && !isBlock(c.DataAtom) && bylineClass(ci) && c.Parent != nil && !todayClass(classID(c.Parent)) && !listedStory(c) {
				// The writer's name marked in a line of facts that no class
				// marks: "de <a class="autor">Andrei Munteanu</a> | Vineri, 14
				// noiembrie 2025, 08:15 | Citit: 2.341 ori".
				if t, short := shortTextOf(c.Parent, 200); short && hasYear(t) {
					if pub, upd, _, ok := p.findPubTextAt("", t); ok && !pub.IsZero() {
						p.memo.bylineUpd = upd
						out = pub.String()
						return true
					}
				}
			}
			if walk(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main, inStory || c.DataAtom == atom.Article) {
				return true
			}
		}
		return false
	}
	if !walk(body, false, false) && (!fallback.IsZero() || !fallbackUpd.IsZero()) {
		p.memo.bylineUpd = fallbackUpd
		if fallback.IsZero() {
			fallback = fallbackUpd // no other date: the best guess
		}
		out = fallback.String()
	}
	return out
}

// listedStory reports whether the date element n is an item's in a list
// of other stories (or n is such an item): the list item around it (n
// itself or one of its two parents) also holds a link, and the list links
// to a story by its title ("<li><span class=datum>11.03.2008</span>
// <a>Sperrung der Ortsdurchfahrt …</a></li>" in a sidebar's latest news,
// whatever its class; a title in Chinese may be shorter than a headline
// link's 25 characters, its neighbours' not all). A list may be written
// in <div>s: three or more siblings of one tag and class ("<div
// class="news-latest-item">"), or in a table's short rows, each linking
// its story by the title.
func listedStory(n *html.Node) bool {
	for el, up := n, 0; el != nil && up < 3; el, up = el.Parent, up+1 {
		if el.DataAtom == atom.Li || divItem(el) {
			return len(selectAll(el, linkSel)) > 0 && el.Parent != nil && hasHeadlineLink(el.Parent, 0)
		}
		if el.DataAtom == atom.Tr {
			// A table's row of latest news ("<tr><td><span
			// class=fecha>06/02/2006</span><br><a>Comienzan las obras
			// …</a></td></tr>"): short, and it links a story by its title.
			// (A layout's row holds the page: no more of it is read than
			// its length takes to tell.)
			return textShorter(el, 300) && hasHeadlineLink(el, 0)
		}
	}
	return false
}

// stampAbove returns the date of the last line of text before a
// headline, when that line holds only a date and a time ("12.04.2011
// 10:34", a news plugin's box beside the headline).
func (p *dateParser) stampAbove(before string) (newslink.Date, bool) {
	lines := strings.Split(strings.TrimRight(before, " "), "  ")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		if !dateLineOnly(strings.ToLower(l)) {
			return newslink.Date{}, false
		}
		return p.findText(l)
	}
	return newslink.Date{}, false
}

// shortYearOpenRe is the opening of a line with a dotted date of a
// two-digit year and a clock time: "17.11.11 19:30 Alter: 2 Jahr(e)
// Kategorie: …".
var shortYearOpenRe = regexp.MustCompile(`^[0-3]?[0-9]\.[01]?[0-9]\.[0-9]{2},?\s+[0-2]?[0-9][:.][0-5][0-9]\b`)

// divItem reports whether el is an item of a list written in <div>s: a
// short one (under 300 characters), and it and two or more of its
// siblings are <div>s of the same class but for the words that number
// the items or alternate them ("event upcoming even first cal_1" and
// "event upcoming odd cal_1"; not a layout's "container _cols--1" and
// "container _options").
func divItem(el *html.Node) bool {
	raw := attr(el, "class")
	if el.DataAtom != atom.Div || raw == "" || el.Parent == nil {
		return false
	}
	// Cheap first: the class as written; the words that number or
	// alternate items are taken out only of a class that has such a word.
	cls := raw
	if alternating(raw) {
		cls = itemClass(raw)
	}
	same := 0
	for c := el.Parent.FirstChild; c != nil && same < 3; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Div {
			if o := attr(c, "class"); o == raw || o != "" && alternating(o) && itemClass(o) == cls {
				same++
			}
		}
	}
	return same >= 3 && trimmedLen(textOf(el)) < 300
}

// alternating reports whether class attribute c may hold a word that
// numbers or alternates a list's items (itemClass): a digit, "odd",
// "even", "first" or "last".
func alternating(c string) bool {
	return strings.ContainsAny(c, "0123456789") || strings.Contains(c, "odd") || strings.Contains(c, "even") ||
		strings.Contains(c, "first") || strings.Contains(c, "last")
}

// itemClass returns class attribute c without the words that number or
// alternate a list's items: "even", "odd", "first", "last" and words
// ending so ("views-row-odd"), and a word's numbered copy ("views-row-1"
// beside "views-row"; not "_cols--1", which names a layout).
func itemClass(c string) string {
	if !strings.ContainsAny(c, " \t\n") {
		return c
	}
	words := strings.Fields(c)
	keep := words[:0:0]
	for _, w := range words {
		l := strings.ToLower(w)
		switch {
		case strings.HasSuffix(l, "even"), strings.HasSuffix(l, "odd"), strings.HasSuffix(l, "first"), strings.HasSuffix(l, "last"):
			continue
		}
		if base := strings.TrimRight(w, "0123456789"); base != w && slices.Contains(words, strings.TrimRight(base, "-_")) {
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

// footsArticle reports whether footer f ends an article's text: the
// nearest <article> or <main> around it holds 400 characters or more (a
// teaser's holds its title).
func footsArticle(f *html.Node) bool {
	for a := f.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
			return len(textOf(a)) >= 400
		}
	}
	return false
}

// withoutUpdates returns the text of n without its elements whose class
// marks an update and not the publication ("updated", "modified"; not
// WordPress's "entry-date published updated").
func withoutUpdates(n *html.Node) string {
	return textWithout(n, func(n *html.Node) bool {
		ci := strings.ToLower(attr(n, "class"))
		return (strings.Contains(ci, "updated") || strings.Contains(ci, "modified")) && !strings.Contains(ci, "publish") && !strings.Contains(ci, "entry-date")
	})
}

// otherTeaser reports whether n, of class/id string ci, is a teaser of
// another article: a teaser class on a link of a headline's length, or
// on an element holding one, and no h1 (some pages class their own
// header as a teaser).
func otherTeaser(n *html.Node, ci string) bool {
	if !teaserClass(ci) {
		return false
	}
	if !(n.DataAtom == atom.A && utf8.RuneCountInString(textOf(n)) >= 25) && !hasHeadlineLink(n, 0) {
		return false
	}
	return len(selectAll(n, h1Sel)) == 0
}

// excludedAreaClass reports whether a class/id string marks comments,
// related or most-read boxes, sidebars or widgets.
func excludedAreaClass(ci string) bool {
	if !excludedAreaSet.in(ci) {
		return false
	}
	if strings.Contains(ci, "elementor-widget") || strings.Contains(ci, "widget-span") {
		// Elementor wraps every part of a page in "elementor-widget-…"
		// (the post's own date: "elementor-widget-post-info"), HubSpot's
		// templates every cell of their grid in "widget-span
		// widget-type-…" (the post: "widget-type-blog_content"): a
		// builder's element, no sidebar widget.
		var kept []string
		for _, w := range strings.Fields(ci) {
			if !strings.HasPrefix(w, "elementor-widget") && w != "widget-span" && !strings.HasPrefix(w, "widget-type-") {
				kept = append(kept, w)
			}
		}
		if ci = strings.Join(kept, " "); !excludedAreaSet.in(ci) {
			return false
		}
	}
	if opinionGenreSet.in(ci) {
		// A live commentary's stream and its reporters' line
		// ("lx-commentary__meta-reporter"), an opinion column
		// ("tonal--tone-comment section-commentisfree" around its
		// headline): not readers' comments.
		for _, g := range opinionGenres {
			ci = strings.ReplaceAll(ci, g, "")
		}
		return excludedAreaSet.in(ci)
	}
	return true
}

// opinionGenres are the class parts that name a piece of commentary or
// opinion, the article's genre, with the word "comment" in them.
var opinionGenres = []string{"commentary", "tone-comment", "tone--comment", "commentisfree"}

// opinionGenreSet finds opinionGenres in one pass.
var opinionGenreSet = newSubstrings(opinionGenres...)

var excludedAreaSet = newSubstrings("comment", "related", "sidebar", "popular", "recommend", "widget", "mostread", "most-read", "reply", "respond", "disqus", "copyright", "similar", "trackback", "meistgelesen", "empfehl", "kommentar", "comentario", "commento", "komentar", "reactie", "condolenc", "guestbook", "gästebuch", "kondolenz", "tribute-wall", "tribute-item", "tribute-list",
	// comment areas of the Central European papers ("story-community", "diskuse"),
	// the replies other sites sent a blog post ("webmentions")
	"story-community", "diskus", "hozzaszol", "kommentti", "forum-", "webmention")

// excludedClassIn is excludedAreaClass for an element inside an article
// (inArticle) or not: inside one, a "sidebar" is the article's own column
// of facts, dates and credits.
func excludedClassIn(ci string, inArticle bool) bool {
	if inArticle && strings.Contains(ci, "sidebar") {
		return excludedAreaClass(strings.ReplaceAll(ci, "sidebar", ""))
	}
	return excludedAreaClass(ci)
}

// showsDay reports whether the page's text shows the day (YYYY-MM-DD)
// written in any form findText reads, other than a machine timestamp
// (machineStamp). Every form writes the year in
// full, so only the text around each occurrence of the year is read: the
// date patterns run over a few dozen bytes at a time, not over the page
// (which took a tenth of a run's CPU).
func (p *dateParser) showsDay(body *html.Node, day string) bool {
	return p.showsDayAfter(body, day, nil)
}

// showsUpdateDay reports whether the page's text shows the day as an
// update's, after one of updateLabels ("Updated on Jan 05, 2025 02:32 PM
// IST").
func (p *dateParser) showsUpdateDay(body *html.Node, day string) bool {
	return p.showsDayAfter(body, day, func(before string) bool {
		before = strings.ToLower(before)
		return slices.ContainsFunc(updateLabels, func(l string) bool { return strings.Contains(before, l) })
	})
}

// showsDayAfter is showsDay for the occurrences whose preceding 30 bytes
// of text the label test accepts (any, if it is nil).
func (p *dateParser) showsDayAfter(body *html.Node, day string, label func(before string) bool) bool {
	if len(day) < 10 {
		return false
	}
	var b strings.Builder
	appendTextLimit(&b, body, 50_000) // bounded work: the article's dates are near its top
	text := b.String()
	year := day[:4]
	for i, n := 0, 0; n < 200; n++ {
		j := strings.Index(text[i:], year)
		if j < 0 {
			return false
		}
		at := i + j
		// The longest form ("September 30th, 2015") puts about 25 bytes
		// before the year; an ISO time zone about 20 after it.
		ws, we := max(0, at-40), min(len(text), at+30)
		for k := 0; k < 4 && ws < we; k++ {
			d, off, ok := p.findTextAt(text[ws:we])
			if !ok {
				break
			}
			start := ws + off
			if d.String()[:10] == day && !machineStamp(text[start:we]) && (label == nil || label(text[max(0, start-30):start])) {
				return true
			}
			e := start + 1
			for e < we && text[e] >= '0' && text[e] <= '9' {
				e++
			}
			ws = e
		}
		i = at + 4
	}
	return false
}

// liveWords mark the title of a live blog or ticker.
var liveWords = []string{"live:", "live updates", "live blog", "liveblog", "live-blog", "liveticker",
	"live-ticker", "newsblog", "news-blog", "en direct", "en vivo", "ao vivo", "in diretta"}

// isLive reports whether the page is a live blog or ticker: JSON-LD says
// LiveBlogPosting, or its title says so.
func isLive(m *metaInfo) bool {
	if m.ld.live {
		return true
	}
	for _, t := range []string{m.title, m.first("og:title")} {
		l := strings.ToLower(t)
		for _, w := range liveWords {
			if strings.Contains(l, w) {
				return true
			}
		}
		if compoundTicker(l) {
			return true
		}
	}
	return false
}

// compoundTicker reports whether lower-cased title l names a ticker in a
// compound, as German does ("der Verkehrsticker", "Hochwasser-Ticker"),
// not a stock's "ticker" after a space.
func compoundTicker(l string) bool {
	for i := strings.Index(l, "ticker"); i > 0; {
		if r, _ := utf8.DecodeLastRuneInString(l[:i]); unicode.IsLetter(r) || r == '-' {
			return true
		}
		j := strings.Index(l[i+1:], "ticker")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// updatedTime reports whether a <time> element's text, or the text just
// before it in its parent, labels it as an update ("Updated: February
// 20, 2024").
func updatedTime(n *html.Node) bool {
	t := firstText(n, 3)
	if p := n.PrevSibling; p != nil && p.Type == html.TextNode {
		t = p.Data + t
	}
	if len(t) > 80 {
		t = t[:80]
	}
	l := strings.ToLower(t)
	for _, u := range updateLabels {
		if strings.HasPrefix(strings.TrimSpace(l), u) {
			return true
		}
	}
	return false
}

// reviewedOnly reports whether the page labels the date it shows as the
// day its facts were last reviewed ("Last reviewed: January 12, 2024",
// "Medically reviewed by …"), as health pages do: a check of a text first
// published earlier, not its publication.
func reviewedOnly(body *html.Node) bool {
	var b strings.Builder
	appendTextLimit(&b, body, 50_000)
	return reviewLabelSet.in(strings.ToLower(b.String()))
}

// reviewLabelSet finds the labels of a review's date.
var reviewLabelSet = newSubstrings("last reviewed", "reviewed on", "zuletzt geprüft", "letzte prüfung", "geprüft am", "medisch gecontroleerd", "dernière révision")

// updateLabels introduce the date of an update, not of the publication.
var updateLabels = []string{
	"updated", "update:", "last modified", "modified", "aktualisiert", "zuletzt geändert", "stand:",
	"mis à jour", "mise à jour", "actualizado", "actualización", "aggiornato", "bijgewerkt",
	"atualizado", "zaktualizowano", "обновлено",
	// the same in Polish, Czech, Slovak, the Nordic languages, Hungarian,
	// Catalan, Romanian, Greek, Ukrainian, Croatian and Serbian, Slovene
	// and Turkish
	"aktualizacja", "aktualizacji", "aktualizováno", "aktualizované", "päivitetty", "uppdaterad", "oppdatert", "opdateret",
	"frissítve", "actualitzat", "actualizat", "ενημερώθηκε", "оновлено", "ažurirano", "posodobljeno", "güncelleme", "güncellendi",
	"modifié", "aangepast", "gewijzigd", "modificato",
	// in Japanese and Chinese, in Korean
	"更新", "업데이트", "수정",
	// in Hindi, Bengali, Indonesian, Malay, Vietnamese and Thai
	"अपडेट", "আপডেট", "diperbarui", "dikemas kini", "cập nhật", "อัปเดต",
}

// machineStamp reports whether s starts with an ISO 8601 date and time
// ("2021-10-27T20:35:36"): microdata printed as text, which a reader is
// not shown as the article's date.
func machineStamp(s string) bool {
	return len(s) > 11 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[11] >= '0' && s[11] <= '9'
}

// altDate is a day that may be the local day of a UTC instant, and
// whether it was read from the URL.
type altDate struct {
	newslink.Date
	URL bool
}

// americasRegions are the country domains of the Americas, whose clocks
// are four to eight hours behind UTC.
var americasRegions = map[string]bool{"ar": true, "mx": true, "cl": true, "co": true, "pe": true, "ve": true, "uy": true,
	"py": true, "bo": true, "ec": true, "br": true, "gt": true, "cr": true, "pa": true, "do": true, "hn": true, "sv": true, "ni": true, "cu": true}

// americasEvening reports whether pub, an instant of the early UTC hours
// on a page under a country domain of the Americas, in a language of a
// region there ("es-AR", "es-419") or showing a time in a North American
// zone ("10:21 PM EST"), is the evening of the day before there and the
// byline or date phrase shows that day.
func americasEvening(pageURL string, pub newslink.Date, p *dateParser, body *html.Node) bool {
	_, region, _ := strings.Cut(strings.ToLower(p.lang), "-")
	if body == nil {
		return false
	}
	if _, off := pub.Time.Zone(); off != 0 || pub.Time.Hour() >= 8 {
		return false
	}
	if !americasRegions[countryDomain(pageURL)] && !americasRegions[region] && region != "419" && !americanClock(body) {
		return false
	}
	before := pub.Time.AddDate(0, 0, -1).Format("2006-01-02")
	for _, v := range []string{p.phrase(body), p.byline(body)} {
		if d, err := newslink.ParseDate(v); err == nil && !d.IsZero() && d.Time.Format("2006-01-02") == before {
			return true
		}
	}
	return false
}

// americanClockRe is a time shown with a North American zone ("10:21 PM
// EST", "9:05 a.m. CT").
var americanClockRe = regexp.MustCompile(`\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT)\b`)

// americanClock reports whether the page shows a time in a North American
// zone: a reader there sees the local day.
func americanClock(body *html.Node) bool {
	found := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.Contains(c.Data, ":") && americanClockRe.MatchString(c.Data) {
					found = true
				}
			case html.ElementNode:
				if c.DataAtom != atom.Script && c.DataAtom != atom.Style {
					walk(c)
				}
			}
		}
	}
	walk(body)
	return found
}

// aheadRegions are the country codes of countries whose clocks are never
// behind UTC, in Europe, Africa, Asia and Oceania, as country domains.
var aheadRegions = map[string]bool{
	"gb": true, "uk": true, "ie": true, "fr": true, "de": true, "at": true, "ch": true, "it": true,
	"es": true, "nl": true, "be": true, "lu": true, "dk": true, "se": true, "no": true,
	"fi": true, "pl": true, "cz": true, "sk": true, "hu": true, "ro": true, "bg": true, "gr": true,
	"tr": true, "ru": true, "ua": true, "in": true, "pk": true, "bd": true, "cn": true, "hk": true,
	"tw": true, "jp": true, "kr": true, "sg": true, "my": true, "id": true, "ph": true, "th": true,
	"vn": true, "au": true, "nz": true, "za": true, "ng": true, "ke": true, "eg": true, "il": true,
	"ae": true, "sa": true, "qa": true,
}

// notBehindUTC reports whether the page's host has the country domain of
// one of aheadRegions. (Not the region of the page's language: "es-ES" is
// the default of Spanish sites in the Americas too.)
func notBehindUTC(pageURL string) bool {
	return aheadRegions[countryDomain(pageURL)]
}

// countryDomain returns the last label of pageURL's host, lower-cased
// ("au" for "www.news.com.au"), or "" for a URL without a dotted host.
func countryDomain(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	i := strings.LastIndexByte(h, '.')
	if i < 0 {
		return ""
	}
	return h[i+1:]
}

// farEast returns how far ahead of UTC the clocks of south-eastern
// Australia (eleven hours in their summer, ten in winter) and New Zealand
// (thirteen, twelve) run at instant t, for a page under their country
// domains or in their English (en-AU, en-NZ); 0 for others. English
// pages elsewhere reach ten hours at most (aheadAtMost).
func farEast(pageURL, lang string, t time.Time) time.Duration {
	region := ""
	if _, r, ok := strings.Cut(strings.ToLower(lang), "-"); ok {
		region = r
	}
	if region == "" {
		region = countryDomain(pageURL)
	}
	t = t.UTC()
	// The season is counted from 16:00 UTC on the Sunday (about 02:00 or
	// 03:00 local time the next morning).
	const change = 16
	switch region {
	case "au":
		// Summer time in the south-east from the first Sunday of October
		// to the first Sunday of April.
		if t.Before(sunday(t.Year(), time.April, false, change)) || !t.Before(sunday(t.Year(), time.October, false, change)) {
			return 11 * time.Hour
		}
		return 10 * time.Hour
	case "nz":
		// From the last Sunday of September to the first Sunday of April.
		if t.Before(sunday(t.Year(), time.April, false, change)) || !t.Before(sunday(t.Year(), time.September, true, change)) {
			return 13 * time.Hour
		}
		return 12 * time.Hour
	}
	return 0
}

// aheadAtMost returns how far ahead of UTC the clocks run where a
// language is written: three hours (Eastern European summer time) for
// the languages of Europe's countries alone, ten for all others (Russian
// reaches Kamchatka, English New Zealand). A UTC instant moves to a later
// day only that far: 17:30Z is not the next day in Budapest.
func aheadAtMost(lang string) time.Duration {
	base, _, _ := strings.Cut(lang, "-")
	switch base {
	case "de", "it", "nl", "pl", "cs", "sk", "da", "sv", "nb", "nn", "no", "fi", "hu", "hr", "sl", "sr", "bs",
		"ro", "bg", "el", "uk", "tr", "he", "lt", "lv", "et", "sq", "mk", "is", "ca", "eu", "gl", "lb":
		return 3 * time.Hour
	}
	return 10 * time.Hour
}

// aheadAtLeast returns how far ahead of UTC the clocks run at least,
// winter and summer, everywhere a language is written: 0 where some of
// its writers are at or behind UTC (English, French, Spanish and
// Portuguese are written in the Americas too), so that a page in a
// language it gives more for is never a day behind UTC.
func aheadAtLeast(lang string) time.Duration {
	base, _, _ := strings.Cut(lang, "-")
	switch base {
	case "de", "it", "nl", "pl", "cs", "sk", "da", "sv", "nb", "no", "hu", "hr", "sl", "sr", "bs", "sq", "mk":
		return time.Hour
	case "fi", "ro", "bg", "el", "uk", "lt", "lv", "et", "he", "ru":
		return 2 * time.Hour
	case "tr":
		return 3 * time.Hour
	case "hy", "ka", "az":
		return 4 * time.Hour
	case "kk", "uz":
		return 5 * time.Hour
	case "ky":
		return 6 * time.Hour
	case "mn":
		return 7 * time.Hour // western Mongolia keeps UTC+7
	case "ur":
		return 5 * time.Hour
	case "hi", "mr", "ta", "si", "bn":
		return 5*time.Hour + 30*time.Minute
	case "ne":
		return 5*time.Hour + 45*time.Minute
	case "th", "vi", "id":
		return 7 * time.Hour
	case "zh":
		return 8 * time.Hour
	case "ja", "ko":
		return 9 * time.Hour
	}
	return 0
}

// europeanSummer reports whether t falls in the European Union's summer
// time (from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
// last Sunday of October) and lang is written only where the clocks keep
// it: the languages of aheadAtLeast's one- and two-hour zones, less
// Russian (no summer time since 2014) and Hebrew (Israel's own dates).
func europeanSummer(lang string, t time.Time) bool {
	base, _, _ := strings.Cut(lang, "-")
	switch base {
	case "de", "it", "nl", "pl", "cs", "sk", "da", "sv", "nb", "no", "hu", "hr", "sl", "sr", "bs", "sq", "mk",
		"fi", "ro", "bg", "el", "uk", "lt", "lv", "et":
	default:
		return false
	}
	t = t.UTC()
	return !t.Before(sunday(t.Year(), time.March, true, 1)) && t.Before(sunday(t.Year(), time.October, true, 1))
}

// sunday returns the first Sunday of month m in year y (the last with
// last) at hour UTC: where europeanSummer and farEast count the seasons
// of summer time from.
func sunday(y int, m time.Month, last bool, hour int) time.Time {
	d := time.Date(y, m, 1, hour, 0, 0, 0, time.UTC)
	if last {
		d = d.AddDate(0, 1, -1)
		return d.AddDate(0, 0, -int(d.Weekday()))
	}
	return d.AddDate(0, 0, (7-int(d.Weekday()))%7)
}

// isCopyright reports whether a text is a copyright line.
func isCopyright(t string) bool {
	l := strings.ToLower(t)
	return strings.Contains(l, "©") || strings.Contains(l, "copyright") || strings.Contains(l, "(c) ")
}

// phrase is phraseDate, computed once per page.
func (p *dateParser) phrase(body *html.Node) string {
	if !p.memo.phraseDone {
		p.memo.phrase, p.memo.phraseDone = phraseDate(body, p), true
	}
	return p.memo.phrase
}

// byline is bylineDate, computed once per page.
func (p *dateParser) byline(body *html.Node) string {
	if !p.memo.bylineDone {
		p.memo.byline, p.memo.bylineDone = bylineDate(body, p), true
	}
	return p.memo.byline
}

// near is dateNear, computed once per page (for its one headline).
func (p *dateParser) near(h1 *html.Node) (newslink.Date, bool) {
	if !p.memo.nearDone {
		p.memo.near, p.memo.nearOK = dateNear(h1, p)
		p.memo.nearDone = true
	}
	return p.memo.near, p.memo.nearOK
}

// datePhrases introduce a publication date in running text.
var datePhrases = append([]string{
	"veröffentlicht am", "veröffentlicht:", "veröffentlicht", "publiziert am", "erschienen am",
	"erstellt am", "published on", "published:", "published", "posted on", "posted:",
	"posted", "publié le", "publicado el", "publicado em", "pubblicato il", "gepubliceerd op",
	"datum:", "date:", "stand:", "online seit", "wurde am", "geschrieben am", "verfasst am",
	"artikel vom", "beitrag vom", "meldung vom", "bericht vom", "rezension vom", "kritik vom", "eingestellt am", "eingestellt:", "pressemitteilung vom", "pressemeldung vom", "presseinformation vom", "medienmitteilung vom", "erscheinungsdatum", "notizia del", "written on", "pubblicato",
	"publicado", "publié", "gepubliceerd", "mise en ligne", "en ligne le", "opublikowano", "data publikacji", "dodano:",
	// a press release's date line: "FOR IMMEDIATE RELEASE – April 9, 2019"
	"for immediate release",
}, publicationLabels...)

// publicationLabels are the word "published" in the Nordic and Baltic
// languages, Central and Eastern Europe's, Turkish, Greek and Indonesian:
// date phrases, and the end of a name a date's label runs into.
var publicationLabels = []string{"publiceret", "publisert", "publicerad", "publicerat", "julkaistu", "paskelbta", "publicēts",
	"avaldatud", "publikováno", "zveřejněno", "objavljeno", "објављено", "publicat", "közzétéve", "yayınlanma", "δημοσιεύθηκε",
	"опубліковано", "опубликовано", "публикувано", "diterbitkan", "dipublikasikan"}

// datePhraseSet is datePhrases as a set that one pass over a text tells
// holds none of them (most text nodes), before each is looked for.
var datePhraseSet = newSubstrings(datePhrases...)

// phraseDate returns the first date written after a phrase such as
// "Veröffentlicht am" or "Published on", outside comments and related
// boxes.
func phraseDate(body *html.Node, p *dateParser) string {
	var out, weak string
	visitDateTexts(body, p, func(c *html.Node) bool {
		t := c.Data
		if len(t) > 2000 {
			t = t[:2000]
		}
		if len(t) > 60 && !hasYear(t) {
			return false // neither a phrase alone nor a phrase with its date
		}
		lt := strings.ToLower(t)
		if d, ok := bylineAm(c, lt, p); ok {
			out = d.String()
			return true
		}
		if !datePhraseSet.in(lt) || c.Parent != nil && modifiedMark(classID(c.Parent)) {
			// "<p class="modDate">Stand: 14.05.2021</p>": a change's date.
			return false
		}
		for _, ph := range datePhrases {
			i := strings.Index(lt, ph)
			if i < 0 {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(lt[:i]); i > 0 && unicode.IsLetter(r) {
				continue // "Radiobeitrag vom" is not "Beitrag vom"
			}
			if i > 80 && len(t) > 150 {
				// Deep in a paragraph: a sentence or a reference
				// ("…, online veröffentlicht am 11.03.2024"), not the
				// line that dates the page.
				continue
			}
			rest := t[i+len(ph):]
			if len(strings.TrimSpace(rest)) < 6 {
				rest = readOn(c, ph, 6, "") // the date is in the next element
			}
			if len(rest) > 60 {
				rest = rest[:60]
			}
			d, at, ok := p.findTextAt(rest)
			ok = ok && at < 25
			if !ok {
				// The label's own date with a two-digit year: "eingestellt
				// am 03.09.18".
				if f := strings.Fields(strings.TrimLeft(rest, " :")); len(f) > 0 {
					d, ok = p.shortYearDate(strings.TrimRight(f[0], ",;)"))
				}
			}
			if ok && (ph == "datum:" || ph == "date:") {
				// A date's bare label may date what the page reports (a
				// call-out's "Datum: Samstag, 13.08.2011" in its facts): a
				// posting's label later on goes first.
				if weak == "" {
					weak = d.String()
				}
				break
			}
			if ok {
				out = d.String()
				p.memo.phraseUpd = slices.Contains(updateLabels, ph)
				return true
			}
		}
		return false
	})
	if out == "" {
		out = weak
	}
	return out
}

// modifiedMark reports whether class/id string ci marks the date of a
// change ("modDate", "last-modified", "date-updated"), and not also of the
// publication (WordPress's "entry-date published updated").
func modifiedMark(ci string) bool {
	return ci != "" && (strings.Contains(ci, "moddate") || strings.Contains(ci, "lastmod") || strings.Contains(ci, "last-mod") ||
		strings.Contains(ci, "modified") || strings.Contains(ci, "updated") || strings.Contains(ci, "lastupdate") ||
		strings.Contains(ci, "last-update") || strings.Contains(ci, "last_update")) &&
		!strings.Contains(ci, "publish") && !strings.Contains(ci, "entry-date") && !strings.Contains(ci, "post-date")
}

// visitDateTexts calls visit with each text node under body outside
// scripts, navigation, footers, comments and related boxes (excluded
// classes, unless the page keeps them), in document order, until visit
// returns true.
func visitDateTexts(body *html.Node, p *dateParser, visit func(*html.Node) bool) {
	var walk func(n *html.Node, inArticle bool) bool
	walk = func(n *html.Node, inArticle bool) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if visit(c) {
					return true
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Footer, atom.Nav:
					continue
				}
				if ci := classID(c); ci != "" && !p.keep[c] && excludedClassIn(ci, inArticle) {
					continue
				}
				if walk(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main) {
					return true
				}
			}
		}
		return false
	}
	walk(body, false)
}

// readOn returns what follows label in the text of text node c's nearest
// ancestor (of three) where min bytes or more besides white space (and
// the characters of cut) follow it: the date of a label set apart in an
// element of its own ("<dt>First published</dt><dd>21 Oct 2016</dd>").
func readOn(c *html.Node, label string, min int, cut string) string {
	rest := ""
	for up, el := 0, c.Parent; len(strings.TrimSpace(rest)) < min && up < 3 && el != nil; up, el = up+1, el.Parent {
		rest = textOf(el)
		if j := strings.Index(strings.ToLower(rest), label); j >= 0 {
			rest = strings.TrimLeft(rest[j+len(label):], cut)
		} else {
			rest = ""
		}
	}
	return rest
}

// originalLabels say that a page was first published on an earlier day
// than it is dated now: a story updated and dated anew.
var originalLabels = []string{"originally published", "first published", "originally posted", "ursprünglich erschienen",
	"ursprünglich veröffentlicht", "zuerst erschienen", "erstmals erschienen", "erstmals veröffentlicht", "publié initialement",
	"initialement publié", "publicado originalmente", "publicado originariamente", "pubblicato originariamente",
	"oorspronkelijk gepubliceerd", "første gang publisert", "først publisert", "første gang publiceret", "først publiceret",
	"publicerades första gången", "först publicerad"}

// originalLabelSet is originalLabels as a set, for one pass over a text.
var originalLabelSet = newSubstrings(originalLabels...)

// originalDate returns the day a note in the article gives as its first
// publication: an originalLabel that opens a sentence or a note ("Editor's
// note: This story was originally published on March 3, 2019"), the date
// right after it. A label followed by a publication's name ("originally
// published in The Atlantic") dates a copy's source, and one inside a
// sentence ("the report, first published on …") another text: neither
// counts. Comments and related boxes are not read.
func originalDate(body *html.Node, p *dateParser) (newslink.Date, bool) {
	if !mayHoldOriginal(body) {
		return newslink.Date{}, false // most pages: no class read, no text lower-cased
	}
	var out newslink.Date
	visitDateTexts(body, p, func(c *html.Node) bool {
		// A note is short; it holds its date, or it is the label alone
		// with the date in the next element.
		t := c.Data
		if len(t) > 400 || len(t) > 40 && !hasYear(t) {
			return false
		}
		lt := strings.ToLower(t)
		if !originalLabelSet.in(lt) {
			return false
		}
		for _, l := range originalLabels {
			i := strings.Index(lt, l)
			if i < 0 || !opensNote(lt[:i]) {
				continue
			}
			// "<dt>First published</dt><dd>21 Oct 2016</dd>": the date is
			// in the next element.
			rest := strings.TrimLeft(t[i+len(l):], " \u00a0:")
			if strings.TrimSpace(rest) == "" {
				rest = readOn(c, l, 1, " \u00a0:")
			}
			for _, w := range []string{"on ", "am ", "le ", "el ", "il ", "op "} {
				rest = strings.TrimPrefix(rest, w)
			}
			if len(rest) > 60 {
				rest = rest[:60]
			}
			if d, at, ok := p.findTextAt(rest); ok && at == 0 {
				out = d
				return true
			}
		}
		return false
	})
	return out, !out.IsZero()
}

// originalFragments are originalLabels after their first letter, as a
// text writes them in any case but capitals ("Originally published"): a
// text without one holds no label.
var originalFragments = func() *substrings {
	var tails []string
	for _, l := range originalLabels {
		_, size := utf8.DecodeRuneInString(l)
		tails = append(tails, l[size:])
	}
	return newSubstrings(tails...)
}()

// mayHoldOriginal reports whether a text under n of the length a note has
// holds one of originalFragments: a cheap pass before originalDate's.
func mayHoldOriginal(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := c.Data; len(t) <= 400 && (len(t) <= 40 || hasYear(t)) && originalFragments.in(t) {
				return true
			}
		case html.ElementNode:
			if c.DataAtom != atom.Script && c.DataAtom != atom.Style && mayHoldOriginal(c) {
				return true
			}
		}
	}
	return false
}

// opensNote reports whether the lower-cased text before a label lets the
// label open a note: nothing, the end of a sentence or a note's label
// ("editor's note:", "("), or the page named as subject ("this story
// was", "dieser Artikel ist"). "The novel was first published on …"
// dates another text.
func opensNote(before string) bool {
	b := strings.TrimRight(before, " \u00a0*")
	if i := strings.LastIndexAny(b, ".:(—"); i >= 0 {
		b = b[i:]
		_, size := utf8.DecodeRuneInString(b)
		b = b[size:]
	}
	w := strings.Fields(b)
	if len(w) == 0 {
		return true
	}
	if len(w) > 4 {
		return false
	}
	switch w[0] {
	case "this", "dieser", "diese", "dieses", "cet", "cette", "este", "esta", "questo", "questa", "dit", "deze", "denne", "dette":
	default:
		return false
	}
	switch w[len(w)-1] {
	case "was", "is", "ist", "wurde", "été", "fue", "stato", "stata", "werd", "ble", "blev", "var":
		return true
	}
	return false
}

// bylineAm reads the date of a byline that names the author and then the
// day, with no label but perhaps a verb (bylineVerbs): "von Marianne1 am
// 20.09.2020", "Verfasst von Reto Bühlmann am 15.05.2024", "by Ann Lee on March
// 3, 2024", "par Ann Lee le 3 mars 2024", "por Ana Ruiz el 3 de marzo de
// 2024". t is a text node whose lower-cased text lt holds "am"/"on"/"le"/
// "el" and the date; the author's part may be in the elements before it
// (a link to a profile), within the same short element.
func bylineAm(t *html.Node, lt string, p *dateParser) (newslink.Date, bool) {
	if len(lt) > 120 || !hasYear(lt) {
		return newslink.Date{}, false
	}
	for _, pair := range [][2]string{{"von ", " am "}, {"by ", " on "}, {"par ", " le "}, {"por ", " el "}} {
		i := strings.Index(" "+strings.TrimSpace(lt), pair[1])
		if i < 0 {
			continue
		}
		// The byline's text: this node's parent, or its grandparent when
		// the name is in an element beside it.
		for el, up := t.Parent, 0; el != nil && up < 2; el, up = el.Parent, up+1 {
			if ft := bylineVerb(strings.ToLower(firstText(el, 4))); len(ft) < len(pair[0]) || ft[:len(pair[0])] != pair[0] {
				continue // read the element's text only when it opens with "von", "by" …
			}
			bt := bylineVerb(strings.ToLower(collapse(textOf(el))))
			if len(bt) > 120 {
				break
			}
			j := strings.Index(bt, pair[1])
			if !strings.HasPrefix(bt, pair[0]) || j < 0 || j > 60 || len(strings.Fields(bt[:j])) > 5 {
				continue
			}
			if d, at, ok := p.findTextAt(bt[j+len(pair[1]):]); ok && at < 5 {
				return d, true
			}
		}
	}
	return newslink.Date{}, false
}

// bylineVerbs open a byline before its "von" or "by": "Verfasst von Reto
// Bühlmann am 15.05.2024", "Posted by Ann Lee on March 3, 2024".
var bylineVerbs = []string{"verfasst ", "geschrieben ", "erstellt ", "eingestellt ", "written ", "posted ", "published ", "publié ", "escrito ", "publicado "}

// bylineVerb returns the lower-cased text lt without a bylineVerbs word
// before its "von", "by", "par" or "por".
func bylineVerb(lt string) string {
	for _, v := range bylineVerbs {
		if rest, ok := strings.CutPrefix(lt, v); ok {
			return rest
		}
	}
	return lt
}

// firstText returns the first text under n that is not white space, with
// leading white space removed, looking at most depth elements down (an
// element deeper than that counts as empty); "" if there is none.
func firstText(n *html.Node, depth int) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := strings.TrimLeft(c.Data, " \t\r\n\u00a0"); t != "" {
				return t
			}
		case html.ElementNode:
			if depth > 0 {
				if t := firstText(c, depth-1); t != "" {
					return t
				}
			}
		}
	}
	return ""
}

// dateNear looks for a date written in the text right around the headline,
// within a few levels of its container: the first in the 1000 characters
// after it, else the last in the 300 characters before it.
func dateNear(h1 *html.Node, p *dateParser) (newslink.Date, bool) {
	var pre, post strings.Builder
	started := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n == h1 {
			// A date inside the heading (<h1>Title<small>02.02.2022</small>)
			// counts as after it.
			started = true
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if walk(c) {
					return true
				}
			}
			return false
		}
		switch n.Type {
		case html.TextNode:
			if started {
				post.WriteString(n.Data)
				post.WriteString("  ")
				if post.Len() > 1000 {
					return true
				}
			} else {
				pre.WriteString(n.Data)
				pre.WriteString("  ")
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Footer, atom.Nav:
				return false
			case atom.Figcaption, atom.Caption:
				return false // a photo's date, not the article's
			case atom.A:
				if trimmedLen(textOf(n)) > 30 {
					return false // a teaser's title, with the date of another story
				}
			case atom.Li:
				if listedStory(n) {
					return false
				}
			case atom.Div:
				// Its parents were looked at on the way down: only the
				// <div> itself may be an item of a list in <div>s.
				if divItem(n) && listedStory(n) {
					return false
				}
			}
			if ci := classID(n); ci != "" && !p.keep[n] && excludedAreaClass(ci) {
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	root := h1
	for i := 0; i < 4 && root.Parent != nil && root.Parent.DataAtom != atom.Body; i++ {
		root = root.Parent
	}
	walk(root)
	// The first date after the headline, unless an update label introduces
	// it and another date follows within a short distance (the line
	// "Updated 14 March · 12 March 2024").
	text := post.String()
	updAt := -1
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "  ")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if updAt >= 0 && start-updAt > 150 {
			break
		}
		if !isCopyright(line) {
			if pub, upd, at, ok := p.findPubTextAt(text[:start], line); ok {
				if updAt < 0 && !upd.IsZero() {
					p.memo.nearUpd, updAt = upd, start+at
				}
				if !pub.IsZero() {
					if len(line) > 150 && strings.Count(line, " ") > 20 {
						// A date in the text's first sentence ("Ab Montag,
						// 2. Mai 2011, wird …") is the event's, when a line
						// of only a date stands just above the headline.
						if d, ok := p.stampAbove(pre.String()); ok {
							return d, true
						}
					}
					return pub, true
				}
			}
			if d, ok := p.shortYearDate(line); ok && updAt < 0 {
				return d, true
			}
		}
		start = end + 2
	}
	if updAt >= 0 {
		return p.memo.nearUpd, true // no other date: the best guess
	}
	before := pre.String()
	if len(before) > 300 {
		before = before[len(before)-300:]
	}
	var last newslink.Date
	var parts []string // the last short lines: a date written in parts, "23", "Ott", "2009"
	for line := range strings.SplitSeq(before, "  ") {
		if t := strings.TrimSpace(line); t == "" {
			continue
		} else if len(t) <= 12 {
			if parts = append(parts, t); len(parts) > 3 {
				parts = parts[1:]
			}
			if len(parts) == 3 {
				if d, ok := p.findText(strings.Join(parts, " ")); ok {
					last = d // a date badge beside the headline, day, month and year each in an element
					continue
				}
			}
		} else {
			parts = parts[:0]
		}
		if isCopyright(line) {
			continue
		}
		if d, ok := p.findText(line); ok {
			last = d
		} else if d, ok := p.shortYearDate(line); ok {
			last = d // a side box's "14.07.23 10:45" beside the headline
		} else if m := shortYearOpenRe.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			if d, ok := p.shortYearDate(m[0]); ok {
				last = d // the box's date, then its other facts: "17.11.11 19:30 Alter: 2 Jahr(e) Kategorie: …"
			}
		}
	}
	return last, !last.IsZero()
}
