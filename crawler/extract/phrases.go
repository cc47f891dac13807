package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// substrings is a set of strings to look for inside others, built once:
// a string contains one of them if a position of it starts one. The
// lists of class parts and phrases are tested against every element's
// class and every short block, and a strings.Contains per entry (a
// hundred of them) was a tenth of a whole extract run's CPU. A bit per
// pair of first bytes rules out most positions at once.
type substrings struct {
	pairs [1 << 16 / 64]uint64 // bit b0<<8|b1 set if an entry starts with b0 b1
	rank  [1 << 16 / 64]uint16 // set bits in the words of pairs before this one
	byKey [][]string           // the entries by their first two bytes, in the order of the set bits
	short []string             // entries shorter than two bytes
}

// newSubstrings returns the set of the entries.
func newSubstrings(entries ...string) *substrings {
	s := &substrings{}
	for _, e := range entries {
		if len(e) < 2 {
			s.short = append(s.short, e)
			continue
		}
		k := uint16(e[0])<<8 | uint16(e[1])
		s.pairs[k>>6] |= 1 << (k & 63)
	}
	n := 0
	for w, set := range s.pairs {
		s.rank[w] = uint16(n)
		n += bits.OnesCount64(set)
	}
	s.byKey = make([][]string, n)
	for _, e := range entries {
		if len(e) >= 2 {
			i := s.slot(uint16(e[0])<<8 | uint16(e[1]))
			s.byKey[i] = append(s.byKey[i], e)
		}
	}
	return s
}

// slot is the index in byKey of the entries starting with the pair k,
// whose bit is set: the set bits before it, counted without a hash (a
// map lookup per candidate position was a third of the set's cost).
func (s *substrings) slot(k uint16) int {
	w := k >> 6
	return int(s.rank[w]) + bits.OnesCount64(s.pairs[w]&(1<<(k&63)-1))
}

// in reports whether x contains one of the entries.
func (s *substrings) in(x string) bool {
	return s.any(x, func(int, string) bool { return true })
}

// atWordStart reports whether x contains one of the entries where a word
// starts (no letter before it: "drucken" is not in "beeindruckende"), or
// anywhere for an entry in a script written without spaces between
// words (Chinese, Japanese, Thai).
func (s *substrings) atWordStart(x string) bool {
	return s.any(x, func(i int, e string) bool {
		if r, _ := utf8.DecodeRuneInString(e); unspaced(r) {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(x[:i])
		return !unicode.IsLetter(r)
	})
}

// any reports whether accept holds for one of the entries at a position
// i of x where it occurs. Positions are tried in order; accept is called
// only where an entry matches, which the bits of first byte pairs make
// rare.
func (s *substrings) any(x string, accept func(i int, e string) bool) bool {
	for _, e := range s.short {
		for i := 0; i <= len(x); {
			j := strings.Index(x[i:], e)
			if j < 0 {
				break
			}
			if accept(i+j, e) {
				return true
			}
			i += j + 1
		}
	}
	for i := 0; i+1 < len(x); i++ {
		k := uint16(x[i])<<8 | uint16(x[i+1])
		if s.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, e := range s.byKey[s.slot(k)] {
			if strings.HasPrefix(x[i:], e) && accept(i, e) {
				return true
			}
		}
	}
	return false
}
