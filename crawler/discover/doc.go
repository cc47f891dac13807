// Package discover finds article URLs in sitemaps and feeds, and feed URLs
// in HTML pages. It parses bytes it is given and does no I/O: fetching,
// politeness and URL normalisation are the crawler's.
//
// [ParseSitemap] reads the XML sitemaps of sitemaps.org (urlset and
// sitemapindex, with any namespace or none), Google News sitemap
// extensions (news:title, news:publication_date), and plain-text sitemaps
// with one URL per line; image and video extensions are skipped. Gzip
// input is recognised by its magic bytes, whatever the file is called, and
// decompressed with a limit, so a gzip bomb costs at most [MaxBytes] of
// memory. The protocol's limits, 50,000 URLs and 50 MiB uncompressed per
// file, are enforced with [ErrTooManyURLs] and [ErrTooLarge].
//
// [ParseFeed] reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 feeds,
// with the same gzip handling and limits. Dates are parsed leniently: RFC
// 3339 and the W3C profile of ISO 8601, RFC 1123/822 with numeric or named
// zones, and common sloppy variants ([ParseDate]); a date that cannot be
// parsed is left zero and never makes the document fail.
//
// [FeedLinks] lists the feeds an HTML page advertises with
// <link rel="alternate">, using the golang.org/x/net/html tokenizer; when a
// page advertises none, [CommonFeedPaths] are the places worth probing.
//
// URLs are returned as the document gives them, with surrounding spaces
// trimmed and, in feeds, xml:base applied: they are not normalised, and a
// feed may hold relative links, which the caller resolves against the
// feed's own URL (crawler/urlnorm.Resolve does both).
//
// Every function is safe for concurrent use. Results do not alias the
// input, which may be reused once a function returns.
package discover
