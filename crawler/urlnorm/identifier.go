package urlnorm

import "net/url"

// Identifier returns the form under which an article found outside a
// crawl (an imported line, say) is stored: the canonical form of an http
// or https URL, as Normalize gives it, so that a crawl later finds the
// page already stored, and any other identifier (a URN, a DOI, a path, a
// made-up key) exactly as given. The error is Normalize's, for an http(s)
// URL that cannot be normalised. It is safe for concurrent use.
func Identifier(raw string) (string, error) {
	if u, err := url.Parse(raw); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return Normalize(raw)
	}
	return raw, nil
}

// IsWeb reports whether raw is an absolute http or https URL with a host,
// one that a page may link to (a lead image, say). It is safe for
// concurrent use.
func IsWeb(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
