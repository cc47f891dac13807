package linker

import (
	"context"
	"math"
	"slices"
	"sync/atomic"
)

// pairsMemory bounds the candidate heaps of pairLists, all workers
// together; a rebuild that would need more computes its lists one
// document at a time. A variable so that tests can run either.
var pairsMemory = 64 << 20

// pairLists computes every list of a rebuild that search reads without
// pruning (at most denseDocs documents, postings in document order, none
// removed), summing each pair's dot product once instead of twice: the
// row of x reads only the postings of documents after x, and the sum is
// offered to the candidates of both. Each worker keeps the K best
// candidates of every document among the pairs it summed; their union
// holds every document's K best, which list would have found (the same
// sums: both add the products of the shared terms in term order). It
// returns false, having done nothing, when the heaps would exceed
// pairsMemory.
//
// Rows are summed from the last document to the first, so that most
// documents have had their own row, and with it a threshold, before the
// rows of earlier documents offer them their sums: a sum below the
// threshold some worker's full heap set is dropped before it costs a
// cache miss in another heap (on 20 Newsgroups 0.95 million of 17.4
// million sums reach a heap; without the thresholds 2.2 million reached
// the other document's heaps alone).
func (ix *Index) pairLists(ctx context.Context) (bool, error) {
	n := len(ix.ids)
	K := firstK(ix.cfg.N)
	w := ix.cfg.Workers
	if n > denseDocs || ix.live != n || len(ix.delta) > 0 ||
		float64(w)*float64(n)*(float64(K)*24+12)+float64(n)*8 > float64(pairsMemory) {
		return false, nil
	}
	for x := range int32(n) {
		ix.touch(x)
	}
	p := &pairs{ix: ix, heaps: make([]pairHeaps, w), floor: make([]atomic.Uint64, n)}
	neg := math.Float64bits(math.Inf(-1))
	for i := range p.floor {
		p.floor[i].Store(neg)
	}
	scr := ix.scratches(w)
	err := parallel(ctx, w, n, func(worker, lo, hi int) {
		if scr[worker] == nil {
			scr[worker] = ix.newScratch()
		}
		c := &p.heaps[worker]
		if c.e == nil {
			c.init(n, K)
		}
		for i := lo; i < hi; i++ {
			p.row(scr[worker], c, int32(n-1-i))
		}
	})
	if err != nil {
		ix.release(scr)
		return false, err
	}
	// Each document's best K of all the workers' candidates, then as list.
	err = parallel(ctx, w, n, func(worker, lo, hi int) {
		if scr[worker] == nil {
			scr[worker] = ix.newScratch()
		}
		var all []entry
		for x := int32(lo); x < int32(hi); x++ {
			all = all[:0]
			for k := range p.heaps {
				all = append(all, p.heaps[k].of(x)...)
			}
			slices.SortFunc(all, ix.compare)
			ix.lists[x] = ix.listFrom(scr[worker], x, all[:min(K, len(all))])
		}
	})
	ix.release(scr)
	return err == nil, err
}

// pairs is the state of pairLists: every worker's candidate heaps, and
// for every document the floor, the highest score that a worker's full
// heap of the document holds at worst: a score below it can not be among
// the document's K best.
type pairs struct {
	ix    *Index
	heaps []pairHeaps
	floor []atomic.Uint64 // float64 bits
}

// row sums the dot products of x with every later document sharing a
// term and offers each to the candidates of both.
func (p *pairs) row(s *scratch, c *pairHeaps, x int32) {
	ix := p.ix
	acc, touched := s.acc, s.touched[:0]
	t, w := ix.vec(x)
	for k, term := range t {
		qw := float64(w[k])
		a, b := ix.pOff[term], ix.pOff[term+1]
		docs, ws := ix.pDoc[a:b], ix.pW[a:b]
		j, _ := slices.BinarySearch(docs, uint32(x)+1)
		ws = ws[:len(docs)]
		for ; j < len(docs); j++ {
			d := docs[j]
			// Every product is positive: a sum of 0 marks a document
			// not met yet.
			if acc[d] == 0 {
				touched = append(touched, int32(d))
			}
			acc[d] += qw * float64(ws[j])
		}
	}
	fx := p.floorOf(x) // other workers' rows raise it too, but rarely
	for _, d := range touched {
		sum := acc[d]
		acc[d] = 0
		// The date factor is at most 1, so the score is at most the sum.
		fd := p.floorOf(d)
		if sum < fx && sum < fd {
			continue
		}
		e, ok := ix.finish(x, d, sum)
		if !ok {
			continue
		}
		if e.s >= fx {
			p.offer(c, x, e)
			fx = p.floorOf(x)
		}
		if e.s >= fd {
			e.d = x
			p.offer(c, d, e)
		}
	}
	s.touched = touched[:0]
}

func (p *pairs) floorOf(x int32) float64 { return math.Float64frombits(p.floor[x].Load()) }

// offer adds e to x's candidates in c if it ranks among the K best that c
// met, and raises x's floor when c's heap of x is full.
func (p *pairs) offer(c *pairHeaps, x int32, e entry) {
	a := int(x) * c.K
	h := p.ix.keepBest(c.e[a:a+int(c.n[x]):a+c.K], c.K, e)
	c.n[x] = int32(len(h))
	if len(h) < c.K {
		return
	}
	f := h[0].s
	for {
		old := p.floor[x].Load()
		if math.Float64frombits(old) >= f || p.floor[x].CompareAndSwap(old, math.Float64bits(f)) {
			return
		}
	}
}

// pairHeaps are one worker's candidates: for every document a min-heap of
// at most K entries in rank order, worst first.
type pairHeaps struct {
	K int
	e []entry // document x's heap is e[x*K : x*K+n[x]]
	n []int32 // heap lengths
}

func (c *pairHeaps) init(n, K int) {
	c.K = K
	c.e = make([]entry, n*K)
	c.n = make([]int32, n)
}

// of returns x's candidates, in heap order.
func (c *pairHeaps) of(x int32) []entry {
	if c.e == nil {
		return nil
	}
	a := int(x) * c.K
	return c.e[a : a+int(c.n[x])]
}
