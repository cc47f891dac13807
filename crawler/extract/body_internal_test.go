package extract

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

func TestBefore_AncestorFirst(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="a"><p id="b">x</p></div><p id="c">y</p>`))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*html.Node{}
	for _, n := range selectAll(doc, matchFunc(func(n *html.Node) bool { return attr(n, "id") != "" })) {
		byID[attr(n, "id")] = n
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"a", "b", true}, {"b", "a", false}, // ties between an element and its descendant
		{"a", "c", true}, {"c", "a", false}, {"b", "c", true}, {"c", "b", false},
	}
	for _, tt := range tests {
		if got := before(byID[tt.a], byID[tt.b]); got != tt.want {
			t.Errorf("before(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSignInPanels(t *testing.T) {
	long := strings.Repeat("Der Hafen wächst, und die Stadt baut einen neuen Kai. ", 40)
	tests := []struct {
		name     string
		page     string
		wantText []string // text of each panel found
	}{
		{name: "panel beside the article",
			page:     `<article><h1>Titel</h1><p>` + long + `</p></article><section><form><input type="password"></form><p>Jetzt abonnieren</p></section>`,
			wantText: []string{"Jetzt abonnieren"}},
		{name: "no password field",
			page: `<article><h1>Titel</h1><p>` + long + `</p></article><section><form><input type="text"></form><p>Newsletter</p></section>`},
		{name: "in the headline's container only the form",
			page:     `<article><h1>Titel</h1><p>Kurz.</p><form><input type="password"></form></article><p>` + long + `</p>`,
			wantText: []string{""}},
		{name: "a newsletter's box between paragraphs",
			page:     `<article><h1>Titel</h1><p>` + long + `</p><div class="nl-box"><p>Der Morgen</p><p>Jeden Werktag um 6 Uhr. Kostenlos.</p><form><input type="email"><button>Anmelden</button></form></div><p>` + long + `</p></article>`,
			wantText: []string{"Der Morgen Jeden Werktag um 6 Uhr. Kostenlos. Anmelden"}},
		{name: "an e-mail field's box is small",
			page:     `<article><h1>Titel</h1><p>` + long + `</p></article><div><p>` + long + `</p><form><input type="email"></form></div>`,
			wantText: []string{""}},
		{name: "on a short page only the form, not a box with a quarter of the text",
			page:     `<h1>Titel</h1><p>Kurz und knapp.</p><div><p>Anmelden und weiterlesen</p><form><input type="password"></form></div>`,
			wantText: []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			body := findBody(doc)
			var h1 *html.Node
			for _, h := range selectAll(body, headingMarkup) {
				h1 = h
				break
			}
			stats := map[*html.Node]textStats{}
			statsOf(body, stats)
			var got []string
			for n := range signInPanels(body, h1, stats) {
				got = append(got, collapse(textOf(n)))
			}
			if len(got) != len(tt.wantText) {
				t.Fatalf("panels %q, want %q", got, tt.wantText)
			}
			for i := range got {
				if got[i] != tt.wantText[i] {
					t.Errorf("panel %q, want %q", got[i], tt.wantText[i])
				}
			}
		})
	}
}

// TestFigureLabel checks which paragraphs read as a numbered figure's
// caption.
func TestFigureLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"Abbildung 4: klassische Schwachschicht.":   true,
		"Abb. 12 – Der Versuchsaufbau":              true,
		"Fig. 2 - The test rig on the bench":        true,
		"Figure 3: Rainfall in March, by station.":  true,
		"Foto 1 | Der Hafen im Nebel":               true,
		"Figure skating returns to the city rink.":  false,
		"Bild und Ton stimmen nicht immer überein.": false,
		"Table 2 shows the results for each site.":  false,
		"Abbildung: Der Hafen":                      false,
		"Photo 2023 in review: the best pictures":   false,
	} {
		if got := figureLabel(s); got != want {
			t.Errorf("figureLabel(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNetworkBlocks checks which short blocks that name a social network
// are share rows, follow prompts or credits, and which are text.
func TestNetworkBlocks(t *testing.T) {
	for s, want := range map[string]bool{
		"Facebook Twitter WhatsApp E-Mail":              true,
		"Share on LinkedIn":                             true,
		"Kövesse az Indexet a Facebookon is":            true,
		"Freiwillige Feuerwehr Mals auf Facebook":       true,
		"Seite per E-Mail versenden":                    true,
		"From mill colony to WhatsApp orders":           false,
		"Facebook ist ein Veröffentlichungsunternehmen": false,
		"E-Mail eines Mandanten, Januar 2015":           false,
		"Pratite Savremenik na Telegramu i Instagramu.": true,
		"تازہ ترین خبروں کے لیے عوام نیوز کا واٹس ایپ چینل جوائن کریں":    true,
		"Polisi walitumia WhatsApp kuwasiliana na familia za waathiriwa.": false,
	} {
		if got := shareButtons(s) || networkPrompt(s); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestRatingLine checks which short lines are a rating widget's.
func TestRatingLine(t *testing.T) {
	for s, want := range map[string]bool{
		"4.89 from 37 votes":                   true,
		"Rating: 7.2 out of 10 from 41 votes":  true,
		"4,5 von 5 (120 Bewertungen)":          true,
		"The motion passed 61 from 100 votes.": false,
		"Voters cast 12,000 votes on Sunday.":  false,
	} {
		if got := ratingRe.MatchString(s); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestLinesEndingInFurniture checks that a text written in lines (<br>)
// loses the furniture lines it ends with, and keeps a line that goes on
// a sentence whatever its words ("zur Anzeige bringen").
func TestLinesEndingInFurniture(t *testing.T) {
	long := strings.Repeat("Der Verein hat am Sonntag sein neues Vereinsheim am Sportplatz eröffnet. ", 6)
	for page, want := range map[string]string{
		`<div id="text">` + long + `<br><br>Der Vorstand dankt allen Helfern.<br><br>▶ Folgen Sie uns: Jetzt abonnieren<br>Alle Rechte vorbehalten</div>`: "Der Vorstand dankt allen Helfern.",
		`<div id="text">` + long + `<br><br>Wer Beleidigungen sieht, sollte sie melden und<br>zur Anzeige bringen.</div>`:                                 "zur Anzeige bringen.",
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body><article><h1>Neues Vereinsheim</h1>` + page + `</article></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		res, err := ExtractDocument(goquery.NewDocumentFromNode(doc), Options{})
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(res.Body, "\n")
		if last := lines[len(lines)-1]; last != want {
			t.Errorf("last line %q, want %q", last, want)
		}
	}
}
