package extract

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// firstHeading parses a fragment and returns its first h1 or h2.
func firstHeading(tb testing.TB, frag string) *html.Node {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader(frag))
	if err != nil {
		tb.Fatal(err)
	}
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || c.DataAtom == atom.H2) {
				found = c
				return
			}
			walk(c)
		}
	}
	walk(doc)
	if found == nil {
		tb.Fatalf("no heading in %q", frag)
	}
	return found
}

func TestHeadingVariants(t *testing.T) {
	tests := []struct {
		name   string
		frag   string
		titles []string
		want   []string
	}{
		{name: "plain", frag: `<h1>Bus fares frozen for a year</h1>`,
			want: []string{"Bus fares frozen for a year"}},
		{name: "kicker class left out", frag: `<h1><span class="kicker">Verkehr</span> Busse fahren öfter</h1>`,
			want: []string{"Busse fahren öfter"}},
		{name: "kicker class inside the heading's link left out",
			frag: `<h1 class="p-title"> <a href="/t/1"><span class="label">Patch Notes</span><span>&nbsp;</span>Patch 4.47 - Bugfix Build</a> </h1>`,
			want: []string{"Patch 4.47 - Bugfix Build"}},
		{name: "unmarked kicker in the link, as the title writes it",
			frag:   `<h2><a href="/a"><span>Nahverkehr</span><span>Land bestellt neue Busse</span></a></h2>`,
			titles: []string{"Nahverkehr: Land bestellt neue Busse | Landeszeitung"},
			want:   []string{"Nahverkehr: Land bestellt neue Busse", "Land bestellt neue Busse"}},
		{name: "a subtitle in <small> under a line break left out",
			frag: `<h1>Winter storms stripped sand from central Oregon beaches<br><small>Three-year survey shows some beaches lost sand</small></h1>`,
			want: []string{"Winter storms stripped sand from central Oregon beaches"}},
		{name: "Bootstrap's subtext in <small> beside the headline left out",
			frag: `<h1 class="page-header">Spring thaw is arriving earlier in the Calder Range <small>Forty years of soil-temperature records show the season shifting</small></h1>`,
			want: []string{"Spring thaw is arriving earlier in the Calder Range"}},
		{name: "a short <small> beside the headline kept",
			frag: `<h1>Council approves the budget <small>(Video)</small></h1>`,
			want: []string{"Council approves the budget (Video)"}},
		{name: "a category and a date set apart in the heading left out",
			frag: `<h1><span class="news-list-category">Lokales</span> <span class="news-list-date"><time datetime="2020-01-14">14.01.2020</time></span> <span class="news-title">Oberweiler bekommt ein neues Feuerwehrhaus</span></h1>`,
			want: []string{"Oberweiler bekommt ein neues Feuerwehrhaus"}},
		{name: "a date in the heading's sentence kept",
			frag: `<h1>Was am <time datetime="2024-05-01">1. Mai</time> in Bayern gilt</h1>`,
			want: []string{"Was am 1. Mai in Bayern gilt"}},
		{name: "a short heading keeps its <small>",
			frag: `<h1>Results<br><small>Spring term 2019</small></h1>`,
			want: []string{"Results Spring term 2019"}},
		{name: "link with text beside it is not the whole heading",
			frag: `<h1><a href="/"><span class="label">Blog</span>Home</a> Notes from the harbour</h1>`,
			want: []string{"BlogHome Notes from the harbour"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := headingVariants(firstHeading(t, tt.frag), tt.titles, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("headingVariants = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestInHeadingFurniture(t *testing.T) {
	tests := []struct {
		name string
		page string
		want bool
	}{
		{name: "article", page: `<article><h1>X</h1></article>`, want: false},
		{name: "sidebar", page: `<div class="sidebar"><h2>X</h2></div>`, want: true},
		{name: "widget", page: `<div class="widget widget_recent"><h2>X</h2></div>`, want: true},
		{name: "the page's classes are not read", page: `<body class="content-sidebar footer-widgets-visible"><h1>X</h1></body>`, want: false},
		{name: "a wrapper of content and sidebar", page: `<div class="content-sidebar-wrap"><h1>X</h1></div>`, want: false},
		{name: "a sidebar switched off", page: `<div class="post-wrap sidebar-off"><h1>X</h1></div>`, want: false},
		{name: "navigation", page: `<nav><h2>X</h2></nav>`, want: true},
		{name: "h1 in a title container", page: `<header class="post-title"><h1>X</h1></header>`, want: false},
		{name: "h2 in a title container", page: `<div class="entry-title"><h2>X</h2></div>`, want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inHeadingFurniture(firstHeading(t, tt.page)); got != tt.want {
				t.Errorf("inHeadingFurniture = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSlugOf(t *testing.T) {
	tests := []struct {
		heading, url string
		want         bool
	}{
		{"Essen-Westviertel", "https://example.org/essen/essenwestviertel/essenwestviertel.htm", true},
		{"Koncesjonowana opozycja", "https://example.org/koncesjonowana-opozycja/", true},
		{"Essen-Westviertel", "https://example.org/essen/", false},
		{"News", "https://example.org/news/2024/05/flood-warning", false},
		{"Über uns", "https://example.org/ueber-uns", true},
		{"Essen-Rüttenscheid", "https://example.org/essen/essenrüttenscheid.htm", true},
		{"Essen", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.heading+" "+tt.url, func(t *testing.T) {
			var u *url.URL
			if tt.url != "" {
				var err error
				if u, err = url.Parse(tt.url); err != nil {
					t.Fatal(err)
				}
			}
			if got := slugOf(tt.heading, u); got != tt.want {
				t.Errorf("slugOf = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestHeadingOf checks that a headline taken from the titles finds its
// heading on the page, where the standfirst follows: the heading that
// writes it, or its last words under a kicker, never a heading that only
// shares a word.
func TestHeadingOf(t *testing.T) {
	page := `<html><body><h2>Mehr aus Panorama</h2>
<header><h2><span class="kicker">Marode Brücke</span> Talbrücke wird ab Montag gesperrt</h2>
<p>Risse im Spannbeton: Die Brücke wird ab Montag komplett gesperrt, Pendler müssen Umwege fahren.</p></header>
<h1>Gesperrt</h1></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := collectMeta(doc)
	tests := []struct {
		headline string
		want     string // the heading's text, "" for none
	}{
		{"Marode Brücke: Talbrücke wird ab Montag gesperrt", "Marode Brücke Talbrücke wird ab Montag gesperrt"},
		{"Talbrücke wird ab Montag gesperrt", "Marode Brücke Talbrücke wird ab Montag gesperrt"},
		{"Die Autobahn ist ab Montag gesperrt", ""},
		{"", ""},
	}
	for _, tt := range tests {
		h := headingOf(tt.headline, m)
		got := ""
		if h != nil {
			got = textOf(h)
		}
		if got != tt.want {
			t.Errorf("headingOf(%q) = %q, want %q", tt.headline, got, tt.want)
		}
	}
}

// TestDateOnly checks which parts of a title are only a date.
func TestDateOnly(t *testing.T) {
	for s, want := range map[string]bool{"14 Marca 2024": true, "14.03.2024": true, "March 2024": true,
		"Z życia gminy": false, "Top 120 tips": false, "Page 2": false, "2024 in review": false} {
		if got := dateOnly(s); got != want {
			t.Errorf("dateOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestKickerForm_NewsLabel checks that a badge saying the news is
// breaking is not joined to the headline as a kicker, though the titles
// write it before the headline, while a kicker is.
func TestKickerForm_NewsLabel(t *testing.T) {
	h := "Laodikeia'da 1800 yıllık mozaik gün yüzüne çıktı"
	titles := []string{"Son dakika: " + h, "Grabung: " + h}
	if got, ok := kickerForm("SON DAKİKA", h, titles); ok {
		t.Errorf("badge joined: %q", got)
	}
	if got, ok := kickerForm("BREAKING", "Mayor resigns", []string{"Breaking: Mayor resigns"}); ok {
		t.Errorf("badge joined: %q", got)
	}
	if got, ok := kickerForm("Grabung", h, titles); !ok || got != "Grabung: "+h {
		t.Errorf("kicker: %q, %v", got, ok)
	}
}

// TestStripSite_HostSpellsName checks a site's name that its host spells
// with words left out, and a section's one-word name beside it.
func TestStripSite_HostSpellsName(t *testing.T) {
	for _, tt := range []struct{ host, title, want string }{
		{"www.tivertonhistorycircle.org.uk", "Tiverton & Exe Valley History Circle - Articles - The Westexe Lace Mill Fire of 1936", "The Westexe Lace Mill Fire of 1936"},
		{"oakridgehistory.org", "Oakridge Valley Historical Society - The Night the Orchard House Burned", "The Night the Orchard House Burned"},
		// A short host spells nothing: "The Long Road Home" stays the headline.
		{"bbc.co.uk", "The Long Road Home - BBC News", "The Long Road Home"},
	} {
		u, _ := url.Parse("http://" + tt.host + "/a")
		if got := stripSite(tt.title, siteNames(&metaInfo{}, u)); got != tt.want {
			t.Errorf("stripSite(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestTitleParts checks the splitting of a title into its parts: at
// spaced separators, and in scripts without spaces at bars and
// underscores written without them and at a hyphen before a short name.
func TestTitleParts(t *testing.T) {
	for title, want := range map[string][]string{
		"Council approves cycle lanes | Riverside Courier": {"Council approves cycle lanes", "Riverside Courier"},
		"东城老楼加装电梯：86户居民用了三年才谈拢|加装电梯|东城区|和平里_新澜新闻":          {"东城老楼加装电梯：86户居民用了三年才谈拢", "加装电梯", "东城区", "和平里", "新澜新闻"},
		"雪不足で雪室が空っぽに｜北辰新聞":                                 {"雪不足で雪室が空っぽに", "北辰新聞"},
		// A site's name after a hyphen, not a hyphen inside the headline.
		"长三角示范区首批跨省公交线路开通 沪苏浙三地实现\"一卡通行\"-新华网": {"长三角示范区首批跨省公交线路开通 沪苏浙三地实现\"一卡通行\"", "新华网"},
		"中欧班列-开行十年": {"中欧班列-开行十年"},
		// Latin text keeps an unspaced bar or underscore.
		"snake_case and A|B testing explained": {"snake_case and A|B testing explained"},
	} {
		if got := titleParts(title); !slices.Equal(got, want) {
			t.Errorf("titleParts(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestHeadline_SectionH1 checks that a page whose one h1 names its
// section ("Cronaca") has for headline the heading it marks as the
// article's.
func TestHeadline_SectionH1(t *testing.T) {
	u, _ := url.Parse("https://valnerina.example/cronaca/frana-sp14")
	for title, want := range map[string]string{
		"Frana sulla SP 14, riapertura sabato - Valnerina Notizie": "Frana sulla provinciale 14 tra Scheggino e Sant'Anatolia: riapertura sabato",
	} {
		doc, err := html.Parse(strings.NewReader(`<html><head><title>` + title + `</title></head><body><h1> Cronaca </h1>
<div class="item-page"><h2 itemprop="headline">Frana sulla provinciale 14 tra Scheggino e Sant'Anatolia: riapertura sabato</h2>
<p>Testo dell'articolo.</p></div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := headline(collectMeta(doc), doc, u); got != want {
			t.Errorf("title %q: headline %q, want %q", title, got, want)
		}
	}
}

// TestHeadline_LocalNewsH1 checks that a page whose one h1 names its
// section in a few words ("Local News & Comment") has for headline the
// heading classed as the article's, though the titles word it otherwise.
func TestHeadline_LocalNewsH1(t *testing.T) {
	u, _ := url.Parse("http://www.seattleweekly.example/news/ballard-boatyard-micro-apartments")
	doc, err := html.Parse(strings.NewReader(`<html><head><title>Ballard Boatyard Micro-Apartment Plan Draws Fire | Seattle Weekly</title>
<meta property="og:title" content="Ballard Boatyard Micro-Apartment Plan Draws Fire"></head><body>
<h1 class="title" id="page-title">Local News &amp; Comment</h1><div class="node"><div class="kicker">Development</div>
<h2 class="headline">Neighbors and Fishermen Push Back Against Plan to Turn Old Ballard Boatyard Into 200 Micro-Apartments</h2>
<p>Text of the story.</p></div><h2 class="block-title">Related Stories</h2></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	want := "Neighbors and Fishermen Push Back Against Plan to Turn Old Ballard Boatyard Into 200 Micro-Apartments"
	if got, _ := headline(collectMeta(doc), doc, u); got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
}

// TestHeadline_NewsItemCell checks that a heading in a cell classed
// "newsitem" is no site's name: "site" inside a word is none.
func TestHeadline_NewsItemCell(t *testing.T) {
	u, _ := url.Parse("http://www.halvorsenpv.example/news/NewsDetail.aspx?id=148")
	doc, err := html.Parse(strings.NewReader(`<html><head><title>Halvorsen Pump &amp; Valve Co. - News - Halvorsen Pump &amp; Valve Opens Gulf Coast Service Center in Baytown</title></head><body>
<table><tr><td class="newsheader"><span class="pageheading">News Releases</span></td></tr>
<tr><td class="newsitem"><h1 class="newstitle"><span id="lblTitle">Halvorsen Pump &amp; Valve Opens Gulf Coast Service Center in Baytown</span></h1>
<p>Text of the release.</p></td></tr></table></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	want := "Halvorsen Pump & Valve Opens Gulf Coast Service Center in Baytown"
	if got, _ := headline(collectMeta(doc), doc, u); got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
}

// TestHeadline_NewsModule checks that a municipal site's news module,
// whose <h1> is "News Flash", has the item's title for headline, not the
// box title "Other News in …" below it.
func TestHeadline_NewsModule(t *testing.T) {
	u, _ := url.Parse("https://brookhaven.example/CivicAlerts.aspx?AID=812")
	doc, err := html.Parse(strings.NewReader(`<html><head><title>News Flash • Brookhaven Falls, OR • CivicEngage</title></head><body>
<h1 class="moduleTitle">News Flash</h1><h2 class="categoryTitle">City News</h2><div class="detail"><h3>Council Approves Riverside Park Splash Pad</h3>
<p>The council voted on Monday to build a splash pad in Riverside Park.</p></div><h3 class="otherNewsHeader">Other News in City News</h3>
<ul><li><a href="/CivicAlerts.aspx?AID=800">Library hours change</a></li></ul></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := headline(collectMeta(doc), doc, u); got != "Council Approves Riverside Park Splash Pad" {
		t.Errorf("headline %q", got)
	}
}

// TestHeadline_BlogNameAsHostSpellsIt checks that a Blogger title "Blog:
// Post" loses the blog's name when the host spells it without umlauts.
func TestHeadline_BlogNameAsHostSpellsIt(t *testing.T) {
	u, _ := url.Parse("http://marlenes-kuechenfenster.blogspot.com/2009/07/johannisbeergelee-wie-bei-oma.html")
	doc, err := html.Parse(strings.NewReader(`<html><head><title>Marlenes Küchenfenster: Johannisbeergelee wie bei Oma</title></head><body>
<h1 class="title"><a href="http://marlenes-kuechenfenster.blogspot.com/">Marlenes Küchenfenster</a></h1><h2 class="date-header">Dienstag, 14. Juli 2009</h2>
<h3 class="post-title entry-title"><a href="http://marlenes-kuechenfenster.blogspot.com/2009/07/johannisbeergelee-wie-bei-oma.html">Johannisbeergelee wie bei Oma</a></h3>
<div class="post-body">Heute habe ich Gelee gekocht.</div><div class="sidebar"><ul><li><a href="http://marlenes-kuechenfenster.blogspot.com/2009/07/johannisbeergelee-wie-bei-oma.html">Johannisbeergelee wie bei Oma</a></li></ul></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := headline(collectMeta(doc), doc, u); got != "Johannisbeergelee wie bei Oma" {
		t.Errorf("headline %q", got)
	}
	if got := stripSite("Marlenes Küchenfenster: Johannisbeergelee wie bei Oma", siteNames(collectMeta(doc), u)); got != "Johannisbeergelee wie bei Oma" {
		t.Errorf("stripSite: %q", got)
	}
	if !isSiteName(normTitle("Marlenes Küchenfenster"), siteNames(collectMeta(doc), u)) {
		t.Errorf("the blog's name is not the site's")
	}
}

// TestHeadline_AlternativeHeadlineH1 checks that an <h1> marked as the
// alternative headline (the subtitle) yields to the titles.
func TestHeadline_AlternativeHeadlineH1(t *testing.T) {
	u, _ := url.Parse("https://ria.example/20180313/1516311.html")
	doc, err := html.Parse(strings.NewReader(`<html><head><title>«Работаем себе в убыток»: почему закрываются сельские пекарни - РИА</title>
<meta property="og:title" content="«Работаем себе в убыток»: почему закрываются сельские пекарни"></head><body>
<div class="article__title" itemprop="name">«Работаем себе в убыток»: почему закрываются сельские пекарни</div>
<h1 class="article__second-title" itemprop="alternativeHeadline">Владельцы небольших пекарен жалуются на рост цен на муку</h1><p>Текст.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := headline(collectMeta(doc), doc, u); got != "«Работаем себе в убыток»: почему закрываются сельские пекарни" {
		t.Errorf("headline %q", got)
	}
}

// TestHeadline_SecondH1AfterListingLabel checks that a TYPO3 news item,
// whose page's first h1 is the listing's label ("Aktuelles aus dem
// Verein"), has for headline its own h1, not the dek under it.
func TestHeadline_SecondH1AfterListingLabel(t *testing.T) {
	u, _ := url.Parse("http://www.heimatverein.example/index.php?id=14&tx_ttnews[tt_news]=92")
	doc, err := html.Parse(strings.NewReader(`<html><head><title>Heimat- und Geschichtsverein Rothenfeld e.V.: Das Backhaus in der Kirchgasse duftet wieder</title></head><body>
<div class="csc-default"><h1 class="csc-firstHeader">Aktuelles aus dem Verein</h1></div>
<div class="news-single-item"><h1>Das Backhaus in der Kirchgasse duftet wieder</h1>
<h2>Nach zwei Jahren Arbeit ist das alte Gemeindebackhaus wieder in Betrieb. Mehr als 400 Gäste kamen zum Eröffnungsfest.</h2>
<p class="bodytext">Es war ein Bild wie aus früheren Zeiten.</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := headline(collectMeta(doc), doc, u); got != "Das Backhaus in der Kirchgasse duftet wieder" {
		t.Errorf("headline %q", got)
	}
}

// TestHeadline_DialogH1 checks that an h1 in a cookie banner or a hidden
// paywall dialog does not stand beside the article's own h1: the page's
// one h1 is still the headline readers see, though the titles word it
// otherwise.
func TestHeadline_DialogH1(t *testing.T) {
	u, _ := url.Parse("https://diario.example/2023-03-14/pantano.html")
	for _, dialog := range []string{
		`<div class="didomi-popup-container"><h1>Bienvenido a EL DIARIO</h1><p>Utilizamos cookies propias y de terceros.</p></div>`,
		`<div class="paywall-box" role="dialog" aria-modal="true" hidden><h1>Lee sin límites con una suscripción</h1></div>`,
	} {
		doc, err := html.Parse(strings.NewReader(`<html><head><title>Sequía: el pantano de Sau atrae a miles de visitantes | El Diario</title>
<meta property="og:title" content="Sequía: el pantano de Sau atrae a miles de visitantes"></head><body>` + dialog + `
<article><h1>El campanario de Sant Romà vuelve a emerger en el pantano de Sau</h1><p>Texto del artículo.</p></article></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := headline(collectMeta(doc), doc, u); got != "El campanario de Sant Romà vuelve a emerger en el pantano de Sau" {
			t.Errorf("headline %q", got)
		}
	}
}

// TestHeadline_LocalTitleClass checks that under an h1 that is the
// site's logo, a heading whose class names a title in French
// ("titre-article") is the headline, not the line over it ("surtitre").
func TestHeadline_LocalTitleClass(t *testing.T) {
	u, _ := url.Parse("http://www.depeche.example/article/2015/10/14/2196384-quincaillerie.html")
	doc, err := html.Parse(strings.NewReader(`<html><head><title>Toulouse. Fermeture de la quincaillerie : la fin d'une époque - La Dépêche</title>
<meta property="og:title" content="Toulouse. Fermeture de la quincaillerie : la fin d'une époque"><meta property="og:site_name" content="La Dépêche"></head><body>
<h1 class="logo"><a href="http://www.depeche.example/">La Dépêche</a></h1>
<div class="article-entete"><h2 class="surtitre">Toulouse - Commerce en ville</h2><h2 class="titre-article">À Saint-Cyprien, la dernière quincaillerie du quartier baisse le rideau</h2></div>
<p>Texte de l'article.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := headline(collectMeta(doc), doc, u); got != "À Saint-Cyprien, la dernière quincaillerie du quartier baisse le rideau" {
		t.Errorf("headline %q", got)
	}
}

// TestHeadline_SelfLinkedLine checks that a page without headings or
// article titles, whose <title> names the listing ("Club :: News"), has
// for headline the line whose text a link to the page itself gives (the
// latest-news list beside the story), not "News".
func TestHeadline_SelfLinkedLine(t *testing.T) {
	u, _ := url.Parse("http://www.ashbyvalechess.example/news.php?id=211")
	checkHeadline(t, u, `<html><head><title>Ashby Vale Chess Club :: News</title></head><body><table><tr>
<td><p><b>Latest News</b></p><p><a href="news.php?id=212">AGM date confirmed: 20 June</a><br>
<a href="news.php?id=211">Ashby Vale A clinch Division One title on the final night</a><br><a href="news.php">All news</a></p></td>
<td><p><a href="index.php">Home</a> &gt; <a href="news.php">News</a> &gt; Item 211</p>
<table><tr><td class="newshead">Ashby Vale A clinch Division One title on the final night</td></tr>
<tr><td class="newsdate">Posted on Thursday 23rd May 2019 by Martin Greaves</td></tr>
<tr><td><p>What a night. Going into the last round our A team sat half a point behind Coalville Knights.</p></td></tr></table></td></tr></table></body></html>`, "Ashby Vale A clinch Division One title on the final night")
}

// TestHeadline_NewsletterBoxTitle checks that on a page whose only <h1> is
// the site's logo, a newsletter box's heading marked as a title
// ("c-newsletter__title") is not the headline: the JSON-LD headline is.
func TestHeadline_NewsletterBoxTitle(t *testing.T) {
	u, _ := url.Parse("https://www.harlowpointmaritime.example/stories/abigail-dunn-figurehead-conservation")
	checkHeadline(t, u, `<html><head><title>Behind the Scenes: Bringing the Abigail Dunn Figurehead Back from the Brink — Harlow Point Maritime Museum</title>
<script type="application/ld+json">{"@type":"BlogPosting","headline":"Behind the Scenes: Bringing the Abigail Dunn Figurehead Back from the Brink"}</script></head><body>
<header><h1 class="c-site-header__logo"><a href="/"><img src="/logo.svg" alt=""><span class="visually-hidden">Harlow Point Maritime Museum</span></a></h1></header>
<main><div class="c-post-hero__title">Behind the Scenes: Bringing the <i>Abigail Dunn</i> Figurehead Back from the Brink</div>
<p>The figurehead arrived in pieces, six coats of paint deep, and spent two years in the conservation studio.</p>
<h2 class="c-rich-text__h2">Six coats of history</h2><p>Each layer told of another owner.</p></main>
<aside class="c-newsletter"><h2 class="c-newsletter__title">Stay in the harbor loop</h2><p>Monthly news from the museum.</p></aside></body></html>`, "Behind the Scenes: Bringing the Abigail Dunn Figurehead Back from the Brink")
}

// TestHeadline_HomeTitledPage checks that a page without an <h1> whose
// titles name only the site's home page ("Home | Riverside Rowing Club")
// has for headline its line set large in an inline style, or in a page
// builder's "elementor-heading-title", not "Home".
func TestHeadline_HomeTitledPage(t *testing.T) {
	u, _ := url.Parse("https://www.riversiderowing.example/post/masters-eight-silver")
	for _, line := range []string{
		`<p class="font_0" style="font-size:42px; line-height:1.2em;"><span style="font-weight:bold;">Masters eight take silver at the Ashcombe Head</span></p>`,
		`<div class="elementor-widget-container"><div class="elementor-heading-title elementor-size-xl">Masters eight take silver at the Ashcombe Head</div></div>`,
		`<table><tr><td class="newshead"><span style="font-size: 20pt"><b>Masters eight take silver at the Ashcombe Head</b></span></td></tr></table>`,
	} {
		checkHeadline(t, u, `<html><head><title>Home | Riverside Rowing Club</title><meta property="og:title" content="Home | Riverside Rowing Club">
<meta property="og:site_name" content="Riverside Rowing Club"></head><body><div class="header"><span style="font-size:14px">Riverside Rowing Club</span></div>`+line+`
<p>Our masters eight finished second of 31 crews on Saturday, four seconds behind the winners from Kingsmere, on a windy course.</p></body></html>`, "Masters eight take silver at the Ashcombe Head")
	}
}

// TestHeadline_SiteOnlyOGTitleMicrodata checks that an OpenGraph title
// naming only the site gives way to the page's microdata headline
// (<meta itemprop="headline">).
func TestHeadline_SiteOnlyOGTitleMicrodata(t *testing.T) {
	u, _ := url.Parse("https://www.gazette-baronnies.example/actualite/distillerie-lavande")
	checkHeadline(t, u, `<html><head><title>La Gazette des Baronnies - L'actualité de la Drôme provençale</title>
<meta property="og:title" content="La Gazette des Baronnies"><meta property="og:site_name" content="La Gazette des Baronnies"></head><body>
<h1 class="logo"><a href="/"><img src="/logo.png" alt="La Gazette des Baronnies"></a></h1>
<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="À Saint-Aurèle, la dernière distillerie de lavande cherche un repreneur">
<div class="une-visuel"><img src="/lavande.jpg" alt=""><div class="une-visuel__titre">À Saint-Aurèle, la dernière distillerie de lavande cherche un repreneur</div></div>
<p>Après quarante-deux saisons, Marcel Aubéry veut passer la main, mais personne ne s'est encore présenté pour reprendre l'alambic.</p></article></body></html>`, "À Saint-Aurèle, la dernière distillerie de lavande cherche un repreneur")
}

// TestHeadline_LargeLineOfTheTitle checks that of the lines an old page
// sets large, the one that opens with a part of its <title> is the
// headline, not the site's banner above it.
func TestHeadline_LargeLineOfTheTitle(t *testing.T) {
	u, _ := url.Parse("http://www.ruraltel.example/~hvoss/cub_part3.htm")
	checkHeadline(t, u, `<html><head><title>Harold's Corner - Restoring a 1952 Farmall Cub, Part 3</title></head><body>
<table><tr><td><font face="Arial" color="#FFFFFF" size="6"><b>Harold's Corner of the Web</b></font></td></tr>
<tr><td><p align="center"><font face="Georgia" size="5" color="#990000"><b>Restoring a 1952 Farmall Cub, Part 3: The Magneto</b></font></p>
<p><font face="Arial" size="2">Written February 9, 2003</font></p>
<p><font face="Arial" size="2">With the carburetor rebuilt last month, the next job on the Cub was the magneto, which had not given a spark since 1987.</font></p>
</td></tr></table></body></html>`, "Restoring a 1952 Farmall Cub, Part 3: The Magneto")
}

// TestHeadline_NamedOverTitleClass checks that where the only h1 is the
// logo, the element a page names its headline (data-testid="headline")
// wins over a newsletter box's heading whose class calls it a title,
// though the titles word the story otherwise.
func TestHeadline_NamedOverTitleClass(t *testing.T) {
	u, _ := url.Parse("https://www.ledger.example/news/2024/03/11/camden-branch-closure")
	checkHeadline(t, u, `<html><head><title>Northern line closure: Camden branch shut for 6 weeks | The Ledger</title>
<meta property="og:title" content="Camden Tube branch to shut for six weeks after water damage found">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Northern line closure: Camden branch shut for six weeks"}</script></head><body>
<header><h1 class="sc-7hw3k1-5 logoWrap"><a href="/"><span class="vh">The Ledger</span></a></h1></header>
<main><div class="sc-19df3wr-1 hTnWpX" data-testid="headline">Six-week closure looms for Camden Tube branch after tunnel survey finds water damage</div>
<p>Engineers found water beneath Mornington Crescent during a routine survey of the tunnels last month.</p>
<aside><h2 class="sc-6u0ay2-1 nlTitle">The Morning Ledger briefing</h2><p>Sign up for the news every morning.</p></aside></main></body></html>`,
		"Six-week closure looms for Camden Tube branch after tunnel survey finds water damage")
}

// TestHeadline_FeaturedLabelAfterTitle checks that a label set in a
// superscript after the title (Joomla K2's featured mark) is not part of
// the headline.
func TestHeadline_FeaturedLabelAfterTitle(t *testing.T) {
	u, _ := url.Parse("https://www.suedtirolnews.example/meran/mure-im-ultental")
	checkHeadline(t, u, `<html><head><title>Mure im Ultental - Südtirol News</title></head><body>
<div class="itemView"><h2 class="itemTitle">
	Mure im Ultental: Landesstraße für Tage gesperrt
	<span><sup>Hervorgehoben</sup></span>
</h2><div class="itemFullText"><p>Nach den heftigen Gewittern ist im Ultental eine Mure auf die Landesstraße niedergegangen; die Aufräumarbeiten dauern an.</p></div></div></body></html>`,
		"Mure im Ultental: Landesstraße für Tage gesperrt")
}

// TestHeadline_OpinionToneNoComments checks that an opinion column's
// headline, in an article whose classes name its tone and section with
// the word "comment" ("tonal--tone-comment section-commentisfree"), is
// the headline, not the title of a box of other stories below it.
func TestHeadline_OpinionToneNoComments(t *testing.T) {
	u, _ := url.Parse("https://www.theledger.example/commentisfree/2017/mar/14/rural-buses-false-economy")
	checkHeadline(t, u, `<html><head><title>Cutting rural buses is a false economy – and every council knows it | Imogen Carrick | Opinion | The Ledger</title>
<meta property="og:title" content="Cutting rural buses is a false economy – and every council knows it | Imogen Carrick"></head><body>
<article class="content content--article tonal tonal--tone-comment section-commentisfree article"><div class="content__main tonal__main tonal__main--tone-comment">
<header class="content__head tonal__head tonal__head--tone-comment"><div class="content__header tonal__header"><div class="u-cf">
<h1 class="content__headline content__headline--byline" itemprop="headline">Cutting rural buses is a false economy – and every council knows it</h1></div></div></header>
<div class="content__article-body"><p>When the county council cut the number 38 last spring, it saved £140,000 a year and cost the villages along its route far more than that.</p></div></div></article>
<section><h2 class="fc-container__title">More on this story</h2><ul><li><a href="/a">Bus fares capped at £2</a></li></ul></section></body></html>`,
		"Cutting rural buses is a false economy – and every council knows it")
}

// TestHeadline_ListingTitleOfAClub checks that a <title> of a club's name
// and its news section ("KGV Am Mühlengraben e.V. - Aktuelles"), whose
// name the host spells otherwise, gives way to the page's one heading.
func TestHeadline_ListingTitleOfAClub(t *testing.T) {
	u, _ := url.Parse("http://www.kgv-am-muehlengraben.example/bericht_2018_09.htm")
	checkHeadline(t, u, `<html><head><title>KGV Am Mühlengraben e.V. - Aktuelles</title></head><body><table><tr><td>
<p class="klein"><a href="index.htm">Startseite</a> &gt; <a href="aktuelles.htm">Aktuelles</a> &gt; Sommerfest 2018</p>
<h2><font color="#336600">Sommerfest 2018: Tombola, Kinderolympiade und ein Rekordkürbis</font></h2>
<p>Bei strahlendem Sonnenschein feierten am Samstag rund 120 Gäste das Sommerfest unseres Vereins.</p></td></tr></table></body></html>`,
		"Sommerfest 2018: Tombola, Kinderolympiade und ein Rekordkürbis")
}

// TestHeadline_MoreStoriesBoxTitle checks that where the one h1 names the
// section ("Culture"), the heading marked as the article's title wins
// over the titles' wording, though a box of other stories below has a
// title class too ("more-stories__title").
func TestHeadline_MoreStoriesBoxTitle(t *testing.T) {
	u, _ := url.Parse("https://www.courrierdusud.example/culture/sete-chantier-naval-bois")
	checkHeadline(t, u, `<html><head><title>Sète : le dernier chantier naval en bois reprend vie - Le Courrier du Sud</title>
<meta property="og:title" content="Sète : le dernier chantier naval en bois reprend vie">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Sète : le dernier chantier naval en bois reprend vie"}</script></head><body>
<div class="rubrique-banner"><h1 class="rubrique-banner__title">Culture</h1></div>
<article><h2 class="article__title article__title--xl">À Sète, le dernier chantier naval en bois reprend vie grâce à une bande de trentenaires</h2>
<p>Sur le quai de la Consigne, l'odeur de goudron et de chêne a retrouvé sa place depuis que cinq amis ont repris l'atelier en septembre.</p></article>
<section><h2 class="more-stories__title">Dans la rubrique Culture</h2><ul><li><a href="/a">Festival de Thau</a></li></ul></section></body></html>`,
		"À Sète, le dernier chantier naval en bois reprend vie grâce à une bande de trentenaires")
}

// TestHeadline_EntryTitleUnderTheLogo checks that where the only h1 is
// the site's logo, the heading classed as the entry's title wins over an
// author box's title class and over the titles' search wording.
func TestHeadline_EntryTitleUnderTheLogo(t *testing.T) {
	u, _ := url.Parse("https://www.coastlinecourier.example/2025/05/harbor-dredging-delayed/")
	checkHeadline(t, u, `<html><head><title>Harbor Dredging Delayed to 2026 Over Permit Dispute | Coastline Courier</title>
<meta property="og:title" content="Harbor Dredging Delayed to 2026 Over Permit Dispute"></head><body>
<header><h1 class="site-title"><a href="https://www.coastlinecourier.example/" rel="home">Coastline Courier</a></h1></header>
<article><h2 class="entry-title">Dredging of the harbor pushed to 2026 after permit fight</h2>
<div class="entry-content"><p>The long-awaited dredging of the harbor will not begin until 2026, after a dispute over permits between two agencies.</p></div>
<div class="author-info"><h2 class="author-title"><span>Author:</span> Dana Whitcombe</h2><p>Dana covers the waterfront.</p></div></article></body></html>`,
		"Dredging of the harbor pushed to 2026 after permit fight")
}

// TestHeadline_TestIDArticleTitle checks that a React page's element its
// test id names the article's title ("article-title") is the headline
// where the only h1 names the section.
func TestHeadline_TestIDArticleTitle(t *testing.T) {
	u, _ := url.Parse("https://www.diariodelsur.example/economia/2025-03-14/aceite-oliva-baja-origen_4128833/")
	checkHeadline(t, u, `<html><head><title>Precio del aceite de oliva: baja un 18% en origen | El Diario del Sur</title>
<meta property="og:title" content="Precio del aceite de oliva: baja un 18% en origen"></head><body>
<h1 class="sc-2b8d0c4-0 hBxJqa"><a href="/economia/">Economía</a></h1><article class="sc-7e4c1d9-0"><header>
<div class="sc-7e4c1d9-2 kTzGmW" data-testid="article-title">El aceite de oliva baja un 18% en origen, pero el consumidor aún no lo nota</div>
<h2 class="sc-7e4c1d9-3" data-testid="article-subtitle">Las almazaras venden a menos de 4 euros el kilo.</h2></header>
<p>El precio del aceite de oliva virgen extra en origen ha caído un 18% desde enero, según los datos del observatorio de precios.</p></article></body></html>`,
		"El aceite de oliva baja un 18% en origen, pero el consumidor aún no lo nota")
}

// TestHeadline_DrupalFieldLabelClasses checks that a Drupal title field
// classed "field--label-hidden" (where its label is shown) is no label
// after the headline: the kicker field before it is the kicker.
func TestHeadline_DrupalFieldLabelClasses(t *testing.T) {
	u, _ := url.Parse("https://www.res.example/sachsen-anhalt/magdeburg/niedrigwasser-elbe-100.html")
	checkHeadline(t, u, `<html lang="de"><head><title>Niedrigwasser an der Elbe: Fähren stellen Betrieb ein | RES Aktuell</title></head><body>
<article class="node node--type-article"><header class="node__header"><h1 class="page-title">
<span class="field field--name-field-dachzeile field--type-string field--label-hidden">Niedrigwasser an der Elbe</span>
<span class="field field--name-title field--type-string field--label-hidden">Fähren stellen Betrieb ein – Binnenschiffer fahren mit halber Ladung</span>
</h1></header><div class="field field--name-body"><p>Die Fähren zwischen Magdeburg und Schönebeck haben am Donnerstag den Betrieb eingestellt.</p></div></article></body></html>`,
		"Niedrigwasser an der Elbe: Fähren stellen Betrieb ein – Binnenschiffer fahren mit halber Ladung")
}

// TestHeadline_LiveBadgeInTitles checks that titles that put a live
// page's badge before a short title ("LIVE BLOG: Tri-County Marathon
// 2019") agree with a heading that goes on from that title.
func TestHeadline_LiveBadgeInTitles(t *testing.T) {
	u, _ := url.Parse("http://www.ledgerdispatch.example/news/story.asp?id=44812&sec=local")
	checkHeadline(t, u, `<html><head><title>The Ledger-Dispatch :: Local News :: LIVE BLOG: Tri-County Marathon 2019</title>
<meta property="og:title" content="LIVE BLOG: Tri-County Marathon 2019"></head><body><table><tr><td>
<font size="2" color="#CC0000"><b>LIVE BLOG</b></font><br>
<font size="5"><b class="headline">Tri-County Marathon 2019: Kiprotich, Haldane win as record field hits the Riverwalk</b></font><br>
<p>6:45 a.m. Runners are gathering at Harmon Park for the start of the 2019 Tri-County Marathon.</p></td></tr></table></body></html>`,
		"Tri-County Marathon 2019: Kiprotich, Haldane win as record field hits the Riverwalk")
}

// TestHeadline_TitleClassWordAlone checks that an old Italian page's
// headline in a "titolo" span is its headline though the <title> names
// only the site, and that Drupal's title field is the node's headline
// under an h1 naming the section.
func TestHeadline_TitleClassWordAlone(t *testing.T) {
	u, _ := url.Parse("http://www.gazzettinodellavalle.example/cronaca/articolo.asp?id=31822")
	checkHeadline(t, u, `<html><head><title>Il Gazzettino della Valle - Cronaca</title></head><body><table>
<tr><td class="titolobox">LE SEZIONI</td></tr>
<tr><td><span class="occhiello">TRESENDA</span><br><span class="titolo">Tresenda, la frana sulla statale 38: "Strada chiusa almeno fino a giugno"</span></td></tr>
<tr><td><p>La frana che sabato notte ha invaso la statale 38 a Tresenda terrà chiusa la strada almeno fino a giugno, secondo i tecnici.</p></td></tr>
<tr><td class="titolobox">ALTRI ARTICOLI DI CRONACA</td></tr></table></body></html>`,
		`Tresenda, la frana sulla statale 38: "Strada chiusa almeno fino a giugno"`)
	u, _ = url.Parse("https://www.midilibre-herault.example/environnement/secheresse-lodeve-eau")
	checkHeadline(t, u, `<html lang="fr"><head><title>Sécheresse dans l'Hérault : les agriculteurs de Lodève rationnent l'eau | Le Courrier</title>
<meta property="og:title" content="Sécheresse dans l'Hérault : les agriculteurs de Lodève rationnent l'eau"></head><body>
<div class="section-banner"><h1>Environnement</h1></div><article class="node node--type-article">
<div class="node__header"><span class="field field--name-title field--type-string">Sécheresse : à Lodève, on se partage l'eau au compte-gouttes</span></div>
<div class="field field--name-body"><p>Depuis le début de l'été, les agriculteurs du Lodévois se relaient pour puiser dans la dernière retenue encore pleine.</p></div></article></body></html>`,
		"Sécheresse : à Lodève, on se partage l'eau au compte-gouttes")
}

// TestHeadline_ShortHeadlineClassed checks that the one h1 of a word or
// two is the headline when its class names the article's title, though
// the titles say more, and not when it names a section ("Aktuelles").
func TestHeadline_ShortHeadlineClassed(t *testing.T) {
	u, _ := url.Parse("https://theslowlane.example/closed/")
	page := `<html><head><title>Closed: The last day of Wren &amp; Quill Books on Larkspur Street</title>
<meta property="og:title" content="The last day of Wren &amp; Quill Books"></head><body>
<article class="post"><h1 class="article-title">%s</h1><p class="article-excerpt">After forty-one years, the bookshop on Larkspur Street sold its last paperback on Saturday.</p>
<section class="gh-content"><p>Margaret Wren opened the door at ten, as she has done six days a week since 1983.</p></section></article></body></html>`
	checkHeadline(t, u, fmt.Sprintf(page, "Closed."), "Closed.")
	checkHeadline(t, u, fmt.Sprintf(page, "Aktuelles"), "The last day of Wren & Quill Books")
}

// TestHeadline_TitleWrapper checks that an element marked as the title
// only as its wrapper ("Headline_wrap") gives way to the title it holds:
// its kicker and subtitle are no part of the headline.
func TestHeadline_TitleWrapper(t *testing.T) {
	u, _ := url.Parse("https://www.elfarodelsur.example/economia/20240212/precio-aceite-oliva.html")
	page := `<html><head><title>El precio del aceite de oliva cae un 30% | El Faro del Sur</title>
<meta property="og:title" content="El precio del aceite de oliva cae un 30%"></head><body>
<header><a class="Header_logo__k2" href="/"><h1 class="Header_h1__p0">El Faro del Sur</h1></a></header>
<article><div class="Headline_wrap__qk7Rr"><a class="Headline_kicker__T9bLw" href="/temas/aceite/">Campo andaluz</a>
<div class="Headline_title__x7Q2a">El precio del aceite de oliva cae un 30% en origen, pero los supermercados aún no lo notan</div>
<h2 class="Headline_subtitle__Rm0uB">Las cooperativas venden el virgen extra a 5,80 euros el kilo</h2></div>
<div class="Body_text__a1"><p>Las cooperativas de la provincia venden desde enero el aceite de oliva virgen extra a 5,80 euros el kilo.</p>
<p>En los lineales de los supermercados, la botella de un litro sigue por encima de los nueve euros.</p></div></article></body></html>`
	checkHeadline(t, u, page, "El precio del aceite de oliva cae un 30% en origen, pero los supermercados aún no lo notan")
}

// TestHeadline_SectionPathH1 checks that an h1 that is the path to the
// page's section ("Lokales » Holmwedel") is no headline: the line set
// large under it is.
func TestHeadline_SectionPathH1(t *testing.T) {
	u, _ := url.Parse("https://www.nordheider-anzeiger.example/lokales/holmwedel/artikel.php?id=20417")
	page := `<html><head><title>Nordheider Anzeiger Online - Lokales: Holmwedel hat eine Schützenkönigin</title></head><body>
<table><tr><td width="600" valign="top"><h1 class="rubrik">Lokales &raquo; Holmwedel</h1>
<span class="dach">Schützenfest in Holmwedel</span><br>
<font size="5" color="#003366"><b>Nach 14 Jahren wieder eine Frau auf dem Königsthron</b></font><br>
<p>Mit dem 311. Schuss hat Renate Bökemeier am Sonntagabend den Vogel von der Stange geholt.</p>
<p>Zuletzt hatte 1995 eine Frau die Königswürde beim Schützenverein Holmwedel errungen.</p></td></tr></table></body></html>`
	checkHeadline(t, u, page, "Nach 14 Jahren wieder eine Frau auf dem Königsthron")
}

// TestHeadline_LiveBadgeIsNoKicker checks that a "LIVE" badge above a
// live page's headline is not added as its kicker where the titles write
// "Live: …".
func TestHeadline_LiveBadgeIsNoKicker(t *testing.T) {
	u, _ := url.Parse("https://www.wbn.example/news/live/uk-england-devon-68012345")
	page := `<html><head><title>Live: Exeter and East Devon without water after trunk main bursts - WBN News</title>
<meta property="og:title" content="Live: Exeter and East Devon without water after trunk main bursts"></head><body>
<main><div class="HeaderWrapper"><span class="LiveLabel" aria-hidden="true">LIVE</span><h1 id="main-heading">Exeter and East Devon without water after trunk main bursts</h1></div>
<div class="LiveStream"><p>About 30,000 homes in Exeter and East Devon are without water after a trunk main burst overnight, South West Water says.</p>
<p>Bottled water stations have been set up at three sites, and schools in the area will stay closed on Wednesday.</p></div></main></body></html>`
	checkHeadline(t, u, page, "Exeter and East Devon without water after trunk main bursts")
}

// TestHeadline_TitleWordClassWithoutH1 checks that on a page without an
// h1, an element whose class is a title's word alone ("<font
// class="titolo">") is the headline readers see, though the titles word
// it otherwise.
func TestHeadline_TitleWordClassWithoutH1(t *testing.T) {
	u, _ := url.Parse("https://www.gazzettavaltrebbia.example/cronaca/2024/10/18/maltempo-trebbia-diretta.html")
	page := `<html><head><title>Maltempo, esonda il Trebbia: la diretta - Cronaca - La Gazzetta di Valtrebbia</title>
<meta property="og:title" content="Maltempo, esonda il Trebbia: la diretta"></head><body>
<table><tr><td><font color="#cc0000"><b>DIRETTA</b></font><br>
<font face="Georgia" size="6" class="titolo"><b>Maltempo, esonda il Trebbia: evacuate 120 persone, chiusa la statale 45</b></font><br>
<p>Il fiume ha superato gli argini tra Bobbio e Marsaglia nella notte, e la protezione civile ha evacuato 120 persone.</p>
<p>La statale 45 resta chiusa tra Rivergaro e Bobbio per una frana all'altezza di Cernusca.</p></td></tr></table></body></html>`
	checkHeadline(t, u, page, "Maltempo, esonda il Trebbia: evacuate 120 persone, chiusa la statale 45")
}

// TestHeadline_HostIsSiteInitials checks that a <title> part whose words'
// initials the host is named after ("bdlhs") is the site's name, not the
// headline.
func TestHeadline_HostIsSiteInitials(t *testing.T) {
	u, _ := url.Parse("http://www.bdlhs.example/articles/mill-lane-bakehouse.htm")
	page := `<html><head><title>Brackenford &amp; District Local History Society - The Mill Lane Bakehouse Ledger</title></head><body>
<table><tr><td><p class="heading">The Mill Lane Bakehouse Ledger</p>
<p class="bodytext">A baker's ledger from 1887 to 1891, found in a loft on Mill Lane last spring, tells us who bought bread on tick in Victorian Brackenford.</p>
<p class="bodytext">The ledger runs to 212 pages and names more than three hundred customers, from the vicarage to the cottages by the tannery.</p></td></tr></table></body></html>`
	checkHeadline(t, u, page, "The Mill Lane Bakehouse Ledger")
}

// TestHeadline_BadgesAndKickerPhrases checks that a content badge in the
// heading ("VIDEO", a live page's "En direct") is no part of the
// headline, and that a kicker behind a badge is added only where a title
// writes it whole: "um Ortsumgehung" is no kicker of "Streit um
// Ortsumgehung: …".
func TestHeadline_BadgesAndKickerPhrases(t *testing.T) {
	u, _ := url.Parse("https://www.giornaledellago.example/cronaca/2024/05/battello-storico.html")
	checkHeadline(t, u, `<html><head><title>Como, torna a navigare il battello storico | Giornale del Lago</title>
</head><body>
<article><h1 class="titolo-articolo" itemprop="headline"><span class="bollino-video">VIDEO</span>Como, il battello storico torna a navigare dopo tre anni di restauro</h1>
<p>Il piroscafo Concordia è tornato a solcare il lago sabato mattina, dopo tre anni di restauro nel cantiere di Dervio.</p></article></body></html>`,
		"Como, il battello storico torna a navigare dopo tre anni di restauro")
	u, _ = url.Parse("https://www.ouest-matin.example/live/tempete-ondine")
	checkHeadline(t, u, `<html><head><title>DIRECT. Tempête Ondine : la Bretagne privée d’électricité</title></head><body>
<main><h1 class="Live__title"><span class="flag-live">En direct</span> Tempête Ondine : 120 000 foyers toujours privés d’électricité en Bretagne</h1>
<p>Au lendemain du passage de la tempête, 120 000 foyers restent privés de courant dans le Finistère et les Côtes-d’Armor.</p></main></body></html>`,
		"Tempête Ondine : 120 000 foyers toujours privés d’électricité en Bretagne")
	u, _ = url.Parse("https://www.rheinzeitung-land.example/lokales/bruehlingen/ortsumgehung-unterschriften.html")
	checkHeadline(t, u, `<html><head><title>Bürgerinitiative sammelt 4000 Unterschriften | Rheinzeitung Land</title>
<meta property="og:title" content="Streit um Ortsumgehung: Bürgerinitiative sammelt 4000 Unterschriften gegen neue Trasse"></head><body>
<article><h1 class="article-header__headline"><span class="article-header__kicker"><span class="paid-badge">RZ+</span>Streit um Ortsumgehung</span><span class="visually-hidden">: </span>
<span class="article-header__title">Bürgerinitiative sammelt 4000 Unterschriften gegen neue Trasse</span></h1>
<p>Die Bürgerinitiative „Grünes Tal“ will die Nordtrasse der B 412 um Brühlingen verhindern und hat die Listen im Landratsamt übergeben.</p></article></body></html>`,
		"Bürgerinitiative sammelt 4000 Unterschriften gegen neue Trasse")
}

// TestHeadline_BadgeBeforeWords checks that a badge saying what kind of
// page it is, set in the heading before the headline's words and holding
// an icon of its own, is no part of the headline.
func TestHeadline_BadgeBeforeWords(t *testing.T) {
	u, _ := url.Parse("https://www.westernpost.example/news/cornwall/storm-nerys-live-updates-9912")
	checkHeadline(t, u, `<html><head><title>Storm Nerys LIVE: Power cuts and road closures in Cornwall | Western Post</title>
</head><body>
<main><h1 class="text-3xl font-bold"><span class="mr-2 rounded bg-red-600 uppercase"><span class="h-2 w-2 animate-pulse rounded-full" aria-hidden="true"></span>Live</span>Storm Nerys: Thousands without power as gusts batter the coast</h1>
<p>Storm Nerys is battering Cornwall today, and more than 14,000 homes across the county have lost power.</p></main></body></html>`,
		"Storm Nerys: Thousands without power as gusts batter the coast")
}

// TestHeadline_TwoLinesATitleWritesWhole checks that a headline set in
// two lines of one kind is read whole where a title writes the two as one
// sentence: the first line is no kicker then.
func TestHeadline_TwoLinesATitleWritesWhole(t *testing.T) {
	u, _ := url.Parse("https://www.noorderbode.example/nieuws/winsum/bakker-wint-prijs")
	checkHeadline(t, u, `<html><head><title>Groningse bakker wint landelijke prijs voor roggebrood | Noorderbode</title>
</head><body>
<article><header><h1 class="page-title"><span class="title-line title-line--1">Groningse bakker wint</span>
<span class="title-line title-line--2">landelijke prijs voor roggebrood</span></h1></header>
<p>Bakkerij Wubbolts uit Winsum heeft de Gouden Korenaar gewonnen, de landelijke prijs voor het beste roggebrood.</p></article></body></html>`,
		"Groningse bakker wint landelijke prijs voor roggebrood")
}

// checkHeadline parses page and checks the headline extracted for it at
// address u.
func checkHeadline(t *testing.T, u *url.URL, page, want string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := headline(collectMeta(doc), doc, u); got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
}
