package evalrelated_test

import (
	"context"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"newslink/internal/evalrelated"
	"newslink/linker"
)

func links(ids ...uint64) []linker.Link {
	var l []linker.Link
	for _, id := range ids {
		l = append(l, linker.Link{ID: id})
	}
	return l
}

func TestScore(t *testing.T) {
	// Labels: a a a b b c "" : articles 0-2 share a, 3-4 share b, 5 is
	// alone (not scored), 6 is unlabelled (not scored).
	arts := []evalrelated.Article{{Label: "a"}, {Label: "a"}, {Label: "a"}, {Label: "b"}, {Label: "b"}, {Label: "c"}, {}}
	tests := []struct {
		name                            string
		lists                           [][]linker.Link
		wantP5, wantP10, wantR, wantMAP float64
	}{
		{
			name:  "perfect",
			lists: [][]linker.Link{links(1, 2), links(0, 2), links(0, 1), links(4), links(3), nil, nil},
			// a: 2 hits of 2; b: 1 hit of 1.
			wantP5: (2.0/5*3 + 1.0/5*2) / 5, wantP10: (2.0/10*3 + 1.0/10*2) / 5, wantR: 1, wantMAP: 1,
		},
		{
			name:  "empty lists",
			lists: make([][]linker.Link, 7),
		},
		{
			name: "misses before hits",
			// Article 0 finds 1 at the second slot after the unlabelled 6;
			// the others find nothing of their label.
			lists:  [][]linker.Link{links(6, 1), links(5), links(3), links(0), links(6), nil, nil},
			wantP5: 1.0 / 5 / 5, wantP10: 1.0 / 10 / 5, wantR: 0.5 / 5, wantMAP: (1.0 / 2 / 2) / 5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := evalrelated.Score(arts, tt.lists)
			if s.Articles != 7 || s.Scored != 5 {
				t.Errorf("articles %d scored %d, want 7 and 5", s.Articles, s.Scored)
			}
			for _, f := range []struct {
				name      string
				got, want float64
			}{{"P@5", s.P5, tt.wantP5}, {"P@10", s.P10, tt.wantP10}, {"R@10", s.R10, tt.wantR}, {"MAP@10", s.MAP10, tt.wantMAP}} {
				if math.Abs(f.got-f.want) > 1e-12 {
					t.Errorf("%s %v, want %v", f.name, f.got, f.want)
				}
			}
		})
	}
}

func TestHalf(t *testing.T) {
	tests := []struct {
		name string
		a    evalrelated.Article
		want int
	}{
		// FNV-1a 32: "a" 0xe40c292c (even), "b" 0xe70c2de5 (odd),
		// "t1" 0x0844ecd6 (even), "t2" 0x0744eb43 (odd).
		{"id even", evalrelated.Article{ID: "a"}, 1},
		{"id odd", evalrelated.Article{ID: "b"}, 2},
		{"topic decides, not id", evalrelated.Article{ID: "a", Topic: "t2"}, 2},
		{"one topic, one half", evalrelated.Article{ID: "b", Topic: "t1"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := evalrelated.Half(tt.a); got != tt.want {
				t.Errorf("Half(%+v) = %d, want %d", tt.a, got, tt.want)
			}
		})
	}
}

func TestScoreHalf(t *testing.T) {
	// Label x: articles 0 (half 1) and 1, 2 (half 2); label y: 3 (half
	// 1) and 4 (half 2). Hits count across halves.
	arts := []evalrelated.Article{
		{ID: "a", Label: "x"}, {ID: "b", Label: "x"}, {ID: "d", Label: "x"},
		{ID: "c", Label: "y"}, {ID: "b2", Topic: "t2", Label: "y"},
	}
	lists := [][]linker.Link{links(1, 2), links(3), links(0, 1), links(4), links(0)}
	whole := evalrelated.Score(arts, lists)
	h1 := evalrelated.ScoreHalf(arts, lists, 1)
	h2 := evalrelated.ScoreHalf(arts, lists, 2)
	if h1.Half != 1 || h2.Half != 2 || whole.Half != 0 {
		t.Errorf("halves recorded %d, %d, %d; want 1, 2, 0", h1.Half, h2.Half, whole.Half)
	}
	if h1.Scored != 2 || h2.Scored != 3 || h1.Articles != 5 {
		t.Fatalf("half 1 scored %d of %d, half 2 %d; want 2 of 5 and 3", h1.Scored, h1.Articles, h2.Scored)
	}
	// Half 1: article 0 finds both x (P@10 0.2), 3 finds y (0.1).
	// Half 2: 1 finds nothing, 2 finds both x, 4 finds 0 (a miss).
	if want := (0.2 + 0.1) / 2; math.Abs(h1.P10-want) > 1e-12 {
		t.Errorf("half 1 P@10 %v, want %v", h1.P10, want)
	}
	if want := 0.2 / 3; math.Abs(h2.P10-want) > 1e-12 {
		t.Errorf("half 2 P@10 %v, want %v", h2.P10, want)
	}
	if got := (2*h1.MAP10 + 3*h2.MAP10) / 5; math.Abs(got-whole.MAP10) > 1e-12 {
		t.Errorf("halves' MAP@10 average to %v, the whole's is %v", got, whole.MAP10)
	}
}

