package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"

	bolt "go.etcd.io/bbolt"
)

// The link index and what changed since it was written.
var (
	bucketLinkIndex = []byte("linkindex") // chunk number (8 bytes) -> up to linkChunk bytes of the encoded index
	bucketChanged   = []byte("changed")   // article ID -> "": created or updated since the last link
)

// linkChunk is the size of one stored piece of the link index: large
// values cost bbolt overflow pages, small ones many keys.
const linkChunk = 1 << 20

// PutLinkIndex replaces the stored link index with what write writes, in
// one transaction. The linker's encoding is opaque to the store.
func (db *DB) PutLinkIndex(ctx context.Context, write func(io.Writer) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: put link index: %w", err)
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketLinkIndex); err != nil {
			return err
		}
		b, err := tx.CreateBucket(bucketLinkIndex)
		if err != nil {
			return err
		}
		b.FillPercent = 1 // keys are appended
		w := &chunkWriter{b: b}
		if err := write(w); err != nil {
			return err
		}
		return w.flush()
	})
	if err != nil {
		return fmt.Errorf("store: put link index: %w", err)
	}
	return nil
}

// chunkWriter stores what is written in linkChunk pieces.
type chunkWriter struct {
	b   *bolt.Bucket
	buf []byte
	n   uint64
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
			if err := w.flush(); err != nil {
				return 0, err
			}
		}
	}
	return written, nil
}

func (w *chunkWriter) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	err := w.b.Put(binary.BigEndian.AppendUint64(nil, w.n), w.buf)
	w.n++
	w.buf = nil
	return err
}

// LinkIndex calls read with the stored link index, inside a read
// transaction (read must not keep the reader). ok is false when none is
// stored.
func (db *DB) LinkIndex(ctx context.Context, read func(io.Reader) error) (ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("store: link index: %w", err)
	}
	err = db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketLinkIndex)
		c := b.Cursor()
		k, v := c.First()
		if k == nil {
			return nil
		}
		ok = true
		var readers []io.Reader
		for ; k != nil; k, v = c.Next() {
			readers = append(readers, bytes.NewReader(v))
		}
		return read(io.MultiReader(readers...))
	})
	if err != nil {
		return ok, fmt.Errorf("store: link index: %w", err)
	}
	return ok, nil
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
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if ids == nil {
			if err := tx.DeleteBucket(bucketChanged); err != nil {
				return err
			}
			_, err := tx.CreateBucket(bucketChanged)
			return err
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
