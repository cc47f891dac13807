package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"newslink"
)

// SchemaVersion is the layout version this package reads and writes: one
// more than the oldest layout, 1, for each migration in migrations.
const SchemaVersion = 3

// DefaultLockTimeout is how long Open waits for another process's lock
// when Options.LockTimeout is zero.
const DefaultLockTimeout = time.Second

// Errors returned by the store; test them with errors.Is.
var (
	// ErrLocked means another process holds the database file.
	ErrLocked = errors.New("database locked by another process")
	// ErrSchemaTooNew means the file was written by a newer newslink.
	ErrSchemaTooNew = errors.New("database schema is newer than this program")
	// ErrNotFound means no article is stored under the URL or ID asked for.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means an article lacks what the store needs (its URL).
	ErrInvalid = errors.New("invalid article")
	// ErrNoDatabase means a reader asked for a database file that does
	// not exist.
	ErrNoDatabase = errors.New("no such database")
)

var (
	bucketMeta     = []byte("meta")
	bucketArticles = []byte("articles")
	bucketURLs     = []byte("urls")
	bucketRelated  = []byte("related")
	bucketPrints   = []byte("fingerprints")
	bucketAliases  = []byte("aliases") // ID (8 bytes) + alias URL -> "": the other URLs of an article (since version 2)
	keySchema      = []byte("schema")
)

// allBuckets are created at open.
var allBuckets = append([][]byte{bucketMeta, bucketArticles, bucketURLs, bucketRelated, bucketPrints, bucketAliases,
	bucketLinkIndex, bucketLinkLog, bucketChanged, bucketPubLog}, frontierBuckets...)

// Options configures Open. The zero value (or nil) means
// DefaultLockTimeout, read-write.
type Options struct {
	// LockTimeout is how long to wait for another process's lock before
	// failing with ErrLocked. Zero means DefaultLockTimeout; a negative
	// value means not to wait: fail at once if the file is locked.
	LockTimeout time.Duration
	// ReadOnly opens the file with a shared lock, for readers; it must
	// already exist.
	ReadOnly bool
	// Existing opens the file for writing only if it exists: a command
	// that has nothing to do on an empty database (link, reextract,
	// compact) gets ErrNoDatabase for a mistyped path instead of creating
	// a file there.
	Existing bool
	// NoSync skips the disk sync at each commit. It is for throwaway
	// files (benchmarks measure what syncing costs with it): after a
	// power cut such a file may be corrupt.
	NoSync bool
}

// DB is an open newslink database. Its methods are safe for concurrent use;
// Close it when done.
type DB struct {
	bolt     *bolt.DB
	path     string
	version  int   // the file's layout version: SchemaVersion unless opened read-only
	migrated int   // the version Open migrated the file from, or 0
	writes   group // coalesces the small writes of concurrent crawl workers

	oldAliases     map[uint64][]string // aliases of a read-only file older than version 2
	oldAliasesErr  error
	oldAliasesOnce sync.Once
}

// Open opens or creates the database file at path and checks its schema.
//
// A file written by an older layout is migrated when it is opened for
// writing: Open first writes a consistent copy of it beside it, named by
// MigrationBackupPath, then runs each migration to the next version in a
// transaction of its own. A read-only Open reads an older file as it is.
func Open(path string, opts *Options) (*DB, error) {
	if opts == nil {
		opts = &Options{}
	}
	if opts.ReadOnly || opts.Existing {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("store: %s: %w (crawl or import creates it)", path, ErrNoDatabase)
		}
	}
	b, err := openBolt(path, opts)
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("store: open %s: %w", path, ErrLocked)
	}
	if err != nil {
		// "store: open x.db: no such file or directory", not the path twice.
		if pe := (*fs.PathError)(nil); errors.As(err, &pe) && pe.Path == path {
			err = pe.Err
		}
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	b.NoSync = opts.NoSync
	db := &DB{bolt: b, path: path}
	if opts.ReadOnly {
		err = b.View(func(tx *bolt.Tx) error {
			var err error
			db.version, err = checkSchema(tx)
			return err
		})
	} else {
		err = db.initSchema()
	}
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return db, nil
}

