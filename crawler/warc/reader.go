package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"newslink"
)

// ErrRecord marks a record that cannot be read: a bad header, a length
// that does not fit, a bad gzip member, a digest that does not verify.
var ErrRecord = errors.New("malformed warc record")

// Record is one WARC record as read back. For response and revisit records
// whose block is an HTTP response, Status, Header and Body are set: Body is
// the payload with its Content-Encoding undone.
type Record struct {
	Type      string // WARC-Type: "response", "request", "revisit", "warcinfo", ...
	TargetURI string
	Date      time.Time
	// Location is where the record is. In a file compressed as a whole
	// (one gzip stream, not one member per record) Length is 0 and Offset
	// counts uncompressed bytes.
	Location newslink.WARCLocation

	Status int
	Header http.Header
	Body   []byte

	encoded bool // Body still has its transfer and content encodings (ScanOptions.Raw)
	maxBody int64
}

// DecodeBody undoes the encodings of a Body read with ScanOptions.Raw, so
// that the work can be spread over goroutines; it does nothing to a Body
// already decoded.
func (r *Record) DecodeBody() error {
	if !r.encoded {
		return nil
	}
	b, err := decodeBody(bytes.NewReader(r.Body), r.Header, r.maxBody)
	if err != nil {
		return fmt.Errorf("warc: %s:%d: %w: %v", r.Location.File, r.Location.Offset, ErrRecord, err)
	}
	r.Body, r.encoded = b, false
	return nil
}

// ScanOptions configure Scan. The zero value reads every record in full.
type ScanOptions struct {
	// MaxBody is the largest decoded body kept; a larger one is cut to
	// MaxBody bytes. Zero means 64 MiB.
	MaxBody int64
	// Bad is told of every malformed record (the offset where it starts,
	// and why) before reading goes on at the next record. Nil: ignored.
	Bad func(offset int64, err error)
	// Want, if set, is asked for the WARC-Type and WARC-Target-URI of each
	// record before its HTTP message is read and decoded; records it
	// refuses are skipped without that work.
	Want func(typ, uri string) bool
	// Raw leaves each Body as archived (Content-Encoding and all), for
	// the caller to decode with Record.DecodeBody on another goroutine.
	Raw bool
}

const defaultMaxBody = 64 << 20

// readerOptions are gowarc's settings for reading what other tools wrote:
// lenient about syntax (Common Crawl's files and older tools' quirks),
// strict about digests, which say whether the bytes are the ones archived.
func readerOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrFail),
	}
}

// readerMu serialises the making of gowarc readers: gowarc's default
// options switch on uuid's random pool, a write to a global that races
// when two goroutines (reextract and import-warc workers) open readers at
// once.
var readerMu sync.Mutex

// newFileReader is gowarc.NewWarcFileReaderFromStream with readerOptions,
// safe for concurrent use.
func newFileReader(r io.Reader, offset int64, opts ...gowarc.WarcRecordOption) (*gowarc.WarcFileReader, error) {
	readerMu.Lock()
	defer readerMu.Unlock()
	return gowarc.NewWarcFileReaderFromStream(r, offset, opts...)
}

// Scan calls fn for every record of the WARC file at path, in file order.
// It reads WARC 1.0 and 1.1, compressed record by record (.warc.gz as
// crawlers write it), as a whole, or not at all. A malformed record is
// given to opts.Bad and skipped: reading goes on at the next record. Scan
// returns an error when the file cannot be read at all, when fn fails, or
// when ctx is done.
func Scan(ctx context.Context, path string, opts ScanOptions, fn func(*Record) error) error {
	if opts.MaxBody <= 0 {
		opts.MaxBody = defaultMaxBody
	}
	if opts.Bad == nil {
		opts.Bad = func(int64, error) {}
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	var magic [2]byte
	n, _ := io.ReadFull(f, magic[:])
	gz := n == 2 && magic[0] == 0x1f && magic[1] == 0x8b
	if gz {
		whole, err := wholeFileGzip(f)
		if err != nil {
			opts.Bad(0, fmt.Errorf("%w: %v", ErrRecord, err))
			return scanFrom(ctx, f, path, fi.Size(), true, 1, opts, fn)
		}
		if whole {
			return scanWhole(ctx, f, path, opts, fn)
		}
	}
	return scanFrom(ctx, f, path, fi.Size(), gz, 0, opts, fn)
}

// wholeFileGzip reports whether the first gzip member of f holds more than
// one record: a file compressed as a whole rather than record by record.
func wholeFileGzip(f *os.File) (bool, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return false, err
	}
	zr, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return false, err
	}
	zr.Multistream(false)
	br := bufio.NewReader(zr)
	length := int64(-1)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return false, fmt.Errorf("first record: %v", err)
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "Content-Length") {
			length, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		}
	}
	if length < 0 {
		return false, errors.New("first record: no Content-Length")
	}
	if _, err := io.CopyN(io.Discard, br, length); err != nil {
		return false, fmt.Errorf("first record: %v", err)
	}
	rest, _ := io.Copy(io.Discard, io.LimitReader(br, 64))
	return rest > 4, nil // more than the end-of-record marker
}

