package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"newslink/internal/evalrelated"
	"newslink/linker"
)

// evalRelatedOptions are the flags of "newslink eval-related".
type evalRelatedOptions struct {
	gold string // JSON Lines file in the shared/data/related format
	json bool   // print the figures as one JSON object
	run  evalrelated.Options
}

// runEvalRelatedCmd parses the flags of "newslink eval-related", scores the
// gold file with evalrelated.Run and prints the figures.
func runEvalRelatedCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval-related", "--gold FILE [--json] [--stream] [--half N] [linker flags]")
	var o evalRelatedOptions
	fs.StringVar(&o.gold, "gold", "", "labelled JSON Lines file (id, title, date, body, label[, language])")
	fs.BoolVar(&o.json, "json", false, "print the figures as JSON")
	fs.BoolVar(&o.run.Stream, "stream", false, "stream the articles into linker.BuildFrom instead of holding them for linker.Related")
	fs.IntVar(&o.run.Half, "half", 0, "score only the lists of half `N` (1 or 2) of the articles, split by a hash of their topic (or id); all are linked")
	addLinkerFlags(fs, &o.run.Config)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if o.gold == "" || len(rest) > 0 {
		return usageError("eval-related: want --gold FILE and no arguments")
	}
	if o.run.Half < 0 || o.run.Half > 2 {
		return usageError("eval-related: --half %d: want 1 or 2", o.run.Half)
	}
	s, err := runEvalRelated(ctx, o)
	if err != nil {
		return err
	}
	if o.json {
		return json.NewEncoder(e.stdout).Encode(s)
	}
	if s.Half != 0 {
		if _, err := fmt.Fprintf(e.stdout, "half %d of 2 (articles split by a hash of their topic, or id)\n", s.Half); err != nil {
			return err
		}
	}
	_, err = fmt.Fprintf(e.stdout, "articles %d scored %d  P@5 %.3f  P@10 %.3f  R@10 %.3f  MAP@10 %.3f  time %.2fs\n%s\n",
		s.Articles, s.Scored, s.P5, s.P10, s.R10, s.MAP10, s.Seconds, s.LanguageLine())
	return err
}

// addLinkerFlags registers the linker's options on fs; their defaults are
// the zero Config's.
func addLinkerFlags(fs *flag.FlagSet, c *linker.Config) {
	fs.IntVar(&c.N, "n", 10, "related list length")
	fs.Float64Var(&c.MinScore, "min-score", 0, "drop links scoring below this")
	fs.Float64Var(&c.HeadlineWeight, "headline-weight", 0, "how many body occurrences a headline occurrence counts as (0: 1.25)")
	fs.Float64Var(&c.NameWeight, "name-weight", 0, "weight of capitalised multi-word names as terms of their own (0 or negative: off, the default; 1: as a word)")
	fs.IntVar(&c.MinDF, "min-df", 0, "leave out terms in fewer documents (0: 2)")
	fs.Float64Var(&c.MaxDF, "max-df", 0, "leave out terms in more than this share of documents (0: 0.5)")
	fs.IntVar(&c.MaxTerms, "max-terms", 0, "index only each document's heaviest terms (0: 100, negative: all)")
	fs.Float64Var(&c.DateWeight, "date-weight", 0, "share of the score that decays with time apart (0: 0.2, negative: off)")
	fs.DurationVar(&c.DateHalfLife, "date-half-life", 0, "half-life of the date decay (0: 720h)")
	fs.IntVar(&c.ExpandN, "expand-n", 0, "best links added to each article's vector before relinking (0: 8, negative: off)")
	fs.Float64Var(&c.ExpandWeight, "expand-weight", 0, "weight of the added links (0: 1.25)")
	fs.IntVar(&c.ExpandTerms, "expand-terms", 0, "terms an expanded vector keeps (0: 40, negative: all)")
	fs.IntVar(&c.QueryTerms, "query-terms", 0, "terms used to find the links expansion adds (0: 20)")
	fs.DurationVar(&c.Window, "window", 0, "never link articles further apart than this (0: no window)")
	fs.Float64Var(&c.DuplicateScore, "dup-score", 0, "cosine from which two articles are near-duplicates (0: 0.98, negative: off)")
}

// runEvalRelated links and scores the gold file; see evalrelated.Run.
func runEvalRelated(ctx context.Context, o evalRelatedOptions) (evalrelated.Scores, error) {
	o.run.Name = o.gold
	open := func() (io.ReadCloser, error) { return os.Open(o.gold) }
	s, err := evalrelated.Run(ctx, open, o.run)
	if err != nil {
		return evalrelated.Scores{}, fmt.Errorf("eval-related: %w", err)
	}
	return s, nil
}
