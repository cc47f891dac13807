package discover

import (
	"strconv"
	"strings"
	"time"
)

// ParseDate parses the dates found in sitemaps and feeds and reports
// whether it could. It accepts:
//
//   - the W3C profile of ISO 8601 used by sitemaps and RFC 3339 used by
//     Atom: "2015", "2015-03", "2015-03-06", "2015-03-06T10:32Z",
//     "2015-03-06T10:32:00+00:00", "2015-03-06T10:32:00.123-05:00", and
//     the sloppy forms "2015-03-06 10:32:00", "...+0000", "...+00" and a
//     missing zone, taken as UTC;
//   - RFC 1123 and RFC 822 as used by RSS: "Fri, 06 Mar 2015 10:32:00
//     +0000", with or without the weekday, seconds or zone, one-digit days,
//     two-digit years (00-49 are 20xx), full month and weekday names,
//     RFC 850 ("Friday, 06-Mar-15 10:32:00 GMT") and asctime ("Fri Mar  6
//     10:32:00 2015") forms, AM/PM, a trailing "(comment)", and zones given
//     as offsets ("+0100", "+01:00", "GMT+1") or names.
//
// Zone names are resolved with a fixed table, never with the machine's
// time zone database: UT, UTC, GMT, Z and the single military letters are
// UTC (as RFC 1123 advises); the US zones of RFC 822 (EST, EDT, CST, CDT,
// MST, MDT, PST, PDT) have their RFC 822 offsets; common others (AKST,
// HST, AST, NST, BST, IST as India, CET, CEST, MET, EET, EEST, WET, WEST,
// MSK, JST, KST, HKT, SGT, AWST, ACST, AEST, AEDT, NZST, NZDT) have their
// usual ones; an unknown name counts as UTC. Times with zero offset are
// returned in time.UTC, others in a fixed zone.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := parseISO(s); ok {
		return t, true
	}
	return parseRFC822(s)
}

// parseISO parses the W3C profile of ISO 8601 and RFC 3339, leniently.
func parseISO(s string) (time.Time, bool) {
	p := 0
	num := func(n int) (int, bool) {
		if p+n > len(s) {
			return 0, false
		}
		v := 0
		for i := p; i < p+n; i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			v = v*10 + int(s[i]-'0')
		}
		p += n
		return v, true
	}
	y, ok := num(4)
	if !ok {
		return time.Time{}, false
	}
	mo, d, h, mi, sec, ns := 1, 1, 0, 0, 0, 0
	loc := time.UTC
	if p < len(s) {
		if s[p] != '-' {
			return time.Time{}, false
		}
		p++
		if mo, ok = num(2); !ok {
			return time.Time{}, false
		}
	}
	if p < len(s) {
		if s[p] != '-' {
			return time.Time{}, false
		}
		p++
		if d, ok = num(2); !ok {
			return time.Time{}, false
		}
	}
	if p < len(s) {
		if c := s[p]; c != 'T' && c != 't' && c != ' ' {
			return time.Time{}, false
		}
		p++
		if h, ok = num(2); !ok || p >= len(s) || s[p] != ':' {
			return time.Time{}, false
		}
		p++
		if mi, ok = num(2); !ok {
			return time.Time{}, false
		}
		if p < len(s) && s[p] == ':' {
			p++
			if sec, ok = num(2); !ok {
				return time.Time{}, false
			}
			if p < len(s) && (s[p] == '.' || s[p] == ',') {
				p++
				start := p
				for p < len(s) && '0' <= s[p] && s[p] <= '9' {
					p++
				}
				if p == start {
					return time.Time{}, false
				}
				frac := s[start:min(p, start+9)]
				ns, _ = strconv.Atoi(frac + strings.Repeat("0", 9-len(frac)))
			}
		}
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if p < len(s) {
			l, ok := parseZone(s[p:], false)
			if !ok {
				return time.Time{}, false
			}
			loc = l
		}
	}
	return makeTime(y, mo, d, h, mi, sec, ns, loc)
}

// makeTime validates the fields and builds the time.
func makeTime(y, mo, d, h, mi, sec, ns int, loc *time.Location) (time.Time, bool) {
	if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60 ||
		h == 24 && (mi != 0 || sec != 0 || ns != 0) {
		return time.Time{}, false
	}
	if sec == 60 { // leap second
		sec = 59
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, ns, loc)
	if t.Day() != d && h != 24 { // 31 April, 30 February
		return time.Time{}, false
	}
	return t, true
}

// parseZone parses "Z", "+hh:mm", "+hhmm", "+hh", or a zone name, possibly
// followed by an offset ("GMT+1"); it must consume all of s. Unknown and
// military zone names count as UTC if lenient, else they fail.
func parseZone(s string, lenient bool) (*time.Location, bool) {
	i := 0
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	name, rest := strings.ToUpper(s[:i]), s[i:]
	off := 0
	if name != "" {
		o, ok := zoneOffsets[name]
		if !ok && lenient && len(name) <= 5 {
			ok = true // unknown abbreviation or military zone: UTC
		}
		if !ok {
			return nil, false
		}
		off = o
		if rest == "" {
			return fixed(off), true
		}
	}
	if len(rest) < 2 || rest[0] != '+' && rest[0] != '-' {
		return nil, false
	}
	sign := 1
	if rest[0] == '-' {
		sign = -1
	}
	digits := strings.Replace(rest[1:], ":", "", 1)
	if !allDigits(digits) {
		return nil, false
	}
	var hh, mm int
	switch len(digits) {
	case 1, 2:
		hh, _ = strconv.Atoi(digits)
	case 3:
		hh, _ = strconv.Atoi(digits[:1])
		mm, _ = strconv.Atoi(digits[1:])
	case 4:
		hh, _ = strconv.Atoi(digits[:2])
		mm, _ = strconv.Atoi(digits[2:])
	default:
		return nil, false
	}
	if hh > 23 || mm > 59 {
		return nil, false
	}
	return fixed(off + sign*(hh*3600+mm*60)), true
}

