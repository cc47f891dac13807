package newslink

import (
	"time"
)

// Article is one news article as extracted and stored.
//
// The zero value is an empty article with no ID; the store assigns ID on the
// first upsert and keeps it for as long as the URL is stored.
type Article struct {
	ID        uint64    // stable identifier, assigned by the store
	URL       string    // canonical URL; the article's identity
	Headline  string    // headline as shown on the page
	Published Date      // publication date, as precise as the page gave it
	Modified  Date      // last modification date, if the page gave one
	Authors   []string  // bylines, in page order
	Language  string    // BCP 47 language tag such as "en" or "de-DE", if known
	Summary   string    // one or two sentences: the page's description or first paragraph
	Body      string    // plain text, paragraphs separated by a blank line
	Section   string    // site section: as the page states it, else the URL's first path segment, if known
	Fetched   time.Time // when the page was last fetched or imported

	Image string   // lead image: an absolute http(s) URL, if the page has one
	Tags  []string // tags and keywords the page gives the article, in page order

	// WARC says where the response the article was last read from is
	// archived; its zero value means it is not archived. It is where the
	// article came from, not its content: a new location alone does not
	// make an article Updated.
	WARC WARCLocation
}

// WARCLocation is where one record of a WARC file (ISO 28500) is kept: the
// file and the byte range of the record as stored (its gzip member, in a
// file compressed record by record). The zero value is no location.
type WARCLocation struct {
	File   string `json:"file"`   // path of the WARC file
	Offset int64  `json:"offset"` // where the record starts in the file
	Length int64  `json:"length"` // bytes the record takes in the file
}

// IsZero reports whether l names no record.
func (l WARCLocation) IsZero() bool { return l.File == "" }

// Related is one entry of an article's Related Stories list.
//
// The store keeps only ID and Score of each entry; URL, Headline, Published
// and Summary are filled in from the related article as it is stored when
// the list is read, so that a corrected headline shows in every list at
// once.
type Related struct {
	ID        uint64  // the related article's ID
	URL       string  // the related article's canonical URL
	Headline  string  // its headline
	Published Date    // its publication date
	Summary   string  // its summary
	Score     float64 // similarity in [0, 1]; higher is closer
	Image     string  // its lead image, an absolute http(s) URL, or ""
}

// Change says what an upsert did to the stored copy of an article.
type Change int

// The outcomes of an upsert.
const (
	Unchanged Change = iota // the stored article already had this content
	Created                 // the article was new
	Updated                 // the article existed and its content changed
)

// String returns "unchanged", "created" or "updated".
func (c Change) String() string {
	switch c {
	case Created:
		return "created"
	case Updated:
		return "updated"
	default:
		return "unchanged"
	}
}
