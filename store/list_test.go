package store_test

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"newslink"
	"newslink/store"
)

// dated returns an article published on the day.
func dated(url, headline, summary string, day int) *newslink.Article {
	a := article(url, headline)
	a.Summary = summary
	a.Published = newslink.Day(2015, 3, day)
	if day == 0 {
		a.Published = newslink.Date{}
	}
	return a
}

func urls(as []*newslink.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.URL)
	}
	return out
}

func TestDB_Latest_Paging(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	_, err := db.PutArticles(ctx, []*newslink.Article{
		dated("https://x/old", "Old", "", 1),
		dated("https://x/undated", "Undated", "", 0),
		dated("https://x/new", "New", "", 9),
		dated("https://x/mid1", "Mid one", "", 5),
		dated("https://x/mid2", "Mid two", "", 5), // same day, higher ID: first
	})
	if err != nil {
		t.Fatal(err)
	}
	all := []string{"https://x/new", "https://x/mid2", "https://x/mid1", "https://x/old", "https://x/undated"}
	tests := []struct {
		name          string
		offset, limit int
		want          []string
	}{
		{"all", 0, 10, all},
		{"first page", 0, 2, all[:2]},
		{"second page", 2, 2, all[2:4]},
		{"last page", 4, 2, all[4:]},
		{"past the end", 5, 2, nil},
		{"negative offset", -1, 2, nil},
		{"zero limit", 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total, err := db.Latest(ctx, tt.offset, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if total != 5 {
				t.Errorf("total = %d, want 5", total)
			}
			if !slices.Equal(urls(got), tt.want) {
				t.Errorf("Latest(%d, %d) = %v, want %v", tt.offset, tt.limit, urls(got), tt.want)
			}
		})
	}
}

func TestDB_Latest_SeesWrites(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.PutArticle(ctx, dated("https://x/a", "A", "", 1)); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := db.Latest(ctx, 0, 1); total != 1 {
		t.Fatalf("total = %d, want 1", total)
	}
	if _, err := db.PutArticle(ctx, dated("https://x/b", "B", "", 2)); err != nil {
		t.Fatal(err)
	}
	got, total, err := db.Latest(ctx, 0, 1)
	if err != nil || total != 2 || got[0].URL != "https://x/b" {
		t.Fatalf("after a write: %v, total %d, err %v; want https://x/b first of 2", urls(got), total, err)
	}
}

func TestDB_Search(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	_, err := db.PutArticles(ctx, []*newslink.Article{
		dated("https://x/cyber", "Over 50 Arrested In Connection With Cyber Crimes", "Arrests across England.", 6),
		dated("https://x/malware", "NCA Warn UK Internet Users Of New Malware Threat", "A significant strain of CYBER crime software.", 14),
		dated("https://x/dna", "Nearly 200 crimes missed by DNA failings", "", 17),
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		query string
		limit int
		want  []string
	}{
		{"headline word", "arrested", 10, []string{"https://x/cyber"}},
		{"case and summary", "Cyber", 10, []string{"https://x/malware", "https://x/cyber"}},
		{"prefix", "crime", 10, []string{"https://x/dna", "https://x/malware", "https://x/cyber"}},
		{"every term", "crimes dna", 10, []string{"https://x/dna"}},
		{"bounded", "crime", 1, []string{"https://x/dna"}},
		{"no match", "weather", 10, nil},
		{"empty", "  ", 10, nil},
		{"markup is text", "<script>", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Search(ctx, tt.query, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(urls(got), tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, urls(got), tt.want)
			}
		})
	}
}

func TestDB_Lookup(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.PutArticle(ctx, article("https://x/a", "A")); err != nil {
		t.Fatal(err)
	}
	if a, ok, err := db.Lookup(ctx, "https://x/a"); err != nil || !ok || a.Headline != "A" {
		t.Errorf("Lookup(stored) = %v, %v, %v", a, ok, err)
	}
	if a, ok, err := db.Lookup(ctx, "https://x/none"); err != nil || ok || a != nil {
		t.Errorf("Lookup(missing) = %v, %v, %v; want nil, false, nil", a, ok, err)
	}
}

func TestDB_LookupID(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a := article("https://x/a", "A")
	if _, err := db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := db.LookupID(ctx, a.ID); err != nil || !ok || got.Headline != "A" {
		t.Errorf("LookupID(stored) = %v, %v, %v", got, ok, err)
	}
	if got, ok, err := db.LookupID(ctx, a.ID+1); err != nil || ok || got != nil {
		t.Errorf("LookupID(missing) = %v, %v, %v; want nil, false, nil", got, ok, err)
	}
}

