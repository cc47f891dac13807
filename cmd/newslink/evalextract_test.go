package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"newslink/internal/evalextract"
)

func TestRunEvalExtractCmd_Scores(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"eval-extract", "--gold", "testdata/evalextract/gold.jsonl", "--json"},
		strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
	if err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	var rep evalextract.Report
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("output: %v\n%s", err, stdout.String())
	}
	// The missing page fails and counts as empty output.
	if rep.Pages != 3 || rep.Failed != 1 {
		t.Errorf("pages %d failed %d, want 3 and 1", rep.Pages, rep.Failed)
	}
	// with: 2 found on the first page (white space normalised), 1 of 2 on
	// the second, 0 of 1 on the missing one; without: none found.
	if rep.TP != 3 || rep.FN != 2 || rep.FP != 0 {
		t.Errorf("tp %d fn %d fp %d, want 3 2 0", rep.TP, rep.FN, rep.FP)
	}
	if want := 2 * 1.0 * 0.6 / 1.6; math.Abs(rep.F1-want) > 1e-9 {
		t.Errorf("F1 %v, want %v", rep.F1, want)
	}
	if rep.HeadlineOK != 2 || rep.HeadlineTotal != 3 {
		t.Errorf("headline %d/%d, want 2/3", rep.HeadlineOK, rep.HeadlineTotal)
	}
	want := []evalextract.DateScore{{Set: "news", OK: 1, Total: 1, Exact: 1}, {Set: "blogs", OK: 1, Total: 2, Exact: 0.5}}
	if len(rep.Dates) != len(want) {
		t.Fatalf("dates %+v, want %+v", rep.Dates, want)
	}
	for i := range want {
		if rep.Dates[i] != want[i] {
			t.Errorf("dates[%d] %+v, want %+v", i, rep.Dates[i], want[i])
		}
	}
	if rep.PagesPerSec <= 0 {
		t.Errorf("pages/s %v", rep.PagesPerSec)
	}
}

func TestRunEvalExtractCmd_Half(t *testing.T) {
	// news.example.org hashes to half 1, stadt.example (both its pages,
	// www. or not) to half 2.
	tests := []struct {
		half      string
		wantPages int
		wantTP    int
		wantSets  []string
	}{
		{half: "1", wantPages: 1, wantTP: 2, wantSets: []string{"news"}},
		{half: "2", wantPages: 2, wantTP: 1, wantSets: []string{"blogs"}},
	}
	for _, tt := range tests {
		t.Run("half "+tt.half, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), []string{"eval-extract", "--gold", "testdata/evalextract/gold.jsonl", "--half", tt.half, "--json"},
				strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
			if err != nil {
				t.Fatalf("run: %v\n%s", err, stderr.String())
			}
			var rep evalextract.Report
			if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
				t.Fatalf("output: %v\n%s", err, stdout.String())
			}
			if rep.Pages != tt.wantPages || rep.TP != tt.wantTP || rep.Half == 0 {
				t.Errorf("half %d: pages %d tp %d, want %d and %d", rep.Half, rep.Pages, rep.TP, tt.wantPages, tt.wantTP)
			}
			var sets []string
			for _, d := range rep.Dates {
				sets = append(sets, d.Set)
			}
			if strings.Join(sets, ",") != strings.Join(tt.wantSets, ",") {
				t.Errorf("date sets %v, want %v", sets, tt.wantSets)
			}
		})
	}
}

func TestRunEvalExtractCmd_Usage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{name: "no gold", args: []string{"eval-extract"}},
		{name: "extra argument", args: []string{"eval-extract", "--gold", "g.jsonl", "x"}},
		{name: "negative workers", args: []string{"eval-extract", "--gold", "g.jsonl", "--workers", "-1"}},
		{name: "half 3", args: []string{"eval-extract", "--gold", "g.jsonl", "--half", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
			if code := exitCode(context.Background(), err); code != exitUsage {
				t.Errorf("err %v: exit code %d, want %d", err, code, exitUsage)
			}
		})
	}
}
