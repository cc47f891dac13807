package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	"newslink"
	"newslink/linker"
	"newslink/store"
)

// linkOptions are the flags of "newslink link".
type linkOptions struct {
	cfg         linker.Config
	rebuild     bool
	quiet       bool
	metricsFile string
	profile     string // CPU profile file, for finding where a run's time goes
}

// runLinkCmd parses the flags of "newslink link" and runs it.
func runLinkCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "link", "[--related N] [--rebuild]")
	var o linkOptions
	fs.IntVar(&o.cfg.N, "related", 5, "length of each Related Stories list")
	fs.Float64Var(&o.cfg.MinScore, "min-score", 0, "leave out related stories scoring below this (0 to 1)")
	fs.Float64Var(&o.cfg.HeadlineWeight, "headline-weight", 0, "weight of headline words against body words (default: the linker's, 1.25)")
	fs.DurationVar(&o.cfg.DateHalfLife, "date-half-life", 0, "time after which the date part of a score is halved (default: the linker's, 720h)")
	fs.DurationVar(&o.cfg.Window, "window", 0, "never link dated articles further apart than this (default and 0: no window)")
	fs.IntVar(&o.cfg.MinDF, "min-df", 0, "leave out terms found in fewer articles (default: the linker's, 2; 0 or 1: none)")
	fs.Float64Var(&o.cfg.MaxDF, "max-df", 0, "leave out terms found in more than this share of articles (default: the linker's, 0.5)")
	fs.BoolVar(&o.rebuild, "rebuild", false, "recompute every list from scratch instead of updating what new and changed articles change")
	fs.BoolVar(&o.quiet, "quiet", false, "print no summary")
	lockWaitFlag(fs, e)
	fs.StringVar(&o.metricsFile, "metrics-file", "", "write the summary to this `file` in Prometheus text format, for node_exporter's textfile collector")
	fs.StringVar(&o.profile, "cpuprofile", "", "write a CPU profile of the run to this file (for `go tool pprof`)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("link: unexpected argument %q", rest[0])
	}
	if err := explicitZeros(fs, "link", map[string]func() error{
		"headline-weight": refuse("link", "headline-weight", "want more than 0 (1 weighs a headline word as a body word)"),
		"date-half-life":  refuse("link", "date-half-life", "want a duration such as 720h"),
		"max-df":          refuse("link", "max-df", "want a share above 0, at most 1"),
		"min-df":          func() error { o.cfg.MinDF = 1; return nil }, // no minimum
	}); err != nil {
		return err
	}
	switch {
	case o.cfg.N < 1:
		return usageError("link: --related %d: want 1 or more", o.cfg.N)
	case o.cfg.MinScore < 0 || o.cfg.MinScore > 1:
		return usageError("link: --min-score %v: want 0 to 1", o.cfg.MinScore)
	case o.cfg.MaxDF < 0 || o.cfg.MaxDF > 1:
		return usageError("link: --max-df %v: want 0 to 1", o.cfg.MaxDF)
	case o.cfg.MinDF < 0 || o.cfg.HeadlineWeight < 0 || o.cfg.DateHalfLife < 0 || o.cfg.Window < 0:
		return usageError("link: --min-df, --headline-weight, --date-half-life and --window must not be negative")
	}
	if o.metricsFile == "" {
		_, err := runLink(ctx, e, o)
		return err
	}
	start := time.Now()
	res, err := runLink(ctx, e, o)
	return metricsAfter(e, o.metricsFile, "link", start, err, linkSamples(res, err == nil))
}

// runLink opens the database, links it, prints the summary and publishes
// the snapshot where serve reads one.
func runLink(ctx context.Context, e *env, o linkOptions) (linkResult, error) {
	if e.getenv("GOMEMLIMIT") == "" {
		// A rebuild's garbage would otherwise double its peak; 3 GiB keeps
		// a million-article rebuild under 4 GiB of RSS.
		debug.SetMemoryLimit(linkMemoryLimit)
	}
	if o.profile != "" {
		stop, err := startCPUProfile(o.profile)
		if err != nil {
			return linkResult{}, fmt.Errorf("link: --cpuprofile: %w", err)
		}
		defer stop()
	}
	db, err := openDB(e)
	if err != nil {
		return linkResult{}, err
	}
	defer db.Close()
	start := time.Now()
	res, err := link(ctx, e.log, db, o.cfg, o.rebuild)
	if err != nil {
		return linkResult{}, err
	}
	if !o.quiet {
		fmt.Fprintf(e.stdout, "%s in %v\n", res, time.Since(start).Round(time.Millisecond))
	}
	// A snapshot is kept only where "newslink serve" reads one (the path
	// is a link to a serving file, which Publish writes anew if missing);
	// elsewhere no publish log is kept either.
	if _, err := os.Lstat(store.SnapshotPath(e.db)); err == nil {
		return res, publishSnapshot(ctx, e, db)
	}
	return res, db.StopPublishing(ctx)
}

