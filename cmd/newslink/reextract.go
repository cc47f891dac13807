package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"newslink"
	"newslink/crawler"
	"newslink/crawler/warc"
)

// reextractOptions are the flags of "newslink reextract".
type reextractOptions struct {
	siteConfig string // --site-config: a crawl configuration file for locales and article rules
	rules      crawler.PageRules
	workers    int
	json       bool
	quiet      bool
}

// reextractStats summarises a reextract run.
type reextractStats struct {
	Articles    int           `json:"articles"`     // stored articles
	Archived    int           `json:"archived"`     // of those, with an archived response
	Changed     int           `json:"changed"`      // articles whose fields changed and were updated
	Unchanged   int           `json:"unchanged"`    // articles extracted as stored
	NotArticles int           `json:"not_articles"` // pages no longer judged articles, left as they are
	Failed      int           `json:"failed"`       // articles whose record could not be read, left as they are
	Duration    time.Duration `json:"duration_ns"`
}

// errReextractFailed reports that some archived responses could not be read.
var errReextractFailed = errors.New("archived responses could not be read")

// runReextractCmd parses the flags of "newslink reextract" and runs it.
func runReextractCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "reextract", "[--site-config FILE] [--workers N] [--json] [--quiet]")
	var o reextractOptions
	fs.StringVar(&o.siteConfig, "site-config", "", "take locales, article URL rules and site extraction rules from this crawl configuration `file`")
	fs.IntVar(&o.workers, "workers", 0, "pages extracted in parallel (0: GOMAXPROCS)")
	fs.BoolVar(&o.json, "json", false, "print the summary as one JSON object")
	fs.BoolVar(&o.quiet, "quiet", false, "print no summary")
	lockWaitFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("reextract: unexpected argument %q", rest[0])
	}
	if o.workers < 0 {
		return usageError("reextract: --workers %d: want 0 or more", o.workers)
	}
	if o.siteConfig != "" {
		cfg, _, _, err := readCrawlConfig(o.siteConfig)
		if err != nil {
			return err
		}
		o.rules = pageRulesOf(cfg)
	}
	return runReextract(ctx, e, o)
}

// reextractJob is one stored article on its way through extraction.
type reextractJob struct {
	old     *newslink.Article
	article *newslink.Article
	err     error
}

// runReextract extracts every archived article again and updates those
// whose fields changed.
func runReextract(ctx context.Context, e *env, o reextractOptions) error {
	defer extractionGC(e)() // as extract runs: mostly parse trees that are garbage at once
	start := time.Now()
	db, err := openExistingDB(e)
	if err != nil {
		return err
	}
	defer db.Close()
	var st reextractStats
	// Only the locations are kept in memory, in file order, so that each
	// file is read front to back.
	var todo []*newslink.Article
	err = db.ForEachArticle(ctx, func(a *newslink.Article) error {
		st.Articles++
		if !a.WARC.IsZero() {
			todo = append(todo, &newslink.Article{ID: a.ID, URL: a.URL, WARC: a.WARC})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reextract: %w", err)
	}
	st.Archived = len(todo)
	sort.Slice(todo, func(i, j int) bool {
		if todo[i].WARC.File != todo[j].WARC.File {
			return todo[i].WARC.File < todo[j].WARC.File
		}
		return todo[i].WARC.Offset < todo[j].WARC.Offset
	})
	missing := map[string]int{}
	for _, a := range todo {
		if _, err := os.Stat(a.WARC.File); err != nil {
			missing[a.WARC.File]++
		}
	}
	files := make([]string, 0, len(missing))
	for f := range missing {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		fmt.Fprintf(e.stderr, "newslink: reextract: %s: missing; its %d articles are left as they are\n", f, missing[f])
		st.Failed += missing[f]
	}

	var pending []*newslink.Article
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		changes, err := db.PutArticles(ctx, pending)
		if err != nil {
			return fmt.Errorf("reextract: %w", err)
		}
		for _, c := range changes {
			if c == newslink.Updated {
				st.Changed++
			} else {
				st.Unchanged++
			}
		}
		pending = pending[:0]
		return nil
	}
	produce := func(emit func(*reextractJob) bool) error {
		for _, a := range todo {
			if missing[a.WARC.File] > 0 {
				continue
			}
			if !emit(&reextractJob{old: a}) {
				return ctx.Err()
			}
		}
		return nil
	}
	work := func(j *reextractJob) *reextractJob {
		rec, err := warc.ReadAt(j.old.WARC, crawler.DefaultMaxBodyBytes)
		if err != nil {
			j.err = err
			return j
		}
		if rec.TargetURI == "" || rec.Status != 200 {
			j.err = fmt.Errorf("warc: %s:%d: not the response of %s", j.old.WARC.File, j.old.WARC.Offset, j.old.URL)
			return j
		}
		j.article, j.err = crawler.ReadArticle(crawler.ArchivedPage{
			URL: rec.TargetURI, ContentType: rec.Header.Get("Content-Type"), Body: rec.Body, Fetched: rec.Date,
		}, o.rules)
		return j
	}
	consume := func(j *reextractJob) error {
		switch {
		case j.err != nil:
			fmt.Fprintf(e.stderr, "newslink: reextract: %s: %v; left as it is\n", j.old.URL, j.err)
			st.Failed++
			return nil
		case j.article == nil:
			st.NotArticles++
			return nil
		}
		// The article keeps its identity and where it came from; only the
		// extracted fields may change.
		j.article.URL, j.article.WARC = j.old.URL, j.old.WARC
		pending = append(pending, j.article)
		if len(pending) >= importBatch {
			return flush()
		}
		return nil
	}
	err = ordered(ctx, o.workers, produce, work, consume)
	if err == nil {
		err = flush()
	}
	st.Duration = time.Since(start)
	if !o.quiet {
		if perr := printReextractStats(e.stdout, &st, o.json); err == nil && perr != nil {
			err = fmt.Errorf("reextract: write summary: %w", perr)
		}
	}
	switch {
	case err != nil:
		return err
	case ctx.Err() != nil:
		return fmt.Errorf("reextract: %w", ctx.Err())
	case st.Failed > 0:
		return fmt.Errorf("reextract: %d %w", st.Failed, errReextractFailed)
	}
	return nil
}

// printReextractStats writes the end-of-run summary.
func printReextractStats(out io.Writer, s *reextractStats, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(out).Encode(s)
	}
	w := &errWriter{w: out}
	fmt.Fprintf(w, "reextract finished in %v\n  articles        %d (%d archived)\n  changed         %d\n  unchanged       %d\n  not articles    %d (left as they are)\n  failed          %d (left as they are)\n",
		s.Duration.Round(time.Millisecond), s.Articles, s.Archived, s.Changed, s.Unchanged, s.NotArticles, s.Failed)
	return w.err
}
