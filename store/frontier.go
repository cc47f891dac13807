package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"newslink"
)

// Frontier buckets. A URL has a small record in frontier, its seen-set, and
// its item (URL, validators, ...) in the bucket of its state.
var (
	bucketFrontier = []byte("frontier") // URL key (see urlKey) -> state byte + its key in the state's bucket
	bucketQueue    = []byte("queue")    // priority key -> item: ready to fetch, best first
	bucketDelayed  = []byte("delayed")  // not-before time (8 bytes) + sequence -> item
	bucketLeased   = []byte("leased")   // URL key -> item
	bucketFailed   = []byte("failed")   // URL key -> item
	bucketRevisit  = []byte("revisit")  // revisit time (8 bytes) + URL key -> item
)

// frontierBuckets are created at open with the others.
var frontierBuckets = [][]byte{bucketFrontier, bucketQueue, bucketDelayed, bucketLeased, bucketFailed, bucketRevisit}

// URL states in the frontier.
const (
	stateQueued  = 'q'
	stateDelayed = 'd'
	stateLeased  = 'l'
	stateFailed  = 'f'
	stateDone    = 'c' // with a key into revisit, or none: never again
)

// urlKey is the frontier's key of a URL: 8 bytes of its SHA-256, so that
// the seen-set costs the same for every URL however long. Two URLs share a
// key with a chance of about n²/2^65 among n URLs (one in 37 million at a
// million URLs, one in 3,700 at a hundred million), and then the second
// is taken as seen: a cost a crawler bears as it bears a Bloom filter's.
func urlKey(url string) []byte {
	h := sha256.Sum256([]byte(url))
	return h[:8]
}

// The items are encoded by hand, compactly: bbolt maps the file, so at a
// million URLs the frontier's size is its memory footprint.
func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendTime(b []byte, t time.Time, unit time.Duration) []byte {
	if t.IsZero() {
		return binary.AppendVarint(b, 0)
	}
	return binary.AppendVarint(b, t.UnixNano()/int64(unit)+1) // +1: zero means the zero time
}

func encodeItem(it *newslink.FrontierItem) []byte {
	b := make([]byte, 0, 24+len(it.URL)+len(it.ETag)+len(it.LastModified))
	flags := byte(it.Kind)
	if it.Article {
		flags |= 0x80
	}
	b = append(b, flags)
	b = appendString(b, it.URL)
	b = binary.AppendUvarint(b, uint64(max(it.Depth, 0)))
	b = appendTime(b, it.Published, time.Second)
	b = binary.AppendUvarint(b, uint64(max(it.Attempts, 0)))
	b = binary.AppendUvarint(b, uint64(max(it.Redirects, 0)))
	b = appendTime(b, it.NotBefore, time.Millisecond)
	b = appendString(b, it.ETag)
	b = appendString(b, it.LastModified)
	// Fields added later go at the end, so that items written before
	// them still decode (without them) and need no migration.
	fetch := it.Fetch
	if fetch == it.URL {
		fetch = ""
	}
	if fetch == "" && it.Seen.IsZero() {
		return b
	}
	b = appendString(b, fetch)
	return appendTime(b, it.Seen, time.Second)
}

// itemReader decodes what encodeItem wrote, remembering the first error.
type itemReader struct {
	b   []byte
	err error
}

var errTruncated = errors.New("truncated frontier item")

func (d *itemReader) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errTruncated
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *itemReader) string() string {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		d.err = errTruncated
		return ""
	}
	v := string(d.b[:n])
	d.b = d.b[n:]
	return v
}

func (d *itemReader) time(unit time.Duration) time.Time {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errTruncated
		return time.Time{}
	}
	d.b = d.b[n:]
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(0, (v-1)*int64(unit)).UTC()
}

func decodeItem(v []byte) (newslink.FrontierItem, error) {
	var it newslink.FrontierItem
	if len(v) < 1 {
		return it, errTruncated
	}
	it.Kind, it.Article = newslink.URLKind(v[0]&0x7f), v[0]&0x80 != 0
	d := &itemReader{b: v[1:]}
	it.URL = d.string()
	it.Depth = int(d.uvarint())
	it.Published = d.time(time.Second)
	it.Attempts = int(d.uvarint())
	it.Redirects = int(d.uvarint())
	it.NotBefore = d.time(time.Millisecond)
	it.ETag = d.string()
	it.LastModified = d.string()
	if d.err == nil && len(d.b) > 0 {
		it.Fetch = d.string()
		it.Seen = d.time(time.Second)
	}
	return it, d.err
}

