package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"newslink"
)

// Frontier buckets. A URL has one record in frontier and, by its state, one
// key in queue, delayed, leased, failed or (when done with a revisit date)
// revisit.
var (
	bucketFrontier = []byte("frontier") // canonical URL -> frontierRecord as JSON
	bucketQueue    = []byte("queue")    // priority key -> URL
	bucketDelayed  = []byte("delayed")  // not-before time (8 bytes) + sequence -> URL
	bucketLeased   = []byte("leased")   // URL -> ""
	bucketFailed   = []byte("failed")   // URL -> ""
	bucketRevisit  = []byte("revisit")  // revisit time (8 bytes) + URL -> ""
)

// frontierBuckets are created at open with the others.
var frontierBuckets = [][]byte{bucketFrontier, bucketQueue, bucketDelayed, bucketLeased, bucketFailed, bucketRevisit}

// URL states in the frontier.
const (
	stateQueued  = 'q'
	stateDelayed = 'd'
	stateLeased  = 'l'
	stateFailed  = 'f'
	stateDone    = 'c'
)

// frontierRecord is what the frontier keeps of one URL.
type frontierRecord struct {
	State   byte                  `json:"s"`
	Key     []byte                `json:"k,omitempty"` // its key in queue or delayed
	Revisit time.Time             `json:"r,omitzero"`
	Item    newslink.FrontierItem `json:"i"`
}

// popBatch is how many items one Pop transaction leases; the rest wait in
// memory for the next Pops. A killed run leaves them leased, and the next
// run's Begin queues them again.
const popBatch = 32

// Frontier is a crawl frontier kept in the database file, so that a crawl
// killed at any point resumes on the next run without losing work: URLs
// popped and never completed are queued again by Begin. It implements the
// crawler's Frontier interface. Get it from DB.Frontier; it is safe for
// concurrent use and valid until the DB is closed.
type Frontier struct {
	db  *DB
	mu  sync.Mutex
	buf []newslink.FrontierItem // leased, not yet handed out, best first
}

// Frontier returns the database's crawl frontier.
func (db *DB) Frontier() *Frontier { return &Frontier{db: db} }

// queueKey orders the queue: sitemaps and feeds, then the newest, then the
// shallowest, then first come.
func queueKey(it *newslink.FrontierItem, seq uint64) []byte {
	k := make([]byte, 1+8+2+8)
	if it.Kind == newslink.KindPage {
		k[0] = 1
	}
	pub := uint64(math.MaxUint64) // undated last
	if !it.Published.IsZero() {
		pub = math.MaxInt64 - uint64(it.Published.Unix()+(1<<62))
	}
	binary.BigEndian.PutUint64(k[1:], pub)
	binary.BigEndian.PutUint16(k[9:], uint16(min(it.Depth, math.MaxUint16)))
	binary.BigEndian.PutUint64(k[11:], seq)
	return k
}

// timeKey is a big-endian Unix time in nanoseconds, for ordered scans.
func timeKey(t time.Time, suffix []byte) []byte {
	k := make([]byte, 8, 8+len(suffix))
	binary.BigEndian.PutUint64(k, uint64(max(t.UnixNano(), 0)))
	return append(k, suffix...)
}

// ftx is one frontier transaction's buckets.
type ftx struct {
	urls, queue, delayed, leased, failed, revisit *bolt.Bucket
}

func openFtx(tx *bolt.Tx) *ftx {
	return &ftx{tx.Bucket(bucketFrontier), tx.Bucket(bucketQueue), tx.Bucket(bucketDelayed),
		tx.Bucket(bucketLeased), tx.Bucket(bucketFailed), tx.Bucket(bucketRevisit)}
}

func (f *ftx) get(url string) (*frontierRecord, error) {
	v := f.urls.Get([]byte(url))
	if v == nil {
		return nil, nil
	}
	var r frontierRecord
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("decode frontier record %q: %w", url, err)
	}
	return &r, nil
}

func (f *ftx) put(r *frontierRecord) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return f.urls.Put([]byte(r.Item.URL), v)
}

// unlink removes a record's key from the bucket of its present state.
func (f *ftx) unlink(r *frontierRecord) error {
	u := []byte(r.Item.URL)
	switch r.State {
	case stateQueued:
		return f.queue.Delete(r.Key)
	case stateDelayed:
		return f.delayed.Delete(r.Key)
	case stateLeased:
		return f.leased.Delete(u)
	case stateFailed:
		return f.failed.Delete(u)
	case stateDone:
		if !r.Revisit.IsZero() {
			return f.revisit.Delete(timeKey(r.Revisit, u))
		}
	}
	return nil
}

