package redisq_test

import (
	"context"
	"testing"
	"time"

	"newslink/store/redisq"
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

// TestQueue_Start_LateWorkerHeldBack: a worker that sends late for its
// slot, or is held up between Start and sending, does not bring another
// worker's request close to its own.
func TestQueue_Start_LateWorkerHeldBack(t *testing.T) {
	ctx := context.Background()
	q1, url := mustOpen(t, nil)
	q2 := mustOpenURL(t, url, nil)
	const host, delay, late = "news.example", 600 * time.Millisecond, 300 * time.Millisecond
	waitUntil := func(at time.Time) { <-time.After(time.Until(at)) }
	start := func(q *redisq.Queue) (time.Time, bool) {
		t.Helper()
		at, ok, err := q.Start(ctx, host, delay, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return at, ok
	}
	sent := func(q *redisq.Queue) time.Time {
		t.Helper()
		now := time.Now()
		if err := q.Sent(ctx, host, delay, now); err != nil {
			t.Fatal(err)
		}
		return now
	}
	a1, err := q1.Reserve(ctx, host, delay, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	a2, err := q2.Reserve(ctx, host, delay, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	// Worker 1 comes late for its slot; it is the first to start.
	waitUntil(a1.Add(late))
	if _, ok := start(q1); !ok {
		t.Fatal("late worker may not start, want ok: nothing started before")
	}
	sent1 := sent(q1)
	// Worker 2 comes on time for its slot, less than delay after worker 1
	// sent: it waits until delay after that.
	waitUntil(a2)
	at, ok := start(q2)
	if ok {
		t.Fatalf("worker 2 may start %v after worker 1 sent, want a wait of at least the delay %v", time.Since(sent1), delay)
	}
	if at.Before(sent1.Add(delay)) || at.After(sent1.Add(delay+200*time.Millisecond)) {
		t.Errorf("worker 2 is to ask again %v after worker 1 sent, want about %v", at.Sub(sent1), delay)
	}
	waitUntil(at)
	if _, ok := start(q2); !ok {
		t.Fatal("worker 2 delay after worker 1 sent may not start, want ok")
	}
	// Worker 2 is held up before sending: worker 1 waits for it however
	// long it takes, asking again every few milliseconds.
	waitUntil(time.Now().Add(delay + 100*time.Millisecond))
	if at, ok := start(q1); ok || time.Until(at) > 100*time.Millisecond {
		t.Fatalf("worker 1 while worker 2 is sending: ok %v, ask again in %v; want a short wait", ok, time.Until(at))
	}
	sent2 := sent(q2)
	if at, ok := start(q1); ok || at.Before(sent2.Add(delay)) {
		t.Fatalf("worker 1 just after worker 2 sent: ok %v, ask again %v after; want not before the delay", ok, at.Sub(sent2))
	}
	// The slots booked from now on count from worker 2's send.
	next, err := q1.Reserve(ctx, host, delay, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if next.Before(sent2.Add(delay)) {
		t.Errorf("next slot %v after worker 2 sent, want at least %v", next.Sub(sent2), delay)
	}
	// Another host is not held back.
	if _, ok, err := q1.Start(ctx, "other.example", delay, time.Now()); err != nil || !ok {
		t.Errorf("another host: ok %v, err %v; want ok", ok, err)
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

// TestQueue_BackOff_HoldsBookedSlots: a Retry-After one worker sees holds
// back the slots the others booked before it, not only those booked after.
func TestQueue_BackOff_HoldsBookedSlots(t *testing.T) {
	ctx := context.Background()
	q1, url := mustOpen(t, nil)
	q2 := mustOpenURL(t, url, nil)
	const host, delay, retry = "news.example", 50 * time.Millisecond, 500 * time.Millisecond
	booked, err := q2.Reserve(ctx, host, delay, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	until := time.Now().Add(retry)
	if err := q1.BackOff(ctx, host, until); err != nil {
		t.Fatal(err)
	}
	<-time.After(time.Until(booked))
	at, ok, err := q2.Start(ctx, host, delay, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if ok {
		t.Fatalf("a slot booked before the back-off started %v before its end", time.Until(until))
	}
	if at.Before(until.Add(-20 * time.Millisecond)) {
		t.Fatalf("Start says ask again at %v, %v before the back-off ends", at, until.Sub(at))
	}
	<-time.After(time.Until(at))
	if _, ok, err := q2.Start(ctx, host, delay, time.Now()); err != nil || !ok {
		t.Fatalf("Start after the back-off = %v, %v; want ok", ok, err)
	}
	next, err := q1.Reserve(ctx, host, delay, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if next.Before(until) {
		t.Fatalf("a slot booked after the back-off is at %v, before its end", next)
	}
}
