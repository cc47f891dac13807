package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Serving files. "newslink serve" reads only the meta, articles, urls and
// related buckets; Publish keeps two files with just those (the served
// path is a symbolic link to one of them) and brings the one not served
// up to date with the changes recorded in the publish log since that
// file was last written, so that a publish costs what changed, not the
// archive.
var (
	// bucketPubLog is the publish log of the main file (since version 3):
	// sequence (8 bytes) -> kind (1 byte) + ID (8 bytes), appended where
	// articles, URLs and lists are written, while keyPubFloor is set.
	bucketPubLog = []byte("publog")
	// keyPubFloor (meta of the main file): the log holds every change
	// after this sequence. Absent: no serving file is kept, no log either.
	keyPubFloor = []byte("publog-floor")
	// keyServedPrefix + a serving file's base name (meta of the main
	// file) -> the log sequence that file was last brought up to.
	keyServedPrefix = []byte("served:")
	// keyServeSeq (meta of a serving file): the log sequence of the main
	// file it holds everything up to.
	keyServeSeq = []byte("serve-seq")
)

// Kinds of publish log entries.
const (
	logArticle  byte = 'a' // the article's record, URL or aliases were written
	logList     byte = 'r' // the article's Related Stories list was rewritten
	logAllLists byte = 'R' // every list was replaced (ID 0)
)

// servingBuckets are what a serving file holds, as the main file holds them.
var servingBuckets = [][]byte{bucketArticles, bucketURLs, bucketRelated}

// ServingSuffixes name the two serving files that Publish writes in turn:
// the served path followed by each (news.db.snapshot.a, news.db.snapshot.b).
var ServingSuffixes = [2]string{".a", ".b"}

// servingTxBytes bounds what one transaction of a whole serving file
// writes, so that its dirty pages stay a small part of memory. A variable
// for tests.
var servingTxBytes = 32 << 20

// publishHook, when set (by tests), runs at each stage of Publish:
// "applied", inside the serving file's transaction once the changes are
// in, and "written", before the served path is switched to the file. An
// error it returns stops Publish there, as a crash would.
var publishHook func(stage, file string) error

// logChange appends a publish log entry when a log is kept.
func logChange(tx *bolt.Tx, kind byte, id uint64) error {
	if tx.Bucket(bucketMeta).Get(keyPubFloor) == nil {
		return nil
	}
	b := tx.Bucket(bucketPubLog)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	v := make([]byte, 9)
	v[0] = kind
	binary.BigEndian.PutUint64(v[1:], id)
	return b.Put(itob(seq), v)
}

// PublishResult says what Publish did.
type PublishResult struct {
	// File is the serving file the served path now names.
	File string
	// Full is true when File was written whole rather than updated; Why
	// says why (a first publish, a file a reader still held, a log that
	// no longer reaches back far enough, a read-only database).
	Full bool
	Why  string
	// Articles and Lists count the articles and Related Stories lists
	// copied by an update (Lists is -1 when every list was copied).
	Articles, Lists int
	// Seq is the publish log sequence File holds everything up to.
	Seq uint64
	// Current is true when the served file already held every change:
	// nothing was written and path was left as it was.
	Current bool
}

// Publish makes path serve the articles, URLs and Related Stories lists
// of the database as they are now, for "newslink serve". path becomes a
// symbolic link to one of two serving files beside it (path followed by
// ServingSuffixes), each holding only the buckets serve reads. Publish
// brings the file that path does not name up to date, then renames a new
// link over path: a reader that opened the old file keeps reading it; one
// that opens path afterwards gets the new one. A crash at any point leaves
// path naming a complete file.
//
// The update applies only what the publish log of the database recorded
// since that file was last written: the articles written and the lists
// rewritten. The file is opened for writing without waiting: when a
// reader still holds it (a server that has not switched away from it),
// or when it is missing, unreadable, or older than the log reaches, a new
// file is written whole from the database (only the served buckets), and
// renamed over it. The first Publish on a database opened for writing
// starts its publish log; a database opened read-only (Options.ReadOnly)
// can only be published whole.
//
// Publish must not run concurrently with itself for the same path; as
// the only writer of the database holds its lock, two link runs cannot.
func (db *DB) Publish(ctx context.Context, path string) (PublishResult, error) {
	res, err := db.publish(ctx, path)
	if err != nil {
		return res, fmt.Errorf("store: publish %s: %w", path, err)
	}
	return res, nil
}

