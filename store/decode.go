package store

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"newslink"
)

// decodeRecord decodes a stored article record as json.Unmarshal does,
// for the records this package writes: an object of the record's keys
// as json.Marshal spells them. A scan of the store (link, export, check)
// decodes every article, and encoding/json's reflection and validation
// pass were a tenth of a link run's CPU. Anything else (another key, a
// number that is not a plain integer, invalid UTF-8) returns false, and
// the caller decodes with encoding/json, whose result and errors stand.
func decodeRecord(v []byte, r *record) bool {
	d := decoder{b: v}
	if !d.byte('{') {
		return false
	}
	if d.peek('}') {
		d.i++
		return d.end()
	}
	for {
		key, ok := d.key()
		if !ok || !d.byte(':') {
			return false
		}
		switch string(key) { // compared without a copy
		case "id":
			ok = d.uint(&r.ID)
		case "url":
			ok = d.string(&r.URL)
		case "headline":
			ok = d.string(&r.Headline)
		case "published":
			ok = d.date(&r.Published)
		case "modified":
			ok = d.date(&r.Modified)
		case "authors":
			ok = d.strings(&r.Authors)
		case "language":
			ok = d.string(&r.Language)
		case "summary":
			ok = d.string(&r.Summary)
		case "body":
			ok = d.string(&r.Body)
		case "section":
			ok = d.string(&r.Section)
		case "fetched":
			var raw []byte
			if raw, ok = d.raw(); ok {
				ok = r.Fetched.UnmarshalJSON(raw) == nil
			}
		case "warc":
			var raw []byte
			if raw, ok = d.raw(); ok {
				ok = json.Unmarshal(raw, &r.WARC) == nil
			}
		case "image":
			ok = d.string(&r.Image)
		case "tags":
			ok = d.strings(&r.Tags)
		default:
			return false
		}
		if !ok {
			return false
		}
		if d.peek(',') {
			d.i++
			continue
		}
		return d.byte('}') && d.end()
	}
}

// decoder reads JSON from b at i.
type decoder struct {
	b []byte
	i int
}

func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// peek reports whether the next byte after white space is c.
func (d *decoder) peek(c byte) bool {
	d.space()
	return d.i < len(d.b) && d.b[d.i] == c
}

// byte reads c after white space.
func (d *decoder) byte(c byte) bool {
	if !d.peek(c) {
		return false
	}
	d.i++
	return true
}

func (d *decoder) end() bool {
	d.space()
	return d.i == len(d.b)
}

// null reads null if it comes next.
func (d *decoder) null() bool {
	d.space()
	if bytes.HasPrefix(d.b[d.i:], []byte("null")) {
		d.i += 4
		return true
	}
	return false
}

// key reads an object key that needs no unescaping (all of a record's).
func (d *decoder) key() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	end := bytes.IndexByte(d.b[d.i:], '"')
	if end < 0 {
		return nil, false
	}
	k := d.b[d.i : d.i+end]
	if bytes.IndexByte(k, '\\') >= 0 {
		return nil, false
	}
	d.i += end + 1
	return k, true
}

func (d *decoder) uint(p *uint64) bool {
	d.space()
	j := d.i
	for j < len(d.b) && '0' <= d.b[j] && d.b[j] <= '9' {
		j++
	}
	if j == d.i || d.b[d.i] == '0' && j-d.i > 1 {
		return false
	}
	n, err := strconv.ParseUint(string(d.b[d.i:j]), 10, 64)
	if err != nil {
		return false
	}
	*p, d.i = n, j
	return true
}

// string reads a JSON string (null leaves *p as it is, as encoding/json does).
func (d *decoder) string(p *string) bool {
	if d.null() {
		return true
	}
	if !d.byte('"') {
		return false
	}
	start := d.i
	ascii := true
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			s := d.b[start:d.i]
			if !ascii && !utf8.Valid(s) {
				return false
			}
			*p = string(s)
			d.i++
			return true
		case c == '\\':
			return d.escaped(start, ascii, p)
		case c < 0x20:
			return false
		case c >= utf8.RuneSelf:
			ascii = false
		}
		d.i++
	}
	return false
}

