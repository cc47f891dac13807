package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SnapshotSuffix is appended to a database's path to name the snapshot
// that "newslink serve" reads: the path Publish points at its serving
// files.
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
// Open the snapshot with Options.ReadOnly: the file is meant for readers,
// never for writes. It copies the whole database; Publish, which "newslink
// link" uses for "newslink serve", copies only the buckets serve reads,
// and of those only what changed.
func (db *DB) PublishSnapshot(ctx context.Context, path string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: publish snapshot %s: %w", path, err)
	}
	if err := db.copyTo(path); err != nil {
		return fmt.Errorf("store: publish snapshot %s: %w", path, err)
	}
	return nil
}

// Backup writes a consistent copy of the database to path, as
// PublishSnapshot does: inside one read transaction, into a temporary file
// beside path, synced, renamed over path, and the directory synced. A
// crash leaves either the old file at path or the new one, never a part.
// The copy is a complete database: open it with Open like the original.
func (db *DB) Backup(ctx context.Context, path string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	if sameFile(path, db.path) {
		return fmt.Errorf("store: backup to %s: that is the database itself", path)
	}
	if err := db.copyTo(path); err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	return nil
}

// copyTo writes a consistent copy of the database aside and renames it to
// path.
func (db *DB) copyTo(path string) (err error) {
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

// sameFile reports whether the paths name one existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// writeAside writes a new bbolt file at path: fill fills it in a
// temporary file beside path (named "."+base+tmp+random, unsynced while
// filled), which is then synced, made 0644 and renamed over path, the
// rename made durable. A crash leaves either the old file or the new one;
// on error the temporary file is removed.
func writeAside(path, tmp string, fill func(*bolt.DB) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+tmp+"*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	defer func() {
		if err != nil {
			os.Remove(name)
		}
	}()
	out, err := bolt.Open(name, 0o644, &bolt.Options{Timeout: time.Nanosecond, NoSync: true}) // synced once, at the end
	if err != nil {
		return err
	}
	if err := fill(out); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	if err := os.Chmod(name, 0o644); err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
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
