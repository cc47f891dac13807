package linker_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"

	"newslink/linker"
)

// News paragraphs in the seven analysed languages: the first sentence is
// the short text of each, the whole paragraph the long one.
var paragraphs = map[string]string{
	"en": `The government said on Monday that it would raise taxes for the first time in a decade.
		The finance minister told parliament that the deficit had grown faster than expected and that
		the new rates would apply from January. Opposition leaders said the plan was unfair to families
		who have already been hit by rising prices, and they called for a vote on the budget before the
		end of the month. Economists were divided on whether the increase would be enough.`,
	"de": `Die Regierung hat am Montag angekündigt, dass sie die Steuern zum ersten Mal seit zehn Jahren
		erhöhen wird. Der Finanzminister sagte im Bundestag, das Defizit sei schneller gewachsen als
		erwartet und die neuen Sätze sollen ab Januar gelten. Die Opposition kritisierte den Plan als
		ungerecht für Familien, die bereits unter den steigenden Preisen leiden, und forderte eine
		Abstimmung über den Haushalt noch vor dem Ende des Monats.`,
	"fr": `Le gouvernement a annoncé lundi qu'il allait augmenter les impôts pour la première fois depuis
		dix ans. Le ministre des Finances a déclaré devant le Parlement que le déficit s'était creusé plus
		vite que prévu et que les nouveaux taux seraient appliqués dès janvier. Les dirigeants de
		l'opposition ont jugé le plan injuste pour les familles, déjà touchées par la hausse des prix, et
		ont demandé un vote sur le budget avant la fin du mois.`,
	"es": `El gobierno anunció el lunes que subirá los impuestos por primera vez en una década. El
		ministro de Hacienda dijo en el Parlamento que el déficit había crecido más rápido de lo previsto y
		que las nuevas tasas se aplicarán desde enero. Los líderes de la oposición calificaron el plan de
		injusto para las familias, que ya sufren la subida de los precios, y pidieron una votación sobre
		el presupuesto antes del fin de mes.`,
	"it": `Il governo ha annunciato lunedì che aumenterà le tasse per la prima volta in dieci anni. Il
		ministro delle Finanze ha detto in Parlamento che il deficit è cresciuto più rapidamente del
		previsto e che le nuove aliquote saranno applicate da gennaio. I leader dell'opposizione hanno
		definito il piano ingiusto per le famiglie, già colpite dall'aumento dei prezzi, e hanno chiesto un
		voto sul bilancio prima della fine del mese.`,
	"nl": `De regering heeft maandag aangekondigd dat zij de belastingen voor het eerst in tien jaar zal
		verhogen. De minister van Financiën zei in het parlement dat het tekort sneller is gegroeid dan
		verwacht en dat de nieuwe tarieven vanaf januari gelden. De oppositie noemde het plan oneerlijk
		voor gezinnen die al door de stijgende prijzen worden getroffen, en vroeg om een stemming over de
		begroting voor het einde van de maand.`,
	"pt": `O governo anunciou na segunda-feira que vai aumentar os impostos pela primeira vez em uma
		década. O ministro das Finanças disse no Parlamento que o déficit cresceu mais rápido do que o
		previsto e que as novas taxas serão aplicadas a partir de janeiro. Os líderes da oposição
		consideraram o plano injusto para as famílias, já atingidas pela alta dos preços, e pediram uma
		votação sobre o orçamento antes do fim do mês.`,
}

