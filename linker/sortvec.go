package linker

import (
	"math"
	"slices"
)

// Weighted terms are sorted as integers that order as the wanted order
// does, as sortPostings sorts postings: slices.Sort on integers takes
// less than half the time of slices.SortFunc, and every rebuild sorts
// each vector two or three times.

// sortByTerm sorts v by term ID (unique within a vector).
func sortByTerm(v []tw) {
	keys := make([]uint64, len(v))
	for k, x := range v {
		keys[k] = uint64(x.t)<<32 | uint64(math.Float32bits(x.w))
	}
	slices.Sort(keys)
	for k, key := range keys {
		v[k] = tw{uint32(key >> 32), math.Float32frombits(uint32(key))}
	}
}

// sortHeaviestFirst sorts v by heavier: weight descending, then term ID
// ascending. Weights are never negative, so the bits of a weight order as
// the weight does and their complement orders heaviest first.
func sortHeaviestFirst(v []tw) {
	keys := make([]uint64, len(v))
	for k, x := range v {
		keys[k] = uint64(^math.Float32bits(x.w))<<32 | uint64(x.t)
	}
	slices.Sort(keys)
	for k, key := range keys {
		v[k] = tw{uint32(key), math.Float32frombits(^uint32(key >> 32))}
	}
}
