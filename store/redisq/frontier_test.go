package redisq_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"newslink"
	"newslink/store/redisq"
)

var t0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// mustPop pops at now and fails the test on an error.
func mustPop(tb testing.TB, q *redisq.Queue, now time.Time) (redisq.Item, bool, time.Time) {
	tb.Helper()
	it, ok, next, err := q.Pop(context.Background(), now)
	if err != nil {
		tb.Fatal(err)
	}
	return it, ok, next
}

// drain pops everything ready at now, completing each item, and returns the URLs.
func drain(tb testing.TB, q *redisq.Queue, now time.Time) []string {
	tb.Helper()
	var out []string
	for {
		it, ok, _ := mustPop(tb, q, now)
		if !ok {
			return out
		}
		out = append(out, it.URL)
		if err := q.Complete(context.Background(), it, time.Time{}); err != nil {
			tb.Fatal(err)
		}
	}
}

func TestQueue_Pop_Order(t *testing.T) {
	ctx := context.Background()
	q, _ := mustOpen(t, nil)
	day := func(d int) time.Time { return time.Date(2026, 11, d, 8, 0, 0, 0, time.UTC) }
	items := []redisq.Item{
		{URL: "https://a/old-deep", Depth: 3, Published: day(1)},
		{URL: "https://a/undated-shallow", Depth: 1},
		{URL: "https://a/new", Depth: 2, Published: day(20)},
		{URL: "https://a/feed.xml", Depth: 4, Kind: newslink.KindFeed},
		{URL: "https://a/old-shallow", Depth: 1, Published: day(1)},
		{URL: "https://a/sitemap.xml", Kind: newslink.KindSitemap, Published: day(2)},
		{URL: "https://a/undated-deep", Depth: 5},
	}
	if _, err := q.Push(ctx, items...); err != nil {
		t.Fatal(err)
	}
	got := drain(t, q, t0)
	want := []string{"https://a/sitemap.xml", "https://a/feed.xml", "https://a/new", "https://a/old-shallow",
		"https://a/old-deep", "https://a/undated-shallow", "https://a/undated-deep"}
	if len(got) != len(want) {
		t.Fatalf("popped %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("pop #%d = %s, want %s (all: %v)", i+1, got[i], want[i], got)
		}
	}
}

func TestQueue_Pop_KeepsItem(t *testing.T) {
	ctx := context.Background()
	q, _ := mustOpen(t, nil)
	in := redisq.Item{URL: "https://a/x", Depth: 2, Kind: newslink.KindFeed, Redirects: 1,
		Published: time.Date(2015, 3, 6, 9, 30, 0, 0, time.FixedZone("", 3600)), ETag: `"abc"`, LastModified: "Fri, 06 Mar 2015 09:30:00 GMT"}
	q.Push(ctx, in)
	got, ok, _ := mustPop(t, q, t0)
	if !ok {
		t.Fatal("nothing popped")
	}
	if got.URL != in.URL || got.Depth != in.Depth || got.Kind != in.Kind || got.Redirects != in.Redirects ||
		!got.Published.Equal(in.Published) || got.ETag != in.ETag || got.LastModified != in.LastModified {
		t.Errorf("popped %+v, want %+v", got, in)
	}
}

func TestQueue_Push_SeenSetAcrossWorkers(t *testing.T) {
	ctx := context.Background()
	q1, url := mustOpen(t, nil)
	q2 := mustOpenURL(t, url, nil)
	q1.Push(ctx, redisq.Item{URL: "https://a/1"}, redisq.Item{URL: "https://a/2"})
	if got := drain(t, q1, t0); len(got) != 2 {
		t.Fatalf("first worker popped %v, want 2 URLs", got)
	}
	q2.Push(ctx, redisq.Item{URL: "https://a/1"}, redisq.Item{URL: "https://a/3"}, redisq.Item{URL: "https://a/3"})
	if got := drain(t, q2, t0); len(got) != 1 || got[0] != "https://a/3" {
		t.Errorf("second worker popped %v, want only https://a/3 (the rest is seen)", got)
	}
}

