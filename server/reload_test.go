package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newslink/server"
)

// TestServer_Reload_NoRequestFails publishes new snapshots while clients
// read the API, and checks that no request fails, that new requests see
// the new data, and that every replaced snapshot gets closed.
func TestServer_Reload_NoRequestFails(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{ReloadInterval: -1})
	ts := httptest.NewServer(f.srv)
	defer ts.Close()
	client := ts.Client()

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var ok, failed atomic.Int64
	for range 4 {
		wg.Go(func() {
			for ctx.Err() == nil {
				res, err := client.Get(ts.URL + relatedPath("https://news.example.com/uk/arrests"))
				if err != nil {
					failed.Add(1)
					t.Errorf("request: %v", err)
					continue
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					failed.Add(1)
					t.Errorf("status %d during reload", res.StatusCode)
					continue
				}
				ok.Add(1)
			}
		})
	}
	const publishes = 5
	for i := range publishes {
		f.put(t, []story{{art(fmt.Sprintf("https://news.example.com/new/%d", i), fmt.Sprintf("New story %d", i), 20+i, ""), []string{"https://news.example.com/uk/dna"}}})
		switched, err := f.srv.Reload(ctx)
		if err != nil || !switched {
			t.Fatalf("reload %d: switched %v, err %v", i, switched, err)
		}
		if switched, err := f.srv.Reload(ctx); switched || err != nil {
			t.Fatalf("reload of an unchanged file: switched %v, err %v", switched, err)
		}
	}
	cancel()
	wg.Wait()
	t.Logf("%d requests during %d reloads, %d failed", ok.Load(), publishes, failed.Load())

	var h struct{ Generation, Articles int }
	if err := json.Unmarshal([]byte(body(t, get(t, f.srv, "/healthz"))), &h); err != nil {
		t.Fatal(err)
	}
	if h.Generation != publishes+1 || h.Articles != 3+publishes {
		t.Errorf("after reloads: generation %d, articles %d; want %d, %d", h.Generation, h.Articles, publishes+1, 3+publishes)
	}
	if res := get(t, f.srv, relatedPath("https://news.example.com/new/4")); res.StatusCode != http.StatusOK {
		t.Errorf("new article: status %d", res.StatusCode)
	}
	if n := f.closed.Load(); n != publishes {
		t.Errorf("closed %d snapshots, want the %d replaced ones", n, publishes)
	}
	f.srv.Close()
	if n := f.closed.Load(); n != publishes+1 {
		t.Errorf("after Close: closed %d snapshots, want %d", n, publishes+1)
	}
	if res := get(t, f.srv, "/healthz"); res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("after Close: status %d, want 503", res.StatusCode)
	}
}

// TestServer_Serve_WatchAndShutdown runs Serve on loopback: it picks up a
// published snapshot by itself and returns nil when ctx is done.
func TestServer_Serve_WatchAndShutdown(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{ReloadInterval: 5 * time.Millisecond})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.srv.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	f.put(t, []story{{art("https://news.example.com/new", "New story", 30, ""), nil}})
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(10 * time.Second)
	for gen := 0; gen != 2; {
		select {
		case <-deadline:
			t.Fatalf("snapshot not reloaded after 10s (generation %d)", gen)
		case <-tick.C:
		}
		res, err := http.Get(base + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		var h struct{ Generation int }
		json.NewDecoder(res.Body).Decode(&h)
		res.Body.Close()
		gen = h.Generation
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

// TestServer_Reload_BadFile keeps serving the old snapshot when a bad file
// replaces it, does not retry the same bad file, and switches once a good
// one is published.
func TestServer_Reload_BadFile(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, newsStories(), server.Config{ReloadInterval: -1})
	bad := f.snap + ".bad"
	if err := os.WriteFile(bad, []byte("not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(bad, f.snap); err != nil {
		t.Fatal(err)
	}
	if switched, err := f.srv.Reload(ctx); switched || err == nil {
		t.Fatalf("reload of a bad file: switched %v, err %v; want an error", switched, err)
	}
	if switched, err := f.srv.Reload(ctx); switched || err != nil {
		t.Errorf("second reload of the same bad file: switched %v, err %v; want it skipped", switched, err)
	}
	if res := get(t, f.srv, relatedPath("https://news.example.com/uk/arrests")); res.StatusCode != http.StatusOK {
		t.Errorf("after a bad file: status %d, want the old snapshot served", res.StatusCode)
	}
	if err := os.Remove(f.snap); err != nil {
		t.Fatal(err)
	}
	if _, err := f.srv.Reload(ctx); err == nil {
		t.Error("reload of a missing file: want an error")
	}
	f.put(t, nil)
	if switched, err := f.srv.Reload(ctx); !switched || err != nil {
		t.Fatalf("reload of a good file: switched %v, err %v", switched, err)
	}
	if !strings.Contains(body(t, get(t, f.srv, "/metrics")), "newslink_snapshot_reload_errors_total 2") {
		t.Error("metrics: want 2 reload errors")
	}
}

// TestServer_Serve_HeaderLimit checks that Serve's http.Server refuses
// oversized request headers.
func TestServer_Serve_HeaderLimit(t *testing.T) {
	f := newFixture(t, newsStories(), server.Config{ReloadInterval: -1})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.srv.Serve(ctx, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	req, err := http.NewRequest(http.MethodGet, "http://"+ln.Addr().String()+"/healthz", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-Big", strings.Repeat("a", 2*server.MaxHeaderBytes+8192))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("status %d, want 431", res.StatusCode)
	}
}
