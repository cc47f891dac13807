package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/debug"
	"time"

	"newslink/crawler"
	"newslink/crawler/warc"
	"newslink/store"
)

// The bbolt frontier stores a page's links, article and completion in one
// write for the crawler.
var _ crawler.PageCommitter = (*store.Frontier)(nil)

var (
	_ crawler.Sink     = (*store.DB)(nil)
	_ crawler.Frontier = (*store.Frontier)(nil)
)

// crawlOptions are the flags and arguments of "newslink crawl".
type crawlOptions struct {
	cfg    crawler.Config
	config string // --config file
	redis  string // Redis URL of a shared frontier ("" for the bbolt file)
	warc   warcOptions
	// flagInclude and flagExclude are the patterns given on the command
	// line, which apply to every site.
	flagInclude, flagExclude []*regexp.Regexp
	json                     bool // print the summary as JSON
	quiet                    bool // print no summary

	metricsFile string               // --metrics-file
	gotStats    func(*crawler.Stats) // called with the summary, if set
}

// warcOptions say where a crawl archives what it fetches.
type warcOptions struct {
	dir     string // --warc: folder of the WARC files ("" for none)
	maxSize int64  // --warc-max-size: bytes past which a new file starts
}

// runCrawlCmd parses the flags of "newslink crawl" and runs it.
func runCrawlCmd(ctx context.Context, e *env, args []string) error {
	o, err := parseCrawlArgs(e, args)
	if err != nil {
		return err
	}
	if o.metricsFile == "" {
		return runCrawl(ctx, e, o)
	}
	var stats *crawler.Stats
	o.gotStats = func(s *crawler.Stats) { stats = s }
	start := time.Now()
	err = runCrawl(ctx, e, o)
	return metricsAfter(e, o.metricsFile, "crawl", start, err, crawlSamples(stats))
}

