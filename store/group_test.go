package store

import (
	"errors"
	"path/filepath"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestGroup_Update runs many concurrent writers, one of which fails: the
// others' writes are all committed, the failing one alone reports its
// error, and concurrent writers shared transactions.
func TestGroup_Update(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "g.db"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("b")); return err }); err != nil {
		t.Fatal(err)
	}
	var g group
	var wg sync.WaitGroup
	errs := make([]error, 200)
	boom := errors.New("boom")
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = g.update(db, func(tx *bolt.Tx) error {
				if i == 77 {
					return boom
				}
				return tx.Bucket([]byte("b")).Put(itob(uint64(i)), []byte("v"))
			})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if (i == 77) != errors.Is(err, boom) {
			t.Errorf("writer %d: err = %v", i, err)
		}
	}
	var n int
	db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket([]byte("b")).Stats().KeyN
		return nil
	})
	if n != 199 {
		t.Errorf("%d keys stored, want 199", n)
	}
	if g.leading || len(g.queue) != 0 {
		t.Errorf("group left leading=%v with %d queued", g.leading, len(g.queue))
	}
}
