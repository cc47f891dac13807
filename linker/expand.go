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
	err := parallel(ctx, ix.cfg.Workers, n, func(_ int, lo, hi int) {
		for i := lo; i < hi; i++ {
			vecs[i] = ix.expandOne(int32(i), nb[i])
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

// expandOne returns x's original vector plus those of its neighbours nb,
// each weighted by ExpandWeight × cosine, as a finished vector.
func (ix *Index) expandOne(x int32, nb []entry) []tw {
	acc := map[uint32]float64{}
	t, w := ix.ovec(x)
	for k, term := range t {
		acc[term] += float64(w[k])
	}
	for _, e := range nb {
		f := ix.cfg.ExpandWeight * e.cos
		t, w := ix.ovec(e.d)
		for k, term := range t {
			acc[term] += f * float64(w[k])
		}
	}
	v := make([]tw, 0, len(acc))
	for term, a := range acc {
		v = append(v, tw{term, float32(a)})
	}
	return ix.finishVector(v)
}

// finishVector keeps the MaxTerms heaviest weights of v, scales it to unit
// length and sorts it by term ID.
func (ix *Index) finishVector(v []tw) []tw {
	if m := ix.cfg.MaxTerms; m > 0 && len(v) > m {
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
