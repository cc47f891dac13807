package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"newslink"
	"newslink/crawler"
	"newslink/store/redisq"
)

var (
	_ crawler.Frontier    = (*redisq.Queue)(nil)
	_ crawler.Limiter     = (*redisq.Queue)(nil)
	_ crawler.RobotsCache = (*redisq.Queue)(nil)
	_ crawler.Sink        = (*redisq.Queue)(nil)
)

// ingestConsumer is the one writer's name in the stream's consumer group.
const ingestConsumer = "ingest"

// openRedis opens the Redis of a distributed crawl; a bad URL is a usage
// error.
func openRedis(ctx context.Context, e *env, rawURL string) (*redisq.Queue, error) {
	q, err := redisq.Open(ctx, rawURL, &redisq.Options{Log: e.log})
	if errors.Is(err, redisq.ErrURL) {
		return nil, usageError("--redis: %v", err)
	}
	return q, err
}

// runCrawlRedis runs "newslink crawl --redis": one worker of a distributed
// crawl. The frontier, the per-host delay and robots.txt are shared in
// Redis, and articles are published to its stream, for "newslink ingest";
// no database file is opened. In the summary, "new" counts the articles
// published.
func runCrawlRedis(ctx context.Context, e *env, o crawlOptions) error {
	q, err := openRedis(ctx, e, o.redis)
	if err != nil {
		return err
	}
	cfg := o.cfg
	cfg.Limiter, cfg.Robots = q, q
	if !o.quiet && isTerminal(e.stderr) {
		cfg.Progress = progressLine(e.stderr)
		defer fmt.Fprint(e.stderr, "\r\033[K")
	}
	stats, err := crawler.Crawl(ctx, cfg, q, q, e.log)
	if cerr := q.Close(); err == nil {
		err = cerr
	}
	if stats == nil {
		return usageIfConfig(err)
	}
	e.log.Debug("redis", "round_trips", q.RoundTrips(), "fetched", stats.Fetched)
	if n := q.RenewFailures(); n > 0 {
		e.log.Warn("redis: lease renewals failed during the crawl; pages whose lease ran out may be fetched twice", "failures", n)
	}
	if o.gotStats != nil {
		o.gotStats(stats)
	}
	if !o.quiet {
		if perr := printCrawlStats(e.stdout, stats, o.json); err == nil && perr != nil {
			err = fmt.Errorf("crawl: write summary: %w", perr)
		}
	}
	return err
}

// ingestOptions are the flags of "newslink ingest".
type ingestOptions struct {
	redis  string // Redis URL
	follow bool   // keep reading after the crawl is drained
	batch  int    // stream entries per database transaction
	json   bool   // print the summary as JSON
	quiet  bool   // print no summary
}

// ingestStats summarises an ingest run.
type ingestStats struct {
	Articles     int           `json:"articles"` // stream entries stored
	changeCounts               // unchanged: already stored as published (a page crawled again, or published twice)
	Bad          int           `json:"bad"` // entries that were not articles, dropped
	Duration     time.Duration `json:"duration_ns"`
}

// runIngestCmd parses the flags of "newslink ingest" and runs it.
func runIngestCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "ingest", "--redis URL [flags]")
	var o ingestOptions
	fs.StringVar(&o.redis, "redis", "", "the Redis of the crawl (redis://HOST:PORT/DB), as given to the workers")
	fs.BoolVar(&o.follow, "follow", false, "keep reading when the crawl is drained (run as a service)")
	fs.IntVar(&o.batch, "batch", 256, "articles per database transaction")
	fs.BoolVar(&o.json, "json", false, "print the summary as one JSON object")
	fs.BoolVar(&o.quiet, "quiet", false, "print no summary")
	lockWaitFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(rest) > 0:
		return usageError("ingest: unexpected argument %q", rest[0])
	case o.redis == "":
		return usageError("ingest: --redis URL is required")
	case o.batch < 1:
		return usageError("ingest: --batch must be at least 1")
	}
	return runIngest(ctx, e, o)
}

// runIngest drains the article stream of a distributed crawl into the
// database through the same upsert as a local crawl. Each batch is
// acknowledged (and deleted from the stream) only after its transaction
// is committed, so a writer killed mid-batch leaves its entries pending
// and the next one stores them; storing one twice changes nothing. It
// returns when no URL is queued or leased and the stream is empty, or,
// with follow, when ctx is done.
func runIngest(ctx context.Context, e *env, o ingestOptions) error {
	q, err := openRedis(ctx, e, o.redis)
	if err != nil {
		return err
	}
	defer q.Close()
	db, err := openDB(e)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	var st ingestStats
	err = ingest(ctx, e, q, db, o, &st)
	st.Duration = time.Since(start)
	if !o.quiet {
		if perr := printIngestStats(e.stdout, &st, o.json); err == nil && perr != nil {
			err = fmt.Errorf("ingest: write summary: %w", perr)
		}
	}
	return err
}

// articleWriter is what ingest needs of the database: store.DB.
type articleWriter interface {
	PutArticles(ctx context.Context, as []*newslink.Article) ([]newslink.Change, error)
	Article(ctx context.Context, url string) (*newslink.Article, error)
}

// ingest is runIngest's loop.
func ingest(ctx context.Context, e *env, q *redisq.Queue, db articleWriter, o ingestOptions, st *ingestStats) error {
	r := q.Reader(ingestConsumer)
	block := time.Duration(-1) // no wait while entries keep coming
	for {
		entries, err := r.Read(ctx, o.batch, block)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("ingest: %w", err)
		}
		if len(entries) == 0 {
			block = time.Second
			if o.follow {
				continue
			}
			drained, err := q.Drained(ctx)
			if err != nil {
				return fmt.Errorf("ingest: %w", err)
			}
			if drained {
				return nil
			}
			continue
		}
		block = -1
		ids := make([]string, len(entries))
		var arts []*newslink.Article
		own := map[string]bool{} // URLs of this batch read from their own pages
		for _, en := range entries {
			if en.Err == nil && !en.Copy {
				own[en.Article.URL] = true
			}
		}
		for i, en := range entries {
			ids[i] = en.ID
			if en.Err != nil {
				e.log.Warn("dropping stream entry", "id", en.ID, "err", en.Err)
				st.Bad++
				continue
			}
			if en.Copy {
				// A copy (an AMP page) stands in for its article only
				// where the article's own page was not read.
				if _, err := db.Article(ctx, en.Article.URL); err == nil || own[en.Article.URL] {
					st.Articles++
					st.Unchanged++
					continue
				}
			}
			arts = append(arts, en.Article)
		}
		if len(arts) > 0 {
			changes, err := db.PutArticles(ctx, arts)
			if err != nil {
				return fmt.Errorf("ingest: %w", err)
			}
			st.Articles += len(changes)
			st.add(changes)
		}
		if err := r.Ack(ctx, ids...); err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
	}
}

// printIngestStats writes the end-of-run summary.
func printIngestStats(out io.Writer, s *ingestStats, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(out).Encode(s)
	}
	w := &errWriter{w: out}
	fmt.Fprintf(w, "ingest finished in %v\n  articles        %d (%d new, %d updated, %d unchanged)\n  bad entries     %d\n",
		s.Duration.Round(time.Millisecond), s.Articles, s.Created, s.Updated, s.Unchanged, s.Bad)
	return w.err
}
