package extract

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// TestFindPubTextAt_UpdateLabels checks that a date introduced by an
// update label is told apart from the publication date beside it, in the
// languages of updateLabels, with the label in the text before (ctx).
func TestFindPubTextAt_UpdateLabels(t *testing.T) {
	p := &dateParser{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), dayFirst: true}
	tests := []struct {
		name, ctx, s     string
		wantPub, wantUpd string
	}{
		{name: "plain", s: "12.03.2024", wantPub: "2024-03-12"},
		{name: "day, month's name and year joined by hyphens", s: "News Release 14-Sep-2022", wantPub: "2022-09-14"},
		{name: "update only", s: "Aktualisiert am 12.03.2024, 14:30 Uhr", wantUpd: "2024-03-12"},
		{name: "update then publication", s: "Updated: March 14, 2024 / March 12, 2024", wantPub: "2024-03-12", wantUpd: "2024-03-14"},
		{name: "publication then update", s: "12.03.2024 | Aktualisiert: 14.03.2024", wantPub: "2024-03-12", wantUpd: "2024-03-14"},
		{name: "two publication dates", s: "12.03.2024 / 13.03.2024", wantPub: "2024-03-12"},
		{name: "french", s: "Mis à jour le 14/03/2024", wantUpd: "2024-03-14"},
		{name: "hindi", s: "अपडेटेड: मंगल, 13 सितंबर 2022 09:10 AM (IST)", wantUpd: "2022-09-13"},
		{name: "indonesian", s: "Diperbarui 13 Agustus 2021, 09:10 WIB", wantUpd: "2021-08-13"},
		{name: "spanish", s: "Actualizado 14/03/2024 - Publicado 12/03/2024", wantPub: "2024-03-12", wantUpd: "2024-03-14"},
		{name: "label on the line before", ctx: "Zuletzt geändert  ", s: "14.03.2024", wantUpd: "2024-03-14"},
		{name: "label far before", ctx: "Updated news from the valley, every day and every hour of it  ", s: "14.03.2024", wantPub: "2024-03-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, upd, _, ok := p.findPubTextAt(tt.ctx, tt.s)
			if !ok {
				t.Fatalf("findPubTextAt(%q) found no date", tt.s)
			}
			if got := prefix10(pub); got != tt.wantPub {
				t.Errorf("pub %q, want %q", got, tt.wantPub)
			}
			if got := prefix10(upd); got != tt.wantUpd {
				t.Errorf("upd %q, want %q", got, tt.wantUpd)
			}
		})
	}
}

