package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newslink/internal/evalrelated"
)

// TestRunEvalRelatedCmd_Languages scores a labelled file whose lines do
// not state their language (but one): the figures count the languages the
// linker analysed them in, in both the held and the streamed build.
func TestRunEvalRelatedCmd_Languages(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(languageArchive), "\n") {
		var a map[string]any
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		u := a["url"].(string)
		a["id"], a["title"] = u, a["headline"]
		a["label"] = u[:len(u)-2] // the language folder: one story each, roughly
		b, _ := json.Marshal(a)
		lines = append(lines, string(b))
	}
	lines = append(lines, `{"id":"x","title":"Merkel in Paris","body":"","label":""}`)
	if err := os.WriteFile(gold, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, stream := range []string{"--stream=false", "--stream=true"} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"eval-related", "--gold", gold, "--json", stream},
			strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
		if err != nil {
			t.Fatalf("run: %v\n%s", err, stderr.String())
		}
		var s evalrelated.Scores
		if err := json.Unmarshal(stdout.Bytes(), &s); err != nil {
			t.Fatalf("output: %v\n%s", err, stdout.String())
		}
		wantLangs := map[string]int{"de": 3, "en": 4, "fr": 1}
		wantFrom := map[string]int{"stated": 1, "detected": 6, "default": 1}
		if !reflect.DeepEqual(s.Languages, wantLangs) || !reflect.DeepEqual(s.LanguageFrom, wantFrom) {
			t.Errorf("%s: languages %v from %v, want %v from %v", stream, s.Languages, s.LanguageFrom, wantLangs, wantFrom)
		}
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"eval-related", "--gold", gold},
		strings.NewReader(""), &stdout, &stderr, func(string) string { return "" }); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	if want := "\nlanguages en 4 de 3 fr 1; stated 1 detected 6 default 1\n"; !strings.HasSuffix(stdout.String(), want) {
		t.Errorf("text output %q, want it to end with %q", stdout.String(), want)
	}
}

// TestRunEvalRelatedCmd_Half scores each half of a labelled file: every
// article is linked, only the half's lists are scored, and the two halves'
// queries make up the whole file's.
func TestRunEvalRelatedCmd_Half(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	var lines []string
	for story, words := range []string{"volcano ash eruption flights", "budget parliament vote taxes", "match goal league season", "storm flood rain rivers"} {
		for k := range 4 {
			lines = append(lines, fmt.Sprintf(`{"id":"s%d-%d","title":"%s %d","body":"The %s report number %d.","label":"s%d"}`,
				story, k, words, k, words, k, story))
		}
	}
	if err := os.WriteFile(gold, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	score := func(args ...string) evalrelated.Scores {
		t.Helper()
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"eval-related", "--gold", gold, "--json", "--n", "3"}, args...),
			strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
		if err != nil {
			t.Fatalf("run %v: %v\n%s", args, err, stderr.String())
		}
		var s evalrelated.Scores
		if err := json.Unmarshal(stdout.Bytes(), &s); err != nil {
			t.Fatalf("output: %v\n%s", err, stdout.String())
		}
		return s
	}
	whole := score()
	for _, stream := range []string{"--stream=false", "--stream=true"} {
		h1, h2 := score("--half", "1", stream), score("--half", "2", stream)
		if h1.Half != 1 || h2.Half != 2 || h1.Articles != 16 || h2.Articles != 16 {
			t.Errorf("%s: half %d of %d articles, half %d of %d; want 1 and 2 of 16", stream, h1.Half, h1.Articles, h2.Half, h2.Articles)
		}
		if h1.Scored == 0 || h2.Scored == 0 || h1.Scored+h2.Scored != whole.Scored {
			t.Errorf("%s: halves score %d + %d queries, the whole file %d", stream, h1.Scored, h2.Scored, whole.Scored)
		}
		if got := (float64(h1.Scored)*h1.P10 + float64(h2.Scored)*h2.P10) / float64(whole.Scored); math.Abs(got-whole.P10) > 1e-9 {
			t.Errorf("%s: halves' P@10 average to %v, the whole file's is %v", stream, got, whole.P10)
		}
	}
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"eval-related", "--gold", gold, "--half", "3"},
		strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
	if got := exitCode(context.Background(), err); got != exitUsage || !strings.Contains(err.Error(), "--half 3") {
		t.Errorf("--half 3: exit code %d (err %v), want %d naming the flag", got, err, exitUsage)
	}
}
