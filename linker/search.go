package linker

import (
	"cmp"
	"context"
	"slices"
)

// block is how many postings a search takes from one list at a time.
const block = 32

// cursor walks one posting list of a query term. Lists are sorted by
// weight, heaviest first, so qw times the weight at pos bounds what the
// rest of the list can add to any document's dot product.
type cursor struct {
	qw   float64
	docs []uint32
	ws   []float32
	pos  int
	next float64 // front(), kept by cutLists so that its heap need not read the list
}

func (c *cursor) front() float64 {
	if c.pos >= len(c.docs) {
		return 0
	}
	return c.qw * float64(c.ws[c.pos])
}

// gather runs the pruned search for the query vector t, w of document x
// (loaded in s.qd; x itself is never a candidate)
// and leaves in s.cands the documents that may still score at least
// theta, with their partial dot products in s.acc. It returns the bound F
// of what any document can still gain from postings not read (0 if all
// were read), and theta, raised (when K > 0) to the K-th largest partial
// sum times date factor seen, a lower bound of the K-th best score.
//
// The lists of x's terms are read a block at a time, always the list
// whose next weight times query weight is largest (a threshold algorithm
// over weight-sorted lists). A document first met when the sum F of the
// lists' next bounds is below theta can not reach theta, so from then on
// only documents already met are followed; they are dropped once their
// partial sum plus F falls below theta, and the rest are scored exactly
// as soon as that costs less than reading on.
func (ix *Index) gather(s *scratch, x int32, t []uint32, w []float32, K int, theta float64) (float64, float64) {
	s.cur = s.cur[:0]
	remaining := 0
	for k, term := range t {
		qw := float64(w[k])
		if docs, ws := ix.base(term); len(docs) > 0 {
			s.cur = append(s.cur, cursor{qw: qw, docs: docs, ws: ws})
			remaining += len(docs)
		}
		if len(ix.delta) > 0 {
			if p := ix.delta[term]; p != nil {
				s.cur = append(s.cur, cursor{qw: qw, docs: p.docs, ws: p.ws})
				remaining += len(p.docs)
			}
		}
	}
	s.pq = s.pq[:0]
	var F float64
	for i := range s.cur {
		s.pq = append(s.pq, i)
		F += s.cur[i].front()
	}
	less := func(a, b int) bool { return s.cur[s.pq[a]].front() > s.cur[s.pq[b]].front() }
	for i := len(s.pq)/2 - 1; i >= 0; i-- {
		siftDown(s.pq, i, less)
	}
	// advance reads the next block of the best list; onlySeen restricts it
	// to documents already met and not dropped.
	advance := func(onlySeen bool) {
		c := &s.cur[s.pq[0]]
		old := c.front()
		end := min(c.pos+block, len(c.docs))
		docs, ws := c.docs[c.pos:end], c.ws[c.pos:end]
		for j, d := range docs {
			switch s.seen[d] {
			case 1:
				s.acc[d] += c.qw * float64(ws[j])
			case 0:
				if onlySeen || int32(d) == x || ix.dead[d] {
					continue
				}
				s.seen[d] = 1
				s.touched = append(s.touched, int32(d))
				s.acc[d] += c.qw * float64(ws[j])
			}
		}
		remaining -= end - c.pos
		c.pos = end
		F += c.front() - old
		if c.pos >= len(c.docs) {
			n := len(s.pq) - 1
			s.pq[0] = s.pq[n]
			s.pq = s.pq[:n]
		}
		if len(s.pq) > 0 {
			siftDown(s.pq, 0, less)
		} else {
			F = 0
		}
	}
	est, every := 4, 4
	for len(s.pq) > 0 && F >= theta-eps {
		advance(false)
		if K > 0 {
			if est--; est == 0 {
				every *= 2
				est = every
				theta = max(theta, ix.lowerBound(s, x, s.touched, K))
			}
		}
	}
	if K > 0 {
		theta = max(theta, ix.lowerBound(s, x, s.touched, K))
	}
	cands := append(s.cands[:0], s.touched...)
	m := float64(len(t))
	for round := 0; len(s.pq) > 0 && len(cands) > 0; round++ {
		if round%64 == 63 {
			F = 0
			for _, i := range s.pq {
				F += s.cur[i].front()
			}
			if K > 0 {
				theta = max(theta, ix.lowerBound(s, x, cands, K))
			}
		}
		if round%8 == 0 {
			th := theta - eps
			keep := cands[:0]
			for _, d := range cands {
				if s.acc[d]+F >= th {
					keep = append(keep, d)
				} else {
					s.seen[d] = 3
				}
			}
			cands = keep
			if float64(len(cands))*m < float64(remaining) {
				break
			}
		}
		advance(true)
	}
	s.cands = cands
	if len(s.pq) == 0 {
		F = 0
	} else {
		F = 0
		for _, i := range s.pq {
			F += s.cur[i].front()
		}
	}
	return F * (1 + 1e-9), theta
}

// denseDocs is the largest index that search reads without pruning
// (denseTopK): up to it a query's accumulators (8 bytes a document)
// stay in a core's cache and reading every posting costs less than
// pruning. Beyond it, each posting read is a likely cache miss, so
// reading fewer pays: gather. A variable so that tests can run either.
var denseDocs = 1 << 15

