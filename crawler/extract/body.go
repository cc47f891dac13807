package extract

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junkTags are elements whose content is never article text.
var junkTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true,
	atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Label: true, atom.Figcaption: true, atom.Dialog: true, atom.Menu: true,
	atom.Map: true, atom.Audio: true, atom.Video: true, atom.Head: true, atom.Title: true,
	atom.Link: true, atom.Meta: true, atom.Frameset: true, atom.Frame: true,
	atom.Address: true,
}

// junkRoles are ARIA landmark roles that are never the article.
var junkRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true, "menubar": true,
	"toolbar": true, "tablist": true,
}

// negativeParts are substrings of class and id values that mark page
// furniture: navigation, comments, share bars, related and most-read
// boxes, ads, cookie banners, bylines and captions.
var negativeParts = []string{
	"comment", "disqus", "share", "sharing", "social", "related", "sidebar", "cookie", "boilerplate",
	// comments in Spanish and Portuguese, Polish, Czech and Indonesian, Dutch, Catalan, French ("réactions")
	"comentario", "komentar", "reactie", "comentari", "reaction",
	// discussions in Czech, Slovak and German ("diskuse", "diskussion"), derStandard's forum;
	// a forum post's attachment box
	"diskus", "story-community", "attachbox",
	// a poll in German, a poll provider's embed
	"umfrage", "opinary",
	// readers' responses: Medium's "js-responsesWrapper", "responsesStream"; a SPIP article's forum ("forum-message");
	// the replies, likes and reposts other sites sent a blog post ("webmentions")
	"responses", "forum-", "webmention",
	// an article's forum, its readers' discussion ("spArticleForum")
	"articleforum", "article-forum", "artikelforum",
	// readers' opinions in a German daily, derStandard's postings of old ("posting", "upost-body")
	"lesermeinung", "upost", "posting",
	// an obituary's guest book: condolences, candles lit, tributes left
	"condolenc", "kondolenz", "guestbook", "gastenboek", "gästebuch", "partecipazion", "candle", "kerze", "lumini",
	"tribute-wall", "tribute-post", "tributes",
	"consent", "gdpr", "banner", "advert", "newsletter", "subscribe", "footer",
	"breadcrumb", "navbar", "navigation", "topnav", "menu", "popular",
	"mostread", "most-read", "most_read", "meistgelesen", "recommend", "empfehl", "promo",
	"sponsor", "outbrain", "taboola", "pagination", "toolbar", "skiplink",
	// Sourcepoint's consent message ("sp_message_container_912733")
	"sp_message_container", "sp-message-container",
	"skip-link", "modal", "popup", "signup", "login", "byline",
	"author-info", "authorinfo", "author-box", "authorbox", "about-author", "author-bio", "authorbio", "authors-bio", "author__bio", "author_bio",
	"authorcard", "author-card", "author_card",
	"caption", "credit", "bildnachweis", "fotonachweis", "editsection", "masthead", "tagcloud", "tag-list", "taglist", "post-tags",
	"entry-tags", "post-meta", "entry-meta", "postmeta", "article-meta", "postinfo",
	"post-info", "reply", "respond", "crumbs", "more-stories", "readmore",
	"read-more", "also-read", "next-post", "prev-post", "post-nav", "postnav",
	"visually-hidden", "sr-only", "screen-reader", "teaser-list",
	"paywall", "donate", "contact-info", "copyright", "impressum",
	// subscription boxes in Portuguese, Spanish, French and German, Italian, Catalan
	"assinatura", "suscripcion", "suscription", "abonnement", "abbonamento", "abbonati", "subscripcio", "subscription",
	"dateline", "timestamp", "pubdate", "published", "updated", "posted", "entry-date",
	"post-date", "article-date", "trackback", "pingback", "kommentar", "schlagw", "lightbox",
	"disclosure", "disclaimer", "notice", "news-letter", "post-card", "breaker", "bildunter", "image-subtitle", "bildtext", "bildquelle",
	"videoplayer", "video-player", "video_player", "mediaplayer", "media-player", "avplayer", "audioplayer", "audio-player",
	// "see also" boxes and newsletters in Spanish and Portuguese ("mira-tambien", "leia-tambem", "c-boletines")
	"tambien", "tambem", "boletin",
	// "read also" boxes in Indonesian and Malay, Polish ("zobacz_takze"); a
	// teaser set in the text ("inline-teaser")
	"baca-juga", "bacajuga", "zobacz", "inline-teaser",
	// a gallery of photographs after the text, their captions ("PhotoGallery", "photo-gallery", "fotogalerie")
	"photogallery", "photo-gallery", "photo_gallery", "fotogalerie", "fotogaleria", "fotogalleria",
	// a site-wide bar over the page ("announcement-bar", a hospital's "alert-bar")
	"announcement-bar", "announcement-banner", "announcementbar", "alert-bar", "alertbar", "site-alert", "sitealert",
	// a members' gate around its offer (the text it hides is paywalled),
	// a registration wall, a whitepaper's download box
	"content-gate", "reg-wall", "regwall", "whitepaper", "gatedcontent", "gated-content",
	// a wiki's reference list and navigation box
	"reflist", "mw-references", "navbox",
	// an Amazon affiliate plugin's product boxes, a shop's product slider with its title,
	// a product's card or box with its price ("kg-product-card", "product-box")
	"aawp", "product-slider", "productslider", "product-carousel", "product-card", "productcard", "product-box", "productbox",
	// a quiz set in the text, a podcast's teaser ("sc-podcast-teaser")
	"quiz", "podcast-teaser",
	"img-desc", "image-desc", "photo-desc", "bild_unter", "bild-unter", "picture-desc", "pic-desc",
	// a subscriber's button to give the article away
	"gift-article", "gift-link", "giftarticle",
	// readers' comments as Israeli sites call them; captions in French
	"talkback", "legende",
	// related articles and a site's terms as Japanese sites name them ("kanren", "kiyaku")
	"kanren", "kiyaku",
	// a business's carousel of customers' testimonials; related news in Turkish
	"testimonial", "ilgili",
	// a pull quote: a line of the text again, set large
	"pullquote", "pull-quote", "pull_quote",
	// comments, related and recommended articles, captions and picture credits in Hungarian
	"komment", "kapcsolodo", "ajanlo", "kepalairas", "kepforras",
	// a messenger's share button or channel box ("whatsapp-channel-box");
	// a summary a language model wrote of the article
	"whatsapp", "ai-summary", "ai_summary", "aisummary",
	// a video player set in the text ("Article-bodyInline InlineVideo");
	// MediaWiki's "From …" line under a page's title (id="siteSub")
	"inlinevideo", "inline-video", "video-inline", "videoinline", "sitesub",
	// Joomla's side modules
	"moduletable",
	// a bar fixed over the page (Bootstrap's "fixed-bottom", "position-fixed":
	// a cookie or privacy notice, a sticky header) and Turkish sites' notice
	// of their data protection law ("kvkk-bar")
	"fixed-bottom", "fixed-top", "position-fixed", "kvkk",
	// Czech discussions ("diskuze"), Italian related stories ("correlati"), a
	// call for tips ("tipline-box", "story-tip-box"), the next article an
	// infinite scroll adds ("article-scroll-container--next", "next-article")
	"diskuz", "correlati", "tipline", "tip-box", "story-tip", "next-article", "nextarticle", "article--next", "scroll-container--next",
	// a podcast's or an audio player's embed or teaser set in the text
	// ("podcast-embed", "PodcastTeaser_root__k2LmN", a French "encart-podcast")
	"podcast-embed", "podcast-player", "podcastplayer", "audio-embed", "podcastteaser", "podcast-promo", "encart-podcast",
	// an appeal's box by its class ("support-box", "DonationEnhancement",
	// "SupportInline_box__cB7nV", a French "encart-soutien") and a recipe
	// card's call to share ("wprm-call-to-action")
	"donation", "support-box", "supportbox", "support-callout", "support-title", "view-support", "supportinline", "support-inline",
	"support-us", "support-cta", "call-to-action", "soutien",
	// a site's note on its standards ("b-trust-box", "box--transparency")
	// and its job ads ("bloc-recrutement", "b-jobs-promo")
	"trust-box", "trustbox", "transparency", "transparenz", "recrutement", "recruitment", "jobs-promo",
	// a blog's list of its latest posts (WordPress's "widget_recent_entries",
	// Wix's data-hook="recent-posts")
	"recent-post", "recent_post", "recentpost", "recent-entr", "recent_entr",
}

// negativeSet, positiveSet, promoSet and boilerSet look the lists up
// (isNegative, isPositive, isPromo, isBoilerPhrase).
var negativeSet = newSubstrings(negativeParts...)

// negativeWords are whole words of class and id values that mark page
// furniture (as substrings they would match too much).
var negativeWords = map[string]bool{
	"ad": true, "ads": true, "adv": true, "nav": true, "meta": true, "tags": true,
	"tag": true, "header": true, "date": true, "time": true, "author": true,
	"aside": true, "more": true, "info": true, "tools": true,
	"actions": true, "secondary": true, "masthead": true, "autor": true, "noprint": true,
	"links": true, "views": true, "hits": true, "rss": true,
	"counter": true, "rating": true, "pager": true, "category": true, "categories": true,
	"archive": true, "jump": true, "overlay": true, "datum": true,
	"feedback": true, "syndication": true, "backlink": true, "linkliste": true,
	"video": true, "poll": true, "cta": true, "player": true,
	// an appeal box after the article ("contributions-epic")
	"epic": true,
	// an advertisement's box in German ("anzeige-box")
	"anzeige": true, "werbung": true,
	// a byline's box as Tribune's templates name it ("trb_ar_by"); a
	// box of files to download
	"by": true, "downloads": true,
	// a line after the article on who publishes the column ("slate-paragraph--tagline");
	// a writer's biography ("contrib-bio", "bio-box")
	"tagline": true, "bio": true,
	// an affiliate's product box ("affiliate-box")
	"affiliate": true,
}

// hiddenClasses are whole class names that hide an element.
var hiddenClasses = map[string]bool{
	"hidden": true, "hide": true, "is-hidden": true, "d-none": true, "invisible": true,
	"visuallyhidden": true, "element-invisible": true, "noscript": true,
}

// positiveParts are substrings of class and id values that mark the
// article text. They protect an element from negativeParts (a
// "post-content has-comments" container) and raise its score.
var positiveParts = []string{
	"article-body", "articlebody", "article_body", "article-content", "articlecontent",
	"article_content", "article-text", "articletext", "entry-content", "entrycontent",
	"entry_content", "post-content", "postcontent", "post_content", "post-body",
	"postbody", "post_body", "story-body", "storybody", "story-content", "storycontent",
	"main-content", "maincontent", "content-body", "body-text", "bodytext", "article__body",
	"article__content", "single-content", "blog-content", "news-content", "newscontent",
	"text-content", "rich-text", "richtext", "field-body", "post-text", "posttext",
	"entry-body", "page-content", "articletext", "artikel", "beitrag", "inhalt",
}

var positiveSet = newSubstrings(positiveParts...)

// classID returns the lower-cased class and id of n. It allocates only
// when both are set or one has upper-case letters: it runs on every
// element in several passes.
func classID(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	switch {
	case c == "" && id == "":
		return ""
	case id == "":
		return strings.ToLower(c)
	case c == "":
		return strings.ToLower(id)
	}
	return strings.ToLower(c + " " + id)
}

// isPositive reports whether a class/id string marks article text.
func isPositive(ci string) bool {
	if !strings.Contains(ci, "body") && !strings.Contains(ci, "content") && !strings.Contains(ci, "text") &&
		!strings.Contains(ci, "artikel") && !strings.Contains(ci, "beitrag") && !strings.Contains(ci, "inhalt") {
		return false // every positive part contains one of these
	}
	return positiveSet.in(ci)
}

// neutralParts are parts of class names that hold a negativePart but
// name no furniture: "selectionShareable" (text readers may quote, not a
// share bar) and Docusaurus's headings' "anchorWithStickyNavbar" (anchored
// below a sticky navigation bar, not one), WoltLab's posts'
// "messageSidebarOrientationLeft" (a layout, not a sidebar), the rest of
// a text that opens with its summary (NHK's "content--summary-more",
// "content--detail-more"), a note's colour in Bootstrap and Infima
// ("alert--secondary" on Docusaurus's admonitions, not a secondary column),
// Medium's paragraph styles ("graf--pullquote" sets a paragraph of the
// text large; it repeats nothing), Substack's anchored subheadings
// ("header-anchor-post": a heading one may link to, not a page's header),
// a piece of opinion or analysis as a content type ("node-commentary",
// "node-type-commentary" on Drupal: the article, not readers' comments),
// Drupal's node promoted to the front page ("node-promoted": the article,
// not a promotion), a story's archive of the live updates it grew from
// ("story__live-archive": its text, not a blog's archive of posts), a
// live blog's entry, which its template calls a comment
// ("post__live-container--comment-content": the newsroom's, not readers'),
// an opinion column's tone and section ("tonal--tone-comment",
// "section-commentisfree").
var neutralParts = []string{"live-archive", "live-container--comment", "tone-comment", "tone--comment", "commentisfree", "node-commentary", "node--commentary", "type-commentary", "type--commentary", "node-promoted", "node--promoted", "shareable", "withstickynavbar", "sidebarorientation", "summary-more", "detail-more", "body-more",
	"alert--secondary", "alert-secondary", "graf--pullquote", "graf-after--pullquote", "header-anchor"}

// neutralSet finds whether a class holds one of neutralParts in one pass
// (isNegative runs on every element's class).
var neutralSet = newSubstrings(neutralParts...)

// isNegative reports whether a class/id string marks page furniture.
// classWords splits a lower-cased class/id string into its words:
// "live__more-posts" is "live", "more" and "posts".
func classWords(ci string) []string {
	return strings.FieldsFunc(ci, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
}

// negativeOnlyBy reports whether class/id string ci holds one of words
// as a class word and would not be negative without them: "rating-box"
// is furniture only for its "rating".
func negativeOnlyBy(ci string, words map[string]bool) bool {
	var rest []string
	found := false
	for _, w := range classWords(ci) {
		if words[w] {
			found = true
			continue
		}
		rest = append(rest, w)
	}
	return found && !isNegative(strings.Join(rest, " "))
}

func isNegative(ci string) bool {
	if ci == "" {
		return false
	}
	if strings.IndexByte(ci, '_') > 0 {
		ci = withoutGenerated(ci)
	}
	if neutralSet.in(ci) {
		for _, p := range neutralParts {
			if strings.Contains(ci, p) {
				ci = strings.ReplaceAll(ci, p, "")
			}
		}
	}
	if negativeSet.in(ci) {
		return true
	}
	if hasHiddenClass(ci) {
		return true
	}
	heading := strings.Contains(ci, "heading")
	for _, w := range classWords(ci) {
		if negativeWords[w] && !(heading && (w == "tag" || w == "adv")) {
			// But "av-special-heading-tag" names a heading's element, and
			// "kt-adv-heading" an advanced heading block, not tags or ads.
			return true
		}
	}
	return false
}

// withoutGenerated returns class/id string ci without the class names a
// build tool generated, a letter, an underscore and one to three letters
// or digits ("e_ad e_W" on Seznam Zprávy's paragraphs): "ad" there names
// no advertisement. It returns ci itself, without allocating, when it has
// none (most class strings with an underscore are BEM's "article__body").
func withoutGenerated(ci string) string {
	generated := func(c string) bool {
		if len(c) < 3 || len(c) > 5 || c[1] != '_' || c[0] < 'a' || c[0] > 'z' {
			return false
		}
		for i := 2; i < len(c); i++ {
			if !(c[i] >= 'a' && c[i] <= 'z' || c[i] >= '0' && c[i] <= '9') {
				return false
			}
		}
		return true
	}
	any := false
	for c := range strings.FieldsSeq(ci) {
		if generated(c) {
			any = true
			break
		}
	}
	if !any {
		return ci
	}
	return strings.Join(slices.DeleteFunc(strings.Fields(ci), generated), " ")
}

// isHidden reports whether n is hidden from readers.
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
		return true
	}
	st := attr(n, "style")
	if st == "" {
		return false
	}
	st = strings.ReplaceAll(strings.ToLower(st), " ", "")
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// protectedNodes returns the elements that pruning must keep: <article>,
// <main>, itemprop="articleBody" and elements whose class marks article
// text, when they hold at least minProtectText characters outside links,
// with their ancestors; and the ancestors of the headline element. So a
// page wrapper whose class happens to say "sidebar" or "header" is not
// removed with the article in it, while a teaser <article> in a related
// box protects nothing. It also returns the same set for containers of
// any size, which the date search uses (a date line is short).
func protectedNodes(doc *html.Node, h1 *html.Node, stats map[*html.Node]textStats) (keep, all map[*html.Node]bool) {
	keep, all = map[*html.Node]bool{}, map[*html.Node]bool{}
	mark := func(set map[*html.Node]bool, n *html.Node) {
		for p := n.Parent; p != nil && !set[p]; p = p.Parent {
			set[p] = true
		}
	}
	for _, n := range selectAll(doc, articleMarkup) {
		if ci := classID(n); ci != "" && excludedAreaClass(ci) && (h1 == nil || !holds(n, h1)) {
			continue // a comment's <article> ("comment-body"): no article text
		}
		if !articleMarkupSel.Match(n) && inFurnitureArea(n) && (h1 == nil || !holds(n, h1)) {
			// A box classed as text in a side column (Contao's "ce_text" in
			// <aside id="right">): the column is no article.
			continue
		}
		all[n] = true
		mark(all, n)
		if s := stats[n]; s.text-s.link >= minProtectText && linkDensity(s) < 0.5 && !dialogArticle(n, h1) {
			keep[n] = true
			mark(keep, n)
		}
	}
	if h1 != nil {
		mark(keep, h1)
		mark(all, h1)
	}
	return keep, all
}

// signInPanels returns the sign-in, subscription and sign-up panels of
// a page whose headline element h1 is known: for each password field,
// its largest ancestor that does not hold the headline and holds little
// text (under 1500 characters, and under a quarter of the page's), and
// for each e-mail field the same under 400 characters (a newsletter's
// box between paragraphs: its name, its promise, its field). Their
// offers ("Pour accéder en illimité aux articles …") are not the
// article, wherever the panel stands.
func signInPanels(doc, h1 *html.Node, stats map[*html.Node]textStats) map[*html.Node]bool {
	if h1 == nil {
		return nil
	}
	var out map[*html.Node]bool
	total := stats[doc].text
	for _, in := range selectAll(doc, signInFieldSel) {
		limit := 1500
		if !strings.EqualFold(attr(in, "type"), "password") {
			limit = 400
		}
		var panel *html.Node
		for p := in.Parent; p != nil && p != doc && p.Type == html.ElementNode; p = p.Parent {
			if s := stats[p]; s.text >= limit || 4*s.text >= total || holds(p, h1) {
				break
			}
			panel = p
		}
		if panel != nil {
			if out == nil {
				out = map[*html.Node]bool{}
			}
			out[panel] = true
		}
	}
	return out
}

// dialogArticle reports whether an <article> (or other article markup)
// that does not hold the headline is a sign-in or other dialog: its class
// says "login", "modal" or "dialog", or it holds a password field. Its
// messages ("Please fill in all required fields") are not the article.
func dialogArticle(n, h1 *html.Node) bool {
	if h1 != nil && holds(n, h1) {
		return false
	}
	ci := classID(n)
	if strings.Contains(ci, "login") || strings.Contains(ci, "modal") || strings.Contains(ci, "dialog") {
		return true
	}
	return len(selectAll(n, passwordSel)) > 0
}

// minProtectText is the text an article container must hold to be
// protected from pruning. Date search protects every container (0): a
// date line is short.
const minProtectText = 200

// pruner removes page furniture from the tree in place.
type pruner struct {
	keep  map[*html.Node]bool      // never removed
	stats map[*html.Node]textStats // text lengths before pruning
	total int                      // text length of the whole body
	drop  map[*html.Node]bool      // always removed: signInPanels
}

// prune removes the furniture under n. An element marked as furniture by
// its class alone is kept when it holds most of the text of the page or of
// the article it is in, and is not a comment or related box: layout
// wrappers are named "widget-area", "sharing-container" or
// "content-with-sidebar" too. scope is the text length of the nearest
// enclosing article (protected element), 0 outside one.
func (p *pruner) prune(n *html.Node, scope int) {
	// Every child is judged before any is pruned, so that a judgement
	// that reads the siblings (a slideshow's shown page, the button that
	// opens a hidden panel, a feed's entries) sees them whole.
	var remove []bool
	thread := false // after a heading of the comments in a flat layout
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if thread && c.Type == html.ElementNode && (c.DataAtom == atom.H1 || isSubheadingTag(c.DataAtom)) && !commentsHeading(c) {
			thread = false // the next section
		}
		junk := c.Type == html.CommentNode || c.Type == html.DoctypeNode ||
			c.Type == html.ElementNode && (thread || p.drop[c] || !p.keep[c] && isJunk(c) && !p.mostText(c, scope) && !p.leadIn(c))
		if junk && commentsHeading(c) {
			// An old blog's flat page: "<h2 id="comments">Comments</h2><p>…"
			// — the replies are the heading's siblings, not its children.
			thread = true
		}
		remove = append(remove, junk)
	}
	i := 0
	for c := n.FirstChild; c != nil; i++ {
		next := c.NextSibling
		switch {
		case remove[i]:
			n.RemoveChild(c)
		case c.Type == html.ElementNode:
			sc := scope
			if p.keep[c] {
				s := p.stats[c]
				sc = s.text - s.link
			}
			p.prune(c, sc)
		}
		c = next
	}
}

// commentsHeading reports whether n is a heading (h2 to h4) whose class or
// id names the comments or the trackbacks under a post.
func commentsHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4:
	default:
		return false
	}
	ci := classID(n)
	return strings.Contains(ci, "comment") || strings.Contains(ci, "trackback")
}

// mostText reports whether c, removed only for its class, holds most of
// the text outside links of the page or of its article.
func (p *pruner) mostText(c *html.Node, scope int) bool {
	if junkTags[c.DataAtom] || isHidden(c) {
		return false
	}
	ci := classID(c)
	for _, w := range []string{"comment", "comentario", "komentar", "reactie", "condolenc", "guestbook", "disqus", "reply", "respond", "kommentar", "cookie", "consent", "related", "recommend", "popular", "mostread", "most-read", "teaser"} {
		if strings.Contains(ci, w) {
			return false
		}
	}
	if hasHiddenClass(ci) {
		return false
	}
	s := p.stats[c]
	own := float64(s.text - s.link)
	if linkDensity(s) >= 0.3 || own < 200 {
		return false
	}
	return own > 0.3*float64(p.total) || scope > 0 && own > 0.5*float64(scope)
}

// leadIn reports whether c is the lead-in of a paragraph marked as
// furniture by its class only: a short inline element that opens a <p>
// of running text and ends with a dash or colon, as a dateline does
// ("<p><span class=dateline>KOBE – </span>A total of …"). Its words are
// the paragraph's first.
func (p *pruner) leadIn(c *html.Node) bool {
	switch c.DataAtom {
	case atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Small:
	default:
		return false
	}
	par := c.Parent
	if par == nil || par.DataAtom != atom.P || isHidden(c) || junkTags[c.DataAtom] {
		return false
	}
	for b := c.PrevSibling; b != nil; b = b.PrevSibling {
		if b.Type == html.ElementNode || b.Type == html.TextNode && strings.TrimSpace(b.Data) != "" {
			return false // not the paragraph's start
		}
	}
	own, all := p.stats[c], p.stats[par]
	if own.link != 0 || own.text == 0 || own.text > 40 || all.text-all.link-own.text < 80 {
		return false
	}
	// A dateline ends with its dash or colon; a photo credit or a
	// teaser's date before its text does not.
	t := strings.TrimSpace(textOf(c))
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '–' || r == '—' || r == '-' || r == ':'
}

// wrapsPage reports whether a form holds as much text as a page: ASP.NET
// pages put the whole page in one, article and all.
func wrapsPage(form *html.Node) bool {
	var b strings.Builder
	appendTextLimit(&b, form, 1500)
	return b.Len() >= 1500
}

// isInputForm reports whether a form is one readers fill in (a comment,
// contact or search form: a text area or a text field) and holds little
// text: its labels and explanations are not the article's. A form around
// the whole page (ASP.NET pages have one) holds the article's text too.
func isInputForm(n *html.Node) bool {
	if wrapsPage(n) {
		return false
	}
	var find func(n *html.Node) bool
	find = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Textarea {
				return true
			}
			if c.DataAtom == atom.Input {
				switch strings.ToLower(attr(c, "type")) {
				case "", "text", "email", "search", "password", "url", "tel":
					return true
				}
			}
			if find(c) {
				return true
			}
		}
		return false
	}
	return find(n)
}

// slugID reports whether n is a heading (h2 to h6), or a span or link
// right inside one, whose id is made from its own text: the id holds its
// first two words of three letters or more, as anchors of a table of
// contents are.
func slugID(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	case atom.Span, atom.A:
		// The anchor inside a heading: <h2><span id="6_Du_musst_nicht_
		// jeden_Tag_fuettern">6. Du musst nicht jeden Tag füttern</span>.
		if p := n.Parent; p == nil || !isSubheadingTag(p.DataAtom) {
			return false
		}
	default:
		return false
	}
	id := strings.ToLower(attr(n, "id"))
	if id == "" {
		return false
	}
	found := 0
	first := ""
	for _, w := range strings.Fields(strings.ToLower(textOf(n))) {
		w = strings.Trim(w, ".,:;!?\"'()„“”«»")
		// A slug may keep only a word's letters and digits: "9:15 p.m."
		// is "915-pm".
		bare := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, w)
		if utf8.RuneCountInString(bare) < 3 {
			continue
		}
		if !strings.Contains(id, w) && !strings.Contains(id, bare) {
			// A slug of the heading's first word only, with a prefix
			// and a number or at the end ("nav_firmware_2" for
			// "Firmware mit Macken", "nav_display" for "Display und
			// Verarbeitung").
			return found == 1 && (strings.ContainsAny(id, "0123456789") || strings.HasSuffix(id, first)) && strings.ContainsAny(id, "_-")
		}
		if first == "" {
			first = w
		}
		if found++; found == 2 {
			return true
		}
	}
	return false
}

// isSubheadingTag reports whether a is h2 to h6.
func isSubheadingTag(a atom.Atom) bool {
	switch a {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// photoTable reports whether n is an old layout's picture box: a table
// floated beside the text (align=left or right) that holds a picture and
// at most a caption and its credit, as a <figure> does today ("The old gym
// … Gazette photo by Linda Haas").
func photoTable(n *html.Node) bool {
	if n.DataAtom != atom.Table {
		return false
	}
	if a := strings.ToLower(strings.TrimSpace(attr(n, "align"))); a != "left" && a != "right" {
		return false
	}
	imgs, text := 0, 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && text <= 300; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				text += trimmedLen(c.Data)
			case c.DataAtom == atom.Img:
				if !smallImage(c) {
					imgs++
				}
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return imgs > 0 && text <= 300
}

// metaList reports whether n is a list of a page's facts (GOV.UK's "From:
// Environment Agency / Published 14 March 2023"): a <dl> alone in its box,
// of up to six short terms and definitions, one definition a date and its
// term a label without digits. A timeline's terms are its dates.
func metaList(n *html.Node) bool {
	if n.DataAtom != atom.Dl || n.Parent == nil || onlyElement(n.Parent) != n {
		return false // in a box of other facts (a contact's), the box is judged
	}
	pairs, dated := 0, false
	term := ""
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		t := collapse(textOf(c))
		switch c.DataAtom {
		case atom.Dt:
			if utf8.RuneCountInString(t) > 30 {
				return false
			}
			term = t
			pairs++
		case atom.Dd:
			if utf8.RuneCountInString(t) > 60 {
				return false
			}
			if term != "" && !strings.ContainsAny(term, "0123456789") && dateLineOnly(strings.ToLower(t)) && yearRe.MatchString(t) {
				dated = true
			}
		default:
			return false
		}
	}
	return dated && pairs <= 6
}

// smallImage reports whether img says it is under 60 pixels wide or high:
// a spacer, a bullet, an icon.
func smallImage(img *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		if v, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(attr(img, k)), "px")); err == nil && v < 60 {
			return true
		}
	}
	return false
}

// appealElement reports whether n is a box that appeals for readers'
// money or membership, wherever it stands in the text: a <div>, <aside> or
// <section> of up to 700 characters with a link or a button among its few
// children, whose text holds an appeal's own words (strongTail: "support
// our", "become a member") as isTailJunk reads a block after the text
// ("Keep Westword Free… Make a one-time donation today"); not a live
// blog's entry, dated or quoting a post that "stands ready to support".
func appealElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Aside, atom.Section:
	default:
		return false
	}
	// Cheap first: a box's call to action is one of its own few children
	// (a link, a button, or a paragraph or a <div> holding one alone).
	cta, kids := false, 0
	var ctaText string // the call to action's own words
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if kids++; kids > 8 {
			return false
		}
		switch c.DataAtom {
		case atom.A, atom.Button:
			cta = true
			ctaText += " " + textOf(c)
		case atom.P, atom.Div:
			if e := onlyElement(c); e != nil && (e.DataAtom == atom.A || e.DataAtom == atom.Button) {
				cta = true
				ctaText += " " + textOf(e)
			} else if buttonRow(c) {
				// "Je m'abonne" beside "Déjà abonné ? Connectez-vous": the
				// first is the call.
				cta = true
				ctaText += " " + textOf(skipBlank(c.FirstChild))
			}
		}
	}
	if !cta {
		return false
	}
	var b strings.Builder
	appendTextLimit(&b, n, 1400) // bounded work: most boxes are longer
	t := collapse(b.String())
	if k := utf8.RuneCountInString(t); k < 40 || k > 700 {
		return false
	}
	if l := strings.ToLower(t); !appealMoneySet.in(l) || !tailSet.in(l) && !donateButton(ctaText) {
		return false // one pass over the text before each phrase is looked for
	}
	// A box longer than a short appeal is one when its button asks for
	// money too ("Support Our Journalism"); a button that says no more
	// than "Donate now" makes the box an appeal whatever its words.
	button := utf8.RuneCountInString(ctaText) <= 40 && (strongTail(ctaText) || donateButton(ctaText))
	return (strongTail(t) || donateButton(ctaText)) && (isTailJunk(t) || button) && len(selectAll(n, quoteOrTimeSel)) == 0
}

// buttonRow reports whether n holds two or three links or buttons and
// nothing else (white space aside), each styled as a button: a box's
// calls to act ("Je m'abonne", "Déjà abonné ? Connectez-vous").
func buttonRow(n *html.Node) bool {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.A || c.DataAtom == atom.Button) && (c.DataAtom == atom.Button || buttonClass(classID(c))):
			k++
		default:
			return false
		}
	}
	return k >= 2 && k <= 3
}

// buttonClass reports whether a class/id string styles a link as a
// button: "btn btn-primary", "button", "cta".
func buttonClass(ci string) bool {
	return strings.Contains(ci, "btn") || strings.Contains(ci, "button") || hasWord(ci, "cta")
}

// donateButton reports whether a call to action's words are only a call
// to donate or to join ("Donate now", "Word lid"): in a report's sentence
// they are the report's ("residents can donate now at the clinic").
func donateButton(s string) bool {
	switch strings.ToLower(strings.Trim(collapse(s), " !.→›»")) {
	case "donate", "donate now", "donate today", "give now", "give today", "make a donation", "make a gift", "jetzt spenden", "faire un don", "donar", "dona ora",
		"become a member", "word lid", "lid worden", "mitglied werden", "devenir membre", "hazte socio", "quiero apoyar", "apóyanos", "apoyanos":
		return true
	}
	return false
}

// appealMoneySet finds the words of an appeal for money or membership
// (not a sign-in prompt's: a journal's "you must be registered and logged
// in to submit" is its page's text).
var appealMoneySet = newSubstrings("donat", "support", "member", "subscri", "contribut", "spende", "unterstütz", "mitglied",
	"abonn", "soutien", "soutenez", "apoy", "suscri", "sostien", "abbona", "steun", "word lid", "assin", "apoie")

// aiSummaryBox reports whether n is a box of a summary a language model
// wrote of the article: a <div>, <section> or <aside> whose first element
// or text, a short label, says so ("✦ Zusammenfassung (KI-generiert,
// redaktionell geprüft)" over its bullet points, "<b>Résumé généré par
// IA :</b> …").
func aiSummaryBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside:
	default:
		return false
	}
	first := n.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type == html.CommentNode {
		return false
	}
	// Cheap first: the label's first two texts, which a pictogram may
	// open ("<span>✦</span> Zusammenfassung (KI-generiert, …)").
	var label [2]string
	k := 0
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for ; c != nil && k < 2; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					label[k] = c.Data
					k++
				}
			case c.Type == html.ElementNode && depth < 3:
				walk(c.FirstChild, depth+1)
			}
		}
	}
	if first.Type == html.TextNode {
		walk(first, 0)
	} else {
		walk(first.FirstChild, 0)
	}
	if len(label[0])+len(label[1]) > 240 {
		return false
	}
	l := strings.ToLower(label[0] + " " + label[1])
	return aiLabelSet.in(l) && summaryWordSet.in(l) && textShorter(n, 1500)
}

// summaryWordSet finds the word "summary" in the languages of aiLabelSet.
var summaryWordSet = newSubstrings("summary", "zusammenfassung", "résumé", "resumen", "riassunto", "samenvatting", "key points", "das wichtigste")