// openBolt opens the bbolt file with the lock that opts ask for. A process
// that waited for the lock may get it on a file that another one has
// meanwhile replaced by renaming a new file over it (Compact does): that
// file is read by nobody any more, so openBolt opens the path again.
func openBolt(path string, opts *Options) (*bolt.DB, error) {
	timeout := opts.LockTimeout
	switch {
	case timeout == 0:
		timeout = DefaultLockTimeout
	case timeout < 0:
		timeout = time.Nanosecond // bbolt tries once, then gives up
	}
	for attempt := 0; ; attempt++ {
		var f *os.File
		b, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: timeout, ReadOnly: opts.ReadOnly, InitialMmapSize: mmapHeadroom(path, opts),
			OpenFile: func(name string, flag int, mode os.FileMode) (*os.File, error) {
				var err error
				f, err = os.OpenFile(name, flag, mode)
				return f, err
			}})
		if err != nil {
			return nil, err
		}
		if attempt < 3 && replaced(f, path) {
			b.Close()
			continue
		}
		return b, nil
	}
}

// mmapHeadroom returns the size to map a file that is opened for writing
// at: twice its size, at most 1 GiB more, as bbolt grows its map. A write
// that grows the file past the map remaps it, and a remap copies every
// key and value the transaction holds out of the old map (0.015 s of a
// 1-second rebuild of 20 Newsgroups, whose lists outgrow the imported
// file's map); readers also wait for a remap. Mapped but untouched pages
// cost address space, not memory.
func mmapHeadroom(path string, opts *Options) int {
	fi, err := os.Stat(path)
	if err != nil || opts.ReadOnly || strconv.IntSize < 64 {
		return 0 // a new file starts small; a 32-bit map has no room to spare
	}
	return int(fi.Size() + min(fi.Size(), 1<<30))
}

// replaced reports whether path no longer names the open file f.
func replaced(f *os.File, path string) bool {
	if f == nil {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	pi, err := os.Stat(path)
	return err == nil && !os.SameFile(fi, pi)
}

// initSchema records the schema version of a new file, or checks that of
// an existing one and migrates it, then creates the buckets that are
// missing.
func (db *DB) initSchema() error {
	var v int
	fresh, missing := false, false
	err := db.bolt.View(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			missing = missing || tx.Bucket(name) == nil
		}
		if meta := tx.Bucket(bucketMeta); meta == nil || meta.Get(keySchema) == nil {
			fresh = true // a new file: the key is written with the first buckets
			return nil
		}
		var err error
		v, err = checkSchema(tx)
		return err
	})
	if err != nil {
		return err
	}
	if !fresh && v < SchemaVersion {
		if err := db.migrate(v); err != nil {
			return err
		}
		db.migrated = v
		missing = true // a migration may add buckets: look again below
	}
	db.version = SchemaVersion
	if !fresh && !missing {
		// Nothing to write: a transaction would still write a meta page
		// and sync the file twice, on every command.
		return nil
	}
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		if fresh {
			return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
		}
		return nil
	})
	return err
}

// checkSchema returns the schema version of the file and fails on one
// written with a newer layout.
func checkSchema(tx *bolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, fmt.Errorf("not a newslink database: no meta bucket")
	}
	v, err := strconv.Atoi(string(meta.Get(keySchema)))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("bad schema version %q", meta.Get(keySchema))
	}
	if v > SchemaVersion {
		return 0, fmt.Errorf("%w: file has version %d, this program reads %d", ErrSchemaTooNew, v, SchemaVersion)
	}
	return v, nil
}

// Close releases the file and its lock.
func (db *DB) Close() error { return db.bolt.Close() }

