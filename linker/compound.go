package linker

import (
	"context"
	"maps"
	"math"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// German writes a new notion as one word made of others:
// "Bundesregierung", "Arbeitslosenquote", "Skiweltcupfinale". Two stories
// on one topic share its parts more often than its compounds (one writes
// "Regierung", the other "Landesregierung"), so the terms of a German
// document also count the parts of its compounds (as German retrieval
// systems decompound, Braschler and Ripplinger 2004).
//
// The parts are found in the archive itself, as Koehn and Knight (2003)
// split with a corpus: a term splits into terms of the vocabulary (each a
// word that documents use alone), joined by nothing or a linking morpheme
// ("Arbeit-s-markt", "Sonne-n-energie"), when the geometric mean of the
// parts' document frequencies exceeds the whole's. A rare compound of
// common words splits; a common word that only looks like two ("Wirtschaft"
// is no "Wirt" and "schaft" used alone) does not. No word list is needed,
// and a new field's compounds split once its words are in the archive.

// compoundLinks holds, for the language families whose documents'
// compounds are split, the linking morphemes that may join two parts.
var compoundLinks = map[string][]string{
	"de": {"", "s", "es", "n", "en", "e", "er", "ens"},
}

// compounding lists the keys of compoundLinks, sorted.
var compounding = slices.Sorted(maps.Keys(compoundLinks))

const (
	// compoundMin is the fewest runes of a term worth splitting.
	compoundMin = 8
	// partMin is the fewest runes of a part. Three let in the stems of
	// prefixes and particles ("ver", "unt", "geh" + "alt" for "Gehalt")
	// far more often than "Eis" or "Bus".
	partMin = 4
	// maxParts bounds the parts of one split.
	maxParts = 4
	// partShare is the share of a compound's frequency each part gets.
	partShare = 1.0
)

// splitTerm returns the parts of the term w of a document of language
// family kind, or nil. lookup returns a term's ID and document frequency,
// and whether it is in the vocabulary at all; parts must be words
// documents use alone (df ≥ 2), of partMin runes or more, and no stop
// words or their stems.
func splitTerm(w, kind string, lookup func(string) (uint32, uint32, bool)) []uint32 {
	links := compoundLinks[kind]
	if links == nil || utf8.RuneCountInString(w) < compoundMin {
		return nil
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return nil // names, numbers, hyphenated compounds
		}
	}
	stop := stopStems(kind)
	whole := 1.0
	if _, df, ok := lookup(w); ok {
		whole = float64(max(df, 1))
	}
	var (
		best     []uint32
		bestMean = whole
		ids      [maxParts]uint32
		dfs      [maxParts]float64
	)
	// try extends a split whose first k parts end at byte i.
	var try func(i, k int)
	try = func(i, k int) {
		if k == maxParts {
			return
		}
		runes := 0
		for j := i; j < len(w); {
			_, n := utf8.DecodeRuneInString(w[j:])
			j += n
			runes++
			if runes < partMin || j == len(w) && k == 0 {
				continue
			}
			part := w[i:j]
			if stop[part] {
				continue
			}
			id, df, ok := lookup(part)
			if !ok || df < 2 {
				continue
			}
			ids[k], dfs[k] = id, float64(df)
			if j == len(w) {
				// The geometric mean of the parts' frequencies, as a
				// product against the whole's power.
				p := 1.0
				for _, d := range dfs[:k+1] {
					p *= d
				}
				if mean := math.Pow(p, 1/float64(k+1)); mean > bestMean {
					bestMean = mean
					best = append(best[:0], ids[:k+1]...)
				}
				continue
			}
			for _, l := range links {
				if len(w)-j > len(l) && w[j:j+len(l)] == l {
					try(j+len(l), k+1)
				}
			}
		}
	}
	try(0, 0)
	return best
}

// stopStems returns, for a compounding language family, its stop words
// and their stems: "hinter" is a stop word, and its stem "hint" no part.
func stopStems(kind string) map[string]bool {
	stopStemsOnce.Do(func() {
		stopStemsOf = map[string]map[string]bool{}
		var a analyzer
		for k := range compoundLinks {
			m := map[string]bool{}
			for w := range stopWords(k) {
				m[w] = true
				m[a.stem(w, k)] = true
			}
			stopStemsOf[k] = m
		}
	})
	return stopStemsOf[kind]
}

