package synth_test

import (
	"fmt"

	"newslink/linker/synth"
)

// ExampleGenerate makes a small corpus and counts its articles by
// language: a tenth of the topics are German and a tenth French by
// default.
func ExampleGenerate() {
	count := map[string]int{}
	synth.Generate(synth.Config{N: 5000, Seed: 1}, func(a synth.Article) bool {
		count[a.Language]++
		return true
	})
	fmt.Println("en", count["en"], "de", count["de"], "fr", count["fr"])
	// Output:
	// en 4309 de 356 fr 335
}
