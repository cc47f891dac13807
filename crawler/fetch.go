package crawler

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"

	"newslink"
)

// Errors a fetch can fail with; test them with errors.Is.
var (
	// ErrTooLarge means a response body was over Config.MaxBodyBytes; it is
	// refused, never truncated.
	ErrTooLarge = errors.New("response body too large")
	// ErrForbiddenAddress means a host resolved to an address the crawl
	// may not reach (see Config.AllowPrivate).
	ErrForbiddenAddress = errors.New("address not allowed")
	// ErrRedirect means a redirect had no usable Location, went off the
	// crawled hosts or past Config.MaxRedirects.
	ErrRedirect = errors.New("redirect refused")
	// ErrContentType means the response was not HTML, XML or text.
	ErrContentType = errors.New("content type skipped")
)

// response is one fetched URL.
type response struct {
	url    *url.URL // final URL, after redirects
	status int
	header http.Header
	body   []byte
	warc   newslink.WARCLocation // where the response is archived, if it is
}

// fetcher wraps one colly collector. colly runs synchronously here: the
// crawl's own workers give concurrency, so no goroutine is started per URL.
type fetcher struct {
	c     *colly.Collector
	max   int64
	rec   *recorder // nil unless the crawl writes WARC files
	seq   atomic.Uint64
	wrote *sync.Map // fetch ID → func called once the request is written
}

// newFetcher configures colly explicitly: it ignores robots.txt unless told
// (we obey it through package robots), marks URLs visited before fetching
// them (the frontier decides instead), truncates large bodies silently (we
// ask for one byte more than the cap and refuse), and NewCollector would let
// COLLY_* environment variables override this code, so Init is used instead.
func newFetcher(ctx context.Context, cfg *settings) *fetcher {
	c := &colly.Collector{}
	c.Init()
	c.Context = ctx
	c.UserAgent = cfg.UserAgent
	c.IgnoreRobotsTxt = true
	c.AllowURLRevisit = true
	c.ParseHTTPErrorResponse = true
	c.MaxBodySize = int(cfg.MaxBodyBytes) + 1
	c.DetectCharset = false
	c.Async = false

	transport := cfg.Transport
	if transport == nil {
		d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
		if !cfg.AllowPrivate {
			d.Control = dialGuard(seedAddresses(ctx, cfg.seeds))
		}
		transport = &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			DialContext:         dialWriteConn(d.DialContext),
			MaxIdleConnsPerHost: max(cfg.Concurrency, 2),
			IdleConnTimeout:     90 * time.Second,
			TLSHandshakeTimeout: 10 * time.Second,
		}
	}
	var rec *recorder
	if cfg.WARC != nil {
		rec = &recorder{next: transport, w: cfg.WARC, max: cfg.MaxBodyBytes, now: cfg.Now}
		transport = rec
	}
	wrote := &sync.Map{}
	c.WithTransport(uncompressed{RoundTripper: transport, wrote: wrote, strip: rec == nil})
	c.SetRequestTimeout(cfg.Timeout)
	// Redirects are not followed here: the crawl queues their targets like
	// links, so a target is canonicalised, checked against robots.txt and
	// the hosts, and fetched once however many URLs redirect to it.
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	})
	c.OnResponseHeaders(func(r *colly.Response) {
		if !textual(r.Headers.Get("Content-Type")) {
			r.Ctx.Put("skip", r.Headers.Get("Content-Type"))
			r.Request.Abort()
		}
	})
	c.OnResponse(func(r *colly.Response) {
		r.Ctx.Put("response", r)
	})
	return &fetcher{c: c, max: cfg.MaxBodyBytes, rec: rec, wrote: wrote}
}

