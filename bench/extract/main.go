// Command extract-bench compares the speed of newslink's extractor with
// go-trafilatura on the same pages, in the same process and run, so that
// the ratio holds whatever else the machine is doing. It lives in its own
// module so that the main module never depends on go-trafilatura.
//
//	go run . --gold ../../../shared/data/extract/gold.jsonl [--rounds 3] [--workers 2]
//
// Pages are read and decompressed before timing. Each round extracts the
// pages in chunks of 32, each chunk with newslink and then with
// go-trafilatura (fallback on, comments excluded, as measured in the
// issue), so that both see the same machine load; GOMAXPROCS workers each.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"newslink/crawler/extract"
)

type page struct {
	url  string
	html []byte
}

func main() {
	gold := flag.String("gold", "../../../shared/data/extract/gold.jsonl", "gold file of the extraction data set")
	rounds := flag.Int("rounds", 3, "rounds of each extractor")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "pages extracted in parallel")
	flag.Parse()
	pages, err := load(*gold)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("pages %d, workers %d, rounds %d, GOMAXPROCS %d\n", len(pages), *workers, *rounds, runtime.GOMAXPROCS(0))
	// Both extractors run on the same chunk of pages one after the other,
	// chunk after chunk, so that a change in the machine's load (other
	// processes) weighs on both alike.
	const chunk = 32
	var ours, theirs time.Duration
	for r := 0; r < *rounds; r++ {
		var a, b time.Duration
		for lo := 0; lo < len(pages); lo += chunk {
			part := pages[lo:min(lo+chunk, len(pages))]
			a += timeRun(part, *workers, runNewslink)
			b += timeRun(part, *workers, runTrafilatura)
		}
		ours += a
		theirs += b
		fmt.Printf("round %d: newslink %.1f pages/s, go-trafilatura %.1f pages/s, ratio %.2fx\n", r+1,
			float64(len(pages))/a.Seconds(), float64(len(pages))/b.Seconds(), b.Seconds()/a.Seconds())
	}
	n := float64(len(pages) * *rounds)
	fmt.Printf("total: newslink %.1f pages/s, go-trafilatura %.1f pages/s, ratio %.2fx\n",
		n/ours.Seconds(), n/theirs.Seconds(), theirs.Seconds()/ours.Seconds())
}

func runNewslink(p page) {
	_, _ = extract.ExtractBytes(p.html, extract.Options{URL: p.url})
}

func runTrafilatura(p page) {
	u, _ := url.Parse(p.url)
	_, _ = trafilatura.Extract(bytes.NewReader(p.html), trafilatura.Options{
		OriginalURL:     u,
		EnableFallback:  true,
		ExcludeComments: true,
	})
}

// timeRun extracts every page with fn on workers goroutines.
func timeRun(pages []page, workers int, fn func(page)) time.Duration {
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Go(func() {
			for i := range next {
				fn(pages[i])
			}
		})
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return time.Since(start)
}

// load reads the gold file and every page it names, decompressed.
func load(gold string) ([]page, error) {
	f, err := os.Open(gold)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir := filepath.Dir(gold)
	var pages []page
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		var g struct {
			File string `json:"file"`
			URL  string `json:"url"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil || g.File == "" {
			continue
		}
		b, err := readPage(filepath.Join(dir, g.File))
		if err != nil {
			return nil, err
		}
		pages = append(pages, page{url: g.URL, html: b})
	}
	return pages, sc.Err()
}

func readPage(name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return io.ReadAll(zr)
	}
	return b, nil
}