// Version returns the layout version of the file: SchemaVersion, or an
// older one for a file opened read-only that no writer has migrated yet.
func (db *DB) Version() int { return db.version }

// MigratedFrom returns the layout version that Open migrated the file
// from (its backup is MigrationBackupPath(path, version)), or 0 when it
// did not migrate it.
func (db *DB) MigratedFrom() int { return db.migrated }

// Path returns the file name the database was opened with.
func (db *DB) Path() string { return db.path }

func itob(id uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, id)
	return b
}

// record is the stored form of an article: the domain type with explicit
// JSON names, so that renaming a Go field never changes the file.
type record struct {
	ID        uint64        `json:"id"`
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
	WARC      *warcRecord   `json:"warc,omitempty"`
	// Image and Tags came after the first schema; older records have
	// none and need no migration.
	Image string   `json:"image,omitempty"`
	Tags  []string `json:"tags,omitempty"`
}

// warcRecord is where an article's response is archived. Older records
// have none; the field needs no migration.
type warcRecord struct {
	File   string `json:"file"`
	Offset int64  `json:"offset"`
	Length int64  `json:"length"`
}

func toRecord(a *newslink.Article) record {
	r := record{a.ID, a.URL, a.Headline, a.Published, a.Modified, a.Authors, a.Language, a.Summary, a.Body, a.Section, a.Fetched, nil, a.Image, a.Tags}
	if !a.WARC.IsZero() {
		r.WARC = &warcRecord{a.WARC.File, a.WARC.Offset, a.WARC.Length}
	}
	return r
}

func (r record) article() *newslink.Article {
	a := &newslink.Article{ID: r.ID, URL: r.URL, Headline: r.Headline, Published: r.Published, Modified: r.Modified,
		Authors: r.Authors, Language: r.Language, Summary: r.Summary, Body: r.Body, Section: r.Section, Fetched: r.Fetched,
		Image: r.Image, Tags: r.Tags}
	if r.WARC != nil {
		a.WARC = newslink.WARCLocation{File: r.WARC.File, Offset: r.WARC.Offset, Length: r.WARC.Length}
	}
	return a
}

func decodeArticle(v []byte) (*newslink.Article, error) {
	var r record
	if decodeRecord(v, &r) {
		return r.article(), nil
	}
	r = record{}
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("decode article: %w", err)
	}
	return r.article(), nil
}

// sameContent reports whether two articles differ only in ID and fetch time.
func sameContent(a, b *newslink.Article) bool {
	return a.URL == b.URL && a.Headline == b.Headline && a.Published == b.Published &&
		a.Modified == b.Modified && slices.Equal(a.Authors, b.Authors) && a.Language == b.Language &&
		a.Summary == b.Summary && a.Body == b.Body && a.Section == b.Section && a.Image == b.Image && slices.Equal(a.Tags, b.Tags)
}

// PutArticle stores a by its URL: it creates the article or updates the
// stored one in place, keeping its ID. It sets a.ID and reports what it did.
// An unchanged article is not rewritten.
//
// Concurrent calls share one transaction and one disk sync (bbolt's Batch),
// which is what crawl workers do.
//
// A new URL whose body is the same as that of an article stored under
// another URL (case and white space aside) is not stored again: it becomes
// an alias of that article, found by Article, and the change is Unchanged.
func (db *DB) PutArticle(ctx context.Context, a *newslink.Article) (newslink.Change, error) {
	if err := ctx.Err(); err != nil {
		return newslink.Unchanged, fmt.Errorf("store: put article: %w", err)
	}
	if a.URL == "" {
		return newslink.Unchanged, errNoURL
	}
	var change newslink.Change
	var id uint64
	err := db.writes.update(db.bolt, func(tx *bolt.Tx) error {
		var err error
		change, id, err = put(tx, a, putOpts{})
		return err
	})
	if err != nil {
		return newslink.Unchanged, fmt.Errorf("store: put article %q: %w", a.URL, err)
	}
	a.ID = id
	return change, nil
}

