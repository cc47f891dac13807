package linker

import (
	"context"
	"slices"
)

// A rebuild computes every document's list, and the threshold search
// over weight-sorted lists (gather) reads about half of a query's
// postings before its bound falls below the K-th best score: the lists
// of a story's topic words hold every other topic that uses them, so its
// cost per article grows with the archive. Over the span of one rebuild
// the postings can be ordered another way instead: by document, with the
// documents placed so that similar ones sit together, and cut into
// ranges that each carry, per term, the term's largest weight there. The
// search then reads whole ranges, best bound first, and stops at the
// first range that can not reach the K-th best score: the ranges of
// other topics share a few of the query's terms and fall below it.

// rangeSize is how many documents, consecutive in a ranges view's order,
// share one bound. A variable so that tests can try others.
var rangeSize = 128

// ranges is the view of the base postings a rebuild's final search
// reads (rangedTopK). While it is in use every posting list holds ranks
// (places in the order) instead of documents, sorted by rank; restore
// puts documents back.
type ranges struct {
	order []int32 // order[r]: the document at rank r
	off   []uint64
	// The entries off[t]:off[t+1] list the ranges term t occurs in,
	// ascending: the range, the term's largest weight in it, and where
	// its postings there start, counted from the start of its list.
	id  []uint32
	max []float32
	pos []uint32
	n   int // number of ranges
}

// newRanges turns the base postings into the ranges view, documents in
// the order closeOrder makes of nb.
func (ix *Index) newRanges(nb [][]entry) *ranges {
	n := len(ix.ids)
	r := &ranges{order: closeOrder(nb, n), n: (n + rangeSize - 1) / rangeSize}
	rank := make([]uint32, n)
	for k, d := range r.order {
		rank[d] = uint32(k)
	}
	// Each list by rank: a rank is unique in a list, so rank then weight
	// bits, one integer, sort as the rank alone.
	sortLists(ix, ix.cfg.Workers,
		func(d uint32, w float32) uint64 { return idFirst(rank[d], w) },
		slices.Sort[[]uint64], idFirstUnpack)
	nt := len(ix.pOff) - 1
	count := make([]uint32, nt)
	_ = parallel(context.Background(), ix.cfg.Workers, nt, func(_ int, lo, hi int) {
		for term := lo; term < hi; term++ {
			last := ^uint32(0)
			for _, k := range ix.pDoc[ix.pOff[term]:ix.pOff[term+1]] {
				if g := k / uint32(rangeSize); g != last {
					count[term]++
					last = g
				}
			}
		}
	})
	r.off = make([]uint64, nt+1)
	for t, c := range count {
		r.off[t+1] = r.off[t] + uint64(c)
	}
	r.id = make([]uint32, r.off[nt])
	r.max = make([]float32, r.off[nt])
	r.pos = make([]uint32, r.off[nt])
	_ = parallel(context.Background(), ix.cfg.Workers, nt, func(_ int, lo, hi int) {
		for term := lo; term < hi; term++ {
			a, b := ix.pOff[term], ix.pOff[term+1]
			e := r.off[term] - 1
			last := ^uint32(0)
			for j := a; j < b; j++ {
				g := ix.pDoc[j] / uint32(rangeSize)
				if g != last {
					e++
					r.id[e], r.max[e], r.pos[e] = g, 0, uint32(j-a)
					last = g
				}
				r.max[e] = max(r.max[e], ix.pW[j])
			}
		}
	})
	return r
}

// restore puts documents back in the postings in place of ranks and
// sorts every list by weight again, as the rest of the index reads them.
func (ix *Index) restore(r *ranges) {
	for j, k := range ix.pDoc {
		ix.pDoc[j] = uint32(r.order[k])
	}
	ix.sortPostings(ix.cfg.Workers, false)
}

