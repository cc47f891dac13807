package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// maxProblems bounds the problems a CheckReport lists; it counts the rest.
const maxProblems = 100

// CheckReport is what Check found in a database file: what it holds and
// what is wrong with it. The zero value is an empty report.
type CheckReport struct {
	Path           string `json:"path"`
	Version        int    `json:"schema_version"` // 0 when unreadable
	Articles       int    `json:"articles"`
	URLs           int    `json:"urls"`
	Aliases        int    `json:"aliases"`
	Related        int    `json:"related_lists"`
	LinkGeneration uint64 `json:"link_index_generation"` // 0: no link index
	FrontierURLs   int    `json:"frontier_urls"`
	// FileSize is the file's size in bytes; Pages of PageSize bytes are
	// in use, FreePages of them free (what compact gives back). bbolt
	// grows the file ahead of the pages it uses.
	FileSize  int64  `json:"file_size"`
	PageSize  int64  `json:"page_size"`
	Pages     uint64 `json:"pages"`
	FreePages uint64 `json:"free_pages"`
	// Problems are the first maxProblems problems found, one line each;
	// Omitted counts the others.
	Problems []string `json:"problems"`
	Omitted  int      `json:"problems_omitted"`
}

// OK reports whether no problem was found.
func (r *CheckReport) OK() bool { return len(r.Problems) == 0 }

func (r *CheckReport) problem(format string, args ...any) {
	if len(r.Problems) >= maxProblems {
		r.Omitted++
		return
	}
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
}

// CheckFile checks the database file at path without changing it: bbolt's
// own consistency check (every page reachable once, freed pages unused,
// keys in order), then newslink's invariants (see DB.Check). It opens the
// file read-only, waiting for a writer's lock as opts say (ErrLocked after
// that; ErrNoDatabase when there is no file), and reads the structure of
// its pages as a plain file first, so that a file with flipped bytes gives
// a report, never a crash. A file that cannot be read at all gives a
// report with that problem. The error is for what kept the check from
// running.
func CheckFile(ctx context.Context, path string, opts *Options) (*CheckReport, error) {
	r := &CheckReport{Path: path}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: check %s: %w", path, ErrNoDatabase)
	}
	o := Options{ReadOnly: true}
	if opts != nil {
		o.LockTimeout = opts.LockTimeout
	}
	var b *bolt.DB
	err := protect(func() error {
		var err error
		b, err = openBolt(path, &o)
		return err
	})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("store: check %s: %w", path, ErrLocked)
	}
	if err != nil {
		r.problem("open: %v", err)
		// The page walk says more about why.
		r.setPages(walkPages(path, r.problem))
		return r, nil
	}
	defer b.Close()
	// Under the lock, so that no writer changes the file between the walk
	// and bbolt's check.
	if !r.setPages(walkPages(path, r.problem)) {
		return r, nil
	}
	err = b.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			r.problem("bbolt: %v", err)
		}
		return nil
	})
	if err != nil {
		r.problem("bbolt: %v", err)
	}
	if !r.OK() {
		return r, nil
	}
	db := &DB{bolt: b, path: path}
	if err := protect(func() error { return b.View(func(tx *bolt.Tx) error { return db.checkTx(ctx, tx, r) }) }); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("store: check %s: %w", path, ctx.Err())
		}
		r.problem("%v", err)
	}
	return r, nil
}

// setPages records the sizes the page walk found and returns ok.
func (r *CheckReport) setPages(s pageStats, ok bool) bool {
	r.FileSize, r.PageSize, r.Pages, r.FreePages = s.fileSize, s.pageSize, s.pages, s.free
	return ok
}

// protect runs fn and turns a panic, or a fault on a page of the memory
// map, into an error: bbolt trusts the pages it reads.
func protect(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("unreadable page: %v", p)
		}
	}()
	return fn()
}

// Check checks newslink's invariants in the open database, in one read
// transaction, and returns what it found:
//
//   - the schema version is known and every bucket of the layout exists;
//   - every article is stored under its own ID and its URL names it in
//     urls; the articles bucket's sequence is past every ID;
//   - every urls entry names a stored article, and is either that
//     article's URL or one of its aliases (version 2 and later);
//   - every related list, fingerprint and changed mark names stored
//     articles;
//   - the link index generation named in meta exists, and no change
//     record is stored without an index;
//   - every frontier record points at an item of its state's bucket whose
//     URL it is the key of, and every item has such a record.
//
// It does not run bbolt's page check, which CheckFile runs.
func (db *DB) Check(ctx context.Context) (*CheckReport, error) {
	r := &CheckReport{Path: db.path}
	err := db.bolt.View(func(tx *bolt.Tx) error { return db.checkTx(ctx, tx, r) })
	if err != nil {
		return nil, fmt.Errorf("store: check: %w", err)
	}
	return r, nil
}

