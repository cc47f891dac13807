package linker

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// languages are the languages analysed with their own stop words and
// stemmer; detect's counts are indexed like it.
var languages = [...]string{"en", "de", "fr", "es", "it", "nl", "pt"}

// Languages returns the languages the linker analyses with their own stop
// words and stemmer, as ISO 639-1 codes: English, German, French, Spanish,
// Italian, Dutch and Portuguese. Documents in other stated languages are
// analysed without stop words and stemming. The slice is the caller's.
func Languages() []string { return slices.Clone(languages[:]) }

// LanguageSource says where the language that analysed a document came
// from.
type LanguageSource uint8

const (
	// LanguageStated: the document's Language field.
	LanguageStated LanguageSource = iota
	// LanguageDetected: no language was stated and DetectLanguage found
	// one in the headline and body.
	LanguageDetected
	// LanguageDefault: no language was stated and none could be told
	// from the text (too short, mixed, or another language), so English.
	LanguageDefault
)

// String returns "stated", "detected" or "default".
func (s LanguageSource) String() string {
	switch s {
	case LanguageStated:
		return "stated"
	case LanguageDetected:
		return "detected"
	case LanguageDefault:
		return "default"
	}
	return "unknown"
}

// Language returns the language that analyses d, as a lower-case primary
// language subtag ("de" for "de-AT"), and where it came from: d.Language
// when stated (also a language outside Languages, which is then analysed
// without stop words and stemming), else DetectLanguage of the headline
// and body, else English. Build, BuildFrom and Add analyse every document
// with exactly this language.
func Language(d Doc) (string, LanguageSource) {
	lang, _, src := docLanguage(d)
	return lang, src
}

// docLanguage returns the language of d as Language does, and the
// stemmer and stop-word family that analyses it ("" for none).
func docLanguage(d Doc) (lang, kind string, src LanguageSource) {
	if _, ok := statedLanguage(d.Language); ok {
		return tokensLanguage(d.Language, nil, nil) // nothing to detect
	}
	return tokensLanguage(d.Language, segment(d.Headline, nil), segment(d.Body, nil))
}

// statedLanguage returns the primary subtag of a language tag, and false
// when the tag states none ("", "und").
func statedLanguage(tag string) (string, bool) {
	p := primaryTag(tag)
	return p, p != "" && p != "und"
}

// tokensLanguage is docLanguage of a document with the language tag
// stated whose headline and body segment into the tokens headline and
// body.
func tokensLanguage(stated string, headline, body []token) (lang, kind string, src LanguageSource) {
	if p, ok := statedLanguage(stated); ok {
		return p, langKind(p), LanguageStated
	}
	var d detector
	d.tokens(headline)
	d.tokens(body)
	if k := d.result(); k != "" {
		return k, langKind(k), LanguageDetected
	}
	return "en", "en", LanguageDefault
}

// primaryTag returns the lower-case primary subtag of a BCP 47 tag (also
// of POSIX-style tags such as "de_DE").
func primaryTag(tag string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(tag), "-")
	p, _, _ = strings.Cut(p, "_")
	return strings.ToLower(p)
}

// DetectLanguage returns the ISO 639-1 code of the language of Languages()
// whose most frequent function words ("the", "der", "le", "el", "il",
// "het", "o"...) text uses clearly more than those of any other; else
// "zh", "ja" or "ko" for a text mostly in Han, kana or Hangul (see
// scriptLanguage), which is analysed by bigrams, without stop words and
// stemming; and "" otherwise: no such words (too short a text, another
// language) or two languages nearly level (a mixed text). Only the first
// detectWords words count, fewer where one language already leads
// clearly (see settleEvery). Words are the analysis's tokens (segment),
// so that a rebuild detects from the tokens it then analyses.
func DetectLanguage(text string) string {
	var d detector
	d.tokens(segment(text, nil))
	return d.result()
}

// Detection thresholds. A language wins when its function words are at
// least minHits, at least minShare of the words read, at least margin
// times the next language's and at least minLead more. Function words
// are a third or more of running text in all seven languages; nonsense or
// a list of names has few, and a text in two languages has two near-level
// counts. One word counts at most max(2, words/50) times, so that a word
// repeated as a name ("DOS", "Da Silva") does not decide alone.
const (
	detectWords = 500
	minHits     = 2
	minShare    = 0.1
	margin      = 1.5
	minLead     = 2
)

