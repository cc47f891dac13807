//go:build !linux

package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// stamped returns when a request to srv arrived. Without Linux's receive
// timestamps that is when its handler runs, later than the request came
// on a loaded machine.
func stamped(tb testing.TB, srv *httptest.Server) (arrival func(*http.Request) time.Time) {
	return func(*http.Request) time.Time { return time.Now() }
}