// scanFrom reads records starting at offset start, resynchronising after
// a malformed record at the next place where a record starts.
func scanFrom(ctx context.Context, f *os.File, path string, size int64, gz bool, start int64, opts ScanOptions, fn func(*Record) error) error {
	off := start
	if start > 0 {
		next, ok := nextStart(f, start, gz)
		if !ok {
			return nil
		}
		off = next
	}
	quiet := false // inside a bad stretch: do not report each false start
	for off < size {
		if err := ctx.Err(); err != nil {
			return err
		}
		// A section, not f: closing gowarc's reader closes its stream.
		r, err := newFileReader(io.NewSectionReader(f, off, size-off), 0, readerOptions()...)
		if err != nil {
			return fmt.Errorf("warc: %w", err)
		}
		base := off
		bad := false
		for {
			rec, err := r.Next()
			rec.Offset += base
			if err == io.EOF {
				r.Close()
				return nil
			}
			if err == nil && rec.Offset != off {
				err = fmt.Errorf("%d bytes of garbage before the record", rec.Offset-off)
			}
			if err != nil {
				rec.Close()
				r.Close()
				if !quiet {
					opts.Bad(off, fmt.Errorf("%w: %v", ErrRecord, err))
				}
				bad = true
				break
			}
			quiet = false
			out, err := convert(rec, path, opts)
			rec.Close()
			off = rec.Offset + rec.Size
			if err != nil {
				opts.Bad(rec.Offset, fmt.Errorf("%w: %v", ErrRecord, err))
				continue
			}
			if out == nil {
				continue
			}
			if err := fn(out); err != nil {
				r.Close()
				return err
			}
		}
		if bad {
			next, ok := nextStart(f, off+1, gz)
			if !ok {
				return nil
			}
			off, quiet = next, true
		}
	}
	return nil
}

// nextStart finds the first offset at or after from where a record may
// start: a gzip member's header, or "WARC/1." at the start of a line.
func nextStart(f *os.File, from int64, gz bool) (int64, bool) {
	if _, err := f.Seek(from, io.SeekStart); err != nil {
		return 0, false
	}
	br := bufio.NewReaderSize(f, 1<<16)
	pat := []byte("\nWARC/1.")
	if gz {
		pat = []byte{0x1f, 0x8b, 0x08}
	}
	pos := from
	var carry []byte
	buf := make([]byte, 1<<16)
	for {
		n, err := br.Read(buf)
		if n > 0 {
			chunk := append(carry, buf[:n]...)
			if i := bytes.Index(chunk, pat); i >= 0 {
				at := pos - int64(len(carry)) + int64(i)
				if !gz {
					at++ // past the newline
				}
				return at, true
			}
			keep := min(len(pat)-1, len(chunk))
			carry = append([]byte(nil), chunk[len(chunk)-keep:]...)
			pos += int64(n)
		}
		if err != nil {
			return 0, false
		}
	}
}

// scanWhole reads a file compressed as one gzip stream. Its records cannot
// be found again after an error, so reading ends at the first malformed
// one.
func scanWhole(ctx context.Context, f *os.File, path string, opts ScanOptions, fn func(*Record) error) error {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return fmt.Errorf("warc: %s: %w", path, err)
	}
	r, err := newFileReader(zr, 0, readerOptions()...)
	if err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	defer r.Close()
	var last int64
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := r.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			rec.Close()
			opts.Bad(last, fmt.Errorf("%w: %v (the file is compressed as a whole: the records after it cannot be found)", ErrRecord, err))
			return nil
		}
		out, err := convert(rec, path, opts)
		rec.Close()
		last = rec.Offset + rec.Size
		if err != nil {
			opts.Bad(rec.Offset, fmt.Errorf("%w: %v", ErrRecord, err))
			continue
		}
		if out == nil {
			continue
		}
		out.Location.Length = 0
		if err := fn(out); err != nil {
			return err
		}
	}
}

