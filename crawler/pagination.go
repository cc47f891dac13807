package crawler

import (
	"net/url"
	"strconv"
	"strings"
)

// Pagination: the next page of a listing is the same listing, so a link
// to it keeps the listing's depth. Otherwise an archive whose older
// stories are only reachable page after page (/news/page/7/, ?page=7)
// would end at the depth limit, five pages in by default, and a crawl
// of a whole site would miss most of it.

// pageParams are query parameters that number a listing's pages, and
// offsetParams those that count its items. Not "p": WordPress numbers
// posts with it (/?p=123).
var (
	pageParams   = []string{"page", "pg", "paged", "pageno", "pagenum", "page_no", "seite", "pagina", "pag", "strona", "sayfa"}
	offsetParams = []string{"start", "offset", "from", "skip"}
	// pageSegments are path segments that a page number follows
	// (/news/page/2/, /nachrichten/seite/2).
	pageSegments = []string{"page", "seite", "pagina", "strona", "sayfa"}
)

// Bounds on the numbers of pages followed without a hop counted: past
// them a next page costs a hop as any link does. (A listing that answers
// every number with the same list ends sooner: the crawl makes the next
// page of a page that showed nothing new a hop.)
const (
	maxPageNumber = 1000
	maxPageOffset = 100000
)

// isNextPage reports whether the link to names another page of the
// listing whose key (listingOf) is from: the same URL but for a page
// number or an item offset, in the query, as /page/N or as a bare /N at
// the end of the path, and that number within the bounds. A month of a
// date archive (/2015/03/ to /2015/04/) reads as one too, which is as it
// should be: a hop a year, not a hop a month.
func isNextPage(from, to string) bool {
	tu, err := url.Parse(to)
	if err != nil {
		return false
	}
	key, _, ok := listingKey(tu)
	return ok && key == from
}

// listingOf returns the listing key of a page's URL (listingKey), once for
// all the links on the page; "" when it can not be parsed, which no link's
// key equals.
func listingOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	key, _, _ := listingKey(u)
	return key
}

// listingKey returns u without its page number or offset (and without a
// trailing slash), the number of the page it names (an offset counted
// in pages of ten), and whether u had one within the bounds. A URL with
// none is the listing's first page: its key is itself.
func listingKey(u *url.URL) (key string, page int, numbered bool) {
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	q := u.Query()
	page = 1
	for _, params := range []struct {
		names   []string
		limit   int
		perPage int
	}{{pageParams, maxPageNumber, 1}, {offsetParams, maxPageOffset, 10}} {
		for _, name := range params.names {
			v, ok := q[name]
			if !ok || len(v) != 1 {
				continue
			}
			n, err := strconv.Atoi(v[0])
			if err != nil || n < 0 || n > params.limit {
				return "", 0, false
			}
			q.Del(name)
			page, numbered = n, true
			if params.perPage > 1 {
				page = n/params.perPage + 1
			}
			break
		}
		if numbered {
			break
		}
	}
	if !numbered {
		if i := strings.LastIndexByte(path, '/'); i >= 0 {
			head, num := path[:i], path[i+1:]
			if j := strings.LastIndexByte(head, '/'); j >= 0 {
				seg := strings.ToLower(head[j+1:])
				for _, s := range pageSegments {
					if seg != s {
						continue
					}
					n, err := strconv.Atoi(num)
					if err != nil || n < 1 || n > maxPageNumber {
						return "", 0, false
					}
					path, page, numbered = head[:j], n, true
					break
				}
			}
			if !numbered && head != "" {
				// A bare number after the listing's path: /news/2/.
				if n, err := strconv.Atoi(num); err == nil && n >= 1 && n <= maxPageNumber && num[0] != '+' {
					path, page, numbered = head, n, true
				}
			}
		}
	}
	return u.Scheme + "://" + u.Host + path + "?" + q.Encode(), page, numbered
}

// everyRunPages is how many of a listing's pages are read on every run,
// as a section page is: as many as the default depth reached before a
// next page stopped counting as a hop. New stories appear on the first
// pages; the later ones only shift, and are read again daily
// (revisitListing), so that a crawl every few minutes does not walk a
// whole archive each time.
const everyRunPages = DefaultMaxDepth

// deepListing reports whether raw names a listing's page past the first
// everyRunPages.
func deepListing(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	_, page, ok := listingKey(u)
	return ok && page > everyRunPages
}
