package linker

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
)

// magic starts every encoded index; the digit is the format version.
const magic = "newslink-linker 1\n"

// WriteTo writes the whole index (configuration, vocabulary, vectors,
// postings, lists) to w in a compact binary form that ReadIndex reads
// back, and returns the number of bytes written. The encoding is
// deterministic: the same index always writes the same bytes.
func (ix *Index) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	e := &encoder{w: bw}
	e.bytes([]byte(magic))
	cfg, _ := json.Marshal(ix.cfg)
	e.uvarint(uint64(len(cfg)))
	e.bytes(cfg)
	e.uvarint(uint64(len(ix.terms)))
	for k, t := range ix.terms {
		e.uvarint(uint64(len(t)))
		e.bytes([]byte(t))
		e.uvarint(uint64(ix.df[k]))
	}
	n := len(ix.ids)
	e.uvarint(uint64(n))
	e.uvarint(uint64(ix.live))
	for i := range n {
		e.u64(ix.ids[i])
		e.u64(uint64(ix.pub[i]))
		b := byte(0)
		if ix.dead[i] {
			b = 1
		}
		e.bytes([]byte{b})
	}
	expanded := &ix.ooff[0] != &ix.off[0]
	e.vectors(ix.off, ix.vt, ix.vw)
	if expanded {
		e.uvarint(1)
		e.vectors(ix.ooff, ix.ovt, ix.ovw)
	} else {
		e.uvarint(0)
	}
	// Postings: the base lists as they are (sorted), then the delta.
	e.u64s(ix.pOff)
	e.u32s(ix.pDoc)
	e.f32s(ix.pW)
	terms := make([]int32, 0, len(ix.delta))
	for t := range ix.delta {
		terms = append(terms, int32(t))
	}
	sortInt32(terms)
	e.uvarint(uint64(len(terms)))
	for _, t := range terms {
		e.uvarint(uint64(t))
		ps := ix.delta[uint32(t)]
		e.uvarint(uint64(len(ps)))
		for _, p := range ps {
			e.u32(p.d)
			e.u32(math.Float32bits(p.w))
		}
	}
	for i := range n {
		e.uvarint(uint64(len(ix.lists[i])))
		for _, en := range ix.lists[i] {
			e.u32(uint32(en.d))
			e.u64(math.Float64bits(en.s))
			e.u64(math.Float64bits(en.cos))
		}
		e.uvarint(uint64(len(ix.dups[i])))
		for _, d := range ix.dups[i] {
			e.u32(uint32(d))
		}
	}
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
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: truncated", ErrFormat)
		}
		return nil, fmt.Errorf("linker: read index: %w", err)
	}
	return ix, nil
}

