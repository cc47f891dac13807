package linker

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// lowThetas is how many documents with the lowest list thresholds Add
// checks against all new documents at once, so that the reverse search
// for the lists a new document enters can use the threshold of the next
// one. A variable so that tests can run both ways on a small index.
var lowThetas = 2048

// Add indexes docs and updates every list they change: their own, and the
// older lists they enter (or leave, when a doc replaces an older version
// with the same ID). It returns the IDs of all documents whose lists
// changed, the added ones included, in ascending order; the caller stores
// those lists (List) and nothing else.
//
// Its cost grows with len(docs), not with the size of the index: a new
// document costs one pruned search for its own list and one threshold
// search for the lists it enters. Weights of documents already indexed are
// not recomputed: document frequencies and expansions drift as the index
// grows, until the next Build. A new document's expansion and its
// near-duplicates come from the 4N+ExpandN older documents that match its
// QueryTerms heaviest terms best, and from the other new documents;
// Build finds near-duplicates among all documents.
//
// Add must not run concurrently with other methods. On error the index
// may be partly updated and should be rebuilt; an index from OpenIndex
// whose stored vectors could not be read gives an error wrapping
// ErrFormat.
func (ix *Index) Add(ctx context.Context, docs []Doc) ([]uint64, error) {
	defer ix.dropScratches()
	seen := map[uint64]bool{}
	for _, d := range docs {
		if seen[d.ID] {
			return nil, fmt.Errorf("linker: add: %w: %d", ErrDuplicateID, d.ID)
		}
		seen[d.ID] = true
	}
	changed := map[int32]bool{}
	// Replaced documents leave first.
	var gone []int32
	for _, d := range docs {
		if i, ok := ix.byID.get(ix.ids, d.ID); ok && !ix.dead[i] {
			gone = append(gone, i)
		}
	}
	affected := ix.kill(gone)
	// Analyse and weigh the new documents against the current statistics.
	a := &analyzer{}
	raws := make([][]rawTerm, len(docs))
	for k, d := range docs {
		var kind string
		raws[k], kind = ix.docTerms(a, d, func(s string) uint32 {
			id, ok := ix.termID.get(ix.terms, s)
			if !ok {
				s = strings.Clone(s) // not a slice of d's text, kept alive by the index
				id = uint32(len(ix.terms))
				ix.terms = append(ix.terms, s)
				ix.termID.put(ix.terms, id)
				ix.df = append(ix.df, 0)
			}
			return id
		})
		if compoundLinks[kind] != nil {
			raws[k] = addParts(raws[k], nil, func(t uint32) []uint32 { return ix.splitOf(t, kind) })
		}
		for _, r := range raws[k] {
			ix.df[r.t]++
			ix.touchDF(r.t)
		}
	}
	ix.live += len(docs)
	first := int32(len(ix.ids))
	vecs := make([][]tw, len(docs))
	for k, d := range docs {
		vecs[k] = ix.weigh(raws[k], ix.live)
		i := first + int32(k)
		ix.ids = append(ix.ids, d.ID)
		ix.byID.put(ix.ids, i)
		ix.pub = append(ix.pub, unixOrNone(d.Published))
		ix.dead = append(ix.dead, false)
		ix.lists = append(ix.lists, nil)
		ix.dups = append(ix.dups, nil)
	}
	expanded := ix.cfg.ExpandN > 0 && &ix.ooff[0] != &ix.off[0]
	ix.appendOriginal(vecs, expanded)
	news := make([]int32, len(docs))
	for k := range docs {
		news[k] = first + int32(k)
	}
	// Expansion and near-duplicates: from each new document's best
	// candidates for its original vector, searched on every worker (the
	// index is only read); the near-duplicates found are recorded after,
	// in the documents' order.
	finals := vecs
	if expanded {
		finals = make([][]tw, len(docs))
	}
	dupsOf := make([][]int32, len(docs))
	// The new documents are not in the postings yet: they find each other
	// by a first pass, as in Build, over their own original vectors.
	var batch func(t uint32) ([]uint32, []float32)
	if len(news) > 1 {
		batch = ix.batchPostings(news)
	}
	if expanded || ix.cfg.DuplicateScore > 0 {
		w := ix.cfg.Workers
		scr, exps := ix.scratches(w), make([]*expander, w)
		err := parallel(ctx, w, len(news), func(worker, lo, hi int) {
			if scr[worker] == nil {
				scr[worker] = ix.newScratch()
				if expanded {
					exps[worker] = ix.newExpander()
				}
			}
			s := scr[worker]
			for k := lo; k < hi; k++ {
				x := news[k]
				cands := ix.likeThis(s, x, 4*ix.cfg.N+ix.cfg.ExpandN)
				var batchDups []int32
				if batch != nil {
					K := 0
					if expanded {
						K = ix.cfg.ExpandN
					}
					var nb []entry
					nb, batchDups = ix.firstPass(s, x, K, ix.cfg.DuplicateScore, 0, batch)
					cands = append(cands, nb...)
					slices.SortFunc(cands, ix.compare)
				}
				if ix.cfg.DuplicateScore > 0 {
					for _, c := range cands {
						if c.d < first && c.cos >= ix.cfg.DuplicateScore {
							dupsOf[k] = append(dupsOf[k], c.d)
						}
					}
					dupsOf[k] = append(dupsOf[k], batchDups...)
				}
				if expanded {
					nb := cands[:min(len(cands), ix.cfg.ExpandN)]
					finals[k] = ix.expandOne(x, nb, exps[worker])
				}
			}
		})
		ix.release(scr) // for computeLists below
		if err != nil {
			return nil, fmt.Errorf("linker: add: %w", err)
		}
	}
	for k, x := range news {
		for _, d := range dupsOf[k] {
			ix.addDup(x, d)
		}
	}
	if expanded {
		ix.appendVectors(finals)
	}
	ix.indexDelta(news)
	// Their own lists.
	if err := ix.computeLists(ctx, news); err != nil {
		return nil, err
	}
	for _, x := range news {
		changed[x] = true
	}
	proposals, err := ix.proposals(ctx, news)
	if err != nil {
		return nil, err
	}
	var redo []int32
	for _, d := range sortedKeys(proposals) {
		l, ok := ix.merge(d, proposals[d])
		if !ok {
			redo = append(redo, d)
			continue
		}
		if !slices.Equal(l, ix.listOf(d)) {
			ix.setList(d, l)
			ix.touch(d)
			changed[d] = true
		}
	}
	for _, d := range sortedKeys(affected) {
		redo = append(redo, d)
	}
	if err := ix.recompute(ctx, redo, changed); err != nil {
		return nil, err
	}
	if err := ix.lazyErr(); err != nil {
		return nil, fmt.Errorf("linker: %w", err)
	}
	return ix.changedIDs(changed), nil
}

