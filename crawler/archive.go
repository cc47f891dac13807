package crawler

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"sort"
	"strings"
	"sync"
	"time"

	"newslink/crawler/warc"
)

// fetchIDHeader carries a fetch's number from fetcher.get to the recorder;
// the recorder removes it before the request is sent.
const fetchIDHeader = "X-Newslink-Fetch-Id"

// recorder is the transport of a crawl that writes WARC files: it asks for
// gzip itself (so that net/http does not decode the body out of sight),
// archives the request and the response as they went over the wire, and
// hands colly the decoded body.
type recorder struct {
	next http.RoundTripper
	w    *warc.Writer
	max  int64
	now  func() time.Time
	locs sync.Map // fetch ID → newslink.WARCLocation of its response record
}

func (rc *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	id := req.Header.Get(fetchIDHeader)
	req = req.Clone(req.Context())
	req.Header.Del(fetchIDHeader)
	if req.Header.Get("Accept-Encoding") == "" {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	var (
		mu     sync.Mutex // the trace is called from the transport's goroutines
		fields [][2]string
		ip     string
	)
	trace := &httptrace.ClientTrace{
		GotConn: func(ci httptrace.GotConnInfo) {
			if a, ok := ci.Conn.RemoteAddr().(*net.TCPAddr); ok {
				mu.Lock()
				ip = a.IP.String()
				mu.Unlock()
			}
		},
		WroteHeaderField: func(k string, vs []string) {
			mu.Lock()
			for _, v := range vs {
				fields = append(fields, [2]string{k, v})
			}
			mu.Unlock()
		},
	}
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
	resp, err := rc.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if !textual(resp.Header.Get("Content-Type")) {
		return resp, nil // colly aborts it unread: nothing fetched to archive
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, rc.max+1))
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	truncated := int64(len(raw)) > rc.max

	mu.Lock()
	ex := &warc.Exchange{
		URL: req.URL.String(), Date: rc.now(), IP: ip, Status: resp.StatusCode, Truncated: truncated,
		Request: requestHead(req, fields), ResponseHead: responseHead(resp), Body: raw,
	}
	mu.Unlock()
	loc, err := rc.w.WriteExchange(ex)
	if err != nil {
		return nil, fmt.Errorf("crawler: archive %s: %w", req.URL, err)
	}
	if id != "" {
		rc.locs.Store(id, loc)
	}

	body := raw
	if enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc == "gzip" || enc == "x-gzip" {
		if truncated {
			return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, rc.max)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("crawler: %s: content-encoding gzip: %w", req.URL, err)
		}
		body, err = io.ReadAll(io.LimitReader(zr, rc.max+1))
		if err != nil {
			return nil, fmt.Errorf("crawler: %s: content-encoding gzip: %w", req.URL, err)
		}
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Uncompressed = true
	return resp, nil
}

// requestHead writes the request line and the header fields the transport
// sent, in the order sent; a transport that does not report them (a test's)
// gets the request's own header.
func requestHead(req *http.Request, fields [][2]string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\n", req.Method, req.URL.RequestURI())
	if len(fields) == 0 {
		fields = append(fields, [2]string{"Host", req.URL.Host})
		for _, k := range sortedKeys(req.Header) {
			for _, v := range req.Header[k] {
				fields = append(fields, [2]string{k, v})
			}
		}
	}
	for _, f := range fields {
		fmt.Fprintf(&b, "%s: %s\r\n", f[0], f[1])
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

// responseHead writes the status line and header fields of resp. net/http
// has removed Transfer-Encoding and undone chunking, so the archived body
// is the entity as sent, with its Content-Encoding.
func responseHead(resp *http.Response) []byte {
	var b bytes.Buffer
	major, minor := resp.ProtoMajor, resp.ProtoMinor
	if major == 0 {
		major, minor = 1, 1
	}
	status := resp.Status
	if status == "" {
		status = fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	fmt.Fprintf(&b, "HTTP/%d.%d %s\r\n", major, minor, status)
	for _, k := range sortedKeys(resp.Header) {
		for _, v := range resp.Header[k] {
			fmt.Fprintf(&b, "%s: %s\r\n", k, v)
		}
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

func sortedKeys(h http.Header) []string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
