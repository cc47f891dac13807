package crawler

import (
	"container/heap"
	"context"
	"newslink"
	"sync"
	"time"
)

// Item is one queued URL; see newslink.FrontierItem.
type Item = newslink.FrontierItem

// The kinds of queued URL, as in package newslink.
const (
	KindPage    = newslink.KindPage
	KindSitemap = newslink.KindSitemap
	KindFeed    = newslink.KindFeed
)

// Frontier is the queue of URLs to fetch and the record of URLs already
// seen. Implementations must be safe for concurrent use. A persistent one
// (store.DB's, or Redis's) keeps everything across runs and crashes: an
// item popped and never completed by a killed run is queued again by the
// next run's Begin.
type Frontier interface {
	// Begin prepares a run at now: it queues again the items of a run that
	// died before completing them, the items that failed, and the
	// completed URLs due for a revisit. It returns how many it queued.
	Begin(ctx context.Context, now time.Time) (int, error)
	// Push queues the items whose URLs the frontier has never seen, and
	// returns how many it queued.
	Push(ctx context.Context, items ...Item) (int, error)
	// Pop removes and returns the best item ready at now (see
	// newslink.FrontierItem.Better). When none is ready, ok is false and
	// next is when one will be (zero if the queue is empty).
	Pop(ctx context.Context, now time.Time) (it Item, ok bool, next time.Time, err error)
	// Retry queues an item again, seen or not, to be fetched from
	// it.NotBefore: a failed fetch, or a seed read on every run.
	Retry(ctx context.Context, it Item) error
	// Complete marks it.URL done, keeping its validators, until revisit
	// (zero: never) when Begin queues it again. It may be called for a URL
	// that was never pushed (the source of a redirect), which Push then
	// ignores.
	Complete(ctx context.Context, it Item, revisit time.Time) error
	// Fail gives up on a popped item for this run; the next run's Begin
	// queues it again.
	Fail(ctx context.Context, it Item, cause error) error
}

// MemFrontier is a Frontier held in memory, for one run: Begin does
// nothing, and revisits are never due. The zero value is an empty frontier
// ready for use.
type MemFrontier struct {
	mu      sync.Mutex
	seen    map[string]bool
	queued  map[string]bool // in ready or waiting
	ready   itemHeap
	waiting []Item // items with a NotBefore in the future
	seq     uint64
	failed  []Item
}

var _ Frontier = (*MemFrontier)(nil)

// Begin implements Frontier.
func (m *MemFrontier) Begin(ctx context.Context, now time.Time) (int, error) { return 0, nil }

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
	if m.queued == nil {
		m.queued = map[string]bool{}
	}
	m.queued[it.URL] = true
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
	it := heap.Pop(&m.ready).(seqItem).Item
	delete(m.queued, it.URL)
	return it, true, time.Time{}, nil
}

// Retry implements Frontier.
func (m *MemFrontier) Retry(ctx context.Context, it Item) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen == nil {
		m.seen = map[string]bool{}
	}
	if m.queued[it.URL] {
		return nil
	}
	m.seen[it.URL] = true
	if m.queued == nil {
		m.queued = map[string]bool{}
	}
	m.queued[it.URL] = true
	m.waiting = append(m.waiting, it)
	return nil
}

// Complete implements Frontier.
func (m *MemFrontier) Complete(ctx context.Context, it Item, revisit time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen == nil {
		m.seen = map[string]bool{}
	}
	m.seen[it.URL] = true
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
	if h[i].Better(&h[j].Item) {
		return true
	}
	if h[j].Better(&h[i].Item) {
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
