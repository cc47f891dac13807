package extract

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaInfo is what the page says about itself outside its visible text:
// <meta> tags, <link> relations, JSON-LD, <title> and the html lang.
type metaInfo struct {
	meta      map[string][]string // lower-cased name, property, itemprop or http-equiv → contents
	title     string
	htmlLang  string
	canonical string
	ld        ldInfo
	h1s       []*html.Node
	h2s       []*html.Node
	times     []*html.Node // <time> elements and elements with itemprop date*, in page order
	authorRel []relAuthor  // rel=author links
	scriptPub string       // a publication date named in a script's JSON ("publishedDate": …)
	base      string       // <base href>, for the lead image

	// Article markup, for telling a short article from an index page.
	articles    int  // <article> elements not inside another
	inArticle   int  // depth of <article> elements during the walk
	articleProp bool // an element with itemprop=articleBody
	articleType bool // microdata with an article itemtype
}

// ArticleMarkup reports whether the page's markup marks one article: a
// single outermost <article> element, an itemprop=articleBody, or
// microdata of an article type.
func (m *metaInfo) articleMarkup() bool {
	return m.articles == 1 || m.articleProp || m.articleType
}

// ldInfo is what JSON-LD says about the article. The first article-like
// object (NewsArticle, Article, BlogPosting, …) wins; other objects fill
// fields it leaves empty.
type ldInfo struct {
	headline, name      string
	published, modified string
	authors             []ldAuthor          // the article's author (or creator) values
	otherAuthors        []ldAuthor          // authors of a recipe, forum post or other creative work
	entities            map[string]ldAuthor // @id → a Person or Organization elsewhere in the graph
	language            string
	description, url    string
	body                string // articleBody, for pages that render their text with scripts
	images              []string
	section             string   // articleSection
	keywords            []string // keywords, each maybe a list separated by commas
	article             bool     // an article-like object was seen
	live                bool     // a LiveBlogPosting was seen
	eventDays           []string // the days (YYYY-MM-DD) an Event starts and ends
}

