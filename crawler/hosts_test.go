package crawler

import (
	"context"
	"net/url"
	"testing"
	"time"
)

// TestHosts_RobotsBackOff checks that a robots.txt answered with a 5xx (or
// not at all) means complete disallow, asked again after a minute and then
// with a doubling back-off, not held for DefaultRobotsTTL; and that a
// failure another process cached stands only for a minute.
func TestHosts_RobotsBackOff(t *testing.T) {
	now := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
	answers := []int{503, 0, 200}
	fetches := 0
	fetch := func(ctx context.Context, raw string, wrote func()) (int, []byte, error) {
		st := answers[min(fetches, len(answers)-1)]
		fetches++
		if st != 200 {
			return st, nil, nil
		}
		return 200, []byte("User-agent: *\nAllow: /\n"), nil
	}
	cache := &MemRobotsCache{}
	cfg := &settings{Config: Config{UserAgent: "newslink", Concurrency: 1, Now: func() time.Time { return now }}}
	hs := &hosts{m: map[string]*host{}, cfg: cfg, limiter: &MemLimiter{}, cache: cache, fetchRobots: fetch}
	u, _ := url.Parse("https://news.example/a")
	ctx := context.Background()
	steps := []struct {
		after       time.Duration
		wantFetches int
		wantAllowed bool
	}{
		{0, 1, false},                // 503: complete disallow
		{30 * time.Second, 1, false}, // within the first minute: not asked again
		{31 * time.Second, 2, false}, // a minute on: asked again; unreachable
		{90 * time.Second, 2, false}, // second failure: two minutes' back-off
		{31 * time.Second, 3, true},  // asked again: the file
		{23 * time.Hour, 3, true},    // an answer stands for a day
		{61 * time.Minute, 4, true},  // and is asked for again after it
	}
	for i, st := range steps {
		now = now.Add(st.after)
		rob, _, err := hs.robotsFor(ctx, u, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if fetches != st.wantFetches || rob.Allowed("newslink", "/a") != st.wantAllowed {
			t.Fatalf("step %d (+%v): %d fetches, allowed %v; want %d, %v", i, st.after, fetches, rob.Allowed("newslink", "/a"), st.wantFetches, st.wantAllowed)
		}
	}

	// Another process sharing the cache finds a failure cached by this one
	// and asks again after a minute, not after a day.
	cache.PutRobots(ctx, "news.example", 503, nil, now)
	other := &hosts{m: map[string]*host{}, cfg: cfg, limiter: &MemLimiter{}, cache: cache, fetchRobots: fetch}
	now = now.Add(61 * time.Second)
	before := fetches
	if _, _, err := other.robotsFor(ctx, u, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if fetches != before+1 {
		t.Errorf("a cached failure a minute old was not asked again")
	}
}

// TestRun_Revisit checks the revisit schedule of article pages: hourly in
// their first two days, daily in their first week, weekly until
// RevisitMaxAge, then never; an undated article's age counts from when it
// was first fetched.
func TestRun_Revisit(t *testing.T) {
	now := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	tests := []struct {
		name      string
		maxAge    time.Duration
		published time.Time
		seen      time.Time
		want      time.Duration // after now; -1: never
	}{
		{"an hour old", 0, now.Add(-time.Hour), time.Time{}, time.Hour},
		{"three days old", 0, now.Add(-3 * day), time.Time{}, day},
		{"two weeks old", 0, now.Add(-14 * day), time.Time{}, 7 * day},
		{"past the default 30 days", 0, now.Add(-31 * day), time.Time{}, -1},
		{"a year old", 0, now.Add(-365 * day), time.Time{}, -1},
		{"undated, first fetched now", 0, time.Time{}, time.Time{}, time.Hour},
		{"undated, first fetched 10 days ago", 0, time.Time{}, now.Add(-10 * day), 7 * day},
		{"undated, first fetched 40 days ago", 0, time.Time{}, now.Add(-40 * day), -1},
		{"a longer max age", 90 * day, now.Add(-60 * day), time.Time{}, 7 * day},
		{"revisits off", -1, now.Add(-time.Hour), time.Time{}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := validate(Config{Seeds: []string{"https://a.example/"}, RevisitMaxAge: tt.maxAge, Now: func() time.Time { return now }})
			if err != nil {
				t.Fatal(err)
			}
			r := &run{cfg: s}
			got := r.revisit(Item{URL: "https://a.example/x", Seen: tt.seen}, true, tt.published)
			want := time.Time{}
			if tt.want >= 0 {
				want = now.Add(tt.want)
			}
			if !got.Equal(want) {
				t.Errorf("revisit at %v, want %v", got, want)
			}
		})
	}
}

// TestMemLimiter_BackOffHoldsBookedTurns: a back-off holds back a turn
// booked before it, not only the turns booked after.
func TestMemLimiter_BackOffHoldsBookedTurns(t *testing.T) {
	ctx := context.Background()
	var l MemLimiter
	const host, delay = "news.example", 100 * time.Millisecond
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	booked, err := l.Reserve(ctx, host, delay, now)
	if err != nil {
		t.Fatal(err)
	}
	until := now.Add(5 * time.Second)
	if err := l.BackOff(ctx, host, until); err != nil {
		t.Fatal(err)
	}
	if at, ok, _ := l.Start(ctx, host, delay, booked); ok || !at.Equal(until) {
		t.Fatalf("Start at the booked turn = %v, %v; want to wait until %v", at, ok, until)
	}
	if _, ok, _ := l.Start(ctx, host, delay, until); !ok {
		t.Fatal("Start when the back-off ends: not ok")
	}
	if next, _ := l.Reserve(ctx, host, delay, now); next.Before(until) {
		t.Fatalf("a turn booked after the back-off is at %v, before its end %v", next, until)
	}
}
