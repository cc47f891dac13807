package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"newslink/linker"
)

// evalRelatedOptions are the flags of "newslink eval-related".
type evalRelatedOptions struct {
	gold string        // JSON Lines file in the shared/data/related format
	cfg  linker.Config // linker options; N is the list length scored (10)
	json bool          // print the figures as one JSON object
	// stream builds with linker.BuildFrom from a second read of the file,
	// so that the texts are never all in memory (as "link" can do with
	// the store); otherwise linker.Related gets them all at once.
	stream bool
}

// evalScores are the figures eval-related prints.
type evalScores struct {
	Articles int     `json:"articles"` // articles read
	Scored   int     `json:"scored"`   // articles with at least one other of their label
	P5       float64 `json:"p_at_5"`
	P10      float64 `json:"p_at_10"`
	R10      float64 `json:"r_at_10"`
	MAP10    float64 `json:"map_at_10"`
	Seconds  float64 `json:"seconds"` // time spent in linker.Related
	// Languages counts the articles by the language that analysed them
	// (linker.Language), LanguageFrom by where it came from ("stated",
	// "detected", "default").
	Languages    map[string]int `json:"languages"`
	LanguageFrom map[string]int `json:"language_from"`
}

// countLanguage counts d's analysis language in s.
func (s *evalScores) countLanguage(d linker.Doc) {
	if s.Languages == nil {
		s.Languages, s.LanguageFrom = map[string]int{}, map[string]int{}
	}
	lang, from := linker.Language(d)
	s.Languages[lang]++
	s.LanguageFrom[from.String()]++
}

// languageLine formats the language counts of s on one line, in a fixed
// order: languages by count, then name.
func (s evalScores) languageLine() string {
	var b strings.Builder
	b.WriteString("languages")
	for _, k := range sortedByCount(s.Languages) {
		fmt.Fprintf(&b, " %s %d", k, s.Languages[k])
	}
	b.WriteString(";")
	for _, k := range []string{"stated", "detected", "default"} {
		fmt.Fprintf(&b, " %s %d", k, s.LanguageFrom[k])
	}
	return b.String()
}

// sortedByCount returns the keys of m, largest count first, then by key.
func sortedByCount(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return keys
}

func runEvalRelatedCmd(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("eval-related", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var o evalRelatedOptions
	fs.StringVar(&o.gold, "gold", "", "labelled JSON Lines file (id, title, date, body, label[, language])")
	fs.BoolVar(&o.json, "json", false, "print the figures as JSON")
	fs.BoolVar(&o.stream, "stream", false, "stream the articles into linker.BuildFrom instead of holding them for linker.Related")
	addLinkerFlags(fs, &o.cfg)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return usageError("eval-related: %v", err)
	}
	if o.gold == "" || fs.NArg() > 0 {
		return usageError("eval-related: want --gold FILE and no arguments")
	}
	s, err := runEvalRelated(ctx, o)
	if err != nil {
		return err
	}
	if o.json {
		return json.NewEncoder(e.stdout).Encode(s)
	}
	_, err = fmt.Fprintf(e.stdout, "articles %d scored %d  P@5 %.3f  P@10 %.3f  R@10 %.3f  MAP@10 %.3f  time %.2fs\n%s\n",
		s.Articles, s.Scored, s.P5, s.P10, s.R10, s.MAP10, s.Seconds, s.languageLine())
	return err
}

// addLinkerFlags registers the linker's options on fs; their defaults are
// the zero Config's.
func addLinkerFlags(fs *flag.FlagSet, c *linker.Config) {
	fs.IntVar(&c.N, "n", 10, "related list length")
	fs.Float64Var(&c.MinScore, "min-score", 0, "drop links scoring below this")
	fs.Float64Var(&c.HeadlineWeight, "headline-weight", 0, "how many body occurrences a headline occurrence counts as (0: 1.25)")
	fs.Float64Var(&c.NameWeight, "name-weight", 0, "weight of capitalised multi-word names (0: 1, negative: off)")
	fs.IntVar(&c.MinDF, "min-df", 0, "leave out terms in fewer documents (0: 2)")
	fs.Float64Var(&c.MaxDF, "max-df", 0, "leave out terms in more than this share of documents (0: 0.5)")
	fs.IntVar(&c.MaxTerms, "max-terms", 0, "index only each document's heaviest terms (0: 100, negative: all)")
	fs.Float64Var(&c.DateWeight, "date-weight", 0, "share of the score that decays with time apart (0: 0.2, negative: off)")
	fs.DurationVar(&c.DateHalfLife, "date-half-life", 0, "half-life of the date decay (0: 720h)")
	fs.IntVar(&c.ExpandN, "expand-n", 0, "best links added to each article's vector before relinking (0: 8, negative: off)")
	fs.Float64Var(&c.ExpandWeight, "expand-weight", 0, "weight of the added links (0: 1)")
	fs.IntVar(&c.ExpandTerms, "expand-terms", 0, "terms an expanded vector keeps (0: 40, negative: all)")
	fs.IntVar(&c.QueryTerms, "query-terms", 0, "terms used to find the links expansion adds (0: 20)")
	fs.DurationVar(&c.Window, "window", 0, "never link articles further apart than this (0: no window)")
	fs.Float64Var(&c.DuplicateScore, "dup-score", 0, "cosine from which two articles are near-duplicates (0: 0.98, negative: off)")
}