func TestDetectLanguage(t *testing.T) {
	type tc struct {
		name string
		text string
		want string
	}
	var cases []tc
	for _, lang := range linker.Languages() {
		p := paragraphs[lang]
		short, _, _ := strings.Cut(p, ".")
		cases = append(cases,
			tc{lang + " short", short, lang},
			tc{lang + " long", p, lang},
			tc{lang + " upper case", strings.ToUpper(short), lang},
		)
	}
	cases = append(cases,
		tc{"empty", "", ""},
		tc{"names only", "Angela Merkel, Emmanuel Macron: Paris, Berlin", ""},
		tc{"numbers", "2024 3.5 17 1,000", ""},
		tc{"one function word", "Merkel in Paris", ""},
		tc{"mixed en de", "The house is big and the garden is small. Das Haus ist groß und der Garten ist klein.", ""},
		tc{"russian", "Правительство объявило в понедельник о повышении налогов впервые за десять лет.", ""},
		tc{"polish", "Rząd ogłosił w poniedziałek, że po raz pierwszy od dekady podniesie podatki.", ""},
		tc{"host names are not words", "www.example.com de@example.de e-mail o-k", ""},
		tc{"one word repeated", "DOS DOS DOS DOS DOS DOS DOS DOS DOS DOS DOS DOS and the manual of the disk", "en"},
		tc{"french elision", "L'économie d'un pays qu'on dit riche est en crise", "fr"},
		// 150 English words settle it: the 350 German ones after them,
		// which would outweigh them, are not read.
		tc{"settled by its opening", strings.Repeat(paragraphs["en"]+" ", 2) + strings.Repeat(paragraphs["de"]+" ", 6), "en"},
		// An opening without function words settles nothing.
		tc{"opening of names", strings.Repeat("Merkel Macron Paris Berlin 2024 ", 30) + strings.Repeat(paragraphs["de"]+" ", 2), "de"},
	)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := linker.DetectLanguage(c.text); got != c.want {
				t.Errorf("DetectLanguage(%.60q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	for _, tc := range []struct {
		name     string
		doc      linker.Doc
		wantLang string
		wantFrom linker.LanguageSource
	}{
		{"stated", linker.Doc{Language: "de-AT", Body: paragraphs["fr"]}, "de", linker.LanguageStated},
		{"stated posix", linker.Doc{Language: "FR_be"}, "fr", linker.LanguageStated},
		{"stated, not analysed", linker.Doc{Language: "ru", Body: paragraphs["en"]}, "ru", linker.LanguageStated},
		{"detected", linker.Doc{Headline: "Regierung erhöht die Steuern", Body: paragraphs["de"]}, "de", linker.LanguageDetected},
		{"und is unstated", linker.Doc{Language: "und", Body: paragraphs["pt"]}, "pt", linker.LanguageDetected},
		{"headline counts", linker.Doc{Headline: "Le gouvernement augmente les impôts pour la première fois", Body: "Paris, 3 mars"}, "fr", linker.LanguageDetected},
		{"default", linker.Doc{Headline: "Merkel in Paris"}, "en", linker.LanguageDefault},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lang, from := linker.Language(tc.doc)
			if lang != tc.wantLang || from != tc.wantFrom {
				t.Errorf("Language = %q, %v; want %q, %v", lang, from, tc.wantLang, tc.wantFrom)
			}
		})
	}
}

func TestLanguages(t *testing.T) {
	l := linker.Languages()
	want := []string{"en", "de", "fr", "es", "it", "nl", "pt"}
	if !slices.Equal(l, want) {
		t.Fatalf("Languages() = %v, want %v", l, want)
	}
	l[0] = "xx"
	if linker.Languages()[0] != "en" {
		t.Error("Languages() returns a slice the caller can change the linker's list through")
	}
}

// sharedTerms builds an index of docs and returns the terms two of them
// share, as ExplainPair reports them.
func sharedTerms(t *testing.T, docs []linker.Doc, a, b uint64) []string {
	t.Helper()
	ix, err := linker.Build(context.Background(), docs, linker.Config{N: 3, ExpandN: -1, MaxDF: 1})
	if err != nil {
		t.Fatal(err)
	}
	x, err := ix.ExplainPair(a, b, 100)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tw := range x.Terms {
		out = append(out, tw.Term)
	}
	slices.Sort(out)
	return out
}

// filler returns documents that share no words with the test's pair, so
// that document frequencies stay low.
func filler(from uint64) []linker.Doc {
	var docs []linker.Doc
	for i := range 4 {
		docs = append(docs, linker.Doc{ID: from + uint64(i), Headline: fmt.Sprintf("Filler %d", i), Body: fmt.Sprintf("Zebra%d giraffe%d", i, i)})
	}
	return docs
}

