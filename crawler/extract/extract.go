package extract

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"newslink"
)

// DefaultMaxBytes is the page size limit when Options.MaxBytes is zero:
// 16 MiB, eight times the largest real article page we have seen. Larger
// pages are refused with ErrTooLarge before parsing, which bounds the time
// and memory one page can take (parsing costs about 10× the page size).
const DefaultMaxBytes = 16 << 20

// ErrTooLarge reports a page larger than Options.MaxBytes.
var ErrTooLarge = errors.New("page too large")

// Options tells Extract what is known about a page besides its bytes.
// The zero value is valid: no URL, no header charset, no locale hint,
// fetched now, and DefaultMaxBytes.
type Options struct {
	URL         string    // where the page was fetched; used to resolve links and read dates in the path
	ContentType string    // the HTTP Content-Type header, for its charset
	Locale      string    // a hint such as "en-GB" or "de" for ambiguous dates
	Fetched     time.Time // when the page was fetched; no date after it is accepted (zero: now)
	MaxBytes    int64     // size limit; zero means DefaultMaxBytes

	// Site holds the CSS selector rules of the page's site, if any: its
	// remove selectors are applied first, and each field a selector
	// finds replaces what the general rules find.
	Site *SiteRules
}

// Result is what Extract found on a page. Fields it could not find are zero.
// Every string is valid UTF-8.
type Result struct {
	Headline     string
	Published    newslink.Date
	Modified     newslink.Date
	Authors      []string
	Language     string // BCP 47 tag such as "en" or "de-AT"
	CanonicalURL string // absolute URL
	Summary      string
	Body         string // plain text, paragraphs separated by a blank line

	Image   string   // lead image, an absolute http(s) URL
	Section string   // the section the page says the article is in
	Tags    []string // the page's tags and keywords for the article, in page order

	// ArticleMarkup reports markup that marks the page as one article: a
	// single outermost <article>, an itemprop=articleBody, or microdata of
	// an article type. Crawlers use it to tell a short article from an
	// index page.
	ArticleMarkup bool
}

// Extract reads a page from r and extracts its article. It reads at most
// opts.MaxBytes (+1) bytes and returns ErrTooLarge for a larger page. It
// never panics, whatever the input. It is safe for concurrent use.
func Extract(r io.Reader, opts Options) (*Result, error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("extract: read page: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("extract: %w: over %d bytes", ErrTooLarge, max)
	}
	return ExtractBytes(b, opts)
}

// ExtractBytes is Extract for a page already in memory. It does not keep b.
func ExtractBytes(b []byte, opts Options) (res *Result, err error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("extract: %w: over %d bytes", ErrTooLarge, max)
	}
	defer func() {
		// Extraction must never take the crawler down: a bug on one odd
		// page becomes an error for that page.
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extract: internal error: %v", p)
		}
	}()
	text, _ := decodeHTML(b, opts.ContentType)
	doc, err := parseHTML(text)
	if err != nil {
		return nil, fmt.Errorf("extract: parse page: %w", err)
	}
	return extractDoc(doc, opts), nil
}

// ExtractDocument extracts the article from a page already parsed by
// goquery, without parsing it again: in a colly OnHTML("html", …) callback,
// goquery.NewDocumentFromNode(e.DOM.Nodes[0]). The page must already be
// UTF-8, as goquery documents are; opts.ContentType and opts.MaxBytes are
// not used. It removes page furniture from doc's tree: callers must not use
// doc afterwards. It never panics and is safe for concurrent use on
// different documents.
func ExtractDocument(doc *goquery.Document, opts Options) (res *Result, err error) {
	if doc == nil || len(doc.Nodes) == 0 {
		return nil, errors.New("extract: empty document")
	}
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extract: internal error: %v", p)
		}
	}()
	return extractDoc(doc.Nodes[0], opts), nil
}

