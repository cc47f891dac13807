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
// rebuilds the inverted index.
func (ix *Index) expand(ctx context.Context, nb [][]entry) error {
	n := len(ix.ids)
	vecs := make([][]tw, n)
	accs := make([][]float64, ix.cfg.Workers)
	err := parallel(ctx, ix.cfg.Workers, n, func(worker, lo, hi int) {
		if accs[worker] == nil {
			accs[worker] = make([]float64, len(ix.terms))
		}
		for i := lo; i < hi; i++ {
			vecs[i] = ix.expandOne(int32(i), nb[i], accs[worker])
		}
	})
	if err != nil {
		return err
	}
	ix.off, ix.vt, ix.vw = nil, nil, nil // the originals stay in ooff, ovt, ovw
	ix.appendVectors(vecs)
	ix.buildPostings()
	return nil
}

// feedback returns the K documents that best match the QueryTerms
// heaviest terms of x's original vector (a More Like This query), best
// first, with their full cosines: the neighbours expansion adds. It is
// not an exact top K of full cosines (the 4K best partial matches are
// scored in full and the best K kept), and need not be: it only chooses
// what goes into the expanded vectors, which the lists are then exactly
// computed on.
func (ix *Index) feedback(s *scratch, x int32, K int) []entry {
	t, w := ix.ovec(x)
	q := make([]tw, len(t))
	for k := range t {
		q[k] = tw{t[k], w[k]}
	}
	if n := ix.cfg.QueryTerms; len(q) > n {
		slices.SortFunc(q, func(a, b tw) int {
			if c := cmp.Compare(b.w, a.w); c != 0 {
				return c
			}
			return cmp.Compare(a.t, b.t)
		})
		q = q[:n]
	}
	for _, p := range q {
		a, b := ix.pOff[p.t], ix.pOff[p.t+1]
		docs, ws := ix.pDoc[a:b], ix.pW[a:b]
		for j, d := range docs {
			if int32(d) == x || ix.dead[d] {
				continue
			}
			if s.seen[d] == 0 {
				s.seen[d] = 1
				s.touched = append(s.touched, int32(d))
			}
			s.acc[d] += float64(p.w) * float64(ws[j])
		}
	}
	best := s.heap[:0]
	R := feedbackRerank * K
	for _, d := range s.touched {
		a := s.acc[d]
		if len(best) == R && a < best[0].s {
			continue // the date factor is at most 1
		}
		e := entry{d: d, s: a * ix.cfg.dateFactor(ix.pub[x], ix.pub[d])}
		if len(best) < R {
			best = append(best, e)
			ix.up(best, len(best)-1)
		} else if ix.better(e, best[0]) {
			best[0] = e
			ix.down(best, 0)
		}
	}
	s.reset()
	out := slices.Clone(best)
	s.heap = best[:0]
	for k := range out {
		out[k].cos = ix.odot(x, out[k].d)
		out[k].s = out[k].cos * ix.cfg.dateFactor(ix.pub[x], ix.pub[out[k].d])
	}
	slices.SortFunc(out, ix.compare)
	return out[:min(K, len(out))]
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
		slices.SortFunc(v, func(a, b tw) int {
			if c := cmp.Compare(b.w, a.w); c != 0 {
				return c
			}
			return cmp.Compare(a.t, b.t)
		})
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
	return v
}
