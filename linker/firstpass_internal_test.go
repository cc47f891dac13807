package linker

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"newslink/linker/synth"
)

// TestFirstPass_Cut checks first passes that read only part of their
// lists against brute force and against one that reads them whole: the
// same near-duplicates, exactly, however early the lists are cut; with a
// budget no query reaches, the same neighbours and lists.
func TestFirstPass_Cut(t *testing.T) {
	var docs []Doc
	synth.Generate(synth.Config{N: 1200, Seed: 11, DupShare: 0.1}, func(a synth.Article) bool {
		docs = append(docs, Doc{ID: uint64(len(docs) + 1), Headline: a.Headline, Body: a.Body, Language: a.Language, Published: a.Published})
		return true
	})
	build := func(budget, block int) *Index {
		t.Helper()
		defer setVar(&firstPassBudget, budget)()
		defer setVar(&impactBlock, block)()
		ix, err := Build(context.Background(), docs, Config{N: 10, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	whole := build(0, 64)
	// Near-duplicates by brute force: every pair's cosine on the original
	// vectors.
	n := int32(len(whole.ids))
	dups := 0
	for x := range n {
		var want []int32
		for d := range n {
			if d != x && whole.odot(x, d) >= whole.cfg.DuplicateScore {
				want = append(want, d)
			}
		}
		dups += len(want)
		if !slices.Equal(whole.dups[x], want) {
			t.Fatalf("whole lists: doc %d: near-duplicates %v, brute force %v", x, whole.dups[x], want)
		}
	}
	if dups < 50 {
		t.Fatalf("only %d near-duplicate pairs: the corpus does not test them", dups)
	}
	for _, tc := range []struct{ budget, block int }{{1 << 30, 64}, {512, 16}, {64, 4}, {8, 1}} {
		t.Run(fmt.Sprintf("budget %d, blocks of %d", tc.budget, tc.block), func(t *testing.T) {
			ix := build(tc.budget, tc.block)
			if !reflect.DeepEqual(ix.dups, whole.dups) {
				for x := range n {
					if !slices.Equal(ix.dups[x], whole.dups[x]) {
						t.Fatalf("doc %d: near-duplicates %v, brute force %v", x, ix.dups[x], whole.dups[x])
					}
				}
			}
			same := reflect.DeepEqual(ix.lists, whole.lists)
			if tc.budget == 1<<30 && !same {
				t.Fatal("lists differ with a budget no query reaches")
			}
			if tc.budget == 8 && same {
				t.Fatal("lists unchanged with a budget of 8 postings: the cut path did not run")
			}
		})
	}
	// A query of one term: the near-duplicate bound reads past it, into
	// terms sorted only when it does.
	t.Run("query of one term", func(t *testing.T) {
		ix, err := Build(context.Background(), docs, Config{N: 10, Workers: 2, QueryTerms: 1})
		if err != nil {
			t.Fatal(err)
		}
		for x := range n {
			if !slices.Equal(ix.dups[x], whole.dups[x]) {
				t.Fatalf("doc %d: near-duplicates %v, brute force %v", x, ix.dups[x], whole.dups[x])
			}
		}
	})
}

// TestFirstPass_CutTies builds an archive in which every posting weighs
// the same (each word in five articles, each article five words once), so
// that where a cut list ends is decided by the order of ties alone: the
// lists must not depend on the order the articles came in.
func TestFirstPass_CutTies(t *testing.T) {
	defer setVar(&firstPassBudget, 8)()
	defer setVar(&impactBlock, 1)()
	const n = 300
	word := func(j int) string {
		j = (j%n + n) % n
		return "zq" + string(rune('b'+j/26%26)) + string(rune('b'+j%26)) + "x"
	}
	docs := make([]Doc, n)
	for i := range docs {
		var text []string
		for k := range 5 {
			text = append(text, word(i-k))
		}
		// IDs in another order than positions.
		docs[i] = Doc{ID: uint64((i*7)%n + 1), Headline: strings.Join(text, " "), Body: strings.Join(text, " ")}
	}
	lists := func(docs []Doc, workers int) map[uint64][]Link {
		t.Helper()
		got, err := Related(context.Background(), docs, Config{N: 3, Workers: workers, DuplicateScore: -1})
		if err != nil {
			t.Fatal(err)
		}
		m := map[uint64][]Link{}
		for i, d := range docs {
			m[d.ID] = got[i]
		}
		return m
	}
	want := lists(docs, 1)
	shuffled := slices.Clone(docs)
	rand.New(rand.NewPCG(3, 4)).Shuffle(n, func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	if got := lists(shuffled, 3); !reflect.DeepEqual(got, want) {
		for id, l := range want {
			if !reflect.DeepEqual(got[id], l) {
				t.Fatalf("article %d: shuffled %v, in order %v", id, got[id], l)
			}
		}
	}
}
