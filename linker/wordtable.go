package linker

import (
	"hash/maphash"
	"strings"
)

// A wordTable maps a word as written to its term ID (-1: not a term); it
// is the analyzer's cache, read once for every token of every document.
// It is an open-addressing table that keeps words of up to slotKey bytes
// in the slot itself, so that a lookup reads one cache line where a Go
// map reads a control word, a slot and the key's bytes elsewhere in the
// heap (on 20 Newsgroups the map lookups were 40% of the analysis, nearly
// all of it waiting on memory). Longer words, rare, go to a map.
type wordTable struct {
	seed  maphash.Seed
	slots []wordSlot
	n     int
	long  map[string]int32
	all   bool // never starts afresh (a vocabulary, not a cache)
}

const slotKey = 23

// A wordSlot is 32 bytes: two to a cache line.
type wordSlot struct {
	tag uint32 // high half of the word's hash, never 0; 0: empty slot
	id  int32
	n   uint8
	key [slotKey]byte
}

// maxWords bounds a table's words: past it the table starts afresh, so
// that a worker's cache stays under 64 MiB on any archive.
const maxWords = 1 << 20

func newWordTable() *wordTable {
	return &wordTable{seed: maphash.MakeSeed(), slots: writePages(make([]wordSlot, 1<<14)), long: map[string]int32{}}
}

func (t *wordTable) hash(w string) (uint32, int) {
	h := maphash.String(t.seed, w)
	return uint32(h>>32) | 1, int(h)
}

// get returns the ID stored for w.
func (t *wordTable) get(w string) (int32, bool) {
	if len(w) > slotKey {
		id, ok := t.long[w]
		return id, ok
	}
	tag, h := t.hash(w)
	mask := len(t.slots) - 1
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.tag == 0 {
			return 0, false
		}
		if s.tag == tag && int(s.n) == len(w) && string(s.key[:s.n]) == w {
			return s.id, true
		}
	}
}

// put stores id for w, which get has just not found.
func (t *wordTable) put(w string, id int32) {
	if t.n+len(t.long) >= maxWords && !t.all {
		*t = *newWordTable()
	}
	if len(w) > slotKey {
		t.long[strings.Clone(w)] = id
		return
	}
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	tag, h := t.hash(w)
	t.insert(tag, h, w, id)
	t.n++
}

func (t *wordTable) insert(tag uint32, h int, w string, id int32) {
	mask := len(t.slots) - 1
	i := h & mask
	for t.slots[i].tag != 0 {
		i = (i + 1) & mask
	}
	s := &t.slots[i]
	s.tag, s.id, s.n = tag, id, uint8(len(w))
	copy(s.key[:], w)
}

func (t *wordTable) grow() {
	old := t.slots
	t.slots = writePages(make([]wordSlot, 2*len(old)))
	for i := range old {
		s := &old[i]
		if s.tag == 0 {
			continue
		}
		w := string(s.key[:s.n])
		tag, h := t.hash(w)
		t.insert(tag, h, w, s.id)
	}
}
