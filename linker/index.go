package linker

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Doc is one article as the linker sees it. ID identifies it in links and
// must be unique; Language is a BCP 47 tag such as "en" or "de-DE" and
// chooses stop words and stemmer ("" or "und": detected from the text,
// English if it cannot be told; see Language); the zero Published means
// the date is unknown.
type Doc struct {
	ID        uint64
	Headline  string
	Body      string
	Language  string
	Published time.Time
}

// Link is one entry of a related list: the related document's ID and its
// score in [0, 1], higher is closer.
type Link struct {
	ID    uint64
	Score float64
}

// Index holds the weighted term vectors of a set of documents, an inverted
// index over them and every document's related list. Build makes one,
// Add and Remove change it, WriteTo and ReadIndex persist it.
//
// The zero Index is not usable. Methods that only read (List, Explain,
// Len, WriteTo) may run concurrently with each other; Add and Remove must
// not run concurrently with any other method. Lists and explanations
// returned are copies and stay valid after later changes.
type Index struct {
	cfg Config

	// Vocabulary: every term seen, its document frequency (over live and
	// removed documents alike, until the next rebuild) and its ID.
	terms  []string
	termID termTable
	df     []uint32

	// Documents, by position.
	ids  []uint64
	pub  []int64 // Unix seconds, or noDate
	dead []bool
	live int
	byID idTable
	off  []uint64  // vector of doc i is vt/vw[off[i]:off[i+1]], by term ID
	vt   []uint32  // term IDs
	vw   []float32 // weights; each vector has unit length
	// The original (unexpanded) vectors, for near-duplicates and
	// explanations; the same arrays as off/vt/vw when expansion is off.
	ooff []uint64
	ovt  []uint32
	ovw  []float32
	// vlazy and olazy, when not nil, hold where OpenIndex left the
	// ranking and the original vectors of the documents it read, until
	// each is first needed; the same when expansion is off.
	vlazy, olazy *lazy
	// spare holds the scratches one parallel phase of Build, Add or
	// Remove leaves for the next; nil between calls.
	spare []*scratch
	// lists[i] is doc i's related list, best first; read it with listOf
	// and replace it with setList where stored may hold it.
	lists [][]entry
	// stored, when not nil, holds where OpenIndex left the lists of the
	// documents it read, until each is first needed.
	stored *storedLists
	// dups[i] holds, sorted, the near-duplicates of doc i.
	dups [][]int32

	// Inverted index: a compact base built in one go, plus postings of
	// documents added since. Read the base with base: plazy, when not nil,
	// holds where OpenIndex left its lists (pDoc and pW are nil then).
	pOff  []uint64
	pDoc  []uint32
	pW    []float32
	plazy *lazy
	delta map[uint32]*plist
	// rv, while a rebuild computes the lists, is the ranges view the
	// base postings are in.
	rv *ranges

	// What changed since the index was built, read or last had its
	// changes written (WriteChanges).
	since changes
}

// entry is a link by document position.
type entry struct {
	d   int32
	s   float64 // score
	cos float64 // cosine
}

type posting struct {
	d uint32
	w float32
}

// plist is a posting list held as two arrays, heaviest first, as search
// reads it.
type plist struct {
	docs []uint32
	ws   []float32
}

// Build analyses and weights docs, indexes them and computes every
// document's related list. It returns an error if two docs share an ID,
// and ctx.Err() (wrapped) if ctx is done first. The result does not depend
// on the order of docs nor on the number of workers.
func Build(ctx context.Context, docs []Doc, cfg Config) (*Index, error) {
	return BuildFrom(ctx, func(yield func(Doc) bool) error {
		for _, d := range docs {
			if !yield(d) {
				break
			}
		}
		return nil
	}, cfg)
}

