package store

import (
	"bytes"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// A migration turns a file of layout version from into version from+1.
// It runs inside one write transaction, which also records the new
// version: a failed or interrupted migration leaves the file as it was.
//
// Every change to the layout (a bucket added, renamed or re-keyed, a value
// re-encoded) bumps SchemaVersion and appends the migration from the
// version before it here; TestMigrations_Golden opens a file of every
// older layout kept in testdata.
type migration struct {
	from  int
	about string
	run   func(tx *bolt.Tx) error
}

// migrations are in order: migrations[i] turns version i+1 into i+2.
var migrations = []migration{
	{1, "index the aliases of each article in the aliases bucket", migrateAliases},
	{2, "add the publish log of the serving files", migratePubLog},
}

// MigrationBackupPath returns the name of the copy that Open writes of the
// file at path before migrating it from layout version from: path
// followed by ".v<from>.bak", in the same directory (news.db.v1.bak).
// Open overwrites an older copy of that name.
func MigrationBackupPath(path string, from int) string {
	return path + ".v" + strconv.Itoa(from) + ".bak"
}

// migrate backs the file up and runs the migrations from version from to
// SchemaVersion, one transaction each.
func (db *DB) migrate(from int) error {
	if err := db.copyTo(MigrationBackupPath(db.path, from)); err != nil {
		return fmt.Errorf("back up before migrating from version %d: %w", from, err)
	}
	for _, m := range migrations[from-1:] {
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			if err := m.run(tx); err != nil {
				return err
			}
			return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(m.from+1)))
		})
		if err != nil {
			return fmt.Errorf("migrate from version %d (%s): %w", m.from, m.about, err)
		}
	}
	return nil
}

// migrateAliases (version 1 to 2) fills the aliases bucket from the urls
// bucket: every URL that names an article stored under another URL.
func migrateAliases(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketAliases)
	if err != nil {
		return err
	}
	return scanAliases(tx, func(id []byte, url []byte) error {
		return b.Put(aliasKey(id, url), nil)
	})
}

// aliasKey is the key of an alias in the aliases bucket: the article's ID
// then the URL, so that an article's aliases are one range.
func aliasKey(id, url []byte) []byte {
	return append(append(make([]byte, 0, 8+len(url)), id...), url...)
}

// scanAliases calls fn with every URL of the urls bucket that names an
// article stored under another URL, reading each article's own URL: it
// costs a decode of every article, which a file of version 2 or later
// spares by keeping the aliases bucket.
func scanAliases(tx *bolt.Tx, fn func(id, url []byte) error) error {
	arts := tx.Bucket(bucketArticles)
	c := tx.Bucket(bucketURLs).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		av := arts.Get(v)
		if av == nil {
			continue // a dangling entry: Check reports it
		}
		u, err := recordURL(av)
		if err != nil {
			return fmt.Errorf("article %x: %w", v, err)
		}
		if !bytes.Equal(u, k) {
			if err := fn(v, k); err != nil {
				return err
			}
		}
	}
	return nil
}

// migratePubLog (version 2 to 3) adds the publish log bucket, empty: no
// log is kept until the first Publish (the serving files of an older
// version, full copies, are then written anew).
func migratePubLog(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketPubLog)
	return err
}