// get fetches rawURL with the extra headers (conditional GET) and returns
// the response whatever its status; err is set only when there is none.
// wrote, if not nil, is called once the request is written to the
// connection (not when it fails before).
func (f *fetcher) get(rawURL string, hdr http.Header, wrote func()) (*response, error) {
	cctx := colly.NewContext()
	var id string
	if f.rec != nil || wrote != nil {
		// The transport learns which fetch a request is by this header,
		// which it removes before sending: colly hands the transport a
		// request of its own making.
		id = strconv.FormatUint(f.seq.Add(1), 10)
		hdr = hdr.Clone()
		if hdr == nil {
			hdr = http.Header{}
		}
		hdr.Set(fetchIDHeader, id)
		if f.rec != nil {
			defer f.rec.locs.Delete(id)
		}
		if wrote != nil {
			f.wrote.Store(id, wrote)
			defer f.wrote.Delete(id)
		}
	}
	err := f.c.Request(http.MethodGet, rawURL, nil, cctx, hdr)
	if ct, ok := cctx.GetAny("skip").(string); ok {
		return nil, fmt.Errorf("%w: %q", ErrContentType, ct)
	}
	r, ok := cctx.GetAny("response").(*colly.Response)
	if !ok {
		if err == nil {
			err = errors.New("no response")
		}
		return nil, err
	}
	if int64(len(r.Body)) > f.max {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, f.max)
	}
	resp := &response{url: r.Request.URL, status: r.StatusCode, header: *r.Headers, body: r.Body}
	if f.rec != nil {
		if loc, ok := f.rec.locs.Load(id); ok {
			resp.warc = loc.(newslink.WARCLocation)
		}
	}
	return resp, nil
}

// textual reports whether a Content-Type may hold a page, sitemap, feed or
// robots.txt. A missing type is sniffed later.
func textual(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return true
	}
	switch {
	case strings.HasPrefix(mt, "text/"), strings.HasSuffix(mt, "+xml"), strings.HasSuffix(mt, "/xml"):
		return true
	case mt == "application/x-gzip", mt == "application/gzip", mt == "application/octet-stream":
		return true // gzip sitemaps are often served so
	}
	return false
}

// uncompressed marks every response as already decompressed, so that colly
// never gunzips a body itself (it would do so without bound for *.xml.gz);
// gzip sitemaps are decompressed with a limit by package discover. Transfer
// compression is still undone by net/http. It also tells fetcher.get's
// caller when the request is written, and removes the fetch ID header when
// no recorder comes after it to do so.
type uncompressed struct {
	http.RoundTripper
	wrote *sync.Map
	strip bool
}

func (u uncompressed) RoundTrip(req *http.Request) (*http.Response, error) {
	if id := req.Header.Get(fetchIDHeader); id != "" {
		if u.strip {
			req = req.Clone(req.Context())
			req.Header.Del(fetchIDHeader)
		}
		if f, ok := u.wrote.Load(id); ok {
			// On a connection of ours, wrote is called when the request's
			// first bytes are written to it. On another (a Config.Transport
			// of the caller's), when net/http has the request in its
			// buffer, which it writes right after.
			wrote := f.(func())
			var armed bool
			req = req.WithContext(httptrace.WithClientTrace(req.Context(), &httptrace.ClientTrace{
				GotConn: func(i httptrace.GotConnInfo) {
					c := i.Conn
					if tc, ok := c.(*tls.Conn); ok {
						c = tc.NetConn()
					}
					if wc, ok := c.(*writeConn); ok {
						wc.arm(wrote)
						armed = true
					}
				},
				WroteRequest: func(i httptrace.WroteRequestInfo) {
					if i.Err == nil && !armed {
						wrote()
					}
				},
			}))
		}
	}
	res, err := u.RoundTripper.RoundTrip(req)
	if res != nil {
		res.Uncompressed = true
	}
	return res, err
}

// retryAfter reads a Retry-After header (seconds or an HTTP date) relative
// to now; ok is false when there is none or it cannot be read.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// dialWriteConn makes dial's connections writeConns.
func dialWriteConn(dial func(ctx context.Context, network, addr string) (net.Conn, error)) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &writeConn{Conn: c}, nil
	}
}

// writeConn is a connection that calls a function once its next write is
// done: how a fetch learns that its request has left for the host, which
// the politeness delay counts from. net/http's WroteRequest comes before
// the request leaves its buffer.
type writeConn struct {
	net.Conn
	mu    sync.Mutex
	wrote func()
}

// arm makes the next write call f.
func (c *writeConn) arm(f func()) {
	c.mu.Lock()
	c.wrote = f
	c.mu.Unlock()
}

func (c *writeConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.mu.Lock()
	f := c.wrote
	c.wrote = nil
	c.mu.Unlock()
	if f != nil {
		f()
	}
	return n, err
}
