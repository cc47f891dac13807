package evalextract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"newslink/crawler/extract"
)

// Gold is one line of a gold file. An empty Title or Date is not scored.
type Gold struct {
	Set     string   `json:"set"`     // the page's set, for the date scores
	File    string   `json:"file"`    // the saved page, relative to the gold file's folder
	URL     string   `json:"url"`     // the URL the page was fetched from
	Title   string   `json:"title"`   // the headline expected
	Date    string   `json:"date"`    // the publication day expected, YYYY-MM-DD
	With    []string `json:"with"`    // snippets the body must contain
	Without []string `json:"without"` // snippets the body must not contain
}

// LineError reports a malformed line of a gold file.
type LineError struct {
	Line int   // 1-based line number
	Err  error // what is wrong with it
}

// Error returns "line N: " and the problem.
func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns e.Err.
func (e *LineError) Unwrap() error { return e.Err }

// ReadGold reads the gold lines of r; blank lines are skipped. A line that
// is not JSON, or has no "file", is a *LineError; an error reading r is
// returned as it is.
func ReadGold(r io.Reader) ([]Gold, error) {
	var pages []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, &LineError{Line: line, Err: err}
		}
		if g.File == "" {
			return nil, &LineError{Line: line, Err: errors.New(`no "file"`)}
		}
		pages = append(pages, g)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return pages, nil
}

// Half returns the half (1 or 2) of the dev data a page belongs to: FNV-1a
// (32 bits) of its URL's host, lower-cased and without a leading "www.",
// even → 1, odd → 2. All pages of a site fall in the same half, so a rule
// tuned on one half is checked on sites it has not seen. A URL without a
// host hashes the empty string.
func Half(pageURL string) int {
	host := ""
	if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	h := fnv.New32a()
	h.Write([]byte(host))
	return int(h.Sum32()%2) + 1
}

// PageScore is how one extracted page compares with its gold line.
type PageScore struct {
	Failed          bool            // the page could not be extracted; it counts as empty output
	Err             string          // why, when Failed
	TP, FP, FN      int             // body snippets: with found, without found, with missing
	TitleOK, DateOK bool            // headline and date equal to the gold's (false where the gold is empty)
	Got             *extract.Result // the result scored, kept only when asked (never nil then)
}

