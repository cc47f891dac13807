package linker

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"unsafe"
)

// magic starts every encoded index; the digit is the format version.
const magic = "newslink-linker 2\n"

// WriteTo writes the whole index (configuration, vocabulary, vectors,
// postings, lists) to w in a compact binary form that ReadIndex reads
// back, and returns the number of bytes written. The encoding is
// deterministic: the same index always writes the same bytes. Arrays are
// written whole, so that reading one is a copy.
func (ix *Index) WriteTo(w io.Writer) (int64, error) {
	if err := ix.Detach(); err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	e := &encoder{w: bw}
	e.bytes([]byte(magic))
	cfg, _ := json.Marshal(ix.cfg)
	e.uvarint(uint64(len(cfg)))
	e.bytes(cfg)
	e.terms(ix.terms)
	putSlice(e, ix.df)
	n := len(ix.ids)
	e.uvarint(uint64(ix.live))
	putSlice(e, ix.ids)
	putSlice(e, ix.pub)
	e.dead(ix.dead)
	expanded := &ix.ooff[0] != &ix.off[0]
	e.vectors(ix.off, ix.vt, ix.vw)
	if expanded {
		e.uvarint(1)
		e.vectors(ix.ooff, ix.ovt, ix.ovw)
	} else {
		e.uvarint(0)
	}
	// Postings: the base lists as they are (sorted), then the delta.
	putSlice(e, ix.pOff)
	putSlice(e, ix.pDoc)
	putSlice(e, ix.pW)
	e.delta(ix.delta)
	e.lists(ix.lists[:n])
	e.dups(ix.dups[:n])
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err != nil {
		return e.n, fmt.Errorf("linker: write index: %w", e.err)
	}
	return e.n, nil
}

// ReadIndex reads an index written by WriteTo. It returns an error
// wrapping ErrFormat if r does not hold one.
func ReadIndex(r io.Reader) (*Index, error) {
	d := &decoder{r: bufio.NewReaderSize(r, 1<<20)}
	ix, err := d.index()
	if err != nil {
		return nil, fmt.Errorf("linker: read index: %w", d.wrap(err))
	}
	return ix, nil
}

// ReadConfig reads only the configuration at the head of an index written
// by WriteTo, defaults filled in: enough to tell whether the index was
// built with the options at hand, without reading the rest.
func ReadConfig(r io.Reader) (Config, error) {
	d := &decoder{r: bufio.NewReaderSize(r, 4096)}
	cfg, err := d.config()
	if err != nil {
		return Config{}, fmt.Errorf("linker: read index: %w", d.wrap(err))
	}
	return cfg, nil
}

func (d *decoder) config() (Config, error) {
	m := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, m); err != nil || string(m) != magic {
		return Config{}, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	var cfg Config
	b := d.blob(1 << 20)
	if d.err != nil {
		return Config{}, d.err
	}
	if err := json.Unmarshal(b, &cfg); err != nil {
		return Config{}, fmt.Errorf("%w: config: %v", ErrFormat, err)
	}
	cfg.Workers = 0 // this machine's
	return cfg.withDefaults(), nil
}

// wrap reports a stream that ended early as malformed.
func (d *decoder) wrap(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: truncated", ErrFormat)
	}
	return err
}

// headroom is the spare capacity given to the arrays Add appends to, so
// that adding to a large index read from storage does not copy them.
func headroom(n int) int { return n/8 + 1024 }