// closeOrder returns an order of the n documents in which each follows
// closely the documents it is most similar to: the order in which Prim's
// algorithm would take them into a maximum spanning tree of the graph of
// nb's links (either way, weighted by score), starting from every
// document not yet placed in turn. Strong links are all followed before a
// weak one leads elsewhere, so a story and then its topic are placed
// together, whatever order the documents came in.
func closeOrder(nb [][]entry, n int) []int32 {
	order := make([]int32, 0, n)
	// Links both ways: a document no other links to is still reached
	// from the documents it links to.
	type link struct {
		s float64
		d int32
	}
	off := make([]int32, n+1)
	for d, l := range nb {
		off[d+1] += int32(len(l))
		for _, e := range l {
			off[e.d+1]++
		}
	}
	for d := range n {
		off[d+1] += off[d]
	}
	links := make([]link, off[n])
	next := slices.Clone(off[:n])
	for d, l := range nb {
		for _, e := range l {
			links[next[d]] = link{e.s, e.d}
			next[d]++
			links[next[e.d]] = link{e.s, int32(d)}
			next[e.d]++
		}
	}
	placed := make([]bool, n)
	var h []link // a max-heap of links out of the placed documents
	higher := func(a, b int) bool { return h[a].s > h[b].s || h[a].s == h[b].s && h[a].d < h[b].d }
	for start := range int32(n) {
		if placed[start] {
			continue
		}
		h = append(h[:0], link{d: start})
		for len(h) > 0 {
			d := h[0].d
			h[0] = h[len(h)-1]
			h = h[:len(h)-1]
			siftDown(h, 0, higher)
			if placed[d] {
				continue
			}
			placed[d] = true
			order = append(order, d)
			for _, l := range links[off[d]:off[d+1]] {
				if !placed[l.d] {
					h = append(h, l)
					siftUp(h, len(h)-1, higher)
				}
			}
		}
	}
	return order
}

// rangedTopK is topK for an index whose postings are in the ranges view
// r: x's K best candidates, best first, exactly.
//
// Every document of a range has a dot product with x of at most the
// range's bound, the sum over x's terms of x's weight times the term's
// largest weight in the range, and a score (dot product times date
// factor) of at most that. Ranges are read whole, highest bound first;
// once the K-th best score so far exceeds the next bound, no document
// left can enter.
func (ix *Index) rangedTopK(s *scratch, r *ranges, x int32, K int) []entry {
	t, w := ix.vec(x)
	s.load(t, w)
	defer s.unload(t)
	var entries, postings uint64
	for _, term := range t {
		entries += r.off[term+1] - r.off[term]
		postings += ix.pOff[term+1] - ix.pOff[term]
	}
	if entries*rangeYield > postings {
		// The query's terms are spread over the ranges (long documents,
		// many terms each): a range holds too few of its postings to be
		// worth a bound, and reading every posting costs less.
		return ix.wholeTopK(s, r, x, t, w, K)
	}
	s.rangeQuery(r, t, w)
	theta := ix.cfg.MinScore
	h := s.heap[:0]
	for {
		g, ok := s.nextRange(theta)
		if !ok {
			break
		}
		for k, term := range t {
			ix.readRange(s, r, term, g, float64(w[k]))
		}
		base := g * uint32(rangeSize)
		for i, seen := range s.lseen {
			if !seen {
				continue
			}
			c := s.lacc[i]
			s.lacc[i], s.lseen[i] = 0, false
			if len(h) == K && c < h[0].s-eps {
				continue
			}
			// Every posting of d is in this range: c is its cosine.
			e, ok := ix.scoreWhole(x, r.order[base+uint32(i)], c)
			if !ok {
				continue
			}
			h = ix.keepBest(h, K, e)
			if len(h) == K {
				theta = max(theta, h[0].s)
			}
		}
	}
	s.endRanges()
	s.heap = h[:0]
	out := slices.Clone(h)
	slices.SortFunc(out, ix.compare)
	return out
}

