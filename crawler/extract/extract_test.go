package extract_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"newslink/crawler/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fetched is the fetch time the golden tests use, so that they do not
// depend on the clock.
var fetched = time.Date(2025, 1, 15, 12, 0, 0, 0, time.UTC)

// goldenResult is how a Result is written to a golden file.
type goldenResult struct {
	Headline     string   `json:"headline"`
	Published    string   `json:"published"`
	Modified     string   `json:"modified"`
	Authors      []string `json:"authors"`
	Language     string   `json:"language"`
	CanonicalURL string   `json:"canonical_url"`
	Summary      string   `json:"summary"`
	Body         string   `json:"body"`
}

func TestExtract_Golden(t *testing.T) {
	tests := []struct {
		name string
		url  string
	}{
		{name: "news-jsonld", url: "https://riverside.example/local/2024/05/02/council-approves-cycle-lanes"},
		{name: "blog-german", url: "https://gartenblog.example/fruehlingsfest-im-stadtpark/"},
		{name: "us-numeric-date", url: "https://springfield-daily.example/news/library-hours"},
		{name: "latin1-meta", url: "https://ortsnachrichten.example/cafe"},
	}
	// The pages of TestExtract_Patterns and TestExtract_Authors, with their URLs.
	for _, p := range patternPages {
		tests = append(tests, struct {
			name string
			url  string
		}{p.name, p.url})
	}
	for _, p := range authorPages {
		tests = append(tests, struct {
			name string
			url  string
		}{p.name, p.url})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", tt.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := extract.Extract(bytes.NewReader(page), extract.Options{URL: tt.url, Fetched: fetched})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got, err := json.MarshalIndent(goldenResult{
				Headline: res.Headline, Published: res.Published.String(), Modified: res.Modified.String(),
				Authors: res.Authors, Language: res.Language, CanonicalURL: res.CanonicalURL,
				Summary: res.Summary, Body: res.Body,
			}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", tt.name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("result differs from %s (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

// updatedPage is a story whose JSON-LD dates its publication on the night
// of 4 November 2024 and its change as the first argument gives, and which
// shows only "Updated on …" with the second.
const updatedPage = `<html lang="en-IN"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pune civic body to fine housing societies that fail to segregate waste","datePublished":"2024-11-04T22:15:00+05:30","dateModified":"%s"}</script></head><body>
<article><h1>Pune civic body to fine housing societies that fail to segregate waste</h1><div class="dateTime">Updated on %s IST</div>
<p>Housing societies generating more than 100 kg of waste a day will face fines of up to 25,000 rupees if they fail to segregate and compost wet waste on site.</p>
<p>The civic body said inspections would begin in the first week of April across all 15 ward offices.</p></article></body></html>`

// postedPage is an old layout's story without metadata, its posting line
// "Posted: %s 5:58 AM" under the headline.
const postedPage = `<html lang="en-US"><body><table><tr><td><span class="headline">County adopts wind turbine setback rules after four-hour hearing</span><br>
<span class="storydate">Posted: %s 5:58 AM</span>
<p>The Tolliver County Commission voted 3-2 late Tuesday to require wind turbines to stand at least 2,000 feet from any occupied home.</p>
<p>The vote came after a four-hour public hearing that drew more than 150 residents to the courthouse annex.</p></td></tr></table></body></html>`

func TestExtract_Fields(t *testing.T) {
	tests := []struct {
		name          string
		page          string
		opts          extract.Options
		wantHeadline  string
		wantPublished string
		wantInBody    []string
		wantNotInBody []string
	}{
		{
			name: "day first in German text",
			page: `<html lang="de"><body><article><h1>Stadtrat tagt</h1><p>6. März 2015</p>
				<p>Der Stadtrat hat am Abend über den neuen Haushalt beraten und ihn mit großer Mehrheit beschlossen.</p></article></body></html>`,
			wantHeadline: "Stadtrat tagt", wantPublished: "2015-03-06",
		},
		{
			name: "numeric date read day first in a British page",
			page: `<html lang="en-GB"><body><article><h1>Fair returns</h1><div class="date">03/06/2015</div>
				<p>The summer fair returns to the common this weekend with rides, food stalls and a brass band.</p></article></body></html>`,
			wantPublished: "2015-06-03",
		},
		{
			name: "a byline's hidden stamp marked as the update is not the publication",
			page: `<html lang="de"><body><article><h1>Balkontomaten im Test</h1>
				<div class="fusion-meta-info-wrapper">Von <span class="vcard"><span class="fn"><a href="/author/lena/" rel="author">Lena Brandauer</a></span></span> |
				<span class="updated rich-snippet-hidden">2021-02-03T09:12:44+01:00</span><span>Juli 14th, 2020</span> | Kategorien: <a href="/balkon/">Balkon</a></div>
				<p>Wir haben in diesem Sommer zwölf Sorten Balkontomaten getestet, vom Kübel bis zur Ampel, und dabei einige Überraschungen erlebt.</p></article></body></html>`,
			wantPublished: "2020-07-14",
		},
		{
			name: "an Argentine page's early UTC instant and UTC day in the URL, the evening before in its byline",
			page: `<html lang="es-AR"><head><meta property="article:published_time" content="2019-07-24T01:41:12Z"></head><body>
				<div class="nav-bar-date">Miércoles 24 de Julio de 2019</div>
				<article><h1>La cooperativa que volvió a encender las máquinas de una fábrica textil</h1>
				<div class="d23-byline"><span class="d23-byline-by">Por</span> <a href="/autor/lucia-ferreyra/">Lucía Ferreyra</a>
				<span class="d23-sharebar-article-date">23 de julio de 2019</span> <span class="d23-sharebar-article-time">22:41 hs</span></div>
				<p>Son 47 trabajadores de González Catán que recuperaron la planta de la ex Hilandería Sarmiento y volvieron a producir hilo.</p></article></body></html>`,
			opts:          extract.Options{URL: "https://www.meridiano.example/sociedad/2019/07/24/la-cooperativa/"},
			wantPublished: "2019-07-23",
		},
		{
			name: "a masthead's date in a Spanish BEM class or an Italian theme's top bar is not the byline's",
			page: `<html lang="it"><body><div class="jeg_nav_item jeg_top_date">mercoledì, Marzo 4, 2020</div><div class="ce-Header_Fecha">lunes 4 de marzo de 2020</div>
				<article><h1>Il Comune rinvia il mercato del sabato</h1><div class="jeg_meta_date">3 Marzo 2020</div>
				<p>Il mercato del sabato in piazza Garibaldi è rinviato di una settimana per i lavori alla rete idrica, ha annunciato il Comune.</p></article></body></html>`,
			wantPublished: "2020-03-03",
		},
		{
			name: "a kicker only the <title> writes stays out, though the bare og:title holds a dash of its own",
			page: `<html lang="de"><head><title>Fotostrecke: Schängel, Sonne, Kamelle – so bunt war der Rosenmontagszug in Koblenz - Rhein-Zeitung</title>
				<meta property="og:title" content="Schängel, Sonne, Kamelle – so bunt war der Rosenmontagszug in Koblenz"></head><body>
				<div class="artikel_header"><div class="dachzeile">Fotostrecke</div><h1 class="artikel_titel">Schängel, Sonne, Kamelle – so bunt war der Rosenmontagszug in Koblenz</h1></div>
				<p>Hunderttausende Narren haben am Rosenmontag in Koblenz den Zug gefeiert, bei Sonnenschein und mit reichlich Kamelle für die Kinder am Straßenrand.</p></body></html>`,
			opts:         extract.Options{URL: "https://www.rhein-zeitung.de/region/lokales/koblenz_artikel,-fotostrecke-_arid,2094718.html"},
			wantHeadline: "Schängel, Sonne, Kamelle – so bunt war der Rosenmontagszug in Koblenz",
		},
		{
			name: "a kicker in the h2 of a headline container, joined as the titles join it",
			page: `<html lang="de"><head><title>Windkraft in Hessen: Die Flaute in den Amtsstuben</title>
				<meta property="og:title" content="Windkraft in Hessen: Die Flaute in den Amtsstuben"></head><body><article><header>
				<div class="atc-HeadlineContainer"><h2 class="atc-Headline"><span class="atc-HeadlineEmphasis">Windkraft in Hessen</span>
				<span class="atc-HeadlineText">Die Flaute in den Amtsstuben</span></h2></div></header>
				<p>Hessen will zwei Prozent der Landesfläche für Windräder ausweisen, doch die Genehmigungen stocken in den Amtsstuben der Regierungspräsidien.</p></article></body></html>`,
			opts:         extract.Options{URL: "https://www.faz.net/aktuell/rhein-main/windkraft-in-hessen-19171846.html"},
			wantHeadline: "Windkraft in Hessen: Die Flaute in den Amtsstuben",
		},
		{
			name: "a blog's name in an <h1> linking home leaves Blogger's title, whose post title is an h3",
			page: `<html><head><title>Tales from the Tideline: Little Stint at Cley, and a grumpy Bittern</title></head><body>
				<div class="header"><h1 class="title"><a href="http://tidelinetales.blogspot.com/">Tales from the Tideline</a></h1></div>
				<div class="post hentry"><h3 class="post-title entry-title"><a href="http://tidelinetales.blogspot.com/2010/09/little-stint.html">Little Stint at Cley, and a grumpy Bittern</a></h3>
				<div class="post-body entry-content">A proper autumn day at last. The wind had swung round to the north-east overnight and I was out of the door by half six.</div></div></body></html>`,
			opts:         extract.Options{URL: "http://tidelinetales.blogspot.com/2010/09/little-stint.html"},
			wantHeadline: "Little Stint at Cley, and a grumpy Bittern",
		},
		{
			name: "Blogger's title, its post title in a widget: the blog's name in an <h1> linking home is the site's",
			page: `<html><head><title>Marsh Lights: The drowned church at Eccles, and a letter from 1895</title></head><body>
				<div class="header"><h1 class="title"><a href="https://marshlights.blogspot.com/">Marsh Lights</a></h1><p class="description">Notes from the Norfolk coast</p></div>
				<div class="widget Blog" id="Blog1"><h2 class="date-header"><span>Sunday, 12 September 2010</span></h2>
				<div class="post hentry"><h3 class="post-title entry-title"><a href="https://marshlights.blogspot.com/2010/09/drowned-church.html">The drowned church at Eccles, and a letter from 1895</a></h3>
				<div class="post-body entry-content">The tower of the old church stood on the beach for a century before the sea took it, and a letter my grandmother kept tells how it looked in 1895.</div></div></div></body></html>`,
			opts:         extract.Options{URL: "https://marshlights.blogspot.com/2010/09/drowned-church.html"},
			wantHeadline: "The drowned church at Eccles, and a letter from 1895",
		},
		{
			name: "a page without headings: the line that says what the title says, as readers see it, not the banner set large",
			page: `<html><head><title>Axe Valley MRS - Club News - Chard Junction layout progress, spring 2006</title></head><body><table><tr>
				<td><font size="6"><b>Axe Valley Model Railway Society</b></font></td></tr><tr><td>
				<p><font size="1"><a href="index.htm">Home</a> &gt; <a href="news.htm">Club News</a> &gt; Chard Junction progress</font></p>
				<p class="newshead">Chard Junction layout progress - spring 2006</p>
				<p><font size="2">It has been a busy winter in the clubroom, and the society's new N gauge layout based on Chard Junction has come on a long way since the last report.</font></p>
				</td></tr></table></body></html>`,
			opts:         extract.Options{URL: "http://www.axevalleymrs.org.uk/news_2006_04.htm"},
			wantHeadline: "Chard Junction layout progress - spring 2006",
		},
		{
			name: "a page without headings: a line naming the site is no headline though the title holds it",
			page: `<html><head><title>Year one report: raised beds on red clay - GrowTalk Garden Forums</title></head><body>
				<p class="forumtitle">GrowTalk Garden Forums</p>
				<p>We built four raised beds last spring on heavy red clay, and after a full year I can say what worked and what did not, bed by bed.</p></body></html>`,
			opts:         extract.Options{URL: "https://forums.example.org/t/year-one-report/4411"},
			wantHeadline: "Year one report: raised beds on red clay",
		},
		{
			name: "Blogger's title after the blog's name is the post's whole, a dash of its own and all",
			page: `<html><head><title>Tri-County Piecemakers Quilt Guild: 2011 Quilt Show Recap - Thank You!</title></head><body>
				<div class="header"><h1 class="title"><a href="http://tricountypiecemakers.blogspot.com/">Tri-County Piecemakers Quilt Guild</a></h1></div>
				<div class="widget Blog" id="Blog1"><div class="post hentry"><h3 class="post-title entry-title">2011 Quilt Show Recap - Thank You!</h3>
				<div class="post-body entry-content">What a weekend! More than 600 visitors came through the doors of the Grange Hall for our 2011 show, and the raffle quilt raised a record sum for the library.</div></div></div></body></html>`,
			opts:         extract.Options{URL: "http://tricountypiecemakers.blogspot.com/2011/09/2011-quilt-show-recap-thank-you.html"},
			wantHeadline: "2011 Quilt Show Recap - Thank You!",
		},
		{
			name: "an old German site's headline in a span classed 'ueberschrift', its first part a part of the title",
			page: `<html><head><title>Realschule am Kreuzberg Bischofsheim - Aktuelles - Zehn Tage Frankreich hautnah</title></head><body>
				<table><tr><td><span class="ueberschrift">Zehn Tage Frankreich hautnah: Unser Austausch mit dem Collège Jean Moulin in Chaumont</span><br>
				<p>Zehn Tage lang waren 24 Schülerinnen und Schüler der achten Klassen zu Gast bei ihren Austauschpartnern in Chaumont und haben den französischen Schulalltag kennengelernt.</p>
				<span class="zwischenueberschrift">Ein Tag in Paris</span>
				<p>Höhepunkt der Fahrt war ein Ausflug nach Paris, mit dem Eiffelturm, dem Louvre und einer Bootsfahrt auf der Seine.</p></td></tr></table></body></html>`,
			opts:         extract.Options{URL: "http://www.realschule-bischofsheim.example/aktuelles/2015/austausch_chaumont_2015.htm"},
			wantHeadline: "Zehn Tage Frankreich hautnah: Unser Austausch mit dem Collège Jean Moulin in Chaumont",
		},
		{
			name: "hAtom's <abbr class=published title=…> over a book's publication date in the review",
			page: `<html><body><div class="post hentry"><h3 class="post-title entry-title">Review: The Salt Orchard</h3>
				<div class="post-body entry-content"><b>Publication date:</b> September 1, 2015<br>
				I read this novel in two sittings, and I have been thinking about its orchard and its salt-stained letters ever since.</div>
				<div class="post-footer">Posted by Nell at <abbr class="published" itemprop="datePublished" title="2015-08-11T07:00:00-07:00">7:00 AM</abbr></div></div></body></html>`,
			wantPublished: "2015-08-11T07:00:00-07:00",
		},
		{
			name: "an h1 'Headline – Subtitle' whose headline is the title's last part, over a sidebar heading that is its section part",
			page: `<html><head><title>Freiwillige Feuerwehr Mühlhausen-Ehingen | Einsätze 2011 | Scheunenbrand in Welschingen</title></head><body>
				<div class="box"><h3>Einsätze 2011</h3><p>Brandeinsätze: <strong>9</strong><br>Technische Hilfe: <strong>14</strong></p></div>
				<div id="content"><h1>Scheunenbrand in Welschingen – 80 Einsatzkräfte gegen die Flammen</h1>
				<p>Am Sonntagabend wurden die Abteilungen zu einem Scheunenbrand in Welschingen alarmiert, die Scheune stand beim Eintreffen bereits in Vollbrand.</p></div></body></html>`,
			opts:         extract.Options{URL: "http://www.feuerwehr-muehlhausen-ehingen.example/einsaetze/2011/scheunenbrand.html"},
			wantHeadline: "Scheunenbrand in Welschingen – 80 Einsatzkräfte gegen die Flammen",
		},
		{
			name: "Serendipity's post title in an h4 classed serendipity_title",
			page: `<html><head><title>Debian Etch auf dem alten ThinkPad T23 - ein Erfahrungsbericht - Kernelpanik im Kopf</title></head><body>
				<h1><a class="homelink1" href="http://blog.mthelen.example/">Kernelpanik im Kopf</a></h1>
				<h3 class="serendipity_date">Dienstag, 14. November 2006</h3>
				<h4 class="serendipity_title"><a href="/archives/214-Debian-Etch.html">Debian Etch auf dem alten ThinkPad T23 - ein Erfahrungsbericht</a></h4>
				<div class="serendipity_entry_body">Vor ein paar Wochen habe ich auf dem alten ThinkPad T23 meiner Schwester Debian Etch installiert, und es läuft erstaunlich gut.</div></body></html>`,
			opts:         extract.Options{URL: "http://blog.mthelen.example/archives/214-Debian-Etch.html"},
			wantHeadline: "Debian Etch auf dem alten ThinkPad T23 - ein Erfahrungsbericht",
		},
		{
			name: "a help article's note in a box classed 'callout callout--info' is its text",
			page: `<html><body><article><h1>Wie kündige ich mein Abo?</h1>
				<p>Du kannst dein Abo jederzeit zum Ende des Monats kündigen, in der App oder über dein Kundenkonto auf der Website.</p>
				<div class="callout callout--info"><p><strong>Hinweis:</strong> Keine Bestätigung bekommen? Schau bitte zuerst in deinem Spam-Ordner nach.</p></div>
				<h2>Wie gebe ich mein E-Bike zurück?</h2><p>Etwa zwei Wochen vor deinem Vertragsende melden wir uns bei dir, um einen Abholtermin zu vereinbaren.</p></article></body></html>`,
			wantInBody: []string{"Schau bitte zuerst in deinem Spam-Ordner nach.", "einen Abholtermin zu vereinbaren."},
		},
		{
			name: "a press release's date line, before a theme's hidden update stamp",
			page: `<html><body><h1>Friends announce boardwalk restoration</h1><div class="post-content"><p><strong>FOR IMMEDIATE RELEASE – April 9, 2019</strong></p>
				<p>The Friends of Cedar Bluff will restore the boardwalk along the marsh this summer, the group announced on Tuesday, with work to begin in June.</p></div>
				<span class="updated rich-snippet-hidden">2019-04-11T14:22:05+00:00</span></body></html>`,
			wantPublished: "2019-04-09",
		},
		{
			name: "Blogger's title after a blog's name with umlauts, which its host spells otherwise",
			page: `<html><head><title>Gartenglück im Münsterland: Tomaten vorziehen auf der Fensterbank</title></head><body>
				<div class="header"><h1 class="title"><a href="http://gartenglueck-muensterland.blogspot.com/">Gartenglück im Münsterland</a></h1></div>
				<div class="widget Blog" id="Blog1"><h2 class="date-header"><span>Sonntag, 14. März 2010</span></h2><div class="post hentry"><h3 class="post-title entry-title"><a href="http://gartenglueck-muensterland.blogspot.com/2010/03/tomaten-vorziehen-auf-der-fensterbank.html">Tomaten vorziehen auf der Fensterbank</a></h3>
				<div class="post-body entry-content">Mitte März ist es so weit: Die Tomatensamen kommen in die Anzuchterde, und die Fensterbank im Wohnzimmer wird wieder zur Gärtnerei.</div></div></div></body></html>`,
			opts:         extract.Options{URL: "http://gartenglueck-muensterland.blogspot.com/2010/03/tomaten-vorziehen-auf-der-fensterbank.html"},
			wantHeadline: "Tomaten vorziehen auf der Fensterbank",
		},
		{
			name: "a page's sidebar inside <main> lists other releases' days, not this one's",
			page: `<html lang="de"><body><main><div class="news news-single"><h1>Spreewerk startet E-Lastenrad-Verleih in Friedrichshain-Kreuzberg</h1>
				<p><strong>Berlin, 12. März 2019 –</strong> Die Spreewerk Mobility GmbH bringt elektrische Lastenräder in den Berliner Verleih, zunächst 300 Räder an 60 Stationen.</p>
				<p>Die ersten 20 Stationen gehen am 1. April 2019 in Betrieb, bis Ende Juni soll das Netz vollständig aufgebaut sein.</p></div>
				<aside class="col-lg-4 sidebar"><div class="sidebar-box sidebar-box--news"><h3>Weitere Pressemitteilungen</h3>
				<div class="article articletype-0"><span class="news-list-date">05.03.2019</span><h4><a href="/presse/bilanz-2018/">Spreewerk zieht Bilanz: 4,2 Millionen Fahrten im Jahr 2018</a></h4></div></div></aside></main></body></html>`,
			wantPublished: "2019-03-12",
		},
		{
			name: "a date in the post's own footer, not in a teaser's",
			page: `<html lang="en"><body><div class="related"><article class="teaser"><h2><a href="/other">Another post</a></h2><footer><span class="post-date">June 1, 2017</span></footer></article></div>
				<article class="post"><h2 class="title">Some notes on the 1857 harbor tide tables</h2>
				<p>The tide tables printed for the harbor in 1857 were compiled by a clerk from one year of observations at the pier, and nobody has ever checked them against the log books kept by the harbour master.</p>
				<p>I spent the last three weeks comparing them with that log, entry by entry, and the predicted high waters are forty minutes off in most months of the year, in the same direction.</p>
				<footer class="post-footer"><a class="post-date" href="/post/158441902213">March 14th, 2017</a> <a class="post-notes" href="/post/158441902213#notes">58 notes</a></footer></article></body></html>`,
			wantPublished: "2017-03-14",
		},
		{
			name: "numeric date read month first in a US page",
			page: `<html lang="en-US"><body><article><h1>Fair returns</h1><div class="date">03/06/2015</div>
				<p>The summer fair returns to the common this weekend with rides, food stalls and a brass band.</p></article></body></html>`,
			wantPublished: "2015-03-06",
		},
		{
			name: "impossible month decides the order",
			page: `<html lang="en-US"><body><article><h1>Fair returns</h1><div class="date">25/06/2015</div>
				<p>The summer fair returns to the common this weekend with rides, food stalls and a brass band.</p></article></body></html>`,
			wantPublished: "2015-06-25",
		},
		{
			name: "date in the URL path",
			page: `<html><body><h1>Headline</h1><p>Some text that is long enough to be the body of this small article page.</p></body></html>`,
			opts: extract.Options{URL: "https://news.example/2015/03/06/headline"}, wantPublished: "2015-03-06",
		},
		{
			name: "date after the fetch time is refused",
			page: `<html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z"></head>
				<body><h1>Headline</h1><p>Some text that is long enough to be the body of this small article page.</p></body></html>`,
			wantPublished: "",
		},
		{
			name: "time zone kept",
			page: `<html><head><meta property="article:published_time" content="2019-10-16T23:30:00+02:00"></head>
				<body><h1>Headline</h1><p>Some text that is long enough to be the body of this small article page.</p></body></html>`,
			wantPublished: "2019-10-16T23:30:00+02:00",
		},
		{
			name: "UTC late evening is the next day on a German page",
			page: `<html lang="de"><head><meta property="article:published_time" content="2022-11-06T23:00:00Z"></head>
				<body><h1>Titel</h1><p>Ein Text, der lang genug ist, um der Inhalt dieser kleinen Seite zu sein.</p></body></html>`,
			wantPublished: "2022-11-07T00:00:00+01:00",
		},
		{
			name: "copyright and comment dates do not win",
			page: `<html lang="en"><body><article><h1>Headline</h1><p>Some text that is long enough to be the body of this small article page.</p></article>
				<div class="comments"><div class="comment-date">4 May 2020</div></div><footer>Copyright 2021</footer></body></html>`,
			wantPublished: "",
		},
		{
			name: "a teaser's date near the headline does not win",
			page: `<html lang="de"><body><h1>Kostüme für Halloween</h1><div class="box"><a href="/x">Wochenende in Wien vom 28.09. bis 01.10.2023</a></div>
				<p>Ein Text, der lang genug ist, um der Inhalt dieser kleinen Seite zu sein, und keine Daten nennt.</p></body></html>`,
			wantPublished: "",
		},
		{
			name: "an event's day is not the page's",
			page: `<html lang="it"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"MusicEvent","name":"Concerto d'estate","startDate":"2024-06-14T20:30:00+02:00"}</script></head>
				<body><article><h1>Concerto d'estate in piazza</h1><p class="data">sabato 14 giugno 2024, ore 20:30</p><p>L'orchestra suona in piazza con un programma di musiche da film e di valzer viennesi.</p></article></body></html>`,
			wantPublished: "",
		},
		{
			name: "a live ticker of a match is dated by the match's day",
			page: `<html lang="de"><head><title>SC Paderborn 07 - Holstein Kiel 2:2 | Liveticker | kicker</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"SC Paderborn 07 - Holstein Kiel","startDate":"2024-03-09T13:00:00+01:00"}</script></head>
				<body><main><h1>SC Paderborn 07 - Holstein Kiel</h1><p class="subline">2. Bundesliga, 25. Spieltag · Sa., 09.03.2024, 13:00</p>
				<div class="ticker-item"><span>90. +6</span><p>Schiedsrichter Benedikt Aurich pfeift die Partie ab. Es bleibt beim 2:2 nach einer turbulenten Schlussphase.</p></div></main></body></html>`,
			wantPublished: "2024-03-09",
		},
		{
			name: "an event's page that states its publication",
			page: `<html lang="it"><head><meta property="article:published_time" content="2024-05-02T10:00:00+02:00"><script type="application/ld+json">{"@context":"https://schema.org","@type":"MusicEvent","name":"Concerto d'estate","startDate":"2024-06-14T20:30:00+02:00"}</script></head>
				<body><article><h1>Concerto d'estate in piazza</h1><p class="data">sabato 14 giugno 2024, ore 20:30</p><p>L'orchestra suona in piazza con un programma di musiche da film e di valzer viennesi.</p></article></body></html>`,
			wantPublished: "2024-05-02T10:00:00+02:00",
		},
		{
			name: "a time element labelled as an update",
			page: `<html lang="en"><body><article><h1>Seven ways to cut idle time</h1><div class="meta"><span class="published">Published: June 8, 2022</span>
				<time datetime="2024-02-20 14:00:00" class="timestamp">Updated: February 20, 2024</time></div><p>Some text that is long enough to be the body of this small article page.</p></article></body></html>`,
			wantPublished: "2022-06-08",
		},
		{
			name: "a teaser's dated link is another article's",
			page: `<html lang="de"><body><article><p class="label">Medienmitteilung vom 12. Februar 2024</p><h1>SP lanciert städtische Initiative</h1>
				<p>Die SP hat am Montag eine Initiative für bezahlbaren Wohnraum in der Stadt lanciert und will Unterschriften sammeln.</p></article>
				<section><h2>Weitere Medienmitteilungen</h2><a class="teaser" href="/mm/budget"><span class="teaser__date">5. Dezember 2023</span>
				<h3>Budget 2024: SP sagt Ja mit Vorbehalten</h3></a></section></body></html>`,
			wantPublished: "2024-02-12",
		},
		{
			name: "a publication date in a paragraph's reference",
			page: `<html lang="de"><body><article><span class="date">14.03.2024 10:27</span><h1>Wiedervernässte Moore geben weniger Methan ab</h1>
				<p>Forschende haben zehn Jahre lang die Methanemissionen von wiedervernässten Niedermooren in Norddeutschland gemessen und ausgewertet.</p>
				<p>Originalpublikation: Maaß, H., Brinkmann, J. (2024): Decade-long decline of methane emissions after rewetting of temperate fens. Global Peatland Research, online veröffentlicht am 11.03.2024.</p></article></body></html>`,
			wantPublished: "2024-03-14",
		},
		{
			name:          "relative dates are not guessed",
			page:          `<html lang="en"><body><article><h1>Headline</h1><div class="date">2 hours ago</div><p>Some text that is long enough to be the body of this small article page.</p></article></body></html>`,
			wantPublished: "",
		},
		{
			name: "a listing's label as the h1",
			page: `<html lang="sv"><head><title>Nyheter - Vänerby universitet</title><meta property="og:title" content="Nyheter"></head><body>
				<h1 id="pageTitle">Nyheter</h1><div class="box"><h2>Senaste nyheterna</h2><ul><li><a href="/a">Ny rektor</a></li></ul></div>
				<div class="content"><h2>Bin som räknar sig själva – ny sensor kan rädda vinterklot</h2><p>Forskare vid universitetet har utvecklat en sensor som räknar bin.</p></div></body></html>`,
			wantHeadline: "Bin som räknar sig själva – ny sensor kan rädda vinterklot",
		},
		{
			name: "a listing's label and where its news are from",
			page: `<html lang="de"><head><title>Sicherheitskonzept Bahnhofsvorplatz - CDU-Fraktion Bad Sellingen</title></head><body>
				<h1>Aktuelles aus der Fraktion</h1><h2 itemprop="headline">Mehr Licht, mehr Präsenz: CDU legt Sicherheitskonzept vor</h2>
				<p>Die CDU-Fraktion hat ein Konzept für den Bahnhofsvorplatz vorgelegt, das sieben Punkte umfasst.</p></body></html>`,
			wantHeadline: "Mehr Licht, mehr Präsenz: CDU legt Sicherheitskonzept vor",
		},
		{
			name: "titles that name the listing",
			page: `<html lang="fr"><head><title>Actualités | Atelier de la Rive</title><meta property="og:title" content="Actualités | Atelier de la Rive"></head><body>
				<h1 class="site-title"><a href="/">Atelier de la Rive</a></h1><h2><span>Notre four à bois reprend du service</span></h2>
				<p>Après six mois de travaux, le four à bois de l'atelier est de nouveau allumé.</p></body></html>`,
			opts:         extract.Options{URL: "https://atelierdelarive.example/actualites"},
			wantHeadline: "Notre four à bois reprend du service",
		},
		{
			name: "an h1 that says more than the titles in one sentence",
			page: `<html lang="en"><head><title>Peg Olsen, who kept Fairview's last diner open for 41 years, dies at 88 – Harbor City Ledger</title>
				<meta property="og:site_name" content="Harbor City Ledger"><meta property="og:title" content="Peg Olsen, Anchor Diner owner, dies at 88">
				<script type="application/ld+json">{"@type":"NewsArticle","headline":"Peg Olsen, Anchor Diner owner, dies at 88"}</script></head><body><article>
				<h1>Marguerite “Peg” Olsen, who kept Fairview’s last diner open for 41 years, dies at 88</h1><p>She fed three generations of shift workers.</p></article></body></html>`,
			wantHeadline: "Marguerite “Peg” Olsen, who kept Fairview’s last diner open for 41 years, dies at 88",
		},
		{
			name:         "a subscriber's badge in the h1",
			page:         `<html lang="de"><body><article><h1 class="article__title"><span class="badge badge--premium">Premium</span> Der Aufstand von Stiege 14</h1><p>Hunderte Mieter sollen Fernwärme nachzahlen.</p></article></body></html>`,
			wantHeadline: "Der Aufstand von Stiege 14",
		},
		{
			name:         "a title that lists the post's facts",
			page:         `<html lang="pl"><head><title>Nowy wóz dla naszej OSP już w remizie - 14 Marca 2024 - Z życia gminy - Wola Krzesiecka – serwis mieszkańców</title></head><body><table><tr><td class="eTitle">Nowy wóz dla naszej OSP już w remizie</td></tr></table><p>x</p></body></html>`,
			wantHeadline: "Nowy wóz dla naszej OSP już w remizie",
		},
		{
			name: "a page of font sizes",
			page: `<html><head><title>Bulletin paroissial</title></head><body><table><tr><td><font size="5" color="#800000">Paroisse Saint-Martin</font>
				<p align="center"><b><font size="5" color="#800000">Les cloches de Saint-Martin retrouvent leur voix</font></b><br>
				<font size="2">Après deux ans de silence, les trois cloches de l'église sonnent de nouveau depuis dimanche.</font></p></td></tr></table></body></html>`,
			wantHeadline: "Les cloches de Saint-Martin retrouvent leur voix",
		},
		{
			name: "a page of font sizes whose headline is three words",
			page: `<html><head><title>Wanderfreunde Hochwald e.V. - Berichte 2000</title><meta property="og:site_name" content="Wanderfreunde Hochwald e.V."></head><body><table><tr><td><font size="5">Wanderfreunde Hochwald e.V.</font>
				<p align="center"><font size="5"><b>Frühjahrswanderung zum Erbeskopf</b></font><br><font size="2"><i>Bericht vom 18.05.2000</i></font></p>
				<p><font size="2">Am Sonntag trafen sich 34 Wanderfreunde am Dorfplatz, um gemeinsam den höchsten Berg von Rheinland-Pfalz zu erwandern.</font></p></td></tr></table></body></html>`,
			wantHeadline: "Frühjahrswanderung zum Erbeskopf",
		},
		{
			name:         "site name stripped from the title",
			page:         `<html><head><title>Example Times - Water prices rise again</title><meta property="og:site_name" content="Example Times"></head><body><p>x</p></body></html>`,
			wantHeadline: "Water prices rise again",
		},
		{
			// Cells apart by a tab, as a browser copies a row: whitespace
			// evaluations and readers take the row's words in order.
			name: "tables as text rows",
			page: `<html><body><article><h1>Results</h1><p>The results of the election in the northern district were announced on Monday.</p>
				<table><tr><td>Party A</td><td>41%</td></tr><tr><td>Party B</td><td>38%</td></tr></table></article></body></html>`,
			wantInBody: []string{"Party A\t41%", "Party B\t38%"},
		},
		{
			name:       "inline elements do not split words",
			page:       `<html><body><article><p>The <b>quick</b> brown fox jumps over the <a href="/dog">lazy</a> dog, and the story goes on for a while.</p></article></body></html>`,
			wantInBody: []string{"The quick brown fox jumps over the lazy dog,"},
		},
		{
			name: "an old layout's picture box beside the text, not its fact box",
			page: `<html><body><table width="600"><tr><td class="storytext">
				<font size="5"><b>Water rate hike clears first hurdle</b></font><br>
				<table width="220" border="0" align="right"><tr><td><img src="/photos/2004/council.jpg" width="200" height="150" alt="Council meeting"></td></tr>
				<tr><td><font size="1">Milford resident Harold Finch addresses city council Tuesday night. <i>(Dispatch photo by Tom Reinholt)</i></font></td></tr></table>
				<p>MILFORD - A proposal to raise city water rates by 18 percent over the next two years won preliminary approval from the council on Tuesday night.</p>
				<table width="231" align="right"><tr><td><img src="/img/o.gif" width="5" height="1"></td><td><b>RATE FACTS</b><br>
				<img src="/img/bullet.gif" width="6" height="6"> The average household pays $41 a month for water today</td></tr></table>
				<p>Council members voted 5-2 to advance the ordinance on first reading, and a final vote is set for next month.</p>
				</td></tr></table></body></html>`,
			wantInBody:    []string{"won preliminary approval", "final vote is set", "RATE FACTS", "The average household pays $41"},
			wantNotInBody: []string{"Harold Finch addresses", "Dispatch photo by"},
		},
		{
			name: "readers' letters under an essay",
			page: `<html><body><h1>Ten years of a weather diary</h1>
				<p>I began the diary on the first of January 1994, with a thermometer from the chemist and a rain gauge made from a lemonade bottle.</p>
				<p>The figures are the excuse. The noticing is the point, and I intend to carry on for as long as I can manage the steps down to the lawn.</p>
				<p>Ten years is far too short to say anything sensible about climate from a single garden, but the diary has taught me to look at the sky.</p>
				<h3>Readers' letters</h3>
				<p>My father kept a weather diary at Cautley for forty years. (J. Hebblethwaite)</p></body></html>`,
			wantInBody:    []string{"lemonade bottle", "look at the sky"},
			wantNotInBody: []string{"Readers' letters", "My father kept"},
		},
		{
			name: "a layout table's side column, though its paragraphs are classed as the text's",
			page: `<html lang="de"><body><table width="900"><tr>
				<td width="180" id="links"><a href="/">Startseite</a><br><a href="/berichte">Berichte</a></td>
				<td width="510" id="inhalt"><div class="news-single-item"><h1>Erntedank: Volle Kirche und buntes Gemeindefest</h1>
				<p class="bodytext">Bei strahlendem Herbstwetter hat unsere Gemeinde am vergangenen Sonntag das Erntedankfest gefeiert, und die Kirche war schon vor Beginn voll.</p>
				<p class="bodytext">Den Altar hatten die Frauen des Besuchsdienstkreises mit Kürbissen, Äpfeln, Trauben und selbstgebackenem Brot geschmückt.</p>
				<p class="bodytext">Nach dem Gottesdienst ging es auf dem Kirchplatz weiter, wo der CVJM Zelte mit Zwiebelkuchen und neuem Wein aufgebaut hatte.</p></div></td>
				<td width="200" id="rechts"><h3>Gottesdienste</h3>
				<p class="bodytext"><b>Sonntag, 12. Oktober</b><br>9:30 Uhr Gottesdienst (Pfr. Lämmle), 10:45 Uhr Kindergottesdienst</p>
				<p class="bodytext"><b>Sonntag, 19. Oktober</b><br>9:30 Uhr Gottesdienst mit Taufen (Prädikant Hoffmann)</p>
				<p class="bodytext"><b>Sonntag, 26. Oktober</b><br>9:30 Uhr Gottesdienst mit Abendmahl, anschließend Kirchenkaffee</p>
				<h3>Termine</h3><p class="bodytext"><b>Di, 07.10.</b> 14:30 Uhr Seniorennachmittag im Gemeindehaus mit Diavortrag</p></td>
				</tr></table></body></html>`,
			wantInBody:    []string{"strahlendem Herbstwetter", "Zwiebelkuchen"},
			wantNotInBody: []string{"Gottesdienst mit Taufen", "Seniorennachmittag"},
		},
		{
			name: "a relative time whose title holds the date",
			page: `<html lang="de"><body><main><h1 class="sc-jzJRlG">Kölner Lieferfahrer gründen Betriebsrat</h1>
				<div class="sc-kgoBCf"><a href="/u/lea-schoenfeld">Lea Schönfeld</a><div class="sc-dxgOiQ"><span class="sc-ckVGcZ" title="07.05.2021, 09:41">vor 3 Stunden</span></div></div>
				<p>In Köln haben Fahrerinnen und Fahrer eines Lebensmittel-Lieferdienstes einen Betriebsrat gewählt, den ersten in der Branche.</p>
				<p>Das Unternehmen spricht von einem konstruktiven Dialog, intern klingt das anders.</p></main></body></html>`,
			wantPublished: "2021-05-07",
		},
		{
			name: "a list of the page's facts, not a timeline",
			page: `<html lang="en-GB"><body><main><h1>£12 million to restore chalk streams</h1>
				<p class="gem-c-lead-paragraph">Funding will reconnect floodplains, remove barriers to fish and reduce pollution in 14 chalk streams.</p>
				<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/government/organisations/environment-agency">Environment Agency</a></dd>
				<dt>Published</dt><dd>14 March 2023</dd></dl></div>
				<p>Fourteen chalk streams in Hampshire and Wiltshire will benefit from the work over the next three years, the agency said.</p>
				<h2>How the work began</h2><dl><dt>March 2021</dt><dd>Surveys</dd><dt>May 2022</dt><dd>First weir removed</dd></dl>
				<p>The projects will restore 38 kilometres of river habitat and remove or bypass 21 weirs over three years.</p></main></body></html>`,
			wantInBody:    []string{"reconnect floodplains", "First weir removed", "38 kilometres"},
			wantNotInBody: []string{"From:", "Published"},
		},
		{
			name: "a blog kept under a path names itself in the title",
			opts: extract.Options{URL: "http://plot27.typepad.example/plot27/2009/04/potatoes-in-at-last.html"},
			page: `<html><head><title>Plot 27: Potatoes in, at last</title></head><body>
				<div id="banner"><h1 id="banner-header"><a href="http://plot27.typepad.example/plot27/">Plot 27</a></h1></div>
				<h2 class="date-header">Friday, 17 April 2009</h2><div class="entry"><h3 class="entry-header">Potatoes in, at last</h3>
				<div class="entry-body"><p>The first earlies went in on Saturday, three weeks later than last year because the ground was so wet.</p>
				<p>Charlotte and Rocket, two rows of each, with a handful of compost in every trench.</p></div></div></body></html>`,
			wantHeadline: "Potatoes in, at last",
		},
		{
			name: "a row of links under the text, not a table's linked data",
			page: `<html lang="de"><body><table width="600"><tr><td>
				<h1>Die Wassermühle</h1>
				<p>Die Wassermühle am Mühlenbach wurde 1789 errichtet und mahlte bis 1961 Korn für die Bauern der Umgebung.</p>
				<p>Seit 2004 dreht sich das Rad wieder, und zum Deutschen Mühlentag wird sogar gemahlen.</p>
				<table><tr><td><a href="/m/1">Mahlgang</a></td><td>1789</td></tr><tr><td><a href="/m/2">Wasserrad</a></td><td>2004</td></tr></table>
				<table width="100%"><tr><td><a href="chronik.htm">« zurück zur Dorfchronik</a></td>
				<td align="right"><a href="javascript:window.print()">Seite drucken</a> | <a href="#">nach oben</a></td></tr></table>
				</td></tr></table></body></html>`,
			wantInBody:    []string{"mahlte bis 1961", "Mahlgang\t1789"},
			wantNotInBody: []string{"zurück zur Dorfchronik", "Seite drucken"},
		},
		{
			name: "an old portal's article table: the headline's cell, and paragraphs set in a typeface",
			page: `<html lang="de"><head><title>Oberweiler Online - Dorffest 2005: Rekordbesuch trotz Gewitterschauer</title></head>
				<body><table width="100%"><tr><td width="150"><a href="/">Startseite</a><br><a href="/news">News</a></td><td width="100%">
				<table width="100%"><tr><td bgcolor="#d5d5d5"><font class="title"><b>Dorffest 2005: Rekordbesuch trotz Gewitterschauer</b></font><br>
				<font class="tiny">Geschrieben von <a href="#">Heinz Fellner</a> am Montag, 18. Juli 2005 @ 21:14:33 CEST (412 mal gelesen)</font></td></tr>
				<tr><td bgcolor="#ffffff"><font class="content"><b>Oberweiler.</b> Das war ein Dorffest, wie es sich die Organisatoren nicht besser hätten wünschen können.<br><br>
				Eröffnet wurde das Fest am Samstag um 15 Uhr von Ortsbürgermeister Alois Schmitz mit dem traditionellen Fassanstich.<br><br>
				Am Sonntag begann der Festtag mit einem ökumenischen Gottesdienst im Zelt.</font></td></tr></table>
				<table width="100%"><tr><td><b>Verwandte Links</b></td></tr><tr><td><a href="/v">Vereine</a><br>Der meistgelesene Artikel zu dem Thema Vereine: <a href="/a/1">Musikverein feiert 100-jähriges Jubiläum</a></td></tr></table>
				<table width="100%"><tr><td><font class="content"><b>Leserbrief</b></font></td></tr><tr><td><font class="content">Ein schönes Fest war das, und
				der Kartoffelsalat der Landfrauen war wie immer der beste in der ganzen Eifel, da sind sich alle einig.</font></td></tr></table>
				</td></tr></table></body></html>`,
			wantHeadline:  "Dorffest 2005: Rekordbesuch trotz Gewitterschauer",
			wantInBody:    []string{"nicht besser hätten wünschen können.\nEröffnet wurde das Fest"},
			wantNotInBody: []string{"Rekordbesuch trotz", "mal gelesen", "Verwandte Links", "meistgelesene"},
		},
		{
			name: "a last paragraph left open that runs into the page's tools, and a list of links under a read-also label",
			page: `<html><body><table><tr><td><font size="2"><b>Villagers buy their pub</b><br>
				<p>Villagers in Great Wrenham have bought their only pub after raising £355,000 in shares among 400 residents.
				<p>The brewery, which owns more than 400 pubs across East Anglia, said it had been happy to accept the offer.
				<p>Mr Pell said other villages had already been in touch for advice. "It's not about the beer, it's about the village."
				</font><br><br><font size="2"><a href="/email">E-mail this to a friend</a> | <a href="/print">Printable version</a></font><br><br>
				<hr size="1" noshade><font size="2"><b>SEE ALSO:</b><br><a href="/a">Brewery to sell off 'struggling' pubs</a><br><font size="1">08 Aug 05 | Norfolk</font><br>
				<a href="/b">Rural pubs closing at record rate</a><br><font size="1">29 Sep 05 | Business</font><br>
				<a href="/c">The village that owns its local</a><br><font size="1">02 Nov 04 | Cumbria</font><br></font></td></tr></table></body></html>`,
			wantInBody:    []string{"raising £355,000", "it's about the village."},
			wantNotInBody: []string{"E-mail this", "SEE ALSO", "Rural pubs closing"},
		},
		{
			name: "more of the site's reports under the one shown",
			page: `<html lang="de"><body><h1>Lesung mit Vossberg</h1>
				<p>Rund 60 Zuhörer kamen am Freitagabend in die Stadtbibliothek, um dem Autor bei seiner Lesung aus dem neuen Roman zuzuhören.</p>
				<p>Im Anschluss signierte er Bücher und beantwortete Fragen des Publikums zu seiner Arbeit an der Küste.</p>
				<p>Die nächste Lesung der Reihe findet im Dezember statt; Karten gibt es an der Ausleihtheke der Bibliothek.</p>
				<span class="zwischenueberschrift">Weitere Veranstaltungsberichte</span><br>
				<table><tr><td>28.10.2009</td><td><a href="/a">Gruselige Geschichten zur Halloween-Lesenacht</a></td></tr></table></body></html>`,
			wantInBody:    []string{"Rund 60 Zuhörer", "an der Ausleihtheke"},
			wantNotInBody: []string{"Weitere Veranstaltungsberichte", "Halloween-Lesenacht"},
		},
		{
			name: "a closing sentence about registering for tickets is text",
			page: `<html><body><article><h1>Camp notebook: rookie cornerback keeps turning heads</h1>
				<p>The rookie cornerback broke up three more passes on Thursday and is pushing for a starting job in the secondary.</p>
				<p>The coaches said the competition at the position would run into the preseason games next month.</p>
				<p>The team will hold its next open practice Saturday at 9:50 a.m. Fans must register for free tickets in advance.</p></article></body></html>`,
			wantInBody: []string{"register for free tickets in advance."},
		},
		{
			name: "the last paragraph under a paywall's fade, of the text's own class",
			page: `<html lang="fi"><body><article><h1>Vanha meijeri muuttuu panimoksi</h1>
				<div class="ArticleBody_root"><p class="ArticleBody_paragraph__3VbXc">Seinäjoen vanhan meijerin ovet ovat taas auki, ja sisältä kuuluu porakoneen ääni.</p>
				<p class="ArticleBody_paragraph__3VbXc">Alkuperäinen suunnitelma oli avata panimo jo tammikuussa, mutta vanhan rakennuksen kunto yllätti.</p>
				<div class="paywalled-content Paywall_fade__rS8wK"><p class="ArticleBody_paragraph__3VbXc">– Budjetti ylittyi noin kolmanneksella. Onneksi saimme ELY-keskukselta investointitukea, muuten tämä olisi voinut jäädä kesken, Kangasniemi kertoo.</p></div></div>
				<div class="Paywall_root__Bk9fW"><p class="Paywall_title__Xv7aD">Tämä artikkeli on tarkoitettu tilaajille</p><a href="/tilaa">Tilaa nyt</a></div></article></body></html>`,
			wantInBody:    []string{"Budjetti ylittyi"},
			wantNotInBody: []string{"tarkoitettu tilaajille"},
		},
		{
			name: "comments in Portuguese",
			page: `<html lang="pt"><body><article><h1>Professora leva robótica à escola rural</h1><p>A professora criou um clube de robótica com peças recicladas e quinze alunos.</p>
				<p>O projeto começou no ano passado e já levou os alunos a uma feira estadual de ciências.</p></article>
				<section class="comentarios"><h4>Comentários (7)</h4><div class="comentario"><b>Marlene S.</b> <p>Que orgulho dessa professora! Precisamos de mais projetos assim.</p></div></section></body></html>`,
			wantInBody:    []string{"clube de robótica"},
			wantNotInBody: []string{"Que orgulho dessa professora"},
		},
		{
			name: "a release's legal notices and boilerplate",
			page: `<html lang="sv"><body><article><h1>Västerlid Energi säljer vindkraftsprojekt i Norrbotten</h1>
				<p>Västerlid Energi har tecknat avtal om att sälja vindkraftsprojektet Råvabacken till en nordisk infrastrukturfond.</p>
				<p>Transaktionen väntas slutföras under april 2024 och är villkorad av sedvanliga godkännanden.</p>
				<h3>Om Västerlid Energi</h3><p>Västerlid Energi utvecklar, bygger och förvaltar förnybar elproduktion i Sverige och Finland.</p>
				<div class="material__boilerplate"><p>Informationen lämnades för offentliggörande den 5 mars 2024.</p></div>
				<p>Denna information är sådan information som Västerlid Energi AB (publ) är skyldig att offentliggöra enligt EU:s marknadsmissbruksförordning.</p>
				<p>* Company names and product names mentioned in this release are trademarks or registered trademarks of their respective companies.</p></article></body></html>`,
			wantInBody:    []string{"villkorad av sedvanliga godkännanden", "Om Västerlid Energi", "förnybar elproduktion"},
			wantNotInBody: []string{"lämnades för offentliggörande", "marknadsmissbruksförordning", "registered trademarks"},
		},
		{
			name: "the day the date line shows beats a metadata day it never shows",
			page: `<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Neuer Fahrplan ab Dezember","datePublished":"2024-11-19T16:32:10+01:00"}</script></head>
				<body><article><h1>Neuer Fahrplan ab Dezember</h1><p class="date">Datum: 20.11.2024</p>
				<p>Mit dem Fahrplanwechsel im Dezember fahren die Busse der Linie 4 im Viertelstundentakt bis Mitternacht.</p></article></body></html>`,
			wantPublished: "2024-11-20",
		},
		{
			name: "unless the URL confirms the metadata day",
			page: `<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Neuer Fahrplan ab Dezember","datePublished":"2024-11-19T16:32:10+01:00"}</script></head>
				<body><article><h1>Neuer Fahrplan ab Dezember</h1><p class="date">Datum: 20.11.2024</p>
				<p>Mit dem Fahrplanwechsel im Dezember fahren die Busse der Linie 4 im Viertelstundentakt bis Mitternacht.</p></article></body></html>`,
			opts:          extract.Options{URL: "https://verbund.example/2024/11/19/fahrplan"},
			wantPublished: "2024-11-19T16:32:10+01:00",
		},
		{
			name: "metadata that dates the page by its update, which the byline shows as one",
			page: `<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Elefantenbaby heißt jetzt Tamu","datePublished":"2022-11-15T09:15:00+01:00","dateModified":"2022-11-15T09:15:00+01:00"}</script></head>
				<body><article><h1>Elefantenbaby heißt jetzt Tamu</h1>
				<div class="byline">Von Anna Bergmann, dpa · 14.11.2022, 15:07 Uhr · Aktualisiert: 15.11.2022, 09:15 Uhr</div>
				<p>Das Elefantenbaby im Zoo hat einen Namen: Es heißt Tamu. Mehr als 3000 Kinder hatten Vorschläge geschickt.</p></article></body></html>`,
			wantPublished: "2022-11-14",
		},
		{
			name: "a Drupal field of the picture's credit, its label inline",
			page: `<html lang="de"><body><article><h1>Unsere Orgel klingt wieder</h1>
				<div class="field field-name-field-bildnachweis field-type-text field-label-inline clearfix"><div class="field-label">Bildnachweis:&nbsp;</div><div class="field-items"><div class="field-item even">Bernd Tillmann</div></div></div>
				<div class="field field-name-body"><p>Fast ein Jahr lang war sie verstummt, am Palmsonntag erklang sie wieder: Die Orgel unserer Pfarrkirche ist nach der Sanierung wieder in Dienst genommen worden.</p></div></article></body></html>`,
			wantInBody:    []string{"am Palmsonntag erklang sie wieder"},
			wantNotInBody: []string{"Bernd Tillmann", "Bildnachweis"},
		},
		{
			name: "a recipe's parts in <article>s of their own beside its header's, each under its section's h2",
			page: `<html lang="de"><body><main>
				<article class="recipe-header"><h1>Omas Rhabarberkuchen mit Streuseln</h1><p>Saftiger Rührteig, säuerlicher Rhabarber und knusprige Butterstreusel: so hat ihn die Oma jeden Mai gebacken, wenn im Garten der erste Rhabarber reif war, und so schmeckt er noch heute am besten, mit Sahne.</p></article>
				<article class="recipe-ingredients"><h2>Zutaten</h2><table><tr><td>1 kg</td><td>Rhabarber</td></tr><tr><td>150 g</td><td>Zucker</td></tr><tr><td>300 g</td><td>Mehl</td></tr></table></article>
				<article class="recipe-instructions"><h2>Zubereitung</h2><div>Den Rhabarber waschen, putzen und in etwa 2 cm lange Stücke schneiden. Dicke Stangen vorher längs halbieren.<br><br>
				Den Backofen auf 180 °C Ober-/Unterhitze vorheizen und ein tiefes Backblech fetten oder mit Backpapier auslegen.<br><br>
				Den Kuchen auf mittlerer Schiene ca. 40–45 Minuten backen, bis die Streusel goldbraun sind.</div></article></main></body></html>`,
			wantInBody: []string{"Rhabarber waschen", "bis die Streusel goldbraun sind"},
		},
		{
			name: "a wiki's section edit links are not its headings' text",
			page: `<html lang="en"><body><div id="content"><h1 class="firstHeading">T-distributed stochastic neighbor embedding</h1>
				<p>t-distributed stochastic neighbor embedding is a statistical method for visualizing high-dimensional data by giving each datapoint a location in a two or three-dimensional map.</p>
				<h2><span class="mw-headline" id="Details">Details</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=T-SNE&amp;action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
				<p>Given a set of high-dimensional objects, the method first computes probabilities proportional to the similarity of the objects, pair by pair.</p></div></body></html>`,
			wantInBody:    []string{"Details\n\nGiven a set"},
			wantNotInBody: []string{"[edit]"},
		},
		{
			name: "the rest of a text that opens with its summary, classed \"summary-more\"",
			page: `<html lang="ja"><body><main><h1>老舗和菓子店の蔵から江戸時代の菓子木型３００点</h1>
				<div class="content--summary">金沢市の老舗和菓子店の蔵から、江戸時代後期から明治時代にかけて使われていたとみられる菓子の木型およそ３００点が見つかりました。</div>
				<div class="content--summary-more"><p>木型が見つかったのは、金沢市尾張町で１８０年以上続く和菓子店の敷地にある土蔵です。</p>
				<p>ことし６月、老朽化した蔵の取り壊しに向けて店の人たちが片づけをしていたところ、２階の長持ちの中から見つかりました。</p></div></main></body></html>`,
			wantInBody: []string{"木型が見つかったのは", "２階の長持ちの中から"},
		},
		{
			name: "an article over two sections of one class, the second with its sections' h1s, is one article",
			page: `<html lang="en"><body><article>
				<section class="dd de"><div class="n p"><div><h1 class="dj dk">What 100 Customer Interviews Taught Me About Building the Wrong Product</h1></div>
				<p>Two years ago I shut down a product I had spent eighteen months building. By then I had talked to exactly 100 physical therapists and clinic owners.</p>
				<p>This isn't a post about how customer interviews are important. It's about the specific ways I managed to do a hundred of them and still build the wrong thing.</p></div></section>
				<section class="dd de"><div class="n p"><h1 class="je jf">Mistake 1: I asked about my solution, not their day</h1>
				<p>The thing that consumed their afternoons was insurance pre-authorization: phone calls, faxes, and hold music, every single day of the week.</p>
				<h1 class="je jf">Mistake 2: I counted compliments as evidence</h1>
				<p>Looking back, it measured how polite people were, not whether they had a problem worth paying to solve.</p></div></section></article></body></html>`,
			wantInBody: []string{"Mistake 1: I asked about my solution", "insurance pre-authorization", "worth paying to solve"},
		},
		{
			name: "a build tool's generated class names (\"e_ad e_W\") name no advertisement",
			page: `<html lang="cs"><body><article><h1 class="e_aw">U Přerova vykolejil nákladní vlak s čpavkem</h1>
				<p class="e_ba e_bb" data-dot="perex">Nákladní vlak převážející cisterny s čpavkem v noci na středu vykolejil nedaleko obce Dluhonice na Přerovsku.</p>
				<div class="e_bi mol-article-content"><p class="e_ad e_W">K nehodě došlo krátce po druhé hodině ráno na trati mezi Přerovem a Prosenicemi, ze soupravy vykolejily čtyři vozy.</p>
				<p class="e_ad e_W">Kolem desáté hodiny dopolední hasiči evakuaci odvolali a lidé se mohli vrátit domů.</p></div></article></body></html>`,
			wantInBody: []string{"K nehodě došlo", "hasiči evakuaci odvolali"},
		},
		{
			name: "section headings marked up as h1s",
			page: `<html lang="en"><body><article><h1>How we cut our app's cold start in half</h1>
				<p>Our Android app took 4.1 seconds to show its first screen on a mid-range phone last spring, and reviews said so every week.</p>
				<h1>What broke</h1>
				<p>A logging library read its whole configuration from disk on the main thread before the first frame, which cost 300 milliseconds.</p>
				<h1>Support our newsroom</h1>
				<p>Reader contributions pay for our reporting on mobile engineering, and every contribution, big or small, keeps it free for everyone.</p></article></body></html>`,
			wantInBody:    []string{"What broke", "cost 300 milliseconds"},
			wantNotInBody: []string{"Support our newsroom"},
		},
		{
			name: "a paywalled last paragraph that ends with an end mark",
			page: `<html lang="en"><body><article><h1>The Last Ferry to Thimble Island</h1>
				<p class="paywall">For forty years the state ferry ran four times a day to Thimble Island, and for forty years the islanders complained about it.</p>
				<p class="paywall">The next morning, at six-fifteen, the boat left Thimble on time, with the teacher, both nurses and a crate of lobster bait. ♦</p></article></body></html>`,
			wantInBody: []string{"crate of lobster bait"},
		},
		{
			name: "the one short paragraph a paywall's preview shows",
			page: `<html lang="en"><body><article><h1>Eastbound U.S. 20 reopens after morning crash</h1>
				<div class="asset-content subscriber-premium"><div class="subscriber-preview">
				<p><strong>UPDATE, 10:15 a.m.:</strong> All eastbound lanes of U.S. 20 have reopened, the state transport department said.</p></div>
				<div class="subscriber-only"><p>Eastbound U.S. 20 was closed Friday morning near Elmira Road after a crash involving a semitrailer and two cars.</p>
				<p>No one was seriously hurt, the sheriff's office said; one driver was taken to hospital as a precaution.</p></div></div></article></body></html>`,
			wantInBody: []string{"All eastbound lanes", "closed Friday morning"},
		},
		{
			name: "a dateline's place opens the first sentence, a dated one does not",
			page: `<html lang="de"><body><article><h1>Gartenhütte brennt nieder</h1>
				<p><span class="article-dateline">Eichenrod.</span> Eine Gartenhütte ist am Samstagabend im Ortsteil Eichenrod vollständig abgebrannt.</p>
				<p><span class="dateline">16.02.2025</span> Rund 35 Einsatzkräfte der Feuerwehren verhinderten, dass die Flammen auf das Wohnhaus übergriffen.</p></article></body></html>`,
			wantInBody:    []string{"Eichenrod. Eine Gartenhütte", "Rund 35 Einsatzkräfte"},
			wantNotInBody: []string{"16.02.2025"},
		},
		{
			name: "an Australian page's day is eleven hours ahead of UTC",
			page: `<html lang="en"><head><meta property="article:published_time" content="2024-11-13T13:45:00Z"></head>
				<body><article><h1>Airport parking bill tops $1870 after ticket machine glitch</h1><div class="byline">November 14, 2024 - 12:45AM</div>
				<p>A Melbourne mother was charged $1870 for three days of airport parking after a ticket machine failed to record her exit.</p>
				<p>The airport's operator said on November 13, 2024 that the machine had been repaired and that the charge would be refunded.</p></article></body></html>`,
			opts:          extract.Options{URL: "https://www.dailynews.com.au/finance/airport-parking-bill"},
			wantPublished: "2024-11-14",
		},
		{
			name: "a lead in the article's header whose BEM classes say header",
			page: `<html lang="de"><body><article><div class="article__header"><h1 class="article__header__headline">Lagerhalle in Altenessen brennt nieder</h1>
				<div class="article__header__meta"><span class="article__header__author">Von Jannik Bergmann</span></div>
				<div class="article__header__intro"><p class="article__header__intro__text"><strong class="article__header__intro__location">Essen.</strong> In der Nacht zu Freitag hat in Essen-Altenessen eine Lagerhalle gebrannt.</p></div></div>
				<div class="article__body"><p>Der Notruf ging kurz nach 22.30 Uhr bei der Leitstelle ein. Ein Spaziergänger hatte Flammen auf dem Dach einer Halle bemerkt.</p>
				<p>Die Feuerwehr war mit 120 Kräften im Einsatz und konnte ein Übergreifen auf die Nachbarhallen verhindern.</p></div></article></body></html>`,
			wantInBody: []string{"Essen. In der Nacht zu Freitag", "Der Notruf ging"},
		},
		{
			name: "the article header's teaser is the standfirst",
			page: `<html lang="de"><body><article><header class="article-header"><div class="article-header__kicker">Großeinsatz in Halle-Neustadt</div>
				<h1 class="article-header__headline">Feuerwehr rettet zwei Männer von Balkon</h1>
				<p class="article-header__teaser">In der Nacht zu Sonntag ist in einem leerstehenden Wohnblock ein Feuer ausgebrochen. Zwei Männer mussten über eine Drehleiter gerettet werden.</p></header>
				<div class="article-body"><p>Die Feuerwehr wurde gegen 2.40 Uhr alarmiert. Als die ersten Kräfte eintrafen, schlugen Flammen aus dem vierten Stock.</p>
				<p>Die beiden Männer hatten sich nach Angaben der Polizei unerlaubt in dem Gebäude aufgehalten und wurden leicht verletzt.</p></div></article></body></html>`,
			wantInBody: []string{"In der Nacht zu Sonntag", "gegen 2.40 Uhr alarmiert"},
		},
		{
			name: "a header teaser is the standfirst",
			page: `<html lang="de"><body><article><header><h1>Die Glasbläser von Lauscha geben auf</h1>
				<div class="header-teaser"><p class="header-teaser__text">Seit 1897 fertigt die Familie Greiner-Pfaff in Lauscha Christbaumschmuck. Zum Jahresende ist Schluss.</p></div></header>
				<div class="body"><p>Im Ofen der kleinen Glashütte brennt noch das Feuer, doch die Regale im Verkaufsraum leeren sich schon seit Wochen.</p>
				<p>Die Energiepreise haben sich seit 2021 verdreifacht, und die Aufträge aus den Vereinigten Staaten sind ausgeblieben.</p></div></article></body></html>`,
			wantInBody: []string{"Seit 1897 fertigt", "Im Ofen der kleinen Glashütte"},
		},
		{
			name: "print notes, embargo lines and subscription prompts",
			page: `<html lang="en"><body><article><h1>Fireflies lose their rhythm under street lights</h1>
				<p>EMBARGOED UNTIL 11 A.M. ET, THURSDAY, MAY 6, 2021</p>
				<p>Fireflies that flash in step in the dark fall out of step under street lights, a field study in three towns has found.</p>
				<p>Abonniere den Kleinverlag-Brief</p>
				<p>The researchers filmed swarms on forty evenings and counted the flashes of each insect frame by frame.</p>
				<p>Under the brightest lamps only one swarm in five kept a shared rhythm, against four in five in dark meadows.</p>
				<p>A version of this article appears in the April 6, 2024 issue of Science Weekly.</p>
				<p>Dieser Beitrag erscheint auch in der Druckausgabe Funkecho 12/2025.</p>
				<p>This story appears in the October 2022 print edition of The Catholic Beacon.</p>
				<p>Bildquelle: Tobias Arhelger / Shutterstock.com</p>
				<p>Rate this Article</p>
				<p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p>
				<p>University of North Prairie provides funding as a member of The Conversation US.</p>
				<p>You have read 2 of your 3 free articles this month.</p>
				<p>Wie hat Ihnen der Artikel gefallen?</p>
				<p>Try unlimited access. Only £1 for 4 weeks.</p>
				<p>(Except for the headline, this story has not been edited by staff and is published from a syndicated feed.)</p>
				<p>Inhalte von Datawrapper werden aufgrund Ihrer Datenschutzeinstellungen nicht angezeigt.</p>
				<p>Sie lesen einen Artikel aus Magazin Plus. Dieser Text erschien im Heft 48/2024.</p>
				<p>Illustration: Lukas Brand</p></article></body></html>`,
			wantInBody: []string{"fall out of step under street lights", "four in five in dark meadows"},
			wantNotInBody: []string{"EMBARGOED", "Abonniere", "A version of this article", "Druckausgabe", "print edition", "Bildquelle", "Rate this",
				"republished", "provides funding", "free articles", "Wie hat Ihnen", "unlimited access", "syndicated feed",
				"Datawrapper", "Heft 48/2024", "Illustration:"},
		},
		{
			name: "a list of other reports closes the article",
			page: `<html lang="de"><body><article><h1>Neue Kindernotaufnahme eröffnet</h1>
				<p>Das Klinikum hat am Montag seine neue Notaufnahme für Kinder und Jugendliche in Betrieb genommen.</p>
				<p>In zwölf Behandlungsräumen können nun bis zu 40 junge Patientinnen und Patienten am Tag versorgt werden.</p>
				<p>Die Bauarbeiten hatten zwei Jahre gedauert und kosteten rund neun Millionen Euro.</p>
				<h2>Weitere Meldungen</h2>
				<p>Das Klinikum sucht Pflegefachkräfte für die Kinderklinik und lädt zum Infotag ein.</p></article></body></html>`,
			wantInBody:    []string{"rund neun Millionen Euro"},
			wantNotInBody: []string{"Weitere Meldungen", "lädt zum Infotag ein"},
		},
		{
			name: "the authors' box closes the article",
			page: `<html lang="en"><body><article><h1>Moving our cron jobs to Kubernetes</h1>
				<p>For six years our nightly jobs ran on one virtual machine that nobody dared to reboot, and three of them failed every month.</p>
				<p>We moved all 41 of them to Kubernetes CronJobs over one quarter, one team at a time, and kept the old machine as a fallback.</p>
				<p>Since March not one job has failed silently: every failure now pages the team that owns the job within five minutes.</p>
				<h3>About the authors</h3>
				<p>Mira leads the platform team in Hamburg and has a soft spot for boring, well-monitored infrastructure.</p></article></body></html>`,
			wantInBody:    []string{"within five minutes"},
			wantNotInBody: []string{"About the authors", "soft spot"},
		},
		{
			name: "feedback prompts and affiliate notices in French and Spanish",
			page: `<html lang="fr"><body><article><h1>La médiathèque ouvre le dimanche</h1><p>Dès le mois de mars, la médiathèque municipale ouvrira ses portes le dimanche après-midi.</p>
				<p>Si compras a través de alguno de los enlaces de esta página, podemos recibir una comisión.</p>
				<p>Cette information vous a-t-elle été utile ?</p></article></body></html>`,
			wantInBody:    []string{"le dimanche après-midi"},
			wantNotInBody: []string{"podemos recibir una comisión", "vous a-t-elle été utile"},
		},
		{
			name: "your application is no app",
			page: `<html lang="en"><body><article><h1>Street trading licences for community events</h1><p>Each council sets its own fee. Most charge between £25 and £150 for a one-day event.</p>
				<h2>If your application is refused</h2><p>The council must tell you in writing why it has refused your application.</p>
				<p>Get our app for the latest council news.</p></article></body></html>`,
			wantInBody:    []string{"If your application is refused", "why it has refused your application"},
			wantNotInBody: []string{"Get our app"},
		},
		{
			name: "furniture words inside other words",
			page: `<html lang="de"><body><article><h1>Das Freibad zieht Bilanz</h1><p>Mehr als 80.000 Menschen haben in diesem Sommer das Freibad am Stadtpark besucht.</p>
				<h2>Beeindruckende Zahlen</h2><p>An zwölf Tagen kamen mehr als 2.000 Gäste, so viele wie noch nie seit der Eröffnung.</p>
				<p>Drucken</p><p>原标题：游泳馆</p></article></body></html>`,
			wantInBody:    []string{"Beeindruckende Zahlen"},
			wantNotInBody: []string{"Drucken", "原标题"},
		},
		{
			name: "a subscription box in Portuguese and an editing credit",
			page: `<html lang="pt"><body><article><h1>O último sapateiro da Rua Direita</h1><p class="article__editorial-by">edited by Gaby Lindqvist, reviewed by Robert Amani</p>
				<p>Joaquim Valente conserta sapatos na Rua Direita há quarenta e dois anos e é o último do ofício na cidade.</p>
				<div class="assinatura-caixa"><p>O jornalismo independente precisa de leitores.</p><p>Assine a partir de 4,99 € por mês.</p></div></article></body></html>`,
			wantInBody:    []string{"quarenta e dois anos"},
			wantNotInBody: []string{"edited by", "jornalismo independente"},
		},
		{
			name: "a subheading that names a network",
			page: `<html lang="en"><body><article><h1>The cooks who built a lunch empire</h1><p>Twelve women in Sagarpur began cooking lunch for mill workers in 2008, charging ₹15 a meal.</p>
				<h2>From mill colony to WhatsApp orders</h2><p>Today the cooperative serves offices, hospitals and students across the city.</p>
				<div>Facebook Twitter WhatsApp E-Mail</div></article></body></html>`,
			wantInBody:    []string{"From mill colony to WhatsApp orders"},
			wantNotInBody: []string{"Facebook Twitter"},
		},
		{
			name: "a fact check's summary and verdict boxes",
			page: `<html lang="en"><body><article><h1>No, Ohio isn't making residents buy a permit to collect rainwater</h1>
				<div class="short-on-time"><h4>If your time is short</h4><ul><li><p>House Bill 417 lets cities charge stormwater fees to owners of large commercial parking lots.</p></li>
				<li><p>The law does not mention rain barrels or residential rainwater collection at all.</p></li></ul></div>
				<p>A post shared thousands of times claims that Ohioans will need a permit to collect rainwater from April 1.</p>
				<div class="rating-box"><h2>Our ruling</h2><p class="rating-box__explanation"><strong>False.</strong> The law regulates commercial parking lots and says nothing about rain barrels.</p></div>
				<div class="post-rating">Rate this article: 4.5 (12 votes)</div></article></body></html>`,
			wantInBody:    []string{"lets cities charge stormwater fees", "says nothing about rain barrels"},
			wantNotInBody: []string{"Rate this article"},
		},
		{
			name: "an obituary's guest book",
			page: `<html lang="en"><body><article><h1>Mary O'Sullivan (née Buckley)</h1><p>Peacefully, at Cork University Hospital, surrounded by her loving family, on September 17th 2023.</p>
				<p>Reposing at Forde's Funeral Home on Tuesday evening from 5 pm, with Requiem Mass on Wednesday at 11 am.</p></article>
				<section class="condolences"><h2>Condolences</h2><div class="condolence-list"><div class="condolence"><p class="condolence-text">So sorry for your loss. Mary was a lady to her fingertips. Thinking of you all at this sad time.</p></div></div></section>
				<div class="Guestbook"><p class="GuestbookEntry__Text">Mrs O'Sullivan taught me in second class and I still remember her kindness, every day of it.</p></div></body></html>`,
			wantInBody:    []string{"Requiem Mass on Wednesday"},
			wantNotInBody: []string{"lady to her fingertips", "taught me in second class"},
		},
		{
			name: "a fact checker's programme note and a call for letters",
			page: `<html lang="en"><body><article><h1>No, the city is not fining residents for rain barrels</h1><p>A post shared thousands of times claims that the city fines residents who keep rain barrels.</p>
				<p>The city's code says nothing about rain barrels, a spokesperson said. Have questions about the new rules? Email stormwater@city.example.gov.</p>
				<p>This fact check is part of our work in the third-party fact-checking program of Meta.</p>
				<p>Email your questions to askus@paper.example. Letters may be edited for length.</p></article></body></html>`,
			wantInBody:    []string{"Email stormwater@city.example.gov"},
			wantNotInBody: []string{"third-party fact-checking", "Email your questions"},
		},
		{
			name: "republication notes, legal disclaimers and read-also labels",
			page: `<html lang="en"><body><article><h1>Prairie towns split on wind farm setbacks</h1><p>Three county boards in the western plains voted this month on how far turbines must stand from homes.</p>
				<p>This article first appeared on Prairie Watch Reporting and is republished here under a Creative Commons license.</p>
				<p>This publication is for general information only and does not constitute legal advice.</p>
				<p>קראו גם: הרכבת הקלה</p></article></body></html>`,
			wantInBody:    []string{"how far turbines must stand"},
			wantNotInBody: []string{"first appeared on", "legal advice", "קראו גם"},
		},
		{
			name: "players' labels, appeals, gambling notices, newsletter footers and Word's leftovers",
			page: `<html lang="en"><body><article><h1>Storm surge floods beach walkovers</h1><p>Normal 0 21 false false false EN-US X-NONE X-NONE MicrosoftInternetExplorer4</p>
				<p>Watch: Idalia's storm surge hits Pinellas beaches</p><p>Duration 0:52</p>
				<p>Storm surge from the hurricane washed away three beach walkovers on Sand Key on Wednesday, county officials said.</p>
				<p>We're a nonprofit newsroom funded by readers like you.</p><p>18+ | Play responsibly | Sponsored content</p>
				<p>Next release: 12 April 2024</p><p>You are receiving this email because you signed up on our website. Unsubscribe.</p></article></body></html>`,
			wantInBody:    []string{"washed away three beach walkovers"},
			wantNotInBody: []string{"MicrosoftInternetExplorer4", "Watch:", "0:52", "nonprofit newsroom", "Play responsibly", "Next release", "Unsubscribe"},
		},
		{
			name: "a gallery listicle's slides",
			page: `<html lang="en"><body><article><h1>The 5 best hotels in Marrakech</h1><p>Marrakech has never been short of places to sleep, and the range has grown in the past five years.</p>
				<div class="GallerySlide"><figure><img src="/a.jpg"><figcaption class="caption">Courtesy Riad Dar Zellij</figcaption></figure>
				<div class="GallerySlideCaption"><h2 class="GallerySlideCaptionHed">Riad Dar Zellij</h2><div class="GallerySlideCaptionDek"><p>Hidden behind an unmarked cedar door in the Mouassine quarter, this seven-room riad was restored by hand over four years.</p></div></div></div>
				<div class="GallerySlide"><figure><img src="/b.jpg"></figure>
				<div class="GallerySlideCaption"><h2 class="GallerySlideCaptionHed">La Palmeraie Blanche</h2><div class="GallerySlideCaptionDek"><p>Twenty whitewashed pavilions scattered across four hectares of palm grove, fifteen minutes from the medina.</p></div></div></div>
				</article></body></html>`,
			wantInBody:    []string{"Riad Dar Zellij", "seven-room riad", "La Palmeraie Blanche", "Twenty whitewashed pavilions"},
			wantNotInBody: []string{"Courtesy"},
		},
		{
			name: "an info box under its own heading",
			page: `<html lang="nl"><body><article><h1>Fietsen langs de Oosterschelde</h1><p>Van Yerseke naar Wemeldinge fiets je langs oesterputten, dijken en kleine havens vol mosselkotters.</p>
				<div class="practical-info"><h3>Praktisch</h3><ul><li>De fietsroute Yerseke–Kattendijke–Wemeldinge is 35 kilometer lang en volgt knooppunten.</li></ul></div>
				<div class="article__agency-info"><p>Dieser Text wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen und nicht bearbeitet.</p></div></article></body></html>`,
			wantInBody:    []string{"35 kilometer lang"},
			wantNotInBody: []string{"Presse-Agentur"},
		},
		{
			name: "a live blog's older entries behind a button, and text hidden by a paywall's class",
			page: `<html lang="fr"><body><article><h1>Crue de la Garonne : suivez la situation en direct</h1>
				<section class="post"><p>La préfecture a relevé la vigilance crue au niveau rouge pour le Lot-et-Garonne ce mercredi matin, une première depuis 1981 dans le département.</p></section>
				<section class="post"><p>À Tonneins, les pompiers ont évacué une quarantaine d'habitations du quartier bas pendant la nuit, sans qu'aucun blessé ne soit à déplorer.</p></section>
				<section class="post"><p>Le pic de crue est attendu à Agen en fin d'après-midi, à une hauteur comparable à celle de la crue historique de décembre 1981, selon Vigicrues.</p></section>
				<section class="post"><p>Les assureurs rappellent que la garantie catastrophe naturelle ne joue qu'après la publication d'un arrêté interministériel au Journal officiel.</p></section>
				<section class="post"><p>Le maire de Marmande a ouvert deux gymnases pour accueillir les habitants évacués, avec des lits de camp et des repas chauds servis jusqu'à minuit.</p></section>
				<div class="live__more-posts js-live-more"><section class="post"><p>Le rectorat de Bordeaux annonce la fermeture des écoles de vingt-sept communes jeudi.</p></section>
				<section class="post"><p>La voie ferrée est submergée à hauteur d'Aiguillon, aucun train ne circulera entre Agen et Marmande.</p></section>
				<section class="post"><p>Bonjour à toutes et à tous, nous suivons aujourd'hui la crue exceptionnelle de la Garonne.</p></section></div>
				<div class="paywall-content is-hidden" aria-hidden="true"><p>Santa Brigida contava poco più di trecento abitanti quando, nel 1936, fu evacuata per far posto all'invaso della nuova diga sul fiume.</p>
				<p>Tra loro c'era la famiglia di Ernesto Bianchetti, novantun anni, uno degli ultimi nati nel borgo sommerso, che ricorda ancora la piazza.</p></div></article></body></html>`,
			wantInBody: []string{"fermeture des écoles", "nous suivons aujourd'hui", "trecento abitanti"},
		},
		{
			name: "a print version's header and footer",
			page: `<html lang="fr"><body><h2>Les Rousses : la piste de luge rouvre après deux ans de travaux</h2>
				<p>La piste de luge des Rousses, fermée depuis l'hiver 2022, rouvre ses portes ce samedi après deux ans de travaux de mise aux normes.</p>
				<p>Article imprimé le 6 mars 2024 depuis le site La Feuille du Haut-Jura</p><p>Adresse de l'article : https://www.feuille-hautjura.example/spip.php?article1287</p></body></html>`,
			wantInBody:    []string{"piste de luge des Rousses"},
			wantNotInBody: []string{"Article imprimé", "Adresse de l'article"},
		},
		{
			name: "a live blog's hidden older entries that a Load more button names",
			page: `<html lang="es"><body><article><h1>Temporal de nieve en Cantabria, en directo</h1>
				<div class="liveStream"><div class="liveStream__item"><p>La Guardia Civil mantiene cortada la A-67 para camiones entre Reinosa y Aguilar de Campoo a esta hora.</p></div>
				<div class="liveStream__item"><p>Más de doscientos camiones siguen embolsados en la autovía a la espera de que pase la máquina quitanieves.</p></div>
				<div class="liveStream__item"><p>La nevada obliga a cerrar los colegios de cuatro municipios de la comarca de Campoo este miércoles.</p></div>
				<div class="liveStream__item"><p>Protección Civil pide evitar los desplazamientos por carretera salvo que sean imprescindibles durante el día.</p></div></div>
				<div class="liveStream liveStream--more" id="liveStreamMore" style="display:none">
				<div class="liveStream__item"><p>Efectivos de la Unidad Militar de Emergencias han repartido más de 800 raciones de comida caliente.</p></div>
				<div class="liveStream__item"><p>Buenos días. Seguimos en directo la evolución del temporal de nieve que afecta al sur de Cantabria.</p></div></div>
				<div class="btnMoreBox"><button class="btnMore" data-target="liveStreamMore">Cargar más</button></div></article></body></html>`,
			wantInBody: []string{"800 raciones", "Seguimos en directo"},
		},
		{
			name: "a quotation leading the h1 is the headline's, beside a logo's h1 without text",
			page: `<html lang="sq"><head><meta property="og:title" content="Anija me 312 pasagjerë bllokohet 9 orë në portin e Durrësit">
				<title>Anija me 312 pasagjerë bllokohet 9 orë në portin e Durrësit - Zëri i Ditës</title></head><body>
				<header><h1 class="site-title"><a href="/"><img src="/logo.png" alt="Zëri i Ditës"></a></h1></header>
				<article><h1 class="post-title">«Na lanë pa ujë e pa asnjë fjalë»: Anija me 312 pasagjerë bllokohet 9 orë në portin e Durrësit</h1>
				<p>Më shumë se 300 pasagjerë të tragetit mbetën të bllokuar në bord për nëntë orë për shkak të një defekti në rampë.</p></article></body></html>`,
			wantHeadline: "«Na lanë pa ujë e pa asnjë fjalë»: Anija me 312 pasagjerë bllokohet 9 orë në portin e Durrësit",
		},
		{
			name: "a quotation leading the one h1 is no label",
			page: `<html lang="de"><head><meta property="og:title" content="Pflegekräfte in Kliniken der Region fordern mehr Personal">
				<title>Pflegekräfte in Kliniken der Region fordern mehr Personal | Tagblatt</title></head><body>
				<article><h1>„Wir sind am Limit“: Pflegekräfte in Kliniken der Region fordern mehr Personal</h1>
				<p>Rund zweihundert Beschäftigte der Kliniken haben am Mittwoch vor dem Kreishaus für mehr Personal demonstriert.</p></article></body></html>`,
			wantHeadline: "„Wir sind am Limit“: Pflegekräfte in Kliniken der Region fordern mehr Personal",
		},
		{
			name: "a quotation in French spacing leading the one h1",
			page: `<html lang="fr-CA"><head><meta property="og:title" content="Québec veut encadrer les trottinettes électriques en libre-service">
				<title>Québec veut encadrer les trottinettes électriques en libre-service | Le Quotidien</title></head><body>
				<article><h1>«&nbsp;On ne peut plus attendre&nbsp;»&nbsp;: Québec veut encadrer les trottinettes électriques en libre-service</h1>
				<p>Un règlement sera déposé cet automne, alors que des entreprises lorgnent Montréal, Québec et Gatineau pour l'été prochain.</p></article></body></html>`,
			wantHeadline: "« On ne peut plus attendre » : Québec veut encadrer les trottinettes électriques en libre-service",
		},
		{
			name: "a quotation with an apostrophe leading the one h1, then a dash",
			page: `<html lang="en-GB"><head><meta property="og:title" content="Labour MPs launch new caucus for left-behind seats">
				<title>Labour MPs launch new caucus for left-behind seats | Red Rose</title></head><body>
				<article><h1>‘We can’t keep losing the towns’ – Labour MPs launch new caucus for left-behind seats</h1>
				<p>Forty Labour MPs from former industrial towns have formed a caucus to press the party on jobs, buses and high streets.</p></article></body></html>`,
			wantHeadline: "‘We can’t keep losing the towns’ – Labour MPs launch new caucus for left-behind seats",
		},
		{
			name: "a kicker after an icon and a screen-reader label",
			page: `<html lang="de"><head><meta property="og:title" content="Drama am Baggersee: Hund rettet Mädchen (6) vor dem Ertrinken"></head><body>
				<article><h1 class="document-title"><span class="document-title__premium"><svg class="icon"><use href="#plus"></use></svg><span class="visually-hidden">Plus-Inhalt</span></span>
				<span class="document-title__kicker">DRAMA AM BAGGERSEE</span> <span class="document-title__headline">Hund rettet Mädchen (6) vor dem Ertrinken</span></h1>
				<p>Ein Labrador hat am Sonntagnachmittag ein sechsjähriges Mädchen aus dem Baggersee bei Kirchdorf gezogen.</p></article></body></html>`,
			wantHeadline: "Drama am Baggersee: Hund rettet Mädchen (6) vor dem Ertrinken",
		},
		{
			name: "a label for screen readers only before the headline",
			page: `<html lang="de"><head><meta property="og:title" content="Fahrgastschiff „Tollense-Queen“ wird verkauft"></head><body>
				<article><h1 class="node__title"><span class="plus-icon" title="SK+"><span class="visually-hidden">SK+ Artikel: </span></span>
				<span class="field field--name-title">Fahrgastschiff „Tollense-Queen“ wird verkauft</span></h1>
				<p>Die Reederei am Tollensesee gibt ihr ältestes Schiff ab: Die „Tollense-Queen“ geht nach 41 Jahren an einen Verein in Brandenburg.</p></article></body></html>`,
			wantHeadline: "Fahrgastschiff „Tollense-Queen“ wird verkauft",
		},
		{
			name: "a label leading the one h1 is still left out",
			page: `<html lang="de"><head><meta property="og:title" content="Pflegekräfte in Kliniken der Region fordern mehr Personal">
				<title>Pflegekräfte in Kliniken der Region fordern mehr Personal | Tagblatt</title></head><body>
				<article><h1>Lokales: Pflegekräfte in Kliniken der Region fordern mehr Personal</h1>
				<p>Rund zweihundert Beschäftigte der Kliniken haben am Mittwoch vor dem Kreishaus für mehr Personal demonstriert.</p></article></body></html>`,
			wantHeadline: "Pflegekräfte in Kliniken der Region fordern mehr Personal",
		},
		{
			name: "a subheading after a read-also line or after an advertisement and a list",
			page: `<html lang="zu"><body><article><h1>Iziteleka zamatekisi zikhubaza abagibeli eThekwini</h1>
				<p class="c-paragraph">Abagibeli abaningi bashiywe emgwaqweni namhlanje ekuseni ngenkathi abashayeli bamatekisi beteleka.</p>
				<div class="b-interstitial-link"><span class="b-interstitial-link__label">FUNDA NALOKHU:</span> <a href="/izindaba/amatekisi-asabisa/">Amatekisi asabisa ngesiteleka</a></div>
				<h2 class="c-heading b-header">Okushiwo yinhlangano yamatekisi</h2>
				<p class="c-paragraph">Okhulumela inhlangano uthe abanikazi bamatekisi sebekhathele ukukhokha izimali eziphezulu kakhulu.</p>
				<ul><li>izinhlawulo eziphezulu zomgwaqo;</li><li>ukuhlukunyezwa ngamaphoyisa omgwaqo.</li></ul>
				<div class="b-ad-block"><p class="b-ad-block__label">ISIKHANGISO</p></div>
				<h2 class="c-heading b-header">Impendulo kaHulumeni</h2>
				<p class="c-paragraph">UMnyango Wezokuthutha uthe uzohlangana nabaholi bamatekisi kusasa ukuze kuxoxwe ngezikhalazo.</p></article></body></html>`,
			wantInBody:    []string{"Okushiwo yinhlangano yamatekisi", "Impendulo kaHulumeni"},
			wantNotInBody: []string{"FUNDA NALOKHU"},
		},
		{
			name: "box labels, a related box, a caption and comments in Hungarian, an appeal at the end",
			page: `<html lang="hu"><body><article><h1>Leszakadt a felsővezeték a Nagykörúton</h1>
				<p>A villamosok csütörtök reggel órákig nem jártak, mert egy teherautó leszakította a felsővezetéket a Nagykörúton.</p>
				<div class="cikk-ajanlo-kulso"><div class="ajanlo-cimke">Kapcsolódó</div><a class="ajanlo-cim" href="/belfold/villamos-fennakadas/">Budapesten is gond volt a villamosokkal</a></div>
				<p class="article-content__label">Article content</p>
				<div class="kep"><img src="/kepek/nagykorut.jpg" alt=""><div class="kepalairas">A leszakadt vezeték a Jászai Mari térnél<span class="kepforras">Fotó: Kovács Anna / Hírközpont</span></div></div>
				<p>A társaság tájékoztatása szerint a vezeték egy teherautó rakományába akadt bele, amely magasabb volt a megengedettnél.</p>
				<div class="trending"><p class="secName">Top News</p><ul><li><a href="/a/">Egy másik hír címe itt</a></li><li><a href="/b/">Még egy hír címe</a></li></ul></div>
				<p>A pótlóbuszok a Margit hídtól a Boráros térig járnak, a forgalom várhatóan a délutáni órákban áll helyre.</p>
				<div class="tamogatas-doboz"><h3>Támogasd a Hírközpontot!</h3><p>Független újságírás csak az olvasók támogatásával létezhet.</p></div>
				<section class="kommentek"><div class="komment"><p class="komment-szoveg">Fél órát álltam a Mars téren, mire jött egy pótlóbusz.</p></div></section>
				</article></body></html>`,
			wantInBody:    []string{"A pótlóbuszok a Margit hídtól"},
			wantNotInBody: []string{"Kapcsolódó", "Article content", "Jászai Mari", "Fotó:", "Top News", "Támogasd", "olvasók támogatásával", "Fél órát álltam"},
		},
		{
			name: "read-also lines, channel prompts and a cookie notice in other languages",
			page: `<html lang="fr"><body><div class="wb-cmp"><p class="wb-cmp__text">Für präzise Vorhersagen verwenden wir Cookies und verarbeiten Standortdaten.</p></div>
				<article><h1>Saint-Louis : le nouveau quai de pêche inauguré</h1>
				<p>Le ministre des Pêches a inauguré samedi le nouveau quai de pêche de Guet Ndar, attendu depuis six ans par les pêcheurs.</p>
				<p>Loe ka: Tallinn kaalub tasuta ühistranspordi kaotamist</p>
				<p>Pročitajte i: Radnici fabrike u štrajku treći dan</p>
				<p>यह भी पढ़ें: अलवर में बारिश से फसलें बर्बाद</p>
				<p>تابعوا آخر أخبار البوابة عبر قناتنا على <a href="https://whatsapp.com/channel/x">واتساب</a></p>
				<p>Le quai peut accueillir deux cents pirogues et dispose d'une chambre froide de cinquante tonnes, selon le ministère.</p>
				<p>Rejoignez la chaîne WhatsApp de Dakar Matin pour ne rien manquer de l’actualité sénégalaise. <a href="https://whatsapp.com/channel/x">Je m’abonne</a></p>
				<p>Pratite nas i putem Viber zajednice Glasnik Online i budite prvi koji saznaju najvažnije vesti.</p>
				<p>📲 Participe do canal do Diário do Vale no WhatsApp</p>
				<div class="mt-6 rounded p-4"><p class="font-bold">רוצים לקבל את החדשות לפני כולם?</p>
				<p class="text-sm">הצטרפו לערוץ הוואטסאפ של חדשות הצפון ותקבלו עדכונים ישירות לנייד.</p>
				<div><a href="https://whatsapp.com/channel/y">וואטסאפ</a></div></div>
				</article></body></html>`,
			wantInBody:    []string{"chambre froide"},
			wantNotInBody: []string{"Cookies", "Loe ka", "Pročitajte i", "यह भी पढ़ें", "Rejoignez", "Viber", "Participe", "تابعوا", "הצטרפו"},
		},
		{
			name: "a report that ends with a donation account is no appeal; an appeal for donations is",
			page: `<html lang="de"><body><article><h1>Großbrand auf Bauernhof in Moosinning</h1>
				<p>Ein Großbrand hat in der Nacht zum Samstag den Dachstuhl eines Bauernhofs in Moosinning zerstört; verletzt wurde niemand.</p>
				<p>Bürgermeister Christian Pröbstl kündigte an, die Gemeinde werde die Familie unterstützen. Im Rathaus wurde bereits ein Spendenkonto eingerichtet.</p>
				<p>Mit Ihrer Spende sichern Sie unabhängigen Lokaljournalismus im Landkreis.</p></article></body></html>`,
			wantInBody:    []string{"Spendenkonto eingerichtet"},
			wantNotInBody: []string{"Mit Ihrer Spende"},
		},
		{
			name: "a report that thanks those who gave their donation ends with that thanks",
			page: `<html lang="de"><body><article><h1>Die Glocken der Martinskirche läuten wieder</h1>
				<p>Nach acht Monaten Restaurierung läuten die drei Glocken der Martinskirche in Oberweiler seit Sonntag wieder zum Gottesdienst.</p>
				<p>Die Arbeiten kosteten rund 64.000 Euro; einen Teil trug die Landeskirche, den Rest brachten Gemeindeglieder und Vereine auf.</p>
				<p>Pfarrerin Ute Brandner dankte allen, die das Vorhaben mit ihrer Spende und ihrer Zeit unterstützt haben.</p></article></body></html>`,
			wantInBody: []string{"mit ihrer Spende und ihrer Zeit"},
		},
		{
			name: "a list of key points under the headline is the article's",
			page: `<html lang="ha"><body><main><div class="c-article"><h1>Ambaliya ta rushe gidaje 312 a Jihar Jigawa</h1>
				<div class="c-article-info">Marubuci: Musa Abdullahi Sabo</div>
				<ul class="c-article__highlights"><li>Gidaje 312 ne suka rushe a Hadejia da Auyo bayan ruwan sama na sa'o'i takwas</li>
				<li>Hukumar SEMA ta ce mutane 14 sun jikkata amma babu wanda ya mutu</li></ul>
				<figure><img src="/a.jpg" alt=""><figcaption>Ambaliya a Jigawa</figcaption></figure>
				<div class="c-article__body"><p>Ruwan sama mai karfi da aka yi a daren Laraba ya haddasa ambaliya a kananan hukumomi uku na Jihar Jigawa.</p>
				<p>Jami'an agaji sun ce sun kai kayan abinci da tabarmi ga mutanen da abin ya shafa a sansanonin wucin gadi.</p>
				<p>Gwamnatin jihar ta yi alkawarin tallafa wa wadanda suka rasa gidajensu da kudi da kayan gini.</p></div></div>
				<ul class="highlights"><li><a href="/labarai/wani">Wani labari daban game da zabe a Kano da Katsina</a></li>
				<li><a href="/labarai/wani-kuma">Wani labari kuma game da farashin man fetur a kasar</a></li></ul></main></body></html>`,
			wantInBody:    []string{"Gidaje 312 ne suka rushe", "Hukumar SEMA ta ce"},
			wantNotInBody: []string{"Wani labari daban"},
		},
		{
			name: "a UTC instant does not move to the next day shown beside it where clocks are not that far ahead",
			page: `<html lang="hu"><head><meta property="article:published_time" content="2024-12-05T17:30:00.000Z"></head><body>
				<header><div class="header-date">2024. december 6., péntek – Miklós névnap</div></header>
				<article><h1>Bezár az orosházi kenyérgyár</h1><div class="meta"><span class="publish-date">2024.12.05. 18:30</span>
				<span class="update-date">Frissítve: 2024.12.06. 08:05</span></div>
				<p>Százhúsz év után bezár az orosházi kenyérgyár, a dolgozók a hónap végéig kapnak fizetést a tulajdonostól.</p></article></body></html>`,
			wantPublished: "2024-12-05T17:30:00Z",
		},
		{
			name: "a UTC instant is dated by the local day where the language's clocks are all far ahead",
			page: `<html lang="hi"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"अलवर में बारिश","datePublished":"2024-10-03T19:10:00Z"}</script></head><body>
				<article><h1>अलवर में बारिश से फसलें बर्बाद</h1>
				<p>अलवर जिले में बुधवार रात हुई तेज बारिश से सैकड़ों किसानों की खड़ी फसलें बर्बाद हो गईं, प्रशासन ने सर्वे के आदेश दिए।</p></article></body></html>`,
			wantPublished: "2024-10-04T00:40:00+05:30",
		},
		{
			name: "a prompt to enable push notifications is furniture",
			page: `<html lang="en"><body><article><h1>Ferry cuts coming to island routes this spring</h1>
				<p>The provincial ferry operator will cut two daily sailings on the island routes from April, citing a shortage of licensed crew.</p>
				<p>Be the first to read breaking stories. Enable push notifications on your device. Disable anytime.</p>
				<p>Island councillors said the cuts would leave commuters with no morning sailing before eight o'clock.</p></article></body></html>`,
			wantInBody:    []string{"no morning sailing"},
			wantNotInBody: []string{"push notifications"},
		},
		{
			name: "a subtitle after a short h1 is no post title, whatever typographic class it has",
			page: `<html lang="en"><head><title>Lanternfall Review - Questline</title><meta property="og:title" content="Lanternfall Review"></head><body>
				<article><h1 class="display-title">Lanternfall Review</h1>
				<h2 class="title3 article-sub-headline">Harrowmere's dark action RPG is at its best when the lights go out.</h2>
				<p>Lanternfall hands you a lantern in its first minute and spends the next forty hours teaching you to fear running out of oil.</p></article></body></html>`,
			wantHeadline: "Lanternfall Review",
		},
		{
			name: "an affiliate note is no standfirst; product cards' prices and shop buttons are furniture",
			page: `<html lang="en"><body><article><header><h1>The 12 Best Linen Dresses for Summer, Tested</h1>
				<p class="affiliate_note">If you click on a link and make a purchase we may receive a small commission. <a href="/policy">Read our editorial policy</a>.</p></header>
				<div class="body"><p>Linen wrinkles, breathes and softens with every wash, which is why our editors wore these twelve dresses for a month of heat.</p>
				<div class="product-card"><p>Tiered Linen Maxi Dress</p><p>$128 at Harbor &amp; Reed</p><p>See price at Amazon</p><p>MSRP: $1,299.99</p></div>
				<p>The tiered maxi was the one we reached for most: it held its shape through a long train ride and a picnic in the park.</p>
				<p>Disclosure: links to retailers may earn us a commission.</p>
				<p>We judged each dress on fabric weight, fit across sizes and how it looked after a day's wear and a cold wash.</p></div></article></body></html>`,
			wantInBody:    []string{"held its shape", "fabric weight"},
			wantNotInBody: []string{"small commission", "$128 at", "See price", "MSRP", "earn us a commission"},
		},
		{
			name: "box labels, shop, newsletter, tip and gambling lines are furniture; an ingredient's amount in a fraction is text",
			page: `<html lang="en"><body><article><h1>Crispy Rice Salad With Herby Lime Dressing</h1>
				<p>Leftover rice, fried until shatteringly crisp, meets cucumbers, herbs and a punchy lime dressing in this weeknight salad.</p>
				<p>Quick Links</p><p>GO DEEPER</p>
				<div class="List-ingredients"><p class="Amount">¼</p><div class="Description">cup neutral oil</div>
				<p class="Amount">2</p><div class="Description">Persian cucumbers, thinly sliced</div></div>
				<p>$219.00</p><p>Today's best rice cooker deals</p>
				<p>In your inbox: the week's best recipes, tested by our kitchen team</p>
				<p>Why You Can Trust Good Appetite</p>
				<p>Do you have a news tip for Good Appetite reporters? Please email us at tips@example.com</p>
				<p>Interested in the Marlowe T4? Get the best price from local dealers.</p>
				<p>If you or someone you know has a gambling problem, call 1-800-GAMBLER.</p>
				<p>Press the rice into a thin layer in a hot pan and leave it alone until the bottom is deep golden, about eight minutes.</p>
				<p>Be the first to post</p></article></body></html>`,
			wantInBody: []string{"¼", "deep golden"},
			wantNotInBody: []string{"Quick Links", "GO DEEPER", "$219.00", "rice cooker deals", "In your inbox", "Why You Can Trust",
				"news tip", "best price", "gambling problem", "Be the first"},
		},
		{
			name: "an h1 in the article's masthead is the headline, not the site's name",
			page: `<html lang="en"><head><title>Asian stocks slip as traders brace for central-bank week - MarketMonitor</title>
				<meta property="og:title" content="Asian stocks slip as traders brace for central-bank week"></head><body>
				<div class="column article__masthead"><h1 class="article__headline">Asian stocks slip as traders brace for a week packed with central-bank decisions</h1>
				<h2 class="article__subhead">Hang Seng drops 1.4% as property developers slide; yen firms against the dollar</h2></div>
				<div class="article__body"><p>Stocks in Asia fell on Friday as investors waited for rate decisions from the Bank of Japan and the Federal Reserve next week.</p></div></body></html>`,
			wantHeadline: "Asian stocks slip as traders brace for a week packed with central-bank decisions",
		},
		{
			name: "reaction, error and support prompts and a related-news label are furniture",
			page: `<html lang="en"><body><article><h1>Iligan City to ration water as reservoir drops</h1>
				<p>Iligan City will ration water in twenty-two barangays from next week because its main reservoir has fallen to a third of capacity.</p>
				<p>Related news:</p><p>Support Independent Journalism</p>
				<p>A councilor plans to seek funds for a second water source as the dry spell is expected to last until May.</p>
				<p>What is your reaction to this story?</p><p>How does this make you feel?</p>
				<p>What do you think of this article?</p><p>Found a mistake in this article?</p></article></body></html>`,
			wantInBody:    []string{"second water source"},
			wantNotInBody: []string{"Related news", "Support Independent", "reaction", "make you feel", "think of this", "Found a mistake"},
		},
		{
			name: "\"3D-printed from\" is text, a print footer is not; read-aloud notes and mail-a-friend links are furniture",
			page: `<html lang="en"><body><article><h1>Students design sensor to track dust storms</h1>
				<p>This audio is read by an AI-generated voice.</p>
				<p>Students at the university designed a dust sensor that costs a fraction of commercial units, their supervisor said on Sunday.</p>
				<p>The casing is 3D-printed from heat-resistant plastic that the students tested at temperatures of up to 70°C.</p>
				<p>The team has been invited to present the project at a regional engineering conference in Muscat in October.</p>
				<p>Email to a friend</p><p>Printed from: https://www.example.com/news/dust-sensor</p></article></body></html>`,
			wantInBody:    []string{"3D-printed from heat-resistant plastic"},
			wantNotInBody: []string{"AI-generated voice", "Email to a friend", "Printed from:"},
		},
		{
			name: "reuse notices, error prompts, channel calls and appeals in more languages are furniture",
			page: `<html lang="ru"><body><article><h1>В Бишкеке отключат горячую воду на две недели</h1>
				<p>Горячую воду в жилых домах Бишкека отключат с 1 по 14 июня из-за ремонта теплотрассы, сообщили в мэрии города.</p>
				<p>При использовании материалов ссылка на информационное агентство «Ала-Тоо Пресс» обязательна.</p>
				<p>Matnda xatolik topdingizmi?</p>
				<p>Únase a nuestro canal de WhatsApp y reciba las noticias más importantes del día.</p>
				<p>Independent journalism costs money. Support the Herald for the price of a coffee.</p>
				<p>В мэрии добавили, что график отключений по районам опубликуют на сайте города в понедельник.</p></article></body></html>`,
			wantInBody:    []string{"график отключений"},
			wantNotInBody: []string{"При использовании", "xatolik", "WhatsApp", "price of a coffee"},
		},
		{
			name: "a regional network's access note, a messenger channel, a view count and a local appeal are furniture",
			page: `<html lang="en"><body><article><h1>Pool upgrade blows out by $3.2 million</h1>
				<p>The redevelopment of the town's aquatic centre will cost at least $3.2 million more than planned, the council says.</p>
				<p>Our journalists work hard to provide local, up-to-date news to the community. This is how you can access our trusted content:</p>
				<p>The Gazette is now on WhatsApp. Click here to join our channel for the latest updates.</p>
				<p>This story has been viewed 2713 times.</p>
				<p>A report to be tabled at Wednesday night's meeting shows the lowest tender came in at $17.4 million, well above the $14.2 million set aside in 2021.</p>
				<p>Officers have recommended finding the extra money from reserves, arguing that a smaller pool would disappoint the groups who lobbied for it.</p>
				<div class="support-box keep-free"><div class="support-inner"><h3>Keep the Gazette Free...</h3>
				<p>With local media under siege, it's more important than ever for us to rally support behind funding our local journalism. You can help by participating in our program.</p>
				<a class="btn support-cta" href="/support">I Support</a><ul class="support-options"><li>Monthly</li><li>Yearly</li><li>One-Time</li></ul></div></div>
				<p>Construction is expected to start in August, with the centre to reopen for the summer season.</p></article></body></html>`,
			wantInBody:    []string{"reopen for the summer season."},
			wantNotInBody: []string{"work hard to provide", "now on WhatsApp", "viewed 2713 times", "funding our local journalism"},
		},
		{
			name: "a US station's evening story: the shown day with its zone, not the URL's UTC day",
			page: `<html lang="en"><head><meta property="article:published_time" content="2024-02-15T03:21:00Z"></head><body><article>
				<h1>Schools to place armed officers at 14 more elementary schools</h1>
				<div class="date-container"><span class="published-date-time">Published: Feb. 14, 2024 at 10:21 PM EST</span></div>
				<p>Every elementary school in the county could have its own armed school resource officer by next year after the board approved funding on Wednesday night.</p></article></body></html>`,
			opts:          extract.Options{URL: "https://www.station.example/2024/02/15/schools-armed-officers/"},
			wantPublished: "2024-02-14",
		},
		{
			name: "a gate's prompt after the text, classed as gated content",
			page: `<html lang="en"><body><main><article><h1>The library card as a civic document</h1>
				<div class="ArticleBody_root__2gF81"><p class="ArticleParagraph_root__4mszW">A library card is the one document most Americans can get for free, without proving anything but an address.</p>
				<p class="ArticleParagraph_root__4mszW">Libraries have become the last public rooms where nobody has to buy anything to stay.</p></div></article>
				<div class="GatedContentPrompt_root__3Aj0H" data-event-module="paywall"><p class="GatedContentPrompt_title__n9KqT">Never miss a story. Start your subscription.</p>
				<p class="GatedContentPrompt_text__MjZ0l">Subscribe for unlimited access to our award-winning journalism.</p><a href="/subscribe/gate/">Subscribe Now</a></div></main></body></html>`,
			wantInBody:    []string{"nobody has to buy anything to stay."},
			wantNotInBody: []string{"Never miss a story", "unlimited access"},
		},
		{
			name: "a live blog's notice of entries not yet shown is furniture",
			page: `<html lang="es"><body><main><article><h1>Elecciones en Aragón, en directo</h1>
				<div class="a_lb_ctrl"><span class="a_lb_ctrl_n">Hay nuevas actualizaciones</span><button class="a_lb_ctrl_b">Ver las últimas</button></div>
				<div class="a_lb"><article class="a_lb_e"><p>El escrutinio avanza con el 95% de los votos contados y el PP roza la mayoría absoluta en las Cortes.</p></article>
				<article class="a_lb_e"><p>Los colegios electorales cierran a las ocho de la tarde y comienza el recuento en toda la comunidad.</p></article></div></article></main></body></html>`,
			wantInBody:    []string{"El escrutinio avanza", "comienza el recuento"},
			wantNotInBody: []string{"nuevas actualizaciones"},
		},
		{
			name: "polls between the paragraphs: an old table classed as one, a poll provider's embed",
			page: `<html lang="de"><body><article><h1>Stadtrat streitet über neues Parkhaus am Mainkai</h1>
				<p>Der Stadtrat hat am Dienstagabend erneut über den Bau eines Parkhauses am Mainkai beraten, ohne eine Entscheidung zu treffen.</p>
				<table class="umfrage_box"><tr><td class="umfrage_kopf"><b>Umfrage</b></td></tr><tr><td class="umfrage_frage">Braucht die Innenstadt ein neues Parkhaus?</td></tr>
				<tr><td><form action="/umfrage/abstimmen.php" method="post"><input type="radio" name="a" value="1"> Ja, unbedingt<br><input type="radio" name="a" value="2"> Nein, lieber mehr Busse und Radwege<br>
				<input type="submit" value="Abstimmen"></form></td></tr><tr><td>Die Umfrage ist nicht repräsentativ. Bisher 1.284 Stimmen.</td></tr></table>
				<p>Die Verwaltung soll bis zum Herbst prüfen, ob ein Parkhaus am Bahnhof die Innenstadt ebenso entlasten würde.</p>
				<div class="id-StoryElement-embed id-StoryElement-embed--opinary"><p class="id-StoryElement-embed-label">Umfrage</p>
				<p class="id-StoryElement-embed-question">Sollten Ferienorte Parkplätze nur noch für Einheimische freigeben?</p>
				<ul class="id-StoryElement-embed-options"><li>Ja, die Anwohner brauchen Ruhe</li><li>Nein, der See gehört allen</li></ul></div>
				<p>Eine Entscheidung soll im Dezember fallen, wenn auch die Kosten für beide Standorte vorliegen.</p></article></body></html>`,
			wantInBody:    []string{"ohne eine Entscheidung zu treffen.", "für beide Standorte vorliegen."},
			wantNotInBody: []string{"neues Parkhaus?", "lieber mehr Busse", "nicht repräsentativ", "Ferienorte", "der See gehört allen"},
		},
		{
			name: "a public broadcaster's appeal box after the text",
			page: `<html lang="en"><body><article><h1>This library lends cake pans, fishing rods and now seeds</h1><div id="storytext">
				<p>The public library in Cottonwood Falls has always lent more than books, and this spring it added a seed library to its collection of cake pans and fishing rods.</p>
				<p>Patrons can take home up to five packets of seeds a month and are asked to bring back seeds from their own gardens at the end of the season.</p>
				<p>The librarian says the program has already signed up more than a hundred gardeners, some of them from the next county.</p></div>
				<div class="callout-end-of-story-piano"><h3 class="callout-end-of-story__title">It's a great time to support public radio.</h3>
				<p class="callout-end-of-story__body">Our journalism is made possible by listeners like you. A gift to your local station helps keep stories like this one free for everyone.</p>
				<a class="callout-end-of-story__button" href="/donations/support">Donate</a></div></article></body></html>`,
			wantInBody:    []string{"from the next county."},
			wantNotInBody: []string{"support public radio", "listeners like you"},
		},
		{
			name: "a news site's support box: 'help keep our stories free', 'your contribution of'",
			page: `<html lang="en"><body><article><h1>A Vermont bakery's croissants went viral</h1><div class="entry__text">
				<p>The line outside the bakery now starts forming at six in the morning, an hour before the doors open, since a video of its croissants went viral last month.</p>
				<p>The owners have hired two more bakers and added a second oven to keep up with demand from visitors who drive up from Boston and New York.</p>
				<p>The video, filmed by a visitor from Maine, shows a croissant being torn in half and has been watched more than four million times.</p>
				<p>Regulars say they do not mind the queue, though some now phone in their orders the night before to be sure of getting one.</p>
				<p>The bakery, which opened in 1987 in a former feed store, used to sell about two hundred croissants on a Saturday; it now sells more than a thousand.</p>
				<p>Neighbouring shops have felt the change too: the café across the street says its Saturday takings have doubled since the video appeared.</p>
				<p>The town has added a temporary parking area behind the library to cope with the weekend crowds, and a crossing guard on Saturday mornings.</p>
				<p>Not everyone is pleased. Some residents complain that the queue blocks the pavement and that visitors leave litter on the green.</p>
				<p>They say they have no plans to open a second shop, because the croissants depend on butter from a dairy down the road.</p></div>
				<div class="cli cli-support-post js-support-post"><div class="support-post__content"><h2 class="support-post__title">Support The Post</h2>
				<p class="support-post__text">At The Post, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for expensive news subscriptions. That is why we are committed to providing deeply reported, carefully fact-checked news that is freely accessible to everyone.</p>
				<p class="support-post__text">Would you join us to help keep our stories free for all? Your contribution of as little as $2 will go a long way.</p>
				<a class="support-post__button" href="/support?source=entry">Support The Post</a>
				<p class="support-post__already">Already contributed? <a href="/member/login">Log in to hide these messages.</a></p></div></div></article></body></html>`,
			wantInBody:    []string{"a dairy down the road."},
			wantNotInBody: []string{"high-quality journalism", "help keep our stories free"},
		},
		{
			name: "an AMP page's writer's card: its portrait an <amp-img>",
			page: `<html lang="es" amp><body><article><h1>La ciudad multa por primera vez a un edificio por desperdiciar agua</h1>
				<div class="a_c"><p>La autoridad del agua multó a un edificio de oficinas por regar sus jardines con agua potable en plena sequía, la primera sanción de este tipo.</p>
				<p>La multa asciende a 400.000 pesos y el edificio deberá instalar un sistema de captación de lluvia antes de fin de año.</p>
				<p>Vecinos de la zona habían denunciado durante semanas que los aspersores funcionaban a mediodía.</p></div>
				<div class="a_aut"><amp-img src="/autor.png" width="60" height="60" alt="Andrés Quiroga"></amp-img>
				<div class="a_aut_n"><a href="/autor/andres-quiroga/">Andrés Quiroga</a></div>
				<p class="a_aut_b">Periodista en la redacción de la Ciudad de México, donde cubre medio ambiente y urbanismo. Antes trabajó en una agencia de noticias.</p></div></article></body></html>`,
			wantInBody:    []string{"funcionaban a mediodía."},
			wantNotInBody: []string{"Periodista en la redacción"},
		},
		{
			name: "an archived story's age, a push prompt, a call for more on the story and a regional newsletter's box are furniture",
			page: `<html lang="en"><body><article><h1>Bus lanes on Broadway to stay after pilot</h1>
				<p>This article is more than 3 years old.</p>
				<p>The city will keep the bus lanes on Broadway after a six-month pilot cut travel times for riders by a fifth, officials said Tuesday.</p>
				<div class="push"><p>Breaking News</p><p>Get up-to-the-minute news sent straight to your device.</p></div>
				<p>Merchants had opposed the lanes, which took away about forty parking spaces, but a survey found most shoppers arrive by bus or on foot.</p>
				<p>Get the latest Newcastle news in your inbox</p>
				<p>Do you have something to add to this story, or something else we should report on? Email: news@example.com</p>
				<p>The transit agency plans to paint the lanes red next spring.</p></article></body></html>`,
			wantInBody:    []string{"cut travel times", "paint the lanes red next spring."},
			wantNotInBody: []string{"more than 3 years old", "sent straight to your device", "something to add to this story", "news in your inbox"},
		},
		{
			name: "a documentation blog's note box (an admonition coloured alert--secondary) is text",
			page: `<html lang="en"><body><main><article><h1>Quarry 3.0: a plugin API</h1><div class="markdown" itemprop="articleBody">
				<p>Plugins have been possible since version 1.2, but the hooks were undocumented and changed in almost every minor release.</p>
				<p>The new API has four lifecycle hooks, and every hook is typed.</p>
				<div class="theme-admonition theme-admonition-note alert alert--secondary admonition_LlT9"><div class="admonitionHeading_tbUL">note</div>
				<div class="admonitionContent_S0QG"><p>Plugins written for the old, undocumented hooks will keep working in 3.x with a deprecation warning.</p></div></div>
				<p>Node 16 reaches end of life in September, and supporting it was holding back several changes.</p></div></article></main></body></html>`,
			wantInBody: []string{"keep working in 3.x with a deprecation warning.", "holding back several changes."},
		},
		{
			name: "a date only in the page's title dates it, as a last resort",
			page: `<html lang="de"><head><title>Stadtrat tagt (12.03.2014) | Stadt Neuruppin</title></head><body><div id="inhalt">
				<h1>Stadtrat tagt</h1><p><strong>Die Stadtverordneten kommen am Montag, 24. März, zu ihrer nächsten ordentlichen Sitzung zusammen.</strong></p>
				<p>Die Sitzung beginnt um 18 Uhr im großen Sitzungssaal. Wie gewohnt ist der öffentliche Teil für alle interessierten Bürgerinnen und Bürger zugänglich.</p></div></body></html>`,
			opts:          extract.Options{URL: "https://stadt.example/mitteilungen/stadtrat-tagt.php"},
			wantPublished: "2014-03-12",
		},
		{
			name: "a report's last paragraph that says 'by contributing to' is no appeal",
			page: `<html lang="en"><body><article><h1>Union backs new pension plan</h1>
				<p>The union's members voted on Tuesday to back a new pension plan negotiated with the city after two years of talks.</p>
				<p>Under the plan, the city will match every dollar employees put in up to six percent of their pay.</p>
				<p>By contributing to the fund for twenty years, employees can retire two years earlier, the union said.</p></article></body></html>`,
			wantInBody: []string{"can retire two years earlier, the union said."},
		},
		{
			name: "a heading that goes on where the titles stop is the headline readers see",
			page: `<html lang="en"><head><title>Ferry cat found safe after three days at sea | Harbour Post</title>
				<meta property="og:title" content="Ferry cat found safe after three days at sea"></head><body>
				<div class="masthead"><a href="/">Harbour Post</a></div>
				<div class="article"><h2>Ferry cat found safe after three days at sea when crew spotted her asleep in a lifeboat</h2>
				<p>A cat that went missing from a passenger ferry on Friday was found on Monday, curled up under a tarpaulin in one of the lifeboats.</p>
				<p>The ship's engineer said the crew had searched every deck twice before a deckhand heard her.</p></div></body></html>`,
			wantHeadline: "Ferry cat found safe after three days at sea when crew spotted her asleep in a lifeboat",
		},
		{
			name: "a box's title and its links in one table cell, and readers' comments under their count, leave the text",
			page: `<html lang="de"><body><table><tr><td>
				<h1>Kieler Werft erhält Auftrag für zwei Fähren</h1>
				<div class="fliesstext"><p>Die Kieler Ostufer-Werft hat einen Auftrag über den Bau von zwei Fähren für den Verkehr zu den nordfriesischen Inseln erhalten.</p>
				<p>Mit dem Auftrag seien die rund 400 Arbeitsplätze auf der Werft für mindestens zwei Jahre gesichert, sagte der Geschäftsführer.</p></div>
				<table class="kasten"><tr><td><b>Mehr zum Thema</b><br>
				&raquo; <a href="/wirtschaft/artikel.php?id=11">Werften im Norden melden Kurzarbeit an</a> (17.02.2009)<br>
				&raquo; <a href="/wirtschaft/artikel.php?id=12">Zulieferer hoffen auf Folgeaufträge</a> (10.03.2009)</td></tr></table>
				<table><tr><td><b>Leserkommentare (2)</b></td></tr>
				<tr><td><b>kieler_jung</b> schrieb am 10.03.2009, 07:52 Uhr:<br>Endlich mal gute Nachrichten vom Ostufer.</td></tr></table>
				</td></tr></table></body></html>`,
			wantInBody:    []string{"für mindestens zwei Jahre gesichert"},
			wantNotInBody: []string{"Mehr zum Thema", "Kurzarbeit", "Leserkommentare", "gute Nachrichten"},
		},
		{
			name: "a Plone page is published on the first day of its valid range, not the day its draft was created",
			page: `<html lang="de"><head><meta name="DC.date.created" content="2022-11-11T16:40:02+01:00"><meta name="DC.date.modified" content="2022-11-15T11:02:47+01:00">
				<meta name="DC.date.valid_range" content="2022/11/14 - "></head><body><div id="content"><h1 class="documentFirstHeading">Wie viel Methan geben wiedervernässte Moore ab?</h1>
				<p>Ein Team der Professur für Bodenökologie misst seit zwei Jahren, wie viel Kohlendioxid und Methan die Moore im Südschwarzwald ausstoßen.</p>
				<p>Die ersten Ergebnisse zeigen, dass die Emissionen nach der Wiedervernässung deutlich sinken.</p></div></body></html>`,
			wantPublished: "2022-11-14",
		},
		{
			name: "a Plone page whose range starts on the day the draft was created keeps the creation's time",
			page: `<html lang="de"><head><meta name="DC.date.created" content="2022-11-14T09:15:00+01:00"><meta name="DC.date.valid_range" content="2022/11/14 - 2023/11/14"></head>
				<body><div id="content"><h1 class="documentFirstHeading">Wie viel Methan geben wiedervernässte Moore ab?</h1>
				<p>Ein Team der Professur für Bodenökologie misst seit zwei Jahren, wie viel Kohlendioxid und Methan die Moore im Südschwarzwald ausstoßen.</p></div></body></html>`,
			wantPublished: "2022-11-14T09:15:00+01:00",
		},
		{
			name: "a closing section's label with a colon and its links in one block leave the text, not the paragraph after them",
			page: `<html lang="de"><body><table><tr><td>
				<h1>Frühjahrswanderung zum Erbeskopf</h1>
				<p>Am Sonntag trafen sich 34 Wanderfreunde und Gäste am Dorfplatz in Thalfang, um gemeinsam den höchsten Berg von Rheinland-Pfalz zu erwandern.</p>
				<p>Gegen 17 Uhr waren alle wieder wohlbehalten am Ausgangspunkt, und zum Abschluss kehrten wir im Gasthaus Zur Linde ein.</p>
				<table border="1"><tr><td><font size="2"><b>Weitere Berichte 2000:</b><br><a href="bericht_2000_04.htm">Ostermontagswanderung nach Morbach (24.04.2000)</a><br>
				<a href="bericht_2000_03.htm">Jahreshauptversammlung mit Neuwahlen (17.03.2000)</a></font></td></tr></table>
				<p>Die nächste Wanderung führt am 11. Juni rund um die Burg Baldenau; Anmeldungen nimmt Heinz Backes entgegen.</p>
				</td></tr></table></body></html>`,
			wantInBody:    []string{"im Gasthaus Zur Linde ein.", "Burg Baldenau"},
			wantNotInBody: []string{"Weitere Berichte", "Ostermontagswanderung"},
		},
		{
			name: "a live page's badge and its order's toggle are no text",
			page: `<html lang="en-GB"><body><main><div class="lx-c-header"><span class="lx-c-live-label">Live</span><h1>Port Talbot fire: Residents told to stay indoors</h1></div>
				<div class="lx-stream"><div class="lx-stream__controls"><span>Latest first</span></div>
				<p>Firefighters will remain at the site overnight and residents within one kilometre are told to keep windows shut.</p>
				<p>More than sixty firefighters have been tackling the blaze at the recycling plant since before dawn.</p></div></main></body></html>`,
			wantInBody:    []string{"More than sixty firefighters"},
			wantNotInBody: []string{"Live\n", "Latest first"},
		},
		{
			name: "a contribution box between paragraphs whose prompt asks those who already gave to log in",
			page: `<html lang="en"><body><main><div class="entry__content"><h1>Ohio district drops its four-day school week after one year</h1>
				<div class="cli-text"><p>An Ohio school district that moved to a four-day week last year will return to five days in the autumn, its board decided on Tuesday.</p></div>
				<div class="support-huffpost-module"><h3>Support HuffPost</h3><p>The Stakes Have Never Been Higher</p>
				<p>At HuffPost, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for expensive news subscriptions. That is why we are committed to providing deeply reported, carefully fact-checked news that is freely accessible to everyone.</p>
				<a href="/support/contribute">Support HuffPost</a><a href="https://login.example.com/">Already contributed? Log in to hide these messages.</a></div>
				<div class="cli-text"><p>Parents had complained that the fifth day left working families paying for childcare they could not afford.</p></div>
				<div class="cli-text"><p>The district had hoped the shorter week would help it hire teachers, as neighbouring districts pay more and have drawn staff away for years.</p></div>
				<div class="cli-text"><p>Board members said test scores had not fallen during the year, but that the cost to families had been higher than they had expected when they voted for the change.</p></div>
				<div class="cli-text"><p>The superintendent said the district would look for other ways to keep teachers, among them a raise of four percent over two years and smaller classes in the first grades.</p></div></div></main></body></html>`,
			wantInBody:    []string{"paying for childcare", "smaller classes"},
			wantNotInBody: []string{"Support HuffPost", "Stakes", "expensive news subscriptions", "Already contributed"},
		},
		{
			name: "a Japanese report's related box and a column of links to the latest news leave its text, whose writer closes it",
			page: `<html lang="ja"><body><table id="wrapper"><tr><td id="mainColumn">
				<h1 class="newsTitle">「幻のタマネギ」復活へ　農家ら在来種を栽培</h1><p class="newsDate">2013/7/9 07:00</p>
				<p>　南あわじ市の農家らが、戦前に島内で広く作られていた在来種のタマネギの復活に取り組んでいる。戦後に姿を消した品種で、今年初めて本格的に収穫した。</p>
				<p>　農家の男性は「祖父が昔のタマネギは生でかじっても甘かったとよく話していた。本当にその通りで驚いた」と笑顔を見せる。</p>
				<p>　初収穫を記念した試食会が２０日午前１０時から、同市の道の駅で開かれる。先着２００人に、スープが無料で振る舞われる。（森本あゆみ）</p>
				<table class="kanren"><tr><th class="kanrenTitle">関連記事</th></tr><tr><td><a href="/news/awaji/1.shtml">タマネギ出荷ピーク　集荷場で選別作業</a></td></tr></table>
				<table class="awajiLatest"><tr><th>淡路の最新ニュース</th></tr>
				<tr><td><span class="date">7/9</span> <a href="/news/awaji/2.shtml">洲本の海水浴場で海開き　安全祈願の神事</a></td></tr>
				<tr><td><span class="date">7/8</span> <a href="/news/awaji/3.shtml">淡路市の小学校でビオトープ完成　児童がメダカ放流</a></td></tr>
				<tr><td><span class="date">7/8</span> <a href="/news/awaji/4.shtml">鳴門海峡の渦潮　世界遺産登録へシンポジウム</a></td></tr></table>
				<div class="kiyaku"><p>※掲載記事・写真の無断転載を禁じます。すべての著作権は神戸新聞社に帰属します。</p></div>
				</td></tr></table></body></html>`,
			wantInBody:    []string{"スープが無料で振る舞われる。"},
			wantNotInBody: []string{"関連記事", "選別作業", "海開き", "メダカ", "無断転載"},
		},
		{
			name: "a carousel of customers' testimonials is no text",
			page: `<html lang="en"><body><main><h1>Plantar fasciitis</h1>
				<div class="elementor-widget-text-editor"><p>Plantar fasciitis is the most common cause of pain under the heel, and it usually settles with the right exercises and footwear.</p>
				<p>We assess how you walk and run, then build a programme of stretches and strengthening that fits around your week.</p></div>
				<div class="elementor-widget elementor-widget-testimonial-carousel"><div class="elementor-testimonial__text">After six sessions I’m back to running parkrun every Saturday.</div>
				<cite class="elementor-testimonial__name">Sarah, Bristol</cite></div>
				<div class="elementor-widget-text-editor"><p>Most people feel better within six weeks, and we will tell you honestly if you need to see a specialist.</p></div></main></body></html>`,
			wantInBody:    []string{"see a specialist"},
			wantNotInBody: []string{"parkrun", "Sarah, Bristol"},
		},
		{
			name: "a pull quote repeats the text and leaves it; a paragraph Medium styles as one is the text",
			page: `<html lang="en"><body><article><h1>The woman who keeps the bells in tune</h1>
				<p class="paywall">“A piano forgives you,” Szabo told me in the ringing chamber. “The bells don’t forgive you. Every time you take metal off, it is gone for good.”</p>
				<figure class="PullQuoteEmbedWrapper-hmDRYX"><blockquote class="PullQuoteEmbedQuote-fYhTEz"><p>“The bells don’t forgive you.”</p></blockquote></figure>
				<p class="paywall">She has tuned the carillon of the cathedral every spring for thirty years, and she has never missed a season.</p>
				<blockquote class="graf graf--pullquote graf-after--p">She has never once blamed the bells for a wrong note.</blockquote>
				<p class="paywall">When she retires next year, nobody in the country will know how to do what she does, and the chapter will look abroad for a tuner.</p></article></body></html>`,
			wantInBody:    []string{"Every time you take metal off", "never once blamed the bells", "look abroad for a tuner"},
			wantNotInBody: []string{"forgive you.”\n"},
		},
		{
			name: "an appeal box longer than a short appeal whose button asks for money",
			page: `<html lang="en"><body><article><h1>Rooftop patio fight heads to zoning board</h1>
				<div class="fdn-content-body"><p>Neighbors of a brewery in RiNo have appealed the city's decision to let it build a rooftop patio with a stage for live music.</p>
				<p>The Board of Adjustment will hear the appeal on March 6, and the brewery would have to apply for a new permit if the board sides with the neighbors.</p>
				<p>The brewery's co-owner says it has done everything the city asked, and that the deck is smaller than the rooftops of five other bars within six blocks.</p>
				<p>Noise complaints within the district more than doubled between 2016 and 2018, according to the city's own data, and neighbors say the stage would make it worse.</p>
				<p>A city councilman whose district includes the brewery has not taken a position on the appeal, but says the dispute shows the need for clearer rules on rooftops.</p>
				<p>"They say they were here first," says one neighbor. "My family's been here since Eisenhower."</p></div>
				<div class="fdn-kwf"><div class="fdn-kwf-inner"><h3>Keep Westword Free...</h3>
				<p>Since we started Westword, it has been defined as the free, independent voice of Denver, and we would like to keep it that way. Offering our readers free access to incisive coverage of local news, food and culture. Producing stories on everything from political scandals to the hottest new bands, with gutsy reporting, stylish writing, and staffers who have won awards for their work.</p>
				<a class="fdn-kwf-button" href="/minutes">Support Our Journalism</a></div></div>
				<p>The brewery's owners say they will attend the hearing with plans for a glass sound wall on the residential side of the deck.</p></article></body></html>`,
			wantInBody:    []string{"glass sound wall"},
			wantNotInBody: []string{"Keep Westword Free", "independent voice of Denver", "Support Our Journalism"},
		},
		{
			name: "a live blog's entries wrapped once more keep their headings",
			page: `<html lang="en"><body><main><h1>Wisconsin special election results: Live updates</h1>
				<div class="live-story"><article class="live-story-post"><div class="live-story-post__wrapper"><header class="live-story-post__header"><div class="live-story-post__timestamp">1:42 a.m. ET, March 12, 2025</div>
				<h2 class="live-story-post__headline">Vandermolen concedes in phone call to Reyes-Whitfield</h2><div class="live-story-post__byline">From CNN’s Hannah Whitcombe</div></header>
				<div class="live-story-post__content"><p>Vandermolen called Reyes-Whitfield shortly after 12:30 a.m. local time to concede the race, according to a statement from the Democrat’s campaign.</p></div></div></article>
				<article class="live-story-post"><div class="live-story-post__wrapper"><header class="live-story-post__header"><div class="live-story-post__timestamp">1:05 a.m. ET, March 12, 2025</div>
				<h2 class="live-story-post__headline">Turnout came close to midterm levels in several counties</h2><div class="live-story-post__byline">From CNN’s Hannah Whitcombe</div></header>
				<div class="live-story-post__content"><p>Roughly 229,000 votes have been counted so far in the district, a striking number for a March special election and about 72% of the total cast in 2022.</p></div></div></article>
				<article class="live-story-post"><div class="live-story-post__wrapper"><header class="live-story-post__header"><div class="live-story-post__timestamp">12:31 a.m. ET, March 12, 2025</div>
				<h2 class="live-story-post__headline">Eau Claire County is the key outstanding piece of this race</h2><div class="live-story-post__byline">From CNN’s Hannah Whitcombe</div></header>
				<div class="live-story-post__content"><p>The county’s remaining ballots, most of them from the city itself, are expected to favor the Democrat by a wide margin, election officials said.</p></div></div></article></div></main></body></html>`,
			wantInBody: []string{"Vandermolen concedes in phone call to Reyes-Whitfield", "Turnout came close to midterm levels", "key outstanding piece of this race"},
		},
		{
			name: "a newsletter's anchored subheading is the text's, though its class says header",
			page: `<html lang="en"><body><article><h1>Why the Route 14 bus keeps getting later</h1><div class="body markup">
				<p>Every morning the Route 14 leaves the depot on time, and every morning it reaches the hospital at least ten minutes late.</p>
				<p>Who is responsible for the turning circle at the hospital? The hospital says it is the agency's stop; the agency says the land is the hospital's.</p>
				<h2 class="header-anchor-post">What would actually help</h2>
				<ul><li><p>A queue jump or transit signal priority at the north end of the bridge.</p></li></ul>
				<p>None of this is expensive, and all of it could be done before the winter timetable starts.</p></div></article></body></html>`,
			wantInBody: []string{"What would actually help"},
		},
		{
			name: "a table of a short title row and one cell of links apart by line breaks is a box of links",
			page: `<html lang="en"><body><table><tr><td>
				<h1>Village board approves new fire hall</h1>
				<p>The village board voted 4-1 on Monday to build a new fire hall on the lot behind the post office, ending two years of debate.</p>
				<table bgcolor="#EEF2F6"><tr><td class="relhead"><b>Other Local News</b></td></tr>
				<tr><td class="rellinks"><a href="/news.asp?id=1">School board sets April referendum on gym roof</a> <font size="1">Posted: 3/5/2019</font><br>
				<a href="/news.asp?id=2">Two hurt in Highway 23 crash near Harrisville</a> <font size="1">Posted: 3/4/2019</font><br>
				<a href="/news.asp?id=3">Library extends Saturday hours through summer</a> <font size="1">Posted: 3/2/2019</font></td></tr></table>
				<p>Construction is expected to begin in June, and the volunteer department hopes to move in before the end of the year.</p>
				</td></tr></table></body></html>`,
			wantInBody:    []string{"move in before the end of the year"},
			wantNotInBody: []string{"Other Local News", "gym roof", "Harrisville"},
		},
		{
			name: "the discussion under a Czech article ends its text",
			page: `<html lang="cs"><body><article><h1>Tramvaj vykolejila na Mendlově náměstí</h1>
				<div class="bbtext"><p>Tramvaj linky 1 ve čtvrtek ráno vykolejila na Mendlově náměstí v Brně, provoz na několika linkách byl na dvě hodiny přerušen.</p>
				<p>Dopravní podnik nasadil náhradní autobusy, příčinu nehody nyní vyšetřuje drážní inspekce.</p></div>
				<div class="disc-box"><h3><a href="/brno/zpravy/tramvaj/diskuse">Diskuse k článku</a></h3>
				<div class="disc-item"><span class="disc-name">Petr Sedláček</span><p>Ty nové tramvaje jsou jedna velká reklamace. Kdo za to zaplatí?</p></div></div>
				</article></body></html>`,
			wantInBody:    []string{"drážní inspekce"},
			wantNotInBody: []string{"Diskuse", "Sedláček", "reklamace"},
		},
		{
			name: "a journal's name in an h1 classed so is the site's, not the entry's headline",
			page: `<html lang="en"><head><title>Knitting - FO: Cobblestone pullover for the husband</title></head><body>
				<div id="header"><h1 class="journal-title">Knitting</h1><h2 class="journal-subtitle">Sticks and string, since 2001</h2></div>
				<div class="entry"><h3 class="entry-subject"><a href="/knitting/9814321.html">FO: Cobblestone pullover for the husband</a></h3>
				<div class="entry-text">I finally finished the Cobblestone pullover I started for my husband back in February, and this community talked me through two crises while I knitted it.</div></div></body></html>`,
			wantHeadline: "FO: Cobblestone pullover for the husband",
		},
		{
			name: "a Polish public notice is dated by its publication row, not by the day its title names",
			page: `<html lang="pl"><body><div id="tresc"><h1 class="tytul">Obwieszczenie Wójta Gminy Zielonki z dnia 12 czerwca 2019 r. o wyłożeniu projektu planu</h1>
				<p>Na podstawie art. 17 ustawy o planowaniu i zagospodarowaniu przestrzennym zawiadamiam o wyłożeniu projektu planu do publicznego wglądu w dniach od 24 czerwca do 22 lipca 2019 r.</p>
				<table class="metryczka"><tr><th scope="row">Data wytworzenia informacji:</th><td>12.06.2019</td></tr>
				<tr><th scope="row">Data publikacji:</th><td>14.06.2019 10:22</td></tr>
				<tr><th scope="row">Ostatnia zmiana:</th><td>18.06.2019 08:05</td></tr></table></div></body></html>`,
			wantPublished: "2019-06-14",
		},
		{
			name: "a Danish news item is dated by its Publiceret line, not by the concert's date box above it",
			page: `<html lang="da"><body><main><section class="event-hero"><div class="event-hero__datebox">
				<span class="event-hero__weekday">Lørdag</span> <span class="event-hero__day">14</span> <span class="event-hero__month">jun</span> <span class="event-hero__year">2024</span></div></section>
				<article class="newsitem"><h1 class="newsitem__title">Sommerkoncert på havnen med Svendborg Blæserne</h1>
				<p class="newsitem__meta"><span class="newsitem__author">Af Mette Kjærsgaard</span> · <span class="newsitem__date">Publiceret 3. februar 2024</span></p>
				<p>Havnehuset inviterer igen i år til gratis sommerkoncert på Frederiksø, når Svendborg Blæserne og sangerinden Sille Vind indtager scenen ved vandet.</p>
				<p>Koncerten begynder klokken 19.30, og der er plads til omkring tusind tilhørere på græsset foran scenen.</p></article></main></body></html>`,
			wantPublished: "2024-02-03",
			wantNotInBody: []string{"Publiceret"},
		},
		{
			name: "an updated story is dated by the first publication its editor's note gives",
			page: `<html lang="en"><head><meta property="article:published_time" content="2024-01-09T11:00:00+00:00"></head><body><article>
				<h1 class="entry-title">How to cut your grocery bill without coupons</h1>
				<div class="entry-meta"><time class="entry-date published" datetime="2024-01-09T11:00:00+00:00">January 9, 2024</time> by Dana Whitfield</div>
				<div class="entry-content"><p><em>Editor’s note: This story was originally published on March 3, 2019. It has been updated with current prices.</em></p>
				<p>Coupons take time that most families do not have, and the savings they promise rarely survive a trip down the aisles of a modern supermarket.</p>
				<p>Planning a week of meals around what is on sale, and buying store brands, saves more than any stack of clipped coupons ever did.</p></div></article></body></html>`,
			wantPublished: "2019-03-03",
			wantInBody:    []string{"store brands"},
		},
		{
			name: "a Norwegian reprise is dated by the day the story was first published",
			page: `<html lang="no"><head><meta property="article:published_time" content="2024-07-10T04:00:00Z"></head><body><article>
				<h1>Einar (74) har passet Lista fyr i 31 år</h1>
				<div class="dates"><span>Publisert: <time datetime="2024-07-10T04:00:00Z">10. juli 2024 06:00</time></span></div>
				<p class="reprise">Denne saken ble første gang publisert 14. august 2019. Vi publiserer den på nytt som en del av sommerserien vår.</p>
				<p>Einar Tjomsland har tent lyset i lyktehuset på Lista fyr hver kveld i 31 år, og han har aldri kjedet seg en eneste natt.</p>
				<p>Fyret ble automatisert i 2003, men Einar fortsatte som fyrvokter og guide for de mange turistene som kommer hver sommer.</p></article></body></html>`,
			wantPublished: "2019-08-14",
			wantInBody:    []string{"turistene som kommer"},
		},
		{
			name: "a leaflet's history table gives its first publication",
			page: `<html lang="en"><head><meta property="article:modified_time" content="2024-11-27T09:30:00Z"></head><body><main>
				<h1>Tennis elbow (lateral epicondylitis)</h1>
				<span class="lbl">Last reviewed: <time datetime="2024-11-27">27 Nov 2024</time></span>
				<p>Tennis elbow is a condition that causes pain around the outside of the elbow. It often happens after overuse or repeated strain of the forearm muscles.</p>
				<p>Most cases get better on their own within a year, although painkillers, physiotherapy and rest from the activity that caused it can help.</p>
				<dl class="history"><div class="row"><dt>Last reviewed</dt><dd>27 Nov 2024</dd></div>
				<div class="row"><dt>First published</dt><dd>21 Oct 2016</dd></div></dl></main></body></html>`,
			wantPublished: "2016-10-21",
			wantInBody:    []string{"forearm muscles"},
		},
		{
			name: "a report first published on a day the article names is not the article's publication",
			page: `<html lang="en"><head><meta property="article:published_time" content="2024-01-09T11:00:00+00:00"></head><body><article>
				<h1>Grocery prices rose faster than wages, study finds</h1>
				<p>The report, first published on March 3, 2019, found that food prices in the region had outpaced wages for a decade. Its authors have now updated it.</p>
				<p>The book was originally published on June 5, 2020 by a small press, the researchers said, and is now out of print.</p>
				<p>Economists at the state university said the gap had widened again in the past year as rents and energy prices climbed.</p></article></body></html>`,
			wantPublished: "2024-01-09T11:00:00Z",
			wantInBody:    []string{"rents and energy prices"},
		},
		{
			name: "a list item about a Docker image is text; a picture's credit under it is not",
			page: `<html lang="en"><body><article><h1>How we cut our CI pipeline from 40 to 9 minutes</h1>
				<p>Before changing anything, we instrumented every step in the pipeline and collected two weeks of timings, and the results surprised the whole team.</p>
				<ul><li>Building the Docker image: 14 minutes on average, even for one-line changes</li><li>Installing gems and JavaScript packages: 6 minutes</li><li>Running RSpec: 17 minutes, on a single runner</li></ul>
				<p>Almost all of the gains came from three unglamorous changes, which we will walk through here in the order we made them.</p>
				<p>Top image: Dana Whitfield</p></article></body></html>`,
			wantInBody:    []string{"Building the Docker image: 14 minutes", "Running RSpec"},
			wantNotInBody: []string{"Dana Whitfield"},
		},
		{
			name: "metadata that give a migrated page's update yield to the publication its byline shows five years earlier",
			page: `<html lang="pt-BR"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Feira do produtor rural de Indaial ganha espaço coberto no centro","datePublished":"2019-08-22T10:05:31-03:00","dateModified":"2019-08-22T10:05:31-03:00"}</script></head><body><article>
				<h1 class="materia__titulo">Feira do produtor rural de Indaial ganha espaço coberto no centro</h1>
				<div class="materia__meta"><span class="materia__autor">Por Mariana Schütz</span> <span class="materia__publicado">Publicado em 03/09/2014 às 14h20</span> <span class="materia__atualizado">Atualizado em 22/08/2019 às 10h05</span></div>
				<p>A feira do produtor rural de Indaial passa a funcionar a partir deste sábado em um espaço coberto na Rua Marechal Deodoro, no centro da cidade.</p>
				<p>Segundo a prefeitura, a estrutura tem capacidade para 40 bancas e deve proteger produtores e clientes da chuva e do sol forte do verão.</p></article></body></html>`,
			wantPublished: "2014-09-03",
			wantInBody:    []string{"sol forte do verão"},
		},
		{
			name: "a hand-made page's one heading is its headline when the title's parts do not tell the site from the page",
			page: `<html><head><title>Dave's Hillwalking Pages - Knoydart trip report</title></head><body><table width="760">
				<tr><td colspan="2"><img src="../images/banner_dave.jpg" alt="Dave's Hillwalking Pages"></td></tr>
				<tr><td class="nav"><a href="../index.html">Home</a><br><a href="../trips.html">Trip reports</a></td><td>
				<h2 align="center"><font color="#2F4F2F">Knoydart: three days in the Rough Bounds</font></h2>
				<p>We took the boat from Mallaig to Inverie on a grey Friday morning, with three days of food and a forecast that promised nothing good.</p>
				<p>Ladhar Bheinn was in cloud all of Saturday, so we went round by Mam Barrisdale instead and camped by the bothy at the head of the loch.</p>
				</td></tr></table></body></html>`,
			wantHeadline: "Knoydart: three days in the Rough Bounds",
		},
		{
			name: "readers' responses under a post are not its text",
			page: `<html lang="en"><body><article><h1>Stop asking for any feedback</h1>
				<div class="section-content"><p>Every design critique I sat through in my first five years ended with the same question, and it never once produced anything useful for the team.</p>
				<p>Replace the open question at the end with two or three specific ones that you have written down in advance, and watch the answers change.</p></div>
				<div class="responsesStream js-responsesStream"><div class="streamItem"><a href="/@dk">Daniel Kowalczyk</a>
				<p>Separating reactions from recommendations is such a good idea. We tried something similar with our juniors and it worked.</p></div></div></article></body></html>`,
			wantInBody:    []string{"watch the answers change"},
			wantNotInBody: []string{"Separating reactions"},
		},
		{
			name: "a box whose button says donate now is an appeal; a report's last line that says it is text",
			page: `<html lang="en"><body><article><h1>Rural hospital to stop delivering babies</h1>
				<p>The hospital in Mesquite Flats will stop delivering babies next month, its chief executive said on Tuesday, citing low payment rates.</p>
				<div class="c-story-body__donate c-callout"><p class="c-callout__title">Quality journalism doesn't come free</p>
				<p class="c-callout__text">Perhaps it goes without saying, but producing quality journalism isn't cheap. Join the thousands of readers who keep this paper free for everyone.</p>
				<a class="c-button" href="/donate?campaign=inline">Donate now</a></div>
				<p>Westbrook said he would reopen the unit if payment rates changed, but warned that rebuilding a staff could take a year or more.</p>
				<p>The hospital's foundation has opened a fund for the unit, and residents who want to help can donate now at the front desk of the clinic.</p>
				</article></body></html>`,
			wantInBody:    []string{"a year or more", "can donate now at the front desk"},
			wantNotInBody: []string{"come free", "thousands of readers"},
		},
		{
			name: "a box whose button says no more than Word lid is a membership appeal",
			page: `<html lang="nl"><body><article><h1>Boeren in de Peel testen stofvrije stallen</h1>
				<p>Drie varkenshouders in de Peel proberen sinds deze zomer een nieuw filtersysteem dat het fijnstof uit hun stallen moet halen.</p>
				<div class="bp-membership-box"><p class="bp-membership-title">Brabants Peil is onafhankelijk en advertentievrij</p><p>Dat kan alleen dankzij onze leden. Word vandaag lid vanaf 6 euro per maand en maak onderzoeksjournalistiek in Brabant mogelijk.</p><a class="button" href="/word-lid/">Word lid</a></div>
				<p>Verhoeven zelf ziet het vooral als een investering in de toekomst van zijn bedrijf, zegt hij, want zijn zoon wil het overnemen.</p>
				</article></body></html>`,
			wantInBody:    []string{"investering in de toekomst"},
			wantNotInBody: []string{"advertentievrij", "dankzij onze leden"},
		},
		{
			name: "a link set in Tailwind's leading-snug is no standfirst",
			page: `<html lang="de"><body><article><h1 class="text-3xl font-black leading-tight">Rentner gräbt 250-Kilo-Blindgänger aus</h1>
				<div class="article-body prose"><p>Horst W. hatte am Samstagnachmittag gerade den Spaten angesetzt, als es plötzlich metallisch klang, und rief die Polizei.</p>
				<div class="not-prose my-4 rounded border-l-4 p-3"><p class="text-xs font-black uppercase">Lesen Sie auch</p>
				<a href="/regional/evakuierung-in-koeln-88398812.html" class="font-bold leading-snug hover:underline">Evakuierung in Köln: 8000 Menschen müssen wegen Blindgänger raus</a></div>
				<p>Der Kampfmittelbeseitigungsdienst bestätigte: Es handelt sich um eine amerikanische 250-Kilo-Bombe mit chemischem Langzeitzünder.</p></div>
				</article></body></html>`,
			wantInBody:    []string{"Langzeitzünder"},
			wantNotInBody: []string{"Evakuierung in Köln"},
		},
		{
			name: "an h2 of prose right under the headline is its standfirst, whatever its class",
			page: `<html lang="es"><body><article><p class="text-red-700 uppercase text-xs">Temporal</p>
				<h1 class="text-3xl font-extrabold">La nevada deja incomunicados cinco pueblos de la sierra</h1>
				<h2 class="text-lg text-gray-600 mt-3">Más de 300 vecinos siguen sin acceso por carretera. La Diputación ha enviado dos quitanieves adicionales.</h2>
				<div class="flex text-sm text-gray-500"><span>Por Redacción</span></div>
				<div class="article-body"><p>Cinco localidades de la sierra amanecieron este domingo aisladas por la nieve caída durante la noche del sábado, según la Diputación.</p>
				<p>La Agencia Estatal de Meteorología mantiene el aviso amarillo por nevadas en cotas superiores a los 900 metros hasta el lunes.</p></div>
				</article></body></html>`,
			wantInBody: []string{"Más de 300 vecinos", "aviso amarillo"},
		},
		{
			name: "a live blog's entries that its template calls comments are its text",
			page: `<html lang="fr"><body><section class="article article--live"><h1>Coupe de France : Rochebrune élimine Valmont aux tirs au but</h1>
				<section id="post-container" class="live__container">
				<section class="post post__live-container" id="post-4402"><div class="post__live-container--hour"><span class="date">23:31</span></div>
				<div class="post__live-container--comment-author"><span class="author__name">Yanis Ferhat</span></div>
				<div class="post__live-container--comment-content"><p class="post__live-container--answer-text">L’entraîneur de Rochebrune, Didier Sabatier, en conférence de presse, la voix cassée : « Mes joueurs se sont entraînés ce matin avant d’aller travailler. »</p></div></section>
				<section class="post post__live-container" id="post-4403"><div class="post__live-container--hour"><span class="date">23:02</span></div>
				<div class="post__live-container--comment-content"><p class="post__live-container--answer-text">TERMINÉ ! Kévin Aubertin transforme le cinquième tir au but et envoie le FC Rochebrune en demi-finale de la Coupe de France.</p></div></section>
				<section class="post post__live-container" id="post-4404"><div class="post__live-container--hour"><span class="date">20:58</span></div>
				<div class="post__live-container--comment-content"><p class="post__live-container--answer-text">Le petit club de la vallée de l’Arve, qui compte 380 licenciés, reçoit ce soir le troisième de Ligue 1 devant un stade plein.</p></div></section>
				</section></section></body></html>`,
			wantInBody: []string{"la voix cassée", "cinquième tir au but", "380 licenciés"},
		},
		{
			name: "a live blog's older entries in a Drupal View's wrapper are its text; a view of teasers is not",
			page: `<html lang="de"><body><main><article class="node node--type-liveblog"><h1>Sturmtief „Ilvy“: Bahn stellt Fernverkehr im Norden ein</h1>
				<div class="node__content"><div class="field field--name-field-liveblog-eintraege field__items">
				<div class="paragraph paragraph--type--liveblog-eintrag" id="eintrag-88054"><div class="liveblog-eintrag__meta"><time datetime="2025-01-13T21:30:00+01:00">21:30 Uhr</time></div>
				<h3 class="liveblog-eintrag__titel">Fähren fahren wieder nicht</h3><div class="field field--name-field-text"><p>Die Reedereien haben den Fährverkehr zu den Ostfriesischen Inseln auch für Dienstag abgesagt, teilten sie am Abend mit.</p></div></div>
				<div class="paragraph paragraph--type--liveblog-eintrag" id="eintrag-88053"><div class="liveblog-eintrag__meta"><time datetime="2025-01-13T20:10:00+01:00">20:10 Uhr</time></div>
				<h3 class="liveblog-eintrag__titel">Kein Unterricht am Dienstag</h3><div class="field field--name-field-text"><p>In 21 Landkreisen und kreisfreien Städten fällt am Dienstag der Präsenzunterricht aus, hat das Kultusministerium mitgeteilt.</p></div></div>
				<div class="paragraph paragraph--type--liveblog-eintrag" id="eintrag-88057"><div class="liveblog-eintrag__meta"><time datetime="2025-01-13T23:40:00+01:00">23:40 Uhr</time></div>
				<h3 class="liveblog-eintrag__titel">Helgoland misst Rekordböe</h3><div class="field field--name-field-text"><p>Auf Helgoland hat der Wetterdienst am späten Abend eine Böe von 158 Kilometern pro Stunde gemessen, so viel wie nie zuvor dort.</p></div></div>
				<div class="paragraph paragraph--type--liveblog-eintrag" id="eintrag-88056"><div class="liveblog-eintrag__meta"><time datetime="2025-01-13T23:05:00+01:00">23:05 Uhr</time></div>
				<h3 class="liveblog-eintrag__titel">Stromausfall in Teilen Ostfrieslands</h3><div class="field field--name-field-text"><p>Rund 12.000 Haushalte in den Landkreisen Aurich und Leer sind seit dem Abend ohne Strom, meldet der Netzbetreiber.</p></div></div>
				<div class="paragraph paragraph--type--liveblog-eintrag" id="eintrag-88055"><div class="liveblog-eintrag__meta"><time datetime="2025-01-13T22:15:00+01:00">22:15 Uhr</time></div>
				<h3 class="liveblog-eintrag__titel">Autobahn 28 nach Unfall gesperrt</h3><div class="field field--name-field-text"><p>Ein Lastwagen ist bei Oldenburg von einer Böe erfasst worden und umgekippt; die Autobahn 28 ist Richtung Bremen gesperrt.</p></div></div>
				<div class="paragraph paragraph--type--liveblog-eintrag" id="eintrag-88052"><div class="liveblog-eintrag__meta"><time datetime="2025-01-13T18:42:00+01:00">18:42 Uhr</time></div>
				<h3 class="liveblog-eintrag__titel">Fähren zu den Inseln fahren nicht mehr</h3><div class="field field--name-field-text"><p>Die Reedereien haben den Fährverkehr zu den Ostfriesischen Inseln für den Rest des Tages eingestellt, auch nach Helgoland.</p></div></div>
				<div class="views-element-container"><div class="view view-liveblog-aeltere-eintraege"><div class="view-content views-infinite-scroll-content-wrapper clearfix">
				<div class="paragraph paragraph--type--liveblog-eintrag" id="eintrag-88051"><div class="liveblog-eintrag__meta"><time datetime="2025-01-13T16:55:00+01:00">16:55 Uhr</time></div>
				<h3 class="liveblog-eintrag__titel">Baum stürzt auf Regionalzug bei Rotenburg</h3><div class="field field--name-field-text"><p>Zwischen Rotenburg (Wümme) und Sottrum ist ein Regionalzug gegen einen umgestürzten Baum gefahren; verletzt wurde niemand.</p></div></div>
				<div class="paragraph paragraph--type--liveblog-eintrag" id="eintrag-88048"><div class="liveblog-eintrag__meta"><time datetime="2025-01-13T06:00:00+01:00">06:00 Uhr</time></div>
				<h3 class="liveblog-eintrag__titel">Wetterdienst warnt vor Orkanböen</h3><div class="field field--name-field-text"><p>Guten Morgen! Sturmtief „Ilvy“ zieht heute vom Atlantik über die Nordsee nach Norddeutschland, warnt der Wetterdienst.</p></div></div>
				</div></div></div></div></div></article>
				<div class="views-element-container"><div class="view view-weitere-artikel"><div class="view-content">
				<div class="teaser"><a href="/a/1">Orkan „Zeynep“: Was vor drei Jahren im Norden geschah und was die Behörden daraus gelernt haben</a></div>
				<div class="teaser"><a href="/a/2">Deichverband: Die Schäden an der Küste sind geringer als nach den Sturmfluten des Winters 2023</a></div>
				</div></div></div></main></body></html>`,
			wantInBody:    []string{"Sottrum", "Guten Morgen!"},
			wantNotInBody: []string{"Zeynep", "Deichverband"},
		},
		{
			name: "a local paper's other club news under the article are not its text",
			page: `<html lang="de"><body><table width="760"><tr><td class="inhalt">
				<h1>Musikverein Harmonie ehrt treue Mitglieder</h1>
				<p>Beim Jahreskonzert in der Gemeindehalle hat der Musikverein Harmonie Oberweiler zwölf Musikerinnen und Musiker für ihre langjährige Treue geehrt.</p>
				<p>Für 50 Jahre aktives Musizieren erhielt Klarinettist Herbert Kuhn die goldene Ehrennadel des Blasmusikverbands; Dirigent Jochen Sailer dankte ihm mit einem Solo.</p>
				<p>Der Verein zählt derzeit 46 aktive Mitglieder, die Jugendkapelle probt jeden Freitag im Probelokal unter der Schule und sucht noch Nachwuchs.</p>
				<br><div class="rubrikkopf">Weitere Vereinsnachrichten aus Oberweiler</div>
				<table width="100%"><tr><td><span class="klein">28.01.25</span><br><a href="/vereine/oberweiler/landfrauen-art-48102.html"><b>Landfrauen backen für den guten Zweck</b></a><br>Beim Kuchenverkauf vor dem Rathaus kamen 1.240 Euro zusammen.</td></tr>
				<tr><td><span class="klein">25.01.25</span><br><a href="/vereine/oberweiler/sportfreunde-art-48077.html"><b>Sportfreunde hoffen auf neuen Kunstrasen</b></a><br>Der Gemeinderat soll im März entscheiden.</td></tr></table>
				</td></tr></table></body></html>`,
			wantInBody:    []string{"sucht noch Nachwuchs"},
			wantNotInBody: []string{"Landfrauen", "Kunstrasen"},
		},
		{
			name: "a newsroom's note about itself closing the article is furniture; a report's last line is not",
			page: `<html lang="en"><body><article><h1>Harlow County hospital closes its labor unit</h1>
				<div class="entry-content"><p>Harlow County Medical Center will stop delivering babies at the end of the month, its chief executive told the county board on Tuesday.</p>
				<p>“If someone can find us eight experienced labor nurses who want to live in Harlow County, I will reopen that unit the next morning,” Okafor said.</p>
				<p><strong>About the Beacon:</strong> The Marrow Valley Beacon is a nonprofit, nonpartisan newsroom covering government, health and the environment in Harlow and Pell counties.</p>
				</div></article></body></html>`,
			wantInBody:    []string{"reopen that unit the next morning"},
			wantNotInBody: []string{"nonpartisan newsroom"},
		},
		{
			name: "Sourcepoint's consent message over the page is not the text",
			page: `<html lang="de"><body><div id="fusion-app"><div id="sp_message_container_912733" class="sp-message-container" style="display:block"><div class="sp-message-open"><div class="sp-message">
				<p class="sp-message__title">Wir brauchen Ihre Zustimmung</p><p class="sp-message__text">Damit finanzieren wir unser Angebot, personalisieren Inhalte und werten die Nutzung aus. Ihre Einwilligung können Sie jederzeit über „Privatsphäre“ im Seitenfuß widerrufen.</p>
				<button class="sp-message__btn">Alle akzeptieren</button></div></div></div>
				<main><h1>Freibad Hohenhorst bleibt auch 2024 geschlossen</h1>
				<p>Wer in diesem Sommer in Hohenhorst schwimmen gehen möchte, muss weiter nach Stade oder an den Baggersee ausweichen, hat der Bauausschuss entschieden.</p>
				<p>Die Kosten der Sanierung steigen nach der neuen Planung auf 6,8 Millionen Euro, fast doppelt so viel wie im Haushalt vorgesehen.</p>
				<p>Grund sind vor allem Schäden an der Betonwanne des Schwimmerbeckens, die erst bei den Probebohrungen im Herbst entdeckt wurden.</p>
				<p>Der Förderverein des Freibads will im Mai mit einer Unterschriftensammlung für eine schnellere Sanierung werben, kündigte seine Vorsitzende an.</p></main></div></body></html>`,
			wantInBody:    []string{"6,8 Millionen Euro"},
			wantNotInBody: []string{"Zustimmung", "Einwilligung"},
		},
		{
			name: "a picture's description (Bitrix's picture-desc) is no part of the text",
			page: `<html lang="ru"><body><div class="news-detail"><h1 class="news-detail__title">Ледовую переправу у Лыскова закрыли</h1>
				<div class="news-detail__anons">Ледовая переправа между Лысковом и Макарьевом закрыта из-за оттепели, сообщили в администрации округа.</div>
				<div class="news-detail__picture"><img src="/upload/pereprava.jpg" alt=""><div class="news-detail__picture-desc">Переправа у Лыскова проработала в этом сезоне 38 дней. Фото: Андрей Соколов / «Нижегородский вестник»</div></div>
				<div class="news-detail__text">Решение о закрытии переправы приняла комиссия по чрезвычайным ситуациям округа во вторник вечером.
				<br />До начала работы парома жителям левобережья придется добираться до райцентра в объезд, через Кстово, это около ста километров.</div></div></body></html>`,
			wantInBody:    []string{"около ста километров"},
			wantNotInBody: []string{"38 дней"},
		},
		{
			name: "a newsletter's sign-off ends its text; its links and its coffee button do not",
			page: `<html lang="en"><body><table><tr><td class="mcnTextContent"><h1>The river that moved in a night</h1>
				<p>In the winter of 1795 the Lugg left its bed below Mortimer’s Cross and cut a new one half a mile to the east, taking two farms and a mill with it.</p>
				<p>Next issue: the strange story of the Leominster ducking stool. As ever, reply to this email if you have a story or a photograph of a good oxbow.</p>
				<p>Until then,<br>Owen</p>
				<h3>Elsewhere in the Marches</h3>
				<p><a href="https://ko-fi.example/fieldnotes">Enjoying Field Notes? Buy me a coffee</a></p></td></tr></table></body></html>`,
			wantInBody:    []string{"good oxbow", "Until then,\nOwen"},
			wantNotInBody: []string{"Buy me a coffee"},
		},
		{
			name: "a live blog's entries in a Drupal View's rows are its text; a View placed as a block beside it is not",
			page: `<html lang="it"><body><article class="node node--type-live-blog"><h1 class="page-title">Terremoto nelle Marche, scossa di magnitudo 4.9: la diretta</h1>
				<div class="field field--name-field-sommario"><p>Una scossa di magnitudo 4.9 ha colpito alle 4.05 di martedì l'entroterra maceratese; non ci sono vittime e due persone sono rimaste lievemente ferite.</p></div>
				<div class="views-element-container"><div class="view view-live-aggiornamenti"><div class="view-content">
				<div class="views-row"><div class="paragraph paragraph--type--live-update" id="agg-5512"><div class="field field--name-field-ora"><time datetime="2025-02-18T22:30:00+01:00">22:30</time></div>
				<div class="field field--name-field-testo"><p>Sono circa 180 le persone che passeranno la notte fuori casa, ospitate nelle palestre di Camerino e Pieve Torina.</p></div></div></div>
				<div class="views-row"><div class="paragraph paragraph--type--live-update" id="agg-5494"><div class="field field--name-field-ora"><time datetime="2025-02-18T19:00:00+01:00">19:00</time></div>
				<div class="field field--name-field-testo"><p>In conferenza stampa a Macerata, la Protezione civile ha annunciato verifiche su tutte le scuole della provincia.</p></div></div></div>
				<div class="views-row"><div class="paragraph paragraph--type--live-update" id="agg-5480"><div class="field field--name-field-ora"><time datetime="2025-02-18T09:40:00+01:00">09:40</time></div>
				<div class="field field--name-field-testo"><p>Treni sospesi tra Castelraimondo e Fabriano per verifiche sulla linea, con autobus sostitutivi ogni ora.</p></div></div></div>
				<div class="views-row"><div class="paragraph paragraph--type--live-update" id="agg-5470"><div class="field field--name-field-ora"><time datetime="2025-02-18T04:20:00+01:00">04:20</time></div>
				<div class="field field--name-field-testo"><p>Una forte scossa di terremoto è stata avvertita alle 4.05 di questa notte in tutto il Maceratese e fino a Perugia.</p></div></div></div>
				</div></div></div></article>
				<section class="block block-views block-views-blockconsulenza-teaser"><div class="consulenza-teaser"><h2>Consulenza vicino a te</h2>
				<p>Di persona, al telefono o in video: i nostri esperti verificano la tua polizza e ti aiutano con la richiesta di risarcimento.</p><a href="/sportelli">Trova lo sportello</a></div></section></body></html>`,
			wantInBody:    []string{"180 le persone", "Castelraimondo", "alle 4.05 di questa notte"},
			wantNotInBody: []string{"nostri esperti"},
		},
		{
			name: "a union's call to become a member closing the post is furniture",
			page: `<html lang="de"><body><article class="post"><h1>Warnstreik bei Kessler Antriebstechnik</h1>
				<section class="gh-content"><p>Bereits um 5.30 Uhr, zu Beginn der Frühschicht, versammelten sich die ersten Kolleginnen und Kollegen vor dem Tor an der Industriestraße.</p>
				<p>Die nächste Verhandlungsrunde ist für den 23. November in Frankfurt angesetzt; weitere Aktionen schließen wir nicht aus.</p>
				<div class="kg-card kg-callout-card"><div class="kg-callout-emoji">✊</div><div class="kg-callout-text"><b>Noch kein Mitglied?</b> Nur Mitglieder erhalten im Streikfall Streikgeld und Rechtsschutz. <a href="/mitglied-werden/">Jetzt online Mitglied werden!</a></div></div>
				</section></article></body></html>`,
			wantInBody:    []string{"weitere Aktionen schließen wir nicht aus"},
			wantNotInBody: []string{"Streikgeld"},
		},
		{
			name: "a fact box set into the text as an aside is the text's; an aside of a reader call, an offer or a pull quote is not",
			page: `<html lang="sv"><body><article><h1>Kommunen bryter snöröjningsavtalet</h1><div class="article-body">
				<p>Kommunen har sagt upp avtalet med entreprenören som skulle ploga lokalgatorna i Härnöviken, efter 143 noterade brister sedan nyår.</p>
				<aside class="not-prose my-6 rounded border-l-4"><p class="font-bold uppercase">Fakta: Snöröjningsavtalet</p>
				<ul><li>Avtalet omfattar plogning av cirka 62 kilometer lokalgator.</li><li>Plogning ska påbörjas när snödjupet når 6 centimeter.</li></ul></aside>
				<p>Bolaget säger att kommunen har ställt orimliga krav och att snöfallet runt nyår inte går att jämföra med en normal vinter.</p>
				<div class="ad-slot"><span>Annons</span><div id="mpu_1"></div></div>
				<aside class="FactBox_box__wQ9eT"><h2>Fakta: Kravet</h2><ul><li>Bolaget kräver 4,2 miljoner kronor i ersättning.</li><li>Avtalet hade två år kvar att löpa.</li></ul></aside>
				<aside class="inline-callout"><p>Har du frågor?</p><p>Text FRÅGA to 0700-555 148 or email snow@bygden.example. We read every message.</p></aside>
				<p>Enligt bolagets jurist uppgår kravet till 4,2 miljoner kronor, motsvarande den återstående ersättningen.</p>
				<aside class="box"><p>Bolagets erbjudande</p><p>Boka plogning av din uppfart för 499 kronor per säsong.</p><a href="/boka">Boka nu</a></aside>
				<p>Gatuchefen räknar med att samtliga villagator ska vara plogade till helgen, med hjälp av två inhyrda traktorer.</p>
				<aside><p>”inte går att jämföra med en normal vinter”</p></aside>
				<p>Kommunen ska nu göra en ny upphandling, som väntas vara klar under våren.</p>
				</div></article></body></html>`,
			wantInBody:    []string{"Fakta: Snöröjningsavtalet", "snödjupet når 6 centimeter", "ny upphandling", "två år kvar att löpa"},
			wantNotInBody: []string{"Text FRÅGA", "499 kronor", "Boka nu", "”inte går"},
		},
		{
			name: "an appeal box whose calls are a row of two buttons is no text",
			page: `<html lang="fr"><body><article><h1>Autrans-Méaudre : le téléski du Claret sera démonté</h1><div class="texte">
				<p>Le conseil municipal a voté jeudi soir le démontage du téléski du Claret, fermé depuis trois hivers faute de neige suffisante.</p>
				<div class="encart-abo"><p class="encart-abo__titre">Soutenez la presse locale</p>
				<p>Notre hebdomadaire vit grâce à ses lecteurs. Pour 4 € par mois, soutenez une information locale indépendante et accédez à tous nos articles.</p>
				<p><a class="btn btn-primary" href="/abonnement">Je m'abonne</a> <a class="btn btn-link" href="/login">Déjà abonné ? Connectez-vous</a></p></div>
				<p>Le démontage devrait coûter environ 250 000 euros, dont la moitié prise en charge par le département.</p>
				<p>Les pylônes seront recyclés et la gare de départ transformée en abri pour les randonneurs, a précisé le maire.</p></div>
				</article></body></html>`,
			wantInBody:    []string{"250 000 euros", "abri pour les randonneurs"},
			wantNotInBody: []string{"Soutenez la presse", "4 € par mois", "Je m'abonne"},
		},
		{
			name: "a bar fixed over the page and a podcast's embed in the text are no text",
			page: `<html lang="tr"><body><div class="position-fixed bottom-0 start-0 end-0 bg-dark"><p class="mb-0 small">Sitemizde kullanıcı deneyimini iyileştirmek amacıyla çerezler kullanılmaktadır. Detaylı bilgi için politikamızı inceleyebilirsiniz.</p></div>
				<article><h1>Akçaova'da zeytin üreticileri kooperatif kurdu</h1><div class="haber-metni">
				<p>Milas'a bağlı Akçaova köyünde 140 zeytin üreticisi, kendi yağhanelerini kurmak için kooperatif çatısı altında birleşti.</p>
				<div class="_2Gq8Z" data-testid="podcast-embed"><p class="_3mDp0">Sabah Bülteni'ni dinleyin</p><p>Zeytinyağı fiyatları neden düşmüyor? Ekonomi muhabirimiz anlatıyor.</p></div>
				<p>Kooperatif başkanı, yağhanenin gelecek hasat dönemine kadar faaliyete geçmesini beklediklerini söyledi.</p></div></article></body></html>`,
			wantInBody:    []string{"140 zeytin üreticisi", "gelecek hasat dönemine"},
			wantNotInBody: []string{"çerezler", "Sabah Bülteni", "Ekonomi muhabirimiz"},
		},
		{
			name: "a box whose button says no more than Quiero apoyar is an appeal",
			page: `<html lang="es"><body><article><h1>La minera pidió ampliar el tajo hacia la laguna</h1><div class="contenido">
				<p>La empresa presentó el martes una solicitud para ampliar el tajo abierto hacia la laguna Chaquicocha, según documentos del ministerio.</p>
				<section class="support-box"><h2>El periodismo independiente necesita de ti</h2>
				<p>Crónica Andina no tiene muro de pago. Si este reportaje te fue útil, considera hacer un aporte mensual desde 10 soles.</p>
				<a class="btn" href="/apoya/">Quiero apoyar</a></section>
				<p>Los comuneros de la zona anunciaron que presentarán una acción de amparo si el ministerio aprueba la ampliación.</p></div></article></body></html>`,
			wantInBody:    []string{"laguna Chaquicocha", "acción de amparo"},
			wantNotInBody: []string{"necesita de ti", "aporte mensual", "Quiero apoyar"},
		},
		{
			name: "a site's standards, transparency and job boxes and a podcast's teaser set in the text are no text",
			page: `<html lang="de"><body><article><h1>Stadtrat beschließt neue Öffnungszeiten für das Stadtbad</h1><div class="article__body">
				<p>Das Stadtbad öffnet vom kommenden Monat an auch sonntags, hat der Stadtrat am Mittwochabend mit großer Mehrheit beschlossen.</p>
				<div class="b-trust-box"><p>Diese Nachricht wurde nach den Grundsätzen des Trust Project aus eigenen Quellen erarbeitet.</p></div>
				<aside class="PodcastTeaser_root__k2LmN"><p>Jeden Morgen sprechen unsere Redakteure über die Nachrichten aus der Stadt.</p></aside>
				<p>Die zusätzlichen Stunden kosten die Stadt nach Angaben der Verwaltung rund 40.000 Euro im Jahr.</p>
				<div class="box box--transparency"><p>Unsere Redakteurinnen und Redakteure sind keinem Verein und keiner Partei verpflichtet.</p></div>
				<div class="bloc-recrutement"><p>Unsere Redaktion sucht eine Volontärin oder einen Volontär ab August.</p></div>
				</div></article></body></html>`,
			wantInBody:    []string{"auch sonntags", "40.000 Euro"},
			wantNotInBody: []string{"Trust Project", "Jeden Morgen", "keinem Verein", "Volontär"},
		},
		{
			name: "a live blog's older entries hidden behind a button, of the shown entries' class, are its text",
			page: `<html lang="nl"><body><article><h1>Verkiezingsavond in het arrondissement: alle uitslagen</h1>
				<ol class="ticker"><li class="ticker__item"><time datetime="2024-10-13T21:10:00+02:00">21.10</time>
				<div class="ticker__body"><p>In Zomergem is de meerderheid van CD&amp;V en een lokale lijst comfortabel verlengd, met een opkomst van 81 procent.</p></div></li>
				<li class="ticker__item"><time datetime="2024-10-13T19:40:00+02:00">19.40</time>
				<div class="ticker__body"><p>De eerste volledige uitslag komt uit Lovendegem, waar de burgemeester zijn absolute meerderheid behoudt.</p></div></li></ol>
				<div class="ticker-more"><ol class="ticker ticker--older" style="display:none;">
				<li class="ticker__item"><time datetime="2024-10-13T14:40:00+02:00">14.40</time>
				<div class="ticker__body"><p>Er wordt in deze gemeente nog op papier gestemd, dus de telling zal tot laat in de avond duren.</p></div></li>
				<li class="ticker__item"><time datetime="2024-10-13T13:55:00+02:00">13.55</time>
				<div class="ticker__body"><p>Over vijf minuten sluiten de stembureaus in de gemeenten die nog op papier stemmen.</p></div></li></ol>
				<button type="button">Toon oudere berichten</button></div>
				<div class="promo" style="display:none"><p>Word abonnee en lees alle verkiezingsverhalen.</p></div>
				</article></body></html>`,
			wantInBody:    []string{"comfortabel verlengd", "op papier gestemd"},
			wantNotInBody: []string{"Word abonnee", "Toon oudere"},
		},
		{
			name: "a node's body field before its field of paragraph modules is its text too",
			page: `<html lang="de"><body><div class="node__content">
				<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item"><p><strong>Rund 400 Menschen aus Bergheide haben am Sonntag mit uns das Gemeindefest gefeiert, bei bestem Spätsommerwetter und mit vollen Tischen.</strong></p>
				<p>Den Auftakt machte der Familiengottesdienst um 10.30 Uhr, den die Kinder der Kita Regenbogen mit einem Anspiel mitgestaltet haben. Die Kirche war so voll, dass zusätzliche Bänke geholt werden mussten.</p>
				<p>Im Anschluss öffnete sich das Gelände rund um die Kirche: Die Pfadfinder boten Stockbrot am Feuer an, im Pfarrgarten gab es Kaffee und Kuchen, und der Chor sang bis in den Nachmittag.</p></div>
				<div class="field field--name-field-paragraphs field__items">
				<div class="field__item"><div class="paragraph paragraph--type--zitat"><blockquote class="field field--name-field-zitat"><p>„Für mich ist das der schönste Tag im Gemeindejahr. Man trifft Leute, die man sonst nur von Weitem kennt.“</p></blockquote>
				<div class="field field--name-field-zitat-quelle">Hannelore Becker, Gemeindemitglied</div></div></div>
				<div class="clearfix text-formatted field field--name-field-text field__item"><h3>Erlös für das neue Dach</h3>
				<p>Am Ende des Tages zählten die Kassiererinnen 4.863,50 Euro aus Kuchenverkauf, Tombola und Spenden. Damit ist das Spendenziel von 25.000 Euro zu mehr als zwei Dritteln erreicht, und die Sanierung kann im Frühjahr beginnen.</p>
				<p>Ein solches Fest gelingt nur, weil viele mit anpacken. Über 70 Ehrenamtliche haben Zelte aufgebaut, Kuchen gebacken, Würstchen gegrillt, Kinder geschminkt und am Abend wieder aufgeräumt.</p>
				<p>Wer Fotos vom Fest gemacht hat und sie der Gemeinde zur Verfügung stellen möchte, kann sie gern an das Gemeindebüro schicken. Wir freuen uns schon auf das nächste Jahr!</p></div>
				<div class="region region-sidebar-second"><div class="block block-block-content"></div></div></div></div></body></html>`,
			wantInBody: []string{"Familiengottesdienst", "Stockbrot am Feuer", "4.863,50 Euro", "Gemeindebüro schicken"},
		},
		{
			name: "an appeal's box by its class and a recipe card's call to share are no text",
			page: `<html lang="en"><body><article><h1>Lemon drizzle loaf</h1><div class="entry-content">
				<p>This loaf is the one I bake when friends come round at short notice: it takes ten minutes to mix and an hour in the oven.</p>
				<div class="wp-block-group sureno-donation-inline"><p>With a monthly gift you help this blog stay free of ads and sponsored posts.</p></div>
				<div class="support-callout"><p><strong>The Kitchen Table is reader-supported.</strong> Members get every recipe card as a printable booklet.</p></div>
				<p>Leave the loaf in its tin while you make the drizzle, then pour it over while both are still warm so it soaks right in.</p>
				<div class="wprm-recipe"><div class="wprm-call-to-action"><span class="wprm-call-to-action-text">Tag @kitchentable on Instagram or leave a star rating below!</span></div></div>
				</div></article></body></html>`,
			wantInBody:    []string{"ten minutes to mix", "soaks right in"},
			wantNotInBody: []string{"monthly gift", "reader-supported", "Tag @kitchentable"},
		},
		{
			name: "an update's heading whose slug id says comment, its times' digits run together, is the text's",
			page: `<html lang="en"><body><article><h1>Live: council votes on the 2025 budget</h1><section class="gh-content">
				<h3 id="1110-pm-%E2%80%94-amendment-restores-eastside-hours">11:10 p.m. — Amendment restores Eastside hours</h3>
				<p>Councilmember Rosa Delgado's amendment to keep the Eastside branch open on Mondays passed 6-1, and a similar one for Northgate failed.</p>
				<h3 id="915-pm-%E2%80%94-public-comment-closes-after-71-speakers">9:15 p.m. — Public comment closes after 71 speakers</h3>
				<p>After nearly three hours, public comment is finally over. By my count, 58 of the 71 speakers talked about the libraries.</p>
				<h3 id="605-pm-%E2%80%94-whats-on-the-table">6:05 p.m. — What's on the table</h3>
				<p>Good evening from the council chambers on Front Street. The proposed budget totals $412 million, up 4.6% from this year.</p>
				</section></article></body></html>`,
			wantInBody: []string{"Public comment closes", "58 of the 71 speakers", "Good evening from the council"},
		},
		{
			name: "a tipline box, Czech comments, Italian related stories, the next article's teaser and an ad marker are no text",
			page: `<html lang="it"><body><article><h1>Frana a Roccalta, evacuate tre famiglie</h1><div class="testo">
				<p>Una frana si è staccata nella notte dal versante sopra via Sant'Anna, costringendo tre famiglie a lasciare le loro case.</p>
				<p class="ad-label">L'articolo continua dopo la pubblicità</p>
				<p>I tecnici del Comune hanno chiuso la strada e installato sensori per misurare i movimenti del terreno nelle prossime settimane.</p>
				<div class="tipline-box"><p>Seen a suspicious post? Send it to our tipline on Viber and our team may check it.</p></div>
				<div class="diskuze"><p>Karel M.: Obdivuhodné, u nás se to plánuje patnáct let a pořád nic se neděje.</p></div>
				<table class="correlati"><tr><td>15/02/2023</td><td><a href="/a">Allerta arancione, chiuse le scuole in sei Comuni</a></td></tr></table>
				<div class="next-article"><p>Il sindaco ha presentato il nuovo piano per le strade provinciali, con lavori in dodici cantieri entro l'estate.</p></div>
				</div></article></body></html>`,
			wantInBody:    []string{"tre famiglie", "sensori per misurare"},
			wantNotInBody: []string{"continua dopo", "tipline", "Obdivuhodné", "Allerta arancione", "dodici cantieri"},
		},
		{
			name: "a side column's box classed as text does not keep the column: its teasers do not outscore the article",
			page: `<html lang="de"><body><div id="wrapper"><main id="main"><div class="mod_article block"><div class="mod_newsreader block"><div class="layout_full block">
				<h1>Ackerbautag in Soest: Mulchsaat und die Frage nach dem Wasser</h1>
				<div class="ce_text block"><p>Beim Ackerbautag der Landwirtschaftskammer in Soest ging es am Dienstag vor allem um eine Frage: wie Betriebe mit Trockenheit umgehen.</p>
				<p>Die Stadthalle war bereits kurz nach neun Uhr voll besetzt, mehr als 600 Landwirtinnen und Landwirte waren gekommen.</p></div>
				<div class="ce_text block"><h2>Mulchsaat statt Pflug</h2><p>Auf den Parzellen mit Mulchsaat lagen die Winterweizenerträge in trockenen Jahren um bis zu neun Prozent höher.</p>
				<p>Allerdings erfordere der Verzicht auf den Pflug ein genaueres Management bei Strohverteilung und Schneckenbekämpfung.</p></div>
				<div class="ce_text block"><p>Der nächste Ackerbautag findet im Februar 2026 in Paderborn statt, kündigte die Kammer zum Abschluss an.</p></div>
				</div></div></div></main>
				<aside id="right"><div class="inside"><div class="mod_newslist weitere-artikel block"><h2>Weitere Artikel aus dem Pflanzenbau</h2>
				<div class="layout_latest block"><h3><a href="/a">Neue Gebietskulisse ab April</a></h3><p class="teaser">In Nordrhein-Westfalen fallen zum 1. April rund 40.000 Hektar aus der Gebietskulisse heraus. Andere Flächen kommen neu hinzu, vor allem im Münsterland.</p></div>
				<div class="layout_latest block"><h3><a href="/b">Rapsschädlinge früh unterwegs</a></h3><p class="teaser">Wegen der milden Witterung rechnet der Pflanzenschutzdienst mit einem frühen Zuflug. Gelbschalen sollten ab Anfang März aufgestellt werden.</p></div>
				<div class="layout_latest block"><h3><a href="/c">Empfehlungsliste Braugerste</a></h3><p class="teaser">Die Ergebnisse der Landessortenversuche liegen vor. Für die Braugerste stehen zwei neue Sorten erstmals auf der Empfehlungsliste.</p></div></div>
				<div class="ce_text marktpreise block"><h2>Erzeugerpreise Westfalen</h2><table><tr><td>Brotweizen</td><td>212 €/t</td></tr><tr><td>Futtergerste</td><td>188 €/t</td></tr><tr><td>Raps</td><td>468 €/t</td></tr><tr><td>Schlachtschweine (VEZG)</td><td>1,87 €/kg</td></tr></table>
				<p>Die Preise werden jeden Mittwoch aktualisiert und geben die Notierungen der Vorwoche wieder, ohne Gewähr.</p></div></div></aside></div></body></html>`,
			wantInBody:    []string{"vor allem um eine Frage", "Winterweizenerträge", "Februar 2026 in Paderborn"},
			wantNotInBody: []string{"Gebietskulisse", "Gelbschalen", "Brotweizen"},
		},
		{
			name: "a ticker's archive of older entries of the shown entries' class is its text; a blog's archive of months is not",
			page: `<html lang="de"><body>
				<div class="field field--name-field-ticker-entries">
				<div class="paragraph paragraph--type--ticker-entry"><div class="ticker-entry__text"><p>Die Gewerkschaft hat am späten Abend bestätigt, dass der Streik wie geplant fortgesetzt wird. Ein neues schriftliches Angebot liege nicht vor, sagte der Bezirksleiter.</p></div>
				<div class="paragraph paragraph--type--ticker-entry"><div class="ticker-entry__text"><p>Die Handelskammer hat die Tarifparteien aufgefordert, schnell an den Verhandlungstisch zurückzukehren. Vor allem kleinere Betriebe im Umland litten unter dem Streik.</p>
				<p>Nach einer Blitzumfrage der Kammer unter 240 Mitgliedsunternehmen meldete knapp ein Drittel Ausfälle beim Personal.</p>
				<div class="paragraph paragraph--type--ticker-entry"><h3>Bahn: Notfahrplan funktioniert weitgehend</h3><div class="ticker-entry__text"><p>Nach Angaben der Bahn läuft der Notfahrplan stabil. Auf der Strecke zwischen Bremen und Hamburg verkehrt etwa jede zweite Stunde ein Intercity.</p></div>
				</div></div>
				<span class="embedded-teaser__label">Mehr zum Thema</span>
				<div class="field field--name-field-ticker-entries-archive ticker-archive">
				<div class="paragraph paragraph--type--ticker-entry"><div class="ticker-entry__text"><p>Mehrere Schulen im Landkreis haben Eltern informiert, dass Schülerinnen und Schüler wegen des Streiks entschuldigt fehlen dürfen. Klassenarbeiten an diesem Tag sollen verschoben werden.</p></div></div>
				<div class="paragraph paragraph--type--ticker-entry"><div class="ticker-entry__text"><p>Guten Morgen, der angekündigte Warnstreik im Personenverkehr hat pünktlich um 3 Uhr begonnen. An den Bahnhöfen in der Region stehen die meisten Züge still.</p></div></div>
				</div></div></div>
				<p class="copyright">© Nordwelle Medien GmbH 2024 – Alle Rechte vorbehalten</p>
				<div class="widget-archive archive"><div class="month"><p>Im Februar erschienen 42 Beiträge über Verkehr, Streiks und den Nahverkehr in der Region.</p></div><div class="month"><p>Im Januar erschienen 38 Beiträge über Verkehr, Baustellen und den Winterdienst in der Region.</p></div></div></body></html>`,
			wantInBody:    []string{"Notfahrplan", "Klassenarbeiten an diesem Tag", "pünktlich um 3 Uhr"},
			wantNotInBody: []string{"42 Beiträge"},
		},
		{
			name: "an element whose role says it is a heading of level 1 is the h1; an h1 for screen readers only does not stand beside it",
			page: `<html lang="nl"><head><title>Deventer stopt met bouw nieuw zwembad De Scheg - NieuwsOost</title>
				<meta property="og:title" content="Deventer stopt met bouw nieuw zwembad De Scheg"></head><body>
				<h1 class="sr-only">NieuwsOost – nieuws uit Overijssel en de Achterhoek</h1>
				<main><h2 class="text-xl">Nieuws uit Deventer</h2>
				<div role="heading" aria-level="1" class="text-3xl font-extrabold">Gemeente Deventer trekt stekker uit nieuw zwembad: 'Kosten liepen volledig uit de hand'</div>
				<p>De gemeente Deventer stopt met de bouw van een nieuw zwembad op de plek van De Scheg, heeft de gemeenteraad woensdag besloten.</p>
				<p>De verwachte kosten waren opgelopen tot 48 miljoen euro, bijna twee keer zoveel als in 2021 was begroot.</p></main></body></html>`,
			wantHeadline: "Gemeente Deventer trekt stekker uit nieuw zwembad: 'Kosten liepen volledig uit de hand'",
			wantInBody:   []string{"48 miljoen euro"},
		},
		{
			name: "a permalink mark in a headline marked itemprop=headline on a div is no word of it",
			page: `<html lang="en"><body><article><div itemprop="headline" class="title">Library extends its Sunday opening hours<a href="#title">¶</a></div>
				<div class="content"><p>The central library will open on Sundays from noon to five from next month, the council said on Tuesday.</p>
				<p>The extra hours are paid for by a grant from the county's community fund for the next two years.</p></div></article></body></html>`,
			wantHeadline: "Library extends its Sunday opening hours",
		},
		{
			name: "a pull quote the text says nowhere else is its text; one that repeats a line of it, edited, is not",
			page: `<html lang="en"><body><article><h1>Village pumps kept running by their own committees</h1>
				<div class="entry-content"><p>Two years after the district handed its hand pumps over to village committees, most of them are still working, a survey by the water office found.</p>
				<p>Of the 64 pumps in the survey, 57 were in working order in September, against 31 when the district still sent its own mechanics.</p>
				<figure class="wp-block-pullquote"><blockquote><p>"Before, when the pump broke, we waited for someone to come. Now we have the spanners and we know what to do."</p><cite>Mary Kavesi, treasurer</cite></blockquote></figure>
				<p>Each committee collects a small monthly fee from every household and keeps a set of tools and spare parts in the village.</p>
				<p>The committees say money, not skill, is their worry: a new cylinder costs more than a year of fees, and the district pays nothing towards it.</p>
				<blockquote class="pullquote"><p>"A new cylinder costs more than a year of fees, and the district pays nothing."</p></blockquote>
				<p>The water office said it would ask the council to set up a fund for large repairs next year.</p></div></article></body></html>`,
			wantInBody:    []string{"Now we have the spanners and we know what to do.", "a new cylinder costs more than a year of fees, and the district pays nothing towards it."},
			wantNotInBody: []string{"the district pays nothing.\""},
		},
		{
			name: "what an AMP component shows until it loads, its fallback or placeholder, is not the text",
			page: `<html amp lang="en"><body><article><h1>Okoro rallies Herons past Delta Tech in final minute</h1>
				<div class="gnt_ar_b"><p>Magnolia State quarterback Jaylen Okoro ran for the winning touchdown with 14 seconds left on Saturday night.</p>
				<amp-video width="640" height="360" layout="responsive" controls><source src="/videos/okoro.mp4" type="video/mp4"><div fallback><p>Video cannot be shown in this browser.</p></div></amp-video>
				<p>The Herons had trailed by ten points with eight minutes to play before two long drives turned the game around.</p>
				<amp-iframe width="500" height="280" layout="responsive" sandbox="allow-scripts" src="https://platform.example/embed/Tweet.html?id=1"><div placeholder class="gnt_em_soc_ph">View this post on X</div></amp-iframe>
				<p>Magnolia State outgained Delta Tech 446 to 402 but committed nine penalties for 81 yards.</p></div></article></body></html>`,
			wantInBody:    []string{"winning touchdown", "nine penalties"},
			wantNotInBody: []string{"cannot be shown", "View this post on X"},
		},
		{
			name: "a table of one link or two under a furniture title is no text; a table of links without one is judged as before",
			page: `<html lang="cs"><body><table><tr><td>
				<h1>V Poličce se po sedmdesáti letech znovu bude vařit pivo</h1>
				<p>Naposledy se v Poličce vařilo pivo v roce 1953, kdy byl místní měšťanský pivovar po znárodnění uzavřen a výroba převedena jinam.</p>
				<table width="100%"><tr><td class="box_nadpis">Přečtěte si také</td></tr>
				<tr><td>&raquo; <a href="/zpravy/clanek.php?id=8790">Hradby v Poličce projdou další etapou opravy</a><br>
				&raquo; <a href="/kultura/clanek.php?id=8812">Centrum Bohuslava Martinů chystá tři nové výstavy</a></td></tr></table>
				<p>Podle plánů by v přízemí sladovny měla vzniknout varna s kapacitou zhruba dvou tisíc hektolitrů ročně a restaurace se sedmdesáti místy.</p>
				<table><tr><td>Zdroj dat</td></tr><tr><td><a href="https://www.czso.example/pivovary">Český statistický úřad</a></td></tr></table>
				<p>Majitelé chtějí první várku uvařit na podzim příštího roku, pokud stavební úřad vydá povolení do léta.</p></td></tr></table></body></html>`,
			wantInBody:    []string{"varna s kapacitou", "Český statistický úřad"},
			wantNotInBody: []string{"Přečtěte si také", "Hradby v Poličce", "Centrum Bohuslava"},
		},
		{
			name: "a data table classed as links that holds no link is the text; a box of links so classed is not",
			page: `<html lang="de"><body><main><h1>Grundwasser: Pegel bleiben trotz nassem Oktober niedrig</h1>
				<div class="text"><p>Das Landesamt betreibt ein Messnetz mit rund 1.450 Grundwassermessstellen, die überwiegend monatlich abgelesen werden.</p>
				<table class="textualData links"><caption>Grundwasserstände im Oktober 2025 nach Naturraum</caption>
				<thead><tr><th>Naturraum</th><th>unter dem Mittel</th><th>über dem Mittel</th></tr></thead>
				<tbody><tr><td>Nordöstliche Hochflächen</td><td>79 %</td><td>4 %</td></tr><tr><td>Bergland</td><td>37 %</td><td>15 %</td></tr></tbody></table>
				<p>Akute Engpässe in der öffentlichen Trinkwasserversorgung sind derzeit nicht zu erwarten, teilte das Landesamt mit.</p>
				<div class="links"><p><a href="/pm/46">Pressemitteilung 46/2025: Neue Messstellen im Bergland in Betrieb genommen</a></p></div></div></main></body></html>`,
			wantInBody:    []string{"Nordöstliche Hochflächen", "Engpässe"},
			wantNotInBody: []string{"Neue Messstellen"},
		},
		{
			name: "a French appeal box classed as such (encart-soutien) is not the text",
			page: `<html lang="fr"><body><article><h1>À Plouzané, la mairie passe ses ordinateurs sous Linux</h1>
				<div class="contenu"><p>Depuis janvier, les quarante postes de la mairie de Plouzané tournent sous un système libre, une première dans le Finistère.</p>
				<div class="encart-soutien"><p class="encart-soutien__titre">Octet vit grâce à ses lectrices et lecteurs</p>
				<p>Pas de publicité, pas d'actionnaire : si vous voulez que ces enquêtes continuent, rejoignez les 3 800 personnes qui nous font vivre.</p></div>
				<p>Le service informatique estime l'économie à 28 000 euros par an en licences, sans compter le matériel qui dure plus longtemps.</p></div></article></body></html>`,
			wantInBody:    []string{"quarante postes", "28 000 euros"},
			wantNotInBody: []string{"grâce à ses lectrices", "3 800 personnes"},
		},
		{
			name:          "a posting date the day after the URL's day is the publication",
			page:          fmt.Sprintf(postedPage, "Tuesday, 03/12/2024"),
			opts:          extract.Options{URL: "https://www.tollivervalleysentinel.example/news/2024/03/11/county-adopts-wind-turbine-setback-rules.html"},
			wantPublished: "2024-03-12",
		},
		{
			name:          "a posting date two days after the URL's day does not move it",
			page:          fmt.Sprintf(postedPage, "Wednesday, 03/13/2024"),
			opts:          extract.Options{URL: "https://www.tollivervalleysentinel.example/news/2024/03/11/county-adopts-wind-turbine-setback-rules.html"},
			wantPublished: "2024-03-11",
		},
		{
			name: "a line that points to another story between the lines of a text written in lines is no line of it",
			page: `<html lang="ro"><body><table><tr><td class="text"><h1>Apa caldă se oprește trei zile în Mioveni</h1>
				Potrivit reprezentanților Termo Mioveni, furnizarea apei calde va fi oprită vineri, 8 martie, la ora 6:00, pentru înlocuirea unei conducte.<br><br>
				<b>Citeşte şi: <a href="/stiri/mioveni-autobuze-id48177.html">Primăria Mioveni cumpără zece autobuze electrice</a></b><br><br>
				Sunt vizate blocurile din cartierele Colibași, Racoviță și Făget, precum și zona centrală a orașului.<br><br>
				RELATED: <a href="/stiri/pitesti-caldura-id48102.html">Facturile la căldură scad cu 12% din aprilie</a><br><br>
				Lucrarea, în valoare de aproximativ 1,9 milioane de lei, este finanțată din bugetul local.</td></tr></table></body></html>`,
			wantInBody:    []string{"furnizarea apei calde", "cartierele Colibași", "bugetul local"},
			wantNotInBody: []string{"zece autobuze", "Facturile la căldură"},
		},
		{
			name: "a fact box aside alone in a CMS's module between the modules of the text's paragraphs is the text",
			page: `<html lang="fr-CH"><body><article><h1>Villeneuve veut un nouvel embarcadère pour la CGN</h1>
				<div class="field--name-field-paragraphs">
				<div class="paragraph paragraph--type--texte"><div class="field--name-field-texte"><p>Le projet retenu par la Municipalité prévoit de démonter entièrement l’ouvrage actuel, construit en 1911 puis agrandi dans les années 1960.</p></div></div>
				<div class="paragraph paragraph--type--encadre"><aside class="encadre"><h3 class="encadre__title">En chiffres</h3>
				<ul><li>4,2 millions de francs: coût total estimé du projet</li><li>8 mois de travaux, entre octobre 2025 et mai 2026</li></ul></aside></div>
				<div class="paragraph paragraph--type--texte"><div class="field--name-field-texte"><p>Tout le monde ne partage pas l’enthousiasme de l’exécutif, et un référendum reste possible si le crédit est accepté.</p></div></div>
				</div></article></body></html>`,
			wantInBody: []string{"démonter entièrement", "4,2 millions de francs", "référendum reste possible"},
		},
		{
			name:          "an update shown a day after the publication does not date the article",
			page:          fmt.Sprintf(updatedPage, "2024-11-05T14:32:00+05:30", "Nov 05, 2024 02:32 PM"),
			wantPublished: "2024-11-04T22:15:00+05:30",
		},
		{
			name:          "an update shown months after the publication, and no publication, dates the article as it shows",
			page:          fmt.Sprintf(updatedPage, "2025-01-08T14:32:00+05:30", "Jan 08, 2025 02:32 PM"),
			wantPublished: "2025-01-08T14:32:00+05:30",
		},
		{
			name: "of several h1s, the one of a sentence's length beside a section's name is the headline, though the titles word it otherwise",
			page: `<html lang="de"><head><title>Genossenschaften bauen wieder: Was Leipzig anders macht – Ostwerk</title>
				<meta property="og:title" content="Genossenschaften bauen wieder: Was Leipzig anders macht"></head><body>
				<header><h1 class="text-xs font-bold uppercase"><a href="/wirtschaft">Wirtschaft</a></h1></header>
				<article><div role="heading" aria-level="1" class="font-serif"><span class="block text-xs uppercase">Wohnen</span>
				<span class="block text-4xl font-bold">Warum Genossenschaften in Leipzig plötzlich wieder bauen</span></div>
				<p>Jahrzehntelang haben die Leipziger Wohnungsgenossenschaften nur saniert und abgerissen. Jetzt entstehen erstmals seit der Wende wieder Neubauten.</p>
				<p>Drei Genossenschaften haben sich für ein gemeinsames Quartier im Leipziger Osten zusammengetan.</p></article></body></html>`,
			wantHeadline: "Warum Genossenschaften in Leipzig plötzlich wieder bauen",
		},
		{
			name: "a table of related stories titled in its first row, set into a text of lines, is no text",
			page: `<html lang="es-MX"><body><table><tr><td class="texto-nota"><h1>Cae la producción de caña en la cuenca del Papaloapan</h1><font size="3">
				<b>Tuxtepec, Oax.-</b> Los cinco ingenios azucareros de la cuenca concluyeron la zafra con una molienda de 4.1 millones de toneladas de caña.<br><br>
				La principal causa fue la prolongada sequía que afectó a la región entre abril y agosto del año pasado.<br><br>
				<table align="right" width="220" class="nota-relacionada"><tr><td class="titulo-relacionada">NOTAS RELACIONADAS</td></tr>
				<tr><td><a href="nota.php?id=77190">Presa Cerro de Oro, al 38% de su capacidad</a></td></tr>
				<tr><td><a href="nota.php?id=76988">Cortadores de caña denuncian falta de pago en Loma Bonita</a></td></tr></table>
				En conferencia de prensa, los productores pidieron un programa emergente de apoyo para la compra de semilla y fertilizante.<br><br>
				Los ingenios prevén iniciar la próxima zafra a mediados de noviembre.</font></td></tr></table></body></html>`,
			wantInBody:    []string{"prolongada sequía", "programa emergente de apoyo", "próxima zafra"},
			wantNotInBody: []string{"NOTAS RELACIONADAS", "Presa Cerro de Oro", "Cortadores de caña"},
		},
		{
			name: "a table of links, each story's date in a cell before it, is no text",
			page: `<html lang="de-CH"><body><table><tr><td width="500"><h1>Wattwil: Ja zur Sanierung des Hallenbads</h1>
				<p>Die Stimmberechtigten haben an der Gemeindeversammlung vom Donnerstag der Sanierung des Hallenbads zugestimmt.</p>
				<p>Die Bauarbeiten sollen im Frühling 2026 beginnen und rund 18 Monate dauern, das Bad bleibt so lange geschlossen.</p>
				<font size="2"><b>Weitere Artikel aus der Region</b></font><br>
				<table width="100%"><tr><td width="90">06.02.2025</td><td><a href="/artikel.php?id=104">Ebnat-Kappel: Neuer Pächter für das Restaurant Rosenbühl</a></td></tr>
				<tr><td>04.02.2025</td><td><a href="/artikel.php?id=97">Lichtensteig: Städtlimarkt zieht positive Bilanz</a></td></tr>
				<tr><td>31.01.2025</td><td><a href="/artikel.php?id=82">Neckertal: Gemeinderat will Schulhaus Brunnadern verkaufen</a></td></tr></table></td></tr></table></body></html>`,
			wantInBody:    []string{"Stimmberechtigten", "18 Monate"},
			wantNotInBody: []string{"Neuer Pächter", "Städtlimarkt", "Schulhaus Brunnadern"},
		},
		{
			name: "the date in the unmarked line of facts that holds the writer's marked name dates the page",
			page: `<html lang="ro"><body><table width="990"><tr><td style="font:11px Verdana">&nbsp;&nbsp;Marți, 14 ianuarie 2025 | Curs BNR: 1 EUR = 5,0862 lei</td></tr>
				<tr><td><span class="titlu_articol">Podul de pe strada Morilor se închide trei luni pentru consolidare</span></td></tr>
				<tr><td style="font:11px Verdana">de <a href="/autor.php?id=17" class="autor"><b>Andrei Munteanu</b></a> &nbsp;|&nbsp; Luni, 13 ianuarie 2025, 08:15 &nbsp;|&nbsp; Citit: 2.341 ori</td></tr>
				<tr><td><p>Primăria Sibiu a anunțat joi că podul peste Cibin de pe strada Morilor va fi închis complet traficului rutier începând de luni.</p>
				<p>Lucrările de consolidare vor dura aproximativ trei luni, iar pietonii vor putea traversa pe o pasarelă provizorie.</p></td></tr></table></body></html>`,
			wantPublished: "2025-01-13",
		},
		{
			name: "a heading left last, what it headed left out, is no text",
			page: `<html lang="de"><body><main><article><h1>Krötenwanderung: 4.000 Tiere über die Straße getragen</h1>
				<p>Die Kröten wandern in diesem Jahr früher als sonst, die Helfer haben an drei Straßen Zäune aufgestellt und jeden Morgen die Eimer geleert.</p>
				<p>Allen Helferinnen und Helfern ein herzliches Dankeschön! Das Abschlusstreffen findet am 17. Juni an der Grillhütte statt.</p></article>
				<div id="block-spendenaufruf" class="block block-block-content"><h2>Helfen Sie mit!</h2>
				<div class="field field--name-body"><p>Schutzzäune und Eimer kosten jedes Jahr mehrere tausend Euro. Unterstützen Sie unsere Arbeit mit einer Spende – sie ist steuerlich absetzbar.</p>
				<p><a class="button" href="/spenden">Spenden</a> <a class="button" href="/mitglied-werden">Mitglied werden</a></p></div></div>
				<div class="block block-views"><h2>Weitere Meldungen</h2><div class="view-content">
				<div class="views-row"><span class="field-content">03.05.2017</span> <a href="/aktuelles/pflegeeinsatz">Pflegeeinsatz am Dutenhofener See: 40 Helfer entschlammen Laichtümpel</a></div>
				<div class="views-row"><span class="field-content">11.04.2017</span> <a href="/aktuelles/gelbbauchunke">Gelbbauchunke: Neuer Nachweis im Hinterland</a></div></div></div></main></body></html>`,
			wantInBody:    []string{"Zäune aufgestellt", "Abschlusstreffen"},
			wantNotInBody: []string{"Helfen Sie mit", "Unterstützen Sie"},
		},
		{
			name: "a posting line's slashed date with a two-digit year dates the page, in the locale's order",
			page: `<html lang="en-US"><body><table width="760"><tr><td><font size="5"><b>USD 327 board sets bond election for May</b></font><br><br>
				<font size="1">By <b>Harold T. Briggs</b><br>Gazette Staff Writer<br>Posted 3/12/03</font><br><br>
				<font size="2">The school board voted 6-1 Tuesday night to put a $14.8 million bond issue before voters on May 6.<br><br>
				The money would pay for a new roof at the high school and two classroom additions at Lincoln Elementary.</font></td></tr></table></body></html>`,
			wantPublished: "2003-03-12",
		},
		{
			name: "the webmentions other sites sent a blog post are not its text",
			page: `<html lang="en"><body><article class="post"><h1>On copying sentences by hand</h1>
				<div class="post-content"><p>For three years I have copied one paragraph a day into a notebook, by hand, from whatever book I happen to be reading.</p>
				<p>The slowness is the whole point: you find out within a page whether you can stand the company of a writer all week.</p></div>
				<section class="webmentions" id="webmentions"><h2 class="webmentions__title">Webmentions</h2>
				<p class="webmentions__counts"><span>46 likes</span> · <span>12 reposts</span> · <span>4 replies</span></p>
				<ol class="webmentions__list"><li class="webmention webmention--reply"><a href="https://mastodon.example/@hana">Hana</a>
				<p>This made me go and dig out the notebook I kept for exactly one term in 1998.</p></li></ol>
				<p class="webmentions__help">Replied to this post on your own site? <a href="/webmentions/">Send a webmention</a>.</p></section>
				</article></body></html>`,
			wantInBody:    []string{"the whole point"},
			wantNotInBody: []string{"Webmentions", "46 likes", "dig out the notebook", "Send a webmention"},
		},
		{
			name: "a club's news item is headed by the cell classed as the news title, not by the title's section",
			page: `<html><head><title>Cust Valley Rugby Football Club :: News</title></head><body><table width="780">
				<tr><td class="menu"><a href="index.php">Home</a><br><a href="news.php">News</a><br><a href="draw.php">Draw</a></td><td>
				<table class="newsitem"><tr><td class="newstitle"><b>Seniors too good for Ohoka</b></td></tr>
				<tr><td class="newsbody"><p>The senior side made it five wins from five on Saturday with a 34-12 win over Ohoka at the domain, scoring five tries to two.</p>
				<p>Coach Dave Fenwick said the forwards had laid the platform early and the backs had finished their chances well in the second half.</p></td></tr></table>
				</td></tr></table></body></html>`,
			wantHeadline: "Seniors too good for Ohoka",
		},
		{
			name: "a local paper's story is headed by its headline under the section's h1 Lokales",
			page: `<html lang="de"><head><title>LZ-Online: Lokales</title></head><body><div id="inhalt">
				<h1 class="rubrik">Lokales</h1><h2 class="unterrubrik">Detmold</h2>
				<span class="headline">Hiddeser Freibad bekommt eine neue Riesenrutsche</span><br>
				<p><b>Detmold-Hiddesen.</b> Die Sommerferien können kommen: Im Hiddeser Freibad wird in diesen Tagen eine neue Großrutsche aufgebaut, 62 Meter lang.</p>
				<p>Der Förderverein hat dafür in zwei Jahren 48.000 Euro gesammelt, den Rest trägt die Stadt, die das Bad seit 1998 betreibt.</p></div></body></html>`,
			wantHeadline: "Hiddeser Freibad bekommt eine neue Riesenrutsche",
		},
		{
			name: "a SPIP article is dated by its own line, not by its forum's first reply",
			page: `<html lang="fr"><body><div id="contenu"><h1 class="titre">Le festival d'automne dévoile sa programmation</h1>
				<div class="detail">mardi 14 septembre 2004, par <a href="auteur3.html">Jean-Marc Aubier</a></div>
				<div class="texte"><p>Le festival de jazz revient à Ambert du 8 au 10 octobre avec douze concerts sur trois scènes et une soirée consacrée aux jeunes groupes de la région.</p>
				<p>La billetterie ouvre lundi à l'office de tourisme, et les abonnements pour les trois soirées sont proposés au tarif de 45 euros.</p></div>
				<div class="ps"><div class="titre-bloc">P.-S.</div><p class="spip">Le festival reçoit le soutien de la Ville d'Ambert et du Conseil général du Puy-de-Dôme.</p></div>
				<ul class="forum"><li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><span class="forum-titre">Le festival</span><br>
				<span class="forum-date">15 septembre 2004, par Sylvie M.</span></div><div class="forum-texte"><p class="spip">Super programmation cette année ! Est-ce qu'il y aura un bus depuis Thiers comme en 2002 ?</p></div></div></li></ul>
				</div></body></html>`,
			wantPublished: "2004-09-14",
			wantNotInBody: []string{"Super programmation"},
		},
		{
			name: "a publication shown only as a relative time in its <time> is still shown, beside the update's day",
			page: `<html lang="de"><head><meta property="article:published_time" content="2021-05-18T08:30:14+00:00"><meta property="article:modified_time" content="2023-02-12T16:05:51+00:00"></head><body><article>
				<h1 class="entry-title">FRITZ!Box-Gastzugang einrichten</h1>
				<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2021-05-18T10:30:14+02:00">vor 3 Jahren</time></span>
				<span class="updated-on">Zuletzt aktualisiert: <time class="updated" datetime="2023-02-12T17:05:51+01:00">12. Februar 2023</time></span></div>
				<div class="entry-content"><p>Mit einem Gastzugang trennt ihr Besucher zuverlässig von eurem Heimnetz, und eingerichtet ist er in wenigen Minuten.</p>
				<p>Öffnet dazu die Oberfläche der FRITZ!Box im Browser und wählt unter WLAN den Punkt Gastzugang aus.</p></div></article></body></html>`,
			wantPublished: "2021-05-18T10:30:14+02:00",
		},
		{
			name: "a school's news item: the h1 links to the school's directory, an h2 labels the listing, the h3 is the headline",
			opts: extract.Options{URL: "https://www.northam.example/seas/news/2011/november/fossil-forest-floor-cumbria/"},
			page: `<html lang="en"><head><title>University of Northam - School of Earth and Environmental Sciences - News</title></head><body>
				<div id="school-header"><h1><a href="/seas/">School of Earth and Environmental Sciences</a></h1></div>
				<div id="content"><h2 class="section-title">News</h2><div class="news-item">
				<h3>Northam geologists uncover 300-million-year-old forest floor in Cumbrian quarry</h3>
				<p>Geologists from the School have uncovered a fossilised forest floor, complete with the stumps of tree-sized club mosses, in a working quarry in west Cumbria.</p>
				<p>The find preserves the roots and fallen trunks of a coal swamp as it stood three hundred million years ago, the team said.</p></div></div></body></html>`,
			wantHeadline: "Northam geologists uncover 300-million-year-old forest floor in Cumbrian quarry",
		},
		{
			name: "a club page without headings is headed by its bold line when the title names only the club and its place",
			opts: extract.Options{URL: "http://www.vvdewaterlanders.example/nieuws/2012/341/kampioen-zaterdag-1.html"},
			page: `<html lang="nl"><head><title>v.v. De Waterlanders - Landsmeer</title></head><body><table width="760"><tr><td class="menu">
				<a href="/index.php">Home</a><br><a href="/nieuws.php">Nieuws</a><br><a href="/teams.php">Teams</a></td><td>
				<span class="klein"><a href="/index.php">Home</a> &gt; <a href="/nieuws.php">Nieuws</a> &gt; Clubnieuws</span><br><br>
				<table width="100%"><tr><td><strong class="nieuwstitel">KAMPIOEN! Zaterdag 1 wint met 3-1 van Zwanenburg</strong></td><td class="klein">15-04 | 11:02</td></tr></table>
				<p>Het eerste zaterdagelftal van De Waterlanders is kampioen geworden. Tegen Zwanenburg werd het zaterdagmiddag 3-1 voor ruim driehonderd toeschouwers.</p>
				<p>Na de wedstrijd werd in de kantine nog lang gefeest, en trainer Henk Kroon bedankte de spelers en de vrijwilligers voor een prachtig seizoen.</p>
				</td></tr></table></body></html>`,
			wantHeadline: "KAMPIOEN! Zaterdag 1 wint met 3-1 van Zwanenburg",
		},
		{
			name: "a report's last paragraph that says riders may sign up for alerts, for now, is text",
			page: `<html lang="en"><body><article><h1>Vashon ferry cancellations are costing islanders jobs</h1>
				<p>Commuters on Vashon Island say repeated ferry cancellations on the Fauntleroy route have made them late for work a dozen times since spring.</p>
				<p>"A lot of people on the island don't have the option of working from home," said State Rep. Joan Whitacre, whose district includes the island.</p>
				<p>For now, the ferry system is urging riders to sign up for text alerts and check the WSDOT app before leaving home. The agency said it expects the route to return to its full schedule by mid-July.</p>
				</article></body></html>`,
			wantInBody: []string{"return to its full schedule by mid-July"},
		},
		{
			name: "a town hall's news item is headed by the span classed as the news item's title",
			page: `<html lang="es"><head><title>Ayuntamiento de Villaviciosa de Odón</title></head><body>
				<div class="migas"><a href="../default.aspx">Inicio</a> &gt; <span>Noticias</span></div>
				<div class="tituloSeccion">Noticias</div>
				<span id="lblTitular" class="titularNoticia">Abierto el plazo de inscripción en las Escuelas Deportivas Municipales</span>
				<div class="cuerpoNoticia"><p>El plazo de inscripción en las Escuelas Deportivas Municipales para la temporada 2019-2020 estará abierto hasta el 15 de septiembre.</p>
				<p>Las inscripciones pueden realizarse en el polideportivo municipal o a través de la sede electrónica del Ayuntamiento.</p></div>
				<div class="tituloOtrasNoticias">Otras noticias</div><ul><li><a href="noticia.aspx?id=2870">Fiestas patronales 2019</a></li></ul></body></html>`,
			wantHeadline: "Abierto el plazo de inscripción en las Escuelas Deportivas Municipales",
		},
		{
			name: "a caption's date above the text dates the picture, not the story",
			page: `<html lang="en"><head><meta property="article:published_time" content="2024-01-16T22:05:12"></head><body><main>
				<figure class="Figure"><img src="/propane.jpg" alt=""><div class="CarouselSlide-infoDescription"><p>A propane delivery driver fills a tank at a farm near Ames, Iowa, on Monday, Jan. 15, 2024, as temperatures hovered around minus 20 degrees.</p></div></figure>
				<h1>Iowa farms run short of propane as cold snap drags on</h1>
				<div class="Page-byline"><span>By </span><a href="/author/margery-tollefson">MARGERY TOLLEFSON</a></div>
				<p>Farmers across Iowa are running short of propane as a week of subzero temperatures drives up demand for heating fuel in homes and livestock barns.</p>
				<p>Suppliers say deliveries are taking up to four days, and some have begun limiting how much each customer can buy.</p></main></body></html>`,
			wantPublished: "2024-01-16",
		},
		{
			name: "a county office's release is dated by its Pressemitteilung vom line, not by the page's Stand",
			page: `<html lang="de"><body><div id="inhalt"><p class="datum">Pressemitteilung vom 07.06.2017</p>
				<h1>Landratsamt warnt vor Giftköder in Emmendingen</h1>
				<p>In mehreren Ortsteilen sind in den vergangenen Tagen präparierte Fleischstücke gefunden worden, warnt das Landratsamt Hundehalter im ganzen Kreis.</p>
				<p>Wer einen verdächtigen Köder findet, soll ihn nicht berühren und die Polizei oder das Veterinäramt verständigen.</p>
				<p class="stand">Stand: 08.06.2017</p></div></body></html>`,
			wantPublished: "2017-06-07",
		},
		{
			name: "a journal entry's title opens with the user's name its address holds",
			opts: extract.Options{URL: "http://www.livejournal.example/users/nightjar_kat/188323.html"},
			page: `<html><head><title>nightjar_kat: Finished Jonathan Strange &amp; Mr Norrell (at last)</title></head><body><table><tr><td class="entry">
				<div class="subject">Finished Jonathan Strange &amp; Mr Norrell (at last)</div>
				<div class="entrytext">Took me since Christmas, mostly on the bus, but I finally finished it last night and I am already a little sad that it is over.<br><br>
				The footnotes are the best part, honestly; half the time I read them first and then went back to find where they belonged in the story.</div>
				</td></tr></table></body></html>`,
			wantHeadline: "Finished Jonathan Strange & Mr Norrell (at last)",
		},
		{
			name: "an album review is dated by its Rezension vom line, not by the record's release",
			page: `<html lang="de"><body><div id="rezi"><h1>Die Nachtfalter - Halbschatten</h1>
				<div class="info">VÖ: 05.09.2008 · Grand Hotel van Cleef / Indigo</div>
				<div class="datum">Rezension vom 12.09.2008 · Tobias Brenner</div>
				<p>Auf ihrem zweiten Album klingen die Nachtfalter erwachsener, ohne die Wut der ersten Platte ganz abzulegen, und das steht ihnen erstaunlich gut.</p>
				<p>Am Ende bleibt ein Album, das man im Herbst öfter auflegen wird, als man es sich im Sommer hätte vorstellen können.</p></div></body></html>`,
			wantPublished: "2008-09-12",
		},
		{
			name: "a table's rows of latest news before the article do not date it",
			page: `<html lang="es"><body><table><tr><td class="izq"><table>
				<tr><td class="texto"><span class="fecha">06/02/2006</span><br><a href="noticia_0142.html">Comienzan las obras de reforma del Mercado Municipal</a></td></tr>
				<tr><td class="texto"><span class="fecha">03/02/2006</span><br><a href="noticia_0141.html">Abierto el plazo de inscripción para los talleres de Carnaval</a></td></tr>
				</table></td><td class="centro">
				<span class="fecha">Martes, 7 de febrero de 2006</span><br><span class="titular">La Biblioteca Municipal abrirá los fines de semana</span>
				<p class="texto">La Biblioteca Municipal abrirá también los sábados por la tarde y los domingos por la mañana durante el periodo de exámenes.</p>
				<p class="texto">La sala de estudio contará con cuarenta puestos más y conexión inalámbrica para los estudiantes que la soliciten.</p>
				</td></tr></table></body></html>`,
			wantPublished: "2006-02-07",
		},
		{
			name: "a site's alert bar above a hospital's news story is furniture",
			page: `<html lang="en"><body><main>
				<div class="alert-bar" role="region" aria-label="Site alert"><div class="alert-bar__inner"><strong>Visitor update:</strong> Masks are again required in all patient care areas. <a href="/visitor-policy">See the current visitor policy</a></div></div>
				<h1>Rural telestroke network cuts treatment times by a third</h1>
				<p>Stroke patients at six rural hospitals are now seen by a neurologist within minutes, thanks to a video link to the regional stroke centre.</p>
				<p>Since the network started in March, the median time from arrival to treatment has fallen from 74 to 49 minutes, the hospital said on Tuesday.</p>
				<p>The programme will add two more hospitals next spring, funded by a state grant for rural health care.</p></main></body></html>`,
			wantInBody:    []string{"Stroke patients", "next spring"},
			wantNotInBody: []string{"Masks are again required", "Visitor update"},
		},
		{
			name: "a gallery of photographs after the text is furniture, its captions too",
			page: `<html lang="en"><body><div class="ArticleBody"><h1>Rice bran pickles make a comeback in Niigata</h1>
				<p>NIIGATA--Households that had given up on nukazuke, vegetables pickled in fermented rice bran, are taking up the practice again.</p>
				<p>A mill in Nagaoka says orders for fresh bran have tripled since last spring, most of them from people in their thirties.</p>
				<p>Bran beds need stirring every day, and the mill now runs monthly classes on how to keep one alive through the summer.</p>
				<div class="PhotoGallery"><h2>PHOTO</h2><ul><li><img src="/img/bran.jpg" alt=""><p>White bran is sifted at a mill in Nagaoka, Niigata Prefecture. (Ayaka Suzuki)</p></li></ul></div></div></body></html>`,
			wantInBody:    []string{"NIIGATA--", "through the summer"},
			wantNotInBody: []string{"White bran is sifted", "PHOTO"},
		},
		{
			name: "the part of the text a paywall shows, classed teaser-content, is the text",
			page: `<html lang="en"><body><main><h1>Rural Kansas hospitals run out of ICU beds as coronavirus surges</h1>
				<div class="article-body"><div class="teaser-content grid-center paywall">
				<p class="font--body">GARDEN CITY, Kan. — On a good night, it takes Aurelia Benavides about 20 minutes to find a bed for a patient who needs more care than her hospital can provide.</p>
				<p class="font--body">The patient, a 71-year-old farmer whose oxygen levels had dropped into the 70s, was eventually flown to a hospital in Denver, more than 300 miles away.</p>
				<p class="font--body">Kansas reported 127 coronavirus deaths in the week ending Wednesday, the most of any seven-day stretch since the pandemic began, according to state data.</p>
				<p class="font--body">“I just keep thinking about what happens when the one who says yes is 600 miles away,” Benavides said.</p>
				</div></div></main></body></html>`,
			wantInBody: []string{"On a good night", "farmer whose oxygen", "127 coronavirus deaths", "600 miles away"},
		},
		{
			name: "a live blog's entries, each with its time and writer over a body of the text's class, are the text",
			page: `<html lang="en"><body><main><article><h1>Orbit DevDay 2023 live blog: all the news from the keynote</h1>
				<div class="liveblog-entries">
				<div class="liveblog-entry mb-36" id="entry-94311">
					<div class="mb-8 flex items-center gap-10">
						<time class="text-franklin" datetime="2023-10-17T19:12:33Z">Oct 17, 2023, 7:12 PM UTC</time>
						<span class="text-gray-5a">Maya Lindqvist</span>
					</div>
					<h3>That’s a wrap</h3>
					<div class="article-body-component"><p>And that’s the end of the keynote. Orbit managed to squeeze a new assistant, a new foldable and a new OS into under two hours.</p></div>
				</div>
				<div class="liveblog-entry mb-36" id="entry-94302">
					<div class="mb-8 flex items-center gap-10">
						<time class="text-franklin" datetime="2023-10-17T18:51:09Z">Oct 17, 2023, 6:51 PM UTC</time>
						<span class="text-gray-5a">Caleb Ortega</span>
					</div>
					<h3>The Orbit Fold 2 starts at $1,599</h3>
					<div class="article-body-component"><p>Here’s the big one: the Orbit Fold 2 will cost $1,599 for the 256GB model, $200 less than the original, and ships on November 3rd. Preorders open tonight.</p>
					<p>Orbit says the hinge is 30 percent lighter and the phone is 11.2mm thick when folded. The crease, according to the company’s own slide, is “nearly invisible,” which we will believe when we see it under the demo room lights.</p></div>
				</div>
				<div class="liveblog-entry mb-36" id="entry-94255">
					<div class="mb-8 flex items-center gap-10">
						<time class="text-franklin" datetime="2023-10-17T17:04:02Z">Oct 17, 2023, 5:04 PM UTC</time>
						<span class="text-gray-5a">Maya Lindqvist</span>
					</div>
					<h3>And we’re off</h3>
					<div class="article-body-component"><p>CEO Hannah Okafor walks out to a remix of the Orbit startup chime and thanks the developers who ship apps for the platform.</p></div>
				</div>
				</div></article></main></body></html>`,
			wantInBody: []string{"end of the keynote", "Preorders open tonight", "startup chime"},
		},
		{
			name: "a blog-title heading that links to the post itself is the post's title, not the blog's name",
			opts: extract.Options{URL: "http://www.foerderverein.example/aktuelles/buecherflohmarkt-2015-rekorderlos"},
			page: `<html lang="de"><head><title>Bücherflohmarkt 2015: Rekorderlös für die Kinderbibliothek - Förderverein Stadtbibliothek</title></head><body>
				<div class="blog-post"><div class="blog-header"><h2 class="blog-title"><a class="blog-title-link blog-link" href="http://www.foerderverein.example/aktuelles/buecherflohmarkt-2015-rekorderlos">Bücherflohmarkt 2015: Rekorderlös für die Kinderbibliothek</a></h2>
				<p class="blog-date"><span class="date-text">14/6/2015</span></p></div>
				<div class="blog-content"><div class="paragraph">Unser Bücherflohmarkt im Mai hat so viel eingebracht wie noch nie: 1.840 Euro kommen der Kinderbibliothek zugute.</div>
				<h2 class="wsite-content-title">Wofür das Geld verwendet wird</h2>
				<div class="paragraph">Von dem Erlös werden neue Bilderbücher, zwei Sitzsäcke und ein Regal für die Leseecke angeschafft, das die Kinder selbst bemalen dürfen.</div></div></div></body></html>`,
			wantHeadline: "Bücherflohmarkt 2015: Rekorderlös für die Kinderbibliothek",
		},
		{
			name: "an update's day under the headline does not move a UTC instant to the next day",
			page: `<html lang="en"><head><meta property="article:published_time" content="2021-11-04T14:22:08.119Z"><meta property="article:modified_time" content="2021-11-05T01:13:45.602Z"></head><body><article>
				<div class="post-metadata"><span class="author">Renee Okafor</span><ul><li class="post-metadata__date time-ago"><span title="Nov 4, 2021">Nov 4, 2021</span></li><li>4 min read</li></ul></div>
				<h1 class="post-title">November News: Book Fair, Turkey Trot and a Big Thank-You</h1>
				<div class="updated"><span>Updated: </span><span class="post-metadata__date">Nov 5, 2021</span></div>
				<p>The book fair raised more than $2,300 for the school library this year, our best total since the fair moved to the gym.</p>
				<p>Thank you to every family who volunteered, baked or simply came by to browse with their children after school.</p></article></body></html>`,
			wantPublished: "2021-11-04T14:22:08Z",
		},
		{
			name: "a time element shows the local day of the UTC instant it gives, below an update's line",
			page: `<html lang="en"><head><meta property="article:published_time" content="2023-03-13T21:40:00+00:00"></head><body><article>
				<div class="kicker"><time datetime="2023-03-13T21:40:00+00:00">March 14, 2023 00:40</time></div>
				<p class="standfirst">Rawabit’s round is the largest for a Saudi logistics company this year, and among the largest for any startup in the kingdom since the summer.</p>
				<h1 class="title">Riyadh logistics startup Rawabit raises $40m to expand across the Gulf</h1>
				<div class="updated-date">Updated 14 March 2023</div>
				<p>Rawabit, a Riyadh-based logistics startup, has raised $40 million in a funding round led by regional investors, the company said.</p>
				<p>The company plans to open warehouses in Dubai and Doha by the end of the year and to double its fleet of delivery vans.</p></article></body></html>`,
			wantPublished: "2023-03-14",
		},
		{
			name: "a Drupal node of the commentary type promoted to the front page is the article",
			page: `<html lang="en"><body class="page-node node-type-commentary"><div id="content"><h1 class="title" id="page-title">The Autumn Statement's quiet squeeze on working families</h1>
				<div id="node-2417" class="node node-commentary node-promoted view-mode-full clearfix"><div class="content">
				<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">
				<p>Yesterday’s Autumn Statement was billed as the moment the new Chancellor would set out his stall for families who are just about managing.</p>
				<p>In other words, the Chancellor has given back less than a quarter of what was taken away from working families by the 2015 cuts.</p>
				<h3>Who gains, and who does not</h3>
				<p>A lone parent working full-time on the National Living Wage gains around £290 a year; a household without earnings gains nothing at all.</p>
				</div></div></div></div></div></div></body></html>`,
			wantInBody: []string{"Yesterday’s Autumn Statement", "less than a quarter", "Who gains, and who does not", "gains nothing at all"},
		},
		{
			name: "a story's archive of the live updates it grew from is its text",
			page: `<html lang="pt"><body><article><h1>Incêndio em Vila de Rei e Mação dado como dominado</h1>
				<div class="story__body"><p>O incêndio que lavrava desde sábado nos concelhos de Vila de Rei e Mação foi dado como dominado ao fim da tarde de segunda-feira.</p>
				<p>Mais de mil operacionais estiveram no terreno durante os três dias, apoiados por meios aéreos portugueses e espanhóis.</p>
				<section class="story__live-archive"><h2 class="story__subheading">Como aconteceu: as actualizações ao minuto</h2><ul class="live-archive">
				<li class="live-archive__item"><time datetime="2019-07-22T21:58:00+01:00">22/07, 21h58</time><p>A ANEPC confirma que o incêndio foi dado como dominado às 21h40.</p></li>
				<li class="live-archive__item"><time datetime="2019-07-21T14:30:00+01:00">21/07, 14h30</time><p>Chegaram ao teatro de operações dois aviões Canadair enviados por Espanha.</p></li>
				<li class="live-archive__item"><time datetime="2019-07-20T16:42:00+01:00">20/07, 16h42</time><p>Um incêndio deflagrou às 15h05 numa zona de mato e pinhal no concelho de Vila de Rei.</p></li>
				</ul></section></div></article></body></html>`,
			wantInBody: []string{"dado como dominado ao fim da tarde", "Como aconteceu", "aviões Canadair", "deflagrou às 15h05"},
		},
		{
			name: "a page footer's date of the last change, labelled as a date, does not date the release",
			page: `<html lang="de"><head><meta name="DC.Date" content="2021-05-12"></head><body><div id="content">
				<h1>Neues Förderprogramm für Streuobstwiesen</h1>
				<p><span class="docType">Pressemitteilung</span> <span class="docNo">Nr. 112/2021</span> <span class="date">12.05.2021</span></p>
				<p>Das Ministerium legt ein neues Förderprogramm für Streuobstwiesen auf, für Pflege, Nachpflanzung und Neuanlage von Hochstamm-Obstbeständen.</p>
				<p>Informationen zu den Fördervoraussetzungen werden ab Ende Mai auf den Seiten des Landesverwaltungsamtes veröffentlicht.</p></div>
				<div id="footer"><ul><li><a href="/impressum">Impressum</a></li></ul><p class="modDate">Stand: 14.05.2021</p></div></body></html>`,
			wantPublished: "2021-05-12",
		},
		{
			name: "a box after the article whose class says summary is not its standfirst",
			page: `<html lang="en"><body><main><div class="region region-content">
				<div id="block-page-title" class="block block-page-title-block"><h1 class="page-title">Undergraduates map 36 years of ice retreat in the Kettle Valley</h1></div>
				<div id="block-content" class="block block-system-main-block"><article class="node node--type-news-article"><div class="node__content">
				<div class="news-meta"><time datetime="2023-09-12T12:00:00Z">12 September 2023</time></div>
				<div class="field field--name-field-standfirst"><p class="standfirst">Six undergraduates spent three weeks this summer surveying the retreating snout of the Cairnlee glacier.</p></div>
				<div class="field field--name-body field--type-text-with-summary"><p>The fieldwork, carried out in late June and July as part of the department's summer research placements, compared new measurements with a survey made in 1987 by staff of the department, when the glacier still reached the lower marker.</p>
				<p>The students used a combination of differential GNSS, a small survey drone and old-fashioned tape measures to record the position of the ice front, the thickness of the remaining ice and the extent of the new meltwater lake.</p>
				<p>One of the more unusual tasks was relocating the painted boulders used as reference points in the original survey. The 1987 team had marked six boulders with red paint, and four of them were found again after two days of searching.</p>
				<p>The project was supervised by Dr Ruth Calloway, a senior lecturer in glaciology, who said that the combination of historical records and new methods made it an ideal project for undergraduates learning field techniques.</p>
				<p>The data will be deposited in the university's research repository later this year, and a short paper describing the survey is being prepared with all six students as co-authors, the first paper for each of them.</p>
				<p>The summer research placements are funded by the Hollins Fieldwork Fund, established in 2015 by an alumnus of the department. Applications for the next round of placements open in February.</p></div>
				</div></article></div>
				<div id="block-press-contact" class="block block-block-content"><h2>Media enquiries</h2>
				<div class="field field--name-body field--type-text-with-summary"><p>For interviews or images, contact the Press Office on 01904 555 300 or press@northmoor.example.</p></div></div>
				</div></main></body></html>`,
			wantInBody:    []string{"Six undergraduates spent three weeks", "The fieldwork, carried out", "Applications for the next round"},
			wantNotInBody: []string{"For interviews or images"},
		},
		{
			name: "the content elements after the one with the headline hold the rest of the text",
			page: `<html lang="de"><body><div id="content">
				<div id="c1841" class="csc-default"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
				<div class="header"><h1 itemprop="headline">Sanierung der Grundschule am Lindenplatz beginnt nach den Osterferien</h1></div>
				<div class="footer"><p><span class="news-list-date">Veröffentlicht am 14. März 2019</span></p></div>
				<div class="teaser-text" itemprop="description"><p class="bodytext">Nach fast zwei Jahren Planung ist es so weit: Die Grundschule am Lindenplatz wird ab dem 29. April 2019 umfassend saniert.</p></div>
				<div class="news-text-wrap" itemprop="articleBody"><p class="bodytext">Der Gemeinderat hatte die Arbeiten in seiner Sitzung am 26. Februar einstimmig beschlossen. Insgesamt investiert die Stadt rund 3,8 Millionen Euro in das 1962 errichtete Gebäude.</p>
				<p class="bodytext">„Die Schule hat uns über Jahrzehnte treu gedient, aber Fenster, Heizung und Elektrik sind schlicht am Ende“, sagte Bürgermeister Stefan Hägele bei einem Ortstermin.</p></div>
				</div></div></div>
				<div id="c1842" class="csc-default"><div class="csc-textpic"><div class="csc-textpic-text"><h2>Was genau gemacht wird</h2>
				<p class="bodytext">Im ersten Bauabschnitt werden sämtliche Fenster ausgetauscht und die Fassade gedämmt. Zudem wird ein Aufzug eingebaut, sodass künftig alle Klassenräume barrierefrei erreichbar sind.</p>
				<p class="bodytext">Im Erdgeschoss entsteht außerdem eine Mensa mit 80 Plätzen. Bislang mussten die Kinder der Ganztagsbetreuung im Gemeindehaus essen.</p></div></div></div>
				<div id="c1843" class="csc-default"><div class="csc-header"><h2>Schulbetrieb in Containern</h2></div>
				<p class="bodytext">Für die Bauzeit werden auf dem Festplatz an der Kurparkstraße zwölf Unterrichtscontainer aufgestellt, die Aufbauarbeiten beginnen in den Osterferien.</p>
				<p class="bodytext">Über den Fortgang der Arbeiten informiert die Stadtverwaltung regelmäßig im Amtsblatt. Fragen beantwortet das Bauamt im Rathaus, Zimmer 204.</p></div>
				<div id="c1844" class="csc-default"><div class="news-backlink-wrap"><a href="/aktuelles/">Zurück zur Übersicht</a></div></div>
				</div><div id="sidebar"><div class="csc-default box"><h3>Kontakt</h3><p>Bauamt, Rathaus</p></div></div></body></html>`,
			wantInBody:    []string{"Nach fast zwei Jahren Planung", "Der Gemeinderat hatte", "Zudem wird ein Aufzug eingebaut", "zwölf Unterrichtscontainer", "Fragen beantwortet das Bauamt"},
			wantNotInBody: []string{"Zurück zur Übersicht"},
		},
		{
			name: "a photo essay's captions after an introduction of two paragraphs are its story",
			page: `<html lang="en"><body><article><h1>Winter on the salt marsh</h1>
				<div class="intro"><p>The Ashby Flats do not look like much from the coast road: a long grey smear between the sea wall and the sea, cut by creeks that fill and empty twice a day. In summer, birdwatchers and day-trippers come for the samphire and the terns. By November almost all of them have gone.</p>
				<p>I spent four months there last winter, from the first hard frost in November to the spring tides of March, photographing the salt-makers, wildfowlers and the retired lighthouse keeper who make up most of what remains of the marsh's working life.</p></div>
				<ul class="gallery"><li><figure><img src="/p1.jpg" alt=""><figcaption><span class="count">1/8</span><p>Frost on the banks of the Ashby salt pans at first light. Seawater is let in through a wooden sluice on the spring tide and left to settle for a week before it is pumped to the boiling house, where it is heated for a day and a half.</p></figcaption></figure></li><li><figure><img src="/p2.jpg" alt=""><figcaption><span class="count">2/8</span><p>Harriet Cole, 52, rakes crystals from a steel pan in the boiling house. She took over the works from her uncle in 2009, when it was producing about two tonnes of salt a year; it now makes eleven, most of it sold to restaurants.</p></figcaption></figure></li><li><figure><img src="/p3.jpg" alt=""><figcaption><span class="count">3/8</span><p>Desmond Arkwright, 71, crosses the flats before dawn. He has shot duck and geese on the Ashby marsh for 55 years under a licence that also obliges him and the other members of the club to count the birds every week of the winter.</p></figcaption></figure></li><li><figure><img src="/p4.jpg" alt=""><figcaption><span class="count">4/8</span><p>Walter Pym was the last keeper of the Ashby Point light before it was automated in 1991. He bought the decommissioned lens at auction in 2004 and keeps it in his front room, where he polishes it every Sunday morning as he always did.</p></figcaption></figure></li><li><figure><img src="/p5.jpg" alt=""><figcaption><span class="count">5/8</span><p>Pink-footed geese lift off the mud at sunrise. Club counts recorded more than 28,000 on a single morning in December, the highest number in the club's records, which go back to 1951 and are kept in ledgers at the village hall.</p></figcaption></figure></li><li><figure><img src="/p6.jpg" alt=""><figcaption><span class="count">6/8</span><p>A spring tide floods the lane to Pym's cottage in February. The Environment Agency has said it will not rebuild the section of sea wall that protects the lane when it reaches the end of its life, which engineers put at about ten years.</p></figcaption></figure></li><li><figure><img src="/p7.jpg" alt=""><figcaption><span class="count">7/8</span><p>Finished salt is dried for a week on racks above the pans and bagged by hand. Each bag carries the date of the tide the seawater came in on, a detail Cole added after a chef asked whether salt from a spring tide tasted different.</p></figcaption></figure></li><li><figure><img src="/p8.jpg" alt=""><figcaption><span class="count">8/8</span><p>Dusk over the Ashby Flats in March, with a light on in the boiling house. By the end of the month the first of the summer visitors were parking on the sea wall again, and the marsh went back to being a view for other people.</p></figcaption></figure></li></ul></article></body></html>`,
			wantInBody: []string{"The Ashby Flats do not look", "She took over the works from her uncle in 2009", "polishes it every Sunday morning", "a view for other people"},
		},
		{
			name: "a box of a summary a language model wrote is no part of the text; a section on such texts is",
			page: `<html lang="de"><body><article><h1>Reaktivierung der Kerbachtalbahn: Warum der erste Zug erst 2029 fährt</h1>
				<div class="sc-kfPuZi"><section class="sc-fKVqWL" aria-label="Zusammenfassung"><p class="sc-bBHxTw"><span>✦</span> Zusammenfassung (KI-generiert, redaktionell geprüft)</p>
				<ul><li>Der Start des Personenverkehrs verschiebt sich von 2026 auf 2029.</li><li>Hauptgründe sind die sanierungsbedürftige Kerbachbrücke und fehlende Planer.</li></ul></section>
				<p>Der Termin stand schon auf Plakaten. „2026 – wir sind wieder auf Spur“ hatte der Zweckverband Nahverkehr im vergangenen Herbst plakatiert.</p>
				<div class="resume-ia"><b>Résumé généré par IA :</b> Le projet de réouverture de la ligne est repoussé de trois ans, faute de planificateurs.</div>
				<div><p>KI-generierte Texte im Lokaljournalismus</p><p>Der Verband lässt seine Fahrgastinformationen inzwischen von einer Software vorformulieren, die Zusammenfassung prüft eine Mitarbeiterin.</p></div>
				<p>Für die Zwischenzeit kündigte der Verband an, den Schnellbus 610 ab Dezember im Stundentakt fahren zu lassen.</p></div></article></body></html>`,
			wantInBody:    []string{"Der Termin stand schon auf Plakaten", "prüft eine Mitarbeiterin", "Schnellbus 610"},
			wantNotInBody: []string{"KI-generiert, redaktionell", "Hauptgründe sind", "Résumé généré par IA", "repoussé de trois ans"},
		},
		{
			name: "a quiz, a product's card and a podcast's teaser set in the text are no part of it",
			page: `<html lang="de"><body><article><h1>Balkonkraftwerke: Was die neuen Regeln ändern</h1><div class="article-body">
				<p>Seit April dürfen Steckersolargeräte mit bis zu 800 Watt Wechselrichterleistung angemeldet werden, und das Verfahren ist einfacher geworden.</p>
				<div class="paragraph paragraph--type--quiz"><div class="quiz"><h3 class="quiz__title">Quiz: Wie gut kennen Sie sich mit Solarstrom aus?</h3><p class="quiz__intro">Fünf Fragen, eine Minute – testen Sie Ihr Wissen!</p></div></div>
				<p>Wer ein Gerät kaufen will, sollte auf die Norm achten, die der Hersteller für den Wechselrichter angibt, und auf die Halterung.</p>
				<div class="kg-card kg-product-card"><h4 class="kg-product-card-title">Sonnwerk Duo 830/800 Komplettset</h4><p>2 × 415 Wp Glas-Glas-Module, Wechselrichter mit WLAN, 379,00 €</p></div>
				<div class="sc-podcast-teaser"><p class="sc-podcast-teaser__title">Jetzt anhören: „Nächster Halt“ – Folge 48: Lohnt sich Solarstrom vom Balkon?</p></div>
				<p>Die Anmeldung beim Netzbetreiber entfällt, nur das Marktstammdatenregister verlangt noch einen Eintrag mit wenigen Angaben.</p></div></article></body></html>`,
			wantInBody:    []string{"Seit April dürfen", "auf die Norm achten", "Marktstammdatenregister"},
			wantNotInBody: []string{"Wie gut kennen Sie sich", "Sonnwerk Duo", "Jetzt anhören"},
		},
		{
			name: "a health page that shows only the day its facts were last reviewed is dated by its publication",
			page: `<html lang="en"><head><script type="application/ld+json">{"@type":"MedicalWebPage","headline":"Shingles vaccine: who should get it and when",
				"datePublished":"2021-03-08","dateModified":"2024-01-12","lastReviewed":"2024-01-12"}</script></head><body><main>
				<h1>Shingles vaccine: who should get it and when</h1>
				<div class="article-meta"><span class="article-meta__label">Medically reviewed by</span> <span>Thomas Albrecht, PharmD</span>
				<span class="article-meta__label">Last reviewed:</span> <span class="article-meta__date">January 12, 2024</span></div>
				<p>Shingles is a painful rash caused by the same virus as chickenpox, which stays in the body after the first infection.</p>
				<p>The vaccine is given in two doses, two to six months apart, and is recommended for most adults over 50.</p></main></body></html>`,
			wantPublished: "2021-03-08",
		},
		{
			name: "a Vietnamese paper's lead in a heading of class sapo opens the text",
			page: `<html lang="vi"><body><div class="detail"><h1 class="title">Khởi công tuyến đường ven sông Cổ Cò</h1>
				<h2 class="sapo">Sáng 19/11, UBND thành phố Đà Nẵng tổ chức lễ khởi công tuyến đường ven sông Cổ Cò, nối phường Ngũ Hành Sơn với phường Điện Bàn Đông.</h2>
				<div class="detail-relate-top"><ul><li><a href="/a.html">Đà Nẵng công bố quy hoạch ven sông</a></li></ul></div>
				<div class="detail-content"><p>Tuyến đường dài 6,5 km, mặt cắt ngang 27 m, được đầu tư từ ngân sách thành phố và dự kiến hoàn thành vào năm 2027.</p>
				<p>Theo lãnh đạo thành phố, công trình sẽ góp phần phát triển du lịch và kết nối giao thông giữa Đà Nẵng và Quảng Nam cũ.</p></div></div></body></html>`,
			wantInBody: []string{"UBND thành phố Đà Nẵng tổ chức lễ khởi công", "Tuyến đường dài 6,5 km", "kết nối giao thông"},
		},
		{
			name: "a page on an .org site that declares no language reads numeric dates month first",
			page: `<html><body><h1 class="pageTitle">Principal's Message - February 2010</h1>
				<div class="pageInfo">Posted: 2/5/2010 3:41 PM | Last Modified: 2/8/2010 8:12 AM</div>
				<p>Dear Maple Ridge families, February is a short month but a busy one, with conferences, the science fair and the book drive.</p>
				<p>Please remember that school starts two hours late on the days of the district's professional development sessions.</p></body></html>`,
			opts:          extract.Options{URL: "http://www.cedarvalleyschools.org/sites/mapleridge/content.aspx?id=1893"},
			wantPublished: "2010-02-05",
		},
		{
			name: "a news item's box of facts above the headline dates it by its two-digit year, before its other facts",
			page: `<html lang="de"><body><div id="content"><div class="news-single-item">
				<div class="news-single-rightbox">17.11.11 19:30 Alter: 2 Jahr(e)<br /><span class="news-single-rightbox-kategorie">Kategorie: <a href="/k/rathaus.html">Rathaus</a></span><br />Von: <a href="mailto:k.sommer@gemeinde.example">Karin Sommer</a></div>
				<h1>Breitbandausbau: Glasfaser für Ober- und Unterwiesbach ab Frühjahr 2012</h1>
				<p class="bodytext">Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. </p>
				<p class="bodytext">Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. Die Zeiten, in denen in Unterwiesbach und im Kreuzhof eine E-Mail mit Anhang mehrere Minuten brauchte, sollen bald vorbei sein. </p>
				<p class="bodytext">Für Anwohnerinnen und Anwohner entstehen beim Hausanschluss keine Kosten, sofern sie sich bis zum 31. Januar 2012 verbindlich anmelden.</p>
				</div></div></body></html>`,
			wantPublished: "2011-11-17",
		},
		{
			name: "the top bar's date of a WordPress news theme is the day's, not the article's",
			page: `<html lang="pl"><body><div class="td-header-wrap"><div class="td-header-top-menu"><div class="td_data_time"><div>czwartek, 22 kwietnia, 2021</div></div></div></div>
				<div class="td-post-header"><h1 class="entry-title">Nowe rondo na Pieczewie otwarte dla kierowców</h1>
				<span class="td-post-date"><span class="entry-date td-module-date" title="19.04.2021 08:14">3 dni temu</span></span></div>
				<div class="td-post-content"><p>Po ośmiu miesiącach prac kierowcy mogą już przejechać przez nowe rondo u zbiegu ulic Krasickiego i Wilczyńskiego.</p>
				<p>Miasto zapowiada, że do końca maja zostaną jeszcze posadzone drzewa i wymalowane przejścia dla pieszych.</p></div></body></html>`,
			wantPublished: "2021-04-19",
		},
		{
			name: "a page builder's post-info widget with a time in words dates the post, not the latest posts below it",
			page: `<html lang="es"><body><div class="elementor elementor-location-single">
				<div class="elementor-element elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><div class="elementor-heading-title">El Brisa III gana la Regata de San Juan con viento de levante</div></div></div>
				<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-icon-list-items elementor-post-info">
				<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-date"><time>24 junio, 2024</time></span></li></ul></div></div>
				<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
				<p>La bahía de Arenilla vivió el domingo una de las regatas más disputadas de los últimos años, con levante de veinte nudos.</p>
				<p>El Brisa III, patroneado por Andrés Ugarte, se impuso en tiempo compensado por apenas once segundos.</p></div></div>
				<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><h2>Últimas noticias</h2>
				<article class="elementor-post"><h3 class="elementor-post__title"><a href="/cursos-de-verano-2024/">Abiertas las inscripciones para los cursos de verano 2024</a></h3>
				<div class="elementor-post__meta-data"><span class="elementor-post-date">3 junio, 2024</span></div></article></div></div></div></body></html>`,
			opts:          extract.Options{URL: "https://cnpuntaarenilla.example/regata-de-san-juan-2024-resultados/"},
			wantPublished: "2024-06-24",
		},
		{
			name: "a page's state at its foot gives way to the date its issue element shows",
			page: `<html lang="de"><body><div id="content"><h1 class="isFirstInSlot">Hallenbad öffnet nach Sanierung im Oktober</h1>
				<p class="dateOfIssue">Datum 14.08.2024</p>
				<p>Nach zwei Jahren Bauzeit öffnet das Hallenbad am 1. Oktober wieder, mit neuer Technik und einem zusätzlichen Lehrschwimmbecken.</p>
				<p>Die Kosten von 8,4 Millionen Euro liegen im Plan; die Eintrittspreise bleiben bis Ende des Jahres unverändert.</p>
				<div class="pageInfo"><p>Diese Seite</p><p>Stand: 02.09.2024</p></div></div></body></html>`,
			wantPublished: "2024-08-14",
		},
		{
			name: "a page's state at its foot gives way to a bare date line under the headline",
			page: `<html lang="de"><body><table><tr><td><h1>Aktuelles aus der Bücherei</h1>
				<h2>Lesenacht für Kinder am 15. November</h2>
				<p><span style="font-size: 12px">24.10.2024</span></p>
				<p>Zum bundesweiten Vorlesetag lädt die Stadtbücherei Kinder von acht bis elf Jahren zu einer Lesenacht ein.</p>
				<p>Die Plätze sind begrenzt; Anmeldungen nimmt das Team an der Ausleihtheke entgegen, solange Plätze frei sind.</p>
				<p>Stand: 12.11.2024</p></td></tr></table></body></html>`,
			wantPublished: "2024-10-24",
		},
		{
			name: "a date badge beside the headline, its day, month and year each in an element, dates the page",
			page: `<html lang="it"><body><table><tr>
				<td><div class="calendario"><span class="giorno">23</span>
				<span class="mese">Ott</span>
				<span class="anno">2009</span></div></td>
				<td><h1 class="titolo">Riapre il ponte sul Serchio dopo otto mesi di lavori</h1>
				<p>Da lunedì mattina il ponte di Ripafratta è di nuovo aperto al traffico, con un senso unico alternato fino a fine mese.</p>
				<p>I lavori, costati 1,2 milioni di euro, hanno rinforzato le pile e rifatto l'intero impalcato, dice il Comune.</p></td></tr></table></body></html>`,
			wantPublished: "2009-10-23",
		},
		{
			name: "a page whose only date is the metadata's last change is dated by it",
			page: `<html lang="fr"><head><meta name="last-modified" content="2016-02-11"></head><body><div id="contenu">
				<h1>Chantier de printemps au moulin de la Forge</h1>
				<p>Samedi dernier, une quinzaine de bénévoles ont nettoyé le bief et dégagé la vanne principale du moulin.</p>
				<p>Le prochain chantier aura lieu en avril ; l'association cherche encore des volontaires pour la charpente.</p></div></body></html>`,
			wantPublished: "2016-02-11",
		},
		{
			name: "a long paragraph classed as paywalled that names a newsletter in a sentence is text",
			page: `<html lang="en"><body><article class="article"><h1>The Keeper of Lost Apples</h1><div class="body__container article__body"><div class="body__inner-container">
				<p class="paywall">On a wet morning in late October, Dorothea Vance walked me to the far corner of her orchard, where the land begins to tip toward the creek.</p>
				<p class="paywall">Vance is eighty-one. She taught earth science at the high school for thirty-four years, and she has the teacher's habit of pausing after she says something important, to make sure you have written it down. Her orchard occupies eleven acres at the end of a gravel road. It holds roughly six hundred and forty named varieties of apple, about ninety of which, she believes, exist nowhere else. Many came to her as a single twig, snipped from an abandoned homestead tree and mailed in a damp paper towel by a stranger who had read about her in a newsletter.</p>
				<p class="paywall">The work is slow and unglamorous. An apple does not come true from seed, so to keep a variety alive you have to graft a cutting of it onto another tree.</p>
				<p class="paywall">She keeps a card file, actual index cards in eleven shoeboxes, on every variety she has been sent, with the sender's name, the place the tree stood, and what the fruit looked like the first year it bore on her own trees. Identifying an apple is harder than it sounds: two trees of one variety, grown in different soils, can bear fruit that looks like two different apples, and the old nursery catalogues describe them in words no one uses now.</p>
<p class="paywall">She keeps a card file, actual index cards in eleven shoeboxes, on every variety she has been sent, with the sender's name, the place the tree stood, and what the fruit looked like the first year it bore on her own trees. Identifying an apple is harder than it sounds: two trees of one variety, grown in different soils, can bear fruit that looks like two different apples, and the old nursery catalogues describe them in words no one uses now.</p>
<p class="paywall">She keeps a card file, actual index cards in eleven shoeboxes, on every variety she has been sent, with the sender's name, the place the tree stood, and what the fruit looked like the first year it bore on her own trees. Identifying an apple is harder than it sounds: two trees of one variety, grown in different soils, can bear fruit that looks like two different apples, and the old nursery catalogues describe them in words no one uses now.</p>
				</div></div></article></body></html>`,
			wantInBody: []string{"On a wet morning", "It holds roughly six hundred and forty", "The work is slow"},
		},
		{
			name: "a date label's own date with a two-digit year dates the page",
			page: `<html lang="de"><head><title>KGV Am Mühlengraben e.V. - Aktuelles</title></head><body><table><tr><td>
				<h2>Sommerfest 2018: Tombola, Kinderolympiade und ein Rekordkürbis</h2>
				<p><i>eingestellt am 03.09.18</i></p>
				<p>Bei strahlendem Sonnenschein feierten am Samstag rund 120 Gäste das Sommerfest unseres Vereins auf der Festwiese am Mühlengraben.</p>
				</td></tr></table></body></html>`,
			wantPublished: "2018-09-03",
		},
		{
			name: "a ticker its title names in a German compound is dated by its first entry, not its newest",
			page: `<html lang="de"><head><title>Schneechaos im Oberland: Staus und Schulausfall – der Verkehrsticker | Alpenwelle</title></head><body>
				<article><h1>Schneechaos im Oberland: Der Verkehrsticker</h1><p class="ticker-stand">Stand: 10.01.2025, 08:15 Uhr</p>
				<div class="ticker-entry"><time datetime="2025-01-10T08:15:00+01:00">Fr., 08:15 Uhr</time><p>Die B 2 zwischen Garmisch und Oberau ist nach einem Unfall wieder frei, der Räumdienst ist im Dauereinsatz.</p></div>
				<div class="ticker-entry"><time datetime="2025-01-09T16:30:00+01:00">Do., 16:30 Uhr</time><p>An allen Schulen im Landkreis fällt am Freitag der Unterricht aus, teilte das Schulamt mit.</p></div>
				<div class="ticker-entry"><time datetime="2025-01-09T05:30:00+01:00">Do., 05:30 Uhr</time><p>Seit der Nacht schneit es im ganzen Oberland, auf der A 95 staut es sich bereits auf zwölf Kilometern.</p></div>
				</article></body></html>`,
			wantPublished: "2025-01-09T05:30:00+01:00",
		},
		{
			name: "a UTC instant is dated by the local day in Armenian",
			page: `<html lang="hy"><head><meta property="article:published_time" content="2024-06-13T20:35:00Z"></head><body>
				<article><h1>Գյումրիում նոր դպրոց կբացվի</h1>
				<p>Գյումրիում սեպտեմբերից կբացվի նոր դպրոց, որտեղ կսովորեն շուրջ վեց հարյուր աշակերտներ, հայտնեցին քաղաքապետարանից։</p></article></body></html>`,
			wantPublished: "2024-06-14T00:35:00+04:00",
		},
		{
			name: "print-edition notes, membership appeals, a cookie wall and a channel call in more languages are furniture",
			page: `<html lang="es"><body><article><h1>Las obras del tranvía cortan la avenida de Madrid hasta marzo</h1>
				<p>Las obras de la segunda fase del tranvía obligarán a cortar la avenida de Madrid al tráfico desde el lunes y hasta el mes de marzo.</p>
				<p>Hazte socio/a de elMirador.es</p>
				<p>Recibe las noticias de Huesca en tu WhatsApp</p>
				<p>Egin zaitez harpidedun</p>
				<p>Per continuare a navigare puoi scegliere di accettare i cookie di profilazione.</p>
				<p>El Ayuntamiento habilitará dos líneas de autobús lanzadera entre la estación y el hospital mientras duren los trabajos.</p>
				<p>Artiklen blev også bragt i den trykte udgave af Egeskov Amtsavis torsdag 3. december 2026.</p>
				<p>Een versie van dit artikel verscheen ook in de krant van 4 februari 2026.</p>
				<p>Cet article a été publié dans l’édition imprimée du 17 mars 2026.</p></article></body></html>`,
			wantInBody:    []string{"autobús lanzadera"},
			wantNotInBody: []string{"Hazte socio", "WhatsApp", "harpidedun", "cookie", "trykte udgave", "in de krant", "édition imprimée"},
		},
		{
			name: "the one long paragraph a paywall leaves visible is text",
			page: `<html lang="pt"><body><article><h1>Antigo quartel de Braga vai ser residência universitária</h1>
				<div class="story__body"><p>O antigo quartel de infantaria de Braga vai ser transformado numa residência universitária com 400 camas até 2028.</p>
				<p>A obra, orçada em 32 milhões de euros, será financiada pelo Plano de Recuperação e Resiliência e pela autarquia.</p>
				<p>O quartel foi desativado pelo Exército em 2022, depois de anos de negociações com o Ministério da Defesa, e esteve em cima da mesa a hipótese de o converter em hotel.</p>
				<p>“É o maior investimento em alojamento estudantil alguma vez feito na cidade”, afirmou o presidente da câmara na cerimónia de assinatura do protocolo com a universidade.</p>
				<h2>Obra arranca em 2026</h2>
				<p>Segundo o calendário apresentado, o concurso público para o projecto de arquitectura será lançado ainda este mês e a obra deverá começar no primeiro trimestre de 2026.</p>
				<p>Além dos quartos, o projeto prevê:</p><ul><li>uma cantina com capacidade para 250 refeições por turno;</li>
				<li>salas de estudo abertas 24 horas por dia;</li></ul>
				<div class="paywall-content"><p>A fachada setecentista e a capela do quartel serão mantidas, por imposição da Direcção-Geral do Património Cultural. Já as casernas construídas nos anos 1950, nas traseiras, serão demolidas para dar lugar a dois edifícios novos.</p></div></div>
				<div class="story__paywall paywall"><p class="paywall__title">Este artigo é exclusivo para assinantes</p></div></article></body></html>`,
			wantInBody:    []string{"fachada setecentista"},
			wantNotInBody: []string{"exclusivo para assinantes"},
		},
		{
			name: "an update line, a player's availability and a broadcast note are furniture anywhere in the text",
			page: `<html lang="de"><body><article><h1>Großbrand in Unterwellenborn: Feuerwehr bis in die Nacht im Einsatz</h1>
				<p>In einer Lagerhalle in Unterwellenborn ist am Freitagabend ein Großbrand ausgebrochen, verletzt wurde nach Angaben der Polizei niemand.</p>
				<p>WDR 2 Bergisches Land. 02.12.2026. 00:47 Min.. Verfügbar bis 02.12.2027. WDR 2.</p>
				<p>Die Feuerwehr war mit mehr als hundert Einsatzkräften vor Ort und konnte ein Übergreifen auf die Nachbargebäude verhindern.</p>
				<p>zuletzt aktualisiert: 06. Dezember 2026, 11:15 Uhr</p>
				<p>Über dieses Thema hat auch der aktuelle bericht im SR Fernsehen am 24.11.2026 berichtet.</p></article></body></html>`,
			wantInBody:    []string{"Übergreifen auf die Nachbargebäude"},
			wantNotInBody: []string{"Verfügbar bis", "zuletzt aktualisiert", "Über dieses Thema"},
		},
		{
			name: "an update line that writes a short weekday before the day",
			page: `<html lang="nl"><body><article><h1>Code oranje voorbij, storm Hedda laat spoor van schade achter</h1>
				<p>Bijgewerkt vr 8 mrt, 00:41</p><p>Aangepast 3 mei 2023, 08:12</p>
				<p>De storm heeft in het noorden van het land tientallen bomen omgeblazen, meldt de brandweer, en op meerdere plaatsen vielen dakpannen op straat.</p></article></body></html>`,
			wantInBody:    []string{"tientallen bomen omgeblazen"},
			wantNotInBody: []string{"Bijgewerkt", "Aangepast"},
		},
		{
			name: "consent texts, calls for stories, live-blog and premium prompts and an embedded post's credit are furniture",
			page: `<html lang="en"><body><article><h1>Storm closes coastal road for second day</h1>
				<p>We care about your privacy. We and our 942 partners store and access information on your device, such as cookies.</p>
				<p>The coastal road between the harbour and the lighthouse stayed closed on Tuesday after a second night of high waves and falling rocks.</p>
				<p>Please refresh the page for the latest updates</p>
				<p>A post shared by Harbour Watch (@harbourwatch)</p>
				<p>Engineers will inspect the sea wall on Wednesday before the council decides when the road can reopen to traffic.</p>
				<p>Get unlimited access to award-winning journalism with Post Premium. Cancel anytime.</p>
				<p>Got a story? Email us at news@example.com or message us on Facebook.</p>
				<p>Keep up with all the latest news from the UK and around the world by following us on WhatsApp.</p></article></body></html>`,
			wantInBody:    []string{"inspect the sea wall"},
			wantNotInBody: []string{"privacy", "refresh the page", "A post shared", "unlimited access", "Got a story", "Keep up with"},
		},
		{
			name: "subscription offers, an error prompt and closing labels of regional papers are furniture",
			page: `<html lang="en"><body><article><h1>Skate rink planned on the riverfront</h1>
				<p>Skaters could be gliding along the river by next winter after the city council approved a temporary rink on the riverfront plaza.</p>
				<p>Related to this story</p>
				<p>Subscribe for unlimited access to the Riverton Courier.</p>
				<p>ENDS</p>
				<div class="AdSlot"><span class="AdSlot-label">Story continues below</span></div>
				<div class="dateModified"><span class="label">Data aktualizacji:</span></div>
				<p class="tts-label">Only have a minute? Listen instead</p>
				<div class="gallery-count">Image 1 of 8</div>
				<p class="gnt_sb_p">Subscribe now for as little as $1 for the first month. Your subscription makes stories like this possible.</p>
				<div class="ad"><span class="label">The article continues below this ad</span></div>
				<p>The rink will be open from December to February and cost about 80,000 dollars a season, paid for by local sponsors.</p>
				<p>Get unlimited digital access for only $1.</p>
				<p>Sie haben einen Fehler entdeckt? Bitte informieren Sie uns.</p>
				<p>Thank you for reading!</p></article></body></html>`,
			wantInBody:    []string{"local sponsors"},
			wantNotInBody: []string{"Related to this story", "Subscribe for", "digital access", "Fehler entdeckt", "Thank you for reading", "Story continues", "Data aktualizacji", "ENDS", "Listen instead", "Image 1", "as little as", "continues below this ad"},
		},
		{
			name: "a page builder's blurbs: a heading whose class says header over its description",
			page: `<html lang="de"><body><div class="et_pb_section"><h1>Ein Esstisch aus der Sturmeiche</h1>
				<div class="et_pb_text"><p>Im März 2019 fegte ein Sturm über den Kirchberg und riss eine gut 160 Jahre alte Eiche am Waldrand um.</p>
				<p>Herausgekommen ist ein Esstisch mit 2,40 Metern Länge, an dem jetzt drei Generationen der Familie Platz finden.</p></div>
				<div class="et_pb_blurb"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>Verleimung</span></h4>
				<div class="et_pb_blurb_description"><p>Drei Bohlen, gespiegelt verleimt, damit sich die Platte nicht verzieht.</p></div></div></div>
				<div class="et_pb_blurb"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><a href="/leistungen/">Unsere Leistungen</a></h4>
				<div class="et_pb_blurb_description"><p>Möbel nach Maß, Reparaturen und Restaurierung aus einer Hand.</p></div></div></div>
				</div></body></html>`,
			wantInBody:    []string{"Verleimung\n\nDrei Bohlen"},
			wantNotInBody: []string{"Unsere Leistungen"},
		},
		{
			name: "readers' opinions and postings of German-language papers of the 2010s, their share buttons and a wire's text-size control",
			page: `<html lang="de"><body><article><h1>Mieter in Favoriten wehren sich gegen Erhöhung</h1>
				<p class="share">Zwei Klicks für mehr Datenschutz: Erst wenn Sie hier klicken, wird der Button aktiv.</p>
				<p>Nach der Sanierung ihrer Wohnanlage sollen die Mieter in Favoriten bis zu 40 Prozent mehr Miete zahlen, und viele wehren sich nun.</p>
				<p class="tools">[-] Text [+]</p>
				<p>Die Mieter haben in wenigen Wochen mehr als 140 Einsprüche gesammelt und bei der Schlichtungsstelle eingebracht.</p>
				</article><div class="Lesermeinungen"><h3>Lesermeinungen (12)</h3><div class="Lesermeinung"><div class="LMText">Ein leiser, genauer Text. Man möchte wissen, wie es weitergeht.</div></div></div>
				<div class="forum"><div class="posting"><div class="upost-body"><p>389 Euro für 58 m² in Wien ist aber auch wirklich günstig. Das sollte man dazusagen.</p></div></div>
				<p class="forum-rules">Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder. Die Redaktion behält sich vor, Kommentare, welche straf- oder zivilrechtliche Normen verletzen, den guten Sitten widersprechen oder sonst dem Ansehen des Mediums zuwiderlaufen, zu entfernen.</p></div>
				</body></html>`,
			wantInBody:    []string{"Schlichtungsstelle"},
			wantNotInBody: []string{"Zwei Klicks", "[-] Text", "Lesermeinungen", "leiser", "389 Euro", "Meinung der Redaktion"},
		},
		{
			name: "paragraphs of prose whose class says info: a lead, a recipe's steps",
			page: `<html lang="pl"><body><article><h1>Pierogi z dynią</h1>
				<p class="short-info">Jesienne pierogi z farszem z dyni, sera i orzechów: proste, sycące i gotowe w niecałą godzinę pracy.</p>
				<div class="step-info"><h3 class="step-info-title">Krok 1</h3><p class="step-info-description">Z mąki, wody, soli i jajka zrób klasyczne ciasto na pierogi. Po wyrobieniu ciasta odstaw je do lodówki na 20 minut.</p></div>
				<div class="step-info"><h3 class="step-info-title">Krok 2</h3><p class="step-info-description">Dynię pokrój w drobną kostkę, czosnek i cebulę posiekaj, a potem podsmaż wszystko na maśle do miękkości.</p></div>
				<div class="info-box"><a href="/newsletter">Zapisz się do newslettera</a></div></article></body></html>`,
			wantInBody:    []string{"Jesienne pierogi", "Z mąki, wody", "Dynię pokrój"},
			wantNotInBody: []string{"newslettera"},
		},
		{
			name: "key points under the lead in the article's header",
			page: `<html lang="de"><body><article><header><h1>Ärger an der Floßlände</h1>
				<p class="id-StoryElement-leadText">Die neue Floßlände an der Loisach sollte ein Aushängeschild werden. Doch Anwohner klagen über Lärm und Müll.</p>
				<ul class="id-StoryElement-summary"><li>Die Floßlände wurde im Juni für 1,4 Millionen Euro neu gestaltet.</li>
				<li>Seitdem beklagen Anwohner nächtliche Partys und Müllberge.</li></ul>
				<div class="id-StoryElement-interactions"><a href="#comments">Kommentare</a></div></header>
				<figure><img src="/a.jpg" alt=""><figcaption>Beliebter Treffpunkt: Die Floßlände.</figcaption></figure>
				<div class="id-Story-body"><p>Wolfratshausen – Eigentlich sollte die neu gestaltete Floßlände ein Treffpunkt für Familien werden, sagt der Bürgermeister.</p>
				<p>Doch seit dem Sommer treffen sich dort an den Wochenenden bis spät in die Nacht Gruppen junger Leute, berichten die Anwohner.</p>
				<p>Die Stadt will nun an den Wochenenden einen Sicherheitsdienst einsetzen und zusätzliche Mülleimer aufstellen lassen.</p></div></article></body></html>`,
			wantInBody: []string{"Aushängeschild werden. Doch Anwohner klagen über Lärm und Müll.\n\nDie Floßlände wurde im Juni", "nächtliche Partys und Müllberge."},
		},
		{
			name: "an Amazon affiliate plugin's product box, a shop's product slider and its title",
			page: `<html lang="de"><body><article><h1>Handmühlen im Vergleich</h1>
				<p>Wir haben sechs Handmühlen über drei Monate jeden Morgen benutzt und die Mahlgrade mit einem Sieb nachgemessen.</p>
				<div class="aawp"><div class="aawp-product"><div class="aawp-product__content"><a class="aawp-product__title" href="/go/1">Kaffeemühle Nordhand K3</a>
				<div class="aawp-product__description"><ul><li>Mahlwerk aus Edelstahl mit 38-mm-Kegel</li><li>Stufenlos einstellbar für Espresso bis French Press</li></ul></div></div></div></div>
				<p>Am besten schnitt die kleinste Mühle ab: Sie mahlt gleichmäßig und lässt sich ohne Werkzeug zerlegen und reinigen.</p>
				<div class="cms-element-product-slider"><div class="cms-element-title"><p class="cms-element-title-paragraph">Passende Produkte für Ihre Kaffeeecke</p></div>
				<div class="product-slider-item"><a class="product-name" href="/p/k3">Kaffeemühle Nordhand K3</a><span class="product-price">49,99 €*</span></div></div>
				<p>Wer täglich mahlt, sollte das Mahlwerk einmal im Monat mit einem Pinsel von Kaffeeresten befreien.</p></article></body></html>`,
			wantInBody:    []string{"ohne Werkzeug zerlegen", "mit einem Pinsel"},
			wantNotInBody: []string{"Mahlwerk aus Edelstahl", "Nordhand K3", "Passende Produkte"},
		},
		{
			name: "Catalan comments, a Catalan subscription box and French reactions",
			page: `<html lang="ca"><body><article><h1>Una cooperativa compra la fàbrica de Can Serrat</h1>
				<p>La cooperativa Teixidors de l'Alt Ter ha tancat l'operació per 1,8 milions d'euros i preveu les primeres famílies el 2023.</p>
				<p>La vella fàbrica tèxtil tindrà una segona vida com a habitatge, amb quaranta pisos de lloguer assequible per a joves.</p>
				<div class="caixa-subscripcio"><p>El periodisme de proximitat necessita lectors compromesos. Fes-te subscriptor per només 5 euros al mes.</p></div>
				<div class="comentaris"><div class="comentari"><span>Jaume R.</span><p>Molt bona notícia. Ja era hora que algú fes alguna cosa amb aquell edifici tan bonic.</p></div></div>
				<section class="article__reactions"><div class="reaction"><p>Quelle tristesse. J'y étais allé avec mes enfants l'été dernier, c'était magnifique.</p></div></section>
				</article></body></html>`,
			wantInBody:    []string{"segona vida"},
			wantNotInBody: []string{"periodisme de proximitat", "Molt bona", "Quelle tristesse"},
		},
		{
			name: "an appeal box after the text, and an appeal's title",
			page: `<html lang="en"><body><article><h1>Kestrel numbers fall by a third</h1>
				<div class="body"><p>The number of kestrels breeding on English farmland has fallen by a third in a decade, according to a survey of volunteers.</p>
				<p>The researchers said the main causes were likely to be the loss of rough grassland and the use of rat poisons on farms.</p>
				<p>Farmers said the new subsidy scheme needed to pay them properly for the land they took out of production, and ministers said they would listen.</p>
				<p>“The kestrel is a barometer for the health of the countryside,” said the charity’s head of policy. “When it disappears, something is wrong.”</p></div>
				<div class="css-1kkg3wp"><h2>… we have a small favour to ask.</h2><p>Millions are turning to us for open, independent news every day, and readers in 180 countries now support us financially.</p>
				<p>We believe everyone deserves access to information that’s grounded in science and truth.</p><p>Support the Gazette from as little as £1 – it only takes a minute. Thank you.</p></div></article></body></html>`,
			wantInBody:    []string{"something is wrong.”"},
			wantNotInBody: []string{"favour to ask", "Millions are turning", "grounded in science", "as little as"},
		},
		{
			name: "an appeal's title goes with it",
			page: `<html lang="uk"><body><article><h1>Укрзалізниця запускає прямий потяг до Кишинева</h1>
				<div class="post_text"><p>Укрзалізниця з червня запускає прямий нічний потяг з Києва до Кишинева без пересадок, повідомили в компанії.</p>
				<p>Потяг курсуватиме через день і проходитиме через Вінницю та Жмеринку, а контроль відбуватиметься на станції Могилів-Подільський.</p>
				<p>Раніше Укрзалізниця відновила сполучення з Кишиневом через Ларгу для вантажних перевезень.</p></div>
				<div class="post_support"><div class="post_support_title">Українська правда – незалежне медіа, яке працює для вас</div>
				<p>Наша редакція не залежить від олігархів і політиків. Станьте частиною Клубу УП, щоб підтримати якісну журналістику.</p></div></article></body></html>`,
			wantInBody:    []string{"для вантажних перевезень."},
			wantNotInBody: []string{"незалежне медіа", "олігархів"},
		},
		{
			name: "a grid's narrow column and Joomla's modules beside the text",
			page: `<html lang="de"><body><div class="row"><main class="col-md-9 col-md-push-3"><h1>Sanierung der Ortsdurchfahrt: Vollsperrung ab 9. April</h1>
				<p>Die Ortsdurchfahrt wird ab dem 9. April für rund sechs Wochen voll gesperrt, weil Fahrbahn und Gehwege erneuert werden.</p>
				<p>Anlieger können ihre Grundstücke während der Bauzeit meist erreichen; wo das nicht geht, informiert die Baufirma die Betroffenen rechtzeitig.</p>
				<p>Zu einem Informationsabend lädt die Gemeinde am Dienstag in den Sitzungssaal ein, wo Vertreter des Ingenieurbüros den Bauablauf vorstellen.</p>
				<p>Die Umleitung führt über die Kreisstraße und ist ausgeschildert; die Buslinien halten an Ersatzhaltestellen am Ortsrand.</p></main>
				<div class="col-md-3 col-md-pull-9"><div class="box-termine"><h3>Nächste Termine</h3><p>Am 13.03. findet die öffentliche Gemeinderatssitzung im Sitzungssaal des Rathauses statt, Beginn ist um 18:30 Uhr, Gäste sind willkommen.</p></div></div>
				<div class="moduletable"><p>Sie möchten unseren Verein unterstützen? Sprechen Sie uns an, wir freuen uns über jede Hilfe und jedes neue Mitglied.</p></div></div></body></html>`,
			wantInBody:    []string{"Ersatzhaltestellen am Ortsrand."},
			wantNotInBody: []string{"Gemeinderatssitzung", "Verein unterstützen"},
		},
		{
			name: "a Chinese caption that credits a supplied photo",
			page: `<html lang="zh-CN"><body><article><h1>老小区加装电梯遭一楼住户反对</h1>
				<p>上海某小区居民申请加装电梯，一楼住户以采光受影响为由提起诉讼，法院审理后驳回了其诉讼请求，并在判决中说明了理由。</p>
				<p>涉事小区楼栋外景，右侧为原定加装电梯位置。 法院供图</p>
				<p>法官表示，加装电梯是改善老年居民生活的民生工程，低层住户的合理诉求也应当得到充分的尊重和适当的补偿。</p></article></body></html>`,
			wantInBody:    []string{"适当的补偿。"},
			wantNotInBody: []string{"法院供图"},
		},
		{
			name: "a paywall's blurred paragraph of the text's classes is text, its offer is not",
			page: `<html lang="de"><body><article><h1>Baustart für neues Quartier verzögert sich erneut</h1>
				<div class="Article-sc-1"><p class="Text-sc-9 hYdFcA">Auf dem früheren Bahngelände im Leipziger Norden sollen 2.400 Wohnungen entstehen, doch der Baustart verschiebt sich erneut um ein Jahr.</p>
				<p class="Text-sc-9 hYdFcA">Hauptgrund seien Bodenbelastungen, die bei ergänzenden Untersuchungen im Frühjahr entdeckt wurden, erklärt ein Sprecher der Stadt.</p>
				<div class="paywalled-content"><p class="Text-sc-9 Paywall-Blurred-sc-4 hYdFcA">Im Stadtrat sorgt die erneute Verschiebung für Unmut, vor allem wegen der Grundschule.</p></div>
				<div class="paywall-art"><p class="paywall-art__text">Hai letto 4 dei 10 articoli gratuiti di questo mese, abbonati per leggere senza limiti.</p></div></div>
				<div class="c-gift-article"><span>Assinantes podem liberar 5 acessos por dia para conteúdos da Folha</span></div></article></body></html>`,
			wantInBody:    []string{"Im Stadtrat sorgt", "ergänzenden Untersuchungen"},
			wantNotInBody: []string{"Hai letto", "Assinantes podem"},
		},
		{
			name: "the paragraph under a paywall's fade is text",
			page: `<html lang="nl"><body><article><h1>Gezin wacht al acht jaar op herstel van verbouwing</h1>
				<p>Het koppel kocht het huis in 2011 en wilde het grondig renoveren voor zijn gezin met drie kinderen, maar al snel liep het mis.</p>
				<div class="paywall-content"><p>Toen het gezin na anderhalf jaar eindelijk kon verhuizen, bleek de nieuwe dakconstructie te lekken en zat er vocht in de kelder.</p>
				<p class="paywall-fade">“We hebben twee winters met emmers onder het dak geslapen”, zegt Wim. “Dat doet pijn als ouder.”</p></div>
				<div class="paywall"><p class="paywall__offer">Lees verder met GVA+ voor 1 euro per maand.</p></div>
				<div class="artikel_bild"><div class="bild_unterschrift">Wim en Els voor hun huis in Mortsel, dat nog altijd niet af is.</div></div></article></body></html>`,
			wantInBody:    []string{"Dat doet pijn als ouder."},
			wantNotInBody: []string{"Lees verder", "Wim en Els voor"},
		},
		{
			name: "a container classed as a paywall's fade around paragraphs is text; the offer under it is not",
			page: `<html lang="de"><body><article class="nk-article nk-article--plus"><div class="nk-article__header">
				<div class="nk-article__dachzeile"><span class="nk-plus-badge">+</span> <span class="nk-article__kicker">Ärztemangel</span></div>
				<h1 class="nk-article__title">Landarzt in Strasburg findet keinen Nachfolger – 1800 Patienten bangen</h1>
				<div class="nk-article__author"><span>Von</span> <a href="/autoren/anke-brueggemann" rel="author">Anke Brüggemann</a></div></div>
				<div class="nk-article__body">
				<p class="nk-article__lead">Seit drei Jahren sucht Hausarzt Gerd Oltmanns einen Nachfolger für seine Praxis in Strasburg. Jetzt zieht er einen Schlussstrich – und viele Patienten wissen nicht, wo sie ab Januar hin sollen.</p>
				<p>Das Wartezimmer in der Karl-Marx-Straße ist an diesem Dienstagvormittag voll besetzt. Eine ältere Frau mit Rollator, ein Landwirt in Arbeitskleidung, eine junge Mutter mit zwei Kindern auf dem Schoß.</p>
				<div class="nk-paywalled nk-paywalled--fade"><p>„Ich habe wirklich alles versucht“, sagt Gerd Oltmanns und lehnt sich in seinem Schreibtischstuhl zurück. Anzeigen im Ärzteblatt, Gespräche mit der Kassenärztlichen Vereinigung, sogar ein Aushang an der Uni Greifswald.</p></div>
				</div><div class="nk-paywall" id="nk-paywall"><div class="nk-paywall__inner"><p class="nk-paywall__headline">Weiterlesen mit Nordkurier+</p>
				<p class="nk-paywall__subline">Alle Artikel auf nordkurier.de lesen – die ersten 4 Wochen für nur 0,99 €.</p><a class="nk-btn nk-btn--primary" href="/abo/plus">Jetzt testen</a></div></div></article></body></html>`,
			wantInBody:    []string{"Ich habe wirklich alles versucht"},
			wantNotInBody: []string{"Weiterlesen mit", "Jetzt testen"},
		},
		{
			name: "a report on a span of days is dated by its first day",
			page: `<html lang="de"><body><article><h1>Schwache Profile – günstige Lawinensituation</h1><p class="date">Wochenbericht 14. - 20. Januar 2022</p>
				<p>In der Berichtsperiode war es meist sonnig und mild, die Lawinengefahr nahm im ganzen Gebiet langsam ab.</p></article></body></html>`,
			wantPublished: "2022-01-14",
		},
		{
			name: "a job posting is dated by when it was posted",
			page: `<html lang="de"><head><script type="application/ld+json">{"@context":"https://schema.org/","@type":"JobPosting","title":"Werkstudent (m/w/d) Softwareentwicklung","datePosted":"2021-09-14","validThrough":"2021-12-31"}</script></head>
				<body><main><h1>Werkstudent (m/w/d) Softwareentwicklung</h1><p>Wir entwickeln Planungssoftware für Häfen und suchen Verstärkung für unser Backend-Team in Hamburg.</p></main></body></html>`,
			wantPublished: "2021-09-14",
		},
		{
			name: "a closing heading that links to the author's page still closes the text",
			page: `<html lang="en"><body><article><h1>What three years of on-call taught me</h1>
				<p>Paragraph one of the post is long enough to count as text and goes on for a while about runbooks and pagers.</p>
				<p>Paragraph two of the post is also long enough to count as text and talks about alerts that woke people at night.</p>
				<p>Paragraph three closes the post with thanks to the people who read drafts and a question for the readers.</p>
				<div><a href="/@dana"><h2>Written by Dana Okafor</h2></a><span>1.2K Followers</span><p>Site engineer in Toronto. Payments, pagers, and plain language.</p></div>
				</article></body></html>`,
			wantInBody:    []string{"a question for the readers."},
			wantNotInBody: []string{"Written by", "Followers", "Site engineer"},
		},
		{
			name: "talkbacks and a French caption",
			page: `<html lang="he"><body><article><h1>הכרמלית תושבת לחצי שנה לשיפוץ</h1><div class="legende">Des bidons alignés devant une borne-fontaine (Photo d'illustration)</div>
				<p>הכרמלית בחיפה תושבת לחצי שנה לשיפוץ מקיף של המסילה והתחנות, כך הודיעה העירייה ביום שני בבוקר.</p>
				<p>לדברי העירייה, הרכבת תחזור לפעול בקיץ 2024 עם קרונות משודרגים ותחנות נגישות יותר לתושבים.</p></article>
				<div class="TalkbacksComponent"><ul class="talkbacksList"><li class="talkbackItem"><div class="tbTitle">חצי שנה בלי כרמלית? ואיך סבתא שלי תגיע לשוק?</div><div class="tbAuthor">רונית</div></li></ul></div></body></html>`,
			wantInBody:    []string{"נגישות יותר לתושבים."},
			wantNotInBody: []string{"סבתא", "bidons"},
		},
		{
			name: "an appeal box classed as an epic",
			page: `<html lang="en"><body><article><h1>Storm Hendrik: amber wind warnings</h1>
				<p>The Met Office has issued amber wind warnings from 6am until 9pm, saying flying debris could result in danger to life.</p>
				<p>Ferries between the mainland and the islands have been cancelled and several rail lines are closed until further notice.</p>
				<div class="dcr-epic" data-component="contributions-liveblog-epic"><p>Unlike many others, we have no billionaire owner, and our independence means we can keep our reporting open to all.</p></div></article></body></html>`,
			wantInBody:    []string{"until further notice."},
			wantNotInBody: []string{"billionaire owner"},
		},
		{
			name: "subheadings classed as paywalled or with a slug id of their first word",
			page: `<html lang="de"><body><article><h1>Nuvio X5 Pro im Test</h1>
				<div class="article-layout__content article-content" id="article-content">
				<p>Nuvio ist bislang vor allem in Asien bekannt, wo die Marke mit günstigen Smartphones große Marktanteile erobert hat.</p>
				<p>Im Alltag zeigt sich allerdings, dass nicht jede große Zahl auch zu einem guten Ergebnis führt, vor allem bei der Kamera.</p>
				<h3 class="subheading" id="nav_display">Display und Verarbeitung</h3>
				<p>Das OLED-Panel löst mit 2400 × 1080 Pixeln auf und erreichte in unserem Messlabor eine Helligkeit von 1180 cd/m².</p>
				<h2 class="paywall">Color, But Softer</h2>
				<p class="paywall">The Inkpad 8 has an 8-inch screen based on E Ink’s Kaleido technology and it is pleasant to read on.</p>
				</div></article></body></html>`,
			wantInBody: []string{"Display und Verarbeitung", "Color, But Softer"},
		},
		{
			name: "an appeal's short title over a paragraph that addresses the reader",
			page: `<html lang="en"><body><article><h1>The river that runs the valley</h1>
				<p>Back in the pub, item four is approved without a vote, and item five takes forty minutes and ends in a decision to look again next year.</p>
				<p>Somebody goes to the bar. Outside, in the dark, the river is still running past the turbine house and the farms at the top of the valley.</p>
				<div><h2>… as you’re joining us today from Germany, we have a small favour to ask.</h2><p>Tens of millions have placed their trust in us since we started publishing, turning to us in moments of crisis and hope.</p></div></article></body></html>`,
			wantInBody:    []string{"top of the valley."},
			wantNotInBody: []string{"favour to ask", "Tens of millions"},
		},
		{
			name: "a box of two teasers whose titles are spans in links, after a brief",
			page: `<html lang="de"><body><main><article><h1>DWD warnt vor schweren Gewittern in Sachsen</h1>
				<p>Leipzig (dpa/sn) - Der Deutsche Wetterdienst hat für weite Teile Sachsens vor schweren Gewittern mit Starkregen und Hagel gewarnt.</p>
				<p>Örtlich seien Regenmengen von bis zu 40 Litern pro Quadratmeter in kurzer Zeit möglich.</p></article>
				<section class="cp-region"><h2>Das Beste aus ZEIT ONLINE</h2>
				<article class="teaser"><a href="/wissen/hitze"><span class="teaser__kicker">Hitzesommer</span><span class="teaser__title">Wie heiß wird es noch?</span></a><p class="teaser__text">Die Hitzewellen kommen früher, dauern länger und werden extremer.</p></article>
				<article class="teaser"><a href="/gesellschaft/keller"><span class="teaser__kicker">Elementarschäden</span><span class="teaser__title">Wenn der Keller vollläuft</span></a><p class="teaser__text">Nach jedem Starkregen dasselbe Bild: Viele Hausbesitzer sind nicht versichert.</p></article>
				</section></main></body></html>`,
			wantInBody:    []string{"in kurzer Zeit möglich."},
			wantNotInBody: []string{"Hitzewellen", "Hausbesitzer"},
		},
		{
			name: "a sidebar's latest news dates other stories, its short Chinese titles too",
			page: `<html lang="de"><body><table><tr><td><div class="news-single-item"><div class="news-single-rightbox">12.03.2008 11:20<br>Kategorie: Pressemitteilungen</div>
				<h1>DSL für Oberhofen und Talmühle: Gemeinderat vergibt Breitbandauftrag</h1>
				<p>Die Bürgerinnen und Bürger in den Teilorten Oberhofen und Talmühle können auf schnelleres Internet hoffen.</p></div></td>
				<td><div class="box"><h3>Aktuell</h3><ul class="news-latest"><li><span class="datum">11.03.2008</span> <a href="/n/210">Sperrung der Ortsdurchfahrt Talmühle wegen Kanalarbeiten</a></li>
				<li><span class="datum">07.03.2008</span> <a href="/n/209">Kinderferienbetreuung</a></li></ul>
				<ul><li><a href="/n/1">上海今夏第10个40℃+高温日，打破有气象记录以来纪录</a><span class="relate-info">2008-03-10</span></li><li><a href="/n/2">高温下的电网：上海用电负荷创历史新高</a><span class="relate-info">2008-03-09</span></li></ul></div></td></tr></table></body></html>`,
			wantPublished: "2008-03-12",
		},
		{
			name: "a box in the text that its aria-label names as a newsletter's, an article titled with a furniture word",
			page: `<html lang="en"><body><article class="gnt_ar" aria-label="The credit union that saved Main Street"><h1>The credit union that saved Main Street</h1><div class="gnt_ar_b">
				<p class="gnt_ar_b_p">Buncombe County will build the last missing link of the Swannanoa River greenway, commissioners decided on Tuesday.</p>
				<div class="gnt_em gnt_em__el gnt_em_nl" aria-label="Newsletter signup"><div class="gnt_em_nl_d">The top stories from Asheville and Western North Carolina, every morning.</div><button>Sign Up</button></div>
				<p class="gnt_ar_b_p">Cycling advocates welcomed the news but cautioned that the greenway would only be as useful as its connections.</p></div></article></body></html>`,
			wantInBody:    []string{"commissioners decided on Tuesday.", "as useful as its connections."},
			wantNotInBody: []string{"The top stories from Asheville"},
		},
		{
			name: "no h1 nor article titles: the heading that says the title's words with a few more",
			page: `<html><head><title>Barrow Hill Junction - Layout Diary - Fiddle Yard Rebuilt</title></head><body><table><tr><td>
				<h3>Other diary entries</h3><ul><li><a href="diary06.html">Part 6 - Ballast at last</a></li></ul></td><td>
				<h2><font face="Georgia">Part 7 - The Fiddle Yard Gets Rebuilt</font></h2>
				<p><i>Diary entry by Geoff Pickering - Sunday 14th September 2003</i></p>
				<p>The old fiddle yard had been the weak point of the layout ever since the first exhibition, so out it came.</p></td></tr></table></body></html>`,
			opts:         extract.Options{URL: "http://www.barrowhilljunction.example/diary07.html"},
			wantHeadline: "Part 7 - The Fiddle Yard Gets Rebuilt",
		},
		{
			name: "writers' cards after the text, whatever their class: a link to the writer's page and a short paragraph",
			page: `<html lang="es"><body><article><h1>El Gobierno aprueba un plan contra la sequía</h1><div class="a_c">
				<p>El Consejo de Ministros ha aprobado este martes un paquete de 2.000 millones de euros para hacer frente a la sequía.</p>
				<p>El real decreto deberá ser convalidado por el Congreso en el plazo de un mes.</p></div>
				<div class="a_aut"><div class="a_aut_c"><img src="/a/lucia.png" alt="Lucía Ferrer Gálvez" width="64"><a href="https://elpais.example/autor/lucia-ferrer-galvez/" class="a_aut_n">Lucía Ferrer Gálvez</a>
				<p class="a_aut_d">Redactora de la sección de Clima y Medio Ambiente. Antes trabajó en la sección de Economía.</p></div>
				<div class="a_aut_c"><a href="https://elpais.example/autor/marcos-pena/" class="a_aut_n">Marcos Peña</a><p class="a_aut_d">Periodista en la delegación de Valencia.</p></div></div></article></body></html>`,
			wantInBody:    []string{"en el plazo de un mes."},
			wantNotInBody: []string{"Redactora de la sección", "Periodista en la delegación"},
		},
		{
			name: "a subscribers' badge in the headline is no part of it",
			page: `<html lang="de"><head><title>Wolf reißt Schafe - Nordkurier</title></head><body><article><h1 class="node-title">Wolf reißt neun Schafe bei Altentreptow <span class="nk-plus-icon" title="Nordkurier Plus">NK+</span></h1>
				<p>Altentreptow. Ein Wolf hat in der Nacht zu Dienstag auf einer Weide bei Altentreptow neun Schafe gerissen, bestätigte das Landesamt.</p></article></body></html>`,
			wantHeadline: "Wolf reißt neun Schafe bei Altentreptow",
		},
		{
			name: "C++ in a headline stays",
			page: `<html lang="en"><head><title>Why we still teach C++ - Blog</title></head><body><article><h1>Why we still teach <code>C++</code></h1>
				<p>Every autumn a new class of students asks us why the first course is taught in a language older than their parents' careers.</p></article></body></html>`,
			wantHeadline: "Why we still teach C++",
		},
		{
			name: "no h1, a generic title: the span classed as the headline in German",
			page: `<html lang="de"><head><title>szon.de - Lokales - Ravensburg</title></head><body><table><tr><td>
				<span class="dachzeile">Ravensburg</span><br><span class="ueberschrift">Feuerwehr rettet<br>Kälbchen aus Güllegrube</span><br>
				<span class="klein">15.09.2005</span></td></tr><tr><td><span class="zwischenueberschrift">Gefährliche Gase</span>
				<p>Mit einem ungewöhnlichen Einsatz hatte es die Freiwillige Feuerwehr Ravensburg in der Nacht zum Mittwoch zu tun.</p></td></tr></table></body></html>`,
			opts:         extract.Options{URL: "http://www.szon.example/lokales/ravensburg/artikel.php?id=1482271"},
			wantHeadline: "Feuerwehr rettet Kälbchen aus Güllegrube",
		},
		{
			name: "a topline written after the headline and labels for screen readers are no part of it",
			page: `<html lang="de"><head><title>Startseite - BMBF</title></head><body><h1 id="headerhead" class="aural" aria-hidden="true">Navigation und Service</h1>
				<div class="c-intro"><h1 class="c-intro__headline"><span>Forschungsprojekt legt Grundstein für Gütesiegel</span> <span class="aural">: </span>
				<small class="c-topline"><span class="aural">Datum:</span> <time datetime="2022-01-26">26.01.2022</time> <span class="c-topline__theme">Pressemitteilung: 6/2022</span></small></h1>
				<p>Heute ist der Kick-off des Forschungsprojekts, das ein Gütesiegel für Lernapps und Lernplattformen entwickeln soll.</p></div></body></html>`,
			wantHeadline: "Forschungsprojekt legt Grundstein für Gütesiegel",
		},
		{
			name: "several h1s: the one marked as the post's title, though the titles word it otherwise",
			page: `<html lang="en"><head><title>Much-loved Lincoln café closes its doors after 40 years</title>
				<meta property="og:title" content="Much-loved Lincoln café closes its doors after 40 years"></head><body>
				<header><h1><a href="/"><img src="/logo.png" alt="The Lincolnite"></a></h1></header>
				<article><h1 class="amp-post-title"><span>'It's like losing a family member'</span>: <span>Lincoln café closes after 40 years</span></h1>
				<p>Regulars at the Steep Hill café said goodbye on Saturday to the owners, who retire after four decades behind the counter.</p></article>
				<aside><h1>Get The Lincolnite morning briefing</h1><p>The day's top stories, delivered before 8am.</p></aside></body></html>`,
			opts:         extract.Options{URL: "https://thelincolnite.example/2019/07/lincoln-cafe-closes/amp/"},
			wantHeadline: "'It's like losing a family member': Lincoln café closes after 40 years",
		},
		{
			name: "an appeal box between the paragraphs, whatever its class",
			page: `<html lang="en"><body><article><h1>Last Dollar Diner closing after 41 years on East Colfax</h1><div class="article-body">
				<p>The diner's twelve remaining employees will receive severance, paid in part with money raised by regulars.</p>
				<div class="support-module keep-free"><h3>Keep Westword Free...</h3><p>Since we started Westword, it has been defined as the free, independent voice of Denver, and we'd like to keep it that way. Please support our journalism.</p>
				<a class="btn-support" href="/membership">Make a one-time donation today for as little as $1.</a></div>
				<p>Until then, the Last Dollar will keep its current hours, and the owner says she will be there for the final shift.</p></div></article></body></html>`,
			wantInBody:    []string{"money raised by regulars.", "for the final shift."},
			wantNotInBody: []string{"Keep Westword Free", "independent voice of Denver", "one-time donation"},
		},
		{
			name: "an appeal box that asks for support in its own words ('Good journalism costs', 'By contributing to')",
			page: `<html lang="en"><body><article><h1>Farmers count losses as flood submerges rice fields</h1><div class="entry-content">
				<p>Farmers in the state said they lost their entire rice crop after the river overflowed its banks last week.</p>
				<p>More than 4,000 hectares of rice fields were submerged in three local government areas, according to the state's farmers' association, which put the losses at several hundred million naira.</p>
				<p>Some farmers said they had borrowed money to buy seeds and fertiliser at the start of the season and now had no way to repay the loans before the dry season planting.</p>
				<div class="pt-support-box"><h4>Support the Gazette's journalism of integrity and credibility</h4>
				<p>Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society.</p>
				<p>By contributing to the Gazette, you are helping to sustain a journalism of relevance and ensuring it remains free and available to all.</p>
				<p><a class="pt-donate-btn" href="/donate">Donate</a></p></div>
				<p>The emergency agency said it had distributed seedlings and fertiliser to more than 2,000 households.</p>
				<p>Farmers, however, said they needed more than relief materials, calling for the dredging of the river and the construction of embankments to protect farmland from the next flood.</p>
				<p>The hydrological services agency had listed the state among those at high risk of flooding this year in its annual outlook, published in the spring.</p></div></article></body></html>`,
			wantInBody:    []string{"lost their entire rice crop", "more than 2,000 households."},
			wantNotInBody: []string{"journalism of integrity", "Good journalism costs", "By contributing to"},
		},
		{
			name: "a live blog's entry quoting a post that offers support stays",
			page: `<html lang="en"><head><title>Live: Earthquake in northern Japan</title></head><body><main><h1>Live: Earthquake in northern Japan</h1>
				<section class="live-blog-post"><time datetime="2024-10-23T05:20:14Z">5:20 AM GMT</time><h2>U.S. ready to help, ambassador says</h2>
				<div><p>The U.S. ambassador to Japan said in a post on X that American forces in Japan stood ready to assist if requested.</p>
				<blockquote class="twitter-tweet"><p>Our thoughts are with everyone affected. The United States stands ready to support our Japanese friends in any way we can.</p></blockquote></div>
				<button type="button">Share this post</button></section>
				<section class="live-blog-post"><time datetime="2024-10-23T05:02:00Z">5:02 AM GMT</time><p>A magnitude 6.8 earthquake struck off the coast of Iwate early on Wednesday, the meteorological agency said.</p></section></main></body></html>`,
			wantInBody: []string{"stood ready to assist if requested.", "the meteorological agency said."},
		},
		{
			name:          "hidden and script text left out",
			page:          `<html><body><article><p>Visible paragraph with enough words to count as the text of the article.</p><div style="display: none">Hidden text</div><script>var x = "script text";</script></article></body></html>`,
			wantNotInBody: []string{"Hidden text", "script text"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			opts.Fetched = fetched
			res, err := extract.Extract(strings.NewReader(tt.page), opts)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if tt.wantHeadline != "" && res.Headline != tt.wantHeadline {
				t.Errorf("headline %q, want %q", res.Headline, tt.wantHeadline)
			}
			if got := res.Published.String(); tt.wantHeadline == "" && got != tt.wantPublished && (tt.wantPublished != "" || len(tt.wantInBody)+len(tt.wantNotInBody) == 0) {
				t.Errorf("published %q, want %q", got, tt.wantPublished)
			}
			for _, s := range tt.wantInBody {
				if !strings.Contains(res.Body, s) {
					t.Errorf("body %q: want %q in it", res.Body, s)
				}
			}
			for _, s := range tt.wantNotInBody {
				if strings.Contains(res.Body, s) {
					t.Errorf("body %q: want no %q", res.Body, s)
				}
			}
		})
	}
}

func TestExtract_TooLarge(t *testing.T) {
	// A 50 MB page is refused after reading MaxBytes+1 bytes.
	page := strings.Repeat("<p>filler text</p>\n", 50<<20/19)
	_, err := extract.Extract(strings.NewReader(page), extract.Options{})
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Fatalf("err %v, want ErrTooLarge", err)
	}
	_, err = extract.Extract(strings.NewReader("<p>small page</p>"), extract.Options{MaxBytes: 10})
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Fatalf("MaxBytes 10: err %v, want ErrTooLarge", err)
	}
}

