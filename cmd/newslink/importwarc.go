package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"newslink"
	"newslink/crawler"
	"newslink/crawler/urlnorm"
	"newslink/crawler/warc"
	"newslink/store"
	"newslink/store/redisq"
)

// importWARCOptions are the flags and arguments of "newslink import-warc".
type importWARCOptions struct {
	files   []string
	hosts   map[string]bool // --host, without "www."; empty: every host
	since   time.Time       // --since: older records and articles are skipped
	redis   string          // --redis: publish to the stream instead of the database
	workers int
	batch   int // articles per write transaction
	rules   crawler.PageRules
	json    bool
	quiet   bool
}

// importWARCStats summarises an import-warc run.
type importWARCStats struct {
	Files        int           `json:"files"`     // files read
	Claimed      int           `json:"claimed"`   // files left to other processes (--redis)
	Records      int           `json:"records"`   // WARC records read
	Responses    int           `json:"responses"` // response records of 200 HTML pages on the wanted hosts
	Articles     int           `json:"articles"`  // of those, pages judged articles
	changeCounts               // articles new, updated, unchanged (with --redis: new means published)
	NotArticles  int           `json:"not_articles"` // pages judged not to be articles
	Skipped      int           `json:"skipped"`      // malformed records skipped
	Duration     time.Duration `json:"duration_ns"`
}

// errSkippedRecords reports that malformed records were skipped.
var errSkippedRecords = errors.New("malformed records skipped")

// runImportWARCCmd parses the flags of "newslink import-warc" and runs it.
func runImportWARCCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "import-warc", "[--host HOST]... [--since DATE] [--site-config FILE] [--redis URL] FILE...")
	var o importWARCOptions
	var hosts stringList
	var since, siteConfig string
	fs.StringVar(&siteConfig, "site-config", "", "take locales, article URL rules and site extraction rules from this crawl configuration `file`")
	fs.Var(&hosts, "host", "keep only this `host` and its www. form (repeatable)")
	fs.StringVar(&since, "since", "", "skip records archived and articles published before this `date` (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&o.redis, "redis", "", "publish articles to this Redis's stream for 'newslink ingest', claiming each file there, instead of storing them")
	fs.IntVar(&o.workers, "workers", 0, "pages extracted in parallel (0: GOMAXPROCS)")
	fs.StringVar(&o.rules.Locale, "locale", "", "locale hint for ambiguous dates, such as en-GB")
	fs.BoolVar(&o.json, "json", false, "print the summary as one JSON object")
	fs.BoolVar(&o.quiet, "quiet", false, "print no summary and no progress line")
	lockWaitFlag(fs, e)
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if siteConfig != "" {
		cfg, _, _, err := readCrawlConfig(siteConfig)
		if err != nil {
			return err
		}
		locale := o.rules.Locale
		o.rules = pageRulesOf(cfg)
		if locale != "" {
			o.rules.Locale = locale // the flag wins over the file
		}
	}
	if len(files) == 0 {
		return usageError("import-warc: no FILE given")
	}
	if o.workers < 0 {
		return usageError("import-warc: --workers %d: want 0 or more", o.workers)
	}
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			return usageError("import-warc: %v", err)
		}
		if fi.IsDir() {
			return usageError("import-warc: %s: is a folder; name the files", f)
		}
	}
	o.files = files
	o.hosts = map[string]bool{}
	for _, h := range hosts {
		h = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(h)), "www.")
		if h == "" || strings.ContainsAny(h, "/ ") {
			return usageError("import-warc: --host %q: want a host name such as news.example.com", h)
		}
		o.hosts[h] = true
	}
	if since != "" {
		d, err := newslink.ParseDate(since)
		if err != nil || d.IsZero() {
			return usageError("import-warc: --since %q: want YYYY-MM-DD or RFC 3339", since)
		}
		o.since = d.Time
	}
	return runImportWARC(ctx, e, o)
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// warcPage is one response record on its way to extraction, and what came
// of it.
type warcPage struct {
	page    crawler.ArchivedPage
	rec     *warc.Record // until its body is decoded
	file    string       // the file as named on the command line
	bad     bool         // the record's body cannot be decoded
	loc     newslink.WARCLocation
	article *newslink.Article
	err     error
}

// articleSink stores or publishes what import-warc reads.
type articleSink interface {
	// put stores as; copy[i] says that as[i] was read from a copy that
	// names its URL as canonical (an AMP page, a print view), which must
	// not overwrite the article read from that URL's own page.
	put(ctx context.Context, as []*newslink.Article, copy []bool) ([]newslink.Change, error)
	// has reports whether an article is stored under the canonical URL.
	has(ctx context.Context, url string) bool
}

