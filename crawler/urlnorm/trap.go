package urlnorm

import (
	"math/bits"
	"strconv"
	"strings"
	"time"
)

// Trap is a set of reasons why a URL looks like a crawler trap: pages that
// a site generates without end (calendars, session-laden or self-nesting
// links). The zero value is the empty set: no reason.
type Trap uint8

// The reasons reported by [TrapConfig.Check].
const (
	// TrapTooLong: the URL is longer than TrapConfig.MaxLength bytes.
	TrapTooLong Trap = 1 << iota
	// TrapDeepPath: the path has more than TrapConfig.MaxPathSegments
	// non-empty segments.
	TrapDeepPath
	// TrapManyParams: the query has more than TrapConfig.MaxQueryParams
	// parameters.
	TrapManyParams
	// TrapRepeatedSegments: some non-empty path segment occurs more than
	// TrapConfig.MaxSegmentRepeats times ("/a/b/a/b/a/b").
	TrapRepeatedSegments
	// TrapCalendar: a calendar date far from now, in the path
	// ("/calendar/2031/05/", "/2031/05/", "/2031-05-01/") or the query
	// ("?month=5&year=2031", "?date=2031-05-01").
	TrapCalendar
)

var trapNames = []string{"too-long", "deep-path", "many-params", "repeated-segments", "calendar"}