// BuildFrom is Build for documents that each passes to yield one at a time
// (stopping early if yield returns false), such as a database cursor: the
// texts are analysed as they come and not kept, so memory holds the index
// but never the whole archive. The order of the documents does not change
// the result. An error from each is returned, wrapped.
func BuildFrom(ctx context.Context, each func(yield func(Doc) bool) error, cfg Config) (*Index, error) {
	cfg = cfg.withDefaults()
	cfg.Analysis = analysisVersion
	ix := &Index{cfg: cfg, delta: map[uint32]*plist{}}
	raw, err := ix.analyzeAll(ctx, each)
	if err != nil {
		return nil, err
	}
	n := len(ix.ids)
	ix.dead = make([]bool, n)
	ix.live = n
	vecs := make([][]tw, n)
	if err := parallel(ctx, cfg.Workers, n, func(_ int, lo, hi int) {
		for i := lo; i < hi; i++ {
			vecs[i] = ix.weigh(raw[i], n)
			raw[i] = nil
		}
	}); err != nil {
		return nil, err
	}
	ix.appendVectors(vecs)
	ix.ooff, ix.ovt, ix.ovw = ix.off, ix.vt, ix.vw
	// Sorted by weight, ties by ID: a first-pass query whose lists hold
	// more than the budget reads only their heaviest postings (one
	// within it reads its lists whole, in whatever order).
	ix.fillPostings()
	if firstPassBudget > 0 {
		ix.sortPostings(cfg.Workers, true)
	}
	ix.lists = make([][]entry, n)
	ix.dups = make([][]int32, n)
	// First pass, on the original vectors: near-duplicates, and the
	// neighbours that expansion adds.
	expand := ix.cfg.ExpandN > 0 && n > 1
	var nb [][]entry
	if expand {
		nb = make([][]entry, n)
	}
	w := ix.cfg.Workers
	scr := ix.scratches(w)
	if err := parallel(ctx, w, n, func(worker, lo, hi int) {
		if scr[worker] == nil {
			scr[worker] = ix.newScratch()
		}
		s := scr[worker]
		for x := int32(lo); x < int32(hi); x++ {
			k := 0
			if expand {
				k = ix.cfg.ExpandN
			}
			var n []entry
			n, ix.dups[x] = ix.firstPass(s, x, k, ix.cfg.DuplicateScore, firstPassBudget, nil)
			if expand {
				nb[x] = n
			}
		}
	}); err != nil {
		return nil, err
	}
	ix.release(scr)
	defer ix.dropScratches()
	if expand {
		if err := ix.expand(ctx, nb); err != nil {
			return nil, err
		}
	}
	// Expansion left the postings in document order, which pairLists
	// needs.
	done := false
	if expand {
		if done, err = ix.pairLists(ctx); err != nil {
			return nil, err
		}
	}
	if expand && n > denseDocs {
		// Similar documents are placed together by the links expansion
		// found: the order the ranges need.
		ix.rv = ix.newRanges(nb)
	} else {
		ix.sortPostings(ix.cfg.Workers, false)
	}
	if !done {
		err = ix.computeLists(ctx, allDocs(n))
	}
	if ix.rv != nil {
		ix.restore(ix.rv)
		ix.rv = nil
	}
	if err != nil {
		return nil, err
	}
	ix.markWritten()
	return ix, nil
}

// firstPassBudget is about how many postings a rebuild's first pass
// reads for one document when its lists hold more (0: no limit). Up to
// a few hundred thousand short articles few queries reach it; beyond,
// their lists grow with the archive and the cut keeps a query's cost
// flat. A variable so that tests can cut early.
var firstPassBudget = 4096

func allDocs(n int) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = int32(i)
	}
	return s
}

func unixOrNone(t time.Time) int64 {
	if t.IsZero() {
		return noDate
	}
	return t.Unix()
}

// Related returns for each docs[i] its top-N related docs (never itself
// nor a near-duplicate of itself, never two near-duplicates of each
// other), best first: by score descending, then publication date
// descending, then ID ascending. It is Build followed by List for every
// document.
func Related(ctx context.Context, docs []Doc, cfg Config) ([][]Link, error) {
	ix, err := Build(ctx, docs, cfg)
	if err != nil {
		return nil, err
	}
	out := make([][]Link, len(docs))
	for i := range docs {
		out[i] = ix.links(int32(i))
	}
	return out, nil
}

// Len returns the number of documents in the index.
func (ix *Index) Len() int { return ix.live }

// Has reports whether a document with the given ID is in the index.
func (ix *Index) Has(id uint64) bool {
	i, ok := ix.byID.get(ix.ids, id)
	return ok && !ix.dead[i]
}

// MaxID returns the largest ID in the index, 0 if it is empty: with IDs
// that only grow (a store's sequence), the documents to Add after a crawl
// are those above it.
func (ix *Index) MaxID() uint64 {
	var m uint64
	for i, id := range ix.ids {
		if !ix.dead[i] {
			m = max(m, id)
		}
	}
	return m
}