// convert turns a gowarc record into a Record, decoding the HTTP response
// of response and revisit records; nil when opts.Want refuses it.
func convert(rec gowarc.Record, path string, opts ScanOptions) (*Record, error) {
	wr := rec.WarcRecord
	h := wr.WarcHeader()
	out := &Record{
		Type:      h.Get(gowarc.WarcType),
		TargetURI: strings.Trim(h.Get(gowarc.WarcTargetURI), "<>"),
		Location:  newslink.WARCLocation{File: path, Offset: rec.Offset, Length: rec.Size},
	}
	if opts.Want != nil && !opts.Want(out.Type, out.TargetURI) {
		return nil, nil
	}
	if d, err := wr.Date(); err == nil {
		out.Date = d
	}
	for _, v := range rec.Validation {
		if isDigestError(v) {
			return nil, v
		}
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return out, nil
	}
	out.Status = block.HttpStatusCode()
	if hh := block.HttpHeader(); hh != nil {
		out.Header = hh.Clone()
	} else {
		out.Header = http.Header{}
	}
	pr, err := block.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("payload: %v", err)
	}
	if opts.Raw {
		raw, err := io.ReadAll(pr)
		if err != nil {
			return nil, fmt.Errorf("payload: %v", err)
		}
		out.Body, out.encoded, out.maxBody = raw, true, opts.MaxBody
	} else {
		body, err := decodeBody(pr, out.Header, opts.MaxBody)
		if err != nil {
			return nil, err
		}
		out.Body = body
	}
	if vs, err := wr.ValidateDigest(); err != nil {
		return nil, err
	} else {
		for _, v := range vs {
			if isDigestError(v) {
				return nil, v
			}
		}
	}
	return out, nil
}

func isDigestError(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "digest")
}

// decodeBody reads a payload, undoing a chunked Transfer-Encoding left in
// place by the archiving tool and the Content-Encoding (gzip, deflate).
func decodeBody(r io.Reader, h http.Header, limit int64) ([]byte, error) {
	if strings.EqualFold(strings.TrimSpace(h.Get("Transfer-Encoding")), "chunked") {
		raw, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("payload: %v", err)
		}
		if dechunked, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw))); err == nil {
			r = bytes.NewReader(dechunked)
		} else {
			r = bytes.NewReader(raw) // already de-chunked by the archiver, header kept
		}
	}
	var body io.Reader = r
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity", "none", "utf-8":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("content-encoding gzip: %v", err)
		}
		defer zr.Close()
		body = zr
	case "deflate":
		raw, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("payload: %v", err)
		}
		body = flate.NewReader(bytes.NewReader(raw))
		if len(raw) >= 2 && raw[0]&0x0f == 8 && (uint16(raw[0])<<8|uint16(raw[1]))%31 == 0 {
			body = flate.NewReader(bytes.NewReader(raw[2:])) // zlib-wrapped, as most servers send it
		}
	default:
		return nil, fmt.Errorf("content-encoding %q is not supported", enc)
	}
	b, err := io.ReadAll(io.LimitReader(body, limit))
	if err != nil {
		return nil, fmt.Errorf("content-encoding %s: %v", h.Get("Content-Encoding"), err)
	}
	return b, nil
}

// ReadAt reads the one record at loc, as Scan would give it.
func ReadAt(loc newslink.WARCLocation, maxBody int64) (*Record, error) {
	if loc.Length == 0 {
		// In a file compressed as a whole the record can only be reached
		// by reading up to it.
		var found *Record
		err := Scan(context.Background(), loc.File, ScanOptions{MaxBody: maxBody, Want: func(string, string) bool { return true }}, func(r *Record) error {
			if r.Location.Offset == loc.Offset {
				found = r
				return io.EOF
			}
			return nil
		})
		if found != nil {
			return found, nil
		}
		if err == nil {
			err = fmt.Errorf("%w: no record at offset %d", ErrRecord, loc.Offset)
		}
		return nil, fmt.Errorf("warc: %s: %w", loc.File, err)
	}
	if maxBody <= 0 {
		maxBody = defaultMaxBody
	}
	f, err := os.Open(loc.File)
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	defer f.Close()
	r, err := newFileReader(io.NewSectionReader(f, loc.Offset, loc.Length), 0, readerOptions()...)
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	defer r.Close()
	rec, err := r.Next()
	if err != nil {
		rec.Close()
		return nil, fmt.Errorf("warc: %s:%d: %w: %v", loc.File, loc.Offset, ErrRecord, err)
	}
	defer rec.Close()
	rec.Offset += loc.Offset
	out, err := convert(rec, loc.File, ScanOptions{MaxBody: maxBody})
	if err != nil {
		return nil, fmt.Errorf("warc: %s:%d: %w", loc.File, loc.Offset, err)
	}
	return out, nil
}