// likeThis returns the best of the K older documents that match the
// QueryTerms heaviest terms of x's original vector best (a More Like This
// query, as in Build's first pass), scored by their original cosine
// with x, best first. Querying with every term of the original vector
// cost eight times as much on a million documents; the candidates only
// choose the expansion and where near-duplicates are looked for.
func (ix *Index) likeThis(s *scratch, x int32, K int) []entry {
	ot, ow := ix.ovec(x)
	q := make([]tw, len(ot))
	for k := range ot {
		q[k] = tw{ot[k], ow[k]}
	}
	if len(q) > ix.cfg.QueryTerms {
		selectHeaviest(q, ix.cfg.QueryTerms)
		q = q[:ix.cfg.QueryTerms]
	}
	qt, qw := make([]uint32, len(q)), make([]float32, len(q))
	for k, p := range q {
		qt[k], qw[k] = p.t, p.w
	}
	cands := ix.search(s, x, qt, qw, K, false)
	kept := cands[:0]
	for _, c := range cands {
		if e, ok := ix.finish(x, c.d, ix.odot(x, c.d)); ok {
			kept = append(kept, e)
		}
	}
	slices.SortFunc(kept, ix.compare)
	return kept
}

// batchPostings returns the postings of the original vectors of news, for
// firstPass.
func (ix *Index) batchPostings(news []int32) func(t uint32) ([]uint32, []float32) {
	lists := map[uint32]*plist{}
	for _, x := range news {
		t, w := ix.ovec(x)
		for k, term := range t {
			l := lists[term]
			if l == nil {
				l = &plist{}
				lists[term] = l
			}
			l.docs = append(l.docs, uint32(x))
			l.ws = append(l.ws, w[k])
		}
	}
	return func(t uint32) ([]uint32, []float32) {
		if l := lists[t]; l != nil {
			return l.docs, l.ws
		}
		return nil, nil
	}
}

// addDup records that a and b are near-duplicates.
func (ix *Index) addDup(a, b int32) {
	ix.dups[a] = insertSorted(ix.dups[a], b)
	ix.dups[b] = insertSorted(ix.dups[b], a)
	ix.touch(a)
	ix.touch(b)
}

