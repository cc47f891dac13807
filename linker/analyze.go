package linker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"golang.org/x/text/unicode/norm"
)

// An analyzer turns text into index terms. It caches the term of every
// word it has met and is not safe for concurrent use; each worker has its
// own.
type analyzer struct {
	hbuf  []token   // the headline's tokens
	buf   []token   // the body's tokens
	tf    []float32 // term frequencies by term ID, for docTerms
	tfIDs []uint32  // the IDs set in tf
	// id numbers terms; words maps a word as written to its term ID (-1:
	// not a term), by language family, so that a word seen before costs
	// one lookup.
	id    func(string) uint32
	words map[string]*wordTable
	env   *snowballstem.Env // reused by the generated stemmers
}

func (a *analyzer) wordCache(kind string) *wordTable {
	if a.words == nil {
		a.words = map[string]*wordTable{}
	}
	m := a.words[kind]
	if m == nil {
		m = newWordTable()
		a.words[kind] = m
	}
	return m
}

// token is one word as segmented, before folding.
type token struct {
	text  string // as written, with joiners removed
	cap   bool   // starts with an upper-case letter
	upper bool   // all letters upper case
	brk   bool   // punctuation (not just space) separates it from the previous token
	join  uint8  // joinPrev, joinNext, joinDot: how it is bound to its neighbours
	apos  int    // bytes of text before the first apostrophe joined inside it, 0 if none
	// script is scriptHan, scriptKana or scriptHangul for a piece of a
	// run of those scripts (see appendCJK), 0 for other words.
	script uint8
}

// Scripts written without spaces between words (token.script), in the
// order a bigram of two takes the larger: a bigram with kana is
// Japanese, one with Hangul Korean.
const (
	scriptHan uint8 = 1 + iota
	scriptKana
	scriptHangul
)

// cjkScript returns the script of r if it is one of those written
// without spaces between words (Han, Hiragana and Katakana with the
// prolonged sound mark, Hangul), else 0.
func cjkScript(r rune) uint8 {
	switch {
	case r < 0x1100: // below Hangul Jamo, the first of them
		return 0
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー':
		return scriptKana
	case unicode.Is(unicode.Hangul, r):
		return scriptHangul
	}
	return 0
}

// appendCJK appends the word token t, whose text holds Han, kana or
// Hangul, as pieces: each run of those scripts as its overlapping
// bigrams (a run of one character as itself), the rest of the text as
// words of their own. Chinese and Japanese put no space between words,
// so a run is a phrase or a whole sentence, which no other text shares;
// without a dictionary, search engines index such text by its bigrams
// (Lucene's CJKBigramFilter), and two reports of one story share many.
func appendCJK(out []token, t token) []token {
	w := t.text
	first := len(out)
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		s := cjkScript(r)
		j := i + n
		if s == 0 {
			for j < len(w) {
				r, m := utf8.DecodeRuneInString(w[j:])
				if cjkScript(r) != 0 {
					break
				}
				j += m
			}
			p := w[i:j]
			c, _ := utf8.DecodeRuneInString(p)
			out = append(out, token{text: p, cap: unicode.IsUpper(c), upper: isAllUpper(p), join: t.join & joinDot})
			i = j
			continue
		}
		a := i // where the last piece of the run starts
		for j < len(w) {
			r, m := utf8.DecodeRuneInString(w[j:])
			s2 := cjkScript(r)
			if s2 == 0 {
				break
			}
			out = append(out, token{text: w[a : j+m], script: max(s, s2)})
			a, s = j, s2
			j += m
		}
		if a == i { // a run of one
			out = append(out, token{text: w[i:j], script: s})
		}
		i = j
	}
	out[first].brk = t.brk
	out[first].join |= t.join & joinPrev
	if t.apos < len(out[first].text) {
		out[first].apos = t.apos
	}
	out[len(out)-1].join |= t.join & joinNext
	return out
}

// A token's join bits say when it is part of a host name, an address, a
// path, a hyphenated compound or a decimal ("hp.com", "e-mail", "3.5"),
// whose pieces language detection does not take for function words.
const (
	joinPrev uint8 = 1 << iota // a joiner (. @ / - _ \ :) binds it to the token before
	joinNext                   // a joiner binds it to the token after
	joinDot                    // a point joined inside it ("3.5", "U.S")
)

// isWordByte reports whether a text byte can be part of a word: an ASCII
// letter or digit, or a byte of a non-ASCII character.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

// isJoiner reports whether c binds the words on both sides of it into one
// compound (see joinPrev).
func isJoiner(c byte) bool {
	return c == '.' || c == '@' || c == '/' || c == '-' || c == '_' || c == '\\' || c == ':'
}

// langKind returns the stemmer and stop-word family of a BCP 47 tag: one
// of Languages() ("en" also for ""), or "" for other languages, which are
// analysed without stop words and stemming.
func langKind(tag string) string {
	switch primaryTag(tag) {
	case "", "en", "eng":
		return "en"
	case "de", "deu", "ger", "gsw":
		return "de"
	case "fr", "fra", "fre":
		return "fr"
	case "es", "spa":
		return "es"
	case "it", "ita":
		return "it"
	case "nl", "nld", "dut":
		return "nl"
	case "pt", "por":
		return "pt"
	}
	return ""
}

