package linker

import (
	"cmp"
	"context"
	"math"
	"slices"
)

// eps absorbs rounding when a bound is compared with a score, so that
// pruning never drops a document whose score ties the threshold.
const eps = 1e-9

// scratch is one worker's reusable state for queries.
type scratch struct {
	acc     []float64 // partial dot products, by document
	seen    []uint8   // 0 untouched, 1 accumulated, 2 scored exactly
	touched []int32
	qd      []float32 // the query vector, dense by term ID
	order   []int
	bound   []float64
	heap    []entry
	cands   []int32
	rest    []float64 // rest[k]: postings left from plan position k
	sel     []entry
}

func (ix *Index) newScratch() *scratch {
	return &scratch{
		acc:  make([]float64, len(ix.ids)),
		seen: make([]uint8, len(ix.ids)),
		qd:   make([]float32, len(ix.terms)),
	}
}

// better reports whether a ranks before b: score descending, then date
// descending, then ID ascending.
func (ix *Index) better(a, b entry) bool {
	if a.s != b.s {
		return a.s > b.s
	}
	if pa, pb := ix.pub[a.d], ix.pub[b.d]; pa != pb {
		return pa > pb
	}
	return ix.ids[a.d] < ix.ids[b.d]
}

func (ix *Index) compare(a, b entry) int {
	if ix.better(a, b) {
		return -1
	}
	if ix.better(b, a) {
		return 1
	}
	return 0
}

// score returns the entry of d as a candidate for x's list, using the
// query loaded in s.qd, and false if d may not be linked from x: itself,
// removed, out of the date window, a near-duplicate of x, or scoring no
// more than zero or below MinScore.
func (ix *Index) score(s *scratch, x, d int32) (entry, bool) {
	if d == x || ix.dead[d] {
		return entry{}, false
	}
	t, w := ix.vec(d)
	var c float64
	for k, term := range t {
		if q := s.qd[term]; q != 0 {
			c += float64(q) * float64(w[k])
		}
	}
	return ix.finish(x, d, c)
}

// finish turns the cosine c of x and d into an entry.
func (ix *Index) finish(x, d int32, c float64) (entry, bool) {
	c = min(c, 1)
	if c <= 0 {
		return entry{}, false
	}
	f := ix.cfg.dateFactor(ix.pub[x], ix.pub[d])
	sc := c * f
	if sc <= 0 || sc < ix.cfg.MinScore {
		return entry{}, false
	}
	return entry{d: d, s: sc, cos: c}, true
}

// dot returns the cosine of documents a and b by merging their vectors,
// summing in term order (so dot(a, b) == dot(b, a) exactly).
func (ix *Index) dot(a, b int32) float64 {
	ta, wa := ix.vec(a)
	tb, wb := ix.vec(b)
	return merge(ta, wa, tb, wb)
}

// odot is dot on the original vectors.
func (ix *Index) odot(a, b int32) float64 {
	ta, wa := ix.ovec(a)
	tb, wb := ix.ovec(b)
	return merge(ta, wa, tb, wb)
}

func merge(ta []uint32, wa []float32, tb []uint32, wb []float32) float64 {
	var c float64
	i, j := 0, 0
	for i < len(ta) && j < len(tb) {
		switch {
		case ta[i] < tb[j]:
			i++
		case ta[i] > tb[j]:
			j++
		default:
			c += float64(wa[i]) * float64(wb[j])
			i++
			j++
		}
	}
	return c
}

func (s *scratch) load(t []uint32, w []float32) {
	for k, term := range t {
		s.qd[term] = w[k]
	}
}

func (s *scratch) unload(t []uint32) {
	for _, term := range t {
		s.qd[term] = 0
	}
}

// postings calls f for every posting of term.
func (ix *Index) postings(term uint32, f func(d uint32, w float32)) {
	if int(term)+1 < len(ix.pOff) {
		a, b := ix.pOff[term], ix.pOff[term+1]
		docs, ws := ix.pDoc[a:b], ix.pW[a:b]
		for k, d := range docs {
			f(d, ws[k])
		}
	}
	for _, p := range ix.delta[term] {
		f(p.d, p.w)
	}
}

