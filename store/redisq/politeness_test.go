package redisq_test

import (
	"context"
	"testing"
	"time"
)

func TestQueue_Reserve_SharedAcrossWorkers(t *testing.T) {
	ctx := context.Background()
	q1, url := mustOpen(t, nil)
	q2 := mustOpenURL(t, url, nil)
	const delay = 300 * time.Millisecond
	now := time.Now()
	a1, err := q1.Reserve(ctx, "news.example", delay, now)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := q2.Reserve(ctx, "news.example", delay, now)
	if err != nil {
		t.Fatal(err)
	}
	o, _ := q2.Reserve(ctx, "other.example", delay, now)
	if gap := a2.Sub(a1); gap < delay-50*time.Millisecond || gap > delay+50*time.Millisecond {
		t.Errorf("second worker's slot %v after the first, want about %v", gap, delay)
	}
	if o.Sub(now) > 50*time.Millisecond {
		t.Errorf("another host waits %v, want no wait", o.Sub(now))
	}
	if err := q1.BackOff(ctx, "news.example", time.Now().Add(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	now = time.Now()
	a3, _ := q2.Reserve(ctx, "news.example", delay, now)
	if wait := a3.Sub(now); wait < 1900*time.Millisecond || wait > 2100*time.Millisecond {
		t.Errorf("after a 2s back-off the next slot is in %v, want about 2s", wait)
	}
}

func TestQueue_Robots_FetchedOnce(t *testing.T) {
	ctx := context.Background()
	q1, url := mustOpen(t, nil)
	q2 := mustOpenURL(t, url, nil)
	if _, _, _, ok, err := q1.GetRobots(ctx, "news.example"); ok || err != nil {
		t.Fatalf("empty cache: ok %v err %v", ok, err)
	}
	// q1 now fetches; q2 waits for what it puts.
	type result struct {
		status int
		body   string
		ok     bool
		err    error
	}
	done := make(chan result)
	go func() {
		st, body, _, ok, err := q2.GetRobots(ctx, "news.example")
		done <- result{st, string(body), ok, err}
	}()
	fetched := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	if err := q1.PutRobots(ctx, "news.example", 200, []byte("User-agent: *\nDisallow: /drafts/\n"), fetched); err != nil {
		t.Fatal(err)
	}
	r := <-done
	if r.err != nil || !r.ok || r.status != 200 || r.body != "User-agent: *\nDisallow: /drafts/\n" {
		t.Errorf("second worker got %+v, want the first worker's file", r)
	}
	_, _, at, _, _ := q2.GetRobots(ctx, "news.example")
	if !at.Equal(fetched) {
		t.Errorf("fetched %v, want %v", at, fetched)
	}
}
