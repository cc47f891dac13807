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
	// Written as a backup: one consistent copy, synced, renamed into place.
	db, err := store.Open(tmp, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Backup(context.Background(), path); err != nil {
		t.Fatal(err)
	}
}

// copyFile copies src to a new file in a temporary directory.
func copyFile(tb testing.TB, src string) string {
	tb.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		tb.Fatal(err)
	}
	dst := filepath.Join(tb.TempDir(), "news.db")
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return dst
}

// checkGolden reads back what writeGolden stored.
func checkGolden(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := context.Background()
	want := goldenArticles()
	for i, w := range want {
		a, err := db.Article(ctx, w.URL)
		if err != nil {
			t.Fatal(err)
		}
		if a.ID != uint64(i+1) || a.Headline != w.Headline || a.Body != w.Body || a.Section != w.Section || !a.Fetched.Equal(w.Fetched) {
			t.Errorf("article %d = %+v, want %+v", i+1, a, w)
		}
	}
	if a, err := db.Article(ctx, goldenAlias); err != nil || a.URL != want[0].URL {
		t.Errorf("alias %s: %v, %v", goldenAlias, a, err)
	}
	aliases, err := db.Aliases(ctx, 1)
	if err != nil || len(aliases) != 1 || aliases[0] != goldenAlias {
		t.Errorf("aliases of 1 = %q, %v; want [%s]", aliases, err, goldenAlias)
	}
	if aliases, _ := db.Aliases(ctx, 2); len(aliases) != 0 {
		t.Errorf("aliases of 2 = %q, want none", aliases)
	}
	rel, err := db.Related(ctx, 2)
	if err != nil || len(rel) != 2 || rel[0].URL != want[0].URL || rel[1].Score != 0.125 {
		t.Errorf("related of 2 = %+v, %v", rel, err)
	}
	base, changes, ok := readIndex(t, db)
	if !ok || string(base) != "index" || len(changes) != 1 || changes[0] != "change" {
		t.Errorf("link index = %q %q %v", base, changes, ok)
	}
	fs, err := db.Frontier().Stats(ctx)
	if err != nil || fs.Seen != 3 || fs.Revisit != 1 || fs.Failed != 1 {
		t.Errorf("frontier stats = %+v, %v", fs, err)
	}
}

// TestMigrations_Golden opens a copy of the file of every older layout
// kept in testdata for writing: Open backs it up, migrates it to
// SchemaVersion, and everything stored reads back.
func TestMigrations_Golden(t *testing.T) {
	for v := 1; v < store.SchemaVersion; v++ {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) {
			path := copyFile(t, filepath.Join("testdata", fmt.Sprintf("v%d.db", v)))
			db, err := store.Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if db.MigratedFrom() != v {
				t.Errorf("MigratedFrom = %d, want %d", db.MigratedFrom(), v)
			}
			if db.Version() != store.SchemaVersion {
				t.Errorf("version after migration = %d, want %d", db.Version(), store.SchemaVersion)
			}
			checkGolden(t, db)
			mustCheck(t, db)
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			// The backup is the file as it was, and opens read-only at its version.
			bak, err := store.Open(store.MigrationBackupPath(path, v), &store.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer bak.Close()
			if bak.Version() != v {
				t.Errorf("backup has version %d, want %d", bak.Version(), v)
			}
			checkGolden(t, bak) // read-only, unmigrated: aliases found by a scan
			// Opened again, the file is not migrated twice.
			os.Remove(store.MigrationBackupPath(path, v))
			db, err = store.Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
			if _, err := os.Stat(store.MigrationBackupPath(path, v)); err == nil {
				t.Error("a migrated file was backed up again")
			}
		})
	}
}

// TestGolden_Current checks that the golden file of the current layout
// exists and reads back without a migration.
func TestGolden_Current(t *testing.T) {
	path := copyFile(t, filepath.Join("testdata", fmt.Sprintf("v%d.db", store.SchemaVersion)))
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkGolden(t, db)
	mustCheck(t, db)
	if _, err := os.Stat(store.MigrationBackupPath(path, store.SchemaVersion)); err == nil {
		t.Error("a current file was backed up as if migrated")
	}
}