// checkTx checks the invariants in tx; it returns an error only when ctx
// is done.
func (db *DB) checkTx(ctx context.Context, tx *bolt.Tx, r *CheckReport) error {
	v, err := checkSchema(tx)
	if err != nil {
		r.problem("%v", err)
		return nil
	}
	r.Version = v
	missing := false
	for _, name := range allBuckets {
		if tx.Bucket(name) == nil && (v >= 3 || !bytes.Equal(name, bucketPubLog)) && (v >= 2 || !bytes.Equal(name, bucketAliases)) {
			r.problem("bucket %s is missing", name)
			missing = true
		}
	}
	if missing {
		return nil
	}
	steps := []func(context.Context, *bolt.Tx, *CheckReport) error{checkArticles, checkURLs, checkLists, checkLinkIndex, checkFrontier}
	for _, step := range steps {
		if err := step(ctx, tx, r); err != nil {
			return err
		}
	}
	return nil
}

// every calls fn for each key and value of the bucket, checking ctx now
// and then.
func every(ctx context.Context, b *bolt.Bucket, fn func(k, v []byte)) error {
	c := b.Cursor()
	n := 0
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if n++; n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		fn(k, v)
	}
	return nil
}

func checkArticles(ctx context.Context, tx *bolt.Tx, r *CheckReport) error {
	arts, urls := tx.Bucket(bucketArticles), tx.Bucket(bucketURLs)
	var last uint64
	err := every(ctx, arts, func(k, v []byte) {
		r.Articles++
		if len(k) != 8 {
			r.problem("articles: key %x is not an 8-byte ID", k)
			return
		}
		id := binary.BigEndian.Uint64(k)
		last = max(last, id)
		var rec record
		if err := json.Unmarshal(v, &rec); err != nil {
			r.problem("article %d: %v", id, err)
			return
		}
		switch u := urls.Get([]byte(rec.URL)); {
		case rec.ID != id:
			r.problem("article %d: stored with ID %d", id, rec.ID)
		case rec.URL == "":
			r.problem("article %d: no URL", id)
		case u == nil:
			r.problem("article %d: its URL %s is not in urls", id, rec.URL)
		case !bytes.Equal(u, k):
			r.problem("article %d: its URL %s names article %x in urls", id, rec.URL, u)
		}
	})
	if last > arts.Sequence() {
		r.problem("articles: sequence %d is below ID %d: new articles would overwrite old ones", arts.Sequence(), last)
	}
	return err
}

func checkURLs(ctx context.Context, tx *bolt.Tx, r *CheckReport) error {
	arts, urls := tx.Bucket(bucketArticles), tx.Bucket(bucketURLs)
	err := every(ctx, urls, func(k, v []byte) {
		r.URLs++
		if len(v) != 8 || arts.Get(v) == nil {
			r.problem("urls: %s names no stored article (%x)", k, v)
		}
	})
	if err != nil {
		return err
	}
	aliases := tx.Bucket(bucketAliases)
	if aliases == nil {
		return nil // version 1 kept no index of them
	}
	err = every(ctx, aliases, func(k, _ []byte) {
		r.Aliases++
		if len(k) <= 8 {
			r.problem("aliases: key %x is too short", k)
			return
		}
		if id := urls.Get(k[8:]); !bytes.Equal(id, k[:8]) {
			r.problem("aliases: %s of article %d is not in urls as its URL", k[8:], binary.BigEndian.Uint64(k[:8]))
		}
	})
	if err != nil || r.URLs == r.Articles+r.Aliases {
		return err
	}
	// Some urls entry is neither an article's own URL nor a known alias:
	// name them (this reads every article again).
	return scanAliases(tx, func(id, url []byte) error {
		if aliases.Get(aliasKey(id, url)) == nil {
			r.problem("urls: %s names article %d under another URL but is not among its aliases", url, binary.BigEndian.Uint64(id))
		}
		return ctx.Err()
	})
}

