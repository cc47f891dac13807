package extract

import "strings"

// stopwords are frequent short words of a few languages, to guess the
// language of a page that does not declare one.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "in", "that", "with", "for", "was", "on", "are", "this", "it", "be"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "den", "auf", "ein", "eine", "auch", "für", "im"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "pas", "sur", "du", "qui", "au"},
	"es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se", "al"},
	"it": {"il", "di", "che", "la", "e", "per", "una", "sono", "del", "della", "non", "con", "gli", "nel", "anche"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "met", "voor", "op", "zijn", "ook", "aan", "wordt"},
	"pt": {"o", "a", "os", "as", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "se"},
}

// stopIndex maps a stopword to the languages it belongs to.
var stopIndex = func() map[string][]string {
	m := map[string][]string{}
	for lang, ws := range stopwords {
		for _, w := range ws {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// detectLanguage guesses the language of text from its stopwords, reading
// at most the first 2000 words; "" when unsure.
func detectLanguage(text string) string {
	counts := map[string]int{}
	n := 0
	for w := range strings.FieldsSeq(text) {
		if n++; n > 2000 {
			break
		}
		for _, l := range stopIndex[strings.ToLower(strings.Trim(w, ".,;:!?\"'()«»„“”"))] {
			counts[l]++
		}
	}
	best, bestN, second := "", 0, 0
	for _, l := range []string{"de", "en", "es", "fr", "it", "nl", "pt"} { // fixed order: deterministic
		c := counts[l]
		switch {
		case c > bestN:
			best, bestN, second = l, c, bestN
		case c > second:
			second = c
		}
	}
	if bestN < 5 || bestN < second*3/2 {
		return ""
	}
	return best
}