func (d *decoder) index() (*Index, error) {
	m := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, m); err != nil || string(m) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	ix := &Index{byID: map[uint64]int32{}, delta: map[uint32][]posting{}}
	cfg := d.blob(1 << 20)
	if d.err == nil {
		if err := json.Unmarshal(cfg, &ix.cfg); err != nil {
			return nil, fmt.Errorf("%w: config: %v", ErrFormat, err)
		}
	}
	nt := d.count()
	ix.terms = make([]string, 0, nt)
	ix.df = make([]uint32, 0, nt)
	ix.termID = make(map[string]uint32, nt)
	for k := 0; k < nt && d.err == nil; k++ {
		t := string(d.blob(1 << 16))
		ix.terms = append(ix.terms, t)
		ix.termID[t] = uint32(k)
		ix.df = append(ix.df, uint32(d.uvarint()))
	}
	n := d.count()
	ix.live = d.count()
	ix.ids = make([]uint64, n)
	ix.pub = make([]int64, n)
	ix.dead = make([]bool, n)
	for i := 0; i < n && d.err == nil; i++ {
		ix.ids[i] = d.u64()
		ix.pub[i] = int64(d.u64())
		ix.dead[i] = d.byte() == 1
		if !ix.dead[i] {
			ix.byID[ix.ids[i]] = int32(i)
		}
	}
	ix.off, ix.vt, ix.vw = d.vectors()
	if d.uvarint() == 1 {
		ix.ooff, ix.ovt, ix.ovw = d.vectors()
	} else {
		ix.ooff, ix.ovt, ix.ovw = ix.off, ix.vt, ix.vw
	}
	ix.pOff = d.u64s()
	ix.pDoc = d.u32s()
	ix.pW = d.f32s()
	nd := d.count()
	for k := 0; k < nd && d.err == nil; k++ {
		t := uint32(d.uvarint())
		ps := make([]posting, d.count())
		for j := range ps {
			ps[j] = posting{d.u32(), math.Float32frombits(d.u32())}
		}
		ix.delta[t] = ps
	}
	ix.lists = make([][]entry, n)
	ix.dups = make([][]int32, n)
	for i := 0; i < n && d.err == nil; i++ {
		if c := d.count(); c > 0 {
			ix.lists[i] = make([]entry, c)
			for j := range c {
				ix.lists[i][j] = entry{d: int32(d.u32()), s: math.Float64frombits(d.u64()), cos: math.Float64frombits(d.u64())}
			}
		}
		if c := d.count(); c > 0 {
			ix.dups[i] = make([]int32, c)
			for j := range c {
				ix.dups[i][j] = int32(d.u32())
			}
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(ix.off) != n+1 || len(ix.ooff) != n+1 || len(ix.pOff) == 0 || len(ix.pOff) > len(ix.terms)+1 ||
		uint64(len(ix.vt)) != ix.off[n] || uint64(len(ix.ovt)) != ix.ooff[n] ||
		uint64(len(ix.pDoc)) != ix.pOff[len(ix.pOff)-1] || len(ix.pW) != len(ix.pDoc) {
		return nil, fmt.Errorf("%w: inconsistent sizes", ErrFormat)
	}
	if err := ix.validate(); err != nil {
		return nil, err
	}
	ix.cfg.Workers = 0 // this machine's
	ix.cfg = ix.cfg.withDefaults()
	return ix, nil
}

func sortInt32(s []int32) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
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
func (e *encoder) u32(v uint32)     { e.bytes(binary.LittleEndian.AppendUint32(e.buf[:0], v)) }
func (e *encoder) u64(v uint64)     { e.bytes(binary.LittleEndian.AppendUint64(e.buf[:0], v)) }

// chunk is the size of the buffer arrays are encoded through.
const chunk = 64 << 10

func (e *encoder) u32s(s []uint32) {
	e.uvarint(uint64(len(s)))
	buf := make([]byte, 0, chunk)
	for _, v := range s {
		buf = binary.LittleEndian.AppendUint32(buf, v)
		if len(buf) == chunk {
			e.bytes(buf)
			buf = buf[:0]
		}
	}
	e.bytes(buf)
}

func (e *encoder) u64s(s []uint64) {
	e.uvarint(uint64(len(s)))
	buf := make([]byte, 0, chunk)
	for _, v := range s {
		buf = binary.LittleEndian.AppendUint64(buf, v)
		if len(buf) == chunk {
			e.bytes(buf)
			buf = buf[:0]
		}
	}
	e.bytes(buf)
}

func (e *encoder) f32s(s []float32) {
	e.uvarint(uint64(len(s)))
	buf := make([]byte, 0, chunk)
	for _, v := range s {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
		if len(buf) == chunk {
			e.bytes(buf)
			buf = buf[:0]
		}
	}
	e.bytes(buf)
}

func (e *encoder) vectors(off []uint64, t []uint32, w []float32) {
	e.u64s(off)
	e.u32s(t)
	e.f32s(w)
}

type decoder struct {
	r   *bufio.Reader
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

func (d *decoder) byte() byte {
	if d.err != nil {
		return 0
	}
	b, err := d.r.ReadByte()
	d.fail(err)
	return b
}

func (d *decoder) u32() uint32 {
	var b [4]byte
	if d.err != nil {
		return 0
	}
	_, err := io.ReadFull(d.r, b[:])
	d.fail(err)
	return binary.LittleEndian.Uint32(b[:])
}

func (d *decoder) u64() uint64 {
	var b [8]byte
	if d.err != nil {
		return 0
	}
	_, err := io.ReadFull(d.r, b[:])
	d.fail(err)
	return binary.LittleEndian.Uint64(b[:])
}

// bulk reads n fixed-size items of size bytes in chunks, calling put for
// each chunk.
func (d *decoder) bulk(n, size int, put func(i int, b []byte)) {
	buf := make([]byte, 64<<10)
	per := len(buf) / size
	for i := 0; i < n && d.err == nil; i += per {
		k := min(per, n-i)
		b := buf[:k*size]
		_, err := io.ReadFull(d.r, b)
		d.fail(err)
		if d.err == nil {
			put(i, b)
		}
	}
}

func (d *decoder) u32s() []uint32 {
	n := d.count()
	if d.err != nil {
		return nil
	}
	s := make([]uint32, n)
	d.bulk(n, 4, func(i int, b []byte) {
		for j := 0; j < len(b); j += 4 {
			s[i+j/4] = binary.LittleEndian.Uint32(b[j:])
		}
	})
	return s
}

func (d *decoder) u64s() []uint64 {
	n := d.count()
	if d.err != nil {
		return nil
	}
	s := make([]uint64, n)
	d.bulk(n, 8, func(i int, b []byte) {
		for j := 0; j < len(b); j += 8 {
			s[i+j/8] = binary.LittleEndian.Uint64(b[j:])
		}
	})
	return s
}

func (d *decoder) f32s() []float32 {
	n := d.count()
	if d.err != nil {
		return nil
	}
	s := make([]float32, n)
	d.bulk(n, 4, func(i int, b []byte) {
		for j := 0; j < len(b); j += 4 {
			s[i+j/4] = math.Float32frombits(binary.LittleEndian.Uint32(b[j:]))
		}
	})
	return s
}

func (d *decoder) vectors() ([]uint64, []uint32, []float32) {
	return d.u64s(), d.u32s(), d.f32s()
}

// validate checks that every stored position is in range, so that a
// damaged file fails here rather than in a later search.
func (ix *Index) validate() error {
	n, nt := uint32(len(ix.ids)), uint32(len(ix.terms))
	bad := func(what string) error { return fmt.Errorf("%w: %s out of range", ErrFormat, what) }
	for _, t := range ix.vt {
		if t >= nt {
			return bad("term")
		}
	}
	for _, t := range ix.ovt {
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
	for _, d := range ix.pDoc {
		if d >= n {
			return bad("posting")
		}
	}
	for t, ps := range ix.delta {
		if t >= nt {
			return bad("delta term")
		}
		for _, p := range ps {
			if p.d >= n {
				return bad("delta posting")
			}
		}
	}
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
