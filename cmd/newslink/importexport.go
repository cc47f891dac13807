package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	"newslink"
	"newslink/crawler/urlnorm"
	"newslink/store"
)

// articleLine is one article as JSON Lines: what import reads and export
// writes (export adds id and related).
type articleLine struct {
	ID        uint64        `json:"id,omitempty"`
	URL       string        `json:"url"`
	Headline  string        `json:"headline"`
	Published newslink.Date `json:"published"`
	Modified  newslink.Date `json:"modified"`
	Authors   []string      `json:"authors"`
	Language  string        `json:"language"`
	Summary   string        `json:"summary"`
	Body      string        `json:"body"`
	Image     string        `json:"image"`   // lead image, an absolute http(s) URL, or ""
	Section   string        `json:"section"` // the site section, or ""
	Tags      []string      `json:"tags"`
	// WARC is where the article's response is archived, if it is.
	WARC    *newslink.WARCLocation `json:"warc,omitempty"`
	Related []relatedLine          `json:"related"`
}

// relatedLine is one related story in an exported line.
type relatedLine struct {
	URL       string        `json:"url"`
	Headline  string        `json:"headline"`
	Published newslink.Date `json:"published"`
	Score     float64       `json:"score"`
}

// importBatch is how many articles one write transaction stores.
const importBatch = 1000

// maxImportLine bounds one JSON line, in bytes.
const maxImportLine = 64 << 20

// errBadLines reports that import skipped some lines.
type errBadLines struct{ bad, good int }

func (e errBadLines) Error() string {
	return fmt.Sprintf("import: %d bad lines skipped (%d articles stored)", e.bad, e.good)
}

// runImportCmd parses the flags of "newslink import" and runs it.
func runImportCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "import", "[--quiet] FILE|-")
	quiet := fs.Bool("quiet", false, "print no summary")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError("import: want one FILE, or - for standard input")
	}
	in := e.stdin
	if rest[0] != "-" {
		f, err := os.Open(rest[0])
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		in = f
	}
	db, err := openDB(e)
	if err != nil {
		return err
	}
	defer db.Close()
	return runImport(ctx, e, db, in, rest[0], *quiet)
}

// runImport stores the articles of a JSON Lines stream. A bad line is
// reported on stderr with its line number and skipped; good lines are kept.
func runImport(ctx context.Context, e *env, db *store.DB, in io.Reader, name string, quiet bool) error {
	start := time.Now()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<20), maxImportLine)
	var batch []*newslink.Article
	counts := map[newslink.Change]int{}
	bad, lineNo := 0, 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		changes, err := db.PutArticles(ctx, batch)
		if err != nil {
			return err
		}
		for _, c := range changes {
			counts[c]++
		}
		batch = batch[:0]
		return nil
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		a, err := parseArticleLine(line, time.Now().UTC())
		if err != nil {
			bad++
			fmt.Fprintf(e.stderr, "newslink: import: %s:%d: %v\n", name, lineNo, err)
			continue
		}
		batch = append(batch, a)
		if len(batch) == importBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		if ferr := flush(); ferr != nil {
			return ferr
		}
		return fmt.Errorf("import: %s:%d: %w", name, lineNo+1, err)
	}
	if err := flush(); err != nil {
		return err
	}
	good := counts[newslink.Created] + counts[newslink.Updated] + counts[newslink.Unchanged]
	if !quiet {
		fmt.Fprintf(e.stdout, "imported %d articles (%d new, %d updated, %d unchanged), %d bad lines, in %v\n",
			good, counts[newslink.Created], counts[newslink.Updated], counts[newslink.Unchanged], bad, time.Since(start).Round(time.Millisecond))
	}
	if bad > 0 {
		return errBadLines{bad, good}
	}
	return nil
}

// parseArticleLine reads one import line. An http or https URL is stored
// in canonical form, as the crawler would store it; another identifier is
// kept as given.
func parseArticleLine(line string, now time.Time) (*newslink.Article, error) {
	var l articleLine
	if err := json.Unmarshal([]byte(line), &l); err != nil {
		var syntax *json.SyntaxError
		var typ *json.UnmarshalTypeError
		if errors.As(err, &syntax) || errors.As(err, &typ) {
			return nil, fmt.Errorf("not a JSON article: %v", err)
		}
		return nil, err // a field's own message, such as a bad date
	}
	l.URL = strings.TrimSpace(l.URL)
	if l.URL == "" {
		return nil, fmt.Errorf(`missing "url"`)
	}
	if u, err := url.Parse(l.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		n, err := urlnorm.Normalize(l.URL)
		if err != nil {
			return nil, fmt.Errorf("url %q: %v", l.URL, err)
		}
		l.URL = n
	}
	if strings.TrimSpace(l.Headline) == "" && strings.TrimSpace(l.Body) == "" {
		return nil, fmt.Errorf(`url %q: neither "headline" nor "body" has text`, l.URL)
	}
	summary := l.Summary
	if summary == "" {
		summary = firstParagraph(l.Body)
	}
	a := &newslink.Article{URL: l.URL, Headline: strings.TrimSpace(l.Headline), Published: l.Published, Modified: l.Modified,
		Authors: l.Authors, Language: l.Language, Summary: summary, Body: l.Body, Fetched: now,
		Image: webImage(l.Image), Section: strings.TrimSpace(l.Section), Tags: l.Tags}
	if l.WARC != nil && l.WARC.File != "" {
		a.WARC = *l.WARC
	}
	return a, nil
}

// webImage returns an image URL if it is an absolute http(s) URL, else "":
// an imported line may come from anywhere, and the image ends up in pages.
func webImage(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return raw
}

// firstParagraph returns the text before the first blank line.
func firstParagraph(body string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(body), "\n\n")
	return strings.TrimSpace(p)
}

// runExportCmd parses the flags of "newslink export" and runs it.
func runExportCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("export: unexpected argument %q", rest[0])
	}
	db, err := store.Open(e.db, &store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer db.Close()
	return runExport(ctx, e.stdout, db)
}

// runExport writes every stored article, with its related list, as JSON
// Lines in ID order.
func runExport(ctx context.Context, w io.Writer, db *store.DB) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := db.ForEachArticle(ctx, func(a *newslink.Article) error {
		rel, err := db.Related(ctx, a.ID)
		if err != nil {
			return err
		}
		l := articleLine{ID: a.ID, URL: a.URL, Headline: a.Headline, Published: a.Published, Modified: a.Modified,
			Authors: a.Authors, Language: a.Language, Summary: a.Summary, Body: a.Body,
			Image: a.Image, Section: a.Section, Tags: a.Tags, Related: []relatedLine{}}
		if !a.WARC.IsZero() {
			loc := a.WARC
			l.WARC = &loc
		}
		if l.Authors == nil {
			l.Authors = []string{}
		}
		if l.Tags == nil {
			l.Tags = []string{}
		}
		for _, r := range rel {
			l.Related = append(l.Related, relatedLine{r.URL, r.Headline, r.Published, r.Score})
		}
		return enc.Encode(l)
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return bw.Flush()
}