// asciiWord and asciiSpace classify ASCII bytes for segment, which meets
// them in nearly all text: a table read instead of a rune decode and two
// function calls per byte.
var asciiWord, asciiSpace [utf8.RuneSelf]bool

func init() {
	for c := range utf8.RuneSelf {
		r := rune(c)
		asciiWord[c] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		asciiSpace[c] = unicode.IsSpace(r)
	}
}

// isWord reports whether r belongs to a word: a letter, a digit or a
// combining mark.
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInvisible reports whether r is a character that shows nothing and
// does not end a word: the soft hyphen, the zero-width joiner and
// non-joiner, the word joiner and the zero-width no-break space.
func isInvisible(r rune) bool {
	return r == '\u00ad' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff'
}

// segment splits text into word tokens: runs of letters, digits and
// combining marks, joined across an apostrophe between letters, a point
// or comma between digits, a point in abbreviations such as "U.S." and
// an invisible character (isInvisible), which the word loses.
// Hyphens, slashes and other punctuation split words. E-mail addresses
// and URLs ("http://…", "www.…") give no tokens.
func segment(text string, out []token) []token {
	brk := true
	i := 0
	bound := -1 // where a token that a joiner binds to the one before would start
	var buf []byte
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				if !asciiSpace[c] {
					brk = true
				}
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !isWord(r) {
			if !unicode.IsSpace(r) && !isInvisible(r) {
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
		var binds uint8 // the token's join bits
		if start == bound {
			binds = joinPrev
		}
		ascii := true // the word's bytes are all ASCII so far
		cjk := false  // it holds a rune of cjkScript
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf && asciiWord[c] {
				if copied {
					buf = append(buf, c)
				}
				prev = rune(c)
				i++
				continue
			}
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if isWord(r) {
				if copied {
					buf = append(buf, text[i:i+n]...)
				}
				ascii = false
				if r >= 0x1100 && !cjk {
					cjk = cjkScript(r) != 0
				}
				prev = r
				i += n
				continue
			}
			if isInvisible(r) {
				// A soft hyphen or joiner inside a word is no break:
				// German publishers hyphenate long words with them
				// ("Ent\u00adde\u00adckun\u00adgen"), which would
				// otherwise give a term per syllable.
				if next, _ := utf8.DecodeRuneInString(text[i+n:]); i+n < len(text) && isWord(next) {
					if !copied {
						buf = append(buf[:0], text[start:i]...)
						copied = true
					}
					i += n
					continue
				}
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
						if r == '.' {
							binds |= joinDot
						}
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
		if i+1 < len(text) && isJoiner(text[i]) && isWordByte(text[i+1]) {
			binds |= joinNext
			bound = i + 1
		}
		w := text[start:i]
		if copied {
			w = string(buf)
		}
		if kind := identAt(w, text, i, binds); kind != 0 {
			// An e-mail address or a URL names a mailbox or a page: its
			// pieces (user and host names, message IDs, paths) are no
			// words of the text. On 20 Newsgroups, whose posts quote
			// them in every header and signature, lists without them
			// were 0.008 better in P@10 on both halves.
			if kind == identEmail && binds&joinPrev != 0 {
				out = dropCompound(out)
			}
			i = skipIdent(text, i, kind)
			brk, bound = true, -1
			continue
		}
		// A possessive 's is not part of the word.
		if raw := text[start:i]; strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s") {
			w = w[:len(w)-1]
			if apos >= len(w) {
				apos = 0
			}
		}
		var cap, upper bool
		if ascii && !copied {
			cap, upper = isUpperASCII(w[0]), isAllUpperASCII(w)
		} else {
			first, _ := utf8.DecodeRuneInString(w)
			cap, upper = unicode.IsUpper(first), isAllUpper(w)
		}
		t := token{text: w, cap: cap, upper: upper, brk: brk, join: binds, apos: apos}
		if cjk {
			out = appendCJK(out, t)
		} else {
			out = append(out, t)
		}
		brk = false
	}
	return out
}

// Kinds of identifiers segment leaves out.
const (
	identEmail = 1 + iota // the word before the "@" of an address
	identURL              // "http", "https" or "ftp" before "://", "www" before "."
)

// identAt returns the kind of identifier the word w, ending at text[i],
// with join bits binds, starts or ends, or 0.
func identAt(w, text string, i int, binds uint8) int {
	switch {
	case binds&joinNext != 0 && text[i] == '@':
		return identEmail
	case len(w) >= 3 && len(w) <= 5 && strings.HasPrefix(text[i:], "://") &&
		(strings.EqualFold(w, "http") || strings.EqualFold(w, "https") || strings.EqualFold(w, "ftp")):
		return identURL
	case binds&joinNext != 0 && text[i] == '.' && strings.EqualFold(w, "www"):
		return identURL
	}
	return 0
}

// dropCompound removes from out the last token and those the joiners
// bind to it: the parts of an address's local name ("ann.lee").
func dropCompound(out []token) []token {
	for len(out) > 0 {
		t := out[len(out)-1]
		out = out[:len(out)-1]
		if t.join&joinPrev == 0 {
			break
		}
	}
	return out
}

// skipIdent returns where the identifier of the kind that continues at
// text[i] ends: an address's domain ends at the first byte that is not
// a letter, a digit, "." or "-"; a URL at white space, a quote or an
// angle bracket.
func skipIdent(text string, i, kind int) int {
	for i < len(text) {
		c := text[i]
		if kind == identEmail {
			if c == '@' || c == '.' || c == '-' || isWordByte(c) {
				i++
				continue
			}
			break
		}
		if c <= ' ' || c == '"' || c == '<' || c == '>' {
			break
		}
		n := 1
		if c >= utf8.RuneSelf {
			var r rune
			if r, n = utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				break
			}
		}
		i += n
	}
	return i
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// isAllUpperASCII is isAllUpper for a word of ASCII letters and digits.
func isAllUpperASCII(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if isUpperASCII(c) {
			letters++
		}
	}
	return letters > 1
}