// linkMemoryLimit is the Go heap's soft limit during link.
const linkMemoryLimit = 3 << 30

// linkResult says what a link run did.
type linkResult struct {
	rebuilt  bool
	why      string // why everything was recomputed
	articles int    // articles linked (rebuild) or added (update)
	lists    int    // lists written
}

func (r linkResult) String() string {
	if r.rebuilt {
		return fmt.Sprintf("linked %d articles (rebuilt: %s)", r.articles, r.why)
	}
	return fmt.Sprintf("linked %d new or changed articles, %d lists updated", r.articles, r.lists)
}

// link updates the Related Stories lists: it adds the articles created or
// updated since the last run to the stored index and rewrites the lists
// they change, or recomputes everything when asked, when there is no index
// yet or when the options differ from the index's.
func link(ctx context.Context, log *slog.Logger, db *store.DB, cfg linker.Config, rebuild bool) (linkResult, error) {
	if rebuild {
		return linkAll(ctx, log, db, cfg, "asked")
	}
	t0 := time.Now()
	want, err := linker.Build(ctx, nil, cfg) // the options with defaults filled in
	if err != nil {
		return linkResult{}, fmt.Errorf("link: %w", err)
	}
	wantCfg := want.Config()
	wantCfg.Workers = 0
	// The options are at the head of the stored index: a run with nothing
	// to add reads no further.
	var have linker.Config
	ok, err := db.LinkIndex(ctx, func(base io.Reader, _ []io.Reader) error {
		var err error
		have, err = linker.ReadConfig(base)
		return err
	})
	switch {
	case ctx.Err() != nil:
		return linkResult{}, fmt.Errorf("link: %w", ctx.Err())
	case !ok:
		return linkAll(ctx, log, db, cfg, "no index yet")
	case err != nil:
		log.Warn("link: stored index unreadable; rebuilding", "err", err)
		return linkAll(ctx, log, db, cfg, "the stored index is unreadable")
	}
	if have.Workers = 0; have != wantCfg {
		return linkAll(ctx, log, db, cfg, "the options changed")
	}
	ids, err := db.Changed(ctx)
	if err != nil {
		return linkResult{}, err
	}
	if len(ids) == 0 {
		return linkResult{}, nil
	}
	ix, sizes, err := loadIndex(ctx, db)
	switch {
	case ctx.Err() != nil:
		return linkResult{}, fmt.Errorf("link: %w", ctx.Err())
	case err != nil:
		log.Warn("link: stored index unreadable; rebuilding", "err", err)
		return linkAll(ctx, log, db, cfg, "the stored index is unreadable")
	}
	log.Debug("link: index read", "bytes", sizes.base, "change bytes", sizes.changes, "seconds", time.Since(t0).Seconds())
	docs := make([]linker.Doc, 0, len(ids))
	for _, id := range ids {
		a, err := db.ArticleByID(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return linkResult{}, err
		}
		docs = append(docs, linkerDoc(a))
	}
	if len(docs) == 0 { // changed, then gone
		return linkResult{}, db.ClearChanged(ctx, ids)
	}
	changed, err := ix.Add(ctx, docs)
	if err != nil {
		return linkResult{}, fmt.Errorf("link: %w", err)
	}
	log.Debug("link: added", "articles", len(docs), "lists changed", len(changed), "seconds", time.Since(t0).Seconds())
	lists := make(map[uint64][]newslink.Related, len(changed))
	for _, id := range changed {
		l, _ := ix.List(id)
		lists[id] = related(l)
	}
	if err := db.PutRelated(ctx, lists); err != nil {
		return linkResult{}, err
	}
	log.Debug("link: lists stored", "lists", len(lists), "seconds", time.Since(t0).Seconds())
	// Only the changes are stored, until they outgrow a share of the
	// index: then the index is compacted and stored whole, so that reading
	// it stays quick.
	var rec bytes.Buffer
	if _, err := ix.WriteChanges(&rec); err != nil {
		return linkResult{}, fmt.Errorf("link: %w", err)
	}
	if sizes.changes+int64(rec.Len()) > sizes.base/compactShare {
		ix.Compact()
		err = db.PutLinkIndex(ctx, func(w io.Writer) error { _, err := ix.WriteTo(w); return err })
		log.Debug("link: index compacted", "seconds", time.Since(t0).Seconds())
	} else {
		err = db.AppendLinkChanges(ctx, func(w io.Writer) error { _, err := w.Write(rec.Bytes()); return err })
		log.Debug("link: changes stored", "bytes", rec.Len(), "seconds", time.Since(t0).Seconds())
	}
	if err != nil {
		return linkResult{}, err
	}
	return linkResult{articles: len(docs), lists: len(lists)}, db.ClearChanged(ctx, ids)
}

