package linker

import (
	"bufio"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// OpenIndex reads an index written by WriteTo from r, which holds size
// bytes, as ReadIndex does, except for the original vectors of its
// documents, which it reads from r when a document's is first needed. r
// must stay readable for as long as the index is used, or until Detach.
//
// The originals are about half of an index with expansion (733 of 1,500
// MB at 1,000,000 articles), and Add needs only those of the candidates
// it looks at: reading them all was half of adding 1,000 articles to a
// million.
func OpenIndex(r io.ReaderAt, size int64) (*Index, error) {
	src := io.NewSectionReader(r, 0, size)
	// Large arrays are read past the buffer, straight into place; a small
	// buffer keeps the skipped originals unread.
	d := &decoder{r: bufio.NewReaderSize(src, 64<<10), src: src}
	ix, err := d.index()
	if err != nil {
		return nil, fmt.Errorf("linker: read index: %w", d.wrap(err))
	}
	return ix, nil
}

// lazy is where OpenIndex left the original vectors of the documents it
// read: ovt and ovw are allocated whole (the kernel maps their pages when
// first written) and a document's part is filled when first needed.
type lazy struct {
	r        io.ReaderAt
	tAt, wAt int64         // offsets of the stored ovt and ovw arrays in r
	nt       uint32        // the vocabulary's size then: stored terms are below it
	done     []atomic.Bool // done[i]: document i's original vector is read
	mu       [64]sync.Mutex
	errMu    sync.Mutex
	err      error // the first read that failed
}

// lazyVectors reads the offsets of stored original vectors and skips the
// vectors themselves, noting where they are.
func (d *decoder) lazyVectors(nt int) ([]uint64, []uint32, []float32, *lazy) {
	off := getSlice[uint64](d, true)
	nT := d.count()
	tAt := d.pos()
	d.skip(4 * int64(nT))
	nW := d.count()
	wAt := d.pos()
	d.skip(4 * int64(nW))
	if d.err != nil || len(off) == 0 {
		return nil, nil, nil, nil
	}
	l := &lazy{r: d.src, tAt: tAt, wAt: wAt, nt: uint32(nt), done: make([]atomic.Bool, len(off)-1)}
	return off, make([]uint32, nT, nT+headroom(nT)), make([]float32, nW, nW+headroom(nW)), l
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

// readOriginal fills document i's original vector from the source. A read
// that fails leaves the vector empty and the error for lazyErr.
func (ix *Index) readOriginal(i int32) {
	l := ix.lazy
	mu := &l.mu[int(i)%len(l.mu)]
	mu.Lock()
	defer mu.Unlock()
	if l.done[i].Load() {
		return
	}
	a, b := ix.ooff[i], ix.ooff[i+1]
	if err := l.read(ix.ovt[a:b], ix.ovw[a:b], int64(a)); err != nil {
		clear(ix.ovt[a:b])
		clear(ix.ovw[a:b])
		l.fail(err)
	}
	l.done[i].Store(true)
}

// read reads the stored original vectors' terms and weights from element
// at on into t and w.
func (l *lazy) read(t []uint32, w []float32, at int64) error {
	if len(t) == 0 {
		return nil
	}
	bt, bw := asBytes(t), asBytes(w)
	if _, err := l.r.ReadAt(bt, l.tAt+4*at); err != nil {
		return err
	}
	if _, err := l.r.ReadAt(bw, l.wAt+4*at); err != nil {
		return err
	}
	if !littleEndian {
		swap(bt, 4)
		swap(bw, 4)
	}
	for _, x := range t {
		if x >= l.nt {
			return bad("term")
		}
	}
	return nil
}

func (l *lazy) fail(err error) {
	l.errMu.Lock()
	defer l.errMu.Unlock()
	if l.err == nil {
		l.err = fmt.Errorf("read original vectors: %w", err)
	}
}

// lazyErr returns the first error reading original vectors from the
// source, if any.
func (ix *Index) lazyErr() error {
	if ix.lazy == nil {
		return nil
	}
	l := ix.lazy
	l.errMu.Lock()
	defer l.errMu.Unlock()
	return l.err
}

// Detach reads from its source whatever OpenIndex left there, so that the
// index no longer needs it. It does nothing for an index read otherwise.
func (ix *Index) Detach() error {
	l := ix.lazy
	if l == nil {
		return nil
	}
	n := ix.ooff[len(l.done)]
	if err := l.read(ix.ovt[:n], ix.ovw[:n], 0); err != nil {
		l.fail(err)
	}
	if err := ix.lazyErr(); err != nil {
		return fmt.Errorf("linker: %w", err)
	}
	ix.lazy = nil
	return nil
}
