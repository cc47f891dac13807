package linker_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"reflect"
	"testing"

	"newslink/linker"
)

func checkAgainstRecompute(t *testing.T, ix *linker.Index) {
	t.Helper()
	want := linker.RecomputeAll(ix)
	for id, w := range want {
		got, ok := ix.List(id)
		if !ok {
			t.Fatalf("doc %d missing", id)
		}
		if len(got) == 0 && len(w) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, w) {
			t.Fatalf("doc %d: incremental %v, recomputed %v", id, got, w)
		}
	}
}

func TestIndex_Add(t *testing.T) {
	docs, _ := corpus(t, 800, 11)
	for _, tc := range []struct {
		name string
		cfg  linker.Config
	}{
		{"defaults", linker.Config{N: 10}},
		{"no expansion", linker.Config{N: 10, ExpandN: -1}},
		{"min score", linker.Config{N: 5, MinScore: 0.3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			ix, err := linker.Build(ctx, docs[:600], tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			for _, batch := range [][]linker.Doc{docs[600:700], docs[700:800]} {
				changed, err := ix.Add(ctx, batch)
				if err != nil {
					t.Fatal(err)
				}
				if len(changed) < len(batch) {
					t.Errorf("changed %d lists, want at least the %d new ones", len(changed), len(batch))
				}
				checkAgainstRecompute(t, ix)
			}
			// A new version of an article, and a removal.
			v2 := docs[5]
			v2.Body = docs[500].Body
			if _, err := ix.Add(ctx, []linker.Doc{v2}); err != nil {
				t.Fatal(err)
			}
			checkAgainstRecompute(t, ix)
			if _, err := ix.Remove(ctx, []uint64{docs[7].ID, docs[750].ID}); err != nil {
				t.Fatal(err)
			}
			checkAgainstRecompute(t, ix)
			if _, ok := ix.List(docs[7].ID); ok {
				t.Error("removed doc still listed")
			}
			if ix.Len() != 798 {
				t.Errorf("Len = %d, want 798", ix.Len())
			}
		})
	}
}

func TestIndex_WriteTo_ReadIndex(t *testing.T) {
	docs, _ := corpus(t, 600, 5)
	ctx := context.Background()
	ix, err := linker.Build(ctx, docs[:500], linker.Config{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Add(ctx, docs[500:550]); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := ix.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	data := bytes.Clone(buf.Bytes())
	back, err := linker.ReadIndex(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if _, err := back.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again.Bytes()) {
		t.Fatal("re-encoding differs")
	}
	c1, err1 := ix.Add(ctx, docs[550:])
	c2, err2 := back.Add(ctx, docs[550:])
	if err1 != nil || err2 != nil || !reflect.DeepEqual(c1, c2) {
		t.Fatalf("Add after decode: %v %v, changed %v vs %v", err1, err2, len(c1), len(c2))
	}
	for _, d := range docs {
		a, _ := ix.List(d.ID)
		b, _ := back.List(d.ID)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("doc %d: %v vs %v", d.ID, a, b)
		}
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", []byte("not an index")},
		{"truncated", data[:len(data)/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := linker.ReadIndex(bytes.NewReader(tc.data)); !errors.Is(err, linker.ErrFormat) {
				t.Errorf("err = %v, want ErrFormat", err)
			}
		})
	}
}

func TestIndex_Explain(t *testing.T) {
	docs, _ := corpus(t, 400, 9)
	ix, err := linker.Build(context.Background(), docs, linker.Config{N: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs[:50] {
		list, _ := ix.List(d.ID)
		ex, err := ix.Explain(d.ID, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(ex) != len(list) {
			t.Fatalf("%d explanations for %d links", len(ex), len(list))
		}
		for k, e := range ex {
			var sum float64
			for _, tw := range e.Terms {
				sum += tw.Weight
			}
			if e.ID != list[k].ID || math.Abs(e.Score-list[k].Score) > 1e-12 || math.Abs(sum-e.Cosine) > 1e-6 {
				t.Fatalf("doc %d: explanation %v does not add up to link %v (terms sum %v)", d.ID, e, list[k], sum)
			}
		}
	}
	if _, err := ix.Explain(999999, 0); !errors.Is(err, linker.ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
}