func TestRead_Aliases(t *testing.T) {
	in := `{"url":"u1","headline":"H","published":"2026-01-02","label":"x"}

{"id":"i2","url":"u2","title":"T","headline":"H2","date":"2026-01-03"}
`
	arts, err := evalrelated.Read(strings.NewReader(in), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != "u1" || arts[0].Title != "H" || arts[0].Date != "2026-01-02" ||
		arts[1].ID != "i2" || arts[1].Title != "T" || arts[1].Date != "2026-01-03" {
		t.Errorf("read %+v", arts)
	}
	labels, err := evalrelated.Read(strings.NewReader(in), true)
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) != 2 || labels[0] != (evalrelated.Article{ID: "u1", Label: "x"}) || labels[1] != (evalrelated.Article{ID: "i2"}) {
		t.Errorf("labels only %+v", labels)
	}
	if _, err := evalrelated.Read(strings.NewReader("{}\n{x\n"), false); err == nil || !strings.HasPrefix(err.Error(), "line 2:") {
		t.Errorf("malformed line: error %v, want one naming line 2", err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2026-03-04T05:06:07Z", time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)},
		{" 2026-03-04 ", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"4-Mar-2026 05:06:07.50", time.Date(2026, 3, 4, 5, 6, 7, 500_000_000, time.UTC)},
		{"2026-03-04 05:06:07", time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)},
		{"March 4", time.Time{}},
	}
	for _, tt := range tests {
		if got := evalrelated.ParseDate(tt.in); !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestRun_StreamAgrees links the same file held and streamed: the scores
// are the same, and open is called once and twice. The texts of a story
// are near-duplicates, so duplicate detection is off.
func TestRun_StreamAgrees(t *testing.T) {
	var b strings.Builder
	for _, story := range []struct{ label, words string }{
		{"flood", "river flood levee rain water town evacuated"},
		{"vote", "parliament vote budget minister coalition law"},
		{"match", "football match goal striker league stadium"},
	} {
		for i := range 3 {
			b.WriteString(`{"id":"` + story.label + string(rune('0'+i)) + `","title":"` + story.words + `","body":"` +
				strings.Repeat(story.words+" ", 3+i) + `","language":"en","label":"` + story.label + `"}` + "\n")
		}
	}
	gold := b.String()
	var results []evalrelated.Scores
	for _, stream := range []bool{false, true} {
		opens := 0
		open := func() (io.ReadCloser, error) { opens++; return io.NopCloser(strings.NewReader(gold)), nil }
		s, err := evalrelated.Run(context.Background(), open, evalrelated.Options{Stream: stream, Name: "gold", Config: linker.Config{DuplicateScore: -1}})
		if err != nil {
			t.Fatalf("stream %v: %v", stream, err)
		}
		if want := map[bool]int{false: 1, true: 2}[stream]; opens != want {
			t.Errorf("stream %v: opened %d times, want %d", stream, opens, want)
		}
		s.Seconds = 0
		results = append(results, s)
	}
	if results[0].Scored != 9 || results[0].P10 == 0 || results[0].LanguageLine() != results[1].LanguageLine() ||
		results[0].P5 != results[1].P5 || results[0].MAP10 != results[1].MAP10 {
		t.Errorf("held %+v, streamed %+v", results[0], results[1])
	}
	open := func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("{\n")), nil }
	if _, err := evalrelated.Run(context.Background(), open, evalrelated.Options{Name: "bad.jsonl"}); err == nil ||
		!strings.HasPrefix(err.Error(), "bad.jsonl: line 1:") {
		t.Errorf("malformed file: error %v, want it to name the file and line", err)
	}
}
