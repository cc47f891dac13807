package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt's file format, as far as walkPages reads it (bbolt's
// internal/common: page.go, meta.go). Numbers are in the machine's byte
// order, as bbolt writes them.
const (
	pageHeaderSize   = 16 // id uint64, flags uint16, count uint16, overflow uint32
	pageElemSize     = 16 // branch: pos, ksize uint32, pgid uint64; leaf: flags, pos, ksize, vsize uint32
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageBranch       = 0x01
	pageLeaf         = 0x02
	pageMeta         = 0x04
	pageFreelist     = 0x10
	leafBucket       = 0x01
	noFreelist       = ^uint64(0)
	maxTreeDepth     = 64
	metaChecksumSpan = 56 // bytes of the meta hashed into its checksum
)

var ne = binary.NativeEndian

// boltMeta is a meta page's content.
type boltMeta struct {
	pageSize                   uint32
	root, freelist, pgid, txid uint64
}

// parseMeta reads the meta page p (header included) and reports why it is
// not valid, if it is not.
func parseMeta(p []byte) (boltMeta, error) {
	if len(p) < pageHeaderSize+metaChecksumSpan+8 {
		return boltMeta{}, fmt.Errorf("short")
	}
	m := p[pageHeaderSize:]
	if ne.Uint32(m[0:]) != boltMagic {
		return boltMeta{}, fmt.Errorf("not a bbolt meta page (bad magic number)")
	}
	if ne.Uint32(m[4:]) != boltVersion {
		return boltMeta{}, fmt.Errorf("bbolt format version %d", ne.Uint32(m[4:]))
	}
	h := fnv.New64a()
	h.Write(m[:metaChecksumSpan])
	if h.Sum64() != ne.Uint64(m[metaChecksumSpan:]) {
		return boltMeta{}, fmt.Errorf("checksum mismatch")
	}
	return boltMeta{pageSize: ne.Uint32(m[8:]), root: ne.Uint64(m[16:]), freelist: ne.Uint64(m[32:]),
		pgid: ne.Uint64(m[40:]), txid: ne.Uint64(m[48:])}, nil
}

// pageWalker checks the page structure of a bbolt file by reading it as a
// file, with every offset checked, before bbolt reads it through its
// memory map: there a page number or an offset that a flipped byte made
// point outside the file is a fault that stops the process, not an error.
type pageWalker struct {
	r        io.ReaderAt
	size     int64
	pageSize int64
	hwm      uint64 // pages in use: the meta's high-water mark
	seen     map[uint64]bool
	free     uint64 // pages on the freelist
	problem  func(format string, args ...any)
}

// pageStats are the sizes walkPages found.
type pageStats struct {
	fileSize int64
	pageSize int64
	pages    uint64 // in use or free: the high-water mark
	free     uint64
}

// walkPages checks the meta pages, the tree of every bucket and the
// freelist of the bbolt file at path, and reports each problem found. It
// returns the file's sizes, and false if any problem was found.
func walkPages(path string, problem func(format string, args ...any)) (pageStats, bool) {
	f, err := os.Open(path)
	if err != nil {
		problem("%v", err)
		return pageStats{}, false
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		problem("%v", err)
		return pageStats{}, false
	}
	n := 0
	w := &pageWalker{r: f, size: fi.Size(), seen: map[uint64]bool{}, problem: func(format string, args ...any) {
		n++
		problem(format, args...)
	}}
	w.walk()
	return pageStats{fileSize: w.size, pageSize: w.pageSize, pages: w.hwm, free: w.free}, n == 0
}

func (w *pageWalker) walk() {
	first := make([]byte, 4096)
	if _, err := w.r.ReadAt(first, 0); err != nil {
		w.problem("file of %d bytes is too short for a database", w.size)
		return
	}
	m0, err0 := parseMeta(first)
	// The second meta page is one page further: its size is in the first,
	// or, when that is broken, one of the usual sizes.
	sizes := []int64{int64(os.Getpagesize()), 4096, 16384, 65536}
	if err0 == nil {
		sizes = []int64{int64(m0.pageSize)}
	}
	var m1 boltMeta
	err1 := fmt.Errorf("unreadable")
	for _, ps := range sizes {
		p := make([]byte, 4096)
		if _, err := w.r.ReadAt(p, ps); err != nil {
			continue
		}
		if m1, err1 = parseMeta(p); err1 == nil {
			break
		}
	}
	if err0 != nil {
		w.problem("meta page 0: %v", err0)
	}
	if err1 != nil {
		w.problem("meta page 1: %v", err1)
	}
	m := m0
	switch {
	case err0 != nil && err1 != nil:
		return
	case err0 != nil || (err1 == nil && m1.txid > m0.txid):
		m = m1
	}
	w.pageSize, w.hwm = int64(m.pageSize), m.pgid
	if w.pageSize < 512 || w.pageSize > 1<<20 || w.pageSize&(w.pageSize-1) != 0 {
		w.problem("meta page: page size %d", w.pageSize)
		return
	}
	if need := int64(w.hwm) * w.pageSize; w.hwm > uint64(1<<62)/uint64(w.pageSize) || need > w.size {
		w.problem("file is %d bytes but its meta page counts %d pages of %d bytes: truncated or corrupt", w.size, w.hwm, w.pageSize)
		return
	}
	w.seen[0], w.seen[1] = true, true
	w.tree(m.root, 0, "root")
	if m.freelist != noFreelist {
		w.freelist(m.freelist)
	}
}

