package linker

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"newslink/linker/synth"
)

// TestReadFaulting checks that a slice large enough to be read in two
// halves (the second one's pages touched first by another goroutine)
// reads what was written, and that a stream ending in either half fails.
func TestReadFaulting(t *testing.T) {
	src := make([]byte, 17<<20+12345)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range src {
		src[i] = byte(r.Uint32())
	}
	got := make([]byte, len(src))
	d := &decoder{r: bufio.NewReader(bytes.NewReader(src))}
	readFaulting(d, got)
	if d.err != nil || !bytes.Equal(got, src) {
		t.Fatalf("read back differs (err %v)", d.err)
	}
	for _, n := range []int{len(src) / 4, len(src) * 3 / 4} {
		d := &decoder{r: bufio.NewReader(bytes.NewReader(src[:n]))}
		readFaulting(d, make([]byte, len(src)))
		if d.err != io.ErrUnexpectedEOF {
			t.Errorf("stream of %d bytes: err %v, want %v", n, d.err, io.ErrUnexpectedEOF)
		}
	}
}

// closableReaderAt fails every read once closed, as the store's reader
// does after its transaction.
type closableReaderAt struct {
	r      io.ReaderAt
	closed bool
}

func (c *closableReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if c.closed {
		return 0, errors.New("closed")
	}
	return c.r.ReadAt(p, off)
}