// putMany stores n synthetic articles in batches.
func putMany(tb testing.TB, db *store.DB, n int) {
	tb.Helper()
	ctx := context.Background()
	batch := make([]*newslink.Article, 0, 1000)
	for i := range n {
		a := dated(fmt.Sprintf("https://news.example.com/uk/2015/%06d-story", i),
			fmt.Sprintf("Headline number %d about the economy and the weather in region %d", i, i%97),
			"A summary sentence of about a hundred characters, as a news site writes under its headlines.", 1+i%28)
		a.Body = "Body text."
		batch = append(batch, a)
		if len(batch) == cap(batch) || i == n-1 {
			if _, err := db.PutArticles(ctx, batch); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
	}
}

// TestDB_Latest_Memory reports the heap the in-memory order takes; run
// with -v. It is skipped in -short mode.
func TestDB_Latest_Memory(t *testing.T) {
	if testing.Short() {
		t.Skip("stores 100,000 articles")
	}
	const n = 100_000
	db := mustOpen(t)
	putMany(t, db, n)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, total, err := db.Latest(context.Background(), 0, 20); err != nil || total != n {
		t.Fatalf("Latest: total %d, err %v", total, err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("order of %d articles: %.1f MB heap, %d bytes each", n, float64(after.HeapAlloc-before.HeapAlloc)/1e6, (after.HeapAlloc-before.HeapAlloc)/n)
}

func BenchmarkDB_Search(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			db := mustOpen(b)
			putMany(b, db, n)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := db.Search(ctx, "weather region 42", 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDB_Latest(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			db := mustOpen(b)
			putMany(b, db, n)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := db.Latest(ctx, 100, 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestDB_RelatedBox(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a, b, c := dated("https://x/a", "A", "Sum A.", 1), dated("https://x/b", "B", "Sum B.", 2), dated("https://x/c", "C", "", 3)
	c.Image = "https://cdn.x/c.jpg"
	if _, err := db.PutArticles(ctx, []*newslink.Article{a, b, c}); err != nil {
		t.Fatal(err)
	}
	if err := db.ReplaceRelated(ctx, map[uint64][]newslink.Related{a.ID: {{ID: c.ID, Score: 0.9}, {ID: b.ID, Score: 0.5}}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		url      string
		wantOK   bool
		wantHead string
		wantRel  []string
	}{
		{"with list", "https://x/a", true, "A", []string{"https://x/c", "https://x/b"}},
		{"without list", "https://x/b", true, "B", nil},
		{"unknown", "https://x/none", false, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rel, ok, err := db.RelatedBox(ctx, tt.url)
			if err != nil || ok != tt.wantOK {
				t.Fatalf("ok %v, err %v; want ok %v", ok, err, tt.wantOK)
			}
			if !ok {
				return
			}
			if got.Headline != tt.wantHead || got.URL != tt.url || got.Body != "" {
				t.Errorf("article = %+v", got)
			}
			var urls []string
			for _, r := range rel {
				urls = append(urls, r.URL)
			}
			if !slices.Equal(urls, tt.wantRel) {
				t.Errorf("related = %v, want %v", urls, tt.wantRel)
			}
			for _, r := range rel {
				if want := map[string]string{"https://x/c": "https://cdn.x/c.jpg"}[r.URL]; r.Image != want {
					t.Errorf("related %s: image %q, want %q", r.URL, r.Image, want)
				}
			}
			// The same as Related, which reads the stored articles.
			want, err := db.Related(ctx, got.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) != len(rel) {
				t.Fatalf("Related has %d entries, RelatedBox %d", len(want), len(rel))
			}
			for i := range want {
				if want[i] != rel[i] {
					t.Errorf("entry %d: RelatedBox %+v, Related %+v", i, rel[i], want[i])
				}
			}
		})
	}
}

func BenchmarkDB_RelatedBox(b *testing.B) {
	db := mustOpen(b)
	putMany(b, db, 10_000)
	ctx := context.Background()
	lists := map[uint64][]newslink.Related{}
	for id := uint64(1); id <= 10_000; id++ {
		for j := uint64(1); j <= 5; j++ {
			lists[id] = append(lists[id], newslink.Related{ID: 1 + (id+j)%10_000, Score: 0.5})
		}
	}
	if err := db.ReplaceRelated(ctx, lists); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, _, ok, err := db.RelatedBox(ctx, fmt.Sprintf("https://news.example.com/uk/2015/%06d-story", i%10_000)); err != nil || !ok {
			b.Fatal(ok, err)
		}
		i++
	}
}

func TestDB_RelatedBox_LongSummary(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	long := strings.Repeat("é", store.ListSummaryRunes+50)
	a, b := dated("https://x/a", "A", "", 1), dated("https://x/b", "B", long, 2)
	if _, err := db.PutArticles(ctx, []*newslink.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	if err := db.ReplaceRelated(ctx, map[uint64][]newslink.Related{a.ID: {{ID: b.ID, Score: 0.5}}}); err != nil {
		t.Fatal(err)
	}
	_, rel, ok, err := db.RelatedBox(ctx, "https://x/a")
	if err != nil || !ok || len(rel) != 1 {
		t.Fatalf("RelatedBox: %v, %v, %v", rel, ok, err)
	}
	if got := rel[0].Summary; got != long[:2*store.ListSummaryRunes] {
		t.Errorf("summary of %d bytes, want the first %d runes", len(got), store.ListSummaryRunes)
	}
}
