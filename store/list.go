package store

import (
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"weak"

	bolt "go.etcd.io/bbolt"

	"newslink"
)

// ListSummaryRunes bounds the part of a summary kept in memory for
// RelatedBox and matched by Search, in runes: a box shows a sentence of
// at most 300, and a summary of one or two sentences fits whole.
const ListSummaryRunes = 400

// MaxSearchTerms bounds the words of a Search query that are matched; the
// rest are ignored.
const MaxSearchTerms = 8

// Lookup returns the article stored under the canonical URL and true, or
// nil and false when there is none. It is Article in the comma-ok form,
// for callers that cannot import this package to test ErrNotFound.
func (db *DB) Lookup(ctx context.Context, url string) (*newslink.Article, bool, error) {
	a, err := db.Article(ctx, url)
	if errors.Is(err, ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return a, true, nil
}

// LookupID returns the article with the ID and true, or nil and false
// when there is none. It is ArticleByID in the comma-ok form, for callers
// that cannot import this package to test ErrNotFound.
func (db *DB) LookupID(ctx context.Context, id uint64) (*newslink.Article, bool, error) {
	a, err := db.ArticleByID(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return a, true, nil
}

// Latest returns up to limit articles, newest first, after skipping offset
// of them, and the number of articles stored. Newest means the latest
// publication date; ties, and articles without a date (which come last),
// are ordered by descending ID, so that pages never overlap.
//
// The order is kept in memory with each article's URL, headline, date and
// the start of its summary, built on the first call after each write to
// the database (a few seconds and 50 to 110 MB per 100,000 articles, with
// summaries of 100 to 400 characters): cheap for a read-only snapshot,
// which is never written.
func (db *DB) Latest(ctx context.Context, offset, limit int) ([]*newslink.Article, int, error) {
	var out []*newslink.Article
	total := 0
	err := db.bolt.View(func(tx *bolt.Tx) error {
		l, err := db.listing(ctx, tx)
		if err != nil {
			return err
		}
		total = len(l.items)
		if offset < 0 || offset >= total || limit <= 0 {
			return nil
		}
		ids := make([]uint64, 0, min(limit, total-offset))
		for _, it := range l.items[offset:min(offset+limit, total)] {
			ids = append(ids, it.id)
		}
		out, err = articlesByID(tx, ids)
		return err
	})
	if err != nil {
		return nil, 0, fmt.Errorf("store: latest: %w", err)
	}
	return out, total, nil
}

// Search returns up to limit articles whose headline or summary (its
// first ListSummaryRunes runes) contains every word of query, ignoring case, newest first as Latest orders them.
// Words match anywhere in a word ("arrest" finds "arrested"); only the
// first MaxSearchTerms words count. An empty query matches nothing.
// It scans the in-memory order that Latest keeps, a few milliseconds per
// 100,000 articles.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]*newslink.Article, error) {
	terms := strings.Fields(strings.ToLower(query))
	if len(terms) > MaxSearchTerms {
		terms = terms[:MaxSearchTerms]
	}
	if len(terms) == 0 || limit <= 0 {
		return nil, nil
	}
	var out []*newslink.Article
	err := db.bolt.View(func(tx *bolt.Tx) error {
		l, err := db.listing(ctx, tx)
		if err != nil {
			return err
		}
		var ids []uint64
	items:
		for i, it := range l.items {
			if i%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			for _, t := range terms {
				if !strings.Contains(l.text(&it), t) {
					continue items
				}
			}
			ids = append(ids, it.id)
			if len(ids) == limit {
				break
			}
		}
		out, err = articlesByID(tx, ids)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return out, nil
}

// RelatedBox returns what a Related Stories box shows, for the article
// stored under the URL: the article with ID, URL, Headline, Published,
// Summary and Image set (no body), and its list, best first, as Related returns it
// but with summaries cut to ListSummaryRunes; ok is false when no article
// has the URL. It decodes no article: it
// reads them from the in-memory listing that Latest keeps, which makes it
// a few microseconds on a read-only snapshot.
func (db *DB) RelatedBox(ctx context.Context, url string) (a *newslink.Article, rel []newslink.Related, ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, false, err
	}
	err = db.bolt.View(func(tx *bolt.Tx) error {
		key := tx.Bucket(bucketURLs).Get([]byte(url))
		if key == nil {
			return nil
		}
		l, err := db.listing(ctx, tx)
		if err != nil {
			return err
		}
		it, found := l.item(binary.BigEndian.Uint64(key))
		if !found {
			return nil
		}
		a = &newslink.Article{ID: it.id, URL: l.url(it), Headline: l.headline(it), Published: l.published(it), Summary: l.summary(it), Image: l.image(it)}
		ok = true
		v := tx.Bucket(bucketRelated).Get(key)
		if v == nil {
			return nil
		}
		var recs []relatedRecord
		if err := json.Unmarshal(v, &recs); err != nil {
			return fmt.Errorf("decode related: %w", err)
		}
		rel = make([]newslink.Related, 0, len(recs))
		for _, r := range recs {
			if e, found := l.item(r.ID); found {
				rel = append(rel, newslink.Related{ID: e.id, URL: l.url(e), Headline: l.headline(e),
					Published: l.published(e), Summary: l.summary(e), Score: r.Score, Image: l.image(e)})
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, false, fmt.Errorf("store: related box %q: %w", url, err)
	}
	return a, rel, ok, nil
}

// articlesByID reads and decodes the articles with the IDs, in that order.
func articlesByID(tx *bolt.Tx, ids []uint64) ([]*newslink.Article, error) {
	arts := tx.Bucket(bucketArticles)
	out := make([]*newslink.Article, 0, len(ids))
	for _, id := range ids {
		v := arts.Get(itob(id))
		if v == nil {
			return nil, fmt.Errorf("article %d: %w", id, ErrNotFound)
		}
		a, err := decodeArticle(v)
		if err != nil {
			return nil, fmt.Errorf("article %d: %w", id, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// listing is the newest-first order of a database's articles as of one
// transaction, with what a list or a Related Stories box shows of each
// and the lower-case text that Search matches. The strings live in one
// arena and the items hold offsets, so that the garbage collector has
// nothing to scan in it: a server keeps a listing of every article.
type listing struct {
	txid  int
	items []listItem
	byID  map[uint64]int32 // index in items
	arena string           // every item's strings, one after the other
}

// listItem is one article of a listing. Its strings are, from off in the
// arena: the URL, the headline, the summary (cut to ListSummaryRunes),
// the publication date as Date.String writes it, the lower-case
// headline and summary with a newline between them, and the lead image.
type listItem struct {
	id                                              uint64
	unix                                            int64 // publication time, for the order
	off                                             int
	nURL, nHeadline, nSummary, nDate, nText, nImage uint32
}

func (l *listing) url(it *listItem) string { return l.arena[it.off:][:it.nURL] }

func (l *listing) headline(it *listItem) string {
	return l.arena[it.off+int(it.nURL):][:it.nHeadline]
}

func (l *listing) summary(it *listItem) string {
	return l.arena[it.off+int(it.nURL+it.nHeadline):][:it.nSummary]
}

func (l *listing) published(it *listItem) newslink.Date {
	d, _ := newslink.ParseDate(l.arena[it.off+int(it.nURL+it.nHeadline+it.nSummary):][:it.nDate])
	return d // it parsed when the listing was built
}

func (l *listing) text(it *listItem) string {
	return l.arena[it.off+int(it.nURL+it.nHeadline+it.nSummary+it.nDate):][:it.nText]
}

func (l *listing) image(it *listItem) string {
	return l.arena[it.off+int(it.nURL+it.nHeadline+it.nSummary+it.nDate+it.nText):][:it.nImage]
}

// item returns the entry of the article with the ID.
func (l *listing) item(id uint64) (*listItem, bool) {
	i, ok := l.byID[id]
	if !ok {
		return nil, false
	}
	return &l.items[i], true
}

// listFields are the parts of a stored record a listing needs; decoding
// into it skips the body without keeping it.
type listFields struct {
	URL       string `json:"url"`
	Headline  string `json:"headline"`
	Published string `json:"published"`
	Summary   string `json:"summary"`
	Image     string `json:"image"`
}

// listCache holds the last listing built for one DB.
type listCache struct {
	l  atomic.Pointer[listing]
	mu sync.Mutex // one build at a time
}

// listCaches maps a weak pointer to a DB to its *listCache. The entry goes
// when the DB is garbage collected, so that the DB type needs no field
// and Close no hook.
var listCaches sync.Map

// listing returns the listing of db as of tx, building it when db was
// written since the last one was built.
func (db *DB) listing(ctx context.Context, tx *bolt.Tx) (*listing, error) {
	c := cacheOf(db)
	if l := c.l.Load(); l != nil && l.txid == tx.ID() {
		return l, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if l := c.l.Load(); l != nil && l.txid == tx.ID() {
		return l, nil
	}
	l, err := buildListing(ctx, tx)
	if err != nil {
		return nil, err
	}
	c.l.Store(l)
	return l, nil
}

func cacheOf(db *DB) *listCache {
	key := weak.Make(db)
	if c, ok := listCaches.Load(key); ok {
		return c.(*listCache)
	}
	c, loaded := listCaches.LoadOrStore(key, &listCache{})
	if !loaded {
		runtime.AddCleanup(db, func(k weak.Pointer[DB]) { listCaches.Delete(k) }, key)
	}
	return c.(*listCache)
}

// cutRunes returns the first n runes of s, copied so that the rest of s
// can be freed.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return strings.Clone(s[:i])
		}
		n--
	}
	return s
}

func buildListing(ctx context.Context, tx *bolt.Tx) (*listing, error) {
	arts := tx.Bucket(bucketArticles)
	l := &listing{txid: tx.ID(), items: make([]listItem, 0, arts.Stats().KeyN)}
	var arena strings.Builder
	c := arts.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		id := binary.BigEndian.Uint64(k)
		if len(l.items)%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		var f listFields
		if err := json.Unmarshal(v, &f); err != nil {
			return nil, fmt.Errorf("article %d: decode: %w", id, err)
		}
		published, err := newslink.ParseDate(f.Published)
		if err != nil {
			return nil, fmt.Errorf("article %d: %w", id, err)
		}
		summary := cutRunes(f.Summary, ListSummaryRunes)
		text := strings.ToLower(f.Headline) + "\n" + strings.ToLower(summary)
		it := listItem{id: id, unix: published.Time.Unix(), off: arena.Len()}
		for _, p := range []struct {
			n *uint32
			s string
		}{{&it.nURL, f.URL}, {&it.nHeadline, f.Headline}, {&it.nSummary, summary}, {&it.nDate, f.Published}, {&it.nText, text}, {&it.nImage, f.Image}} {
			*p.n = uint32(len(p.s))
			arena.WriteString(p.s)
		}
		l.items = append(l.items, it)
	}
	l.arena = strings.Clone(arena.String()) // without the builder's spare capacity
	slices.SortFunc(l.items, func(a, b listItem) int {
		if c := cmp.Compare(b.unix, a.unix); c != 0 {
			return c
		}
		return cmp.Compare(b.id, a.id)
	})
	l.byID = make(map[uint64]int32, len(l.items))
	for i, it := range l.items {
		l.byID[it.id] = int32(i)
	}
	return l, nil
}