// page reads page id with its overflow pages, or reports why it cannot.
func (w *pageWalker) page(id uint64, from string) []byte {
	if id < 2 || id >= w.hwm {
		w.problem("%s: page %d is outside the file's %d pages", from, id, w.hwm)
		return nil
	}
	h := make([]byte, pageHeaderSize)
	if _, err := w.r.ReadAt(h, int64(id)*w.pageSize); err != nil {
		w.problem("page %d: %v", id, err)
		return nil
	}
	if got := ne.Uint64(h); got != id {
		w.problem("page %d (%s): its header says page %d", id, from, got)
		return nil
	}
	overflow := uint64(ne.Uint32(h[12:]))
	if id+overflow >= w.hwm {
		w.problem("page %d (%s): %d overflow pages run past the file's %d pages", id, from, overflow, w.hwm)
		return nil
	}
	for i := id; i <= id+overflow; i++ {
		if w.seen[i] {
			w.problem("page %d (%s): reached twice", i, from)
			return nil
		}
		w.seen[i] = true
	}
	p := make([]byte, int64(overflow+1)*w.pageSize)
	if _, err := w.r.ReadAt(p, int64(id)*w.pageSize); err != nil {
		w.problem("page %d: %v", id, err)
		return nil
	}
	return p
}

// tree checks the branch or leaf page id and the pages below it.
func (w *pageWalker) tree(id uint64, depth int, from string) {
	if depth > maxTreeDepth {
		w.problem("page %d (%s): tree deeper than %d", id, from, maxTreeDepth)
		return
	}
	p := w.page(id, from)
	if p == nil {
		return
	}
	flags, count := ne.Uint16(p[8:]), int(ne.Uint16(p[10:]))
	if pageHeaderSize+count*pageElemSize > len(p) {
		w.problem("page %d (%s): %d elements do not fit", id, from, count)
		return
	}
	switch flags {
	case pageBranch:
		for i := range count {
			e := pageHeaderSize + i*pageElemSize
			start, ksize := e+int(ne.Uint32(p[e:])), int(ne.Uint32(p[e+4:]))
			if start < e || ksize < 0 || start+ksize > len(p) {
				w.problem("page %d (%s): key %d lies outside the page", id, from, i)
				continue
			}
			w.tree(ne.Uint64(p[e+8:]), depth+1, fmt.Sprintf("branch page %d", id))
		}
	case pageLeaf:
		w.leaf(p, depth, fmt.Sprintf("leaf page %d", id))
	default:
		w.problem("page %d (%s): type %#x where a branch or leaf page belongs", id, from, flags)
	}
}

// leaf checks the elements of a leaf page p (a page of the file, or the
// inline page of a small bucket) and the buckets they hold.
func (w *pageWalker) leaf(p []byte, depth int, where string) {
	if len(p) < pageHeaderSize {
		w.problem("%s: too short", where)
		return
	}
	if flags := ne.Uint16(p[8:]); flags != pageLeaf {
		w.problem("%s: type %#x where a leaf page belongs", where, flags)
		return
	}
	count := int(ne.Uint16(p[10:]))
	if pageHeaderSize+count*pageElemSize > len(p) {
		w.problem("%s: %d elements do not fit", where, count)
		return
	}
	for i := range count {
		e := pageHeaderSize + i*pageElemSize
		flags := ne.Uint32(p[e:])
		start := e + int(ne.Uint32(p[e+4:]))
		ksize, vsize := int(ne.Uint32(p[e+8:])), int(ne.Uint32(p[e+12:]))
		if start < e || ksize < 0 || vsize < 0 || start+ksize+vsize > len(p) || start+ksize+vsize < start {
			w.problem("%s: element %d lies outside the page", where, i)
			continue
		}
		if flags&leafBucket == 0 {
			continue
		}
		key, v := p[start:start+ksize], p[start+ksize:start+ksize+vsize]
		name := fmt.Sprintf("bucket %q", key)
		if len(v) < 16 {
			w.problem("%s: %s: short bucket header", where, name)
			continue
		}
		if root := ne.Uint64(v); root != 0 {
			w.tree(root, depth+1, name)
		} else {
			w.leaf(v[16:], depth+1, name+" (inline)")
		}
	}
}

// freelist checks the freelist page id: its free pages are in the file
// and none is in use.
func (w *pageWalker) freelist(id uint64) {
	p := w.page(id, "freelist")
	if p == nil {
		return
	}
	if flags := ne.Uint16(p[8:]); flags != pageFreelist {
		w.problem("freelist page %d: type %#x", id, flags)
		return
	}
	start, count := pageHeaderSize, uint64(ne.Uint16(p[10:]))
	if count == 0xFFFF {
		count, start = ne.Uint64(p[pageHeaderSize:]), pageHeaderSize+8
	}
	if count > uint64(len(p)-start)/8 {
		w.problem("freelist page %d: %d free pages do not fit", id, count)
		return
	}
	w.free = count
	for i := range int(count) {
		free := ne.Uint64(p[start+8*i:])
		switch {
		case free < 2 || free >= w.hwm:
			w.problem("freelist: free page %d is outside the file's %d pages", free, w.hwm)
		case w.seen[free]:
			w.problem("freelist: page %d is free and in use", free)
		}
	}
}
