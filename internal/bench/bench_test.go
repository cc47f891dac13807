package bench_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"newslink/internal/bench"
)

// TestCrawl crawls a small generated site: every article is stored and
// both rates are measured.
func TestCrawl(t *testing.T) {
	res, err := bench.Crawl(context.Background(), bench.CrawlOptions{Pages: 60, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 60 || res.Articles != 60 || res.Workers != 2 || res.CrawlPerSecond <= 0 || res.ExtractPerSec <= 0 || res.Ratio <= 0 {
		t.Errorf("result %+v, want 60 articles and positive rates", res)
	}
	var b bytes.Buffer
	if err := res.WriteText(&b); err != nil || !strings.Contains(b.String(), "crawl:    60 article pages fetched, extracted and stored (60 articles)") {
		t.Errorf("text %q, %v", b.String(), err)
	}
}

// TestFrontier queues a few thousand URLs: the figures are the run's, and
// the temporary file is gone afterwards.
func TestFrontier(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	res, err := bench.Frontier(context.Background(), 2500)
	if err != nil {
		t.Fatal(err)
	}
	if res.URLs != 2500 || res.Pops != bench.FrontierPops || res.PushSeconds <= 0 || res.FileBytes <= 0 {
		t.Errorf("result %+v", res)
	}
	if left, _ := filepath.Glob(filepath.Join(os.Getenv("TMPDIR"), "*")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	var b bytes.Buffer
	if err := res.WriteText(&b); err != nil || !strings.HasPrefix(b.String(), "frontier: queued 2500 URLs in ") {
		t.Errorf("text %q, %v", b.String(), err)
	}
}

// TestWARC packs a plain and a gzip page and times a command that does
// nothing (true) in place of newslink; a command that fails, or a page
// that cannot be read, is an error.
func TestWARC(t *testing.T) {
	trueExe, err := exec.LookPath("true")
	if err != nil {
		t.Skip("no true command")
	}
	dir := t.TempDir()
	plain, zipped := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html.gz")
	if err := os.WriteFile(plain, []byte("<html><body><p>Plain page</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>Compressed page</p></body></html>"))
	zw.Close()
	if err := os.WriteFile(zipped, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	list := []bench.Page{{URL: "https://a.example/1", Path: plain}, {URL: "https://a.example/2", Path: zipped}}
	pages := func(yield func(bench.Page) bool) error {
		for _, p := range list {
			if !yield(p) {
				return nil
			}
		}
		return nil
	}
	opts := bench.WARCOptions{Exe: trueExe, Input: "pages.jsonl", Rounds: 2, Workers: 1}
	res, err := bench.WARC(context.Background(), pages, opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 2 || res.WARCBytes <= 0 || len(res.Extract) != 2 || len(res.ImportWARC) != 2 || res.Ratio <= 0 || res.MedianRatio <= 0 {
		t.Errorf("result %+v", res)
	}
	var b bytes.Buffer
	if err := res.WriteText(&b); err != nil || strings.Count(b.String(), "\nround ") != 2 {
		t.Errorf("text %q, %v", b.String(), err)
	}

	if falseExe, err := exec.LookPath("false"); err == nil {
		opts.Exe = falseExe
		if _, err := bench.WARC(context.Background(), pages, opts); err == nil || !strings.Contains(err.Error(), "bench warc: false [extract") {
			t.Errorf("failing command: error %v", err)
		}
	}
	list = append(list, bench.Page{URL: "https://a.example/3", Path: filepath.Join(dir, "missing.html")})
	opts.Exe = trueExe
	if _, err := bench.WARC(context.Background(), pages, opts); err == nil || !strings.Contains(err.Error(), "missing.html") {
		t.Errorf("missing page: error %v", err)
	}
	stop := errors.New("bad input")
	if _, err := bench.WARC(context.Background(), func(func(bench.Page) bool) error { return stop }, opts); !errors.Is(err, stop) {
		t.Errorf("input error: %v, want it returned", err)
	}
}
