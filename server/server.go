package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"newslink"
)

// Source is what the server reads: one open snapshot of the database.
// *store.DB implements it. Its methods must be safe for concurrent use.
type Source interface {
	// Lookup returns the article stored under the exact URL, or false.
	Lookup(ctx context.Context, url string) (*newslink.Article, bool, error)
	// Related returns the Related Stories list of the article with the ID,
	// best first; an article without a list has an empty one.
	Related(ctx context.Context, id uint64) ([]newslink.Related, error)
	// RelatedBox returns the article stored under the exact URL, without
	// its body, and its Related Stories list, or false: Lookup and
	// Related in one, for the hot path of /api/related.
	RelatedBox(ctx context.Context, url string) (*newslink.Article, []newslink.Related, bool, error)
	// Latest returns up to limit articles after skipping offset, newest
	// first, and the number of articles stored.
	Latest(ctx context.Context, offset, limit int) ([]*newslink.Article, int, error)
	// Search returns up to limit articles whose headline or summary
	// contains every word of query, ignoring case, newest first.
	Search(ctx context.Context, query string, limit int) ([]*newslink.Article, error)
	// Close releases the snapshot. The server calls it once, after the
	// last request reading the snapshot has ended.
	Close() error
}

// Defaults for the zero fields of Config.
const (
	DefaultReloadInterval  = 2 * time.Second
	DefaultCacheBytes      = 64 << 20
	DefaultShutdownTimeout = 10 * time.Second
)

// Limits of every request and connection, set on the http.Server that
// Serve runs.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 10 * time.Second
	WriteTimeout      = 15 * time.Second
	IdleTimeout       = 60 * time.Second
	MaxHeaderBytes    = 16 << 10
	// MaxQuery bounds the query string of a request, in bytes; a longer
	// one is answered 414 URI Too Long.
	MaxQuery = 4096
)

// Config configures New. Snapshot and Open are required; the zero value of
// every other field means the documented default.
type Config struct {
	// Snapshot is the path of the snapshot file to serve.
	Snapshot string
	// Open opens a snapshot file read-only.
	Open func(ctx context.Context, path string) (Source, error)
	// Canonical rewrites a URL as a reader gives it into the stored form;
	// it is tried when the URL as given is not stored. Nil: the URL as
	// given only.
	Canonical func(url string) (string, error)
	// Summarize shortens a related story's summary for the box. Nil: the
	// summary as stored.
	Summarize func(summary string) string
	// CORSOrigins lists the origins (such as "https://news.example.com")
	// whose pages may read the API and the embed fragment from a script,
	// and frame the fragment; "*" allows any. Empty: no CORS headers.
	CORSOrigins []string
	// ReloadInterval is how often Serve checks whether the snapshot file
	// changed. Zero means DefaultReloadInterval; negative: never (call
	// Reload instead).
	ReloadInterval time.Duration
	// CacheBytes bounds the size of the rendered Related Stories boxes
	// (JSON and HTML fragments, with their keys) kept per snapshot. Zero
	// means DefaultCacheBytes, some 50,000 boxes; negative: no cache.
	CacheBytes int
	// ShutdownTimeout bounds how long Serve waits for requests in flight
	// when ctx is done. Zero means DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
	// Now returns the current time, for the snapshot age. Nil: time.Now.
	Now func() time.Time
	// Log receives reloads and errors. Nil: discard.
	Log *slog.Logger
}

// Errors returned by New; test them with errors.Is.
var (
	// ErrConfig means a required Config field is missing.
	ErrConfig = errors.New("server: bad configuration")
)

// Server serves one snapshot at a time and switches to a new one when the
// file changes. Its methods are safe for concurrent use. Close it when
// done.
type Server struct {
	cfg     Config
	cur     atomic.Pointer[snapshot]
	reload  sync.Mutex  // one Reload at a time; guards gen, failed and lastErr
	gen     uint64      // generation of the last snapshot opened
	failed  os.FileInfo // the snapshot file that last failed to open
	lastErr string      // the last reload error logged
	metrics *metrics
	pages   *pages
	mux     *http.ServeMux
	closed  atomic.Bool
}

// New opens the snapshot at cfg.Snapshot and returns a server for it. It
// fails with an error wrapping fs.ErrNotExist when there is no snapshot
// file yet.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Snapshot == "" || cfg.Open == nil {
		return nil, fmt.Errorf("%w: Snapshot and Open are required", ErrConfig)
	}
	for _, o := range cfg.CORSOrigins {
		if err := CheckOrigin(o); err != nil {
			return nil, err
		}
	}
	if cfg.ReloadInterval == 0 {
		cfg.ReloadInterval = DefaultReloadInterval
	}
	if cfg.CacheBytes == 0 {
		cfg.CacheBytes = DefaultCacheBytes
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Summarize == nil {
		cfg.Summarize = func(s string) string { return s }
	}
	pg, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, metrics: newMetrics(), pages: pg}
	sn, err := s.open(ctx)
	if err != nil {
		return nil, err
	}
	s.cur.Store(sn)
	s.routes()
	return s, nil
}

// CheckOrigin reports whether o may be a Config.CORSOrigins entry: "*",
// or an origin as browsers send it, scheme://host[:port] and nothing more.
// The error wraps ErrConfig.
func CheckOrigin(o string) error {
	if o == "*" {
		return nil
	}
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		u.Path != "" || u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(o, " \t\r\n;,'\"") {
		return fmt.Errorf("%w: CORS origin %q: want scheme://host[:port] or *", ErrConfig, o)
	}
	return nil
}

// ServeHTTP answers one request from the current snapshot.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

// Serve answers requests on ln until ctx is done, with the timeouts and
// limits above, and checks the snapshot file for changes every
// Config.ReloadInterval. When ctx is done it stops accepting connections,
// waits up to Config.ShutdownTimeout for requests in flight and returns
// nil, or an error when some were still running. It returns the error
// that makes ln fail. It closes ln in both cases.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.cfg.Log.Handler(), slog.LevelWarn),
	}
	watchCtx, stopWatch := context.WithCancel(ctx)
	var watching sync.WaitGroup
	if s.cfg.ReloadInterval > 0 {
		watching.Go(func() { s.watch(watchCtx) })
	}
	defer watching.Wait()
	defer stopWatch()

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	<-errc // http.ErrServerClosed
	if err != nil {
		hs.Close()
		return fmt.Errorf("server: shutdown: %w", err)
	}
	return nil
}

// watch calls Reload every Config.ReloadInterval until ctx is done.
func (s *Server) watch(ctx context.Context) {
	t := time.NewTicker(s.cfg.ReloadInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			// Reload logs and counts its errors; the old snapshot stays.
			_, _ = s.Reload(ctx)
		}
	}
}

// Close stops serving snapshots: requests in flight finish on the current
// one, which is then closed; later requests get 503.
func (s *Server) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.reload.Lock()
	defer s.reload.Unlock()
	if sn := s.cur.Swap(nil); sn != nil {
		sn.release()
	}
	return nil
}