func TestExtract_DeepNesting(t *testing.T) {
	// x/net/html refuses more than 512 open elements; the page is
	// flattened and its text still extracted, quickly.
	for _, tag := range []string{"div", "b", "span", "font"} {
		t.Run(tag, func(t *testing.T) {
			page := "<html><head><title>Deep</title></head><body>" + strings.Repeat("<"+tag+">", 200000) +
				"<p>The text at the bottom of a very deep page is still found by the extractor.</p></body></html>"
			start := time.Now()
			res, err := extract.Extract(strings.NewReader(page), extract.Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if !strings.Contains(res.Body, "still found by the extractor") {
				t.Errorf("body %q", res.Body)
			}
		})
	}
}

func TestExtract_Charsets(t *testing.T) {
	text := "Grüße aus Köln: Über den Rhein fährt heute wieder die Fähre, sagte der Betreiber am Morgen."
	latin1 := []byte("<html><body><article><p>" + toLatin1(text) + "</p></article></body></html>")
	utf16 := append([]byte{0xFF, 0xFE}, toUTF16LE("<html><body><article><p>"+text+"</p></article></body></html>")...)
	tests := []struct {
		name        string
		page        []byte
		contentType string
	}{
		{name: "header charset", page: latin1, contentType: "text/html; charset=ISO-8859-1"},
		{name: "meta charset", page: append([]byte(`<meta charset="iso-8859-1">`), latin1...)},
		{name: "detected", page: latin1},
		{name: "utf-16 BOM", page: utf16},
		{name: "utf-8 despite a latin-1 meta", page: []byte(`<meta charset="iso-8859-1"><html><body><article><p>` + text + `</p></article></body></html>`)},
		{name: "utf-8 despite a latin-1 header", page: []byte(`<html><body><article><p>` + text + `</p></article></body></html>`), contentType: "text/html; charset=iso-8859-1"},
		{name: "utf-8 despite a gb2312 meta", page: []byte(`<meta charset="gb2312"><html><body><article><p>` + text + `</p></article></body></html>`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := extract.Extract(bytes.NewReader(tt.page), extract.Options{ContentType: tt.contentType})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if res.Body != text {
				t.Errorf("body %q, want %q", res.Body, text)
			}
		})
	}
}

func toLatin1(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

func toUTF16LE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.html")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err == nil {
			f.Add(b, "text/html; charset=utf-8")
		}
	}
	f.Add([]byte("<html><body>"+strings.Repeat("<div>", 600)+"x"), "")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2015-13-45"}]}</script>`), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html; charset=utf-16")
	f.Add([]byte(`<meta charset="x-unknown"><time datetime="9999-99-99T99:99:99+99:99">`), "text/html; charset=bogus")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		res, err := extract.Extract(bytes.NewReader(page), extract.Options{URL: "https://example.org/2015/03/06/x", ContentType: contentType, Fetched: fetched, MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		for _, s := range append([]string{res.Headline, res.Body, res.Summary, res.Language, res.CanonicalURL}, res.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in result: %q", s)
			}
		}
		if res.Published.Time.After(fetched.Add(24 * time.Hour)) {
			t.Fatalf("published %v after the fetch time", res.Published)
		}
	})
}