func (ix *Index) postingsLen(term uint32) int {
	n := len(ix.delta[term])
	if int(term)+1 < len(ix.pOff) {
		n += int(ix.pOff[term+1] - ix.pOff[term])
	}
	return n
}

// plan orders the terms of x by their largest possible contribution,
// w·maxw, and fills s.bound[k] with an upper bound of what the terms from
// position k on can add to any cosine: the smaller of the MaxScore sum
// Σ w·maxw and the L2 bound ‖x[k:]‖ (a unit vector's rest has norm ≤ 1).
func (ix *Index) plan(s *scratch, t []uint32, w []float32) {
	m := len(t)
	s.order = s.order[:0]
	for k := range m {
		s.order = append(s.order, k)
	}
	slices.SortFunc(s.order, func(a, b int) int {
		ca := float64(w[a]) * float64(ix.maxw[t[a]])
		cb := float64(w[b]) * float64(ix.maxw[t[b]])
		if c := cmp.Compare(cb, ca); c != 0 {
			return c
		}
		return cmp.Compare(t[a], t[b])
	})
	s.bound = slices.Grow(s.bound[:0], m+1)[:m+1]
	s.rest = slices.Grow(s.rest[:0], m+1)[:m+1]
	var ms, n2, rest float64
	s.bound[m] = 0
	s.rest[m] = 0
	for k := m - 1; k >= 0; k-- {
		o := s.order[k]
		rest += float64(ix.postingsLen(t[o]))
		s.rest[k] = rest
		ms += float64(w[o]) * float64(ix.maxw[t[o]])
		n2 += float64(w[o]) * float64(w[o])
		s.bound[k] = min(ms, math.Sqrt(n2)) * (1 + 1e-6)
	}
}

// topK returns x's K best candidates, best first, exactly: a document
// left out can not rank above the K-th. Terms are taken in plan order;
// once the bound of the remaining terms falls below the K-th score found
// so far, no new document is accumulated, and accumulated ones are scored
// exactly only if their partial sum plus that bound can still reach it.
func (ix *Index) topK(s *scratch, x int32, K int) []entry {
	t, w := ix.vec(x)
	s.load(t, w)
	defer s.unload(t)
	ix.plan(s, t, w)
	s.heap = s.heap[:0]
	minScore := ix.cfg.MinScore
	theta := func() float64 {
		if len(s.heap) < K {
			return minScore
		}
		return s.heap[0].s
	}
	push := func(d int32) {
		e, ok := ix.score(s, x, d)
		if !ok {
			return
		}
		if len(s.heap) < K {
			s.heap = append(s.heap, e)
			ix.up(s.heap, len(s.heap)-1)
		} else if ix.better(e, s.heap[0]) {
			s.heap[0] = e
			ix.down(s.heap, 0)
		}
	}
	k := 0
	nextEst := 1
	for ; k < len(t); k++ {
		if s.bound[k] < theta()-eps {
			break
		}
		o := s.order[k]
		qw := float64(w[o])
		ix.postings(t[o], func(d uint32, pw float32) {
			if int32(d) == x {
				return
			}
			if s.seen[d] == 0 {
				s.seen[d] = 1
				s.touched = append(s.touched, int32(d))
			}
			s.acc[d] += qw * float64(pw)
		})
		if k+1 == nextEst {
			nextEst *= 2
			ix.estimate(s, K, push)
		}
	}
	// No document outside s.touched can reach theta any more. Narrow the
	// candidates with the bound of the remaining terms, and either finish
	// their sums from the remaining postings, or, once that costs more
	// than scoring them one by one, score them exactly.
	cands := s.cands[:0]
	for _, d := range s.touched {
		if s.seen[d] == 1 {
			cands = append(cands, d)
		}
	}
	for ; k < len(t) && len(cands) > 0; k++ {
		th := theta() - eps
		keep := cands[:0]
		for _, d := range cands {
			if s.acc[d]+s.bound[k] >= th {
				keep = append(keep, d)
			} else {
				s.seen[d] = 3
			}
		}
		cands = keep
		if float64(len(cands))*float64(len(t)) < s.rest[k] {
			break
		}
		o := s.order[k]
		qw := float64(w[o])
		ix.postings(t[o], func(d uint32, pw float32) {
			if s.seen[d] == 1 {
				s.acc[d] += qw * float64(pw)
			}
		})
	}
	th := theta() - eps
	for _, d := range cands {
		if s.seen[d] == 1 && s.acc[d]+s.bound[k] >= th {
			s.seen[d] = 2
			push(d)
			th = theta() - eps
		}
	}
	s.cands = cands[:0]
	for _, d := range s.touched {
		s.acc[d] = 0
		s.seen[d] = 0
	}
	s.touched = s.touched[:0]
	out := slices.Clone(s.heap)
	slices.SortFunc(out, ix.compare)
	return out
}

