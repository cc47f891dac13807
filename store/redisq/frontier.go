package redisq

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"newslink"
)

// Item is one queued URL; see newslink.FrontierItem.
type Item = newslink.FrontierItem

// beginLimit is how many URLs one step of Begin, and one Pop, move at most.
const beginLimit = 1000

// fingerprintLen is how many bytes of a URL's SHA-256 stand for it in
// Redis: 12 fill the smallest allocation of a Redis string, and two of
// a billion URLs share them with a chance under 10^-10.
const fingerprintLen = 12

// fingerprint returns the key of a canonical URL in the seen-set and the
// sorted sets: shorter than the URL, which is kept once, in the item.
func fingerprint(url string) string {
	h := sha256.Sum256([]byte(url))
	return string(h[:fingerprintLen])
}

// record is the stored form of an item. Short names keep Redis small.
type record struct {
	URL          string    `json:"u"`
	Score        string    `json:"s"` // priority, see score
	Depth        int       `json:"d,omitempty"`
	Kind         int       `json:"k,omitempty"`
	Published    time.Time `json:"p,omitzero"`
	Attempts     int       `json:"a,omitempty"`
	Redirects    int       `json:"r,omitempty"`
	NotBefore    time.Time `json:"n,omitzero"`
	ETag         string    `json:"e,omitempty"`
	LastModified string    `json:"m,omitempty"`
	Completed    int64     `json:"c,omitempty"` // unix ms, for done URLs
	Fetch        string    `json:"f,omitempty"` // the URL as found, when it is not URL
	Seen         time.Time `json:"t,omitzero"`
}

// Bits of a priority score: lower scores are popped first.
const (
	depthBits = 8
	pubBits   = 40
	pubMax    = 1<<pubBits - 1
)

// score returns an item's priority as a sorted-set score that orders items
// as newslink.FrontierItem.Better does: pages after sitemaps and feeds,
// then newest first (to the second), then shallowest first. It stays
// below 2^49, so a float64 holds it exactly.
func score(it *Item) int64 {
	var kind int64
	if it.Kind == newslink.KindPage {
		kind = 1
	}
	var pub int64
	if !it.Published.IsZero() {
		pub = min(max(it.Published.Unix(), 1), pubMax)
	}
	depth := int64(min(max(it.Depth, 0), 1<<depthBits-1))
	return kind<<(pubBits+depthBits) | (pubMax-pub)<<depthBits | depth
}

// encode returns the stored form of it; completed is set for done URLs.
func encode(it *Item, completed time.Time) string {
	r := record{
		URL: it.URL, Score: strconv.FormatInt(score(it), 10), Depth: it.Depth, Kind: int(it.Kind), Published: it.Published,
		Attempts: it.Attempts, Redirects: it.Redirects, NotBefore: it.NotBefore,
		ETag: it.ETag, LastModified: it.LastModified, Completed: ms(completed), Seen: it.Seen,
	}
	if it.Fetch != it.URL {
		r.Fetch = it.Fetch
	}
	b, _ := json.Marshal(r) // cannot fail: strings, numbers and times
	return string(b)
}

// decode reads a stored item.
func decode(v string) (Item, error) {
	var r record
	if err := json.Unmarshal([]byte(v), &r); err != nil || r.URL == "" {
		return Item{}, fmt.Errorf("%w: item %.60q", ErrCorrupt, v)
	}
	it := Item{URL: r.URL}
	it.Depth, it.Kind, it.Published = r.Depth, newslink.URLKind(r.Kind), r.Published
	it.Attempts, it.Redirects, it.NotBefore = r.Attempts, r.Redirects, r.NotBefore
	it.ETag, it.LastModified = r.ETag, r.LastModified
	it.Fetch, it.Seen = r.Fetch, r.Seen
	return it, nil
}

// Begin implements the crawler's Frontier. When nothing is queued and no
// lease is live it starts a new run: it queues the URLs of expired leases,
// the failed URLs and the done URLs due for a revisit, with their attempts
// reset. Otherwise the worker joins the current run and Begin queues only
// the URLs of expired leases (of workers that died). It returns how many
// it queued.
func (q *Queue) Begin(ctx context.Context, now time.Time) (int, error) {
	mode, total := "decide", 0
	for {
		res, err := scriptBegin.Run(ctx, q.rdb, q.keys, ms(now), beginLimit, mode).Slice()
		if err != nil {
			return total, fmt.Errorf("redisq: begin: %w", err)
		}
		if len(res) != 3 {
			return total, fmt.Errorf("redisq: begin: %w: reply %v", ErrCorrupt, res)
		}
		n, _ := toInt(res[0])
		more, _ := toInt(res[2])
		total += int(n)
		mode, _ = res[1].(string)
		if more == 0 {
			return total, nil
		}
	}
}

// Push implements the crawler's Frontier. It buffers the items whose URLs
// this process has not pushed before and returns how many; the buffer
// goes to Redis with the process's next Pop, Complete, Retry or Fail,
// where the URLs already in the seen-set are dropped. So the count is an
// upper bound of the URLs new to the crawl.
func (q *Queue) Push(ctx context.Context, items ...Item) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	n := 0
	for i := range items {
		it := &items[i]
		if _, ok := q.local[it.URL]; ok {
			continue
		}
		if len(q.local) >= maxLocal {
			clear(q.local)
		}
		q.local[it.URL] = struct{}{}
		q.buf.pushes = append(q.buf.pushes, pushArg{
			key: fingerprint(it.URL), value: encode(it, time.Time{}), score: strconv.FormatInt(score(it), 10), notBefore: ms(it.NotBefore),
		})
		n++
	}
	return n, nil
}

