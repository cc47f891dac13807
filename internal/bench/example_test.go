package bench_test

import (
	"os"

	"newslink/internal/bench"
)

func ExampleWARCResult_WriteText() {
	r := bench.WARCResult{Pages: 100, Workers: 2, WARCBytes: 1_500_000,
		Extract:    []bench.WARCRun{{Wall: 2, CPU: 3}},
		ImportWARC: []bench.WARCRun{{Wall: 2.5, CPU: 3.5}},
		Ratio:      0.8, MedianRatio: 0.8}
	r.WriteText(os.Stdout)
	// Output:
	// 100 pages, 2 workers each, WARC 1.5 MB
	// round 1: extract --input 2.00 s wall, 3.00 CPU-s; import-warc 2.50 s wall, 3.50 CPU-s
	// best: extract 50.0 pages/s, import-warc 40.0 pages/s: import-warc at 0.80 of extract's rate (CPU 3.00 vs 3.50 s); median of the rounds' ratios 0.80
}
