package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"newslink"
	"newslink/crawler/urlnorm"
	"newslink/store"
)

// articleLine is one article as JSON Lines: what import reads and export
// writes. Export writes every field; import needs url and a headline or a
// body.
type articleLine struct {
	ID        uint64        `json:"id,omitempty"`
	URL       string        `json:"url"`
	Headline  string        `json:"headline"`
	Published newslink.Date `json:"published"`
	Modified  newslink.Date `json:"modified"`
	Authors   []string      `json:"authors"`
	Language  string        `json:"language"`
	Summary   *string       `json:"summary"` // absent: the first paragraph of the body
	Body      string        `json:"body"`
	Image     string        `json:"image"`   // lead image, an absolute http(s) URL, or ""
	Section   string        `json:"section"` // the site section, or ""
	Tags      []string      `json:"tags"`
	Fetched   *time.Time    `json:"fetched,omitempty"` // absent: the time of the import
	Aliases   []string      `json:"aliases"`           // other URLs of the same article
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

// importBatch is how many articles one write transaction stores, and how
// many related lists.
const importBatch = 1000

// importedLine is what import stores of one line.
type importedLine struct {
	store.Imported
	related []relatedLine
}

// relatedSpool is one line of the file in which import keeps the related
// lists it read until every article is stored: a list names articles by
// URL, and those may come later in the input.
type relatedSpool struct {
	ID      uint64        `json:"id"`
	Related []relatedLine `json:"related"`
}

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
	lockWaitFlag(fs, e)
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

// runImport stores the articles of a JSON Lines stream, importBatch to a
// transaction, and then the related lists the lines carry. A bad line is
// reported on stderr with its line number and skipped; good lines are
// kept. Importing the same input again stores only what is not stored yet:
// an interrupted import is resumed by running it again.
func runImport(ctx context.Context, e *env, db *store.DB, in io.Reader, name string, quiet bool) error {
	start := time.Now()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<20), maxImportLine)
	spool, err := os.CreateTemp("", "newslink-import-related-*")
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer os.Remove(spool.Name())
	defer spool.Close()
	spoolW := bufio.NewWriter(spool)
	spoolEnc := json.NewEncoder(spoolW)
	var batch []importedLine
	var counts changeCounts
	bad, lineNo, lists := 0, 0, 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		ims := make([]store.Imported, len(batch))
		for i := range batch {
			ims[i] = batch[i].Imported
		}
		changes, err := db.Import(ctx, ims)
		if err != nil {
			return err
		}
		counts.add(changes)
		for i := range changes {
			if len(batch[i].related) > 0 {
				lists++
				if err := spoolEnc.Encode(relatedSpool{batch[i].Article.ID, batch[i].related}); err != nil {
					return fmt.Errorf("import: %w", err)
				}
			}
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
		l, err := parseArticleLine(line, time.Now().UTC())
		if err != nil {
			bad++
			fmt.Fprintf(e.stderr, "newslink: import: %s:%d: %v\n", name, lineNo, err)
			continue
		}
		batch = append(batch, l)
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
	if err := spoolW.Flush(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	missing, err := importRelated(ctx, db, spool)
	if err != nil {
		return err
	}
	good := counts.Created + counts.Updated + counts.Unchanged
	if !quiet {
		fmt.Fprintf(e.stdout, "imported %d articles (%d new, %d updated, %d unchanged), %d bad lines, in %v",
			good, counts.Created, counts.Updated, counts.Unchanged, bad, time.Since(start).Round(time.Millisecond))
		if lists > 0 {
			fmt.Fprintf(e.stdout, "; %d related lists", lists)
		}
		fmt.Fprintln(e.stdout)
	}
	if missing > 0 {
		e.log.Warn("import: related stories whose URL is not stored were left out", "stories", missing)
	}
	if bad > 0 {
		return errBadLines{bad, good}
	}
	return nil
}

// importRelated stores the related lists kept in the spool, importBatch
// lists to a transaction, with their URLs turned into IDs. It returns how
// many related stories named a URL that is not stored (they are left out).
func importRelated(ctx context.Context, db *store.DB, spool *os.File) (int, error) {
	if _, err := spool.Seek(0, io.SeekStart); err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	dec := json.NewDecoder(bufio.NewReader(spool))
	missing := 0
	lists := map[uint64][]newslink.Related{}
	flush := func() error {
		if len(lists) == 0 {
			return nil
		}
		err := db.PutRelated(ctx, lists)
		clear(lists)
		return err
	}
	for {
		var s relatedSpool
		if err := dec.Decode(&s); err == io.EOF {
			break
		} else if err != nil {
			return missing, fmt.Errorf("import: related lists: %w", err)
		}
		urls := make([]string, len(s.Related))
		for i, r := range s.Related {
			urls[i] = r.URL
		}
		ids, err := db.IDs(ctx, urls)
		if err != nil {
			return missing, err
		}
		rel := make([]newslink.Related, 0, len(ids))
		for i, id := range ids {
			if id == 0 {
				missing++
				continue
			}
			rel = append(rel, newslink.Related{ID: id, Score: s.Related[i].Score})
		}
		lists[s.ID] = rel
		if len(lists) == importBatch {
			if err := flush(); err != nil {
				return missing, err
			}
		}
	}
	return missing, flush()
}

// parseArticleLine reads one import line. An http or https URL (and
// alias) is stored in canonical form, as the crawler would store it;
// another identifier is kept as given. A line with an "id", as export
// writes it, is restored as it was exported: its URLs, headline and
// summary as given, under that ID if it is free, and as an article of its
// own even when its body repeats another's.
func parseArticleLine(line string, now time.Time) (importedLine, error) {
	var l articleLine
	if err := json.Unmarshal([]byte(line), &l); err != nil {
		var syntax *json.SyntaxError
		var typ *json.UnmarshalTypeError
		if errors.As(err, &syntax) || errors.As(err, &typ) {
			return importedLine{}, fmt.Errorf("not a JSON article: %v", err)
		}
		return importedLine{}, err // a field's own message, such as a bad date
	}
	exact := l.ID != 0
	if !exact {
		l.URL = strings.TrimSpace(l.URL)
		l.Headline = strings.TrimSpace(l.Headline)
	}
	if l.URL == "" {
		return importedLine{}, fmt.Errorf(`missing "url"`)
	}
	canonical := func(raw string) (string, error) {
		if exact {
			return raw, nil
		}
		id, err := urlnorm.Identifier(raw)
		if err != nil {
			return "", fmt.Errorf("url %q: %v", raw, err)
		}
		return id, nil
	}
	var err error
	if l.URL, err = canonical(l.URL); err != nil {
		return importedLine{}, err
	}
	aliases := make([]string, 0, len(l.Aliases))
	for _, a := range l.Aliases {
		if a = strings.TrimSpace(a); a == "" {
			continue
		}
		if a, err = canonical(a); err != nil {
			return importedLine{}, fmt.Errorf("alias: %v", err)
		}
		aliases = append(aliases, a)
	}
	if strings.TrimSpace(l.Headline) == "" && strings.TrimSpace(l.Body) == "" {
		return importedLine{}, fmt.Errorf(`url %q: neither "headline" nor "body" has text`, l.URL)
	}
	var summary string
	switch {
	case l.Summary != nil && (exact || *l.Summary != ""):
		summary = *l.Summary
	default:
		summary = firstParagraph(l.Body)
	}
	var fetched time.Time
	switch {
	case l.Fetched != nil:
		fetched = *l.Fetched
	case !exact: // an exported article without one never had one
		fetched = now
	}
	for _, r := range l.Related {
		if r.URL == "" {
			return importedLine{}, fmt.Errorf(`url %q: a related story without "url"`, l.URL)
		}
	}
	a := &newslink.Article{URL: l.URL, Headline: l.Headline, Published: l.Published, Modified: l.Modified,
		Authors: l.Authors, Language: l.Language, Summary: summary, Body: l.Body, Fetched: fetched,
		Image: webImage(l.Image), Section: strings.TrimSpace(l.Section), Tags: l.Tags}
	if l.WARC != nil && l.WARC.File != "" {
		a.WARC = *l.WARC
	}
	return importedLine{Imported: store.Imported{Article: a, Aliases: aliases, Distinct: exact, ID: l.ID}, related: l.Related}, nil
}

// webImage returns an image URL if it is an absolute http(s) URL, else "":
// an imported line may come from anywhere, and the image ends up in pages.
func webImage(raw string) string {
	if raw = strings.TrimSpace(raw); urlnorm.IsWeb(raw) {
		return raw
	}
	return ""
}

// firstParagraph returns the text before the first blank line.
func firstParagraph(body string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(body), "\n\n")
	return strings.TrimSpace(p)
}