func TestExtract_PathologicalPagesTakeBoundedTime(t *testing.T) {
	if testing.Short() {
		t.Skip("builds pages of several megabytes")
	}
	var dates, tables, times, links strings.Builder
	for dates.Len() < 8<<20 {
		dates.WriteString("<p>Am 6. März 2015, 03/06/2015, 2015-03-06 und March 6, 2015 © 2015, veröffentlicht am 7.3.2015.</p>\n")
	}
	tables.WriteString("<html><body>")
	for range 400 {
		tables.WriteString(`<table class="layout sidebar"><tr><td class="content">cell text, with commas, to score`)
	}
	for tables.Len() < 4<<20 {
		tables.WriteString("<p>More text in the deepest cell of a layout made of nested tables.</p>")
	}
	for times.Len() < 8<<20 {
		times.WriteString(`<div class="comment"><time datetime="2015-03-06T10:00:00Z">6 March</time><time>bad</time></div>`)
	}
	for links.Len() < 8<<20 {
		links.WriteString(`<li class="related"><a href="/x">Related story with a long title</a></li>`)
	}
	pages := map[string]string{
		"dates":  "<html><body><article><h1>Dates</h1>" + dates.String() + "</article></body></html>",
		"tables": tables.String(),
		"times":  "<html><body>" + times.String() + "</body></html>",
		"links":  "<html><body><ul>" + links.String() + "</ul></body></html>",
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			if _, err := extract.Extract(strings.NewReader(page), extract.Options{Fetched: fetched}); err != nil {
				t.Fatalf("Extract: %v", err)
			}
			// Linear work on a few megabytes takes about a second; a
			// quadratic path would take minutes.
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("%d bytes took %v", len(page), d)
			}
			t.Logf("%d bytes in %v", len(page), time.Since(start))
		})
	}
}

func TestExtract_Charsets_GBK(t *testing.T) {
	// A page really in GB2312 stays GB2312, though some GBK byte pairs are
	// valid UTF-8 too.
	text := "从下个月开始，城市图书馆将在周末延长开放时间，阅览室每天开放到晚上九点。"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("<html><body><article><p>" + text + "</p></article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	res, err := extract.Extract(strings.NewReader(`<meta charset="gb2312">`+gbk), extract.Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if res.Body != text {
		t.Errorf("body %q, want %q", res.Body, text)
	}
}
