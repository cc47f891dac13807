package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
)

// The link index, the changes written since, and the articles changed
// since the last link.
var (
	bucketLinkIndex = []byte("linkindex") // generation (8 bytes) -> bucket: chunk number (8 bytes) -> up to linkChunk bytes of the encoded index
	bucketLinkLog   = []byte("linklog")   // sequence number (8 bytes) -> one change record, applied in order to the index
	bucketChanged   = []byte("changed")   // article ID -> "": created or updated since the last link
)

// keyLinkGen, in the meta bucket, holds the generation of the link index
// in use: a new index is written beside the old one, over several
// transactions, and replaces it in one.
var keyLinkGen = []byte("linkindex-generation")

// linkChunk is the size of one stored piece of the link index: large
// values cost bbolt overflow pages, small ones many keys.
const linkChunk = 1 << 20

// linkTxBytes bounds what one transaction of PutLinkIndex writes: bbolt
// holds a transaction's pages in memory until it commits. A variable for
// tests.
var linkTxBytes = 64 << 20

// PutLinkIndex replaces the stored link index with what write writes and
// forgets the changes appended to the old one. The linker's encoding is
// opaque to the store. The new index is written in pieces beside the old
// one and swapped in by the transaction that writes its last piece (an
// index of up to linkTxBytes, the transaction that writes it all), so
// that memory holds a piece at a time and readers see the old index or
// the new one, never a mix; an error or a crash leaves the old one.
func (db *DB) PutLinkIndex(ctx context.Context, write func(io.Writer) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: put link index: %w", err)
	}
	w := &chunkWriter{db: db}
	if err := write(w); err != nil {
		return fmt.Errorf("store: put link index: %w", err)
	}
	if err := w.commit(); err != nil {
		return fmt.Errorf("store: put link index: %w", err)
	}
	return nil
}

// update runs fn in a write transaction and then lets go of the pages of
// the file that it read (see dropMapped): those of the buckets it freed.
// The advice is given inside fn's transaction, after fn, where no remap
// can happen (see dropMapped).
func (db *DB) update(fn func(tx *bolt.Tx) error) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		db.dropMapped(tx)
		return nil
	})
}

// linkGen returns the generation of the stored link index, 0 if none.
func linkGen(tx *bolt.Tx) uint64 {
	v := tx.Bucket(bucketMeta).Get(keyLinkGen)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// deleteGenerations deletes the link indexes of the generations del
// selects, and anything else in the bucket.
func deleteGenerations(tx *bolt.Tx, del func(gen uint64) bool) error {
	b := tx.Bucket(bucketLinkIndex)
	type doomed struct {
		key    []byte
		bucket bool
	}
	var ds []doomed
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if v != nil || len(k) != 8 || del(binary.BigEndian.Uint64(k)) {
			ds = append(ds, doomed{bytes.Clone(k), v == nil})
		}
	}
	for _, d := range ds {
		var err error
		if d.bucket {
			err = b.DeleteBucket(d.key)
		} else {
			err = b.Delete(d.key)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// resetBucket empties a top-level bucket.
func resetBucket(tx *bolt.Tx, name []byte) error {
	if tx.Bucket(name) != nil {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
	}
	_, err := tx.CreateBucket(name)
	return err
}

// chunkWriter stores what is written in linkChunk pieces of a new
// generation, committing a transaction every linkTxBytes; the last one
// swaps the generation in.
type chunkWriter struct {
	db      *DB
	gen     uint64   // the new generation, 0 until the first transaction
	n       uint64   // next chunk number
	pending [][]byte // full chunks not yet committed
	buf     []byte
}

func (w *chunkWriter) Write(p []byte) (int, error) {
	written := len(p)
	for len(p) > 0 {
		if w.buf == nil {
			w.buf = make([]byte, 0, linkChunk) // bbolt keeps values until commit: never reused
		}
		k := min(len(p), linkChunk-len(w.buf))
		w.buf = append(w.buf, p[:k]...)
		p = p[k:]
		if len(w.buf) == linkChunk {
			w.pending = append(w.pending, w.buf)
			w.buf = nil
			if len(w.pending)*linkChunk >= linkTxBytes {
				if err := w.flush(false); err != nil {
					return 0, err
				}
			}
		}
	}
	return written, nil
}

// commit stores everything written and swaps the new generation in.
func (w *chunkWriter) commit() error {
	if len(w.buf) > 0 {
		w.pending = append(w.pending, w.buf)
		w.buf = nil
	}
	return w.flush(true)
}

// flush stores the pending pieces in one transaction, which first makes
// the new generation's bucket if none was made yet and, if last, swaps
// the generation in: a transaction fewer per piece of the write, and
// every commit costs two disk syncs.
func (w *chunkWriter) flush(last bool) error {
	if len(w.pending) == 0 && !last {
		return nil
	}
	err := w.db.update(func(tx *bolt.Tx) error {
		if w.gen == 0 {
			gen := linkGen(tx) + 1
			if err := deleteGenerations(tx, func(g uint64) bool { return g >= gen }); err != nil { // left by a failed write
				return err
			}
			if _, err := tx.Bucket(bucketLinkIndex).CreateBucket(itob(gen)); err != nil {
				return err
			}
			w.gen = gen
		}
		b := tx.Bucket(bucketLinkIndex).Bucket(itob(w.gen))
		b.FillPercent = 1 // keys are appended
		for _, v := range w.pending {
			if err := b.Put(itob(w.n), v); err != nil {
				return err
			}
			w.n++
		}
		if !last {
			return nil
		}
		if err := tx.Bucket(bucketMeta).Put(keyLinkGen, itob(w.gen)); err != nil {
			return err
		}
		if err := deleteGenerations(tx, func(g uint64) bool { return g != w.gen }); err != nil {
			return err
		}
		return resetBucket(tx, bucketLinkLog)
	})
	w.pending = nil
	return err
}

// AppendLinkChanges stores what write writes as the next change record of
// the stored link index, in one transaction. It returns an error if no
// index is stored.
func (db *DB) AppendLinkChanges(ctx context.Context, write func(io.Writer) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: append link changes: %w", err)
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return fmt.Errorf("store: append link changes: %w", err)
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if linkGen(tx) == 0 {
			return errors.New("no link index stored")
		}
		b := tx.Bucket(bucketLinkLog)
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		return b.Put(itob(seq), buf.Bytes())
	})
	if err != nil {
		return fmt.Errorf("store: append link changes: %w", err)
	}
	return nil
}

// LinkIndex calls read with the stored link index and its change records
// in the order they were appended, inside a read transaction. base reads
// the index as a stream and also at any offset (a reader of the index of
// 1,000,000 articles can leave half of it unread until it needs a piece);
// neither base nor the records may be read after read returns. ok is
// false when no index is stored.
func (db *DB) LinkIndex(ctx context.Context, read func(base *io.SectionReader, changes []io.Reader) error) (ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("store: link index: %w", err)
	}
	err = db.bolt.View(func(tx *bolt.Tx) error {
		gen := linkGen(tx)
		if gen == 0 {
			return nil
		}
		defer db.dropMapped(tx) // read has copied what it keeps
		ok = true
		b := tx.Bucket(bucketLinkIndex).Bucket(itob(gen))
		if b == nil {
			return errors.New("the link index named in meta is missing")
		}
		// Let go of the pages read as reading goes on, so that reading a
		// large index does not hold it twice, in the file and in memory.
		p := &pieces{drop: func() { db.dropMapped(tx) }}
		defer p.close()
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			willNeed(v)
			p.add(v)
		}
		// The kernel was asked (willNeed) to read every piece from disk
		// ahead: on a page cache gone cold, reading the index of 1,000,000
		// articles a fault at a time took 60-90 s, against 5-6 s.
		var changes []io.Reader
		if b := tx.Bucket(bucketLinkLog); b != nil {
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				willNeed(v)
				changes = append(changes, bytes.NewReader(v))
			}
		}
		return read(io.NewSectionReader(p, 0, p.size), changes)
	})
	if err != nil {
		return ok, fmt.Errorf("store: link index: %w", err)
	}
	return ok, nil
}

