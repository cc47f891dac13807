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
