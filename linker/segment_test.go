package linker

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSegment_ASCIIFastPath checks segment, which reads ASCII bytes from a
// table, against segmentRef, the rune-by-rune segmentation it replaced, on
// random text mixing ASCII, other scripts, joiners and broken UTF-8.
func TestSegment_ASCIIFastPath(t *testing.T) {
	pieces := []string{"a", "B", "z", "Q", "7", "0", " ", "  ", "\n", "\t", ".", ",", "'", "’", "-", "/", "!",
		"é", "É", "ß", "Ω", "ω", "д", "Ж", "中", "\u0301", "٣", "\xff", "\xe2\x80", "U.S.", "l'", "'s", "’s",
		"3,5", "1.000", "Obama", "NASA", "don't", "\u00a0", "\u2003"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		got := segment(text, nil)
		for k := range got {
			got[k].join = 0 // not segmentRef's (TestSegment_Joins)
		}
		want := segmentRef(text, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("segment(%q):\n got %+v\nwant %+v", text, got, want)
		}
	}
}

// TestSegment_Joins checks the bits that bind tokens into the compounds
// language detection does not read as function words.
func TestSegment_Joins(t *testing.T) {
	got := map[string]uint8{}
	for _, tok := range segment("e-mail hp.com/de the- -the de@example.de 3.5 U.S. l'homme x:y a_b", nil) {
		got[tok.text] |= tok.join
	}
	want := map[string]uint8{
		"e": joinNext, "mail": joinPrev,
		"hp": joinNext, "com": joinPrev | joinNext, "de": joinPrev,
		"the": 0,
		"3.5": joinDot, "U.S": joinDot,
		"lhomme": 0,
		"x":      joinNext, "y": joinPrev, "a": joinNext, "b": joinPrev,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("join bits:\n got %v\nwant %v", got, want)
	}
}

// TestSegment_Identifiers checks that e-mail addresses and URLs give no
// tokens, and that the words around them are read as before.
func TestSegment_Identifiers(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Write to ann.lee@example.co.uk today", "Write to today"},
		{"In article <1993Apr5.123456.1234@cs.cmu.edu> Tom writes:", "In article Tom writes"},
		{"see http://www.example.com/a/b?c=d&e=f, then", "see then"},
		{"HTTPS://Example.org/x and www.example.org/y/z.", "and"},
		{"ftp://files.example.net/pub/file.tar.gz (mirror)", "mirror"},
		{"Mail: kontakt@verlag.de. Danke", "Mail Danke"},
		{"the @handle and e-mail hp.com", "the handle and e mail hp com"},
		{"www alone, http alone, a@ b", "www alone http alone a b"},
	}
	checkWords(t, tests)
	// A name after an address does not continue a name before it.
	toks := segment("Ann Lee ann@example.com Tom Hale", nil)
	if len(toks) != 4 || !toks[2].brk {
		t.Errorf("tokens %+v: want Ann Lee Tom Hale, a break before Tom", toks)
	}
}

