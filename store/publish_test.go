package store_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newslink"
	"newslink/store"
)

// openAt opens (or creates) a database at path, closed and checked when
// the test ends.
func openAt(tb testing.TB, path string) *store.DB {
	tb.Helper()
	db, err := store.Open(path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		mustCheck(tb, db)
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

// storyBody is a body long enough for a fingerprint, distinct per n.
func storyBody(n int) string {
	return strings.Repeat(fmt.Sprintf("Story number %d about the council and the bridge. ", n), 6)
}

// putStories stores articles from to to-1, and returns their IDs.
func putStories(tb testing.TB, db *store.DB, from, to int) []uint64 {
	tb.Helper()
	var as []*newslink.Article
	for i := from; i < to; i++ {
		as = append(as, &newslink.Article{URL: fmt.Sprintf("https://news.example/%d", i),
			Headline: fmt.Sprintf("Story %d", i), Published: newslink.Day(2015, 3, 1+i%28), Body: storyBody(i)})
	}
	if _, err := db.PutArticles(context.Background(), as); err != nil {
		tb.Fatal(err)
	}
	ids := make([]uint64, len(as))
	for i, a := range as {
		ids[i] = a.ID
	}
	return ids
}

// ringLists links every article to the next two, with the score s.
func ringLists(ids []uint64, s float64) map[uint64][]newslink.Related {
	lists := map[uint64][]newslink.Related{}
	for i, id := range ids {
		lists[id] = []newslink.Related{{ID: ids[(i+1)%len(ids)], Score: s}, {ID: ids[(i+2)%len(ids)], Score: s / 2}}
	}
	return lists
}

// dump is what serve can read of a database: every article, every URL
// (own and aliases) with the ID it names, and every list.
func dump(tb testing.TB, db *store.DB) string {
	tb.Helper()
	ctx := context.Background()
	var b strings.Builder
	var urls []string
	err := db.ForEachArticle(ctx, func(a *newslink.Article) error {
		j, _ := json.Marshal(a)
		fmt.Fprintf(&b, "article %s\n", j)
		urls = append(urls, a.URL)
		rel, err := db.Related(ctx, a.ID)
		if err != nil {
			return err
		}
		j, _ = json.Marshal(rel)
		fmt.Fprintf(&b, "related %d %s\n", a.ID, j)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	urls = append(urls, aliasURLs...)
	for _, u := range urls {
		a, ok, err := db.Lookup(ctx, u)
		if err != nil {
			tb.Fatal(err)
		}
		if ok {
			fmt.Fprintf(&b, "url %s %d\n", u, a.ID)
		}
	}
	return b.String()
}

// publishTwice publishes both serving files, with a new article between.
func publishTwice(tb testing.TB, db *store.DB, snap string) {
	tb.Helper()
	for i := range 2 {
		if i == 1 {
			putStories(tb, db, 1000, 1001)
		}
		if _, err := db.Publish(context.Background(), snap); err != nil {
			tb.Fatal(err)
		}
	}
}

// aliasURLs are the aliases the tests store.
var aliasURLs = []string{"https://news.example/print/1", "https://news.example/print/2"}

// servedEquals fails unless the served path reads as the database does.
func servedEquals(tb testing.TB, db *store.DB, path string) {
	tb.Helper()
	snap, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer snap.Close()
	if got, want := dump(tb, snap), dump(tb, db); got != want {
		tb.Errorf("served content differs from the database:\nserved:\n%s\ndatabase:\n%s", got, want)
	}
}

func TestDB_Publish_UpdatesTheOlderFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openAt(t, filepath.Join(dir, "news.db"))
	snap := store.SnapshotPath(db.Path())
	ids := putStories(t, db, 0, 20)
	if err := db.ReplaceRelated(ctx, ringLists(ids, 0.5)); err != nil {
		t.Fatal(err)
	}

	type step struct {
		name         string
		change       func()
		wantFile     string
		wantFull     bool
		wantArticles int
		wantLists    int
	}
	steps := []step{
		{"first", func() {}, ".a", true, 0, 0},
		{"second: the other file", func() { putStories(t, db, 100, 101) }, ".b", true, 0, 0},
		// .a was written before the last step: it gets both steps' changes.
		{"new articles and lists", func() {
			more := putStories(t, db, 20, 23)
			if err := db.PutRelated(ctx, ringLists(more, 0.25)); err != nil {
				t.Fatal(err)
			}
		}, ".a", false, 4, 3},
		{"an update, an alias", func() {
			a, _ := db.ArticleByID(ctx, ids[1])
			a.Headline = "Story 1, updated"
			if _, err := db.PutArticle(ctx, a); err != nil {
				t.Fatal(err)
			}
			alias := *a
			alias.ID, alias.URL = 0, aliasURLs[0]
			if _, err := db.PutArticle(ctx, &alias); err != nil {
				t.Fatal(err)
			}
		}, ".b", false, 4, 3},
		{"a rebuild of the lists", func() {
			all := append(slices.Clone(ids), putStories(t, db, 23, 24)...)
			if err := db.ReplaceRelated(ctx, ringLists(all, 0.75)); err != nil {
				t.Fatal(err)
			}
		}, ".a", false, 2, -1},
		{"nothing new: .a stays served", func() {}, ".a", false, 0, 0},
		{"one more: .b catches up on the rebuild", func() { putStories(t, db, 24, 25) }, ".b", false, 2, -1},
	}
	for _, s := range steps {
		s.change()
		res, err := db.Publish(ctx, snap)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if res.File != snap+s.wantFile || res.Full != s.wantFull {
			t.Errorf("%s: published %s (whole: %v, %s), want %s (whole: %v)", s.name, res.File, res.Full, res.Why, snap+s.wantFile, s.wantFull)
		}
		if res.Current != strings.HasPrefix(s.name, "nothing new") {
			t.Errorf("%s: Current = %v", s.name, res.Current)
		}
		if !s.wantFull && (res.Articles != s.wantArticles || res.Lists != s.wantLists) {
			t.Errorf("%s: copied %d articles and %d lists, want %d and %d", s.name, res.Articles, res.Lists, s.wantArticles, s.wantLists)
		}
		if target, err := os.Readlink(snap); err != nil || target != filepath.Base(res.File) {
			t.Errorf("%s: %s links to %q (%v), want %s", s.name, snap, target, err, filepath.Base(res.File))
		}
		servedEquals(t, db, snap)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// TestDB_Publish_HeldFileWrittenAnew: a reader that has not let go of the
// file to update (a server that has not switched yet) makes Publish write
// a new file instead of waiting, and the reader keeps its old content.
func TestDB_Publish_HeldFileWrittenAnew(t *testing.T) {
	ctx := context.Background()
	db := openAt(t, filepath.Join(t.TempDir(), "news.db"))
	snap := store.SnapshotPath(db.Path())
	putStories(t, db, 0, 5)
	publishTwice(t, db, snap)
	// snap names .b; .a is the next to update, and a reader holds it.
	held, err := store.Open(snap+".a", &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	before := dump(t, held)
	putStories(t, db, 5, 8)
	res, err := db.Publish(ctx, snap)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Full || res.File != snap+".a" || !strings.Contains(res.Why, "reader") {
		t.Errorf("publish = %+v, want .a written whole because a reader holds it", res)
	}
	servedEquals(t, db, snap)
	if got := dump(t, held); got != before {
		t.Errorf("the reader's file changed under it:\n%s\nwas\n%s", got, before)
	}
	// Once the reader is gone, .b is updated with the changes since it
	// was written, as usual.
	held.Close()
	putStories(t, db, 8, 9)
	if res, err := db.Publish(ctx, snap); err != nil || res.Full || res.Articles != 4 {
		t.Errorf("publish after the reader left = %+v, %v; want an update of 4 articles", res, err)
	}
	servedEquals(t, db, snap)
}

// TestDB_Publish_Interrupted: a publish that stops midway (inside the
// update of the serving file, or after it before the switch) leaves the
// served path naming the file it named, complete; the next publish
// brings everything in.
func TestDB_Publish_Interrupted(t *testing.T) {
	for _, stage := range []string{"applied", "written"} {
		t.Run(stage, func(t *testing.T) {
			ctx := context.Background()
			db := openAt(t, filepath.Join(t.TempDir(), "news.db"))
			snap := store.SnapshotPath(db.Path())
			ids := putStories(t, db, 0, 10)
			if err := db.ReplaceRelated(ctx, ringLists(ids, 0.5)); err != nil {
				t.Fatal(err)
			}
			publishTwice(t, db, snap)
			reader, err := store.Open(snap, &store.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			served := dump(t, reader)
			reader.Close()

			more := putStories(t, db, 10, 14)
			if err := db.PutRelated(ctx, ringLists(more, 0.25)); err != nil {
				t.Fatal(err)
			}
			crash := errors.New("crash")
			restore := store.SetPublishHook(func(s, _ string) error {
				if s == stage {
					return crash
				}
				return nil
			})
			_, err = db.Publish(ctx, snap)
			restore()
			if !errors.Is(err, crash) {
				t.Fatalf("publish = %v, want the crash", err)
			}
			if target, _ := os.Readlink(snap); target != filepath.Base(snap)+".b" {
				t.Errorf("after the crash %s links to %q, want the file it named", snap, target)
			}
			reader, err = store.Open(snap, &store.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := dump(t, reader); got != served {
				t.Errorf("after the crash the served content changed:\n%s\nwant\n%s", got, served)
			}
			reader.Close()
			// What a crash during a whole write or a switch leaves behind.
			dir := filepath.Dir(snap)
			for _, name := range []string{".news.db.snapshot.a.tmp-123", ".news.db.snapshot.link-99"} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte("partial"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			res, err := db.Publish(ctx, snap)
			if err != nil {
				t.Fatal(err)
			}
			if res.Full {
				t.Errorf("publish after the crash wrote the file whole (%s); want an update", res.Why)
			}
			servedEquals(t, db, snap)
			if left, _ := filepath.Glob(filepath.Join(dir, ".news.db.snapshot*")); len(left) != 0 {
				t.Errorf("left behind after the next publish: %v", left)
			}
		})
	}
}

// TestDB_Publish_WholeInSmallTransactions writes a serving file whole in
// many transactions, and one from a database opened read-only.
func TestDB_Publish_WholeInSmallTransactions(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := putStories(t, db, 0, 50)
	if err := db.ReplaceRelated(ctx, ringLists(ids, 0.5)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	defer store.SetServingTxBytes(512)()
	ro, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	snap := store.SnapshotPath(path)
	res, err := ro.Publish(ctx, snap)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Full || !strings.Contains(res.Why, "read-only") {
		t.Errorf("publish from a read-only database = %+v, want it written whole", res)
	}
	servedEquals(t, ro, snap)
}

// TestDB_StopPublishing: no log is kept where nothing is served, and a
// serving file from before the log stopped is not updated from it.
func TestDB_StopPublishing(t *testing.T) {
	ctx := context.Background()
	db := openAt(t, filepath.Join(t.TempDir(), "news.db"))
	snap := store.SnapshotPath(db.Path())
	putStories(t, db, 0, 3)
	publishTwice(t, db, snap)
	if err := db.StopPublishing(ctx); err != nil {
		t.Fatal(err)
	}
	putStories(t, db, 3, 6) // not logged
	res, err := db.Publish(ctx, snap)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Full {
		t.Errorf("publish after the log stopped = %+v, want the file written whole", res)
	}
	servedEquals(t, db, snap)
	putStories(t, db, 6, 7)
	res, err = db.Publish(ctx, snap)
	if err != nil || !res.Full {
		t.Errorf("publish of the other file = %+v, %v; want it written whole too", res, err)
	}
	servedEquals(t, db, snap)
}

func ExampleDB_Publish() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	db, _ := store.Open(filepath.Join(dir, "news.db"), nil)
	defer db.Close()
	snap := store.SnapshotPath(db.Path())
	db.PutArticle(ctx, &newslink.Article{URL: "https://example.com/a", Headline: "A"})
	res, _ := db.Publish(ctx, snap) // the first: written whole
	fmt.Println(filepath.Base(res.File), res.Full)
	db.PutArticle(ctx, &newslink.Article{URL: "https://example.com/b", Headline: "B"})
	db.Publish(ctx, snap) // .b, written whole
	db.PutArticle(ctx, &newslink.Article{URL: "https://example.com/c", Headline: "C"})
	res, _ = db.Publish(ctx, snap) // .a again: only articles B and C are copied
	fmt.Println(filepath.Base(res.File), res.Full, res.Articles)
	res, _ = db.Publish(ctx, snap) // nothing changed: .a stays served
	fmt.Println(filepath.Base(res.File), res.Current)

	served, _ := store.Open(snap, &store.Options{ReadOnly: true})
	defer served.Close()
	n, _ := served.Count(ctx)
	fmt.Println(n)
	// Output:
	// news.db.snapshot.a true
	// news.db.snapshot.a false 2
	// news.db.snapshot.a true
	// 3
}
