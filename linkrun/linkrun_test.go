package linkrun_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"newslink"
	"newslink/linker"
	"newslink/linker/synth"
	"newslink/linkrun"
	"newslink/store"
)

// mustOpen opens a fresh bbolt file and checks it when the test ends.
func mustOpen(tb testing.TB) *store.DB {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "news.db")
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

// corpus returns n synthetic articles of a seeded corpus.
func corpus(n int, seed uint64) []*newslink.Article {
	var out []*newslink.Article
	synth.Generate(synth.Config{N: n, Seed: seed}, func(a synth.Article) bool {
		out = append(out, &newslink.Article{URL: a.URL, Headline: a.Headline, Body: a.Body,
			Language: a.Language, Published: newslink.Date{Time: a.Published}})
		return true
	})
	return out
}

// put stores the articles.
func put(tb testing.TB, db *store.DB, as []*newslink.Article) {
	tb.Helper()
	if _, err := db.PutArticles(context.Background(), as); err != nil {
		tb.Fatal(err)
	}
}

// debugLog returns a logger that writes debug lines to the buffer.
func debugLog(b *bytes.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// TestRun_Decisions runs a sequence of links on one file: each either
// updates or rebuilds, for the reason the package documents.
func TestRun_Decisions(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	as := corpus(80, 1)
	put(t, db, as[:50])
	for _, step := range []struct {
		name    string
		before  func(t *testing.T)
		opts    linkrun.Options
		want    linkrun.Result
		wantLog string // a line the debug log has, if not ""
	}{
		{name: "first run", want: linkrun.Result{Rebuilt: true, Why: "no index yet", Articles: 50, Lists: 50}},
		{name: "nothing new", want: linkrun.Result{}},
		{name: "one new", before: func(t *testing.T) { put(t, db, as[50:51]) },
			want: linkrun.Result{Articles: 1}, wantLog: "link: changes stored"},
		{name: "options changed", opts: linkrun.Options{Config: linker.Config{N: 8}},
			want: linkrun.Result{Rebuilt: true, Why: "the options changed", Articles: 51, Lists: 51}},
		{name: "asked", opts: linkrun.Options{Config: linker.Config{N: 8}, Rebuild: true},
			want: linkrun.Result{Rebuilt: true, Why: "asked", Articles: 51, Lists: 51}},
		{name: "unreadable index", opts: linkrun.Options{Config: linker.Config{N: 8}},
			before: func(t *testing.T) {
				if err := db.PutLinkIndex(ctx, func(w io.Writer) error { _, err := w.Write([]byte("not an index")); return err }); err != nil {
					t.Fatal(err)
				}
			},
			want: linkrun.Result{Rebuilt: true, Why: "the stored index is unreadable", Articles: 51, Lists: 51}},
		{name: "many new compact", opts: linkrun.Options{Config: linker.Config{N: 8}},
			before: func(t *testing.T) { put(t, db, as[51:]) },
			want:   linkrun.Result{Articles: 29}, wantLog: "link: index compacted"},
	} {
		t.Run(step.name, func(t *testing.T) {
			if step.before != nil {
				step.before(t)
			}
			var log bytes.Buffer
			got, err := linkrun.Run(ctx, db, step.opts, debugLog(&log))
			if err != nil {
				t.Fatal(err)
			}
			if step.want.Rebuilt {
				if got != step.want {
					t.Errorf("Run = %+v, want %+v", got, step.want)
				}
			} else if got.Rebuilt || got.Articles != step.want.Articles || (got.Articles > 0) != (got.Lists > 0) {
				t.Errorf("Run = %+v, want an update of %d articles", got, step.want.Articles)
			}
			if step.wantLog != "" && !strings.Contains(log.String(), step.wantLog) {
				t.Errorf("log lacks %q:\n%s", step.wantLog, log.String())
			}
			if ids, err := db.Changed(ctx); err != nil || len(ids) != 0 {
				t.Errorf("after Run, Changed = %v, %v; want none", ids, err)
			}
		})
	}
}

// TestRun_UpdateMatchesIndex adds articles in steps: after every update
// the stored lists are exactly those of one index kept in memory through
// the same additions, and LoadIndex reads that index back.
func TestRun_UpdateMatchesIndex(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	as := corpus(150, 2)
	var ref *linker.Index
	for _, part := range [][]*newslink.Article{as[:100], as[100:103], as[103:140], as[140:]} {
		put(t, db, part)
		docs := make([]linker.Doc, len(part))
		for i, a := range part {
			docs[i] = linkrun.Doc(a)
		}
		var err error
		if ref == nil {
			ref, err = linker.Build(ctx, docs, linker.Config{})
		} else {
			_, err = ref.Add(ctx, docs)
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := linkrun.Run(ctx, db, linkrun.Options{}, nil); err != nil {
			t.Fatal(err)
		}
		loaded, err := linkrun.LoadIndex(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as[:ref.Len()] {
			want, _ := ref.List(a.ID)
			back, _ := loaded.List(a.ID)
			stored, err := db.Related(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(stored) != len(want) || len(back) != len(want) {
				t.Fatalf("article %d: %d stored, %d loaded, want %d", a.ID, len(stored), len(back), len(want))
			}
			for k := range want {
				if stored[k].ID != want[k].ID || stored[k].Score != want[k].Score || back[k] != want[k] {
					t.Fatalf("article %d: stored %+v, loaded %+v, want %+v", a.ID, stored[k], back[k], want[k])
				}
			}
		}
	}
}

func TestLoadIndex_None(t *testing.T) {
	if _, err := linkrun.LoadIndex(context.Background(), mustOpen(t)); !errors.Is(err, linkrun.ErrNoIndex) {
		t.Errorf("LoadIndex of a new file: %v, want ErrNoIndex", err)
	}
}

func TestRun_Canceled(t *testing.T) {
	db := mustOpen(t)
	put(t, db, corpus(10, 3))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, rebuild := range []bool{false, true} {
		if _, err := linkrun.Run(ctx, db, linkrun.Options{Rebuild: rebuild}, nil); !errors.Is(err, context.Canceled) {
			t.Errorf("Run(rebuild %v) with a canceled context: %v, want context.Canceled", rebuild, err)
		}
	}
}

func TestResult_String(t *testing.T) {
	for _, tt := range []struct {
		name string
		r    linkrun.Result
		want string
	}{
		{"update", linkrun.Result{Articles: 2, Lists: 7}, "linked 2 new or changed articles, 7 lists updated"},
		{"rebuild", linkrun.Result{Rebuilt: true, Why: "asked", Articles: 9, Lists: 9}, "linked 9 articles (rebuilt: asked)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCompactDue(t *testing.T) {
	tests := []struct {
		name               string
		base, changes, rec int64
		want               bool
	}{
		// 1,000,000 articles: a 1.6 GB index, records of 1.5 MB; due at
		// √(2·1.6e9·1.5e6) ≈ 69 MB of records.
		{"million, 60 MB of records", 1_600_000_000, 60_000_000, 1_500_000, false},
		{"million, 70 MB of records", 1_600_000_000, 70_000_000, 1_500_000, true},
		// 100,000 articles: 170 MB, due at about 22.6 MB.
		{"100,000, 20 MB of records", 170_000_000, 20_000_000, 1_500_000, false},
		{"100,000, 22 MB of records", 170_000_000, 22_000_000, 1_500_000, true},
		// One record larger than a quarter of the index.
		{"large record", 100_000, 0, 30_000, true},
		{"small first record", 100_000, 0, 1_000, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := linkrun.CompactDue(tt.base, tt.changes, tt.rec); got != tt.want {
				t.Errorf("compactDue(%d, %d, %d) = %v, want %v", tt.base, tt.changes, tt.rec, got, tt.want)
			}
		})
	}
}
