package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// standfirstWords are parts of the class or id of the paragraph under a
// headline that sums the article up (a standfirst, dek or chapô), which
// sits in the article's header, outside the container of its text.
var standfirstWords = newSubstrings("standfirst", "intro", "lead", "abstract", "excerpt", "subtitle",
	"sub-title", "subheadline", "sub-headline", "chapo", "chapeau", "deck", "dek", "bajada", "entradilla",
	"sottotitolo", "vorspann", "summary", "header-description", "article-description", "teaser-text", "teasertext", "header-teaser", "header__teaser", "article__teaser", "article-teaser", "article_teaser",
	"article__desc",
	// a Vietnamese paper's lead ("sapo")
	"sapo")

// standfirst returns the text of the standfirst that follows the headline
// h1: among the elements after h1 and after its ancestors' (up to three
// levels, a few each), the first whose class or id names one, or holds
// one, with 40 to 700 characters of text; "" when there is none.
func standfirst(h1 *html.Node) string {
	if h1 == nil {
		return ""
	}
	for n, level := h1, 0; n != nil && level < 3; n, level = n.Parent, level+1 {
		seen := 0
		for s := n.NextSibling; s != nil && seen < 4; s = s.NextSibling {
			if s.Type != html.ElementNode {
				continue
			}
			seen++
			if level == 0 && seen == 1 && s.DataAtom == atom.H2 {
				// A dek in an <h2> right under the headline, sentences of
				// prose, whatever its class ("text-lg leading-snug").
				if t := textOf(s); plainProse(s, 0) && sentenceEnd(t) && !strings.ContainsRune(t, '<') {
					if k := utf8.RuneCountInString(t); k >= 80 && k <= 700 {
						return t
					}
				}
			}
			if f := standfirstIn(s, 0); f != "" {
				// Key points right after it are the header's too
				// (Ippen's "id-StoryElement-summary" under its lead).
				if k := nextElement(s); k != nil {
					if kp := keyPoints(k); kp != "" {
						return f + "\n\n" + kp
					}
				}
				return f
			}
			if f := keyPoints(s); f != "" {
				return f
			}
			if !textShorter(s, 800) {
				// The article's text, its standfirst deeper in it: what
				// follows is after the article (a press office's box of
				// Drupal's "text-with-summary" field).
				return headerProse(h1)
			}
		}
	}
	return headerProse(h1)
}

// keyPointWords are parts of the class or id of a list of the article's
// key points under its headline ("c-article__highlights", "key-points",
// Ippen's "id-StoryElement-summary", the Daily Mail's "mol-bullets-with-font").
var keyPointWords = newSubstrings("highlights", "key-points", "keypoints", "key_points", "takeaways", "kernpunkte", "summary", "bullets")

// keyPoints returns the items of n, one a paragraph, if n is a list of
// key points: its class or id names one, and it holds two to eight items
// of plain prose of 30 to 300 characters each.
func keyPoints(n *html.Node) string {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return ""
	}
	if ci := classID(n); ci == "" || !keyPointWords.in(ci) {
		return ""
	}
	var items []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Li || !plainProse(c, 0) || hasLink(c) {
			return ""
		}
		t := strings.Join(strings.Fields(textOf(c)), " ")
		if k := utf8.RuneCountInString(t); k < 30 || k > 300 || strings.ContainsRune(t, '<') {
			return ""
		}
		items = append(items, t)
	}
	if len(items) < 2 || len(items) > 8 {
		return ""
	}
	return strings.Join(items, "\n\n")
}

// headingOf returns the first <h1> or <h2> of the page whose text is
// headline, or its last three words or more (a kicker before them), or
// nil.
func headingOf(headline string, m *metaInfo) *html.Node {
	nh := normTitle(headline)
	if nh == "" {
		return nil
	}
	for _, hs := range [][]*html.Node{m.h1s, m.h2s} {
		for _, h := range hs {
			t := normTitle(headingText(h))
			if t == nh || strings.Count(t, " ") >= 2 && strings.HasSuffix(nh, " "+t) {
				return h
			}
		}
	}
	return nil
}

// headerProse returns the standfirst of a headline h1 in the article's
// <header> that no class names: the first element after h1 in the header
// (or after its parent, still in the header) that is plain prose of 80 to
// 700 characters ending a sentence (or an <h2> right after h1, a dek). A
// header holds the headline, the standfirst, bylines and dates; only the
// standfirst is such prose.
func headerProse(h1 *html.Node) string {
	var header *html.Node
	for a, k := h1.Parent, 0; a != nil && k < 3; a, k = a.Parent, k+1 {
		if a.DataAtom == atom.Header {
			header = a
			break
		}
	}
	if header == nil {
		return ""
	}
	for n := h1; n != nil && n != header; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type != html.ElementNode {
				continue
			}
			if isNegative(classID(s)) || !plainProse(s, 0) {
				continue
			}
			t := textOf(s)
			// A dek in an <h2> right under the headline may end without a
			// full stop, as headlines do.
			dek := s.DataAtom == atom.H2 && prevElement(s) == h1
			if k := utf8.RuneCountInString(t); k >= 80 && k <= 700 && (sentenceEnd(t) || dek) && !strings.ContainsRune(t, '<') && !isPromo(strings.ToLower(t)) {
				// Not an affiliate note or a call to subscribe, prose as
				// they are.
				return t
			}
		}
	}
	return ""
}

// standfirstIn returns the text of n or of a descendant (up to two levels
// down) whose class or id names a standfirst, if it is of the length of
// one.
func standfirstIn(n *html.Node, depth int) string {
	ci := classID(n)
	if isNegative(strings.ReplaceAll(ci, "header", "")) {
		return "" // an author box, comments, a caption; not the article's header ("article-header__lead")
	}
	if ci != "" && standfirstWords.in(ci) && standfirstWords.in(withoutUtility(ci)) {
		if !plainProse(n, 0) {
			return ""
		}
		t := textOf(n)
		if k := utf8.RuneCountInString(t); k >= 40 && k <= 700 && !strings.ContainsRune(t, '<') {
			return t
		}
		return ""
	}
	if depth == 2 {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if f := standfirstIn(c, depth+1); f != "" {
				return f
			}
		}
	}
	return ""
}

// withStandfirst puts the standfirst sf in front of the text unless the
// text holds it already.
func withStandfirst(text, sf string) string {
	if sf == "" || strings.Contains(strings.Join(strings.Fields(text), " "), sf) {
		return text
	}
	return sf + "\n\n" + text
}

// plainProse reports whether n holds nothing but running text: no
// figure, caption, list, table, heading, embedded frame or time, and no
// element whose class marks furniture (a byline, a caption), which a
// standfirst's text would otherwise run into.
func plainProse(n *html.Node, depth int) bool {
	if depth > 6 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Figure, atom.Figcaption, atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Ul, atom.Ol,
			atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Time, atom.Form, atom.Button, atom.Script:
			return false
		}
		// "article__header__intro__text": the article's header, as in
		// standfirstIn.
		if isNegative(strings.ReplaceAll(classID(c), "header", "")) || !plainProse(c, depth+1) {
			return false
		}
	}
	return true
}

// withoutUtility returns class string ci without its utility classes
// (utilityClass): Tailwind's "leading-snug" sets a line's height, it
// names no lead.
func withoutUtility(ci string) string {
	var b strings.Builder
	for _, tok := range strings.Fields(ci) {
		if !utilityClass(tok) {
			b.WriteString(tok)
			b.WriteByte(' ')
		}
	}
	return b.String()
}
