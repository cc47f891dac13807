package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/klauspost/compress/gzip"

	"newslink/crawler"
	"newslink/crawler/extract"
)

// extractOptions are the flags and arguments of "newslink extract".
// The zero value reads nothing.
type extractOptions struct {
	url      string    // --url: the URL every PATH was fetched from ("" unknown)
	input    string    // --input: JSON Lines file of {"url","path"}, "-" for stdin
	paths    []string  // PATH arguments, when --input is not given
	workers  int       // pages extracted at once; zero means GOMAXPROCS
	fetched  time.Time // no date after this is accepted; zero means now
	maxBytes int64     // page size cap after decompression; zero means extract.DefaultMaxBytes
	config   string    // --config: a crawl configuration file whose site rules and locales apply by host
	rules    crawler.PageRules
	cpuProf  string // --cpuprofile: write a CPU profile of the whole run to this file ("" none)
}

// extractPage is one page to extract: a line of --input, or a PATH.
type extractPage struct {
	URL  string `json:"url"`
	Path string `json:"path"`
}

// extractOutput is the JSON object printed for each page, in input order.
// Error is set, and the other fields empty, when the page could not be read
// or parsed.
type extractOutput struct {
	Path         string   `json:"path"`
	URL          string   `json:"url"`
	Headline     string   `json:"headline"`
	Published    string   `json:"published"` // RFC 3339, or YYYY-MM-DD when only the day is known
	Modified     string   `json:"modified"`
	Authors      []string `json:"authors"`
	Language     string   `json:"language"`
	CanonicalURL string   `json:"canonical_url"`
	Summary      string   `json:"summary"`
	Body         string   `json:"body"`
	Image        string   `json:"image"`   // lead image, an absolute http(s) URL, or ""
	Section      string   `json:"section"` // as the page states it, or ""
	Tags         []string `json:"tags"`
	Error        string   `json:"error,omitempty"`
}

// The garbage collector's settings for an extract run (see runExtract).
const (
	extractGCPercent   = 800
	extractMemoryLimit = 76 << 20
)

// errPagesFailed reports that at least one page could not be extracted.
var errPagesFailed = errors.New("pages failed")

// runExtractCmd parses the flags of "newslink extract" and runs it.
//
//	newslink extract [--config FILE] [--url URL] PATH...
//	newslink extract [--config FILE] --input FILE|-
//
// Each page is a saved HTML file, plain or gzip-compressed (detected by the
// gzip magic number, not the file name); no network is used. One JSON
// object per page goes to stdout, in input order. Exit codes: 0 when every
// page was extracted; 1 when at least one page could not be read or parsed
// (its object carries "error", the other pages are still printed: a cron
// job should notice a partial result); 2 for bad flags or arguments, and for
// an --input line that is not a JSON object with a "path" (the pages before
// it are printed).
func runExtractCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "[--url URL] PATH... | --input FILE|-  (JSON Lines on stdout)")
	var opts extractOptions
	fs.StringVar(&opts.url, "url", "", "the `URL` the PATHs were fetched from (for dates in the path and relative links)")
	fs.StringVar(&opts.input, "input", "", "read JSON Lines of {\"url\", \"path\"} from `FILE` (\"-\" for stdin) instead of PATH arguments")
	fs.IntVar(&opts.workers, "workers", 0, "pages extracted in parallel (default GOMAXPROCS)")
	fs.Int64Var(&opts.maxBytes, "max-bytes", 0, fmt.Sprintf("page size cap in bytes after decompression (default %d)", extract.DefaultMaxBytes))
	fs.StringVar(&opts.config, "config", "", "apply the site extraction rules and locales of this crawl configuration `file` by the pages' hosts")
	fs.StringVar(&opts.cpuProf, "cpuprofile", "", "write a CPU profile of the whole run (reading, gunzip, extraction, JSON) to `FILE`, for go tool pprof")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opts.paths = paths
	switch {
	case opts.input != "" && len(opts.paths) > 0:
		return usageError("extract: give --input or PATH arguments, not both")
	case opts.input != "" && opts.url != "":
		return usageError("extract: --url applies to PATH arguments; put URLs in the --input lines")
	case opts.input == "" && len(opts.paths) == 0:
		return usageError("extract: no PATH given (or --input FILE|-)")
	case opts.workers < 0:
		return usageError("extract: --workers %d: want 0 or more", opts.workers)
	case opts.maxBytes < 0:
		return usageError("extract: --max-bytes %d: want 0 or more", opts.maxBytes)
	}
	if opts.config != "" {
		cfg, _, _, err := readCrawlConfig(opts.config)
		if err != nil {
			return err
		}
		opts.rules = pageRulesOf(cfg)
	}
	if opts.cpuProf != "" {
		stop, err := startCPUProfile(opts.cpuProf)
		if err != nil {
			return usageError("extract: --cpuprofile: %v", err)
		}
		defer stop()
	}
	return runExtract(ctx, e, opts)
}

// extractionGC sets the garbage collector for a run that extracts pages
// and returns what restores it. Each page's tree is garbage a moment after
// it is built, while the live heap stays small (2×workers pages): with the
// default GOGC=100 the collector ran every few pages and took a quarter of
// the run's CPU. GOGC=800 with a soft limit of 76 MiB collects about when
// the limit is near, and keeps the peak near 85 MiB, under 100 MiB (400
// and 80 MiB took 3% more CPU for a peak 5 MiB lower). GOGC or GOMEMLIMIT
// set in the environment wins.
func extractionGC(e *env) (restore func()) {
	gc, limit := -2, int64(-1)
	if e.getenv("GOGC") == "" {
		gc = debug.SetGCPercent(extractGCPercent)
	}
	if e.getenv("GOMEMLIMIT") == "" {
		limit = debug.SetMemoryLimit(extractMemoryLimit)
	}
	return func() {
		if gc != -2 {
			debug.SetGCPercent(gc)
		}
		if limit >= 0 {
			debug.SetMemoryLimit(limit)
		}
	}
}