func TestQueue_Pop_Next(t *testing.T) {
	ctx := context.Background()
	q1, url := mustOpen(t, &redisq.Options{Lease: time.Minute})
	q2 := mustOpenURL(t, url, &redisq.Options{Lease: time.Minute, Poll: 200 * time.Millisecond})
	if _, ok, next := mustPop(t, q2, t0); ok || !next.IsZero() {
		t.Fatalf("empty queue: ok %v next %v, want nothing and zero next", ok, next)
	}
	q1.Push(ctx, redisq.Item{URL: "https://a/1"})
	it, ok, _ := mustPop(t, q1, t0)
	if !ok {
		t.Fatal("nothing popped")
	}
	// q1 holds a lease: q2 must not stop, and asks again soon.
	if _, ok, next := mustPop(t, q2, t0.Add(time.Second)); ok || !next.Equal(t0.Add(time.Second+200*time.Millisecond)) {
		t.Errorf("lease out: ok %v next %v, want nothing and now+poll", ok, next)
	}
	// Asked before then, q2 answers from memory; after, it asks Redis and
	// waits twice as long, as nothing came.
	if _, ok, next := mustPop(t, q2, t0.Add(time.Second+100*time.Millisecond)); ok || !next.Equal(t0.Add(time.Second+200*time.Millisecond)) {
		t.Errorf("asked again early: ok %v next %v, want the same next", ok, next)
	}
	at := t0.Add(time.Second + 200*time.Millisecond)
	if _, ok, next := mustPop(t, q2, at); ok || !next.Equal(at.Add(400*time.Millisecond)) {
		t.Errorf("still nothing: ok %v next %v, want now+2*poll", ok, next)
	}
	if err := q1.Complete(ctx, it, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if _, ok, next := mustPop(t, q2, t0.Add(2*time.Second)); ok || !next.IsZero() {
		t.Errorf("all done: ok %v next %v, want nothing and zero next", ok, next)
	}
}

func TestQueue_Pop_ExpiredLeaseReturns(t *testing.T) {
	ctx := context.Background()
	// q1 renews nothing: it stands for a worker killed after its Pop.
	q1, url := mustOpen(t, &redisq.Options{Lease: 30 * time.Second, Renew: -1})
	q2 := mustOpenURL(t, url, nil)
	q1.Push(ctx, redisq.Item{URL: "https://a/1", Depth: 2})
	if _, ok, _ := mustPop(t, q1, t0); !ok {
		t.Fatal("nothing popped")
	}
	// q1 dies without completing. Before its lease expires nothing is ready.
	if _, ok, _ := mustPop(t, q2, t0.Add(29*time.Second)); ok {
		t.Fatal("popped a leased URL before its lease expired")
	}
	it, ok, _ := mustPop(t, q2, t0.Add(31*time.Second))
	if !ok || it.URL != "https://a/1" || it.Depth != 2 {
		t.Fatalf("after expiry: %+v ok %v, want https://a/1 back", it, ok)
	}
}

func TestQueue_Pop_LiveWorkerRenewsLease(t *testing.T) {
	ctx := context.Background()
	const lease = 300 * time.Millisecond
	url := startRedis(t)
	q1, err := redisq.Open(ctx, url, &redisq.Options{Lease: lease, Renew: lease / 6})
	if err != nil {
		t.Fatal(err)
	}
	q2 := mustOpenURL(t, url, nil)
	q1.Push(ctx, redisq.Item{URL: "https://a/slow"})
	if _, ok, _ := mustPop(t, q1, time.Now()); !ok {
		t.Fatal("nothing popped")
	}
	<-time.After(2 * lease) // q1 is alive, waiting for its host's turn
	if it, ok, _ := mustPop(t, q2, time.Now()); ok {
		t.Fatalf("took %s from a live worker", it.URL)
	}
	q1.Close() // q1 stops renewing, as if it had died
	<-time.After(lease + lease/2)
	if it, ok, _ := mustPop(t, q2, time.Now()); !ok || it.URL != "https://a/slow" {
		t.Errorf("after the lease ran out: %+v ok %v, want https://a/slow", it, ok)
	}
}

func TestQueue_Retry_NotBefore(t *testing.T) {
	ctx := context.Background()
	q, _ := mustOpen(t, nil)
	q.Push(ctx, redisq.Item{URL: "https://a/1"})
	it, _, _ := mustPop(t, q, t0)
	it.Attempts, it.NotBefore = 1, t0.Add(2*time.Second)
	if err := q.Retry(ctx, it); err != nil {
		t.Fatal(err)
	}
	if _, ok, next := mustPop(t, q, t0.Add(time.Second)); ok || !next.Equal(t0.Add(2*time.Second)) {
		t.Errorf("before NotBefore: ok %v next %v, want nothing until %v", ok, next, t0.Add(2*time.Second))
	}
	got, ok, _ := mustPop(t, q, t0.Add(2*time.Second))
	if !ok || got.Attempts != 1 {
		t.Errorf("at NotBefore: %+v ok %v, want the item with 1 attempt", got, ok)
	}
}

func TestQueue_Retry_SeedOncePerRun(t *testing.T) {
	ctx := context.Background()
	q1, url := mustOpen(t, nil)
	q2 := mustOpenURL(t, url, nil)
	seed := redisq.Item{URL: "https://a/"}
	// Worker 1 starts the run and queues the seed.
	if _, err := q1.Begin(ctx, t0); err != nil {
		t.Fatal(err)
	}
	q1.Retry(ctx, seed)
	// Worker 2 joins with the same seed: still queued once.
	q2.Begin(ctx, t0)
	q2.Retry(ctx, seed)
	it, ok, _ := mustPop(t, q1, t0)
	if !ok || it.URL != seed.URL {
		t.Fatalf("popped %+v ok %v, want the seed", it, ok)
	}
	if err := q1.Complete(ctx, it, t0); err != nil { // a section page: revisit on every run
		t.Fatal(err)
	}
	if _, ok, next := mustPop(t, q2, t0); ok || !next.IsZero() {
		t.Fatalf("seed popped twice in one run")
	}
	// Worker 3 joins the run late (the frontier is drained, so it starts
	// a new run: the seed is due again).
	q3 := mustOpenURL(t, url, nil)
	if n, err := q3.Begin(ctx, t0.Add(time.Minute)); err != nil || n != 1 {
		t.Fatalf("new run queued %d (err %v), want the seed due for a revisit", n, err)
	}
	q3.Retry(ctx, seed)
	if got := drain(t, q3, t0.Add(time.Minute)); len(got) != 1 {
		t.Errorf("new run popped %v, want the seed once", got)
	}
}

func TestQueue_Begin(t *testing.T) {
	ctx := context.Background()
	q, url := mustOpen(t, nil)
	q.Push(ctx, redisq.Item{URL: "https://a/fails"}, redisq.Item{URL: "https://a/article"},
		redisq.Item{URL: "https://a/later"}, redisq.Item{URL: "https://a/never"})
	for range 4 {
		it, _, _ := mustPop(t, q, t0)
		var err error
		switch it.URL {
		case "https://a/fails":
			it.Attempts = 3
			err = q.Fail(ctx, it, errors.New("http status 500"))
		case "https://a/article":
			it.ETag = `"v1"`
			err = q.Complete(ctx, it, t0.Add(time.Hour))
		case "https://a/later":
			err = q.Complete(ctx, it, t0.Add(48*time.Hour))
		default:
			err = q.Complete(ctx, it, time.Time{})
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	// Another worker joins while something is queued: no new run.
	q.Push(ctx, redisq.Item{URL: "https://a/busy"})
	q.Flush(ctx)
	q2 := mustOpenURL(t, url, nil)
	if n, err := q2.Begin(ctx, t0.Add(2*time.Hour)); err != nil || n != 0 {
		t.Fatalf("Begin while a run is on queued %d (err %v), want 0", n, err)
	}
	drain(t, q2, t0.Add(2*time.Hour))
	// The next run: the failure and the due revisit come back.
	n, err := q2.Begin(ctx, t0.Add(2*time.Hour))
	if err != nil || n != 2 {
		t.Fatalf("Begin of a new run queued %d (err %v), want 2", n, err)
	}
	got := map[string]redisq.Item{}
	for {
		it, ok, _ := mustPop(t, q2, t0.Add(2*time.Hour))
		if !ok {
			break
		}
		got[it.URL] = it
	}
	if len(got) != 2 {
		t.Fatalf("popped %v, want https://a/fails and https://a/article", got)
	}
	if it := got["https://a/fails"]; it.Attempts != 0 {
		t.Errorf("failed URL requeued with %d attempts, want 0", it.Attempts)
	}
	if it := got["https://a/article"]; it.ETag != `"v1"` {
		t.Errorf("revisit lost its ETag: %+v", it)
	}
}

func TestQueue_Prefix_Isolates(t *testing.T) {
	ctx := context.Background()
	q1, url := mustOpen(t, nil)
	q2 := mustOpenURL(t, url+"?prefix=other:", nil)
	if q2.Prefix() != "other:" {
		t.Fatalf("prefix %q, want other:", q2.Prefix())
	}
	q1.Push(ctx, redisq.Item{URL: "https://a/1"})
	q1.Flush(ctx)
	if _, ok, _ := mustPop(t, q2, t0); ok {
		t.Error("a crawl with another prefix popped the URL")
	}
}

func TestOpen_BadURL(t *testing.T) {
	for _, tt := range []struct{ name, url string }{
		{"scheme", "http://localhost:6379/0"},
		{"lease", "redis://localhost:6379/0?lease=soon"},
		{"option", "redis://localhost:6379/0?colour=red"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := redisq.Open(context.Background(), tt.url, nil); !errors.Is(err, redisq.ErrURL) {
				t.Errorf("err = %v, want ErrURL", err)
			}
		})
	}
}