// pieces reads the values of the link index's bucket, in bbolt's
// mapping, as one array of bytes. It may be read from several goroutines
// at once, and fails once closed: the mapping is valid only inside the
// transaction.
type pieces struct {
	vals   [][]byte
	ends   []int64 // ends[i] is the offset just past vals[i]
	size   int64
	read   atomic.Int64 // bytes read since the last drop
	drop   func()       // called every dropEvery bytes read
	closed atomic.Bool
}

func (p *pieces) add(v []byte) {
	p.vals = append(p.vals, v)
	p.size += int64(len(v))
	p.ends = append(p.ends, p.size)
}

func (p *pieces) close() { p.closed.Store(true) }

// errPiecesClosed is returned by a read of the index after its
// transaction ended.
var errPiecesClosed = errors.New("link index read after its transaction ended")

// ReadAt implements io.ReaderAt.
func (p *pieces) ReadAt(b []byte, off int64) (int, error) {
	if p.closed.Load() {
		return 0, errPiecesClosed
	}
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	n := 0
	for i, _ := slices.BinarySearch(p.ends, off+1); i < len(p.vals) && n < len(b); i++ {
		start := p.ends[i] - int64(len(p.vals[i]))
		n += copy(b[n:], p.vals[i][off+int64(n)-start:])
	}
	if p.read.Add(int64(n)) >= int64(dropEvery) {
		p.read.Store(0)
		p.drop()
	}
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

// Changed returns the IDs of the articles created or updated since the
// last ClearChanged, in ascending order.
func (db *DB) Changed(ctx context.Context) ([]uint64, error) {
	var ids []uint64
	err := db.bolt.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketChanged).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			ids = append(ids, binary.BigEndian.Uint64(k))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: changed articles: %w", err)
	}
	return ids, nil
}

// ClearChanged forgets that the articles were changed (they are linked
// now). A nil ids clears them all.
func (db *DB) ClearChanged(ctx context.Context, ids []uint64) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: clear changed: %w", err)
	}
	err := db.update(func(tx *bolt.Tx) error {
		if ids == nil {
			return resetBucket(tx, bucketChanged)
		}
		b := tx.Bucket(bucketChanged)
		for _, id := range ids {
			if err := b.Delete(itob(id)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: clear changed: %w", err)
	}
	return nil
}
