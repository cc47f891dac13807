package linker

import (
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
	exps := make([]*expander, ix.cfg.Workers)
	err := parallel(ctx, ix.cfg.Workers, n, func(worker, lo, hi int) {
		if exps[worker] == nil {
			exps[worker] = ix.newExpander()
		}
		for i := lo; i < hi; i++ {
			vecs[i] = ix.expandOne(int32(i), nb[i], exps[worker])
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
// then computed exactly. When the query's lists hold more than budget
// postings (budget > 0; lists sorted by weight), only their most telling
// postings are read, about budget of them (cutLists), and the 8K best
// scored: the cost of a query then stops growing with the archive.
//
// Near-duplicates are exact: a document that shares none of x's heaviest
// terms has a cosine of at most the norm of x's other terms
// (Cauchy–Schwarz, as in the prefix filtering of AllPairs), so reading the
// postings of the heaviest terms until the rest has a norm below dupT
// finds them all; when the lists are cut, the distance bound of cutLists
// says which documents met may still be near-duplicates.
//
// postings returns the list of a term to search, by default (nil) the
// base inverted index of the original vectors.
func (ix *Index) firstPass(s *scratch, x int32, K int, dupT float64, budget int, postings func(t uint32) ([]uint32, []float32)) ([]entry, []int32) {
	if postings == nil {
		postings = ix.base
	}
	t, w := ix.ovec(x)
	q := slices.Grow(s.q[:0], len(t))[:len(t)]
	s.q = q
	var rest2 float64
	for k := range t {
		q[k] = tw{t[k], w[k]}
		rest2 += float64(w[k]) * float64(w[k])
	}
	// Heaviest first: the QueryTerms heaviest are selected and sorted,
	// the rest only if the near-duplicate bound reads on past them.
	sorted := min(len(q), max(ix.cfg.QueryTerms, 1))
	if sorted < len(q) {
		selectHeaviest(q, sorted)
	}
	sortHeaviestFirst(q[:sorted])
	lim := dupT * dupT * (1 - 1e-9)
	// The terms to read: the QueryTerms heaviest, and more while the
	// rest could still hold a near-duplicate.
	m, total := 0, 0
	for m < len(q) {
		needDup := dupT > 0 && rest2 >= lim
		if m >= ix.cfg.QueryTerms && !needDup || K == 0 && !needDup {
			break
		}
		if m == sorted {
			sortHeaviestFirst(q[sorted:])
			sorted = len(q)
		}
		rest2 -= float64(q[m].w) * float64(q[m].w)
		docs, _ := postings(q[m].t)
		total += len(docs)
		m++
	}
	// What the terms not read can add is at most their norm.
	need := math.Inf(1)
	if dupT > 0 {
		need = dupT - math.Sqrt(max(rest2, 0))*(1+1e-9) - eps
	}
	someDead := ix.live < len(ix.ids) // none while a rebuild runs
	// Each list is read in q's order, so that a document's sum adds the
	// same products in the same order whether lists are cut or not.
	cut := budget > 0 && total > budget
	var gap, maxDist float64
	if !cut {
		for _, p := range q[:m] {
			docs, ws := postings(p.t)
			// Every product is positive, so a sum of 0 marks a document
			// not met yet: s.seen, another cache miss each, is not needed.
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
	} else {
		if s.ad == nil {
			s.ad = writePages(make([]accDist, len(ix.ids)))
		}
		// Unit vectors with a cosine of at least dupT are at most this
		// far apart, squared.
		maxDist = math.Inf(-1)
		if dupT > 0 {
			maxDist = 2*(1-dupT)*(1+1e-6) + eps
		}
		var F float64
		gap, F = ix.cutLists(s, q[:m], budget, maxDist, postings)
		need -= F
		for k := range s.cur {
			c := &s.cur[k]
			g := s.gaps[k]
			ws := c.ws[:c.pos]
			for j, d := range c.docs[:c.pos] {
				ad := &s.ad[d]
				if ad.a == 0 {
					if int32(d) == x || someDead && ix.dead[d] {
						continue
					}
					s.touched = append(s.touched, int32(d))
				}
				ad.a += c.qw * float64(ws[j])
				// d's term is read: its exact share of the distance
				// replaces the least that gap counted for it.
				diff := c.qw - float64(ws[j])
				ad.dist += diff*diff - g
			}
		}
	}
	// One pass over the documents met, each cleared as it is read: on a
	// million documents every read of one is a likely cache miss.
	s.load(t, w)
	var dups []int32
	best := s.heap[:0]
	R := feedbackRerank * K
	if cut {
		// Partial sums of cut lists rank the candidates less well: score
		// twice as many in full (on Reuters and 20 Newsgroups, both
		// halves, the lists are then as good as reading every posting,
		// or better).
		R *= 2
	}
	for _, d := range s.touched {
		var a float64
		maybeDup := false
		if cut {
			ad := s.ad[d]
			s.ad[d] = accDist{}
			a = ad.a
			maybeDup = a >= need && gap+ad.dist <= maxDist
		} else {
			a = s.acc[d]
			s.acc[d] = 0
			maybeDup = a >= need
		}
		if maybeDup {
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
	out := best
	s.heap = best[:0]
	// The cosines sum the same products in the same (term) order as odot,
	// with x's vector looked up densely rather than merged.
	for k := range out {
		out[k].cos = s.dotOrig(ix, out[k].d)
		out[k].s = out[k].cos * ix.cfg.dateFactor(ix.pub[x], ix.pub[out[k].d])
	}
	s.unload(t)
	slices.SortFunc(out, ix.compare)
	// A copy of the K kept: expansion holds every document's until the
	// end, and the R scored would be four or eight times the memory (0.6
	// GB more at a million documents).
	return slices.Clone(out[:min(K, len(out))]), dups
}

// cutLists decides how much of each list of the terms q (x's, heaviest
// first, with their weights; lists sorted by weight, heaviest first)
// firstPass reads: always the next block of the list whose next posting
// adds most, as a threshold algorithm reads, until budget postings are
// taken. It leaves in s.cur a cursor for each term with a list, in q's
// order, pos its end, and returns gap (below) and F, what the postings
// left can add to any document's sum.
//
// It also bounds the distance from x of a document whose postings past
// an end are not read: on such a term its weight is at most the end's
// weight v, so its difference from x's weight qw is at least
// gap_t = max(qw - v, 0) (qw itself past a list's last posting), squared.
// gap is the sum of those over the terms; s.gaps holds each term's, so
// that a document met on a term can trade its gap_t for its exact share.
// The lists are read on until gap exceeds maxDist, so that a document
// not met is never a near-duplicate.
func (ix *Index) cutLists(s *scratch, q []tw, budget int, maxDist float64, postings func(t uint32) ([]uint32, []float32)) (gap, F float64) {
	s.cur, s.pq, s.gaps = s.cur[:0], s.pq[:0], s.gaps[:0]
	gapOf := func(c *cursor) float64 {
		g := c.qw
		if c.pos < len(c.ws) {
			g = max(c.qw-float64(c.ws[c.pos]), 0)
		}
		return g * g
	}
	for _, p := range q {
		docs, ws := postings(p.t)
		if len(docs) == 0 {
			continue
		}
		c := cursor{qw: float64(p.w), docs: docs, ws: ws}
		c.next = c.front()
		s.cur = append(s.cur, c)
		s.pq = append(s.pq, len(s.cur)-1)
		s.gaps = append(s.gaps, gapOf(&c))
	}
	// The heap compares the fronts kept in the cursors: reading them from
	// the lists would be a cache miss a comparison. Ties go to the
	// heavier term, so that the cut does not depend on the heap's shape.
	less := func(a, b int) bool {
		ca, cb := &s.cur[s.pq[a]], &s.cur[s.pq[b]]
		return ca.next > cb.next || ca.next == cb.next && s.pq[a] < s.pq[b]
	}
	for i := len(s.pq)/2 - 1; i >= 0; i-- {
		siftDown(s.pq, i, less)
	}
	sumGaps := func() float64 {
		var g float64
		for _, v := range s.gaps {
			g += v
		}
		return g
	}
	read := 0
	for len(s.pq) > 0 {
		if read >= budget {
			if gap = sumGaps(); gap > maxDist {
				break
			}
		}
		k := s.pq[0]
		c := &s.cur[k]
		end := min(c.pos+impactBlock, len(c.docs))
		read += end - c.pos
		c.pos = end
		c.next = c.front()
		s.gaps[k] = gapOf(c)
		if c.pos == len(c.docs) {
			n := len(s.pq) - 1
			s.pq[0] = s.pq[n]
			s.pq = s.pq[:n]
		}
		siftDown(s.pq, 0, less)
	}
	for _, k := range s.pq {
		F += s.cur[k].next
	}
	return sumGaps(), F * (1 + 1e-9)
}

// accDist is a document's sum and distance term in a cut first pass, side
// by side so that a posting costs one cache miss, not two.
type accDist struct{ a, dist float64 }

// impactBlock is how many postings cutLists takes from a list at a time.
var impactBlock = 64

// dotOrig returns the cosine of d's original vector with the vector
// loaded in s.qd.
func (s *scratch) dotOrig(ix *Index, d int32) float64 {
	dt, dw := ix.ovec(d)
	return s.dotLoaded(dt, dw)
}

// feedbackRerank is how many candidates per neighbour feedback scores
// in full before it keeps the best.
const feedbackRerank = 4

// expander is one worker's scratch for expandOne: acc is indexed by term
// and kept zeroed; terms and v are reused from one document to the next.
type expander struct {
	acc   []float64
	terms []uint32
	v     []tw
}

func (ix *Index) newExpander() *expander {
	return &expander{acc: writePages(make([]float64, len(ix.terms)))}
}

// expandOne returns x's original vector plus those of its neighbours nb,
// each weighted by ExpandWeight × cosine, as a finished vector.
func (ix *Index) expandOne(x int32, nb []entry, e *expander) []tw {
	acc, terms := e.acc, e.terms[:0]
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
	for _, n := range nb {
		add(n.d, ix.cfg.ExpandWeight*n.cos)
	}
	v := e.v[:0]
	for _, term := range terms {
		v = append(v, tw{term, float32(acc[term])})
		acc[term] = 0
	}
	e.terms, e.v = terms, v
	out := ix.finishVectorN(v, ix.cfg.ExpandTerms)
	if len(out) > 0 && &out[0] == &v[0] { // not copied, and v is reused
		out = slices.Clone(out)
	}
	return out
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
	sortByTerm(v)
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
