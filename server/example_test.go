package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"

	"newslink"
	"newslink/server"
	"newslink/store"
)

// ExampleNew serves a published snapshot and asks for an article's
// Related Stories box as JSON.
func ExampleNew() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)

	// What "newslink crawl" and "newslink link" do: store, link, publish.
	db, _ := store.Open(filepath.Join(dir, "news.db"), nil)
	a := &newslink.Article{URL: "https://news.example.com/a", Headline: "Over 50 arrested", Published: newslink.Day(2015, 3, 6), Body: "Arrests."}
	b := &newslink.Article{URL: "https://news.example.com/b", Headline: "NCA warns of malware", Published: newslink.Day(2015, 10, 14), Body: "Malware."}
	db.PutArticles(ctx, []*newslink.Article{a, b})
	db.ReplaceRelated(ctx, map[uint64][]newslink.Related{a.ID: {{ID: b.ID, Score: 0.4}}})
	db.PublishSnapshot(ctx, store.SnapshotPath(db.Path()))
	db.Close()

	srv, err := server.New(ctx, server.Config{
		Snapshot: store.SnapshotPath(filepath.Join(dir, "news.db")),
		Open: func(ctx context.Context, path string) (server.Source, error) {
			return store.Open(path, &store.Options{ReadOnly: true})
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/related?url=https://news.example.com/a", nil))
	body, _ := io.ReadAll(rec.Body)
	fmt.Print(string(body))
	// Output:
	// {"url":"https://news.example.com/a","headline":"Over 50 arrested","published":"2015-03-06","related":[{"url":"https://news.example.com/b","headline":"NCA warns of malware","published":"2015-10-14","date":"14 October 2015","summary":"","score":0.4,"image":""}]}
}
