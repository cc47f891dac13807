package linker

import (
	"bufio"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// OpenIndex reads an index written by WriteTo from r, which holds size
// bytes, as ReadIndex does, except for the vectors of its documents,
// ranking and original, and their related lists, which it reads from r
// when a document's is first needed. r must stay readable for as long as
// the index is used, or until Detach. Detach, and WriteTo, which calls
// it, must not run beside other methods on such an index.
//
// The vectors are over two thirds of an index with expansion (1,053 of
// 1,635 MB at 1,000,000 articles), and Add needs only those of the
// documents it looks at: at 1,000,000 articles, 2 to 4% of the ranking
// vectors and fewer of the originals.
func OpenIndex(r io.ReaderAt, size int64) (*Index, error) {
	src := io.NewSectionReader(r, 0, size)
	// Large arrays are read past the buffer, straight into place; a small
	// buffer keeps the skipped vectors unread.
	d := &decoder{r: bufio.NewReaderSize(src, 64<<10), src: src}
	ix, err := d.index()
	if err != nil {
		return nil, fmt.Errorf("linker: read index: %w", d.wrap(err))
	}
	return ix, nil
}

// lazy is where OpenIndex left one set of stored vectors, or the base
// postings: slices of a pair of stored arrays (terms and weights, or
// documents and weights), the first bounded. A stored slice is read,
// when first needed, into memory of its own: an add at 1,000,000
// articles needs the vectors of 2 to 4% of the documents and about 1% of
// the postings.
//
// The index's arrays for stored vectors are allocated whole but never
// written below the stored part (the kernel maps a page only when it is
// first written), so that the documents stored later go where they always
// do; read into the arrays, the vectors an add needs would have touched
// most of their pages. The base postings have no arrays until Detach.
type lazy struct {
	r        io.ReaderAt
	what     string   // "vectors" or "postings", for errors
	tAt, wAt int64    // offsets of the two stored arrays in r
	nt       uint32   // the bound of the first: the vocabulary's size, or the documents', then
	off      []uint64 // the stored offsets, one more than slot
	slot     []atomic.Pointer[vector]
	mu       [64]sync.Mutex
	errs     firstError
}

// vector is a document's vector, or a term's postings, read by lazy.
type vector struct {
	t []uint32
	w []float32
}

// lazyVectors reads the offsets of stored vectors and skips the vectors
// themselves, noting where they are.
func (d *decoder) lazyVectors(nt int) ([]uint64, []uint32, []float32, *lazy) {
	off := getSlice[uint64](d, true)
	l, nT, nW := d.lazyColumns(off, nt, "vectors")
	if l == nil {
		return nil, nil, nil, nil
	}
	return off, make([]uint32, nT, nT+headroom(nT)), make([]float32, nW, nW+headroom(nW)), l
}

// lazyPostings notes where the base postings of the offsets off are, of n
// documents, and skips them; Detach reads them into the index's arrays.
func (d *decoder) lazyPostings(off []uint64, n int) *lazy {
	l, nD, nW := d.lazyColumns(off, n, "postings")
	if l != nil && (uint64(nD) != off[len(off)-1] || nW != nD) {
		d.fail(fmt.Errorf("%w: inconsistent sizes", ErrFormat))
		return nil
	}
	return l
}

// lazyColumns notes where the two arrays the offsets off cut into slices
// are (the first's elements below bound), skips them and returns their
// lengths.
func (d *decoder) lazyColumns(off []uint64, bound int, what string) (_ *lazy, n1, n2 int) {
	n1 = d.count()
	tAt := d.pos()
	d.skip(4 * int64(n1))
	n2 = d.count()
	wAt := d.pos()
	d.skip(4 * int64(n2))
	if d.err != nil || len(off) == 0 {
		return nil, 0, 0
	}
	l := &lazy{r: d.src, what: what, tAt: tAt, wAt: wAt, nt: uint32(bound), off: off[:len(off):len(off)],
		slot: writePages(make([]atomic.Pointer[vector], len(off)-1))} // read before written
	return l, n1, n2
}

// pos returns the offset in the source of the next byte d reads.
func (d *decoder) pos() int64 {
	p, err := d.src.Seek(0, io.SeekCurrent)
	d.fail(err)
	return p - int64(d.r.Buffered())
}

// skip moves past n bytes without reading them.
func (d *decoder) skip(n int64) {
	if d.err != nil {
		return
	}
	if n <= int64(d.r.Buffered()) {
		_, err := d.r.Discard(int(n))
		d.fail(err)
		return
	}
	p := d.pos() + n
	if p > d.src.Size() {
		d.fail(io.ErrUnexpectedEOF)
		return
	}
	_, err := d.src.Seek(p, io.SeekStart)
	d.fail(err)
	d.r.Reset(d.src)
}

// vectorOr returns document i's vector: the one l left stored, or else
// the one in the index's arrays off, t and w (documents added since). It
// is vec and ovec for an index OpenIndex read.
func (l *lazy) vectorOr(i int32, off []uint64, t []uint32, w []float32) ([]uint32, []float32) {
	if int(i) < len(l.slot) {
		return l.vector(i)
	}
	a, b := off[i], off[i+1]
	return t[a:b], w[a:b]
}

// vector returns document i's vector, reading it from the source the
// first time. A read that fails gives an empty vector and leaves the
// error for lazyErr.
func (l *lazy) vector(i int32) ([]uint32, []float32) {
	if v := l.slot[i].Load(); v != nil {
		return v.t, v.w
	}
	mu := &l.mu[int(i)%len(l.mu)]
	mu.Lock()
	defer mu.Unlock()
	if v := l.slot[i].Load(); v != nil {
		return v.t, v.w
	}
	a, b := l.off[i], l.off[i+1]
	v := &vector{t: make([]uint32, b-a), w: make([]float32, b-a)}
	if err := l.read(v.t, v.w, int64(a)); err != nil {
		v = &vector{}
		l.fail(err)
	}
	l.slot[i].Store(v)
	return v.t, v.w
}

// read reads the stored terms and weights from element at on into t and
// w.
func (l *lazy) read(t []uint32, w []float32, at int64) error {
	if len(t) == 0 {
		return nil
	}
	bt, bw := asBytes(t), asBytes(w)
	if err := readAt(l.r, bt, l.tAt+4*at); err != nil {
		return err
	}
	if err := readAt(l.r, bw, l.wAt+4*at); err != nil {
		return err
	}
	if !littleEndian {
		swap(bt, 4)
		swap(bw, 4)
	}
	for _, x := range t {
		if x >= l.nt {
			return bad(l.what)
		}
	}
	return nil
}

// readAll reads every vector l left stored into the index's arrays t and
// w; a read that fails leaves the error for lazyErr.
func (l *lazy) readAll(t []uint32, w []float32) {
	n := l.stored()
	if err := l.read(t[:n], w[:n], 0); err != nil {
		l.fail(err)
	}
}

// stored returns the number of elements l left stored.
func (l *lazy) stored() uint64 {
	if l == nil {
		return 0
	}
	return l.off[len(l.slot)]
}

func (l *lazy) fail(err error) { l.errs.fail(l.what, err) }

func (l *lazy) error() error {
	if l == nil {
		return nil
	}
	return l.errs.get()
}

// firstError keeps the first error of reads from a source that may run
// side by side (lazy, storedLists), as "read what: err".
type firstError struct {
	mu  sync.Mutex
	err error
}

func (f *firstError) fail(what string, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err == nil {
		f.err = fmt.Errorf("read %s: %w", what, err)
	}
}

func (f *firstError) get() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

// lazyErr returns the first error reading vectors, postings or lists
// from the source, if any.
func (ix *Index) lazyErr() error {
	for _, l := range []*lazy{ix.vlazy, ix.olazy, ix.plazy} {
		if err := l.error(); err != nil {
			return err
		}
	}
	return ix.stored.error()
}

// Detach reads from its source whatever OpenIndex left there, so that the
// index no longer needs it; a damaged vector, posting or list gives an
// error wrapping ErrFormat, as in Add. It does nothing for an index read
// otherwise.
func (ix *Index) Detach() error {
	// Side by side: at 1,000,000 articles this is 1.6 GB copied into new
	// memory, as much faulting pages in as copying.
	var wg sync.WaitGroup
	if ix.vlazy != nil {
		wg.Go(func() { ix.vlazy.readAll(ix.vt, ix.vw) })
	}
	if ix.olazy != nil && ix.olazy != ix.vlazy {
		wg.Go(func() { ix.olazy.readAll(ix.ovt, ix.ovw) })
	}
	if l := ix.plazy; l != nil {
		n := l.stored()
		ix.pDoc, ix.pW = make([]uint32, n), make([]float32, n)
		wg.Go(func() { l.readAll(ix.pDoc, ix.pW) })
	}
	if ix.stored != nil {
		wg.Go(func() { ix.stored.readAll(ix.lists) })
	}
	wg.Wait()
	if err := ix.lazyErr(); err != nil {
		return fmt.Errorf("linker: %w", err)
	}
	ix.vlazy, ix.olazy, ix.plazy, ix.stored = nil, nil, nil, nil
	return nil
}
