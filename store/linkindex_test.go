package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"testing"

	"newslink/store"
)

// readIndex returns the stored link index and its change records.
func readIndex(t *testing.T, db *store.DB) (base []byte, changes []string, ok bool) {
	t.Helper()
	ok, err := db.LinkIndex(context.Background(), func(b *io.SectionReader, cs []io.Reader) error {
		var err error
		if base, err = io.ReadAll(b); err != nil {
			return err
		}
		for _, c := range cs {
			d, err := io.ReadAll(c)
			if err != nil {
				return err
			}
			changes = append(changes, string(d))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return base, changes, ok
}

func put(db *store.DB, data []byte, failAfter int) error {
	return db.PutLinkIndex(context.Background(), func(w io.Writer) error {
		for len(data) > 0 {
			k := min(len(data), 300_000)
			if _, err := w.Write(data[:k]); err != nil {
				return err
			}
			data = data[k:]
			if failAfter -= k; failAfter <= 0 {
				return errors.New("writer failed")
			}
		}
		return nil
	})
}

func appendChanges(db *store.DB, rec string) error {
	return db.AppendLinkChanges(context.Background(), func(w io.Writer) error {
		_, err := io.WriteString(w, rec)
		return err
	})
}

func TestDB_LinkIndex(t *testing.T) {
	defer store.SetLinkTxBytes(2 << 20)() // several transactions per index
	db := mustOpen(t)
	if _, _, ok := readIndex(t, db); ok {
		t.Fatal("a fresh database has a link index")
	}
	if err := appendChanges(db, "x"); err == nil {
		t.Fatal("changes appended to no index")
	}
	first := bytes.Repeat([]byte("0123456789abcdef"), 500_000) // 8 MB: 8 chunks, 4 transactions
	first = append(first, "end"...)
	if err := put(db, first, len(first)+1); err != nil {
		t.Fatal(err)
	}
	for _, rec := range []string{"one", "two", "three"} {
		if err := appendChanges(db, rec); err != nil {
			t.Fatal(err)
		}
	}
	base, changes, ok := readIndex(t, db)
	if !ok || !bytes.Equal(base, first) || len(changes) != 3 || changes[0] != "one" || changes[2] != "three" {
		t.Fatalf("read %d bytes (ok %v), changes %q", len(base), ok, changes)
	}

	// A write that fails half way leaves the index and its changes.
	second := bytes.Repeat([]byte("z"), 5<<20)
	if err := put(db, second, 3<<20); err == nil {
		t.Fatal("failed writer: no error")
	}
	base, changes, _ = readIndex(t, db)
	if !bytes.Equal(base, first) || len(changes) != 3 {
		t.Fatalf("after a failed write: %d bytes, changes %q", len(base), changes)
	}

	// A new index replaces the old one and its changes.
	if err := put(db, second, len(second)+1); err != nil {
		t.Fatal(err)
	}
	base, changes, _ = readIndex(t, db)
	if !bytes.Equal(base, second) || len(changes) != 0 {
		t.Fatalf("after a new index: %d bytes, changes %q", len(base), changes)
	}
	if err := appendChanges(db, "four"); err != nil {
		t.Fatal(err)
	}
	if _, changes, _ = readIndex(t, db); len(changes) != 1 || changes[0] != "four" {
		t.Fatalf("changes %q, want [four]", changes)
	}
}

// TestDB_LinkIndex_ReadAt reads the stored index at offsets across its
// pieces, from several goroutines at once, and checks that it cannot be
// read once the transaction is over.
func TestDB_LinkIndex_ReadAt(t *testing.T) {
	db := mustOpen(t)
	data := make([]byte, 3<<20+12345)
	for i := range data {
		data[i] = byte(i * 7 / 5)
	}
	if err := put(db, data, len(data)+1); err != nil {
		t.Fatal(err)
	}
	var kept *io.SectionReader
	_, err := db.LinkIndex(context.Background(), func(base *io.SectionReader, _ []io.Reader) error {
		kept = base
		if base.Size() != int64(len(data)) {
			return fmt.Errorf("size %d, want %d", base.Size(), len(data))
		}
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for g := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range 200 {
					off := int64(1<<20*(k%4) - 1000 + g*97 + k)
					if k == 0 {
						off = int64(1 << 20 * (g % 4)) // on a boundary
					}
					if off < 0 {
						off = 0
					}
					b := make([]byte, 2000+k*11)
					n, err := base.ReadAt(b, off)
					want := data[off:min(int(off)+len(b), len(data))]
					if !bytes.Equal(b[:n], want) || (n < len(b)) != (err == io.EOF) {
						errs <- fmt.Errorf("ReadAt(%d bytes, %d) = %d, %v", len(b), off, n, err)
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		return <-errs
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := kept.ReadAt(make([]byte, 10), 0); err == nil {
		t.Error("read the index after its transaction ended")
	}
}
