package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"newslink/crawler"
	"newslink/crawler/extract"
)

// evalExtractOptions are the flags of "newslink eval-extract".
type evalExtractOptions struct {
	gold    string    // --gold: JSON Lines gold file; page paths are relative to its folder
	workers int       // pages extracted at once; zero means GOMAXPROCS
	json    bool      // --json: print the scores as one JSON object
	misses  bool      // --misses: list every scoring miss on stderr
	half    int       // --half: score only the pages of half 1 or 2 (0: all); see extractHalf
	now     time.Time // fetch time given to the extractor; zero means now
}

// extractGold is one line of a gold file, in the format of the extraction
// data set: its README defines the fields and the scoring.
type extractGold struct {
	Set     string   `json:"set"`
	File    string   `json:"file"`
	URL     string   `json:"url"`
	Title   string   `json:"title"`
	Date    string   `json:"date"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// extractScore is how one extracted page compares with its gold line.
type extractScore struct {
	failed          bool
	tp, fp, fn      int
	titleOK, dateOK bool
	got             *extract.Result // kept only with --misses
	err             string
}

// extractDateScore counts the exact dates of one gold set.
type extractDateScore struct {
	Set   string  `json:"set"`
	OK    int     `json:"ok"`
	Total int     `json:"total"`
	Exact float64 `json:"exact"`
}

// extractReport is what eval-extract prints.
type extractReport struct {
	Half          int                `json:"half,omitempty"` // 1 or 2 with --half; 0 for all pages
	Pages         int                `json:"pages"`
	Failed        int                `json:"failed"`
	TP            int                `json:"tp"`
	FP            int                `json:"fp"`
	FN            int                `json:"fn"`
	Precision     float64            `json:"body_precision"`
	Recall        float64            `json:"body_recall"`
	F1            float64            `json:"body_f1"`
	HeadlineOK    int                `json:"headline_ok"`
	HeadlineTotal int                `json:"headline_total"`
	HeadlineExact float64            `json:"headline_exact"`
	Dates         []extractDateScore `json:"dates"`
	Seconds       float64            `json:"seconds"`
	PagesPerSec   float64            `json:"pages_per_second"`
	Workers       int                `json:"workers"`
	PeakRSSBytes  int64              `json:"peak_rss_bytes"`
}

// runEvalExtractCmd parses the flags of "newslink eval-extract" and runs it.
//
//	newslink eval-extract --gold FILE [--half 1|2] [--workers N] [--json] [--misses]
//
// It extracts every page the gold file names and scores the result exactly
// as the extraction data set's README says: body snippets pooled into
// precision, recall and F1 (white space normalised); headline equal to the
// title; the first ten characters of the publication date equal to the date
// (per set); with --half, only the pages of one half of the sites
// (extractHalf); empty gold fields are not scored and a page that fails counts
// as empty output. It then prints pages per second (reading, decompressing
// and extracting, wall clock) and the peak resident memory of the process.
// A failed page is not an error of the command: exit code 0 unless the gold
// file cannot be read (1) or the flags are wrong (2).
func runEvalExtractCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval-extract", "--gold FILE [--half 1|2] [--workers N] [--json] [--misses]")
	var opts evalExtractOptions
	fs.StringVar(&opts.gold, "gold", "", "gold `FILE`, JSON Lines; page paths are relative to its folder")
	fs.IntVar(&opts.workers, "workers", 0, "pages extracted in parallel (default GOMAXPROCS)")
	fs.BoolVar(&opts.json, "json", false, "print the scores as one JSON object")
	fs.BoolVar(&opts.misses, "misses", false, "list every headline, date and body miss on stderr")
	fs.IntVar(&opts.half, "half", 0, "score only the pages of half `N` (1 or 2) of the sites, split by a hash of the URL's host")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case opts.gold == "":
		return usageError("eval-extract: --gold FILE is required")
	case len(rest) > 0:
		return usageError("eval-extract: unexpected argument %q", rest[0])
	case opts.workers < 0:
		return usageError("eval-extract: --workers %d: want 0 or more", opts.workers)
	case opts.half < 0 || opts.half > 2:
		return usageError("eval-extract: --half %d: want 1 or 2", opts.half)
	}
	rep, err := runEvalExtract(ctx, e, opts)
	if err != nil {
		return err
	}
	if opts.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printExtractReport(e.stdout, rep)
	return nil
}

// readExtractGold reads a gold file.
func readExtractGold(name string) ([]extractGold, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("eval-extract: %w", err)
	}
	defer f.Close()
	var pages []extractGold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var g extractGold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, usageError("eval-extract: %s line %d: %v", name, line, err)
		}
		if g.File == "" {
			return nil, usageError("eval-extract: %s line %d: no \"file\"", name, line)
		}
		pages = append(pages, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval-extract: read %s: %w", name, err)
	}
	return pages, nil
}

// runEvalExtract extracts and scores every page of the gold file.
func runEvalExtract(ctx context.Context, e *env, opts evalExtractOptions) (*extractReport, error) {
	gold, err := readExtractGold(opts.gold)
	if err != nil {
		return nil, err
	}
	if opts.half != 0 {
		var in []extractGold
		for _, g := range gold {
			if extractHalf(g.URL) == opts.half {
				in = append(in, g)
			}
		}
		gold = in
	}
	workers := opts.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	now := opts.now
	if now.IsZero() {
		now = time.Now()
	}
	dir := filepath.Dir(opts.gold)
	scores := make([]extractScore, len(gold))
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Go(func() {
			for i := range next {
				g := gold[i]
				p := extractPage{URL: g.URL, Path: filepath.Join(dir, filepath.FromSlash(g.File))}
				res, err := extractFile(p, now, 0, crawler.PageRules{})
				scores[i] = scoreExtractPage(g, res, err, opts.misses)
			}
		})
	}
feed:
	for i := range gold {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	elapsed := time.Since(start)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("eval-extract: %w", err)
	}

	rep := &extractReport{Half: opts.half, Pages: len(gold), Workers: workers, Seconds: elapsed.Seconds()}
	if elapsed > 0 {
		rep.PagesPerSec = float64(len(gold)) / elapsed.Seconds()
	}
	var sets []string
	dates := map[string]*extractDateScore{}
	for i, g := range gold {
		s := scores[i]
		if s.failed {
			rep.Failed++
		}
		rep.TP += s.tp
		rep.FP += s.fp
		rep.FN += s.fn
		if g.Title != "" {
			rep.HeadlineTotal++
			if s.titleOK {
				rep.HeadlineOK++
			}
		}
		if g.Date != "" {
			d := dates[g.Set]
			if d == nil {
				d = &extractDateScore{Set: g.Set}
				dates[g.Set] = d
				sets = append(sets, g.Set) // first-seen order: deterministic
			}
			d.Total++
			if s.dateOK {
				d.OK++
			}
		}
		if opts.misses {
			printExtractMisses(e.stderr, g, s)
		}
	}
	rep.Precision = extractRatio(rep.TP, rep.TP+rep.FP)
	rep.Recall = extractRatio(rep.TP, rep.TP+rep.FN)
	if rep.Precision+rep.Recall > 0 {
		rep.F1 = 2 * rep.Precision * rep.Recall / (rep.Precision + rep.Recall)
	}
	rep.HeadlineExact = extractRatio(rep.HeadlineOK, rep.HeadlineTotal)
	for _, set := range sets {
		d := dates[set]
		d.Exact = extractRatio(d.OK, d.Total)
		rep.Dates = append(rep.Dates, *d)
	}
	rep.PeakRSSBytes = extractPeakRSS()
	return rep, nil
}

// scoreExtractPage scores one page. A failed page (err != nil) counts as empty
// output.
func scoreExtractPage(g extractGold, res *extract.Result, err error, keep bool) extractScore {
	var s extractScore
	if err != nil {
		s.failed = true
		s.err = err.Error()
		res = &extract.Result{}
	}
	body := extractNormSpace(res.Body)
	for _, w := range g.With {
		if strings.Contains(body, extractNormSpace(w)) {
			s.tp++
		} else {
			s.fn++
		}
	}
	for _, w := range g.Without {
		if strings.Contains(body, extractNormSpace(w)) {
			s.fp++
		}
	}
	s.titleOK = g.Title != "" && extractNormSpace(res.Headline) == extractNormSpace(g.Title)
	pub := res.Published.String()
	s.dateOK = g.Date != "" && len(pub) >= 10 && pub[:10] == g.Date
	if keep {
		s.got = res
	}
	return s
}

// printExtractMisses writes one line per scoring miss of a page.
func printExtractMisses(w io.Writer, g extractGold, s extractScore) {
	if s.failed {
		fmt.Fprintf(w, "FAIL\t%s\t%s\n", g.File, s.err)
	}
	r := s.got
	if g.Title != "" && !s.titleOK {
		fmt.Fprintf(w, "TITLE\t%s\tgot %q\twant %q\n", g.File, r.Headline, g.Title)
	}
	if g.Date != "" && !s.dateOK {
		fmt.Fprintf(w, "DATE\t%s\t%s\tgot %q\twant %q\n", g.File, g.Set, r.Published.String(), g.Date)
	}
	body := extractNormSpace(r.Body)
	for _, x := range g.With {
		if !strings.Contains(body, extractNormSpace(x)) {
			fmt.Fprintf(w, "FN\t%s\t%q\n", g.File, x)
		}
	}
	for _, x := range g.Without {
		if strings.Contains(body, extractNormSpace(x)) {
			fmt.Fprintf(w, "FP\t%s\t%q\n", g.File, x)
		}
	}
}

// extractHalf returns the half (1 or 2) of the dev data a page belongs to:
// FNV-1a (32 bits) of its URL's host, lower-cased and without a leading
// "www.", even → 1, odd → 2. All pages of a site fall in the same half, so
// a rule tuned on one half is checked on sites it has not seen. A URL
// without a host hashes the empty string.
func extractHalf(pageURL string) int {
	host := ""
	if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	h := fnv.New32a()
	h.Write([]byte(host))
	return int(h.Sum32()%2) + 1
}

// printExtractReport writes the scores as text.
func printExtractReport(w io.Writer, r *extractReport) {
	if r.Half != 0 {
		fmt.Fprintf(w, "half             %d of 2 (sites split by a hash of the URL's host)\n", r.Half)
	}
	fmt.Fprintf(w, "pages            %d (%d failed)\n", r.Pages, r.Failed)
	fmt.Fprintf(w, "body F1          %.3f (precision %.3f, recall %.3f; tp %d, fp %d, fn %d)\n",
		r.F1, r.Precision, r.Recall, r.TP, r.FP, r.FN)
	fmt.Fprintf(w, "headline exact   %.3f (%d/%d)\n", r.HeadlineExact, r.HeadlineOK, r.HeadlineTotal)
	for _, d := range r.Dates {
		fmt.Fprintf(w, "date exact       %.3f (%d/%d) %s\n", d.Exact, d.OK, d.Total, d.Set)
	}
	fmt.Fprintf(w, "speed            %.1f pages/s (%.2fs, %d workers)\n", r.PagesPerSec, r.Seconds, r.Workers)
	if r.PeakRSSBytes > 0 {
		fmt.Fprintf(w, "peak memory      %.1f MB (resident)\n", float64(r.PeakRSSBytes)/(1<<20))
	}
}

// extractNormSpace turns every run of white space into one space and trims.
func extractNormSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// extractRatio returns a/b, or 0 when b is 0.
func extractRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// extractPeakRSS returns the peak resident set size of the process in bytes, from
// /proc/self/status (Linux); elsewhere it returns the memory the Go runtime
// obtained from the system, an upper bound of its heap.
func extractPeakRSS() int64 {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for line := range strings.Lines(string(b)) {
			if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				f := strings.Fields(v)
				if len(f) >= 1 {
					if kb, err := strconv.ParseInt(f[0], 10, 64); err == nil {
						return kb << 10
					}
				}
			}
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.Sys)
}