// errNoURL refuses an article without a URL, which names it.
var errNoURL = fmt.Errorf("store: put article: %w: no url", ErrInvalid)

// PutArticles upserts many articles in one transaction, as PutArticle does
// for one: all are stored or, on error, none.
func (db *DB) PutArticles(ctx context.Context, as []*newslink.Article) ([]newslink.Change, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: put articles: %w", err)
	}
	for _, a := range as {
		if a.URL == "" {
			return nil, errNoURL
		}
	}
	changes := make([]newslink.Change, len(as))
	ids := make([]uint64, len(as))
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		for i, a := range as {
			c, id, err := put(tx, a, putOpts{})
			if err != nil {
				return fmt.Errorf("store: put article %q: %w", a.URL, err)
			}
			changes[i], ids[i] = c, id
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, a := range as {
		a.ID = ids[i]
	}
	return changes, nil
}

// minPrintChars is the shortest body that gets a content fingerprint:
// shorter ones (a photo caption, a stub) are too alike to tell apart.
const minPrintChars = 200

// fingerprint identifies an article's content whatever its URL: a hash of
// its body with case and white space folded. Bodies too short to tell
// apart have none.
func fingerprint(body string) []byte {
	if len(body) < minPrintChars {
		return nil
	}
	h := sha256.New()
	var buf [1024]byte
	n, pending, started := 0, false, false
	for _, r := range body {
		if unicode.IsSpace(r) {
			pending = started // no space before the first word
			continue
		}
		started = true
		if n > len(buf)-8 {
			h.Write(buf[:n])
			n = 0
		}
		if pending {
			buf[n] = ' '
			n++
			pending = false
		}
		n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
	}
	h.Write(buf[:n])
	return h.Sum(nil)[:16]
}

// putOpts are the choices of Import that put offers.
type putOpts struct {
	distinct bool   // never make a new URL an alias by its fingerprint
	id       uint64 // the ID a new article is to get, if free
}

// put stores a under its URL. Unless distinct, a new URL whose body has
// the fingerprint of a stored article becomes an alias of that article.
func put(tx *bolt.Tx, a *newslink.Article, o putOpts) (newslink.Change, uint64, error) {
	arts, urls, prints := tx.Bucket(bucketArticles), tx.Bucket(bucketURLs), tx.Bucket(bucketPrints)
	change := newslink.Created
	fp := fingerprint(a.Body)
	var id uint64
	if v := urls.Get([]byte(a.URL)); v != nil {
		id = binary.BigEndian.Uint64(v)
		old, err := decodeArticle(arts.Get(v))
		if err != nil {
			return 0, 0, err
		}
		if old.URL != a.URL {
			// The URL is an alias of an article stored under another URL
			// (the same content was found there first): keep that one.
			return newslink.Unchanged, id, nil
		}
		if sameContent(old, a) {
			if a.WARC.IsZero() || a.WARC == old.WARC {
				return newslink.Unchanged, id, nil
			}
			// Same content fetched again: only where its latest response
			// is archived changes, which the linker does not need to see.
			old.WARC = a.WARC
			r := toRecord(old)
			v, err := json.Marshal(r)
			if err != nil {
				return 0, 0, err
			}
			if err := logChange(tx, logArticle, id); err != nil {
				return 0, 0, err
			}
			return newslink.Unchanged, id, arts.Put(itob(id), v)
		}
		change = newslink.Updated
		if ofp := fingerprint(old.Body); ofp != nil && !bytes.Equal(ofp, fp) && bytes.Equal(prints.Get(ofp), v) {
			if err := prints.Delete(ofp); err != nil {
				return 0, 0, err
			}
		}
	} else {
		if fp != nil && !o.distinct {
			if v := prints.Get(fp); v != nil && arts.Get(v) != nil {
				// The same article under a second URL (a wire story, a
				// print view): stored once, the URL kept as an alias.
				return newslink.Unchanged, binary.BigEndian.Uint64(v), putAlias(tx, v, []byte(a.URL))
			}
		}
		var err error
		if o.id != 0 && arts.Get(itob(o.id)) == nil {
			id = o.id
			if id > arts.Sequence() {
				err = arts.SetSequence(id)
			}
		} else {
			id, err = arts.NextSequence()
		}
		if err != nil {
			return 0, 0, err
		}
		if err := urls.Put([]byte(a.URL), itob(id)); err != nil {
			return 0, 0, err
		}
	}
	if fp != nil && prints.Get(fp) == nil {
		if err := prints.Put(fp, itob(id)); err != nil {
			return 0, 0, err
		}
	}
	r := toRecord(a)
	r.ID = id
	v, err := json.Marshal(r)
	if err != nil {
		return 0, 0, err
	}
	if err := tx.Bucket(bucketChanged).Put(itob(id), nil); err != nil {
		return 0, 0, err
	}
	if err := logChange(tx, logArticle, id); err != nil {
		return 0, 0, err
	}
	return change, id, arts.Put(itob(id), v)
}

