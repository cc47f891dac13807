package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"newslink/crawler"
	"newslink/crawler/extract"
	"newslink/internal/evalextract"
)

// evalExtractOptions are the flags of "newslink eval-extract".
type evalExtractOptions struct {
	gold    string    // --gold: JSON Lines gold file; page paths are relative to its folder
	workers int       // pages extracted at once; zero means GOMAXPROCS
	json    bool      // --json: print the scores as one JSON object
	misses  bool      // --misses: list every scoring miss on stderr
	half    int       // --half: score only the pages of half 1 or 2 (0: all); see evalextract.Half
	now     time.Time // fetch time given to the extractor; zero means now
}

// runEvalExtractCmd parses the flags of "newslink eval-extract" and runs it.
//
//	newslink eval-extract --gold FILE [--half 1|2] [--workers N] [--json] [--misses]
//
// It extracts every page the gold file names and scores the result exactly
// as the extraction data set's README says: body snippets pooled into
// precision, recall and F1 (white space normalised); headline equal to the
// title; the first ten characters of the publication date equal to the date
// (per set); with --half, only the pages of one half of the sites
// (evalextract.Half); empty gold fields are not scored and a page that
// fails counts as empty output. It then prints pages per second (reading, decompressing
// and extracting, wall clock) and the peak resident memory of the process.
// A failed page is not an error of the command: exit code 0 unless the gold
// file cannot be read (1) or the flags are wrong (2).
func runEvalExtractCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval-extract", "--gold FILE [--half 1|2] [--workers N] [--json] [--misses]")
	var opts evalExtractOptions
	fs.StringVar(&opts.gold, "gold", "", "gold `FILE`, JSON Lines; page paths are relative to its folder")
	fs.IntVar(&opts.workers, "workers", 0, "pages extracted in parallel (default GOMAXPROCS)")
	fs.BoolVar(&opts.json, "json", false, "print the scores as one JSON object")
	fs.BoolVar(&opts.misses, "misses", false, "list every headline, date and body miss on stderr")
	fs.IntVar(&opts.half, "half", 0, "score only the pages of half `N` (1 or 2) of the sites, split by a hash of the URL's host")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case opts.gold == "":
		return usageError("eval-extract: --gold FILE is required")
	case len(rest) > 0:
		return usageError("eval-extract: unexpected argument %q", rest[0])
	case opts.workers < 0:
		return usageError("eval-extract: --workers %d: want 0 or more", opts.workers)
	case opts.half < 0 || opts.half > 2:
		return usageError("eval-extract: --half %d: want 1 or 2", opts.half)
	}
	rep, err := runEvalExtract(ctx, e, opts)
	if err != nil {
		return err
	}
	if opts.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.WriteText(e.stdout)
	return nil
}

// readExtractGold reads a gold file: a malformed line is a usage error
// naming the file and the line.
func readExtractGold(name string) ([]evalextract.Gold, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("eval-extract: %w", err)
	}
	defer f.Close()
	gold, err := evalextract.ReadGold(f)
	var le *evalextract.LineError
	switch {
	case errors.As(err, &le):
		return nil, usageError("eval-extract: %s %v", name, le)
	case err != nil:
		return nil, fmt.Errorf("eval-extract: read %s: %w", name, err)
	}
	return gold, nil
}

// runEvalExtract extracts and scores every page of the gold file, each
// read as "extract" reads a saved page (extractFile), with no site rules.
func runEvalExtract(ctx context.Context, e *env, opts evalExtractOptions) (*evalextract.Report, error) {
	gold, err := readExtractGold(opts.gold)
	if err != nil {
		return nil, err
	}
	now := opts.now
	if now.IsZero() {
		now = time.Now()
	}
	dir := filepath.Dir(opts.gold)
	extractGold := func(g evalextract.Gold) (*extract.Result, error) {
		p := extractPage{URL: g.URL, Path: filepath.Join(dir, filepath.FromSlash(g.File))}
		return extractFile(p, now, 0, crawler.PageRules{})
	}
	ro := evalextract.Options{Workers: opts.workers, Half: opts.half}
	if opts.misses {
		ro.Misses = e.stderr
	}
	rep, err := evalextract.Run(ctx, gold, extractGold, ro)
	if err != nil {
		return nil, fmt.Errorf("eval-extract: %w", err)
	}
	return rep, nil
}