func checkLists(ctx context.Context, tx *bolt.Tx, r *CheckReport) error {
	arts := tx.Bucket(bucketArticles)
	stored := func(k []byte) bool { return len(k) == 8 && arts.Get(k) != nil }
	err := every(ctx, tx.Bucket(bucketRelated), func(k, v []byte) {
		r.Related++
		if !stored(k) {
			r.problem("related: list of %x, which is no stored article", k)
			return
		}
		var recs []relatedRecord
		if err := json.Unmarshal(v, &recs); err != nil {
			r.problem("related: list of %d: %v", binary.BigEndian.Uint64(k), err)
			return
		}
		for _, rec := range recs {
			if arts.Get(itob(rec.ID)) == nil {
				r.problem("related: list of %d names %d, which is no stored article", binary.BigEndian.Uint64(k), rec.ID)
			}
		}
	})
	if err != nil {
		return err
	}
	err = every(ctx, tx.Bucket(bucketPrints), func(k, v []byte) {
		if !stored(v) {
			r.problem("fingerprints: %x names no stored article (%x)", k, v)
		}
	})
	if err != nil {
		return err
	}
	return every(ctx, tx.Bucket(bucketChanged), func(k, _ []byte) {
		if !stored(k) {
			r.problem("changed: %x is no stored article", k)
		}
	})
}

func checkLinkIndex(ctx context.Context, tx *bolt.Tx, r *CheckReport) error {
	v := tx.Bucket(bucketMeta).Get(keyLinkGen)
	if v != nil && len(v) != 8 {
		r.problem("meta: link index generation %x is not 8 bytes", v)
		return nil
	}
	r.LinkGeneration = linkGen(tx)
	if r.LinkGeneration != 0 && tx.Bucket(bucketLinkIndex).Bucket(itob(r.LinkGeneration)) == nil {
		r.problem("linkindex: generation %d, named in meta, is missing", r.LinkGeneration)
	}
	if r.LinkGeneration == 0 {
		if k, _ := tx.Bucket(bucketLinkLog).Cursor().First(); k != nil {
			r.problem("linklog: change records without a link index")
		}
	}
	return nil
}

func checkFrontier(ctx context.Context, tx *bolt.Tx, r *CheckReport) error {
	f := openFtx(tx)
	names := map[*bolt.Bucket]string{f.queue: "queue", f.delayed: "delayed", f.leased: "leased", f.failed: "failed", f.revisit: "revisit"}
	err := every(ctx, f.seen, func(uk, v []byte) {
		r.FrontierURLs++
		if len(uk) != 8 || len(v) == 0 {
			r.problem("frontier: record %x = %x is malformed", uk, v)
			return
		}
		e := entry{state: v[0], key: v[1:]}
		if !bytes.ContainsRune([]byte{stateQueued, stateDelayed, stateLeased, stateFailed, stateDone}, rune(e.state)) {
			r.problem("frontier: record %x has unknown state %q", uk, e.state)
			return
		}
		b, k := f.bucketOf(uk, e)
		if b == nil {
			return // done for good: no item kept
		}
		iv := b.Get(k)
		if iv == nil {
			r.problem("frontier: %x is %s but %s has no item at %x", uk, names[b], names[b], k)
			return
		}
		if it, err := decodeItem(iv); err == nil && !bytes.Equal(urlKey(it.URL), uk) {
			r.problem("frontier: %s item %x is %s, not the URL of record %x", names[b], k, it.URL, uk)
		}
	})
	if err != nil {
		return err
	}
	// Every item has a record pointing at it.
	for _, b := range []*bolt.Bucket{f.queue, f.delayed, f.leased, f.failed, f.revisit} {
		err := every(ctx, b, func(k, v []byte) {
			it, err := decodeItem(v)
			if err != nil {
				r.problem("frontier: %s item %x: %v", names[b], k, err)
				return
			}
			uk := urlKey(it.URL)
			e, ok := f.lookup(uk)
			if !ok {
				r.problem("frontier: %s item %s has no frontier record", names[b], it.URL)
				return
			}
			if rb, rk := f.bucketOf(uk, e); rb != b || !bytes.Equal(rk, k) {
				r.problem("frontier: %s item %s is not where its record (state %q) points", names[b], it.URL, e.state)
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}
