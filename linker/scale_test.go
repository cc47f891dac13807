package linker_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"newslink/linker"
)

// TestIndex_RecallAtScale compares the pruned lists with brute force on a
// sample of a large JSON Lines corpus (newslink gen-corpus output) named
// by $LINKER_CORPUS; it is skipped when that is not set.
func TestIndex_RecallAtScale(t *testing.T) {
	path := os.Getenv("LINKER_CORPUS")
	if path == "" {
		t.Skip("LINKER_CORPUS not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	start := time.Now()
	ix, err := linker.BuildFrom(context.Background(), func(yield func(linker.Doc) bool) error {
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for id := uint64(1); sc.Scan(); id++ {
			var a struct {
				Headline, Body, Language string
				Published                time.Time
			}
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				return err
			}
			if !yield(linker.Doc{ID: id, Headline: a.Headline, Body: a.Body, Language: a.Language, Published: a.Published}) {
				break
			}
		}
		return sc.Err()
	}, linker.Config{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("built %d in %v", ix.Len(), time.Since(start))
	var hits, total int
	for id := uint64(1); id <= uint64(ix.Len()); id += uint64(ix.Len()/300 + 1) {
		got, _ := ix.List(id)
		in := map[uint64]bool{}
		for _, l := range got {
			in[l.ID] = true
		}
		for _, l := range linker.BruteList(ix, id) {
			total++
			if in[l.ID] {
				hits++
			}
		}
	}
	recall := float64(hits) / float64(total)
	t.Logf("top-10 recall against brute force: %.4f (%d of %d)", recall, hits, total)
	if recall < 0.99 {
		t.Errorf("recall %.4f < 0.99", recall)
	}
}
