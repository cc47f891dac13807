package store_test

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newslink"
	"newslink/store"
)

var update = flag.Bool("update", false, "write testdata/v<SchemaVersion>.db with the current layout")

// goldenFetched is the fetch time of every article of the golden files.
var goldenFetched = time.Date(2026, 12, 3, 7, 0, 0, 0, time.UTC)

// goldenBody is long enough for a content fingerprint, so that a second
// URL with the same body is stored as an alias.
func goldenBody(topic string) string {
	return strings.Repeat("The council met on Tuesday to talk about "+topic+". ", 8)
}

// goldenArticles are what writeGolden stores, in ID order.
func goldenArticles() []*newslink.Article {
	return []*newslink.Article{
		{URL: "https://news.example/a", Headline: "Bridge closed", Published: newslink.Day(2015, 3, 6),
			Authors: []string{"Ann Smith"}, Language: "en", Summary: "The bridge is closed.", Body: goldenBody("the bridge"),
			Section: "local", Fetched: goldenFetched},
		{URL: "https://news.example/b", Headline: "Bridge reopens", Published: newslink.Day(2015, 3, 9),
			Language: "en", Summary: "The bridge reopens.", Body: goldenBody("the bridge reopening"), Fetched: goldenFetched},
		{URL: "https://news.example/c", Headline: "Library hours", Body: "Short body.", Fetched: goldenFetched},
	}
}

// goldenAlias is a second URL of the first golden article.
const goldenAlias = "https://news.example/print/a"

// writeGolden fills a database with a little of everything the layout
// holds: articles, an alias, related lists, a link index with a change
// record, changed marks and frontier items in several states.
func writeGolden(tb testing.TB, path string) {
	tb.Helper()
	ctx := context.Background()
	db, err := store.Open(path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	as := goldenArticles()
	if _, err := db.PutArticles(ctx, as); err != nil {
		tb.Fatal(err)
	}
	alias := *as[0]
	alias.URL = goldenAlias
	if _, err := db.PutArticle(ctx, &alias); err != nil {
		tb.Fatal(err)
	}
	err = db.ReplaceRelated(ctx, map[uint64][]newslink.Related{
		as[0].ID: {{ID: as[1].ID, Score: 0.5}},
		as[1].ID: {{ID: as[0].ID, Score: 0.5}, {ID: as[2].ID, Score: 0.125}},
	})
	if err != nil {
		tb.Fatal(err)
	}
	if err := db.PutLinkIndex(ctx, func(w io.Writer) error { _, err := io.WriteString(w, "index"); return err }); err != nil {
		tb.Fatal(err)
	}
	if err := db.AppendLinkChanges(ctx, func(w io.Writer) error { _, err := io.WriteString(w, "change"); return err }); err != nil {
		tb.Fatal(err)
	}
	if err := db.ClearChanged(ctx, []uint64{as[0].ID}); err != nil {
		tb.Fatal(err)
	}
	fr := db.Frontier()
	if _, err := fr.Push(ctx,
		newslink.FrontierItem{URL: "https://news.example/", Kind: newslink.KindPage},
		newslink.FrontierItem{URL: "https://news.example/d", Depth: 1, Article: true},
		newslink.FrontierItem{URL: "https://news.example/e", Depth: 1, Article: true},
	); err != nil {
		tb.Fatal(err)
	}
	it, ok, _, err := fr.Pop(ctx, goldenFetched)
	if err != nil || !ok {
		tb.Fatalf("pop: %v %v", ok, err)
	}
	if err := fr.Complete(ctx, it, goldenFetched.AddDate(0, 0, 30)); err != nil {
		tb.Fatal(err)
	}
	it, _, _, _ = fr.Pop(ctx, goldenFetched)
	if err := fr.Fail(ctx, it, fmt.Errorf("timeout")); err != nil {
		tb.Fatal(err)
	}
}

// TestGolden_Update writes testdata/v<SchemaVersion>.db when run with
// -update. Files of older versions stay as their layout wrote them: they
// are what the migration tests open.
func TestGolden_Update(t *testing.T) {
	if !*update {
		t.Skip("run with -update to write the golden file of this layout")
	}
	path := filepath.Join("testdata", fmt.Sprintf("v%d.db", store.SchemaVersion))
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	tmp := filepath.Join(t.TempDir(), "golden.db")
	writeGolden(t, tmp)
	// Written through a compacted copy, so that the file has no free pages.
	db, err := store.Open(tmp, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Backup(context.Background(), path); err != nil {
		t.Fatal(err)
	}
}
