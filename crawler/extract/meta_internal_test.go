package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestHasWord checks hasWord against splitting the list, on the lists
// and words where a search for the word could go wrong: at either end,
// inside a longer word, after another match, beside non-ASCII spaces and
// letters.
func TestHasWord(t *testing.T) {
	lists := []string{"", "judul", "judul-artikel judul", "xjudul judulx", "a  judul\tb", "subjudul",
		"judul\u00a0x", "ä judul ö", "post-title entry", "and und et", "judulju dul", " judul ", "jjudul judul"}
	words := []string{"judul", "title", "und", "et", "a", "x", "ä", "ju dul", "", "dul", "post-title"}
	for _, s := range lists {
		for _, w := range words {
			want := slices.Contains(strings.Fields(s), w)
			if got := hasWord(s, w); got != want {
				t.Errorf("hasWord(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}
