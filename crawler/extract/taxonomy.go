package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// maxTags bounds the tags kept from one page; maxTagRunes one tag's
// length. Pages that stuff hundreds of keywords into their metadata are
// not describing the article any more.
const (
	maxTags     = 30
	maxTagRunes = 80
)

// pageSection returns the section the page says the article is in:
// article:section, else JSON-LD articleSection; "" when it says none.
func pageSection(m *metaInfo) string {
	s := m.first("article:section", "section")
	if s == "" {
		s = m.ld.section
	}
	s = collapse(html.UnescapeString(s))
	if utf8.RuneCountInString(s) > maxTagRunes {
		return ""
	}
	return s
}

// pageTags returns the tags the page gives the article, in page order,
// duplicates (ignoring case) dropped: every article:tag, then JSON-LD
// keywords, then news_keywords. Lists separated by commas are split;
// machine tokens such as "type:article" are skipped.
func pageTags(m *metaInfo) []string {
	var out []string
	seen := map[string]bool{}
	add := func(v string) {
		for t := range strings.SplitSeq(html.UnescapeString(v), ",") {
			t = collapse(t)
			k := strings.ToLower(t)
			if t == "" || seen[k] || utf8.RuneCountInString(t) > maxTagRunes || len(out) >= maxTags {
				continue
			}
			if strings.Contains(t, ":") && !strings.Contains(t, " ") {
				continue
			}
			seen[k] = true
			out = append(out, t)
		}
	}
	for _, v := range m.meta["article:tag"] {
		add(v)
	}
	for _, v := range m.ld.keywords {
		add(v)
	}
	for _, v := range m.meta["news_keywords"] {
		add(v)
	}
	return out
}
