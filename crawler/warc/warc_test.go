package warc_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newslink"
	"newslink/crawler/warc"
)

// exchange is a small HTTP exchange with a gzip-encoded body, as a news
// site sends it.
func exchange(t testing.TB, i int) *warc.Exchange {
	t.Helper()
	page := fmt.Sprintf("<html><head><title>Story %d</title></head><body><p>Paragraph of story %d.</p></body></html>", i, i)
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(page))
	zw.Close()
	url := fmt.Sprintf("http://news.example/2015/03/story-%d", i)
	return &warc.Exchange{
		URL: url, Date: time.Date(2026, 12, 3, 8, 0, i, 0, time.UTC), IP: "127.0.0.1", Status: 200,
		Request:      []byte(fmt.Sprintf("GET /2015/03/story-%d HTTP/1.1\r\nHost: news.example\r\nAccept-Encoding: gzip\r\n\r\n", i)),
		ResponseHead: []byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\nContent-Type: text/html; charset=utf-8\r\n\r\n", z.Len())),
		Body:         z.Bytes(),
	}
}

// writeFile writes n exchanges (and a 304 after them) and returns the
// file and the locations of the response records.
func writeFile(t *testing.T, n int) (string, []newslink.WARCLocation) {
	t.Helper()
	dir := t.TempDir()
	w, err := warc.NewWriter(dir, warc.Options{UserAgent: "newslink-test"})
	if err != nil {
		t.Fatal(err)
	}
	var locs []newslink.WARCLocation
	for i := range n {
		loc, err := w.WriteExchange(exchange(t, i))
		if err != nil {
			t.Fatal(err)
		}
		locs = append(locs, loc)
	}
	nm := &warc.Exchange{URL: "http://news.example/2015/03/story-0", Date: time.Now(), Status: 304,
		Request: []byte("GET /2015/03/story-0 HTTP/1.1\r\nHost: news.example\r\nIf-None-Match: \"x\"\r\n\r\n"), ResponseHead: []byte("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n")}
	if _, err := w.WriteExchange(nm); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "newslink-*-00001.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files %v, want one newslink-YYYYMMDDhhmmss-00001.warc.gz", files)
	}
	return files[0], locs
}

type scanned struct {
	recs []*warc.Record
	bad  []int64
}

func scan(t *testing.T, path string) scanned {
	t.Helper()
	var s scanned
	err := warc.Scan(context.Background(), path, warc.ScanOptions{Bad: func(off int64, err error) {
		if !errors.Is(err, warc.ErrRecord) {
			t.Errorf("bad record error %v is not ErrRecord", err)
		}
		s.bad = append(s.bad, off)
	}}, func(r *warc.Record) error {
		s.recs = append(s.recs, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func types(recs []*warc.Record) string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Type)
	}
	return strings.Join(out, " ")
}

func TestWriter_Scan_RoundTrip(t *testing.T) {
	path, locs := writeFile(t, 3)
	s := scan(t, path)
	if len(s.bad) > 0 {
		t.Fatalf("bad records at %v in a file just written", s.bad)
	}
	if got, want := types(s.recs), "warcinfo response request response request response request revisit request"; got != want {
		t.Fatalf("record types %q, want %q", got, want)
	}
	for i, loc := range locs {
		r, err := warc.ReadAt(loc, 0)
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("Paragraph of story %d.", i)
		if r.Type != "response" || r.Status != 200 || !strings.Contains(string(r.Body), want) || r.TargetURI != exchange(t, i).URL {
			t.Errorf("ReadAt(%v) = %s %d %q %q, want the response of story %d, decoded", loc, r.Type, r.Status, r.TargetURI, r.Body, i)
		}
		if r.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("header %v", r.Header)
		}
	}
}

// corrupt flips one byte in the middle of the record at loc.
func corrupt(t *testing.T, path string, loc newslink.WARCLocation) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[loc.Offset+loc.Length/2] ^= 0xff
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestScan_MalformedRecordSkipped(t *testing.T) {
	path, locs := writeFile(t, 3)
	corrupt(t, path, locs[1])
	s := scan(t, path)
	if len(s.bad) != 1 || s.bad[0] != locs[1].Offset {
		t.Fatalf("bad records at %v, want one at %d", s.bad, locs[1].Offset)
	}
	if got, want := types(s.recs), "warcinfo response request request response request revisit request"; got != want {
		t.Errorf("record types %q, want %q: reading goes on after the bad record", got, want)
	}
}

func TestScan_DigestVerified(t *testing.T) {
	// A record whose bytes changed but whose gzip member is intact: the
	// block digest tells.
	path, locs := writeFile(t, 2)
	b, _ := os.ReadFile(path)
	zr, err := gzip.NewReader(bytes.NewReader(b[locs[0].Offset : locs[0].Offset+locs[0].Length]))
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := io.ReadAll(zr)
	rec = bytes.Replace(rec, []byte("Content-Type: text/html"), []byte("Content-Type: text/HTML"), 1)
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(rec)
	zw.Close()
	out := append(append(append([]byte{}, b[:locs[0].Offset]...), z.Bytes()...), b[locs[0].Offset+locs[0].Length:]...)
	os.WriteFile(path, out, 0o644)
	s := scan(t, path)
	if len(s.bad) != 1 || s.bad[0] != locs[0].Offset {
		t.Fatalf("bad records at %v, want the altered one at %d", s.bad, locs[0].Offset)
	}
}

