package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newslink"
)

// A file opened for writing is mapped with room to grow: a write that
// grows it by less than its size leaves the map where it was (a remap
// moves it).
func TestOpen_MmapHeadroom(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "grow.db")
	put := func(db *DB, from, n int) {
		t.Helper()
		var as []*newslink.Article
		for i := from; i < from+n; i++ {
			as = append(as, &newslink.Article{URL: fmt.Sprintf("https://example.com/%d", i), Headline: "H", Body: strings.Repeat("word ", 4000)})
		}
		if _, err := db.PutArticles(ctx, as); err != nil {
			t.Fatal(err)
		}
	}
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	put(db, 0, 300)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	before := db.bolt.Info().Data
	put(db, 300, 240)
	if after, _ := os.Stat(path); after.Size() <= fi.Size() {
		t.Fatalf("the file did not grow (%d bytes, then %d)", fi.Size(), after.Size())
	}
	if db.bolt.Info().Data != before {
		t.Error("growing the file by less than its size remapped it")
	}
}
