package crawler

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"newslink"
	"newslink/crawler/extract"
	"newslink/crawler/urlnorm"
)

// PageRules say how a page read from an archive (not fetched by this
// crawl) is judged, as Config says it for a crawl. The zero value means
// the crawl's defaults.
type PageRules struct {
	Locale       string              // hint for ambiguous dates, such as "en-GB"
	HostLocale   map[string]string   // per-host Locale, keys as in Config.Hosts
	Rules        URLRules            // article URL patterns for every host
	HostRules    map[string]URLRules // per-host patterns, keys as in Config.Hosts
	MinBodyChars int                 // default DefaultMinBodyChars
	MaxBytes     int64               // default DefaultMaxBodyBytes

	// HostExtract holds per-host CSS selector rules, as Config.HostExtract.
	HostExtract map[string]*extract.SiteRules
}

// SiteFor returns the selector rules and the locale hint r gives a page
// URL: those of its host, else none and r.Locale.
func (r PageRules) SiteFor(rawURL string) (*extract.SiteRules, string) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, r.Locale
	}
	locale := r.Locale
	if l, ok := r.HostLocale[hostKey(u)]; ok {
		locale = l
	}
	return siteRulesFor(r.HostExtract, u), locale
}

// normalizeSiteRules returns m with its host keys in canonical form.
func normalizeSiteRules(m map[string]*extract.SiteRules) map[string]*extract.SiteRules {
	out := make(map[string]*extract.SiteRules, len(m))
	for h, r := range m {
		out[normalizeHost(h)] = r
	}
	return out
}

// siteRulesFor returns the selector rules of u's host, or of the same
// host with or without "www.". Keys are looked up in canonical form first
// (as Config's are after validation); a map written by hand with other
// keys ("News.Example.com:443") is then searched, which costs a scan of a
// few sites, not a new map per page.
func siteRulesFor(m map[string]*extract.SiteRules, u *url.URL) *extract.SiteRules {
	if len(m) == 0 || u == nil {
		return nil
	}
	h := hostKey(u)
	other := "www." + h
	if bare, ok := strings.CutPrefix(h, "www."); ok {
		other = bare
	}
	if r, ok := m[h]; ok {
		return r
	}
	if r, ok := m[other]; ok {
		return r
	}
	for k, r := range m {
		if k = normalizeHost(k); k == h || k == other {
			return r
		}
	}
	return nil
}

// ArchivedPage is one HTML response read from an archive.
type ArchivedPage struct {
	URL         string    // the URL it was fetched from
	ContentType string    // its Content-Type header, charset included
	Body        []byte    // the body, Content-Encoding undone
	Fetched     time.Time // when it was fetched
}

// ReadArticle extracts and classifies an archived page as a crawl does:
// the URL canonicalised, headline, dates, authors, language, summary and
// body extracted, and the page judged an article or not (nil, nil when
// it is not one, or says noindex). A page whose rel=canonical names
// another URL on its host (with or without "www.") is the article of that
// URL, since an archive seldom holds the other copy.
func ReadArticle(p ArchivedPage, rules PageRules) (*newslink.Article, error) {
	if rules.MinBodyChars <= 0 {
		rules.MinBodyChars = DefaultMinBodyChars
	}
	if rules.MaxBytes <= 0 {
		rules.MaxBytes = DefaultMaxBodyBytes
	}
	canon, err := urlnorm.Normalize(p.URL)
	if err != nil {
		return nil, fmt.Errorf("crawler: url %q: %w", p.URL, err)
	}
	u, err := url.Parse(canon)
	if err != nil {
		return nil, fmt.Errorf("crawler: url %q: %w", p.URL, err)
	}
	locale := rules.Locale
	if l, ok := rules.HostLocale[hostKey(u)]; ok {
		locale = l
	}
	res, links, err := extract.ExtractWithLinks(p.Body, extract.Options{
		URL: canon, ContentType: p.ContentType, Locale: locale, Fetched: p.Fetched, MaxBytes: rules.MaxBytes,
		Site: siteRulesFor(rules.HostExtract, u),
	})
	if err != nil {
		return nil, fmt.Errorf("crawler: extract %s: %w", canon, err)
	}
	if links.NoIndex {
		return nil, nil
	}
	if links.Canonical != "" {
		base := u
		if links.Base != "" {
			if b, err := u.Parse(links.Base); err == nil {
				base = b
			}
		}
		if n := resolve(base, links.Canonical); n != "" && n != canon && sameSite(u, n) && !frontPage(n) {
			canon = n
		}
	}
	ur := rules.Rules
	if hr, ok := rules.HostRules[hostKey(u)]; ok {
		ur = hr
	}
	if !isArticle(canon, links, res, ur, rules.MinBodyChars) {
		return nil, nil
	}
	return newArticle(canon, res, p.Fetched), nil
}

// newArticle makes the article of an extracted page fetched at fetched.
// Its section is the one the page states, else the URL's.
func newArticle(canon string, res *extract.Result, fetched time.Time) *newslink.Article {
	sec := res.Section
	if sec == "" {
		sec = section(canon)
	}
	return &newslink.Article{
		URL: canon, Headline: res.Headline, Published: res.Published, Modified: res.Modified,
		Authors: res.Authors, Language: res.Language, Summary: res.Summary, Body: res.Body,
		Section: sec, Image: res.Image, Tags: res.Tags, Fetched: fetched.UTC(),
	}
}

// sameSite reports whether the canonical URL other is on u's host, with or
// without "www.".
func sameSite(u *url.URL, other string) bool {
	o, err := url.Parse(other)
	if err != nil {
		return false
	}
	return strings.TrimPrefix(hostKey(u), "www.") == strings.TrimPrefix(hostKey(o), "www.")
}
