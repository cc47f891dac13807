package store

import (
	"context"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// compactTxBytes bounds what one transaction of Compact writes: bbolt
// keeps a transaction's pages in memory until it commits.
const compactTxBytes = 64 << 20

// Compact rewrites the database file at src without its free pages (the
// pages that updated and deleted values left behind, which bbolt reuses
// but never gives back to the file system) and returns the file's size
// before and after.
//
// With dst empty or naming src, the file is compacted in place: it is
// opened for writing (with its lock, waiting as opts say, and migrated if
// it is older), copied into a temporary file beside it, synced and renamed
// over it while the lock is held; a process that was waiting for the lock
// opens the new file (see Open). Otherwise src is opened read-only and the
// copy is renamed to dst, replacing any file there.
//
// A crash or error leaves src as it was. The copy cannot be interrupted
// once started: ctx is checked before.
func Compact(ctx context.Context, src, dst string, opts *Options) (before, after int64, err error) {
	inPlace := dst == "" || dst == src || sameFile(src, dst)
	if inPlace {
		dst = src
	}
	o := Options{}
	if opts != nil {
		o = *opts
	}
	o.ReadOnly = !inPlace
	o.Existing = true // compacting a mistyped path must not make a database there
	db, err := Open(src, &o)
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	if err := ctx.Err(); err != nil {
		return 0, 0, fmt.Errorf("store: compact %s: %w", src, err)
	}
	if fi, err := os.Stat(src); err == nil {
		before = fi.Size()
	}
	if err := db.compactTo(dst); err != nil {
		return 0, 0, fmt.Errorf("store: compact %s to %s: %w", src, dst, err)
	}
	fi, err := os.Stat(dst)
	if err != nil {
		return 0, 0, fmt.Errorf("store: compact %s: %w", src, err)
	}
	return before, fi.Size(), nil
}

// compactTo writes a compacted copy of the database into a temporary file
// beside path, syncs it and renames it to path.
func (db *DB) compactTo(path string) error {
	return writeAside(path, ".compact-", func(out *bolt.DB) error {
		return bolt.Compact(out, db.bolt, compactTxBytes)
	})
}
