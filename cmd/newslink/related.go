package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"newslink"
	"newslink/crawler/urlnorm"
	"newslink/linker"
	"newslink/linkrun"
	"newslink/store"
)

// relatedOptions are the flags and argument of "newslink related".
type relatedOptions struct {
	url     string
	json    bool
	explain bool // say why each story is related
}

// runRelatedCmd parses the flags of "newslink related" and runs it.
func runRelatedCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "related", "[--json] [--explain] URL")
	var o relatedOptions
	fs.BoolVar(&o.json, "json", false, "print the box as one JSON object")
	fs.BoolVar(&o.explain, "explain", false, "show each story's score and the terms that made it related")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError("related: want exactly one URL, got %d arguments", len(rest))
	}
	o.url = rest[0]
	db, err := store.Open(e.db, &store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer db.Close()
	return runRelated(ctx, e.stdout, db, o)
}

// relatedBox is the JSON form of a Related Stories box.
type relatedBox struct {
	URL       string         `json:"url"`
	Headline  string         `json:"headline"`
	Published newslink.Date  `json:"published"`
	Related   []relatedEntry `json:"related"`
	Why       *analysis      `json:"explain,omitempty"` // with --explain: how the article itself was analysed
}

// analysis says which language analysed an article: a primary language
// subtag ("de"), and whether the article stated it ("stated"), the linker
// detected it from the text ("detected") or fell back to English
// ("default"), as linker.Language decides.
type analysis struct {
	Language     string `json:"language"`
	LanguageFrom string `json:"language_from"`
}

// analysisOf returns the analysis of a stored article.
func analysisOf(a *newslink.Article) analysis {
	lang, from := linker.Language(linkrun.Doc(a))
	return analysis{lang, from.String()}
}

// String formats an analysis as "German (de, detected)".
func (x analysis) String() string {
	if name, ok := languageNames[x.Language]; ok {
		return fmt.Sprintf("%s (%s, %s)", name, x.Language, x.LanguageFrom)
	}
	return fmt.Sprintf("%s (%s; no stemming or stop words)", x.Language, x.LanguageFrom)
}

// languageNames names the languages the linker analyses.
var languageNames = map[string]string{
	"en": "English", "de": "German", "fr": "French", "es": "Spanish",
	"it": "Italian", "nl": "Dutch", "pt": "Portuguese",
}

// relatedEntry is one story of a box.
type relatedEntry struct {
	URL       string        `json:"url"`
	Headline  string        `json:"headline"`
	Published newslink.Date `json:"published"`
	Summary   string        `json:"summary"`
	Score     float64       `json:"score"`
	Image     string        `json:"image"`             // its lead image, an absolute http(s) URL, or ""
	Why       *explanation  `json:"explain,omitempty"` // with --explain
}

// explanation says why a story is in a box: its score is the cosine of
// the two articles' weighted terms times a factor for the time between
// them, and Terms are the shared terms that weigh most in the cosine.
type explanation struct {
	Cosine     float64    `json:"cosine"`
	DateFactor float64    `json:"date_factor"`
	DaysApart  float64    `json:"days_apart"`
	Terms      []termPart `json:"terms"`
	analysis              // the language that analysed the related story
}

// termPart is one shared term's share of a cosine.
type termPart struct {
	Term   string  `json:"term"`
	Name   bool    `json:"name,omitempty"`
	Weight float64 `json:"weight"`
}

// lookupArticle finds an article by URL as given, or by its canonical form.
func lookupArticle(ctx context.Context, db *store.DB, raw string) (*newslink.Article, error) {
	a, err := db.Article(ctx, raw)
	if errors.Is(err, store.ErrNotFound) {
		if n, nerr := urlnorm.Normalize(raw); nerr == nil && n != raw {
			a, err = db.Article(ctx, n)
		}
	}
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("no stored article has the url %q", raw)
	}
	return a, err
}

