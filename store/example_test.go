package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"newslink"
	"newslink/store"
)

// ExampleDB_PutArticle stores an article twice: the second time it is
// unchanged and keeps its ID.
func ExampleDB_PutArticle() {
	dir, _ := os.MkdirTemp("", "store-example-")
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "news.db"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	ctx := context.Background()
	a := &newslink.Article{URL: "https://news.example/a", Headline: "Bridge opens", Published: newslink.Day(2015, 3, 6)}
	c1, _ := db.PutArticle(ctx, a)
	c2, _ := db.PutArticle(ctx, a)
	got, _ := db.Article(ctx, "https://news.example/a")
	fmt.Println(c1, c2, got.ID, got.Headline, got.Published)
	// Output: created unchanged 1 Bridge opens 2015-03-06
}
