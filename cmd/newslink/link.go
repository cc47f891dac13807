package main

import (
	"context"
	"fmt"
	"time"

	"newslink"
	"newslink/linker"
	"newslink/store"
)

// linkOptions are the flags of "newslink link".
type linkOptions struct {
	cfg   linker.Config
	quiet bool
}

// runLinkCmd parses the flags of "newslink link" and runs it.
func runLinkCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "link", "[--related N]")
	var o linkOptions
	fs.IntVar(&o.cfg.N, "related", 5, "length of each Related Stories list")
	fs.Float64Var(&o.cfg.MinScore, "min-score", 0, "leave out related stories scoring below this (0 to 1)")
	fs.Float64Var(&o.cfg.HeadlineWeight, "headline-weight", 0, "weight of headline words against body words (0: the linker's default)")
	fs.BoolVar(&o.quiet, "quiet", false, "print no summary")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("link: unexpected argument %q", rest[0])
	}
	if o.cfg.N < 1 {
		return usageError("link: --related %d: want 1 or more", o.cfg.N)
	}
	if o.cfg.MinScore < 0 || o.cfg.MinScore > 1 {
		return usageError("link: --min-score %v: want 0 to 1", o.cfg.MinScore)
	}
	db, err := openDB(e)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	n, err := linkAll(ctx, db, o.cfg)
	if err != nil {
		return err
	}
	if !o.quiet {
		fmt.Fprintf(e.stdout, "linked %d articles in %v\n", n, time.Since(start).Round(time.Millisecond))
	}
	return publishSnapshot(ctx, e, db)
}

// linkAll rebuilds every Related Stories list and swaps them in at once.
// It returns the number of articles linked.
func linkAll(ctx context.Context, db *store.DB, cfg linker.Config) (int, error) {
	var docs []linker.Doc
	err := db.ForEachArticle(ctx, func(a *newslink.Article) error {
		docs = append(docs, linker.Doc{ID: a.ID, Headline: a.Headline, Body: a.Body, Language: a.Language, Published: a.Published.Time})
		return nil
	})
	if err != nil {
		return 0, err
	}
	lists, err := linker.Related(ctx, docs, cfg)
	if err != nil {
		return 0, fmt.Errorf("link: %w", err)
	}
	out := make(map[uint64][]newslink.Related, len(docs))
	for i, links := range lists {
		rel := make([]newslink.Related, len(links))
		for j, l := range links {
			rel[j] = newslink.Related{ID: l.ID, Score: l.Score}
		}
		out[docs[i].ID] = rel
	}
	if err := db.ReplaceRelated(ctx, out); err != nil {
		return 0, err
	}
	return len(docs), nil
}
