package evalrelated

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"
	"time"

	"newslink/linker"
)

// Article is one line of a labelled file. Read and Each fill Title, Date
// and ID from Headline, Published and URL when those are empty, so that
// gen-corpus output can be scored.
type Article struct {
	ID       string `json:"id"`
	URL      string `json:"url"`
	Title    string `json:"title"`
	Headline string `json:"headline"`
	Date     string `json:"date"`
	Pub      string `json:"published"`
	Body     string `json:"body"`
	Language string `json:"language"`
	Label    string `json:"label"`
	Topic    string `json:"topic"` // optional: a group of labels (ECB+ pairs two events of one kind)
}

// Doc returns the linker document of a, with ID id. Its date is
// ParseDate(a.Date).
func (a Article) Doc(id uint64) linker.Doc {
	return linker.Doc{ID: id, Headline: a.Title, Body: a.Body, Language: a.Language, Published: ParseDate(a.Date)}
}

// Scores are the figures of one evaluation. Its zero value is the score of
// no articles.
type Scores struct {
	Articles int     `json:"articles"` // articles read
	Scored   int     `json:"scored"`   // articles with at least one other of their label
	P5       float64 `json:"p_at_5"`
	P10      float64 `json:"p_at_10"`
	R10      float64 `json:"r_at_10"`
	MAP10    float64 `json:"map_at_10"`
	Seconds  float64 `json:"seconds"` // time spent linking
	// Half is 1 or 2 when only the articles of that Half were scored (all
	// were linked); 0 when every article was.
	Half int `json:"half,omitempty"`
	// Languages counts the articles by the language that analysed them
	// (linker.Language), LanguageFrom by where it came from ("stated",
	// "detected", "default").
	Languages    map[string]int `json:"languages"`
	LanguageFrom map[string]int `json:"language_from"`
}

// CountLanguage counts d's analysis language in s, making s's maps when
// they are nil.
func (s *Scores) CountLanguage(d linker.Doc) {
	if s.Languages == nil {
		s.Languages, s.LanguageFrom = map[string]int{}, map[string]int{}
	}
	lang, from := linker.Language(d)
	s.Languages[lang]++
	s.LanguageFrom[from.String()]++
}

