package store

import (
	"sync"

	bolt "go.etcd.io/bbolt"
)

// group coalesces concurrent write transactions (group commit): a caller
// that finds no commit running commits at once, with whatever else is
// queued; callers that arrive meanwhile queue, and the first of them
// leads the next commit. Under load many writers share one transaction
// and one disk sync, as with bbolt's Batch, but nobody waits for company:
// Batch holds every transaction for up to MaxBatchDelay, which bounds a
// crawl worker's writes per second however idle the disk.
type group struct {
	mu      sync.Mutex
	queue   []*call
	leading bool
}

// call is one caller's transaction function and its result.
type call struct {
	fn   func(*bolt.Tx) error
	err  error
	done chan bool // true: fn ran and err is its result; false: lead the next commit
}

// update runs fn in a write transaction shared with concurrent callers.
// As with bbolt's Batch, fn may run more than once (when a transaction
// fails, each function of it runs again alone), so it must only set
// what it returns.
func (g *group) update(db *bolt.DB, fn func(*bolt.Tx) error) error {
	c := &call{fn: fn, done: make(chan bool, 1)}
	g.mu.Lock()
	g.queue = append(g.queue, c)
	if g.leading {
		g.mu.Unlock()
		if <-c.done {
			return c.err
		}
		g.mu.Lock() // handed the lead; c is still queued
	}
	g.leading = true
	calls := g.queue
	g.queue = nil
	g.mu.Unlock()

	commit(db, calls)

	g.mu.Lock()
	if len(g.queue) > 0 {
		next := g.queue[0]
		g.mu.Unlock()
		next.done <- false
	} else {
		g.leading = false
		g.mu.Unlock()
	}
	return c.err
}

// commit runs calls in one transaction or, if that fails, each alone, and
// tells each caller its result.
func commit(db *bolt.DB, calls []*call) {
	err := db.Update(func(tx *bolt.Tx) error {
		for _, c := range calls {
			if err := c.fn(tx); err != nil {
				return err
			}
		}
		return nil
	})
	for _, c := range calls {
		if err != nil && len(calls) > 1 {
			c.err = db.Update(c.fn)
		} else {
			c.err = err
		}
		c.done <- true
	}
}
