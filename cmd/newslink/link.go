package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"newslink/internal/procmem"
	"newslink/linker"
	"newslink/linkrun"
	"newslink/store"
)

// The link algorithm reaches the database through this interface.
var _ linkrun.Store = (*store.DB)(nil)

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
	if err := explicitZeros(fs, map[string]func() error{
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
func runLink(ctx context.Context, e *env, o linkOptions) (linkrun.Result, error) {
	if e.getenv("GOMEMLIMIT") == "" {
		// A rebuild's garbage would otherwise double its peak; 3 GiB keeps
		// a million-article rebuild under 4 GiB of RSS.
		debug.SetMemoryLimit(linkMemoryLimit)
	}
	if e.getenv("GOGC") == "" {
		// Under the limit, collecting half as often costs little memory
		// (20 Newsgroups: 139 MB of RSS against 123) and saves 2-3% of a
		// rebuild's time; at a million articles the limit sets the peak
		// either way (3.10 GiB against 3.09), and 7% of the CPU is saved.
		debug.SetGCPercent(linkGCPercent)
	}
	if o.profile != "" {
		stop, err := startCPUProfile(o.profile)
		if err != nil {
			return linkrun.Result{}, fmt.Errorf("link: --cpuprofile: %w", err)
		}
		defer stop()
	}
	db, err := openExistingDB(e)
	if err != nil {
		return linkrun.Result{}, err
	}
	defer db.Close()
	start := time.Now()
	res, err := linkrun.Run(ctx, db, linkrun.Options{Config: o.cfg, Rebuild: o.rebuild, Memory: procmem.Now}, e.log)
	if err != nil {
		return linkrun.Result{}, err
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

// linkGCPercent is the collector's GOGC during link.
const linkGCPercent = 200