// first returns the first non-empty content of the first key that has one.
func (m *metaInfo) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.meta[k] {
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// collectMeta walks the whole document once and gathers metaInfo.
func collectMeta(doc *html.Node) *metaInfo {
	m := &metaInfo{meta: map[string][]string{}}
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			if len(n.Attr) > 0 {
				m.microdata(n)
			}
			switch n.DataAtom {
			case atom.Base:
				if m.base == "" {
					m.base = strings.TrimSpace(attr(n, "href"))
				}
				return
			case atom.Article:
				if m.inArticle == 0 {
					m.articles++
				}
				m.inArticle++
				defer func() { m.inArticle-- }()
			case atom.Html:
				if m.htmlLang == "" {
					m.htmlLang = strings.TrimSpace(attr(n, "lang"))
					if m.htmlLang == "" {
						m.htmlLang = strings.TrimSpace(attr(n, "xml:lang"))
					}
				}
			case atom.Body:
				inBody = true
			case atom.Title:
				if m.title == "" && !inBody {
					m.title = textOf(n)
				} else if m.title == "" {
					m.title = textOf(n)
				}
				return
			case atom.Meta:
				content, hasContent := "", false
				for _, a := range n.Attr {
					if a.Key == "content" {
						content, hasContent = a.Val, true
					}
				}
				if !hasContent {
					if v := attr(n, "datetime"); v != "" {
						content, hasContent = v, true
					}
				}
				if hasContent {
					for _, a := range n.Attr {
						switch a.Key {
						case "name", "property", "itemprop", "http-equiv":
							for _, k := range strings.Fields(strings.ToLower(a.Val)) {
								m.meta[k] = append(m.meta[k], content)
							}
						}
					}
				}
				if ip := attr(n, "itemprop"); inBody && strings.HasPrefix(strings.ToLower(ip), "date") {
					m.times = append(m.times, n)
				}
				return
			case atom.Link:
				rel := strings.ToLower(attr(n, "rel"))
				if m.canonical == "" && hasWord(rel, "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
				return
			case atom.A:
				if hasWord(strings.ToLower(attr(n, "rel")), "author") {
					if t := nameText(n); len(t) < 80 {
						m.authorRel = append(m.authorRel, relAuthor{text: t, href: attr(n, "href"), node: n})
					}
				}
			case atom.Script:
				if isJSONLD(n.Attr) && n.FirstChild != nil {
					m.ld.parse(n.FirstChild.Data)
				} else if m.scriptPub == "" && n.FirstChild != nil {
					m.scriptPub = scriptDate(n.FirstChild.Data)
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.H1:
				m.h1s = append(m.h1s, n)
			case atom.H2:
				m.h2s = append(m.h2s, n)
			case atom.Time:
				m.times = append(m.times, n)
			default:
				if ip := attr(n, "itemprop"); ip != "" && strings.HasPrefix(strings.ToLower(ip), "date") {
					m.times = append(m.times, n)
				} else if pr := strings.ToLower(attr(n, "property")); pr != "" && (strings.Contains(pr, "datepublished") || strings.Contains(pr, "datecreated") || pr == "dc:date" || pr == "dcterms:created") {
					m.times = append(m.times, n)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(doc, false)
	return m
}

// microdataArticleTypes are the schema.org itemtypes that mark an article.
var microdataArticleTypes = []string{"schema.org/newsarticle", "schema.org/article", "schema.org/blogposting",
	"schema.org/reportagenewsarticle", "schema.org/analysisnewsarticle", "schema.org/opinionnewsarticle"}

// microdata notes an element's itemprop=articleBody or article itemtype.
func (m *metaInfo) microdata(n *html.Node) {
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") {
				m.articleProp = true
			}
		case "itemtype":
			t := strings.ToLower(a.Val)
			for _, at := range microdataArticleTypes {
				if strings.HasSuffix(t, at) {
					m.articleType = true
				}
			}
		}
	}
}

// hasWord reports whether the space-separated list s contains w. It
// looks for w and checks its ends instead of splitting s: it runs on
// every element's class, and strings.Fields's slice was most of its cost.
func hasWord(s, w string) bool {
	if w == "" || strings.IndexFunc(w, unicode.IsSpace) >= 0 {
		return false // not a word of any list
	}
	return occursWhere(s, w, func(j int) bool {
		end := j + len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[end:])
		return (j == 0 || unicode.IsSpace(before)) && (end == len(s) || unicode.IsSpace(after))
	})
}

// articleTypes are the schema.org types whose JSON-LD describes the article.
var articleTypes = map[string]int{
	"newsarticle": 3, "article": 3, "blogposting": 3, "reportagenewsarticle": 3,
	"analysisnewsarticle": 3, "opinionnewsarticle": 3, "reviewnewsarticle": 3,
	"backgroundnewsarticle": 3, "liveblogposting": 3, "scholarlyarticle": 3,
	"techarticle": 3, "socialmediaposting": 2, "posting": 2, "report": 2,
	"webpage": 1, "itempage": 1, "medicalwebpage": 1, "aboutpage": 1, "qapage": 1, "jobposting": 1,
}

// ldRegexps read fields from JSON-LD that is not valid JSON.
var (
	ldPublishedRe = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{6,40})"`)
	ldModifiedRe  = regexp.MustCompile(`"dateModified"\s*:\s*"([^"]{6,40})"`)
	ldAuthorRe    = regexp.MustCompile(`"author"\s*:\s*\[?\s*\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.){1,100})"`)
	ldHeadlineRe  = regexp.MustCompile(`"headline"\s*:\s*"((?:[^"\\]|\\.){1,400})"`)
)

// scriptDateKeys are the keys under which the JSON state that
// script-rendered pages embed holds a publication date.
var scriptDateKeys = []string{"datePublished", "publishedDate", "publishDate", "publish_date", "published_at",
	"publishedAt", "firstPublishDate", "first_publish_date", "pubDate", "pub_date", "display_date", "publicationDate"}

// scriptDateRe reads the date after a key of scriptDateKeys.
var scriptDateRe = regexp.MustCompile(`^"(?:` + strings.Join(scriptDateKeys, "|") + `)"\s*:\s*"([^"]{8,40})"`)

// scriptDate returns the first date in a script that scriptDateRe reads,
// or "". The regexp is tried only where a quoted key of scriptDateKeys
// starts: unanchored, it would be tried at every quote of an
// application-state script, which is often 100 KB of JSON; and one pass
// over the quotes costs less than a search for each key.
func scriptDate(s string) string {
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], '"')
		if j < 0 {
			return ""
		}
		i += j
		rest := s[i+1:]
		if len(rest) == 0 {
			return ""
		}
		for _, k := range scriptKeysBy[rest[0]] {
			if strings.HasPrefix(rest, k) {
				if m := scriptDateRe.FindStringSubmatch(s[i:min(len(s), i+1+len(k)+512)]); m != nil {
					return m[1]
				}
				break // no other key and its quote start here
			}
		}
	}
}

// scriptKeysBy holds each key of scriptDateKeys followed by its closing
// quote, by its first byte.
var scriptKeysBy = func() *[256][]string {
	var by [256][]string
	for _, k := range scriptDateKeys {
		by[k[0]] = append(by[k[0]], k+`"`)
	}
	return &by
}()

