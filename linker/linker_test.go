package linker_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"newslink/linker"
	"newslink/linker/synth"
)

// corpus returns n synthetic articles as docs, with their story labels.
func corpus(tb testing.TB, n int, seed uint64) ([]linker.Doc, []string) {
	tb.Helper()
	var docs []linker.Doc
	var labels []string
	synth.Generate(synth.Config{N: n, Seed: seed}, func(a synth.Article) bool {
		docs = append(docs, linker.Doc{ID: uint64(len(docs) + 1), Headline: a.Headline, Body: a.Body, Language: a.Language, Published: a.Published})
		labels = append(labels, a.Label)
		return true
	})
	return docs, labels
}

// longCorpus returns n long documents (newsgroup posts rather than news
// briefs), each the text of several synthetic articles of a few stories,
// on which pruning bounds are weak: many terms, flat weights.
func longCorpus(tb testing.TB, n int, seed uint64) []linker.Doc {
	tb.Helper()
	short, _ := corpus(tb, 6*n, seed)
	r := rand.New(rand.NewPCG(seed, 99))
	docs := make([]linker.Doc, n)
	for i := range docs {
		var body strings.Builder
		for range 3 + r.IntN(6) {
			a := short[r.IntN(len(short))]
			body.WriteString(a.Headline + ". " + a.Body + "\n\n")
		}
		docs[i] = linker.Doc{ID: uint64(i + 1), Headline: short[i].Headline, Body: body.String(), Published: short[i].Published}
	}
	return docs
}

// copies returns k near-copies of each of docs (one word added), so that
// a list's best candidates are mostly near-duplicates of each other.
func copies(docs []linker.Doc, k int) []linker.Doc {
	var out []linker.Doc
	for _, d := range docs {
		for j := range k {
			c := d
			c.ID = uint64(len(out) + 1)
			c.Body += fmt.Sprintf(" copy%d", j)
			out = append(out, c)
		}
	}
	return out
}

func TestIndex_PrunedEqualsBruteForce(t *testing.T) {
	docs, _ := corpus(t, 900, 7)
	long := longCorpus(t, 400, 5)
	for _, tc := range []struct {
		name string
		docs []linker.Doc
		cfg  linker.Config
	}{
		{"defaults", docs, linker.Config{N: 10}},
		{"no expansion", docs, linker.Config{N: 10, ExpandN: -1}},
		{"all terms, no dates", docs, linker.Config{N: 5, MaxTerms: -1, DateWeight: -1, ExpandN: -1}},
		{"min score and window", docs, linker.Config{N: 20, MinScore: 0.2, Window: 30 * 24 * 3600e9}},
		{"no duplicates check", docs, linker.Config{N: 3, DuplicateScore: -1}},
		{"long documents", long, linker.Config{N: 10}},
		{"long documents, all terms", long, linker.Config{N: 10, MaxTerms: -1}},
		{"copies crowd the lists", copies(docs[:40], 9), linker.Config{N: 5}},
	} {
		// Every way of searching: every posting read (small indexes);
		// pruned, Build through ranges of documents when it expands (of
		// the default size, and of 3 so that most ranges are read and
		// cut; every query by ranges, and every query's lists whole in
		// the ranges' order), over weight-sorted lists when it does not
		// and when the lists are recomputed after it; and with a first
		// pass that reads a few postings of each query (its neighbours
		// change the vectors, not the exactness of the lists).
		// Dense rebuilds sum each pair once for both lists, or, when
		// the heaps that needs would be too large, search each list.
		for _, mode := range []struct {
			name        string
			dense, size int
			yield       uint64
			budget      int
			pairs       bool
		}{{"dense", 1 << 30, 0, 0, 0, true}, {"dense, a list at a time", 1 << 30, 0, 0, 0, false}, {"ranges", 0, 0, 0, 0, true}, {"ranges of 3", 0, 3, 0, 0, true}, {"ranges always", 0, 0, 1, 0, true}, {"ranges never", 0, 0, 1 << 40, 0, true}, {"first pass cut", 0, 0, 0, 32, true}} {
			t.Run(tc.name+"/"+mode.name, func(t *testing.T) {
				defer linker.SetDenseDocs(mode.dense)()
				if !mode.pairs {
					defer linker.SetPairsMemory(0)()
				}
				if mode.size > 0 {
					defer linker.SetRangeSize(mode.size)()
				}
				if mode.yield > 0 {
					defer linker.SetRangeYield(mode.yield)()
				}
				if mode.budget > 0 {
					defer linker.SetFirstPassBudget(mode.budget)()
				}
				ix, err := linker.Build(context.Background(), tc.docs, tc.cfg)
				if err != nil {
					t.Fatal(err)
				}
				want := linker.BruteLists(ix)
				again := linker.RecomputeAll(ix)
				for i, id := range linker.IDs(ix) {
					got, _ := ix.List(id)
					if !reflect.DeepEqual(got, want[i]) && !(len(got) == 0 && len(want[i]) == 0) {
						t.Fatalf("doc %d: pruned %v, brute force %v", id, got, want[i])
					}
					if !reflect.DeepEqual(again[id], want[i]) && !(len(again[id]) == 0 && len(want[i]) == 0) {
						t.Fatalf("doc %d: recomputed %v, brute force %v", id, again[id], want[i])
					}
				}
			})
		}
	}
}

