// Package robots parses robots.txt files and decides whether a crawler may
// fetch a URL, following RFC 9309 (the Robots Exclusion Protocol).
//
// The crawler fetches /robots.txt itself (redirects are followed by the
// fetcher, up to five hops) and hands the outcome to [FromStatus]; the
// resulting [Robots] answers [Robots.Allowed] for every URL of that host.
// colly's built-in robots.txt support (temoto/robotstxt) is not used because
// it departs from the RFC in ways that matter for a polite crawler.
//
// # What the RFC fixes
//
//   - Groups: consecutive user-agent lines share one group of rules; rules
//     before the first user-agent line belong to no group and are ignored;
//     groups naming the same agent are merged. The group whose user-agent
//     matches the crawler's product token (see [ProductToken]),
//     case-insensitively, applies; failing that the "*" group; failing that
//     nothing is disallowed.
//   - Matching: rules match from the first octet of the path and query as
//     sent; "*" matches any run of octets, a final "$" anchors the end. The
//     longest matching pattern (in octets) wins and an allow rule beats a
//     disallow rule of the same length. An empty disallow allows everything.
//     /robots.txt is always allowed.
//   - Percent-encoding: both the rules and the path are brought to one form
//     before comparison: octets outside ASCII (and other octets not allowed in
//     a URI) are percent-encoded, escapes of unreserved characters
//     (A-Z a-z 0-9 - . _ ~) are decoded, other escapes get upper-case hex
//     digits. So "Disallow: /ümlaut" blocks /%C3%BCmlaut, and /%62az is /baz.
//     A literal "*" or "$" in a path can only be matched by a rule that
//     writes it percent-encoded (%2A, %24), as RFC 9309 §2.2.3 says.
//   - Fetch outcomes (§2.3.1): 2xx parse the body; 3xx (a redirect the
//     fetcher did not follow) and 4xx mean "unavailable", so everything is
//     allowed; 5xx and network errors mean "unreachable", so everything
//     (except /robots.txt itself) is disallowed. The crawler may cache that
//     result and retry later.
//   - Size: only the first [MaxSize] octets (500 KiB, the RFC minimum) are
//     parsed; a line cut by that limit is dropped.
//
// # Leniency, and where this package parts from Google's parser
//
// Field names are case-insensitive and may be surrounded by spaces and tabs.
// A UTF-8 byte order mark, blank lines, "#" comments (also after a value) and
// CR, LF and CRLF line ends are accepted. Lines without a colon are ignored
// (Google's parser also accepts a space instead of the colon; we do not).
// The misspellings Google's reference parser accepts are accepted too, but
// only as whole field names: "useragent", "user agent", "dissallow",
// "dissalow", "disalow", "diasllow", "disallaw" and "site-map". Google's
// "index.html means the directory" rule and its per-line length cap are not
// adopted.
//
// Sitemap lines, Crawl-delay lines and unknown fields never start or end a
// group on their own, except that a Crawl-delay line, like a rule, ends a run
// of user-agent lines: in
//
//	User-agent: *
//	Crawl-delay: 5
//
//	User-agent: FooBot
//	Disallow: /
//
// FooBot does not share the "*" group. This is what every parser that honours
// Crawl-delay does, and without it the file above would disallow everything
// for every crawler.
//
// # Non-standard records
//
// Crawl-delay (seconds, possibly fractional) belongs to the group it appears
// in; the first valid value of the applicable (merged) group is reported by
// [Robots.CrawlDelay]. Sitemap lines are global, may appear anywhere, and
// are reported by [Robots.Sitemaps]: absolute http and https URLs only, in
// file order, without duplicates.
package robots
