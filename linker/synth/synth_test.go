package synth_test

import (
	"reflect"
	"testing"

	"newslink/linker"
	"newslink/linker/synth"
)

func generate(c synth.Config) []synth.Article {
	var out []synth.Article
	synth.Generate(c, func(a synth.Article) bool {
		out = append(out, a)
		return true
	})
	return out
}

func TestGenerate_Deterministic(t *testing.T) {
	c := synth.Config{N: 3000, Seed: 9}
	a, b := generate(c), generate(c)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with one Config differ")
	}
	if len(a) != c.N {
		t.Fatalf("got %d articles, want %d", len(a), c.N)
	}
}

// TestGenerate_Languages checks the shares of German and French topics,
// that English stories do not depend on the shares, and that the linker
// detects each story's language when the lines omit it.
func TestGenerate_Languages(t *testing.T) {
	const n = 6000
	for _, tc := range []struct {
		name           string
		german, french float64
		wantDE, wantFR [2]float64 // bounds on the share of articles
	}{
		{"defaults", 0, 0, [2]float64{0.04, 0.16}, [2]float64{0.04, 0.16}},
		{"german only", 0.5, -1, [2]float64{0.35, 0.65}, [2]float64{0, 0}},
		{"english only", -1, -1, [2]float64{0, 0}, [2]float64{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := synth.Config{N: n, Seed: 1, German: tc.german, French: tc.french}
			arts := generate(c)
			english := generate(synth.Config{N: n, Seed: 1, German: -1, French: -1})
			c.OmitLanguage = true
			omitted := generate(c)
			count := map[string]int{}
			topicLang := map[string]string{}
			for i, a := range arts {
				count[a.Language]++
				if l, ok := topicLang[a.Topic]; ok && l != a.Language {
					t.Fatalf("topic %s is in %s and %s", a.Topic, l, a.Language)
				}
				topicLang[a.Topic] = a.Language
				if a.Language == "en" && a != english[i] {
					t.Fatalf("English article %d differs from the English-only corpus:\n%+v\n%+v", i, a, english[i])
				}
				o := omitted[i]
				if o.Language != "" {
					t.Fatalf("article %d states %q with OmitLanguage", i, o.Language)
				}
				o.Language = a.Language
				if o != a {
					t.Fatalf("article %d differs with OmitLanguage beyond its language", i)
				}
				lang, from := linker.Language(linker.Doc{Headline: o.Headline, Body: o.Body})
				if lang != a.Language {
					t.Fatalf("article %d in %s detected as %s (%v): %.200s", i, a.Language, lang, from, a.Body)
				}
			}
			for _, x := range []struct {
				lang   string
				bounds [2]float64
			}{{"de", tc.wantDE}, {"fr", tc.wantFR}} {
				share := float64(count[x.lang]) / n
				if share < x.bounds[0] || share > x.bounds[1] {
					t.Errorf("%s share %.3f, want within %v", x.lang, share, x.bounds)
				}
			}
			if count["de"]+count["fr"]+count["en"] != n {
				t.Errorf("languages %v, want only en, de, fr", count)
			}
		})
	}
}

// TestGenerate_Stemming checks that German and French stories give the
// linker something to conflate: articles of one story are closer when
// analysed in their language (endings stemmed, function words dropped)
// than when analysed without stemming and stop words (a stated language
// the linker does not analyse, "zxx").
func TestGenerate_Stemming(t *testing.T) {
	for _, tc := range []struct {
		name           string
		german, french float64
	}{{"de", 1, -1}, {"fr", -1, 1}} {
		t.Run(tc.name, func(t *testing.T) {
			arts := generate(synth.Config{N: 400, Seed: 3, German: tc.german, French: tc.french})
			mean := func(lang string) float64 {
				docs := make([]linker.Doc, len(arts))
				for i, a := range arts {
					if a.Language != tc.name {
						t.Fatalf("article %d in %q, want %q", i, a.Language, tc.name)
					}
					docs[i] = linker.Doc{ID: uint64(i), Headline: a.Headline, Body: a.Body, Language: lang}
				}
				ix, err := linker.Build(t.Context(), docs, linker.Config{ExpandN: -1, DateWeight: -1})
				if err != nil {
					t.Fatal(err)
				}
				var sum float64
				pairs := 0
				for i := 1; i < len(arts); i++ {
					if arts[i].Label == arts[i-1].Label {
						x, err := ix.ExplainPair(uint64(i), uint64(i-1), 1)
						if err != nil {
							t.Fatal(err)
						}
						sum += x.Cosine
						pairs++
					}
				}
				return sum / float64(pairs)
			}
			own, plain := mean(tc.name), mean("zxx")
			if own <= plain {
				t.Errorf("mean cosine within a story: %.3f analysed in %s, %.3f unanalysed; want the first larger", own, tc.name, plain)
			}
			t.Logf("mean cosine within a story: %.3f analysed in %s, %.3f unanalysed, %.3f as English", own, tc.name, plain, mean("en"))
		})
	}
}