// runExportCmd parses the flags of "newslink export" and runs it.
func runExportCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "[--lock-wait D]")
	lockWaitFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("export: unexpected argument %q", rest[0])
	}
	db, err := store.Open(e.db, dbOptions(e, true))
	if err != nil {
		return err
	}
	defer db.Close()
	return runExport(ctx, e.stdout, db)
}

// runExport writes every stored article, with its aliases and related
// list, as JSON Lines in ID order.
func runExport(ctx context.Context, w io.Writer, db *store.DB) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := db.ForEachArticle(ctx, func(a *newslink.Article) error {
		rel, err := db.Related(ctx, a.ID)
		if err != nil {
			return err
		}
		aliases, err := db.Aliases(ctx, a.ID)
		if err != nil {
			return err
		}
		l := articleLine{ID: a.ID, URL: a.URL, Headline: a.Headline, Published: a.Published, Modified: a.Modified,
			Authors: a.Authors, Language: a.Language, Summary: &a.Summary, Body: a.Body,
			Image: a.Image, Section: a.Section, Tags: a.Tags, Aliases: aliases, Related: []relatedLine{}}
		if !a.Fetched.IsZero() {
			l.Fetched = &a.Fetched
		}
		if !a.WARC.IsZero() {
			loc := a.WARC
			l.WARC = &loc
		}
		if l.Authors == nil {
			l.Authors = []string{}
		}
		if l.Aliases == nil {
			l.Aliases = []string{}
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
