package linkrun

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"runtime/debug"
	"time"

	"newslink"
	"newslink/linker"
)

// IndexReader reads the stored link index: LoadIndex needs nothing else.
type IndexReader interface {
	// LinkIndex calls read with the stored index and its change records,
	// oldest first, and reports whether an index is stored.
	// base reads the index as a stream and at any offset.
	LinkIndex(ctx context.Context, read func(base *io.SectionReader, changes []io.Reader) error) (bool, error)
}

// Store is what Run needs of the database. *store.DB implements it.
type Store interface {
	IndexReader
	// ForEachArticle calls fn for every stored article, in one read
	// transaction, and stops at the first error fn returns.
	ForEachArticle(ctx context.Context, fn func(*newslink.Article) error) error
	// LookupID returns the article with the ID, or false.
	LookupID(ctx context.Context, id uint64) (*newslink.Article, bool, error)
	// Changed returns the IDs of the articles created or changed since
	// the changes were last cleared.
	Changed(ctx context.Context) ([]uint64, error)
	// ClearChanged forgets the changes of the IDs, or all with nil.
	ClearChanged(ctx context.Context, ids []uint64) error
	// PutRelated stores the lists, leaving the others as they are.
	PutRelated(ctx context.Context, lists map[uint64][]newslink.Related) error
	// ReplaceRelatedFunc stores list(id) for each of ids in place of all
	// stored lists.
	ReplaceRelatedFunc(ctx context.Context, ids []uint64, list func(id uint64) []newslink.Related) error
	// PutLinkIndex stores the index that write writes, dropping the
	// stored index and its change records.
	PutLinkIndex(ctx context.Context, write func(io.Writer) error) error
	// AppendLinkChanges stores the change record that write writes after
	// the stored ones.
	AppendLinkChanges(ctx context.Context, write func(io.Writer) error) error
}

// Options say how Run links. The zero value updates the lists with the
// linker's default configuration, logs nothing and reports no memory.
type Options struct {
	// Config is the linker's configuration; its zero fields mean the
	// linker's defaults. A stored index built with another configuration
	// is rebuilt.
	Config linker.Config
	// Rebuild recomputes every list even where an update would do.
	Rebuild bool
	// Memory, if not nil, describes the process's memory for the debug
	// log of a rebuild (the resident set, say).
	Memory func() string
}

// Result says what a run did. Its zero value is an update that found
// nothing to do.
type Result struct {
	Rebuilt  bool   // every list was recomputed
	Why      string // why every list was recomputed, if it was
	Articles int    // articles linked (a rebuild) or added (an update)
	Lists    int    // lists written
}

// String says what the run did in a sentence for people.
func (r Result) String() string {
	if r.Rebuilt {
		return fmt.Sprintf("linked %d articles (rebuilt: %s)", r.Articles, r.Why)
	}
	return fmt.Sprintf("linked %d new or changed articles, %d lists updated", r.Articles, r.Lists)
}

// ErrNoIndex is returned by LoadIndex when no link index is stored.
var ErrNoIndex = errors.New("no link index yet: run newslink link")

// errStop ends a cursor walk early.
var errStop = errors.New("stop")

// Run updates the Related Stories lists in s: it adds the articles created
// or updated since the last run to the stored index and rewrites the lists
// they change, or recomputes everything when asked, when there is no index
// yet or when the options differ from the index's. Progress goes to log at
// debug level; a nil log logs nothing. Run must not run twice at once on
// one store.
func Run(ctx context.Context, s Store, o Options, log *slog.Logger) (Result, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	r := &run{s: s, cfg: o.Config, log: log, memory: o.Memory}
	if o.Rebuild {
		return r.all(ctx, "asked")
	}
	return r.update(ctx)
}

// run is one call of Run.
type run struct {
	s      Store
	cfg    linker.Config
	log    *slog.Logger
	memory func() string
}