// goldArticle is one line of a labelled file.
type goldArticle struct {
	ID       string `json:"id"`
	URL      string `json:"url"`
	Title    string `json:"title"`
	Headline string `json:"headline"`
	Date     string `json:"date"`
	Pub      string `json:"published"`
	Body     string `json:"body"`
	Language string `json:"language"`
	Label    string `json:"label"`
}

func runEvalRelated(ctx context.Context, o evalRelatedOptions) (evalScores, error) {
	if o.cfg.N <= 0 {
		o.cfg.N = 10
	}
	if o.stream {
		return evalStream(ctx, o)
	}
	f, err := os.Open(o.gold)
	if err != nil {
		return evalScores{}, fmt.Errorf("eval-related: %w", err)
	}
	defer f.Close()
	arts, err := readGold(f, false)
	if err != nil {
		return evalScores{}, fmt.Errorf("eval-related: %s: %w", o.gold, err)
	}
	docs := make([]linker.Doc, len(arts))
	for i, a := range arts {
		docs[i] = linker.Doc{ID: uint64(i), Headline: a.Title, Body: a.Body, Language: a.Language, Published: parseGoldDate(a.Date)}
	}
	start := time.Now()
	lists, err := linker.Related(ctx, docs, o.cfg)
	if err != nil {
		return evalScores{}, fmt.Errorf("eval-related: %w", err)
	}
	s := scoreLists(arts, lists)
	s.Seconds = time.Since(start).Seconds()
	for _, d := range docs {
		s.countLanguage(d)
	}
	return s, nil
}

// readGold reads labelled articles; "headline"/"published"/"url" are read
// as aliases of "title"/"date"/"id", so gen-corpus output can be scored.
func readGold(r io.Reader, labelsOnly bool) ([]goldArticle, error) {
	var out []goldArticle
	err := eachGold(r, func(a goldArticle) error {
		if labelsOnly {
			a = goldArticle{Label: a.Label}
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

// eachGold calls f for every article of a labelled file, in order.
func eachGold(r io.Reader, f func(goldArticle) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var a goldArticle
		if err := json.Unmarshal(b, &a); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		if a.Title == "" {
			a.Title = a.Headline
		}
		if a.Date == "" {
			a.Date = a.Pub
		}
		if a.ID == "" {
			a.ID = a.URL
		}
		if err := f(a); err != nil {
			return err
		}
	}
	return sc.Err()
}

// evalStream reads the labels, then streams the articles into
// linker.BuildFrom.
func evalStream(ctx context.Context, o evalRelatedOptions) (evalScores, error) {
	open := func() (*os.File, error) {
		f, err := os.Open(o.gold)
		if err != nil {
			return nil, fmt.Errorf("eval-related: %w", err)
		}
		return f, nil
	}
	f, err := open()
	if err != nil {
		return evalScores{}, err
	}
	arts, err := readGold(f, true)
	f.Close()
	if err != nil {
		return evalScores{}, fmt.Errorf("eval-related: %s: %w", o.gold, err)
	}
	start := time.Now()
	f, err = open()
	if err != nil {
		return evalScores{}, err
	}
	defer f.Close()
	stop := errors.New("stop")
	var langs evalScores // the language counts, taken as the articles pass
	ix, err := linker.BuildFrom(ctx, func(yield func(linker.Doc) bool) error {
		i := 0
		err := eachGold(f, func(a goldArticle) error {
			d := linker.Doc{ID: uint64(i), Headline: a.Title, Body: a.Body, Language: a.Language, Published: parseGoldDate(a.Date)}
			i++
			langs.countLanguage(d)
			if !yield(d) {
				return stop
			}
			return nil
		})
		if errors.Is(err, stop) {
			return nil
		}
		return err
	}, o.cfg)
	if err != nil {
		return evalScores{}, fmt.Errorf("eval-related: %w", err)
	}
	lists := make([][]linker.Link, len(arts))
	for i := range arts {
		lists[i], _ = ix.List(uint64(i))
	}
	s := scoreLists(arts, lists)
	s.Seconds = time.Since(start).Seconds()
	s.Languages, s.LanguageFrom = langs.Languages, langs.LanguageFrom
	return s, nil
}

// parseGoldDate reads the date formats found in labelled files; an
// unknown format is the zero time.
func parseGoldDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02", "2-Jan-2006 15:04:05.00", "2-Jan-2006 15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// scoreLists scores related lists (indexes as IDs) against the labels as
// shared/data/README.md says: every article with at least one other
// article of its label is scored over the first 10 slots; an empty slot or
// an unlabelled neighbour is a miss.
func scoreLists(arts []goldArticle, lists [][]linker.Link) evalScores {
	size := map[string]int{}
	for _, a := range arts {
		if a.Label != "" {
			size[a.Label]++
		}
	}
	s := evalScores{Articles: len(arts)}
	var p5, p10, r10, ap float64
	for i, a := range arts {
		if a.Label == "" || size[a.Label] < 2 {
			continue
		}
		s.Scored++
		rel := size[a.Label] - 1
		var hits, hits5 int
		var sumPrec float64
		for k := 0; k < 10 && k < len(lists[i]); k++ {
			if arts[lists[i][k].ID].Label == a.Label {
				hits++
				sumPrec += float64(hits) / float64(k+1)
				if k < 5 {
					hits5++
				}
			}
		}
		p5 += float64(hits5) / 5
		p10 += float64(hits) / 10
		r10 += float64(hits) / float64(rel)
		ap += sumPrec / float64(min(rel, 10))
	}
	if s.Scored > 0 {
		n := float64(s.Scored)
		s.P5, s.P10, s.R10, s.MAP10 = p5/n, p10/n, r10/n, ap/n
	}
	return s
}
