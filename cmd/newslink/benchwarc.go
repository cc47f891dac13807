package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"

	"newslink/internal/bench"
)

// runBenchWARC parses the flags of "bench warc" and runs bench.WARC on the
// pages that the "extract --input" file lists, with this binary as the
// commands timed.
func runBenchWARC(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench warc", "--input FILE [--rounds N] [--workers N] [--json]")
	var opts bench.WARCOptions
	fs.StringVar(&opts.Input, "input", "", "JSON Lines of {\"url\", \"path\"} naming saved pages, as for extract --input")
	fs.IntVar(&opts.Rounds, "rounds", 3, "times each command is run")
	fs.IntVar(&opts.Workers, "workers", runtime.GOMAXPROCS(0), "workers of each command")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if opts.Input == "" || opts.Rounds < 1 || opts.Workers < 1 {
		return usageError("bench warc: --input is needed; --rounds and --workers must be positive")
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("bench warc: %w", err)
	}
	opts.Exe = exe
	pages := func(yield func(bench.Page) bool) error {
		return readExtractInput(e.stdin, opts.Input, func(p extractPage) bool {
			return yield(bench.Page{URL: p.URL, Path: p.Path})
		})
	}
	res, err := bench.WARC(ctx, pages, opts)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(res)
	}
	return res.WriteText(e.stdout)
}
