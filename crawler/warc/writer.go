package warc

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"newslink"
)

// DefaultMaxSize is the size past which a Writer starts a new file.
const DefaultMaxSize = 1 << 30

// Options configure a Writer. The zero value of every field means the
// documented default.
type Options struct {
	// MaxSize is the file size past which the next record starts a new
	// file; default DefaultMaxSize. A record is never split.
	MaxSize int64
	// Software and UserAgent are written to the warcinfo record that opens
	// every file.
	Software  string
	UserAgent string
	// Now is the clock that names files; default time.Now.
	Now func() time.Time
}

// Exchange is one HTTP request and the response it got, as they went over
// the wire: Request and ResponseHead are the message heads (start line,
// header fields, blank line), Body the response body with its
// Content-Encoding (Transfer-Encoding undone).
type Exchange struct {
	URL          string
	Date         time.Time // when the response was received
	IP           string    // the server's address, if known
	Request      []byte
	ResponseHead []byte
	Body         []byte
	Status       int  // the response's status code; 304 is written as a revisit record
	Truncated    bool // Body is cut at the crawl's size limit
}

// Writer writes exchanges to WARC/1.1 files in a folder, one gzip member
// per record, so that each record can be read on its own and a crash
// leaves every finished record readable. Files are named
// newslink-YYYYMMDDhhmmss-NNNNN.warc.gz after the time the Writer was
// created and a serial number; the first record opens the first file, and
// a file past Options.MaxSize is followed by a new one.
//
// A Writer is safe for concurrent use. Close it to sync and close the last
// file.
type Writer struct {
	dir   string
	opts  Options
	stamp string

	mu     sync.Mutex
	f      *os.File
	path   string
	size   int64
	serial int
	infoID string
	gz     *gzip.Writer
	buf    bytes.Buffer
}

// NewWriter returns a Writer that writes into dir, creating the folder if
// needed. No file is created before the first record. Locations name files
// by absolute path, so that they do not depend on the folder a later
// command runs in.
func NewWriter(dir string, opts Options) (*Writer, error) {
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	gz, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return &Writer{dir: abs, opts: opts, stamp: opts.Now().UTC().Format("20060102150405"), gz: gz}, nil
}

// WriteExchange writes ex as a response record (a revisit record with the
// server-not-modified profile for a 304) followed by its request record,
// and returns where the response record is.
func (w *Writer) WriteExchange(ex *Exchange) (newslink.WARCLocation, error) {
	respID, reqID := recordID(), recordID()
	date := ex.Date.UTC().Format(time.RFC3339)
	var resp header
	block := append(append(make([]byte, 0, len(ex.ResponseHead)+len(ex.Body)), ex.ResponseHead...), ex.Body...)
	if ex.Status == 304 {
		resp.add("WARC-Type", "revisit")
		resp.add("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
	} else {
		resp.add("WARC-Type", "response")
	}
	resp.add("WARC-Record-ID", respID)
	resp.add("WARC-Date", date)
	resp.add("WARC-Target-URI", ex.URL)
	if ex.IP != "" {
		resp.add("WARC-IP-Address", ex.IP)
	}
	resp.add("Content-Type", "application/http;msgtype=response")
	if ex.Status != 304 {
		resp.add("WARC-Payload-Digest", digest(ex.Body))
	}
	if ex.Truncated {
		resp.add("WARC-Truncated", "length")
	}

	var req header
	req.add("WARC-Type", "request")
	req.add("WARC-Record-ID", reqID)
	req.add("WARC-Date", date)
	req.add("WARC-Target-URI", ex.URL)
	req.add("WARC-Concurrent-To", respID)
	req.add("Content-Type", "application/http;msgtype=request")

	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.open(); err != nil {
		return newslink.WARCLocation{}, err
	}
	loc, err := w.write(&resp, block)
	if err != nil {
		return newslink.WARCLocation{}, err
	}
	if _, err := w.write(&req, ex.Request); err != nil {
		return newslink.WARCLocation{}, err
	}
	return loc, nil
}

// open starts a file when there is none or the current one is full.
func (w *Writer) open() error {
	if w.f != nil && w.size < w.opts.MaxSize {
		return nil
	}
	if err := w.closeFile(); err != nil {
		return err
	}
	for {
		w.serial++
		name := fmt.Sprintf("newslink-%s-%05d.warc.gz", w.stamp, w.serial)
		path := filepath.Join(w.dir, name)
		// O_EXCL: another process (a second Redis worker) started in the
		// same second takes the next serial number instead.
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("warc: %w", err)
		}
		w.f, w.path, w.size = f, path, 0
		break
	}
	w.infoID = recordID()
	var h header
	h.add("WARC-Type", "warcinfo")
	h.add("WARC-Record-ID", w.infoID)
	h.add("WARC-Date", w.opts.Now().UTC().Format(time.RFC3339))
	h.add("WARC-Filename", filepath.Base(w.path))
	h.add("Content-Type", "application/warc-fields")
	var info bytes.Buffer
	software := w.opts.Software
	if software == "" {
		software = "newslink"
	}
	fmt.Fprintf(&info, "software: %s\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n", software)
	if host, err := os.Hostname(); err == nil {
		fmt.Fprintf(&info, "hostname: %s\r\n", host)
	}
	if w.opts.UserAgent != "" {
		fmt.Fprintf(&info, "http-header-user-agent: %s\r\n", w.opts.UserAgent)
	}
	info.WriteString("robots: obey\r\n")
	_, err := w.write(&h, info.Bytes())
	return err
}