// rangeYield is how many of a query's postings a range must hold on
// average for rangedTopK to read by ranges rather than every posting. On
// 20 Newsgroups (long posts) reading by ranges took 1.5 s where reading
// every posting took 1.07; generated news reads by ranges with 8 as
// fast as with 16. A variable so that tests can force either.
var rangeYield uint64 = 8

// wholeTopK is rangedTopK reading every posting of x's terms t, w
// (loaded in s): each document's sum is then its whole dot product. As
// in the first pass, a sum of 0 marks a document not met yet.
func (ix *Index) wholeTopK(s *scratch, r *ranges, x int32, t []uint32, w []float32, K int) []entry {
	for k, term := range t {
		qw := float64(w[k])
		a, b := ix.pOff[term], ix.pOff[term+1]
		for j, rk := range ix.pDoc[a:b] {
			d := r.order[rk]
			if s.acc[d] == 0 {
				s.touched = append(s.touched, d)
			}
			s.acc[d] += qw * float64(ix.pW[a+uint64(j)])
		}
	}
	return ix.bestMet(s, x, K)
}

// rangeQuery leaves in s.rtouched the ranges of r that hold postings of
// the query t, w, as a max-heap by their bounds in s.bound.
func (s *scratch) rangeQuery(r *ranges, t []uint32, w []float32) {
	if len(s.bound) != r.n || len(s.lacc) != rangeSize {
		s.bound = make([]float64, r.n)
		s.rseen = make([]bool, r.n)
		s.lacc = make([]float64, rangeSize)
		s.lseen = make([]bool, rangeSize)
	}
	s.rtouched = s.rtouched[:0]
	for k, term := range t {
		qw := float64(w[k])
		for e := r.off[term]; e < r.off[term+1]; e++ {
			g := r.id[e]
			if !s.rseen[g] {
				s.rseen[g] = true
				s.rtouched = append(s.rtouched, int32(g))
			}
			s.bound[g] += qw * float64(r.max[e])
		}
	}
	// A heap, not a sort: most ranges are never taken out, and sorting
	// them all cost more than the rest of the search.
	for i := len(s.rtouched)/2 - 1; i >= 0; i-- {
		siftDown(s.rtouched, i, s.higherRange)
	}
}

func (s *scratch) higherRange(a, b int) bool {
	return s.bound[s.rtouched[a]] > s.bound[s.rtouched[b]]
}

// nextRange takes the range of highest bound out of the heap if its bound
// reaches floor (less eps, for rounding), and reports whether it did.
func (s *scratch) nextRange(floor float64) (uint32, bool) {
	q := s.rtouched
	if len(q) == 0 || s.bound[q[0]] < floor-eps {
		return 0, false
	}
	g := q[0]
	q[0] = q[len(q)-1]
	s.rtouched = q[:len(q)-1]
	siftDown(s.rtouched, 0, s.higherRange)
	s.bound[g], s.rseen[g] = 0, false
	return uint32(g), true
}

// endRanges clears what rangeQuery left in s.
func (s *scratch) endRanges() {
	for _, g := range s.rtouched {
		s.bound[g], s.rseen[g] = 0, false
	}
	s.rtouched = s.rtouched[:0]
}

// readRange adds qw times the weight of every posting of term in range g
// to s.lacc, by rank within the range, and marks them in s.lseen.
func (ix *Index) readRange(s *scratch, r *ranges, term, g uint32, qw float64) {
	a, b := r.off[term], r.off[term+1]
	e, ok := slices.BinarySearch(r.id[a:b], g)
	if !ok {
		return
	}
	e += int(a)
	p := ix.pOff[term]
	lo, hi := p+uint64(r.pos[e]), ix.pOff[term+1]
	if uint64(e+1) < b {
		hi = p + uint64(r.pos[e+1])
	}
	base := g * uint32(rangeSize)
	docs, ws := ix.pDoc[lo:hi], ix.pW[lo:hi]
	for j, k := range docs {
		i := k - base
		s.lseen[i] = true
		s.lacc[i] += qw * float64(ws[j])
	}
}
