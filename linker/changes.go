package linker

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
)

// An index changes little per Add but is large: WriteChanges writes only
// what changed, so that storing an update costs what the update changed,
// not the size of the index. ReadChanges applies such records, in order,
// to the index read from the full WriteTo they follow.

// changesMagic starts every change record; the digit is the format version.
const changesMagic = "newslink-linker-changes 1\n"

// changes is what Add and Remove changed since the mark: the sizes of the
// vocabulary and of the documents then (later terms and documents are
// new, and written whole), and the older documents and terms changed in
// place.
type changes struct {
	terms, docs int
	docsTouched map[int32]bool  // list, near-duplicates or removal changed
	dfTouched   map[uint32]bool // document frequency changed
	compacted   bool            // postings rebuilt: only WriteTo can say so
}

// markWritten starts a new change set: the index as it is now is what
// storage holds.
func (ix *Index) markWritten() {
	ix.since = changes{terms: len(ix.terms), docs: len(ix.ids)}
}

// touch records that document d's list, near-duplicates or liveness
// changed.
func (ix *Index) touch(d int32) {
	if int(d) >= ix.since.docs {
		return
	}
	if ix.since.docsTouched == nil {
		ix.since.docsTouched = map[int32]bool{}
	}
	ix.since.docsTouched[d] = true
}

// touchDF records that term t's document frequency changed.
func (ix *Index) touchDF(t uint32) {
	if int(t) >= ix.since.terms {
		return
	}
	if ix.since.dfTouched == nil {
		ix.since.dfTouched = map[uint32]bool{}
	}
	ix.since.dfTouched[t] = true
}

// ErrCompacted is returned by WriteChanges after Compact: the postings
// were rebuilt, which only a full WriteTo records.
var ErrCompacted = errors.New("index compacted since it was last written")