func (d *decoder) index() (*Index, error) {
	cfg, err := d.config()
	if err != nil {
		return nil, err
	}
	ix := &Index{cfg: cfg}
	ix.terms = d.terms()
	nt := len(ix.terms)
	// The maps and the range checks, the largest parts of reading after
	// the copying, run on another core as soon as what they read is read.
	termID := make(chan termTable, 1)
	go func(terms []string) { termID <- newTermTable(terms) }(ix.terms)
	ix.df = getSlice[uint32](d, true)
	ix.live = d.count()
	ix.ids = getSlice[uint64](d, true)
	n := len(ix.ids)
	extra := headroom(n)
	ix.pub = getSlice[int64](d, true)
	ix.dead = d.dead(extra)
	byID := make(chan idTable, 1)
	go func(ids []uint64, dead []bool) { byID <- newIDTable(ids, dead, extra) }(ix.ids, ix.dead)
	if d.src != nil {
		ix.off, ix.vt, ix.vw, ix.vlazy = d.lazyVectors(nt)
	} else {
		ix.off, ix.vt, ix.vw = d.vectors()
	}
	switch {
	case d.uvarint() != 1:
		ix.ooff, ix.ovt, ix.ovw, ix.olazy = ix.off, ix.vt, ix.vw, ix.vlazy
	case d.src != nil:
		ix.ooff, ix.ovt, ix.ovw, ix.olazy = d.lazyVectors(nt)
	default:
		ix.ooff, ix.ovt, ix.ovw = d.vectors()
	}
	ix.pOff = getSlice[uint64](d, false)
	if d.src != nil {
		ix.plazy = d.lazyPostings(ix.pOff, n)
	} else {
		ix.pDoc = getSlice[uint32](d, false)
		ix.pW = getSlice[float32](d, false)
	}
	ix.delta = d.delta()
	valid := make(chan error, 1)
	go func() { valid <- ix.validateVectors() }()
	if d.src != nil {
		ix.lists, ix.stored = d.lazyLists(n, extra)
	} else {
		ix.lists = d.lists(n, extra)
	}
	ix.dups = d.dups(n, extra)
	err = <-valid
	ix.termID, ix.byID = <-termID, <-byID
	if d.err != nil {
		return nil, d.err
	}
	if len(ix.df) != nt || len(ix.pub) != n || len(ix.dead) != n ||
		len(ix.off) != n+1 || len(ix.ooff) != n+1 || len(ix.pOff) == 0 || len(ix.pOff) > nt+1 ||
		uint64(len(ix.vt)) != ix.off[n] || uint64(len(ix.ovt)) != ix.ooff[n] ||
		len(ix.vw) != len(ix.vt) || len(ix.ovw) != len(ix.ovt) ||
		ix.plazy == nil && (uint64(len(ix.pDoc)) != ix.pOff[len(ix.pOff)-1] || len(ix.pW) != len(ix.pDoc)) {
		return nil, fmt.Errorf("%w: inconsistent sizes", ErrFormat)
	}
	if err != nil {
		return nil, err
	}
	if err := ix.validateLinks(); err != nil {
		return nil, err
	}
	ix.markWritten()
	return ix, nil
}

// littleEndian is true on machines whose byte order is the encoding's:
// there arrays are written and read as they lie in memory.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// fixed is the element types of arrays encoded whole, little-endian.
type fixed interface {
	~uint32 | ~uint64 | ~int32 | ~int64 | ~float32 | ~float64
}

// asBytes returns the memory of s.
func asBytes[T fixed](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(s[0])))
}

// swap reverses the byte order of every element of b, elements of size
// bytes, turning little-endian into this machine's order or back.
func swap(b []byte, size int) {
	for i := 0; i+size <= len(b); i += size {
		slices.Reverse(b[i : i+size])
	}
}

type encoder struct {
	w   *bufio.Writer
	n   int64
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err != nil {
		return
	}
	k, err := e.w.Write(b)
	e.n += int64(k)
	e.err = err
}

func (e *encoder) uvarint(v uint64) { e.bytes(binary.AppendUvarint(e.buf[:0], v)) }

// putSlice writes the length of s and its elements, little-endian.
func putSlice[T fixed](e *encoder, s []T) {
	e.uvarint(uint64(len(s)))
	b := asBytes(s)
	if littleEndian || len(s) == 0 {
		e.bytes(b)
		return
	}
	size := int(unsafe.Sizeof(s[0]))
	buf := make([]byte, 0, chunk)
	for i := 0; i < len(b); i += chunk {
		buf = append(buf[:0], b[i:min(i+chunk, len(b))]...)
		swap(buf, size)
		e.bytes(buf)
	}
}

// chunk is the size of the buffer arrays are converted through.
const chunk = 64 << 10

