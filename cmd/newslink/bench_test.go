package main

import (
	"encoding/json"
	"strings"
	"testing"

	"newslink/internal/bench"
)

// TestBench_Crawl runs "bench crawl" on a small generated site: every
// article is crawled and stored, and both rates are measured.
func TestBench_Crawl(t *testing.T) {
	out, stderr, err := runCmd(t, "", "", "bench", "crawl", "--pages", "150", "--workers", "4", "--json")
	if err != nil {
		t.Fatalf("bench crawl: %v\n%s", err, stderr)
	}
	var res bench.CrawlResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("bench crawl --json: %v\n%s", err, out)
	}
	if res.Pages != 150 || res.Articles != 150 || res.CrawlPerSecond <= 0 || res.ExtractPerSec <= 0 || res.Ratio <= 0 {
		t.Errorf("bench crawl: %+v, want 150 articles and positive rates", res)
	}
}

// TestBench_Frontier runs "bench frontier" on a few thousand URLs.
func TestBench_Frontier(t *testing.T) {
	out, stderr, err := runCmd(t, "", "", "bench", "frontier", "--urls", "3000")
	if err != nil || !strings.Contains(out, "queued 3000 URLs") {
		t.Errorf("bench frontier: %v\n%s%s", err, out, stderr)
	}
	if _, _, err := runCmd(t, "", "", "bench", "nothing"); err == nil {
		t.Error("bench nothing: no error")
	}
}