// IDs returns the IDs of the documents in the index, in ascending order.
func (ix *Index) IDs() []uint64 {
	out := make([]uint64, 0, ix.live)
	for i, id := range ix.ids {
		if !ix.dead[i] {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// Config returns the configuration the index was built with, defaults
// filled in.
func (ix *Index) Config() Config { return ix.cfg }

// List returns the related list of the document with the given ID, and
// false if there is no such document.
func (ix *Index) List(id uint64) ([]Link, bool) {
	i, ok := ix.byID.get(ix.ids, id)
	if !ok || ix.dead[i] {
		return nil, false
	}
	return ix.links(i), true
}

func (ix *Index) links(i int32) []Link {
	list := ix.listOf(i)
	l := make([]Link, len(list))
	for k, e := range list {
		l[k] = Link{ID: ix.ids[e.d], Score: e.s}
	}
	return l
}

// rawTerm is a term of one document before weighting.
type rawTerm struct {
	t  uint32
	tf float32
}

// analyzeAll turns every document into raw term frequencies and fills the
// vocabulary (sorted, so IDs do not depend on document order) and df.
func (ix *Index) analyzeAll(ctx context.Context, each func(yield func(Doc) bool) error) ([][]rawTerm, error) {
	type local struct {
		ids   *wordTable
		words []string
	}
	type batch struct {
		start int
		docs  []Doc
		raw   [][]rawTerm
		kinds []string
		by    int
	}
	w := min(ix.cfg.Workers, 255)
	locals := make([]local, w)
	analyzers := make([]analyzer, w)
	work := make(chan *batch, 2*w)
	var mu sync.Mutex
	var done []*batch
	var wg sync.WaitGroup
	for worker := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := &locals[worker]
			l.ids = newWordTable()
			l.ids.all = true
			a := &analyzers[worker]
			id := func(s string) uint32 {
				id, ok := l.ids.get(s)
				if !ok {
					// A copy: s may be a slice of the document's text,
					// which the vocabulary would otherwise keep alive.
					s = strings.Clone(s)
					id = int32(len(l.words))
					l.ids.put(s, id)
					l.words = append(l.words, s)
				}
				return uint32(id)
			}
			for b := range work {
				b.raw = make([][]rawTerm, len(b.docs))
				b.kinds = make([]string, len(b.docs))
				for j, d := range b.docs {
					b.raw[j], b.kinds[j] = ix.docTerms(a, d, id)
				}
				b.docs, b.by = nil, worker
				mu.Lock()
				done = append(done, b)
				mu.Unlock()
			}
		}()
	}
	const size = 128
	cur := &batch{}
	var dupErr error
	err := each(func(d Doc) bool {
		if ctx.Err() != nil {
			return false
		}
		if _, dup := ix.byID.get(ix.ids, d.ID); dup {
			dupErr = fmt.Errorf("linker: build: %w: %d", ErrDuplicateID, d.ID)
			return false
		}
		ix.ids = append(ix.ids, d.ID)
		ix.byID.put(ix.ids, int32(len(ix.ids)-1))
		ix.pub = append(ix.pub, unixOrNone(d.Published))
		cur.docs = append(cur.docs, d)
		if len(cur.docs) == size {
			work <- cur
			cur = &batch{start: len(ix.ids)}
		}
		return true
	})
	if len(cur.docs) > 0 {
		work <- cur
	}
	close(work)
	wg.Wait()
	switch {
	case err != nil:
		return nil, fmt.Errorf("linker: build: %w", err)
	case dupErr != nil:
		return nil, dupErr
	case ctx.Err() != nil:
		return nil, fmt.Errorf("linker: build: %w", ctx.Err())
	}
	raw := make([][]rawTerm, len(ix.ids))
	kinds := make([]string, len(ix.ids))
	by := make([]uint8, len(ix.ids)) // worker that analysed doc i
	for _, b := range done {
		copy(raw[b.start:], b.raw)
		copy(kinds[b.start:], b.kinds)
		for j := range b.raw {
			by[b.start+j] = uint8(b.by)
		}
	}
	done = nil
	words := make([][]string, len(locals))
	for k, l := range locals {
		words[k] = l.words
	}
	var remap [][]uint32
	ix.terms, remap = mergeVocabularies(words)
	// The term map is only needed later (Add, ReadIndex's callers): it is
	// built beside the counting below.
	mapped := make(chan termTable)
	go func() { mapped <- newTermTable(ix.terms) }()
	ix.df = make([]uint32, len(ix.terms))
	for i := range raw {
		for k, r := range raw[i] {
			g := remap[by[i]][r.t]
			raw[i][k].t = g
			ix.df[g]++
		}
	}
	ix.termID = <-mapped
	if err := ix.decompound(ctx, raw, kinds); err != nil {
		return nil, err
	}
	return raw, nil
}

// mergeVocabularies returns the sorted union of the workers' words
// (words[k] lists worker k's words by local ID, each once) and, for each
// worker, the global ID of each of its local IDs. Each worker's words are
// sorted on a goroutine of its own and the sorted lists merged, rather
// than all hashed into one set and sorted on one core.
func mergeVocabularies(words [][]string) ([]string, [][]uint32) {
	// Words are compared by their first eight bytes, read as a big-endian
	// integer, and only when those are equal by their text: most
	// comparisons of the sorts and of the merge then read no string.
	order := make([][]keyedWord, len(words)) // local IDs by word
	var wg sync.WaitGroup
	for k, ws := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ks := make([]keyedWord, len(ws))
			for j, w := range ws {
				ks[j] = keyedWord{wordKey(w), uint32(j)}
			}
			slices.SortFunc(ks, func(a, b keyedWord) int {
				if c := cmp.Compare(a.key, b.key); c != 0 {
					return c
				}
				return strings.Compare(ws[a.j], ws[b.j])
			})
			order[k] = ks
		}()
	}
	wg.Wait()
	remap := make([][]uint32, len(words))
	total := 0
	for k, ws := range words {
		remap[k] = make([]uint32, len(ws))
		total = max(total, len(ws))
	}
	terms := make([]string, 0, total)
	pos := make([]int, len(words))
	for {
		// The smallest next word of any worker (few workers: a scan).
		least, lk := keyedWord{}, -1
		for k, ws := range words {
			if pos[k] < len(order[k]) {
				if c := order[k][pos[k]]; lk < 0 || c.key < least.key ||
					c.key == least.key && ws[c.j] < words[lk][least.j] {
					least, lk = c, k
				}
			}
		}
		if lk < 0 {
			return terms, remap
		}
		id := uint32(len(terms))
		w := words[lk][least.j]
		terms = append(terms, w)
		for k, ws := range words {
			if pos[k] < len(order[k]) {
				if c := order[k][pos[k]]; c.key == least.key && ws[c.j] == w {
					remap[k][c.j] = id
					pos[k]++
				}
			}
		}
	}
}