// aiLabelSet finds the labels that say a language model wrote a text.
var aiLabelSet = newSubstrings("ki-generiert", "ki generiert", "ai-generated", "ai generated", "generated by ai", "généré par ia",
	"généré par l'ia", "généré par l’ia", "generado por ia", "generado con ia", "generata dall'ia", "generato dall'ia",
	"gegenereerd door ai", "ai-gegenereerd")

// authorCard reports whether n is a box about one of the article's
// writers, whatever its class ("a_aut_c"): a link to a writer's page
// (authorPaths) that names a person, a paragraph of up to 400 characters
// after it, a portrait perhaps, and nothing else.
func authorCard(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Li:
	default:
		return false
	}
	var link, para bool
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.Data == "amp-img" || c.DataAtom == atom.Figure && strings.TrimSpace(textOf(c)) == "":
		case !link && !para && c.DataAtom == atom.P && namedLinkThenBreak(c):
			// "<p><a href=/redaktion/…>Mechthild Kornhaus</a><br>Redakteurin
			// in der …</p>": the name and the line about the writer in one
			// paragraph.
			link, para = true, true
		case !link && !para:
			a := c
			if a.DataAtom != atom.A {
				a = onlyElement(c)
			}
			if a == nil || !namedWriterLink(a) || strings.TrimSpace(textOf(c)) != strings.TrimSpace(textOf(a)) {
				return false
			}
			link = true
		case link && !para && c.DataAtom == atom.P:
			if t := strings.TrimSpace(textOf(c)); t == "" || utf8.RuneCountInString(t) > 400 {
				return false
			}
			para = true
		default:
			return false
		}
	}
	return link && para
}

// isJunk reports whether element n is page furniture.
func isJunk(n *html.Node) bool {
	if junkTags[n.DataAtom] && !(n.DataAtom == atom.Aside && factAside(n)) {
		// A <header> that holds the text's paragraphs is the text: some
		// templates mark the article up so (<header class="inner-content">).
		return !(n.DataAtom == atom.Header && (isEntryHeader(n) || headingModule(n) || holdsProse(n, 80, 3)) ||
			n.DataAtom == atom.Button && disclosureLabel(n))
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	if n.DataAtom == atom.Form && isInputForm(n) {
		return true
	}
	if stampLine(n) || photoTable(n) || metaList(n) || authorCard(n) || appealElement(n) || aiSummaryBox(n) || ampStandIn(n) {
		return true
	}
	ci := classID(n)
	if ci != "" && paywalled(n, ci) {
		return false
	}
	if isHidden(n) || hasHiddenClass(ci) {
		if !slidePage(n) && !disclosedPanel(n) && !olderEntries(n) {
			return true
		}
		ci = withoutHiddenClasses(ci)
	}
	if r := strings.ToLower(attr(n, "role")); r != "" && junkRoles[r] {
		return true
	}
	if ip := strings.ToLower(attr(n, "itemprop")); ip == "author" || ip == "creator" {
		return true // the byline, read for the authors
	}
	if ci != "" && isPositive(ci) {
		return false
	}
	if recipeCard(ci) {
		return false
	}
	if ci != "" && slugID(n) {
		// <h3 id="nav_nur_die_folie__1">Nur die Folie …: an anchor made
		// from the heading's words says nothing about what it is.
		ci = strings.ToLower(attr(n, "class"))
	}
	if ci != "" && (headingModule(n) || n.Parent != nil && headingModule(n.Parent) && onlyElement(n.Parent) == n) {
		return false // <div class="j-module j-header"><h2 id="cc-m-header-1">: a page builder's heading among its text modules
	}
	if ci != "" && inSentence(n) {
		return false // <a class="inner-link-tag">BMKG</a> in a sentence: its words are the sentence's
	}
	if ci != "" && strings.Contains(ci, "header") && !isNegative(strings.ReplaceAll(ci, "header", "")) && (inEntryHeader(n) || headerBetweenParagraphs(n) || headerOverText(n) || disclosureHeading(n)) {
		// <div class="post-header"><h3 class="post__header-title">: an
		// update's heading; <p>…</p><h2 class="header">…</h2><p>…</p>: a
		// subheading of the text; <h3 class="accordion-header"><button
		// aria-controls=…>: an FAQ's question.
		return false
	}
	if ci == "" || !isNegative(ci) {
		if dv := dataRole(n); dv != "" && isNegative(dv) && !isPositive(dv) {
			return true
		}
		return labelledAd(n) || newsletterBox(n) || isTeaserRow(n)
	}
	if strings.Contains(ci, "caption") && !isNegative(strings.ReplaceAll(ci, "caption", "")) &&
		inCaptionEntry(n) {
		// A gallery listicle's slide: its "caption" holds an entry's
		// heading and its paragraphs.
		return false
	}
	if uniquePullQuote(ci, n) {
		// "wp-block-pullquote" on words the text does not say elsewhere:
		// a quote set large that is the only place the text has it.
		return false
	}
	if moreEntries(ci, n) {
		// "live__more-posts": a live blog's older entries, loaded with
		// the page and shown by a button, not a box of other stories.
		return false
	}
	if strings.Contains(ci, "links") && negativeOnlyBy(ci, linksWord) && len(selectAll(n, linkSel)) == 0 && len(selectAll(n, boxMediaSel)) == 0 && trimmedLen(textOf(n)) >= 40 {
		// "textualData links": a box classed as links that holds none,
		// nor a picture (a data table of the text), is no list of links.
		return false
	}
	if infoBox(ci, n) {
		// "practical-info", "info-box": a box of the article's facts
		// under its own heading ("Getting there", "Praktisch").
		return false
	}
	if negativeOnlyBy(ci, infoWord) && strings.Contains(ci, "callout") && holdsProse(n, 60, 1) {
		// "callout callout--info": a help article's note of its own
		// sentences ("Hinweis: Keine Bestätigung bekommen? …").
		return false
	}
	if n.DataAtom == atom.P && negativeOnlyBy(ci, infoWord) && proseOf(n, 60) {
		// "short-info", "step-info-description": a paragraph of prose
		// (a lead, a recipe's step), not a box.
		return false
	}
	if negativeOnlyBy(ci, weakWords) && (holdsProse(n, 60, 1) || n.DataAtom == atom.P && proseOf(n, 60)) {
		// "short-on-time", "rating-box": a word that marks a date line or
		// a star rating, on a box of the article's sentences (a fact
		// check's verdict, a summary).
		return false
	}
	// A paragraph or heading is rarely furniture by class alone unless it
	// says so clearly.
	return true
}

// pullQuoteParts are the class parts that name a pull quote.
var pullQuoteParts = []string{"pullquote", "pull-quote", "pull_quote"}

// uniquePullQuote reports whether n, classed as a pull quote and as
// nothing else that is furniture, quotes words the text around it does
// not have. A pull quote usually repeats a line of the text, set large,
// and goes; but some templates (WordPress's "wp-block-pullquote", a CMS's
// quote module) set a quote there that the text has nowhere else, and it
// is the text. The text around it is its <article>, <main> or <body>
// (the text's containers may part it from the line it repeats). The
// quote is a repeat when two fifths of its runs of four words are found
// there a second time: a pull quote cuts, joins and edits the text's
// sentences ("… everything, indirectly facilitates" from "… everything,
// thus indirectly facilitates") and adds or drops quote marks.
func uniquePullQuote(ci string, n *html.Node) bool {
	rest, found := ci, false
	for _, p := range pullQuoteParts {
		if strings.Contains(rest, p) {
			rest, found = strings.ReplaceAll(rest, p, ""), true
		}
	}
	if !found || isNegative(rest) {
		return false
	}
	q := textOf(n)
	if len(q) < 25 || len(q) > 600 {
		return false
	}
	a := n.Parent
	for a != nil && a.DataAtom != atom.Article && a.DataAtom != atom.Main && a.DataAtom != atom.Body {
		a = a.Parent
	}
	if a == nil {
		return false
	}
	// Count the text's runs of four words; the quote itself is one
	// place that has them.
	words := quoteWords(textOf(a))
	runs := make(map[string]int, len(words))
	for i := 0; i+4 <= len(words); i++ {
		runs[strings.Join(words[i:i+4], " ")]++
	}
	qw := quoteWords(q)
	said, again := 0, 0
	for i := 0; i+4 <= len(qw); i++ {
		said++
		if runs[strings.Join(qw[i:i+4], " ")] >= 2 {
			again++
		}
	}
	return said > 0 && again*5 < said*2
}

// quoteWords returns the lower-cased words of s, punctuation and quote
// marks aside.
func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// ampStandIn reports whether n is what an AMP component shows until, or
// unless, it loads: its child marked `fallback` or `placeholder`
// ("<amp-video …><div fallback>Your browser doesn’t support HTML5
// video.</div>", "<amp-iframe …><div placeholder>View this post on X</div>").
func ampStandIn(n *html.Node) bool {
	if n.Parent == nil || !strings.HasPrefix(n.Parent.Data, "amp-") {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "fallback" || a.Key == "placeholder" {
			return true
		}
	}
	return false
}

// linksWord is the class word of a box of links.
var linksWord = map[string]bool{"links": true}

// factAside reports whether <aside> n is a fact box set into the text
// ("Das Hallenbad in Zahlen", "By the numbers", "Fakta: …"): between two
// of the text's paragraphs, headings or lists (within three elements on
// each side: an ad slot may stand between; for an aside alone in a
// CMS's module, the modules of the text's paragraphs beside it), 40 to
// 1500 characters of its own words, no link, picture, player, button or
// form (an offer, a
// scoreboard, a call to action each have one), none of its lines
// furniture, and not a line of the text again (a pull quote). It is then
// judged by its class as any box is: a newsletter set there still goes.
func factAside(n *html.Node) bool {
	// The aside alone in a CMS's module of its own, up to two deep.
	boxed := n
	for range 2 {
		if p := boxed.Parent; p != nil && (p.DataAtom == atom.Div || p.DataAtom == atom.Section) && onlyElement(p) == boxed {
			boxed = p
		}
	}
	textBlock := func(e *html.Node) bool {
		if e == nil {
			return false
		}
		switch e.DataAtom {
		case atom.P, atom.H2, atom.H3, atom.H4, atom.Ul, atom.Ol, atom.Blockquote:
			return true
		case atom.Div, atom.Section:
			// A CMS's module of the text's paragraphs (Drupal's
			// "paragraph--type--text") beside the aside's module.
			return boxed != n && holdsProse(e, 60, 1)
		}
		return false
	}
	// The text's block nearest on each side, past an ad slot or two.
	near := func(step func(*html.Node) *html.Node) bool {
		e := boxed
		for range 3 {
			if e = step(e); e == nil {
				return false
			}
			if textBlock(e) {
				return true
			}
		}
		return false
	}
	if !near(prevElement) || !near(nextElement) {
		return false
	}
	size := trimmedLen(textOf(n))
	if size < 40 || size > 1500 {
		return false
	}
	if len(selectAll(n, boxMediaSel)) > 0 || len(selectAll(n, linkSel)) > 0 {
		return false
	}
	for _, p := range selectAll(n, paragraphSel) {
		if t := textOf(p); furnitureBlock(t, trimmedLen(t)) {
			return false // a box of furniture lines: "Got a question? Text QUESTION to … or email …"
		}
	}
	// A pull quote: a line of the text again, set apart.
	q := strings.Trim(collapse(textOf(n)), " \"'“”„‘’«»")
	for c := boxed.Parent.FirstChild; c != nil && len(q) <= 400; c = c.NextSibling {
		if c != boxed && c.Type == html.ElementNode && strings.Contains(collapse(textOf(c)), q) {
			return false
		}
	}
	return true
}

// labelledAd reports whether n is a short box that its first element
// labels as an advertisement: <div class="tl-inline-offer"><span>Sponsored</span><p>Compare
// today's best savings rates. …</p></div> between a guide's paragraphs.
func labelledAd(n *html.Node) bool {
	first := boxTitle(n)
	if first == nil || first.FirstChild == nil || first.FirstChild != first.LastChild || first.FirstChild.Type != html.TextNode || nextElement(first) == nil {
		return false
	}
	label := strings.TrimSpace(first.FirstChild.Data)
	if len(label) > 24 || !adLabels[strings.ToLower(strings.Trim(label, " -–:·|[]()"))] {
		return false
	}
	return utf8.RuneCountInString(textOf(n)) <= 300
}

// boxTitle returns the first element of box n (a <div>, <aside> or
// <section>), where its title or label stands, or nil: also when text
// comes before it.
func boxTitle(n *html.Node) *html.Node {
	switch n.DataAtom {
	case atom.Div, atom.Aside, atom.Section:
	default:
		return nil
	}
	first := skipBlank(n.FirstChild)
	if first == nil || first.Type != html.ElementNode {
		return nil
	}
	return first
}

// skipBlank returns n or the first sibling after it that is not white
// space between elements (or a comment), or nil.
func skipBlank(n *html.Node) *html.Node {
	for n != nil && (n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" || n.Type == html.CommentNode) {
		n = n.NextSibling
	}
	return n
}

// namedLinkThenBreak reports whether paragraph p opens with a link to a
// writer's page that names a person, then a line break and up to 400
// characters about the writer.
func namedLinkThenBreak(p *html.Node) bool {
	a := skipBlank(p.FirstChild)
	if a == nil || !namedWriterLink(a) {
		return false
	}
	if br := skipBlank(a.NextSibling); br == nil || br.DataAtom != atom.Br {
		return false
	}
	t := strings.TrimSpace(textOf(p))
	return utf8.RuneCountInString(t) <= 400 && len(t) > len(textOf(a))+10
}

// namedWriterLink reports whether a is a link to a writer's page
// (writerPage) whose text names a person: two to four words of a name.
func namedWriterLink(a *html.Node) bool {
	if a.DataAtom != atom.A || !writerPage(attr(a, "href")) {
		return false
	}
	w := strings.Fields(textOf(a))
	return len(w) >= 2 && len(w) <= 4 && nameCased(w)
}

// newsletterBox reports whether n is a short box (300 characters at most)
// that its first element titles as a newsletter and that holds a link or
// a button to sign up: <div class="inread__container"><p>Newsletter « La
// Matinale »</p><p>Chaque matin, …</p><a>S'inscrire</a></div>, however
// its class is named and without an e-mail field.
func newsletterBox(n *html.Node) bool {
	first := boxTitle(n)
	if first == nil || first.DataAtom == atom.A || !mentionsNewsletter(first) {
		return false // cheap first: it runs on every box
	}
	label := strings.ToLower(strings.TrimSpace(textOf(first)))
	if len(label) > 60 || !strings.HasPrefix(label, "newsletter") && !strings.HasSuffix(label, "newsletter") {
		return false
	}
	if len(selectAll(n, buttonOrLinkSel)) == 0 {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSpace(textOf(n))) <= 300
}

// mentionsNewsletter reports whether a text among the first few nodes
// under n says "newsletter", without building n's text: a title is
// short, and n may hold the whole page.
func mentionsNewsletter(n *html.Node) bool {
	budget := 12
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil && budget > 0; c = c.NextSibling {
			budget--
			switch c.Type {
			case html.TextNode:
				if strings.Contains(c.Data, "ewsletter") || strings.Contains(c.Data, "EWSLETTER") {
					return true
				}
			case html.ElementNode:
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	return walk(n)
}

// adLabels label a box as an advertisement.
var adLabels = map[string]bool{"sponsored": true, "sponsored content": true, "advertisement": true, "advertising": true, "ad": true,
	"paid content": true, "paid post": true, "anzeige": true, "werbung": true, "gesponsert": true, "publicidad": true,
	"patrocinado": true, "publicité": true, "sponsorisé": true, "pubblicità": true, "advertentie": true, "reklama": true,
	"reklam": true, "mainos": true, "annons": true, "annonse": true}

// moreEntries reports whether n, negative only by the class word "more",
// holds two paragraphs of prose or more and few links: the rest of the
// text a "more" button reveals, not a list of teasers (their headlines
// are links). Negative only by "views", one paragraph is enough.
func moreEntries(ci string, n *html.Node) bool {
	min := 2
	if negativeOnlyBy(ci, viewsWord) && !slices.Contains(classWords(ci), "block") {
		// A View's row holds one entry ("views-row"), of one paragraph
		// perhaps; a View placed as a block ("block-views") is a box
		// beside the text.
		min = 1
	} else if negativeOnlyBy(ci, archiveWord) {
		// A ticker's "ticker-archive" of older entries: entries of the
		// class of those shown before it.
		return entriesAsBefore(n)
	} else if !negativeOnlyBy(ci, moreWord) {
		return false
	}
	if !holdsProse(n, 60, min) {
		return false
	}
	linked := 0
	for _, a := range selectAll(n, linkSel) {
		linked += len(textOf(a))
	}
	return linked*5 < len(textOf(n))
}

// infoBox reports whether n, negative only by the class word "info",
// holds a subheading and a paragraph or list item of prose.
func infoBox(ci string, n *html.Node) bool {
	if !negativeOnlyBy(ci, infoWord) || len(selectAll(n, subheadingSel)) == 0 {
		return false
	}
	for _, p := range selectAll(n, paragraphSel) {
		if t := textOf(p); utf8.RuneCountInString(t) >= 60 && sentenceEnd(t) {
			return true
		}
	}
	return false
}

// inCaptionEntry reports whether n or one of its three nearest ancestors
// is a captionEntry: the slide's heading and text inside it are kept
// with it.
func inCaptionEntry(n *html.Node) bool {
	for a, up := n, 0; a != nil && a.Type == html.ElementNode && up < 4; a, up = a.Parent, up+1 {
		if strings.Contains(classID(a), "caption") && captionEntry(a) {
			return true
		}
	}
	return false
}

// captionEntry reports whether n, classed as a caption, holds a heading
// and a paragraph of prose of 80 characters or more: an entry of a
// gallery listicle, not a photo's caption.
func captionEntry(n *html.Node) bool {
	return len(selectAll(n, subheadingSel)) > 0 && holdsProse(n, 80, 1)
}

// weakWords mark furniture as class words where the element is a date
// line or a star rating; on a box of prose they mean something else.
var weakWords = map[string]bool{"time": true, "date": true, "datum": true, "rating": true}

// moreWord, viewsWord and infoWord are the class words of moreEntries
// and infoBox. A Drupal View's wrapper and rows ("views-element-container",
// "views-row") are negative only by "views", a view count's word: the
// older entries of a live blog a view loads are the text as a "more"
// button's are.
var (
	moreWord = map[string]bool{"more": true}
	// archiveWord is the class word of a live ticker's older entries
	// ("ticker-archive") as much as of a blog's archive of months.
	archiveWord = map[string]bool{"archive": true}
	viewsWord   = map[string]bool{"views": true}
	infoWord    = map[string]bool{"info": true}
)

// stampLine reports whether n is the line that dates an entry of a feed
// (inEntry): a <div> or <p> whose child <time> holds two fifths or more of
// its under 40 characters ("21.30 Uhr vor 3 Std.", "09:30 published at
// 09:30 BST"). A sentence that names a date holds more; a recipe's
// "15 Min" is in no feed.
func stampLine(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.P {
		return false
	}
	var tm *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Time {
			tm = c
			break
		}
	}
	if tm == nil {
		return false
	}
	var b strings.Builder
	appendTextLimit(&b, n, 48)
	all := utf8.RuneCountInString(strings.TrimSpace(b.String()))
	return all < 40 && 5*utf8.RuneCountInString(strings.TrimSpace(textOf(tm))) >= 2*all && inEntry(n)
}

// headerBetweenParagraphs reports whether n is a heading (h2 to h6) that
// links nowhere, between two paragraphs among its siblings: a subheading,
// whatever its class says ("header-anchor-post" on Substack). Between
// the paragraph before it and n may stand a picture, a list, a quote or
// furniture that pruning removes (a sign-up box).
func headerBetweenParagraphs(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	if linksAway(n) {
		return false
	}
	if next := nextElement(n); next == nil || next.DataAtom != atom.P {
		return false
	}
	for prev, i := prevElement(n), 0; prev != nil && i < 3; prev, i = prevElement(prev), i+1 {
		switch {
		case prev.DataAtom == atom.P:
			return true
		case prev.DataAtom == atom.Ul || prev.DataAtom == atom.Ol || prev.DataAtom == atom.Blockquote:
			// Right before it, or after furniture: a list of the text,
			// not one of links.
			return i == 0 || !linkLine(prev, 1<<30)
		case prev.DataAtom == atom.Figure || pictureBox(prev) || isJunk(prev) || formBox(prev) || linkLine(prev, 200):
			// A "Read also: …" line between paragraphs is skipped too.
			continue
		}
		return false
	}
	return false
}

// headerOverText reports whether heading n, whose class says "header",
// opens a module of the text: first in its box, with no link, over a
// paragraph or a box of one (a page builder's blurb: <h4
// class="et_pb_module_header"> over its description).
func headerOverText(n *html.Node) bool {
	if !isSubheadingTag(n.DataAtom) || prevElement(n) != nil || linksAway(n) {
		return false
	}
	next := nextElement(n)
	if next == nil || linksAway(next) {
		return false
	}
	if next.DataAtom != atom.P && len(selectAll(next, paragraphSel)) != 1 {
		return false
	}
	return utf8.RuneCountInString(textOf(next)) >= 40 && sentenceEnd(textOf(next))
}

// linkLine reports whether n's text is under max characters and mostly
// the text of its links.
func linkLine(n *html.Node, max int) bool {
	all := trimmedLen(textOf(n))
	if all == 0 || all >= max {
		return false
	}
	linked := 0
	for _, a := range selectAll(n, linkSel) {
		linked += trimmedLen(textOf(a))
	}
	return 2*linked >= all
}

// formBox reports whether n is or holds a form of input fields
// (isInputForm) with little text: a sign-up box between paragraphs.
func formBox(n *html.Node) bool {
	for _, f := range selectAll(n, formSel) {
		if isInputForm(f) {
			return utf8.RuneCountInString(strings.TrimSpace(textOf(n))) < 400
		}
	}
	return n.DataAtom == atom.Form && isInputForm(n)
}

// pictureBox reports whether n holds a picture and little text besides
// its caption: an image's container between paragraphs.
func pictureBox(n *html.Node) bool {
	if len(selectAll(n, imgSel)) == 0 {
		return false
	}
	text := utf8.RuneCountInString(strings.TrimSpace(textOf(n)))
	for _, c := range selectAll(n, figcaptionSel) {
		text -= utf8.RuneCountInString(strings.TrimSpace(textOf(c)))
	}
	return text < 40
}

// captionedPicture reports whether n is a picture with its caption and
// nothing else: an image and under 300 characters of text, none of it in
// a paragraph ("<div class="myndatexti">…</div>" under the photo).
func captionedPicture(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Figure || len(selectAll(n, imgSel)) == 0 || len(selectAll(n, paragraphSel)) > 0 {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSpace(textOf(n))) < 300
}

// headingModule reports whether n is a page builder's heading module
// whose class says "header": its one element is a heading (h2 to h6)
// that links nowhere else, and the element after it is or holds a
// paragraph or a list ("j-module j-header" between "j-module j-text" on
// Jimdo pages; "frame-header" above the text of a TYPO3 content element);
// or such a <header> element, followed by a paragraph of prose.
func headingModule(n *html.Node) bool {
	if n.DataAtom != atom.Header && !strings.Contains(strings.ToLower(attr(n, "class")), "header") {
		return false
	}
	h := onlyWordsElement(n)
	if h == nil || linksAway(h) {
		return false
	}
	switch h.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Header {
			// A <header> element is the page's or a teaser's unless a
			// paragraph of prose follows it (a TYPO3 content element's
			// "<header><h2>" above its text).
			t := strings.TrimSpace(textOf(s))
			return s.DataAtom == atom.P && utf8.RuneCountInString(t) >= 80 && !linksAway(s)
		}
		return s.DataAtom == atom.P || len(selectAll(s, paragraphSel)) > 0
	}
	return false
}

// inSentence reports whether n is an inline element (a link, a span, an
// emphasis) inside a paragraph with words of the paragraph's own beside
// it: part of a sentence, whatever its class says ("inner-link-tag",
// "author-link"). Pages link the topics and names of their sentences to
// tag and author pages; their classes name those pages.
func inSentence(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Strong, atom.B, atom.Em, atom.I, atom.Abbr, atom.Mark, atom.U:
	case atom.Span:
		// A dateline's place that opens the first sentence ("<span
		// class="article-dateline">Eichenrod.</span> Eine Gartenhütte
		// …"); not a date.
		if !strings.Contains(classID(n), "dateline") || strings.ContainsFunc(textOf(n), unicode.IsDigit) {
			return false
		}
	default:
		return false
	}
	p := n.Parent
	if p == nil || p.DataAtom != atom.P {
		return false
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && utf8.RuneCountInString(strings.TrimSpace(c.Data)) >= 3 {
			return true
		}
	}
	return false
}

// disclosureLabel reports whether the button n is the label of a
// disclosure in a heading, as an FAQ's questions are: <h2><button
// aria-expanded="false" aria-controls="faq-1">Who qualifies?</button></h2>.
// Its words are the heading's.
func disclosureLabel(n *html.Node) bool {
	if !hasAttr(n, "aria-expanded") && !hasAttr(n, "aria-controls") {
		return false
	}
	for a, k := n.Parent, 0; a != nil && k < 2; a, k = a.Parent, k+1 {
		switch a.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// disclosureHeading reports whether n is a heading (h2 to h6) whose button
// is a disclosure's label (disclosureLabel).
func disclosureHeading(n *html.Node) bool {
	if !isSubheadingTag(n.DataAtom) {
		return false
	}
	for _, b := range selectAll(n, buttonSel) {
		if disclosureLabel(b) {
			return true
		}
	}
	return false
}

// disclosedPanel reports whether the hidden element n is the panel of a
// disclosure, an FAQ's answer, an accordion's section or the rest of an
// article behind "Continue reading": an element just before it holds the
// control, a button whose aria-controls (or data-target) names n's id
// (or an element whose own id n's id holds), or a button that says
// whether it is expanded and controls nothing named (then n must hold
// two paragraphs of prose, one otherwise); or
// the element just after it holds a button that names n's id (a live
// blog's "Load more"). The page carries the text
// and shows it on a click; a hidden menu or dialog is no such panel.
func disclosedPanel(n *html.Node) bool {
	id := attr(n, "id")
	named, unnamed := false, false
	var find func(m *html.Node, depth int)
	find = func(m *html.Node, depth int) {
		if id != "" && (attr(m, "aria-controls") == id || strings.TrimPrefix(attr(m, "data-target"), "#") == id) {
			named = true
		}
		if m.DataAtom == atom.Button && hasAttr(m, "aria-expanded") && !hasAttr(m, "aria-controls") {
			unnamed = true
		}
		if depth == 3 {
			return
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				find(c, depth+1)
			}
		}
	}
	prev := prevElement(n)
	if prev != nil {
		find(prev, 0)
		if pid := attr(prev, "id"); pid != "" && id != pid && strings.Contains(id, pid) {
			// The control's id inside the panel's: Collapse-O-Matic's
			// <span id="id66a1"> and <div id="target-id66a1">.
			named = true
		}
	}
	if next := nextElement(n); next != nil && id != "" && !named {
		// A live blog's "Load more" button after its hidden older
		// entries, naming them: <button data-target="live-more">.
		unnamedBefore := unnamed
		find(next, 0)
		unnamed = unnamedBefore
	}
	return named && holdsProse(n, 40, 1) || unnamed && holdsProse(n, 80, 2)
}

// hasHiddenClass reports whether the class and id string ci holds one of
// hiddenClasses.
func hasHiddenClass(ci string) bool {
	for _, c := range strings.Fields(ci) {
		if hiddenClasses[c] {
			return true
		}
	}
	return false
}

// withoutHiddenClasses returns ci without its hiddenClasses.
func withoutHiddenClasses(ci string) string {
	f := strings.Fields(ci)
	k := 0
	for _, c := range f {
		if !hiddenClasses[c] {
			f[k] = c
			k++
		}
	}
	return strings.Join(f[:k], " ")
}

// slidePage reports whether the hidden element n is a page of a slideshow
// or of tabs within the article: a sibling of the same element and
// classes (its hidden ones apart) is shown, and n holds prose, a
// paragraph of a sentence or more. A gallery article ("1. Honest Laundry
// Bag", "2. …") shows one section at a time and hides the others, which
// the page carries whole; a hidden menu, modal or teaser row is no such
// sibling, or no prose.
func slidePage(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Li:
	default:
		return false
	}
	own := withoutHiddenClasses(strings.ToLower(attr(n, "class")))
	if own == "" {
		return false
	}
	shown := false
	for _, sibs := range [2]func(*html.Node) *html.Node{
		func(c *html.Node) *html.Node { return c.PrevSibling },
		func(c *html.Node) *html.Node { return c.NextSibling },
	} {
		for c := sibs(n); c != nil && !shown; c = sibs(c) {
			if c.Type != html.ElementNode || c.DataAtom != n.DataAtom {
				continue
			}
			cl := strings.ToLower(attr(c, "class"))
			if withoutHiddenClasses(cl) == own && !hasHiddenClass(cl) && !isHidden(c) {
				shown = true
			}
		}
	}
	return shown && holdsProse(n, 80, 1)
}

// olderEntries reports whether hidden element n holds a live blog's older
// entries behind a "Show more" button: its children (or its one child's:
// <div class="ticker-more"><ol style="display:none"><li …>) are entries of
// one tag and class, each dated by a <time> and holding a paragraph, of
// the class of an entry shown near it (under n's grandparent).
func olderEntries(n *html.Node) bool {
	g := n
	if e := onlyElement(n); e != nil && (e.DataAtom == atom.Ol || e.DataAtom == atom.Ul || e.DataAtom == atom.Div) {
		g = e
	}
	var tag atom.Atom
	class := ""
	k := 0
	for c := g.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		cl := strings.ToLower(attr(c, "class"))
		if k == 0 {
			tag, class = c.DataAtom, cl
		}
		if cl == "" || c.DataAtom != tag || cl != class || len(selectAll(c, timeSel)) == 0 || !holdsProse(c, 40, 1) {
			return false
		}
		k++
	}
	if k == 0 || n.Parent == nil || n.Parent.Parent == nil {
		return false
	}
	for _, e := range selectAll(n.Parent.Parent, anyElementSel) {
		if e.DataAtom == tag && strings.ToLower(attr(e, "class")) == class && !holds(n, e) {
			return true // shown: its own box is not hidden (the hidden group's are under n)
		}
	}
	return false
}

// entriesAsBefore reports whether n's children hold two entries or more
// of one tag and class, each with a paragraph of prose, of the class of
// an element among n's earlier siblings: more of a ticker's entries.
func entriesAsBefore(n *html.Node) bool {
	var tag atom.Atom
	class := ""
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		cl := attr(c, "class")
		if cl == "" || !holdsProse(c, 60, 1) {
			continue // a title, an empty box
		}
		if k == 0 {
			tag, class = c.DataAtom, cl
		} else if c.DataAtom != tag || cl != class {
			return false
		}
		k++
	}
	if k < 2 {
		return false
	}
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && slices.ContainsFunc(selectAll(s, anyElementSel), func(e *html.Node) bool {
			return e.DataAtom == tag && attr(e, "class") == class
		}) {
			return true
		}
	}
	return false
}

