package store_test

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newslink"
	"newslink/store"
)

// goldenCopy writes the golden data into a new file and returns its path.
func goldenCopy(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "news.db")
	writeGolden(t, path)
	return path
}

// rawUpdate changes the file with bbolt directly, as a bug or a crash
// half-way through a foreign tool might.
func rawUpdate(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	b, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func id(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func TestCheckFile_Invariants(t *testing.T) {
	tests := []struct {
		name    string
		corrupt func(tx *bolt.Tx) error
		want    string
	}{
		{"intact", func(*bolt.Tx) error { return nil }, ""},
		{"dangling url", func(tx *bolt.Tx) error { return tx.Bucket([]byte("urls")).Put([]byte("https://x/gone"), id(99)) },
			"urls: https://x/gone names no stored article"},
		{"url not an alias", func(tx *bolt.Tx) error { return tx.Bucket([]byte("urls")).Put([]byte("https://x/other"), id(2)) },
			"urls: https://x/other names article 2 under another URL but is not among its aliases"},
		{"article without its url", func(tx *bolt.Tx) error { return tx.Bucket([]byte("urls")).Delete([]byte("https://news.example/b")) },
			"article 2: its URL https://news.example/b is not in urls"},
		{"related names a missing article", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("related")).Put(id(1), []byte(`[{"id":42,"score":0.5}]`))
		}, "related: list of 1 names 42, which is no stored article"},
		{"undecodable article", func(tx *bolt.Tx) error { return tx.Bucket([]byte("articles")).Put(id(3), []byte(`{"id":3,`)) },
			"article 3: unexpected end of JSON input"},
		{"link generation missing", func(tx *bolt.Tx) error { return tx.Bucket([]byte("meta")).Put([]byte("linkindex-generation"), id(7)) },
			"linkindex: generation 7, named in meta, is missing"},
		{"frontier record without item", func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("failed")) },
			"bucket failed is missing"},
		{"frontier item without record", func(tx *bolt.Tx) error {
			c := tx.Bucket([]byte("frontier")).Cursor()
			var del [][]byte
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if v[0] == 'f' {
					del = append(del, k)
				}
			}
			for _, k := range del {
				if err := tx.Bucket([]byte("frontier")).Delete(k); err != nil {
					return err
				}
			}
			return nil
		}, "frontier: failed item https://news.example/d has no frontier record"},
		{"sequence behind", func(tx *bolt.Tx) error { return tx.Bucket([]byte("articles")).SetSequence(1) },
			"articles: sequence 1 is below ID 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := goldenCopy(t)
			rawUpdate(t, path, tt.corrupt)
			r, err := store.CheckFile(context.Background(), path, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(r.Problems, "\n")
			if tt.want == "" {
				if !r.OK() {
					t.Errorf("problems in an intact file:\n%s", got)
				}
				if r.Articles != 3 || r.URLs != 4 || r.Aliases != 1 || r.Related != 2 || r.FrontierURLs != 3 || r.Version != store.SchemaVersion {
					t.Errorf("report = %+v", r)
				}
				return
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("problems:\n%s\nwant one with %q", got, tt.want)
			}
		})
	}
}

