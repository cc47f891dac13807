package linker

import (
	"strings"
	"unicode"
)

// analyze splits text into lower-cased terms without stop words.
func analyze(text, lang string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		t := strings.ToLower(f)
		if stopEN[t] {
			continue
		}
		out = append(out, t)
	}
	return out
}
