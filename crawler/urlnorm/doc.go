// Package urlnorm turns the URLs the crawler finds into one canonical string
// per page, so that the frontier and the store see a page once however it
// was linked, and flags URLs that look like crawler traps.
//
// The product rule is that canonicalisation never changes what a URL names:
// only transformations that RFC 3986 section 6 calls equivalence-preserving,
// plus the removal of tracking and session parameters, are applied. In
// particular "/a/" and "/a" stay different; collapsing them is the crawler's
// job once the site says so (rel=canonical, a redirect).
//
// [Normalize] and [Resolve] apply, in order:
//
//   - leading and trailing spaces and control characters are trimmed, and
//     tabs and newlines anywhere are removed (as browsers do for hrefs);
//   - the scheme is lower-cased and must be http or https ([ErrScheme]);
//   - a host is required ([ErrNoHost]) and userinfo is refused
//     ([ErrUserinfo]): credentials are never queued;
//   - the host is percent-decoded and lower-cased; a non-ASCII host is
//     converted to punycode with the UTS #46 lookup profile of
//     golang.org/x/net/idna, and a host that profile rejects is an error
//     ([ErrHost]), never kept as is, because the crawler could not fetch it;
//     ASCII hosts are only lower-cased and checked for characters that
//     cannot occur in a host name (underscores are allowed); a trailing
//     dot is kept; IPv6 literals are written in RFC 5952 form and zones are
//     refused;
//   - the port loses leading zeros, and :80 for http and :443 for https are
//     dropped; a non-numeric port or one above 65535 is [ErrPort];
//   - the fragment is removed;
//   - percent-encoding is normalised in path and query: hex digits are
//     upper-cased, octets of unreserved characters (A-Z a-z 0-9 - . _ ~)
//     are decoded, reserved characters stay encoded (%2F is not "/"),
//     characters that may not appear literally (spaces, non-ASCII, quotes,
//     "<", "{", ...) are encoded as UTF-8 octets, and a "%" that does not
//     start an escape becomes %25;
//   - ";jsessionid=..." path parameters are removed, then dot segments
//     are resolved (RFC 3986 section 5.2.4), and an empty path becomes "/";
//   - query parameters named in [Config.DropParams] (by default
//     [TrackingParams] and [SessionParams]) are removed, as is a "sid"
//     parameter whose value is 16 or more hex digits; empty parameters
//     ("a=1&&b=2") are dropped; the remaining parameters are sorted
//     stably by key, so repeated keys keep the order of their values; "+"
//     and %20 are left as they are; an empty query loses its "?".
//
// Normalize is idempotent: Normalize(Normalize(x)) == Normalize(x).
//
// [LooksLikeTrap] and [TrapConfig.Check] flag endless calendars, repeated
// path segments, very long URLs and URLs with too many segments or query
// parameters. They take the current time as an argument and never read
// the clock.
//
// [Identifier] applies the same canonical form to an article found
// outside a crawl (an imported line) when its identifier is an http(s)
// URL, and keeps any other identifier as given; [IsWeb] tells an absolute
// http(s) URL that a page may link to.
//
// The package does no I/O and keeps no state; all functions are safe for
// concurrent use.
package urlnorm
