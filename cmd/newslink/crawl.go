package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"newslink/crawler"
	"newslink/store"
)

var (
	_ crawler.Sink     = (*store.DB)(nil)
	_ crawler.Frontier = (*store.Frontier)(nil)
)

// crawlOptions are the flags and arguments of "newslink crawl".
type crawlOptions struct {
	cfg   crawler.Config
	json  bool // print the summary as JSON
	quiet bool // print no summary
}

// runCrawlCmd parses the flags of "newslink crawl" and runs it.
func runCrawlCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "crawl", "[flags] URL...")
	var o crawlOptions
	var include, exclude, skip regexpList
	fs.IntVar(&o.cfg.MaxPages, "max-pages", 0, fmt.Sprintf("pages fetched at most in this run (0: %d)", crawler.DefaultMaxPages))
	fs.IntVar(&o.cfg.MaxDepth, "max-depth", 0, fmt.Sprintf("link hops from a seed (0: %d; -1: seeds only)", crawler.DefaultMaxDepth))
	fs.DurationVar(&o.cfg.MaxDuration, "max-duration", 0, "stop starting requests after this long (0: no limit)")
	fs.DurationVar(&o.cfg.Delay, "delay", 0, fmt.Sprintf("pause between requests to one host (0: %v; negative: none); a longer robots.txt Crawl-delay wins", crawler.DefaultDelay))
	fs.IntVar(&o.cfg.Concurrency, "concurrency", 0, fmt.Sprintf("requests in flight per host (0: %d)", crawler.DefaultConcurrency))
	fs.IntVar(&o.cfg.Workers, "workers", 0, fmt.Sprintf("requests in flight in all (0: %d)", crawler.DefaultWorkers))
	fs.DurationVar(&o.cfg.Timeout, "timeout", 0, fmt.Sprintf("per request (0: %v)", crawler.DefaultTimeout))
	fs.StringVar(&o.cfg.UserAgent, "user-agent", "", "User-Agent header and robots.txt product token (default "+crawler.DefaultUserAgent+")")
	fs.StringVar(&o.cfg.Locale, "locale", "", "locale hint for ambiguous dates, such as en-GB or en-US")
	fs.BoolVar(&o.cfg.AllowPrivate, "allow-private", false, "allow loopback, private and link-local addresses (seeds on such addresses are always allowed)")
	fs.Var(&include, "include", "regular expression an article URL must match (repeatable)")
	fs.Var(&exclude, "exclude", "regular expression of URLs that are never articles (repeatable)")
	fs.Var(&skip, "skip", "regular expression of URLs never fetched (repeatable)")
	fs.BoolVar(&o.json, "json", false, "print the summary as one JSON object")
	fs.BoolVar(&o.quiet, "quiet", false, "print no summary")
	seeds, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(seeds) == 0 {
		return usageError("crawl: no URL given")
	}
	o.cfg.Seeds = seeds
	o.cfg.Include, o.cfg.Exclude, o.cfg.Skip = include, exclude, skip
	return runCrawl(ctx, e, o)
}

// runCrawl crawls into the database and prints the summary.
func runCrawl(ctx context.Context, e *env, o crawlOptions) error {
	db, err := openDB(e)
	if err != nil {
		return err
	}
	defer db.Close()
	stats, err := crawler.Crawl(ctx, o.cfg, db.Frontier(), db, e.log)
	if stats == nil {
		return usageIfConfig(err)
	}
	if !o.quiet {
		printCrawlStats(e.stdout, stats, o.json)
	}
	return err
}

// usageIfConfig turns an invalid crawl configuration into a usage error.
func usageIfConfig(err error) error {
	if errors.Is(err, crawler.ErrConfig) {
		return usageError("%v", err)
	}
	return err
}

// printCrawlStats writes the end-of-run summary.
func printCrawlStats(w io.Writer, s *crawler.Stats, asJSON bool) {
	if asJSON {
		json.NewEncoder(w).Encode(s)
		return
	}
	fmt.Fprintf(w, "crawl finished in %v", s.Duration.Round(time.Millisecond))
	if s.Stopped != "" {
		fmt.Fprintf(w, " (stopped: %s)", s.Stopped)
	}
	fmt.Fprintf(w, "\n  pages fetched   %d\n  articles        %d (%d new, %d updated, %d unchanged)\n",
		s.Fetched, s.Articles, s.Created, s.Updated, s.Unchanged)
	fmt.Fprintf(w, "  not modified    %d\n  robots.txt      %d disallowed\n  skipped         %d\n  retries         %d\n  errors          %d\n",
		s.NotModified, s.Disallowed, s.Skipped, s.Retries, s.Errors)
	for _, f := range s.Failures {
		fmt.Fprintf(w, "    %s: %s\n", f.URL, f.Error)
	}
}