// Remove takes documents out of the index and recomputes the lists that
// named them. It returns the IDs of the documents whose lists changed, in
// ascending order; IDs not in the index are ignored.
func (ix *Index) Remove(ctx context.Context, ids []uint64) ([]uint64, error) {
	defer ix.dropScratches()
	var gone []int32
	for _, id := range ids {
		if i, ok := ix.byID.get(ix.ids, id); ok && !ix.dead[i] {
			gone = append(gone, i)
			ix.byID.delete(ix.ids, id, i)
		}
	}
	affected := ix.kill(gone)
	changed := map[int32]bool{}
	if err := ix.recompute(ctx, sortedKeys(affected), changed); err != nil {
		return nil, err
	}
	if err := ix.lazyErr(); err != nil {
		return nil, fmt.Errorf("linker: %w", err)
	}
	return ix.changedIDs(changed), nil
}

// kill marks documents removed and returns the live documents whose lists
// or near-duplicates named them.
func (ix *Index) kill(gone []int32) map[int32]bool {
	affected := map[int32]bool{}
	if len(gone) == 0 {
		return affected
	}
	isGone := map[int32]bool{}
	for _, g := range gone {
		isGone[g] = true
		ix.dead[g] = true
		ix.setList(g, nil)
		ix.live--
		ix.touch(g)
	}
	for _, d := range ix.naming(gone) {
		for _, e := range ix.listOf(d) {
			if isGone[e.d] {
				affected[d] = true
				break
			}
		}
	}
	for _, g := range gone {
		for _, d := range ix.dups[g] {
			ix.dups[d] = slices.DeleteFunc(ix.dups[d], func(x int32) bool { return x == g })
			ix.touch(d)
			if !ix.dead[d] {
				affected[d] = true // a duplicate it hid may now show
			}
		}
		ix.dups[g] = nil
	}
	return affected
}

// naming returns, in ascending order, the live documents whose lists
// may name one of gone (just marked dead): a superset found without
// reading every list, as Add finds the lists a new document enters. A
// list names g only if g's score, at most its cosine, reaches the list's
// last entry; so the documents with the lowest thresholds are all taken,
// and the others are found by a threshold search from each of gone at
// the lowest of their thresholds.
func (ix *Index) naming(gone []int32) []int32 {
	low, t := ix.lowThresholds(nil)
	cands := map[int32]bool{}
	for _, d := range low {
		cands[d] = true
	}
	if t <= 1 {
		scr := ix.scratches(1)
		if scr[0] == nil {
			scr[0] = ix.newScratch()
		}
		defer ix.release(scr) // for Remove's recomputed lists
		s := scr[0]
		for _, g := range gone {
			gt, gw := ix.vec(g)
			for _, d := range ix.threshold(s, g, gt, gw, t) {
				if !ix.dead[d] {
					cands[d] = true
				}
			}
		}
	}
	return sortedKeys(cands)
}

func (ix *Index) recompute(ctx context.Context, redo []int32, changed map[int32]bool) error {
	if len(redo) == 0 {
		return nil
	}
	old := make([][]entry, len(redo))
	for k, d := range redo {
		old[k] = ix.listOf(d)
	}
	if err := ix.computeLists(ctx, redo); err != nil {
		return err
	}
	for k, d := range redo {
		if !slices.Equal(old[k], ix.lists[d]) {
			changed[d] = true
		}
	}
	return nil
}

func (ix *Index) changedIDs(changed map[int32]bool) []uint64 {
	out := make([]uint64, 0, len(changed))
	for d := range changed {
		if !ix.dead[d] {
			out = append(out, ix.ids[d])
		}
	}
	slices.Sort(out)
	return out
}