// enqueue puts a record in the queue, or in delayed when it.NotBefore is
// in the future of now.
func (f *ftx) enqueue(r *frontierRecord, now time.Time) error {
	seq, err := f.queue.NextSequence()
	if err != nil {
		return err
	}
	r.Revisit = time.Time{}
	if r.Item.NotBefore.After(now) {
		r.State, r.Key = stateDelayed, timeKey(r.Item.NotBefore, binary.BigEndian.AppendUint64(nil, seq))
		err = f.delayed.Put(r.Key, []byte(r.Item.URL))
	} else {
		r.Item.NotBefore = time.Time{}
		r.State, r.Key = stateQueued, queueKey(&r.Item, seq)
		err = f.queue.Put(r.Key, []byte(r.Item.URL))
	}
	if err != nil {
		return err
	}
	return f.put(r)
}

// update runs fn in a write transaction, coalesced with concurrent callers
// (bbolt's Batch), so that many workers share one disk sync.
func (fr *Frontier) update(ctx context.Context, op string, fn func(*ftx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: frontier %s: %w", op, err)
	}
	err := fr.db.bolt.Batch(func(tx *bolt.Tx) error { return fn(openFtx(tx)) })
	if err != nil {
		return fmt.Errorf("store: frontier %s: %w", op, err)
	}
	return nil
}