func TestBuild_DetectedLanguageStems(t *testing.T) {
	for _, tc := range []struct {
		name   string
		lang   string // stated on both documents; "" to detect
		a, b   string
		want   string // the stem both forms share
		wantNo string // a term that must not be shared
	}{
		{"german detected", "", "Die Häuser in der Stadt sind teuer und die Mieten steigen.",
			"Das Haus in der Stadt ist teuer, sagt der Makler.", "haus", ""},
		{"german stated", "de", "Häuser", "Haus", "haus", ""},
		{"german text stated english", "en", "Die Häuser in der Stadt sind teuer und die Mieten steigen.",
			"Das Haus in der Stadt ist teuer, sagt der Makler.", "stadt", "haus"},
		{"french detected, elision", "", "Les maisons de l'économie sont chères et les prix montent.",
			"La maison et l'économie du pays sont en crise, dit le ministre.", "maison", "l'économ"},
		{"spanish detected", "", "Las casas de la ciudad son caras y los precios suben.",
			"La casa de la ciudad es cara, dice el agente.", "cas", ""},
		{"italian detected, elision", "", "Le case della città sono care e i prezzi salgono dall'anno scorso.",
			"La casa della città è cara, dice l'agente, come nell'anno prima.", "cas", ""},
		{"dutch detected", "", "De boeken van de schrijver zijn duur en de prijzen stijgen.",
			"Het boek van de schrijver is duur, zegt de uitgever.", "boek", ""},
		{"portuguese detected", "", "As casas da cidade são caras e os preços sobem.",
			"A casa da cidade é cara, diz o agente, e os preços não param de subir.", "cas", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := append(filler(10), linker.Doc{ID: 1, Body: tc.a, Language: tc.lang}, linker.Doc{ID: 2, Body: tc.b, Language: tc.lang})
			got := sharedTerms(t, docs, 1, 2)
			if !slices.Contains(got, tc.want) {
				t.Errorf("shared terms %q, want %q among them", got, tc.want)
			}
			if tc.wantNo != "" && slices.Contains(got, tc.wantNo) {
				t.Errorf("shared terms %q, want no %q", got, tc.wantNo)
			}
			for _, s := range got {
				if s == "die" || s == "de" || s == "la" || s == "le" || s == "the" || s == "het" || s == "os" {
					t.Errorf("shared terms %q include the stop word %q", got, s)
				}
			}
		})
	}
}

// BenchmarkDetectLanguage measures detection on texts of growing length;
// its cost is bounded by the words it reads.
func BenchmarkDetectLanguage(b *testing.B) {
	for _, words := range []int{20, 150, 2000} {
		for _, lang := range []string{"en", "de"} {
			f := strings.Fields(strings.Repeat(paragraphs[lang]+" ", words/60+1))
			text := strings.Join(f[:words], " ")
			b.Run(fmt.Sprintf("%s/words=%d", lang, words), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					linker.DetectLanguage(text)
				}
			})
		}
	}
}

// TestReadConfig_Analysis checks that an index records the version of
// the analysis that built it, and that one written before versions were
// recorded reads as an older analysis: its Config differs, so callers
// rebuild it instead of mixing two analyses.
func TestReadConfig_Analysis(t *testing.T) {
	ix, err := linker.Build(context.Background(), []linker.Doc{{ID: 1, Body: "Die Häuser"}}, linker.Config{Analysis: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := ix.Config().Analysis; got < 2 {
		t.Fatalf("Build records analysis %d, want the current version (2 or more)", got)
	}
	var buf bytes.Buffer
	if _, err := ix.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	cfg, err := linker.ReadConfig(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Analysis != ix.Config().Analysis {
		t.Errorf("ReadConfig gives analysis %d, want %d", cfg.Analysis, ix.Config().Analysis)
	}
	// An old index: the same format, a configuration without the field.
	magic, _, _ := bytes.Cut(buf.Bytes(), []byte("\n"))
	js := []byte(`{"N":5}`)
	old := append(append(append(magic, '\n'), binary.AppendUvarint(nil, uint64(len(js)))...), js...)
	cfg, err = linker.ReadConfig(bytes.NewReader(old))
	if err != nil {
		t.Fatal(err)
	}
	want := ix.Config()
	if cfg.Analysis != 1 || cfg == want {
		t.Errorf("old index: analysis %d, config equal to a new one's: %v; want 1 and different", cfg.Analysis, cfg == want)
	}
}