// holdsProse reports whether n holds want paragraphs (<p>) of prose: of
// at least min characters, ending a sentence, and no call to subscribe,
// follow or donate.
func holdsProse(n *html.Node, min, want int) bool {
	found := 0
	var walk func(*html.Node) bool
	walk = func(m *html.Node) bool {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P {
				if proseOf(c, min) {
					if found++; found == want {
						return true
					}
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// proseOf reports whether p's text is prose of at least min characters
// (holdsProse).
func proseOf(p *html.Node, min int) bool {
	t := textOf(p)
	n := utf8.RuneCountInString(t)
	if n < min || !sentenceEnd(t) {
		return false
	}
	l := strings.ToLower(t)
	// An offer is short: a long paragraph that names a newsletter in a
	// sentence ("… mailed by a stranger who had read about her in a
	// newsletter.") is the text.
	return !(n < 400 && isPromo(l)) && !tailSet.in(l)
}

// shownPart reports whether paywalled n, of class and id ci, is the part
// of the text a paywall shows ("teaser-content paywall"): "teaser" is its
// only word of a gate's prompt, and it holds three paragraphs of prose or
// more, which no offer to subscribe does.
func shownPart(n *html.Node, ci string) bool {
	return strings.Contains(ci, "teaser") && !gatePromptSet.in(strings.ReplaceAll(ci, "teaser", "")) && holdsProse(n, 80, 3)
}

// paywalled reports whether n, of class and id ci, is article text that
// a paywall marks or hides: its class or id names a paywall or
// subscribers ("paywall", "subscriber-preview", "subscriber-only") and
// nothing else that is furniture, and it is prose, a paragraph of a
// sentence or more or a container of two such paragraphs (<p
// class="paywall">, <div class="paywall-content" style="display:none">
// around the rest of the article). The page carries the text; the
// paywall's offer, a few short lines and buttons, is not prose and
// stays furniture.
func paywalled(n *html.Node, ci string) bool {
	if !paywallSet.in(ci) {
		return false
	}
	if gatePromptSet.in(ci) && !shownPart(n, ci) && (gateOfferSet.in(ci) || n.DataAtom != atom.P && !fadedProse(n)) {
		return false // the gate's offer, not the text behind it; a paragraph under its fade is text
	}
	if isSubheadingTag(n.DataAtom) {
		return headerBetweenParagraphs(n) // <h2 class="paywall"> between the text's paragraphs
	}
	var rest []string
	for _, c := range strings.Fields(ci) {
		if !paywallSet.in(c) {
			rest = append(rest, c)
		}
	}
	// "paywall-content is-hidden": hidden from those without a
	// subscription, which is what the paywall class says.
	if r := withoutHiddenClasses(strings.Join(rest, " ")); strings.TrimSpace(r) != "" && isNegative(r) {
		return false
	}
	if n.DataAtom == atom.P {
		return proseOf(n, 30)
	}
	if strings.Contains(ci, "preview") {
		// The part of the article the paywall shows ("subscriber-preview"
		// on TownNews' BLOX sites): one short paragraph is text too.
		return holdsProse(n, 30, 1)
	}
	// Two paragraphs of prose, or one long one: the last paragraph a
	// paywall leaves visible ("paywall-content" around a single <p>).
	if holdsProse(n, 120, 2) || holdsProse(n, 200, 1) {
		return true
	}
	// A paragraph of the text's own classes (a blurred one that also says
	// paywall: "Textstyled__Text … Paywallstyled__Blurred"; one under the
	// fade: "ArticleBody_paragraph…" in "paywalled-content Paywall_fade…")
	// is the text, however short; a paywall box's offer has classes of its
	// own.
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P && proseOf(c, 30) && textParagraphClasses(n, attr(c, "class")) &&
			(paywallSet.in(classID(c)) || attr(c, "class") != "" && strings.Contains(ci, "fade")) {
			return true
		}
	}
	return false
}

// textParagraphClasses reports whether class list cls holds every class
// of a paragraph before n among its siblings: the text's paragraphs.
func textParagraphClasses(n *html.Node, cls string) bool {
	have := strings.Fields(cls)
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type != html.ElementNode || s.DataAtom != atom.P {
			continue
		}
		if c := strings.Fields(attr(s, "class")); len(c) > 0 && !slices.ContainsFunc(c, func(x string) bool { return !slices.Contains(have, x) }) {
			return true
		}
	}
	return false
}

// paywallSet finds the words of a class name that mark the part of an
// article behind a paywall or a members' gate
// ("newspack-content-gate__gated").
var paywallSet = newSubstrings("paywall", "subscriber", "gated", "content-gate", "premium", "metered")

// fadedProse reports whether n, classed as a paywall's fade, holds the
// text under it ("nk-paywalled--fade" around the first paragraphs behind
// the paywall): prose, and no button or form of an offer.
func fadedProse(n *html.Node) bool {
	return holdsProse(n, 60, 1) && len(selectAll(n, buttonSel)) == 0 && len(selectAll(n, formSel)) == 0
}

// gatePromptSet finds the words of a class name that mark a paywall's or
// gate's offer and sign-in prompt ("newspack-content-gate__prompt").
var gatePromptSet = newSubstrings("prompt", "inline-gate", "offer", "cta", "signin", "sign-in", "login", "register", "teaser", "fade")

// gateOfferSet is gatePromptSet without "fade": the words that mark a
// paragraph as the offer ("paywall-fade" is the last paragraph shown).
var gateOfferSet = newSubstrings("prompt", "inline-gate", "offer", "cta", "signin", "sign-in", "login", "register", "teaser")

// dataRoleAttrs are the data attributes in which pages whose class names
// are generated hashes ("css-1vm5oi9", "dcr-1s7ot3o") name what an element
// is: data-testid="inline-newsletter", data-component="email-signup".
var dataRoleAttrs = map[string]bool{
	"data-testid": true, "data-test-id": true, "data-component": true, "data-module": true,
	"data-area": true, "data-qa": true, "data-widget": true, "data-block": true, "data-hook": true, "data-role": true,
}

// dataRole returns the lower-cased values of n's dataRoleAttrs and of its
// aria-label when that names a region (regionLabel), or ""; only for
// containers: inline elements carry them too, on the links of a sentence
// (data-component="auto-linked-tag").
func dataRole(n *html.Node) string {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Figure, atom.Ul, atom.Ol, atom.Form, atom.Table, atom.Dl, atom.Details:
	default:
		return ""
	}
	var out string
	for _, a := range n.Attr {
		if (len(a.Key) > 5 && a.Key[:5] == "data-" && dataRoleAttrs[a.Key] || a.Key == "aria-label" && regionLabel(a.Val)) && a.Val != "" {
			if out != "" {
				out += " "
			}
			out += strings.ToLower(a.Val)
		}
	}
	return out
}

// regionLabel reports whether an aria-label names the kind of a region
// ("Newsletter signup", "Advertisement", "Cookie Notice"): three words at
// most. A longer one is a title (a teaser's, the article's), whose words
// ("The credit crunch returns to Europe") say nothing of the element.
func regionLabel(v string) bool {
	return len(v) <= 30 && len(strings.Fields(v)) <= 3
}

// recipeCard reports whether a class/id string marks a recipe card (WP
// Recipe Maker's "wprm-recipe", "wpzoom-recipe-card", "tasty-recipes",
// "recipe-ingredients"): the text of a recipe post, whatever layout words
// ("header-content-align-left", "print-links") its classes carry. A box of
// other recipes is not one.
func recipeCard(ci string) bool {
	return strings.Contains(ci, "recipe") && !excludedAreaSet.in(ci) && !strings.Contains(ci, "more") && !strings.Contains(ci, "teaser")
}

// textStats are the lengths of text in an element and in its links.
type textStats struct {
	text, link int
}

// statsOf computes textStats for every element under n.
func statsOf(n *html.Node, m map[*html.Node]textStats) textStats {
	var s textStats
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			s.text += trimmedLen(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			}
			cs := statsOf(c, m)
			s.text += cs.text
			if c.DataAtom == atom.A {
				if strings.HasPrefix(attr(c, "href"), "#") {
					// A link within the page (a table of contents, a
					// footnote) counts for less, as in readability.
					s.link += cs.text * 3 / 10
				} else {
					s.link += cs.text
				}
			} else {
				s.link += cs.link
			}
		}
	}
	m[n] = s
	return s
}

// trimmedLen counts the characters of s that are not white space runs.
func trimmedLen(s string) int {
	// Byte by byte: a character is counted at its first byte (UTF-8's
	// continuation bytes are 10xxxxxx); decoding runes took twice as long.
	n, space := 0, true
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == ' ' || b == '\n' || b == '\t' || b == '\r':
			if !space {
				n++
			}
			space = true
		case b&0xC0 != 0x80:
			n++
			space = false
		}
	}
	return n
}

// linkDensity is the share of n's text inside links.
func linkDensity(s textStats) float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// directText returns the length and comma count of the text directly in n
// (text nodes and inline elements, not child blocks).
func directText(n *html.Node) (int, int) {
	l, commas := 0, 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				l += trimmedLen(c.Data)
				commas += strings.Count(c.Data, ",")
			case html.ElementNode:
				if !isBlock(c.DataAtom) {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return l, commas
}

// countCommas returns the number of commas in textOf(n), without building
// the text (a layout table's cell holds the whole page).
func countCommas(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		return strings.Count(n.Data, ",")
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return 0
		}
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += countCommas(c)
	}
	return k
}

// findContent returns the element that holds the article text, scored as
// readability does: every paragraph gives points to its parent and
// grandparent for its length and commas; an element's points are reduced
// by its link density and raised by a class that marks article text.
func findContent(body *html.Node, stats map[*html.Node]textStats) (*html.Node, map[*html.Node]float64, map[*html.Node]int) {
	scores := map[*html.Node]float64{}
	ptext := map[*html.Node]int{} // paragraph text under each element
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			var l, commas int
			switch c.DataAtom {
			case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Dd:
				l = stats[c].text - stats[c].link
				if l >= 25 {
					commas = countCommas(c)
				}
			case atom.Div, atom.Section, atom.Article, atom.Span, atom.Font, atom.Center, atom.Main:
				l, commas = directText(c)
			}
			if l >= 25 {
				for a := c; a != nil && a != body; a = a.Parent {
					ptext[a] += l
				}
				s := 1 + float64(commas) + min(float64(l)/100, 3)
				if c.DataAtom != atom.P && c.DataAtom != atom.Pre && c.DataAtom != atom.Td && c.DataAtom != atom.Blockquote && c.DataAtom != atom.Dd {
					// Text directly in a container counts for the container itself.
					scores[c] += s
				}
				if p := c.Parent; p != nil && p.Type == html.ElementNode {
					scores[p] += s
					if g := p.Parent; g != nil && g.Type == html.ElementNode {
						scores[g] += s / 2
						if gg := g.Parent; gg != nil && gg.Type == html.ElementNode {
							scores[gg] += s / 3
						}
					}
				}
			}
			walk(c)
		}
	}
	walk(body)
	var best *html.Node
	bestScore := 0.0
	final := make(map[*html.Node]float64, len(scores))
	for n, s := range scores {
		f := s * (1 - linkDensity(stats[n]))
		ci := classID(n)
		if ci != "" && isPositive(ci) {
			f += 25 + s*0.25
		}
		if n.DataAtom == atom.Article || strings.EqualFold(attr(n, "itemprop"), "articleBody") {
			f += 10 + s*0.25
		}
		final[n] = f
		if f > bestScore || f == bestScore && best != nil && before(n, best) {
			best, bestScore = n, f
		}
	}
	return best, final, ptext
}

// before reports whether a comes before b in document order (used only to
// break ties deterministically).
func before(a, b *html.Node) bool {
	da, db := depth(a), depth(b)
	ancestorFirst := da < db // an ancestor comes before its descendants
	for da > db {
		a = a.Parent
		da--
	}
	for db > da {
		b = b.Parent
		db--
	}
	if a == b {
		return ancestorFirst
	}
	for a.Parent != b.Parent {
		a, b = a.Parent, b.Parent
	}
	for c := a; c != nil; c = c.NextSibling {
		if c == b {
			return true
		}
	}
	return false
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// contentNodes returns the top candidate and those of its siblings that
// look like more of the article (readability's sibling step), in order.
func contentNodes(top *html.Node, scores map[*html.Node]float64, stats map[*html.Node]textStats, ptext map[*html.Node]int) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	if top.DataAtom == atom.Tr {
		// A layout table's row: its main column, the cell with the most
		// paragraph text, when another cell holds text too (side boxes).
		var main *html.Node
		for c := top.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Td && (main == nil || ptext[c] > ptext[main]) {
				main = c
			}
		}
		if main != nil && layoutCell(main) {
			top = main
		}
	}
	// Climb while the parent has little besides the candidate, or holds
	// much more paragraph text with few links (an article split over the
	// modules of a page builder).
	for top.Parent != nil && top.Parent.Type == html.ElementNode && top.Parent.DataAtom != atom.Body && !layoutCell(top) {
		ps, ts := stats[top.Parent], stats[top]
		if ps.text > 0 && float64(ts.text) >= 0.9*float64(ps.text) {
			top = top.Parent
			continue
		}
		if float64(ptext[top.Parent]) >= climbRatio*float64(ptext[top]) && linkDensity(ps) < 0.25 {
			top = top.Parent
			continue
		}
		if a := splitArticleAncestor(top, ptext, stats); a != nil {
			// The article's wrappers, then the content elements of a page
			// builder that hold the rest of its text ("csc-default").
			top = a
			continue
		}
		if entryWrapper(top, ptext, stats) {
			// A wrapper that adds a heading and a time to the candidate
			// (or wrappers, one in another: a content block, an entry's
			// body, the entry), among siblings that hold more of the
			// text: one entry of a live blog, the others beside it.
			top = top.Parent
			continue
		}
		break
	}
	threshold := max(10, scores[top]*0.2)
	column := layoutCell(top)
	var out []*html.Node
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == top {
			out = append(out, c)
			continue
		}
		if c.Type != html.ElementNode || narrowColumn(classID(c)) && !narrowColumn(classID(top)) || column && c.DataAtom == atom.Td {
			continue // a side column of a grid or a layout table beside the text's
		}
		if captionedPicture(c) {
			continue // a photo and its caption beside the text, not more of it
		}
		if scores[c] >= threshold {
			out = append(out, c)
			continue
		}
		// An <article> holds the article: the boxes after it (traffic
		// news, a player's blurb, a series note) are not more of it,
		// though a paragraph beside it (a standfirst) may be.
		if c.DataAtom == atom.P || (c.DataAtom == atom.Div || c.DataAtom == atom.Section) && !(top.DataAtom == atom.Article && len(out) > 0) {
			s := stats[c]
			ld := linkDensity(s)
			t := textOf(c)
			if s.text > 80 && ld < 0.25 || s.text > 0 && s.text <= 80 && ld == 0 && sentenceEnd(t) {
				out = append(out, c)
			}
		}
	}
	// The text's other fields beside the box the candidate's siblings are
	// in: a CMS's body field before its field of paragraph modules (a
	// quote, more text), each classed as text and holding prose.
	var before, after []*html.Node
	for c := top.Parent.PrevSibling; c != nil; c = c.PrevSibling {
		if textField(c, stats) {
			before = append([]*html.Node{c}, before...)
		}
	}
	for c := top.Parent.NextSibling; c != nil; c = c.NextSibling {
		if textField(c, stats) {
			after = append(after, c)
		}
	}
	if len(before) > 0 || len(after) > 0 {
		out = slices.Concat(before, out, after)
	}
	return out
}

// textField reports whether element c is a field of the article's text:
// a <div> or <section> classed as text or body ("field--name-body", not
// as furniture too)
// that holds two paragraphs of prose with few links.
func textField(c *html.Node, stats map[*html.Node]textStats) bool {
	if c.Type != html.ElementNode || c.DataAtom != atom.Div && c.DataAtom != atom.Section {
		return false
	}
	ci := classID(c)
	return ci != "" && (isPositive(ci) || strings.Contains(ci, "body") || strings.Contains(ci, "text")) && !isNegative(ci) &&
		linkDensity(stats[c]) < 0.25 && holdsProse(c, 80, 2)
}

// splitArticleAncestor returns the ancestor of top, up to four levels up,
// that holds twice top's paragraph text or more with few links, where the
// ancestors below it add little to top (a header, a date, a standfirst):
// the page's column of content elements, of which the article's first
// holds its headline and the next ones the rest of its text. Nil if there
// is none.
func splitArticleAncestor(top *html.Node, ptext map[*html.Node]int, stats map[*html.Node]textStats) *html.Node {
	base := ptext[top]
	if base == 0 {
		return nil
	}
	for a, k := top.Parent, 0; a != nil && a.Parent != nil && k < 3; a, k = a.Parent, k+1 {
		if a.Type != html.ElementNode || a.DataAtom == atom.Body || float64(ptext[a]) >= climbRatio*float64(base) {
			return nil // the climb's own test decides there
		}
		up := a.Parent
		if up.Type != html.ElementNode || up.DataAtom == atom.Body || layoutCell(up) {
			return nil
		}
		if float64(ptext[up]) >= 2*float64(base) && linkDensity(stats[up]) < 0.25 && sameClassSiblings(a) {
			return up
		}
	}
	return nil
}

// sameClassSiblings reports whether element a has a class and a later
// sibling of the same tag and class: the next content element.
func sameClassSiblings(a *html.Node) bool {
	c := attr(a, "class")
	if c == "" {
		return false
	}
	for s := a.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom == a.DataAtom && attr(s, "class") == c {
			return true
		}
	}
	return false
}

// entryWrapper reports whether top's parent adds no paragraph text to it
// but an entry's line (entryLineOnly: its time and writer, "Oct 17, 2023,
// 6:51 PM UTC Caleb Ortega") and is, or is within up to two
// more such wrappers, a child of an element with much more paragraph text
// and few links: the climb from one entry of a live blog to the feed of
// entries.
func entryWrapper(top *html.Node, ptext map[*html.Node]int, stats map[*html.Node]textStats) bool {
	w, branch := top.Parent, top
	for k := 0; k < 3; k++ {
		if ptext[w] != ptext[top] && !entryLineOnly(w, branch, ptext) {
			return false
		}
		g := w.Parent
		if g == nil || g.Type != html.ElementNode || g.DataAtom == atom.Body {
			return false
		}
		if float64(ptext[g]) >= climbRatio*float64(ptext[w]) {
			return linkDensity(stats[g]) < 0.25
		}
		w, branch = g, w
	}
	return false
}

// entryLineOnly reports whether w's paragraph text beside its child
// branch is an entry's line alone: a child of w that holds a <time>, of
// entryLine characters at most.
func entryLineOnly(w, branch *html.Node, ptext map[*html.Node]int) bool {
	extra := ptext[w] - ptext[branch]
	for c := w.FirstChild; c != nil && extra > 0; c = c.NextSibling {
		if c == branch || ptext[c] == 0 {
			continue
		}
		if ptext[c] > entryLine || len(selectAll(c, timeSel)) == 0 {
			return false
		}
		extra -= ptext[c]
	}
	return extra == 0
}

// entryLine is the most text a live blog's entry adds to its body in the
// line of its time and writer.
const entryLine = 80

// narrowColumnRe is a grid framework's class for a column a third of the
// page's width or less: Bootstrap's "col-md-3", "col-4", Foundation's
// "large-3", the 960 grid's "grid_4", Bootstrap 2's "span3".
var narrowColumnRe = regexp.MustCompile(`^(?:col-(?:(?:xs|sm|md|lg|xl|xxl)-)?|large-|medium-|grid_|span)[1-4]$`)

// narrowColumn reports whether class and id ci name a narrow column of a
// grid (narrowColumnRe): a sidebar, whatever else it is called.
func narrowColumn(ci string) bool {
	if !strings.Contains(ci, "col") && !strings.Contains(ci, "large-") && !strings.Contains(ci, "medium-") && !strings.Contains(ci, "grid_") && !strings.Contains(ci, "span") {
		return false
	}
	for _, w := range strings.Fields(ci) {
		if narrowColumnRe.MatchString(w) {
			return true
		}
	}
	return false
}

// threadTexts returns, when the best-scored element top is a post of a
// thread or holds the thread's posts (a forum's, a Q&A site's), or is a
// reply form below them, the text of each post in order, without the
// blocks about their writers: a thread's text is all of its posts, as
// readers and annotators take it, not the one reply that says most.
// Posts are two or more sibling elements of one tag whose classes name
// a post, a message, a question or an answer, each with a block about its
// writer (a profile, an avatar, a user name); a live blog's entries are no
// thread. A Q&A page's question, outside its answers' list, comes first.
func threadTexts(top *html.Node, ptext map[*html.Node]int) []*html.Node {
	var posts []*html.Node
	inForm := false
	for a, k := top, 0; a != nil && a.Type == html.ElementNode && k < 10 && posts == nil; a, k = a.Parent, k+1 {
		posts = threadPosts(a.Parent)
		inForm = inForm || a.DataAtom == atom.Form
	}
	if posts == nil {
		// The thread's container itself: its posts a level or two down.
		for c := top.FirstChild; c != nil && posts == nil; c = c.NextSibling {
			posts = threadPosts(c)
		}
		if posts == nil {
			posts = threadPosts(top)
		}
	}
	root := top
	for root.Parent != nil {
		root = root.Parent
	}
	if posts == nil && inForm {
		// A quick-reply box below the thread: the thread above it.
		for _, n := range selectAll(root, anyElementSel) {
			if posts = threadPosts(n); posts != nil {
				break
			}
		}
	}
	if posts == nil {
		return nil
	}
	if postWord(classID(posts[0])) == "answer" {
		for _, q := range selectAll(root, questionSel) {
			if writerBlock(q) && before(q, posts[0]) {
				posts = append([]*html.Node{q}, posts...)
				break
			}
		}
	}
	out := make([]*html.Node, 0, len(posts))
	for _, p := range posts {
		// The post's text: the innermost element that holds nearly all
		// of the paragraph text of its elements without the writer's
		// block (whose "Registriert: …" lines count as paragraphs too).
		own := map[*html.Node]bool{}
		most := 0
		for _, d := range selectAll(p, anyElementSel) {
			if !writerBlock(d) && !writerClass(classID(d)) {
				own[d] = true
				most = max(most, ptext[d])
			}
		}
		best := p
		for _, d := range selectAll(p, anyElementSel) {
			if own[d] && most > 0 && 10*ptext[d] >= 9*most && depth(d) > depth(best) {
				best = d
			}
		}
		// A signature under the message ("messageSignature") is the
		// writer's, not the post's.
		for _, d := range selectAll(best, anyElementSel) {
			if d.Parent != nil && strings.Contains(classID(d), "signature") {
				d.Parent.RemoveChild(d)
			}
		}
		out = append(out, best)
	}
	return out
}

// threadPosts returns the children of n that are a thread's posts, or nil.
func threadPosts(n *html.Node) []*html.Node {
	if n == nil || n.Type != html.ElementNode {
		return nil
	}
	var posts []*html.Node
	var tag atom.Atom
	writers := 0
	for item := n.FirstChild; item != nil; item = item.NextSibling {
		if item.Type != html.ElementNode {
			continue
		}
		c, ci := item, classID(item)
		if postWord(ci) == "" && c.DataAtom == atom.Li {
			// A list of posts, one an item (WoltLab's
			// <li><article class="wbbPost message">).
			if e := onlyElement(c); e != nil {
				c, ci = e, classID(e)
			}
		}
		if ci == "" || postWord(ci) == "" {
			continue
		}
		if strings.Contains(ci, "live") || strings.Contains(ci, "ticker") || strings.Contains(ci, "timeline") {
			return nil
		}
		if tag == 0 {
			tag = c.DataAtom
		} else if c.DataAtom != tag {
			continue
		}
		posts = append(posts, c)
		if writerBlock(c) {
			writers++
		}
	}
	if len(posts) < 2 || writers < 2 || storyHeading(posts[0]) {
		return nil
	}
	return posts
}

// storyHeading reports whether n holds an article's headline: an <h1>, or
// an <h2> whose class names a post's or an entry's title. A blog's or an
// infinite scroll's stories (<article class="post"> each, with its
// author's avatar) are no thread's posts.
func storyHeading(n *html.Node) bool {
	for _, h := range selectAll(n, headingMarkup) {
		if h.DataAtom == atom.H1 {
			return true
		}
		if ci := classID(h); h.DataAtom == atom.H2 && (strings.Contains(ci, "entry-title") || strings.Contains(ci, "post-title") || strings.Contains(ci, "headline")) {
			return true
		}
	}
	return false
}

// postWord returns the class of a class/id string that names a thread's
// post ("post", "message", "topic-post", vBulletin's "postbit"), a
// question or an answer, or "". Whole classes only: "message-cell" is a
// part of a post.
func postWord(ci string) string {
	for _, w := range strings.Fields(ci) {
		switch {
		case w == "question" || w == "answer":
			return w
		case w == "post" || w == "message" || w == "topic-post" || w == "forumpost" || w == "postcontainer" || strings.HasPrefix(w, "postbit"),
			w == "windowbg" || w == "windowbg2" || w == "cpost":
			// SMF's "windowbg" rows, Invision's "cPost"
			return "post"
		}
	}
	return ""
}

// writerBlock reports whether n holds a block about a post's writer: a
// profile, an avatar, a user name.
func writerBlock(n *html.Node) bool {
	for _, d := range selectAll(n, anyElementSel) {
		if writerClass(classID(d)) {
			return true
		}
	}
	return false
}

// writerClass reports whether a class/id string marks a block about a
// post's writer.
func writerClass(ci string) bool {
	if ci == "" {
		return false
	}
	for _, w := range []string{"postprofile", "userinfo", "user-info", "username", "user-name", "message-user", "userdetails",
		"user-details", "postauthor", "post-author", "poster", "avatar", "signature", "user-card", "authorpane", "ipsuserphoto"} {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// blogSignOff reports whether a short line is a blogger's sign-off,
// which ends the post and is its text: "Eure Anna", "Liebe Grüße aus dem
// Bulli, Lena", "Deine Julia", "xoxo, Sam", "— Maya and Jonah".
func blogSignOff(s string) bool {
	if utf8.RuneCountInString(s) > 60 || strings.ContainsAny(s, "?:") {
		return false // "Eure Meinung?", "Euer Feedback:"
	}
	if rest, ok := afterDash(s); ok {
		// A letter's signature after a dash: "— Maya, Jonah and the whole
		// crew".
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r) && !strings.ContainsFunc(rest, unicode.IsDigit) && strings.ToUpper(rest) != rest // not an agency's "– IANS"
	}
	l := strings.ToLower(s)
	for _, p := range signOffOpeners {
		if strings.HasPrefix(l, p) {
			w := strings.Fields(s)
			r, _ := utf8.DecodeRuneInString(w[len(w)-1])
			return unicode.IsUpper(r) // the writer's name last
		}
	}
	return false
}

// afterDash returns what follows the em or en dash and space that open
// s, as a signature's dash does ("— Maya", "– Dale A. Pruitt").
func afterDash(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "— "); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "– ")
}

// signOffOpeners open a blogger's sign-off.
var signOffOpeners = []string{"eure ", "euer ", "deine ", "dein ", "liebe grüße", "viele grüße", "herzliche grüße", "lg ", "lg, ",
	"alles liebe", "bis bald", "berg heil", "cheers, ", "love, ", "xoxo", "hugs, ", "bisous", "gros bisous", "bises", "grosses bises",
	"à très vite", "à bientôt", "amitiés", "saludos", "un abrazo", "besos", "un saluto", "a presto", "baci", "groetjes", "liefs", "hälsningar", "hilsen",
	// a newsletter's: "Until then,<br>Owen"
	"until then", "until next time", "till next time", "see you next week", "see you next time"}

// signOffRe is the writer's sign-off that closes an Austrian paper's
// article: "(Lena Hofbauer, 18.11.2026)", "(red, 12.1.2020)".
var signOffRe = regexp.MustCompile(`^\([^()]{2,60}, \d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\)$`)

// layoutCell reports whether n is a cell of a table row that lays a page
// out in columns (another cell of its row holds text too): the columns
// beside it are the page's side boxes, however much text they hold, not
// more of the article.
func layoutCell(n *html.Node) bool {
	if n.DataAtom != atom.Td || n.Parent == nil || n.Parent.DataAtom != atom.Tr {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode && c.DataAtom == atom.Td && trimmedLen(textOf(c)) >= 100 {
			return true
		}
	}
	return false
}

// climbRatio is how much more paragraph text a parent must hold for the
// content to grow to it.
const climbRatio = 1.5

// sentenceEnd reports whether s ends like a sentence.
func sentenceEnd(s string) bool {
	// A magazine's end mark after the last sentence ("… in particular. ♦").
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("♦◆■∎◼▪●", r) })
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '"', '“', '”', '»', '«', '…',
		'。', '！', '？', '」', '』', '।', '؟', '۔':
		// CJK, Devanagari, Arabic and Urdu full stops too.
		return true
	}
	return false
}

// counterLabels name a count that old CMSs show under an article: its
// views, hits or comments.
var counterLabels = map[string]bool{"hits": true, "zugriffe": true, "views": true, "aufrufe": true, "comments": true, "besucher": true, "visitors": true,
	"kommentare": true, "просмотров": true, "переглядів": true, "всего комментариев": true, "комментариев": true,
	// a forum writer's counts and join date
	"beiträge": true, "posts": true, "registriert seit": true, "registriert": true, "mitglied seit": true, "joined": true}

// counterLine reports whether s is nothing but a counter: "Просмотров: 1
// 204", "Comments: 2", "Hits: 318".
func counterLine(s string) bool {
	label, n, ok := strings.Cut(strings.ToLower(strings.TrimSpace(s)), ":")
	if !ok || !counterLabels[strings.TrimSpace(label)] {
		return false
	}
	n = strings.TrimSpace(n)
	return n != "" && strings.Trim(n, "0123456789 .,\u00a0") == ""
}

// editNoteRe is a forum post's edit note: "Last edited by Ann; 03-14-2013
// at 08:22 PM", "Geändert von Micha (18.05.2013 um 16:41 Uhr)", "Edited
// September 5, 2017 by leo".
// A plain "Edited by …" is an editor's credit unless a time stamps it.
var editNoteRe = regexp.MustCompile(`(?i)^(?:(?:last edited by|zuletzt (?:bearbeitet|geändert) von|geändert von|bearbeitet von|modifié par|editado por|modificato da)\s+\S+(?:\s+\S+){0,2}(?:\s*.{0,12}\d.{0,40}?)?(?:\.?\s+Reason:.{1,80})?|edited\b.{0,40}\d.{0,40})$`)

// revisionNoteRe is a page's note of its last change, with a date: "Last
// modified June 14, 2021: fix typo (a3f9e21)", "Last updated: 2nd January
// 2012 (added a note …)", "This page was last edited on 3 May 2020".
var revisionNoteRe = regexp.MustCompile(`(?i)^(?:(?:page )?last (?:modified|updated|edited|revised)|this page was last (?:modified|edited|updated))\b:?\s.{0,40}\d`)

// datedLine reports whether a block, lower-cased l, is a date line: a
// date phrase ("erschienen am", "Published:", "First published on") and a
// date or time, nothing else ("erschienen am 12.03.2016", "Published:
// March 5, 2024 at 9:14 am", "First published on Tue 9 Nov 2021 17.30
// GMT"). Its element's class often says "artikel", which protects it.
func datedLine(l string) bool {
	l = strings.TrimSpace(l)
	if !datePhraseSet.in(l) {
		return false
	}
	for _, w := range []string{"first ", "originally ", "zuerst ", "erstmals "} {
		l = strings.TrimPrefix(l, w)
	}
	for _, p := range datePhrases {
		rest, ok := strings.CutPrefix(l, p)
		if !ok {
			continue
		}
		return dateLineOnly(rest)
	}
	return false
}

// dateWords join a date and its time, or go with them: "am 12. März um 9
// Uhr", "at 9:14 am", "Tue 9 Nov 2021 17.30 GMT".
var dateWords = wordSet("um uhr at am pm a.m p.m le el il à de del di em op om den der the on gmt bst utc cet cest mez mesz est edt pst pdt " +
	"mon tue tues wed thu thur thurs fri sat sun")

// editNote and revisionNote run their expressions only on blocks that
// open with one of their first words: most blocks open with none.
func editNote(s string) bool {
	return prefixFold(s, "last ", "zuletzt ", "geändert ", "bearbeitet ", "modifié ", "editado ", "modificato ", "edited ") && editNoteRe.MatchString(s)
}

func revisionNote(s string) bool {
	return prefixFold(s, "last ", "this page ", "page last ") && revisionNoteRe.MatchString(s)
}

