package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The extractor's query layer. A rule that picks elements by tag,
// attribute or class is a goquery Selection over a cascadia selector
// compiled once, here; a test a selector cannot state (a class holding one
// of many words, in any case) is a Go predicate behind the same Matcher
// interface. Passes that read text while they walk and skip whole subtrees
// as they go (the pruner, the text writer, the scoring of paragraphs, the
// searches for dates near the headline, in bylines and after phrases)
// walk the tree by hand: one pass over the page instead of a query per
// element, which measured several times slower on long pages.
var (
	// bodySel is the page's <body>.
	bodySel = cascadia.MustCompile(`body`)
	// passwordSel finds the password fields of sign-in forms.
	passwordSel = cascadia.MustCompile(`input[type="password" i]`)
	// signInFieldSel finds the password fields of sign-in forms and the
	// e-mail fields of newsletters' sign-up boxes, in one pass.
	signInFieldSel = cascadia.MustCompile(`input[type="password" i], input[type="email" i]`)
	// buttonSel finds buttons.
	buttonSel = cascadia.MustCompile(`button`)
	// liSel finds list items.
	liSel = cascadia.MustCompile(`li`)
	// buttonOrLinkSel finds a box's controls: its buttons and links.
	buttonOrLinkSel = cascadia.MustCompile(`button, a[href]`)
	// quoteOrTimeSel finds what an entry of the text holds and an appeal
	// box does not: a quotation, a timestamp.
	quoteOrTimeSel = cascadia.MustCompile(`blockquote, time`)
	// timeSel finds an entry's time stamp.
	timeSel = cascadia.MustCompile(`time`)
	// anyElementSel finds every element.
	anyElementSel = cascadia.MustCompile(`*`)
	// questionSel finds a Q&A page's question.
	questionSel = cascadia.MustCompile(`.question, #question`)
	// articleMarkupSel marks the article by its element or microdata.
	articleMarkupSel = cascadia.MustCompile(`article, main, [itemprop="articleBody" i]`)
	// paragraphSel is the paragraphs and list items under an element.
	paragraphSel = cascadia.MustCompile(`p, li`)
	// italicParaSel is the emphasis that is a paragraph's one element.
	italicParaSel = cascadia.MustCompile(`p > em:only-child, p > i:only-child`)
	// mailtoSel is the links to e-mail addresses.
	mailtoSel = cascadia.MustCompile(`a[href^="mailto:" i]`)
	// abbrSel is the abbreviations that spell themselves out in a title.
	abbrSel = cascadia.MustCompile(`abbr[title]`)
	// figcaptionSel is the captions of figures.
	figcaptionSel = cascadia.MustCompile(`figcaption`)
	// headingTagSel is the headings and the elements microdata marks as
	// the headline.
	headingTagSel = cascadia.MustCompile(`h1, h2, h3, [itemprop="headline" i]`)
	// formSel is the forms under an element.
	formSel = cascadia.MustCompile(`form`)
	// imgSel is the pictures under an element.
	imgSel = cascadia.MustCompile(`img, picture`)
	// h1Sel is the top-level headings.
	h1Sel = cascadia.MustCompile(`h1`)
	// h1h2Sel finds the h1 and h2 headings.
	h1h2Sel = cascadia.MustCompile(`h1, h2`)
	// linkSel is the links under an element.
	linkSel = cascadia.MustCompile(`a[href]`)
	// subheadingSel is the headings under an article's headline.
	subheadingSel = cascadia.MustCompile(`h2, h3, h4`)
	// boxMediaSel finds what a fact box set into the text does not hold:
	// pictures, players, buttons, forms.
	boxMediaSel = cascadia.MustCompile(`img, picture, figure, svg, iframe, video, audio, button, form, input`)
	// creditLineSel is the elements a credit line closing a text may be.
	creditLineSel = cascadia.MustCompile(`p, div, span, small, em, i, font`)
	// headingOrRoleSel is headingTagSel and the elements whose role says
	// they are headings.
	headingOrRoleSel = cascadia.MustCompile(`h1, h2, h3, [itemprop="headline" i], [role="heading" i]`)
	// brSel is the line breaks under an element.
	brSel = cascadia.MustCompile(`br`)
)

