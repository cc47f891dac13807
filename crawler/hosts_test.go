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
	fetch := func(ctx context.Context, raw string) (int, []byte, error) {
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
		rob, _, err := hs.robotsFor(ctx, u)
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
	if _, _, err := other.robotsFor(ctx, u); err != nil {
		t.Fatal(err)
	}
	if fetches != before+1 {
		t.Errorf("a cached failure a minute old was not asked again")
	}
}