// extractDoc extracts everything from a parsed page. It modifies doc.
func extractDoc(doc *html.Node, opts Options) *Result {
	now := opts.Fetched
	if now.IsZero() {
		now = time.Now()
	}
	var pageURL *url.URL
	if u, err := url.Parse(strings.TrimSpace(opts.URL)); err == nil && u.Host != "" {
		pageURL = u
	}
	site := opts.Site.apply(doc) // before anything reads the page
	localLinks(doc, pageURL)
	tidyHeadings(doc)
	absoluteTimes(doc)
	m := collectMeta(doc)
	res := &Result{}
	head, h1 := headline(m, doc, pageURL)
	res.Headline = clean(head)
	res.CanonicalURL = canonicalURL(m, pageURL)
	body := findBody(doc)
	base := baseURL(m, pageURL)
	res.Image, res.Section, res.Tags, res.ArticleMarkup = leadImage(m, body, base), pageSection(m), pageTags(m), m.articleMarkup()

	res.Language = language(m)
	var keep, dateKeep map[*html.Node]bool
	stats := map[*html.Node]textStats{}
	var total int
	if body != nil {
		st := statsOf(body, stats)
		total = st.text - st.link
		keep, dateKeep = protectedNodes(body, h1, stats)
	}
	dp := &dateParser{now: now, dayFirst: dayFirst(res.Language, opts.Locale, hostOf(pageURL)), keep: dateKeep, lang: res.Language}
	res.Published, res.Modified = dates(m, dp, opts.URL, res.CanonicalURL, body, h1)
	var persons bool
	res.Authors, persons = creditedAuthors(m, body, h1)

	if body != nil {
		anchor := h1
		if anchor == nil {
			// A headline taken from the titles: its heading on the page,
			// if one writes it, is where the standfirst follows.
			anchor = headingOf(res.Headline, m)
		}
		sf := standfirst(anchor)
		caps := captionStory(body)
		cutNextStories(body, h1)
		pr := &pruner{keep: keep, stats: stats, total: total, drop: signInPanels(body, h1, stats)}
		pr.prune(body, 0)
		text, tail := bodyText(body, true, h1)
		text = withStandfirst(text, sf)
		text = withCaptions(text, caps)
		text = preferLDBody(text, m.ld.body)
		if desc := description(m); utf8.RuneCountInString(text) < 100 && utf8.RuneCountInString(desc) > utf8.RuneCountInString(text) {
			// Nothing but furniture on the page (a paywall, a script-rendered
			// article): its description is the best text there is.
			text = desc
		}
		res.Body = clean(text)
		if res.Published.IsZero() {
			var upd newslink.Date
			res.Published, upd = textDate(res.Body+"\n"+tail, dp)
			if res.Modified.IsZero() && !upd.IsZero() && !upd.Before(res.Published) {
				res.Modified = upd // "Updated 12 March 2024"
			}
			if res.Published.IsZero() {
				res.Published = upd // no other date: the best guess
			}
			if res.Published.IsZero() && !res.Modified.IsZero() {
				// Only the metadata's last change (<meta name="last-modified">):
				// the best guess too.
				res.Published = res.Modified
			}
			if eventDay(m, res.Published) {
				res.Published = newslink.Date{}
			}
		}
		if name, rest := nameRolePara(res.Body, collapse(html.UnescapeString(m.first("og:site_name")))); name != "" && !persons {
			// "Rutendo Chikowore" over "Senior Reporter" opening the text
			// the metadata credits to the "Online Editor".
			res.Authors, persons, res.Body = []string{name}, true, rest
		} else if more := bylineParaNames(res.Body, res.Authors, persons); more != nil {
			// "By Maya Torrance and Dev Okafor" over a theme's "Maya
			// Torrance", "Words by Tomás Echeverría" over the site's name.
			res.Authors, persons = more, true
		} else if name := closingSignature(withFirstLine(res.Body, tail)); name != "" && (!persons || accountOnly(res.Authors)) {
			// "— Eleanor J. Whitcombe, volunteer archivist" closing a post
			// that a blog's "admin" or a paper's "Staff" published.
			res.Authors, persons = []string{name}, true
		} else if names := closingBracketByline(res.Body + "\n" + tail); len(names) > 0 && !persons {
			// "(By Chen Hsiao-wen and Lydia Wu)" after a story the
			// metadata credits to the agency.
			res.Authors, persons = names, true
		} else if names := closingInterviewer(res.Body); len(names) > 0 && !persons {
			// "Das Gespräch führte Markus Lang." closing an interview the
			// metadata credits to the paper.
			res.Authors, persons = names, true
		}
		// The byline line is read (authors, a date) but is not the
		// article's text.
		bioOf := res.Authors
		if !persons {
			bioOf = nil // an issuer's profile ("Kontorwerk is a maker of …") is the release's
		}
		res.Body = dropUpdateLines(dropAuthorBio(dropDateLine(dropBylinePara(res.Body, res.Authors), dp), bioOf))
		if names := wireCredit(res.Body); len(names) > 0 && (!namesPerson(res.Authors) || !persons) {
			// "By Reuters": the reporters are in the credit; also where
			// the agency's name reads as a person's ("By Meridian Wire"),
			// known as the site's or an organisation's by its source.
			res.Authors = names
		}
		names := reporterLine(res.Body)
		if len(names) == 0 {
			names = reporterEnd(res.Body)
		}
		if len(names) > 0 && (!namesPerson(res.Authors) || withinNames(res.Authors, names)) {
			// A Chinese, Japanese or Korean report names its reporters in
			// its first lines or its last, where the metadata names the
			// paper, fewer of them, or them with their desks
			// ("中川大輔大阪社会部").
			res.Authors = names
		}
	}
	site.fill(res, dp, base)
	if res.Language == "" {
		res.Language = detectLanguage(res.Body)
	}
	res.Summary = clean(summary(m, res.Body))
	return res
}