// compactShare: the stored index is rewritten whole once its change
// records exceed 1/compactShare of its size.
const compactShare = 4

// errNoIndex is returned by loadIndex when no link index is stored.
var errNoIndex = errors.New("no link index yet: run newslink link")

// indexSizes are the stored sizes of a link index and of its changes.
type indexSizes struct{ base, changes int64 }

// loadIndex reads the stored link index and applies its change records.
func loadIndex(ctx context.Context, db *store.DB) (*linker.Index, indexSizes, error) {
	var ix *linker.Index
	var sizes indexSizes
	ok, err := db.LinkIndex(ctx, func(base io.Reader, changes []io.Reader) error {
		cr := &countingReader{r: base}
		var err error
		if ix, err = linker.ReadIndex(cr); err != nil {
			return err
		}
		sizes.base = cr.n
		for _, c := range changes {
			cr := &countingReader{r: c}
			if err := ix.ReadChanges(cr); err != nil {
				return err
			}
			sizes.changes += cr.n
		}
		return nil
	})
	switch {
	case err != nil:
		return nil, sizes, err
	case !ok:
		return nil, sizes, errNoIndex
	}
	return ix, sizes, nil
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

// linkerDoc is what the linker reads of an article.
func linkerDoc(a *newslink.Article) linker.Doc {
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

// linkAll recomputes every Related Stories list from the stored articles,
// streaming them (their texts are never all in memory), swaps the lists
// in at once and stores the index for the next update.
func linkAll(ctx context.Context, log *slog.Logger, db *store.DB, cfg linker.Config, why string) (linkResult, error) {
	t0 := time.Now()
	defer func() { log.Debug("link: rebuilt", "seconds", time.Since(t0).Seconds()) }()
	ix, err := linker.BuildFrom(ctx, func(yield func(linker.Doc) bool) error {
		return db.ForEachArticle(ctx, func(a *newslink.Article) error {
			if !yield(linkerDoc(a)) {
				return errStop
			}
			return nil
		})
	}, cfg)
	if err != nil {
		return linkResult{}, fmt.Errorf("link: %w", err)
	}
	log.Debug("link: index built", "seconds", time.Since(t0).Seconds(), "memory", rssNow())
	ids := ix.IDs()
	out := make(map[uint64][]newslink.Related, len(ids))
	for _, id := range ids {
		l, _ := ix.List(id)
		out[id] = related(l)
	}
	if err := db.ReplaceRelated(ctx, out); err != nil {
		return linkResult{}, err
	}
	res := linkResult{rebuilt: true, why: why, articles: ix.Len(), lists: len(out)}
	out = nil
	log.Debug("link: lists stored", "seconds", time.Since(t0).Seconds(), "memory", rssNow())
	if err := db.PutLinkIndex(ctx, func(w io.Writer) error { _, err := ix.WriteTo(w); return err }); err != nil {
		return linkResult{}, err
	}
	// The index is stored: its memory goes back before the last write, so
	// that the peak stays that of the build.
	ix = nil
	debug.FreeOSMemory()
	log.Debug("link: index stored", "seconds", time.Since(t0).Seconds(), "memory", rssNow())
	return res, db.ClearChanged(ctx, nil)
}

// errStop ends a cursor walk early.
var errStop = errors.New("stop")