// queueKey orders the queue: sitemaps and feeds first, then by
// publication day, newest first (undated last), then first come. Most
// links are undated, so the queue grows at one end and only its ends are
// touched; ordering by the second would scatter writes across the file.
func queueKey(it *newslink.FrontierItem, seq uint64) []byte {
	k := make([]byte, 1+4+8)
	if it.Kind == newslink.KindPage {
		k[0] = 1
	}
	day := uint32(math.MaxUint32)
	if !it.Published.IsZero() {
		d := it.Published.Unix()/86400 + 1<<20 // days since 1970, kept positive for the centuries before
		day = math.MaxUint32 - uint32(min(max(d, 0), math.MaxUint32-1))
	}
	binary.BigEndian.PutUint32(k[1:], day)
	binary.BigEndian.PutUint64(k[5:], seq)
	return k
}

// timeKey is a big-endian Unix time in nanoseconds, for ordered scans.
func timeKey(t time.Time, suffix []byte) []byte {
	k := make([]byte, 8, 8+len(suffix))
	binary.BigEndian.PutUint64(k, uint64(max(t.UnixNano(), 0)))
	return append(k, suffix...)
}

// popBatch is how many items one Pop transaction leases; the rest wait in
// memory for the next Pops. A killed run leaves them leased, and the next
// run's Begin queues them again.
const popBatch = 32

// Frontier is a crawl frontier kept in the database file, so that a crawl
// killed at any point resumes on the next run without losing work: URLs
// popped and never completed are queued again by Begin. It implements the
// crawler's Frontier interface, ordering by publication day rather than
// instant. Get it from DB.Frontier; it is safe for concurrent use and
// valid until the DB is closed.
type Frontier struct {
	db  *DB
	mu  sync.Mutex
	buf []newslink.FrontierItem // leased, not yet handed out, best first
}

// Frontier returns the database's crawl frontier.
func (db *DB) Frontier() *Frontier { return &Frontier{db: db} }

// ftx is one frontier transaction's buckets.
type ftx struct {
	tx                                            *bolt.Tx
	seen, queue, delayed, leased, failed, revisit *bolt.Bucket
}

func openFtx(tx *bolt.Tx) *ftx {
	f := &ftx{tx, tx.Bucket(bucketFrontier), tx.Bucket(bucketQueue), tx.Bucket(bucketDelayed),
		tx.Bucket(bucketLeased), tx.Bucket(bucketFailed), tx.Bucket(bucketRevisit)}
	f.queue.FillPercent = 0.95 // appended at its ends
	return f
}

// entry is where the frontier has a URL: its state and its key in the
// state's bucket.
type entry struct {
	state byte
	key   []byte
}

func (f *ftx) lookup(uk []byte) (entry, bool) {
	v := f.seen.Get(uk)
	if len(v) == 0 {
		return entry{}, false
	}
	return entry{state: v[0], key: bytes.Clone(v[1:])}, true
}

func (f *ftx) setEntry(uk []byte, e entry) error {
	return f.seen.Put(uk, append([]byte{e.state}, e.key...))
}

// bucketOf returns the bucket and key holding the item of an entry, or nil
// when none does (done, never to be revisited).
func (f *ftx) bucketOf(uk []byte, e entry) (*bolt.Bucket, []byte) {
	switch e.state {
	case stateQueued:
		return f.queue, e.key
	case stateDelayed:
		return f.delayed, e.key
	case stateLeased:
		return f.leased, uk
	case stateFailed:
		return f.failed, uk
	case stateDone:
		if len(e.key) > 0 {
			return f.revisit, e.key
		}
	}
	return nil, nil
}

// take removes a URL's item from the bucket of its state and returns it
// (ok is false when no item was kept).
func (f *ftx) take(uk []byte, e entry) (newslink.FrontierItem, bool, error) {
	b, k := f.bucketOf(uk, e)
	if b == nil {
		return newslink.FrontierItem{}, false, nil
	}
	v := b.Get(k)
	if v == nil {
		return newslink.FrontierItem{}, false, nil
	}
	it, err := decodeItem(v)
	if err != nil {
		return it, false, fmt.Errorf("frontier item %x: %w", uk, err)
	}
	return it, true, b.Delete(k)
}

