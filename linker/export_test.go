package linker

// BruteLists returns every document's list computed by scoring all
// documents, for comparison with the pruned index.
func BruteLists(ix *Index) [][]Link {
	out := make([][]Link, len(ix.ids))
	for i := range ix.ids {
		for _, e := range ix.bruteList(int32(i)) {
			out[i] = append(out[i], Link{ID: ix.ids[e.d], Score: e.s})
		}
	}
	return out
}

// IDs returns the IDs of the index's documents in position order.
func IDs(ix *Index) []uint64 { return ix.ids }

// RecomputeAll returns every live document's list computed afresh on the
// index as it stands, for comparison with incrementally updated lists.
func RecomputeAll(ix *Index) map[uint64][]Link {
	s := ix.newScratch()
	out := map[uint64][]Link{}
	for i := range ix.ids {
		if ix.dead[i] {
			continue
		}
		var l []Link
		for _, e := range ix.list(s, int32(i)) {
			l = append(l, Link{ID: ix.ids[e.d], Score: e.s})
		}
		out[ix.ids[i]] = l
	}
	return out
}

// BruteList returns the list of the document with the given ID computed
// by scoring every document.
func BruteList(ix *Index, id uint64) []Link {
	var out []Link
	x, _ := ix.byID.get(ix.ids, id)
	for _, e := range ix.bruteList(x) {
		out = append(out, Link{ID: ix.ids[e.d], Score: e.s})
	}
	return out
}

// SetDenseDocs sets the largest index that search reads without pruning
// (0: always prune) and returns a function that restores it.
func SetDenseDocs(n int) (restore func()) { return setVar(&denseDocs, n) }

// SetPairsMemory sets the bound on the memory of a rebuild's pair
// heaps (0: every list searched on its own) and returns a function that
// restores it.
func SetPairsMemory(n int) (restore func()) { return setVar(&pairsMemory, n) }

// SetLowThetas sets how many documents with the lowest list thresholds Add
// checks against the new documents at once, and returns a function that
// restores it.
func SetLowThetas(n int) (restore func()) { return setVar(&lowThetas, n) }

// SetRangeSize sets how many documents share a bound in a rebuild's
// ranges view and returns a function that restores it.
func SetRangeSize(n int) (restore func()) { return setVar(&rangeSize, n) }

// SetRangeYield sets how many postings a range must hold on average for
// a rebuild to read a query by ranges, and returns a function that
// restores it.
func SetRangeYield(n uint64) (restore func()) { return setVar(&rangeYield, n) }

// SetFirstPassBudget sets how many postings a rebuild's first pass reads
// for one document (0: all) and returns a function that restores it.
func SetFirstPassBudget(n int) (restore func()) { return setVar(&firstPassBudget, n) }

// setVar sets *p to v and returns a function that restores it.
func setVar[T any](p *T, v T) (restore func()) {
	old := *p
	*p = v
	return func() { *p = old }
}