// LanguageLine formats the language counts of s on one line, in a fixed
// order: languages by count, then name; then the stated, detected and
// default counts.
func (s Scores) LanguageLine() string {
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

// Options say how Run links and what it names in errors. The zero value
// lists 10 links per article with the linker's defaults and holds every
// text in memory.
type Options struct {
	// Config is given to the linker; an N of 0 or less means 10.
	Config linker.Config
	// Stream builds with linker.BuildFrom from a second read of the file,
	// so that the texts are never all in memory (as "link" can do with the
	// store); otherwise linker.Related gets them all at once.
	Stream bool
	// Name names the gold file in errors about its content.
	Name string
	// Half, 1 or 2, scores only the lists of the articles of that Half
	// (every article is still linked and may be a hit); 0 scores all.
	Half int
}

// Run reads the labelled articles that open returns, links them and
// scores the lists. With opts.Stream it calls open twice (labels first,
// then the texts), otherwise once; it closes what open returns. An error
// of open is returned as it is.
func Run(ctx context.Context, open func() (io.ReadCloser, error), opts Options) (Scores, error) {
	if opts.Config.N <= 0 {
		opts.Config.N = 10
	}
	if opts.Stream {
		return runStream(ctx, open, opts)
	}
	f, err := open()
	if err != nil {
		return Scores{}, err
	}
	defer f.Close()
	arts, err := Read(f, false)
	if err != nil {
		return Scores{}, fmt.Errorf("%s: %w", opts.Name, err)
	}
	docs := make([]linker.Doc, len(arts))
	for i, a := range arts {
		docs[i] = a.Doc(uint64(i))
	}
	start := time.Now()
	lists, err := linker.Related(ctx, docs, opts.Config)
	if err != nil {
		return Scores{}, err
	}
	s := ScoreHalf(arts, lists, opts.Half)
	s.Seconds = time.Since(start).Seconds()
	for _, d := range docs {
		s.CountLanguage(d)
	}
	return s, nil
}

// runStream reads the labels, then streams the articles into
// linker.BuildFrom.
func runStream(ctx context.Context, open func() (io.ReadCloser, error), opts Options) (Scores, error) {
	f, err := open()
	if err != nil {
		return Scores{}, err
	}
	arts, err := Read(f, true)
	f.Close()
	if err != nil {
		return Scores{}, fmt.Errorf("%s: %w", opts.Name, err)
	}
	start := time.Now()
	f, err = open()
	if err != nil {
		return Scores{}, err
	}
	defer f.Close()
	stop := errors.New("stop")
	var langs Scores // the language counts, taken as the articles pass
	ix, err := linker.BuildFrom(ctx, func(yield func(linker.Doc) bool) error {
		i := 0
		err := Each(f, func(a Article) error {
			d := a.Doc(uint64(i))
			i++
			langs.CountLanguage(d)
			if !yield(d) {
				return stop
			}
			return nil
		})
		if errors.Is(err, stop) {
			return nil
		}
		return err
	}, opts.Config)
	if err != nil {
		return Scores{}, err
	}
	lists := make([][]linker.Link, len(arts))
	for i := range arts {
		lists[i], _ = ix.List(uint64(i))
	}
	s := ScoreHalf(arts, lists, opts.Half)
	s.Seconds = time.Since(start).Seconds()
	s.Languages, s.LanguageFrom = langs.Languages, langs.LanguageFrom
	return s, nil
}

// Read reads labelled articles; with labelsOnly it keeps only their
// labels, IDs and topics (what Score and Half read). A malformed line is
// an error naming its number.
func Read(r io.Reader, labelsOnly bool) ([]Article, error) {
	var out []Article
	err := Each(r, func(a Article) error {
		if labelsOnly {
			a = Article{ID: a.ID, Label: a.Label, Topic: a.Topic}
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

// Each calls f for every article of a labelled file, in order, and stops
// at the first error of f, which it returns. Blank lines are skipped.
func Each(r io.Reader, f func(Article) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var a Article
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

// ParseDate reads the date formats found in labelled files; an unknown
// format is the zero time.
func ParseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02", "2-Jan-2006 15:04:05.00", "2-Jan-2006 15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Score scores related lists against the labels as shared/data/README.md
// says: lists[i] is the list of arts[i] and a link's ID is an index of
// arts; every article with at least one other article of its label is
// scored over the first 10 slots; an empty slot or an unlabelled neighbour
// is a miss. Seconds and the language counts are left zero.
func Score(arts []Article, lists [][]linker.Link) Scores {
	return ScoreHalf(arts, lists, 0)
}

// Half returns the half (1 or 2) of a labelled file an article belongs
// to: FNV-1a (32 bit) of its topic, or of its ID if it has no topic, even
// → 1, odd → 2. Articles of one topic fall in the same half, as in a
// held-out set split by topic, so that an option tuned on one half can be
// checked on the other.
func Half(a Article) int {
	key := a.Topic
	if key == "" {
		key = a.ID
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return 1 + int(h.Sum32()%2)
}

// ScoreHalf is Score over the lists of the articles of one Half only (1
// or 2; 0: all). Hits are counted against every article of the file,
// whatever its half; Articles counts them all, Scored the half's queries.
func ScoreHalf(arts []Article, lists [][]linker.Link, half int) Scores {
	size := map[string]int{}
	for _, a := range arts {
		if a.Label != "" {
			size[a.Label]++
		}
	}
	s := Scores{Articles: len(arts), Half: half}
	var p5, p10, r10, ap float64
	for i, a := range arts {
		if a.Label == "" || size[a.Label] < 2 || half != 0 && Half(a) != half {
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