// keyedWord is a worker's word by local ID j, with its wordKey.
type keyedWord struct {
	key uint64
	j   uint32
}

// wordKey returns the first eight bytes of w as a big-endian integer,
// zeros after a shorter word: of two words with different keys, the one
// with the smaller key sorts first; words with equal keys are compared
// whole.
func wordKey(w string) uint64 {
	var key uint64
	for i := range min(len(w), 8) {
		key |= uint64(w[i]) << (56 - 8*i)
	}
	return key
}

// docTerms analyses one document into raw term frequencies, using id to
// number terms.
func (ix *Index) docTerms(a *analyzer, d Doc, id func(string) uint32) ([]rawTerm, string) {
	// Detection reads the tokens that are then analysed.
	a.hbuf = segment(d.Headline, a.hbuf[:0])
	a.buf = segment(d.Body, a.buf[:0])
	_, kind, _ := tokensLanguage(d.Language, a.hbuf, a.buf)
	names := ix.cfg.NameWeight > 0
	a.id = id
	add := func(weight float64) func(uint32, bool) {
		return func(t uint32, name bool) {
			w := weight
			if name {
				w *= ix.cfg.NameWeight
			}
			if int(t) >= len(a.tf) {
				a.tf = append(a.tf, make([]float32, int(t)+1-len(a.tf)+1024)...)
			}
			if a.tf[t] == 0 {
				a.tfIDs = append(a.tfIDs, t)
			}
			a.tf[t] += float32(w)
		}
	}
	a.terms(a.hbuf, kind, names, add(ix.cfg.HeadlineWeight))
	a.terms(a.buf, kind, names, add(1))
	out := make([]rawTerm, 0, len(a.tfIDs))
	for _, t := range a.tfIDs {
		out = append(out, rawTerm{t, a.tf[t]})
		a.tf[t] = 0
	}
	a.tfIDs = a.tfIDs[:0]
	return out, kind
}

// tw is a weighted term.
type tw struct {
	t uint32
	w float32
}

// weigh turns raw frequencies into a unit vector sorted by term ID:
// sublinear TF times smoothed IDF over terms within the document-frequency
// bounds, the MaxTerms heaviest kept.
func (ix *Index) weigh(raw []rawTerm, n int) []tw {
	v := make([]tw, 0, len(raw))
	maxDF := ix.cfg.MaxDF * float64(n)
	for _, r := range raw {
		df := ix.df[r.t]
		if int(df) < ix.cfg.MinDF || float64(df) > maxDF {
			continue
		}
		w := (1 + math.Log(float64(r.tf))) * (math.Log(float64(1+n)/float64(1+df)) + 1)
		if w <= 0 {
			continue
		}
		v = append(v, tw{r.t, float32(w)})
	}
	return ix.finishVector(v)
}

