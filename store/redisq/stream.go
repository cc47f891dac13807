package redisq

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"newslink"
)

// Group is the consumer group of the article stream that the writer reads.
const Group = "ingest"

// articleRecord is the published form of an article, with explicit JSON
// names so that renaming a Go field never breaks a running crawl.
type articleRecord struct {
	URL       string        `json:"url"`
	Headline  string        `json:"headline"`
	Published newslink.Date `json:"published"`
	Modified  newslink.Date `json:"modified"`
	Authors   []string      `json:"authors,omitempty"`
	Language  string        `json:"language,omitempty"`
	Summary   string        `json:"summary,omitempty"`
	Body      string        `json:"body"`
	Section   string        `json:"section,omitempty"`
	Fetched   time.Time     `json:"fetched"`
	// WARC is where the publishing worker archived the response (a file
	// on its machine, or on storage the machines share).
	WARC  *newslink.WARCLocation `json:"warc,omitempty"`
	Image string                 `json:"image,omitempty"`
	Tags  []string               `json:"tags,omitempty"`
	// Copy marks an article read from a copy of its page (one that names
	// the article's URL as canonical), which the writer stores only when
	// no article has that URL.
	Copy bool `json:"copy,omitempty"`
}

// PutArticle implements the crawler's Sink: it publishes a to the article
// stream and returns newslink.Created, which here means "published": only
// the writer's upsert knows whether the article is new. The article is
// buffered and reaches the stream in the same script as the Complete of
// its page, so a worker killed before that publishes nothing and its page
// is fetched again by another worker. a.ID is left as is.
func (q *Queue) PutArticle(ctx context.Context, a *newslink.Article) (newslink.Change, error) {
	return q.publish(a, false)
}

// PutCopy publishes a as PutArticle does, marked as read from a copy of
// its page (an AMP page or print view that names a.URL as canonical): see
// Entry.Copy.
func (q *Queue) PutCopy(ctx context.Context, a *newslink.Article) (newslink.Change, error) {
	return q.publish(a, true)
}

func (q *Queue) publish(a *newslink.Article, copy bool) (newslink.Change, error) {
	rec := articleRecord{a.URL, a.Headline, a.Published, a.Modified, a.Authors,
		a.Language, a.Summary, a.Body, a.Section, a.Fetched, nil, a.Image, a.Tags, copy}
	if !a.WARC.IsZero() {
		loc := a.WARC
		rec.WARC = &loc
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return newslink.Unchanged, fmt.Errorf("redisq: publish %q: %w", a.URL, err)
	}
	q.mu.Lock()
	q.buf.articles = append(q.buf.articles, string(b))
	q.mu.Unlock()
	return newslink.Created, nil
}

// Entry is one article read from the stream.
type Entry struct {
	ID      string            // stream entry ID, for Ack
	Article *newslink.Article // nil when Err is set
	// Copy says the article was read from a copy of its page: store it
	// only when no article has its URL.
	Copy bool
	Err  error // the entry could not be read (ErrCorrupt); ack it to drop it
}

// Reader reads the article stream as a member of the consumer group
// Group. It first reads again the entries it was given and never
// acknowledged (by a writer that died mid-batch), then new ones. A Reader
// is for one goroutine.
type Reader struct {
	q        *Queue
	consumer string
	started  bool // group created and others' pending entries claimed
	backlog  bool // still reading this consumer's pending entries
}

// Reader returns a reader of the article stream under the consumer name.
// There should be one writer: it takes over the entries pending for any
// other consumer of the group.
func (q *Queue) Reader(consumer string) *Reader {
	return &Reader{q: q, consumer: consumer, backlog: true}
}

// start creates the group (reading the stream from its start) and claims
// the entries other consumers were given and never acknowledged.
func (r *Reader) start(ctx context.Context) error {
	stream := r.q.keys[7]
	err := r.q.rdb.XGroupCreateMkStream(ctx, stream, Group, "0").Err()
	if err != nil && !redis.HasErrorPrefix(err, "BUSYGROUP") {
		return fmt.Errorf("redisq: create group: %w", err)
	}
	start := "0-0"
	for {
		_, next, err := r.q.rdb.XAutoClaimJustID(ctx, &redis.XAutoClaimArgs{
			Stream: stream, Group: Group, Consumer: r.consumer, Start: start, Count: 1000,
		}).Result()
		if err != nil {
			return fmt.Errorf("redisq: claim pending: %w", err)
		}
		if next == "0-0" || next == start {
			break
		}
		start = next
	}
	r.started = true
	return nil
}