// Begin queues again the URLs a killed run left leased, the URLs that
// failed, and the done URLs whose revisit time has come. It drops the
// in-memory batch of a previous run on the same Frontier.
func (fr *Frontier) Begin(ctx context.Context, now time.Time) (int, error) {
	fr.mu.Lock()
	fr.buf = nil
	fr.mu.Unlock()
	n := 0
	err := fr.update(ctx, "begin", func(f *ftx) error {
		n = 0
		var urls [][]byte
		for _, b := range []*bolt.Bucket{f.leased, f.failed} {
			c := b.Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				urls = append(urls, bytes.Clone(k))
			}
		}
		c := f.revisit.Cursor()
		end := timeKey(now, nil)
		for k, _ := c.First(); k != nil && bytes.Compare(k[:8], end) <= 0; k, _ = c.Next() {
			urls = append(urls, bytes.Clone(k[8:]))
		}
		for _, u := range urls {
			r, err := f.get(string(u))
			if err != nil {
				return err
			}
			if r == nil {
				continue
			}
			if err := f.unlink(r); err != nil {
				return err
			}
			r.Item.Attempts, r.Item.NotBefore = 0, time.Time{}
			if err := f.enqueue(r, now); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// Push queues the items whose URLs the frontier has never seen.
func (fr *Frontier) Push(ctx context.Context, items ...newslink.FrontierItem) (int, error) {
	n := 0
	err := fr.update(ctx, "push", func(f *ftx) error {
		n = 0
		for i := range items {
			if f.urls.Get([]byte(items[i].URL)) != nil {
				continue
			}
			if err := f.enqueue(&frontierRecord{Item: items[i]}, time.Time{}); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// Pop returns the best item ready at now, leasing a batch of them at a
// time.
func (fr *Frontier) Pop(ctx context.Context, now time.Time) (newslink.FrontierItem, bool, time.Time, error) {
	fr.mu.Lock()
	defer fr.mu.Unlock()
	if len(fr.buf) == 0 {
		var next time.Time
		err := fr.db.bolt.Update(func(tx *bolt.Tx) error {
			f := openFtx(tx)
			if err := fr.promote(f, now); err != nil {
				return err
			}
			c := f.queue.Cursor()
			var keys [][]byte
			for k, v := c.First(); k != nil && len(keys) < popBatch; k, v = c.Next() {
				r, err := f.get(string(v))
				if err != nil {
					return err
				}
				keys = append(keys, bytes.Clone(k))
				if r == nil {
					continue
				}
				r.State, r.Key = stateLeased, nil
				if err := f.put(r); err != nil {
					return err
				}
				if err := f.leased.Put([]byte(r.Item.URL), nil); err != nil {
					return err
				}
				fr.buf = append(fr.buf, r.Item)
			}
			for _, k := range keys {
				if err := f.queue.Delete(k); err != nil {
					return err
				}
			}
			if k, _ := f.delayed.Cursor().First(); k != nil {
				next = time.Unix(0, int64(binary.BigEndian.Uint64(k[:8])))
			}
			return nil
		})
		if err != nil {
			return newslink.FrontierItem{}, false, time.Time{}, fmt.Errorf("store: frontier pop: %w", err)
		}
		if len(fr.buf) == 0 {
			return newslink.FrontierItem{}, false, next, nil
		}
	}
	it := fr.buf[0]
	fr.buf = fr.buf[1:]
	return it, true, time.Time{}, nil
}

// promote moves the delayed items that are due into the queue.
func (fr *Frontier) promote(f *ftx, now time.Time) error {
	c := f.delayed.Cursor()
	end := timeKey(now, nil)
	var due []string
	for k, v := c.First(); k != nil && bytes.Compare(k[:8], end) <= 0; k, v = c.Next() {
		due = append(due, string(v))
	}
	for _, u := range due {
		r, err := f.get(u)
		if err != nil {
			return err
		}
		if r == nil || r.State != stateDelayed {
			continue
		}
		if err := f.unlink(r); err != nil {
			return err
		}
		r.Item.NotBefore = time.Time{}
		if err := f.enqueue(r, now); err != nil {
			return err
		}
	}
	return nil
}

// Retry queues an item again from it.NotBefore, whatever its state, unless
// it is queued already.
func (fr *Frontier) Retry(ctx context.Context, it newslink.FrontierItem) error {
	return fr.update(ctx, "retry", func(f *ftx) error {
		r, err := f.get(it.URL)
		if err != nil {
			return err
		}
		if r != nil {
			if r.State == stateQueued || r.State == stateDelayed {
				return nil
			}
			if err := f.unlink(r); err != nil {
				return err
			}
			// Keep the validators of the last fetch for a conditional GET.
			if it.ETag == "" && it.LastModified == "" {
				it.ETag, it.LastModified = r.Item.ETag, r.Item.LastModified
			}
		}
		return f.enqueue(&frontierRecord{Item: it}, time.Time{})
	})
}

// Complete marks it.URL done, keeping its validators, until revisit (zero:
// never).
func (fr *Frontier) Complete(ctx context.Context, it newslink.FrontierItem, revisit time.Time) error {
	return fr.update(ctx, "complete", func(f *ftx) error {
		r, err := f.get(it.URL)
		if err != nil {
			return err
		}
		if r != nil {
			if err := f.unlink(r); err != nil {
				return err
			}
		}
		it.Attempts, it.NotBefore = 0, time.Time{}
		nr := &frontierRecord{State: stateDone, Revisit: revisit, Item: it}
		if !revisit.IsZero() {
			if err := f.revisit.Put(timeKey(revisit, []byte(it.URL)), nil); err != nil {
				return err
			}
		}
		return f.put(nr)
	})
}

// Fail gives up on an item for this run; the next Begin queues it again.
func (fr *Frontier) Fail(ctx context.Context, it newslink.FrontierItem, cause error) error {
	return fr.update(ctx, "fail", func(f *ftx) error {
		r, err := f.get(it.URL)
		if err != nil {
			return err
		}
		if r != nil {
			if err := f.unlink(r); err != nil {
				return err
			}
		}
		if err := f.failed.Put([]byte(it.URL), nil); err != nil {
			return err
		}
		return f.put(&frontierRecord{State: stateFailed, Item: it})
	})
}

// FrontierStats counts the frontier's URLs by state.
type FrontierStats struct {
	Queued  int `json:"queued"`  // ready or waiting for a retry time
	Leased  int `json:"leased"`  // handed to a crawl that has not finished them
	Failed  int `json:"failed"`  // given up on in a run; queued again by the next
	Revisit int `json:"revisit"` // done, with a revisit date
	Seen    int `json:"seen"`    // every URL the frontier knows
}

// Stats counts the frontier's URLs by state.
func (fr *Frontier) Stats(ctx context.Context) (FrontierStats, error) {
	var s FrontierStats
	err := fr.db.bolt.View(func(tx *bolt.Tx) error {
		f := openFtx(tx)
		s = FrontierStats{
			Queued: f.queue.Stats().KeyN + f.delayed.Stats().KeyN, Leased: f.leased.Stats().KeyN,
			Failed: f.failed.Stats().KeyN, Revisit: f.revisit.Stats().KeyN, Seen: f.urls.Stats().KeyN,
		}
		return nil
	})
	return s, err
}