// runImportWARC reads the files and stores their articles.
func runImportWARC(ctx context.Context, e *env, o importWARCOptions) error {
	defer extractionGC(e)() // as extract runs: mostly parse trees that are garbage at once
	start := time.Now()
	var st importWARCStats
	// The reading goroutine counts in these; the rest is counted where
	// articles are stored.
	var files, claimed, records, responses, skipped atomic.Int64
	var sink articleSink
	var claim func(file string) (bool, error)
	if o.redis != "" {
		q, err := openRedis(ctx, e, o.redis)
		if err != nil {
			return err
		}
		defer q.Close()
		sink = redisSink{q}
		host, _ := os.Hostname()
		owner := fmt.Sprintf("%s:%d", host, os.Getpid())
		claim = func(file string) (bool, error) { return q.ClaimFile(ctx, filepath.Base(file), owner) }
	} else {
		db, err := openDB(e)
		if err != nil {
			return err
		}
		defer db.Close()
		sink = dbSink{db}
	}
	progress := func() {}
	if !o.quiet && isTerminal(e.stderr) {
		var last time.Time
		progress = func() {
			if time.Since(last) < 250*time.Millisecond {
				return
			}
			last = time.Now()
			fmt.Fprintf(e.stderr, "\r\033[K%v  files %d  records %d  articles %d (%d new)  skipped %d",
				time.Since(start).Round(time.Second), files.Load(), records.Load(), st.Articles, st.Created, skipped.Load())
		}
		defer fmt.Fprint(e.stderr, "\r\033[K")
	}

	var pending []*newslink.Article
	var pendingCopy []bool
	// direct holds the URLs of articles read from their own response in
	// this run: a copy that names one of them as canonical (an AMP page, a
	// print view) does not overwrite it.
	direct := map[string]bool{}
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		changes, err := sink.put(ctx, pending, pendingCopy)
		if err != nil {
			return fmt.Errorf("import-warc: %w", err)
		}
		st.add(changes)
		pending, pendingCopy = pending[:0], pendingCopy[:0]
		return nil
	}

	produce := func(emit func(*warcPage) bool) error {
		for _, file := range o.files {
			if claim != nil {
				ok, err := claim(file)
				if err != nil {
					return fmt.Errorf("import-warc: %w", err)
				}
				if !ok {
					e.log.Info("file claimed by another process: skipped", "file", file)
					claimed.Add(1)
					continue
				}
			}
			abs, err := filepath.Abs(file)
			if err != nil {
				return fmt.Errorf("import-warc: %w", err)
			}
			files.Add(1)
			stop := errors.New("stop")
			err = warc.Scan(ctx, abs, warc.ScanOptions{
				MaxBody: crawler.DefaultMaxBodyBytes,
				Raw:     true, // bodies are decoded by the workers, in parallel
				Bad: func(off int64, err error) {
					skipped.Add(1)
					fmt.Fprintf(e.stderr, "newslink: import-warc: %s:%d: %v\n", file, off, err)
				},
				Want: func(typ, uri string) bool {
					records.Add(1)
					return typ == "response" && o.wantHost(uri)
				},
			}, func(r *warc.Record) error {
				if r.Status == http.StatusOK && r.Header.Get("Content-Type") == "" {
					// Sniffing the type needs the decoded body.
					if err := r.DecodeBody(); err != nil {
						skipped.Add(1)
						fmt.Fprintf(e.stderr, "newslink: import-warc: %s:%d: %v\n", file, r.Location.Offset, err)
						return nil
					}
				}
				if r.Status != http.StatusOK || !htmlType(r.Header.Get("Content-Type"), r.Body) ||
					(!o.since.IsZero() && !r.Date.IsZero() && r.Date.Before(o.since)) {
					return nil
				}
				responses.Add(1)
				p := &warcPage{page: crawler.ArchivedPage{URL: r.TargetURI, ContentType: r.Header.Get("Content-Type"), Fetched: r.Date}, loc: r.Location, rec: r, file: file}
				if p.page.Fetched.IsZero() {
					p.page.Fetched = time.Now()
				}
				if !emit(p) {
					return stop
				}
				return nil
			})
			if errors.Is(err, stop) || ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				return fmt.Errorf("import-warc: %w", err)
			}
		}
		return nil
	}
	work := func(p *warcPage) *warcPage {
		if p.err = p.rec.DecodeBody(); p.err != nil {
			p.bad = true
			return p
		}
		p.page.Body, p.rec = p.rec.Body, nil
		p.article, p.err = crawler.ReadArticle(p.page, o.rules)
		p.page.Body = nil
		return p
	}
	consume := func(p *warcPage) error {
		progress()
		switch {
		case p.bad:
			skipped.Add(1)
			fmt.Fprintf(e.stderr, "newslink: import-warc: %s:%d: %v\n", p.file, p.loc.Offset, p.err)
			return nil
		case p.err != nil:
			e.log.Warn("extraction failed", "url", p.page.URL, "err", p.err)
			st.NotArticles++
			return nil
		case p.article == nil || (!o.since.IsZero() && !p.article.Published.IsZero() && p.article.Published.Time.Before(o.since)):
			st.NotArticles++
			return nil
		}
		isCopy := false
		if own, err := urlnorm.Normalize(p.page.URL); err == nil && own != p.article.URL {
			if direct[p.article.URL] || sink.has(ctx, p.article.URL) {
				st.NotArticles++ // a copy of an article read from its own URL
				return nil
			}
			isCopy = true
		} else {
			direct[p.article.URL] = true
		}
		st.Articles++
		p.article.WARC = p.loc
		pending, pendingCopy = append(pending, p.article), append(pendingCopy, isCopy)
		if len(pending) >= importBatch {
			return flush()
		}
		return nil
	}
	err := ordered(ctx, o.workers, produce, work, consume)
	if err == nil {
		err = flush()
	}
	st.Duration = time.Since(start)
	st.Files, st.Claimed, st.Records = int(files.Load()), int(claimed.Load()), int(records.Load())
	st.Responses, st.Skipped = int(responses.Load()), int(skipped.Load())
	if !o.quiet {
		if perr := printImportWARCStats(e.stdout, &st, o.json); err == nil && perr != nil {
			err = fmt.Errorf("import-warc: write summary: %w", perr)
		}
	}
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return fmt.Errorf("import-warc: %w", ctx.Err())
	}
	if st.Skipped > 0 {
		return fmt.Errorf("import-warc: %d %w", st.Skipped, errSkippedRecords)
	}
	return nil
}

