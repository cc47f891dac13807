package extract

import (
	"net/url"
	"path"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minFigureWidth is the width (from a width attribute or a srcset
// descriptor) from which an image in the body counts as a large figure
// without other signs that it is the article's picture.
const minFigureWidth = 300

// tinyImage is the size in CSS pixels below which a width or height
// attribute marks an icon, a button or a tracking pixel.
const tinyImage = 100

// leadImage returns the article's lead image as an absolute http(s) URL:
// og:image, else the JSON-LD image, else twitter:image, else the first
// large figure in the body; never a logo, icon, tracking pixel or
// lazy-load placeholder. It returns "" when the page has none. body must
// not have been pruned yet.
func leadImage(m *metaInfo, body *html.Node, base *url.URL) string {
	var cands []string
	if w, h := atoiPx(m.first("og:image:width")), atoiPx(m.first("og:image:height")); (w == 0 || w >= 2*tinyImage) && (h == 0 || h >= tinyImage) {
		cands = append(cands, m.meta["og:image"]...)
		cands = append(cands, m.meta["og:image:url"]...)
		cands = append(cands, m.meta["og:image:secure_url"]...)
	}
	cands = append(cands, m.ld.images...)
	cands = append(cands, m.meta["twitter:image"]...)
	cands = append(cands, m.meta["twitter:image:src"]...)
	for _, c := range cands {
		if u := resolveImage(c, base); u != "" {
			return u
		}
	}
	if body != nil {
		return resolveImage(bodyFigure(body), base)
	}
	return ""
}

// resolveImage resolves an image URL as written on the page against the
// page's base and returns it if it is an absolute http(s) URL that is not
// a logo, icon, tracking pixel or placeholder; else "".
func resolveImage(raw string, base *url.URL) string {
	raw = strings.TrimSpace(html.UnescapeString(raw))
	if raw == "" || len(raw) > 2048 || badImageURL(raw) {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Host = strings.ToLower(u.Host)
	return u.String()
}

// badImageWords mark an image file as furniture when its file name holds
// one: logos, icons, placeholders that lazy loading replaces, tracking
// pixels.
var badImageWords = []string{"logo", "icon", "sprite", "blank", "spacer", "pixel", "placeholder",
	"transparent", "1x1", "clear.gif", "loader", "loading", "lazy", "avatar", "gravatar", "badge",
	"button", "emoji", "tracking", "beacon", "dummy", "grey.gif", "gray.gif", "empty."}

// trackingHosts are hosts that serve tracking pixels, not pictures.
var trackingHosts = []string{"doubleclick.net", "google-analytics.com", "googletagmanager.com",
	"scorecardresearch.com", "facebook.com", "pixel.", "stats.", "analytics.", "bat.bing.com", "quantserve.com"}

// badImageURL reports whether an image URL is never a lead image: a data:
// URI, a vector or icon file, or a file or host named as furniture.
func badImageURL(raw string) bool {
	s := strings.ToLower(strings.TrimSpace(raw))
	for _, p := range []string{"data:", "javascript:", "about:", "blob:"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	u, err := url.Parse(s)
	if err != nil {
		return true
	}
	for _, h := range trackingHosts {
		if strings.HasPrefix(u.Host, h) || strings.HasSuffix(u.Host, h) {
			return true
		}
	}
	name := path.Base(u.Path)
	switch path.Ext(name) {
	case ".svg", ".ico", ".svgz":
		return true
	}
	for _, w := range badImageWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	if q := u.Query(); q.Get("w") == "1" && q.Get("h") == "1" {
		return true
	}
	return false
}

// bodyFigure returns the src (as written) of the first large figure in
// the body, preferring one inside <article> or <main>: an image in a
// <figure>, marked as the article's image, or at least minFigureWidth
// wide; never one in the header, navigation, footer, an aside or a box
// marked as logo, avatar, teaser or advertisement.
func bodyFigure(body *html.Node) string {
	var first, inArticle string
	var walk func(n *html.Node, figure, article bool)
	walk = func(n *html.Node, figure, article bool) {
		if inArticle != "" || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		switch n.DataAtom {
		case atom.Form:
			if !wrapsPage(n) {
				return
			}
		case atom.Header, atom.Nav, atom.Footer, atom.Aside, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.A:
			if n.DataAtom != atom.A || !(figure || imageLink(attr(n, "href"))) {
				return // a linked image outside a figure is a teaser
			}
		case atom.Figure:
			figure = true
		case atom.Article, atom.Main:
			article = true
		case atom.Img, atom.Picture:
			if src := figureImage(n, figure); src != "" {
				if article {
					inArticle = src
				} else if first == "" {
					first = src
				}
			}
			return
		}
		if furnitureBox(n) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, figure, article)
		}
	}
	walk(body, false, false)
	if inArticle != "" {
		return inArticle
	}
	return first
}

// figureWords mark an element, by its class or id, as holding the
// article's picture.
var figureWords = []string{"hero", "lead", "featured", "feature-image", "main-image", "article-image", "post-image", "wp-post-image", "top-image", "story-image"}

// furnitureWords mark an element, by its class or id, as a box whose
// images are not the article's.
var furnitureWords = []string{"logo", "avatar", "author", "byline", "sidebar", "related", "teaser", "promo",
	"advert", "sponsor", "social", "share", "comment", "menu", "masthead", "newsletter", "banner", "widget", "recommend"}

// furnitureBox reports whether an element's class or id marks it as a
// box of images that are not the article's.
func furnitureBox(n *html.Node) bool {
	ci := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if strings.TrimSpace(ci) == "" {
		return false
	}
	for _, w := range furnitureWords {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// figureImage returns the src of an <img> or <picture> if it is a large
// figure: in a <figure>, marked as the article's image, or wide enough.
func figureImage(n *html.Node, inFigure bool) string {
	img := n
	if n.DataAtom == atom.Picture {
		img = nil
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if isImg(c) {
				img = c
			}
		}
		if img == nil {
			return ""
		}
	}
	src := elementImage(n)
	if src == "" {
		return ""
	}
	ci := strings.ToLower(attr(img, "class") + " " + attr(img, "id"))
	marked := strings.EqualFold(attr(img, "itemprop"), "image")
	for _, w := range figureWords {
		marked = marked || strings.Contains(ci, w)
	}
	w := atoiPx(attr(img, "width"))
	if w == 0 {
		w = srcsetWidth(attr(img, "srcset") + ", " + attr(img, "data-srcset"))
	}
	if inFigure || marked || w >= minFigureWidth {
		return src
	}
	return ""
}

// elementImage returns the image URL (as written) an element shows: an
// <img>'s src, or its data-src, data-original or largest srcset entry
// when src is missing or a lazy-load placeholder; for another element,
// the first <img> (or <picture> source) inside it. It returns "" for an
// image with a tiny width or height attribute.
func elementImage(n *html.Node) string {
	if n == nil || n.Type != html.ElementNode {
		return ""
	}
	if !isImg(n) {
		var found string
		var walk func(*html.Node) bool
		walk = func(c *html.Node) bool {
			for ; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if isImg(c) {
					if found = elementImage(c); found != "" {
						return true
					}
					continue
				}
				if c.DataAtom == atom.Source {
					if s := bestSrcset(attr(c, "srcset") + ", " + attr(c, "data-srcset")); s != "" && !badImageURL(s) {
						found = s
						return true
					}
				}
				if walk(c.FirstChild) {
					return true
				}
			}
			return false
		}
		walk(n.FirstChild)
		return found
	}
	if w, h := atoiPx(attr(n, "width")), atoiPx(attr(n, "height")); (w > 0 && w < tinyImage) || (h > 0 && h < tinyImage) {
		return ""
	}
	if src := strings.TrimSpace(attr(n, "src")); src != "" && !badImageURL(src) {
		return src
	}
	for _, k := range []string{"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" && !badImageURL(v) {
			return v
		}
	}
	if s := bestSrcset(attr(n, "srcset") + ", " + attr(n, "data-srcset") + ", " + attr(n, "data-lazy-srcset")); s != "" && !badImageURL(s) {
		return s
	}
	return ""
}

// srcsetEntries splits a srcset into its URLs and widths (0 when an entry
// gives a pixel density or nothing).
func srcsetEntries(s string) (urls []string, widths []int) {
	for part := range strings.SplitSeq(s, ",") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		w := 0
		if len(f) > 1 {
			if d, ok := strings.CutSuffix(f[1], "w"); ok {
				w, _ = strconv.Atoi(d)
			} else if d, ok := strings.CutSuffix(f[1], "x"); ok {
				if x, err := strconv.ParseFloat(d, 64); err == nil {
					w = int(x * 100) // ranks densities among themselves
				}
			}
		}
		urls, widths = append(urls, f[0]), append(widths, w)
	}
	return urls, widths
}

// bestSrcset returns the widest entry of a srcset, or its first.
func bestSrcset(s string) string {
	urls, widths := srcsetEntries(s)
	best, bw := "", -1
	for i, u := range urls {
		if badImageURL(u) {
			continue
		}
		if widths[i] > bw {
			best, bw = u, widths[i]
		}
	}
	return best
}

// srcsetWidth returns the largest width descriptor ("640w") of a
// srcset, or 0.
func srcsetWidth(s string) int {
	w := 0
	for part := range strings.SplitSeq(s, ",") {
		if f := strings.Fields(part); len(f) > 1 {
			if d, ok := strings.CutSuffix(f[1], "w"); ok {
				if x, err := strconv.Atoi(d); err == nil {
					w = max(w, x)
				}
			}
		}
	}
	return w
}

// imageLink reports whether a link's href is an image file, as the link
// around a lead image that opens it full size is.
func imageLink(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	switch strings.ToLower(path.Ext(u.Path)) {
	case ".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif":
		return true
	}
	return false
}

// atoiPx reads a width or height attribute such as "640" or "640px"; 0
// when it is missing or relative.
func atoiPx(s string) int {
	s = strings.TrimSuffix(strings.TrimSpace(s), "px")
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