// Pop implements the crawler's Frontier: it claims the best ready item
// with a lease that expires after Options.Lease, first taking back the
// URLs of expired leases and the delayed URLs now due. When none is ready,
// next is the earliest NotBefore of a delayed URL or, while leases are
// out (other workers may still queue links), now plus Options.Poll,
// doubled after each such answer up to eight times Options.Poll until this
// process claims or finishes a URL; it is zero only when nothing is queued
// and no lease is out. Until next, Pop answers from memory, unless this
// process has links to push.
func (q *Queue) Pop(ctx context.Context, now time.Time) (Item, bool, time.Time, error) {
	q.mu.Lock()
	if q.buf.empty() && now.Before(q.idleTill) {
		next := q.idleNext
		q.mu.Unlock()
		return Item{}, false, next, nil
	}
	b := q.take()
	q.mu.Unlock()
	res, err := scriptPop.Run(ctx, q.rdb, q.keys, q.args(b, now, ms(now.Add(q.lease)), beginLimit)...).Slice()
	if err != nil {
		q.restore(b)
		return Item{}, false, time.Time{}, fmt.Errorf("redisq: pop: %w", err)
	}
	if len(res) < 2 {
		return Item{}, false, time.Time{}, fmt.Errorf("redisq: pop: %w: reply %v", ErrCorrupt, res)
	}
	if k, _ := res[0].(string); k != "" {
		v, _ := res[1].(string)
		it, err := decode(v)
		if err != nil {
			return Item{}, false, time.Time{}, fmt.Errorf("redisq: pop: %w", err)
		}
		q.mu.Lock()
		q.leased[it.URL] = struct{}{}
		q.idleTill, q.idleRun = time.Time{}, 0
		q.mu.Unlock()
		return it, true, time.Time{}, nil
	}
	delayed, err := toInt(res[1])
	if err != nil {
		return Item{}, false, time.Time{}, fmt.Errorf("redisq: pop: %w", err)
	}
	var leases int64
	if len(res) > 2 {
		leases, _ = toInt(res[2])
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	// Asking again costs a round trip: the longer nothing comes, the
	// less often this process asks, up to 8 polls apart.
	poll := q.poll << min(q.idleRun, 3)
	next := fromMS(delayed)
	if leases > 0 && (next.IsZero() || next.After(now.Add(poll))) {
		next = now.Add(poll)
		q.idleRun++
	}
	if !next.IsZero() {
		q.idleTill, q.idleNext = next, next
	}
	return Item{}, false, next, nil
}

// finish records that this process is done with a URL it claimed, and
// reports whether it held it.
func (q *Queue) finish(url string) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	_, ok := q.leased[url]
	delete(q.leased, url)
	q.idleTill, q.idleRun = time.Time{}, 0
	return ok
}

// Retry implements the crawler's Frontier: it queues it again from
// it.NotBefore and releases its lease. A URL this process did not claim
// (a seed) is queued once per run: not while it is queued or leased, nor
// when it failed or was completed since the run began.
func (q *Queue) Retry(ctx context.Context, it Item) error {
	mine := "0"
	if q.finish(it.URL) {
		mine = "1"
	}
	return q.run(ctx, "retry", it.URL, scriptRetry, q.now(),
		fingerprint(it.URL), encode(&it, time.Time{}), strconv.FormatInt(score(&it), 10), ms(it.NotBefore), mine)
}

// Complete implements the crawler's Frontier: it marks it.URL done,
// releasing its lease, and keeps the item with its validators until
// revisit, when a new run's Begin queues it again. With a zero revisit
// only the URL's fingerprint is kept, in the seen-set.
func (q *Queue) Complete(ctx context.Context, it Item, revisit time.Time) error {
	q.finish(it.URL)
	v := ""
	if !revisit.IsZero() {
		it.Attempts, it.NotBefore = 0, time.Time{}
		v = encode(&it, q.now())
	}
	return q.run(ctx, "complete", it.URL, scriptComplete, q.now(), fingerprint(it.URL), v, ms(revisit))
}

// Fail implements the crawler's Frontier: it gives up on it for this run
// and releases its lease; the next run's Begin queues it again.
func (q *Queue) Fail(ctx context.Context, it Item, cause error) error {
	q.finish(it.URL)
	return q.run(ctx, "fail", it.URL, scriptFail, q.now(), fingerprint(it.URL), encode(&it, time.Time{}))
}

// run runs a frontier script about url that carries the buffer.
func (q *Queue) run(ctx context.Context, op, url string, s *redis.Script, now time.Time, extra ...any) error {
	q.mu.Lock()
	b := q.take()
	q.mu.Unlock()
	if err := s.Run(ctx, q.rdb, q.keys, q.args(b, now, extra...)...).Err(); err != nil {
		q.restore(b)
		return fmt.Errorf("redisq: %s %s: %w", op, url, err)
	}
	return nil
}
