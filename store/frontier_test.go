package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"newslink"
	"newslink/store"
)

var t0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func popAll(tb testing.TB, fr *store.Frontier, now time.Time) []string {
	tb.Helper()
	var got []string
	for {
		it, ok, _, err := fr.Pop(context.Background(), now)
		if err != nil {
			tb.Fatal(err)
		}
		if !ok {
			return got
		}
		got = append(got, it.URL)
	}
}

func TestFrontier_Pop_Order(t *testing.T) {
	ctx := context.Background()
	fr := mustOpen(t).Frontier()
	items := []newslink.FrontierItem{
		{URL: "https://x/deep", Depth: 3},
		{URL: "https://x/old", Depth: 1, Published: t0.AddDate(-5, 0, 0)},
		{URL: "https://x/shallow", Depth: 1},
		{URL: "https://x/sitemap.xml", Kind: newslink.KindSitemap},
		{URL: "https://x/new", Depth: 2, Published: t0.AddDate(0, 0, -1)},
	}
	n, err := fr.Push(ctx, items...)
	if err != nil || n != 5 {
		t.Fatalf("push = %d, %v", n, err)
	}
	if n, _ := fr.Push(ctx, items[0]); n != 0 {
		t.Errorf("second push of a seen URL queued %d", n)
	}
	got := popAll(t, fr, t0)
	// Sitemaps first, then by day, newest first, then undated in arrival order.
	want := []string{"https://x/sitemap.xml", "https://x/new", "https://x/old", "https://x/deep", "https://x/shallow"}
	if len(got) != len(want) {
		t.Fatalf("popped %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("popped %v, want %v", got, want)
		}
	}
}

// TestFrontier_Begin_ResumesAfterCrash pops items and closes the file
// without completing them, as a killed run would: the next run gets them
// back, and nothing completed is fetched again.
func TestFrontier_Begin_ResumesAfterCrash(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "f.db")
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	fr := db.Frontier()
	for _, u := range []string{"https://x/1", "https://x/2", "https://x/3"} {
		fr.Push(ctx, newslink.FrontierItem{URL: u})
	}
	done, _, _, _ := fr.Pop(ctx, t0)
	if err := fr.Complete(ctx, done, time.Time{}); err != nil {
		t.Fatal(err)
	}
	fr.Pop(ctx, t0) // popped, never completed: the "crash"
	db.Close()

	db, err = store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fr = db.Frontier()
	n, err := fr.Begin(ctx, t0)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("begin requeued %d, want the 2 leased and never completed", n)
	}
	got := popAll(t, fr, t0)
	if len(got) != 2 || got[0] == done.URL || got[1] == done.URL {
		t.Errorf("after restart popped %v; %s was completed", got, done.URL)
	}
}

func TestFrontier_Retry_Delayed(t *testing.T) {
	ctx := context.Background()
	fr := mustOpen(t).Frontier()
	fr.Push(ctx, newslink.FrontierItem{URL: "https://x/a"})
	it, _, _, _ := fr.Pop(ctx, t0)
	it.NotBefore = t0.Add(time.Minute)
	if err := fr.Retry(ctx, it); err != nil {
		t.Fatal(err)
	}
	_, ok, next, err := fr.Pop(ctx, t0)
	if err != nil || ok || !next.Equal(t0.Add(time.Minute)) {
		t.Fatalf("pop before due: ok %v next %v err %v, want not ready until %v", ok, next, err, t0.Add(time.Minute))
	}
	if got := popAll(t, fr, t0.Add(time.Minute)); len(got) != 1 {
		t.Errorf("pop when due = %v", got)
	}
}

func TestFrontier_Complete_Revisit(t *testing.T) {
	ctx := context.Background()
	fr := mustOpen(t).Frontier()
	fr.Push(ctx, newslink.FrontierItem{URL: "https://x/a"}, newslink.FrontierItem{URL: "https://x/b"})
	a, _, _, _ := fr.Pop(ctx, t0)
	b, _, _, _ := fr.Pop(ctx, t0)
	a.ETag = `"v1"`
	fr.Complete(ctx, a, t0.Add(time.Hour))
	fr.Complete(ctx, b, time.Time{}) // never again
	if n, _ := fr.Push(ctx, a, b); n != 0 {
		t.Errorf("done URLs pushed again: %d", n)
	}
	if n, _ := fr.Begin(ctx, t0.Add(30*time.Minute)); n != 0 {
		t.Errorf("begin before the revisit time requeued %d", n)
	}
	if n, _ := fr.Begin(ctx, t0.Add(time.Hour)); n != 1 {
		t.Errorf("begin at the revisit time requeued %d, want 1", n)
	}
	it, ok, _, _ := fr.Pop(ctx, t0.Add(time.Hour))
	if !ok || it.URL != a.URL || it.ETag != `"v1"` {
		t.Errorf("revisit popped %+v, want %s with its ETag", it, a.URL)
	}
}

