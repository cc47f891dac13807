package crawler

import (
	"fmt"
	"hash/maphash"
	"testing"
)

func TestRecentURLs_Filter(t *testing.T) {
	// The cache is direct-mapped under a random seed: two of the four
	// URLs below share a slot about once in 3,000 seeds, and then one
	// evicts the other, as it should. The test wants a seed where they
	// do not.
	c := newRecentURLs()
	for distinctSlots(c, "/a", "/b", "/c", "/d") < 4 {
		c = newRecentURLs()
	}
	items := func(urls ...string) []Item {
		var out []Item
		for _, u := range urls {
			out = append(out, Item{URL: u})
		}
		return out
	}
	if got := c.filter(items("/a", "/b")); len(got) != 2 {
		t.Fatalf("first sight: %v", got)
	}
	got := c.filter(items("/a", "/c", "/b", "/d"))
	if len(got) != 2 || got[0].URL != "/c" || got[1].URL != "/d" {
		t.Fatalf("second page: %v, want /c and /d", got)
	}
	// Far more URLs than slots: every one passes once, and old ones are
	// evicted, so that /a may pass again but nothing passes twice in a row.
	passed := 0
	for i := range 4 * recentSize {
		passed += len(c.filter(items(fmt.Sprintf("/x%d", i))))
	}
	if passed != 4*recentSize {
		t.Errorf("%d of %d new URLs passed", passed, 4*recentSize)
	}
	if again := c.filter(items("/x0", "/x0")); len(again) > 1 {
		t.Errorf("a URL passed twice in one call: %v", again)
	}
}

// distinctSlots returns how many slots of c the URLs fall in.
func distinctSlots(c *recentURLs, urls ...string) int {
	slots := map[uint64]bool{}
	for _, u := range urls {
		slots[(maphash.String(c.seed, u)|1)%recentSize] = true
	}
	return len(slots)
}