func sortedKeys[V any](m map[int32]V) []int32 {
	out := make([]int32, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func insertSorted(s []int32, x int32) []int32 {
	i, found := slices.BinarySearch(s, x)
	if found {
		return s
	}
	return slices.Insert(s, i, x)
}

// enters reports whether e would rank within d's list as it stands (or
// the list has room).
func (ix *Index) enters(d int32, e entry) bool {
	n, last := ix.tail(d)
	return n < ix.cfg.N || ix.better(e, last)
}

// merge returns d's list with the proposed entries merged in, and false if
// that can not be done exactly from the list alone: when a near-duplicate
// pushes out an entry that stood, so that one from beyond the list may
// come back, or the list ends up shorter than it was.
func (ix *Index) merge(d int32, props []entry) ([]entry, bool) {
	list := ix.listOf(d)
	all := append(slices.Clone(list), props...)
	slices.SortFunc(all, ix.compare)
	kept := ix.dedup(d, all, len(all))
	old := map[int32]bool{}
	for _, e := range list {
		old[e.d] = true
	}
	keptSet := map[int32]bool{}
	for _, e := range kept {
		keptSet[e.d] = true
	}
	for o := range old {
		if !keptSet[o] {
			return nil, false
		}
	}
	if len(kept) > ix.cfg.N {
		kept = kept[:ix.cfg.N]
	}
	if len(kept) < len(list) {
		return nil, false
	}
	return kept, true
}

// proposals returns, by older document d, the new documents news that
// enter d's list: every x with score(x, d) above the threshold of d's
// list. The documents with the lowest thresholds are checked against all
// of news at once, by an inverted index of the new vectors; the others
// are found by a threshold search from each new document, on every
// worker. Each list of proposals is in rank order.
func (ix *Index) proposals(ctx context.Context, news []int32) (map[int32][]entry, error) {
	if len(news) == 0 {
		return nil, nil
	}
	first := news[0]
	low, t := ix.lowThresholds(news)
	isLow := make(map[int32]bool, len(low))
	for _, d := range low {
		isLow[d] = true
	}
	found := make([][]proposal, len(news))
	w := ix.cfg.Workers
	scr := ix.scratches(w)
	defer ix.release(scr)
	err := parallel(ctx, w, len(news), func(worker, lo, hi int) {
		if scr[worker] == nil {
			scr[worker] = ix.newScratch()
		}
		s := scr[worker]
		for k := lo; k < hi; k++ {
			x := news[k]
			xt, xw := ix.vec(x)
			cands := ix.threshold(s, x, xt, xw, t)
			s.load(xt, xw)
			for _, d := range cands {
				if d == x || d >= first || ix.dead[d] || isLow[d] {
					continue
				}
				e, ok := ix.score(s, x, d) // scores are symmetric
				e.d = x                    // d's view of x
				if ok && ix.enters(d, e) {
					found[k] = append(found[k], proposal{d, e})
				}
			}
			s.unload(xt)
		}
	})
	if err != nil {
		return nil, err
	}
	out := map[int32][]entry{}
	for _, ps := range found {
		for _, p := range ps {
			out[p.d] = append(out[p.d], p.e)
		}
	}
	ix.lowProposals(news, low, out)
	for _, ps := range out {
		slices.SortFunc(ps, ix.compare)
	}
	return out, nil
}

// proposal is a new document's entry e for the list of d.
type proposal struct {
	d int32
	e entry
}

// lowProposals adds to out the new documents that enter the lists of the
// documents low. Each cosine sums the same products in the same (d's
// term) order as score does with the new document loaded.
func (ix *Index) lowProposals(news, low []int32, out map[int32][]entry) {
	// The new vectors' postings, by term; a posting's d is the document's
	// place in news.
	postings := map[uint32][]posting{}
	for k, x := range news {
		t, w := ix.vec(x)
		for j, term := range t {
			postings[term] = append(postings[term], posting{uint32(k), w[j]})
		}
	}
	acc, met := make([]float64, len(news)), make([]bool, len(news))
	var touched []int32
	for _, d := range low {
		dt, dw := ix.vec(d)
		for j, term := range dt {
			for _, p := range postings[term] {
				if !met[p.d] {
					met[p.d] = true
					touched = append(touched, int32(p.d))
				}
				acc[p.d] += float64(p.w) * float64(dw[j])
			}
		}
		slices.Sort(touched)
		for _, k := range touched {
			x := news[k]
			e, ok := ix.finish(x, d, acc[k])
			acc[k], met[k] = 0, false
			e.d = x
			if ok && ix.enters(d, e) {
				out[d] = append(out[d], e)
			}
		}
		touched = touched[:0]
	}
}

// lowThresholds returns the live older documents with the lowest list
// thresholds (the score a newcomer must beat; MinScore for a list with
// room), and the lowest threshold of all others. news are the last
// documents.
func (ix *Index) lowThresholds(news []int32) ([]int32, float64) {
	type dt struct {
		d int32
		t float64
	}
	// after orders by threshold, then position; h is a max-heap by it of
	// the lowThetas+1 first, so that most documents cost one comparison.
	after := func(a, b dt) bool { return a.t > b.t || a.t == b.t && a.d > b.d }
	var h []dt
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			m := l
			if r := l + 1; r < len(h) && after(h[r], h[l]) {
				m = r
			}
			if !after(h[m], h[i]) {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	end := int32(len(ix.lists)) - int32(len(news))
	for d := range end {
		if ix.dead[d] {
			continue
		}
		t := ix.cfg.MinScore
		if n, last := ix.tail(d); n >= ix.cfg.N {
			t = last.s
		}
		e := dt{d, t}
		switch {
		case len(h) <= lowThetas:
			h = append(h, e)
			for i := len(h) - 1; i > 0 && after(h[i], h[(i-1)/2]); i = (i - 1) / 2 {
				h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
			}
		case after(h[0], e):
			h[0] = e
			down(0)
		}
	}
	if len(h) <= lowThetas {
		out := make([]int32, len(h))
		for k, x := range h {
			out[k] = x.d
		}
		slices.Sort(out)
		return out, 2 // nothing left to search for
	}
	slices.SortFunc(h, func(a, b dt) int {
		switch {
		case after(b, a):
			return -1
		case after(a, b):
			return 1
		}
		return 0
	})
	out := make([]int32, lowThetas)
	for k := range out {
		out[k] = h[k].d
	}
	return out, h[lowThetas].t
}

// search returns x's best K candidates for the query vector t, w. With
// own, t, w is x's own vector, and when every list was read the partial
// sums are the cosines, which tightens the threshold.
func (ix *Index) search(s *scratch, x int32, t []uint32, w []float32, K int, own bool) []entry {
	if len(ix.ids) <= denseDocs {
		return ix.denseTopK(s, x, t, w, K)
	}
	s.load(t, w)
	defer s.unload(t)
	F, theta := ix.gather(s, x, t, w, K, ix.cfg.MinScore)
	th := theta - eps - F
	if own && F == 0 {
		th = max(th, ix.lowerBound(s, x, s.cands, K)-1e-9)
	}
	return ix.best(s, x, K, th)
}

// best scores the candidates left by gather whose partial sum reaches th
// and returns the K best, best first; it resets s.
func (ix *Index) best(s *scratch, x int32, K int, th float64) []entry {
	s.heap = s.heap[:0]
	for _, d := range s.cands {
		if s.acc[d] < th {
			continue
		}
		if e, ok := ix.score(s, x, d); ok {
			s.heap = ix.keepBest(s.heap, K, e)
		}
	}
	s.reset()
	out := slices.Clone(s.heap)
	slices.SortFunc(out, ix.compare)
	return out
}

// threshold returns the documents whose cosine with the query vector t, w
// may be at least thr (a superset; the caller scores them).
func (ix *Index) threshold(s *scratch, x int32, t []uint32, w []float32, thr float64) []int32 {
	if thr > 1 {
		return nil
	}
	s.load(t, w)
	defer s.unload(t)
	F, _ := ix.gather(s, x, t, w, 0, thr)
	var out []int32
	for _, d := range s.cands {
		if s.acc[d]+F >= thr-eps {
			out = append(out, d)
		}
	}
	s.reset()
	return out
}

// appendOriginal appends new documents' original vectors; without
// expansion they are also the ranking vectors.
func (ix *Index) appendOriginal(vecs [][]tw, expanded bool) {
	if !expanded {
		ix.appendVectors(vecs)
		ix.ooff, ix.ovt, ix.ovw = ix.off, ix.vt, ix.vw
		return
	}
	for _, v := range vecs {
		for _, x := range v {
			ix.ovt = append(ix.ovt, x.t)
			ix.ovw = append(ix.ovw, x.w)
		}
		ix.ooff = append(ix.ooff, uint64(len(ix.ovt)))
	}
}

// indexDelta adds the ranking vectors of new documents to the delta
// postings, keeping each list sorted heaviest first.
func (ix *Index) indexDelta(news []int32) {
	// Each term's new postings are sorted, as integers (heaviestFirst
	// orders as comparePostings does), and merged into its list in one
	// pass.
	batch := map[uint32][]uint64{}
	for _, x := range news {
		t, w := ix.vec(x)
		for k, term := range t {
			batch[term] = append(batch[term], heaviestFirst(uint32(x), w[k]))
		}
	}
	for term, keys := range batch {
		slices.Sort(keys)
		l := ix.delta[term]
		if l == nil {
			l = &plist{}
			ix.delta[term] = l
		}
		docs := make([]uint32, 0, len(l.docs)+len(keys))
		ws := make([]float32, 0, len(l.docs)+len(keys))
		i := 0
		for _, key := range keys {
			for i < len(l.docs) && heaviestFirst(l.docs[i], l.ws[i]) < key {
				docs, ws = append(docs, l.docs[i]), append(ws, l.ws[i])
				i++
			}
			d, w := heaviestFirstUnpack(key)
			docs, ws = append(docs, d), append(ws, w)
		}
		l.docs, l.ws = append(docs, l.docs[i:]...), append(ws, l.ws[i:]...)
	}
}