// prefixFold reports whether s opens with one of the lower-case prefixes,
// case ignored.
func prefixFold(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// viewsRe is a page's count of its readers: "Leída 4.218 veces", "Letto
// 1.204 volte", "1.204 mal gelesen", "Read 312 times", "1,204 views",
// "Dieser Artikel wurde 318 mal gelesen."
var viewsRe = regexp.MustCompile(`(?i)^(?:(?:this (?:story|article|post|page) has been )?(?:leída|leído|lida|lido|letto|letta|read|viewed|gelesen|lu)\s+[\d.,\s]+\s*(?:veces|vezes|volte|times|mal|fois)|(?:(?:dieser|der) (?:artikel|beitrag|text) wurde )?[\d.,\s]+\s*(?:mal gelesen|views|aufrufe|visualizações|visualizaciones|visite|vues|lecturas|lecturi))\.?$`)

// viewedDateLine reports whether lower-cased block l is the date and the
// count of readers apart by a bar: "Artikel vom 07.03.2024, 05:30 Uhr |
// Dieser Artikel wurde 318 mal gelesen."
func viewedDateLine(l string) bool {
	a, b, ok := strings.Cut(l, "|")
	if !ok || strings.Contains(b, "|") {
		return false
	}
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	return (datedLine(a) || dateLineOnly(a)) && viewsRe.MatchString(b) || (datedLine(b) || dateLineOnly(b)) && viewsRe.MatchString(a)
}

// likesRe is a post's count of likes or thanks: "4 Likes", "12 Reactions".
var likesRe = regexp.MustCompile(`(?i)^\d[\d.,]*[km]?\s+(?:likes?|reactions?|thanks|gefällt mir|j'aime|me gusta|followers?|abonnenten|abonnés|seguidores)$`)

// coverLabels open the credit of a page's lead picture, written as the
// text's last line: "(Borítókép: … Fotó: … / Index)", "Titelfoto: …".
var coverLabels = []string{"borítókép:", "címlapkép:", "címlapfotó:", "nyitókép:", "titelbild:", "titelfoto:", "aufmacherbild:",
	"aufmacherfoto:", "teaserbild:", "cover photo:", "cover image:", "featured image:", "header image:", "top image:", "lead image:",
	"foto de portada:", "imagen de portada:", "foto di copertina:", "immagine di copertina:", "photo de couverture :",
	"image de couverture :", "coverfoto:", "omslagfoto:", "zdjęcie główne:", "titulní foto:", "úvodní foto:", "titulná fotografia:"}

// coverCredit reports whether a block is the credit of the page's lead
// picture: it opens with a coverLabel, in parentheses or not.
func coverCredit(s string) bool {
	return prefixFold(strings.TrimLeft(s, " ([\u00a0"), coverLabels...)
}

// channelPitch reports whether a block ends with an order to follow or
// subscribe to the site's channel on a network: "Eine Newsübersicht am
// Morgen …: Abonniere den WhatsApp-Kanal von 20 Minuten.", "… Follow us
// on Telegram." Its last sentence opens with the verb; a report's "police
// asked residents to follow …" does not.
func channelPitch(l string) bool {
	l = strings.TrimRight(strings.TrimSpace(l), ".!")
	i := strings.LastIndexAny(l, ".:!?")
	// A line of its own too, after a pictogram: "📲 Participe do canal …"
	last := strings.TrimLeftFunc(l[i+1:], func(r rune) bool { return !unicode.IsLetter(r) })
	if last == "" || len(strings.Fields(last)) > 12 || !networkSet.atWordStart(l) {
		return false
	}
	for _, v := range followVerbs {
		if strings.HasPrefix(last, v+" ") {
			// The site's channel or the site itself, not a person a
			// report names ("Follow him on Instagram to watch.").
			return slices.ContainsFunc(strings.FieldsFunc(last, func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool {
				return pitchObjects[w]
			})
		}
	}
	return false
}

// pitchObjects are the words of a channel pitch's object: "us", "channel".
var pitchObjects = map[string]bool{"us": true, "uns": true, "nous": true, "nos": true, "ci": true, "channel": true, "kanal": true,
	"canal": true, "kanaal": true, "kanał": true, "page": true, "seite": true, "account": true}

// galleryCountRe is a gallery's counter: "Image 1 of 8", "Bild 3 von 12",
// "Foto 2 / 9", also between its buttons: "« zurück Bild 1 von 12 weiter »".
var galleryCountRe = regexp.MustCompile(`(?i)^(?:[«‹<]\s*(?:zurück|back|prev|previous|précédent|anterior|indietro)\s+)?` +
	`(?:image|photo|picture|slide|bild|foto|imagen|immagine|diapositive)\s+\d+\s*(?:of|von|de|di|sur|/)\s*\d+` +
	`(?:\s+(?:weiter|next|suivant|siguiente|avanti)\s*[»›>])?$`)

// boilerLines are whole blocks that are page furniture in any article.
var boilerLines = map[string]bool{
	"share": true, "tweet": true, "subscribe": true, "advertisement": true, "anzeige": true, "werbung": true,
	"mainos": true, "annons": true, "annonse": true, "reklame": true, // in the Nordic languages
	"prev": true, "next": true, "previous": true, "weiter": true, // a pager's links
	// a live blog's badge and its order's toggle
	"live": true, "latest first": true, "oldest first": true, "newest first": true,
	"dig deeper": true, "key events": true, "live feed": true, "keep screen awake": true, "(keep screen awake)": true, "check amazon": true, "read more": true, "continue reading": true, "continue reading…": true, "weiterlesen": true, "mehr lesen": true, "print": true, "drucken": true,
	// labels of boxes and players (news sites of the 2010s, a sharing plugin of old blogs)
	"related topics": true, "related coverage": true, "paid content": true, "our standards": true, "full story": true,
	"autoplay": true, "share and enjoy": true,
	"email": true, "e-mail": true, "teilen": true, "share this": true, "share this article": true,
	"related": true, "related articles": true, "related posts": true, "ähnliche artikel": true,
	"trending": true, "trending now": true, "más información": true, "video recomendado": true,
	"externer inhalt": true, "external content": true,
	// a box's label: Postmedia's between ad slots, "related" in Hungarian and Estonian,
	// "top news" and "trending stories" over teasers
	"data aktualizacji": true, "data utworzenia": true, "data publikacji": true, // Polish date labels whose date stands apart
	"story continues below": true, "story continued below": true, "contact reporter": true, "[-] text [+]": true, "ends": true, "- ends -": true, "-ends-": true, "story continues below advertisement": true, "article continues below": true,
	// the same ad marker in Italian, Dutch, Spanish, French and German
	"l'articolo continua dopo la pubblicità": true, "l’articolo continua dopo la pubblicità": true, "l'articolo continua sotto la pubblicità": true,
	"l’articolo continua sotto la pubblicità": true, "het artikel gaat verder onder de advertentie": true, "la noticia continúa tras la publicidad": true,
	"l'article continue ci-dessous": true, "l’article continue ci-dessous": true, "weiterlesen nach der anzeige": true, "der artikel geht unter der anzeige weiter": true,
	"article content": true, "kapcsolódó": true, "loe ka": true, "top news": true, "trending stories": true,
	"go deeper": true, "quick links": true, "related news": true, "related to this story": true, "thank you for reading": true, "email to a friend": true, "be the first to post": true, "be the first to comment": true,
	// a table of contents' label
	"table of contents": true, "contents": true, "inhaltsverzeichnis": true, "inhalt": true, "sommaire": true,
	"in this article": true, "auf dieser seite": true, "on this page": true,
	"table des matières": true, "índice de contenidos": true, "índice": true, "indice dei contenuti": true, "indice": true,
	"inhoudsopgave": true, "spis treści": true, "tartalomjegyzék": true, "obsah": true, "içindekiler": true, "innehåll": true, "innhold": true, "sisällys": true,
	// advertisement labels in other languages and scripts
	"reklam": true, "reklāma": true, "reklaam": true, "hirdetés": true, "διαφήμιση": true,
	"реклама": true, "פרסומת": true, "إعلان": true, "اعلان": true, "آگهی": true, "विज्ञापन": true,
	"বিজ্ঞাপন": true, "广告": true, "廣告": true, "広告": true, "광고": true, "विस्तार": true,
	"listen to this article": true, "artikel anhören": true, "écouter cet article": true, "ouça este conteúdo": true,
	"ouvir este conteúdo": true, "ascolta l'articolo": true, "escuchar noticia": true, "escuchar artículo": true,
	// an audio player's label in Indonesian, Dutch, Polish, Czech, Swedish, Spanish, Italian and Turkish
	"dengarkan berita ini": true, "dengarkan artikel ini": true, "beluister dit artikel": true, "posłuchaj artykułu": true,
	"poslechněte si článek": true, "lyssna på artikeln": true, "escuchar este artículo": true, "ascolta questo articolo": true, "haberi dinle": true,
	"comments": true, "kommentare": true, "leave a reply": true, "leave a comment": true, "news provided by": true,
	"back to top": true, "nach oben": true, "zurück": true, "back": true,
	// a skip link
	"skip to content": true, "skip to main content": true, "zum inhalt springen": true,
	"zum hauptinhalt": true, "direkt zum inhalt": true, "hauptinhalt": true, "main content": true,
	"aller au contenu": true, "ir al contenido": true, "saltar al contenido": true,
	// the lines above in French, Spanish, Portuguese, Italian, Dutch and Polish
	"partager": true, "imprimer": true, "lire la suite": true, "publicité": true, "commentaires": true,
	"compartir": true, "imprimir": true, "leer más": true, "publicidad": true, "comentarios": true,
	"compartilhar": true, "leia mais": true, "publicidade": true, "comentários": true,
	"condividi": true, "stampa": true, "continua a leggere": true, "pubblicità": true, "commenti": true,
	"delen": true, "lees meer": true, "advertentie": true, "reacties": true,
	"udostępnij": true, "drukuj": true, "czytaj więcej": true, "reklama": true, "komentarze": true,
	"publicitate": true,
}

// boilerPhrases mark a short block as page furniture: headings of related
// and "more" boxes, share and rating prompts, photo credits, comment and
// newsletter prompts, in English, German, French and Spanish.
var boilerPhrases = []string{
	// a licensing link under a German article, WordPress.com's like box
	"rechte am artikel", "be the first to like this",
	"könnte dich auch interessieren", "könnte sie auch interessieren", "auch interessant",
	"ohne gewähr", "without guarantee", "sans garantie", "sin garantía", "weitere inhalte zu",
	"mehr zum thema", "weitere informationen", "weitere artikel", "weitere beiträge", "themen zu diesem beitrag", "themen zu diesem artikel",
	// a live blog's notice of entries not yet shown
	"hay nuevas actualizaciones", "new updates available",
	"ähnliche beiträge", "ähnliche artikel", "empfohlene beiträge", "das könnte dich",
	"das könnte sie", "explore further", "you may also like", "you might also like",
	"related articles", "related posts", "related stories", "related content", "read more",
	"read next", "recommended for you", "more stories", "more from", "more photos", "weitere fotos", "diesen artikel teilen",
	"artikel teilen", "beitrag teilen", "teilen auf",
	"wie bewerten sie", "war der artikel", "war dieser artikel", "bewerten sie",
	"was this page helpful", "was this article helpful", "war diese seite hilfreich", "cette page vous a-t-elle été utile",
	"cet article vous a-t-il été utile", "vous a-t-elle été utile", "vous a-t-il été utile", "is this page useful",
	"war diese information hilfreich", "was this information helpful", "was this guide helpful", "was this post helpful",
	"was this helpful", "people found this useful", "people found this helpful", "lesern fanden diesen", "leser fanden diesen", "readers found this", "¿te ha resultado útil", "¿le ha resultado útil", "questa pagina ti è stata utile",
	"temps de lecture", "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd", "czas czytania",
	// breadcrumbs in words
	"sie befinden sich hier", "you are here:", "vous êtes ici", "usted está aquí", "u bent hier",
	"edited by", "fehler gefunden?", "fehler im artikel", "fehler melden", "report an error", "spotted an error",
	"bild anzeigen", "rezept drucken", "leave a reply", "leave a comment", "write a comment", "add a comment", "post a comment",
	"was this article valuable", "get automatic alerts", "treści artykułu", "imate li dojavu", "semnala o eroare", "do diskuze mohou", "fotogallery", "fotogalería", "photo gallery", "partagez cet article", "partager cet article", "compartir este artículo",
	"comparte este artículo", "condividi questo articolo", "diesen artikel teilen", "click to enlarge", "zum vergrößern klicken", "klicken zum vergrößern", "cliquez pour agrandir",
	"schreibe einen kommentar", "hinterlasse einen kommentar", "hinterlasse eine antwort",
	"kommentar schreiben", "kommentare insgesamt", "vos réactions", "à découvrir",
	"à lire aussi", "lire aussi", "sur le même sujet", "vorschau auf den nächsten", "à voir également", "à voir aussi",
	"crédits photo", "crédit photo",
	"quelle:", "getty images", "schlagworte", "schlagwörter", "tags:",
	// a summary's and an article's notes that a machine wrote them, an archive's note on its releases,
	// a reading app's note that another device stops reading, a forum's invitation
	"ki-generierte zusammenfassung", "mit maschineller unterstützung erstellt", "materials may be edited for content and length",
	"si continúas leyendo en este dispositivo", "praat mee op ",
	// a blog's label of a sponsored post, a call for tips in Dutch
	"werbung/anzeige", "anzeige/werbung", "weet jij meer over dit onderwerp", "weet u meer over dit onderwerp",
	// an embed's consent note on The Guardian, a press portal's follow prompt
	// ("Keine Story von … verpassen."), Joomla's line of the last change, a reader-reporter box's title
	"this article includes content provided by", "keine story von",
	"zuletzt aktualisiert (", "last updated (", "ultimo aggiornamento (", "hast du etwas gesehen?",
	// a tabloid's pointer to its video, a live page's prompt, a pin prompt, an old print-time note
	// ("This article was published on guardian.co.uk at 19.17 GMT on …")
	"scroll down for video", "send us your comments", "pin this for later", "this article was published on",
	"bildergalerie:", "fotostrecke:", "photo gallery:", "open this photo in gallery", "printer-friendly version", "printer friendly version", "printer-friendly format", "druckversion", "version imprimable", "stay up-to-date", "abonnieren", "subscribe ", "subscribe!", "subscribe.", "subscribe:", "necessary cookies", "mit cookies", "accept all cookies", "allow cookies", "functional cookies", "analytics cookies", "performance cookies", "cookie policy", "cookies policy", "cookie settings", "we use cookies",
	// cookie notices, consent for maps, imprint lines, statistics and speech labels
	"gebruiken cookies", "gebruikt cookies", "utilizamos cookies", "utilizziamo i cookie", "usiamo i cookie",
	"nous utilisons des cookies", "marketingcookies", "bankverbindung", "vereinsregister", "registergericht", "ust-idnr",
	"prochaine parution", "prossima diffusione", "nächste veröffentlichung", "próxima publicación",
	"check against delivery", "es gilt das gesprochene wort", "seul le prononcé fait foi", "embargo:", "sperrfrist:",
	"embargoed until", "embargoed for release", "abonniere", "copy and paste this link", "bildquelle:", "bildnachweis:", "fotonachweis:",
	"bildrechte:", "rate this article",
	"listen to this article", "artikel anhören", "écouter cet article", "enjoyed this article", "topics in this article",
	// a read-aloud player's label and credit in Italian ("Ascolta questo
	// articolo ▶ Sintesi vocale a cura di GSpeech")
	"ascolta questo articolo", "ascolta l'articolo", "ascolta l’articolo", "sintesi vocale a cura",
	"angebote in ihrer nähe", "aus heft ", "wie hat ihnen der artikel gefallen", "wie hat dir der artikel gefallen",
	"summary is ai-generated", "diese audioversion wurde", "audio version was generated", "ai-generated audio", "before you move on", "-minute listen", "add to playlist", "lesen sie hier", "lesezeit:", "illustration:",
	"cite this publication", "this is the latest release", "reproduction is permitted",
	"watch more:", "now playing", "updated for 20",
	"durch die weitere nutzung", "view comments", "aufrufe:", "views:", "lesedauer",
	// an embedded post's or chart's labels: the end of a post (BBC), a
	// chart that did not load, an Instagram post's credit, a TikTok sound
	"end of twitter post", "end of x post", "end of youtube video", "end of instagram post", "end of facebook post",
	"end of tiktok post", "see the chart", "ver el gráfico", "ver o gráfico", "grafik nicht sehen", "instagram-beitrag von",
	"♬",
	// old CMSs' update lines, print and mail links, side boxes (Joomla 1,
	// e107, uCoz, DataLife Engine)
	"kez okundu", "letzte aktualisierung", "letzte änderung", "artikel drucken", "artikel versenden", "render time:",
	"this site is powered by", "proudly powered by", "категории раздела", "форма входа", "архив записей",
	"друзья сайта", "neueste nachrichten",
	// an editor's line, an error-report link and "related news" in Chinese; "related
	// articles", a channel to follow and an app in Korean
	"责任编辑", "責任編輯", "【纠错】", "相关新闻", "相關新聞", "관련 기사", "관련기사", "채널 구독", "앱 다운로드",
	// a paywall's note in Japanese ("this article is paid"), a news app's promotion in Chinese
	"この記事は有料記事", "新闻客户端",
	"reading time", "min read", "lesen sie auch", "lesen sie mehr", "siehe auch",
	// reading time in Polish and German, a breadcrumb's label, an audio
	// player's, a call for tips, an advertisement's label in Thai
	"przeczytasz w", "lesedauer", "lesezeit", "sie befinden sich hier", "listen to this story",
	"listen to this article", "trinity audio", "have a news tip", "got a news tip", "have a story idea", "got a story idea",
	"do you have a story", "have you got a story", "got a story for", "haben sie feedback", "mitglied seit", "pin it for later", "read related", "this article is related to",
	// a readers' letters disclaimer and a call for readers' views in German
	"geben nicht die meinung der redaktion wieder", "geben nicht unbedingt die meinung der redaktion", "haben sie eine meinung zu diesem thema",
	// a newsletter's tip jar, an embed's placeholder while it loads ("Loading X content")
	// a live blog's button to its older entries; a call for readers' tips in
	// German; a moderation note in French
	"show earlier updates", "load more updates", "load earlier updates", "mostra gli aggiornamenti precedenti", "ältere einträge anzeigen",
	"ältere einträge laden", "voir plus de publications", "cargar más actualizaciones", "ver comentarios anteriores", "toon oudere berichten",
	"sie haben einen hinweis", "publiées après modération", "voorgelezen door een computerstem",
	// a corrections policy, a call for readers' stories in Spanish
	"strives for accuracy", "story is inaccurate", "para contarnos",
	"buy me a coffee", "found this useful?", "cet article vous est offert", "loading x content", "loading twitter content", "loading instagram content", "loading youtube content", "loading facebook content",
	"journalism doesn't come free", "journalism doesn’t come free", "journalism isn't free", "journalism isn’t free", "you are visitor number", "sie sind besucher nr", "โฆษณา",
	// "read also", "related news", "read more" in Russian, Ukrainian, Serbian, Indonesian and
	// Malay, Tagalog, Thai and Vietnamese; error and reaction prompts
	"читайте также", "читайте також", "читайте більше", "прочитајте још", "pročitajte još", "baca juga", "baca selengkapnya",
	"baca lagi", "basahin din", "basahin:", "อ่านข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง", "xem thêm", "tin liên quan",
	"заметили ошибку", "помітили помилку", "bagaimana reaksi anda",
	// a photo's credit and an appeal in Russian and Ukrainian
	"фото:", "поддержите", "підтримайте",
	// "you may like", "read also" and cookie notices in Turkish
	"ilginizi çekebilir", "bunlar da ilginizi", "şunlar da ilginizi", "çerezler kullanılmaktadır", "çerez politikası",
	"çerezleri kullanıyoruz",
	"te puede interesar", "le puede interesar", "lee también", "noticias relacionadas", "notas relacionadas", "artículos relacionados", "notizie correlate", "articles liés", "tambien te puede",
	"también te puede", "mehr dazu",
	"all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	// a player's message wherever it stands: the reader's browser does
	// not support it (in English, Polish, Portuguese, Spanish, French,
	// Dutch, German and Italian)
	"your browser does not support", "your browser doesn't support", "your browser doesn’t support", "twoja przeglądarka nie obsługuje", "seu navegador não suporta",
	"tu navegador no soporta", "su navegador no soporta", "tu navegador no admite", "votre navigateur ne prend pas en charge",
	"votre navigateur ne supporte pas", "je browser ondersteunt", "uw browser ondersteunt", "ihr browser unterstützt",
	"dein browser unterstützt", "il tuo browser non supporta",
	// a reuse ban in Lithuanian, comment rules in Ukrainian and Russian
	"griežtai draudžiama", "правил коментування", "правила коментування", "правила комментирования", "правил комментирования",
	"weiterlesen", "mehr lesen", "zurück zur übersicht", "back to overview", "print this",
	"video verfügbar bis", "video available until",
	// "read also", "related", "you may like" in Portuguese, Italian, Dutch and Polish
	"leia também", "leia mais", "veja também", "saiba mais", "notícias relacionadas", "você pode gostar",
	"leggi anche", "potrebbe interessarti", "articoli correlati", "ti potrebbe interessare", "lees ook",
	// "read also" in Hebrew, Arabic, Greek, Persian and Georgian
	"קראו גם", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "διαβάστε επίσης", "διαβάστε ακόμα", "بیشتر بخوانید", "ასევე იხილეთ",
	"zie ook", "gerelateerde artikelen", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
	// "read also", "read more", "related" and error prompts in the Baltic languages, Czech and
	// Slovak, Hungarian, Romanian, the South Slavic languages and Albanian
	"loe ka:", "loe lisaks", "lasiet arī", "lasi arī", "skaitykite taip pat", "skaitykite daugiau",
	"čítajte aj", "čítajte viac", "čtěte také", "čtěte též", "přečtěte si také", "přečtěte si též", "prečítajte si aj", "související články", "ez is érdekelheti",
	"olvassa el ezt is", "kapcsolódó cikk", "citește și", "citiți și", "citeşte şi", "citiţi şi", "preberite tudi", "več o temi",
	"pročitajte i", "pročitaj i", "povezane vijesti", "vezane vijesti", "прочетете още", "прочетете също",
	"още по темата", "прочитајте и", "прочитај повеќе", "lexo edhe", "lexo më shumë",
	"pastebėjote klaidą", "pamanījāt kļūdu", "märkasid viga", "našli ste chybu", "našli jste chybu",
	"hibát talált", "primijetili ste grešku", "opazili ste napako", "zabranjeno preuzimanje",
	"vous avez trouvé une erreur", "vous avez repéré une erreur", "signaler une erreur", "is committed to accuracy", "encontraste un error", "encontró un error", "encontrou um erro",
	"hai trovato un errore", "segnala un errore",
	// the same in Hindi, Marathi, Nepali, Bengali, Urdu and Tamil, and in Swahili, Hausa and Zulu;
	// reaction prompts
	"यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "हेही वाचा", "हे पण वाचा", "यो पनि पढ्नुहोस्", "আরও পড়ুন", "আরো পড়ুন",
	"یہ بھی پڑھیں", "مزید پڑھیں", "இதையும் படிங்க", "இதையும் படியுங்கள்", "soma pia", "soma zaidi",
	"ku karanta", "funda nalokhu", "funda futhi", "how does this story make you feel",
	"how did this story make you feel", "कस्तो महसुस भयो", "how does this make you feel", "what is your reaction to",
	"what do you think of this article", "found a mistake in", "support independent journalism", "이 기사에 대해 어떻게 생각",
	// British charities' and companies' registration lines, old personal sites' footers
	"registered charity in", "registered charity no", "registered charity number", "charity registration number",
	"content may be edited for style and length", "registered in england and wales", "webring", "sign our guestbook", "sign my guestbook",
	"unser gästebuch", "ins gästebuch",
	// "listen to the article" in Polish and Czech, the end of a most-read box and a cookie line in Turkish
	"posłuchaj artykułu", "poslechněte si", "en çok okunanlar", "çerezleri kullanır", "zuletzt aktualisiert am", "best viewed at", "best viewed with", "best viewed in",
	// a wiki's redirect note: "(Weitergeleitet von Kalthopfung)"
	"weitergeleitet von", "redirected from", "redirigé depuis", "redirigido desde",
	// WordPress themes' entry footers: "This entry was posted in Alltag. Bookmark the permalink."
	"this entry was posted in", "this entry was filed under", "dieser eintrag wurde veröffentlicht in", "dieser beitrag wurde unter",
	"bookmark the permalink", "lesezeichen für den permalink", "cette entrée a été publiée dans", "esta entrada fue publicada en",
	// rating widgets' prompts and tallies (Rate My Post, kk Star Ratings, in seven languages)
	"click to rate this post", "click on a star to rate", "how useful was this post", "average rating", "vote count:",
	"klicke auf die sterne", "wie hilfreich war dieser beitrag", "durchschnittliche bewertung", "anzahl bewertungen",
	"clicca per votare", "vota questo articolo", "media voti", "cliquez pour noter", "note moyenne", "haz clic en una estrella",
	"valoración media", "klik om te beoordelen", "gemiddelde waardering", "oceń jakość naszego artykułu", "twoja opinia pozwala nam",
	// a series plugin's note over the entry: "This entry is part 4 of 6 in the series Homelab Diaries"
	"this entry is part", "dieser eintrag ist teil",
	// a picture's controls: NPR's "enlarge this image", "toggle caption", "hide caption"
	"enlarge this image", "toggle caption", "hide caption",
	// a read-aloud player's note
	"ai-generated voice", "synthetic voice", "locución generada", "voz generada", "voix de synthèse", "voix générée",
	"künstliche stimme", "computerstimme", "synthetische stimme",
	// an error prompt in Uzbek
	"xatolik topdingizmi",
	"powiązane artykuły", "dalszy ciąg materiału", "borítókép:", "fotó:",
	// a Romanian photo credit's label
	"sursa foto:",
	// calls for tips from readers in Swedish, Norwegian and Danish, and in English
	"har du tips", "tips oss", "tipsa oss", "vet du mer?", "tip os",
	"do you have a story for", "we pay for your stories", "we pay for videos", "get in touch with our news team",
	"got a tip?", "have a tip?", "hast du eine news", "haben sie eine news", "hast du einen tipp", "haben sie einen tipp",
	"for the latest news, weather",
	// a read-aloud player's label in Dutch
	"luister naar dit artikel",
	// a ticker's refresh note in German, a print link in German, an ad's
	// note in Turkish ("the rest of the story")
	"aktualisiert sich automatisch", "diese seite drucken", "haberin devamı",
	// a tip line, a paywall's prompt in Dutch, an ad's note in Czech and Slovak,
	// an outlet's note on its funding in French
	"got a confidential news tip", "lees verder met een abonnement", "pokračuje pod reklamou", "ni actionnaire ni publicité",
}

// promoPhrases mark a block of up to a few sentences as a call to
// subscribe, follow, download or donate.
var promoPhrases = []string{
	// a regional network's note on how to reach its news, a call to join a
	// paper's channel on a messenger (not a report's "The council is now on
	// WhatsApp")
	"our journalists work hard to provide", "click here to join our channel", "join our whatsapp channel", "join our telegram channel",
	// a corrections note after the text in English and Spanish ("… is
	// committed to accuracy. If you see an error in this story, email …",
	// "¿Has detectado un error? Este periódico rectifica …")
	"an error in this story", "an error in this article", "has detectado un error", "¿detectaste un error", "rectifica públicamente",
	// a registration wall's call ("Create a free account or log in to
	// continue reading without interruption.")
	"log in to continue reading", "sign in to continue reading", "register to continue reading", "subscribe to continue reading",
	// a live page's call for readers' stories ("Have you been affected by
	// the water outage? You can contact us by email at …"); a French offer
	// ("Profitez de tous nos articles … à partir de 1 € le premier mois.")
	"have you been affected by", "profitez de tous nos articles", "€ le premier mois",
	// a corrections note in Spanish, an app's pitch in Italian, a French
	// paper's call for local correspondents
	"ha encontrado un error", "sección de fe de errores", "scarica l'app", "scarica l’app", "scarica la nostra app", "devenir correspondant",
	// a newsroom's note that readers fund it, a call to follow a paper's
	// news, a Portuguese call to subscribe or give
	"is reader-funded", "reader-funded newsroom", "our journalists work hard to bring you", "considere assinar", "fazer um donativo",
	// an embed's note where its cookies are refused, a tip line in Italian, an
	// appeal, a newsroom's disclaimer, a push prompt in Dutch, a first month's
	// offer in German
	"this content is hosted on", "segnalazioni e notizie?", "local journalism matters", "opinions expressed here are those of",
	"krijg een pushmelding", "im ersten monat für nur",
	// a Dutch local paper's other news ("Meer nieuws uit Dommelvliet » …")
	"meer nieuws uit", "meer nieuws over",
	// a Turkish outlet's rights note ("Bu haberin tüm yayın hakları … aittir.
	// Kaynak gösterilmeden alıntı yapılamaz.")
	"yayın hakları", "kaynak gösterilmeden",
	// the same call in Hebrew: "join the channel", "join the group"
	"הצטרפו לערוץ", "הצטרפו לקבוצת",
	// a push prompt, a call for more on the story, a
	// regional newsletter's box, a call for citizen reporters, a Croatian
	// call for stories
	"sent straight to your device", "do you have something to add to this story",
	"news in your inbox", "werden sie bürgerreporter", "imate li neku zanimljivu priču",
	// a note that the story belongs to a series
	"this story is part of a", "this article is part of a", "this article is part of our", "artykuł jest częścią cyklu",
	"dieser artikel ist teil der serie", "dieser beitrag ist teil der serie", "cet article fait partie de la série",
	"este artículo forma parte de la serie", "questo articolo fa parte della serie",
	// a call for tips in Polish; where a Hungarian site's comments are
	"masz temat, o którym powinniśmy napisać", "a cikkhez tartozó kommentek",
	// a comment box's gate and a subscription's extra user in Spanish, a
	// channel's call in Italian, a video rail's title in Dutch and
	// Portuguese
	"para poder comentar debes", "añadir otro usuario a tu suscripción", "iscriversi al canale",
	"meest bekeken video", "vídeos mais assistidos", "vídeos: mais assistidos",
	"for subscribers only", "only for subscribers", "available for subscribers", "available to subscribers", "exclusively for subscribers", "exclusive for subscribers", "free for subscribers", "subscribers only", "our subscribers", "subscribers can", "subscribers get", "for new subscribers", "new subscribers get", "new subscribers only", "new subscribers save", "new subscribers receive",
	"first-time subscribers", "follow us", "subscribe now", "subscribe today", "your subscription makes", "your subscription supports",
	// prompts to register before commenting (a regional chain's "Why are you
	// making commenting … only available to subscribers?")
	"register to get access", "register to comment", "sign in to comment", "log in to comment",
	// a text-to-speech player's prompt, an ad slot's label
	"listen instead", "continues below this ad",
	"straight to your phone", "enable push notifications", "push-benachrichtigungen aktivieren", "ontvang pushberichten",
	// calls for readers' pictures, a newsletter's offer in Spanish
	"schicken sie uns ihr", "schicken sie uns ihre", "schick uns fotos", "schick uns deine", "schickt uns eure", "send us your photos", "send us your pictures", "recibe cada", "recibe el boletín",
	// reuse notices in Russian and Mongolian, an appeal
	"при использовании материалов", "перепечатка материалов", "без разрешения редакции", "зөвшөөрөлгүйгээр",
	"for the price of a coffee", "independent journalism costs",
	"has a gambling problem", "in your inbox:", "updates in your inbox", "straight to your inbox", "why you can trust",
	"do you have a news tip", "have a story or a tip", "track latest news live on",
	// a subscriber's gift in French and Portuguese, a helpfulness prompt in Italian, a player's label in Portuguese
	// and German, a topic to follow, a video's consent placeholder in German and Spanish,
	// a machine's summary labelled in a paragraph (French, Portuguese)
	"offrir cet article", "presentear matéria", "questo articolo ti è stato utile", "ouça este conteúdo", "beitrag anhören",
	"follow the topic", "mit dem laden des videos akzeptierst", "este contenido de youtube está bloqueado",
	"le résumé par l'ia", "le résumé par l’ia", "resumo foi produzido com ferramenta de inteligência artificial", "resumo gerado por ia",
	// a call for tips in Dutch (and for readers' pictures: "Stuur je foto's en video's via de app"), Swedish and Italian
	"du kan vara anonym", "stuur je nieuwstip", "heb je een nieuwstip", "stuur je foto's en video's", "stuur je foto’s en video’s", "stuur ons je foto", "har du tips om", "tipsa oss", "du har rätt att vara anonym", "hai una segnalazione",
	"get the best price from", "may earn a commission", "wir zahlen für publizierte",
	"activez les notifications",
	"on twitter and", "folgen sie uns", "folge uns", "unsere app",
	"we rely on your support", "support our journalism", "support local journalism", "support local news", "support local reporting", "unterstützen sie",
	"jetzt abonnieren", "abonnieren sie", "abonnez-vous", "suscríbete", "suscríbase", "suscribite", "sumate a", "únete", "canal de youtube",
	"en tu correo", "exclusiva para suscriptores", "exclusivo para suscriptores",
	"réservée aux abonnés", "réservé aux abonnés", "riservato agli abbonati", "riservata agli abbonati", "exclusivo para assinantes",
	"exclusiva para registrados", "exclusivo para registrados", "regístrate gratis", "se está usando en otro dispositivo",
	// calls for stories and to follow, an emergency broadcaster's note, a reader poll (English-language papers)
	"do you have a story for", "don't miss out on the headlines", "don’t miss out on the headlines", "your official emergency broadcaster",
	"download: get the free", "do you like the content of this article", "can now listen to",
	"since you’re here", "since you're here", "trust principles",
	// a health site's review and sourcing notes, a deals box's price note
	"last medically reviewed", "strict sourcing guidelines", "prices accurate at time of",
	// print notes in English and Dutch, a science press service's closing label
	"appeared in print under the headline", "een versie van dit artikel verscheen", "merkmale dieser pressemitteilung",
	// old blog engines' sharing plugin and entry notes (Sociable, Movable Type)
	"social bookmarking sites", "this page contains a single entry",
	// a Brazilian portal's regional prompt, social handles in Spanish and Portuguese
	"veja mais notícias", "en twitter: @", "no twitter: @",
	// an embed code's label and an appeal in Italian; Spanish subscription prices
	"codice embed", "abbiamo bisogno di te", "€ al mes", "€ por mes",
	"réservé aux abonnés", "sans engagement", "identifiez-vous", "pour commenter", "abbonati per",
	// an original title's note and opinion disclaimers in Chinese and Japanese; follow prompts in Hindi
	"原标题：", "原标题:", "原標題：", "仅代表作者本人", "僅代表作者本人", "投稿者個人の見解", "फॉलो करें", "सबसे पहले पढ़ने के लिए",
	"canal de telegram", "not responsible for the opinions", "all rights reserved",
	"alle rechte vorbehalten", "exklusive angebote", "log in for", "already a subscriber",
	"bereits abonnent", "schon abonnent", "déjà abonné", "ya eres suscriptor", "già abbonato", "já é assinante",
	"gefällt dir unser", "sie lesen gern", "lesen sie das", "jetzt im handel", "ins postfach",
	"vorteile sichern", "nichts mehr verpassen", "nichts mehr versäumen",
	"monatlich kündbar", "jederzeit kündbar", "browser notifications", "republish our articles", "republish this article",
	"keine eilmeldung", "externer inhalt von", "2 klicks für mehr datenschutz", "schick uns deine", "schicke uns deine", "schickt uns eure", "schicken sie uns ihre",
	"zu ihrer merkliste", "love to hear from you", "get involved with the news",
	"portion of sales", "independently selected", "recibir una comisión", "percevoir une commission",
	"receber uma comissão", "erhalten wir eine provision", "eine kleine provision",
	// calls for tips and comments in Dutch
	"tip de redactie", "heb je een tip", "heb jij een tip", "stuur je tip", "praat mee over",
	// subscription offers, appeals and calls for tips in Slovak, Czech, Hungarian and Polish
	"neobmedzený prístup", "neomezený přístup", "podporte nezávisl", "předplatné tištěného", "předplatné s doručením", "támogass minket", "támogasson minket",
	"a google hírekben", "ai o informație", "scrie-ne la",
	"dzięki subskrypcji", "masz dla nas temat", "napisz do nas",
	// shop boxes
	"inkl. mwst", "zzgl. versand", "shop the look",
	"in dein postfach", "in ihr postfach", "kostenlos in ihrem postfach", "uhr in ihrem postfach", "werktag in ihrem postfach",
	"wochen gratis testen", "direkt in dein", "push-nachrichten",
	// a Malay paper's call to join its channel
	"sertai saluran",
	// account prompts
	"ihre registrierung", "aktivierungslink", "thank you for registering", "thanks for signing up",
	// sharing prompts
	"share it!", "share it with your", "share it on ", "mit anderen teilen", "artikel teilen", "teile diesen",
	// cookie and licence notices
	"durch die weitere nutzung", "weitere nutzung der seite", "use of cookies", "uses cookies",
	"wir verwenden cookies", "verwendet cookies", "nutzt cookies", "utilise des cookies",
	"verwenden wir cookies", "nutzen wir cookies", "setzen wir cookies", "uporabljamo piškotke", "koristimo kolačiće",
	"používame cookies", "používáme cookies", "sütiket használ", "izmantojam sīkdatnes", "naudojame slapukus",
	"kasutame küpsiseid", "използваме бисквитки", "utilizza cookie", "utilizza i cookie", "utiliza cookies",
	// a membership appeal in Spanish
	"si te informa, nos ayudas", "hazte socio", "hazte socia",
	// WhatsApp channels in Spanish, a wire's republication line, a live ticker's teaser
	"canal de whatsapp", "por whatsapp al", "noticias en tu celular", "this story was originally published",
	// a story's first print or partner publication, in English and Italian ("… apparirà sull'edizione cartacea …");
	// a Czech agency's reuse ban
	"this article first appeared in", "this story first appeared in", "this piece first appeared in", "a version of this article appeared in",
	"a version of this story appeared in", "sull'edizione cartacea", "sull’edizione cartacea", "nesmí být dále publikovány",
	"minuto a minuto en",
	// error-report prompts in Russian and Ukrainian, a script's notice, a review site's disclosure,
	// a pin prompt, a republication note
	"ctrl+enter", "turn on javascript to use", "enable javascript to use", "our expert reviewers", "merke ihn dir auf pinterest", "merk ihn dir auf pinterest", "merk dir den artikel auf pinterest",
	"merk es dir auf pinterest", "merke es dir auf pinterest", "merk dir das rezept auf pinterest", "merke dir das rezept auf pinterest",
	"this story originally appeared in", "this article originally appeared in",
	// a video's embed prompt, Joomla's update line
	"copy/paste the article video embed", "last updated (",
	// old small sites' footers: the last change, the visitor counter, the screen the page was made for, the designer
	"diese seite wurde zuletzt", "letzte änderung:", "sie sind besucher", "optimiert für 1024", "optimiert für 800",
	"best viewed with", "webdesign:",
	// topic and response prompts (the Guardian, Medium), a reader appeal, a wire's and a portal's notes
	// in Japanese and Korean, a follow prompt
	"explore more on these topics", "write a response", "i hope you appreciated this article",
	"配信を受けています", "섹션으로 분류했습니다", "to stay informed and join in the conversation",
	// gambling disclaimers beside betting odds
	"gambling problem", "1-800-gambler", "begambleaware", "odds subject to change", "odds correct at time",
	"juega con responsabilidad", "gioca responsabilmente", "glücksspiel kann süchtig",
	// WhatsApp groups in Portuguese, a release's source note, an audio's label
	"grupo de whatsapp", "no seu celular", "basiert auf einer pressemitteilung",
	"ouça a entrevista", "escucha la entrevista",
	// a press-release portal's lines: views, responsibility, image rights, uploader, length, topics
	"diese pressemitteilung wurde bisher", "journalistisch-redaktionellen verantwortung", "bereitgestellt von benutzer", "anzahl zeichen:",
	"themen in dieser pressemitteilung",
	"utiliza cookies", "korzystamy z", "unless otherwise stated", "sofern nicht anders",
	// disclaimers
	"meinung des autors", "meinung des jeweiligen", "nicht notwendigerweise", "solely responsible for all content", "does not necessarily reflect",
	"expresses the views of its author", "the views expressed are", "views expressed in this", "are the author's own", "are the author’s own",
	"are the author's alone", "are the author’s alone", "editorial disclosure", "advertiser disclosure",
	// comment rules and trust labels in Spanish and Portuguese
	"exclusiva responsabilidad de sus autores", "los comentarios son moderados", "os comentários são moderados",
	"no se hace responsable por las opiniones", "no se hace responsable de las opiniones", "não se responsabiliza pelas opiniões",
	"non è responsabile dei commenti", "not responsible for the comments", "nicht verantwortlich für die kommentare",
	"criterios de the trust project", "critérios do the trust project",
	// market data notices
	"delayed at least 15 minutes", "delayed by at least 15 minutes", "data delayed", "kurse verzögert", "zeitverzögert",
	"transcript was generated automatically", "letters should be no more than", "letters to the editor should",
	// gambling notices beside betting odds
	"play responsibly", "gamble responsibly", "jogue com responsabilidade", "juega con responsabilidad",
	"jouer comporte des risques", "gioca responsabilmente", "spiele verantwortungsbewusst", "graj odpowiedzialnie",
	"proibido para menores de 18", "glücksspiel kann süchtig", "gambling can be addictive", "neukundenbonus",
	// a newsletter box's heading and an advertiser's call in German
	"bleiben sie informiert", "jetzt bestellen",
	// nonprofit newsrooms' appeals and calls for readers' experiences
	"nonprofit newsroom", "non-profit newsroom", "readers like you", "take money from advertisers", "help us do journalism",
	"medio independiente y sin fines de lucro", "sin fines de lucro", "à but non lucratif", "sans publicité ni actionnaire",
	"geen adverteerders", "votre don est déductible", "hazte miembro", "apoya el periodismo", "share your experience",
	"teilen sie ihre erfahrungen", "erzähl uns von deinen erfahrungen", "partagez votre expérience", "help us report",
	"informations à nous transmettre",
	// e-mail newsletters' footers and disclaimers, seen in their web versions
	"update your preferences", "this email was sent to", "you are receiving this email", "you received this email",
	"cet e-mail a été envoyé", "vous avez reçu cet e-mail", "désinscri", "darse de baja", "uitschrijven", "afmelden voor",
	"erhaltet diesen rundbrief", "erhalten diesen newsletter", "abmeldung formlos", "geen nieuwsbrief meer ontvangen",
	"questo messaggio di posta elettronica", "this e-mail and any attachments", "this email and any attachments",
	"pensa all’ambiente", "pensa all'ambiente", "think before you print", "consider the environment before printing",
	// print versions' headers and footers
	"article imprimé le", "adresse de l'article", "indirizzo dell'articolo", "stampato il", "artikel-url:", "gedruckt am",
	"printed from:", "printed from http", "printed from www", "url of this article", "page last updated at", "e-mail this to a friend",
	"email this to a friend", "riproduzione riservata",
	// republication notes
	"first appeared on", "originally appeared on", "originally published on", "originally published by",
	"pubblicato originariamente", "publié initialement", "publicado originalmente", "erschien zuerst", "ursprünglich erschienen",
	// fact checkers' notes on their partnerships with platforms and on their methods
	"third-party fact-checking", "third party fact-checking", "fact-checking program", "fact-checking partnership",
	"partnership with meta", "programa de verificação", "parceria de fact", "programme de vérification",
	"partenariat avec meta", "faktencheck-programm", "programa de verificación", "rates claims on a",
	// consent banners' opening
	"wir und unsere partner", "we and our partners", "nous et nos partenaires", "nosotros y nuestros socios",
	// an affiliate disclosure, not a station's "CBS affiliate WKYC"
	"affiliate link", "affiliate commission", "affiliate partner", "affiliate marketing", "affiliate advertising", "associates program", "as an amazon associate",
	"podemos recibir una comisión", "podemos recibir una pequeña comisión", "nous pouvons percevoir une commission",
	"potremmo ricevere una commissione", "erhalten wir eine provision", "erhalten wir ggf. eine provision", "we may earn a commission",
	"we may receive a commission", "enlaces de afiliado", "enlaces de afiliación", "liens affiliés", "liens d'affiliation", "link di affiliazione",
	"link affiliati", "links de afiliado", "contains references to products", "we may earn", "may receive a commission",
	"may receive compensation", "we may be compensated", "independent review process",
	"may receive a small commission", "may earn us a commission", "may earn commission", "may get a commission",
	"earn a small commission", "we receive a commission", "we earn a commission",
	// a fact-checking label's definition (the Trust Project's "News: Based on
	// facts, either observed and verified directly by the reporter, or …")
	"based on facts, either observed and verified",
	// a poll provider's and an embedded video's consent notes in German
	"umfragen mit civey zusammen", "an civey übermittelt", "mit ihrer zustimmung wird hier ein externes",
	"ich bin damit einverstanden, dass mir externe inhalte",
	// an Italian appeal ("… ti offre gratuitamente informazioni locali … abbiamo
	// bisogno del tuo aiuto"), a comment area's disclaimer
	"abbiamo bisogno del tuo aiuto", "ti offre gratuitamente", "comments are the opinions of",
	// PHP-Nuke's article tools and comment notice, in German and English
	"um diesen artikel zu bewerten", "artikel an einen freund senden", "kommentare sind eigentum der verfasser",
	"comments are owned by the poster", "send this story to a friend",
	// a paywall's offers, a call for tips, a magazine's pointer to its contents
	"complete digital access to", "explore more offers", "a confidential tip", "in the list of contents",
	// a live ticker's note, a call for readers' experiences
	"wird automatisch aktualisiert", "we would like to hear from you", "we'd like to hear from you", "we’d like to hear from you",
	// a review site's trust note and its deals widget
	"we spend hours testing every product", "products every day for the best prices", "strict sourcing guidelines",
	"uses only high-quality sources", "we correct errors promptly", "reageren is niet meer mogelijk", "not a member yet",
	"dient der allgemeinen information und ersetzt", "takes time and costs money", "ende des frei verfügbaren textes",
	// channel and comment prompts in Croatian, Portuguese, Slovak and Vietnamese
	"pridružite se", "entre no canal", "diskutovať môžu iba", "gửi bình luận",
	// a German paper's appeal ("Journalismus im Netz kostet Geld. …")
	"journalismus im netz kostet geld", "journalismus kostet geld",
	// a consent placeholder, a trial offer, a print issue's pointer in German; follow
	// prompts in Romanian and Greek ("learn the news first")
	"benötigen wir ihre zustimmung", "benötigen wir deine zustimmung", "um diesen inhalt anzuzeigen",
	"einen monat für 1 euro", "für 1 euro testen", "für 1 € testen", "alle artikel der ausgabe",
	"urmărește-ne", "urmăreşte-ne", "μάθετε πρώτοι",
	// licence notices of the page's text, not of what it reports on ("Der
	// Datensatz steht unter der Lizenz …", "The code is licensed under …")
	"veröffentlicht unter der lizenz", "text steht unter der lizenz", "beitrag steht unter der lizenz", "artikel steht unter der lizenz",
	"inhalt steht unter der lizenz", "werk steht unter der lizenz", "bild steht unter der lizenz", "foto steht unter der lizenz",
	"work is licensed under", "article is licensed under", "content is licensed under", "text is licensed under",
	"post is licensed under", "story is licensed under", "licensed under a creative commons", "licensed under the creative commons",
	"licensed under creative commons", "licensed under cc", "is published under",
	"publié sous licence", "sous licence creative", "cc-by-", "cc by-", "cc by 4",
	"erhalten wir eine provision", "does not offer medical advice", "keine medizinische beratung",
	// health sites' review lines and disclaimers
	"medically reviewed by", "medizinisch geprüft von", "fachlich geprüft von", "reviewed according to", "fact checked by",
	"not a substitute for professional", "persönliche ärztliche beratung", "email updates", "e-mail updates", "delivered to your inbox", "in your inbox every",
	// messages for readers without scripts, wherever the page puts them
	"browser needs javascript", "javascript is required", "requires javascript", "javascript must be enabled",
	"please enable javascript", "bitte aktivieren sie javascript", "javascript aktivieren",
	// placeholders of embedded posts and videos shown only with consent
	"ohne dein einverständnis", "ohne ihr einverständnis", "ohne ihre zustimmung", "ohne deine zustimmung",
	"externe inhalte anzeigen", "externen inhalt anzeigen", "inhalte von drittanbietern",
	"empfohlener redaktioneller inhalt", "empfohlener externer inhalt", "einen externen inhalt",
	"mit dem laden des inhalts", "beim laden des inhalts",
	"third-party content", "accept cookies to", "sans votre consentement",
	// in Norwegian, Danish, Swedish and Dutch
	"dette innholdet er ikke tilgjengelig", "du må godta informasjonskapsler", "du skal acceptere cookies", "du måste godkänna kakor",
	"deze content kan helaas niet", "kan helaas niet worden weergegeven",
	// follow, subscribe and cookie prompts in French, Spanish, Portuguese, Italian, Dutch and Polish
	"suivez-nous", "inscrivez-vous", "nous utilisons des cookies", "síguenos", "utilizamos cookies",
	"usamos cookies", "siga-nos", "inscreva-se", "assine a nossa", "seguici", "iscriviti",
	"utilizziamo i cookie", "utilizza i cookie", "volg ons", "abonneer", "wij gebruiken cookies",
	"obserwuj nas", "subskrybuj", "zapisz się", "używamy plików cookie",
	// notices about the page rather than the story
	"from a wire agency feed", "got a story for us", "get in touch with our news team", "produced in partnership with", "published in partnership with", "sie lesen diesen artikel in der", "direkt aus dem dpa-newskanal", "automatisch von der deutschen presse-agentur",
	"von der redaktion nicht bearbeitet", "redaktionell nicht bearbeitet", "kommentarfunktion", "appears in print on", "appeared in print on",
	"publié dans l'édition imprimée", "publié dans l’édition imprimée", "paru dans l'édition", "paru dans l’édition",
	"cet article vous a été utile", "verscheen ook in de krant", "verscheen in de krant",
	// membership appeals in Spanish, Catalan, Galician and Basque, Portuguese; a WhatsApp channel in Spanish
	"hazte socio", "hazte socia", "fes-te'n subscriptor", "fes-te’n subscriptor", "fai-te socia", "fai-te socio",
	"egin zaitez harpidedun", "harpidedun izan behar", "apoie o jornalismo", "tenha acesso ilimitado", "en tu whatsapp",
	// print-edition notes in Danish, Swedish, Norwegian, Finnish and German; an Italian cookie wall and offers
	"bragt i den trykte udgave", "publicerades i papperstidningen", "stod på trykk", "sto på trykk", "julkaistiin painetussa",
	"erschien in der printausgabe", "erschien in der gedruckten ausgabe", "accettare i cookie", "al mese per i primi",
	"über dieses thema hat", "über dieses thema berichtet", "verfügbar bis",
	// consent texts, calls for stories, live-blog and premium prompts, embedded posts' credits in English
	"we care about your privacy", "our partners use cookies", "got a story?", "got a story or a tip", "refresh the page for the latest",
	// a comment area's disclaimer, an article's send and print links (also in German), an affiliate's call in German,
	// a call for readers' news and pictures in Russian
	"personal views of readers", "email to a friend", "print this review", "per e-mail versenden", "jetzt bei amazon ansehen",
	"есть новость?", "присылайте фото",
	// Movable Type's "About this Entry" box
	"previous entry in this blog", "next entry in this blog", "find recent content on the main index", "this page contains a single entry by",
	// a homepage's notes to its visitors: a question about the page, its pictures' rights, the browser it was made for
	"did you enjoy this article", "do not copy my pictures", "optimiert für internet explorer", "best viewed with internet explorer",
	// an app's pitch; a Polish and a Lithuanian paper's follow prompt, cookie notice and reuse ban
	"right in the palm of your hand", "w google news", "naudojami slapukai", "draudžiama naudoti",
	// a Thai site's call to follow it on LINE ("… via LINE OA @… add us as a friend")
	"ได้ทาง line", "กดเพิ่มเพื่อน",
	// syndication and funding notes in Dutch, Italian and English, a call to go on talking elsewhere,
	// a corrections policy in German and Dutch
	"verscheen eerder in", "pubblicato originariamente", "produced with the support of", "realizzato con il contributo",
	// the same funding notes in English, Dutch, German, French and Spanish ("The fund has no role in editorial decisions")
	"produced with support from", "supported in part by a grant from", "is supported by a grant from", "kwam tot stand met steun van", "entstand mit unterstützung der", "entstand mit unterstützung des",
	"réalisé grâce au soutien", "réalisé avec le soutien", "elaborado con el apoyo de", "realizado con el apoyo de",
	"continue the conversation on", "continua la conversazione su", "korrigiert fehler in seinen beiträgen", "herstelt fouten",
	"get unlimited access", "keep up with all the latest news", "a post shared by", "unlimited digital access",
	// an embedded post's credit in Spanish, Portuguese, German, French and Italian
	"una publicación compartida de", "uma publicação compartilhada por", "ein beitrag geteilt von", "une publication partagée par", "un post condiviso da",
	// a print-edition note in Dutch, a synthetic voice's note in Italian, an old topic-alert box, a call for tips in
	// Croatian, a guide's disclaimer, a portal's slug label
	"verscheen eerder in de papieren", "verscheen in de papieren", "generata con sintesi vocale", "get free e-mail alerts on these topics",
	"imate li saznanja o ovoj temi", "dienen der allgemeinen information und ersetzen", "web title:",
	// a discussion's note in Czech and Italian, a rating prompt in Vietnamese, a call for tips in Polish,
	// an e-paper's offer in German, a newsletter's box of older posts
	"diskuze je přístupná", "diskuse je přístupná", "la pubblicazione dei commenti è sospesa", "bạn có thấy bài viết này hữu ích",
	"masz news", "die komplette zeitung schon", "related from the archive",
	// a donation box's title, a lead magnet's offer, appeals in Ukrainian and Russian
	// ("we ask you to support …"), a blog's note on how it is paid for
	"you make our work possible", "get our free ", "просимо вас підтримати", "просим вас поддержать", "wir finanzieren uns über",
	// The Guardian's newsletter note, a subscriber's offer to give the article away in Dutch
	"newsletters may contain info about", "geef dit artikel cadeau",
	// an archive's notes on how to cite its releases, a Dutch consent note
	"need to cite this story in your", "if no author is given, the source is cited", "door de inhoud te bekijken ga je akkoord",
	// a newsletter's offer in Czech ("Každé ráno vám do e-mailu pošleme …")
	"do e-mailu pošleme",
	// a newsletter form's messages, left in the page for its script to show
	"your subscription has been successful", "your subscription could not be saved",
	// disclaimers of a forum and of a guest post, a recipe site's shop link
	"die forenbeiträge geben die meinung", "geben nicht unbedingt die meinung der redaktion", "bei rewe online bestellen",
	"zutaten online bestellen",
	// a student paper's donation line, an error-report prompt in Luxembourgish, an obituary page's note,
	// an Irish-language appeal ("… relies on our readers' support")
	"your donation will support", "hutt dir e feeler", "obituaries are published as submitted", "ag brath ar thacaíocht",
	// an app's plug after a report, a call for tips in Finnish, an appeal in Hungarian ("… can only count on its readers")
	"for all the latest", "onko sinulla vinkki", "csak az olvasóira számíthat",
	"for unlimited access", "einen fehler entdeckt",
	"nessuna pubblicità invasiva",
	"original-content von", "übermittelt durch news aktuell", "über dieses thema berichtete", "über dieses thema berichten", "dieses thema im programm", "unsere quellen:",
	"sendung:", "dieser artikel stammt aus der", "section of the print edition", "this document is subject to copyright",
	"a version of this article appears in", "a version of this article appeared in", "a version of this story appears in",
	"a version of this story appeared in", "erscheint auch in der druckausgabe", "erscheint auch in der printausgabe", "erschien auch in der druckausgabe", "in der druckausgabe erschienen",
	"print edition of", "nuestra edición impresa", "in der gedruckten ausgabe", "i den trykte avis", "i den trykte utgaven", "i papirutgaven", "i den tryckta tidningen", "i papperstidningen", "erschien in der ausgabe", "erscheint in der ausgabe", "wochen kostenlos testen", "jetzt kostenlos testen",
	"wir verarbeiten ihre daten", "this story is also available in", "this article is also available in",
	"is republished from", "under a creative commons licen", "unter einer creative-commons-lizenz", "provides funding as a member",
	"finanzmittel bereit", "this article appears in the", "this article appeared in the", "erschien auch in der gedruckten ausgabe",
	"free articles this month", "of your free articles", "from a syndicated feed", "try unlimited access", "exklusiv für abonnenten",
	"wie es weitergeht, lesen sie mit", "ausgewählte dritte cookies", "dieser test erschien im", "dieser artikel erschien im",
	"dieser text erschien im", "erschienen in:", "dieses manuskript ist urheberrechtlich",
	// comment rules of PHP-Nuke, e107, uCoz and DataLife Engine
	"los comentarios son propiedad", "logged in to post comments", "могут только зарегистрированные", "не могут оставлять комментарии",
	"by registering for free", "when we learn of a mistake", "acknowledge it with a correction",
	// calls to subscribe in Russian and Ukrainian, appeals to support
	"подписывайтесь", "подпишитесь на", "підписуйтесь", "підпишіться на", "існує завдяки читачам", "существует благодаря читателям",
	"aufgrund ihrer datenschutzeinstellungen", "hier wird ein video von", "cookies und andere technologien", "cookies und vergleichbare technologien",
	"podcasts on ios", "laden sie sich jetzt", "download our app", "wherever you get your podcasts", "and wherever you listen",
	// a tip line in English and Dutch; a read-aloud credit; a funder's disclaimer
	"have a tip about", "weet je meer over dit onderwerp", "generated with an automated voice",
	// a consent note and a job offer in German, a podcast's pointer in Spanish, a
	// republishing licence, a reader-funded outlet in French, push alerts in Polish
	"einwilligung ist freiwillig", "wir suchen verstärkung", "unsere offenen stellen", "escucha el episodio", "may be republished",
	"par ses lectrices et", "par ses lecteurs et", "prosto na twój telefon",
	// a republishing licence, an appeal to contribute, a Danish newsroom's
	// contact, a Finnish print edition's note, a live page's order
	"free to republish", "readers to contribute", "newsletters may contain",
	// a consent placeholder and a membership appeal in German, an app's
	// stores in Turkish
	"der verwendung von cookies", "steady-mitgliedschaft", "app store ve google play", "kontakt redaktionen", "näköislehde", "updates are added at",
	"no role in our editorial", "no influence over our editorial", "no influence on our editorial",
	// an app's pitch in Portuguese, Spanish and French: "download the app of …"
	"baixe o app", "baixe o aplicativo", "descarga la app", "descargá la app", "téléchargez l'application", "téléchargez l’application",
	"disponível para android", "disponible para android", "available for android and", "available on android and", "for ios and android", "on ios and android",
	"anywhere you get podcasts", "wherever you listen to podcasts", "wo es podcasts gibt",
	// paywall and copyright lines in Chinese, Japanese and Korean
	"付费内容", "阅读全文", "会員限定", "続きをお読み", "有料会員", "무단 전재", "무단전재", "재배포 금지", "版权所有",
	// a WeChat post's calls to follow and to like, its editors' credits,
	// a self-media platform's disclaimer
	"长按二维码", "长按识别", "扫码关注", "点个在看", "点个“在看”", "编辑 / ", "编辑/", "校对 / ", "校对/", "排版 / ", "排版/",
	"本平台仅提供信息存储服务",
	// follow on Google News, in Turkish, English, German, Spanish, French and Italian
	"google news'te takip", "google news'te bize abone", "google news'te abone", "follow us on google news", "auf google news folgen", "síguenos en google news",
	"suivez-nous sur google news", "seguici su google news", "google news üzerinden takip", "și pe google news",
	// a Nordic paper's trial offer: "Prova … Digital för 1 kr i en månad"
	"för 1 kr i ", "for 1 kr i ",
	// the two-click share buttons of the 2010s
	"zwei klicks für mehr datenschutz",
	// a Polish portal's note above a video and its cookie banner
	"dalsza część artykułu pod", "wykorzystujemy pliki cookies",
	// notes on machine help in English and Dutch, a funding note in French,
	// a licence line in Spanish, a German health disclaimer, a paywall's
	// note, a Dutch call to join
	"no ai tools were used", "gebruikgemaakt van ai", "réalisée avec le soutien", "réalisée grâce au soutien",
	"bajo licencia creative commons", "ersetzen nicht die persönliche beratung", "ersetzt nicht die persönliche beratung",
	"exklusiv für unsere abonn", "word ook lid",
	// a Spanish paper's offer, an Indonesian portal's call to read it on the phone
	"lee sin límites", "langsung di ponselmu", "langsung di ponsel anda",
	// a press release's note on its pictures' use, a press portal's
	// disclaimer ("Für den Inhalt der Pressemitteilung ist allein das
	// veröffentlichende Unternehmen verantwortlich.")
	"honorarfrei gestattet", "für den inhalt der pressemitteilung", "für den inhalt dieser pressemitteilung",
	// a site's note on how it is funded (Argentina's "pauta oficial", the
	// government's advertising) and on its use of machine writing; an app's pitch in French
	"no recibimos pauta oficial", "does not use ai to write", "does not use artificial intelligence to write", "sur notre application",
}

var promoSet = newSubstrings(promoPhrases...)

// tailSet finds the tailPhrases.
var tailSet = newSubstrings(tailPhrases...)

// tailPhrases mark a block at the end of the body as page furniture:
// appeals to donate or become a member, sign-in and registration prompts
// (a prompt's words, not "register" alone: "powers to register cases"
// ends a report),
// and the messages of a video player that did not start. In running text
// they may be the article's words; at its end, after the last paragraph
// of the article proper, they are not.
var tailPhrases = []string{
	"donate", "donation", "make a contribution", "support our", "support independent",
	// the same in Hungarian, the South Slavic languages, Czech, Slovak, Romanian and Bulgarian
	"támogasd", "olvasók támogatásával", "podržite", "donacija", "doniraj", "podpořte nás", "podporte nás",
	"susțineți jurnalismul", "подкрепете",
	// in Ukrainian and Russian: "support us", "support quality journalism", "support the newsroom"
	"підтримайте нас", "підтримати нас", "підтримати якісну журналістику", "підтримайте редакцію", "підтримати редакцію",
	"поддержите нас", "поддержать нас", "поддержите редакцию", "поддержать редакцию", "поддержать качественную журналистику",
	"допоможіть нам", "помогите нам", "дапамажыце нам",
	"support us", "supporting us", "consider supporting", "se financia con", "if you value what we do", "monthly contribution", "become a member", "become a supporter", "your support", "werde mitglied", "werde auch du mitglied", "werden sie mitglied",
	"noch kein mitglied?", "jetzt mitglied werden", "online mitglied werden",
	"support truly independent", "keep our stories free", "your contribution of", "support public radio", "support public media",
	"listeners like you", "viewers like you", "funding our local journalism", "good journalism costs", "by contributing to",
	"journalismus lebt von", "journalismus braucht ihre unterstützung", "unabhängiger journalismus kostet",
	// "Spende" as an appeal says it, not a report ("ein Spendenkonto eingerichtet")
	"ihre spende", "ihrer spende", "deine spende", "deiner spende", "jetzt spenden", "spenden sie", "spende jetzt", "mit einer spende",
	// in Hungarian and Italian: "works thanks to its readers' support" (twice: "the readers'", "readers'"), "needs you too", "if you value our work"
	"olvasók támogatásából", "olvasói támogatásból", "ha bisogno anche di te", "ha bisogno di te", "se apprezzi il nostro lavoro",
	"unterstützen sie", "unterstütze uns", "faites un don", "soutenez", "haz una donación",
	// appeals: members who fund a site in German, readers who fund it in
	// Spanish and English
	"fördermitglied", "se sostiene con el aporte", "we rely on readers",
	// calls to donate in Indonesian and to support a medium in Lithuanian
	"salurkan donasi", "paremkite",
	// an Argentinian medium's tip jar (Cafecito)
	"invitanos un cafecito", "invítanos un cafecito", "invitame un cafecito", "invítame un cafecito",
	"sign in", "sign up", "log in", "login", "register now", "register here", "register for free to", "register for free and", "register for free now", "please register",
	"register to continue", "register to read", "register to comment", "register or log in", "register or sign in", "create an account", "anmelden",
	"einloggen", "registrieren", "se connecter", "iniciar sesión",
	"does not support the video", "browser does not support", "enable javascript",
	"javascript is disabled", "javascript enabled", "video is not available", "video is unavailable",
	"can not be played", "cannot be played", "could not be played", "video player", "loading video",
	"video konnte nicht", "video kann nicht", "aktivieren sie javascript",
	// appeals that explain why: no paywall, independence from advertising
	"paywall", "bezahlschranke", "unterstütze unser", "unterstützt unser", "kleinen beitrag",
	"small contribution", "werbeeinnahmen", "advertising revenue", "funded by our readers", "funded by its readers", "funded by readers",
	"favour to ask", "favor to ask", "every contribution", "please support", "articles in the last year", "articles in the past month",
	"free for all readers", "by supporting our team", "wenn euch unsere arbeit gefällt", "wenn ihnen unsere arbeit gefällt",
	"if you like our work", "if you enjoy our work", "ask for your support", "already contributed?", "log in to hide these messages",
	// in Czech, Hungarian and Romanian: "support independent journalism", "readers keep … alive", "needs your support"
	"podpořte nezávislou", "az olvasók tartják életben", "nevoie de sprijinul tău", "jurnalismul independent costă",
	"pequeña contribución", "pequeña aportación", "pagar por la información", "piccolo contributo",
	"pequena contribuição", "petit don",
	// invitations to write to the editor
	"letters section", "letter to the editor", "letters to the editor", "leserbrief",
	// a blogger's box about the blog
	"this blog is a", "welcome to my blog", "willkommen auf meinem blog", "bienvenue sur mon blog",
	// the same appeals and notices in Portuguese, Spanish, Italian, Dutch
	// and Polish (imperatives that are also subjunctives or nouns, such
	// as "apoie" and "abbonati", only with the words that make them an
	// appeal)
	"apoie já", "apoie o nosso", "apoie nosso", "faça uma doação", "faça parte do grupo que apoia",
	"seja assinante", "assine já", "assine e ajude", "precisa de leitores que o apoiem", "ative o javascript", "habilite o javascript", "apoya nuestro",
	"haz un donativo", "hazte socio", "activa javascript", "habilita javascript", "sostienici",
	"sostieni il nostro", "diventa sostenitore", "diventa sostenitrice", "jetzt unterstützen", "brauchen wir ihre unterstützung", "brauchen wir deine unterstützung", "fai una donazione", "abbonati ora", "abbonati subito", "attiva javascript",
	"abilita javascript", "steun ons", "doneer nu", "word nu lid", "schakel javascript",
	"javascript inschakelen", "wesprzyj nas", "przekaż darowiznę", "wymaga włączonego",
	"włącz javascript", "activez javascript", "activer javascript",
	// Indonesian portals' calls to join their channels, British papers' press-standards line, a charity's note
	"dapatkan update berita", "simak breaking news", "independent press standards organisation", "tax deductible", "tax-deductible",
	// a forum's disclaimer in German
	"nicht notwendigerweise die meinung der redaktion",
	// a writer's profile under the post: "Views my own."
	"views my own", "views are my own",
	// an Indian paper's appeal: "Dear reader, we have been keeping you up-to-date …", "extended free trial periods"
	"dear reader", "support quality journalism", "free trial",
	// Indian portals' closing lines: "Catch all the Latest India News … on …", "Get the … App for Latest News"
	"catch all the latest", "app for latest news",
}

// closingLabels are headings of the sections that follow an article on
// its page: the press contact, the list of sources, the most-read box, the
// author's biography (compared lower-cased, without a final colon).
var closingLabels = map[string]bool{
	"kontakt": true, "pressekontakt": true, "medienkontakt": true, "kontakt für die presse": true,
	"ansprechpartner": true, "ansprechpartnerin": true, "ihr ansprechpartner": true, "ihre ansprechpartnerin": true,
	"contact": true, "contacts": true, "press contact": true, "media contact": true, "media contacts": true,
	"quellen": true, "quelle": true, "quellenangaben": true, "quellenverzeichnis": true, "sources": true,
	"meist gesucht": true, "meistgelesen": true, "meistgelesene artikel": true, "most read": true, "most popular": true,
	"schon gelesen?": true, "über den autor": true, "über die autorin": true, "about the author": true, "about the authors": true,
	"über die autoren": true, "über die autorinnen": true,
	"contacto": true, "contact presse": true, "quellen anzeigen": true, "quellen ausblenden": true,
	"show sources": true, "hide sources": true, "noch mehr infos für dich": true, "noch mehr infos": true,
	"mehr infos für dich": true, "rückfragen bitte an": true, "rückfragen an": true, "rückfragehinweis": true,
	"investor contact": true, "investor contacts": true, "investor relations": true,
	"for more information, please contact": true, "for further information, please contact": true,
	"verantwortlich für diese pressemeldung": true, "firmenkontakt und herausgeber der meldung": true, "pressekontakt und herausgeber": true,
	"für rückfragen": true, "bei rückfragen": true, "verwendete quellen": true, "contacts presse": true, "contact médias": true, "contacts médias": true,
	"presskontakt": true, "presskontakter": true, "för mer information": true, "för ytterligare information": true,
	"pressekontakter": true, "perskontakt": true, "contatti stampa": true, "contacto de prensa": true, "contactos de prensa": true,
	// the lists of other reports under an article (not "Das könnte Sie
	// auch interessieren", "You may also like": boxes inside it as often)
	"weitere meldungen": true, "weitere nachrichten": true, "weitere pressemitteilungen": true,
	"weitere aktuelle meldungen": true, "weitere aktuelle nachrichten": true,
	"press contacts": true, "wissenschaftlicher ansprechpartner": true, "wissenschaftliche ansprechpartnerin": true,
	"wissenschaftliche ansprechpartner": true, "wissenschaftlicher kontakt": true, "wissenschaftliche kontakte": true,
	"rückfragen von journalistinnen und journalisten bitte an": true, "rückfragen von journalisten bitte an": true,
	// a press release's media kit, its contacts' heading
	"press kit": true, "related media": true, "visit us on social media": true, "media inquiries": true, "media enquiries": true,
	"for more information or to arrange interviews, please contact": true, "for media inquiries, please contact": true,
	// most read, latest news and (Indonesian) the tags in Indonesian and Malay, Vietnamese and Hindi
	"terpopuler": true, "berita terpopuler": true, "baca tentang": true, "berita terkini": true, "paling banyak dibaca": true, "terkini": true,
	"đọc nhiều": true, "đọc nhiều nhất": true, "tin mới nhất": true, "सबसे ज्यादा पढ़ी गई": true, "ताज़ा खबरें": true, "ताजा खबरें": true,
	"खबरें और भी हैं": true, "खबरें और भी हैं...": true,
	// a portal's links to related stories ("Verwandte Links", PHP-Nuke's box)
	"verwandte links": true, "related links": true,
	// more of the site's reports, under the one shown
	"weitere berichte": true, "weitere veranstaltungsberichte": true, "more reports": true,
	// readers' letters and comments printed under an essay or a report
	"readers' letters": true, "readers’ letters": true, "letters from readers": true, "reader comments": true,
	"readers' comments": true, "readers’ comments": true, "leserbriefe": true, "leserkommentare": true, "lesermeinungen": true,
	"réactions des lecteurs": true, "réactions de nos lecteurs": true,
	// the next story an endless page loads under the article
	"next article": true, "next story": true, "nächster artikel": true, "article suivant": true, "próxima notícia": true,
	"siguiente artículo": true, "volgend artikel": true, "prossimo articolo": true,
	// the discussion under a Czech or a Slovak article
	"diskuse": true, "diskuze": true, "diskusia": true, "diskuse k článku": true, "diskuze k článku": true, "diskusia k článku": true,
	// comments under a Chinese post (WeChat's "selected messages")
	"精选留言": true, "写留言": true, "网友评论": true, "热门评论": true, "全部评论": true,
}

// closingPrefixes open headings of the sections that follow an article
// with a name or a count: the author's box ("Written by Ann Lee"), the
// responses ("Responses (4)", "12 Comments"), the author's other posts
// ("More from Ann Lee").
var closingPrefixes = append([]string{"written by ", "more from ", "more articles by ", "more releases from ", "more news from ", "more press releases from ", "weitere pressemitteilungen ", "weitere meldungen von ", "weitere storys von ", "weitere nachrichten aus ",
	// a local paper's other news ("Weitere Vereinsnachrichten aus Oberweiler")
	"weitere vereinsnachrichten", "weitere meldungen aus ", "weitere artikel aus ", "weitere berichte aus ", "more great ", "ansprechpartner in ", "ansprechpartnerin in ", "ansprechpartner für ", "ansprechpartnerin für ", "responses (", "comments (", "kommentare (", "commentaires (", "comentarios (", "commenti (",
	"komentarze (", "komentáře (", "diskuse (", "kommentarer (", "kommentit (", "hozzászólások (", "lesermeinungen (", "leserkommentare (", "reader comments (", "readers' comments (",
	// readers' reactions in French, Dutch and Portuguese, comments in Portuguese and Turkish
	"réactions (", "réactions des lecteurs (", "reacties (", "reações (", "comentários (", "yorumlar ("}, contactPrefixes...)

// contactPrefixes open a press contact's line with its label (contactLine):
// "Media Contact: Hannah Kowalczyk, …", "Für Rückfragen: Landratsamt …".
var contactPrefixes = []string{"media contact: ", "media contacts: ", "media inquiries: ", "media enquiries: ", "press contact: ",
	"für rückfragen: ", "bei rückfragen: ", "pressekontakt: "}

// countedReplies is a count of the responses below an article, also under
// the forum's name ("Forum: 328 Postings").
var countedReplies = regexp.MustCompile(`^(?:forum: )?[0-9][0-9.,]* (comments?|responses?|replies|notes|kommentare?|antworten|commentaires?|comentarios?|commenti|postings?|komentarzy|komentáře|komentářů)$`)

// closingLabel reports whether a block, lower-cased and without a final
// colon, is the heading of a closing section: closingLabels,
// closingPrefixes or countedReplies.
func closingLabel(l string) bool {
	if closingLabels[l] || countedReplies.MatchString(l) {
		return true
	}
	for _, p := range closingPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// closingHeading reports whether block s, lower-cased and without a
// final colon, is the heading of a closing section (closingLabel).
func closingHeading(s string) bool {
	return closingLabel(strings.TrimSpace(strings.TrimRight(strings.ToLower(s), ": ")))
}

// closingSection returns the index of the block that opens a closing
// section of the page (a heading of closingLabels) in the second half of
// the body, when what follows it is shorter than half of what precedes
// it; 0 when there is none. The heading and what follows are the page's,
// not the article's.
func closingSection(blocks []string) int {
	if len(blocks) < 3 {
		return 0
	}
	total := 0
	for _, b := range blocks {
		total += utf8.RuneCountInString(b)
	}
	seen := 0
	for i, b := range blocks {
		n := utf8.RuneCountInString(b)
		// A contact block often runs its label and its lines together
		// ("Investor Contact\nLauren Beck\n…"): its first line is read.
		head := b
		if j := strings.IndexByte(b, '\n'); j > 0 {
			head = b[:j]
		}
		if i > 0 && (utf8.RuneCountInString(head) <= 60 || contactLine(head)) && 2*seen >= total-seen && closingHeading(head) && !(insetLabel(head) && proseRunAfter(blocks[i+1:])) {
			return i
		}
		seen += n
	}
	return 0
}

// insetLabel reports whether a closing heading is the label of a box of
// links to other stories ("More From The Salt", "Related", "Mehr zum
// Thema"), which a page may set into its text as well as after it.
func insetLabel(head string) bool {
	return prefixFold(strings.TrimSpace(head), "more from", "more on", "more in", "related", "see also", "also read", "read more",
		"mehr zum", "mehr aus", "mehr von", "lesen sie auch", "lire aussi", "à lire aussi", "leer más", "lee también", "leggi anche")
}

// proseRunAfter reports whether blocks, after a closing heading, hold
// three paragraphs of prose in a row (150 characters or more, ending a
// sentence) within their first five: the article goes on after an inset
// box's "More From The Salt", which closes nothing.
func proseRunAfter(blocks []string) bool {
	run := 0
	for i, b := range blocks {
		if i >= 5 {
			break
		}
		if utf8.RuneCountInString(b) >= 150 && sentenceEnd(b) && !strings.Contains(b, "\n") {
			if run++; run >= 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// contactLine reports whether a line of up to 200 characters opens with a
// press contact's label ("Media Contact: Hannah Kowalczyk, …").
func contactLine(s string) bool {
	if utf8.RuneCountInString(s) > 200 {
		return false
	}
	l := strings.ToLower(s)
	for _, p := range contactPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// isTailJunk reports whether a block of up to a few sentences holds a
// tailPhrase, or a longer appeal (up to 1000 characters: "We decided
// against a paywall … support us with a small contribution") holds two.
func isTailJunk(s string) bool {
	n := utf8.RuneCountInString(s)
	if n > 1000 {
		return false
	}
	l := strings.ToLower(s)
	found := 0
	for _, p := range tailPhrases {
		if !startsWord(l, p) {
			continue
		}
		switch {
		case p == "sign up":
			// Asked of the reader, not a report's "Residents can sign up
			// for emergency alerts …", however short.
			if asked(l, p) || appeal(l) {
				found++
			}
		case p == "donate" && !occursWhere(l, p, func(j int) bool { return !strings.HasPrefix(l[j+len(p):], "d") }):
			// "donated": what was given, a report's word ("teams built
			// castles of donated cans"), not an appeal's.
		case signInWords[p] && sentenceEnd(l) && !(englishSignIn(p) && asked(l, p)) && !addressed(l) && !addressesReader(l) && !strings.Contains(s, " Sie "):
			// A sentence of a report: "Registrieren will er sich nicht.",
			// "… für den sich Leser … anmelden können."; not a button's
			// "Anmelden" nor "Jetzt registrieren".
		case (p == "ihre spende" || p == "ihrer spende") && !strings.Contains(s, "Ihre Spende") && !strings.Contains(s, "Ihrer Spende") && !strings.Contains(s, "IHRE"):
			// "ihrer Spende" is their donation ("danke ich allen, die es
			// mit ihrer Spende unterstützen"); the reader's is "Ihrer".
		case !weakTail[p] || n < 100 || addressed(l) || !strings.HasPrefix(p, "donat") && appeal(l):
			found++
		}
	}
	return found > 0 && n <= 400 || found >= 2 || n <= 600 && aboutBlurb(l)
}

// signInWords are the tailPhrases that ask to sign in or register.
var signInWords = map[string]bool{"sign in": true, "log in": true, "login": true, "anmelden": true, "einloggen": true, "registrieren": true,
	"se connecter": true, "iniciar sesión": true}

// englishSignIn reports whether sign-in word p is English, whose
// imperative opens a sentence ("Log in to post."), as German
// word order does not tell ("Registrieren will er sich nicht.").
func englishSignIn(p string) bool { return p == "sign in" || p == "log in" || p == "login" }

// aboutBlurb reports whether lower-cased block l is a newsroom's note
// about itself under its articles: a label "About …:" (in German, Dutch,
// French, Spanish and Portuguese too), then the newsroom described ("About
// the Beacon: The Marrow Valley Beacon is a nonprofit, nonpartisan
// newsroom …", "Über uns: … eine gemeinnützige Redaktion …").
func aboutBlurb(l string) bool {
	rest := ""
	for _, p := range []string{"about ", "über ", "over ", "à propos ", "acerca de ", "sobre "} {
		if r, ok := strings.CutPrefix(l, p); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return false
	}
	i := strings.IndexAny(rest, ":–")
	if i < 0 || i > 40 {
		return false
	}
	return newsroomWordSet.in(rest[i:])
}

// newsroomWordSet finds the words a newsroom describes itself with.
var newsroomWordSet = newSubstrings("newsroom", "redaktion", "redactie", "rédaction", "redacción", "redação", "redazione")

// strongTail reports whether block s holds a tailPhrase that is not
// weakTail: an appeal's own words, not a report's "donation".
func strongTail(s string) bool {
	l := strings.ToLower(s)
	for _, p := range tailPhrases {
		if !weakTail[p] && startsWord(l, p) {
			return true
		}
	}
	return false
}

// weakTail are the tailPhrases that a report's last paragraph uses as
// often as an appeal ("Donations can be made at the abbey or through its
// website. The council hopes …"): they mark furniture in a short line
// ("All donations are tax deductible.") or a block that addresses its
// readers (appeal).
var weakTail = map[string]bool{"donate": true, "donation": true, "free trial": true, "views my own": true, "views are my own": true,
	// a report's "By contributing to the fund, employees …" as much as an appeal's
	"by contributing to": true}

// appeal reports whether lower-cased text l addresses its readers: "you",
// "we", "please", "now".
func appeal(l string) bool {
	for _, w := range []string{"you", "your", "we", "us", "our", "please", "today"} {
		if wholeWords(l, w) {
			return true
		}
	}
	// "now" as an appeal's ("Sign up now"), not a report's "for now",
	// "until now", "by now".
	return occursWhere(l, "now", func(j int) bool {
		before, _ := utf8.DecodeLastRuneInString(l[:j])
		after, _ := utf8.DecodeRuneInString(l[j+3:])
		if unicode.IsLetter(before) || unicode.IsLetter(after) {
			return false
		}
		prev := strings.Fields(l[:j])
		return len(prev) == 0 || !hasWord("for until till by from as even", prev[len(prev)-1])
	})
}

// addressed reports whether lower-cased text l asks its reader: "you",
// "your", "please". A report of a church's or a charity's own work speaks
// of donations in the first person ("our friends have agreed to donate
// bread"), an appeal for them to the reader.
func addressed(l string) bool {
	for _, w := range []string{"you", "your", "please"} {
		if wholeWords(l, w) {
			return true
		}
	}
	return false
}

// wholeWords reports whether p occurs in s with no letter before or
// after it.
func wholeWords(s, p string) bool {
	return occursWhere(s, p, func(j int) bool {
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(p):])
		return !unicode.IsLetter(before) && !unicode.IsLetter(after)
	})
}

// occursWhere reports whether p occurs in s at a position j for which ok
// holds; positions are tried in order.
func occursWhere(s, p string, ok func(j int) bool) bool {
	for i := 0; i <= len(s); {
		j := strings.Index(s[i:], p)
		if j < 0 {
			return false
		}
		j += i
		if ok(j) {
			return true
		}
		i = j + 1
	}
	return false
}

// subscriptionOffer reports whether block l, lower-cased, offers a
// subscription in Czech, Slovak or Hungarian: the word for one, a price
// and its terms ("Předplatné od 49 Kč měsíčně, první měsíc zdarma"). The
// word alone is none: a report on a season ticket's prices ("ceny
// předplatného se nezměnily") uses it too.
func subscriptionOffer(l string) bool {
	if !strings.Contains(l, "předplatn") && !strings.Contains(l, "predplatn") && !strings.Contains(l, "előfizet") {
		return false
	}
	return strings.ContainsAny(l, "0123456789") && subscriptionPrice.atWordStart(l) && subscriptionTerms.atWordStart(l)
}

// subscriptionPrice and subscriptionTerms are what subscriptionOffer looks
// for beside the word: a currency, and a period or a free first month.
var (
	subscriptionPrice = newSubstrings("kč", "€", "eur", "ft")
	subscriptionTerms = newSubstrings("měsíčně", "mesačne", "týdně", "týždenne", "havonta", "hetente", "zdarma", "zadarmo", "ingyen")
)

// startsWord reports whether p occurs in s at the start of a word: Dutch
// "aanmelden" (to register) holds German "anmelden" (sign in) but is no
// sign-in prompt.
func startsWord(s, p string) bool {
	return occursWhere(s, p, func(j int) bool {
		r, _ := utf8.DecodeLastRuneInString(s[:j])
		return j == 0 || !unicode.IsLetter(r)
	})
}

// isPromo reports whether a block holds a promoPhrase, or opens with a
// call to follow that names a social network ("Follow BBC Cumbria on
// Facebook, X and Instagram").
func isPromo(l string) bool {
	if promoSet.atWordStart(l) || wholeWords(l, "our app") || ageNotice(l) || subscriptionOffer(l) ||
		wholeWords(l, "digitalabo") || wholeWords(l, "digital-abo") {
		// "our app" as words: "your application", "our apples" are none;
		// nor are a report's "2.500 neue Digitalabonnenten".
		return true
	}
	if (wholeWords(l, "unsubscribe") || strings.Contains(l, "app herunterladen")) && (addressesReader(l) || !sentenceEnd(l)) {
		// Said to the reader ("You can unsubscribe at any time", "Jetzt
		// App herunterladen"), not a report's "I told him to
		// unsubscribe.", "Die Fans können die Vereins-App
		// herunterladen, um …", nor "unsubscribed shares".
		return true
	}
	if asked(l, "download the") && downloadsApp(l) {
		return true // "Download the KVNT 9 News app for …", not a how-to's "… and download the update."
	}
	for _, p := range askedPromos {
		// Asked of the reader, not a report's "the right to subscribe
		// to one share", "users are advised to download the fix".
		if asked(l, p) {
			return true
		}
	}
	if strings.Contains(l, "direkt aufs handy") {
		// News pushed to the phone, not a report's subheading "Messdaten
		// direkt aufs Handy".
		for _, w := range []string{"news", "nachrichten", "app", "push", "whatsapp", "telegram", "kanal", "abonn", "kostenlos", "newsletter"} {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	if newsletterCall(l) {
		// A newsletter offered, unless the only one is the writer's own,
		// named in a sentence ("as I wrote in this newsletter").
		m := l
		for _, w := range ownNewsletter {
			m = strings.ReplaceAll(m, w, "")
		}
		if strings.Contains(m, "newsletter") {
			return true
		}
	}
	// The call may follow a pictogram: "📲 Receba as notícias … no WhatsApp".
	opening := strings.TrimLeftFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, f := range followWords {
		if strings.HasPrefix(opening, f) {
			return socialSet.in(l)
		}
	}
	return false
}

// newsletterCall reports whether lower-cased block l names a newsletter
// as a call does: as a label (short, no sentence and no list item's end:
// "Our weekly newsletter") or beside the words of an offer, and not in a
// report on one ("…, the Oil World newsletter said", "… was released in
// the Soybean Update newsletter sent to members").
func newsletterCall(l string) bool {
	return strings.Contains(l, "newsletter") && (len(l) < 90 && !sentenceEnd(l) && !listItemEnd(l) || newsletterOffer.atWordStart(l)) && !reports(l)
}

// newsletterOffer are the words of a newsletter's offer to the reader
// beside the word "newsletter" in a block longer than a heading: whose it
// is, how to get it, where it goes, what it costs.
var newsletterOffer = newSubstrings("our ", "your ", "you", "sign up", "subscribe", "abonnieren sie", "abonniere", "melden sie sich", "inbox", "postfach",
	"free", "kostenlos", "gratis", "here", "hier", "dein", "unser", "get ", "now", "jetzt", "best of",
	"every morning", "every weekday", "each morning", "werktags", "jeden morgen", "jeden tag",
	// in Spanish, French, Italian, Portuguese and Dutch: ours, yours, to receive, to sign up
	"nuestra", "nuestro", "recib", "suscríb", "apúnt", "inscri", "notre", "votre", "recev", "nostra", "ricev", "iscriv",
	"nossa", "receb", "assine", "onze", "ontvang", "meld je")

// downloadsApp reports whether lower-cased block l names an app within
// six words after "download the".
func downloadsApp(l string) bool {
	return occursWhere(l, "download the ", func(j int) bool {
		words := strings.FieldsFunc(l[j+len("download the "):], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		return slices.Contains(words[:min(len(words), 6)], "app")
	})
}

// addressesReader reports whether lower-cased block l speaks to its
// reader or as the publisher (you, your, we, our, jetzt, hier, in the
// languages the promotions are in), as a call does and a report on an
// app's users or a newsletter's subscribers does not.
func addressesReader(l string) bool {
	for w := range strings.FieldsFuncSeq(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if readerWords[w] {
			return true
		}
	}
	return false
}

// readerWords are the words of addressesReader.
var readerWords = wordSet("you your yours we our ours us jetzt hier here now du dich dir dein deine deinen deinem euch euer eure wir uns unser unsere unseren unserem " +
	"vous votre vos nous notre nos tu ton ta tes usted ustedes nuestra nuestro nuestros nuestras tú voi vostro vostra noi nostro nostra " +
	"você vocês nossa nosso jij jouw uw onze wij")

// askedPromos are calls that are promotions where they are asked of the
// reader (asked), and words of a report elsewhere.
var askedPromos = []string{"sign up for", "subscribe to"}

// reports reports whether lower-cased block l reports what someone said,
// in English or German: a verb of saying after the subject, or "according
// to".
func reports(l string) bool {
	return reportVerbs.atWordStart(l)
}

// reportVerbs are the words by which reports tells a report.
var reportVerbs = newSubstrings("said", "says", "reported", "according to", "quoted", "wrote", "writes", "told", "noted", "sagte", "berichtete", "zufolge", "schrieb", "schreibt", "hieß es")

// asked reports whether the lower-cased block l asks its reader to do p:
// p opens l or a sentence of it, or follows "here to", "you can" or
// "please" ("Sign up for our daily email", "… Click here to sign up for
// …"), not a report's "Residents can also sign up for emergency alerts"
// or "… asked residents to sign up for …".
func asked(l, p string) bool {
	return occursWhere(l, p, func(j int) bool {
		before := strings.TrimRight(l[:j], " \u00a0")
		return before == "" || strings.HasSuffix(before, "here to") || strings.HasSuffix(before, "now to") || strings.HasSuffix(before, "below to") ||
			strings.HasSuffix(before, "you can") || strings.HasSuffix(before, "please") ||
			strings.HasSuffix(before, "and") || strings.ContainsAny(before[len(before)-1:], ".!?:–-|»>")
	})
}

// ageNotice reports whether lower-cased line l is an archived story's
// notice of its age ("This article is more than 3 years old."), not a
// sentence that opens alike ("This article is more than a review").
func ageNotice(l string) bool {
	rest, ok := strings.CutPrefix(l, "this article is more than ")
	return ok && len(rest) < 30 && (strings.Contains(rest, "years old") || strings.Contains(rest, "year old"))
}

// ownNewsletter are the ways a newsletter's writer names it in the text.
var ownNewsletter = []string{"in this newsletter", "this newsletter is", "issues of this newsletter", "in my newsletter", "in last week's newsletter", "in last week’s newsletter",
	"in today's newsletter", "in today’s newsletter", "in the last newsletter", "in a previous newsletter"}

// followWords open a call to follow a site, a section or a reporter, or
// to join its channel.
var followWords = append([]string{"follow ", "folgen sie ", "suivez ", "síganos ", "sigue a ", "segui ", "siga ", "join ",
	"únase a ", "folge mir ", "folgt mir ", "folge uns ", "folgt uns ", "urmărește ", "receba ",
	// Indonesian and Malay, Vietnamese, Thai ("press follow", "press share")
	"ikuti ", "theo dõi ", "hãy theo dõi ", "ติดตาม", "กดติดตาม", "กดแชร์"}, withSpace(channelVerbs)...)

// channelVerbs ask readers to follow a site or join its channel, in the
// languages followWords and followVerbs both need them in: a block that
// opens with one and names a network is a promotion (isPromo), a short
// one that holds one and names a network a prompt (networkPrompt).
var channelVerbs = []string{"rejoignez", "pratite", "fuatilia", "jiunge", "sluit aan", "sekite", "sekojiet", "jälgi",
	"sledujte", "kövesse", "urmăriți", "следете", "последвайте", "ndiqni", "obserwuj", "participe", "dołącz do nas", "تابعوا"}

// withSpace returns the words, each followed by a space.
func withSpace(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w + " "
	}
	return out
}

// socialSet finds the names of social networks.
var socialSet = newSubstrings("facebook", "instagram", "twitter", "tiktok", "youtube", "bluesky", "threads", "linkedin", "whatsapp", "telegram", "mastodon", "viber", "google news", " on x", " auf x", " sur x",
	"line @", "เฟซบุ๊ก", "เพจ") // Thai: LINE's accounts, "Facebook", a Facebook page

// moreLabels end a teaser of another page: its last line is only the
// link to it (compared lower-cased, without arrows, dots and bullets).
var moreLabels = map[string]bool{
	"mehr": true, "more": true, "read more": true, "weiterlesen": true, "mehr lesen": true,
	"zum artikel": true, "lire la suite": true, "leer más": true, "continue reading": true,
	"plus": true, "en savoir plus": true, "meer": true, "lees meer": true, "czytaj więcej": true,
}

// journalMeta reports whether a short block is a journal entry's
// metadata line (LiveJournal's "mood: cold", "music: …"; not "Location: …",
// which a home tour's text has too).
func journalMeta(l string) bool {
	l = strings.TrimSpace(l)
	for _, p := range []string{"mood:", "music:", "current mood:", "current music:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// readAlsoLabels open a line that points to another story: "À voir
// également sur Le Fil: Nouvel An: …", "Lesen Sie auch: …".
var readAlsoLabels = []string{"à lire aussi", "lire aussi", "à voir également", "à voir aussi", "voir aussi", "read also",
	"also read", "read more:", "see also:", "lesen sie auch", "mehr zum thema:", "lee también", "leer más:", "leia também",
	"leia mais:", "leggi anche", "lees ook", "czytaj też", "czytaj także", "zobacz też", "zobacz także", "zobacz również",
	// a US paper's pointer to another story ("RELATED: District begins …")
	"related:", "related story:", "related stories:",
	// the same in Romanian (with comma-below and cedilla letters), Czech,
	// Slovak, the Nordic languages, Finnish and Croatian
	"citește și", "citeşte şi", "citiți și", "citiţi şi", "přečtěte si také", "čtěte také", "čítajte aj", "læs også", "les også", "läs också",
	"lue myös", "pročitajte i", "pročitajte još",
	// Quebec's "read" before another article's title: "Lisez « … »"
	"lisez «", "lisez “", "lisez l'article", "lisez l’article"}

// readAlsoLead reports whether a block, lower-cased l, opens with one of
// readAlsoLabels.
func readAlsoLead(l string) bool {
	l = strings.TrimLeft(l, " »›>▶►•-–")
	for _, p := range readAlsoLabels {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// moreLink reports whether a block of more than one line is a teaser: its
// last line is a "more" link ("Auskunft über vergangenes Wetter…\nmehr
// •••").
func moreLink(s string) bool {
	i := strings.LastIndexByte(s, '\n')
	if i < 0 {
		return false
	}
	last := strings.TrimFunc(s[i+1:], func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || r == '•'
	})
	return moreLabels[strings.ToLower(last)]
}

// creditEnd reports whether a block ends with a copyright or photo
// credit ("… Mikaela Shiffrin. © AFP / JEFF PACHOUD", "© 2024 Ann Lee",
// "… 人民网记者 李华摄"): a photo's caption or a copyright line, when short.
func creditEnd(s string) bool {
	i := strings.LastIndex(s, "©")
	if i >= 0 && utf8.RuneCountInString(s[i:]) <= 50 {
		return true
	}

	// A Chinese caption ends with its photographer: "…记者 李华摄",
	// "（新华社记者 张晨 摄）"; a sentence ends with "。".
	if t := strings.TrimRight(s, " )）"); strings.HasSuffix(t, "摄") || strings.HasSuffix(t, "攝") || strings.HasSuffix(t, "供图") || strings.HasSuffix(t, "供圖") ||
		strings.HasSuffix(t, " 图") || strings.HasSuffix(t, " 圖") || strings.HasSuffix(t, "提供") && strings.HasSuffix(strings.TrimSpace(s), "）") {
		// "（記者林佳蓉攝）", "…记者 周然 图", "（台中市建設局提供）": a photo's credit
		return true
	}
	// An agency's caption ends with its photographer's credit:
	// "(Xinhua/Hu Chao)", "(AP Photo/Jane Doe)"; not a poll's "(Reuters/Ipsos)".
	// A paper's caption with its photographer and the paper: "… Monday
	// evening. Photo: Dale Hutchens/Ledger".
	// Both credits hold a slash (and the paper's a colon), which most
	// paragraphs lack: a test far cheaper than either expression.
	if !strings.Contains(s, "/") {
		return false
	}
	return strings.HasSuffix(s, ")") && agencyPhotoRe.MatchString(s) || strings.Contains(s, ":") && photoCreditEndRe.MatchString(s)
}

// photoCreditEndRe is a photographer's credit closing a caption: "Photo:
// Dale Hutchens/Ledger", "Foto: Anna Berg / dpa".
var photoCreditEndRe = regexp.MustCompile(`(?:^|[.!?)]\s+)(?:Photo|Photos|Foto|Fotos|Picture|Bild)\s*:\s*\p{Lu}[\pL'.-]+(?:\s+\p{Lu}[\pL'.-]+){0,3}\s*/\s*\p{Lu}[\pL.&-]*(?:\s+\p{Lu}[\pL.&-]*){0,2}\)?$`)

// agencyPhotoRe is an agency's photo credit closing a caption.
var agencyPhotoRe = regexp.MustCompile(`\((?:[A-Z][A-Za-z]+|[A-Z]+ Photo|Photo)\s*/\s*\p{Lu}[\pL'.-]+(?:\s+\p{Lu}[\pL'.-]+){1,3}\)$`)

// isBoilerPhrase reports whether a short block, lower-cased l, holds a
// boilerPhrase.
func isBoilerPhrase(l string) bool {
	return boilerSet.atWordStart(l) || adLabel(l) || creditLabel(l) || shareLabel(l) ||
		startsWord(l, "zum thema") && !sentenceEnd(l) || // a box's label ("Zum Thema", "Das Buch … zum Thema"), not "Sie schwieg zum Thema."
		newsletterCall(l) || // "Newsletter", "Sign up for our newsletter.", not "The newsletter gave these figures."
		labelOpening(l, "advertisement") || // "- Advertisement - Scroll to continue", not "… placed the advertisements in question."
		startsWord(l, "sign up") && (!sentenceEnd(l) || asked(l, "sign up")) || // "Sign up", "Sign up now.", not "Residents can sign up at the library."
		labelOpening(l, "you are here") && !sentenceEnd(l) || // a breadcrumb's label, not "You are here again, to support …"
		labelOpening(l, "next release") && strings.ContainsAny(l, ":0123456789") // "Next release: 14 May 2025", not "wait for next release"
}

// listItemEnd reports whether line l ends as an item of a list in a
// sentence does, with a semicolon or a comma: no label does.
func listItemEnd(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, ";") || strings.HasSuffix(l, ",")
}

// labelOpening reports whether lower-cased line l opens with label p,
// marks and white space before it aside.
func labelOpening(l, p string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }), p)
}

// shareLabel reports whether short block l, lower-cased, is a sharing
// button's label: "share this" or "share on" within its first three
// words ("Share on Facebook", "Click to share on X"), not a report's
// "… dlrs per share on revenues of …".
func shareLabel(l string) bool {
	for _, p := range []string{"share this", "share on"} {
		if occursWhere(l, p, func(j int) bool {
			r, _ := utf8.DecodeLastRuneInString(l[:j])
			return (j == 0 || !unicode.IsLetter(r)) && len(strings.Fields(l[:j])) <= 3
		}) {
			return true
		}
	}
	return false
}

// pictureCreditLabels open a picture's credit ("Foto: dpa", "Image: Getty").
var pictureCreditLabels = []string{"titelbild:", "credit:", "credits:", "foto:", "fotos:", "bild:", "photo:", "image:",
	// the photographer's label in Spanish, Portuguese and Italian ("Fotografías: … para …")
	"fotografía:", "fotografías:", "fotografia:", "fotografias:", "fotografie:"}

// creditLabel reports whether lower-cased block l holds one of
// pictureCreditLabels where a credit starts: a line's start, after a
// punctuation mark ("… am Montag. Foto: dpa", "Jan Hamáček, photo: …",
// "(Photo: AP)"), after "and" ("Text und Fotos: …"), or after a word that
// names the picture ("Main image:", "Photo credit:"). "Building the Docker
// image: 14 minutes" is a list's item.
func creditLabel(l string) bool {
	for _, c := range pictureCreditLabels {
		for i := 0; i < len(l); {
			j := strings.Index(l[i:], c)
			if j < 0 {
				break
			}
			at := i + j
			i = at + 1
			if r, _ := utf8.DecodeLastRuneInString(l[:at]); unicode.IsLetter(r) {
				continue // inside a word: "Artikelbild:" is not "bild:"
			}
			before := l[:at]
			if k := strings.LastIndexByte(before, '\n'); k >= 0 {
				before = before[k+1:]
			}
			before = strings.TrimRight(before, " \u00a0")
			if before == "" {
				return true
			}
			if r, _ := utf8.DecodeLastRuneInString(before); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return true // "… Montag. Foto: dpa", "Jan Hamáček, photo: …", "(Photo: AP)", "Text & Fotos: …"
			}
			w := strings.Fields(before)
			if len(w) == 1 && pictureWords[w[0]] {
				return true
			}
			switch w[len(w)-1] {
			case "and", "und", "et", "y", "e", "en", "og", "och", "i":
				return true // "Text und Fotos: Manfred Ortlepp"
			}
		}
	}
	return false
}

// pictureWords name a picture before its credit's label: "Main image:",
// "Photo credit:", "Cover photo:".
var pictureWords = map[string]bool{"main": true, "top": true, "featured": true, "feature": true, "cover": true, "header": true,
	"hero": true, "lead": true, "title": true, "teaser": true, "symbol": true, "photo": true, "image": true, "picture": true,
	"bild": true, "foto": true, "titel": true, "vorschau": true}

// adLabel reports whether lower-cased line l holds an advertisement's
// German label, "Anzeige" or "Werbung", as a word ("18+ | Suchtrisiken |
// Anzeige", "Google Anzeigen"), or a control's "anzeigen" in three words
// at most or before a colon ("Alle Bilder anzeigen"); not a heading that
// says what to show ("WLAN-Passwort über die Systemsteuerung anzeigen")
// nor a compound ("Werbungskostenpauschbetrag").
func adLabel(l string) bool {
	if !strings.Contains(l, "anzeige") && !strings.Contains(l, "werbung") {
		return false
	}
	words := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		switch w {
		case "anzeige", "werbung":
			return true
		case "anzeigen":
			if len(words) <= 3 || strings.HasSuffix(strings.TrimSpace(l), ":") {
				return true // "Beiträge der letzten Zeit anzeigen:", a list's label
			}
		}
	}
	return false
}

// unspaced reports whether r belongs to a script written without spaces
// between words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

var boilerSet = newSubstrings(boilerPhrases...)

// textWriter turns elements into plain text blocks.
type textWriter struct {
	blocks   []string
	rows     []bool // per block: a list item or table row, kept at the end
	heads    []bool // per block: a heading (h2 to h6, an h1 among the text)
	row      bool   // the current block is a list item or table row
	cur      strings.Builder
	linkLen  int
	inLink   int
	heading  int // inside an h2 to h6
	skipH1   bool
	headline *html.Node // the headline element: left out, with the short lines above it
	dropped  []string   // short lines left out around the article, where a date line may be
	head     *html.Node // the headline, or the first h1, once written past
	stopped  bool       // a second headline ended the article: nothing more is written
}

// nextArticle reports whether the headline h, met after the article's
// headline and some of its text, starts another article: the next story
// that an infinite scroll appends to the page. That story repeats the
// article's template: below the element holding both headlines, each
// sits in its own container of the same kind (both <article>, or the
// same tag sharing a class). An h1 within the article's own container is
// one of its subheadings.
//
// With sibling true (an <h2>, which articles also use for their
// subheadings), only the plainest forms count: each headline in an
// <article> of its own, the two <article>s branching from one element;
// or the template repeated to the class: the h2 has the headline's class
// and sits in an element of the same tag and class as one that holds the
// headline (a portal that renders the next story's title as an h2).
func (w *textWriter) nextArticle(h *html.Node, sibling bool) bool {
	if w.head == nil || h == w.head {
		return false
	}
	n := 0
	for _, b := range w.blocks {
		n += utf8.RuneCountInString(b)
	}
	if n < 200 {
		return false
	}
	return nextStory(w.head, h, sibling) != nil
}

// nextStory returns the container of the story that heading h starts, if
// it is another article's after the one whose headline is head (the
// test of nextArticle, on the tree alone), else nil.
func nextStory(head, h *html.Node, sibling bool) *html.Node {
	anc := map[*html.Node]*html.Node{} // ancestor of the headline → its child on the way
	for c, p := head, head.Parent; p != nil; c, p = p, p.Parent {
		anc[p] = c
	}
	for c, p := h, h.Parent; p != nil; c, p = p, p.Parent {
		bh, ok := anc[p]
		if !ok {
			continue
		}
		// p is the lowest common ancestor; bh and c are the branches.
		switch {
		case bh == head || c == h:
			return nil
		case sibling:
			// A headline, not a section's name: a recipe's <article>s
			// "Zutaten" and "Zubereitung" beside its header's are its parts.
			if (bh.DataAtom == atom.Article && c.DataAtom == atom.Article && len(strings.Fields(textOf(h))) >= 3) || sameTemplate(head, h, p) {
				return c
			}
			return nil
		case bh.DataAtom != c.DataAtom:
			// The next story of an infinite scroll in a wrapper of its own
			// (<div class="next-story"><article>…): each heading is in an
			// <article> of its own below the common ancestor.
			if articleBetween(head, p) && articleBetween(h, p) {
				return c
			}
			return nil
		case c.DataAtom == atom.Article:
			return c
		}
		if len(selectAll(c, h1Sel)) > 1 {
			// A story has one headline: a container of the template's
			// class holding several h1s is more of the article, its
			// sections' headings (Medium's second <section>).
			return nil
		}
		if trimmedLen(textOf(c)) < 200 {
			// A story has text: a box of the sidebar under its heading
			// ("MODERATORS" beside a forum's name, each in a "spacer") is
			// not one.
			return nil
		}
		for _, cl := range strings.Fields(attr(c, "class")) {
			if hasWord(attr(bh, "class"), cl) {
				return c
			}
		}
		return nil
	}
	return nil
}

// builderHeadings are the classes page builders give every heading
// widget: Elementor, the block editor, Divi, Beaver Builder, WPBakery,
// Kadence, Spectra, Bricks, GenerateBlocks.
var builderHeadings = newSubstrings("elementor-heading", "wp-block-heading", "et_pb_", "fl-heading", "vc_custom_heading",
	"kt-adv-heading", "uagb-heading", "brxe-heading", "gb-headline")

// sameTemplate reports whether headings a and b share their class and
// lie in elements of one tag and class below their common ancestor p,
// each holding a story's text besides its heading. A page builder's
// heading widgets share their classes in every section of one page
// (builderHeadings): no sign of another story.
func sameTemplate(a, b, p *html.Node) bool {
	cl := attr(a, "class")
	if cl == "" || attr(b, "class") != cl || builderHeadings.in(strings.ToLower(cl)) {
		return false
	}
	if collapse(textOf(a)) == collapse(textOf(b)) {
		return false // the same headline again is a print copy's, not another story's
	}
	ta, tb := trimmedLen(textOf(a)), trimmedLen(textOf(b))
	for x := a.Parent; x != nil && x != p; x = x.Parent {
		xc := attr(x, "class")
		if xc == "" || trimmedLen(textOf(x)) < ta+200 {
			continue
		}
		for y := b.Parent; y != nil && y != p; y = y.Parent {
			if y.DataAtom == x.DataAtom && attr(y, "class") == xc && trimmedLen(textOf(y)) >= tb+80 {
				return true
			}
		}
	}
	return false
}

// cutNextStories removes from body the stories an infinite scroll
// appended after the article whose headline is head (nextStory) whose
// headlines pruning would take away: an h1 (or an h2 of the headline's
// class) in a <header> with the
// story's byline goes with the furniture, and the writer, which stops at
// the next story's headline, would run on into its text. The article
// must have 200 characters before such a story, as nextArticle asks.
func cutNextStories(body, head *html.Node) {
	if head == nil {
		return
	}
	for _, h := range selectAll(body, h1h2Sel) {
		if h == head || !before(head, h) || !holds(body, h) {
			continue // or cut with an earlier story
		}
		// An <h2> only in the plainest forms (see nextArticle), and under an
		// <h1> headline: a slider's next slide titled by an <h2> of the
		// headline's class. (A scrollytelling page titled by its first <h2>
		// has chapters of that class.)
		if h.DataAtom == atom.H2 && head.DataAtom != atom.H1 {
			continue
		}
		c := nextStory(head, h, h.DataAtom == atom.H2)
		if c == nil || c.Parent == nil || !junkBetween(h, c) {
			continue // the writer sees the headline and stops there
		}
		written := 0
		for b := c.PrevSibling; b != nil && written < 200; b = b.PrevSibling {
			written += utf8.RuneCountInString(strings.TrimSpace(textOf(b)))
		}
		if written >= 200 {
			c.Parent.RemoveChild(c)
		}
	}
}

// junkBetween reports whether an element between n and its ancestor top
// (top included) is furniture that pruning removes (isJunk).
func junkBetween(n, top *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if isJunk(a) {
			return true
		}
		if a == top {
			break
		}
	}
	return false
}

// articleBetween reports whether an <article> element is an ancestor of n
// below top.
func articleBetween(n, top *html.Node) bool {
	for a := n.Parent; a != nil && a != top; a = a.Parent {
		if a.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// write appends n's text as blocks.
func (w *textWriter) write(n *html.Node) {
	if w.stopped {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		if w.inLink > 0 {
			w.linkLen += trimmedLen(n.Data)
		}
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.write(c)
		}
		return
	}
	if n.DataAtom == atom.H1 && w.nextArticle(n, false) || n.DataAtom == atom.H2 && w.nextArticle(n, true) {
		w.flush()
		w.stopped = true
		return
	}
	if n == w.headline {
		// The headline is the Headline field, not the body.
		w.flush()
		w.atHeadline()
		w.head = n
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.cur.WriteByte('\n')
		return
	case atom.Hr:
		w.flush()
		return
	case atom.Img:
		return
	case atom.H1:
		if w.skipH1 && w.subheadingH1(n) {
			// Medium and some editors mark the article's section headings
			// up as <h1>s: one after the article's prose is a subheading.
			w.heading++
			defer func() { w.heading-- }()
			break
		}
		if w.skipH1 {
			w.flush()
			w.cur.Reset()
			w.atHeadline()
			if w.head == nil {
				w.head = n
			}
			return
		}
	case atom.Table:
		w.flush()
		w.table(n)
		return
	case atom.A:
		if w.heading > 0 && strings.HasPrefix(attr(n, "href"), "#") && inEntry(n) {
			break // an entry's heading links to the entry ("#update-3"): its text is the heading's
		}
		w.inLink++
		defer func() { w.inLink-- }()
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.heading++
		defer func() { w.heading-- }()
	}
	block := isBlock(n.DataAtom)
	if block {
		w.flush()
	}
	row := n.DataAtom == atom.Li || n.DataAtom == atom.Dd || n.DataAtom == atom.Dt
	if row {
		w.row = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.write(c)
	}
	if block {
		w.flush()
	}
	if row {
		w.row = false
	}
}

// subheadingH1 reports whether an <h1> is one of the article's section
// headings: short, between paragraphs of prose, not the headline.
func (w *textWriter) subheadingH1(n *html.Node) bool {
	if n == w.headline || w.head == nil {
		return false
	}
	prose := false
	for _, b := range w.blocks {
		if utf8.RuneCountInString(b) >= 120 && sentenceEnd(b) {
			prose = true
			break
		}
	}
	if !prose {
		return false
	}
	t := textOf(n)
	k := utf8.RuneCountInString(t)
	if k == 0 || k > 100 {
		return false
	}
	if l := strings.ToLower(t); tailSet.in(l) || isPromo(l) || strings.HasPrefix(l, "unterstütze ") || strings.HasPrefix(l, "support ") {
		return false // an appeal's heading ("Unterstütze RosaMag bereits mit 2,50!")
	}
	// And prose follows it: an <h1> after the last paragraph is an
	// appeal's or the next story's.
	for a, depth := n, 0; a != nil && depth < 3; a, depth = a.Parent, depth+1 {
		for sib := a.NextSibling; sib != nil; sib = sib.NextSibling {
			if sib.Type == html.ElementNode && sib.DataAtom == atom.P {
				if pt := textOf(sib); utf8.RuneCountInString(pt) >= 120 && sentenceEnd(pt) {
					return true
				}
			}
		}
	}
	return false
}

// atHeadline drops what was written before the headline if it is only
// short lines: a section name, a kicker, breadcrumbs.
func (w *textWriter) atHeadline() {
	for _, b := range w.blocks {
		if utf8.RuneCountInString(b) >= 60 || sentenceEnd(b) {
			return
		}
	}
	w.dropped = append(w.dropped, w.blocks...)
	w.blocks, w.rows, w.heads = w.blocks[:0], w.rows[:0], w.heads[:0]
}

// table writes each row of a table as one block, cells separated by a
// tab, as a browser copies a row (its words in order for any reader or
// evaluation that folds white space; " | " put a bar between them).
func (w *textWriter) table(t *html.Node) {
	if linkColumn(t) {
		return // a column of links to other pages, under its title perhaps: "関連記事", "Latest news"
	}
	var rows func(n *html.Node)
	rows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				var cells []string
				linked := 0   // cells that are links and nothing else
				linkText := 0 // the text in links of the cells
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						if hasBlockChild(td) || brParagraphs(td) || w.headline != nil && holds(td, w.headline) {
							// A layout table: its cells hold blocks of their own,
							// paragraphs an old page set apart by blank lines, or
							// the headline (which leaves the text, with the blocks
							// above it).
							if len(cells) > 0 {
								w.row = true
								w.addBlock(strings.Join(cells, "\t"), 0)
								w.row = false
								cells = nil
							}
							w.write(td)
							continue
						}
						if t := textOf(td); t != "" {
							cells = append(cells, t)
							lt, _ := linkedText(td)
							if linkText += lt; float64(lt) >= 0.8*float64(trimmedLen(t)) {
								linked++
							}
						}
					}
				}
				if len(cells) > 0 {
					row := strings.Join(cells, "\t")
					links := 0
					if len(cells) >= 2 && linked == len(cells) && trimmedLen(row) <= 100 {
						// A short row of links and nothing else ("« zurück zur
						// Dorfchronik" | "Seite drucken | nach oben") is
						// navigation; a table's data may be links one cell a
						// row (a list of platforms) or in part (teams, names).
						links = trimmedLen(row)
					}
					if n := trimmedLen(row); float64(linkText) > 0.4*float64(n) && boilerLead(strings.ToLower(row)) {
						continue // a box's title and its links in one cell ("Mehr zum Thema<br>» …")
					}
					w.row = true
					w.addBlock(row, links)
					w.row = false
				}
			case atom.Table:
				w.table(c)
			case atom.Caption:
			default:
				rows(c)
			}
		}
	}
	rows(t)
}

