package crawler

import (
	"container/heap"
	"context"
	"sync"
	"time"
)

// Kind says what a queued URL is expected to be, which decides how its
// response is read.
type Kind int

// The kinds of queued URL.
const (
	KindPage    Kind = iota // an HTML page: an article or a section page
	KindSitemap             // a sitemap or sitemap index
	KindFeed                // an RSS or Atom feed
)

// Item is one queued URL.
type Item struct {
	URL       string    // canonical URL
	Depth     int       // link hops from a seed
	Kind      Kind      // what the URL is expected to be
	Published time.Time // publication date a sitemap or feed gave, for newest-first order
	Attempts  int       // failed fetches so far in this run
	Redirects int       // redirects followed to reach this URL
	NotBefore time.Time // not to be fetched before this time (retries, Retry-After)
}

// Frontier is the queue of URLs to fetch and the set of URLs already seen.
// Implementations must be safe for concurrent use.
type Frontier interface {
	// Push queues the items whose URLs were never pushed or completed
	// before, and returns how many it queued.
	Push(ctx context.Context, items ...Item) (int, error)
	// Pop removes and returns the best item ready at now: sitemaps and
	// feeds first, then the newest, then the shallowest. When none is
	// ready, ok is false and next is when one will be (zero if the queue
	// is empty).
	Pop(ctx context.Context, now time.Time) (it Item, ok bool, next time.Time, err error)
	// Retry puts a popped item back, to be fetched again from it.NotBefore.
	Retry(ctx context.Context, it Item) error
	// Complete marks a URL done: it is never queued again by Push. It may
	// be called for a URL that was never pushed (a canonical URL found on
	// another page).
	Complete(ctx context.Context, url string) error
	// Fail gives up on a popped item for this run; a persistent frontier
	// keeps it for the next run.
	Fail(ctx context.Context, it Item, cause error) error
}

// better reports whether a should be fetched before b.
func better(a, b *Item) bool {
	if (a.Kind != KindPage) != (b.Kind != KindPage) {
		return a.Kind != KindPage
	}
	if !a.Published.Equal(b.Published) {
		return a.Published.After(b.Published)
	}
	if a.Depth != b.Depth {
		return a.Depth < b.Depth
	}
	return false
}

// MemFrontier is a Frontier held in memory, for one run. The zero value is
// an empty frontier ready for use.
type MemFrontier struct {
	mu      sync.Mutex
	seen    map[string]bool
	ready   itemHeap
	waiting []Item // items with a NotBefore in the future
	seq     uint64
	failed  []Item
}

var _ Frontier = (*MemFrontier)(nil)

// Push implements Frontier.
func (m *MemFrontier) Push(ctx context.Context, items ...Item) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen == nil {
		m.seen = map[string]bool{}
	}
	n := 0
	for _, it := range items {
		if m.seen[it.URL] {
			continue
		}
		m.seen[it.URL] = true
		m.add(it)
		n++
	}
	return n, nil
}

func (m *MemFrontier) add(it Item) {
	m.seq++
	heap.Push(&m.ready, seqItem{it, m.seq})
}

// Pop implements Frontier.
func (m *MemFrontier) Pop(ctx context.Context, now time.Time) (Item, bool, time.Time, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var next time.Time
	kept := m.waiting[:0]
	for _, it := range m.waiting {
		if !it.NotBefore.After(now) {
			m.add(it)
			continue
		}
		if next.IsZero() || it.NotBefore.Before(next) {
			next = it.NotBefore
		}
		kept = append(kept, it)
	}
	m.waiting = kept
	if m.ready.Len() == 0 {
		return Item{}, false, next, nil
	}
	return heap.Pop(&m.ready).(seqItem).Item, true, time.Time{}, nil
}

// Retry implements Frontier.
func (m *MemFrontier) Retry(ctx context.Context, it Item) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.waiting = append(m.waiting, it)
	return nil
}

// Complete implements Frontier.
func (m *MemFrontier) Complete(ctx context.Context, url string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen == nil {
		m.seen = map[string]bool{}
	}
	m.seen[url] = true
	return nil
}

// Fail implements Frontier; the memory frontier only remembers the item,
// for Failed.
func (m *MemFrontier) Fail(ctx context.Context, it Item, cause error) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.failed = append(m.failed, it)
	return nil
}

// Failed returns the items given up on, in the order they failed.
func (m *MemFrontier) Failed() []Item {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]Item(nil), m.failed...)
}

// seqItem orders equal items by insertion, so the order is deterministic.
type seqItem struct {
	Item
	seq uint64
}

type itemHeap []seqItem

func (h itemHeap) Len() int { return len(h) }
func (h itemHeap) Less(i, j int) bool {
	if better(&h[i].Item, &h[j].Item) {
		return true
	}
	if better(&h[j].Item, &h[i].Item) {
		return false
	}
	return h[i].seq < h[j].seq
}
func (h itemHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *itemHeap) Push(x any)   { *h = append(*h, x.(seqItem)) }
func (h *itemHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}
