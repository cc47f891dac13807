package linker

import (
	"context"
	"slices"
	"unsafe"
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
	qbits   []uint64  // the query's terms, a bit each: small enough to stay in cache, read before qd
	cur     []cursor
	pq      []int     // max-heap of cursors by front
	gaps    []float64 // cutLists: each cursor's least squared difference past its end
	ad      []accDist // a cut first pass: sums and distances, by document
	heap    []entry
	q       []tw // firstPass: the query's terms, heaviest first
	cands   []int32
	sel     []float64
	// For rangedTopK: bounds by range, the ranges met, and one range's
	// sums by rank.
	bound    []float64
	rseen    []bool
	rtouched []int32
	lacc     []float64
	lseen    []bool
}

// newScratch returns a scratch for queries on ix as it stands.
func (ix *Index) newScratch() *scratch {
	return &scratch{
		acc:   writePages(make([]float64, len(ix.ids))),
		seen:  writePages(make([]uint8, len(ix.ids))),
		qd:    writePages(make([]float32, len(ix.terms))),
		qbits: make([]uint64, (len(ix.terms)+63)/64),
	}
}

// writePages writes a zero into every page of s and returns s, for new
// arrays whose places are read before they are written: a page first read
// is the kernel's shared zero page, which the first write must then copy,
// flushing every core's TLB. On a million documents those faults cost
// 0.1-0.15 s of an Add of 1,000 in the scratches alone, and as much again
// in the tables and arrays of the same kind.
func writePages[T any](s []T) []T {
	var zero T
	step := max(1, 4096/int(unsafe.Sizeof(zero)))
	for i := 0; i < len(s); i += step {
		s[i] = zero
	}
	return s
}

// scratches returns w slots for the scratches of a parallel phase, filled
// with those an earlier phase of the same change left (release) if they
// fit the index as it stands; workers fill the rest with newScratch.
// Reusing them spares faulting their pages in again.
func (ix *Index) scratches(w int) []*scratch {
	scr := make([]*scratch, w)
	for k, s := range ix.spare[:min(w, len(ix.spare))] {
		if len(s.acc) == len(ix.ids) && len(s.qd) == len(ix.terms) {
			scr[k] = s
		}
	}
	ix.spare = nil
	return scr
}

// release keeps the scratches of a phase for the next one of the same
// change; dropScratches lets them go when the change is over.
func (ix *Index) release(scr []*scratch) {
	ix.spare = slices.DeleteFunc(scr, func(s *scratch) bool { return s == nil })
}

func (ix *Index) dropScratches() { ix.spare = nil }

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
	return ix.finish(x, d, s.dotLoaded(t, w))
}

// scoreWhole is score for a document whose every posting among the
// query's terms was read into the sum c: then c is the cosine itself, the
// same exact products (float32 × float32 fits a float64) added in the
// same order, ascending terms, as dot and dotLoaded add them, so equal to
// the last bit, and scoring d again would only repeat it.
func (ix *Index) scoreWhole(x, d int32, c float64) (entry, bool) {
	if d == x || ix.dead[d] {
		return entry{}, false
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
		s.qbits[term>>6] |= 1 << (term & 63)
	}
}

func (s *scratch) unload(t []uint32) {
	for _, term := range t {
		s.qd[term] = 0
		s.qbits[term>>6] = 0
	}
}

// dotLoaded returns the dot product of the vector t, w with the query
// loaded in s, summed in t's (term) order, as merge sums. Most terms of a
// vector are not the query's: the bit array, a few kilobytes, says so
// without reading qd, which is as large as the vocabulary.
func (s *scratch) dotLoaded(t []uint32, w []float32) float64 {
	w = w[:len(t)]
	var c float64
	for k, term := range t {
		if s.qbits[term>>6]&(1<<(term&63)) != 0 {
			c += float64(s.qd[term]) * float64(w[k])
		}
	}
	return c
}

// lowerBound returns the K-th largest partial sum times date factor among
// the documents ds still in play (0 if there are fewer than K): at least K
// documents score at least that much.
func (ix *Index) lowerBound(s *scratch, x int32, ds []int32, K int) float64 {
	if len(ds) < K {
		return 0
	}
	h := s.sel[:0]
	for _, d := range ds {
		if s.seen[d] != 1 {
			continue
		}
		a := s.acc[d]
		if len(h) == K && a <= h[0] {
			continue
		}
		h = keepLargest(h, K, a*ix.cfg.dateFactor(ix.pub[x], ix.pub[d]))
	}
	s.sel = h[:0]
	if len(h) < K {
		return 0
	}
	return h[0] * (1 - 1e-9)
}

// keepLargest adds v to h, a min-heap of the K largest values offered,
// if it is one of them.
func keepLargest(h []float64, K int, v float64) []float64 {
	if len(h) < K {
		h = append(h, v)
		upF(h, len(h)-1)
	} else if v > h[0] {
		h[0] = v
		downF(h, 0)
	}
	return h
}

// upF and downF keep h a min-heap of floats.
func upF(h []float64, i int) {
	for i > 0 {
		p := (i - 1) / 2
		if h[p] <= h[i] {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func downF(h []float64, i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && h[r] < h[l] {
			m = r
		}
		if h[i] <= h[m] {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// keepBest adds e to h, a heap (up and down) of the K best entries
// offered, if it is one of them.
func (ix *Index) keepBest(h []entry, K int, e entry) []entry {
	if len(h) < K {
		h = append(h, e)
		ix.up(h, len(h)-1)
	} else if ix.better(e, h[0]) {
		h[0] = e
		ix.down(h, 0)
	}
	return h
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
	return ix.listFrom(s, x, ix.topK(s, x, firstK(ix.cfg.N)))
}

// firstK is how many candidates a list of n starts from: a few more than
// n, for the near-duplicates that drop out.
func firstK(n int) int { return n + n/2 + 2 }

// listFrom is list given x's firstK best candidates, best first.
func (ix *Index) listFrom(s *scratch, x int32, cands []entry) []entry {
	n := ix.cfg.N
	K := firstK(n)
	for {
		kept := ix.dedup(x, cands, n)
		if len(kept) == n || len(cands) < K {
			return kept
		}
		K *= 2
		cands = ix.topK(s, x, K)
	}
}

// dedup keeps, in order, the entries that are neither near-duplicates of x
// nor of an entry kept before them, up to n.
func (ix *Index) dedup(x int32, cands []entry, n int) []entry {
	kept := make([]entry, 0, n)
	for _, c := range cands {
		if len(kept) == n {
			break
		}
		if ix.isDup(x, c.d) {
			continue
		}
		dup := false
		for _, k := range kept {
			if ix.isDup(c.d, k.d) {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, c)
		}
	}
	return kept
}

// isDup reports whether a and b are near-duplicates.
func (ix *Index) isDup(a, b int32) bool {
	if len(ix.dups[a]) == 0 {
		return false
	}
	_, found := slices.BinarySearch(ix.dups[a], b)
	return found
}

// computeLists recomputes the lists of the given documents in parallel.
func (ix *Index) computeLists(ctx context.Context, xs []int32) error {
	for _, x := range xs {
		ix.touch(x)
	}
	if ix.stored != nil {
		for _, x := range xs {
			ix.setList(x, nil) // computed afresh: a stored list is not read
		}
	}
	w := ix.cfg.Workers
	scr := ix.scratches(w)
	defer ix.release(scr)
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