// withoutModifiers returns the class/id string ci of an <article> without
// its BEM modifiers ("id-Story--kommentar", "story--comment"), which say
// what kind of story it is (an opinion piece, in German a "Kommentar"),
// not that it is a comment box; ci as it is for other elements.
func withoutModifiers(n *html.Node, ci string) string {
	if n.DataAtom != atom.Article || !strings.Contains(ci, "--") {
		return ci
	}
	var kept []string
	for _, f := range strings.Fields(ci) {
		if !strings.Contains(f, "--") {
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}

// matchFunc is a Go predicate as a goquery Matcher.
type matchFunc func(*html.Node) bool

// Match reports whether n matches.
func (f matchFunc) Match(n *html.Node) bool { return n.Type == html.ElementNode && f(n) }

// MatchAll returns n and its descendants that match, in document order.
func (f matchFunc) MatchAll(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if f.Match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// Filter returns the nodes of ns that match.
func (f matchFunc) Filter(ns []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range ns {
		if f.Match(n) {
			out = append(out, n)
		}
	}
	return out
}

// articleMarkup matches the elements that mark article text: <article>,
// <main>, itemprop="articleBody", and a class or id naming article text
// (positiveParts).
var articleMarkup = matchFunc(func(n *html.Node) bool {
	if articleMarkupSel.Match(n) {
		return true
	}
	ci := classID(n)
	return ci != "" && isPositive(ci)
})

// headingMarkup matches every element that may hold the headline:
// headingTagSel, and a class or id naming a title or headline. (As a
// selector, [class*="headline" i] and its kind lower-cased every class of
// the page once per pattern: the headline search took three times as
// long.)
var headingMarkup = matchFunc(func(n *html.Node) bool {
	if headingTagSel.Match(n) {
		return true
	}
	if v := attr(n, "data-testid"); v != "" && headingClassSet.in(strings.ToLower(v)) {
		return true // a React page's <div data-testid="headline">, "article-title"
	}
	ci := classID(n)
	// Joomla 1's and Mambo's "contentheading", Serendipity's
	// "serendipity_title", Indonesian portals' "judul",
	// old German sites' "ueberschrift" (not a "zwischenueberschrift", a
	// subheading), a title's class word alone in Italian, Spanish, French
	// and German ("<span class="titolo">"), Drupal's title field
	// ("field--name-title")
	return ci != "" && (headingClassSet.in(ci) || strings.Contains(ci, "tit") && classWordIn(ci, "titolo", "titulo", "titre", "titel", "field--name-title") ||
		hasWord(ci, "judul") || (strings.Contains(ci, "titul") || strings.Contains(ci, "titol") || strings.Contains(ci, "titre")) && storyTitleClass(ci) || strings.Contains(ci, "ueberschrift") && !strings.Contains(ci, "zwischen") && !strings.Contains(ci, "unter"))
})

// headingClassSet is the parts of class names that mark a headline (one
// pass over a class, not one per part: it runs on every element).
var headingClassSet = newSubstrings("entry-title", "post-title", "article-title", "article__title", "story__title", "story-title",
	"headline", "contentheading", "serendipity_title", "newstitle", "news-title", "news_title")

// wrapperWords are the class words of an element that wraps others.
var wrapperWords = map[string]bool{"wrap": true, "wrapper": true, "container": true, "group": true, "holder": true, "outer": true}

// titleWrapper reports whether n, not a heading tag, is marked as a
// title only as the wrapper of one: a class word names a wrapper
// ("Headline_wrap__qk7Rr", "article-title-container"). What it holds
// (the kicker, the title, the subtitle) is read apart.
func titleWrapper(n *html.Node) bool {
	return !headingTagSel.Match(n) && hasClassWord(classID(n), wrapperWords)
}

// selectAll returns the elements under root (not root itself) that m
// matches, in document order.
func selectAll(root *html.Node, m goquery.Matcher) []*html.Node {
	return goquery.NewDocumentFromNode(root).FindMatcher(m).Nodes
}

// overlay reports whether n is a dialog laid over the page or hidden
// until it opens: role="dialog", aria-modal="true", the hidden attribute.
func overlay(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if v := strings.ToLower(a.Val); v == "dialog" || v == "alertdialog" {
				return true
			}
		case "aria-modal":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "hidden":
			return true
		}
	}
	return false
}

// overlayClass reports whether class and id ci name a pop-up, a modal or
// a consent banner ("didomi-popup-container", "paywall-modal").
func overlayClass(ci string) bool {
	return strings.Contains(ci, "modal") || strings.Contains(ci, "popup") || strings.Contains(ci, "cookie") ||
		strings.Contains(ci, "consent") || strings.Contains(ci, "didomi")
}

// inHeadingFurniture reports whether heading candidate h lies where no
// headline is: in a script, the <head>, a footer or navigation, a comment
// or related box (excludedAreaClass), or inside another candidate. The
// classes of <body> and <html> describe the whole page ("content-sidebar",
// "two-column"), not an area of it, and are not read.
func inHeadingFurniture(h *html.Node) bool {
	switch h.DataAtom {
	case atom.H1, atom.H2, atom.H3:
	default:
		// A page builder's block is a "widget" of the page
		// ("elementor-widget-theme-post-title"), no sidebar's.
		if ci := classID(h); ci != "" && layoutExcluded(ci) {
			return true
		}
	}
	for p := h.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch p.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Head, atom.Footer, atom.Nav:
			return true
		case atom.Body, atom.Html:
			return false
		}
		if ci := classID(p); ci != "" && (layoutExcluded(withoutModifiers(p, ci)) || overlayClass(ci)) {
			return true
		}
		if overlay(p) {
			return true // a dialog's title: a cookie banner's, a paywall's, a newsletter pop-up's
		}
		if headingMarkup.Match(p) && (h.DataAtom != atom.H1 || headingTagSel.Match(p)) && !titleWrapper(p) {
			// Inside another candidate, which stands for it; but an h1 in
			// a container marked as a title only by its class
			// (<header class="post-title"><h1>) is the heading itself.
			return true
		}
	}
	return false
}