// encodedIndex returns n articles of a synthetic corpus and their index
// (lists of 10) as WriteTo writes it.
func encodedIndex(t *testing.T, n int, seed uint64) ([]Doc, []byte) {
	t.Helper()
	var docs []Doc
	synth.Generate(synth.Config{N: n, Seed: seed}, func(a synth.Article) bool {
		docs = append(docs, Doc{ID: uint64(len(docs) + 1), Headline: a.Headline, Body: a.Body, Published: a.Published})
		return true
	})
	ix, err := Build(context.Background(), docs, Config{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := ix.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return docs, buf.Bytes()
}

// TestOpenIndex_Vectors damages one stored vector, ranking or original,
// which OpenIndex leaves unread: ReadIndex refuses the index at once,
// while the opened index fails with ErrFormat once Add reads the vector,
// and so do Detach and WriteTo. A source gone before Add fails Add too.
func TestOpenIndex_Vectors(t *testing.T) {
	ctx := context.Background()
	docs, data := encodedIndex(t, 300, 4)
	const victim = 17
	probe, err := OpenIndex(bytes.NewReader(data), int64(len(data)))
	if err != nil || probe.vlazy == nil || probe.olazy == nil || probe.vlazy == probe.olazy {
		t.Fatalf("OpenIndex: %v, ranking vectors left %v, originals left %v", err, probe.vlazy != nil, probe.olazy != nil)
	}
	copyOf := docs[victim]
	copyOf.ID = 1000 // found as a candidate: its original vector is read

	src := &closableReaderAt{r: bytes.NewReader(data)}
	gone, err := OpenIndex(src, int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	src.closed = true
	if _, err := gone.Add(ctx, []Doc{copyOf}); err == nil || errors.Is(err, ErrFormat) {
		t.Errorf("Add from a closed source: err = %v, want an error other than ErrFormat", err)
	}

	for kind, at := range map[string]int64{
		"ranking":  probe.vlazy.tAt + 4*int64(probe.off[victim]),
		"original": probe.olazy.tAt + 4*int64(probe.ooff[victim]),
	} {
		damaged := bytes.Clone(data)
		binary.LittleEndian.PutUint32(damaged[at:], 1<<31)
		if _, err := ReadIndex(bytes.NewReader(damaged)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: ReadIndex: err = %v, want ErrFormat", kind, err)
		}
		for name, use := range map[string]func(*Index) error{
			"Add":     func(x *Index) error { _, err := x.Add(ctx, []Doc{copyOf}); return err },
			"Detach":  func(x *Index) error { return x.Detach() },
			"WriteTo": func(x *Index) error { _, err := x.WriteTo(io.Discard); return err },
		} {
			x, err := OpenIndex(bytes.NewReader(damaged), int64(len(damaged)))
			if err != nil {
				t.Fatalf("%s, %s: OpenIndex: %v", kind, name, err)
			}
			if err := use(x); !errors.Is(err, ErrFormat) {
				t.Errorf("%s, %s: err = %v, want ErrFormat", kind, name, err)
			}
		}
	}
}

// TestMergePostings checks that merging the delta into the base postings,
// as Compact does, gives exactly the postings built from the vectors,
// after adds, a new version and removals.
func TestMergePostings(t *testing.T) {
	ctx := context.Background()
	var docs []Doc
	synth.Generate(synth.Config{N: 700, Seed: 9}, func(a synth.Article) bool {
		docs = append(docs, Doc{ID: uint64(len(docs) + 1), Headline: a.Headline, Body: a.Body, Published: a.Published})
		return true
	})
	for _, cfg := range []Config{{N: 10}, {N: 5, ExpandN: -1}} {
		ix, err := Build(ctx, docs[:500], cfg)
		if err != nil {
			t.Fatal(err)
		}
		v2 := docs[3]
		v2.Body = docs[450].Body
		for _, step := range []func() error{
			func() error { _, err := ix.Add(ctx, docs[500:600]); return err },
			func() error { _, err := ix.Add(ctx, []Doc{v2}); return err },
			func() error { _, err := ix.Remove(ctx, []uint64{docs[8].ID, docs[520].ID, docs[499].ID}); return err },
			func() error { _, err := ix.Add(ctx, docs[600:]); return err },
		} {
			if err := step(); err != nil {
				t.Fatal(err)
			}
		}
		if len(ix.delta) == 0 {
			t.Fatal("nothing in the delta to merge")
		}
		merged := *ix
		merged.mergePostings()
		ix.fillPostings()
		ix.sortPostings(ix.cfg.Workers, false)
		if !slices.Equal(merged.pOff, ix.pOff) || !slices.Equal(merged.pDoc, ix.pDoc) || !slices.Equal(merged.pW, ix.pW) {
			t.Fatalf("ExpandN %d: merged postings differ from those built (%d and %d postings)", cfg.ExpandN, len(merged.pDoc), len(ix.pDoc))
		}
	}
}

// TestOpenIndex_Entries checks the lists OpenIndex leaves stored: each
// read alone, and all read side by side (Detach), are the lists read in a
// stream; their lengths and last entries are known before; a damaged
// list or posting is found when read; and a cut anywhere fails with
// ErrFormat.
func TestOpenIndex_Entries(t *testing.T) {
	docs, data := encodedIndex(t, 300, 5)
	streamed, err := ReadIndex(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	opened, err := OpenIndex(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(opened.lists) != len(docs) || opened.stored == nil {
		t.Fatal("OpenIndex read the lists")
	}
	for d := range int32(len(docs)) {
		want := streamed.lists[d]
		n, last := opened.tail(d)
		if n != len(want) || n > 0 && (last.d != want[n-1].d || last.s != want[n-1].s) {
			t.Fatalf("doc %d: tail %d, %+v; want the end of %+v", d, n, last, want)
		}
		if d%2 == 0 && !reflect.DeepEqual(opened.listOf(d), want) {
			t.Fatalf("doc %d: list %+v, want %+v", d, opened.listOf(d), want)
		}
	}
	x := slices.IndexFunc(streamed.lists, func(l []entry) bool { return len(l) > 1 })
	at := opened.stored.at[0] + 4*int64(opened.stored.start[x]) // x's first entry's document
	if err := opened.Detach(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(opened.lists, streamed.lists) {
		t.Fatal("the lists read side by side differ from those read as a stream")
	}
	// A damaged entry is found when its list is read.
	damaged := slices.Clone(data)
	binary.LittleEndian.PutUint32(damaged[at:], 1<<31-1)
	opened, err = OpenIndex(bytes.NewReader(damaged), int64(len(damaged)))
	if err != nil {
		t.Fatal(err)
	}
	if l := opened.listOf(int32(x)); l != nil || !errors.Is(opened.lazyErr(), ErrFormat) {
		t.Fatalf("damaged list: %+v, %v", l, opened.lazyErr())
	}
	// So is a damaged posting, when its term's list is read.
	term := uint32(0)
	for streamed.pOff[term+1] == streamed.pOff[term] {
		term++
	}
	damaged = slices.Clone(data)
	binary.LittleEndian.PutUint32(damaged[opened.plazy.tAt+4*int64(streamed.pOff[term]):], uint32(len(docs)))
	opened, err = OpenIndex(bytes.NewReader(damaged), int64(len(damaged)))
	if err != nil {
		t.Fatal(err)
	}
	if docs, _ := opened.base(term); len(docs) != 0 || !errors.Is(opened.lazyErr(), ErrFormat) {
		t.Fatalf("damaged postings: %v, %v", docs, opened.lazyErr())
	}
	for k := 1; k < 64; k++ {
		cut := data[:len(data)*k/64]
		if _, err := OpenIndex(bytes.NewReader(cut), int64(len(cut))); !errors.Is(err, ErrFormat) {
			t.Errorf("cut at %d/64: err = %v, want ErrFormat", k, err)
		}
	}
}