func (e *encoder) vectors(off []uint64, t []uint32, w []float32) {
	putSlice(e, off)
	putSlice(e, t)
	putSlice(e, w)
}

// terms writes the vocabulary as the end offsets of the terms in their
// concatenation, then the concatenation.
func (e *encoder) terms(terms []string) {
	ends := make([]uint64, len(terms))
	var total uint64
	for k, t := range terms {
		total += uint64(len(t))
		ends[k] = total
	}
	putSlice(e, ends)
	for _, t := range terms {
		e.bytes([]byte(t))
	}
}

func (e *encoder) dead(dead []bool) {
	b := make([]byte, len(dead))
	for i, x := range dead {
		if x {
			b[i] = 1
		}
	}
	e.uvarint(uint64(len(b)))
	e.bytes(b)
}

// delta writes the postings added since the base was built, by term.
func (e *encoder) delta(delta map[uint32]*plist) {
	terms := make([]uint32, 0, len(delta))
	for t := range delta {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	e.uvarint(uint64(len(terms)))
	for _, t := range terms {
		e.uvarint(uint64(t))
		putSlice(e, delta[t].docs)
		putSlice(e, delta[t].ws)
	}
}

// lists writes every list's length, then all entries field by field.
func (e *encoder) lists(lists [][]entry) {
	lens := make([]uint32, len(lists))
	total := 0
	for i, l := range lists {
		lens[i] = uint32(len(l))
		total += len(l)
	}
	putSlice(e, lens)
	ds := make([]int32, 0, total)
	ss := make([]float64, 0, total)
	cs := make([]float64, 0, total)
	for _, l := range lists {
		for _, en := range l {
			ds = append(ds, en.d)
			ss = append(ss, en.s)
			cs = append(cs, en.cos)
		}
	}
	putSlice(e, ds)
	putSlice(e, ss)
	putSlice(e, cs)
}

func (e *encoder) dups(dups [][]int32) {
	lens := make([]uint32, len(dups))
	for i, l := range dups {
		lens[i] = uint32(len(l))
	}
	putSlice(e, lens)
	putSlice(e, slices.Concat(dups...))
}

type decoder struct {
	r   *bufio.Reader
	src *io.SectionReader // what r reads, for OpenIndex: vectors are left in it
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	d.fail(err)
	return v
}

// count reads a length and checks it is plausible.
func (d *decoder) count() int {
	v := d.uvarint()
	if v > 1<<34 {
		d.fail(fmt.Errorf("%w: length %d", ErrFormat, v))
		return 0
	}
	return int(v)
}

func (d *decoder) blob(limit int) []byte {
	n := d.count()
	if n > limit {
		d.fail(fmt.Errorf("%w: length %d", ErrFormat, n))
	}
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	_, err := io.ReadFull(d.r, b)
	d.fail(err)
	return b
}

// getSlice reads an array putSlice wrote; with grow it leaves room for
// headroom(n) more elements.
func getSlice[T fixed](d *decoder, grow bool) []T {
	n := d.count()
	if d.err != nil {
		return nil
	}
	c := n
	if grow {
		c += headroom(n)
	}
	s := make([]T, n, c)
	if n == 0 {
		return s
	}
	b := asBytes(s)
	readFaulting(d, b)
	if !littleEndian {
		swap(b, int(unsafe.Sizeof(s[0])))
	}
	return s
}

// readFaulting fills b from d. A large b is new memory the kernel maps a
// page at a time as it is first written, and on a large index those page
// faults took as long as the copying: another goroutine writes the second
// half's pages first (zeros, as they are) while the first half is read,
// so that two cores share the faults.
func readFaulting(d *decoder, b []byte) {
	const page, large = 4096, 16 << 20
	if len(b) < large {
		_, err := io.ReadFull(d.r, b)
		d.fail(err)
		return
	}
	mid := len(b) / 2
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := mid; i < len(b); i += page {
			b[i] = 0
		}
	}()
	_, err := io.ReadFull(d.r, b[:mid])
	<-done
	if err == nil {
		_, err = io.ReadFull(d.r, b[mid:])
	}
	d.fail(err)
}