// ldText turns a JSON-LD articleBody, plain text or HTML, into plain
// text with paragraphs separated by a blank line.
func ldText(s string) string {
	s = html.UnescapeString(s)
	if strings.Contains(s, "</p>") || strings.Contains(s, "<br") {
		if doc, err := html.Parse(strings.NewReader(s)); err == nil {
			w := &textWriter{}
			w.write(doc)
			w.flush()
			return strings.Join(w.blocks, "\n\n")
		}
	}
	var paras []string
	for p := range strings.SplitSeq(s, "\n") {
		if p = collapse(p); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// textDate is the last resort for the publication date: the first date
// written in the article text or a signature after it; never one in a
// copyright line. A date that an update label introduces ("Updated 12
// March 2024") is upd, and pub is then the first other date on its line
// (zero if none).
func textDate(text string, dp *dateParser) (pub, upd newslink.Date) {
	for para := range strings.SplitSeq(text, "\n") {
		if isCopyright(para) {
			continue
		}
		if pub, upd, _, ok := dp.findPubTextAt("", para); ok {
			return pub, upd
		}
	}
	return newslink.Date{}, newslink.Date{}
}

// clean returns s as valid UTF-8 without NUL bytes.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return strings.TrimSpace(s)
}

// findBody returns the <body> element, or the root when there is none.
func findBody(doc *html.Node) *html.Node {
	if b := cascadia.Query(doc, bodySel); b != nil {
		return b
	}
	return doc
}

// baseURL returns the URL the page's relative links resolve against: its
// <base href> resolved against the page URL, or the page URL.
func baseURL(m *metaInfo, pageURL *url.URL) *url.URL {
	if m.base == "" {
		return pageURL
	}
	b, err := url.Parse(m.base)
	if err != nil {
		return pageURL
	}
	if pageURL != nil {
		return pageURL.ResolveReference(b)
	}
	if b.IsAbs() {
		return b
	}
	return nil
}

// hostOf returns the lower-cased host of u, or "".
func hostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// canonicalURL returns the page's canonical URL: rel=canonical, else
// og:url, resolved against the page URL; "" if neither is an http(s) URL.
func canonicalURL(m *metaInfo, base *url.URL) string {
	for _, c := range []string{m.canonical, m.first("og:url"), m.ld.url} {
		if c == "" {
			continue
		}
		u, err := url.Parse(strings.TrimSpace(c))
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			u.Host = strings.ToLower(u.Host)
			return u.String()
		}
	}
	return ""
}

// description returns the page's own description of itself, or "".
func description(m *metaInfo) string {
	s := m.first("description", "og:description", "twitter:description", "dc.description")
	if s == "" {
		s = m.ld.description
	}
	return collapse(html.UnescapeString(s))
}

// summary returns the page's description, or else the first paragraph of
// the body, cut at a word boundary near 400 characters.
func summary(m *metaInfo, body string) string {
	s := description(m)
	if s == "" {
		for p := range strings.SplitSeq(body, "\n\n") {
			if len(p) >= 80 {
				s = p
				break
			}
		}
	}
	s = collapse(html.UnescapeString(s))
	if len(s) > 400 {
		cut := strings.LastIndexByte(s[:400], ' ')
		if cut < 200 {
			cut = 400
			for cut > 0 && s[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
				cut--
			}
		}
		s = s[:cut] + "…"
	}
	return s
}
