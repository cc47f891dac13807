package linker

import (
	"slices"
	"testing"
)

// TestDocTerms_OneSpelling checks that a word gives one term whatever the
// bytes it is written in: composed or decomposed accents, ligatures,
// full-width letters, soft hyphens inside it.
func TestDocTerms_OneSpelling(t *testing.T) {
	ix := &Index{cfg: Config{N: 10}.withDefaults()}
	terms := func(lang, body string) []string {
		var names []string
		id := func(s string) uint32 {
			names = append(names, s)
			return uint32(len(names) - 1)
		}
		var out []string
		raw, _ := ix.docTerms(&analyzer{}, Doc{Body: body, Language: lang}, id)
		for _, r := range raw {
			out = append(out, names[r.t])
		}
		slices.Sort(out)
		return out
	}
	tests := []struct{ lang, a, b string }{
		{"fr", "Le café de la rue", "Le cafe\u0301 de la rue"},
		{"en", "financial office", "\ufb01nancial o\ufb03ce"},
		{"en", "Tokyo Olympics", "\uff34\uff4f\uff4b\uff59\uff4f Olympics"},
		{"de", "Die Müllabfuhr über Straßen", "Die Mu\u0308llab\u00adfuhr u\u0308ber Stra\u00dfen"},
	}
	for _, tt := range tests {
		a, b := terms(tt.lang, tt.a), terms(tt.lang, tt.b)
		if len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("%q gives %q, %q gives %q: want the same terms", tt.a, a, tt.b, b)
		}
	}
}