// runExtract extracts every page of opts and prints one JSON object per page
// to e.stdout, in input order. At most 2×workers pages are in memory at once.
func runExtract(ctx context.Context, e *env, opts extractOptions) error {
	defer extractionGC(e)()
	workers := opts.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	now := opts.fetched
	if now.IsZero() {
		now = time.Now()
	}

	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var total, failed int
	var writeErr error
	inputErr := ordered(ctx, workers, func(emit func(extractPage) bool) error {
		if opts.input == "" {
			for _, p := range opts.paths {
				if !emit(extractPage{URL: opts.url, Path: p}) {
					break
				}
			}
			return nil
		}
		return readExtractInput(e.stdin, opts.input, emit)
	}, func(p extractPage) extractOutput {
		return extractOne(p, now, opts.maxBytes, opts.rules)
	}, func(o extractOutput) error {
		total++
		if o.Error != "" {
			failed++
			e.log.Warn("extract failed", "path", o.Path, "err", o.Error)
		}
		if writeErr == nil {
			writeErr = enc.Encode(o)
		}
		return nil
	})
	if err := w.Flush(); writeErr == nil {
		writeErr = err
	}
	switch {
	case writeErr != nil:
		return fmt.Errorf("extract: write output: %w", writeErr)
	case ctx.Err() != nil:
		return fmt.Errorf("extract: %w", ctx.Err())
	case inputErr != nil:
		return inputErr
	case failed > 0:
		return fmt.Errorf("extract: %d of %d %w", failed, total, errPagesFailed)
	}
	return nil
}

// readExtractInput reads JSON Lines of {"url", "path"} from name ("-" is
// stdin) and calls emit for each, until emit returns false. Blank lines are
// skipped. A malformed line is a usage error.
func readExtractInput(stdin io.Reader, name string, emit func(extractPage) bool) error {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return usageError("extract: --input: %v", err)
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var p extractPage
		if err := json.Unmarshal(b, &p); err != nil {
			return usageError("extract: --input line %d: %v", line, err)
		}
		if p.Path == "" {
			return usageError("extract: --input line %d: no \"path\"", line)
		}
		if !emit(p) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("extract: read --input: %w", err)
	}
	return nil
}

// extractOne reads and extracts one saved page. It never returns an error:
// a failure is reported in the Error field.
func extractOne(p extractPage, now time.Time, maxBytes int64, rules crawler.PageRules) extractOutput {
	o := extractOutput{Path: p.Path, URL: p.URL, Authors: []string{}, Tags: []string{}}
	res, err := extractFile(p, now, maxBytes, rules)
	if err != nil {
		o.Error = err.Error()
		return o
	}
	o.Headline = res.Headline
	o.Published = res.Published.String()
	o.Modified = res.Modified.String()
	if res.Authors != nil {
		o.Authors = res.Authors
	}
	o.Language = res.Language
	o.CanonicalURL = res.CanonicalURL
	o.Summary = res.Summary
	o.Body = res.Body
	o.Image = res.Image
	o.Section = res.Section
	if res.Tags != nil {
		o.Tags = res.Tags
	}
	return o
}

// extractFile reads p.Path, decompresses it if it starts with the gzip
// magic number, and extracts it with the site rules and locale of its
// URL's host. The page is read into one buffer of its final size (a gzip
// member states its size in its trailer): growing the buffer while
// reading cost several percent of a run's CPU.
func extractFile(p extractPage, now time.Time, maxBytes int64, rules crawler.PageRules) (*extract.Result, error) {
	if maxBytes <= 0 {
		maxBytes = extract.DefaultMaxBytes
	}
	f, err := os.Open(p.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int64
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	r, hint, err := extractGunzip(f, size)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", p.Path, err)
	}
	b, err := extractReadAll(r, hint, maxBytes+1)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p.Path, err)
	}
	site, locale := rules.SiteFor(p.URL)
	res, err := extract.ExtractBytes(b, extract.Options{URL: p.URL, Fetched: now, MaxBytes: maxBytes, Site: site, Locale: locale})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Path, err)
	}
	return res, nil
}

// extractReadAll reads r to its end, at most limit bytes, into a buffer
// sized for hint bytes (grown if the hint was short).
func extractReadAll(r io.Reader, hint, limit int64) ([]byte, error) {
	if hint < 512 || hint > limit {
		hint = min(limit, 512)
	}
	b := make([]byte, 0, hint+1) // +1: the read that sees EOF needs room
	lr := io.LimitReader(r, limit)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if errors.Is(err, io.EOF) {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// extractGunzip returns a reader of f's content, decompressed when f starts
// with the gzip magic number 1f 8b, and the content's likely size: size
// itself for a plain file, the size the gzip trailer states (ISIZE) for a
// compressed one, 0 when unknown. klauspost's gzip reads the same format
// as compress/gzip about a sixth faster; inflating saved pages was an
// eighth of the whole process's CPU.
func extractGunzip(f *os.File, size int64) (io.Reader, int64, error) {
	br := bufio.NewReader(f)
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, err
	}
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return br, size, nil
	}
	var hint int64
	if size >= 18 {
		// The last four bytes are the uncompressed size modulo 2^32 (of
		// the last member: a hint only).
		var tail [4]byte
		if _, err := f.ReadAt(tail[:], size-4); err == nil {
			hint = int64(binary.LittleEndian.Uint32(tail[:]))
		}
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, 0, fmt.Errorf("gzip: %w", err)
	}
	return zr, hint, nil
}
