package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"newslink"
	"newslink/store"
)

func TestDB_PublishSnapshot_ReplacesAtomically(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	snap := store.SnapshotPath(filepath.Join(t.TempDir(), "news.db"))
	if _, err := db.PutArticle(ctx, article("https://x/a", "A")); err != nil {
		t.Fatal(err)
	}
	if err := db.PublishSnapshot(ctx, snap); err != nil {
		t.Fatal(err)
	}
	old, err := store.Open(snap, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()

	// A new article, published while a reader has the old snapshot open.
	if _, err := db.PutArticle(ctx, article("https://x/b", "B")); err != nil {
		t.Fatal(err)
	}
	if err := db.PublishSnapshot(ctx, snap); err != nil {
		t.Fatal(err)
	}
	if n, _ := old.Count(ctx); n != 1 {
		t.Errorf("old snapshot count = %d, want 1: an open snapshot must not change", n)
	}
	cur, err := store.Open(snap, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer cur.Close()
	if n, _ := cur.Count(ctx); n != 2 {
		t.Errorf("new snapshot count = %d, want 2", n)
	}
	fi, err := os.Stat(snap)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("snapshot mode = %v, want 0644", fi.Mode().Perm())
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(snap), ".*tmp*"))
	if len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestDB_PublishSnapshot_Canceled(t *testing.T) {
	db := mustOpen(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	snap := filepath.Join(t.TempDir(), "x.snapshot")
	if err := db.PublishSnapshot(ctx, snap); err == nil {
		t.Fatal("publish with a canceled context: want an error")
	}
	if _, err := os.Stat(snap); !os.IsNotExist(err) {
		t.Errorf("stat after canceled publish: %v, want not exist", err)
	}
}

func ExampleDB_PublishSnapshot() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	db, _ := store.Open(filepath.Join(dir, "news.db"), nil)
	db.PutArticle(ctx, &newslink.Article{URL: "https://example.com/a", Headline: "A"})
	db.PublishSnapshot(ctx, store.SnapshotPath(db.Path()))
	db.Close()

	snap, err := store.Open(store.SnapshotPath(filepath.Join(dir, "news.db")), &store.Options{ReadOnly: true})
	if err != nil {
		panic(err)
	}
	defer snap.Close()
	a, ok, _ := snap.Lookup(ctx, "https://example.com/a")
	fmt.Println(ok, a.Headline)
	// Output: true A
}