// isAbbrev reports whether s looks like "U" or "U.S": single upper-case
// letters separated by points.
func isAbbrev(s string) bool {
	for i, r := range s {
		if i%2 == 1 && r != '.' || i%2 == 0 && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isAllUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// compatible returns w in Unicode normalisation form NFKC: one spelling
// for a word whatever the bytes it came in ("e" and a combining acute,
// as text written on a Mac may hold, is "é"; the ligature "ﬁ" is "fi",
// a full-width "Ａ" is "A"), so that the stemmers and stop lists, written
// for composed letters, see it. Most words are ASCII and returned as
// they are.
func compatible(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if norm.NFKC.IsNormalString(w) {
				return w
			}
			return norm.NFKC.String(w)
		}
	}
	return w
}

// fold returns the case-folded form of a word.
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// terms calls emit with the ID (from a.id) of every index term of the
// tokens of a text (segment) in language family kind:
// stemmed words without stop words, numbers as written, and each
// capitalised multi-word name (two to four capitalised words not
// separated by punctuation, outer stop words dropped) as one term holding
// its folded words separated by spaces. Names are not looked for in
// title-case or all-caps text, where capitals say nothing.
func (a *analyzer) terms(toks []token, kind string, names bool, emit func(term uint32, name bool)) {
	caps := 0
	for _, t := range toks {
		if t.cap {
			caps++
		}
	}
	if len(toks) >= 4 && caps*10 > len(toks)*6 {
		names = false
	}
	stop := stopWords(kind)
	runStart := -1
	flush := func(end int) {
		if runStart < 0 {
			return
		}
		s, e := runStart, end
		runStart = -1
		if e-s < 2 { // most runs: one capitalised word
			return
		}
		for s < e && stop[fold(toks[s].text)] {
			s++
		}
		for e > s && stop[fold(toks[e-1].text)] {
			e--
		}
		if e-s < 2 || e-s > 4 {
			return
		}
		parts := make([]string, 0, e-s)
		for _, t := range toks[s:e] {
			parts = append(parts, fold(t.text))
		}
		emit(a.id(strings.Join(parts, " ")), true)
	}
	cache := a.wordCache(kind)
	elisions := elided[kind]
	for i, t := range toks {
		if names {
			isCap := t.cap && !t.upper || t.upper && utf8.RuneCountInString(t.text) <= 5
			if !isCap || t.brk {
				flush(i)
			}
			if isCap && runStart < 0 {
				runStart = i
			}
		}
		text := t.text
		if t.apos > 0 && elisions != nil && elisions[fold(text[:t.apos])] {
			text = text[t.apos:] // "l'homme" is "homme"
		}
		id, ok := cache.get(text)
		if !ok {
			id = -1
			if w := fold(compatible(text)); utf8.RuneCountInString(w) >= 2 && !stop[w] {
				id = int32(a.id(a.stem(w, kind)))
			}
			cache.put(text, id)
		}
		if id >= 0 {
			emit(uint32(id), false)
		}
	}
	if names {
		flush(len(toks))
	}
}

// elided holds, by language family, the elided articles, pronouns and
// prepositions written before an apostrophe and a vowel ("l'homme",
// "qu'il", "dell'anno"): the word after the apostrophe is the term. The
// lists are Lucene's (ElisionFilter) for French and Italian.
var elided = map[string]map[string]bool{
	"fr": wordSet("l m t qu n s j d c jusqu quoiqu lorsqu puisqu"),
	"it": wordSet("c l all dall dell nell sull coll pell gl agl dagl degl negl sugl un m t s v d"),
}

// stem returns the stem of a folded word; numbers are kept as written.
// It is called once for each word the analyzer's word cache has not
// seen: a cache of stems by folded word cost more than it saved there.
func (a *analyzer) stem(w, kind string) string {
	if kind == "" {
		return w
	}
	c, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(c) {
		return w
	}
	switch kind {
	case "en":
		return stemEnglish(w)
	case "de":
		return stemGerman(w)
	}
	if a.env == nil {
		a.env = snowballstem.NewEnv("")
	}
	return stemSnowball(a.env, kind, w)
}
