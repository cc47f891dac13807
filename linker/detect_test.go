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
		tc{"chinese", "国务院周一宣布，将在十年来首次提高税收。", "zh"},
		tc{"japanese", "政府は月曜日、十年ぶりに税金を引き上げると発表した。", "ja"},
		tc{"japanese in katakana", "コンピューターとインターネットのセキュリティー", "ja"},
		tc{"korean", "정부는 월요일 십 년 만에 처음으로 세금을 인상한다고 발표했다.", "ko"},
		tc{"english with a chinese name", "The minister met 习近平 in Beijing on Monday and said that the talks were useful for both of them.", "en"},
		tc{"one han character", "中 2024", ""},
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
		{"chinese detected", linker.Doc{Headline: "暴雨袭击南方三省", Body: "气象台发布红色预警。"}, "zh", linker.LanguageDetected},
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

// TestRelated_CJK links Chinese and Japanese reports of one event ahead
// of other stories: they share no whole run of characters (each run is a
// sentence), only the bigrams inside them.
func TestRelated_CJK(t *testing.T) {
	docs := []linker.Doc{
		{ID: 1, Headline: "广东多地遭遇特大暴雨", Body: "受强降雨影响，广东省清远市和韶关市发生严重洪涝灾害，当地已紧急转移群众三万余人。气象部门表示，暴雨还将持续两天。"},
		{ID: 2, Headline: "清远洪水：三万群众连夜转移", Body: "连日暴雨导致北江水位暴涨，清远市启动防汛一级应急响应。截至周二晚，韶关和清远共转移群众三万余人，暂无人员伤亡报告。"},
		{ID: 3, Headline: "国产手机新品发布", Body: "某科技公司周二在深圳发布新款手机，搭载自研芯片，售价四千元起。公司表示，新品将于下月上市。"},
		{ID: 4, Headline: "中超联赛：北京国安主场取胜", Body: "在周六晚进行的中超联赛中，北京国安队主场以二比一战胜对手，继续保持积分榜前列。"},
		{ID: 5, Headline: "北海道で震度5強の地震", Body: "北海道の釧路地方で震度5強の地震があり、気象庁は津波の心配はないと発表した。釧路市では住宅の被害が確認されている。"},
		{ID: 6, Headline: "釧路地震、住宅被害が拡大", Body: "釧路地方を震源とする地震で、釧路市の住宅被害は三十棟を超えた。気象庁は今後一週間、同程度の地震に注意するよう呼びかけている。"},
		{ID: 7, Headline: "日銀、金利を据え置き", Body: "日本銀行は金融政策決定会合で、短期金利を据え置くことを決めた。市場では追加利上げの時期に関心が集まっている。"},
	}
	lists, err := linker.Related(context.Background(), docs, linker.Config{N: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][2]int{{0, 1}, {1, 0}, {4, 5}, {5, 4}} {
		l := lists[pair[0]]
		if len(l) == 0 || l[0].ID != docs[pair[1]].ID {
			t.Errorf("list of %d = %v, want %d first", docs[pair[0]].ID, l, docs[pair[1]].ID)
		}
	}
	for i, want := range []string{"zh", "zh", "zh", "zh", "ja", "ja", "ja"} {
		if got, from := linker.Language(docs[i]); got != want || from != linker.LanguageDetected {
			t.Errorf("Language(doc %d) = %q, %v; want %q, detected", docs[i].ID, got, from, want)
		}
	}
}
