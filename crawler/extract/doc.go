// Package extract pulls the headline, dates, authors, language, canonical URL,
// summary and body text out of a news article page, with goquery's parser
// (golang.org/x/net/html) and no other extraction library.
//
// It does no I/O beyond reading the page it is given, so both the crawler
// and the offline extract command use it: Extract and ExtractBytes take the
// page's bytes, ExtractDocument a page colly or goquery has already parsed.
// All three are safe for concurrent use and never panic.
//
// # Character sets
//
// The encoding comes from a byte order mark, the Content-Type header
// (Options.ContentType), a <meta charset> or <meta http-equiv> in the first
// 32 KiB, and else detection (UTF-8 if the bytes are valid UTF-8, else
// Windows-1252). A declared single-byte charset loses to bytes that are
// valid multi-byte UTF-8. Every string in a Result is valid UTF-8.
//
// # Headline
//
// A heading on the page (h1 first, then h2, h3 and elements marked as
// headlines; not in comments, related boxes or sidebars, where a container
// whose classes only describe a layout with a sidebar or a post's
// categories is none of these) wins when it agrees with the metadata:
// JSON-LD (NewsArticle, Article, BlogPosting and the like, also inside
// @graph), OpenGraph, Twitter and other meta titles, and <title>, each also
// with the site name and section stripped ("… | Site", "Site – …"). Of
// several h1s that agree, the one JSON-LD or OpenGraph names wins over one
// that agrees with the <title> only. Headings that name the site (a link to
// the home page, also as an absolute URL or an archive's copy of one, a
// "site" or "logo" class) never win. A kicker inside or just above the
// heading is kept as "Kicker: Headline" where a title writes that form,
// and left out otherwise. A heading built of spans takes the spacing of
// the title it agrees with ("Kicker: Headline", not "Kicker : Headline").
// Without agreement: the JSON-LD headline, the single h1, the OpenGraph
// title or the <title>, stripped.
//
// # Dates
//
// Published, in order: OpenGraph's article:published_time, JSON-LD
// datePublished, other meta tags (DC.date.issued, parsely-pub-date and
// similar), itemprop and RDFa datePublished, a date in the URL path
// (/2015/03/06/), <time> elements, dates after phrases such as
// "Veröffentlicht am" or "Published on", dates in bylines and date lines,
// a generic meta "date", dates around the headline, dates in a script's
// JSON state, other <time> elements, a meta tag of the site's own
// vocabulary naming the publication or upload ("…:uploaded"), the
// description, and last the first date written in the article text or its
// signature. Text dates are read in English, German, French, Spanish,
// Italian, Dutch, Portuguese, Turkish, Russian, Ukrainian and Polish
// ("6. März 2015", "March 6, 2015", "06.03.2015"; beside the headline
// also "06.03.15"); 03/06/2015 is read day first unless the page's
// language, Options.Locale or domain is American, or one reading is
// impossible.
// Relative dates ("2 hours ago") are never read, but the date in the
// title of an element that shows one is. Dates in comments,
// related and most-read boxes, sidebars and copyright lines are skipped; a
// date after Options.Fetched or before 1993 is never used. A time zone
// given is kept; a time without one gives a day-only date. An instant
// given in UTC yields to the local day shown in the URL or a byline when
// they differ by the time zone only, and a page that shows readers only its
// modification date is dated by it. Modified comes from JSON-LD and meta
// tags and is dropped when earlier than Published.
//
// # Authors
//
// Result.Authors come from the first source that names a person: JSON-LD
// author (or creator) of the article object, with references to a Person or
// Organization elsewhere in a @graph resolved, and else of a recipe or
// forum post; the author meta tags (author, article:author unless it is a
// URL, parsely-author, dc.creator and similar), or these when they list the
// JSON-LD author and more; rel=author links, one name per profile page; the
// first byline element (itemprop=author, a class or id with "author",
// "byline" or the word in other languages: "autor", "auteur", "verfasser",
// "avtor", "szerzo", "yazar", "forfatter", "writer") outside figures,
// captions, photo credits, comments, related boxes and teasers that link to
// other articles, or its parts marked as names ("author-name",
// itemprop=name) when it has them; and else a short unmarked line such as
// "By Ann Lee" or "Von Anna Schmidt, 12.03.2024". A source that names only
// organisations (a newsroom, "Redaktion", an agency, a domain,
// og:site_name) is used when no later one names a person. Each value is
// cleaned: "By", "Von:", "Written by" and similar prefixes removed; split
// at ";", "and", "und", "&", "/", "et", "y" (between names of two words or
// more) and commas, where a place, role, degree or agency after a name
// ("Ann Lee, dpa", "Ann Lee, Staff Writer") is dropped; dates, weekdays,
// "Updated …", "for The Daily Mail", e-mail addresses, @handles and a job
// title before the name ("Rechtsanwalt") cut off; names written wholly in
// capitals put in title case. Generic values ("admin", "View my complete
// profile"), photo credits ("Foto: …"), IP addresses and sentences are not
// names.
//
// # Body
//
// Page furniture is removed first: scripts, navigation, headers, footers,
// asides, form controls, hidden elements, and elements whose class or id
// marks comments, share bars, cookie banners, related and most-read boxes,
// ads, bylines and captions, unless they hold most of the article's text.
// The article container is then chosen as readability does (paragraphs
// score their parents by length and commas, link density lowers the score,
// article classes raise it), grown to a parent with much more paragraph
// text and few links, and joined by siblings that read as article text.
// It is written as plain text: paragraphs, headings and list items in
// order, one block each, separated by a blank line; table rows as cells
// joined by " | ". Blocks that are mostly links, short furniture lines
// ("Share", "Read more", "Foto: …") and calls to subscribe or follow are
// dropped, as are short lines above the headline and after the last
// paragraph. The text ends where the next story of an infinite scroll
// begins (its h1 in a container like the article's, or its h2 in a
// sibling <article>). The standfirst under the headline opens the text
// when the header holds it; a recipe plugin's card is text. A page that
// shows little beside a long JSON-LD articleBody (a paywall) is read from
// it, its visible standfirst in front; a page with no text of its own
// falls back to its JSON-LD articleBody or its description.
//
// # Lead image, section and tags
//
// Result.Image is the article's lead image as an absolute http(s) URL,
// resolved against the page URL and <base href>: og:image, else the JSON-LD
// image, else twitter:image, else the first large figure of the body (in a
// <figure>, marked as the article's image, or at least 300 pixels wide;
// inside <article> or <main> first). Logos, icons, avatars, SVGs, tracking
// pixels (tiny width or height, tracking hosts) and lazy-load placeholders
// (data: URIs, blank.gif) are never taken; behind a placeholder, an image's
// data-src, data-original or widest srcset entry is. Result.Section and
// Result.Tags are what the page states: article:section, JSON-LD
// articleSection; article:tag, JSON-LD keywords, news_keywords.
//
// # Site rules
//
// Options.Site applies a site's CSS selectors (CompileSiteRules compiles
// them once, with cascadia, for any number of pages): its remove
// selectors drop elements before anything reads the page, and each field
// selector that matches replaces the general rules' result for that
// field; one that matches nothing leaves it to them. "@attr" at the end of
// a selector reads that attribute instead of the text.
//
// # Limits
//
// A page larger than Options.MaxBytes (DefaultMaxBytes, 16 MiB, when zero)
// is refused with ErrTooLarge before it is parsed; within that cap, time
// and memory grow linearly with the page. Elements nested more than 512
// deep, which x/net/html refuses, are flattened and the page parsed again.
package extract