func TestRelated_Deterministic(t *testing.T) {
	docs, _ := corpus(t, 800, 3)
	// Also with a first pass that reads a few of the heaviest postings of
	// its lists: what it cuts must not depend on the order documents came
	// in (weights tie often) or on the workers.
	for _, budget := range []int{0, 64} {
		t.Run(fmt.Sprintf("budget %d", budget), func(t *testing.T) {
			defer linker.SetFirstPassBudget(budget)()
			want, err := linker.Related(context.Background(), docs, linker.Config{N: 10, Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			byID := map[uint64][]linker.Link{}
			for i, d := range docs {
				byID[d.ID] = want[i]
			}
			shuffled := append([]linker.Doc(nil), docs...)
			rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			got, err := linker.Related(context.Background(), shuffled, linker.Config{N: 10, Workers: 4})
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range shuffled {
				if !reflect.DeepEqual(got[i], byID[d.ID]) {
					t.Fatalf("doc %d: shuffled on 4 workers %v, in order on 1 %v", d.ID, got[i], byID[d.ID])
				}
			}
		})
	}
}

func TestRelated_Lists(t *testing.T) {
	wire := linker.Doc{ID: 10, Headline: "Volcano erupts on Etna", Body: "Mount Etna erupted on Sunday, sending ash over Catania. Flights at Catania airport were suspended, officials said."}
	copyOf := wire
	copyOf.ID = 11
	docs := []linker.Doc{
		wire, copyOf,
		{ID: 12, Headline: "Etna eruption closes Catania airport", Body: "Ash from Mount Etna closed Catania airport for a second day."},
		{ID: 13, Headline: "Catania flights resume after Etna ash", Body: "Flights resumed at Catania airport as Mount Etna calmed."},
		{ID: 14, Headline: "Parliament passes budget", Body: "The parliament passed the budget after a long debate."},
		{ID: 15, Headline: "Budget vote delayed", Body: "A vote on the budget in parliament was delayed again."},
	}
	lists, err := linker.Related(context.Background(), docs, linker.Config{N: 3})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		doc     int
		wantNot []uint64
		wantIn  []uint64
	}{
		{"never itself nor its own copy", 0, []uint64{10, 11}, []uint64{12, 13}},
		{"copies fill a list once", 2, nil, []uint64{13}},
		{"other story stays apart", 4, []uint64{10, 11, 12, 13}, []uint64{15}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[uint64]bool{}
			for _, l := range lists[tc.doc] {
				if l.Score <= 0 || l.Score > 1 {
					t.Errorf("score %v out of (0, 1]", l.Score)
				}
				got[l.ID] = true
			}
			for _, id := range tc.wantNot {
				if got[id] {
					t.Errorf("list of %d holds %d: %v", docs[tc.doc].ID, id, lists[tc.doc])
				}
			}
			for _, id := range tc.wantIn {
				if !got[id] {
					t.Errorf("list of %d lacks %d: %v", docs[tc.doc].ID, id, lists[tc.doc])
				}
			}
			if got[10] && got[11] {
				t.Errorf("list of %d holds both copies: %v", docs[tc.doc].ID, lists[tc.doc])
			}
		})
	}
}

