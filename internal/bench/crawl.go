package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"

	"newslink/crawler"
	"newslink/crawler/extract"
	"newslink/fixtures"
	"newslink/internal/procmem"
	"newslink/store"
)

// Site is a loopback site of numbered article pages, as the fixtures
// package serves them.
type Site interface {
	http.Handler
	N() int                   // number of article pages
	ArticlePath(i int) string // path of article i, 0 ≤ i < N
}

// CrawlOptions configure Crawl. Pages and Workers must be positive.
type CrawlOptions struct {
	Pages   int // article pages on the generated site (or served from Saved)
	Workers int // crawl workers, also the crawl's concurrency
	// Saved, if not nil, is served as the site instead of a generated one;
	// the links inside saved pages lead nowhere, so the crawl goes two
	// levels deep only.
	Saved Site
	// CPUProfile, if not nil, receives a CPU profile of the crawl.
	CPUProfile io.Writer
	// MemFrontier keeps the frontier in memory instead of the bbolt file,
	// to measure what the file costs.
	MemFrontier bool
	// NoSync does not sync the database at each commit, to measure what
	// syncing costs.
	NoSync bool
	// Log receives the crawler's log; nil discards it.
	Log *slog.Logger
}

// CrawlResult is what Crawl measured.
type CrawlResult struct {
	Pages           int     `json:"pages"`
	Workers         int     `json:"workers"`
	Articles        int     `json:"articles"` // articles the crawl stored
	CrawlSeconds    float64 `json:"crawl_seconds"`
	CrawlPerSecond  float64 `json:"crawl_pages_per_second"`
	ExtractPerSec   float64 `json:"extract_pages_per_second"` // the same pages extracted from memory, on every core
	Ratio           float64 `json:"crawl_to_extract_ratio"`
	CrawlPeakRSSMiB float64 `json:"crawl_peak_rss_mib"` // the process's peak resident memory after the crawl
	// Cores is the number of goroutines that extracted from memory
	// (GOMAXPROCS); it is printed, not part of the JSON.
	Cores int `json:"-"`
}

// Crawl serves a site of opts.Pages article pages on loopback, crawls it
// with politeness off (fetch, extract, store into a temporary bbolt
// file), then extracts the same pages from memory with as many goroutines
// as cores, and compares the two rates.
func Crawl(ctx context.Context, opts CrawlOptions) (CrawlResult, error) {
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var site Site = fixtures.NewLargeSite(opts.Pages, 1)
	maxDepth := 1000
	if opts.Saved != nil {
		site, maxDepth = opts.Saved, 2
	}
	srv := httptest.NewServer(site)
	defer srv.Close()
	dir, err := os.MkdirTemp("", "newslink-bench-")
	if err != nil {
		return CrawlResult{}, err
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "bench.db"), &store.Options{NoSync: opts.NoSync})
	if err != nil {
		return CrawlResult{}, err
	}
	defer db.Close()

	cfg := crawler.Config{Seeds: []string{srv.URL + "/"}, Delay: -1, Workers: opts.Workers, Concurrency: opts.Workers, MinBodyChars: 1,
		MaxPages: 2 * (opts.Pages + 100), MaxDepth: maxDepth}
	if opts.CPUProfile != nil {
		if err := pprof.StartCPUProfile(opts.CPUProfile); err != nil {
			return CrawlResult{}, fmt.Errorf("bench crawl: %w", err)
		}
	}
	start := time.Now()
	var front crawler.Frontier = db.Frontier()
	if opts.MemFrontier {
		front = &crawler.MemFrontier{}
	}
	st, err := crawler.Crawl(ctx, cfg, front, db, log)
	if opts.CPUProfile != nil {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return CrawlResult{}, fmt.Errorf("bench crawl: %w", err)
	}
	crawlTime := time.Since(start)
	res := CrawlResult{Pages: opts.Pages, Workers: opts.Workers, Articles: st.Articles, CrawlSeconds: crawlTime.Seconds(),
		CrawlPerSecond: float64(opts.Pages) / crawlTime.Seconds(), CrawlPeakRSSMiB: float64(procmem.PeakRSS()) / (1 << 20),
		Cores: runtime.GOMAXPROCS(0)}

	// The same pages, extracted from memory: the extractor's own rate.
	bodies := make([][]byte, opts.Pages)
	urls := make([]string, opts.Pages)
	contentTypes := make([]string, opts.Pages)
	for i := range bodies {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", srv.URL+site.ArticlePath(i), nil)
		site.ServeHTTP(rec, req)
		bodies[i], urls[i], contentTypes[i] = rec.Body.Bytes(), srv.URL+site.ArticlePath(i), rec.Header().Get("Content-Type")
	}
	start = time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	for range res.Cores {
		wg.Go(func() {
			for i := range next {
				extract.Extract(bytes.NewReader(bodies[i]), extract.Options{URL: urls[i], ContentType: contentTypes[i]})
			}
		})
	}
	for i := range bodies {
		next <- i
	}
	close(next)
	wg.Wait()
	res.ExtractPerSec = float64(opts.Pages) / time.Since(start).Seconds()
	res.Ratio = res.CrawlPerSecond / res.ExtractPerSec
	return res, nil
}

// WriteText writes r as the three lines "bench crawl" prints.
func (r CrawlResult) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, "crawl:    %d article pages fetched, extracted and stored (%d articles) in %.2fs: %.0f pages/s (%d workers), peak RSS %.0f MiB\n"+
		"extract:  the same pages from memory: %.0f pages/s on %d cores\n"+
		"ratio:    crawl / extract = %.2f\n",
		r.Pages, r.Articles, r.CrawlSeconds, r.CrawlPerSecond, r.Workers, r.CrawlPeakRSSMiB,
		r.ExtractPerSec, r.Cores, r.Ratio)
	return err
}
