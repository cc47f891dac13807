package redisq_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"newslink"
	"newslink/store/redisq"
)

func TestReader_PendingAfterCrash(t *testing.T) {
	ctx := context.Background()
	q, url := mustOpen(t, nil)
	q.Push(ctx, redisq.Item{URL: "https://a/story"})
	it, _, _ := mustPop(t, q, t0)
	a := &newslink.Article{URL: it.URL, Headline: "Over 50 arrested", Published: newslink.Day(2015, 3, 6),
		Authors: []string{"A. Writer"}, Body: "One.\n\nTwo.", Fetched: t0,
		Image: "https://cdn.a/story.jpg", Section: "UK", Tags: []string{"Crime", "Cyber"}}
	if c, err := q.PutArticle(ctx, a); err != nil || c != newslink.Created {
		t.Fatalf("PutArticle = %v, %v; want created (published)", c, err)
	}
	if err := q.Complete(ctx, it, time.Time{}); err != nil {
		t.Fatal(err)
	}

	w1 := mustOpenURL(t, url, nil)
	r1 := w1.Reader("ingest")
	got, err := r1.Read(ctx, 10, -1)
	if err != nil || len(got) != 1 || got[0].Article == nil {
		t.Fatalf("read %+v, %v; want the article", got, err)
	}
	if g := got[0].Article; g.Headline != a.Headline || g.Published != a.Published || g.Body != a.Body || !g.Fetched.Equal(a.Fetched) ||
		g.Image != a.Image || g.Section != a.Section || strings.Join(g.Tags, ",") != "Crime,Cyber" {
		t.Errorf("read %+v, want %+v", g, a)
	}
	if drained, _ := w1.Drained(ctx); drained {
		t.Error("drained with an entry not yet acknowledged")
	}
	// The writer dies before acknowledging; the next one reads the entry again.
	w2 := mustOpenURL(t, url, nil)
	r2 := w2.Reader("ingest-2")
	again, err := r2.Read(ctx, 10, -1)
	if err != nil || len(again) != 1 || again[0].ID != got[0].ID {
		t.Fatalf("after a crash read %+v, %v; want entry %s again", again, err, got[0].ID)
	}
	if err := r2.Ack(ctx, again[0].ID); err != nil {
		t.Fatal(err)
	}
	if more, err := r2.Read(ctx, 10, -1); err != nil || len(more) != 0 {
		t.Errorf("after ack read %+v, %v; want nothing", more, err)
	}
	if drained, err := w2.Drained(ctx); err != nil || !drained {
		t.Errorf("drained = %v, %v; want true", drained, err)
	}
}

func TestReader_CorruptEntry(t *testing.T) {
	ctx := context.Background()
	q, url := mustOpen(t, nil)
	ro, _ := redis.ParseURL(url)
	rdb := redis.NewClient(ro)
	defer rdb.Close()
	rdb.XAdd(ctx, &redis.XAddArgs{Stream: q.Prefix() + "articles", Values: []string{"a", "{not json"}})
	r := q.Reader("ingest")
	got, err := r.Read(ctx, 10, -1)
	if err != nil || len(got) != 1 {
		t.Fatalf("read %+v, %v; want one entry", got, err)
	}
	if !errors.Is(got[0].Err, redisq.ErrCorrupt) || got[0].Article != nil {
		t.Errorf("entry %+v, want ErrCorrupt and no article", got[0])
	}
	if err := r.Ack(ctx, got[0].ID); err != nil {
		t.Fatal(err)
	}
	if n := rdb.XLen(ctx, q.Prefix()+"articles").Val(); n != 0 {
		t.Errorf("stream holds %d entries after the ack, want 0", n)
	}
}