// update adds the changed articles to the stored index, or rebuilds where
// it cannot.
func (r *run) update(ctx context.Context) (Result, error) {
	t0 := time.Now()
	want, err := linker.Build(ctx, nil, r.cfg) // the options with defaults filled in
	if err != nil {
		return Result{}, fmt.Errorf("link: %w", err)
	}
	wantCfg := want.Config()
	wantCfg.Workers = 0
	// The options are at the head of the stored index: a run with nothing
	// to add reads no further.
	var have linker.Config
	ok, err := r.s.LinkIndex(ctx, func(base *io.SectionReader, _ []io.Reader) error {
		var err error
		have, err = linker.ReadConfig(base)
		return err
	})
	switch {
	case ctx.Err() != nil:
		return Result{}, fmt.Errorf("link: %w", ctx.Err())
	case !ok:
		return r.all(ctx, "no index yet")
	case err != nil:
		r.log.Warn("link: stored index unreadable; rebuilding", "err", err)
		return r.all(ctx, "the stored index is unreadable")
	}
	if have.Workers = 0; have != wantCfg {
		return r.all(ctx, "the options changed")
	}
	ids, err := r.s.Changed(ctx)
	if err != nil {
		return Result{}, err
	}
	if len(ids) == 0 {
		return Result{}, nil
	}
	docs := make([]linker.Doc, 0, len(ids))
	for _, id := range ids {
		a, ok, err := r.s.LookupID(ctx, id)
		if err != nil {
			return Result{}, err
		}
		if !ok {
			continue
		}
		docs = append(docs, Doc(a))
	}
	if len(docs) == 0 { // changed, then gone
		return Result{}, r.s.ClearChanged(ctx, ids)
	}
	// The index is added to inside the read transaction, because OpenIndex
	// leaves the vectors in storage until Add needs them; what is
	// stored after is written once the transaction is over.
	var (
		ix         *linker.Index
		sizes      indexSizes
		lists      map[uint64][]newslink.Related
		rec        bytes.Buffer
		compact    bool
		unreadable bool
	)
	ok, err = r.s.LinkIndex(ctx, func(base *io.SectionReader, changes []io.Reader) error {
		var err error
		if ix, sizes, err = openIndex(base, changes); err != nil {
			unreadable = true
			return err
		}
		r.log.Debug("link: index read", "bytes", sizes.base, "change bytes", sizes.changes, "seconds", time.Since(t0).Seconds())
		changed, err := ix.Add(ctx, docs)
		if err != nil {
			unreadable = errors.Is(err, linker.ErrFormat)
			return err
		}
		r.log.Debug("link: added", "articles", len(docs), "lists changed", len(changed), "seconds", time.Since(t0).Seconds())
		// Taken while OpenIndex's source is readable: it may hold lists.
		lists = make(map[uint64][]newslink.Related, len(changed))
		for _, id := range changed {
			l, _ := ix.List(id)
			lists[id] = related(l)
		}
		if _, err := ix.WriteChanges(&rec); err != nil {
			return err
		}
		// Compacting stores the index whole, vectors and all: a vector
		// damaged in storage may show only now.
		if compact = compactDue(sizes.base, sizes.changes, int64(rec.Len())); compact {
			err := ix.Detach()
			unreadable = errors.Is(err, linker.ErrFormat)
			return err
		}
		return nil
	})
	switch {
	case ctx.Err() != nil:
		return Result{}, fmt.Errorf("link: %w", ctx.Err())
	case unreadable, err != nil && ix == nil: // not read, or read but damaged
		r.log.Warn("link: stored index unreadable; rebuilding", "err", err)
		return r.all(ctx, "the stored index is unreadable")
	case err != nil:
		return Result{}, fmt.Errorf("link: %w", err)
	case !ok: // removed since it was first read
		return r.all(ctx, "no index yet")
	}
	if err := r.s.PutRelated(ctx, lists); err != nil {
		return Result{}, err
	}
	r.log.Debug("link: lists stored", "lists", len(lists), "seconds", time.Since(t0).Seconds())
	// Only the changes are stored, until they are due for compaction:
	// then the index is compacted and stored whole, so that reading it
	// stays quick.
	if compact {
		ix.Compact()
		err = r.s.PutLinkIndex(ctx, func(w io.Writer) error { _, err := ix.WriteTo(w); return err })
		r.log.Debug("link: index compacted", "seconds", time.Since(t0).Seconds())
	} else {
		err = r.s.AppendLinkChanges(ctx, func(w io.Writer) error { _, err := w.Write(rec.Bytes()); return err })
		r.log.Debug("link: changes stored", "bytes", rec.Len(), "seconds", time.Since(t0).Seconds())
	}
	if err != nil {
		return Result{}, err
	}
	return Result{Articles: len(docs), Lists: len(lists)}, r.s.ClearChanged(ctx, ids)
}

// compactDue reports whether a run that has a change record of rec bytes
// to store beside an index of base bytes and records of changes bytes
// should store the index whole instead. Every run replays the records
// when it reads the index, and a rewrite costs about as much per byte as
// a replay: with records of rec bytes, rewriting once they reach T bytes
// costs a run about T/2 of replay and base·rec/T of rewrite, least at
// T = √(2·base·rec). At 1,000,000 articles and records of 1,000 that is
// about 70 MB, where a quarter of the index, the only rule before, let
// 400 MB pile up. The quarter stays as a bound for large records.
func compactDue(base, changes, rec int64) bool {
	t := float64(changes + rec)
	return t > float64(base)/4 || t*t > 2*float64(base)*float64(rec)
}