// putAlias stores url as another URL of the article with the ID.
func putAlias(tx *bolt.Tx, id, url []byte) error {
	if err := tx.Bucket(bucketURLs).Put(url, id); err != nil {
		return err
	}
	if err := logChange(tx, logArticle, binary.BigEndian.Uint64(id)); err != nil {
		return err
	}
	return tx.Bucket(bucketAliases).Put(aliasKey(id, url), nil)
}

// Imported is one article for DB.Import.
type Imported struct {
	// Article is stored under its URL, as PutArticle stores it.
	Article *newslink.Article
	// Aliases are other URLs of the article. One that is already stored
	// for another article stays that article's.
	Aliases []string
	// Distinct stores the article under its own URL even when a stored
	// article has the same body, where PutArticle would make the URL an
	// alias: articles read from an export were told apart already.
	Distinct bool
	// ID, when not zero, is the ID a new article gets if no article has
	// it (the articles bucket's sequence moves past it); otherwise the
	// next free one, as always.
	ID uint64
}

// Import stores a batch of articles with their aliases in one
// transaction, as PutArticles does, and returns what happened to each
// article. An alias that is already stored for the same article is no
// change.
func (db *DB) Import(ctx context.Context, batch []Imported) ([]newslink.Change, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: import: %w", err)
	}
	for _, im := range batch {
		if im.Article.URL == "" {
			return nil, errNoURL
		}
	}
	changes := make([]newslink.Change, len(batch))
	ids := make([]uint64, len(batch))
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		urls := tx.Bucket(bucketURLs)
		for i, im := range batch {
			c, id, err := put(tx, im.Article, putOpts{distinct: im.Distinct, id: im.ID})
			if err != nil {
				return fmt.Errorf("store: put article %q: %w", im.Article.URL, err)
			}
			changes[i], ids[i] = c, id
			for _, alias := range im.Aliases {
				if alias == "" || urls.Get([]byte(alias)) != nil {
					continue
				}
				if err := putAlias(tx, itob(id), []byte(alias)); err != nil {
					return fmt.Errorf("store: put alias %q: %w", alias, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, im := range batch {
		im.Article.ID = ids[i]
	}
	return changes, nil
}

// Aliases returns the other URLs stored for the article with the ID (the
// URLs under which the same body was found after it), in byte order. A
// read-only file of a layout older than version 2 has no index of them:
// the first call then reads every article once to find them all.
func (db *DB) Aliases(ctx context.Context, id uint64) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if db.version < 2 {
		db.oldAliasesOnce.Do(func() {
			db.oldAliases = map[uint64][]string{}
			db.oldAliasesErr = db.bolt.View(func(tx *bolt.Tx) error {
				return scanAliases(tx, func(id, url []byte) error {
					k := binary.BigEndian.Uint64(id)
					db.oldAliases[k] = append(db.oldAliases[k], string(url))
					return nil
				})
			})
		})
		if db.oldAliasesErr != nil {
			return nil, fmt.Errorf("store: aliases: %w", db.oldAliasesErr)
		}
		return db.oldAliases[id], nil
	}
	var out []string
	err := db.bolt.View(func(tx *bolt.Tx) error {
		prefix := itob(id)
		c := tx.Bucket(bucketAliases).Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			out = append(out, string(k[8:]))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: aliases of %d: %w", id, err)
	}
	return out, nil
}

// IDs returns the ID of the article stored under each URL (an article's
// own or an alias), or 0 for a URL not stored.
func (db *DB) IDs(ctx context.Context, urls []string) ([]uint64, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ids := make([]uint64, len(urls))
	err := db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketURLs)
		for i, u := range urls {
			if v := b.Get([]byte(u)); len(v) == 8 {
				ids[i] = binary.BigEndian.Uint64(v)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: ids: %w", err)
	}
	return ids, nil
}

// Article returns the article stored under the canonical URL, or ErrNotFound.
func (db *DB) Article(ctx context.Context, url string) (*newslink.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var a *newslink.Article
	err := db.bolt.View(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketURLs).Get([]byte(url))
		if id == nil {
			return ErrNotFound
		}
		var err error
		a, err = decodeArticle(tx.Bucket(bucketArticles).Get(id))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: article %q: %w", url, err)
	}
	return a, nil
}

// ArticleByID returns the article with the ID, or ErrNotFound.
func (db *DB) ArticleByID(ctx context.Context, id uint64) (*newslink.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var a *newslink.Article
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketArticles).Get(itob(id))
		if v == nil {
			return ErrNotFound
		}
		var err error
		a, err = decodeArticle(v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: article %d: %w", id, err)
	}
	return a, nil
}

// ForEachArticle calls fn for every stored article in ID order, inside one
// read transaction: fn sees a consistent snapshot and must not write to db.
// It stops at the first error fn returns, or when ctx is done.
//
// The pages read are let go as the scan goes on (dropMapped), so that a
// scan holds little of the file in memory however large the store.
func (db *DB) ForEachArticle(ctx context.Context, fn func(*newslink.Article) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		defer db.dropMapped(tx)
		c := tx.Bucket(bucketArticles).Cursor()
		read := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			if read += len(v); read >= dropEvery {
				db.dropMapped(tx)
				read = 0
			}
			a, err := decodeArticle(v)
			if err != nil {
				return fmt.Errorf("store: article %d: %w", binary.BigEndian.Uint64(k), err)
			}
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	})
}

