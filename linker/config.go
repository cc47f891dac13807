package linker

import (
	"math"
	"runtime"
	"time"
)

// Config holds the options of the linker. Its zero value means the
// documented default of every field; a negative value turns an optional
// feature off where the field says so. A Config is a plain value, safe to
// copy and share.
type Config struct {
	// N is the length of every related list; 0 means 5.
	N int
	// MinScore drops links whose score is below it; 0 keeps every link
	// with a positive score.
	MinScore float64

	// HeadlineWeight is how many body occurrences one headline occurrence
	// of a term counts as; 0 means 1.25.
	HeadlineWeight float64
	// NameWeight, if positive, adds every capitalised multi-word name
	// ("Tara Reid", "Betty Ford Center") as a term of its own, on top of
	// its words, each occurrence counting as NameWeight occurrences; 0
	// (the default) or negative leaves names out. A name repeats what its
	// words already say, so as an extra term it counts them twice: on
	// every labelled set measured (same events and same topics alike)
	// lists were better without overall, since a name shared across
	// topics (a minister in politics and business news) pushed the close
	// stories of the topic out; names still helped to tell apart two
	// events of one kind (two earthquakes in one country).
	NameWeight float64
	// MinDF leaves out terms found in fewer documents; 0 means 2.
	MinDF int
	// MaxDF leaves out terms found in more than this share of the
	// documents; 0 means 0.5.
	MaxDF float64
	// MaxTerms keeps only a document's MaxTerms heaviest terms (its
	// signature; the rest are not indexed); 0 means 100, negative keeps
	// all.
	MaxTerms int

	// DateWeight is the share of the score that decays with the time
	// between two articles: score = cosine × (1 − DateWeight +
	// DateWeight × 2^(−|Δt|/DateHalfLife)). 0 means 0.2; negative ignores
	// dates. Articles with an unknown date are not penalised.
	DateWeight float64
	// DateHalfLife is the time after which the decaying share is halved;
	// 0 means 30 days.
	DateHalfLife time.Duration
	// Window, if positive, never links two dated articles published
	// further apart than it; 0 means no window.
	Window time.Duration

	// DuplicateScore is the cosine at or above which two articles count as
	// the same story under two URLs (a near-duplicate): an article's own
	// near-duplicates are left out of its list, and a list never holds two
	// near-duplicates of each other (the better ranked one stays). 0 means
	// 0.98; negative turns duplicate detection off.
	DuplicateScore float64

	// ExpandN is how many of an article's best links are added to its
	// vector, each weighted by ExpandWeight × their cosine, before the
	// lists are computed again (document-side pseudo-relevance feedback:
	// articles of one story share the vocabulary of the story, not just of
	// each other). 0 means 8; negative turns expansion off.
	ExpandN int
	// ExpandWeight weighs the added links; 0 means 1.25 (1 until names
	// stopped being terms of their own; with them gone, neighbours
	// weighted a quarter above the article itself gave better lists on
	// every labelled set measured).
	ExpandWeight float64
	// ExpandTerms is how many of its heaviest terms an expanded vector
	// keeps; 0 means 40, negative keeps all.
	ExpandTerms int
	// QueryTerms is how many of an article's heaviest terms are used to
	// find the links added by expansion; 0 means 20.
	QueryTerms int

	// Workers is the number of goroutines used; 0 means GOMAXPROCS.
	Workers int

	// Analysis is the version of the text analysis (segmentation, stop
	// words, stemmers, language detection) an index was built with. Build
	// and BuildFrom set it, whatever it was; it is not an option but a
	// record, so that the Config of an index built by an older analysis
	// (ReadConfig) differs from a new one's and the caller knows to
	// rebuild rather than mix two analyses in one index. 0, in an index
	// written before the version was recorded, means 1.
	Analysis int
}

// analysisVersion is the current Config.Analysis: 6 reads runs of Han,
// kana and Hangul as their bigrams and detects Chinese, Japanese and
// Korean by script (appendCJK); 5 adds the parts of German compounds
// (compound.go); 4 reads a word across a soft hyphen or an invisible
// joiner inside it and in Unicode form NFKC; 3 leaves e-mail addresses
// and URLs out and stops detection where the opening settles the
// language (settleEvery); 2 added language detection and the French,
// Spanish, Italian, Dutch and Portuguese analysers; 1 analysed unstated
// languages as English.
const analysisVersion = 6

// withDefaults returns c with every zero field set to its default.
func (c Config) withDefaults() Config {
	if c.N <= 0 {
		c.N = 5
	}
	if c.HeadlineWeight <= 0 {
		c.HeadlineWeight = 1.25
	}
	if c.NameWeight <= 0 {
		c.NameWeight = -1 // one value for "off", so that configurations compare equal
	}
	if c.MinDF <= 0 {
		c.MinDF = 2
	}
	if c.MaxDF <= 0 {
		c.MaxDF = 0.5
	}
	if c.MaxTerms == 0 {
		c.MaxTerms = 100
	}
	if c.DateWeight == 0 {
		c.DateWeight = 0.2
	}
	if c.DateWeight > 1 {
		c.DateWeight = 1
	}
	if c.DateHalfLife <= 0 {
		c.DateHalfLife = 30 * 24 * time.Hour
	}
	if c.DuplicateScore == 0 {
		c.DuplicateScore = 0.98
	}
	if c.ExpandN == 0 {
		c.ExpandN = 8
	}
	if c.ExpandWeight <= 0 {
		c.ExpandWeight = 1.25
	}
	if c.ExpandTerms == 0 {
		c.ExpandTerms = 40
	}
	if c.QueryTerms <= 0 {
		c.QueryTerms = 20
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Analysis <= 0 {
		c.Analysis = 1
	}
	return c
}

// noDate marks an unknown publication date.
const noDate = math.MinInt64

// dateFactor returns the factor in [1−DateWeight, 1] by which the cosine
// of two articles published at a and b (Unix seconds) is multiplied, or 0
// if they are further apart than the window.
func (c *Config) dateFactor(a, b int64) float64 {
	if a == noDate || b == noDate {
		return 1
	}
	d := a - b
	if d < 0 {
		d = -d
	}
	if c.Window > 0 && d > int64(c.Window/time.Second) {
		return 0
	}
	if c.DateWeight < 0 {
		return 1
	}
	h := float64(c.DateHalfLife / time.Second)
	return 1 - c.DateWeight + c.DateWeight*math.Exp2(-float64(d)/h)
}