// Every settleEvery words the detector stops reading if one language
// already wins with at least settleHits function words and settleRatio
// times the next language's: only a text that changes language after
// its opening could then end otherwise. On 34,356 documents (20
// Newsgroups, ECB+, Reuters, the 968 extraction pages) detection read
// 48% fewer words and no document changed language: 23 English ones that
// turn to lists and tables after a first paragraph are now detected as
// English where they were defaulted to it, and one German page detected.
// The words read were 3% of a 20 Newsgroups link.
const (
	settleEvery = 100
	settleHits  = 15
	settleRatio = 3
)

// profile maps each function word to its index in profileSets, which
// holds the set of languages (bit i for languages[i]) that have the word
// among their most frequent words. Single letters that are also initials,
// list markers or English ("i", "e", "o", "d") are left out.
var profile, profileSets = func() (map[string]uint8, []uint8) {
	lists := [...]string{
		// English
		`the of and to in a is that for on with as was at by it from he his be has have are were
		said but not this which an its had been who they will their would or after also`,
		// German
		`der die und den das in zu von mit ist des sich auf für im dem nicht ein eine als auch es an
		werden aus er hat dass sie nach bei einer um am sind noch wie einem über so zum war haben nur
		oder aber vor zur bis mehr durch wird`,
		// French
		`de la le et les des en un une du est que à il dans pour qui au sur par pas plus ne se ce avec
		sont son mais ont sa aux été cette elle ou l qu`,
		// Spanish
		`de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya
		fue este ha es sobre entre también`,
		// Italian
		`di il la che in a per un è del della non una con le si da al sono alla nel dei ha gli come
		anche più ma delle lo questo ed dal l`,
		// Dutch
		`de en van het een in is dat op te zijn met voor niet die aan er ook als bij door om wordt maar
		uit dan nog tot naar heeft werd worden`,
		// Portuguese
		`de a que do da em um para com não uma os no se na por mais as dos como mas ao foi das à seu
		sua ou é pelo pela também`,
	}
	m := map[string]uint8{}
	var sets []uint8
	for i, l := range lists {
		for _, w := range strings.Fields(l) {
			if len(w) > maxProfileWord {
				panic("linker: function word " + w + " is longer than maxProfileWord")
			}
			x, ok := m[w]
			if !ok {
				x = uint8(len(sets))
				m[w] = x
				sets = append(sets, 0)
			}
			sets[x] |= 1 << i
		}
	}
	if len(sets) > 256 || 4*len(sets) > packedSlots {
		panic("linker: too many function words for the profile's index and table")
	}
	return m, sets
}()

// maxProfileWord is the byte length of the longest word of profile:
// longer words are not looked up. A word that fits is packed into a
// uint64 (its bytes, little end first) and looked up in profileTable.
const maxProfileWord = 8

// profileTable is profile as an open-addressing hash table on packed
// words: a lookup is a multiplication and a probe or two, several times
// faster than a map of strings on the hot path of analysis.
var profileTable = func() *packedTable {
	t := &packedTable{}
	for w, x := range profile {
		var k uint64
		for i := 0; i < len(w); i++ {
			k |= uint64(w[i]) << (8 * i)
		}
		h := packedHash(k)
		for t.keys[h] != 0 {
			h = (h + 1) & (packedSlots - 1)
		}
		t.keys[h], t.idx[h] = k, x
	}
	return t
}()

const packedSlots = 1024 // a power of two, about four times the profile

type packedTable struct {
	keys [packedSlots]uint64 // 0: empty (no word packs to 0)
	idx  [packedSlots]uint8
}

func packedHash(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> 54 }

// lookup returns the profile index of a packed word.
func (t *packedTable) lookup(k uint64) (uint8, bool) {
	for h := packedHash(k); ; h = (h + 1) & (packedSlots - 1) {
		switch t.keys[h] {
		case k:
			return t.idx[h], true
		case 0:
			return 0, false
		}
	}
}

// A detector counts the function words of the texts it reads.
type detector struct {
	counts  [256]uint16           // by profile index
	scripts [scriptHangul + 1]int // pieces of Han, kana and Hangul runs read, by token.script
	words   int
	settled bool // reads no more: see settleEvery
}

