package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"newslink/crawler/warc"
)

// Page is a saved page: the URL it was fetched from and the file it was
// saved in (plain or gzip).
type Page struct {
	URL  string
	Path string
}

// WARCOptions configure WARC. Rounds and Workers must be positive.
type WARCOptions struct {
	Exe     string // the newslink binary to run
	Input   string // the JSON Lines file given to "extract --input", naming the pages
	Rounds  int    // times each command is run
	Workers int    // --workers of each command
}

// WARCRun is one timed process of WARC.
type WARCRun struct {
	Wall float64 `json:"wall_seconds"`
	CPU  float64 `json:"cpu_seconds"` // user + system
}

// WARCResult is what WARC measured.
type WARCResult struct {
	Pages      int       `json:"pages"`
	Workers    int       `json:"workers"`
	WARCBytes  int64     `json:"warc_bytes"`
	Extract    []WARCRun `json:"extract"`
	ImportWARC []WARCRun `json:"import_warc"`
	// Ratio is import-warc's pages/s over extract's, best wall time of each.
	Ratio float64 `json:"pages_per_second_ratio"`
	// MedianRatio is the median of the rounds' ratios: each round runs the
	// two back to back, so a change in the machine's load between rounds
	// cancels out.
	MedianRatio float64 `json:"median_round_ratio"`
}

// WARC packs the pages that pages yields (the ones opts.Input lists) into
// a WARC file (one response record each, gzip pages with
// Content-Encoding: gzip, as a server sends them), then times "newslink
// extract --input" and "newslink import-warc" over the same pages as whole
// processes of opts.Exe, alternately, with the same number of workers. An
// error of pages is returned as it is.
func WARC(ctx context.Context, pages func(yield func(Page) bool) error, opts WARCOptions) (WARCResult, error) {
	tmp, err := os.MkdirTemp("", "newslink-bench-warc-")
	if err != nil {
		return WARCResult{}, fmt.Errorf("bench warc: %w", err)
	}
	defer os.RemoveAll(tmp)

	res := WARCResult{Workers: opts.Workers}
	w, err := warc.NewWriter(tmp, warc.Options{})
	if err != nil {
		return WARCResult{}, fmt.Errorf("bench warc: %w", err)
	}
	// packErr is kept apart from pages' own error, which is nil when the
	// callback stopped it.
	var packErr error
	err = pages(func(p Page) bool {
		raw, rerr := os.ReadFile(p.Path)
		if rerr != nil {
			packErr = fmt.Errorf("bench warc: %w", rerr)
			return false
		}
		head := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
		if bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
			head += "Content-Encoding: gzip\r\n"
		}
		head += fmt.Sprintf("Content-Length: %d\r\n\r\n", len(raw))
		_, werr := w.WriteExchange(&warc.Exchange{URL: p.URL, Date: time.Now(), Status: 200,
			Request: []byte("GET / HTTP/1.1\r\n\r\n"), ResponseHead: []byte(head), Body: raw})
		if werr != nil {
			packErr = fmt.Errorf("bench warc: %w", werr)
			return false
		}
		res.Pages++
		return true
	})
	if err == nil {
		err = packErr
	}
	if cerr := w.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("bench warc: %w", cerr)
	}
	if err != nil {
		return WARCResult{}, err
	}
	files, _ := filepath.Glob(filepath.Join(tmp, "*.warc.gz"))
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			res.WARCBytes += fi.Size()
		}
	}
	nw := fmt.Sprint(opts.Workers)
	for r := range opts.Rounds {
		x, err := timedProcess(ctx, opts.Exe, "extract", "--input", opts.Input, "--workers", nw)
		if err != nil {
			return WARCResult{}, err
		}
		db := filepath.Join(tmp, fmt.Sprintf("round%d.db", r))
		y, err := timedProcess(ctx, opts.Exe, append([]string{"--db", db, "import-warc", "--quiet", "--workers", nw}, files...)...)
		if err != nil {
			return WARCResult{}, err
		}
		res.Extract, res.ImportWARC = append(res.Extract, x), append(res.ImportWARC, y)
		os.Remove(db)
	}
	res.Ratio, res.MedianRatio = ratios(res.Extract, res.ImportWARC)
	return res, nil
}

// ratios returns extract's best wall time over import's best, and the
// median of the rounds' ratios; both lists have the same positive length.
func ratios(extract, imp []WARCRun) (best, median float64) {
	best = bestRun(extract).Wall / bestRun(imp).Wall
	var rs []float64
	for i := range extract {
		rs = append(rs, extract[i].Wall/imp[i].Wall)
	}
	sort.Float64s(rs)
	median = rs[len(rs)/2]
	if len(rs)%2 == 0 {
		median = (rs[len(rs)/2-1] + rs[len(rs)/2]) / 2
	}
	return best, median
}

// bestRun returns the run of the shortest wall time.
func bestRun(runs []WARCRun) WARCRun {
	b := runs[0]
	for _, r := range runs[1:] {
		if r.Wall < b.Wall {
			b = r
		}
	}
	return b
}

// WriteText writes r as the text "bench warc" prints: the WARC's size,
// one line per round and the best rates.
func (r WARCResult) WriteText(w io.Writer) error {
	bx, by := bestRun(r.Extract), bestRun(r.ImportWARC)
	var b bytes.Buffer
	fmt.Fprintf(&b, "%d pages, %d workers each, WARC %.1f MB\n", r.Pages, r.Workers, float64(r.WARCBytes)/1e6)
	for i := range r.Extract {
		fmt.Fprintf(&b, "round %d: extract --input %.2f s wall, %.2f CPU-s; import-warc %.2f s wall, %.2f CPU-s\n",
			i+1, r.Extract[i].Wall, r.Extract[i].CPU, r.ImportWARC[i].Wall, r.ImportWARC[i].CPU)
	}
	fmt.Fprintf(&b, "best: extract %.1f pages/s, import-warc %.1f pages/s: import-warc at %.2f of extract's rate (CPU %.2f vs %.2f s); median of the rounds' ratios %.2f\n",
		float64(r.Pages)/bx.Wall, float64(r.Pages)/by.Wall, r.Ratio, bx.CPU, by.CPU, r.MedianRatio)
	_, err := w.Write(b.Bytes())
	return err
}

// timedProcess runs the command with its output discarded and returns its
// wall and CPU time; a failing command is an error.
func timedProcess(ctx context.Context, exe string, args ...string) (WARCRun, error) {
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Stdout = io.Discard
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return WARCRun{}, fmt.Errorf("bench warc: %s %v: %v: %s", filepath.Base(exe), args, err, bytes.TrimSpace(stderr.Bytes()))
	}
	st := cmd.ProcessState
	return WARCRun{Wall: wall.Seconds(), CPU: (st.UserTime() + st.SystemTime()).Seconds()}, nil
}