// parseCrawlArgs reads the flags, arguments and --config file of "newslink
// crawl". One rule decides between the file and the command line: a flag
// given on the command line wins over the file, over its top-level values
// and its [[site]] values alike (--delay, --locale apply to every site;
// --include, --exclude and --skip patterns are added to every site's).
func parseCrawlArgs(e *env, args []string) (crawlOptions, error) {
	var o crawlOptions
	fs := crawlFlags(e, &o)
	seeds, err := parseFlags(fs, args)
	if err != nil {
		return o, err
	}
	if o.config != "" {
		var err error
		if o, err = loadCrawlConfig(o.config); err != nil {
			return o, err
		}
		fs = crawlFlags(e, &o)
		if seeds, err = parseFlags(fs, args); err != nil {
			return o, err
		}
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if err := explicitZeros(fs, map[string]func() error{
		"delay":           func() error { o.cfg.Delay = -1; return nil },         // no delay, as in wget and Scrapy
		"max-depth":       func() error { o.cfg.MaxDepth = -1; return nil },      // no hops: the seeds only
		"revisit-max-age": func() error { o.cfg.RevisitMaxAge = -1; return nil }, // no revisits
		"max-pages":       refuse("crawl", "max-pages", "want 1 or more"),
		"workers":         refuse("crawl", "workers", "want 1 or more"),
		"concurrency":     refuse("crawl", "concurrency", "want 1 or more"),
		"timeout":         refuse("crawl", "timeout", "want a duration such as 30s"),
		"warc-max-size":   refuse("crawl", "warc-max-size", "want a size such as 1G"),
	}); err != nil {
		return o, err
	}
	if set["delay"] {
		o.cfg.HostDelay = nil
	}
	if set["locale"] {
		o.cfg.HostLocale = nil
	}
	for h, r := range o.cfg.HostRules {
		// The file's site patterns replace its top-level ones for their
		// hosts; the command line's apply there too.
		r.Include = append(r.Include, o.flagInclude...)
		r.Exclude = append(r.Exclude, o.flagExclude...)
		o.cfg.HostRules[h] = r
	}
	o.cfg.Seeds = append(o.cfg.Seeds, seeds...)
	if len(o.cfg.Seeds) == 0 {
		return o, usageError("crawl: no URL given (as arguments or in --config)")
	}
	return o, nil
}

// crawlFlags defines the flags of "newslink crawl" on o.
func crawlFlags(e *env, o *crawlOptions) *flag.FlagSet {
	fs := newFlagSet(e, "crawl", "[flags] URL...")
	fs.StringVar(&o.config, "config", "", "read settings and sites from this TOML `file` (see README)")
	fs.IntVar(&o.cfg.MaxPages, "max-pages", o.cfg.MaxPages, fmt.Sprintf("pages fetched at most in this run (default %d)", crawler.DefaultMaxPages))
	fs.IntVar(&o.cfg.MaxDepth, "max-depth", o.cfg.MaxDepth, fmt.Sprintf("link hops from a seed (default %d; 0 or -1: the seeds only)", crawler.DefaultMaxDepth))
	fs.DurationVar(&o.cfg.MaxDuration, "max-duration", o.cfg.MaxDuration, "stop starting requests after this long (default and 0: no limit)")
	fs.DurationVar(&o.cfg.Delay, "delay", o.cfg.Delay, fmt.Sprintf("pause between requests to one host (default %v; 0 or negative: none); a longer robots.txt Crawl-delay wins", crawler.DefaultDelay))
	fs.IntVar(&o.cfg.Concurrency, "concurrency", o.cfg.Concurrency, fmt.Sprintf("requests in flight per host (default %d)", crawler.DefaultConcurrency))
	fs.IntVar(&o.cfg.Workers, "workers", o.cfg.Workers, fmt.Sprintf("requests in flight in all (default %d)", crawler.DefaultWorkers))
	fs.DurationVar(&o.cfg.Timeout, "timeout", o.cfg.Timeout, fmt.Sprintf("per request (default %v)", crawler.DefaultTimeout))
	fs.StringVar(&o.cfg.UserAgent, "user-agent", o.cfg.UserAgent, "User-Agent header and robots.txt product token (default "+crawler.DefaultUserAgent+")")
	fs.DurationVar(&o.cfg.RevisitMaxAge, "revisit-max-age", o.cfg.RevisitMaxAge, fmt.Sprintf("age past which an article is not fetched again for corrections (default %v; 0: never revisited)", crawler.DefaultRevisitMaxAge))
	fs.StringVar(&o.cfg.Locale, "locale", o.cfg.Locale, "locale hint for ambiguous dates, such as en-GB or en-US")
	fs.BoolVar(&o.cfg.AllowPrivate, "allow-private", o.cfg.AllowPrivate, "allow loopback, private and link-local addresses (seeds on such addresses are always allowed)")
	fs.Var(patternFlag{&o.cfg.Include, &o.flagInclude}, "include", "regular expression an article URL must match (repeatable)")
	fs.Var(patternFlag{&o.cfg.Exclude, &o.flagExclude}, "exclude", "regular expression of URLs that are never articles (repeatable)")
	fs.Var((*regexpList)(&o.cfg.Skip), "skip", "regular expression of URLs never fetched (repeatable)")
	fs.StringVar(&o.warc.dir, "warc", o.warc.dir, "archive every response fetched as WARC/1.1 files in this `folder`")
	fs.Var((*byteSize)(&o.warc.maxSize), "warc-max-size", "start a new WARC file past this `size` (bytes, or with K, M, G; default 1G)")
	fs.BoolVar(&o.json, "json", o.json, "print the summary as one JSON object")
	fs.BoolVar(&o.quiet, "quiet", o.quiet, "print no summary")
	lockWaitFlag(fs, e)
	fs.StringVar(&o.metricsFile, "metrics-file", o.metricsFile, "write the summary to this `file` in Prometheus text format, for node_exporter's textfile collector")
	fs.StringVar(&o.redis, "redis", o.redis, "work on the shared frontier in this Redis (redis://HOST:PORT/DB) and publish articles to its stream for 'newslink ingest'; no database file is opened")
	return fs
}

// crawlGCPercent is the garbage collector's setting during a crawl: a crawl
// allocates a parse tree per page and keeps little, so collecting less
// often saves CPU at a cost of tens of megabytes.
const crawlGCPercent = 300

// runCrawl crawls into the database and prints the summary.
func runCrawl(ctx context.Context, e *env, o crawlOptions) error {
	// Refused before the database file or a WARC folder is made.
	if err := o.cfg.Validate(); err != nil {
		return usageIfConfig(err)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(crawlGCPercent)
	}
	if o.warc.dir != "" {
		w, err := warc.NewWriter(o.warc.dir, warc.Options{MaxSize: o.warc.maxSize, Software: "newslink", UserAgent: o.cfg.UserAgent})
		if err != nil {
			return usageError("crawl: --warc %s: %v", o.warc.dir, err)
		}
		o.cfg.WARC = w
		defer func() {
			if cerr := w.Close(); cerr != nil {
				e.log.Error("closing the WARC file", "err", cerr)
			}
		}()
	}
	if o.redis != "" {
		return runCrawlRedis(ctx, e, o)
	}
	db, err := openDB(e)
	if err != nil {
		return err
	}
	defer db.Close()
	if !o.quiet && isTerminal(e.stderr) {
		o.cfg.Progress = progressLine(e.stderr)
		defer fmt.Fprint(e.stderr, "\r\033[K")
	}
	stats, err := crawler.Crawl(ctx, o.cfg, db.Frontier(), db, e.log)
	if stats == nil {
		return usageIfConfig(err)
	}
	if o.gotStats != nil {
		o.gotStats(stats)
	}
	if !o.quiet {
		if perr := printCrawlStats(e.stdout, stats, o.json); err == nil && perr != nil {
			err = fmt.Errorf("crawl: write summary: %w", perr)
		}
	}
	return err
}

// isTerminal reports whether w is a terminal, where a progress line may
// be drawn; logs and pipes get none.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressLine returns a crawler.Config.Progress that redraws one line on
// w at most four times a second.
func progressLine(w io.Writer) func(crawler.Stats) {
	var last time.Time
	return func(s crawler.Stats) {
		if time.Since(last) < 250*time.Millisecond {
			return
		}
		last = time.Now()
		fmt.Fprintf(w, "\r\033[K%v  fetched %d  articles %d (%d new, %d updated)  queued %d  errors %d",
			s.Duration.Round(time.Second), s.Fetched, s.Articles, s.Created, s.Updated, s.Queued, s.Errors)
	}
}

// usageIfConfig turns an invalid crawl configuration into a usage error.
func usageIfConfig(err error) error {
	if errors.Is(err, crawler.ErrConfig) {
		return usageError("%v", err)
	}
	return err
}

// printCrawlStats writes the end-of-run summary, as JSON or as
// crawler.Stats writes it.
func printCrawlStats(out io.Writer, s *crawler.Stats, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(out).Encode(s)
	}
	return s.WriteText(out)
}
