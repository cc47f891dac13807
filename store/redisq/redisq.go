package redisq

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// Defaults used where an Options field is zero.
const (
	DefaultPrefix = "newslink:"
	DefaultLease  = time.Minute
	DefaultPoll   = 100 * time.Millisecond
)

// Errors returned by the package; test them with errors.Is.
var (
	// ErrURL means the Redis URL could not be read.
	ErrURL = errors.New("bad redis url")
	// ErrCorrupt means a value in Redis is not what this package writes.
	ErrCorrupt = errors.New("corrupt value in redis")
)

// maxLocal bounds the set of URLs a process remembers having pushed; the
// set is cleared when full, so a worker's memory stays bounded.
const maxLocal = 100_000

// Options configures Open. The zero value (or nil) means the defaults, or
// the values the URL gives.
type Options struct {
	// Prefix starts every key; default the URL's "prefix" parameter, else
	// DefaultPrefix. Crawls with different prefixes share a Redis without
	// seeing each other. A prefix with a hash tag ("{news}:") keeps every
	// key in one Redis Cluster slot, as the scripts need.
	Prefix string
	// Lease is how long a claimed URL stays claimed without renewal: a
	// worker that dies loses its URLs to the others after this long.
	// Default the URL's "lease" parameter (a Go duration), else
	// DefaultLease.
	Lease time.Duration
	// Renew is how often a live worker extends the leases it holds, so
	// that a page waiting long for its host's turn is not taken from it;
	// default a third of Lease, negative never (then Lease must exceed the
	// longest a page takes, politeness wait included).
	Renew time.Duration
	// Poll is how soon Pop says to ask again when nothing is ready but
	// other workers hold leases (and may still queue links); default
	// DefaultPoll. Pop answers from memory for that long, and doubles it
	// while nothing comes.
	Poll time.Duration
	// Now is the clock of Complete and BackOff; default time.Now. Pop,
	// Retry, Begin and Reserve take theirs as an argument.
	Now func() time.Time
	// Log receives the errors of work the Queue does in the background
	// (lease renewal), which no call returns; default: not logged (they
	// are still counted, see RenewFailures).
	Log *slog.Logger
}

// Queue is a connection to the Redis that holds one crawl. It implements
// the crawler's Frontier, Limiter, RobotsCache and Sink interfaces and
// the reading end of the article stream (Reader). Its methods are safe
// for concurrent use; Close it when done.
type Queue struct {
	rdb           *redis.Client
	prefix        string
	keys          []string // the frontier's keys, in the order the scripts expect
	lease         time.Duration
	poll          time.Duration
	now           func() time.Time
	trips         atomic.Int64
	log           *slog.Logger
	renewFailures atomic.Int64
	stop          chan struct{} // closed by Close: stops the renewal
	done          chan struct{} // closed when the renewal has stopped

	mu       sync.Mutex
	buf      batch               // pushes and articles not yet sent
	local    map[string]struct{} // URLs this process has pushed (bounded)
	leased   map[string]struct{} // URLs this process has claimed and not finished
	idleTill time.Time           // Pop found nothing: answer from memory until then
	idleNext time.Time
	idleRun  int // empty answers in a row
}

// batch is what a process has buffered for Redis.
type batch struct {
	pushes   []pushArg
	articles []string
}

type pushArg struct {
	key, value, score string
	notBefore         int64 // unix ms, 0 for none
}

func (b *batch) empty() bool { return len(b.pushes) == 0 && len(b.articles) == 0 }

// Open connects to the Redis at rawURL (redis://[user:password@]host:port/db
// or rediss:// for TLS, with go-redis's parameters such as dial_timeout)
// and checks it answers. Two parameters are this package's: prefix and
// lease (see Options); fields set in opts win over them.
func Open(ctx context.Context, rawURL string, opts *Options) (*Queue, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "redis" && u.Scheme != "rediss" && u.Scheme != "unix") {
		return nil, fmt.Errorf("redisq: %w: %q: want redis://HOST:PORT/DB", ErrURL, rawURL)
	}
	q := u.Query()
	if o.Prefix == "" {
		o.Prefix = q.Get("prefix")
	}
	if o.Lease == 0 && q.Get("lease") != "" {
		if o.Lease, err = time.ParseDuration(q.Get("lease")); err != nil || o.Lease <= 0 {
			return nil, fmt.Errorf("redisq: %w: lease %q: want a positive duration", ErrURL, q.Get("lease"))
		}
	}
	q.Del("prefix")
	q.Del("lease")
	u.RawQuery = q.Encode()
	ro, err := redis.ParseURL(u.String())
	if err != nil {
		return nil, fmt.Errorf("redisq: %w: %v", ErrURL, err)
	}
	if o.Prefix == "" {
		o.Prefix = DefaultPrefix
	}
	if o.Lease <= 0 {
		o.Lease = DefaultLease
	}
	if o.Poll <= 0 {
		o.Poll = DefaultPoll
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Renew == 0 {
		o.Renew = o.Lease / 3
	}
	quietOnce.Do(func() { redis.SetLogger(quiet{}) })
	qu := &Queue{
		rdb: redis.NewClient(ro), prefix: o.Prefix, lease: o.Lease, poll: o.Poll, now: o.Now, log: o.Log,
		local: map[string]struct{}{}, leased: map[string]struct{}{},
		stop: make(chan struct{}), done: make(chan struct{}),
	}
	for _, k := range []string{"urls", "ready", "delayed", "leases", "failed", "revisit", "run", "articles"} {
		qu.keys = append(qu.keys, o.Prefix+k)
	}
	qu.rdb.AddHook(tripHook{&qu.trips})
	if err := qu.rdb.Ping(ctx).Err(); err != nil {
		qu.rdb.Close()
		return nil, fmt.Errorf("redisq: connect %s: %w", ro.Addr, err)
	}
	if o.Renew > 0 {
		go qu.renew(o.Renew)
	} else {
		close(qu.done)
	}
	return qu, nil
}