// all recomputes every Related Stories list from the stored articles,
// streaming them (their texts are never all in memory), swaps the lists
// in at once and stores the index for the next update.
func (r *run) all(ctx context.Context, why string) (Result, error) {
	t0 := time.Now()
	defer func() { r.log.Debug("link: rebuilt", "seconds", time.Since(t0).Seconds()) }()
	ix, err := linker.BuildFrom(ctx, func(yield func(linker.Doc) bool) error {
		return r.s.ForEachArticle(ctx, func(a *newslink.Article) error {
			if !yield(Doc(a)) {
				return errStop
			}
			return nil
		})
	}, r.cfg)
	if err != nil {
		return Result{}, fmt.Errorf("link: %w", err)
	}
	r.log.Debug("link: index built", r.progress(t0)...)
	// Each list is made as it is stored: all of them at once, as
	// newslink.Related, would double the peak on a large archive.
	ids := ix.IDs()
	err = r.s.ReplaceRelatedFunc(ctx, ids, func(id uint64) []newslink.Related {
		l, _ := ix.List(id)
		return related(l)
	})
	if err != nil {
		return Result{}, err
	}
	res := Result{Rebuilt: true, Why: why, Articles: ix.Len(), Lists: len(ids)}
	r.log.Debug("link: lists stored", r.progress(t0)...)
	if err := r.s.PutLinkIndex(ctx, func(w io.Writer) error { _, err := ix.WriteTo(w); return err }); err != nil {
		return Result{}, err
	}
	// The index is stored: a collection makes its memory free for what
	// follows, so that the peak stays that of the build. Handing it back
	// to the system as well (debug.FreeOSMemory) cost about 0.02 s of a
	// 1-second rebuild of 20 Newsgroups and lowered no peak: the process
	// ends soon after.
	ix = nil
	runtime.GC()
	r.log.Debug("link: index stored", r.progress(t0)...)
	return res, r.s.ClearChanged(ctx, nil)
}

// progress returns the attributes of a rebuild's debug log lines: the
// seconds since t0 and, if the run was given a way to tell, the memory.
func (r *run) progress(t0 time.Time) []any {
	attrs := []any{"seconds", time.Since(t0).Seconds()}
	if r.memory != nil {
		attrs = append(attrs, "memory", r.memory())
	}
	return attrs
}

// indexSizes are the stored sizes of a link index and of its changes.
type indexSizes struct{ base, changes int64 }

// LoadIndex reads the stored link index and applies its change records,
// or returns ErrNoIndex. The index is the caller's: nothing else holds it.
func LoadIndex(ctx context.Context, s IndexReader) (*linker.Index, error) {
	ix, _, err := loadIndex(ctx, s)
	return ix, err
}

// loadIndex is LoadIndex that also returns the stored sizes.
func loadIndex(ctx context.Context, s IndexReader) (*linker.Index, indexSizes, error) {
	var ix *linker.Index
	var sizes indexSizes
	ok, err := s.LinkIndex(ctx, func(base *io.SectionReader, changes []io.Reader) error {
		defer noGC()()
		var err error
		if ix, err = linker.ReadIndex(base); err != nil {
			return err
		}
		sizes.base = base.Size()
		sizes.changes, err = readChanges(ix, changes)
		return err
	})
	switch {
	case err != nil:
		return nil, sizes, err
	case !ok:
		return nil, sizes, ErrNoIndex
	}
	return ix, sizes, nil
}

// openIndex opens the stored index with linker.OpenIndex, which leaves
// the vectors in base, and applies the change records.
func openIndex(base *io.SectionReader, changes []io.Reader) (*linker.Index, indexSizes, error) {
	defer noGC()()
	ix, err := linker.OpenIndex(base, base.Size())
	if err != nil {
		return nil, indexSizes{}, err
	}
	sizes := indexSizes{base: base.Size()}
	sizes.changes, err = readChanges(ix, changes)
	return ix, sizes, err
}

// readChanges applies the change records to ix and returns their size.
func readChanges(ix *linker.Index, changes []io.Reader) (int64, error) {
	var n int64
	for _, c := range changes {
		cr := &countingReader{r: c}
		if err := ix.ReadChanges(cr); err != nil {
			return n, err
		}
		n += cr.n
	}
	return n, nil
}

// noGC turns the garbage collector off until the function it returns is
// called. Nearly all that reading an index allocates is the index, live
// to the end: at 1,000,000 articles the collections while it was read
// cost a fifth of an update's CPU (stopping goroutines that were copying
// or faulting pages in) and freed nothing.
func noGC() (restore func()) {
	old := debug.SetGCPercent(-1)
	return func() { debug.SetGCPercent(old) }
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Doc is what the linker reads of an article.
func Doc(a *newslink.Article) linker.Doc {
	return linker.Doc{ID: a.ID, Headline: a.Headline, Body: a.Body, Language: a.Language, Published: a.Published.Time}
}

// related turns linker links into stored Related entries.
func related(links []linker.Link) []newslink.Related {
	rel := make([]newslink.Related, len(links))
	for j, l := range links {
		rel[j] = newslink.Related{ID: l.ID, Score: l.Score}
	}
	return rel
}