// WriteChanges writes what Add and Remove changed since the index was
// built, read (ReadIndex, ReadChanges) or last had its changes written,
// and starts a new change set. The record is deterministic and its size
// grows with the changes, not with the index. Applied with ReadChanges to
// the index as it was at the start of the change set, it gives this index
// exactly: the same lists, and the same bytes from WriteTo.
func (ix *Index) WriteChanges(w io.Writer) (int64, error) {
	if ix.since.compacted {
		return 0, fmt.Errorf("linker: write changes: %w", ErrCompacted)
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	e := &encoder{w: bw}
	e.bytes([]byte(changesMagic))
	t0, d0 := ix.since.terms, ix.since.docs
	n := len(ix.ids)
	e.uvarint(uint64(t0))
	e.uvarint(uint64(d0))
	e.terms(ix.terms[t0:])
	var dfTerms []uint32
	for t := range ix.since.dfTouched {
		dfTerms = append(dfTerms, t)
	}
	slices.Sort(dfTerms)
	for t := t0; t < len(ix.terms); t++ {
		dfTerms = append(dfTerms, uint32(t))
	}
	dfs := make([]uint32, len(dfTerms))
	for k, t := range dfTerms {
		dfs[k] = ix.df[t]
	}
	putSlice(e, dfTerms)
	putSlice(e, dfs)
	e.uvarint(uint64(ix.live))
	putSlice(e, ix.ids[d0:])
	putSlice(e, ix.pub[d0:])
	expanded := &ix.ooff[0] != &ix.off[0]
	e.newVectors(ix.off[d0:], ix.vt, ix.vw)
	if expanded {
		e.uvarint(1)
		e.newVectors(ix.ooff[d0:], ix.ovt, ix.ovw)
	} else {
		e.uvarint(0)
	}
	var docs []int32
	for d := range ix.since.docsTouched {
		docs = append(docs, d)
	}
	slices.Sort(docs)
	for d := d0; d < n; d++ {
		docs = append(docs, int32(d))
	}
	dead := make([]bool, len(docs))
	lists := make([][]entry, len(docs))
	dups := make([][]int32, len(docs))
	for k, d := range docs {
		dead[k], lists[k], dups[k] = ix.dead[d], ix.listOf(d), ix.dups[d]
	}
	putSlice(e, docs)
	e.dead(dead)
	e.lists(lists)
	e.dups(dups)
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err != nil {
		return e.n, fmt.Errorf("linker: write changes: %w", e.err)
	}
	ix.markWritten()
	return e.n, nil
}

// newVectors writes the vectors that start at off[0]: their lengths, then
// their terms and weights.
func (e *encoder) newVectors(off []uint64, t []uint32, w []float32) {
	lens := make([]uint32, len(off)-1)
	for i := range lens {
		lens[i] = uint32(off[i+1] - off[i])
	}
	a, b := off[0], off[len(off)-1]
	putSlice(e, lens)
	putSlice(e, t[a:b])
	putSlice(e, w[a:b])
}

// ReadChanges applies a record written by WriteChanges. It returns an
// error wrapping ErrFormat if r does not hold one or holds one for another
// state of the index; the index may then be partly changed and should be
// read again.
func (ix *Index) ReadChanges(r io.Reader) error {
	d := &decoder{r: bufio.NewReaderSize(r, 1<<16)}
	if err := d.changes(ix); err != nil {
		return fmt.Errorf("linker: read changes: %w", d.wrap(err))
	}
	ix.markWritten()
	return nil
}

func (d *decoder) changes(ix *Index) error {
	m := make([]byte, len(changesMagic))
	if _, err := io.ReadFull(d.r, m); err != nil || string(m) != changesMagic {
		return fmt.Errorf("%w: bad magic", ErrFormat)
	}
	t0, d0 := d.count(), d.count()
	if d.err != nil {
		return d.err
	}
	if t0 != len(ix.terms) || d0 != len(ix.ids) {
		return fmt.Errorf("%w: changes to an index of %d terms and %d documents, not %d and %d",
			ErrFormat, t0, d0, len(ix.terms), len(ix.ids))
	}
	for _, t := range d.terms() {
		ix.terms = append(ix.terms, t)
		ix.termID.put(ix.terms, uint32(len(ix.terms)-1))
		ix.df = append(ix.df, 0)
	}
	nt := uint32(len(ix.terms))
	dfTerms, dfs := getSlice[uint32](d, false), getSlice[uint32](d, false)
	if d.err != nil {
		return d.err
	}
	if len(dfTerms) != len(dfs) {
		return fmt.Errorf("%w: document frequencies", ErrFormat)
	}
	for k, t := range dfTerms {
		if t >= nt {
			return fmt.Errorf("%w: term out of range", ErrFormat)
		}
		ix.df[t] = dfs[k]
	}
	ix.live = d.count()
	ids, pub := getSlice[uint64](d, false), getSlice[int64](d, false)
	if d.err != nil {
		return d.err
	}
	if len(ids) != len(pub) {
		return fmt.Errorf("%w: new documents", ErrFormat)
	}
	expanded := &ix.ooff[0] != &ix.off[0]
	if err := d.appendVectors(&ix.off, &ix.vt, &ix.vw, len(ids), nt); err != nil {
		return err
	}
	switch d.uvarint() {
	case 0:
		if expanded {
			return fmt.Errorf("%w: original vectors missing", ErrFormat)
		}
		ix.ooff, ix.ovt, ix.ovw = ix.off, ix.vt, ix.vw
	case 1:
		if !expanded {
			return fmt.Errorf("%w: original vectors of an index without", ErrFormat)
		}
		if err := d.appendVectors(&ix.ooff, &ix.ovt, &ix.ovw, len(ids), nt); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w: vector kind", ErrFormat)
	}
	ix.ids = append(ix.ids, ids...)
	for k := range ids {
		ix.byID.put(ix.ids, int32(d0+k))
	}
	ix.pub = append(ix.pub, pub...)
	n := len(ix.ids)
	ix.dead = append(ix.dead, make([]bool, len(ids))...)
	ix.lists = append(ix.lists, make([][]entry, len(ids))...)
	ix.dups = append(ix.dups, make([][]int32, len(ids))...)
	docs := getSlice[int32](d, false)
	dead := d.dead(0)
	lists := d.lists(len(docs), 0)
	dups := d.dups(len(docs), 0)
	if d.err != nil {
		return d.err
	}
	if len(dead) != len(docs) {
		return fmt.Errorf("%w: changed documents", ErrFormat)
	}
	for k, x := range docs {
		if x < 0 || int(x) >= n {
			return fmt.Errorf("%w: document out of range", ErrFormat)
		}
		for _, e := range lists[k] {
			if e.d < 0 || int(e.d) >= n {
				return fmt.Errorf("%w: link out of range", ErrFormat)
			}
		}
		for _, y := range dups[k] {
			if y < 0 || int(y) >= n {
				return fmt.Errorf("%w: duplicate out of range", ErrFormat)
			}
		}
		ix.dead[x], ix.dups[x] = dead[k], dups[k]
		ix.setList(x, lists[k])
		if dead[k] {
			ix.byID.delete(ix.ids, ix.ids[x], x)
		}
	}
	news := make([]int32, len(ids))
	for k := range news {
		news[k] = int32(d0 + k)
	}
	ix.indexDelta(news)
	return nil
}

// appendVectors reads k vectors written by newVectors onto off, t, w,
// checking every term is below nt.
func (d *decoder) appendVectors(off *[]uint64, t *[]uint32, w *[]float32, k int, nt uint32) error {
	lens, ts, ws := getSlice[uint32](d, false), getSlice[uint32](d, false), getSlice[float32](d, false)
	if d.err != nil {
		return d.err
	}
	total := 0
	for _, l := range lens {
		total += int(l)
	}
	if len(lens) != k || total != len(ts) || len(ws) != len(ts) {
		return fmt.Errorf("%w: new vectors", ErrFormat)
	}
	for _, x := range ts {
		if x >= nt {
			return fmt.Errorf("%w: term out of range", ErrFormat)
		}
	}
	end := uint64(len(*t))
	for _, l := range lens {
		end += uint64(l)
		*off = append(*off, end)
	}
	*t = append(*t, ts...)
	*w = append(*w, ws...)
	return nil
}

// Compact merges the postings of the documents added since the index was
// built into its base and drops those of removed documents, so that a
// search reads one list per term again. No list changes. After it only a
// full WriteTo records the index: WriteChanges returns ErrCompacted until
// the index is read again.
func (ix *Index) Compact() {
	ix.mergePostings()
	ix.since.compacted = true
}

// mergePostings merges each term's delta list into its base list and
// drops the postings of removed documents: the lists fillPostings and
// sortPostings make from the vectors, since both are sorted by
// comparePostings and a document's vector never changes, without
// rebuilding and sorting all of them (at 1,000,000 articles that took 8
// of a compaction's 17 CPU-s).
func (ix *Index) mergePostings() {
	nt := len(ix.terms)
	base := func(t int) ([]uint32, []float32) { return ix.base(uint32(t)) }
	live := func(docs []uint32) uint64 {
		n := uint64(0)
		for _, d := range docs {
			if !ix.dead[d] {
				n++
			}
		}
		return n
	}
	off := make([]uint64, nt+1)
	_ = parallel(context.Background(), ix.cfg.Workers, nt, func(_ int, lo, hi int) {
		for t := lo; t < hi; t++ {
			docs, _ := base(t)
			n := live(docs)
			if l := ix.delta[uint32(t)]; l != nil {
				n += live(l.docs)
			}
			off[t+1] = n
		}
	})
	for t := 1; t <= nt; t++ {
		off[t] += off[t-1]
	}
	pDoc, pW := make([]uint32, off[nt]), make([]float32, off[nt])
	_ = parallel(context.Background(), ix.cfg.Workers, nt, func(_ int, lo, hi int) {
		for t := lo; t < hi; t++ {
			ad, aw := base(t)
			var bd []uint32
			var bw []float32
			if l := ix.delta[uint32(t)]; l != nil {
				bd, bw = l.docs, l.ws
			}
			out := off[t]
			i, j := 0, 0
			for i < len(ad) || j < len(bd) {
				var p posting
				if j == len(bd) || i < len(ad) && comparePostings(posting{ad[i], aw[i]}, posting{bd[j], bw[j]}) < 0 {
					p = posting{ad[i], aw[i]}
					i++
				} else {
					p = posting{bd[j], bw[j]}
					j++
				}
				if !ix.dead[p.d] {
					pDoc[out], pW[out] = p.d, p.w
					out++
				}
			}
		}
	})
	ix.pOff, ix.pDoc, ix.pW, ix.plazy = off, pDoc, pW, nil
	ix.delta = map[uint32]*plist{}
}