// renew extends the leases this process holds every interval until Close.
// An error is not fatal: the next tick tries again, and a lease that does
// expire only costs a second fetch of its page.
func (q *Queue) renew(interval time.Duration) {
	defer close(q.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-q.stop:
			return
		case <-t.C:
		}
		q.mu.Lock()
		urls := make([]any, 0, 2*len(q.leased))
		until := ms(q.now().Add(q.lease))
		for u := range q.leased {
			urls = append(urls, until, fingerprint(u))
		}
		q.mu.Unlock()
		if len(urls) == 0 {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), interval)
		// XX: only leases still held; a URL completed meanwhile stays done.
		err := q.rdb.Do(ctx, append([]any{"zadd", q.keys[3], "xx"}, urls...)...).Err()
		cancel()
		if err != nil {
			q.renewFailures.Add(1)
			if q.log != nil {
				q.log.Warn("redis: renewing leases failed; trying again next tick", "leases", len(urls)/2, "err", err)
			}
		}
	}
}

// Close stops renewing leases, sends what is still buffered (waiting at
// most five seconds) and closes the connections. Call it once.
func (q *Queue) Close() error {
	close(q.stop)
	<-q.done
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := q.Flush(ctx)
	if cerr := q.rdb.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("redisq: close: %w", cerr)
	}
	return err
}

// RenewFailures returns how many lease renewals have failed so far.
func (q *Queue) RenewFailures() int64 { return q.renewFailures.Load() }

// Prefix returns the key prefix in use.
func (q *Queue) Prefix() string { return q.prefix }

// RoundTrips returns how many requests (commands, scripts or pipelines)
// the Queue has sent to Redis so far.
func (q *Queue) RoundTrips() int64 { return q.trips.Load() }

// Flush sends the buffered pushes and articles now. Close does it too.
func (q *Queue) Flush(ctx context.Context) error {
	q.mu.Lock()
	b := q.take()
	q.mu.Unlock()
	if b.empty() {
		return nil
	}
	if err := scriptFlush.Run(ctx, q.rdb, q.keys, q.args(b, q.now())...).Err(); err != nil {
		q.restore(b)
		return fmt.Errorf("redisq: flush: %w", err)
	}
	return nil
}

// take empties the buffer and returns what it held; q.mu must be held.
func (q *Queue) take() batch {
	b := q.buf
	q.buf = batch{}
	return b
}

// restore puts back a batch that did not reach Redis, ahead of what was
// buffered since, so that a later script sends it.
func (q *Queue) restore(b batch) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.buf.pushes = append(b.pushes, q.buf.pushes...)
	q.buf.articles = append(b.articles, q.buf.articles...)
}

// args builds the leading arguments every script shares: the clock, then
// the buffered pushes and articles (see flushLua), then extra.
func (q *Queue) args(b batch, now time.Time, extra ...any) []any {
	a := make([]any, 0, 3+4*len(b.pushes)+len(b.articles)+len(extra))
	a = append(a, ms(now), len(b.pushes))
	for _, p := range b.pushes {
		a = append(a, p.key, p.value, p.score, p.notBefore)
	}
	a = append(a, len(b.articles))
	for _, s := range b.articles {
		a = append(a, s)
	}
	return append(a, extra...)
}

// ms returns t as unix milliseconds, 0 for the zero time.
func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// fromMS is the inverse of ms.
func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v)
}

// toInt reads an integer from a script reply element.
func toInt(v any) (int64, error) {
	switch x := v.(type) {
	case int64:
		return x, nil
	case string:
		if x == "" {
			return 0, nil
		}
		return strconv.ParseInt(x, 10, 64)
	case nil:
		return 0, nil
	}
	return 0, fmt.Errorf("%w: want an integer, got %T", ErrCorrupt, v)
}

// quietOnce silences go-redis's own logging, which writes to stderr: every
// failure it logs also reaches the caller as an error.
var quietOnce sync.Once

type quiet struct{}

func (quiet) Printf(ctx context.Context, format string, v ...any) {}

// tripHook counts round trips.
type tripHook struct{ n *atomic.Int64 }

func (h tripHook) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h tripHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		h.n.Add(1)
		return next(ctx, cmd)
	}
}

func (h tripHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		h.n.Add(1)
		return next(ctx, cmds)
	}
}