// estimate scores exactly the K touched documents with the largest
// partial sums, to raise the threshold early.
func (ix *Index) estimate(s *scratch, K int, push func(int32)) {
	sel := s.sel[:0]
	for _, d := range s.touched {
		if s.seen[d] != 1 {
			continue
		}
		e := entry{d: d, s: s.acc[d]}
		if len(sel) < K {
			sel = append(sel, e)
			ix.up(sel, len(sel)-1)
		} else if e.s > sel[0].s {
			sel[0] = e
			ix.down(sel, 0)
		}
	}
	for _, e := range sel {
		s.seen[e.d] = 2
		push(e.d)
	}
	s.sel = sel[:0]
}

// up and down keep h a min-heap in rank order: h[0] is the worst.
func (ix *Index) up(h []entry, i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !ix.better(h[p], h[i]) {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func (ix *Index) down(h []entry, i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && ix.better(h[l], h[r]) {
			m = r
		}
		if !ix.better(h[i], h[m]) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// list computes x's related list: the exact top K, near-duplicates of x
// and of better ranked entries dropped, K doubled until N remain or none
// are left.
func (ix *Index) list(s *scratch, x int32) []entry {
	n := ix.cfg.N
	K := n + n/2 + 2
	for {
		cands := ix.topK(s, x, K)
		kept := ix.dedup(x, cands, n)
		if len(kept) == n || len(cands) < K {
			return kept
		}
		K *= 2
	}
}

// dedup keeps, in order, the entries that are neither near-duplicates of x
// nor of an entry kept before them, up to n. Near-duplicates are judged on
// the original vectors. Two unit vectors at angles α and β from x are at
// least |α−β| apart, which skips most pairs without a dot product.
func (ix *Index) dedup(x int32, cands []entry, n int) []entry {
	kept := make([]entry, 0, n)
	dup := ix.cfg.DuplicateScore
	if dup <= 0 {
		if len(cands) > n {
			cands = cands[:n]
		}
		return append(kept, cands...)
	}
	maxAngle := math.Acos(min(dup, 1)) + 1e-6
	var angles []float64
	for _, c := range cands {
		if len(kept) == n {
			break
		}
		oc := ix.odot(x, c.d)
		if oc >= dup {
			continue
		}
		a := math.Acos(min(max(oc, 0), 1))
		isDup := false
		for j, k := range kept {
			if math.Abs(a-angles[j]) > maxAngle {
				continue
			}
			if ix.odot(c.d, k.d) >= dup {
				isDup = true
				break
			}
		}
		if !isDup {
			kept = append(kept, c)
			angles = append(angles, a)
		}
	}
	return kept
}

// computeLists recomputes the lists of the given documents in parallel.
func (ix *Index) computeLists(ctx context.Context, xs []int32) error {
	w := ix.cfg.Workers
	scr := make([]*scratch, w)
	return parallel(ctx, w, len(xs), func(worker, lo, hi int) {
		if scr[worker] == nil {
			scr[worker] = ix.newScratch()
		}
		for _, x := range xs[lo:hi] {
			if ix.dead[x] {
				ix.lists[x] = nil
				continue
			}
			ix.lists[x] = ix.list(scr[worker], x)
		}
	})
}

// bruteList computes x's list by scoring every document, for tests.
func (ix *Index) bruteList(x int32) []entry {
	var all []entry
	for d := range int32(len(ix.ids)) {
		if d == x || ix.dead[d] {
			continue
		}
		if e, ok := ix.finish(x, d, ix.dot(x, d)); ok {
			all = append(all, e)
		}
	}
	slices.SortFunc(all, ix.compare)
	return ix.dedup(x, all, ix.cfg.N)
}