func TestScan_TornLastRecord(t *testing.T) {
	path, _ := writeFile(t, 2)
	b, _ := os.ReadFile(path)
	os.WriteFile(path, b[:len(b)-30], 0o644) // as a kill -9 mid-write leaves it
	s := scan(t, path)
	if len(s.bad) != 1 {
		t.Errorf("bad records at %v, want the torn last one", s.bad)
	}
	if got, want := types(s.recs), "warcinfo response request response request revisit"; got != want {
		t.Errorf("record types %q, want %q", got, want)
	}
}

// recompress returns the file's records as one uncompressed stream.
func uncompressed(t *testing.T, path string) []byte {
	t.Helper()
	f, _ := os.Open(path)
	defer f.Close()
	zr, err := gzip.NewReader(f) // multistream: every member
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestScan_PlainAndWholeFileGzip(t *testing.T) {
	path, _ := writeFile(t, 3)
	plain := uncompressed(t, path)
	dir := t.TempDir()
	pp := filepath.Join(dir, "plain.warc")
	os.WriteFile(pp, plain, 0o644)
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(plain)
	zw.Close()
	wp := filepath.Join(dir, "whole.warc.gz")
	os.WriteFile(wp, z.Bytes(), 0o644)
	want := "warcinfo response request response request response request revisit request"
	for _, p := range []string{pp, wp} {
		s := scan(t, p)
		if got := types(s.recs); got != want || len(s.bad) > 0 {
			t.Errorf("%s: types %q, bad %v; want %q", filepath.Base(p), got, s.bad, want)
			continue
		}
		r, err := warc.ReadAt(s.recs[3].Location, 0)
		if err != nil || !strings.Contains(string(r.Body), "Paragraph of story 1.") {
			t.Errorf("%s: ReadAt(%v) = %v, %v", filepath.Base(p), s.recs[3].Location, r, err)
		}
	}
}

func TestWriter_MaxSize(t *testing.T) {
	dir := t.TempDir()
	w, err := warc.NewWriter(dir, warc.Options{MaxSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if _, err := w.WriteExchange(exchange(t, i)); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) != 3 {
		t.Fatalf("%d files, want 3: a new file past MaxSize", len(files))
	}
	for _, f := range files {
		if s := scan(t, f); types(s.recs) != "warcinfo response request" {
			t.Errorf("%s: %s, want a warcinfo record opening the file", f, types(s.recs))
		}
	}
}

// TestScan_CommonCrawlStyle reads a record as Common Crawl's CC-NEWS files
// hold them: WARC/1.0, the payload stored decoded with the original
// encoding headers renamed, and no gzip member per record here (plain).
func TestScan_CommonCrawlStyle(t *testing.T) {
	page := "<html><head><title>Wire story</title></head><body><p>Text of the wire story.</p></body></html>"
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nX-Crawler-Content-Encoding: gzip\r\nX-Crawler-Content-Length: 77\r\nContent-Length: " + fmt.Sprint(len(page)) + "\r\n\r\n" + page
	rec := "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-01-01T00:00:07Z\r\nWARC-Record-ID: <urn:uuid:0b0e1e7a-6a2f-4d55-9d0c-1c0f4a3b2e01>\r\n" +
		"Content-Length: " + fmt.Sprint(len(http)) + "\r\nContent-Type: application/http; msgtype=response\r\nWARC-Target-URI: https://news.example/2024/01/01/wire-story\r\n\r\n" + http + "\r\n\r\n"
	path := filepath.Join(t.TempDir(), "CC-NEWS-20240101000000-00001.warc")
	os.WriteFile(path, []byte(rec+rec), 0o644)
	s := scan(t, path)
	if len(s.bad) > 0 || len(s.recs) != 2 {
		t.Fatalf("%d records, bad at %v; want 2 and none bad", len(s.recs), s.bad)
	}
	r := s.recs[1]
	if r.TargetURI != "https://news.example/2024/01/01/wire-story" || string(r.Body) != page || r.Date.Year() != 2024 || r.Location.Offset != int64(len(rec)) {
		t.Errorf("record %q %q %v %+v", r.TargetURI, r.Body, r.Date, r.Location)
	}
}

func TestScan_RawThenDecodeBody(t *testing.T) {
	path, _ := writeFile(t, 1)
	var resp *warc.Record
	err := warc.Scan(context.Background(), path, warc.ScanOptions{Raw: true}, func(r *warc.Record) error {
		if r.Type == "response" {
			resp = r
		}
		return nil
	})
	if err != nil || resp == nil {
		t.Fatalf("no response record: %v", err)
	}
	if !bytes.HasPrefix(resp.Body, []byte{0x1f, 0x8b}) {
		t.Fatalf("raw body %q, want it gzip-encoded as archived", resp.Body[:10])
	}
	if err := resp.DecodeBody(); err != nil || !strings.Contains(string(resp.Body), "Paragraph of story 0.") {
		t.Errorf("DecodeBody: %v, body %q", err, resp.Body)
	}
}