// linkColumn reports whether table t is a column of links: three links or
// more in rows of one cell each whose text is mostly links (a date beside
// each, perhaps, or in a cell of its own before it), besides rows of headers or a short first row (its
// title: "Other Local News"); one link or two are enough under a title
// that is a furniture line ("Přečtěte si také"). Only t's own rows are
// read, not those of tables inside it, which the writer looks at in their
// turn.
func linkColumn(t *html.Node) bool {
	links, titled := 0, false
	for i, tr := range ownRows(t) {
		cells := 0
		var cell *html.Node
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Td {
				if cells++; cells == 2 && dateOnly(textOf(cell)) {
					// "06.02.2025 | Ebnat-Kappel: Neuer Pächter …": the
					// story's date in a cell before its link.
					cells--
				}
				cell = c
			}
		}
		switch {
		case cells == 0:
			continue // a header row
		case cells > 1 || hasBlockChild(cell):
			return false
		}
		n := trimmedLen(textOf(cell))
		if n == 0 {
			continue
		}
		linked, count := linkedText(cell)
		if float64(linked) < 0.6*float64(n) {
			if i == 0 && n <= 40 {
				t := textOf(cell)
				titled = furnitureBlock(t, trimmedLen(t))
				continue // the box's title
			}
			return false
		}
		links += max(1, count)
	}
	return links >= 3 || titled && links >= 1
}