func (db *DB) publish(ctx context.Context, path string) (res PublishResult, err error) {
	if err := ctx.Err(); err != nil {
		return res, err
	}
	writable := !db.bolt.IsReadOnly()
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if writable {
		if err := db.startPubLog(); err != nil {
			return res, err
		}
		removeLeftovers(dir, base)
	}
	// The file that path does not name is the one to write.
	name := base + ServingSuffixes[0]
	target, err := os.Readlink(path)
	if err == nil && filepath.Base(target) == name {
		name = base + ServingSuffixes[1]
	}
	if err == nil && writable {
		// Nothing changed since the served file was written: a server
		// need not reload.
		served := filepath.Join(dir, filepath.Base(target))
		if seq, ok := db.servedCurrent(filepath.Base(target)); ok {
			if _, err := os.Stat(served); err == nil {
				return PublishResult{File: served, Seq: seq, Current: true}, nil
			}
		}
	}
	file := filepath.Join(dir, name)
	res.File = file

	switch {
	case !writable:
		res.Why = "database opened read-only"
	default:
		res.Why, err = db.updateServing(ctx, file, &res)
		if err != nil {
			return res, err
		}
	}
	if res.Why != "" {
		res.Full = true
		if res.Seq, err = db.writeServing(ctx, file); err != nil {
			return res, err
		}
	}
	if publishHook != nil {
		if err := publishHook("written", file); err != nil {
			return res, err
		}
	}
	if err := switchLink(dir, base, name); err != nil {
		return res, err
	}
	if writable {
		if err := db.trimPubLog(name, res.Seq); err != nil {
			return res, err
		}
	}
	return res, nil
}

// removeLeftovers deletes what a publish that crashed left in dir: whole
// serving files not renamed into place, and links not renamed over the
// served path. The caller holds the database's write lock, so that no
// other publish of it is running.
func removeLeftovers(dir, base string) {
	patterns := []string{"." + base + ".link-*"}
	for _, suffix := range ServingSuffixes {
		patterns = append(patterns, "."+base+suffix+".tmp-*")
	}
	for _, p := range patterns {
		names, _ := filepath.Glob(filepath.Join(dir, p))
		for _, name := range names {
			os.Remove(name)
		}
	}
}

// startPubLog sets the log floor if no log is kept yet: from now on every
// change is logged.
func (db *DB) startPubLog() error {
	var on bool
	if err := db.bolt.View(func(tx *bolt.Tx) error {
		on = tx.Bucket(bucketMeta).Get(keyPubFloor) != nil
		return nil
	}); err != nil || on {
		return err
	}
	return db.bolt.Update(func(tx *bolt.Tx) error {
		// A sequence of its own: a serving file written before (while no
		// log was kept, changes went unrecorded) holds a lower one, below
		// the floor, and is written whole.
		floor, err := tx.Bucket(bucketPubLog).NextSequence()
		if err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyPubFloor, itob(floor))
	})
}

// servedCurrent reports whether the serving file of the name (one of
// this database's pair) holds every change logged, and its sequence.
func (db *DB) servedCurrent(name string) (seq uint64, ok bool) {
	db.bolt.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		v := meta.Get(append(bytes.Clone(keyServedPrefix), name...))
		if len(v) != 8 || meta.Get(keyPubFloor) == nil {
			return nil
		}
		seq = binary.BigEndian.Uint64(v)
		ok = seq == tx.Bucket(bucketPubLog).Sequence()
		return nil
	})
	return seq, ok
}

// StopPublishing drops the publish log and stops keeping it: "newslink
// link" calls it where no served path exists any more. The next Publish
// writes its serving files whole. It writes nothing when no log is kept.
func (db *DB) StopPublishing(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: stop publishing: %w", err)
	}
	var on bool
	if err := db.bolt.View(func(tx *bolt.Tx) error {
		on = tx.Bucket(bucketMeta).Get(keyPubFloor) != nil
		return nil
	}); err != nil || !on {
		return err
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if err := meta.Delete(keyPubFloor); err != nil {
			return err
		}
		if err := deleteServed(meta); err != nil {
			return err
		}
		// The entries go; the sequence stays, so that it never runs
		// back to what a serving file already holds.
		return deleteLog(tx.Bucket(bucketPubLog), ^uint64(0))
	})
	if err != nil {
		return fmt.Errorf("store: stop publishing: %w", err)
	}
	return nil
}