func TestFrontier_Fail_RequeuedNextRun(t *testing.T) {
	ctx := context.Background()
	fr := mustOpen(t).Frontier()
	fr.Push(ctx, newslink.FrontierItem{URL: "https://x/a"})
	it, _, _, _ := fr.Pop(ctx, t0)
	it.Attempts = 3
	fr.Fail(ctx, it, errors.New("http status 500"))
	st, _ := fr.Stats(ctx)
	if st.Failed != 1 || st.Queued != 0 {
		t.Errorf("stats after fail = %+v", st)
	}
	if n, _ := fr.Begin(ctx, t0); n != 1 {
		t.Errorf("begin requeued %d, want the failed URL", n)
	}
	it, ok, _, _ := fr.Pop(ctx, t0)
	if !ok || it.Attempts != 0 {
		t.Errorf("requeued item %+v, want attempts reset", it)
	}
}

func TestDB_PutArticle_SameContentTwoURLs(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	body := "A wire story long enough to fingerprint, as a real article would be. " +
		"It is carried by two sites under two different addresses, word for word, " +
		"and a reader should see it once in any related list rather than twice in a row."
	a := &newslink.Article{URL: "https://one.example/story", Headline: "Story", Body: body}
	b := &newslink.Article{URL: "https://one.example/print/story", Headline: "Story (print)", Body: "  " + body + "\n"}
	if c, err := db.PutArticle(ctx, a); err != nil || c != newslink.Created {
		t.Fatalf("first: %v %v", c, err)
	}
	c, err := db.PutArticle(ctx, b)
	if err != nil || c != newslink.Unchanged || b.ID != a.ID {
		t.Fatalf("second URL: change %v id %d (first %d) err %v, want an alias", c, b.ID, a.ID, err)
	}
	if n, _ := db.Count(ctx); n != 1 {
		t.Errorf("count = %d, want 1", n)
	}
	got, err := db.Article(ctx, b.URL)
	if err != nil || got.URL != a.URL {
		t.Errorf("lookup by alias = %v, %v", got, err)
	}
}

// TestFrontier_CommitPage stores a page's links, article and completion
// in one call.
func TestFrontier_CommitPage(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	fr := db.Frontier()
	if !fr.Shares(db) || fr.Shares(mustOpen(t)) || fr.Shares(nil) {
		t.Fatal("Shares: wrong database")
	}
	if _, err := fr.Push(ctx, newslink.FrontierItem{URL: "https://a.example/"}); err != nil {
		t.Fatal(err)
	}
	it, ok, _, err := fr.Pop(ctx, time.Now())
	if err != nil || !ok {
		t.Fatalf("pop: %v %v", ok, err)
	}
	a := article("https://a.example/", "A story")
	links := []newslink.FrontierItem{{URL: "https://a.example/"}, {URL: "https://a.example/b"}, {URL: "https://a.example/c"}}
	n, change, err := fr.CommitPage(ctx, it, time.Time{}, links, a)
	if err != nil || n != 2 || change != newslink.Created || a.ID == 0 {
		t.Fatalf("CommitPage: queued %d, %v, id %d, %v; want 2 queued, created", n, change, a.ID, err)
	}
	got, err := db.Article(ctx, "https://a.example/")
	if err != nil || got.Headline != "A story" {
		t.Fatalf("stored article: %+v, %v", got, err)
	}
	st, err := fr.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Queued != 2 || st.Leased != 0 || st.Seen != 3 {
		t.Errorf("frontier after commit: %+v, want 2 queued, 0 leased, 3 seen", st)
	}
	if _, _, err := fr.CommitPage(ctx, it, time.Time{}, nil, &newslink.Article{}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("article without URL: err = %v, want ErrInvalid", err)
	}
}

// TestFrontier_ItemKeepsURLAsFound checks that an item's URL as found and
// its first-seen time survive the frontier, beside the canonical URL.
func TestFrontier_ItemKeepsURLAsFound(t *testing.T) {
	ctx := context.Background()
	fr := mustOpen(t).Frontier()
	in := newslink.FrontierItem{URL: "https://x/list?a=1&b=2", Fetch: "https://x/list?b=2&a=1&utm_source=rss", Seen: t0}
	fr.Push(ctx, in, newslink.FrontierItem{URL: "https://x/plain"})
	got := map[string]newslink.FrontierItem{}
	for {
		it, ok, _, err := fr.Pop(ctx, t0)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		got[it.URL] = it
	}
	if it := got[in.URL]; it.Fetch != in.Fetch || !it.Seen.Equal(t0) || it.RequestURL() != in.Fetch {
		t.Errorf("popped %+v, want the URL as found %q and Seen %v", it, in.Fetch, t0)
	}
	if it := got["https://x/plain"]; it.Fetch != "" || it.RequestURL() != "https://x/plain" {
		t.Errorf("popped %+v, want no separate URL as found", it)
	}
}
