package linker

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMergeVocabularies checks the merged vocabulary against a plain sort
// of the union, on words that share their first eight bytes or are
// prefixes of each other, as the integer keys must tell apart.
func TestMergeVocabularies(t *testing.T) {
	pieces := []string{"a", "b", "z", "ab", "abcdefgh", "abcdefghi", "é", "ü", "0", "9", " ", "international"}
	rng := rand.New(rand.NewPCG(5, 6))
	for round := range 200 {
		words := make([][]string, 1+rng.IntN(4))
		var union []string
		for k := range words {
			seen := map[string]bool{}
			for range rng.IntN(60) {
				var w string
				for range 1 + rng.IntN(4) {
					w += pieces[rng.IntN(len(pieces))]
				}
				if !seen[w] {
					seen[w] = true
					words[k] = append(words[k], w)
					union = append(union, w)
				}
			}
		}
		slices.Sort(union)
		union = slices.Compact(union)
		terms, remap := mergeVocabularies(words)
		if !slices.Equal(terms, union) {
			t.Fatalf("round %d: terms %q, want %q", round, terms, union)
		}
		for k, ws := range words {
			for j, w := range ws {
				if terms[remap[k][j]] != w {
					t.Fatalf("round %d: worker %d's %q maps to %q", round, k, w, terms[remap[k][j]])
				}
			}
		}
	}
}