// runRelated prints one article's Related Stories box.
func runRelated(ctx context.Context, w io.Writer, db *store.DB, o relatedOptions) error {
	a, err := lookupArticle(ctx, db, o.url)
	if err != nil {
		return err
	}
	rel, err := db.Related(ctx, a.ID)
	if err != nil {
		return err
	}
	var why map[uint64]*explanation
	box := relatedBox{URL: a.URL, Headline: a.Headline, Published: a.Published, Related: []relatedEntry{}}
	if o.explain {
		if why, err = explain(ctx, db, a.ID); err != nil {
			return err
		}
		seed := analysisOf(a)
		box.Why = &seed
		for _, r := range rel {
			x := why[r.ID]
			if x == nil {
				continue
			}
			ra, err := db.ArticleByID(ctx, r.ID)
			if err != nil {
				return fmt.Errorf("related --explain: %w", err)
			}
			x.analysis = analysisOf(ra)
		}
	}
	for _, r := range rel {
		box.Related = append(box.Related, relatedEntry{r.URL, r.Headline, r.Published, firstSentence(r.Summary), r.Score, r.Image, why[r.ID]})
	}
	if o.json {
		return json.NewEncoder(w).Encode(box)
	}
	printBox(w, box)
	return nil
}

// printBox writes a box as plain text in the style of a news site's
// "Related Stories" footer: date, headline and one sentence per story.
func printBox(w io.Writer, box relatedBox) {
	fmt.Fprintln(w, box.Headline)
	if d := box.Published.Human(); d != "" {
		fmt.Fprintln(w, d)
	}
	fmt.Fprintln(w, box.URL)
	if box.Why != nil {
		fmt.Fprintln(w, "analysed as", *box.Why)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Related Stories")
	if len(box.Related) == 0 {
		fmt.Fprintln(w, "\n(none yet: run newslink link)")
	}
	for _, r := range box.Related {
		fmt.Fprintln(w)
		if d := r.Published.Human(); d != "" {
			fmt.Fprintln(w, d)
		}
		fmt.Fprintln(w, r.Headline)
		if r.Summary != "" {
			fmt.Fprintln(w, r.Summary)
		}
		if x := r.Why; x != nil {
			fmt.Fprintf(w, "  score %.3f = cosine %.3f × date %.3f (%.0f days apart); shared terms:", r.Score, x.Cosine, x.DateFactor, x.DaysApart)
			for _, t := range x.Terms {
				q := t.Term
				if t.Name {
					q = `"` + q + `"`
				}
				fmt.Fprintf(w, " %s %.3f", q, t.Weight)
			}
			fmt.Fprintln(w)
			fmt.Fprintln(w, "  analysed as", x.analysis)
		}
	}
}

// explainTerms is how many shared terms an explanation lists.
const explainTerms = 8

// explain reads the stored link index and says why each story of an
// article's list is in it, by related article ID.
func explain(ctx context.Context, db *store.DB, id uint64) (map[uint64]*explanation, error) {
	ix, err := linkrun.LoadIndex(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("related --explain: %w", err)
	}
	xs, err := ix.Explain(id, explainTerms)
	if err != nil {
		return nil, fmt.Errorf("related --explain: %w (run newslink link)", err)
	}
	out := make(map[uint64]*explanation, len(xs))
	for _, x := range xs {
		e := &explanation{Cosine: x.Cosine, DateFactor: x.DateFactor, DaysApart: x.Apart.Hours() / 24}
		for _, t := range x.Terms {
			e.Terms = append(e.Terms, termPart{t.Term, t.Name, t.Weight})
		}
		out[x.ID] = e
	}
	return out, nil
}

// maxSummary bounds a summary sentence, in runes.
const maxSummary = 300

// firstSentence returns the first sentence of a summary: up to the first
// full stop, question or exclamation mark followed by a space and a capital
// letter, so that "Mr. Smith" and "5.5 per cent" do not end it early.
func firstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	for i := 0; i+2 < len(rs); i++ {
		if (rs[i] == '.' || rs[i] == '?' || rs[i] == '!') && rs[i+1] == ' ' && unicode.IsUpper(rs[i+2]) && !abbreviation(rs[:i]) {
			rs = rs[:i+1]
			break
		}
	}
	if len(rs) > maxSummary {
		cut := maxSummary
		for cut > maxSummary-40 && rs[cut] != ' ' {
			cut--
		}
		return strings.TrimRight(string(rs[:cut]), " ,;:") + "…"
	}
	return string(rs)
}

// abbreviation reports whether the text before a full stop ends with a
// title or initial that does not end a sentence.
func abbreviation(before []rune) bool {
	i := len(before)
	for i > 0 && unicode.IsLetter(before[i-1]) {
		i--
	}
	word := string(before[i:])
	switch word {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sgt", "Insp", "Supt", "Gen", "Col", "Capt", "Lt", "Rev", "Jr", "Sr", "No", "Nr", "vs", "etc":
		return true
	}
	return len([]rune(word)) == 1 && unicode.IsUpper([]rune(word)[0])
}