// write appends one record as one gzip member with one write call, so
// that a crash tears at most the record being written.
func (w *Writer) write(h *header, block []byte) (newslink.WARCLocation, error) {
	if h.get("WARC-Type") != "warcinfo" {
		h.add("WARC-Warcinfo-ID", w.infoID)
	}
	h.add("WARC-Block-Digest", digest(block))
	h.add("Content-Length", strconv.Itoa(len(block)))
	w.buf.Reset()
	w.gz.Reset(&w.buf)
	w.gz.Write([]byte("WARC/1.1\r\n"))
	for _, f := range h.fields {
		w.gz.Write([]byte(f[0] + ": " + f[1] + "\r\n"))
	}
	w.gz.Write([]byte("\r\n"))
	w.gz.Write(block)
	w.gz.Write([]byte("\r\n\r\n"))
	if err := w.gz.Close(); err != nil {
		return newslink.WARCLocation{}, fmt.Errorf("warc: compress record: %w", err)
	}
	loc := newslink.WARCLocation{File: w.path, Offset: w.size, Length: int64(w.buf.Len())}
	n, err := w.f.Write(w.buf.Bytes())
	w.size += int64(n)
	if err != nil {
		return newslink.WARCLocation{}, fmt.Errorf("warc: write %s: %w", w.path, err)
	}
	return loc, nil
}

// Sync flushes the current file to disk.
func (w *Writer) Sync() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil {
		return nil
	}
	if err := w.f.Sync(); err != nil {
		return fmt.Errorf("warc: sync %s: %w", w.path, err)
	}
	return nil
}

// Close syncs and closes the current file. The Writer may be used again:
// the next record starts a new file.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.closeFile()
}

func (w *Writer) closeFile() error {
	if w.f == nil {
		return nil
	}
	f, path := w.f, w.path
	w.f = nil
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("warc: sync %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("warc: close %s: %w", path, err)
	}
	return nil
}

// header is a record's named fields in the order written.
type header struct{ fields [][2]string }

func (h *header) add(name, value string) { h.fields = append(h.fields, [2]string{name, value}) }

func (h *header) get(name string) string {
	for _, f := range h.fields {
		if f[0] == name {
			return f[1]
		}
	}
	return ""
}

// digest returns the WARC digest of b: SHA-1 in base32, as WARC 1.1 and
// every common reader expect.
func digest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

// recordID returns a new WARC-Record-ID: a random (version 4) UUID URN.
func recordID() string {
	var u [16]byte
	rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}
