package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"newslink/crawler/urlnorm"
	"newslink/server"
	"newslink/store"
)

// *store.DB is what the server reads.
var _ server.Source = (*store.DB)(nil)

// serveOptions are the flags of "newslink serve".
type serveOptions struct {
	addr     string
	snapshot string // default: store.SnapshotPath(--db)
	cors     []string
	reload   time.Duration
}

// originList is a repeatable flag of CORS origins.
type originList []string

func (l *originList) String() string { return strings.Join(*l, " ") }

func (l *originList) Set(v string) error {
	if err := server.CheckOrigin(v); err != nil {
		return errors.New("want scheme://host[:port] or *")
	}
	*l = append(*l, v)
	return nil
}

// runServeCmd parses the flags of "newslink serve", listens and serves
// until ctx is done.
func runServeCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[--addr HOST:PORT] [--snapshot PATH] [--cors-origin ORIGIN]...")
	var o serveOptions
	var cors originList
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen on this address")
	fs.StringVar(&o.snapshot, "snapshot", "", "serve this snapshot file (default: the --db path followed by "+store.SnapshotSuffix+")")
	fs.Var(&cors, "cors-origin", "let pages of this origin (https://news.example.com, or *) read the API and embed the box (repeatable)")
	fs.DurationVar(&o.reload, "reload-interval", server.DefaultReloadInterval, "check the snapshot file for changes this often; 0: only on SIGHUP")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("serve: unexpected argument %q", rest[0])
	}
	if o.reload < 0 {
		return usageError("serve: --reload-interval %v: want 0 or more", o.reload)
	}
	o.cors = cors
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return usageError("serve: --addr %s: %v", o.addr, err)
	}
	return runServe(ctx, e, ln, o)
}

// runServe serves the snapshot on ln until ctx is done. It closes ln.
func runServe(ctx context.Context, e *env, ln net.Listener, o serveOptions) error {
	defer ln.Close()
	if o.snapshot == "" {
		o.snapshot = store.SnapshotPath(e.db)
	}
	if err := ensureSnapshot(ctx, e, o.snapshot); err != nil {
		return err
	}
	reload := o.reload
	if reload == 0 {
		reload = -1 // server.Config: never poll
	}
	srv, err := server.New(ctx, server.Config{
		Snapshot:       o.snapshot,
		Open:           openSnapshot,
		Canonical:      urlnorm.Normalize,
		Summarize:      firstSentence,
		CORSOrigins:    o.cors,
		ReloadInterval: reload,
		Log:            e.log,
	})
	if errors.Is(err, server.ErrConfig) {
		return usageError("serve: %v", err)
	}
	if err != nil {
		return err
	}
	defer srv.Close()

	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-hup:
				// Reload logs a failure itself and keeps the old snapshot.
				if ok, err := srv.Reload(ctx); err == nil && !ok {
					e.log.Info("SIGHUP: snapshot unchanged", "path", o.snapshot)
				}
			}
		}
	}()

	e.log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "snapshot", o.snapshot)
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	e.log.Info("shut down")
	return nil
}

// openSnapshot opens a snapshot file for the server, read-only.
func openSnapshot(ctx context.Context, path string) (server.Source, error) {
	// Never wait for a lock: a serving file locked for writing is one
	// that link is bringing up to date, not the one path names; the
	// next reload finds the file path names then.
	db, err := store.Open(path, &store.Options{ReadOnly: true, LockTimeout: -1})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// ensureSnapshot publishes a first snapshot from the database when there
// is none at path. It opens the database read-only, which waits only for
// a crawl or link that is writing it.
func ensureSnapshot(ctx context.Context, e *env, path string) error {
	if _, err := os.Stat(path); err == nil || !errors.Is(err, os.ErrNotExist) {
		return err
	}
	e.log.Info("no snapshot yet: publishing one from the database", "db", e.db, "snapshot", path)
	db, err := store.Open(e.db, &store.Options{ReadOnly: true})
	switch {
	case errors.Is(err, store.ErrNoDatabase) || errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("serve: no snapshot at %s and no database at %s: run newslink crawl and newslink link first", path, e.db)
	case errors.Is(err, store.ErrLocked):
		return fmt.Errorf("serve: no snapshot at %s, and another newslink process is writing %s: run newslink link, which publishes the snapshot, or retry: %w", path, e.db, err)
	case err != nil:
		return fmt.Errorf("serve: no snapshot at %s: %w", path, err)
	}
	defer db.Close()
	_, err = db.Publish(ctx, path)
	return err
}

// publishSnapshot brings the snapshot that "newslink serve" reads, next
// to the database, up to date: link calls it after storing the new
// lists. It copies only what changed since the serving file it updates
// was last written (store.DB.Publish).
func publishSnapshot(ctx context.Context, e *env, db *store.DB) error {
	path := store.SnapshotPath(e.db)
	start := time.Now()
	res, err := db.Publish(ctx, path)
	if err != nil {
		return err
	}
	took := time.Since(start).Round(time.Millisecond)
	if res.Current {
		e.log.Debug("published snapshot: unchanged", "path", path, "file", res.File)
		return nil
	}
	if res.Full {
		e.log.Debug("published snapshot: written whole", "path", path, "file", res.File, "why", res.Why, "took", took)
		return nil
	}
	e.log.Debug("published snapshot: updated", "path", path, "file", res.File,
		"articles", res.Articles, "lists", res.Lists, "took", took)
	return nil
}