// deleteServed deletes the served: keys of meta.
func deleteServed(meta *bolt.Bucket) error {
	var keys [][]byte
	c := meta.Cursor()
	for k, _ := c.Seek(keyServedPrefix); k != nil && bytes.HasPrefix(k, keyServedPrefix); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		if err := meta.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// updateServing applies the log entries since the serving file's own
// sequence to it. It returns why the file must be written whole instead,
// or "" when it was updated.
func (db *DB) updateServing(ctx context.Context, file string, res *PublishResult) (why string, err error) {
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		return "no serving file yet", nil
	}
	// Never wait: a reader holding the file means the server has not
	// switched away from it yet.
	sb, err := bolt.Open(file, 0o644, &bolt.Options{Timeout: time.Nanosecond})
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return "a reader still holds it", nil
	case err != nil:
		return fmt.Sprintf("unreadable: %v", err), nil
	}
	defer func() {
		if cerr := sb.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	err = db.bolt.View(func(tx *bolt.Tx) error {
		floor := tx.Bucket(bucketMeta).Get(keyPubFloor)
		log := tx.Bucket(bucketPubLog)
		cur := log.Sequence()
		return sb.Update(func(stx *bolt.Tx) error {
			meta := stx.Bucket(bucketMeta)
			for _, name := range servingBuckets {
				if stx.Bucket(name) == nil {
					meta = nil
				}
			}
			if meta == nil {
				why = "not a serving file"
				return nil
			}
			if v, err := checkSchema(stx); err != nil || v != SchemaVersion {
				why = "written by another version"
				return nil
			}
			have := meta.Get(keyServeSeq)
			switch {
			case len(have) != 8 || len(floor) != 8:
				why = "not a serving file"
				return nil
			case binary.BigEndian.Uint64(have) < binary.BigEndian.Uint64(floor):
				why = "older than the publish log reaches"
				return nil
			case binary.BigEndian.Uint64(have) > cur:
				why = "newer than the database"
				return nil
			}
			res.Seq = cur
			var err error
			res.Articles, res.Lists, err = applyLog(ctx, tx, stx, binary.BigEndian.Uint64(have))
			if err != nil {
				return err
			}
			if publishHook != nil {
				if err := publishHook("applied", file); err != nil {
					return err
				}
			}
			return meta.Put(keyServeSeq, itob(cur))
		})
	})
	if err != nil {
		return "", fmt.Errorf("update %s: %w", file, err)
	}
	return why, nil
}

// applyLog copies into the serving file's transaction dst what the log of
// tx records after sequence from. It returns the number of articles and
// lists copied (-1 lists: all).
func applyLog(ctx context.Context, tx, dst *bolt.Tx, from uint64) (articles, lists int, err error) {
	arts := map[uint64]bool{}
	rels := map[uint64]bool{}
	all := false
	c := tx.Bucket(bucketPubLog).Cursor()
	for k, v := c.Seek(itob(from + 1)); k != nil; k, v = c.Next() {
		if len(v) != 9 {
			return 0, 0, fmt.Errorf("publish log entry %x: bad value %x", k, v)
		}
		id := binary.BigEndian.Uint64(v[1:])
		switch v[0] {
		case logArticle:
			arts[id] = true
		case logList:
			rels[id] = true
		case logAllLists:
			all = true
		default:
			return 0, 0, fmt.Errorf("publish log entry %x: unknown kind %q", k, v[0])
		}
	}
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	src, srcURLs, srcAliases := tx.Bucket(bucketArticles), tx.Bucket(bucketURLs), tx.Bucket(bucketAliases)
	dArts, dURLs := dst.Bucket(bucketArticles), dst.Bucket(bucketURLs)
	for _, id := range slices.Sorted(maps.Keys(arts)) {
		key := itob(id)
		v := src.Get(key)
		if v == nil {
			// Gone from the database: gone from the serving file.
			if old := dArts.Get(key); old != nil {
				if u, err := recordURL(old); err == nil && bytes.Equal(dURLs.Get(u), key) {
					if err := dURLs.Delete(u); err != nil {
						return 0, 0, err
					}
				}
			}
			if err := dArts.Delete(key); err != nil {
				return 0, 0, err
			}
			rels[id] = true
			continue
		}
		if err := dArts.Put(key, v); err != nil {
			return 0, 0, err
		}
		u, err := recordURL(v)
		if err != nil {
			return 0, 0, fmt.Errorf("article %d: %w", id, err)
		}
		if bytes.Equal(srcURLs.Get(u), key) {
			if err := dURLs.Put(u, key); err != nil {
				return 0, 0, err
			}
		}
		ac := srcAliases.Cursor()
		for k, _ := ac.Seek(key); k != nil && bytes.HasPrefix(k, key); k, _ = ac.Next() {
			if alias := k[8:]; bytes.Equal(srcURLs.Get(alias), key) {
				if err := dURLs.Put(alias, key); err != nil {
					return 0, 0, err
				}
			}
		}
	}
	if all {
		if err := resetBucket(dst, bucketRelated); err != nil {
			return 0, 0, err
		}
		b := dst.Bucket(bucketRelated)
		b.FillPercent = 1.0
		rc := tx.Bucket(bucketRelated).Cursor()
		for k, v := rc.First(); k != nil; k, v = rc.Next() {
			if err := b.Put(k, v); err != nil {
				return 0, 0, err
			}
		}
		return len(arts), -1, nil
	}
	srcRel, dRel := tx.Bucket(bucketRelated), dst.Bucket(bucketRelated)
	for _, id := range slices.Sorted(maps.Keys(rels)) {
		key := itob(id)
		if v := srcRel.Get(key); v != nil {
			err = dRel.Put(key, v)
		} else {
			err = dRel.Delete(key)
		}
		if err != nil {
			return 0, 0, err
		}
	}
	return len(arts), len(rels), nil
}

