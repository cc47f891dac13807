package main

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"newslink"
	"newslink/store"
)

// roundTripSource crawls and links the fixture site, then adds what a
// years-old archive holds and a plain crawl of the fixture does not: an
// alias (the same body under a second URL), two articles that came to have
// the same body (stored apart, since the second changed after it was
// stored), an article without a summary, and one without a fetch time.
// It returns the file and the alias.
func roundTripSource(t *testing.T) (db, alias string) {
	t.Helper()
	db, base := crawledFixture(t)
	alias = base + "/print/first"
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var first *newslink.Article
	err = s.ForEachArticle(ctx, func(a *newslink.Article) error {
		if first == nil {
			first = a
		}
		return errStop
	})
	if err != nil && err != errStop {
		t.Fatal(err)
	}
	second := *first
	second.URL = alias
	if c, err := s.PutArticle(ctx, &second); err != nil || c != newslink.Unchanged || second.ID != first.ID {
		t.Fatalf("alias: %v %v (id %d, want %d)", c, err, second.ID, first.ID)
	}
	twin := &newslink.Article{URL: base + "/twin", Headline: "Twin", Body: "At first a body of its own.", Fetched: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)}
	if _, err := s.PutArticle(ctx, twin); err != nil {
		t.Fatal(err)
	}
	twin.Body = first.Body // now the same as the first article's
	if c, err := s.PutArticle(ctx, twin); err != nil || c != newslink.Updated {
		t.Fatalf("twin update: %v %v", c, err)
	}
	bare := &newslink.Article{URL: "urn:archive:42", Headline: " Untrimmed headline ", Body: "A body\n\nwith two paragraphs."}
	if _, err := s.PutArticle(ctx, bare); err != nil {
		t.Fatal(err)
	}
	return db, alias
}

// TestExportImport_RoundTrip: export, import into a new file and export
// again gives the same lines, aliases, IDs and related lists included.
func TestExportImport_RoundTrip(t *testing.T) {
	src, alias := roundTripSource(t)
	want := mustRun(t, src, "export")
	if !strings.Contains(want, `"aliases":["`+alias+`"]`) {
		t.Fatalf("the alias is not in the export:\n%.2000s", want)
	}
	dst := filepath.Join(t.TempDir(), "restored.db")
	out, stderr, err := runCmd(t, dst, want, "import", "-")
	if err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	n := strings.Count(want, "\n")
	if !strings.Contains(out, "imported "+strconv.Itoa(n)+" articles ("+strconv.Itoa(n)+" new") {
		t.Errorf("import printed %q", out)
	}
	if got := mustRun(t, dst, "export"); got != want {
		t.Errorf("export after import differs:\n%s", firstDiff(want, got))
	}
	if out := mustRun(t, dst, "check"); !strings.HasSuffix(out, ": ok\n") {
		t.Errorf("check of the restored file:\n%s", out)
	}
	// The alias is a URL of the article again, and related finds it.
	if out := mustRun(t, dst, "related", "--json", alias); !strings.Contains(out, `"related"`) {
		t.Errorf("related of the alias:\n%s", out)
	}
}

// TestImport_Resumable: an import cut off after some lines, run again
// whole, stores the rest and leaves what it stored; the result is what an
// uninterrupted import gives.
func TestImport_Resumable(t *testing.T) {
	src, _ := roundTripSource(t)
	want := mustRun(t, src, "export")
	lines := strings.SplitAfter(want, "\n")
	dst := filepath.Join(t.TempDir(), "restored.db")
	if _, stderr, err := runCmd(t, dst, strings.Join(lines[:len(lines)/2], ""), "import", "-"); err != nil {
		t.Fatalf("first half: %v\n%s", err, stderr)
	}
	out, stderr, err := runCmd(t, dst, want, "import", "-")
	if err != nil {
		t.Fatalf("again: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, strconv.Itoa(len(lines)/2)+" unchanged") {
		t.Errorf("second import printed %q, want %d unchanged", out, len(lines)/2)
	}
	if got := mustRun(t, dst, "export"); got != want {
		t.Errorf("export after a resumed import differs:\n%s", firstDiff(want, got))
	}
}

// firstDiff shows the first line where two exports differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return "line " + strconv.Itoa(i+1) + ":\nwant " + w[i] + "\ngot  " + g[i]
		}
	}
	return "lines: want " + strconv.Itoa(len(w)) + ", got " + strconv.Itoa(len(g))
}

// errStop ends a cursor walk early.
var errStop = errors.New("stop")