func prefix10(d interface {
	IsZero() bool
	String() string
}) string {
	if d.IsZero() {
		return ""
	}
	s := d.String()
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// TestPhraseDate_BylineAm checks the bylines that name the author and
// then the day without a label, in the languages bylineAm reads, and that
// "am"/"on" in a sentence or after a long text is no such byline.
func TestPhraseDate_BylineAm(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{name: "german, name in a link", page: `<p>von <a href="/u/x">Marianne1</a><br> am 20.09.2020</p>`, want: "2020-09-20"},
		{name: "english", page: `<div>by <a href="/a/lee">Ann Lee</a> on March 3, 2024</div>`, want: "2024-03-03"},
		{name: "french", page: `<span>par Ann Lee le 3 mars 2024</span>`, want: "2024-03-03"},
		{name: "a publication's date in a facts table", page: `<table><tr><th>Erscheinungsdatum:</th><td>12.03.2019</td></tr><tr><th>Seiten:</th><td>48</td></tr></table><p>Text.</p>`, want: "2019-03-12"},
		{name: "a posting label goes before a bare date label", page: `<table><tr><td><b>Datum:</b></td><td>Samstag, 13.08.2011</td></tr><tr><td><b>Alarmierung:</b></td><td>04:12 Uhr</td></tr></table><p>Text.</p><p><i>eingestellt am 14.08.2011 von Thomas Rieger</i></p>`, want: "2011-08-14"},
		{name: "a bare date label alone", page: `<p>Datum: 13.08.2011</p><p>Text.</p>`, want: "2011-08-13"},
		{name: "a posting label with a colon", page: `<p><font size="1">Eingestellt: 19.03.2012</font></p><p><b>Grubenlampen aus drei Jahrhunderten – bis 31. Oktober 2012 im Obergeschoss</b></p><p>Text.</p>`, want: "2012-03-19"},
		{name: "a club's report line", page: `<p>Bericht vom 09.11.2008 - Geschrieben von Werner Kappes (Schriftführer)</p><p>Text.</p>`, want: "2008-11-09"},
		{name: "sentence", page: `<p>Der Markt öffnet am 12.03.2024 wieder.</p>`, want: ""},
		{name: "von in a long text", page: `<p>von allen Seiten kamen die Leute, die in diesem Sommer zum ersten Mal seit Jahren wieder gemeinsam feiern wollten, und das Fest begann am 12.03.2024 pünktlich.</p>`, want: ""},
	}
	p := &dateParser{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), dayFirst: true}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			p.memo.phraseDone = false
			if got := p.phrase(findBody(doc)); len(got) < 10 && got != tt.want || len(got) >= 10 && got[:10] != tt.want {
				t.Errorf("phrase date %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBylineDate_NotToday checks that the day's date a masthead shows on
// every page is passed over for the article's.
func TestBylineDate_NotToday(t *testing.T) {
	p := &dateParser{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, id := range []string{`id="header-date"`, `class="today"`, `class="masthead__date"`, `class="dm-header__date"`, `class="amedia-header__date"`,
		`class="datatop"`, `class="topdate"`, `class="date-top"`, `class="fechaHoy"`, `class="kopfdatum"`, `class="data_topo"`, `class="data-oggi"`, `class="data-hoje"`, `id="dateStrip"`,
		`class="data_testata"`, `class="fecha_cabecera"`} {
		doc, err := html.Parse(strings.NewReader(`<html><body><div ` + id + `>Saturday, April 14, 2018</div>
<h1>Senate votes to end dining contract</h1><div class="story-date">April 12, 2018</div><p>Text.</p></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		p.memo.bylineDone = false
		if got := p.byline(findBody(doc)); !strings.HasPrefix(got, "2018-04-12") {
			t.Errorf("%s: byline date %q, want 2018-04-12", id, got)
		}
	}
	// The page's <header>, outside the article and without its headline,
	// shows the day of the visit.
	doc, err := html.Parse(strings.NewReader(`<html><body><header class="site-header"><div class="top-strip"><span class="greg-date">23.12.2022</span></div></header>
<main><article><h1>Holocaust survivors light Hanukkah candles with teenagers</h1><div class="article-credits"><span class="article-date">21.12.2022 10:31</span></div>
<p>Text.</p></article></main></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	p.memo.bylineDone = false
	if got := p.byline(findBody(doc)); !strings.HasPrefix(got, "2022-12-21") {
		t.Errorf("site header: byline date %q, want 2022-12-21", got)
	}
	// A Drupal view's rows beside the article are other articles' days.
	doc, err = html.Parse(strings.NewReader(`<html><body><h1>Gülle bodennah ausgebracht</h1><p>Berlin, 18.01.2022 – Text.</p>
<div class="view-content"><div class="views-row"><span class="views-field-field-date">02.02.2022</span> <a href="/presse/wintertagung">Wintertagung 2022 findet digital statt</a></div></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	p.memo.bylineDone = false
	if got := p.byline(findBody(doc)); got != "" {
		t.Errorf("views row: byline date %q, want none", got)
	}
	// A release's own header date is its date.
	doc, err = html.Parse(strings.NewReader(`<html><body><h1>Neue Rotorblätter</h1><p class="fgat-press-release-header__date">6. Februar 2024</p><p>Text.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	p.memo.bylineDone = false
	if got := p.byline(findBody(doc)); !strings.HasPrefix(got, "2024-02-06") {
		t.Errorf("release header: byline date %q, want 2024-02-06", got)
	}
	// A theme's hidden update stamp before the post's date is the update:
	// the date shown after it is the publication, and the stamp alone is
	// the best guess.
	for _, tt := range []struct{ page, want string }{
		{`<h1>Boardwalk restoration</h1><span class="updated rich-snippet-hidden">2019-04-11T14:22:05+00:00</span><div class="post-date">April 9, 2019</div><p>Text.</p>`, "2019-04-09"},
		{`<h1>Boardwalk restoration</h1><span class="updated rich-snippet-hidden">2019-04-11T14:22:05+00:00</span><p>Text.</p>`, "2019-04-11"},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + tt.page + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		p.memo.bylineDone = false
		if got := p.byline(findBody(doc)); !strings.HasPrefix(got, tt.want) {
			t.Errorf("update stamp: byline date %q, want %s", got, tt.want)
		}
	}
}

// TestDates_CommentArticles checks that the dates of comments written as
// <article> elements are not the article's: a page without a date of its
// own has none.
func TestDates_CommentArticles(t *testing.T) {
	text := strings.Repeat("<p>Ruim honderd vrijwilligers hebben zaterdag in het Elzenbroek jonge bomen geplant.</p>", 6)
	page := `<html><body><div class="et_pb_post"><h1 class="entry-title">1.200 nieuwe bomen</h1>` + text + `</div>
<section id="comment-wrap"><h1 id="comments">2 reacties</h1><ol class="commentlist">
<li class="comment even depth-1"><article id="comment-45" class="comment-body"><div class="comment_postinfo"><span class="fn">Wim</span><span class="comment_date">op 16 oktober 2022 om 09:14</span></div><p>Mooi!</p></article></li>
<li class="comment byuser bypostauthor odd depth-1"><article id="comment-48" class="comment-body"><div class="comment_postinfo"><span class="fn">Stichting</span><span class="comment_date">op 18 oktober 2022 om 08:02</span></div><p>Dank!</p></article></li>
</ol></section></body></html>`
	res, err := ExtractBytes([]byte(page), Options{URL: "https://stichting.example/nieuws/bomen/"})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Published.IsZero() {
		t.Errorf("published %s, want none", res.Published)
	}
}

// TestDateShapes checks that dateShapes never leaves out a shape whose
// expression matches: on random texts built from the pieces dates are
// made of (digit runs, month names in any case, "de", suffixes,
// separators, spaces, letters), every expression that finds a match has
// its shape reported, and a text of a few shapes reports them.
func TestDateShapes(t *testing.T) {
	var months []string
	for m := range monthNames {
		months = append(months, m, strings.ToUpper(m[:1])+m[1:], strings.ToUpper(m))
	}
	slices.Sort(months) // the map's order is random; the test's must not be
	pieces := []string{"1", "12", "03", "2024", "19", "12345", "de ", "of ", "st", "th", "º", ",", ".", "/", "-", " ", "  ", "\t", "\n",
		"a", "Anno", "é", "\u00a0", "x", "2024-", "-03", "03-", "2024/", "/03", "03/", "2024.", ".03", "03.", ".2024", "/2024", "-2024",
		", 2024", " 2024", "12th", "1st ", "12 ", " 12, 2024", " 1st, 2024", " 3\t2024", ". 12 2024", "2024-03", "-12T10:00",
		"年", "月", "日", "년", "월", " m. ", "m.", " d.", ". ", "gada ", "5. 3. 2025", ". 12. ", " 5, 2025", " 12th, 2024", " gada", "tháng", " tháng ", " năm ", "Tháng"}
	shapes := []struct {
		re   *regexp.Regexp
		bit  int
		name string
	}{
		{isoRe, shapeISO, "iso"}, {ymdRe, shapeYMD, "ymd"}, {numericRe, shapeNumeric, "numeric"},
		{dayMonthYearRe, shapeDMY, "day month year"}, {monthDayYearRe, shapeMDY, "month day year"},
		{yearMonthDayRe, shapeYearFirst, "year month day"}, {yearDayMonthRe, shapeYearFirst, "year day month"},
		{cjkRe, shapeCJK, "cjk"}, {vietRe, shapeViet, "vietnamese"},
	}
	r := rand.New(rand.NewPCG(1, 2))
	digits := func() string { return "2024123"[:1+r.IntN(5)] }
	seps := []string{"-", "/", ".", "-", "/", ".", " ", ", ", "st ", "th, ", " de ", "\t"}
	found := map[string]int{}
	for range 10000 {
		var b strings.Builder
		pick := func(l ...string) string { return l[r.IntN(len(l))] }
		for range 1 + r.IntN(6) {
			switch r.IntN(8) {
			case 0:
				b.WriteString(months[r.IntN(len(months))])
			case 6: // the year first, a month's name or a day after it
				if r.IntN(2) == 0 {
					b.WriteString(digits() + pick(". gada ", ".gada  ", " gada ") + digits() + pick(". ", ".", " ") + months[r.IntN(len(months))])
					break
				}
				b.WriteString(pick("2024", digits()) + pick(".", ". ", " m. ", "  m.", " ") + pick(months[r.IntN(len(months))], digits()+".") +
					pick(" ", ". ", "") + pick(digits(), months[r.IntN(len(months))]) + pick(".", " d.", "", "x"))
			case 7: // numbers between CJK or Vietnamese date words
				b.WriteString(digits() + pick("年", " 년 ", "년", " tháng ", "-") + digits() + pick("月", "월 ", " năm ", ", ", "/", " Tháng ") +
					digits() + pick("日", "일", "", " "))
			case 1, 2, 3: // three digit runs between separators, the stuff of dates
				for k := range 3 {
					if k > 0 {
						b.WriteString(seps[r.IntN(len(seps))])
					}
					b.WriteString(digits())
				}
			default:
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
		}
		s := b.String()
		f := dateShapes(s)
		for _, sh := range shapes {
			if sh.re.MatchString(s) {
				found[sh.name]++
				if f&sh.bit == 0 {
					t.Fatalf("dateShapes(%q) = %b leaves out %s, whose expression matches", s, f, sh.name)
				}
			}
		}
	}
	for _, sh := range shapes {
		if found[sh.name] < 25 {
			t.Errorf("only %d random texts matched %s: the test does not exercise it", found[sh.name], sh.name)
		}
	}
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"Anno 1800 und Anno 1404", shapeDMY}, // "Anno" could end a month's name
		{"Preis: 1800 Euro", 0},
		{"am 12.03.2024 und 2024-03-12", shapeNumeric | shapeISO | shapeDMY},
		{"March 12, 2024", shapeMDY},
		{"12 March 2024", shapeDMY},
	} {
		if got := dateShapes(tt.s); got != tt.want {
			t.Errorf("dateShapes(%q) = %b, want %b", tt.s, got, tt.want)
		}
	}
}

// TestShortYearDate checks the dotted dates with a two-digit year that a
// line next to the headline may be.
func TestShortYearDate(t *testing.T) {
	p := &dateParser{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	for line, want := range map[string]string{
		"31.10.23":                      "2023-10-31",
		" 1.2.24 ":                      "2024-02-01",
		"01.06.98":                      "1998-06-01", // 2098 would be after the fetch
		"31.10.2023":                    "",           // four digits: findText's
		"32.10.23":                      "",
		"31.13.23":                      "",
		"Stand: 31.10.23":               "",
		"1.2.3":                         "",
		"31.10.23 12:00 Uhr":            "2023-10-31",
		"31.10.23, 9.05":                "2023-10-31",
		"31.10.23 Uhr":                  "",
		"12.04.12 10:15 Alter: 6 Jahre": "2012-04-12", // TYPO3's news item with its age
		"12.04.12 Age: 6 Years":         "2012-04-12",
		"12.04.12 Alter: 6 Jahre alt":   "",
	} {
		d, ok := p.shortYearDate(line)
		got := ""
		if ok {
			got = d.String()
		}
		if got != want {
			t.Errorf("shortYearDate(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestFindText_Languages checks dates written out in the languages whose
// month names and orders findText reads besides English, German and the
// Romance languages.
func TestFindText_Languages(t *testing.T) {
	p := &dateParser{now: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), dayFirst: true}
	tests := []struct{ s, want string }{
		{"Publicerad 5 mars 2025 kl. 14.32", "2025-03-05"},         // Swedish
		{"Publiseret 5. marts 2025", "2025-03-05"},                 // Danish
		{"Julkaistu 5. maaliskuuta 2025 klo 14.32", "2025-03-05"},  // Finnish
		{"5. března 2025 14:32", "2025-03-05"},                     // Czech
		{"5. novembra 2025", "2025-11-05"},                         // Slovak
		{"Publicat: 5 martie 2025, 14:32", "2025-03-05"},           // Romanian
		{"2025. március 5. 14:32", "2025-03-05"},                   // Hungarian, year first
		{"2025 m. kovo 5 d. 14:32", "2025-03-05"},                  // Lithuanian, year first
		{"2025. gada 5. martā", "2025-03-05"},                      // Latvian, year, day, month
		{"5. märts 2025", "2025-03-05"},                            // Estonian
		{"5. prosinca 2024. u 14:32", "2024-12-05"},                // Croatian
		{"5 март 2025 г.", "2025-03-05"},                           // Bulgarian
		{"понедељак, 20. мај 2024, 14:12", "2024-05-20"},           // Serbian in Cyrillic
		{"5. октобра 2025.", "2025-10-05"},                         // Serbian, the genitive
		{"środa, 04 listopad 2009", "2009-11-04"},                  // Polish in the nominative, as Joomla 1.0 wrote it
		{"5 Μαρτίου 2025", "2025-03-05"},                           // Greek
		{"Kamis, 5 Maret 2025 14:32 WIB", "2025-03-05"},            // Indonesian
		{"5 de març de 2025", "2025-03-05"},                        // Catalan
		{"Miércoles 12 de marzo del 2014 | 14:05", "2014-03-12"},   // Peruvian Spanish, "del"
		{"الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"}, // Arabic, Levantine and Gregorian names
		{"24 באפריל 2020", "2020-04-24"},                           // Hebrew
		{"Tue Aug 16 10:42:17 EDT 2011", "2011-08-16"},             // ctime, as mail archives print it
		{"Sat Mar  5 09:01:44 2022", "2022-03-05"},                 // ctime without a zone, a padded day
		{"2025年3月5日 14:32", "2025-03-05"},                          // Chinese, Japanese
		{"2025년 3월 5일 오후 2:32", "2025-03-05"},                      // Korean
		{"Thứ tư, ngày 5 tháng 3 năm 2025", "2025-03-05"},          // Vietnamese
		{"मंगल, 13 सितंबर 2022 01:20 AM (IST)", "2022-09-13"},      // Hindi
		{"১৫ মার্চ ২০২০", ""},                                      // Bengali digits are not read
		{"15 মার্চ 2020, 18:30", "2020-03-15"},                     // Bengali
		{"Mac 9, 2022 @ 12:30am", "2022-03-09"},                    // Malay
		{"Hunyo 14, 2019", "2019-06-14"},                           // Filipino
		{"in 2020 August 15 people were hurt", ""},                 // a year first needs its point
		{"Lenart, 11. 02. 2025 14.32", "2025-02-11"},               // Slovenian, Czech: spaced points
	}
	for _, tt := range tests {
		d, ok := p.findText(tt.s)
		got := ""
		if ok {
			got = prefix10(d)
		}
		if got != tt.want {
			t.Errorf("findText(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestURLDate_Cases checks the dates a URL's path gives.
func TestURLDate_Cases(t *testing.T) {
	p := &dateParser{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tt := range []struct{ url, want string }{
		{"https://paper.example/news/2019/05/12/council-vote", "2019-05-12"},
		{"https://paper.example/news/council-vote-20190512.html", "2019-05-12"},
		{"http://www.courier.example/news/2005/0614/local/story03.html", "2005-06-14"}, // month and day as one folder
		{"https://paper.example/news/2019/1234/story.html", ""},                        // no month 12 has a day 34
		{"https://courier.example/film/2024/jun/29/salt-harvest-review", "2024-06-29"}, // the month's abbreviation
		{"https://paper.example/about/team", ""},
		{"http://www.portal.example/noticia.php?id=4471&date=2014-10-02", "2014-10-02"}, // a query's date
		{"http://www.portal.example/agenda.php?update=2014-10-02", ""},
		// an archive's copy: its capture's time dates nothing, the original address may
		{"https://web.archive.org/web/20130627043512/http://www.times.example/news/9011837.Villagers_vow_to_fight/", ""},
		{"https://web.archive.org/web/20130627043512id_/http://www.times.example/news/2011/04/19/villagers", "2011-04-19"},
	} {
		d, ok := p.urlDate(tt.url)
		got := ""
		if ok {
			got = prefix10(d)
		}
		if got != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestEuropeanSummer(t *testing.T) {
	tests := []struct {
		lang string
		t    string
		want bool
	}{
		{"de", "2024-03-31T00:59:00Z", false}, // the last Sunday of March 2024, before 01:00 UTC
		{"de", "2024-03-31T01:00:00Z", true},
		{"de-AT", "2024-07-10T22:30:00Z", true},
		{"fi", "2024-10-27T00:59:00Z", true}, // the last Sunday of October 2024
		{"fi", "2024-10-27T01:00:00Z", false},
		{"pl", "2025-03-30T01:00:00Z", true},
		{"pl", "2025-03-29T23:00:00Z", false},
		{"de", "2024-12-10T22:30:00Z", false},
		{"ru", "2024-07-10T22:30:00Z", false}, // no summer time
		{"en", "2024-07-10T22:30:00Z", false},
	}
	for _, tt := range tests {
		at, err := time.Parse(time.RFC3339, tt.t)
		if err != nil {
			t.Fatal(err)
		}
		if got := europeanSummer(tt.lang, at); got != tt.want {
			t.Errorf("europeanSummer(%q, %s) = %v, want %v", tt.lang, tt.t, got, tt.want)
		}
	}
}

func TestFarEast_Seasons(t *testing.T) {
	tests := []struct {
		url, lang, at string
		want          time.Duration
	}{
		{"https://news.example.com.au/a", "en", "2024-07-20T13:52:00Z", 10 * time.Hour}, // winter
		{"https://news.example.com.au/a", "en", "2024-01-20T13:52:00Z", 11 * time.Hour}, // summer
		{"https://news.example.com.au/a", "en", "2024-10-05T20:00:00Z", 10 * time.Hour}, // before the first Sunday of October
		{"https://news.example.com.au/a", "en", "2024-10-06T20:00:00Z", 11 * time.Hour},
		{"https://news.example.co.nz/a", "en", "2024-07-03T12:05:00Z", 12 * time.Hour},
		{"https://news.example.co.nz/a", "en", "2024-09-29T20:00:00Z", 13 * time.Hour}, // from the last Sunday of September
		{"https://news.example/a", "en-AU", "2024-02-10T10:00:00Z", 11 * time.Hour},
		{"https://news.example.com/a", "en", "2024-02-10T10:00:00Z", 0},
	}
	for _, tt := range tests {
		at, err := time.Parse(time.RFC3339, tt.at)
		if err != nil {
			t.Fatal(err)
		}
		if got := farEast(tt.url, tt.lang, at); got != tt.want {
			t.Errorf("farEast(%q, %q, %s) = %v, want %v", tt.url, tt.lang, tt.at, got, tt.want)
		}
	}
}

// TestDates_JapaneseUpdateLabel checks that metadata giving a Japanese
// page's shown update ("更新 …") as its publication give way to the
// publication shown.
func TestDates_JapaneseUpdateLabel(t *testing.T) {
	text := strings.Repeat("<p>台風19号の影響で、北陸地方の各地で交通機関に乱れが出た。気象台は引き続き警戒を呼びかけている。</p>", 4)
	page := `<html lang="ja"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"北陸で交通に乱れ","datePublished":"2019-10-14T07:02:00+09:00","dateModified":"2019-10-14T07:02:00+09:00"}</script></head>
<body><article><h1>北陸で交通に乱れ</h1><div class="article-date"><span class="article-date__published">2019年10月13日 10:45</span> <span class="article-date__updated">更新 2019年10月14日 07:02</span></div>` + text + `</article></body></html>`
	res, err := ExtractBytes([]byte(page), Options{URL: "https://hokuriku.example/news/198765"})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Published.String(); !strings.HasPrefix(got, "2019-10-13") {
		t.Errorf("published %s, want 2019-10-13", got)
	}
}