var (
	stopStemsOnce sync.Once
	stopStemsOf   map[string]map[string]bool
)

// lookupTerm returns the ID and document frequency of the term s.
func (ix *Index) lookupTerm(s string) (uint32, uint32, bool) {
	id, ok := ix.termID.get(ix.terms, s)
	if !ok {
		return 0, 0, false
	}
	return id, ix.df[id], true
}

// splitOf returns the parts of term t in a document of kind, against the
// vocabulary as it is now: Add splits a new document's compounds as Build
// would have with the archive it has seen so far.
func (ix *Index) splitOf(t uint32, kind string) []uint32 {
	return splitTerm(ix.terms[t], kind, ix.lookupTerm)
}

// decompound adds to the raw frequencies of every document of a
// compounding language the parts of its compound terms, and counts them
// in df. raw holds term IDs of ix.terms, whose df counts raw.
func (ix *Index) decompound(ctx context.Context, raw [][]rawTerm, kinds []string) error {
	// The terms to split, each in the first compounding language that
	// uses it (kindOf holds its place in compounding, plus one).
	kindOf := make([]uint8, len(ix.terms))
	var cands []uint32
	for i, r := range raw {
		k := uint8(slices.Index(compounding, kinds[i]) + 1)
		if k == 0 {
			continue
		}
		for _, t := range r {
			// Bytes first: no rune is counted for most terms.
			if kindOf[t.t] == 0 && len(ix.terms[t.t]) >= compoundMin && utf8.RuneCountInString(ix.terms[t.t]) >= compoundMin {
				kindOf[t.t] = k
				cands = append(cands, t.t)
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	parts := make([][]uint32, len(cands))
	err := parallel(ctx, ix.cfg.Workers, len(cands), func(_ int, lo, hi int) {
		for k := lo; k < hi; k++ {
			parts[k] = ix.splitOf(cands[k], compounding[kindOf[cands[k]]-1])
		}
	})
	if err != nil {
		return err
	}
	split := map[uint32][]uint32{}
	for k, p := range parts {
		if p != nil {
			split[cands[k]] = p
		}
	}
	if len(split) == 0 {
		return nil
	}
	// The parts go into the documents on every worker; their df after,
	// from what each document gained.
	w := ix.cfg.Workers
	places := make([][]int32, w)
	grew := make([]int, len(raw)) // terms a document had before
	err = parallel(ctx, w, len(raw), func(worker, lo, hi int) {
		if places[worker] == nil {
			places[worker] = make([]int32, len(ix.terms))
		}
		for i := lo; i < hi; i++ {
			grew[i] = len(raw[i])
			if compoundLinks[kinds[i]] != nil {
				raw[i] = addParts(raw[i], places[worker], func(t uint32) []uint32 { return split[t] })
			}
		}
	})
	if err != nil {
		return err
	}
	for i := range raw {
		for _, r := range raw[i][grew[i]:] {
			ix.df[r.t]++
		}
	}
	return nil
}

// addParts returns raw with the parts of its compounds added, each at
// partShare of the compound's frequency; terms a document lacked are
// appended after the ones it had. place is scratch indexed by term ID,
// all zeros (nil: one is made), and left so.
func addParts(raw []rawTerm, place []int32, parts func(uint32) []uint32) []rawTerm {
	n := len(raw)
	var local map[uint32]int32
	at := func(t uint32) int32 {
		if place != nil {
			return place[t]
		}
		return local[t]
	}
	set := func(t uint32, v int32) {
		if place != nil {
			place[t] = v
		} else {
			local[t] = v
		}
	}
	if place == nil {
		local = make(map[uint32]int32, n)
	}
	// Places are kept plus one, so that the scratch's zeros mean none.
	for k, r := range raw {
		set(r.t, int32(k)+1)
	}
	for k := range n {
		r := raw[k]
		for _, p := range parts(r.t) {
			if j := at(p); j > 0 {
				raw[j-1].tf += partShare * r.tf
				continue
			}
			raw = append(raw, rawTerm{p, partShare * r.tf})
			set(p, int32(len(raw)))
		}
	}
	if place != nil {
		for _, r := range raw {
			place[r.t] = 0
		}
	}
	return raw
}