// Read returns up to count entries, waiting up to block for new ones
// (no wait when block is negative). It returns no entries and no error
// when none came.
func (r *Reader) Read(ctx context.Context, count int, block time.Duration) ([]Entry, error) {
	if !r.started {
		if err := r.start(ctx); err != nil {
			return nil, err
		}
	}
	id, wait := ">", block
	if r.backlog {
		id, wait = "0", -1
	}
	if wait < 0 {
		wait = -1
	}
	res, err := r.q.rdb.XReadGroup(ctx, &redis.XReadGroupArgs{
		Group: Group, Consumer: r.consumer, Streams: []string{r.q.keys[7], id}, Count: int64(count), Block: wait,
	}).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("redisq: read articles: %w", err)
	}
	var out []Entry
	for _, s := range res {
		for _, m := range s.Messages {
			out = append(out, decodeEntry(m))
		}
	}
	if r.backlog && len(out) == 0 {
		r.backlog = false
		return r.Read(ctx, count, block)
	}
	return out, nil
}

// decodeEntry reads one stream message.
func decodeEntry(m redis.XMessage) Entry {
	e := Entry{ID: m.ID}
	v, _ := m.Values["a"].(string)
	var rec articleRecord
	if err := json.Unmarshal([]byte(v), &rec); err != nil || rec.URL == "" {
		e.Err = fmt.Errorf("%w: stream entry %s: not an article", ErrCorrupt, m.ID)
		return e
	}
	e.Article = &newslink.Article{URL: rec.URL, Headline: rec.Headline, Published: rec.Published, Modified: rec.Modified,
		Authors: rec.Authors, Language: rec.Language, Summary: rec.Summary, Body: rec.Body, Section: rec.Section, Fetched: rec.Fetched,
		Image: rec.Image, Tags: rec.Tags}
	if rec.WARC != nil {
		e.Article.WARC = *rec.WARC
	}
	e.Copy = rec.Copy
	return e
}

// Ack acknowledges entries and deletes them from the stream, in one step.
// Call it only once what they hold is committed: an entry not
// acknowledged is read again by the next Reader.
func (r *Reader) Ack(ctx context.Context, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	args := make([]any, 0, len(ids)+1)
	args = append(args, Group)
	for _, id := range ids {
		args = append(args, id)
	}
	if err := scriptAck.Run(ctx, r.q.rdb, []string{r.q.keys[7]}, args...).Err(); err != nil {
		return fmt.Errorf("redisq: ack articles: %w", err)
	}
	return nil
}

// Drained reports whether the crawl is over for the writer: no URL is
// queued or delayed, no lease is live (read on Options.Now; the expired
// leases of dead workers wait for the next worker), and the stream holds
// no entry (acknowledged entries are deleted, so pending ones count).
func (q *Queue) Drained(ctx context.Context) (bool, error) {
	var ready, delayed, leases, stream *redis.IntCmd
	live := "(" + strconv.FormatInt(ms(q.now()), 10)
	_, err := q.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		ready, delayed = p.ZCard(ctx, q.keys[1]), p.ZCard(ctx, q.keys[2])
		leases = p.ZCount(ctx, q.keys[3], live, "+inf")
		stream = p.XLen(ctx, q.keys[7])
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("redisq: drained: %w", err)
	}
	return ready.Val()+delayed.Val()+leases.Val()+stream.Val() == 0, nil
}

// ClaimFile takes the file called name (a WARC file of a backfill) for
// this process, for good, and reports whether it got it: false means
// another process claimed it first, so that processes given the same file
// list never read one file twice.
func (q *Queue) ClaimFile(ctx context.Context, name, owner string) (bool, error) {
	q.trips.Add(1)
	ok, err := q.rdb.SetNX(ctx, q.prefix+"files:"+name, owner, 0).Result()
	if err != nil {
		return false, fmt.Errorf("redisq: claim %s: %w", name, err)
	}
	return ok, nil
}
