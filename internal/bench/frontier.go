package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"newslink"
	"newslink/internal/procmem"
	"newslink/store"
)

// FrontierPops is how many URLs Frontier pops after queueing them.
const FrontierPops = 10_000

// FrontierResult is what Frontier measured.
type FrontierResult struct {
	URLs          int
	PushSeconds   float64
	Pops          int
	PopSeconds    float64
	FileBytes     int64
	PeakRSSBytes  int64  // at the end; 0 where the kernel does not say
	StartRSSBytes int64  // the peak before queueing
	Memory        string // procmem.Now at the end
}

// Frontier queues n URLs (n > 0) in the bbolt frontier of a temporary
// file, in batches of 1,000 as a large sitemap page would push them, then
// pops FrontierPops of them, and reports the times, the file's size and
// the peak resident memory.
func Frontier(ctx context.Context, n int) (FrontierResult, error) {
	dir, err := os.MkdirTemp("", "newslink-bench-")
	if err != nil {
		return FrontierResult{}, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "frontier.db")
	db, err := store.Open(path, nil)
	if err != nil {
		return FrontierResult{}, err
	}
	defer db.Close()
	fr := db.Frontier()
	const batch = 1000
	items := make([]newslink.FrontierItem, 0, batch)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	res := FrontierResult{URLs: n, Pops: FrontierPops, StartRSSBytes: procmem.PeakRSS()}
	start := time.Now()
	for i := range n {
		items = append(items, newslink.FrontierItem{
			URL:       fmt.Sprintf("https://news%d.example.com/section-%d/2026/%02d/story-number-%d-with-a-slug", i%100, i%20, i%12+1, i),
			Depth:     1 + i%5,
			Published: base.Add(time.Duration(i) * time.Minute),
		})
		if len(items) == batch || i == n-1 {
			if _, err := fr.Push(ctx, items...); err != nil {
				return FrontierResult{}, err
			}
			items = items[:0]
		}
	}
	res.PushSeconds = time.Since(start).Seconds()
	start = time.Now()
	for range FrontierPops {
		if _, _, _, err := fr.Pop(ctx, base); err != nil {
			return FrontierResult{}, err
		}
	}
	res.PopSeconds = time.Since(start).Seconds()
	fi, err := os.Stat(path)
	if err != nil {
		return FrontierResult{}, fmt.Errorf("bench frontier: %w", err)
	}
	res.FileBytes = fi.Size()
	res.PeakRSSBytes, res.Memory = procmem.PeakRSS(), procmem.Now()
	return res, nil
}

// WriteText writes r as the line "bench frontier" prints.
func (r FrontierResult) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, "frontier: queued %d URLs in %.1fs (%.0f/s); popped %d in %.2fs; file %.0f MiB; peak RSS %.0f MiB (%.0f MiB at start); now %s\n",
		r.URLs, r.PushSeconds, float64(r.URLs)/r.PushSeconds, r.Pops, r.PopSeconds,
		float64(r.FileBytes)/(1<<20), float64(r.PeakRSSBytes)/(1<<20), float64(r.StartRSSBytes)/(1<<20), r.Memory)
	return err
}