// denseTopK is search without pruning: it reads every posting of the
// query's terms into s.acc and keeps, in the same pass that clears the
// sums (bestMet), the K best entries (x and removed documents excepted),
// best first. A sum is scored as the cosine when every posting of x's own
// vector was read (scoreWhole); for a partial query it ranks by the
// partial sum, as the pruned search's candidates are. On long documents
// the bounds of weight-sorted lists stay above the K-th best until most
// postings are read, and this tight loop costs a fraction of gather's per
// posting.
func (ix *Index) denseTopK(s *scratch, x int32, t []uint32, w []float32, K int) []entry {
	if K <= 0 {
		return nil
	}
	acc, touched := s.acc, s.touched[:0]
	add := func(qw float64, docs []uint32, ws []float32) {
		ws = ws[:len(docs)]
		for j, d := range docs {
			// Every product is positive: a sum of 0 marks a document
			// not met yet.
			if acc[d] == 0 {
				touched = append(touched, int32(d))
			}
			acc[d] += qw * float64(ws[j])
		}
	}
	for k, term := range t {
		qw := float64(w[k])
		docs, ws := ix.base(term)
		add(qw, docs, ws)
		if len(ix.delta) > 0 {
			if p := ix.delta[term]; p != nil {
				add(qw, p.docs, p.ws)
			}
		}
	}
	s.touched = touched
	return ix.bestMet(s, x, K)
}

// bestMet returns the K best of the documents met, s.touched, whose sums
// in s.acc are their whole dot products with x's vector (scoreWhole),
// best first, clearing each sum as it is read and s.touched after.
func (ix *Index) bestMet(s *scratch, x int32, K int) []entry {
	h := s.heap[:0]
	for _, d := range s.touched {
		c := s.acc[d]
		s.acc[d] = 0
		if len(h) == K && c < h[0].s {
			continue // the date factor is at most 1
		}
		if e, ok := ix.scoreWhole(x, d, c); ok {
			h = ix.keepBest(h, K, e)
		}
	}
	s.touched, s.heap = s.touched[:0], h[:0]
	out := slices.Clone(h)
	slices.SortFunc(out, ix.compare)
	return out
}

// siftUp restores the heap property of h above i; higher(a, b) reports
// whether h[a] belongs above h[b].
func siftUp[T any](h []T, i int, higher func(a, b int) bool) {
	for i > 0 {
		p := (i - 1) / 2
		if !higher(i, p) {
			return
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

// siftDown restores the heap property of h below i; higher(a, b) reports
// whether h[a] belongs above h[b].
func siftDown[T any](h []T, i int, higher func(a, b int) bool) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && higher(r, l) {
			m = r
		}
		if !higher(m, i) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// reset clears the per-query state gather left in s.
func (s *scratch) reset() {
	for _, d := range s.touched {
		s.acc[d] = 0
		s.seen[d] = 0
	}
	s.touched = s.touched[:0]
	s.cands = s.cands[:0]
}

// topK returns x's K best candidates, best first, exactly: a document
// left out can not rank above the K-th.
func (ix *Index) topK(s *scratch, x int32, K int) []entry {
	if ix.rv != nil {
		return ix.rangedTopK(s, ix.rv, x, K)
	}
	t, w := ix.vec(x)
	return ix.search(s, x, t, w, K, true)
}

// sortPostings orders every base posting list by weight, heaviest first
// (ties by document), as gather needs; byID breaks ties by ID instead,
// so that the order does not depend on the order documents came in.
func (ix *Index) sortPostings(workers int, byID bool) {
	if byID && !slices.IsSorted(ix.ids) {
		sortLists(ix, workers, func(d uint32, w float32) posting { return posting{d, w} },
			func(buf []posting) {
				slices.SortFunc(buf, func(a, b posting) int {
					if c := cmp.Compare(b.w, a.w); c != 0 {
						return c
					}
					return cmp.Compare(ix.ids[a.d], ix.ids[b.d])
				})
			},
			func(p posting) (uint32, float32) { return p.d, p.w })
		return
	}
	// A posting as one integer that sorts as comparePostings orders
	// (heaviestFirst).
	sortLists(ix, workers, heaviestFirst, slices.Sort[[]uint64], heaviestFirstUnpack)
}

// sortLists sorts every base posting list on workers goroutines: each
// list's postings packed as values of T, sorted by sort, unpacked back
// (not necessarily to what they were: newRanges puts ranks in).
func sortLists[T any](ix *Index, workers int, pack func(uint32, float32) T, sort func([]T), unpack func(T) (uint32, float32)) {
	nt := len(ix.pOff) - 1
	_ = parallel(context.Background(), workers, nt, func(_ int, lo, hi int) {
		var buf []T
		for term := lo; term < hi; term++ {
			// Every list, one posting long too: pack may map documents.
			a, b := ix.pOff[term], ix.pOff[term+1]
			buf = buf[:0]
			for j := a; j < b; j++ {
				buf = append(buf, pack(ix.pDoc[j], ix.pW[j]))
			}
			sort(buf)
			for j, v := range buf {
				ix.pDoc[a+uint64(j)], ix.pW[a+uint64(j)] = unpack(v)
			}
		}
	})
}

func comparePostings(a, b posting) int {
	if c := cmp.Compare(b.w, a.w); c != 0 {
		return c
	}
	return cmp.Compare(a.d, b.d)
}