// wantHost reports whether a URL is on a host --host asks for.
func (o *importWARCOptions) wantHost(raw string) bool {
	if len(o.hosts) == 0 {
		return true
	}
	u, err := url.Parse(raw)
	return err == nil && o.hosts[strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")]
}

// htmlType reports whether a response is an HTML page, by its Content-Type
// or, without one, by its first bytes.
func htmlType(ct string, body []byte) bool {
	if ct == "" {
		ct = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// printImportWARCStats writes the end-of-run summary.
func printImportWARCStats(out io.Writer, s *importWARCStats, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(out).Encode(s)
	}
	w := &errWriter{w: out}
	fmt.Fprintf(w, "import-warc finished in %v\n", s.Duration.Round(time.Millisecond))
	fmt.Fprintf(w, "  files           %d", s.Files)
	if s.Claimed > 0 {
		fmt.Fprintf(w, " (%d claimed by other processes)", s.Claimed)
	}
	fmt.Fprintf(w, "\n  records         %d\n  responses       %d (200, HTML)\n  articles        %d (%d new, %d updated, %d unchanged)\n  not articles    %d\n  skipped         %d malformed records\n",
		s.Records, s.Responses, s.Articles, s.Created, s.Updated, s.Unchanged, s.NotArticles, s.Skipped)
	return w.err
}

// dbSink stores articles in the database, one transaction per batch.
type dbSink struct{ db *store.DB }

// put stores as in one transaction. A copy was stored only when no
// article had its URL (see has); one read later from the URL's own page
// replaces it.
func (s dbSink) put(ctx context.Context, as []*newslink.Article, _ []bool) ([]newslink.Change, error) {
	return s.db.PutArticles(ctx, as)
}

func (s dbSink) has(ctx context.Context, url string) bool {
	_, err := s.db.Article(ctx, url)
	return err == nil
}

// redisSink publishes articles to the stream that "newslink ingest"
// stores; every article counts as created.
type redisSink struct{ q *redisq.Queue }

func (s redisSink) put(ctx context.Context, as []*newslink.Article, copy []bool) ([]newslink.Change, error) {
	changes := make([]newslink.Change, len(as))
	for i, a := range as {
		put := s.q.PutArticle
		if copy[i] {
			put = s.q.PutCopy // ingest stores it only where no article has its URL
		}
		c, err := put(ctx, a)
		if err != nil {
			return nil, err
		}
		changes[i] = c
	}
	return changes, s.q.Flush(ctx)
}

// has is false: what the database holds is not known here, so a copy is
// published marked as one (unless this run read its URL's own page), and
// ingest decides.
func (redisSink) has(context.Context, string) bool { return false }
