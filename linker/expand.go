package linker

import (
	"cmp"
	"context"
	"math"
	"slices"
)

// expand replaces every vector by the normalised sum of itself and its
// best links nb[i], each weighted by ExpandWeight × score, truncated
// to MaxTerms (pseudo-relevance feedback on the document side), and
// rebuilds the inverted index, its lists in document order.
func (ix *Index) expand(ctx context.Context, nb [][]entry) error {
	n := len(ix.ids)
	vecs := make([][]tw, n)
	accs := make([][]float64, ix.cfg.Workers)
	err := parallel(ctx, ix.cfg.Workers, n, func(worker, lo, hi int) {
		if accs[worker] == nil {
			accs[worker] = writePages(make([]float64, len(ix.terms)))
		}
		for i := lo; i < hi; i++ {
			vecs[i] = ix.expandOne(int32(i), nb[i], accs[worker])
		}
	})
	if err != nil {
		return err
	}
	ix.off, ix.vt, ix.vw = nil, nil, nil    // the originals stay in ooff, ovt, ovw
	ix.pOff, ix.pDoc, ix.pW = nil, nil, nil // the collector may have them before the new ones are built
	ix.appendVectors(vecs)
	ix.fillPostings()
	return nil
}

// firstPass finds, on the original vectors, the K neighbours expansion
// adds to x and x's near-duplicates (documents with a cosine of at least
// dupT; none if dupT <= 0).
//
// Neighbours come from a More Like This query: the QueryTerms heaviest
// terms of x; the 4K best partial matches are scored in full and the best
// K kept. That is not an exact top K of full cosines, and need not be: it
// only chooses what goes into the expanded vectors, on which the lists are
// then computed exactly.
//
// Near-duplicates are exact: a document that shares none of x's heaviest
// terms has a cosine of at most the norm of x's other terms
// (Cauchy–Schwarz, as in the prefix filtering of AllPairs), so reading the
// postings of the heaviest terms until the rest has a norm below dupT
// finds them all.
//
// postings returns the list of a term to search, by default (nil) the
// base inverted index of the original vectors.
func (ix *Index) firstPass(s *scratch, x int32, K int, dupT float64, postings func(t uint32) ([]uint32, []float32)) ([]entry, []int32) {
	if postings == nil {
		postings = func(t uint32) ([]uint32, []float32) {
			a, b := ix.pOff[t], ix.pOff[t+1]
			return ix.pDoc[a:b], ix.pW[a:b]
		}
	}
	t, w := ix.ovec(x)
	q := make([]tw, len(t))
	var rest2 float64
	for k := range t {
		q[k] = tw{t[k], w[k]}
		rest2 += float64(w[k]) * float64(w[k])
	}
	slices.SortFunc(q, func(a, b tw) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(a.t, b.t)
	})
	lim := dupT * dupT * (1 - 1e-9)
	someDead := ix.live < len(ix.ids) // none while a rebuild runs
	for i, p := range q {
		needDup := dupT > 0 && rest2 >= lim
		if i >= ix.cfg.QueryTerms && !needDup || K == 0 && !needDup {
			break
		}
		rest2 -= float64(p.w) * float64(p.w)
		docs, ws := postings(p.t)
		// Every product is positive, so a sum of 0 marks a document not
		// met yet: s.seen, another cache miss each, is not needed.
		for j, d := range docs {
			if s.acc[d] == 0 {
				if int32(d) == x || someDead && ix.dead[d] {
					continue
				}
				s.touched = append(s.touched, int32(d))
			}
			s.acc[d] += float64(p.w) * float64(ws[j])
		}
	}
	// What the terms not read can add is at most their norm.
	need := math.Inf(1)
	if dupT > 0 {
		need = dupT - math.Sqrt(max(rest2, 0))*(1+1e-9) - eps
	}
	// One pass over the documents met, each cleared as it is read: on a
	// million documents every read of one is a likely cache miss.
	s.load(t, w)
	var dups []int32
	best := s.heap[:0]
	R := feedbackRerank * K
	for _, d := range s.touched {
		a := s.acc[d]
		s.acc[d] = 0
		if a >= need {
			if c := s.dotOrig(ix, d); c >= dupT {
				dups = append(dups, d)
			}
		}
		if K == 0 || len(best) == R && a < best[0].s {
			continue // the date factor is at most 1
		}
		e := entry{d: d, s: a * ix.cfg.dateFactor(ix.pub[x], ix.pub[d])}
		best = ix.keepBest(best, R, e)
	}
	s.touched = s.touched[:0]
	slices.Sort(dups)
	out := slices.Clone(best)
	s.heap = best[:0]
	// The cosines sum the same products in the same (term) order as odot,
	// with x's vector looked up densely rather than merged.
	for k := range out {
		out[k].cos = s.dotOrig(ix, out[k].d)
		out[k].s = out[k].cos * ix.cfg.dateFactor(ix.pub[x], ix.pub[out[k].d])
	}
	s.unload(t)
	slices.SortFunc(out, ix.compare)
	return out[:min(K, len(out))], dups
}

