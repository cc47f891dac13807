package linker_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
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
		for _, dense := range []int{1 << 30, 0} { // searches without and with pruning
			// All older lists checked at once, or the 40 with the lowest
			// thresholds and the rest found by threshold searches.
			for _, low := range []int{1 << 30, 40} {
				t.Run(fmt.Sprintf("%s/dense=%v/low=%d", tc.name, dense > 0, low), func(t *testing.T) {
					defer linker.SetDenseDocs(dense)()
					defer linker.SetLowThetas(low)()
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
	cases := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", []byte("not an index")},
	}
	for k := 1; k < 32; k++ { // cut in every section, the lists at the end included
		cases = append(cases, struct {
			name string
			data []byte
		}{fmt.Sprintf("truncated at %d/32", k), data[:len(data)*k/32]})
	}
	for _, tc := range cases {
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

// encode returns what WriteTo writes of ix.
func encode(t testing.TB, ix *linker.Index) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := ix.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestIndex_WriteChanges(t *testing.T) {
	docs, _ := corpus(t, 700, 3)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		cfg  linker.Config
	}{
		{"defaults", linker.Config{N: 10}},
		{"no expansion", linker.Config{N: 5, ExpandN: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, err := linker.Build(ctx, docs[:500], tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			base := encode(t, ix)
			// Three change sets: additions; a new version and a removal; two
			// Adds written as one.
			v2 := docs[5]
			v2.Body = docs[400].Body
			steps := []func() error{
				func() error { _, err := ix.Add(ctx, docs[500:600]); return err },
				func() error {
					if _, err := ix.Add(ctx, []linker.Doc{v2}); err != nil {
						return err
					}
					_, err := ix.Remove(ctx, []uint64{docs[9].ID, docs[550].ID})
					return err
				},
				func() error {
					if _, err := ix.Add(ctx, docs[600:650]); err != nil {
						return err
					}
					_, err := ix.Add(ctx, docs[650:])
					return err
				},
			}
			var records [][]byte
			for _, step := range steps {
				if err := step(); err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if _, err := ix.WriteChanges(&buf); err != nil {
					t.Fatal(err)
				}
				records = append(records, buf.Bytes())
			}
			if len(records[0]) >= len(base)/2 {
				t.Errorf("a change record of 100 documents takes %d bytes, the index of 500 %d", len(records[0]), len(base))
			}
			back, err := linker.ReadIndex(bytes.NewReader(base))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range records {
				if err := back.ReadChanges(bytes.NewReader(r)); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(encode(t, ix), encode(t, back)) {
				t.Fatal("index read back with its changes encodes differently from the index that wrote them")
			}
			checkAgainstRecompute(t, back)
			if back.Has(docs[9].ID) || !back.Has(docs[5].ID) || back.Len() != ix.Len() {
				t.Errorf("removal or new version lost: has 9 %v, has 5 %v, len %d vs %d", back.Has(docs[9].ID), back.Has(docs[5].ID), back.Len(), ix.Len())
			}

			// Records apply only in order, to the index they follow.
			stale, _ := linker.ReadIndex(bytes.NewReader(base))
			if err := stale.ReadChanges(bytes.NewReader(records[1])); !errors.Is(err, linker.ErrFormat) {
				t.Errorf("out of order: err = %v, want ErrFormat", err)
			}
			for _, bad := range [][]byte{nil, []byte("garbage"), records[0][:len(records[0])/2]} {
				fresh, _ := linker.ReadIndex(bytes.NewReader(base))
				if err := fresh.ReadChanges(bytes.NewReader(bad)); !errors.Is(err, linker.ErrFormat) {
					t.Errorf("%d bytes: err = %v, want ErrFormat", len(bad), err)
				}
			}

			// Compacting changes no list, and leaves only WriteTo.
			lists := map[uint64][]linker.Link{}
			for _, d := range docs {
				lists[d.ID], _ = back.List(d.ID)
			}
			back.Compact()
			if _, err := back.Add(ctx, nil); err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				if l, _ := back.List(d.ID); !reflect.DeepEqual(l, lists[d.ID]) {
					t.Fatalf("doc %d: list changed by Compact", d.ID)
				}
			}
			checkAgainstRecompute(t, back)
			if _, err := back.WriteChanges(io.Discard); !errors.Is(err, linker.ErrCompacted) {
				t.Errorf("WriteChanges after Compact: err = %v, want ErrCompacted", err)
			}
			again, err := linker.ReadIndex(bytes.NewReader(encode(t, back)))
			if err != nil {
				t.Fatal(err)
			}
			checkAgainstRecompute(t, again)
		})
	}
}

// TestIndex_Add_DuplicatesInOneBatch adds a story and its copy under
// another ID together: they are near-duplicates of each other, as Build
// would find, and never list each other or both fill another list.
func TestIndex_Add_DuplicatesInOneBatch(t *testing.T) {
	docs, _ := corpus(t, 400, 8)
	ctx := context.Background()
	for _, cfg := range []linker.Config{{N: 10}, {N: 10, ExpandN: -1}} {
		ix, err := linker.Build(ctx, docs[:300], cfg)
		if err != nil {
			t.Fatal(err)
		}
		batch := slices.Clone(docs[300:310])
		cp := batch[0]
		cp.ID = 100000
		cp.Body += " Updated."
		batch = append(batch, cp)
		if _, err := ix.Add(ctx, batch); err != nil {
			t.Fatal(err)
		}
		for _, id := range []uint64{cp.ID, batch[0].ID} {
			l, _ := ix.List(id)
			for _, e := range l {
				if e.ID == cp.ID || e.ID == batch[0].ID {
					t.Errorf("%+v: %d lists its copy %d", cfg, id, e.ID)
				}
			}
		}
		for _, id := range ix.IDs() {
			l, _ := ix.List(id)
			both := 0
			for _, e := range l {
				if e.ID == cp.ID || e.ID == batch[0].ID {
					both++
				}
			}
			if both > 1 {
				t.Errorf("%+v: %d lists the story twice: %v", cfg, id, l)
			}
		}
		checkAgainstRecompute(t, ix)
	}
}

// TestIndex_Add_CopyOfOlder adds the copy of an indexed story under
// another ID: Add finds it among the new story's More Like This
// candidates, so that the two never list each other or both fill another
// list, with and without pruned searches.
func TestIndex_Add_CopyOfOlder(t *testing.T) {
	docs, _ := corpus(t, 320, 9)
	ctx := context.Background()
	for _, dense := range []int{1 << 30, 0} {
		t.Run(fmt.Sprintf("dense=%v", dense > 0), func(t *testing.T) {
			defer linker.SetDenseDocs(dense)()
			ix, err := linker.Build(ctx, docs[:300], linker.Config{N: 10})
			if err != nil {
				t.Fatal(err)
			}
			orig := docs[42]
			cp := orig
			cp.ID = 100000
			cp.Body += " Updated."
			if _, err := ix.Add(ctx, append(slices.Clone(docs[300:]), cp)); err != nil {
				t.Fatal(err)
			}
			for _, id := range []uint64{cp.ID, orig.ID} {
				l, _ := ix.List(id)
				for _, e := range l {
					if e.ID == cp.ID || e.ID == orig.ID {
						t.Errorf("%d lists its copy %d", id, e.ID)
					}
				}
			}
			for _, id := range ix.IDs() {
				l, _ := ix.List(id)
				both := 0
				for _, e := range l {
					if e.ID == cp.ID || e.ID == orig.ID {
						both++
					}
				}
				if both > 1 {
					t.Errorf("%d lists the story twice: %v", id, l)
				}
			}
			checkAgainstRecompute(t, ix)
		})
	}
}

// countingReaderAt counts the bytes read through it.
type countingReaderAt struct {
	r io.ReaderAt
	n atomic.Int64
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n.Add(int64(n))
	return n, err
}

// TestOpenIndex checks that an index opened with its vectors left in
// storage adds, removes, lists and encodes exactly as one read whole, with
// expansion (ranking and original vectors stored apart) and without, that
// Add reads only part of what it left, and that damaged or missing input
// fails with ErrFormat.
func TestOpenIndex(t *testing.T) {
	for name, cfg := range map[string]linker.Config{
		"expanded":     {N: 10},
		"not expanded": {N: 10, ExpandN: -1},
	} {
		t.Run(name, func(t *testing.T) { testOpenIndex(t, cfg) })
	}
}

func testOpenIndex(t *testing.T, cfg linker.Config) {
	docs, _ := corpus(t, 1400, 21)
	ctx := context.Background()
	ix, err := linker.Build(ctx, docs[:1200], cfg)
	if err != nil {
		t.Fatal(err)
	}
	base := encode(t, ix)
	if _, err := ix.Add(ctx, docs[1200:1300]); err != nil {
		t.Fatal(err)
	}
	var rec bytes.Buffer
	if _, err := ix.WriteChanges(&rec); err != nil {
		t.Fatal(err)
	}
	whole, err := linker.ReadIndex(bytes.NewReader(base))
	if err != nil {
		t.Fatal(err)
	}
	src := &countingReaderAt{r: bytes.NewReader(base)}
	lazy, err := linker.OpenIndex(src, int64(len(base)))
	if err != nil {
		t.Fatal(err)
	}
	opened := src.n.Load()
	if opened >= int64(len(base)*3/4) {
		t.Errorf("OpenIndex read %d of %d bytes", opened, len(base))
	}
	v2 := docs[5]
	v2.Body = docs[900].Body
	for _, x := range []*linker.Index{whole, lazy} {
		if err := x.ReadChanges(bytes.NewReader(rec.Bytes())); err != nil {
			t.Fatal(err)
		}
	}
	steps := []func(x *linker.Index) ([]uint64, error){
		func(x *linker.Index) ([]uint64, error) { return x.Add(ctx, docs[1300:1380]) },
		func(x *linker.Index) ([]uint64, error) { return x.Add(ctx, []linker.Doc{v2}) },
		func(x *linker.Index) ([]uint64, error) { return x.Remove(ctx, []uint64{docs[7].ID, docs[1250].ID}) },
		func(x *linker.Index) ([]uint64, error) { return x.Add(ctx, docs[1380:]) },
	}
	var added int64
	for k, step := range steps {
		c1, err1 := step(whole)
		c2, err2 := step(lazy)
		if err1 != nil || err2 != nil || !slices.Equal(c1, c2) {
			t.Fatalf("step %d: %v, %v; changed %d vs %d", k, err1, err2, len(c1), len(c2))
		}
		if k == 0 {
			added = src.n.Load() - opened
		}
	}
	// With expansion the first add needs only some of the originals and
	// of the lists; without, on an index this small, it compares the new
	// documents with nearly every stored one. (The replacement after it
	// reads every list that may name the replaced document: on an index
	// this small, all of them, every threshold being among the lowest.)
	if added == 0 || cfg.ExpandN >= 0 && opened+added >= int64(len(base)) {
		t.Errorf("the first add read %d bytes of what OpenIndex left (%d read, %d stored)", added, opened, len(base))
	}
	for _, d := range docs {
		a, _ := whole.List(d.ID)
		b, _ := lazy.List(d.ID)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("doc %d: %v vs %v", d.ID, a, b)
		}
	}
	var r1, r2 bytes.Buffer
	if _, err := whole.WriteChanges(&r1); err != nil {
		t.Fatal(err)
	}
	if _, err := lazy.WriteChanges(&r2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(r1.Bytes(), r2.Bytes()) {
		t.Error("the change records differ")
	}
	if err := lazy.Detach(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, whole), encode(t, lazy)) {
		t.Error("the detached index encodes differently")
	}
	checkAgainstRecompute(t, lazy)

	for k := 1; k < 32; k++ { // cut in every section, the vectors included
		data := base[:len(base)*k/32]
		if _, err := linker.OpenIndex(bytes.NewReader(data), int64(len(data))); !errors.Is(err, linker.ErrFormat) {
			t.Errorf("truncated at %d/32: err = %v, want ErrFormat", k, err)
		}
	}
}

// TestOpenIndex_ListsSideBySide reads the lists of an index OpenIndex
// opened from several goroutines at once, as the methods that only read
// may be used (run with -race): every list is the one built.
func TestOpenIndex_ListsSideBySide(t *testing.T) {
	docs, _ := corpus(t, 400, 5)
	ix, err := linker.Build(context.Background(), docs, linker.Config{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	base := encode(t, ix)
	opened, err := linker.OpenIndex(bytes.NewReader(base), int64(len(base)))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range docs {
				d := docs[(k+g*97)%len(docs)]
				want, _ := ix.List(d.ID)
				if got, _ := opened.List(d.ID); !reflect.DeepEqual(got, want) {
					t.Errorf("doc %d: %v, want %v", d.ID, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkReadChanges replays the change records of 40 adds of 1,000
// articles onto the index of 10,000 they followed, as every link does
// until the index is compacted: most of it is putting the new postings
// into the delta lists.
func BenchmarkReadChanges(b *testing.B) {
	docs, _ := corpus(b, 50000, 3)
	ctx := context.Background()
	ix, err := linker.Build(ctx, docs[:10000], linker.Config{N: 10})
	if err != nil {
		b.Fatal(err)
	}
	base := encode(b, ix)
	var recs [][]byte
	for at := 10000; at < len(docs); at += 1000 {
		if _, err := ix.Add(ctx, docs[at:at+1000]); err != nil {
			b.Fatal(err)
		}
		var rec bytes.Buffer
		if _, err := ix.WriteChanges(&rec); err != nil {
			b.Fatal(err)
		}
		recs = append(recs, rec.Bytes())
	}
	for b.Loop() {
		b.StopTimer()
		x, err := linker.ReadIndex(bytes.NewReader(base))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, rec := range recs {
			if err := x.ReadChanges(bytes.NewReader(rec)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