// String returns the reasons in t separated by "|", or "none".
func (t Trap) String() string {
	if t == 0 {
		return "none"
	}
	var parts []string
	for i, n := range trapNames {
		if t&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := t &^ (1<<len(trapNames) - 1); rest != 0 {
		parts = append(parts, "0x"+strconv.FormatUint(uint64(rest), 16))
	}
	return strings.Join(parts, "|")
}

// Score returns the number of reasons in t, a crude measure of how likely
// the URL is a trap.
func (t Trap) Score() int { return bits.OnesCount8(uint8(t)) }

// Default thresholds of [TrapConfig].
const (
	// DefaultMaxLength is the default of TrapConfig.MaxLength, in bytes.
	DefaultMaxLength = 2000
	// DefaultMaxPathSegments is the default of TrapConfig.MaxPathSegments.
	DefaultMaxPathSegments = 12
	// DefaultMaxQueryParams is the default of TrapConfig.MaxQueryParams.
	DefaultMaxQueryParams = 10
	// DefaultMaxSegmentRepeats is the default of TrapConfig.MaxSegmentRepeats.
	DefaultMaxSegmentRepeats = 2
	// DefaultMaxYearsAhead is the default of TrapConfig.MaxYearsAhead.
	DefaultMaxYearsAhead = 1
	// DefaultMaxYearsBehind is the default of TrapConfig.MaxYearsBehind.
	DefaultMaxYearsBehind = 30
)

// TrapConfig holds the thresholds of the trap heuristics. A zero field,
// and a nil *TrapConfig, mean the default named after the field
// (DefaultMaxLength, ...). A TrapConfig is safe for concurrent use as long
// as it is not modified.
type TrapConfig struct {
	// MaxLength is the longest acceptable URL in bytes (default 2,000,
	// the limit that old browsers and many servers enforce).
	MaxLength int
	// MaxPathSegments is the largest acceptable number of non-empty path
	// segments (default 12; news URLs rarely exceed 7).
	MaxPathSegments int
	// MaxQueryParams is the largest acceptable number of non-empty query
	// parameters (default 10).
	MaxQueryParams int
	// MaxSegmentRepeats is how often one path segment may occur before
	// the path counts as self-nesting (default 2: "/a/b/a/b" passes,
	// "/a/b/a/b/a/b" does not).
	MaxSegmentRepeats int
	// MaxYearsAhead and MaxYearsBehind bound the calendar year of a date
	// found in calendar position, relative to now's year (defaults 1 and
	// 30: in 2026, years 1996 to 2027 pass). A 4-digit path segment counts
	// as a year only when a month segment (1 to 12) follows it or a
	// calendar word (calendar, events, archive, date, ...) precedes it,
	// so that "/story/1234" is not a date.
	MaxYearsAhead, MaxYearsBehind int
}

func def(v, d int) int {
	if v == 0 {
		return d
	}
	return v
}

// LooksLikeTrap reports whether raw trips any trap heuristic with the
// default thresholds, judging calendar dates against now. It is safe for
// concurrent use.
func LooksLikeTrap(raw string, now time.Time) bool {
	return (*TrapConfig)(nil).Check(raw, now) != 0
}

// Check returns the trap heuristics that raw trips under c, judging
// calendar dates against now. raw need not be normalised; percent-escapes
// in path segments are compared as written.
func (c *TrapConfig) Check(raw string, now time.Time) Trap {
	var cfg TrapConfig
	if c != nil {
		cfg = *c
	}
	var t Trap
	if len(raw) > def(cfg.MaxLength, DefaultMaxLength) {
		t |= TrapTooLong
	}
	p := split(clean(raw))
	var segs []string
	for s := range strings.SplitSeq(p.path, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) > def(cfg.MaxPathSegments, DefaultMaxPathSegments) {
		t |= TrapDeepPath
	}
	if repeated(segs, def(cfg.MaxSegmentRepeats, DefaultMaxSegmentRepeats)) {
		t |= TrapRepeatedSegments
	}
	var params [][2]string
	for piece := range strings.SplitSeq(p.query, "&") {
		if piece != "" {
			k, v, _ := strings.Cut(piece, "=")
			params = append(params, [2]string{strings.ToLower(unescape(k)), unescape(v)})
		}
	}
	if len(params) > def(cfg.MaxQueryParams, DefaultMaxQueryParams) {
		t |= TrapManyParams
	}
	lo := now.Year() - def(cfg.MaxYearsBehind, DefaultMaxYearsBehind)
	hi := now.Year() + def(cfg.MaxYearsAhead, DefaultMaxYearsAhead)
	for _, y := range calendarYears(segs, params) {
		if y < lo || y > hi {
			t |= TrapCalendar
			break
		}
	}
	return t
}

func repeated(segs []string, max int) bool {
	if len(segs) <= max {
		return false
	}
	counts := make(map[string]int, len(segs))
	for _, s := range segs {
		counts[s]++
		if counts[s] > max {
			return true
		}
	}
	return false
}

var calendarWords = map[string]bool{
	"calendar": true, "calendars": true, "cal": true, "events": true, "event": true,
	"archive": true, "archives": true, "date": true, "day": true, "month": true,
	"year": true, "agenda": true, "schedule": true, "kalender": true, "calendrier": true,
}

// calendarYears returns the years found in calendar position.
func calendarYears(segs []string, params [][2]string) []int {
	var years []int
	for i, s := range segs {
		if y, ok := dateYear(s); ok {
			years = append(years, y)
			continue
		}
		y, ok := year4(s)
		if !ok {
			continue
		}
		if i+1 < len(segs) && isMonth(segs[i+1]) ||
			i > 0 && calendarWords[strings.ToLower(segs[i-1])] {
			years = append(years, y)
		}
	}
	for _, kv := range params {
		switch k, v := kv[0], kv[1]; {
		case k == "yr" || k == "y" || strings.HasSuffix(k, "year"):
			if y, ok := year4(v); ok {
				years = append(years, y)
			}
		case strings.Contains(k, "date") || k == "day" || k == "d" || k == "month" || k == "ym":
			if y, ok := dateYear(v); ok {
				years = append(years, y)
			} else if len(v) == 8 || len(v) == 6 {
				if y, ok := year4(v[:4]); ok && allDigits(v) {
					years = append(years, y)
				}
			}
		}
	}
	return years
}

// year4 parses exactly four digits.
func year4(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	y, _ := strconv.Atoi(s)
	return y, true
}

// dateYear parses "YYYY-MM" or "YYYY-MM-DD" (also with "/" or ".") and
// returns the year.
func dateYear(s string) (int, bool) {
	if len(s) != 7 && len(s) != 10 {
		return 0, false
	}
	sep := s[4]
	if sep != '-' && sep != '/' && sep != '.' {
		return 0, false
	}
	y, ok := year4(s[:4])
	if !ok || !isMonth(s[5:7]) {
		return 0, false
	}
	if len(s) == 10 && (s[7] != sep || !allDigits(s[8:])) {
		return 0, false
	}
	return y, true
}

func isMonth(s string) bool {
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return false
	}
	m, _ := strconv.Atoi(s)
	return m >= 1 && m <= 12
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
