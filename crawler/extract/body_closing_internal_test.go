package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestClosingSection_Cases checks where the closing section of a page
// starts: a label of closingLabels in the body's second half, never in its
// first half or as its first block.
func TestClosingSection_Cases(t *testing.T) {
	long := "A paragraph of the article that is long enough to count for something in the body of the page."
	prose := "Pruitt is one of a growing number of Maine fishermen stringing kelp lines in the off-season, when lobster boats would otherwise sit idle in the harbour."
	tests := []struct {
		name   string
		blocks []string
		want   int
	}{
		{name: "contact at the end", blocks: []string{long, long, long, "Kontakt:", "Ann Lee, ann@example.org"}, want: 3},
		{name: "sources at the end", blocks: []string{long, long, "Sources", "Lee (2020), p. 4."}, want: 2},
		{name: "about the author", blocks: []string{long, long, long, "Über die Autorin:", long}, want: 3},
		{name: "sources toggle", blocks: []string{long, long, long, "Quellen ausblenden", "Autor", "Ann Lee, Online-Redaktion"}, want: 3},
		{name: "more info heading", blocks: []string{long, long, long, "Noch mehr Infos für dich", "Another story's teaser."}, want: 3},
		{name: "a magazine's list of its other stories", blocks: []string{long, long, long, "More Great WIRED Stories", "Bitcoin miners are quietly moving into Texas power plants"}, want: 3},
		{name: "a faction's contact", blocks: []string{long, long, long, "Ansprechpartnerin in der Fraktion:", "Jana Lehmkuhl", "Sprecherin für Infrastruktur und Verkehr"}, want: 3},
		{name: "the issuer's other releases", blocks: []string{long, long, long, "Weitere Pressemitteilungen von Nordex SE", "Top 10:"}, want: 3},
		{name: "a contact label and its lines", blocks: []string{long, long, long, "Investor Contact:\nLauren Beck\ninvestors@example.com", long}, want: 3},
		{name: "a media contact's line", blocks: []string{long, long, long, "Media Contact: Bianca Lowry, Ridgeline Veterinary Partners, 214-555-0133, press@ridgelinevet.example", "Related Media"}, want: 3},
		{name: "an office's contact in one line", blocks: []string{long, long, long, "Für Rückfragen: Landratsamt Hohenlohekreis, Pressestelle Allee 17, 74653 Künzelsau Tel. 07940 18-0", "Weitere aktuelle Meldungen"}, want: 3},
		{name: "more current reports", blocks: []string{long, long, long, "Weitere aktuelle Meldungen", "19.03.2004 Kreistag beschließt neues Abfallkonzept"}, want: 3},
		{name: "a press kit after media inquiries", blocks: []string{long, long, long, "Media inquiries: press@fluxa.example.io", "Press kit", "Logos and headshots."}, want: 3},
		{name: "a Tumblr post's notes", blocks: []string{long, long, long, "58 notes", "tidewrack liked this", "tomwexley posted this"}, want: 3},
		{name: "most read in Indonesian", blocks: []string{long, long, long, "Terpopuler", "1", "Harga beras naik"}, want: 3},
		{name: "readers' reactions in French", blocks: []string{long, long, long, "RÉACTIONS DES LECTEURS (6)", "morvandelle58 - 12/01/2011 18:32 Honte à ceux qui ont pris cette décision."}, want: 3},
		{name: "readers' reactions in Dutch", blocks: []string{long, long, long, "Reacties (3)", "Koen uit Winterslag · 03/11/25, 15.41u"}, want: 3},
		{name: "comments in Turkish", blocks: []string{long, long, long, "YORUMLAR (2)", "Ahmet K. 12.11.2025 16:42 Barajlar zamanında temizlenmedi."}, want: 3},
		{name: "a forum's count of postings", blocks: []string{long, long, long, "Forum: 328 Postings", "Bitte halten Sie sich an unsere Community-Richtlinien."}, want: 3},
		{name: "the next story of an endless page", blocks: []string{long, long, long, "Nächster Artikel", "Nach dem Rückzug der bisherigen Betreiberin übernehmen 140 Genossenschafter den letzten Laden im Dorf."}, want: 3},
		{name: "the issuer's profile is the release's", blocks: []string{long, long, long, "About Brightwater Labs", long}, want: 0},
		{name: "label in the first half", blocks: []string{long, "Kontakt", long, long, long}, want: 0},
		{name: "label first", blocks: []string{"Contact", long, long}, want: 0},
		{name: "label in a sentence", blocks: []string{long, long, long, "Contact the office for details."}, want: 0},
		{name: "too short a body", blocks: []string{long, "Kontakt"}, want: 0},
		{name: "an inset box of links with the article going on after it", blocks: []string{prose, prose, prose, prose, prose, "More From The Salt",
			"Seaweed Snacks Are Having A Moment. Can American Growers Keep Up?", prose, prose, prose, prose}, want: 0},
		{name: "readers' letters after the article", blocks: []string{prose, prose, prose, "Readers' letters", prose, prose, prose}, want: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := closingSection(tt.blocks); got != tt.want {
				t.Errorf("closingSection = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestPrintNote_Cases checks which short blocks are notes on the printed
// paper and day, and which merely open with the same words.
func TestPrintNote_Cases(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Published in Dawn, November 20th, 2024", true},
		{"Erschienen in der Zeitung, 3. Mai 2024.", false}, // "der": no name after the words
		{"Erschienen in Die Zeit, 3. Mai 2024.", true},
		{"Publié dans Le Temps, 12 mars 2023", true},
		{"Published in 2019, the report found", false},
		{"Published in Nature this week", false},
		{"Published in Dawn, issue 12345", false},
		{"From the March 8th 2025 edition", true},
		{"From the print edition.", true},
		{"From the first edition of the book the author kept only the preface and an edition", false},
	}
	for _, tt := range tests {
		if got := printNote(tt.s, strings.ToLower(tt.s)); got != tt.want {
			t.Errorf("printNote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestTrimEnd checks what trimEnd takes from the end of an article: a
// call to join a channel that the closing sections' teasers hid goes, a
// credit line before them stays.
func TestTrimEnd(t *testing.T) {
	church := [...]string{
		"Our friends at Temple Beth Shalom and at Milford Grace Fellowship have each offered to take one Tuesday a month, which I find deeply moving. Stop & Shop on Boston Post Road has agreed to donate bread and produce, and the deacons have set aside a portion of the benevolence fund to cover the rest of the food costs through the end of the year.",
		"If you'd like to be part of a team, you can sign up on the sheet outside the office, use the link in this week's email, or just grab me after worship. If you know someone who might enjoy a warm meal and some company, please invite them yourself. A personal invitation means far more than any flyer we could print.",
		"I'm grateful to be your pastor, and I can't wait to see who God brings to the table.",
		"Grace and peace,\nPastor Hannah",
	}
	para := "Dinas Perhubungan menyatakan akan menempatkan petugas di setiap pintu masuk jalur selama tiga bulan pertama."
	long := strings.Repeat(para+" ", 4)
	call := "Dapatkan update berita pilihan dan breaking news setiap hari dari Wartapriangan.com. Mari bergabung di Grup Telegram."
	teasers := []string{"Terpopuler", "1", "Harga Beras di Pasar Kosambi Naik Menjelang Akhir Bulan Ini", "Berita Terkini",
		"Festival Kuliner Braga Kembali Digelar Setelah Dua Tahun Absen"}
	for _, tt := range []struct {
		name   string
		blocks []string
		want   []string
	}{
		{"a channel's call before the most-read list", append([]string{para, para, para, call}, teasers...), []string{para, para, para}},
		{"a credit line before the most-read list", append([]string{para, para, para, "With files from The Canadian Press"}, teasers...),
			[]string{para, para, para, "With files from The Canadian Press"}},
		{"a short line at the end", []string{para, para, "Baca tentang"}, []string{para, para}},
		{"a blogger's sign-off stays", []string{para, para, "Liebe Grüße aus dem Bulli, Lena", "Labels: Reisen"}, []string{para, para, "Liebe Grüße aus dem Bulli, Lena"}},
		{"a French blogger's sign-off stays", []string{para, para, "Bises, Marie", "Publié dans Cuisine"}, []string{para, para, "Bises, Marie"}},
		{"a sign-off's opener without a name goes", []string{para, para, "Eure Meinung ist uns wichtig"}, []string{para, para}},
		{"a letter's signature after a dash stays", []string{para, para, "— Maya, Jonah and the whole crew", "Share"}, []string{para, para, "— Maya, Jonah and the whole crew"}},
		{"an agency's credit after a dash goes", []string{para, para, "– IANS"}, []string{para, para}},
		{"what was donated is a report's, not an appeal", []string{para, para, para,
			"The Canned Food Castle returned, with teams building structures out of donated cans. Every can went to our warehouse on Monday.",
			"Runners also donated 2,900 pounds of food, and our Kids' Dash drew 140 children.",
			"Mark your calendars: the ninth annual race will take place on October 17, 2015."},
			[]string{para, para, para,
				"The Canned Food Castle returned, with teams building structures out of donated cans. Every can went to our warehouse on Monday.",
				"Runners also donated 2,900 pounds of food, and our Kids' Dash drew 140 children.",
				"Mark your calendars: the ninth annual race will take place on October 17, 2015."}},
		{"a date stamp after the last paragraph goes", []string{para, para, "18 ottobre 2023 (modifica il 18 ottobre 2023 | 12:40)"}, []string{para, para}},
		{"a Chinese sentence with a year stays", []string{para, para, "根據政府統計處數字，2022年全港約有24萬個住戶飼養狗或貓。"}, []string{para, para, "根據政府統計處數字，2022年全港約有24萬個住戶飼養狗或貓。"}},
		{"a church's own news of a donation and a call to its members stay", []string{long, long, long, long, long, long, church[0], church[1], church[2], church[3]}, []string{long, long, long, long, long, long, church[0], church[1], church[2]}},
		{"an appeal to donate goes", []string{para, para, para, "Please donate today to keep our pantries stocked."}, []string{para, para, para}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := &textWriter{blocks: tt.blocks, rows: make([]bool, len(tt.blocks))}
			w.trimEnd()
			if !slices.Equal(w.blocks, tt.want) {
				t.Errorf("trimEnd left %q, want %q", w.blocks, tt.want)
			}
		})
	}
}

// TestTrimEnd_Headings checks that a short heading left last, what it
// headed left out, goes, and only it; a sentence the writer set as a
// heading closes the text and stays.
func TestTrimEnd_Headings(t *testing.T) {
	para := "Die Kröten wandern in diesem Jahr früher als sonst, die Helfer haben an drei Straßen Zäune aufgestellt."
	thanks := "Allen Helferinnen und Helfern ein herzliches Dankeschön!"
	sentence := "So for now, and most likely for the foreseeable future, I'll be relying on Shanks's pony!"
	for _, tt := range []struct {
		name   string
		blocks []string
		heads  []bool
		want   []string
	}{
		{"a donation box's heading", []string{para, para, thanks, "Helfen Sie mit!"}, []bool{false, false, false, true}, []string{para, para, thanks}},
		{"two headings", []string{para, para, "Mehr zum Thema", "Weitere Meldungen"}, []bool{false, false, true, true}, []string{para, para}},
		{"a sentence set as a heading", []string{para, para, sentence}, []bool{false, false, true}, []string{para, para, sentence}},
		{"a heading among the text", []string{para, "Zäune an drei Straßen", para}, []bool{false, true, false}, []string{para, "Zäune an drei Straßen", para}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := &textWriter{blocks: tt.blocks, rows: make([]bool, len(tt.blocks)), heads: tt.heads}
			w.trimEnd()
			if !slices.Equal(w.blocks, tt.want) {
				t.Errorf("trimEnd left %q, want %q", w.blocks, tt.want)
			}
		})
	}
}