// parse reads one JSON-LD script.
func (ld *ldInfo) parse(s string) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ";")
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		// Broken JSON (control characters, trailing commas): read what we can.
		if m := ldPublishedRe.FindStringSubmatch(s); m != nil && ld.published == "" {
			ld.published = m[1]
		}
		if m := ldModifiedRe.FindStringSubmatch(s); m != nil && ld.modified == "" {
			ld.modified = m[1]
		}
		if m := ldAuthorRe.FindStringSubmatch(s); m != nil && len(ld.authors) == 0 {
			var a string
			if json.Unmarshal([]byte(`"`+m[1]+`"`), &a) == nil {
				ld.authors = []ldAuthor{{name: a}}
			}
		}
		if m := ldHeadlineRe.FindStringSubmatch(s); m != nil && ld.headline == "" {
			var h string
			if json.Unmarshal([]byte(`"`+m[1]+`"`), &h) == nil {
				ld.headline = h
			}
		}
		return
	}
	ld.visit(v, 0)
}

// visit walks a JSON-LD value looking for article-like objects.
func (ld *ldInfo) visit(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.visit(e, depth+1)
		}
	case map[string]any:
		rank := 0
		for _, t := range ldStrings(x["@type"]) {
			if r := articleTypes[strings.ToLower(t)]; r > rank {
				rank = r
			}
		}
		if rank > 0 {
			ld.take(x, rank)
		} else {
			ld.entity(x)
		}
		for _, t := range ldStrings(x["@type"]) {
			if strings.HasSuffix(strings.ToLower(t), "event") || strings.EqualFold(t, "Festival") {
				for _, k := range []string{"startDate", "endDate"} {
					if d := ldString(x[k]); len(d) >= 10 {
						ld.eventDays = append(ld.eventDays, d[:10])
					}
				}
				break
			}
		}
		if g, ok := x["@graph"]; ok {
			ld.visit(g, depth+1)
		}
		if me, ok := x["mainEntity"]; ok {
			ld.visit(me, depth+1)
		}
	}
}

// ldStrings returns a JSON-LD value that is a string or a list of them
// (an @type, keywords) as a list.
func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// take fills ld from an article-like object of the given rank (3 article,
// 1 web page). An article overrides what a web page gave.
func (ld *ldInfo) take(x map[string]any, rank int) {
	isArticle := rank >= 2
	override := isArticle && !ld.article
	set := func(dst *string, key string) {
		if s := ldString(x[key]); s != "" && (*dst == "" || override) {
			*dst = s
		}
	}
	if ld.article && !isArticle {
		// A web page never overrides an article.
		override = false
	}
	set(&ld.headline, "headline")
	set(&ld.name, "name")
	set(&ld.published, "datePublished")
	if ld.published == "" || override {
		if s := ldString(x["dateCreated"]); s != "" && ldString(x["datePublished"]) == "" {
			ld.published = s
		}
	}
	for _, t := range ldStrings(x["@type"]) {
		ld.live = ld.live || strings.EqualFold(t, "LiveBlogPosting")
	}
	if ld.published == "" {
		// A live blog (LiveBlogPosting) states when its coverage started.
		set(&ld.published, "coverageStartTime")
	}
	if ld.published == "" {
		// A job posting (JobPosting) states when it was posted.
		set(&ld.published, "datePosted")
	}
	set(&ld.modified, "dateModified")
	set(&ld.language, "inLanguage")
	set(&ld.description, "description")
	set(&ld.body, "articleBody")
	set(&ld.url, "url")
	set(&ld.section, "articleSection")
	if im := ldImages(x["image"]); len(im) > 0 && (len(ld.images) == 0 || override) {
		ld.images = im
	} else if im := ldImages(x["thumbnailUrl"]); len(im) > 0 && len(ld.images) == 0 {
		ld.images = im
	}
	if kw := ldStrings(x["keywords"]); len(kw) > 0 && (len(ld.keywords) == 0 || override) {
		ld.keywords = kw
	}
	a := ldAuthors(x["author"])
	if len(a) == 0 {
		a = ldAuthors(x["creator"])
	}
	if len(a) > 0 && (len(ld.authors) == 0 || override) {
		ld.authors = a
	}
	if isArticle {
		ld.article = true
	}
}

// ldString returns a JSON-LD value as a string: a string, or the first of
// a list, or an object's name or @value.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := t["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := t["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// ldAuthor is one JSON-LD author: a name, or a reference (@id) to a Person
// or Organization given elsewhere in the graph, as Yoast's graphs do.
type ldAuthor struct {
	name, ref string
	org       bool // an Organization, not a Person
}

