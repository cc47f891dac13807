package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime/debug"

	"newslink/fixtures"
	"newslink/internal/bench"
)

// runBenchCmd runs one of the built-in benchmarks (package bench), whose
// figures BENCHMARKS.md records:
//
//	newslink bench crawl [--pages N]     crawl a generated loopback site end to end
//	newslink bench frontier [--urls N]   queue N URLs in the bbolt frontier
//	newslink bench warc --input FILE     import-warc against extract --input, as processes
func runBenchCmd(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usageError("bench: want crawl, frontier or warc")
	}
	switch args[0] {
	case "crawl":
		return runBenchCrawl(ctx, e, args[1:])
	case "frontier":
		return runBenchFrontier(ctx, e, args[1:])
	case "warc":
		return runBenchWARC(ctx, e, args[1:])
	}
	return usageError("bench: unknown benchmark %q: want crawl, frontier or warc", args[0])
}

// runBenchCrawl parses the flags of "bench crawl", opens the saved pages
// and the profile file it names, and runs bench.Crawl with the garbage
// collector set as "newslink crawl" sets it.
func runBenchCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench crawl", "[--pages N] [--workers N] [--json]")
	var opts bench.CrawlOptions
	fs.IntVar(&opts.Pages, "pages", 5000, "article pages on the generated site")
	fs.IntVar(&opts.Workers, "workers", 16, "crawl workers")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the crawl to this `file`")
	fs.BoolVar(&opts.MemFrontier, "mem-frontier", false, "keep the frontier in memory instead of the bbolt file (to measure what it costs)")
	fs.BoolVar(&opts.NoSync, "no-sync", false, "do not sync the database file at each commit (to measure what syncing costs)")
	savedDir := fs.String("pages-from", "", "serve the saved pages (plain or gzip) of this `directory` as the site's articles, instead of generated ones")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if opts.Pages < 1 || opts.Workers < 1 {
		return usageError("bench crawl: --pages and --workers must be positive")
	}
	debug.SetGCPercent(crawlGCPercent) // as "newslink crawl" runs; the extraction runs so too
	if *savedDir != "" {
		saved, err := fixtures.NewSavedSite(*savedDir, opts.Pages)
		if err != nil {
			return usageError("bench crawl: --pages-from: %v", err)
		}
		opts.Saved = saved
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("bench crawl: %w", err)
		}
		defer f.Close()
		opts.CPUProfile = f
	}
	opts.Log = e.log
	res, err := bench.Crawl(ctx, opts)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(res)
	}
	return res.WriteText(e.stdout)
}

// runBenchFrontier parses the flags of "bench frontier" and runs
// bench.Frontier.
func runBenchFrontier(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench frontier", "[--urls N]")
	n := fs.Int("urls", 1_000_000, "URLs to queue")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 1 {
		return usageError("bench frontier: --urls must be positive")
	}
	res, err := bench.Frontier(ctx, *n)
	if err != nil {
		return err
	}
	return res.WriteText(e.stdout)
}
