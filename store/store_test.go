package store_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newslink"
	"newslink/store"
)

// mustOpen opens a fresh database in a temporary directory and closes it
// when the test ends.
func mustOpen(tb testing.TB) *store.DB {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "test.db")
	db, err := store.Open(path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
		r, err := store.CheckFile(context.Background(), path, nil)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range r.Problems {
			tb.Errorf("check: %s", p)
		}
	})
	return db
}

// mustCheck fails the test when the database breaks one of newslink's
// invariants (DB.Check), as bbolt's own test helper checks its files.
func mustCheck(tb testing.TB, db *store.DB) {
	tb.Helper()
	r, err := db.Check(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	for _, p := range r.Problems {
		tb.Errorf("check: %s", p)
	}
}

func article(url, headline string) *newslink.Article {
	return &newslink.Article{URL: url, Headline: headline, Published: newslink.Day(2015, 3, 6), Body: "Body of " + headline}
}

func TestDB_PutArticle_Idempotent(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a := article("https://example.com/a", "A")
	tests := []struct {
		name       string
		headline   string
		wantChange newslink.Change
	}{
		{"new", "A", newslink.Created},
		{"same again", "A", newslink.Unchanged},
		{"changed headline", "A2", newslink.Updated},
		{"same as changed", "A2", newslink.Unchanged},
	}
	var firstID uint64
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.Headline = tt.headline
			a.Fetched = time.Now() // fetch time alone is no change
			got, err := db.PutArticle(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.wantChange {
				t.Errorf("change = %v, want %v", got, tt.wantChange)
			}
			if firstID == 0 {
				firstID = a.ID
			}
			if a.ID != firstID {
				t.Errorf("id = %d, want stable %d", a.ID, firstID)
			}
		})
	}
	if n, _ := db.Count(ctx); n != 1 {
		t.Errorf("count = %d, want 1", n)
	}
	got, err := db.Article(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got.Headline != "A2" || got.Published != newslink.Day(2015, 3, 6) {
		t.Errorf("stored = %+v", got)
	}
}

func TestDB_PutArticles_NoURL(t *testing.T) {
	db := mustOpen(t)
	_, err := db.PutArticles(context.Background(), []*newslink.Article{article("https://x/1", "one"), {Headline: "no url"}})
	if !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
	if n, _ := db.Count(context.Background()); n != 0 {
		t.Errorf("count = %d: a failed batch must store nothing", n)
	}
}

func TestDB_Article_NotFound(t *testing.T) {
	db := mustOpen(t)
	if _, err := db.Article(context.Background(), "https://nowhere/"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
}

func TestOpen_Locked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.db")
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = store.Open(path, &store.Options{LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("second open: err = %v, want ErrLocked", err)
	}
}

func TestOpen_SchemaTooNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	b, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		m, err := tx.CreateBucket([]byte("meta"))
		if err != nil {
			return err
		}
		return m.Put([]byte("schema"), []byte("99"))
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(path, nil); !errors.Is(err, store.ErrSchemaTooNew) {
		t.Fatalf("err = %v, want ErrSchemaTooNew", err)
	}
}

// Opening a current file changes nothing in it: every command opens the
// store, and a transaction that writes nothing still writes a meta page
// and syncs the file twice.
func TestOpen_CurrentFileUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "current.db")
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutArticle(context.Background(), article("https://example.com/a", "A")); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err = store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v := db.Version(); v != store.SchemaVersion {
		t.Errorf("Version() = %d, want %d", v, store.SchemaVersion)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("opening and closing a current file changed its bytes")
	}
}

func TestDB_ReplaceRelated(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a, b, c := article("https://x/a", "A"), article("https://x/b", "B"), article("https://x/c", "C")
	if _, err := db.PutArticles(ctx, []*newslink.Article{a, b, c}); err != nil {
		t.Fatal(err)
	}
	if err := db.ReplaceRelated(ctx, map[uint64][]newslink.Related{a.ID: {{ID: b.ID, Score: 0.9}, {ID: c.ID, Score: 0.5}}, b.ID: {{ID: a.ID, Score: 0.9}}}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Related(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].URL != b.URL || got[0].Headline != "B" || got[1].Score != 0.5 {
		t.Fatalf("related(a) = %+v", got)
	}
	// A full replace drops lists not in the new set.
	if err := db.ReplaceRelated(ctx, map[uint64][]newslink.Related{c.ID: {{ID: a.ID, Score: 0.4}}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Related(ctx, a.ID); len(got) != 0 {
		t.Errorf("related(a) after replace = %+v, want none", got)
	}
	// A partial put keeps the others.
	if err := db.PutRelated(ctx, map[uint64][]newslink.Related{b.ID: {{ID: c.ID, Score: 0.3}}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Related(ctx, c.ID); len(got) != 1 {
		t.Errorf("related(c) after partial put = %+v, want kept", got)
	}
}

func TestDB_ForEachArticle_Order(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	for _, u := range []string{"https://x/z", "https://x/a", "https://x/m"} {
		if _, err := db.PutArticle(ctx, article(u, u)); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	if err := db.ForEachArticle(ctx, func(a *newslink.Article) error { got = append(got, a.URL); return nil }); err != nil {
		t.Fatal(err)
	}
	want := []string{"https://x/z", "https://x/a", "https://x/m"} // ID order is insertion order
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order = %v, want %v", got, want)
		}
	}
}

// TestDB_PutArticle_ImageSectionTags stores the fields added after the
// first schema: they are read back, and a change to them alone updates
// the article.
func TestDB_PutArticle_ImageSectionTags(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a := &newslink.Article{URL: "https://news.example.com/a", Headline: "A", Body: "Text.",
		Image: "https://cdn.example.com/a.jpg", Section: "Islands", Tags: []string{"Ferries", "Weather"}}
	if c, err := db.PutArticle(ctx, a); err != nil || c != newslink.Created {
		t.Fatalf("put: %v %v", c, err)
	}
	got, err := db.Article(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got.Image != a.Image || got.Section != a.Section || !slices.Equal(got.Tags, a.Tags) {
		t.Errorf("read back image %q section %q tags %q", got.Image, got.Section, got.Tags)
	}
	for _, change := range []func(*newslink.Article){
		func(x *newslink.Article) { x.Image = "https://cdn.example.com/b.jpg" },
		func(x *newslink.Article) { x.Tags = []string{"Ferries"} },
	} {
		b := *got
		b.Tags = slices.Clone(got.Tags)
		change(&b)
		if c, err := db.PutArticle(ctx, &b); err != nil || c != newslink.Updated {
			t.Errorf("put changed: %v %v, want updated", c, err)
		}
		got = &b
	}
	b := *got
	if c, err := db.PutArticle(ctx, &b); err != nil || c != newslink.Unchanged {
		t.Errorf("put again: %v %v, want unchanged", c, err)
	}
}