// dotOrig returns the cosine of d's original vector with the vector
// loaded in s.qd.
func (s *scratch) dotOrig(ix *Index, d int32) float64 {
	dt, dw := ix.ovec(d)
	return s.dotLoaded(dt, dw)
}

// feedbackRerank is how many candidates per neighbour feedback scores
// in full before it keeps the best.
const feedbackRerank = 4

// expandOne returns x's original vector plus those of its neighbours nb,
// each weighted by ExpandWeight × cosine, as a finished vector. acc is a
// zeroed scratch array indexed by term; it is left zeroed.
func (ix *Index) expandOne(x int32, nb []entry, acc []float64) []tw {
	var terms []uint32
	add := func(d int32, f float64) {
		t, w := ix.ovec(d)
		for k, term := range t {
			if acc[term] == 0 {
				terms = append(terms, term)
			}
			acc[term] += f * float64(w[k])
		}
	}
	add(x, 1)
	for _, e := range nb {
		add(e.d, ix.cfg.ExpandWeight*e.cos)
	}
	v := make([]tw, 0, len(terms))
	for _, term := range terms {
		v = append(v, tw{term, float32(acc[term])})
		acc[term] = 0
	}
	return ix.finishVectorN(v, ix.cfg.ExpandTerms)
}

// finishVector keeps the MaxTerms heaviest weights of v, scales it to unit
// length and sorts it by term ID.
func (ix *Index) finishVector(v []tw) []tw { return ix.finishVectorN(v, ix.cfg.MaxTerms) }

func (ix *Index) finishVectorN(v []tw, m int) []tw {
	if m > 0 && len(v) > m {
		selectHeaviest(v, m)
		v = v[:m]
	}
	var norm float64
	for _, x := range v {
		norm += float64(x.w) * float64(x.w)
	}
	norm = math.Sqrt(norm)
	for k := range v {
		v[k].w = float32(float64(v[k].w) / norm)
	}
	slices.SortFunc(v, func(a, b tw) int { return cmp.Compare(a.t, b.t) })
	if cap(v) > len(v)+len(v)/4 {
		v = slices.Clone(v) // do not keep the dropped terms' memory alive
	}
	return v
}

// heavier orders weighted terms heaviest first, ties by term.
func heavier(a, b tw) bool { return a.w > b.w || a.w == b.w && a.t < b.t }

// selectHeaviest moves the m heaviest terms of v (by heavier, a strict
// total order, so the choice is unique) to v[:m], in no particular order.
func selectHeaviest(v []tw, m int) {
	lo, hi := 0, len(v)
	for hi-lo > 1 {
		// Median of three as pivot, Lomuto partition: heavier ones first.
		mid := lo + (hi-lo)/2
		if heavier(v[mid], v[lo]) {
			v[mid], v[lo] = v[lo], v[mid]
		}
		if heavier(v[hi-1], v[lo]) {
			v[hi-1], v[lo] = v[lo], v[hi-1]
		}
		if heavier(v[mid], v[hi-1]) {
			v[mid], v[hi-1] = v[hi-1], v[mid]
		}
		pivot := v[hi-1]
		p := lo
		for i := lo; i < hi-1; i++ {
			if heavier(v[i], pivot) {
				v[i], v[p] = v[p], v[i]
				p++
			}
		}
		v[p], v[hi-1] = v[hi-1], v[p]
		switch {
		case p == m || p+1 == m:
			return
		case p > m:
			hi = p
		default:
			lo = p + 1
		}
	}
}