// recordURL returns the URL of a stored article record.
func recordURL(v []byte) ([]byte, error) {
	var r struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, err
	}
	return []byte(r.URL), nil
}

// writeServing writes a whole serving file of the database, as of one
// read transaction, to a temporary file beside file, synced and renamed
// over it. It returns the log sequence the file holds everything up to.
func (db *DB) writeServing(ctx context.Context, file string) (seq uint64, err error) {
	err = writeAside(file, ".tmp-", func(sb *bolt.DB) error {
		err := db.bolt.View(func(tx *bolt.Tx) error {
			if log := tx.Bucket(bucketPubLog); log != nil {
				seq = log.Sequence()
			}
			err := sb.Update(func(stx *bolt.Tx) error {
				meta, err := stx.CreateBucket(bucketMeta)
				if err != nil {
					return err
				}
				for _, name := range servingBuckets {
					if _, err := stx.CreateBucket(name); err != nil {
						return err
					}
				}
				if err := meta.Put(keySchema, []byte(fmt.Sprint(SchemaVersion))); err != nil {
					return err
				}
				return meta.Put(keyServeSeq, itob(seq))
			})
			if err != nil {
				return err
			}
			for _, name := range servingBuckets {
				if err := copyBucket(ctx, tx.Bucket(name), sb, name); err != nil {
					return fmt.Errorf("copy %s: %w", name, err)
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("write %s: %w", file, err)
		}
		return nil
	})
	return seq, err
}

// copyBucket copies the bucket src into the bucket of the name in dst, in
// key order, committing every servingTxBytes. src's transaction must
// outlive the copy: the values written are src's.
func copyBucket(ctx context.Context, src *bolt.Bucket, dst *bolt.DB, name []byte) error {
	c := src.Cursor()
	k, v := c.First()
	for k != nil {
		err := dst.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(name)
			b.FillPercent = 1.0 // appended in order: full pages
			for n := 0; k != nil && n < servingTxBytes; k, v = c.Next() {
				if err := b.Put(k, v); err != nil {
					return err
				}
				n += len(k) + len(v)
			}
			return ctx.Err()
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// switchLink makes dir/base a symbolic link to name (in dir), atomically:
// a new link is renamed over it, and the directory synced.
func switchLink(dir, base, name string) error {
	tmp := filepath.Join(dir, fmt.Sprintf(".%s.link-%d", base, os.Getpid()))
	os.Remove(tmp)
	if err := os.Symlink(name, tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, base)); err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(dir)
}

// trimPubLog records that the serving file name holds everything up to
// seq, and deletes the log entries that both serving files hold.
func (db *DB) trimPubLog(name string, seq uint64) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(append(bytes.Clone(keyServedPrefix), name...), itob(seq)); err != nil {
			return err
		}
		// The oldest of the serving files' sequences: what the next
		// update of the other file starts from. A file not recorded will
		// be written whole, and needs none of the log.
		upTo := seq
		for _, suffix := range ServingSuffixes {
			other := strings.TrimSuffix(name, filepath.Ext(name)) + suffix
			if v := meta.Get(append(bytes.Clone(keyServedPrefix), other...)); len(v) == 8 {
				upTo = min(upTo, binary.BigEndian.Uint64(v))
			}
		}
		floor := meta.Get(keyPubFloor)
		if len(floor) != 8 || binary.BigEndian.Uint64(floor) >= upTo {
			return nil
		}
		if err := deleteLog(tx.Bucket(bucketPubLog), upTo); err != nil {
			return err
		}
		return meta.Put(keyPubFloor, itob(upTo))
	})
}

// deleteLog deletes the log entries up to sequence upTo.
func deleteLog(log *bolt.Bucket, upTo uint64) error {
	var keys [][]byte
	c := log.Cursor()
	for k, _ := c.First(); k != nil && binary.BigEndian.Uint64(k) <= upTo; k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		if err := log.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