// checkWords checks that segment gives each text's words as want says,
// separated by spaces.
func checkWords(t *testing.T, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		var got []string
		for _, tok := range segment(tt.text, nil) {
			got = append(got, tok.text)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("segment(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestSegment_Invisible checks that a soft hyphen or an invisible joiner
// inside a word neither splits it nor stays in it, and that one between
// words breaks nothing.
func TestSegment_Invisible(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ent\u00adde\u00adckun\u00adgen im Be\u00adreich", "Entdeckungen im Bereich"},
		{"Mat\u00adthi\u00adas Lau\u00ader\u00ader", "Matthias Lauerer"},
		{"Stra\u00dfen\u00adbahn\u2060netz", "Stra\u00dfenbahnnetz"},
		{"word\u00ad \u00adnext, end\u00ad", "word next end"},
		{"\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u062e\u0648\u0627\u0647\u0645"},
		{"\ufeffStart of text", "Start of text"},
	}
	checkWords(t, tests)
	// A name across soft hyphens is one name: no break inside it.
	toks := segment("Ann Kiess\u00adling said", nil)
	if len(toks) != 3 || toks[1].text != "Kiessling" || toks[1].brk || !toks[1].cap {
		t.Errorf("tokens %+v: want Ann Kiessling said, no break before Kiessling", toks)
	}
}

// segmentRef is segment as it was before its ASCII fast path: the oracle
// of TestSegment_ASCIIFastPath.
func segmentRef(text string, out []token) []token {
	isWord := func(r rune) bool {
		if r < utf8.RuneSelf { // most text: no table lookups
			return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		}
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
	}
	brk := true
	i := 0
	var buf []byte
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWord(r) {
			if !unicode.IsSpace(r) {
				brk = true
			}
			i += n
			continue
		}
		// The word is text[start:i] unless an apostrophe or comma joined
		// it: then it is copied into buf without them. Word runes are
		// valid UTF-8 (the replacement rune is no letter), so the bytes
		// copied are the runes.
		start := i
		copied := false
		prev := rune(0)
		apos := 0
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isWord(r) {
				if copied {
					buf = append(buf, text[i:i+n]...)
				}
				prev = r
				i += n
				continue
			}
			if r == '\'' || r == '’' || r == '.' || r == ',' {
				next, m := utf8.DecodeRuneInString(text[i+n:])
				if i+n < len(text) && m > 0 {
					join := false
					switch r {
					case '\'', '’':
						join = unicode.IsLetter(prev) && unicode.IsLetter(next)
					case ',':
						join = unicode.IsDigit(prev) && unicode.IsDigit(next)
					case '.':
						join = (unicode.IsDigit(prev) && unicode.IsDigit(next)) ||
							(unicode.IsUpper(prev) && unicode.IsUpper(next) && isAbbrev(text[start:i]))
					}
					if join {
						switch {
						case r == '.' && copied:
							buf = append(buf, '.')
						case r != '.':
							if !copied {
								buf = append(buf[:0], text[start:i]...)
								copied = true
							}
							if apos == 0 {
								apos = len(buf) // where an elision such as "l'" ends
							}
						}
						i += n
						continue
					}
				}
			}
			break
		}
		w := text[start:i]
		if copied {
			w = string(buf)
		}
		// A possessive 's is not part of the word.
		if raw := text[start:i]; strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s") {
			w = w[:len(w)-1]
			if apos >= len(w) {
				apos = 0
			}
		}
		first, _ := utf8.DecodeRuneInString(w)
		t := token{text: w, cap: unicode.IsUpper(first), upper: isAllUpper(w), brk: brk, apos: apos}
		if strings.IndexFunc(w, func(r rune) bool { return cjkScript(r) != 0 }) >= 0 {
			out = appendCJK(out, t)
		} else {
			out = append(out, t)
		}
		brk = false
	}
	return out
}

// TestSegment_CJK checks that runs of Han, kana and Hangul become their
// overlapping bigrams, a run of one character itself, and that the
// words around them stay words.
func TestSegment_CJK(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"国务院宣布", "国务 务院 院宣 宣布"},
		{"中", "中"},
		{"2024年3月起", "2024 年 3 月起"},
		{"苹果发布iPhone新品", "苹果 果发 发布 iPhone 新品"},
		{"コンピューターの", "コン ンピ ピュ ュー ータ ター ーの"},
		{"서울시는 발표했다", "서울 울시 시는 발표 표했 했다"},
		{"Müller traf 习近平", "Müller traf 习近 近平"},
	} {
		var got []string
		for _, tok := range segment(tt.text, nil) {
			got = append(got, tok.text)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("segment(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
	toks := segment("東京で", nil)
	if toks[0].script != scriptHan || toks[1].script != scriptKana {
		t.Errorf("segment(%q) scripts = %d, %d; want Han, then kana", "東京で", toks[0].script, toks[1].script)
	}
}
