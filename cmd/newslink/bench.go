package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"time"

	"newslink"
	"newslink/crawler"
	"newslink/crawler/extract"
	"newslink/fixtures"
	"newslink/store"
)

// runBenchCmd runs one of the built-in benchmarks, whose figures
// BENCHMARKS.md records:
//
//	newslink bench crawl [--pages N]     crawl a generated loopback site end to end
//	newslink bench frontier [--urls N]   queue N URLs in the bbolt frontier
//	newslink bench warc --input FILE     import-warc against extract --input, as processes
func runBenchCmd(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usageError("bench: want crawl, frontier or warc")
	}
	switch args[0] {
	case "crawl":
		return runBenchCrawl(ctx, e, args[1:])
	case "frontier":
		return runBenchFrontier(ctx, e, args[1:])
	case "warc":
		return runBenchWARC(ctx, e, args[1:])
	}
	return usageError("bench: unknown benchmark %q: want crawl, frontier or warc", args[0])
}

// benchSite is a loopback site of numbered article pages.
type benchSite interface {
	http.Handler
	N() int
	ArticlePath(i int) string
}

// benchCrawlResult is what "bench crawl" prints.
type benchCrawlResult struct {
	Pages           int     `json:"pages"`
	Workers         int     `json:"workers"`
	Articles        int     `json:"articles"`
	CrawlSeconds    float64 `json:"crawl_seconds"`
	CrawlPerSecond  float64 `json:"crawl_pages_per_second"`
	ExtractPerSec   float64 `json:"extract_pages_per_second"`
	Ratio           float64 `json:"crawl_to_extract_ratio"`
	CrawlPeakRSSMiB float64 `json:"crawl_peak_rss_mib"`
}

// runBenchCrawl serves a generated site of N article pages on loopback,
// crawls it with politeness off (fetch, extract, store into a temporary
// bbolt file), then extracts the same pages from memory with as many
// goroutines as cores, and compares the two rates.
func runBenchCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench crawl", "[--pages N] [--workers N] [--json]")
	pages := fs.Int("pages", 5000, "article pages on the generated site")
	workers := fs.Int("workers", 16, "crawl workers")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the crawl to this `file`")
	memFrontier := fs.Bool("mem-frontier", false, "keep the frontier in memory instead of the bbolt file (to measure what it costs)")
	noSync := fs.Bool("no-sync", false, "do not sync the database file at each commit (to measure what syncing costs)")
	savedDir := fs.String("pages-from", "", "serve the saved pages (plain or gzip) of this `directory` as the site's articles, instead of generated ones")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *pages < 1 || *workers < 1 {
		return usageError("bench crawl: --pages and --workers must be positive")
	}
	debug.SetGCPercent(crawlGCPercent) // as "newslink crawl" runs; the extraction below runs so too
	var site benchSite = fixtures.NewLargeSite(*pages, 1)
	maxDepth := 1000
	if *savedDir != "" {
		saved, err := fixtures.NewSavedSite(*savedDir, *pages)
		if err != nil {
			return usageError("bench crawl: --pages-from: %v", err)
		}
		site, maxDepth = saved, 2 // links inside the saved pages lead nowhere here
	}
	srv := httptest.NewServer(site)
	defer srv.Close()
	dir, err := os.MkdirTemp("", "newslink-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "bench.db"), &store.Options{NoSync: *noSync})
	if err != nil {
		return err
	}
	defer db.Close()

	cfg := crawler.Config{Seeds: []string{srv.URL + "/"}, Delay: -1, Workers: *workers, Concurrency: *workers, MinBodyChars: 1,
		MaxPages: 2 * (*pages + 100), MaxDepth: maxDepth}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("bench crawl: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench crawl: %w", err)
		}
	}
	start := time.Now()
	var front crawler.Frontier = db.Frontier()
	if *memFrontier {
		front = &crawler.MemFrontier{}
	}
	st, err := crawler.Crawl(ctx, cfg, front, db, e.log)
	pprof.StopCPUProfile()
	if err != nil {
		return fmt.Errorf("bench crawl: %w", err)
	}
	crawlTime := time.Since(start)
	res := benchCrawlResult{Pages: *pages, Workers: *workers, Articles: st.Articles, CrawlSeconds: crawlTime.Seconds(),
		CrawlPerSecond: float64(*pages) / crawlTime.Seconds(), CrawlPeakRSSMiB: float64(peakRSS()) / (1 << 20)}

	// The same pages, extracted from memory: the extractor's own rate.
	bodies := make([][]byte, *pages)
	urls := make([]string, *pages)
	contentTypes := make([]string, *pages)
	for i := range bodies {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", srv.URL+site.ArticlePath(i), nil)
		site.ServeHTTP(rec, req)
		bodies[i], urls[i], contentTypes[i] = rec.Body.Bytes(), srv.URL+site.ArticlePath(i), rec.Header().Get("Content-Type")
	}
	start = time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				extract.Extract(bytes.NewReader(bodies[i]), extract.Options{URL: urls[i], ContentType: contentTypes[i]})
			}
		}()
	}
	for i := range bodies {
		next <- i
	}
	close(next)
	wg.Wait()
	res.ExtractPerSec = float64(*pages) / time.Since(start).Seconds()
	res.Ratio = res.CrawlPerSecond / res.ExtractPerSec
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(res)
	}
	fmt.Fprintf(e.stdout, "crawl:    %d article pages fetched, extracted and stored (%d articles) in %.2fs: %.0f pages/s (%d workers), peak RSS %.0f MiB\n",
		res.Pages, res.Articles, res.CrawlSeconds, res.CrawlPerSecond, res.Workers, res.CrawlPeakRSSMiB)
	fmt.Fprintf(e.stdout, "extract:  the same pages from memory: %.0f pages/s on %d cores\n", res.ExtractPerSec, runtime.GOMAXPROCS(0))
	fmt.Fprintf(e.stdout, "ratio:    crawl / extract = %.2f\n", res.Ratio)
	return nil
}

