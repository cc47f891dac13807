package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"newslink/linker/synth"
)

// genCorpusOptions are the flags of "newslink gen-corpus".
type genCorpusOptions struct {
	cfg synth.Config
}

func runGenCorpusCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "gen-corpus", "[--n N] [--seed S] [--story F] [--words N] [--dup F] [--german F] [--french F] [--omit-language]")
	var o genCorpusOptions
	fs.IntVar(&o.cfg.N, "n", 10000, "number of articles")
	fs.Uint64Var(&o.cfg.Seed, "seed", 1, "random seed; the same seed and flags give the same corpus")
	fs.Float64Var(&o.cfg.Story, "story", 0, "mean articles per story (0: 6)")
	fs.IntVar(&o.cfg.Words, "words", 0, "mean body length in words (0: 150)")
	fs.Float64Var(&o.cfg.DupShare, "dup", 0, "share of near-duplicate articles (0: 0.03, negative: none)")
	fs.Float64Var(&o.cfg.German, "german", 0, "share of topics written in German (0: 0.1, negative: none)")
	fs.Float64Var(&o.cfg.French, "french", 0, "share of topics written in French (0: 0.1, negative: none)")
	fs.BoolVar(&o.cfg.OmitLanguage, "omit-language", false, `leave "language" empty on every line, so that the linker detects it`)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("gen-corpus: want no arguments")
	}
	// 0 means the generator's default for these; a negative value would
	// silently mean it too.
	switch c := o.cfg; {
	case c.N < 1:
		return usageError("gen-corpus: --n %d: want 1 or more", c.N)
	case c.Story < 0:
		return usageError("gen-corpus: --story %g: want 0 (the default) or more", c.Story)
	case c.Words < 0:
		return usageError("gen-corpus: --words %d: want 0 (the default) or more", c.Words)
	case c.DupShare >= 1:
		return usageError("gen-corpus: --dup %g: want a share below 1", c.DupShare)
	case c.German > 1 || c.French > 1:
		return usageError("gen-corpus: --german %g, --french %g: want shares of at most 1", c.German, c.French)
	}
	if o.cfg.German+o.cfg.French > 1 {
		return usageError("gen-corpus: --german %g and --french %g add up to more than 1", o.cfg.German, o.cfg.French)
	}
	return runGenCorpus(ctx, e, o)
}

// runGenCorpus writes the corpus as JSON Lines: url, headline, published,
// body, language ("en", "de" or "fr"; "" with --omit-language), and the
// gold label (story) and topic.
func runGenCorpus(ctx context.Context, e *env, o genCorpusOptions) error {
	w := bufio.NewWriterSize(e.stdout, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var err error
	n := 0
	synth.Generate(o.cfg, func(a synth.Article) bool {
		if n%1024 == 0 {
			if err = ctx.Err(); err != nil {
				return false
			}
		}
		n++
		err = enc.Encode(a)
		return err == nil
	})
	if err != nil {
		return fmt.Errorf("gen-corpus: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("gen-corpus: %w", err)
	}
	return nil
}