func (d *decoder) vectors() ([]uint64, []uint32, []float32) {
	return getSlice[uint64](d, true), getSlice[uint32](d, true), getSlice[float32](d, true)
}

// terms reads the vocabulary: one string, sliced.
func (d *decoder) terms() []string {
	ends := getSlice[uint64](d, false)
	if d.err != nil {
		return nil
	}
	var total uint64
	for _, end := range ends {
		if end < total || end > 1<<36 {
			d.fail(fmt.Errorf("%w: term offsets", ErrFormat))
			return nil
		}
		total = end
	}
	b := make([]byte, total)
	_, err := io.ReadFull(d.r, b)
	d.fail(err)
	all := string(b)
	terms := make([]string, len(ends), len(ends)+headroom(len(ends)))
	var start uint64
	for k, end := range ends {
		terms[k] = all[start:end]
		start = end
	}
	return terms
}

func (d *decoder) dead(extra int) []bool {
	n := d.count()
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	_, err := io.ReadFull(d.r, b)
	d.fail(err)
	dead := make([]bool, n, n+extra)
	for i, x := range b {
		dead[i] = x != 0
	}
	return dead
}

func (d *decoder) delta() map[uint32]*plist {
	nd := d.count()
	delta := make(map[uint32]*plist, nd)
	for k := 0; k < nd && d.err == nil; k++ {
		t := uint32(d.uvarint())
		p := &plist{docs: getSlice[uint32](d, false), ws: getSlice[float32](d, false)}
		if len(p.docs) != len(p.ws) {
			d.fail(fmt.Errorf("%w: delta postings", ErrFormat))
		}
		delta[t] = p
	}
	return delta
}

// lists reads n lists. The entries' fields are read a chunk at a time
// straight into the entries, not into whole arrays first (at a million
// documents those would be 200 MB read and copied again).
func (d *decoder) lists(n, extra int) [][]entry {
	lens := getSlice[uint32](d, false)
	if d.err != nil {
		return nil
	}
	var total uint64
	for _, l := range lens {
		total += uint64(l)
	}
	if total > 1<<34 {
		d.fail(fmt.Errorf("%w: lists", ErrFormat))
		return nil
	}
	all := make([]entry, total)
	d.entries(all)
	if d.err != nil {
		return nil
	}
	lists, ok := split(all, lens, n, extra)
	if !ok {
		d.fail(fmt.Errorf("%w: lists", ErrFormat))
	}
	return lists
}

// entries fills all from the lists' three stored columns: the documents,
// the scores and the cosines, each a pass over all. (OpenIndex leaves the
// lists stored: see storedLists.)
func (d *decoder) entries(all []entry) {
	readChunks(d, all, func(e *entry, v int32) { e.d = v })
	readChunks(d, all, func(e *entry, v float64) { e.s = v })
	readChunks(d, all, func(e *entry, v float64) { e.cos = v })
}

// readEntries fills dst, the entries from the first on, from the columns
// at the offsets at in r.
func readEntries(r io.ReaderAt, at [3]int64, dst []entry, first int) error {
	const n = chunk / 8
	ds, ss, cs := make([]int32, n), make([]float64, n), make([]float64, n)
	for i := 0; i < len(dst); i += n {
		m := min(n, len(dst)-i)
		bd, bs, bc := asBytes(ds[:m]), asBytes(ss[:m]), asBytes(cs[:m])
		e := int64(first + i)
		if err := readAt(r, bd, at[0]+4*e); err != nil {
			return err
		}
		if err := readAt(r, bs, at[1]+8*e); err != nil {
			return err
		}
		if err := readAt(r, bc, at[2]+8*e); err != nil {
			return err
		}
		if !littleEndian {
			swap(bd, 4)
			swap(bs, 8)
			swap(bc, 8)
		}
		for j := range m {
			dst[i+j] = entry{d: ds[j], s: ss[j], cos: cs[j]}
		}
	}
	return nil
}

