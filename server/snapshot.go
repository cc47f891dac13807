package server

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// snapshot is one open snapshot file and what the server derived from it.
// It is reference counted: the server holds one reference while the
// snapshot is current, and every request holds one while it reads.
type snapshot struct {
	src      Source
	gen      uint64
	info     os.FileInfo // of the file when it was opened
	articles int
	log      *slog.Logger
	refs     atomic.Int64
	cache    boxCache
}

// acquire returns the current snapshot with a reference taken for the
// caller, who must release it; nil when the server is closed.
func (s *Server) acquire() *snapshot {
	for {
		sn := s.cur.Load()
		if sn == nil {
			return nil
		}
		// A count of zero means the snapshot was replaced and is closing:
		// load the pointer again, which already names its successor.
		if r := sn.refs.Load(); r > 0 && sn.refs.CompareAndSwap(r, r+1) {
			return sn
		}
	}
}

// release drops one reference and closes the snapshot with the last.
func (sn *snapshot) release() {
	if sn.refs.Add(-1) != 0 {
		return
	}
	if err := sn.src.Close(); err != nil {
		sn.log.Error("close snapshot", "generation", sn.gen, "err", err)
		return
	}
	sn.log.Debug("closed snapshot", "generation", sn.gen)
}

// open opens the snapshot file as the next generation and reads what
// every request needs, so that the first request after a reload is as
// fast as the others. The caller holds s.reload or has not shared s yet.
func (s *Server) open(ctx context.Context) (*snapshot, error) {
	start := time.Now()
	// Stat before opening: if a new file is renamed in between, the info
	// is the old one's and the next Reload opens the new file again, which
	// costs a reload but never misses one.
	info, err := os.Stat(s.cfg.Snapshot)
	if err != nil {
		return nil, fmt.Errorf("server: snapshot: %w", err)
	}
	src, err := s.cfg.Open(ctx, s.cfg.Snapshot)
	if err != nil {
		return nil, fmt.Errorf("server: open snapshot: %w", err)
	}
	_, n, err := src.Latest(ctx, 0, 0)
	if err != nil {
		src.Close()
		return nil, fmt.Errorf("server: open snapshot: %w", err)
	}
	s.gen++
	sn := &snapshot{src: src, gen: s.gen, info: info, articles: n, log: s.cfg.Log}
	sn.cache.max = int64(s.cfg.CacheBytes)
	sn.refs.Store(1)
	s.metrics.snapshotLoaded(sn, s.cfg.Now())
	s.cfg.Log.Info("opened snapshot", "path", s.cfg.Snapshot, "generation", sn.gen, "articles", n,
		"modified", info.ModTime().UTC().Format(time.RFC3339), "took", time.Since(start).Round(time.Millisecond))
	return sn, nil
}

// Reload opens the snapshot file again if it changed since it was last
// opened (another file was renamed over it, the symbolic link it is was
// switched to another file, or its size or modification time changed), switches new requests to it and closes the old snapshot
// when the requests reading it have ended. It reports whether it
// switched. On error the server keeps serving the old snapshot, and does
// not try a file that failed to open again until the file changes.
// "newslink serve" calls it on SIGHUP; Serve calls it periodically.
func (s *Server) Reload(ctx context.Context) (bool, error) {
	s.reload.Lock()
	defer s.reload.Unlock()
	old := s.cur.Load()
	if old == nil {
		return false, fmt.Errorf("server: reload: server closed")
	}
	info, err := os.Stat(s.cfg.Snapshot)
	if err != nil {
		return false, s.reloadFailed(fmt.Errorf("server: reload: %w", err), nil)
	}
	if sameFile(old.info, info) || (s.failed != nil && sameFile(s.failed, info)) {
		return false, nil
	}
	sn, err := s.open(ctx)
	if err != nil {
		return false, s.reloadFailed(err, info)
	}
	s.failed, s.lastErr = nil, ""
	s.cur.Store(sn)
	s.metrics.reloads.Add(1)
	old.release()
	return true, nil
}

// reloadFailed counts a failed reload and logs it unless it failed the
// same way last time. A file that failed to open (info) is not tried
// again until it changes. The caller holds s.reload.
func (s *Server) reloadFailed(err error, info os.FileInfo) error {
	s.metrics.reloadErrors.Add(1)
	if msg := err.Error(); msg != s.lastErr {
		s.cfg.Log.Warn("reload: keeping the snapshot open", "err", err)
		s.lastErr = msg
	}
	s.failed = info
	return err
}

// sameFile reports whether a and b describe the same unchanged file.
func sameFile(a, b os.FileInfo) bool {
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// boxCache keeps rendered boxes of one snapshot, by kind and URL as asked.
// It stops adding entries when full: a snapshot is replaced often enough
// that no eviction is needed, and a request for an unknown URL is never
// cached, so that hostile requests cannot grow it past max.
type boxCache struct {
	m   sync.Map     // string -> []byte
	n   atomic.Int64 // bytes of keys and values
	max int64
}

func (c *boxCache) get(key string) ([]byte, bool) {
	v, ok := c.m.Load(key)
	if !ok {
		return nil, false
	}
	return v.([]byte), true
}

func (c *boxCache) put(key string, b []byte) {
	if c.max <= 0 {
		return
	}
	size := int64(len(key) + len(b))
	if c.n.Add(size) > c.max {
		c.n.Add(-size)
		return
	}
	if _, loaded := c.m.LoadOrStore(key, b); loaded {
		c.n.Add(-size)
	}
}