// ScorePage scores one page: res is its extraction and err the extraction's
// error (a failed page counts as empty output). White space is normalised
// before comparing; the date compares the first ten characters of the
// publication date. With keep, the result is kept in Got.
func ScorePage(g Gold, res *extract.Result, err error, keep bool) PageScore {
	var s PageScore
	if err != nil {
		s.Failed = true
		s.Err = err.Error()
		res = &extract.Result{}
	}
	body := normSpace(res.Body)
	for _, w := range g.With {
		if strings.Contains(body, normSpace(w)) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range g.Without {
		if strings.Contains(body, normSpace(w)) {
			s.FP++
		}
	}
	s.TitleOK = g.Title != "" && normSpace(res.Headline) == normSpace(g.Title)
	pub := res.Published.String()
	s.DateOK = g.Date != "" && len(pub) >= 10 && pub[:10] == g.Date
	if keep {
		s.Got = res
	}
	return s
}

// WriteMisses writes one tab-separated line per scoring miss of a page
// (FAIL, TITLE, DATE, FN, FP). s must have been scored with keep.
func WriteMisses(w io.Writer, g Gold, s PageScore) {
	if s.Failed {
		fmt.Fprintf(w, "FAIL\t%s\t%s\n", g.File, s.Err)
	}
	r := s.Got
	if g.Title != "" && !s.TitleOK {
		fmt.Fprintf(w, "TITLE\t%s\tgot %q\twant %q\n", g.File, r.Headline, g.Title)
	}
	if g.Date != "" && !s.DateOK {
		fmt.Fprintf(w, "DATE\t%s\t%s\tgot %q\twant %q\n", g.File, g.Set, r.Published.String(), g.Date)
	}
	body := normSpace(r.Body)
	for _, x := range g.With {
		if !strings.Contains(body, normSpace(x)) {
			fmt.Fprintf(w, "FN\t%s\t%q\n", g.File, x)
		}
	}
	for _, x := range g.Without {
		if strings.Contains(body, normSpace(x)) {
			fmt.Fprintf(w, "FP\t%s\t%q\n", g.File, x)
		}
	}
}

// DateScore counts the exact dates of one gold set.
type DateScore struct {
	Set   string  `json:"set"`
	OK    int     `json:"ok"`
	Total int     `json:"total"`
	Exact float64 `json:"exact"`
}

// Report is the scores of a run, as eval-extract prints them.
type Report struct {
	Half          int         `json:"half,omitempty"` // 1 or 2 when one half was scored; 0 for all pages
	Pages         int         `json:"pages"`
	Failed        int         `json:"failed"`
	TP            int         `json:"tp"`
	FP            int         `json:"fp"`
	FN            int         `json:"fn"`
	Precision     float64     `json:"body_precision"`
	Recall        float64     `json:"body_recall"`
	F1            float64     `json:"body_f1"`
	HeadlineOK    int         `json:"headline_ok"`
	HeadlineTotal int         `json:"headline_total"`
	HeadlineExact float64     `json:"headline_exact"`
	Dates         []DateScore `json:"dates"` // one per set, in the order the sets first appear
	Seconds       float64     `json:"seconds"`
	PagesPerSec   float64     `json:"pages_per_second"`
	Workers       int         `json:"workers"`
	PeakRSSBytes  int64       `json:"peak_rss_bytes"`
}

// Options say which pages Run scores and how. The zero value scores every
// page with GOMAXPROCS workers and lists no misses.
type Options struct {
	Workers int       // pages extracted at once; 0 or less means GOMAXPROCS
	Half    int       // 1 or 2: score only the pages of that Half; 0: all
	Misses  io.Writer // if not nil, every scoring miss is written here (WriteMisses)
}

// Run extracts the pages of gold with extractFn, from opts.Workers
// goroutines at once (extractFn must be safe for that), and scores them.
// A page that extractFn fails is scored as empty output, not an error: Run
// returns an error only when ctx ends first. Seconds and PagesPerSec time
// extractFn (wall clock); PeakRSSBytes is the peak resident memory of the
// process (Linux), or else the memory the Go runtime obtained from the
// system.
func Run(ctx context.Context, gold []Gold, extractFn func(Gold) (*extract.Result, error), opts Options) (*Report, error) {
	if opts.Half != 0 {
		var in []Gold
		for _, g := range gold {
			if Half(g.URL) == opts.Half {
				in = append(in, g)
			}
		}
		gold = in
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	keep := opts.Misses != nil
	scores := make([]PageScore, len(gold))
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Go(func() {
			for i := range next {
				res, err := extractFn(gold[i])
				scores[i] = ScorePage(gold[i], res, err, keep)
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
		return nil, err
	}

	rep := &Report{Half: opts.Half, Pages: len(gold), Workers: workers, Seconds: elapsed.Seconds()}
	if elapsed > 0 {
		rep.PagesPerSec = float64(len(gold)) / elapsed.Seconds()
	}
	var sets []string
	dates := map[string]*DateScore{}
	for i, g := range gold {
		s := scores[i]
		if s.Failed {
			rep.Failed++
		}
		rep.TP += s.TP
		rep.FP += s.FP
		rep.FN += s.FN
		if g.Title != "" {
			rep.HeadlineTotal++
			if s.TitleOK {
				rep.HeadlineOK++
			}
		}
		if g.Date != "" {
			d := dates[g.Set]
			if d == nil {
				d = &DateScore{Set: g.Set}
				dates[g.Set] = d
				sets = append(sets, g.Set) // first-seen order: deterministic
			}
			d.Total++
			if s.DateOK {
				d.OK++
			}
		}
		if keep {
			WriteMisses(opts.Misses, g, s)
		}
	}
	rep.Precision = ratio(rep.TP, rep.TP+rep.FP)
	rep.Recall = ratio(rep.TP, rep.TP+rep.FN)
	if rep.Precision+rep.Recall > 0 {
		rep.F1 = 2 * rep.Precision * rep.Recall / (rep.Precision + rep.Recall)
	}
	rep.HeadlineExact = ratio(rep.HeadlineOK, rep.HeadlineTotal)
	for _, set := range sets {
		d := dates[set]
		d.Exact = ratio(d.OK, d.Total)
		rep.Dates = append(rep.Dates, *d)
	}
	rep.PeakRSSBytes = peakRSS()
	return rep, nil
}

// WriteText writes the report as the text eval-extract prints.
func (r *Report) WriteText(w io.Writer) {
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

// normSpace turns every run of white space into one space and trims.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// ratio returns a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// peakRSS returns the peak resident set size of the process in bytes, from
// /proc/self/status (Linux); elsewhere it returns the memory the Go runtime
// obtained from the system, an upper bound of its heap.
func peakRSS() int64 {
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