// TestCheckFile_Corrupt flips bytes of a file in several ways: every time
// the check reports a problem, and never crashes.
func TestCheckFile_Corrupt(t *testing.T) {
	src := filepath.Join(t.TempDir(), "big.db")
	db, err := store.Open(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	var as []*newslink.Article
	for i := range 400 {
		as = append(as, &newslink.Article{URL: fmt.Sprintf("https://x/%d", i), Headline: fmt.Sprint("story ", i),
			Body: strings.Repeat(fmt.Sprintf("words of story %d ", i), 60)})
	}
	if _, err := db.PutArticles(context.Background(), as); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Compacted, every page of the file is in use: a flipped page is
	// always one that matters.
	compacted := filepath.Join(t.TempDir(), "compacted.db")
	if _, _, err := store.Compact(context.Background(), src, compacted, nil); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(compacted)
	if err != nil {
		t.Fatal(err)
	}
	ps := os.Getpagesize()
	mid := len(data) / 2 / ps * ps
	tests := []struct {
		name string
		flip func(b []byte) []byte
	}{
		{"middle page inverted", func(b []byte) []byte {
			for i := mid; i < mid+ps; i++ {
				b[i] ^= 0xFF
			}
			return b
		}},
		{"middle page header", func(b []byte) []byte {
			for i := mid; i < mid+16; i++ {
				b[i] ^= 0x5A
			}
			return b
		}},
		{"element offsets of the middle page", func(b []byte) []byte {
			for i := mid + 16; i < mid+64; i++ {
				b[i] ^= 0x80
			}
			return b
		}},
		{"root page", func(b []byte) []byte {
			root := binary.NativeEndian.Uint64(b[16+16:]) // meta 0's root bucket page
			for i := int(root) * ps; i < int(root)*ps+ps/2; i++ {
				b[i] = ^b[i]
			}
			return b
		}},
		{"JSON of an article", func(b []byte) []byte {
			i := strings.Index(string(b[mid:]), `"headline"`)
			b[mid+i] = '#'
			return b
		}},
		{"both meta pages", func(b []byte) []byte {
			b[20], b[ps+20] = ^b[20], ^b[ps+20]
			return b
		}},
		{"truncated", func(b []byte) []byte { return b[:mid] }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "broken.db")
			if err := os.WriteFile(path, tt.flip(append([]byte(nil), data...)), 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := store.CheckFile(context.Background(), path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if r.OK() {
				t.Fatal("no problem found")
			}
			t.Logf("%d problems, first: %s", len(r.Problems)+r.Omitted, r.Problems[0])
		})
	}
}

// TestOpen_FileReplacedWhileWaiting: a process that waits for the lock of
// a file that another one replaces (as an in-place compaction does) opens
// the new file, not the orphaned one.
func TestOpen_FileReplacedWhileWaiting(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("watches /proc/self/fd")
	}
	ctx := context.Background()
	path := goldenCopy(t)
	holder, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	before := openFDs(t, path)
	type result struct {
		db  *store.DB
		err error
	}
	done := make(chan result, 1)
	go func() {
		db, err := store.Open(path, &store.Options{LockTimeout: 10 * time.Second})
		done <- result{db, err}
	}()
	// Wait until the waiter has the old file open, then replace it.
	for deadline := time.Now().Add(10 * time.Second); openFDs(t, path) == before; {
		if time.Now().After(deadline) {
			t.Fatal("the waiting Open never opened the file")
		}
		runtime.Gosched()
	}
	if _, _, err := store.Compact(ctx, path, path+".new", &store.Options{LockTimeout: -1}); err == nil {
		t.Fatal("compact --to of a locked file succeeded")
	}
	if err := holder.Backup(ctx, path+".new"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".new", path); err != nil {
		t.Fatal(err)
	}
	holder.Close()
	res := <-done
	if res.err != nil {
		t.Fatal(res.err)
	}
	a := &newslink.Article{URL: "https://news.example/after", Headline: "After", Body: "b"}
	if _, err := res.db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	res.db.Close()
	db, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Article(ctx, a.URL); err != nil {
		t.Errorf("the article written after the wait is not in the file at the path: %v", err)
	}
}

// openFDs counts this process's descriptors open on the file at path.
func openFDs(t *testing.T, path string) int {
	t.Helper()
	want, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		if fi, err := os.Stat(filepath.Join("/proc/self/fd", e.Name())); err == nil && os.SameFile(fi, want) {
			n++
		}
	}
	return n
}

// TestCompact_Missing: compacting a path where there is no database is
// an error, and makes no file there.
func TestCompact_Missing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "typo.db")
	for _, dst := range []string{"", path + ".new"} {
		if _, _, err := store.Compact(context.Background(), path, dst, nil); !errors.Is(err, store.ErrNoDatabase) {
			t.Errorf("Compact(%q, %q): %v, want ErrNoDatabase", path, dst, err)
		}
		for _, p := range []string{path, path + ".new"} {
			if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Compact(%q, %q) left %s (%v)", path, dst, p, err)
			}
		}
	}
}
