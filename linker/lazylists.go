package linker

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"unsafe"
)

// storedLists is where OpenIndex left the related lists of the documents
// it read. A document's list is read when first needed: an add reads
// those of the new documents' neighbours whose lists change, a few
// thousand. Until then only the list's length and its last entry, which a
// newcomer must beat to enter it, are in memory. At 1,000,000 articles the
// lists are 10 million entries, 240 MB in memory, and reading them all
// was a third of reading the index for an add.
//
// A list is read under a lock and pending cleared after it is in place,
// so that List and Explain may read lists side by side; Add's searches
// ask tail, which reads nothing.
type storedLists struct {
	r       io.ReaderAt
	at      [3]int64 // offsets of the documents', scores' and cosines' columns in r
	start   []uint64 // stored list i is entries start[i] to start[i+1]
	lastD   []int32  // the last entry of stored list i, when it has one
	lastS   []float64
	pending []atomic.Bool // list i is still only in r
	mu      [64]sync.Mutex
	errs    firstError
}

// lazyLists reads the lengths of the stored lists and their last entries,
// notes where the entries are and skips them. It returns n empty lists,
// with room for extra more; listOf reads the stored ones.
func (d *decoder) lazyLists(n, extra int) ([][]entry, *storedLists) {
	lens := getSlice[uint32](d, false)
	if d.err != nil {
		return nil, nil
	}
	if len(lens) != n {
		d.fail(fmt.Errorf("%w: lists", ErrFormat))
		return nil, nil
	}
	start := make([]uint64, n+1)
	for i, l := range lens {
		start[i+1] = start[i] + uint64(l)
	}
	total := start[n]
	if total > 1<<34 {
		d.fail(fmt.Errorf("%w: lists", ErrFormat))
		return nil, nil
	}
	sl := &storedLists{r: d.src, start: start, pending: make([]atomic.Bool, n)}
	for k, size := range [3]int64{4, 8, 8} {
		if c := d.count(); d.err == nil && uint64(c) != total {
			d.fail(fmt.Errorf("%w: lengths differ", ErrFormat))
		}
		sl.at[k] = d.pos()
		d.skip(size * int64(total))
	}
	if d.err != nil {
		return nil, nil
	}
	// The last entries: the two columns streamed side by side.
	sl.lastD, sl.lastS = make([]int32, n), make([]float64, n)
	other := make(chan error, 1)
	go func() { other <- lastOf(d.src, sl.at[1], start, sl.lastS) }()
	d.fail(lastOf(d.src, sl.at[0], start, sl.lastD))
	d.fail(<-other)
	if d.err != nil {
		return nil, nil
	}
	for i := range n {
		if start[i+1] == start[i] {
			continue
		}
		if sl.lastD[i] < 0 || int(sl.lastD[i]) >= n {
			d.fail(bad("link"))
			return nil, nil
		}
		sl.pending[i].Store(true)
	}
	return make([][]entry, n, n+extra), sl
}

// lastOf fills last[i] with the element of the column at off in r that
// ends list i (lists by their bounds start), for each list that is not
// empty, reading the column a chunk at a time.
func lastOf[T fixed](r io.ReaderAt, off int64, start []uint64, last []T) error {
	size := uint64(unsafe.Sizeof(*new(T)))
	buf := make([]T, chunk/int(size))
	i := 0 // the next list whose end is to be found
	n := len(last)
	for from, total := uint64(0), start[n]; from < total; {
		c := buf[:min(uint64(len(buf)), total-from)]
		b := asBytes(c)
		if err := readAt(r, b, off+int64(from*size)); err != nil {
			return err
		}
		if !littleEndian {
			swap(b, int(size))
		}
		to := from + uint64(len(c))
		for ; i < n && start[i+1] <= to; i++ {
			if start[i+1] > start[i] {
				last[i] = c[start[i+1]-1-from]
			}
		}
		from = to
	}
	return nil
}

// listOf returns d's list, reading it first if OpenIndex left it stored.
// A read that fails gives an empty list and leaves the error for
// lazyErr.
func (ix *Index) listOf(d int32) []entry {
	if sl := ix.stored; sl != nil && int(d) < len(sl.pending) && sl.pending[d].Load() {
		mu := &sl.mu[int(d)%len(sl.mu)]
		mu.Lock()
		if sl.pending[d].Load() {
			ix.lists[d] = sl.read(d)
			sl.pending[d].Store(false)
		}
		mu.Unlock()
	}
	return ix.lists[d]
}

// setList replaces d's list; a stored one is no longer read. Like every
// change, it must not run beside other methods.
func (ix *Index) setList(d int32, l []entry) {
	if sl := ix.stored; sl != nil && int(d) < len(sl.pending) {
		sl.pending[d].Store(false)
	}
	ix.lists[d] = l
}

// tail returns the length of d's list and its last entry (if any),
// without reading a stored list.
func (ix *Index) tail(d int32) (int, entry) {
	if sl := ix.stored; sl != nil && int(d) < len(sl.pending) && sl.pending[d].Load() {
		return int(sl.start[d+1] - sl.start[d]), entry{d: sl.lastD[d], s: sl.lastS[d]}
	}
	l := ix.lists[d]
	if len(l) == 0 {
		return 0, entry{}
	}
	return len(l), l[len(l)-1]
}

// read reads stored list i into memory of its own.
func (sl *storedLists) read(i int32) []entry {
	a, b := sl.start[i], sl.start[i+1]
	l := make([]entry, b-a)
	if err := readEntries(sl.r, sl.at, l, int(a)); err != nil {
		sl.fail(err)
		return nil
	}
	if !linksInRange(l, len(sl.pending)) {
		sl.fail(bad("link"))
		return nil
	}
	return l
}

// linksInRange reports whether every entry of l names one of n documents.
func linksInRange(l []entry, n int) bool {
	for _, e := range l {
		if e.d < 0 || int(e.d) >= n {
			return false
		}
	}
	return true
}

// readAll reads every list still stored into ix.lists, in one array, as
// ReadIndex would have.
func (sl *storedLists) readAll(lists [][]entry) {
	all := make([]entry, sl.start[len(sl.pending)])
	// Two halves side by side: the copying is most of the time.
	mid := len(all) / 2
	other := make(chan error, 1)
	go func() { other <- readEntries(sl.r, sl.at, all[mid:], mid) }()
	err := readEntries(sl.r, sl.at, all[:mid], 0)
	if e := <-other; err == nil {
		err = e
	}
	if err != nil {
		sl.fail(err)
		return
	}
	for i := range sl.pending {
		if !sl.pending[i].Load() {
			continue
		}
		a, b := sl.start[i], sl.start[i+1]
		l := all[a:b:b]
		if !linksInRange(l, len(sl.pending)) {
			sl.fail(bad("link"))
			return
		}
		lists[i] = l
		sl.pending[i].Store(false)
	}
}

func (sl *storedLists) fail(err error) { sl.errs.fail("lists", err) }

func (sl *storedLists) error() error {
	if sl == nil {
		return nil
	}
	return sl.errs.get()
}