// appendVectors appends documents' vectors to the forward arrays.
func (ix *Index) appendVectors(vecs [][]tw) {
	if ix.off == nil {
		ix.off = []uint64{0}
	}
	// Each vector's place, after those already there (the last offset
	// is len(ix.vt)), as appending them one by one would give.
	base := len(ix.off) - 1
	start := len(ix.vt)
	end := uint64(start)
	for _, v := range vecs {
		end += uint64(len(v))
		ix.off = append(ix.off, end)
	}
	ix.vt = slices.Grow(ix.vt, int(end)-start)[:end]
	ix.vw = slices.Grow(ix.vw, int(end)-start)[:end]
	// The copies on the workers: a rebuild writes every vector twice.
	_ = parallel(context.Background(), max(1, ix.cfg.Workers), len(vecs), func(_ int, lo, hi int) {
		for i := lo; i < hi; i++ {
			at := ix.off[base+i]
			for k, x := range vecs[i] {
				ix.vt[at+uint64(k)] = x.t
				ix.vw[at+uint64(k)] = x.w
			}
			vecs[i] = nil // let the collector have it
		}
	})
}

func (ix *Index) vec(i int32) ([]uint32, []float32) {
	if ix.vlazy != nil {
		return ix.vlazy.vectorOr(i, ix.off, ix.vt, ix.vw)
	}
	a, b := ix.off[i], ix.off[i+1]
	return ix.vt[a:b], ix.vw[a:b]
}

func (ix *Index) ovec(i int32) ([]uint32, []float32) {
	if ix.olazy != nil {
		return ix.olazy.vectorOr(i, ix.ooff, ix.ovt, ix.ovw)
	}
	a, b := ix.ooff[i], ix.ooff[i+1]
	return ix.ovt[a:b], ix.ovw[a:b]
}

// fillPostings builds the base inverted index over all documents, each
// list in document order, and empties the delta. It is a counting sort
// on Config.Workers goroutines: each counts the terms of a range of
// documents, and then writes their postings from where the ranges before
// its own end.
func (ix *Index) fillPostings() {
	nt, n := len(ix.terms), len(ix.ids)
	w := max(1, min(ix.cfg.Workers, n/1024)) // small indexes: one
	span := (n + w - 1) / w
	counts := make([][]uint32, w)
	var wg sync.WaitGroup
	for k := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := make([]uint32, nt)
			for i := k * span; i < min(n, (k+1)*span); i++ {
				if ix.dead[i] {
					continue
				}
				t, _ := ix.vec(int32(i))
				for _, x := range t {
					c[x]++
				}
			}
			counts[k] = c
		}()
	}
	wg.Wait()
	// Each range's first place in each list, and the lists' offsets.
	ix.pOff = make([]uint64, nt+1)
	var at uint64
	for t := range nt {
		ix.pOff[t] = at
		for k := range w {
			c := uint64(counts[k][t])
			counts[k][t] = uint32(at - ix.pOff[t]) // where range k starts in list t
			at += c
		}
	}
	ix.pOff[nt] = at
	ix.pDoc = make([]uint32, at)
	ix.pW = make([]float32, at)
	for k := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			next := counts[k]
			for i := k * span; i < min(n, (k+1)*span); i++ {
				if ix.dead[i] {
					continue
				}
				t, wt := ix.vec(int32(i))
				for j, x := range t {
					p := ix.pOff[x] + uint64(next[x])
					next[x]++
					ix.pDoc[p] = uint32(i)
					ix.pW[p] = wt[j]
				}
			}
		}()
	}
	wg.Wait()
	ix.delta = map[uint32]*plist{}
}

// parallel runs f over [0, n) in blocks on w goroutines; f gets the
// worker number. It checks ctx between blocks.
func parallel(ctx context.Context, w, n int, f func(worker, lo, hi int)) error {
	const block = 64
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				lo := int(next.Add(block)) - block
				if lo >= n {
					return
				}
				f(k, lo, min(lo+block, n))
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("linker: %w", err)
	}
	return nil
}

// base returns term t's list in the base postings, reading it first if
// OpenIndex left it stored.
func (ix *Index) base(t uint32) ([]uint32, []float32) {
	if int(t)+1 >= len(ix.pOff) {
		return nil, nil
	}
	if ix.plazy != nil {
		return ix.plazy.vector(int32(t))
	}
	a, b := ix.pOff[t], ix.pOff[t+1]
	return ix.pDoc[a:b], ix.pW[a:b]
}