// readAt fills b from r at off: an error only if it could not (an
// io.ReaderAt may say EOF with the last bytes).
func readAt(r io.ReaderAt, b []byte, off int64) error {
	k, err := r.ReadAt(b, off)
	if k == len(b) {
		return nil
	}
	return err
}

// readChunks reads an array putSlice wrote, which must have one element
// for each of dst, a chunk at a time, and gives each element to set with
// its place in dst.
func readChunks[E any, T fixed](d *decoder, dst []E, set func(*E, T)) {
	if n := d.count(); d.err == nil && n != len(dst) {
		d.fail(fmt.Errorf("%w: lengths differ", ErrFormat))
	}
	if d.err != nil {
		return
	}
	buf := make([]T, chunk/int(unsafe.Sizeof(*new(T))))
	for at := 0; at < len(dst); {
		c := buf[:min(len(buf), len(dst)-at)]
		b := asBytes(c)
		if _, err := io.ReadFull(d.r, b); err != nil {
			d.fail(err)
			return
		}
		if !littleEndian {
			swap(b, int(unsafe.Sizeof(c[0])))
		}
		for j, v := range c {
			set(&dst[at+j], v)
		}
		at += len(c)
	}
}

func (d *decoder) dups(n, extra int) [][]int32 {
	lens := getSlice[uint32](d, false)
	all := getSlice[int32](d, false)
	if d.err != nil {
		return nil
	}
	dups, ok := split(all, lens, n, extra)
	if !ok {
		d.fail(fmt.Errorf("%w: duplicates", ErrFormat))
	}
	return dups
}

// split cuts all into n slices of the lengths lens (nil where 0), each
// capped at its length so that an append copies it rather than
// overwriting the next, with room for extra more. ok is false if the
// lengths do not fit.
func split[T any](all []T, lens []uint32, n, extra int) (_ [][]T, ok bool) {
	if len(lens) != n {
		return nil, false
	}
	out := make([][]T, n, n+extra)
	start := 0
	for i, l := range lens {
		end := start + int(l)
		if end > len(all) {
			return nil, false
		}
		if l > 0 {
			out[i] = all[start:end:end]
		}
		start = end
	}
	return out, true
}

// bad reports a stored position out of range.
func bad(what string) error { return fmt.Errorf("%w: %s out of range", ErrFormat, what) }

// validateVectors and validateLinks check that every stored position is
// in range, so that a damaged file fails here rather than in a later
// search.
func (ix *Index) validateVectors() error {
	n, nt := uint32(len(ix.ids)), uint32(len(ix.terms))
	if len(ix.ooff) != len(ix.off) {
		return fmt.Errorf("%w: inconsistent sizes", ErrFormat)
	}
	// The vectors OpenIndex left are checked as they are read.
	for _, t := range ix.vt[min(ix.vlazy.stored(), uint64(len(ix.vt))):] {
		if t >= nt {
			return bad("term")
		}
	}
	for _, t := range ix.ovt[min(ix.olazy.stored(), uint64(len(ix.ovt))):] {
		if t >= nt {
			return bad("term")
		}
	}
	for i := 1; i < len(ix.off); i++ {
		if ix.off[i] < ix.off[i-1] || ix.ooff[i] < ix.ooff[i-1] {
			return bad("vector offset")
		}
	}
	for i := 1; i < len(ix.pOff); i++ {
		if ix.pOff[i] < ix.pOff[i-1] {
			return bad("posting offset")
		}
	}
	for _, d := range ix.pDoc { // none if OpenIndex left them: checked as read
		if d >= n {
			return bad("posting")
		}
	}
	for t, p := range ix.delta {
		if t >= nt {
			return bad("delta term")
		}
		for _, d := range p.docs {
			if d >= n {
				return bad("delta posting")
			}
		}
	}
	return nil
}

func (ix *Index) validateLinks() error {
	n := uint32(len(ix.ids))
	// The lists OpenIndex left are checked as they are read.
	for i := range ix.lists {
		for _, e := range ix.lists[i] {
			if uint32(e.d) >= n {
				return bad("link")
			}
		}
		for _, d := range ix.dups[i] {
			if uint32(d) >= n {
				return bad("duplicate")
			}
		}
	}
	return nil
}
