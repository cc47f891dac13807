package bench

import "testing"

func TestRatios(t *testing.T) {
	run := func(walls ...float64) []WARCRun {
		var rs []WARCRun
		for _, w := range walls {
			rs = append(rs, WARCRun{Wall: w})
		}
		return rs
	}
	tests := []struct {
		name             string
		extract, imp     []WARCRun
		wantBest, wantMd float64
	}{
		{name: "one round", extract: run(2), imp: run(4), wantBest: 0.5, wantMd: 0.5},
		// Best: 1/2; rounds 2/4, 1/2, 6/2 → median 0.5.
		{name: "odd rounds", extract: run(2, 1, 6), imp: run(4, 2, 2), wantBest: 0.5, wantMd: 0.5},
		// Best: 1/1; rounds 1/1, 4/2 → median (1+2)/2.
		{name: "even rounds", extract: run(1, 4), imp: run(1, 2), wantBest: 1, wantMd: 1.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			best, md := ratios(tt.extract, tt.imp)
			if best != tt.wantBest || md != tt.wantMd {
				t.Errorf("ratios = %v, %v; want %v, %v", best, md, tt.wantBest, tt.wantMd)
			}
		})
	}
}
