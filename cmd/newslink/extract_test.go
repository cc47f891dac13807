package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractGzipCopy writes a gzip-compressed copy of src into dir under name and
// returns its path.
func extractGzipCopy(tb testing.TB, src, dir, name string) string {
	tb.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// runExtractForTest runs "newslink extract" through run and decodes its
// JSON Lines output.
func runExtractForTest(tb testing.TB, stdin string, args ...string) ([]extractOutput, error) {
	tb.Helper()
	var stdout, stderr bytes.Buffer
	getenv := func(string) string { return "" }
	err := run(context.Background(), append([]string{"--log-level", "error", "extract"}, args...),
		strings.NewReader(stdin), &stdout, &stderr, getenv)
	var outs []extractOutput
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var o extractOutput
		if err := dec.Decode(&o); err != nil {
			tb.Fatalf("output is not JSON Lines: %v\n%s", err, stdout.String())
		}
		outs = append(outs, o)
	}
	return outs, err
}

func TestRunExtractCmd_Paths(t *testing.T) {
	dir := t.TempDir()
	// The gzip copy has a name that does not say so: detection is by magic number.
	gz := extractGzipCopy(t, "testdata/extract/bericht.html", dir, "bericht.html")
	outs, err := runExtractForTest(t, "",
		"--url", "https://news.example.org/2024/03/06/harbour-bridge-reopens",
		"testdata/extract/article.html", gz)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if len(outs) != 2 {
		t.Fatalf("got %d objects, want 2", len(outs))
	}
	a, b := outs[0], outs[1]
	if a.Path != "testdata/extract/article.html" || b.Path != gz {
		t.Errorf("paths %q, %q: want input order", a.Path, b.Path)
	}
	if a.Headline != "Harbour bridge reopens after repairs" {
		t.Errorf("headline %q", a.Headline)
	}
	if a.Published != "2024-03-06T09:30:00+01:00" {
		t.Errorf("published %q, want 2024-03-06T09:30:00+01:00", a.Published)
	}
	if a.CanonicalURL != "https://news.example.org/2024/03/06/harbour-bridge-reopens" {
		t.Errorf("canonical_url %q", a.CanonicalURL)
	}
	if !strings.Contains(a.Body, "six months of repairs to its steel deck.\n\nEngineers replaced") {
		t.Errorf("body %q: want both paragraphs separated by a blank line", a.Body)
	}
	if strings.Contains(a.Body, "Copyright") || strings.Contains(a.Body, "Home") {
		t.Errorf("body %q: has footer or navigation", a.Body)
	}
	if !strings.HasPrefix(a.Language, "en") {
		t.Errorf("language %q, want en", a.Language)
	}
	if b.Headline != "Stadtbibliothek verlängert Öffnungszeiten" {
		t.Errorf("gzip page: headline %q", b.Headline)
	}
	if !strings.Contains(b.Body, "samstags bis 18 Uhr") {
		t.Errorf("gzip page: body %q", b.Body)
	}
	if a.Error != "" || b.Error != "" {
		t.Errorf("errors %q, %q", a.Error, b.Error)
	}
}

func TestRunExtractCmd_InputWithFailure(t *testing.T) {
	in := `{"url": "https://example.org/a", "path": "testdata/extract/article.html"}

{"url": "https://example.org/missing", "path": "testdata/extract/missing.html"}
{"path": "testdata/extract/bericht.html"}
`
	outs, err := runExtractForTest(t, in, "--input", "-")
	if !errors.Is(err, errPagesFailed) {
		t.Fatalf("run: %v, want errPagesFailed", err)
	}
	if code := exitCode(context.Background(), err); code != exitFailure {
		t.Errorf("exit code %d, want %d", code, exitFailure)
	}
	if len(outs) != 3 {
		t.Fatalf("got %d objects, want 3 (the run goes on after a failure)", len(outs))
	}
	if outs[0].URL != "https://example.org/a" || outs[0].Error != "" || outs[0].Headline == "" {
		t.Errorf("first page: %+v", outs[0])
	}
	if outs[1].Error == "" || outs[1].Body != "" {
		t.Errorf("missing page: error %q body %q: want an error and no body", outs[1].Error, outs[1].Body)
	}
	if outs[2].Path != "testdata/extract/bericht.html" || outs[2].Error != "" {
		t.Errorf("third page: %+v", outs[2])
	}
}

func TestRunExtractCmd_Usage(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{name: "no paths", args: nil},
		{name: "input and paths", args: []string{"--input", "-", "x.html"}},
		{name: "input and url", args: []string{"--input", "-", "--url", "https://example.org/"}},
		{name: "unknown flag", args: []string{"--nope", "x.html"}},
		{name: "bad input line", stdin: "not json\n", args: []string{"--input", "-"}},
		{name: "input line without path", stdin: `{"url": "https://example.org/"}` + "\n", args: []string{"--input", "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runExtractForTest(t, tt.stdin, tt.args...)
			if code := exitCode(context.Background(), err); code != exitUsage {
				t.Errorf("err %v: exit code %d, want %d", err, code, exitUsage)
			}
		})
	}
}

func TestRunExtractCmd_CPUProfile(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "cpu.pprof")
	outs, err := runExtractForTest(t, "", "--cpuprofile", prof, "testdata/extract/article.html")
	if err != nil || len(outs) != 1 || outs[0].Headline == "" {
		t.Fatalf("run: %v, %+v", err, outs)
	}
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	// A pprof profile is gzip-compressed protocol buffers.
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("profile %s: %d bytes, not a gzip-compressed profile", prof, len(b))
	}
	_, err = runExtractForTest(t, "", "--cpuprofile", filepath.Join(t.TempDir(), "no", "dir", "cpu.pprof"), "testdata/extract/article.html")
	if code := exitCode(context.Background(), err); code != exitUsage {
		t.Errorf("unwritable profile: err %v, exit code %d, want %d", err, code, exitUsage)
	}
}