// ownRows returns table t's rows: its <tr> children and those of its
// <thead>, <tbody> and <tfoot>.
func ownRows(t *html.Node) []*html.Node {
	var rows []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

// linkedText returns the length of the text in links under n, and how
// many links there are.
func linkedText(n *html.Node) (length, links int) {
	as := selectAll(n, linkSel)
	for _, a := range as {
		length += trimmedLen(textOf(a))
	}
	return length, len(as)
}

// brParagraphs reports whether n's own text is set in paragraphs by two
// <br>s in a row (with only white space between), as old pages write
// text in a layout table's cell; a data table's cell breaks its lines
// with one.
func brParagraphs(n *html.Node) bool {
	prevBr := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.DataAtom == atom.Br:
			if prevBr {
				return true
			}
			prevBr = true
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.DataAtom == atom.Font || c.DataAtom == atom.Span:
			// The text set in a typeface ("<font class=content>…<br><br>…")
			if brParagraphs(c) {
				return true
			}
			prevBr = false
		default:
			prevBr = false
		}
	}
	return false
}

// hasBlockChild reports whether n contains block elements.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlock(c.DataAtom) || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// flush ends the current block.
func (w *textWriter) flush() {
	s := w.cur.String()
	w.cur.Reset()
	link := w.linkLen
	w.linkLen = 0
	if strings.TrimSpace(s) == "" {
		return
	}
	var lines []string
	for line := range strings.SplitSeq(s, "\n") {
		if l := collapse(line); l != "" {
			lines = append(lines, l)
		}
	}
	w.addBlock(strings.Join(lines, "\n"), link)
}

