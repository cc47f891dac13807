package linker

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/spanish"
)

// stemSnowball returns the Snowball stem of a lower-case word in French,
// Spanish, Italian, Dutch or Portuguese (kind "fr", "es", "it", "nl",
// "pt"), using env, and the word itself for another kind. English and
// German have stemmers of their own (stem_en.go, stem_de.go).
func stemSnowball(env *snowballstem.Env, kind, w string) string {
	var stem func(*snowballstem.Env) bool
	switch kind {
	case "fr":
		stem = french.Stem
	case "es":
		stem = spanish.Stem
	case "it":
		stem = italian.Stem
	case "nl":
		stem = dutch.Stem
	case "pt":
		stem = portuguese.Stem
	default:
		return w
	}
	env.SetCurrent(w)
	stem(env)
	return env.Current()
}
