package extract

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// prescanBytes is how far into a page decodeHTML looks for a <meta>
// declaring its charset. The HTML standard says 1024 bytes, but real pages
// often put the declaration after a long head of scripts.
const prescanBytes = 32 << 10

// decodeHTML converts a page to UTF-8. The encoding is taken, in order of
// trust, from a byte order mark, the charset of the HTTP Content-Type
// header, a <meta charset> or <meta http-equiv="Content-Type"> in the
// page, and finally guessed: UTF-8 if the bytes are valid UTF-8, else
// Windows-1252. A declared charset, in the header or the page, is
// overridden when the bytes are UTF-8 with non-ASCII sequences
// (reallyUTF8), which a page in another charset essentially never is. The result is always valid UTF-8. It returns the name of
// the encoding used.
func decodeHTML(b []byte, contentType string) (string, string) {
	if enc, name, n := bomEncoding(b); enc != nil {
		return decodeWith(enc, b[n:]), name
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := params["charset"]; cs != "" {
			if enc, name := lookupEncoding(cs); enc != nil {
				if reallyUTF8(enc, name, b) {
					return validUTF8(b), "utf-8"
				}
				return decodeWith(enc, b), name
			}
		}
	}
	if cs := prescanCharset(b); cs != "" {
		if enc, name := lookupEncoding(cs); enc != nil {
			if reallyUTF8(enc, name, b) {
				return validUTF8(b), "utf-8"
			}
			return decodeWith(enc, b), name
		}
	}
	if utf8.Valid(b) {
		return string(b), "utf-8"
	}
	if looksUTF8(b) { // mostly UTF-8 with a few broken bytes
		return validUTF8(b), "utf-8"
	}
	return decodeWith(charmap.Windows1252, b), "windows-1252"
}

// bomEncoding reports the encoding named by a byte order mark and its length.
func bomEncoding(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	}
	return nil, "", 0
}

// lookupEncoding returns the encoding for a charset label as browsers
// resolve it (the WHATWG Encoding Standard), or nil.
func lookupEncoding(label string) (encoding.Encoding, string) {
	label = strings.Trim(strings.TrimSpace(label), `"'`)
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-16le" || name == "utf-16be" {
		// A page that declares UTF-16 in ASCII is not UTF-16 (WHATWG).
		return unicode.UTF8, "utf-8"
	}
	if name == "utf-8" {
		return unicode.UTF8, name
	}
	return enc, name
}

// reallyUTF8 reports whether a page declared as name (decoded by enc) is
// UTF-8 all the same: pages are converted without their declaration being
// updated, and servers send a default charset. A single-byte page is taken
// for UTF-8 when it has multi-byte UTF-8 sequences and at most a few
// invalid bytes (looksUTF8): Latin-1 or Windows-1252 text essentially
// never forms them. A multi-byte charset (GB2312, Shift_JIS, Big5, EUC)
// pairs bytes at random with respect to UTF-8, so its text is taken for
// UTF-8 only when all of it is valid UTF-8 with non-ASCII sequences.
func reallyUTF8(enc encoding.Encoding, name string, b []byte) bool {
	if name == "utf-8" {
		return false
	}
	if isSingleByte(enc) {
		return looksUTF8(b)
	}
	return utf8.Valid(b) && hasNonASCII(b)
}

// hasNonASCII reports whether b has a byte outside ASCII.
func hasNonASCII[T string | []byte](b T) bool {
	for i := range len(b) {
		if b[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// isSingleByte reports whether enc maps each byte to one character.
func isSingleByte(enc encoding.Encoding) bool {
	_, ok := enc.(*charmap.Charmap)
	return ok
}

// looksUTF8 reports whether b has multi-byte UTF-8 sequences and at most a
// few invalid bytes.
func looksUTF8(b []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi > 0 && bad*20 <= multi
}

// decodeWith decodes b with enc, replacing what cannot be decoded.
func decodeWith(enc encoding.Encoding, b []byte) string {
	if enc == unicode.UTF8 {
		return validUTF8(b)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return validUTF8(b)
	}
	return validUTF8(out)
}

// validUTF8 returns b as a string with invalid bytes replaced by U+FFFD.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// prescanCharset looks for a charset declared by a <meta> element in the
// first prescanBytes of b, as <meta charset="…"> or
// <meta http-equiv="Content-Type" content="…; charset=…">. It does not
// parse the page: it scans <meta tags and reads their attributes.
func prescanCharset(b []byte) string {
	if len(b) > prescanBytes {
		b = b[:prescanBytes]
	}
	for {
		i := indexFold(b, "<meta")
		if i < 0 {
			return ""
		}
		b = b[i+5:]
		end := bytes.IndexByte(b, '>')
		if end < 0 {
			return ""
		}
		attrs := parseAttrs(b[:end])
		b = b[end:]
		if cs := attrs["charset"]; cs != "" {
			return cs
		}
		if strings.EqualFold(attrs["http-equiv"], "content-type") {
			if cs := charsetFromContent(attrs["content"]); cs != "" {
				return cs
			}
		}
	}
}

// charsetFromContent reads "charset=…" from a Content-Type value.
func charsetFromContent(s string) string {
	i := strings.Index(strings.ToLower(s), "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.Trim(strings.TrimSpace(s[1:]), `"'`)
	if j := strings.IndexAny(s, `;"' `); j >= 0 {
		s = s[:j]
	}
	return s
}

// parseAttrs reads name=value attributes from the inside of a tag. Names
// are lower-cased; quotes are optional.
func parseAttrs(b []byte) map[string]string {
	attrs := map[string]string{}
	s := string(b)
	for {
		s = strings.TrimLeft(s, " \t\r\n/")
		if s == "" {
			return attrs
		}
		j := strings.IndexAny(s, "= \t\r\n/")
		if j < 0 {
			attrs[strings.ToLower(s)] = ""
			return attrs
		}
		name := strings.ToLower(s[:j])
		s = strings.TrimLeft(s[j:], " \t\r\n")
		if !strings.HasPrefix(s, "=") {
			attrs[name] = ""
			continue
		}
		s = strings.TrimLeft(s[1:], " \t\r\n")
		var val string
		if s != "" && (s[0] == '"' || s[0] == '\'') {
			q := s[0]
			k := strings.IndexByte(s[1:], q)
			if k < 0 {
				val, s = s[1:], ""
			} else {
				val, s = s[1:1+k], s[2+k:]
			}
		} else {
			k := strings.IndexAny(s, " \t\r\n")
			if k < 0 {
				k = len(s)
			}
			val, s = s[:k], s[k:]
		}
		if _, ok := attrs[name]; !ok {
			attrs[name] = val
		}
	}
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring case.
func indexFold(b []byte, needle string) int {
	n := len(needle)
outer:
	for i := 0; i+n <= len(b); i++ {
		for j := 0; j < n; j++ {
			c := b[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}
