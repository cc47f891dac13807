package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"time"

	"newslink/crawler/warc"
)

// benchWARCRun is one timed process of "bench warc".
type benchWARCRun struct {
	Wall float64 `json:"wall_seconds"`
	CPU  float64 `json:"cpu_seconds"` // user + system
}

// benchWARCResult is what "bench warc" prints.
type benchWARCResult struct {
	Pages      int            `json:"pages"`
	Workers    int            `json:"workers"`
	WARCBytes  int64          `json:"warc_bytes"`
	Extract    []benchWARCRun `json:"extract"`
	ImportWARC []benchWARCRun `json:"import_warc"`
	// Ratio is import-warc's pages/s over extract's, best wall time of each.
	Ratio float64 `json:"pages_per_second_ratio"`
	// MedianRatio is the median of the rounds' ratios: each round runs the
	// two back to back, so a change in the machine's load between rounds
	// cancels out.
	MedianRatio float64 `json:"median_round_ratio"`
}

// runBenchWARC packs the saved pages that an "extract --input" file lists
// into a WARC file (one response record each, gzip pages with
// Content-Encoding: gzip, as a server sends them), then times "newslink
// extract --input" and "newslink import-warc" over the same pages as
// whole processes, alternately, with the same number of workers.
func runBenchWARC(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench warc", "--input FILE [--rounds N] [--workers N] [--json]")
	input := fs.String("input", "", "JSON Lines of {\"url\", \"path\"} naming saved pages, as for extract --input")
	rounds := fs.Int("rounds", 3, "times each command is run")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "workers of each command")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *input == "" || *rounds < 1 || *workers < 1 {
		return usageError("bench warc: --input is needed; --rounds and --workers must be positive")
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("bench warc: %w", err)
	}
	tmp, err := os.MkdirTemp("", "newslink-bench-warc-")
	if err != nil {
		return fmt.Errorf("bench warc: %w", err)
	}
	defer os.RemoveAll(tmp)

	res := benchWARCResult{Workers: *workers}
	w, err := warc.NewWriter(tmp, warc.Options{})
	if err != nil {
		return fmt.Errorf("bench warc: %w", err)
	}
	err = readExtractInput(e.stdin, *input, func(p extractPage) bool {
		raw, rerr := os.ReadFile(p.Path)
		if rerr != nil {
			err = fmt.Errorf("bench warc: %w", rerr)
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
			err = werr
			return false
		}
		res.Pages++
		return true
	})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	files, _ := filepath.Glob(filepath.Join(tmp, "*.warc.gz"))
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			res.WARCBytes += fi.Size()
		}
	}
	nw := fmt.Sprint(*workers)
	for r := range *rounds {
		x, err := timedProcess(ctx, exe, "extract", "--input", *input, "--workers", nw)
		if err != nil {
			return err
		}
		db := filepath.Join(tmp, fmt.Sprintf("round%d.db", r))
		y, err := timedProcess(ctx, exe, append([]string{"--db", db, "import-warc", "--quiet", "--workers", nw}, files...)...)
		if err != nil {
			return err
		}
		res.Extract, res.ImportWARC = append(res.Extract, x), append(res.ImportWARC, y)
		os.Remove(db)
	}
	best := func(runs []benchWARCRun) benchWARCRun {
		b := runs[0]
		for _, r := range runs[1:] {
			if r.Wall < b.Wall {
				b = r
			}
		}
		return b
	}
	bx, by := best(res.Extract), best(res.ImportWARC)
	res.Ratio = bx.Wall / by.Wall
	var ratios []float64
	for i := range res.Extract {
		ratios = append(ratios, res.Extract[i].Wall/res.ImportWARC[i].Wall)
	}
	sort.Float64s(ratios)
	res.MedianRatio = ratios[len(ratios)/2]
	if len(ratios)%2 == 0 {
		res.MedianRatio = (ratios[len(ratios)/2-1] + ratios[len(ratios)/2]) / 2
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(res)
	}
	fmt.Fprintf(e.stdout, "%d pages, %d workers each, WARC %.1f MB\n", res.Pages, res.Workers, float64(res.WARCBytes)/1e6)
	for i := range res.Extract {
		fmt.Fprintf(e.stdout, "round %d: extract --input %.2f s wall, %.2f CPU-s; import-warc %.2f s wall, %.2f CPU-s\n",
			i+1, res.Extract[i].Wall, res.Extract[i].CPU, res.ImportWARC[i].Wall, res.ImportWARC[i].CPU)
	}
	fmt.Fprintf(e.stdout, "best: extract %.1f pages/s, import-warc %.1f pages/s: import-warc at %.2f of extract's rate (CPU %.2f vs %.2f s); median of the rounds' ratios %.2f\n",
		float64(res.Pages)/bx.Wall, float64(res.Pages)/by.Wall, res.Ratio, bx.CPU, by.CPU, res.MedianRatio)
	return nil
}

// timedProcess runs the command with its output discarded and returns its
// wall and CPU time; a failing command is an error.
func timedProcess(ctx context.Context, exe string, args ...string) (benchWARCRun, error) {
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Stdout = io.Discard
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return benchWARCRun{}, fmt.Errorf("bench warc: %s %v: %v: %s", filepath.Base(exe), args, err, bytes.TrimSpace(stderr.Bytes()))
	}
	st := cmd.ProcessState
	return benchWARCRun{Wall: wall.Seconds(), CPU: (st.UserTime() + st.SystemTime()).Seconds()}, nil
}