func TestBuild_DuplicateID(t *testing.T) {
	_, err := linker.Build(context.Background(), []linker.Doc{{ID: 1}, {ID: 1}}, linker.Config{})
	if !errors.Is(err, linker.ErrDuplicateID) {
		t.Fatalf("err = %v, want ErrDuplicateID", err)
	}
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		docs, _ := corpus(b, n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := linker.Build(context.Background(), docs, linker.Config{N: 10}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkIndex_Add(b *testing.B) {
	for _, n := range []int{10000, 30000} {
		docs, _ := corpus(b, n+100*1000, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ix, err := linker.Build(context.Background(), docs[:n], linker.Config{N: 10})
			if err != nil {
				b.Fatal(err)
			}
			next := n
			b.ReportAllocs()
			for b.Loop() {
				if next+100 > len(docs) {
					b.Skip("out of documents")
				}
				if _, err := ix.Add(context.Background(), docs[next:next+100]); err != nil {
					b.Fatal(err)
				}
				next += 100
			}
		})
	}
}

func BenchmarkRelated_Analysis(b *testing.B) {
	docs, _ := corpus(b, 2000, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := linker.Related(context.Background(), docs, linker.Config{N: 10, ExpandN: -1, DuplicateScore: -1}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBuildFrom(t *testing.T) {
	docs, _ := corpus(t, 500, 4)
	ctx := context.Background()
	want, err := linker.Build(ctx, docs, linker.Config{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	got, err := linker.BuildFrom(ctx, func(yield func(linker.Doc) bool) error {
		for i := len(docs) - 1; i >= 0; i-- { // another order
			if !yield(docs[i]) {
				break
			}
		}
		return nil
	}, linker.Config{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		a, _ := want.List(d.ID)
		b, _ := got.List(d.ID)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("doc %d: Build %v, BuildFrom %v", d.ID, a, b)
		}
	}
	boom := errors.New("boom")
	_, err = linker.BuildFrom(ctx, func(yield func(linker.Doc) bool) error { return boom }, linker.Config{})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
}

func TestBuild_Names(t *testing.T) {
	docs := []linker.Doc{
		{ID: 1, Headline: "Tara Reid enters rehab", Body: "Actress Tara Reid checked into Promises Treatment Center."},
		{ID: 2, Headline: "Tara Reid in rehab", Body: "Tara Reid is at Promises Treatment Center, her rep said."},
		{ID: 3, Headline: "Lindsay Lohan enters rehab", Body: "Lindsay Lohan checked into the Betty Ford Center."},
		{ID: 4, Headline: "Lohan at Betty Ford", Body: "Lindsay Lohan began a stay at the Betty Ford Center."},
	}
	tests := []struct {
		name       string
		nameWeight float64
		wantNames  bool // whether "tara reid" is a term of its own
		wantCfg    float64
	}{
		{"off by default", 0, false, -1},
		{"negative is off", -3, false, -1},
		{"positive adds names", 1, true, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix, err := linker.Build(context.Background(), docs, linker.Config{N: 1, ExpandN: -1, NameWeight: tc.nameWeight})
			if err != nil {
				t.Fatal(err)
			}
			if got := ix.Config().NameWeight; got != tc.wantCfg {
				t.Errorf("Config().NameWeight = %v, want %v", got, tc.wantCfg)
			}
			e, err := ix.ExplainPair(1, 2, 100)
			if err != nil {
				t.Fatal(err)
			}
			if e.Cosine <= 0 {
				t.Fatalf("1 and 2 share no term: %v", e)
			}
			var names []string
			for _, tw := range e.Terms {
				if tw.Name {
					names = append(names, tw.Term)
				}
			}
			if got := len(names) > 0; got != tc.wantNames || got && !reflect.DeepEqual(names, []string{"tara reid"}) {
				t.Errorf("name terms %q, want names: %v (%v)", names, tc.wantNames, e)
			}
		})
	}
}