// enqueue puts an item in the queue, or in delayed when its NotBefore is
// after now.
func (f *ftx) enqueue(it newslink.FrontierItem, now time.Time) error {
	seq, err := f.queue.NextSequence()
	if err != nil {
		return err
	}
	uk := urlKey(it.URL)
	var e entry
	if it.NotBefore.After(now) {
		e = entry{stateDelayed, timeKey(it.NotBefore, binary.BigEndian.AppendUint64(nil, seq))}
		err = f.delayed.Put(e.key, encodeItem(&it))
	} else {
		it.NotBefore = time.Time{}
		e = entry{stateQueued, queueKey(&it, seq)}
		err = f.queue.Put(e.key, encodeItem(&it))
	}
	if err != nil {
		return err
	}
	return f.setEntry(uk, e)
}

// update runs fn in a write transaction, coalesced with concurrent callers
// (group commit), so that many workers share one disk sync.
func (fr *Frontier) update(ctx context.Context, op string, fn func(*ftx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: frontier %s: %w", op, err)
	}
	err := fr.db.writes.update(fr.db.bolt, func(tx *bolt.Tx) error { return fn(openFtx(tx)) })
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
		var items [][]byte
		var keys []struct {
			b *bolt.Bucket
			k []byte
		}
		collect := func(b *bolt.Bucket, k, v []byte) {
			items = append(items, bytes.Clone(v))
			keys = append(keys, struct {
				b *bolt.Bucket
				k []byte
			}{b, bytes.Clone(k)})
		}
		for _, b := range []*bolt.Bucket{f.leased, f.failed} {
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				collect(b, k, v)
			}
		}
		c := f.revisit.Cursor()
		end := timeKey(now, nil)
		for k, v := c.First(); k != nil && bytes.Compare(k[:8], end) <= 0; k, v = c.Next() {
			collect(f.revisit, k, v)
		}
		for i, v := range items {
			if err := keys[i].b.Delete(keys[i].k); err != nil {
				return err
			}
			it, err := decodeItem(v)
			if err != nil {
				return err
			}
			it.Attempts, it.NotBefore = 0, time.Time{}
			if err := f.enqueue(it, now); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// pushChunk bounds the items one Push transaction writes, so that a
// sitemap of 50,000 URLs does not hold them all in one transaction.
const pushChunk = 2000

// Push queues the items whose URLs the frontier has never seen.
func (fr *Frontier) Push(ctx context.Context, items ...newslink.FrontierItem) (int, error) {
	total := 0
	for len(items) > 0 {
		chunk := items[:min(len(items), pushChunk)]
		items = items[len(chunk):]
		n := 0
		err := fr.update(ctx, "push", func(f *ftx) error {
			var err error
			n, err = f.push(chunk)
			return err
		})
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// push queues the items whose URLs the frontier has never seen and
// returns how many it queued.
func (f *ftx) push(items []newslink.FrontierItem) (int, error) {
	n := 0
	for i := range items {
		if f.seen.Get(urlKey(items[i].URL)) != nil {
			continue
		}
		if err := f.enqueue(items[i], time.Time{}); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Pop returns the best item ready at now, leasing a batch of them at a
// time.
func (fr *Frontier) Pop(ctx context.Context, now time.Time) (newslink.FrontierItem, bool, time.Time, error) {
	fr.mu.Lock()
	defer fr.mu.Unlock()
	if len(fr.buf) == 0 {
		var next time.Time
		err := fr.db.bolt.Update(func(tx *bolt.Tx) error {
			fr.buf = fr.buf[:0]
			f := openFtx(tx)
			if err := fr.promote(f, now); err != nil {
				return err
			}
			c := f.queue.Cursor()
			var keys [][]byte
			for k, v := c.First(); k != nil && len(keys) < popBatch; k, v = c.Next() {
				it, err := decodeItem(v)
				if err != nil {
					return err
				}
				uk := urlKey(it.URL)
				if err := f.leased.Put(uk, v); err != nil {
					return err
				}
				if err := f.setEntry(uk, entry{state: stateLeased}); err != nil {
					return err
				}
				keys = append(keys, bytes.Clone(k))
				fr.buf = append(fr.buf, it)
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
			fr.buf = nil
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
	var keys, vals [][]byte
	for k, v := c.First(); k != nil && bytes.Compare(k[:8], end) <= 0; k, v = c.Next() {
		keys, vals = append(keys, bytes.Clone(k)), append(vals, bytes.Clone(v))
	}
	for i, k := range keys {
		if err := f.delayed.Delete(k); err != nil {
			return err
		}
		it, err := decodeItem(vals[i])
		if err != nil {
			return err
		}
		it.NotBefore = time.Time{}
		if err := f.enqueue(it, now); err != nil {
			return err
		}
	}
	return nil
}

// Retry queues an item again from it.NotBefore, whatever its state, unless
// it is queued already. It keeps the validators of the last fetch when it
// has none, for a conditional GET.
func (fr *Frontier) Retry(ctx context.Context, it newslink.FrontierItem) error {
	return fr.update(ctx, "retry", func(f *ftx) error {
		uk := urlKey(it.URL)
		if e, ok := f.lookup(uk); ok {
			if e.state == stateQueued || e.state == stateDelayed {
				return nil
			}
			old, had, err := f.take(uk, e)
			if err != nil {
				return err
			}
			if had && it.ETag == "" && it.LastModified == "" {
				it.ETag, it.LastModified = old.ETag, old.LastModified
			}
		}
		return f.enqueue(it, time.Time{})
	})
}

// Complete marks it.URL done, keeping its validators, until revisit (zero:
// never, and then only the URL's key is kept).
func (fr *Frontier) Complete(ctx context.Context, it newslink.FrontierItem, revisit time.Time) error {
	return fr.update(ctx, "complete", func(f *ftx) error { return f.complete(it, revisit) })
}

// complete marks it.URL done, to be queued again at revisit (zero: never).
func (f *ftx) complete(it newslink.FrontierItem, revisit time.Time) error {
	uk := urlKey(it.URL)
	if e, ok := f.lookup(uk); ok {
		if _, _, err := f.take(uk, e); err != nil {
			return err
		}
	}
	e := entry{state: stateDone}
	if !revisit.IsZero() {
		it.Attempts, it.NotBefore = 0, time.Time{}
		e.key = timeKey(revisit, uk)
		if err := f.revisit.Put(e.key, encodeItem(&it)); err != nil {
			return err
		}
	}
	return f.setEntry(uk, e)
}

// Shares reports whether sink is the database this frontier lives in, so
// that CommitPage may store articles for it.
func (fr *Frontier) Shares(sink any) bool {
	db, ok := sink.(*DB)
	return ok && db == fr.db
}

// CommitPage stores what a crawled page gave in one transaction: it queues
// the links never seen (Push), stores the article unless a is nil
// (DB.PutArticle, setting a.ID), and completes it (Complete). A crawl
// worker so pays one commit per page instead of three. It returns how
// many links it queued and what happened to the article.
func (fr *Frontier) CommitPage(ctx context.Context, it newslink.FrontierItem, revisit time.Time,
	links []newslink.FrontierItem, a *newslink.Article) (int, newslink.Change, error) {
	if a != nil && a.URL == "" {
		return 0, newslink.Unchanged, errNoURL
	}
	var n int
	var change newslink.Change
	var id uint64
	err := fr.update(ctx, "commit page", func(f *ftx) error {
		var err error
		if n, err = f.push(links); err != nil {
			return err
		}
		if a != nil {
			if change, id, err = put(f.tx, a, putOpts{}); err != nil {
				return fmt.Errorf("put article %q: %w", a.URL, err)
			}
		}
		return f.complete(it, revisit)
	})
	if err != nil {
		return 0, newslink.Unchanged, err
	}
	if a != nil {
		a.ID = id
	}
	return n, change, nil
}

// Fail gives up on an item for this run; the next Begin queues it again.
func (fr *Frontier) Fail(ctx context.Context, it newslink.FrontierItem, cause error) error {
	return fr.update(ctx, "fail", func(f *ftx) error {
		uk := urlKey(it.URL)
		if e, ok := f.lookup(uk); ok {
			if _, _, err := f.take(uk, e); err != nil {
				return err
			}
		}
		if err := f.failed.Put(uk, encodeItem(&it)); err != nil {
			return err
		}
		return f.setEntry(uk, entry{state: stateFailed})
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
			Failed: f.failed.Stats().KeyN, Revisit: f.revisit.Stats().KeyN, Seen: f.seen.Stats().KeyN,
		}
		return nil
	})
	return s, err
}
