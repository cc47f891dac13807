package main

import (
	"context"
	"encoding/binary"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"syscall"
	"testing"
	"time"
)

// stamped makes every connection of srv, not yet started, read the kernel's
// receive time of its requests (SO_TIMESTAMPNS), and returns the function
// that gives a request's arrival. The handler's own time.Now is not when
// the site saw the request: on a loaded machine the test process can read
// a request hundreds of milliseconds after it arrived, and then record the
// requests queued meanwhile within a millisecond of each other, a burst
// the workers never sent.
func stamped(tb testing.TB, srv *httptest.Server) (arrival func(*http.Request) time.Time) {
	tb.Helper()
	// On the listening socket too, so that a request sent as soon as its
	// connection is made, before Accept returns, has its time.
	if err := setStamps(srv.Listener.(*net.TCPListener)); err != nil {
		tb.Fatalf("SO_TIMESTAMPNS: %v", err)
	}
	srv.Listener = stampListener{srv.Listener}
	srv.Config.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		return context.WithValue(ctx, stampKey{}, c)
	}
	return func(r *http.Request) time.Time {
		if c, ok := r.Context().Value(stampKey{}).(*stampConn); ok {
			if t := c.take(); !t.IsZero() {
				return t
			}
		}
		tb.Errorf("%s: no kernel receive time", r.URL)
		return time.Now()
	}
}

type stampKey struct{}

// stampListener turns on receive timestamps on the connections it accepts.
type stampListener struct{ net.Listener }

func (l stampListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	tc, ok := c.(*net.TCPConn)
	if !ok {
		return c, nil
	}
	rc, err := tc.SyscallConn()
	if err == nil {
		err = setStamps(tc)
	}
	if err != nil {
		c.Close()
		return nil, err
	}
	return &stampConn{TCPConn: tc, rc: rc}, nil
}

// setStamps turns on SO_TIMESTAMPNS.
func setStamps(c syscall.Conn) error {
	rc, err := c.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := rc.Control(func(fd uintptr) {
		serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_TIMESTAMPNS, 1)
	}); err != nil {
		return err
	}
	return serr
}

// stampConn reads with recvmsg and keeps the kernel's receive time of the
// first bytes read since the last take. A client sends a request on a
// connection only after the answer to the one before, which comes after
// its handler's take, so the time kept is that of the request being read.
type stampConn struct {
	*net.TCPConn
	rc    syscall.RawConn
	mu    sync.Mutex
	first time.Time
}

func (c *stampConn) Read(p []byte) (int, error) {
	oob := make([]byte, syscall.CmsgSpace(16))
	var n, oobn int
	var rerr error
	err := c.rc.Read(func(fd uintptr) bool {
		n, oobn, _, _, rerr = syscall.Recvmsg(int(fd), p, oob, 0)
		return rerr != syscall.EAGAIN
	})
	if err == nil {
		err = rerr
	}
	if err != nil {
		return 0, &net.OpError{Op: "read", Net: "tcp", Source: c.LocalAddr(), Addr: c.RemoteAddr(), Err: err}
	}
	if n == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	msgs, _ := syscall.ParseSocketControlMessage(oob[:oobn])
	for _, m := range msgs {
		if m.Header.Level == syscall.SOL_SOCKET && m.Header.Type == syscall.SCM_TIMESTAMPNS && len(m.Data) >= 16 {
			t := time.Unix(int64(binary.NativeEndian.Uint64(m.Data[0:8])), int64(binary.NativeEndian.Uint64(m.Data[8:16])))
			c.mu.Lock()
			if c.first.IsZero() {
				c.first = t
			}
			c.mu.Unlock()
		}
	}
	return n, nil
}

// take returns the receive time kept and forgets it.
func (c *stampConn) take() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.first
	c.first = time.Time{}
	return t
}