// addBlock keeps a block unless it is mostly links or a furniture line.
func (w *textWriter) addBlock(s string, link int) {
	if s == "" {
		return
	}
	n := trimmedLen(s)
	if link > 0 && float64(link) > 0.6*float64(n) && !(w.heading > 0 && n <= 60 && closingHeading(s)) {
		return // a linked heading that opens a closing section ("Written by Ann Lee" to her page) stays, for trimEnd
	}
	if n < 40 && (boilerLines[strings.ToLower(strings.Trim(s, " .:!»›><‹«|-–"))] || counterLine(s) || galleryCountRe.MatchString(strings.TrimSpace(s))) || n < 90 && socialBlock(s) {
		return
	}
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
		return // "–", "* * *": no text; but "¼", an ingredient's amount, is
	}
	if furnitureBlock(s, n) && !proseFirstLine(s) && !(w.heading > 0 && n <= 60 && closingHeading(s)) {
		return // a heading that opens a closing section ("Written by Ann Lee") stays, for trimEnd
	}
	if link > 0 && float64(link) > 0.4*float64(n) && readAlsoLead(strings.ToLower(s)) {
		return // "SEE ALSO:" and its list of links, however long
	}
	if link > 0 && float64(link) > 0.4*float64(n) && boilerLead(strings.ToLower(s)) {
		return // "Mehr zum Thema » …": a box's title and its links in one block
	}
	if strings.Contains(s, "\n") {
		// Text written in lines (<br>) that end with the page's
		// furniture: "▶ … 채널 구독하기", "ⓒ …, 무단전재 및 재배포 금지". A
		// line in lower case goes on a sentence or a list ("c) zur
		// Isolierung …; siehe auch …").
		lines := strings.Split(s, "\n")
		k := len(lines)
		for k > 1 && !startsLower(lines[k-1]) && furnitureBlock(lines[k-1], trimmedLen(lines[k-1])) {
			k--
		}
		// A line between that points to another story ("Citeşte şi: …",
		// "Lire aussi : …") is no line of the text either.
		lines = slices.DeleteFunc(lines[:k], func(l string) bool {
			return trimmedLen(l) <= 200 && readAlsoLead(strings.ToLower(l))
		})
		if len(lines) == 0 {
			return
		}
		s = strings.Join(lines, "\n")
	}
	w.blocks = append(w.blocks, s)
	w.rows = append(w.rows, w.row)
	w.heads = append(w.heads, w.heading > 0)
}