// ldAuthors returns the authors of a JSON-LD author value: a name, a
// Person or Organization object, a reference, or a list of them.
func ldAuthors(v any) []ldAuthor {
	var out []ldAuthor
	switch t := v.(type) {
	case string:
		if s := strings.TrimSpace(t); s != "" && !strings.HasPrefix(s, "http") {
			out = append(out, ldAuthor{name: s})
		}
	case []any:
		for _, e := range t {
			out = append(out, ldAuthors(e)...)
		}
	case map[string]any:
		if names, ok := t["name"].([]any); ok && len(names) > 1 && !ldOrg(t) {
			// One Person of several names: NPR's "author": {"@type":
			// "Person", "name": ["Ann Lee", "Tom Hale"]}, an author each.
			for _, n := range names {
				if s, ok := n.(string); ok && strings.TrimSpace(s) != "" {
					out = append(out, ldAuthor{name: strings.TrimSpace(s)})
				}
			}
			return out
		}
		a := ldAuthor{name: ldPersonName(t), org: ldOrg(t)}
		if a.name == "" {
			a.ref, _ = t["@id"].(string)
		}
		if a.name != "" || a.ref != "" {
			out = append(out, a)
		}
	}
	return out
}

// ldPersonName returns the name of a Person or Organization object: its
// name (a string or the first of a list), or its given and family names.
func ldPersonName(t map[string]any) string {
	g, _ := t["givenName"].(string)
	f, _ := t["familyName"].(string)
	switch n := t["name"].(type) {
	case string:
		if strings.Contains(n, ",") && strings.TrimSpace(g) != "" && strings.TrimSpace(f) != "" {
			break // "Ortega Salinas, Marta": the given name first, as read
		}
		return strings.TrimSpace(n)
	case []any:
		if len(n) > 0 {
			if s, ok := n[0].(string); ok {
				return strings.TrimSpace(s)
			}
		}
	}
	return strings.TrimSpace(strings.TrimSpace(g) + " " + strings.TrimSpace(f))
}

// ldOrg reports whether a JSON-LD object is typed as an organisation
// (Organization, NewsMediaOrganization, Corporation and the like).
func ldOrg(t map[string]any) bool {
	for _, ty := range ldStrings(t["@type"]) {
		ty = strings.ToLower(ty)
		if strings.Contains(ty, "organization") || ty == "corporation" || ty == "brand" {
			return true
		}
	}
	return false
}

// otherWorkTypes are schema.org types of pages that are not articles but
// name their author the same way: their author is used when no article
// object names one.
var otherWorkTypes = map[string]bool{
	"recipe": true, "discussionforumposting": true, "howto": true, "creativework": true,
}

// entity records a JSON-LD object that is not an article: a Person or
// Organization with an @id, which an article's author may refer to, or
// the author of a recipe or forum post.
func (ld *ldInfo) entity(x map[string]any) {
	for _, t := range ldStrings(x["@type"]) {
		if otherWorkTypes[strings.ToLower(t)] && len(ld.otherAuthors) == 0 {
			ld.otherAuthors = ldAuthors(x["author"])
			return
		}
	}
	id, _ := x["@id"].(string)
	if id == "" {
		return
	}
	name := ldPersonName(x)
	if name == "" {
		return
	}
	org := ldOrg(x)
	if !org {
		person := false
		for _, t := range ldStrings(x["@type"]) {
			person = person || strings.EqualFold(t, "Person")
		}
		if !person {
			return
		}
	}
	if ld.entities == nil {
		ld.entities = map[string]ldAuthor{}
	}
	if _, ok := ld.entities[id]; !ok {
		ld.entities[id] = ldAuthor{name: name, org: org}
	}
}

// resolvedAuthors returns the article's authors with references to
// Persons and Organizations replaced by them; without an article author,
// a recipe's or forum post's.
func (ld *ldInfo) resolvedAuthors() []authorCand {
	as := ld.authors
	if len(as) == 0 {
		as = ld.otherAuthors
	}
	var out []authorCand
	for _, a := range as {
		if a.name == "" {
			e, ok := ld.entities[a.ref]
			if !ok {
				continue
			}
			a = e
		}
		out = append(out, authorCand{name: a.name, org: a.org, structured: true})
	}
	return out
}

// ldImages returns the URLs of a JSON-LD image value: a URL, an
// ImageObject (its url or contentUrl), or a list of them.
func ldImages(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		if s := strings.TrimSpace(t); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range t {
			out = append(out, ldImages(e)...)
		}
	case map[string]any:
		for _, k := range []string{"url", "contentUrl"} {
			if s, ok := t[k].(string); ok && strings.TrimSpace(s) != "" {
				if w, ok := t["width"].(float64); ok && w > 0 && w < tinyImage {
					break // a thumbnail or a logo
				}
				out = append(out, strings.TrimSpace(s))
				break
			}
		}
	}
	return out
}
