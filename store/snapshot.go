package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// SnapshotSuffix is appended to a database's path to name the snapshot
// that PublishSnapshot writes by default.
const SnapshotSuffix = ".snapshot"

// SnapshotPath returns the default snapshot path of the database file at
// dbPath: dbPath followed by SnapshotSuffix, in the same directory.
func SnapshotPath(dbPath string) string { return dbPath + SnapshotSuffix }

// PublishSnapshot writes a consistent copy of the database to path and
// replaces any file there atomically: the copy is made inside one read
// transaction into a temporary file in path's directory, synced, made
// readable by all (0644), and renamed over path; then the directory is
// synced. A reader that has the old file open keeps reading it; one that
// opens path afterwards gets the new copy. Writers of db are not blocked.
//
// Open the snapshot with Options.ReadOnly: the file is meant for readers
// such as "newslink serve", never for writes.
func (db *DB) PublishSnapshot(ctx context.Context, path string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: publish snapshot %s: %w", path, err)
	}
	if err := db.publishSnapshot(path); err != nil {
		return fmt.Errorf("store: publish snapshot %s: %w", path, err)
	}
	return nil
}

func (db *DB) publishSnapshot(path string) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	err = db.bolt.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(f)
		return err
	})
	if err != nil {
		return fmt.Errorf("copy: %w", err)
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