// boilerLead reports whether lower-cased block l opens with one of
// boilerPhrases, or with a closing section's label that a colon ends
// within a few words ("Weitere Berichte 2000: …").
func boilerLead(l string) bool {
	for _, p := range boilerPhrases {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	for _, p := range pictureCreditLabels {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	label, _, ok := strings.Cut(l, ":")
	if !ok || len(label) > 60 {
		return false
	}
	for p := range closingLabels {
		if strings.HasPrefix(label, p) && (len(label) == len(p) || label[len(p)] == ' ') {
			return true
		}
	}
	return false
}

// proseFirstLine reports whether block s, written in lines, opens with a
// line of prose that is no furniture itself: a paragraph left open that
// runs into the page's tools ("… it's about the village."\n"E-mail this
// to a friend | Printable version"), whose furniture lines go, not it.
func proseFirstLine(s string) bool {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return false
	}
	first := s[:i]
	n := trimmedLen(first)
	return n >= 80 && sentenceEnd(first) && !furnitureBlock(first, n)
}

// furnitureBlock reports whether block s, n characters long, is a
// furniture line by its words: a boilerplate phrase, a promotion, a
// credit, a "more" link, a label, a print note, a citation or legal
// line, a call to readers, a shop's line or a dump of words.
func furnitureBlock(s string, n int) bool {
	if n > 400 {
		return wordDump(s)
	}
	l := strings.ToLower(s) // once: the tests below read it lower-cased
	return n < 90 && isBoilerPhrase(l) || n <= 60 && journalMeta(l) || n <= 200 && readAlsoLead(l) || n < 250 && isPromo(l) || n <= 200 && creditEnd(s) || n < 300 && moreLink(s) || n <= 200 && figureLabel(l) ||
		n <= 80 && (printNote(s, l) || reportingFrom(l)) || citationLine(l) || legalSet.in(l) ||
		n <= 250 && readerCall(s, l) || n <= 120 && (mediaLabel(l) || editNote(s)) || n <= 30 && likesRe.MatchString(s) || n <= 50 && viewsRe.MatchString(s) || n <= 120 && viewedDateLine(l) || n <= 60 && (shopLine(l) || ratingRe.MatchString(s)) ||
		n <= 200 && (coverCredit(s) || channelPitch(l) || revisionNote(s)) || n <= 60 && datedLine(l) ||
		n <= 80 && prefixFold(s, "photo by ", "photos by ", "photographs by ", "photography by ", "photo courtesy ", "image courtesy ") || // a picture's credit on its own line
		n <= 80 && prefixFold(s, "con información de ", "mit material von ") || // the agencies a report draws on: "Con información de EFE y Reuters", "Mit Material von dpa"
		n <= 250 && prefixFold(s, "this article is part of ", "this story is part of ", "este artigo faz parte da série ", "dieser artikel ist teil der serie ") || // a series' note: "This article is part of The age of pollution, a Guardian series …"
		n <= 40 && prefixFold(s, "most read in ", "most popular in ", "trending in ", "popular on ") && !sentenceEnd(s) || // a rail's title, its links gone: "MOST READ IN NEWS", "Popular on Variety"
		n <= 40 && prefixFold(s, "mehr auf ", "mehr bei ", "more on ", "more at ") && strings.HasSuffix(strings.TrimSpace(s), ":") || // a box's label: "Mehr auf SPIEGEL ONLINE:"
		n <= 300 && prefixFold(s, "photo:", "foto:", "bild:") && strings.HasSuffix(strings.TrimSpace(s), ")") || // a caption: "Photo: … (ABC News: Tom Harrigan)"
		n <= 100 && strings.Contains(l, ", ausgabe ") && strings.Contains(l, " vom ") && (dateOrTimeRe.MatchString(l) || yearRe.MatchString(l)) || // "Passauer Neue Presse, Ausgabe Passau Stadt vom 15.03.2017", "…, Ausgabe Koblenz vom Freitag, 27. September 2013, Seite 13"
		n <= 80 && prefixFold(s, "submitted by ", "eingereicht von ") && strings.ContainsAny(s, "0123456789") || // Drupal's "Submitted by … on …"
		n <= 120 && prefixFold(s, "geschrieben von ", "written by ", "posted by ", "verfasst von ", "eingestellt von") && (strings.ContainsAny(s, "0123456789") || len(strings.Fields(s)) <= 5) && !sentenceEnd(s) || // PHP-Nuke's "Geschrieben von … am … (412 mal gelesen)", Joomla's "Geschrieben von Redaktion"
		n <= 160 && strings.HasPrefix(l, "listen to ") && strings.Contains(l, "podcast") || // "Listen to CYBER, Motherboard's new weekly podcast …"
		strings.HasPrefix(s, "The Wayback Machine - http") || // an archived copy's print line
		prefixFold(l, entryFooters...) || strings.HasPrefix(strings.TrimSpace(s), "__________") || // a forum post's signature under its rule (phpBB's "_________________")
		n <= 250 && (strings.Contains(l, "ctrl+enter") || strings.Contains(l, "ctrl + enter")) || // "… select it and press Ctrl+Enter": a typo report's prompt
		n <= 200 && (copyrightLine(l) || moreNewsAt(l) || pipedFurniture(s) || reporterContact(l)) || n <= 80 && reblogNote(l) || n <= 120 && (pipedFacts(s) || metaBox(l) || slashDated(l)) || n <= 150 && fileLink(l) ||
		wordDump(s)
}

// reporterContact reports whether lower-cased block l is how to reach the
// reporter after the story: "Contact Kelsey Marten at kmarten@… or (765)
// 555-0199. Follow her on Twitter …", "Contact reporter Dan Ott at
// 608-555-0178": it opens with "contact" and gives an e-mail address or a
// telephone number.
func reporterContact(l string) bool {
	l = strings.TrimSpace(l)
	var rest string
	ok := false
	for _, p := range contactOpeners {
		if rest, ok = strings.CutPrefix(l, p); ok {
			break
		}
	}
	if !ok {
		return false
	}
	if strings.Contains(rest, "@") {
		return true
	}
	digits := 0
	for i := 0; i < len(rest); i++ {
		if rest[i] >= '0' && rest[i] <= '9' {
			digits++
		}
	}
	return digits >= 7
}

// contactOpeners open a line on how to reach the reporter: "Contact …",
// German "Kontakt zur Autorin: …", Spanish "Contacta con la periodista
// en …", French "Contacter l'auteur : …", Italian "Contatta …", Dutch
// "Contact met de auteur: …".
var contactOpeners = []string{"contact ", "kontakt zur autorin", "kontakt zum autor", "kontakt zu den autoren", "contacta con ", "contacte con ",
	"contacter l'auteur", "contacter l’auteur", "contactez l'auteur", "contactez l’auteur", "contatta ", "contatti dell'autore", "contact met "}

// reblogNote reports whether lower-cased block l is a blog platform's note
// under a post: "larkspur reblogged this from fieldnotes", "potatoes liked
// this", "fieldnotes posted this" (Tumblr's notes).
func reblogNote(l string) bool {
	l = strings.TrimSpace(l)
	if strings.Count(l, " ") > 5 {
		return false
	}
	return strings.Contains(l, " reblogged this from ") || strings.HasSuffix(l, " reblogged this") ||
		strings.HasSuffix(l, " liked this") || strings.HasSuffix(l, " posted this")
}

// pipedFurniture reports whether block s is two parts or more set apart
// by bars, each furniture itself: a forum article's "More articles by
// apistolars | Last edited by apistolars; 02-14-2011 at 09:10 AM.".
func pipedFurniture(s string) bool {
	if !strings.Contains(s, " | ") {
		return false
	}
	for f := range strings.SplitSeq(s, " | ") {
		f = strings.TrimSpace(f)
		if n := trimmedLen(f); n == 0 || !furnitureBlock(f, n) && !closingLabel(strings.TrimSuffix(strings.ToLower(f), ":")) && !updatedLine(f) {
			return false
		}
	}
	return true
}

// updatedLine reports whether line s is an update label and a date or a
// time, nothing else: "Updated: Aug. 15, 2020 at 4:05 PM EDT".
func updatedLine(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	for _, p := range updateLabels {
		if rest, ok := strings.CutPrefix(l, p); ok {
			return dateLineOnly(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
		}
	}
	return false
}

// pipedFacts reports whether block s is facts set apart by bars (or
// middle dots), three or more short ones, a date or time among them: a
// broadcaster's "NDR 1 Niedersachsen | Regional Hannover | 14.05.2018 |
// 17:00 Uhr" under "Dieses Thema im Programm", a metadata line. Prose has
// no such line.
func pipedFacts(s string) bool {
	sep := " | "
	if strings.Count(s, sep) < 2 {
		sep = " · " // "Counties 1 Midlands West · Mill Lane · Sat 12 Oct 2019 · KO 15:00"
		if strings.Count(s, sep) < 2 {
			return false
		}
	}
	dated := false
	for f := range strings.SplitSeq(s, sep) {
		f = strings.TrimSpace(f)
		if f == "" || utf8.RuneCountInString(f) > 40 || sentenceEnd(f) {
			return false
		}
		dated = dated || dateOrTimeRe.MatchString(f)
	}
	return dated
}

// slashDated reports whether lower-cased block l is a desk or a place and
// a date set apart by a slash or a bar, nothing else: "Inquirer Southern
// Luzon / 12:18 AM September 14, 2016".
func slashDated(l string) bool {
	for _, sep := range []string{" / ", " | "} {
		if a, b, ok := strings.Cut(strings.TrimSpace(l), sep); ok && !strings.Contains(b, sep) {
			if dateLineOnly(b) && (dateOrTimeRe.MatchString(b) || yearRe.MatchString(b)) {
				return utf8.RuneCountInString(a) <= 40 && len(strings.Fields(a)) <= 5 && !sentenceEnd(a) && !strings.HasSuffix(b, ".") &&
					!strings.ContainsAny(a, "0123456789")
			}
		}
	}
	return false
}

// metaBox reports whether lower-cased block l is an entry's facts in
// lines, a date line and labelled facts, nothing else: TYPO3 news items'
// "06.10.08 14:32\nKategorie: Gemeindeleben\nvon: Ursula Hemmerich".
func metaBox(l string) bool {
	if !strings.Contains(l, "\n") {
		return false
	}
	dated, labelled := false, false
	for line := range strings.SplitSeq(l, "\n") {
		line = strings.TrimSpace(line)
		if label, value, ok := strings.Cut(line, ":"); ok && metaLabels[strings.TrimSpace(label)] {
			// A fact is short, and no question or exclamation (a full
			// stop may close an abbreviation: "von: Pfr. Lämmle.").
			if v := strings.TrimSpace(value); v == "" || utf8.RuneCountInString(v) > 50 || sentenceEnd(v) && !strings.HasSuffix(v, ".") {
				return false
			}
			labelled = true
			continue
		}
		if !dateLineOnly(line) {
			return false
		}
		dated = true
	}
	return dated && labelled
}

// metaLabels label an entry's facts in its metadata box.
var metaLabels = map[string]bool{
	"kategorie": true, "kategorien": true, "rubrik": true, "ressort": true, "von": true, "autor": true, "autorin": true,
	"category": true, "categories": true, "section": true, "by": true, "author": true, "posted by": true,
	"catégorie": true, "rubrique": true, "par": true, "auteur": true, "categoría": true, "sección": true, "por": true, "autor/a": true,
}

// dateLineOnly reports whether lower-cased line holds a date or a time and no
// words but a date's ("06.10.08 14:32", "14. Mai 2019, 10:15 Uhr").
func dateLineOnly(line string) bool {
	if !strings.ContainsAny(line, "0123456789") {
		return false
	}
	for _, f := range strings.Fields(line) {
		f = strings.Trim(f, ",.:|()–-")
		if f != "" && !strings.ContainsAny(f, "0123456789") && !dateWord(f) {
			return false
		}
	}
	return true
}

// dateWord reports whether lower-cased word f is a month's name (English,
// German, French, Spanish: months), a weekday's or one of dateWords.
func dateWord(f string) bool { return months[f] || weekdays[f] || dateWords[f] }

// dateOrTimeRe is a numeric date or a time: "14.05.2018", "17:00".
var dateOrTimeRe = regexp.MustCompile(`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}:\d{2}\b`)

// fileLink reports whether lower-cased block l ends with a file's type and
// size in brackets (fileLinkRe), looked for only where a bracket closes it.
func fileLink(l string) bool {
	if !(strings.HasSuffix(l, ")") || strings.HasSuffix(l, "]")) || !fileLinkRe.MatchString(l) {
		return false
	}
	// A sentence of the text that points to the file is text: "Den
	// Umleitungsplan mit allen Details finden Sie hier: Umleitungsplan
	// Seestraße (PDF, 412 KB)".
	i := strings.LastIndex(l, ": ")
	return i < 0 || len(strings.Fields(l[:i])) < 5
}

// fileLinkRe is a link to a file, which ends with its type and size:
// "Umleitungsplan K 6 (PDF, 412 KB)", "Annual report [PDF 1.2 MB]".
var fileLinkRe = regexp.MustCompile(`[(\[](?:pdf|docx?|xlsx?|pptx?|odt|zip|mp3)(?:-datei|-dokument| file)?\s*[,;:|–-]?\s*\d[\d.,]*\s*(?:kb|mb|gb|kib|mib|kbyte|mbyte|bytes)[)\]]$`)

// copyrightLine reports whether lower-cased block l opens with a
// copyright notice and a year: "Copyright © 2018, The Baltimore Sun, a
// Baltimore Sun Media Group publication | Place an Ad" (creditEnd takes
// the short ones, "© 2024 Ann Lee", wherever they stand).
func copyrightLine(l string) bool {
	for _, p := range []string{"copyright ©", "copyright (c)", "copyright 19", "copyright 20", "© 19", "© 20", "(c) 19", "(c) 20"} {
		if strings.HasPrefix(l, p) {
			return hasYear(l)
		}
	}
	return false
}

// moreNewsAt reports whether lower-cased block l points readers to more
// of the site's news, on the site or "with us": "Noch mehr aktuelle
// Nachrichten aus dem Landkreis Ebersberg finden Sie auf
// Merkur.de/Ebersberg.", "Mehr News aus München lesen Sie immer bei
// uns.", "For more news from Leeds, visit leedslive.co.uk".
func moreNewsAt(l string) bool {
	if !prefixFold(l, "noch mehr news", "noch mehr nachrichten", "noch mehr aktuelle", "mehr news", "mehr nachrichten", "mehr aktuelle", "weitere news", "weitere nachrichten", "alle news", "alle nachrichten",
		"more news", "more local news", "for more news", "for more local news", "plus d'actualités", "más noticias") {
		return false
	}
	return strings.Contains(l, " bei uns") || siteRe.MatchString(l)
}

// siteRe is a site's address written in text: "merkur.de/ebersberg",
// "leedslive.co.uk".
var siteRe = regexp.MustCompile(`[a-z0-9-]+\.(?:de|at|ch|com|net|org|co\.uk|fr|es|it|nl)(?:/|\b)`)

// entryFooters open a blog theme's line under a post naming its
// categories and tags, however many it lists: WordPress's "This entry was
// posted in Archives and tagged customs, … Bookmark the permalink." in
// its translations.
var entryFooters = []string{"this entry was posted in ", "this entry was filed under ", "dieser eintrag wurde veröffentlicht in ",
	"dieser beitrag wurde unter ", "cette entrée a été publiée dans ", "esta entrada fue publicada en ", "esta entrada foi publicada em ",
	"questa voce è stata pubblicata in ", "dit bericht is geplaatst in ", "ten wpis został opublikowany w "}

// shopLine reports whether a short block is a product card's price or
// shop button: "$14 at Amazon", "£29.99, Aldi.co.uk", "See price at Best
// Buy", "MSRP: $1,299.99", "Shop now".
func shopLine(l string) bool {
	l = strings.TrimSpace(l)
	for _, p := range []string{"see price at ", "see the price at ", "check price at ", "see it at ", "buy it at ", "buy now at ",
		"shop now", "shop it at ", "msrp:", "rrp:", "uvp:", "bei amazon kaufen", "jetzt bei amazon", "comprar en amazon",
		"acheter sur amazon", "voir le prix", "ver precio"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if strings.HasPrefix(l, "today's best ") && strings.HasSuffix(l, " deals") {
		return true
	}
	// A price alone, or then "at" and a shop.
	r, size := utf8.DecodeRuneInString(l)
	if r != '$' && r != '£' && r != '€' {
		return false
	}
	rest := strings.TrimLeft(l[size:], "0123456789.,")
	price, shop := l[size:len(l)-len(rest)], strings.Fields(rest)
	return price != "" && (rest == "" || strings.HasPrefix(rest, " at ") && len(shop) <= 4 ||
		// or then a comma and the shop's domain: "£29.99, Aldi.co.uk"
		strings.HasSuffix(price, ",") && len(shop) == 1 && strings.Contains(shop[0], "."))
}

// issueRe is a magazine's issue at the end of a print note: "11/2020".
var issueRe = regexp.MustCompile(`\s\d{1,2}/(?:19|20)\d{2}$`)

// legalSet holds the phrases of the legal notices that close a company's
// release: trademarks, and the disclosure that the EU's market abuse
// regulation requires of listed companies; a wire's copyright line; the
// German federal funding notice ("Gefördert durch … aufgrund eines
// Beschlusses des Deutschen Bundestages").
var legalSet = newSubstrings("aufgrund eines beschlusses des deutschen bundestages", "for your personal, non-commercial use", "trademarks or registered trademarks of", "are registered trademarks of",
	"sind eingetragene marken", "sont des marques déposées", "son marcas registradas",
	"market abuse regulation", "marktmissbrauchsverordnung", "marknadsmissbruksförordning",
	"markedsmisbrugsforordning", "markedsmisbruksforordning", "markkinoiden väärinkäyttöasetuksen",
	// disclaimers of legal advice, and a copyright notice in Turkish
	"not constitute legal advice", "is not legal advice", "no constituye asesoramiento", "sin que constituya opinión",
	"ne constitue pas un conseil juridique",
	"non costituisce consulenza", "does not form part of the reasons", "izin alınmadan kullanılamaz", "iktibas edilemez",
	// "This material may not be published, broadcast, rewritten or redistributed."
	"broadcast, rewritten or redistributed", "broadcast, rewritten, or redistributed")

// shareWords are the words of a row of share and print buttons.
var shareWords = wordSet("facebook twitter x whatsapp pinterest linkedin xing reddit telegram threads bluesky mastodon " +
	"e-mail email mail drucken print teilen share partager compartir condividi delen udostępnij on auf per via sur en su " +
	"link kopieren copy messenger flipboard pocket")

// shareButtons reports whether a block is a row of share buttons
// ("Facebook Twitter WhatsApp E-Mail", "Share on LinkedIn"), not a
// sentence or a subheading that names a network ("From mill colony to
// WhatsApp orders").
func shareButtons(s string) bool {
	named := false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '·' || r == ',' }) {
		if !shareWords[w] {
			return false
		}
		switch w {
		case "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "e-mail", "email", "drucken":
			named = true
		}
	}
	return named
}

// networks are the social networks that share rows, follow prompts and
// embedded posts' credits name.
var networks = []string{"facebook", "twitter", "whatsapp", "pinterest", "linkedin", "instagram", "telegram", "tiktok", "youtube",
	"e-mail", "email", "viber", "واٹس ایپ", "व्हाट्सएप", "হোয়াটসঅ্যাপ", "واتساب", "فيسبوك", "تيليجرام"}

// followVerbs ask readers to follow or share, in the languages the
// extractor meets.
var followVerbs = append([]string{"follow", "folge", "folgen", "folgst", "folgt", "suivez", "síguenos", "seguici", "segui", "siga", "volg",
	"følg", "följ", "seuraa", "takip", "pinnen", "share", "teilen", "like us",
	"freischalten", "abonniere", "abonnez", "versenden", "weiterempfehlen", "envoyer", "enviar", "inviare",
	// "X è anche su Facebook: clicca «Mi piace»", "Find us on Facebook", "Besuchen Sie uns auf …"
	"mi piace", "find us", "finden sie uns", "besuchen sie uns", "retrouvez-nous", "encuéntranos", "síganos",
	"جوائن", "फॉलो", "जुड़ें", "ফলো"}, channelVerbs...)

var (
	networkSet = newSubstrings(networks...)
	followSet  = newSubstrings(followVerbs...)
	// socialNames holds every word that shareButtons or networkPrompt
	// needs: a block without one is neither.
	socialNames = newSubstrings(append([]string{"drucken"}, networks...)...)
)

// socialBlock reports whether a short block is a row of share buttons or
// a network's prompt or credit (shareButtons, networkPrompt), lower-casing
// it once and looking for a network's name before anything else.
func socialBlock(s string) bool {
	l := strings.ToLower(s)
	return socialNames.in(l) && (shareButtons(l) || networkPrompt(l))
}

// networkPrompt reports whether a short block that names a social
// network is a prompt or a credit, not a sentence about the network: it
// asks readers to follow or share ("Kövesse az Indexet a Facebookon is"),
// or it ends with the network's name in a few words ("Freiwillige
// Feuerwehr Mals auf Facebook", an embedded post's credit).
func networkPrompt(s string) bool {
	l := strings.ToLower(s)
	if !networkSet.atWordStart(l) {
		return false
	}
	if followSet.atWordStart(l) {
		return true
	}
	w := strings.Fields(strings.TrimRight(l, " .!"))
	return len(w) <= 6 && slices.Contains(networks, strings.Trim(w[len(w)-1], ",:;()"))
}

// mediaLabel reports whether a block is a player's label: a duration
// ("Duration 2:31", "Dauer 3:05 Min.") or the title of a clip it opens
// with "Watch:" or "Listen:".
func mediaLabel(l string) bool {
	l = strings.TrimSpace(l)
	for _, p := range []string{"watch:", "listen:", "video:", "audio:", "video |", "audio |", "podcast |", "hören:", "ansehen:", "écouter :", "regarder :", "durée", "duration", "dauer"} {
		if strings.HasPrefix(l, p) {
			return p != "durée" && p != "duration" && p != "dauer" || durationRe.MatchString(l)
		}
	}
	return false // a bare "0:52" is also a live blog's "09:10"
}

// updateLineRe is a line that only says when the page was updated:
// "zuletzt aktualisiert: 06. Dezember 2026, 11:15 Uhr", "Updated 14:05,
// 6 Dec 2026", "Bijgewerkt vr 8 mrt, 00:41" (a short weekday first). It
// is read for the dates and then dropped (dropUpdateLines).
var updateLineRe = regexp.MustCompile(`(?i)^\s*(?:zuletzt aktualisiert|aktualisiert am|aktualisiert|last updated|updated|mis à jour le|mis à jour|actualizado el|actualizado al|actualizado|aggiornato il|aggiornato alle|atualizado em|laatst bijgewerkt|bijgewerkt)\s*:?\s*(?:am\s+|on\s+|at\s+)?` +
	`(?:(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|lun|mar|mer|jeu|ven|sam|dim|lu|mié|jue|vie|sáb|dom|gio)\.?,?\s+)?\d[\d.:/, ]*(?:\p{L}+\.?)?[\d.:/, ]*(?:uhr|h|am|pm|gmt|utc|bst|cet)?\.?\s*$`)

// ratingRe is a rating widget's line: "4.89 from 37 votes", "Rating: 7.2
// out of 10 from 41 votes", "4,5 von 5 (120 Bewertungen)", "4.3/5 - (12
// voti)".
var ratingRe = regexp.MustCompile(`(?i)^\s*(?:(?:(?:rating|bewertung|note|valoración|voto)\s*:?\s*)?\d+(?:[.,]\d+)?\s*(?:/\s*\d+\s*|(?:out of|von|sur|de|su)\s+\d+\s*)?(?:[-–]\s*)?(?:from|aus|da|de|sur|\()\s*\d[\d.,]*\s*(?:votes|ratings|reviews|bewertungen|stimmen|avis|votos|voti)\b|(?:rating|bewertung|note|valoración|voto)\s*:?\s*\d+(?:[.,]\d+)?\s*(?:/|out of|von|sur|de|su)\s*(?:5|10|100)\s*$` +
	// a recipe card's "4.92 von 37 Bewertungen", "4.8 from 112 votes"
	`|\d[.,]\d{1,2}\s+(?:von|from|de|da|sur|su)\s+\d[\d.,]*\s+(?:bewertungen|ratings|votes|reviews|avis|votos|voti|stimmen)\s*$)`)

// durationRe is a clip's length after its label: "Duration 2:31".
var durationRe = regexp.MustCompile(`^(?:durée|duration|dauer)?\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*min\.?)?$`)

// wordDump reports whether a block is the style sheet or the document
// settings that Word leaves in text pasted from it ("Normal 0 21 false
// false false ES X-NONE", "/* Style Definitions */ table.MsoNormalTable
// {mso-style-name: …").
func wordDump(s string) bool {
	if strings.Contains(s, "mso-") && strings.Contains(s, "{") {
		return true
	}
	return strings.HasPrefix(s, "Normal 0 ") && strings.Count(s, "false") >= 3
}

// readerCall reports whether a block invites readers to write in: it
// names an e-mail address and opens by asking them to write ("Email your
// questions to …", "Escribe a …"), or gives the writer's ("… may be
// reached at …"). A question before the address ("Got a
// question? Email …") is as often a council's notice, which is text.
func readerCall(s, l string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || !strings.Contains(s[at:], ".") || strings.ContainsAny(s[at-1:at], " \t") {
		return false
	}
	if i := strings.Index(l, " be reached at "); i > 0 && i < at && (strings.HasSuffix(l[:i], " may") || strings.HasSuffix(l[:i], " can")) {
		return true // the writer's address: "JIM HOLLOWAY may be reached at jim@… or 855-5863."
	}
	for _, p := range []string{"email ", "e-mail ", "text ", "write to ", "send ", "reach the writer", "reach the reporter", "contact the writer", "contact the reporter",
		"schreiben sie ", "schreib ", "écrivez", "escribe ", "mejla ", "maila ",
		"escríbenos", "scrivi ", "scriveteci", "envie ", "envia ", "mail ons", "mail onze ", "schrijf ", "napisz "} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// citationLine reports whether a block tells readers how to cite the
// page ("Citation: Title (2018, March 5) retrieved 6 March 2018 from
// https://…", "Cite This Page: …", or a citation's last line alone,
// "Retrieved June 14, 2017 from …"): a science news site's footer.
func citationLine(l string) bool {
	return (strings.HasPrefix(l, "citation:") || strings.HasPrefix(l, "cite this page")) && strings.Contains(l, "retrieved") ||
		strings.HasPrefix(l, "retrieved ") && strings.Contains(l, " from") && hasYear(l) // a citation's last line on its own
}

// printNote reports whether a short block names the paper and the day the
// article was printed ("Published in Dawn, November 20th, 2024",
// "Erschienen in Die Zeit, 3. Mai 2024") or the magazine and its issue
// ("Erschienen in Weitblick 11/2020"): a note about the page.
func printNote(s, ls string) bool {
	if rest, ok := strings.CutPrefix(strings.TrimRight(ls, ". "), "from the "); ok && strings.HasSuffix(rest, " edition") && len(strings.Fields(rest)) <= 6 {
		return true // a weekly's "From the March 8th 2025 edition"
	}
	for _, p := range []string{"published in ", "erschienen in ", "publié dans ", "publicado en ", "pubblicato su "} {
		rest, ok := strings.CutPrefix(ls, p)
		if !ok {
			continue
		}
		// A name (a capital, not "2019, the report…"), a comma, a year.
		r, _ := utf8.DecodeRuneInString(s[len(p):])
		return unicode.IsUpper(r) && (strings.Contains(rest, ",") && yearAtEnd(rest) || issueRe.MatchString(rest))
	}
	return false
}

// yearAtEnd reports whether s ends with a year of four digits (19xx or
// 20xx), a full stop after it allowed.
func yearAtEnd(s string) bool {
	s = strings.TrimRight(s, ". ")
	if len(s) < 4 {
		return false
	}
	y := s[len(s)-4:]
	return (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9' &&
		(len(s) == 4 || !unicode.IsDigit(rune(s[len(s)-5])))
}

// reportingFrom reports whether a block only says where the reporter was
// ("Reporting from Warsaw, Ky."), as a line under some bylines does.
func reportingFrom(l string) bool {
	rest, ok := strings.CutPrefix(l, "reporting from ")
	return ok && len(strings.Fields(rest)) <= 5
}

// figureLabels open a figure's caption written as a paragraph of its own.
var figureLabels = []string{"abbildung", "abb.", "figure", "fig.", "grafik", "tabelle", "table", "bild", "foto", "photo"}

// figureLabel reports whether a block is a numbered figure's caption:
// "Abbildung 4: klassische Schwachschicht.", "Fig. 2 – The test rig".
func figureLabel(ls string) bool {
	for _, l := range figureLabels {
		rest, ok := strings.CutPrefix(ls, l)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \u00a0")
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 || i > 3 {
			return false
		}
		rest = strings.TrimLeft(rest[i:], " \u00a0")
		return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "|")
	}
	return false
}

// trimEnd removes the page's furniture after the article's last
// paragraph and returns it: short lines there ("More topics:",
// "Contact"), calls to donate, sign in or subscribe and a video player's
// messages whatever their length, and the closing sections (closingSection)
// with what follows them. The closing sections' teasers may hide the
// article's own tail: a call to join a channel before a most-read list
// goes with them, a credit line ("With files from …") stays.
func (w *textWriter) trimEnd() []string {
	var dropped []string
	dropTail := func(short bool) {
		afterAppeal := false
		for n := len(w.blocks); n > 1; n-- {
			last := w.blocks[n-1]
			junk := isTailJunk(last) || stampOnly(last)
			runes, ends := utf8.RuneCountInString(last), sentenceEnd(last) || signOffRe.MatchString(last) || blogSignOff(last)
			// An appeal's title goes with it ("Українська правда –
			// незалежне медіа, яке працює для вас").
			title := afterAppeal && !w.rows[n-1] && runes <= 100 && !ends
			if !junk && !title && (!short || w.rows[n-1] || runes >= 50 || ends) {
				break
			}
			afterAppeal = junk
			dropped = append(dropped, last)
			w.blocks = w.blocks[:n-1]
		}
	}
	dropTail(true)
	if i := appealBox(w.blocks); i > 0 {
		dropped = append(dropped, w.blocks[i:]...)
		w.blocks = w.blocks[:i]
		dropTail(true)
	}
	if i := closingSection(w.blocks); i > 0 {
		dropped = append(dropped, w.blocks[i:]...)
		w.blocks = w.blocks[:i]
		dropTail(false)
	}
	// A short heading with nothing after it heads what was left out
	// ("Helfen Sie mit!" over a donation box); a sentence the writer set
	// as a heading closes the text. Only the heading goes: the lines
	// above it are the text's.
	for n := len(w.blocks); n > 1 && n-1 < len(w.heads) && w.heads[n-1] && len(strings.Fields(w.blocks[n-1])) <= 6; n-- {
		dropped = append(dropped, w.blocks[n-1])
		w.blocks = w.blocks[:n-1]
	}
	return dropped
}

// stampOnly reports whether block s is a date stamp and nothing else, its
// update's in brackets perhaps: "18 ottobre 2023 (modifica il 18 ottobre
// 2023 | 12:40)" after a Corriere article's last paragraph. The dropped
// stamp is still read for the dates.
func stampOnly(s string) bool {
	if utf8.RuneCountInString(s) > 80 || !yearRe.MatchString(s) {
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(s)) {
		f = strings.Trim(f, ",.:|()–-")
		if f == "" || strings.ContainsAny(f, "0123456789") && wideLetters(f) <= 4 || dateWord(f) || monthNames[f] > 0 ||
			slices.Contains(updateLabels, f) || f == "modifica" {
			continue
		}
		return false
	}
	return true
}

// appealBox returns the index of the block that opens an appeal box at
// the end of the text: an appeal (isTailJunk: "… we have a small favour
// to ask.") in the second half of the text, among the last six blocks,
// followed only by blocks that address the reader (appeal) or are
// appeals themselves, two of them at least, in under 1,500 characters;
// 0 when there is none. The paragraphs of such a box ("Millions are
// turning to …", "We believe everyone deserves …") hold no phrase of
// their own that marks them.
func appealBox(blocks []string) int {
	total := 0
	for _, b := range blocks {
		total += utf8.RuneCountInString(b)
	}
	tail, best, junk := 0, 0, 0
	for i := len(blocks) - 1; i >= max(1, len(blocks)-6); i-- {
		b := blocks[i]
		n := utf8.RuneCountInString(b)
		tail += n
		if tail > 1500 || 2*tail > total {
			break
		}
		if isTailJunk(b) {
			junk++ // the appeals among blocks[i:], every one of which the loop has seen
			// Two appeals, or an appeal's short title ("… we have a small
			// favour to ask.") over what addresses the reader.
			if junk >= 2 || i < len(blocks)-1 && n <= 100 && strongTail(b) {
				best = i
			}
			continue
		}
		if n > 500 || !appeal(strings.ToLower(b)) {
			break
		}
	}
	return best
}

// bodyText extracts the article text from a pruned document body. It also
// returns the short lines it dropped above the headline and after the
// article, where a date line or a signature may date it.
func bodyText(body *html.Node, skipH1 bool, headline *html.Node) (string, string) {
	stats := map[*html.Node]textStats{}
	statsOf(body, stats)
	top, scores, ptext := findContent(body, stats)
	if feed := entryFeed(top); feed != nil {
		top = feed
	}
	w := &textWriter{skipH1: skipH1, headline: headline, head: headline}
	if top == nil {
		w.write(body)
	} else if posts := threadTexts(top, ptext); posts != nil {
		for _, p := range posts {
			w.write(p)
		}
	} else {
		for _, n := range contentNodes(top, scores, stats, ptext) {
			w.write(n)
		}
	}
	w.flush()
	dropped := append(w.dropped, w.trimEnd()...)
	text := strings.Join(w.blocks, "\n\n")
	if utf8.RuneCountInString(text) < 200 && stats[body].text > 2*len(text)+200 {
		// The scoring found little: fall back to every block of the page
		// that is not mostly links.
		w2 := &textWriter{skipH1: skipH1, headline: headline}
		w2.write(body)
		w2.flush()
		if alt := strings.Join(w2.blocks, "\n\n"); len(alt) > len(text) {
			text = alt
		}
	}
	return text, strings.Join(dropped, "\n")
}

// entryFeed returns the list that holds top's entry when top is inside
// one entry of a feed of three or more, each an <article> of one class
// alone in a list item (a live page's posts: BBC's "lx-stream"), or nil.
// The scoring finds one post's text; the feed is the text.
func entryFeed(top *html.Node) *html.Node {
	for a, k := top, 0; a != nil && k < 4; a, k = a.Parent, k+1 {
		if a.DataAtom != atom.Article || a.Parent == nil || a.Parent.DataAtom != atom.Li || onlyElement(a.Parent) != a {
			continue
		}
		list := a.Parent.Parent
		if list == nil || list.DataAtom != atom.Ol && list.DataAtom != atom.Ul {
			return nil
		}
		// The entries: list items that each hold one <article> of top's
		// entry's class (their times may be pruned as meta lines).
		class, entries := attr(a, "class"), 0
		for li := list.FirstChild; li != nil; li = li.NextSibling {
			if li.Type == html.ElementNode && li.DataAtom == atom.Li {
				if e := onlyElement(li); e != nil && e.DataAtom == atom.Article && attr(e, "class") == class {
					entries++
				}
			}
		}
		if entries >= 3 {
			return list
		}
		return nil
	}
	return nil
}

// preferLDBody returns the JSON-LD articleBody as plain text instead of
// the visible text when the page shows less than it: nothing much (the
// page renders its text with scripts), or a teaser of it (a paywall shows
// the first paragraphs, JSON-LD carries them all). The visible text is a
// teaser when its paragraphs are, nearly all, paragraphs of the JSON-LD
// text, which is at least a third longer.
func preferLDBody(text, ldBody string) string {
	ldBody = strings.TrimSpace(ldBody)
	if ldBody == "" {
		return text
	}
	n, nld := utf8.RuneCountInString(text), utf8.RuneCountInString(ldBody)
	// Little shows beside a long text: a paywall, or text rendered by
	// scripts.
	little := n < 250 && nld > 2*n || n < 1000 && nld > 4*n
	if !little && 3*nld < 4*n {
		return text
	}
	ld := ldText(ldBody)
	if !little && 3*utf8.RuneCountInString(ld) < 4*n {
		return text
	}
	flat := strings.Join(strings.Fields(ld), " ")
	var lead []string  // visible paragraphs of prose the JSON-LD text lacks (a standfirst)
	var first []string // those before the first paragraph the JSON-LD text holds
	in, total, tail, before, k := 0, 0, 0, 0, 0
	for p := range strings.SplitSeq(text, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		total += len(p)
		k++
		switch {
		case strings.Contains(flat, p):
			in += len(p)
			tail = 0
		case in == 0 && k <= 2 && utf8.RuneCountInString(p) >= 60 && !captionEnd(p):
			// A standfirst opens the page, with or without a full stop;
			// a photo's caption ("… Photo: AP") is no standfirst.
			lead = append(lead, p)
			first = append(first, p)
			before += len(p)
			tail = 0
		case utf8.RuneCountInString(p) >= 100 && strings.ContainsAny(p[len(p)-1:], ".!?"):
			lead = append(lead, p)
			tail = 0
		case in > 0 && utf8.RuneCountInString(p) < 100:
			tail += len(p)
		default:
			tail = 0
		}
	}
	// A standfirst before the first paragraph found in the JSON-LD text,
	// and short lines after the last (the paywall's offer: "Jederzeit
	// kündbar"), are not the article's text the JSON-LD may lack.
	total -= before + tail
	switch {
	case little:
		return strings.Join(append(lead, ld), "\n\n")
	case total > 0 && 10*in >= 9*total:
		return strings.Join(append(first, ld), "\n\n") // a teaser of it, under its standfirst
	}
	return text
}

// captionEnd reports whether a block ends as a photo's caption does,
// with its credit ("… Photo: AP", "… Foto: dpa", "… Credit: Getty").
func captionEnd(s string) bool {
	l := strings.ToLower(s)
	if len(l) > 48 {
		l = l[len(l)-48:]
	}
	for _, c := range []string{"photo:", "foto:", "bild:", "credit:", "image:", "picture:", "photograph:"} {
		if strings.Contains(l, c) {
			return true
		}
	}
	return creditEnd(s)
}

// isTeaserRow reports whether n is a row or grid of teasers for other
// stories: at least three of its children, and two thirds of them, are
// cards whose heading is (or holds) a link, each with little text. Such
// rows follow articles under any class name, or none.
func isTeaserRow(n *html.Node) bool {
	kids, cards, heads := 0, 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		kids++
		if isTeaserCard(c) {
			cards++
		} else if isSubheadingTag(c.DataAtom) {
			heads++
		}
	}
	// Three cards or more; or a box of two under its title ("Z+ Das
	// Beste aus ZEIT ONLINE" over two teasers), nothing else in it.
	return cards >= 3 && 3*cards >= 2*kids || cards == 2 && heads == 1 && kids == 3
}

// isTeaserCard reports whether n is a teaser: a heading (h2 to h6) that
// links to another page within a few levels, and under 300 bytes of text.
func isTeaserCard(n *html.Node) bool {
	var b strings.Builder
	appendTextLimit(&b, n, 300)
	if b.Len() >= 300 {
		return false
	}
	var find func(n *html.Node, depth int, inLink bool) bool
	find = func(n *html.Node, depth int, inLink bool) bool {
		if depth > 4 {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if inLink || linksAway(c) {
					return true
				}
				continue
			case atom.Span, atom.Div, atom.Strong:
				// A linked title written as a span ("<a><span
				// class=zon-teaser__title>"): the card's heading.
				if inLink && teaserTitleClass(classID(c)) {
					return true
				}
			}
			if find(c, depth+1, inLink || awayLink(c)) {
				return true
			}
		}
		return false
	}
	return find(n, 0, awayLink(n))
}

// teaserTitleClass reports whether class and id ci name a teaser's title
// ("zon-teaser-standard__title", "teaser-headline"): a class word ending
// in "title" or "headline", not a subtitle's.
func teaserTitleClass(ci string) bool {
	for _, f := range strings.Fields(ci) {
		if (strings.HasSuffix(f, "title") || strings.HasSuffix(f, "headline")) && !strings.Contains(f, "sub") {
			return true
		}
	}
	return false
}

// awayLink reports whether n is a link that does not point into the page
// (linksAway): a live blog's entries link their headings to themselves.
func awayLink(n *html.Node) bool {
	return n.DataAtom == atom.A && hasAttr(n, "href") && !strings.Contains(attr(n, "href"), "#")
}

// hasLink reports whether n holds an <a href>.
func hasLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.A && hasAttr(c, "href") || hasLink(c)) {
			return true
		}
	}
	return false
}

// inPage reports whether href points into the page at page (nil if not
// known): "#fragment", or the page's own address with a fragment, as a
// live blog's entries link their headings to themselves.
func inPage(href string, page *url.URL) bool {
	i := strings.IndexByte(href, '#')
	switch {
	case i < 0:
		return false
	case i == 0:
		return true
	case page == nil:
		return false
	}
	u, err := page.Parse(href[:i])
	if err != nil {
		return false
	}
	same := func(a, b string) bool { return strings.TrimSuffix(a, "/") == strings.TrimSuffix(b, "/") }
	return strings.EqualFold(u.Host, page.Host) && same(u.Path, page.Path) && u.RawQuery == page.RawQuery
}

// tidyHeadings readies doc's headings in one pass. An element that says
// it is a heading of level 1 to 3 (<div role="heading" aria-level="1">, a
// React page's headline) becomes that heading, as readers and screen
// readers take it. The permalink marks inside headings go: a link into the
// page whose text is only a sign ("¶" on Sphinx and MkDocs pages, "#" on
// Docusaurus and GitHub, "§", "🔗") or nothing, an icon for copying a
// section's address, not words of the heading.
func tidyHeadings(doc *html.Node) {
	for _, h := range selectAll(doc, headingOrRoleSel) {
		if (h.DataAtom == atom.Div || h.DataAtom == atom.Span || h.DataAtom == atom.P) && strings.EqualFold(attr(h, "role"), "heading") {
			switch strings.TrimSpace(attr(h, "aria-level")) {
			case "1":
				h.DataAtom, h.Data = atom.H1, "h1"
			case "2":
				h.DataAtom, h.Data = atom.H2, "h2"
			case "3":
				h.DataAtom, h.Data = atom.H3, "h3"
			}
		}
		if !headingTagSel.Match(h) {
			continue // a heading by role of a lower level: no heading here
		}
		for _, a := range selectAll(h, linkSel) {
			if href := attr(a, "href"); !strings.HasPrefix(href, "#") {
				continue
			}
			t := strings.TrimSpace(textOf(a))
			if t == "" || t == "¶" || t == "#" || t == "§" || t == "🔗" {
				if a.Parent != nil {
					a.Parent.RemoveChild(a)
				}
			}
		}
	}
}

// localLinks rewrites the links of doc that point into the page at page
// (its own address with a fragment, as a live blog's entries link their
// headings to themselves) to the fragment alone, as pages write most
// links within themselves: such a link is no link away, for the link
// density of the text around it too.
func localLinks(doc *html.Node, page *url.URL) {
	if page == nil {
		return
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				for i, a := range c.Attr {
					if a.Key == "href" && a.Namespace == "" {
						if j := strings.IndexByte(a.Val, '#'); j > 0 && inPage(a.Val, page) {
							c.Attr[i].Val = a.Val[j:]
						}
					}
				}
			}
			walk(c)
		}
	}
	walk(doc)
}

// isEntryHeader reports whether n, a <header> or an element whose class
// names a header, heads one entry of a feed of entries, as a live blog's
// updates are: n's parent is an entry (isEntry), and n holds a heading
// that links nowhere else (a row of teasers links its headings).
// Such a header's heading is the entry's, part of the text.
func isEntryHeader(n *html.Node) bool {
	// The entry may wrap its header once more: "<article
	// class=live-story-post><div class=…__wrapper><header>", "<div
	// class=liveblog-entry><aside>…</aside><div class=…-main><header>".
	for e, k := n.Parent, 0; e != nil && e.Parent != nil && k < 2; e, k = e.Parent, k+1 {
		if isEntry(e) {
			return holdsEntryHeading(n, 0)
		}
	}
	return false
}

// isEntry reports whether e is one entry of a feed of entries: an
// <article> among sibling <article>s, or the only element of a wrapper
// among sibling wrappers of the same tag and class (<li><article>), or an
// element among three or more siblings of its tag and class that hold a
// heading. e must have a parent.
func isEntry(e *html.Node) bool {
	if e.DataAtom == atom.Article {
		if likeSiblings(e, false) >= 2 {
			return true
		}
		w := e.Parent
		return w.Parent != nil && onlyElement(w) == e && likeSiblings(w, true) >= 2
	}
	return attr(e, "class") != "" && headedSiblings(e) >= 3
}

// inEntryHeader reports whether n is, or is within three levels of, the
// header of an entry (isEntryHeader), a <header> or an element whose
// class names a header.
func inEntryHeader(n *html.Node) bool {
	for a, k := n, 0; a != nil && k <= 3; a, k = a.Parent, k+1 {
		if (a.DataAtom == atom.Header || strings.Contains(strings.ToLower(attr(a, "class")), "header")) && isEntryHeader(a) {
			return true
		}
	}
	return false
}

// inEntry reports whether n is within five levels of an entry of a feed
// (isEntry).
func inEntry(n *html.Node) bool {
	for e, k := n.Parent, 0; e != nil && e.Parent != nil && k < 5; e, k = e.Parent, k+1 {
		if isEntry(e) {
			return true
		}
	}
	return false
}

// headedSiblings counts the elements among e and its siblings of e's tag
// and class that hold a heading (holdsEntryHeading): a feed's entries,
// where rows of a layout share a class but not a heading each.
func headedSiblings(e *html.Node) int {
	cl := attr(e, "class")
	k := 0
	for c := e.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == e.DataAtom && c.Data == e.Data && attr(c, "class") == cl && holdsEntryHeading(c, 0) {
			k++
		}
	}
	return k
}

// likeSiblings counts the elements among n and its siblings of n's tag,
// and of its class too if class is true.
func likeSiblings(n *html.Node, class bool) int {
	cl := attr(n, "class")
	k := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == n.DataAtom && c.Data == n.Data && (!class || attr(c, "class") == cl) {
			k++
		}
	}
	return k
}

// onlyElement returns n's only child element, or nil.
func onlyElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// soleElement is onlyElement when no words stand beside it (white space
// and comments aside): the element n merely wraps.
func soleElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return onlyElement(n)
}

// onlyWordsElement is onlyElement, not counting empty icons beside it
// (a ticker entry's "<span class="icon--goal"></span><h4>Tor für …</h4>"):
// elements without text, other than pictures and embeds.
func onlyWordsElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.FirstChild == nil || c.DataAtom == atom.Svg || c.DataAtom == atom.I && strings.TrimSpace(textOf(c)) == "" {
			switch c.DataAtom {
			case atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Object, atom.Embed, atom.Canvas:
			default:
				continue // an icon
			}
		}
		if only != nil {
			return nil
		}
		only = c
	}
	return only
}

// holdsEntryHeading reports whether n holds, within three levels, a
// heading (h2 to h6) whose links, if any, point into the page.
func holdsEntryHeading(n *html.Node, depth int) bool {
	if depth > 3 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom == atom.A {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if !linksAway(c) {
				return true
			}
			continue
		}
		if holdsEntryHeading(c, depth+1) {
			return true
		}
	}
	return false
}

// linksAway reports whether n holds a link that does not point into the
// page ("#…").
func linksAway(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if awayLink(c) || linksAway(c) {
			return true
		}
	}
	return false
}

// captionStory returns the captions of a photo essay, whose story is told
// in its pictures' captions: the prose of every <figcaption> outside
// navigation, asides and footers, without its credit, when at least three
// are prose; else nil.
func captionStory(body *html.Node) []string {
	var caps []string
	for _, f := range selectAll(body, figcaptionSel) {
		if inFurnitureArea(f) {
			continue
		}
		var b strings.Builder
		for c := f.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && captionAside(classID(c)) {
				continue // "<span class=Photo_credit>Ann Lee for The Times</span>", "<span class=counter>3/12</span>"
			}
			appendText(&b, c)
		}
		// Prose: a sentence of 80 characters or more, or 120 and fifteen
		// words without the full stop (BBC's captions end without one).
		if t := collapse(b.String()); utf8.RuneCountInString(t) >= 80 && sentenceEnd(t) || utf8.RuneCountInString(t) >= 120 && strings.Count(t, " ") >= 15 {
			caps = append(caps, t)
		}
	}
	if len(caps) < 3 {
		return nil
	}
	return caps
}

// captionAside reports whether a class/id string marks what a caption
// carries besides its words: the photo's credit or licence, or a
// gallery's counter ("3/12", "Bild 3 von 12"). The caption's own text
// ("gallery__caption") is not.
func captionAside(ci string) bool {
	for _, w := range []string{"credit", "copyright", "photographer", "fotograf", "quelle", "source", "license", "lizenz",
		"author", "autor", "byline", "counter", "index", "count", "pager", "number",
		// a label for screen readers ("Image caption, ")
		"visuallyhidden", "visually-hidden", "sr-only", "screen-reader"} {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// inFurnitureArea reports whether n sits in navigation, an aside or a
// footer.
func inFurnitureArea(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Nav || p.DataAtom == atom.Aside || p.DataAtom == atom.Footer) {
			return true
		}
	}
	return false
}

// withCaptions returns text with the captions of a photo essay after it
// when the text is short (under 1,200 characters: a standfirst, an
// introduction of a paragraph or two) and the captions hold at least twice
// as much, and 300 characters more: then the captions are the story.
// Otherwise text as it is.
func withCaptions(text string, caps []string) string {
	if caps == nil {
		return text
	}
	n, c := utf8.RuneCountInString(text), 0
	for _, t := range caps {
		c += utf8.RuneCountInString(t)
	}
	if n >= 1200 || c < 2*n+300 {
		return text
	}
	if strings.TrimSpace(text) == "" {
		return strings.Join(caps, "\n\n")
	}
	return text + "\n\n" + strings.Join(caps, "\n\n")
}