func fixed(off int) *time.Location {
	if off == 0 {
		return time.UTC
	}
	return time.FixedZone("", off)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

const hour = 3600

// zoneOffsets maps zone names to seconds east of UTC.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
	"EST": -5 * hour, "EDT": -4 * hour, "CST": -6 * hour, "CDT": -5 * hour,
	"MST": -7 * hour, "MDT": -6 * hour, "PST": -8 * hour, "PDT": -7 * hour,
	"AKST": -9 * hour, "AKDT": -8 * hour, "HST": -10 * hour,
	"AST": -4 * hour, "ADT": -3 * hour, "NST": -3*hour - 1800, "NDT": -2*hour - 1800,
	"BST": hour, "IST": 5*hour + 1800, "CET": hour, "CEST": 2 * hour,
	"MET": hour, "MEST": 2 * hour, "EET": 2 * hour, "EEST": 3 * hour, "WEST": hour,
	"MSK": 3 * hour, "JST": 9 * hour, "KST": 9 * hour, "HKT": 8 * hour, "SGT": 8 * hour,
	"AWST": 8 * hour, "ACST": 9*hour + 1800, "AEST": 10 * hour, "AEDT": 11 * hour,
	"NZST": 12 * hour, "NZDT": 13 * hour,
}

var months = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

var weekdays = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// parseRFC822 parses RFC 1123/822/850 and asctime dates, leniently, by
// classifying space-separated tokens.
func parseRFC822(s string) (time.Time, bool) {
	if i := strings.IndexByte(s, '('); i > 0 { // "(UTC)" comment
		s = s[:i]
	}
	toks := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	y, mo, d := -1, -1, -1
	h, mi, sec := 0, 0, 0
	pm, am, haveTime := false, false, false
	var loc *time.Location
	for i := 0; i < len(toks); i++ {
		tok := toks[i]
		lower := strings.ToLower(tok)
		switch {
		case strings.Count(tok, "-") == 2 && tok[0] != '-' && d < 0: // RFC 850 "06-Mar-15"
			parts := strings.Split(tok, "-")
			if parts[1] == "" || parts[2] == "" {
				return time.Time{}, false
			}
			toks = append(toks[:i+1], append([]string{parts[1], parts[2]}, toks[i+1:]...)...)
			toks[i] = parts[0]
			i--
		case strings.Contains(tok, ":") && !haveTime && (tok[0] >= '0' && tok[0] <= '9'):
			parts := strings.Split(tok, ":")
			if len(parts) > 3 {
				return time.Time{}, false
			}
			vals := [3]int{}
			for j, p := range parts {
				if j == 2 {
					p, _, _ = strings.Cut(p, ".")
				}
				if len(p) == 0 || len(p) > 2 || !allDigits(p) {
					return time.Time{}, false
				}
				vals[j], _ = strconv.Atoi(p)
			}
			if len(parts) < 2 {
				return time.Time{}, false
			}
			h, mi, sec, haveTime = vals[0], vals[1], vals[2], true
		case lower == "am" || lower == "a.m.":
			am = true
		case lower == "pm" || lower == "p.m.":
			pm = true
		case allDigits(tok):
			v, _ := strconv.Atoi(tok)
			switch {
			case len(tok) >= 3 && y < 0:
				y = v
			case len(tok) <= 2 && d < 0:
				d = v
			case len(tok) <= 2 && y < 0:
				y = v
				if v < 50 {
					y += 2000
				} else {
					y += 1900
				}
			default:
				return time.Time{}, false
			}
		case tok[0] == '+' || tok[0] == '-' || isAlpha(tok):
			if m := prefixIndex(lower, months); m >= 0 && mo < 0 && isAlpha(tok) {
				mo = m + 1
				continue
			}
			if isAlpha(tok) && prefixIndex(lower, weekdays) >= 0 && mo < 0 && d < 0 {
				continue
			}
			if loc != nil {
				return time.Time{}, false
			}
			l, ok := parseZone(tok, true)
			if !ok {
				return time.Time{}, false
			}
			loc = l
		default:
			l, ok := parseZone(tok, true) // "GMT+01:00"
			if !ok || loc != nil {
				return time.Time{}, false
			}
			loc = l
		}
	}
	if y < 0 || mo < 0 || d < 0 {
		return time.Time{}, false
	}
	if pm && h < 12 {
		h += 12
	}
	if am && h == 12 {
		h = 0
	}
	if loc == nil {
		loc = time.UTC
	}
	return makeTime(y, mo, d, h, mi, sec, 0, loc)
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z' || s[i] == '.') {
			return false
		}
	}
	return s != ""
}

// prefixIndex returns the index of the name in names (3-letter lower-case
// abbreviations) that s abbreviates or spells out, or -1.
func prefixIndex(s string, names []string) int {
	if len(s) < 3 {
		return -1
	}
	for i, n := range names {
		if strings.HasPrefix(s, n) {
			full := fullNames[n]
			if s == n || s == n+"." || strings.HasPrefix(full, s) || s == "sept" {
				return i
			}
		}
	}
	return -1
}

var fullNames = map[string]string{
	"jan": "january", "feb": "february", "mar": "march", "apr": "april", "may": "may",
	"jun": "june", "jul": "july", "aug": "august", "sep": "september", "oct": "october",
	"nov": "november", "dec": "december",
	"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday",
	"fri": "friday", "sat": "saturday", "sun": "sunday",
}