// quoteAt returns where the string that goes on at d.i ends: its closing
// quote, the first not escaped by a backslash, or len(d.b). Unescaping
// never lengthens a string, so the bytes up to it bound the decoded
// string's: a buffer grown by less was copied again as it grew, a third
// of the decoding of a newsgroup post.
func (d *decoder) quoteAt() int {
	for j := d.i; ; {
		k := bytes.IndexByte(d.b[j:], '"')
		if k < 0 {
			return len(d.b)
		}
		q := j + k
		n := 0
		for q-n-1 >= d.i && d.b[q-n-1] == '\\' {
			n++
		}
		if n%2 == 0 {
			return q
		}
		j = q + 1
	}
}

// escaped finishes a string that has an escape at d.i, copying it into a
// buffer from start; ascii says whether the bytes before d.i are. The
// buffer becomes the string without another copy (a strings.Builder), and
// only a string with bytes outside ASCII is checked for valid UTF-8.
func (d *decoder) escaped(start int, ascii bool, p *string) bool {
	var buf strings.Builder
	buf.Grow(d.quoteAt() - start)
	buf.Write(d.b[start:d.i])
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			if !ascii && !utf8.ValidString(buf.String()) {
				return false
			}
			*p = buf.String()
			d.i++
			return true
		case c < 0x20:
			return false
		case c != '\\':
			// Copy the run up to the next quote or backslash at once.
			j := d.i
			for j < len(d.b) && d.b[j] != '"' && d.b[j] != '\\' && d.b[j] >= 0x20 {
				if d.b[j] >= utf8.RuneSelf {
					ascii = false
				}
				j++
			}
			buf.Write(d.b[d.i:j])
			d.i = j
			continue
		}
		if d.i+1 >= len(d.b) {
			return false
		}
		e := d.b[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			buf.WriteByte(e)
		case 'b':
			buf.WriteByte('\b')
		case 'f':
			buf.WriteByte('\f')
		case 'n':
			buf.WriteByte('\n')
		case 'r':
			buf.WriteByte('\r')
		case 't':
			buf.WriteByte('\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return false
			}
			if utf16.IsSurrogate(r) {
				// A pair makes one rune; a lone half is U+FFFD, as in
				// encoding/json.
				r2 := rune(-1)
				if d.i+1 < len(d.b) && d.b[d.i] == '\\' && d.b[d.i+1] == 'u' {
					save := d.i
					d.i += 2
					if r2, ok = d.hex4(); !ok {
						return false
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						buf.WriteRune(dec)
						continue
					}
					d.i = save
				}
				r = utf8.RuneError
			}
			buf.WriteRune(r)
		default:
			return false
		}
	}
	return false
}

func (d *decoder) hex4() (rune, bool) {
	if d.i+4 > len(d.b) {
		return 0, false
	}
	var r rune
	for _, c := range d.b[d.i : d.i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.i += 4
	return r, true
}

// strings reads an array of strings, or null (a nil slice).
func (d *decoder) strings(p *[]string) bool {
	if d.null() {
		*p = nil
		return true
	}
	if !d.byte('[') {
		return false
	}
	out := []string{}
	if d.peek(']') {
		d.i++
		*p = out
		return true
	}
	for {
		var s string
		if !d.string(&s) {
			return false
		}
		out = append(out, s)
		if d.peek(',') {
			d.i++
			continue
		}
		if !d.byte(']') {
			return false
		}
		*p = out
		return true
	}
}

// date reads a newslink.Date as its UnmarshalJSON does.
func (d *decoder) date(p *newslink.Date) bool {
	if d.null() {
		*p = newslink.Date{}
		return true
	}
	var s string
	if !d.string(&s) {
		return false
	}
	v, err := newslink.ParseDate(s)
	if err != nil {
		return false
	}
	*p = v
	return true
}

// raw returns the next value's bytes, for the fields decoded by their own
// UnmarshalJSON: a string or an object without nested strings that hold
// braces (a time, a WARC location).
func (d *decoder) raw() ([]byte, bool) {
	d.space()
	start := d.i
	if d.null() {
		return d.b[start:d.i], true
	}
	if d.i >= len(d.b) {
		return nil, false
	}
	switch d.b[d.i] {
	case '"':
		var s string
		if !d.string(&s) {
			return nil, false
		}
	case '{':
		depth := 0
		for ; d.i < len(d.b); d.i++ {
			switch d.b[d.i] {
			case '"':
				var s string
				if !d.string(&s) {
					return nil, false
				}
				d.i--
			case '{':
				depth++
			case '}':
				depth--
				if depth == 0 {
					d.i++
					return d.b[start:d.i], true
				}
			}
		}
		return nil, false
	default:
		return nil, false
	}
	return d.b[start:d.i], true
}