// tokens reads the words of a segmented text until detectWords words
// have been read in all, or the language is settled. A word is a token,
// or the part of a token before or after its apostrophe ("l'homme" reads
// "l", "homme"); tokens that joiners bind together ("e-mail", "hp.com")
// are one word, and not a function word.
func (d *detector) tokens(toks []token) {
	for _, t := range toks {
		if d.words >= detectWords || d.settled {
			return
		}
		if t.script != 0 {
			d.words++
			d.scripts[t.script]++
			continue
		}
		w := t.text
		first := true
		if t.apos > 0 {
			if t.join&joinPrev == 0 {
				d.word(w[:t.apos], false)
				if d.words >= detectWords || d.settled {
					return
				}
			}
			w, first = w[t.apos:], false
		}
		if first && t.join&joinPrev != 0 {
			continue // the word before it goes on
		}
		d.word(w, t.join&(joinNext|joinDot) != 0)
	}
}

// word counts one word read, and the function word it is unless joined.
func (d *detector) word(w string, joined bool) {
	if d.words%settleEvery == 0 && d.words > 0 {
		d.settled = d.settle()
		if d.settled {
			return
		}
	}
	d.words++
	// A word longer than the longest function word as written is none
	// (only a few signs, such as the Kelvin sign, lower to fewer bytes).
	if joined || len(w) > maxProfileWord {
		return
	}
	// The word's lower-case bytes, packed little end first.
	var key uint64
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if n == maxProfileWord {
				return
			}
			key |= uint64(c) << (8 * n)
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		var enc [utf8.UTFMax]byte
		for _, b := range enc[:utf8.EncodeRune(enc[:], unicode.ToLower(r))] {
			if n == maxProfileWord {
				return
			}
			key |= uint64(b) << (8 * n)
			n++
		}
	}
	if x, ok := profileTable.lookup(key); ok && d.counts[x] < 1<<15 {
		d.counts[x]++
	}
}

// result returns the language detected in what was scanned, or "".
func (d *detector) result() string {
	hits := d.hits()
	best, second := rank(&hits)
	if !d.wins(&hits, best, second) {
		return d.scriptLanguage()
	}
	return languages[best]
}

// minScriptPieces is the fewest pieces of Han, kana or Hangul runs that
// tell a language by its script.
const minScriptPieces = 4

// scriptLanguage returns the language of a text whose words read are at
// least half pieces of Han, kana or Hangul runs (and at least
// minScriptPieces): Korean where most of them are Hangul, Japanese where
// a tenth or more hold kana (its grammar is written in kana, and Chinese
// has none), else Chinese; "" for other texts.
func (d *detector) scriptLanguage() string {
	han, kana, hangul := d.scripts[scriptHan], d.scripts[scriptKana], d.scripts[scriptHangul]
	all := han + kana + hangul
	switch {
	case all < minScriptPieces || 2*all < d.words:
		return ""
	case 2*hangul > all:
		return "ko"
	case 10*kana >= all:
		return "ja"
	}
	return "zh"
}

// wins reports whether the leader best, ahead of second, wins with these
// hits: the thresholds of result.
func (d *detector) wins(hits *[len(languages)]int, best, second int) bool {
	h := float64(hits[best])
	return hits[best] >= minHits && h >= minShare*float64(d.words) && h >= margin*float64(hits[second]) && hits[best]-hits[second] >= minLead
}

// settle reports whether what was scanned already settles the language:
// the leader wins as result would say, with at least settleHits function
// words and settleRatio times the next language's.
func (d *detector) settle() bool {
	hits := d.hits()
	best, second := rank(&hits)
	return hits[best] >= settleHits && hits[best] >= settleRatio*hits[second] && d.wins(&hits, best, second)
}

// hits returns each language's count of function words read, each word
// counted at most max(2, words/50) times.
func (d *detector) hits() [len(languages)]int {
	var hits [len(languages)]int
	limit := uint16(max(2, d.words/50))
	for x, c := range d.counts[:len(profileSets)] {
		if c == 0 {
			continue
		}
		c = min(c, limit)
		for i := range hits {
			if profileSets[x]&(1<<i) != 0 {
				hits[i] += int(c)
			}
		}
	}
	return hits
}

// rank returns the languages with the most and the second most hits.
func rank(hits *[len(languages)]int) (best, second int) {
	best, second = 0, -1
	for i := 1; i < len(hits); i++ {
		switch {
		case hits[i] > hits[best]:
			best, second = i, best
		case second < 0 || hits[i] > hits[second]:
			second = i
		}
	}
	return best, second
}
