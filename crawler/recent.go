package crawler

import (
	"hash/maphash"
	"sync"
)

// recentSize is how many URLs recentURLs remembers at most: enough for
// the navigation, footer and section links a site repeats on every page.
const recentSize = 1 << 14

// recentURLs remembers URLs a run has already handed to the frontier, in
// a direct-mapped cache of their hashes, so that the links every page
// repeats cost a lookup in memory rather than a frontier write (or a
// Redis round trip). A URL evicted by another is handed to the frontier
// again, which ignores URLs it has seen: the cache only saves work.
type recentURLs struct {
	seed  maphash.Seed
	mu    sync.Mutex
	slots [recentSize]uint64
}

func newRecentURLs() *recentURLs { return &recentURLs{seed: maphash.MakeSeed()} }

// filter returns the items whose URLs are not remembered, and remembers
// them. It reuses the memory of items.
func (c *recentURLs) filter(items []Item) []Item {
	out := items[:0]
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, it := range items {
		h := maphash.String(c.seed, it.URL) | 1 // 0 marks an empty slot
		slot := &c.slots[h%recentSize]
		if *slot == h {
			continue
		}
		*slot = h
		out = append(out, it)
	}
	return out
}
