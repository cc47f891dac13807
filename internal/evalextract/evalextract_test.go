package evalextract_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"newslink"
	"newslink/crawler/extract"
	"newslink/internal/evalextract"
)

func TestHalf(t *testing.T) {
	if evalextract.Half("https://www.stadt.example/x") != evalextract.Half("http://STADT.example/y") {
		t.Error("www. and case change the half of a host")
	}
	// The cmd test data depend on these two being apart.
	if a, b := evalextract.Half("https://news.example.org/a"), evalextract.Half("https://stadt.example/b"); a != 1 || b != 2 {
		t.Errorf("halves %d and %d, want 1 and 2", a, b)
	}
	for _, u := range []string{"", "::not a url", "/relative"} {
		if h := evalextract.Half(u); h != evalextract.Half("") {
			t.Errorf("Half(%q) = %d, want the empty host's %d", u, h, evalextract.Half(""))
		}
	}
}

func TestScorePage(t *testing.T) {
	gold := evalextract.Gold{File: "p.html", Title: "Bridge  reopens", Date: "2024-03-06",
		With: []string{"steel\ndeck", "two hundred plates"}, Without: []string{"Copyright"}}
	tests := []struct {
		name                       string
		res                        *extract.Result
		err                        error
		wantTP, wantFP, wantFN     int
		wantTitle, wantDate, wantF bool
	}{
		{
			name: "all found",
			res: &extract.Result{Headline: " Bridge reopens", Published: newslink.Instant(time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC)),
				Body: "the steel deck and two   hundred plates"},
			wantTP: 2, wantTitle: true, wantDate: true,
		},
		{
			name:   "misses and a false positive",
			res:    &extract.Result{Headline: "Bridge", Published: newslink.Day(2024, 3, 7), Body: "steel deck. Copyright 2025"},
			wantTP: 1, wantFP: 1, wantFN: 1,
		},
		{
			name:   "day only counts",
			res:    &extract.Result{Published: newslink.Day(2024, 3, 6)},
			wantFN: 2, wantDate: true,
		},
		{
			name:   "failed page is empty output",
			err:    errors.New("no such file"),
			wantFN: 2, wantF: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := evalextract.ScorePage(gold, tt.res, tt.err, true)
			if s.TP != tt.wantTP || s.FP != tt.wantFP || s.FN != tt.wantFN || s.TitleOK != tt.wantTitle ||
				s.DateOK != tt.wantDate || s.Failed != tt.wantF || s.Got == nil {
				t.Errorf("score %+v", s)
			}
		})
	}
	if s := evalextract.ScorePage(evalextract.Gold{}, &extract.Result{Headline: "x"}, nil, false); s.TitleOK || s.DateOK || s.Got != nil {
		t.Errorf("empty gold scored %+v, want nothing scored and nothing kept", s)
	}
}

func TestReadGold(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantPages int
		wantLine  int // 0: no error
	}{
		{name: "two pages and a blank line", in: `{"file":"a"}` + "\n\n" + `{"file":"b","with":["x"]}` + "\n", wantPages: 2},
		{name: "not JSON", in: `{"file":"a"}` + "\n{\n", wantLine: 2},
		{name: "no file", in: "\n" + `{"url":"u"}`, wantLine: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold, err := evalextract.ReadGold(strings.NewReader(tt.in))
			var le *evalextract.LineError
			switch {
			case tt.wantLine == 0 && (err != nil || len(gold) != tt.wantPages):
				t.Errorf("got %d pages, %v; want %d", len(gold), err, tt.wantPages)
			case tt.wantLine != 0 && (!errors.As(err, &le) || le.Line != tt.wantLine):
				t.Errorf("error %v, want a LineError for line %d", err, tt.wantLine)
			}
		})
	}
}

// TestRun sums the page scores of an extractor that fails one page, over
// both halves and each half, and lists the misses.
func TestRun(t *testing.T) {
	gold := []evalextract.Gold{
		{Set: "news", File: "a", URL: "https://news.example.org/a", Title: "A", Date: "2024-01-01", With: []string{"alpha"}},
		{Set: "blogs", File: "b", URL: "https://stadt.example/b", Title: "B", Date: "2024-01-02", With: []string{"beta", "gamma"}, Without: []string{"ad"}},
		{Set: "blogs", File: "c", URL: "https://www.stadt.example/c", Title: "C", Date: "2024-01-03"},
	}
	pages := map[string]*extract.Result{
		"a": {Headline: "A", Published: newslink.Day(2024, 1, 1), Body: "alpha"},
		"b": {Headline: "B?", Published: newslink.Day(2024, 1, 2), Body: "beta ad"},
	}
	extractFn := func(g evalextract.Gold) (*extract.Result, error) {
		if r, ok := pages[g.File]; ok {
			return r, nil
		}
		return nil, errors.New("missing")
	}
	var misses bytes.Buffer
	rep, err := evalextract.Run(context.Background(), gold, extractFn, evalextract.Options{Workers: 2, Misses: &misses})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Pages != 3 || rep.Failed != 1 || rep.TP != 2 || rep.FP != 1 || rep.FN != 1 || rep.HeadlineOK != 1 || rep.HeadlineTotal != 3 || rep.Workers != 2 {
		t.Errorf("report %+v", rep)
	}
	if want := 2 * (2.0 / 3) * (2.0 / 3) / (4.0 / 3); math.Abs(rep.F1-want) > 1e-12 {
		t.Errorf("F1 %v, want %v", rep.F1, want)
	}
	wantDates := []evalextract.DateScore{{Set: "news", OK: 1, Total: 1, Exact: 1}, {Set: "blogs", OK: 1, Total: 2, Exact: 0.5}}
	if len(rep.Dates) != 2 || rep.Dates[0] != wantDates[0] || rep.Dates[1] != wantDates[1] {
		t.Errorf("dates %+v, want %+v", rep.Dates, wantDates)
	}
	wantMisses := "TITLE\tb\tgot \"B?\"\twant \"B\"\n" +
		"FN\tb\t\"gamma\"\n" +
		"FP\tb\t\"ad\"\n" +
		"FAIL\tc\tmissing\n" +
		"TITLE\tc\tgot \"\"\twant \"C\"\n" +
		"DATE\tc\tblogs\tgot \"\"\twant \"2024-01-03\"\n"
	if misses.String() != wantMisses {
		t.Errorf("misses:\n%s\nwant:\n%s", misses.String(), wantMisses)
	}

	for _, tt := range []struct{ half, wantPages, wantFailed int }{{1, 1, 0}, {2, 2, 1}} {
		rep, err := evalextract.Run(context.Background(), gold, extractFn, evalextract.Options{Half: tt.half})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Half != tt.half || rep.Pages != tt.wantPages || rep.Failed != tt.wantFailed {
			t.Errorf("half %d: %+v, want %d pages, %d failed", tt.half, rep, tt.wantPages, tt.wantFailed)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := evalextract.Run(ctx, gold, extractFn, evalextract.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: error %v, want context.Canceled", err)
	}
}
