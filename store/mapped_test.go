package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"newslink"
	"newslink/store"
)

// TestDropMapped_RemapRace runs scans that give the kernel back the pages
// they read (ForEachArticle, LinkIndex, and the writes of PutLinkIndex and
// ClearChanged) while another goroutine grows the file, so that bbolt
// remaps it again and again: every article and index read must still be
// what was written. The advice is given inside a transaction, where no
// remap can happen; given outside one, it could hit an address bbolt has
// unmapped or the Go heap has reused.
func TestDropMapped_RemapRace(t *testing.T) {
	defer store.SetDropEvery(4 << 10)()
	defer store.SetLinkTxBytes(1 << 20)()
	ctx := context.Background()
	db := mustOpen(t)
	body := func(i int) string { return strings.Repeat(fmt.Sprintf("article %d ", i), 400) }
	index := bytes.Repeat([]byte("0123456789abcdef"), 100_000) // 1.6 MB: two chunks, two transactions
	if err := db.PutLinkIndex(ctx, func(w io.Writer) error { _, err := w.Write(index); return err }); err != nil {
		t.Fatal(err)
	}
	const batches, perBatch = 24, 50
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	report := func(err error) {
		select {
		case errs <- err:
		default:
		}
	}
	wg.Add(1)
	go func() { // the writer: about 5 MB of articles, in many transactions
		defer wg.Done()
		defer close(done)
		for b := range batches {
			var as []*newslink.Article
			for i := b * perBatch; i < (b+1)*perBatch; i++ {
				as = append(as, &newslink.Article{URL: fmt.Sprintf("https://x/%d", i), Headline: "h", Body: body(i)})
			}
			if _, err := db.PutArticles(ctx, as); err != nil {
				report(err)
				return
			}
			if b%8 == 0 {
				if err := db.PutLinkIndex(ctx, func(w io.Writer) error { _, err := w.Write(index); return err }); err != nil {
					report(err)
					return
				}
				if err := db.ClearChanged(ctx, nil); err != nil {
					report(err)
					return
				}
			}
		}
	}()
	for range 3 {
		wg.Add(1)
		go func() { // readers until the writer is done
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				err := db.ForEachArticle(ctx, func(a *newslink.Article) error {
					var i int
					if _, err := fmt.Sscanf(a.URL, "https://x/%d", &i); err != nil {
						return err
					}
					if a.Body != body(i) {
						return fmt.Errorf("article %s read back wrong", a.URL)
					}
					return nil
				})
				if err != nil {
					report(err)
					return
				}
				_, err = db.LinkIndex(ctx, func(base *io.SectionReader, _ []io.Reader) error {
					got, err := io.ReadAll(base)
					if err != nil {
						return err
					}
					if !bytes.Equal(got, index) {
						return errors.New("link index read back wrong")
					}
					return nil
				})
				if err != nil {
					report(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _ := db.Count(ctx); n != batches*perBatch {
		t.Errorf("count = %d, want %d", n, batches*perBatch)
	}
}
