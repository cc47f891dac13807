package main

import (
	"bytes"
	"context"
	"encoding/json"
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