// dropEvery is how many bytes of articles a scan reads between two
// dropMapped calls. A variable for tests.
var dropEvery = 64 << 20

// Count returns the number of stored articles.
func (db *DB) Count(ctx context.Context) (int, error) {
	n := 0
	err := db.bolt.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketArticles).Stats().KeyN
		return nil
	})
	return n, err
}

// relatedRecord is the stored form of one Related entry.
type relatedRecord struct {
	ID    uint64  `json:"id"`
	Score float64 `json:"score"`
}

// ReplaceRelated replaces every stored Related Stories list with lists, in
// one transaction: readers see either the old lists or the new ones.
// lists maps an article ID to its entries, best first; only IDs and scores
// are stored, and the rest is read from the articles when a list is read.
func (db *DB) ReplaceRelated(ctx context.Context, lists map[uint64][]newslink.Related) error {
	return db.putRelated(ctx, slices.Collect(maps.Keys(lists)), func(id uint64) []newslink.Related { return lists[id] }, true)
}

// ReplaceRelatedFunc is ReplaceRelated for lists made one at a time:
// list(id) is called once for each of ids (sorted in place), inside the
// one transaction, so that the caller never holds every list at once. On
// 1,000,000 articles the lists as a map were over a gigabyte beside the
// index.
func (db *DB) ReplaceRelatedFunc(ctx context.Context, ids []uint64, list func(id uint64) []newslink.Related) error {
	return db.putRelated(ctx, ids, list, true)
}