// runBenchFrontier queues N URLs in the bbolt frontier of a temporary
// file, then pops some, and reports the time and the peak RSS.
func runBenchFrontier(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench frontier", "[--urls N]")
	n := fs.Int("urls", 1_000_000, "URLs to queue")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 1 {
		return usageError("bench frontier: --urls must be positive")
	}
	dir, err := os.MkdirTemp("", "newslink-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "frontier.db")
	db, err := store.Open(path, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	fr := db.Frontier()
	const batch = 1000 // as a large sitemap page would push
	items := make([]newslink.FrontierItem, 0, batch)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	rssBefore := peakRSS()
	start := time.Now()
	for i := 0; i < *n; i++ {
		items = append(items, newslink.FrontierItem{
			URL:       fmt.Sprintf("https://news%d.example.com/section-%d/2026/%02d/story-number-%d-with-a-slug", i%100, i%20, i%12+1, i),
			Depth:     1 + i%5,
			Published: base.Add(time.Duration(i) * time.Minute),
		})
		if len(items) == batch || i == *n-1 {
			if _, err := fr.Push(ctx, items...); err != nil {
				return err
			}
			items = items[:0]
		}
	}
	pushTime := time.Since(start)
	start = time.Now()
	const pops = 10_000
	for range pops {
		if _, _, _, err := fr.Pop(ctx, base); err != nil {
			return err
		}
	}
	popTime := time.Since(start)
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("bench frontier: %w", err)
	}
	fmt.Fprintf(e.stdout, "frontier: queued %d URLs in %.1fs (%.0f/s); popped %d in %.2fs; file %.0f MiB; peak RSS %.0f MiB (%.0f MiB at start); now %s\n",
		*n, pushTime.Seconds(), float64(*n)/pushTime.Seconds(), pops, popTime.Seconds(),
		float64(fi.Size())/(1<<20), float64(peakRSS())/(1<<20), float64(rssBefore)/(1<<20), rssNow())
	return nil
}