// PutRelated replaces the lists of the articles in lists and keeps all
// others, in one transaction.
func (db *DB) PutRelated(ctx context.Context, lists map[uint64][]newslink.Related) error {
	return db.putRelated(ctx, slices.Collect(maps.Keys(lists)), func(id uint64) []newslink.Related { return lists[id] }, false)
}

func (db *DB) putRelated(ctx context.Context, ids []uint64, list func(uint64) []newslink.Related, all bool) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: put related: %w", err)
	}
	slices.Sort(ids) // sequential keys make bbolt's writes cheap
	err := db.update(func(tx *bolt.Tx) error {
		if all {
			if err := resetBucket(tx, bucketRelated); err != nil {
				return err
			}
			if err := logChange(tx, logAllLists, 0); err != nil {
				return err
			}
		}
		b := tx.Bucket(bucketRelated)
		b.FillPercent = 0.9
		for _, id := range ids {
			l := list(id)
			// A buffer of its own: Put keeps it until the commit.
			v, err := appendRelated(make([]byte, 0, 2+48*len(l)), l)
			if err != nil {
				return fmt.Errorf("article %d: %w", id, err)
			}
			if err := b.Put(itob(id), v); err != nil {
				return err
			}
			if !all {
				if err := logChange(tx, logList, id); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: put related: %w", err)
	}
	return nil
}

// appendRelated appends the stored form of a list, the JSON that
// encoding/json gives a []relatedRecord (an empty list is "[]"), to b. A
// rebuild stores every article's list in one transaction; json.Marshal's
// reflection was a third of its time there.
func appendRelated(b []byte, list []newslink.Related) ([]byte, error) {
	b = append(b, '[')
	for k, r := range list {
		if math.IsNaN(r.Score) || math.IsInf(r.Score, 0) {
			return nil, fmt.Errorf("related %d: score %v is no number JSON can hold", r.ID, r.Score)
		}
		if k > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = strconv.AppendUint(b, r.ID, 10)
		b = append(b, `,"score":`...)
		b = appendJSONFloat(b, r.Score)
		b = append(b, '}')
	}
	return append(b, ']'), nil
}

// appendJSONFloat appends f as encoding/json writes a float64: the
// shortest decimal that reads back as f, in exponent form only below
// 1e-6 or from 1e21, with a one-digit negative exponent unpadded.
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// "1e-07" is written "1e-7".
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// Related returns the stored Related Stories list of the article with the
// ID, best first, filled in from the related articles as stored now.
// Entries whose article is gone are skipped. An article without a list
// has an empty one.
func (db *DB) Related(ctx context.Context, id uint64) ([]newslink.Related, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []newslink.Related
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketRelated).Get(itob(id))
		if v == nil {
			return nil
		}
		var recs []relatedRecord
		if err := json.Unmarshal(v, &recs); err != nil {
			return fmt.Errorf("decode related: %w", err)
		}
		arts := tx.Bucket(bucketArticles)
		for _, r := range recs {
			av := arts.Get(itob(r.ID))
			if av == nil {
				continue
			}
			a, err := decodeArticle(av)
			if err != nil {
				return err
			}
			out = append(out, newslink.Related{ID: a.ID, URL: a.URL, Headline: a.Headline,
				Published: a.Published, Summary: a.Summary, Score: r.Score, Image: a.Image})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: related %d: %w", id, err)
	}
	return out, nil
}

// ForEachID calls fn with the ID of every stored article, in order, without
// decoding the articles.
func (db *DB) ForEachID(ctx context.Context, fn func(id uint64) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketArticles).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(binary.BigEndian.Uint64(k)); err != nil {
				return err
			}
		}
		return nil
	})
}
