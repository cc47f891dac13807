package extract_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newslink/crawler/extract"
)

// authorPages are pages written for the author rules, one for each way
// publishers state authors; the whole result is also a golden file
// (TestExtract_Golden).
var authorPages = []struct {
	name        string
	url         string
	wantAuthors []string
}{
	// A Yoast graph: the article's author is a reference to a Person
	// elsewhere in the graph; article:author is a Facebook page and the
	// visible byline a user name.
	{name: "authors-graph-ref", url: "https://lahntal-blog.example/radweg/", wantAuthors: []string{"Katrin Vogel"}},
	// A German byline with two names, one in capitals, an agency and an
	// update time; photo credits marked as "author" in the caption and
	// beside it; article:author a profile URL.
	{name: "authors-byline-list", url: "https://nordkurier.example/politik/schulgesetz", wantAuthors: []string{"Anna Schmidt", "Jonas Weber"}},
	// JSON-LD names only the newsroom; the byline names two people in
	// capitals, their agency and a Twitter handle.
	{name: "authors-org-person", url: "https://lakeside-gazette.example/news/storm", wantAuthors: []string{"Maria Lopez", "Tom O'Neill"}},
	// A blog: meta author "admin"; rel=author links to one profile with
	// the name, an avatar, "More posts" and "View my complete profile".
	{name: "authors-rel-profile", url: "https://slowgarden.example/2023/11/garlic.html", wantAuthors: []string{"Ben Carter"}},
	// Teasers of other articles with their authors' names above the
	// article; the article's own byline is labelled "Text:"; the only
	// structured author is the publisher, in microdata.
	{name: "authors-teasers", url: "https://kreisbote.example/wirtschaft/2024/01/15/gaspreis", wantAuthors: []string{"Lena Kraus"}},
	// A Russian credit line at the end: "Текст:" names the author, the
	// photographer's "Фото:" after a line break is no part of the name;
	// JSON-LD names only the newsroom.
	{name: "authors-credit-ru", url: "https://sevvestnik.example/news/2024/10/02/most-vychegda/", wantAuthors: []string{"Марина Лыткина"}},
	// JSON-LD and article:author name one of the byline's two linked
	// authors ("Par A et B, avec Belga"): the byline's list.
	{name: "authors-byline-more", url: "https://leregard.example/namur/marches-de-nuit/", wantAuthors: []string{"Julie Marchal", "Thomas Dewez"}},
	// The byline adds a place after a comma ("Von A und B, Bad
	// Hindelang"): no third author.
	{name: "authors-byline-place", url: "https://allgaeuer-bote.example/lokales/iseler-bahn-genehmigt", wantAuthors: []string{"Theresa Wallner", "Florian Unterhuber"}},
	// The meta tag names the paper; the text's last line names the
	// reporter ("박서연 기자 e-mail").
	{name: "korean-portal-lines", url: "https://news.naver.example/main/read.nhn?oid=991&aid=0000452817", wantAuthors: []string{"박서연"}},
	// A byline named only by its data attributes (data-component=
	// "byline-block", data-testid="byline-new-contributors"), its name
	// and its newsroom in two spans with nothing between them.
	{name: "authors-data-byline", url: "https://coastnews.example/news/articles/c4ng7x2p9lvo", wantAuthors: []string{"Hannah Pryce"}},
	// A Georgian byline: the name's letters are lower case to Unicode,
	// as every everyday Georgian letter is.
	{name: "authors-georgian", url: "https://axali.example/news/2021/05/12/batumi-bike-path/", wantAuthors: []string{"თამარ ლომიძე"}},
	// JSON-LD names the agency; the byline a reporter and the agency
	// after a slash ("Erik Lund/TT").
	{name: "authors-slash-agency", url: "https://sundsposten.example/nyheter/farjan-till-ven-stalls-in", wantAuthors: []string{"Erik Lund"}},
	// No marked byline at all: an unmarked line "Von Ulrich Nitsche, 4.
	// November 2023", after a sentence that opens with "Von".
	{name: "authors-plain-byline", url: "https://gemeindebrief.example/aktuelles/buergerbuero", wantAuthors: []string{"Ulrich Nitsche"}},
	// A byline whose text runs the name into a staff line; the name is
	// marked (class "author-name"), as is the publisher's (itemprop=name
	// inside itemprop=publisher), which is not an author.
	{name: "authors-name-parts", url: "https://harbour-times.example/news/ferry-fares", wantAuthors: []string{"Dana Whitfield"}},
	// WordPress classes that name no area: the post's categories
	// ("category-kommentare") and a layout with a sidebar ("right-sidebar",
	// "theiaStickySidebar") around the article; the real sidebar's byline
	// is not taken.
	{name: "authors-layout-classes", url: "https://alltagsnotizen.example/2017/04/13/waehlen/", wantAuthors: []string{"Eleanor Voss"}},
	// A meta author listing three names ("et"), with an e-mail address.
	{name: "authors-meta-list", url: "https://journal-du-lac.example/ville/piscine", wantAuthors: []string{"Claire Dubois", "Julien Martin", "Sophie Lefèvre"}},
	// JSON-LD names the author in lower case ("giampiero maggio"): kept as
	// given, over the newsroom in the meta tag; a teaser's author in lower
	// case is not taken.
	{name: "authors-lower-case", url: "https://gazzetta-lago.example/meteo/neve", wantAuthors: []string{"giampiero maggio"}},
	// A byline box whose text is a lower-case phrase ("filed under
	// transport") is not a name; itemprop=author in lower case is.
	{name: "authors-lower-case-byline", url: "https://valley-post.example/transport/night-buses", wantAuthors: []string{"ellen marsh"}},
	// JSON-LD's author is a place in lower case ("medellín"); the meta
	// tag "author" names the publishing house, "article:author" the
	// writer.
	{name: "authors-ld-place", url: "https://diariodelvalle.example/medellin/elecciones-candidatos", wantAuthors: []string{"Laura Restrepo Gil"}},
	// Under the article, a list of cards (<article> elements) teasing
	// other stories with their authors' rel=author links; the article's
	// own byline is one such link.
	{name: "authors-teaser-rel", url: "https://harbour-courier.example/news/2024/03/04/plumber-jailed", wantAuthors: []string{"Nora Quinn"}},
	// The same cards with bylines but no rel=author, and no byline of the
	// article's own: nobody is named.
	{name: "authors-teaser-cards", url: "https://harbour-courier.example/news/2024/03/04/plumber-jailed-2", wantAuthors: nil},
	// A wire story: the byline and JSON-LD name the agency, the credit
	// line at the end names the reporters (and an editor, who is none).
	{name: "authors-wire-credit", url: "https://wire.example/world/europe/baltic-ferries-winter-2024-11-18/",
		wantAuthors: []string{"Katarina Holm", "Jonas Egeland", "Mari Tamm"}},
	// The meta tag drops the accent the byline writes; JSON-LD's author
	// has a URL and no name.
	// A byline that marks each of two authors with the same class, then
	// the source.
	{name: "authors-marked-siblings", url: "https://zinu-portals.example/zinas/riga/tramvajs?id=55012345", wantAuthors: []string{"Elīna Bērziņa", "Kristaps Liepa"}},
	// The meta tag names the author and the site ("Carla Neuhoff,
	// DIE ABENDPOST"): the site is no author beside a person.
	{name: "authors-meta-site", url: "https://tagesblatt.example/politik/news-des-tages-a-1234", wantAuthors: []string{"Carla Neuhoff"}},
	// A Korean byline by its "reporter" class, the word for reporter
	// after the name and a subscribe button beside it.
	{name: "authors-reporter-ko", url: "https://hangang.example/arti/society/1100123.html", wantAuthors: []string{"이수진"}},
	// An Arabic byline, "كتب" (written by) before the name, in a
	// "writeBy" box; the meta tag names the site; an editor's line in
	// Chinese ("责任编辑") is none.
	{name: "authors-writeby-ar", url: "https://alyoum-aljadid.example/story/2024/9/18/6543210", wantAuthors: []string{"أحمد سمير الشاذلي"}},
	// A Dutch byline of two names, then a weekday and a date.
	{name: "tip-weekday-nl", url: "https://omroep-zuid.example/nieuws/4412345/wilde-zwijnen-oss", wantAuthors: []string{"Marieke Dijkhuis", "Sietse Bosma"}},
	// The byline is a list, one author an item, with no word between
	// them; JSON-LD names only the company.
	{name: "authors-list", url: "https://engineering.parcelwise.example/geocoding-at-the-edge", wantAuthors: []string{"Marisol Etxeberria", "Kwame Asante-Boateng"}},
	// The byline names the kind of piece before "von".
	{name: "authors-kind-of-piece", url: "https://stiftung-landleben.example/reportagen/die-mitte-des-dorfes", wantAuthors: []string{"Henrike Osterkamp", "Jakob Lindner"}},
	// The CMS account that posted the article ("Administrador") is
	// nobody's name.
	{name: "authors-cms-account", url: "https://vecinosbarrioalto.example/noticias/42-asamblea-anual", wantAuthors: nil},
	// A byline per author run together in one box: "By — Laila
	// Haddad By — Owen Brightwater".
	{name: "authors-repeated-by", url: "https://eveningreport.example/show/teachers-converted-school", wantAuthors: []string{"Laila Haddad", "Owen Brightwater"}},
	{name: "authors-visible-accents", url: "https://harbour-courier.example/world/lisbon-tram", wantAuthors: []string{"Tomás Ferreira"}},
	// Squarespace names the author in the article's classes
	// ("author-ruth-ann-keller"): the article holds the headline, the
	// byline and the commenters' names, and is no byline itself.
	{name: "authors-article-class", url: "https://www.hollowoakfarm.example/journal/why-we-stopped-tilling", wantAuthors: []string{"Ruth Ann Keller"}},
	// A Chinese report names its reporter in its first line
	// ("〔記者溫雅筑／台北報導〕"); the metadata names only the paper.
	{name: "authors-reporter-line-zh", url: "https://news.zili.example/news/life/paper/1634521", wantAuthors: []string{"溫雅筑"}},
	// The meta tag names someone the byline does not (the account that
	// published the story); the byline names two people: the byline.
	{name: "authors-meta-other", url: "https://isartal-anzeiger.example/lokales/bruecke-muehlbach-92847561.html", wantAuthors: []string{"Florian Zeidler", "Maximilian Kessl"}},
	// An obituary credits no writer; the names on its tribute wall are
	// the mourners', as a guest book's are.
	{name: "authors-tribute-wall", url: "https://www.lindenhill.example/obituary/margaret-hollister", wantAuthors: nil},
}

func TestExtract_Authors(t *testing.T) {
	for _, tt := range authorPages {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", tt.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			res, err := extract.Extract(f, extract.Options{URL: tt.url, Fetched: fetched})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if !slices.Equal(res.Authors, tt.wantAuthors) {
				t.Errorf("authors %q, want %q", res.Authors, tt.wantAuthors)
			}
		})
	}
}

// checkAuthors extracts page as fetched from url and reports authors
// other than want.
func checkAuthors(t *testing.T, page, url string, want []string) {
	t.Helper()
	res, err := extract.Extract(strings.NewReader(page), extract.Options{URL: url, Fetched: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, want) {
		t.Errorf("authors %q, want %q", res.Authors, want)
	}
}

// TestExtract_AuthorsSourceAgency checks that a page crediting no one but
// its source ("Source: GNA", "Izvor: Tanjug | …") names that agency, that
// a live blog whose entries credit different agencies names none, and
// that a source line naming a writer before an agency names the writer
// where the metadata credits only the publisher.
func TestExtract_AuthorsSourceAgency(t *testing.T) {
	text := `<p>Traders at the lorry station and the central market have rejected plans by the assembly to relocate them to a new site, saying the area is too far from their customers.</p>
		<p>The assembly said the move was needed to ease congestion in the city centre, and promised better stalls and parking at the new site.</p>`
	checkAuthors(t, `<html><body><table><tr><td><span class="newsdate">Regional News of Tuesday, 15 September 2009</span><br>
		<span class="newssource">Source: GNA</span><h1>Traders reject relocation plan</h1>`+text+`</td></tr></table></body></html>`,
		"https://ghananews.example/NewsArchive/artikel.php?ID=168532", []string{"GNA"})
	checkAuthors(t, `<html lang="sr"><body><h1>Otkup maline počinje</h1><span class="article-date">Izvor: Tanjug | Arilje | Utorak, 09.07.2013. | 13:27</span>`+text+`</body></html>`,
		"https://vesti.example/info/vesti/index.php?nav_id=730418", []string{"Tanjug"})
	checkAuthors(t, `<html lang="de"><body><h1>Liveblog: Krieg gegen die Ukraine</h1>
		<div class="entry">`+text+`<p class="liveblog__source">Quelle: Reuters</p></div>
		<div class="entry">`+text+`<p class="liveblog__source">Quelle: dpa</p></div></body></html>`,
		"https://tagesschau.example/newsticker/liveblog-ukraine-318.html", nil)
	checkAuthors(t, `<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Stau am Brenner","author":{"@type":"Organization","name":"n-tv NACHRICHTEN"}}</script></head>
		<body><article><h1>Stau am Brenner</h1>`+text+`<p class="article__source">Quelle: ntv.de, Lars Oberhauser/dpa</p></article></body></html>`,
		"https://nachrichtensender.example/panorama/Stau-am-Brenner-article24512345.html", []string{"Lars Oberhauser"})
}

// TestExtract_AuthorsLabelledFacts checks a byline box written as a list of
// labelled facts (BBC World Service's "Article information": "Author,
// …", "Role, …", "Reporting from, …"), in English and in Persian, whose
// heading names no one; and that one item with a comma is no such list.
func TestExtract_AuthorsLabelledFacts(t *testing.T) {
	text := `<p>Schools in the capital and at least eight other cities were closed for a third week on Monday because of air pollution, and lessons moved online.</p>
		<p>The city's air quality index reached 168 on Monday, a level considered unhealthy for everyone, and passed 180 at stations in the south.</p>`
	box := func(heading, author, role, from string) string {
		return `<section aria-labelledby="article-byline" role="region"><h2 id="article-byline" class="visually-hidden">` + heading + `</h2><ul role="list">
			<li><span role="text"><span class="visually-hidden">` + author + `</span><span>Maryam Afshar</span></span></li>
			<li><span role="text"><span class="visually-hidden">` + role + `</span><span>World Service reporter</span></span></li>
			<li><span role="text"><span class="visually-hidden">` + from + `</span><span>London</span></span></li>
			<li><time datetime="2023-12-04">4 December 2023</time></li></ul></section>`
	}
	checkAuthors(t, `<html lang="en"><body><main><h1>Schools shut for a third week as smog lingers</h1>`+box("Article information", "Author, ", "Role, ", "Reporting from, ")+text+`</main></body></html>`,
		"https://worldservice.example/news/articles/c4nw27z8xq3o", []string{"Maryam Afshar"})
	checkAuthors(t, `<html lang="fa"><body><main><h1>تعطیلی مدارس برای سومین هفته</h1>`+box("اطلاعات مقاله", "نویسنده, ", "نقش, ", "گزارش از, ")+text+`</main></body></html>`,
		"https://worldservice.example/persian/articles/c4nw27z8xq3o", []string{"Maryam Afshar"})
	checkAuthors(t, `<html lang="en"><body><main><h1>Schools shut for a third week as smog lingers</h1><ul class="byline"><li><span>By Ann Lee,</span> <span>Staff Writer</span></li></ul>`+text+`</main></body></html>`,
		"https://worldservice.example/news/articles/c4nw27z8xq3p", []string{"Ann Lee"})
}

// TestExtract_AuthorsFirstNameLinked checks that a byline naming its writer
// by first name alone gives way to the full name an author box links to
// the same writer's page with; a link to another writer's page does not.
func TestExtract_AuthorsFirstNameLinked(t *testing.T) {
	text := `<p>The path climbs steadily out of the village, past the old mill and onto open moorland, where the views over the valley open up within the first hour.</p>
		<p>Allow five hours for the full loop, and take water: there is nowhere to buy any between the car park and the pub at the far end.</p>`
	checkAuthors(t, `<html lang="en-GB"><body><article><h1>A circular walk over the moor</h1>
		<span class="theauthor"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/author/hannah/"><span itemprop="name">Hannah</span></a></span></span>`+text+`
		<div class="author-box"><h5 class="vcard author"><a href="/author/hannah/" class="fn">Hannah Whitcombe</a></h5><p>Hannah is a former teacher who now walks Britain's trails.</p></div></article></body></html>`,
		"https://trails.example/2015/06/moor-walk/", []string{"Hannah Whitcombe"})
	checkAuthors(t, `<html lang="en-GB"><body><article><h1>A circular walk over the moor</h1>
		<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Hannah</span></span>`+text+`
		<ul class="team"><li><a href="/author/tom/">Tom Ashdown</a></li></ul></article></body></html>`,
		"https://trails.example/2015/06/moor-walk/", []string{"Hannah"})
}

// TestExtract_AuthorsTitledInitials checks a byline of an editor's
// initials whose link's title writes the full name ("(jbe)" after the
// text, as heise's pages close).
func TestExtract_AuthorsTitledInitials(t *testing.T) {
	checkAuthors(t, `<html lang="de"><body><article><h1>Stadtwerke stellen auf Funkzähler um</h1><div class="article-content">
		<p>Die Stadtwerke wollen bis Ende 2025 alle Wasserzähler in der Stadt durch Funkzähler ersetzen, die ihre Werte über ein LoRaWAN-Netz melden.</p>
		<p>Wer den Funkzähler nicht möchte, kann dem Einbau widersprechen und muss dann weiterhin selbst ablesen.</p>
		<p class="a-article-footer__author">(<a href="mailto:jbe@example.de" title="Jana Berger">jbe</a>)</p></div></article></body></html>`,
		"https://techticker.example/news/Stadtwerke-Funkzaehler-9612345.html", []string{"Jana Berger"})
}

// TestExtract_AuthorsPrintLinks checks an old template's elements classed
// "byline" after the byline, holding the print and e-mail links: no
// authors.
func TestExtract_AuthorsPrintLinks(t *testing.T) {
	checkAuthors(t, `<html lang="en"><body><table><tr><td>
		<span class="headline">Village board OKs plan to rebuild Elm Street bridge</span><br><br>
		<span class="byline">By <b>Dale Hutchins</b>, Courier Staff Writer<br>Published: Thursday, March 16, 2006</span><br>
		<span class="byline"><a href="javascript:printArticle(4471)">Print this story</a> &nbsp;|&nbsp; <a href="javascript:emailArticle(4471)">E-mail this story</a></span>
		<p>The village board voted 5-2 on Tuesday to rebuild the 1927 bridge over the brook, with work to begin as early as July.</p>
		<p>The detour will send traffic past the elementary school for about four months, the village engineer said.</p></td></tr></table></body></html>`,
		"http://www.courier.example/news/2006/03/elm_bridge.html", []string{"Dale Hutchins"})
}

// TestExtract_AuthorsNameParts checks names written as a first and a
// last name in sibling spans with nothing between them (the page's style
// sets them apart), in rel=author links and in a byline's name elements.
func TestExtract_AuthorsNameParts(t *testing.T) {
	text := `<p>Em Alfama já há mais camas para turistas do que moradores, segundo um estudo da câmara municipal divulgado esta quarta-feira.</p>
		<p>O bairro perdeu um terço dos residentes na última década, enquanto o alojamento local quase triplicou.</p>`
	checkAuthors(t, `<html lang="pt"><body><article><h1>Em Alfama já há mais camas para turistas do que moradores</h1><ul class="byline">
		<li class="byline__item"><a class="byline__author" rel="author" href="/autor/rita-marques-ferreira"><span class="byline__first-name">Rita</span><span class="byline__last-name">Marques Ferreira</span></a></li>
		<li class="byline__item"><span class="byline__conj"> e </span><a class="byline__author" rel="author" href="/autor/joao-pedro-antunes"><span class="byline__first-name">João Pedro</span><span class="byline__last-name">Antunes</span></a></li></ul>`+text+`</article></body></html>`,
		"https://jornal.example/2018/05/23/local/noticia/alfama-1831207", []string{"Rita Marques Ferreira", "João Pedro Antunes"})
	checkAuthors(t, `<html lang="pt"><body><article><h1>Em Alfama já há mais camas para turistas do que moradores</h1>
		<div class="byline">Por <span class="author-name"><span class="first">Rita</span><span class="last">Ferreira</span></span></div>`+text+`</article></body></html>`,
		"https://jornal.example/2018/05/23/local/noticia/alfama-1831208", []string{"Rita Ferreira"})
}

// TestExtract_AuthorsWireReprint checks a paper's reprint of a wire story
// whose JSON-LD credits the local web editor, while the meta tag and the
// byline agree on the wire reporter; and that JSON-LD still wins where
// the byline and the meta tag disagree with each other.
func TestExtract_AuthorsWireReprint(t *testing.T) {
	text := `<p>Virginia will close two more state prisons next year as the number of people behind bars continues to fall, corrections officials said Thursday.</p>
		<p>The department said the closures would save about $20 million a year and that no employees would lose their jobs.</p>`
	page := func(meta, byline string) string {
		return `<html lang="en"><head><meta name="author" content="` + meta + `"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Virginia to close two more prisons",
			"author":[{"@type":"Person","name":"Jenna Marsh"}]}</script></head><body><article><h1>Virginia to close two more prisons</h1>
			<ul class="list-inline"><li><span class="tnt-byline">` + byline + `</span></li></ul>` + text + `</article></body></html>`
	}
	checkAuthors(t, page("KAREN HOLT Associated Press", "KAREN HOLT Associated Press"), "https://paper.example/news/virginia/prisons/article_7d3c.html", []string{"Karen Holt"})
	checkAuthors(t, page("Tom Reed", "KAREN HOLT Associated Press"), "https://paper.example/news/virginia/prisons/article_7d3d.html", []string{"Jenna Marsh"})
}

// TestExtract_AuthorsWithoutVideoCredit checks a byline that credits the
// text, the photographs and the video to three people, all three named in
// JSON-LD: only the text's writer is an author.
func TestExtract_AuthorsWithoutVideoCredit(t *testing.T) {
	checkAuthors(t, `<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Sommer mit den Hirten",
		"author":[{"@type":"Person","name":"Clara von Hagenau"},{"@type":"Person","name":"Jan Kowalczyk"},{"@type":"Person","name":"Lars Oehme"}]}</script></head>
		<body><article><h1>Ein Sommer mit den Hirten</h1><div class="article__credits"><ul class="credits-list">
		<li class="credits-list__item"><span class="credits-list__role">Text:</span> <a class="credits-list__name" href="/autoren/clara-von-hagenau">Clara von Hagenau</a></li>
		<li class="credits-list__item"><span class="credits-list__role">Fotos:</span> <span class="credits-list__name">Jan Kowalczyk</span></li>
		<li class="credits-list__item"><span class="credits-list__role">Video:</span> <span class="credits-list__name">Lars Oehme</span></li></ul></div>
		<p>Drei Monate lang leben die Hirten mit ihren Rindern auf den Weiden unter dem Gipfel, ohne Strom und mit einem Brunnen für alles.</p>
		<p>Im September treiben sie die Herde wieder ins Tal, und die Hütte bleibt bis zum nächsten Frühjahr verschlossen.</p></article></body></html>`,
		"https://zeitung.example/ein-sommer-mit-den-hirten--264118822.html", []string{"Clara von Hagenau"})
}

// TestExtract_AuthorsWithoutPhotographer checks that a byline's line
// crediting the pictures alone takes its name out of the metadata's
// authors, while a writer's "Photo:" credit in a caption does not.
func TestExtract_AuthorsWithoutPhotographer(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Em Marmelar, o olival chegou à porta de casa",
"author":[{"@type":"Person","name":"Inês Sarmento Calado"},{"@type":"Person","name":"Tiago Lopes Brandão"}]}</script>`
	text := `<p>Numa aldeia do concelho de Vidigueira, as oliveiras em sebe plantadas a poucos metros das casas mudaram a paisagem.</p>`
	for _, tt := range []struct {
		name, page string
		want       []string
	}{
		{"a photographer's line in the byline", `<ul class="byline"><li><span class="byline__role">Texto</span> <a href="/autor/ines">Inês Sarmento Calado</a></li>
<li><span class="byline__role">Fotografia</span> <a href="/autor/tiago">Tiago Lopes Brandão</a></li></ul>` + text, []string{"Inês Sarmento Calado"}},
		{"a writer's photo credit in a caption", `<p class="byline">Por Inês Sarmento Calado e Tiago Lopes Brandão</p>
<figure><img src="/a.jpg"><figcaption>Oliveiras. <span class="credit">Foto: Tiago Lopes Brandão</span></figcaption></figure>` + text, []string{"Inês Sarmento Calado", "Tiago Lopes Brandão"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkAuthors(t, `<html lang="pt"><head>`+ld+`</head><body><article><h1>Em Marmelar, o olival chegou à porta de casa</h1>`+tt.page+`</article></body></html>`,
				"https://www.publico.example/2021/07/18/local/reportagem/marmelar", tt.want)
		})
	}
}

// TestExtract_AuthorsClosingSignature checks that a signature after a dash
// at the end of the text names the writer when the byline names only a
// CMS account or a desk, and not when it names a person.
func TestExtract_AuthorsClosingSignature(t *testing.T) {
	text := `<p>In the autumn of 1851 the mill at Hadley Falls hired forty girls from the hill farms to tend its looms, most of them under sixteen.</p>
<p>Their letters home, kept in the society's archive, tell of twelve-hour days and a dormitory bell at half past four.</p>`
	for _, tt := range []struct {
		name, byline, end string
		want              []string
	}{
		{"a blog's admin", `<span class="byline">by <a href="/author/admin/" rel="author">admin</a></span>`, `<p>— Eleanor J. Whitcombe, volunteer archivist</p>`, []string{"Eleanor J. Whitcombe"}},
		{"a paper's staff, furniture after the signature", `<span class="byline">By Staff</span>`, `<p>— Dale A. Pruitt</p><h3>Breaking News</h3><p>Get up-to-the-minute news sent straight to your device.</p>`, []string{"Dale A. Pruitt"}},
		{"a person's byline", `<span class="byline">By Ann Lee</span>`, `<p>— Eleanor J. Whitcombe, volunteer archivist</p>`, []string{"Ann Lee"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkAuthors(t, `<html lang="en"><body><article><h1>The forgotten mill girls of Hadley Falls</h1>`+tt.byline+text+tt.end+`</article></body></html>`,
				"https://millbrookhistory.example/2017/09/14/mill-girls/", tt.want)
		})
	}
}

// TestExtract_AuthorsWriterLinksAtTop checks that links to writers' pages
// above the text name the authors when the metadata credits only the
// newsroom, whatever the box's class; not the newsroom's own account.
func TestExtract_AuthorsWriterLinksAtTop(t *testing.T) {
	head := `<head><meta name="author" content="Redacción El Heraldo del Sureste"></head>`
	text := `<p>Los regantes del Campo de Cartagena recibirán este verano un cuarenta por ciento menos de agua del trasvase Tajo-Segura, según ha acordado la comisión central de explotación en su reunión de este jueves.</p>
<p>La decisión obliga a las comunidades de regantes a recurrir a pozos y desaladoras para mantener los cultivos de hortalizas.</p>`
	banner := `<div class="v-cmp"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarte publicidad relacionada con tus preferencias de navegación.</p></div>`
	for _, tt := range []struct {
		name, before, box string
		want              []string
	}{
		{"two writers with particles, a cookie banner above the headline", banner, `<div class="v-mdl-ath"><p><a href="/autor/maria-pilar-ortega-de-la-serna-1284.html">María Pilar Ortega de la Serna</a></p>
<p><a href="/autor/jose-luis-martin-penalver-1530.html">José Luis Martín-Peñalver</a></p></div>`, []string{"María Pilar Ortega de la Serna", "José Luis Martín-Peñalver"}},
		{"the newsroom's account", "", `<div class="v-mdl-ath"><p><a href="/autor/redaccion-el-heraldo-del-sureste.html">Redacción El Heraldo del Sureste</a></p></div>`, []string{"Redacción El Heraldo del Sureste"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkAuthors(t, `<html lang="es">`+head+`<body>`+tt.before+`<article><h1>Los regantes recibirán un 40% menos de agua</h1>`+tt.box+text+`</article></body></html>`,
				"https://www.heraldosureste.example/region/regantes-20230511195402-nt.html", tt.want)
		})
	}
}

// TestExtract_AuthorsForPublication checks that a byline naming the
// publication one writer wrote for ("Ann Lee For Mailonline and Tom
// Hart") keeps the second writer, from the byline alone and where the
// metadata names only the first.
func TestExtract_AuthorsForPublication(t *testing.T) {
	text := `<p>A grandmother who has swum in the sea off Whitby every morning for fifty years has been given the town's freedom by its council.</p>
<p>Margaret Ellery, 81, said she had never once checked the water's temperature before going in.</p>`
	byline := `<p class="author-section byline-plain">By <a href="/search?s=Lena+Harcourt" class="author">Lena Harcourt For Mailonline</a> and <a href="/search?s=Owen+Pryce" class="author">Owen Pryce</a></p>`
	for _, head := range []string{"", `<meta name="author" content="Lena Harcourt For Mailonline"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Lena Harcourt For Mailonline"}}</script>`} {
		checkAuthors(t, `<html lang="en"><head>`+head+`</head><body><div class="article-text"><h2>Grandmother, 81, who has swum off Whitby every morning for 50 years is given the town's freedom</h2>`+byline+text+`</div></body></html>`,
			"https://www.dailymail.example/news/article-3754110/grandmother-whitby.html", []string{"Lena Harcourt", "Owen Pryce"})
	}
}

// TestExtract_AuthorsInnermostNamePart checks that of two nested elements
// whose classes mark a name, the inner one is the name: the outer holds
// the writer's desk too ("BBC News, Devon"), over JSON-LD that credits
// only the organisation.
func TestExtract_AuthorsInnermostNamePart(t *testing.T) {
	page := `<html lang="en-GB"><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script></head><body><main><article>
<header><h1>Harbour wall repairs to start in spring</h1></header>
<div data-component="byline-block"><div class="ssrcss-68pt20-Text-TextContributorName"><div class="ssrcss-14dle27-TextContributorName">By Elowen Pascoe</div><div class="ssrcss-84ltp5-Text">BBC News, Cornwall</div></div>
<div class="ssrcss-m5j4pi-MetadataContent"><time datetime="2023-11-02T06:10:00Z">2 November 2023</time></div></div>
<p>Repairs to a harbour wall damaged in last winter's storms will start in the spring, the harbour commissioners have said.</p>
<p>The work is expected to take eight weeks and the harbour will stay open to fishing boats throughout.</p></article></main></body></html>`
	checkAuthors(t, page, "https://www.bbc.co.uk/news/uk-england-cornwall-67290012", []string{"Elowen Pascoe"})
}

// TestExtract_AuthorsNotTheEditor checks that a name the byline marks as
// the writer's is not an author where a label before it credits the
// editing ("Edited by …"), though it is marked as the writer's is.
func TestExtract_AuthorsNotTheEditor(t *testing.T) {
	page := `<html lang="en"><head><script type="application/ld+json">{"@type":"Review","author":{"@type":"Person","name":"Nadia Forsyth"}}</script></head><body><main><article>
<h1>Larkspur Trail 3 review: a gravel bike that climbs like a road bike</h1>
<div class="Byline_wrap"><span class="Byline_people__k0Pq4">Written by <a class="Byline_name__T2mG8" href="/staff/nadia-forsyth">Nadia Forsyth</a></span><span class="Byline_people__k0Pq4">Edited by <a class="Byline_name__T2mG8" href="/staff/tom-ashdown">Tom Ashdown</a></span></div>
<p>We rode the Larkspur Trail 3 for six weeks on gravel roads, forest tracks and a few hundred miles of tarmac to see whether its light frame is worth the price.</p>
<p>It is the lightest bike in its class we have tested, and the gearing makes short work of steep climbs.</p></article></main></body></html>`
	checkAuthors(t, page, "https://www.pedalreview.example/reviews/larkspur-trail-3", []string{"Nadia Forsyth"})
}

// TestExtract_AuthorsOrganisationWhole checks that an organisation the
// JSON-LD types as one keeps its name whole, commas and ampersand in it.
func TestExtract_AuthorsOrganisationWhole(t *testing.T) {
	page := `<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Department for Culture, Media &amp; Sport"}}</script></head><body><main>
<h1>£12 million to restore historic seaside piers</h1>
<p>Twelve historic seaside piers will be restored under a £12 million fund announced today by the government.</p>
<p>The money will go to repairs of the piers' decks and supports, and to reopening two piers closed since 2019.</p></main></body></html>`
	checkAuthors(t, page, "https://www.gov.example/government/news/12-million-to-restore-historic-seaside-piers", []string{"Department for Culture, Media & Sport"})
}

// TestExtract_AuthorsLiveCommentary checks that a live page's reporters'
// line, classed as the commentary's (not readers' comments), with a label
// on its first line and the byline on the second, names the reporters.
func TestExtract_AuthorsLiveCommentary(t *testing.T) {
	page := `<html lang="en-GB"><body><div id="main-content" class="lx-commentary-page"><h1 class="lx-commentary__title">Election results: Tees Valley counts through the night</h1>
<div class="lx-commentary"><p class="lx-commentary__meta-reporter"><span class="gs-u-vh">Live Reporting</span><span class="lx-commentary__meta-reporter-label">Live Reporting</span><br>By Rachel Thornber and Gareth Llewellyn</p>
<ol class="lx-stream__feed"><li class="lx-stream__post"><p>The count in Middlesbrough has begun, with ballot boxes arriving from all polling stations across the town this evening.</p></li>
<li class="lx-stream__post"><p>Turnout appears to be higher than at the last election, according to officials at the count.</p></li></ol></div></div></body></html>`
	checkAuthors(t, page, "https://www.bbc.co.uk/news/live/uk-england-tees-46301799", []string{"Rachel Thornber", "Gareth Llewellyn"})
}

// TestExtract_AuthorsTurkishReporterCell checks that a table cell classed
// as the reporter's in Turkish ("muhabir") names the author before the
// place after a slash, and that the related box ("ilgili") leaves the
// text.
func TestExtract_AuthorsTurkishReporterCell(t *testing.T) {
	page := `<html lang="tr"><body><table><tr><td><h1>Eskişehir'de tramvay hattı kampüse uzanıyor</h1>
<table><tr><td class="muhabir">Serkan Akbulut / ESKİŞEHİR</td><td class="tarih">18 Mart 2009 Çarşamba, 12:47</td></tr></table>
<p>Eskişehir Büyükşehir Belediyesi, tramvay hattını üniversite kampüsüne kadar uzatmak için çalışmalara başladı.</p>
<div class="ilgiliHaberlerKutu"><div class="ilgiliBaslik">İLGİLİ HABERLER</div><ul><li><a href="/haber/1">Estram'a 12 yeni tramvay geliyor</a></li></ul></div>
<p>Ulaşım Dairesi Başkanı, günde ortalama 25 bin öğrencinin kampüse ulaşım için otobüsleri kullandığını söyledi.</p></td></tr></table></body></html>`
	checkAuthors(t, page, "http://hurarsiv.hurriyet.example/goster/haber.aspx?id=11234567", []string{"Serkan Akbulut"})
	res, err := extract.Extract(strings.NewReader(page), extract.Options{URL: "http://hurarsiv.hurriyet.example/goster/haber.aspx?id=11234567", Fetched: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Body, "İLGİLİ") || strings.Contains(res.Body, "Estram") {
		t.Errorf("body %q holds the related box", res.Body)
	}
}

// TestExtract_AuthorsBoxLabel checks that an author box's label in an
// element classed as the author's name ("Über die Autorin") names no one,
// and the box's writer is found instead of the account that posted it.
func TestExtract_AuthorsBoxLabel(t *testing.T) {
	page := `<html lang="de"><head><meta name="author" content="Redaktion"></head><body><article><h1>Reparieren statt wegwerfen: Leipzigs Repair-Cafés haben Zulauf</h1>
<div class="td-post-content"><p>Jeden zweiten Samstag stehen vor dem Stadtteilladen in Plagwitz Menschen mit Toastern, Lampen und kaputten Fahrrädern Schlange.</p>
<p>Die ehrenamtlichen Helferinnen und Helfer reparieren, was sich reparieren lässt, und zeigen den Besitzern, wie es geht.</p></div>
<div class="td-author-box-wrap"><a href="/autorinnen/johanna-petersen/"><img alt="Porträt von Johanna Petersen" src="/jp.jpg"></a>
<div class="desc"><div class="td-author-name vcard author"><span class="gz-box-label">Über die Autorin</span></div>
<div class="td-author-description"><strong>Johanna Petersen</strong> ist freie Journalistin in Leipzig und schreibt über Konsum und Stadtentwicklung.</div>
<div class="td-author-social"><a href="/autorinnen/johanna-petersen/">Alle Artikel von Johanna Petersen</a></div></div></div></article></body></html>`
	res, err := extract.Extract(strings.NewReader(page), extract.Options{URL: "https://gruenzeit.example/konsum/repair-cafes-leipzig/", Fetched: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(res.Authors, func(a string) bool { return strings.Contains(strings.ToLower(a), "autorin") }) {
		t.Errorf("authors %q name the box's label", res.Authors)
	}
}

// TestExtract_AuthorsNotATeasersByline checks that a byline inside a link
// to another article (a teaser's "Von Clemens Hartwig") names no author of
// the page, whose own byline is a genre and "von" in one element and the
// name in the next.
func TestExtract_AuthorsNotATeasersByline(t *testing.T) {
	page := `<html lang="de"><body><main><article><h1>Berlin braucht den Mut zur Stadt der kurzen Wege</h1>
<div class="Au"><span class="Ap">Ein Gastbeitrag von</span> <span class="An">Miriam Escher</span></div>
<p>Wer in Berlin wohnt, verbringt im Schnitt mehr als eine Stunde am Tag im Verkehr. Das muss nicht so bleiben, wenn die Stadt ihre Quartiere anders plant.</p>
<p>Die Stadt der kurzen Wege ist kein Traum von Planern, sondern in vielen europäischen Städten längst Wirklichkeit.</p></article>
<ul class="Rl"><li><a href="/meinung/schuldenbremse-10479934.html"><span class="Rt">Die Schuldenbremse ist kein Naturgesetz</span><span class="Ra">Von Clemens Hartwig</span></a></li></ul></main></body></html>`
	checkAuthors(t, page, "https://www.hauptstadtbote.example/meinung/stadt-der-kurzen-wege-10482217.html", []string{"Miriam Escher"})
	unsigned := strings.Replace(page, `<div class="Au"><span class="Ap">Ein Gastbeitrag von</span> <span class="An">Miriam Escher</span></div>`, "", 1)
	checkAuthors(t, unsigned, "https://www.hauptstadtbote.example/meinung/stadt-der-kurzen-wege-10482217.html", nil)
}

// TestExtract_AuthorsWelshField checks that a Drupal author field classed
// in Welsh ("field-awdur") names the writer after its label "Gan" ("by").
func TestExtract_AuthorsWelshField(t *testing.T) {
	page := `<html lang="cy"><body><article><h1>Golau gwyrdd i dai fforddiadwy yn Nefyn</h1>
<div class="field field--name-field-awdur field--label-inline"><span class="field__label">Gan</span> <span class="field__item"><a href="/awdur/elin-wyn-owen">Elin Wyn Owen</a></span></div>
<p>Mae cynghorwyr Gwynedd wedi rhoi caniatâd cynllunio i ddatblygiad o ugain o dai fforddiadwy ar gyrion tref Nefyn.</p>
<p>Bydd y tai yn cael eu cynnig i bobl leol yn gyntaf, meddai'r gymdeithas dai sy'n gyfrifol am y cynllun.</p></article></body></html>`
	checkAuthors(t, page, "https://golwg360.example/newyddion/cymru/581224-golau-gwyrdd-tai-fforddiadwy-nefyn", []string{"Elin Wyn Owen"})
}

// TestExtract_AuthorsDrupalFieldItems checks that a meta tag naming the
// first of two writers gives way to the byline's field, where each name is
// a link to the author's page in an item of its own, with nothing between
// them.
func TestExtract_AuthorsDrupalFieldItems(t *testing.T) {
	page := `<html lang="nl"><head><meta name="dcterms.creator" content="Lotte Verbeke" /></head><body><div class="node"><h1>Duurdere cacao, armere boeren</h1>
<div class="field field-name-field-auteurs field-label-inline clearfix"><div class="field-label">Tekst:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/auteur/lotte-verbeke">Lotte Verbeke</a></div><div class="field-item odd"><a href="/auteur/pieter-claes">Pieter Claes</a></div></div></div>
<p>De prijs van cacao is het afgelopen jaar verdubbeld, maar de boeren in Ivoorkust zien daar weinig van terug, blijkt uit onderzoek van MO*.</p>
<p>Coöperaties zeggen dat de opkopers de hogere wereldprijs niet doorgeven aan wie de bonen plukt en droogt.</p></div></body></html>`
	checkAuthors(t, page, "https://www.mo.example/analyse/duurdere-cacao-armere-boeren", []string{"Lotte Verbeke", "Pieter Claes"})
}

// TestExtract_AuthorsHebrewJoined checks that JSON-LD joining two writers
// by Hebrew's "ו" in one name gives way to the byline's two links, and
// that a breadcrumb component whose class names the author is no byline.
func TestExtract_AuthorsHebrewJoined(t *testing.T) {
	byline := `<div class="authors"><span><a href="/topics/avital" class="authorName">אביטל לוין</a></span><span class="comma"> ו</span><span><a href="/topics/roi" class="authorName">רועי כהן</a></span></div>`
	text := `<p>מפלס הכנרת עלה בשבוע האחרון ב-21 סנטימטרים, העלייה השבועית החדה ביותר מזה עשור, כך עולה מנתוני רשות המים.</p>
<p>ברשות המים מזהירים כי מוקדם לחגוג וכי העונה עוד ארוכה, והציבור מתבקש להמשיך לחסוך במים.</p>`
	ld := `<head><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"הכנרת עלתה ב-21 ס\"מ בשבוע אחד","author":{"@type":"Person","name":"אביטל לוין ורועי כהן"}}</script></head>`
	crumbs := `<div class="ArticleBreadcrumbsAuthorComponent"><div class="breadcrumbs"><a href="/news">חדשות</a><span class="sep">&gt;</span><a href="/news/category/188">חדשות בארץ</a></div></div>`
	url := "https://www.ynet.example/news/article/hkq00zbtwp"
	want := []string{"אביטל לוין", "רועי כהן"}
	checkAuthors(t, `<html lang="he">`+ld+`<body><main><h1>הכנרת עלתה ב-21 ס"מ בשבוע אחד</h1>`+byline+text+`</main></body></html>`, url, want)
	checkAuthors(t, `<html lang="he"><body><main>`+crumbs+`<h1>הכנרת עלתה ב-21 ס"מ בשבוע אחד</h1>`+byline+text+`</main></body></html>`, url, want)
}

// TestExtract_AuthorsSourceContributor checks that a source line naming a
// person and a writer's role ("Source: Emmanuel Kwame Ampofo,
// Contributor") names that person, and one naming a person and another
// role does not.
func TestExtract_AuthorsSourceContributor(t *testing.T) {
	page := `<html lang="en"><body><div id="article"><h1>Kejetia traders threaten to vacate market over new tolls</h1>
<p>Traders at the Kejetia market in Kumasi have threatened to leave the market if the assembly does not reverse the new daily tolls it announced last week.</p>
<p>The traders say the tolls have doubled in a year while the market's roof still leaks and the toilets remain locked for most of the day.</p>
<p class="floatRight">Source: Emmanuel Kwame Ampofo, Contributor</p></div></body></html>`
	url := "https://www.ghanaweb.example/GhanaHomePage/NewsArchive/Kejetia-traders-threaten-to-vacate-market-1784512"
	checkAuthors(t, page, url, []string{"Emmanuel Kwame Ampofo"})
	checkAuthors(t, strings.Replace(page, "Contributor", "Market Queen", 1), url, nil)
	// The label in bold apart from the name.
	checkAuthors(t, strings.Replace(page, "Source: Emmanuel", "<strong>Source:</strong> Emmanuel", 1), url, []string{"Emmanuel Kwame Ampofo"})
}

// TestExtract_AuthorsClosingInitials checks that an editor's initials
// closing the text in brackets, linked to an e-mail address whose title
// names the editor, name the author; initials without such a title name
// no one.
func TestExtract_AuthorsClosingInitials(t *testing.T) {
	page := `<html lang="de"><body><div class="meldung"><h1>Verkehrsbetriebe testen kostenloses WLAN in Stadtbussen</h1>
<p>Fahrgäste in zwanzig Stadtbussen können ab Montag kostenlos im Internet surfen, teilten die Verkehrsbetriebe am Freitag mit. Der Test läuft zunächst drei Monate.</p>
<p>Ob das Angebot nach der Testphase auf die gesamte Flotte ausgeweitet wird, soll im Herbst entschieden werden, sagte eine Sprecherin. (<a href="mailto:fhe@heise.example" title="Frauke Hellwig">fhe</a>)</p>
</div><footer><p>Kontakt: (<a href="mailto:red@heise.example" title="Redaktion Online">red</a>)</p></footer></body></html>`
	url := "https://www.heise.example/newsticker/meldung/Verkehrsbetriebe-testen-kostenloses-WLAN-1823417.html"
	checkAuthors(t, page, url, []string{"Frauke Hellwig"})
	checkAuthors(t, strings.Replace(page, ` title="Frauke Hellwig"`, "", 1), url, nil)
}

// TestExtract_AuthorsLabelledListItem checks that a story's facts listed
// as items, one a bold "Author" label and the name, name the author.
func TestExtract_AuthorsLabelledListItem(t *testing.T) {
	page := `<html lang="en"><body><div class="longText"><h1>German town of Reutlingen to offer free buses on smog days</h1>
<p>Reutlingen's buses will be free on days when the city issues a pollution alert, the city council decided on Wednesday after a long debate about diesel.</p>
<p>The southern German city has some of the worst air in the country, and the council hopes that free buses will keep cars out of the centre on the worst days.</p></div>
<div class="group"><ul class="smallList"><li><strong>Date</strong> 12.10.2017</li><li><strong>Author</strong> Lena Hoffmann</li>
<li><strong>Related Subjects</strong> <a href="/en/germany/t-17279016">Germany</a></li></ul></div></body></html>`
	checkAuthors(t, page, "https://www.dw.example/en/german-town-of-reutlingen-to-offer-free-buses/a-40922714", []string{"Lena Hoffmann"})
}

// TestExtract_AuthorsWriterPagePaths checks that a link under the
// headline to a writer's page under /u/ or /reporters/ names the author
// where the page's classes say nothing.
func TestExtract_AuthorsWriterPagePaths(t *testing.T) {
	text := `<p>In Köln haben Fahrerinnen und Fahrer eines Lebensmittel-Lieferdienstes einen Betriebsrat gewählt. Das Unternehmen spricht von einem konstruktiven Dialog, die Gewerkschaft von einem Durchbruch.</p>
<p>Die Wahl war im Frühjahr zweimal verschoben worden, weil sich die Beteiligten nicht auf ein Wahllokal einigen konnten.</p>`
	for _, path := range []string{"/u/lea-schoenfeld", "/reporters/lea-schoenfeld"} {
		page := `<html lang="de"><body><main><h1 class="sc-jzJRlG">Kölner Lieferfahrer gründen Betriebsrat</h1>
<div class="sc-cSHVUG"><div class="sc-kgoBCf"><a href="https://www.watson.example` + path + `" class="sc-kpOJdX">Lea Schönfeld</a></div></div>` + text + `</main></body></html>`
		checkAuthors(t, page, "https://www.watson.example/leben/arbeit/384512793-koeln-lieferfahrer-gruenden-betriebsrat", []string{"Lea Schönfeld"})
	}
}

// TestExtract_AuthorsItalianFirma checks that an element classed as the
// signature in Italian ("firma") is the byline, and that a class that only
// holds the letters ("confirmation") is not.
func TestExtract_AuthorsItalianFirma(t *testing.T) {
	page := `<html lang="it"><body><div class="articolo"><h1>Acqua alta a 127 centimetri, mezza città sott'acqua per cinque ore</h1>
<span class="firma">Roberto Zennaro</span>
<p>La marea ha raggiunto i 127 centimetri sul medio mare alle 9.40 di ieri mattina, allagando piazza San Marco e buona parte del centro storico di Venezia.</p>
<p>I vaporetti hanno viaggiato a singhiozzo per tutta la mattina e molti negozi dell'area marciana sono rimasti chiusi fino al primo pomeriggio.</p></div></body></html>`
	url := "https://www.gazzettino.example/venezia/articolo.asp?id=2005111703"
	checkAuthors(t, page, url, []string{"Roberto Zennaro"})
	checkAuthors(t, strings.Replace(page, `class="firma"`, `class="confirmation"`, 1), url, nil)
}

// TestExtract_AuthorsDatedLineSegments checks that a line opening with
// the date names the writer of its part, between bars or middle dots,
// that opens with a byline's prefix.
func TestExtract_AuthorsDatedLineSegments(t *testing.T) {
	text := `<p>Los vecinos del barrio norte volvieron a reclamar por el mal estado de la ruta 40, donde los pozos se multiplicaron tras las últimas lluvias.</p>
<p>Desde la municipalidad aseguraron que las obras comenzarán el mes próximo, cuando llegue el asfalto comprometido por la provincia.</p>`
	page := `<html lang="es"><body><table><tr><td><h1>Vecinos reclaman por el estado de la ruta 40</h1></td></tr>
<tr><td class="fecha_nota">Lunes 09 de Abril de 2018 - 09:45 hs. &nbsp;|&nbsp; Por <b>Ramiro Quinteros</b> &nbsp;|&nbsp; Leída 4.218 veces</td></tr>
<tr><td>` + text + `</td></tr></table></body></html>`
	checkAuthors(t, page, "http://www.eldiariodelvalle.example/nota.php?id=48213", []string{"Ramiro Quinteros"})
	page = `<html lang="de"><head><meta name="author" content="Andreas Pfeiffer (Webmaster)"></head><body><table><tr><td><h1>Sommerfest am Dorfweiher</h1>
<font size="1">20.06.2004 &middot; Text: Ursula Brandes &middot; Fotos: Heinz Brandes</font>
<p>Bei strahlendem Sonnenschein feierte der Heimatverein am Samstag sein Sommerfest am Dorfweiher, zu dem mehr als 300 Gäste kamen.</p>
<p>Für die Kinder gab es eine Hüpfburg und Ponyreiten, für die Erwachsenen Kaffee und Kuchen aus den Küchen der Vereinsmitglieder.</p></td></tr></table></body></html>`
	checkAuthors(t, page, "http://www.heimatverein-example.de/sommerfest2004.html", []string{"Ursula Brandes"})
}

// TestExtract_AuthorsGuestNote checks that a closing note in italics that
// introduces the writer of a guest column names the author, and that an
// italic paragraph about someone else's job does not.
func TestExtract_AuthorsGuestNote(t *testing.T) {
	page := `<html lang="de"><body><article><h1>Die Schutzklausel ist kein Zaubertrick</h1>
<p>Die Schweiz diskutiert wieder über eine Schutzklausel zur Zuwanderung. Doch was in Bern als Lösung gehandelt wird, hat in Brüssel kaum Chancen.</p>
<p>Wer die Personenfreizügigkeit steuern will, muss mit der EU verhandeln, und zwar über mehr als eine Klausel in einem Abkommen.</p>
<p><em>Katharina Weiss ist Professorin für Europa- und Wirtschaftsvölkerrecht an der Universität St. Gallen.</em></p></article></body></html>`
	url := "https://www.nzz.example/meinung/die-schutzklausel-ist-kein-zaubertrick-ld.1774215"
	checkAuthors(t, page, url, []string{"Katharina Weiss"})
	checkAuthors(t, strings.Replace(page, "ist Professorin für Europa- und Wirtschaftsvölkerrecht", "lebt seit zwanzig Jahren am Bodensee", 1), url, nil)
}

// TestExtract_AuthorsJapaneseBracketedReporter checks that a Japanese
// paper's reporter named in full-width brackets after the text is the
// author without the brackets.
func TestExtract_AuthorsJapaneseBracketedReporter(t *testing.T) {
	page := `<html lang="ja"><body><div class="article"><h2 class="title">黒大豆の生育に遅れ　猛暑と少雨で農家が対策</h2>
<p>　丹波篠山市特産の黒大豆が、今夏の猛暑と少雨の影響で例年より生育が遅れている。農家は水やりの回数を増やすなど対策に追われている。</p>
<p>　市農業振興課によると、市内の作付面積は約７００ヘクタール。収穫は例年通り１０月中旬からを見込んでいる。</p>
<p class="writer">（山本陽介）</p></div></body></html>`
	checkAuthors(t, page, "https://www.kobe-np.example/news/tanba/202308/0016681442.shtml", []string{"山本陽介"})
}

// TestExtract_AuthorsNameRoleCard checks that a card of the writer's name
// and a newsroom role, in elements whose classes are generated, names the
// author over metadata that credit the newsroom, and that a name beside
// another kind of line does not.
func TestExtract_AuthorsNameRoleCard(t *testing.T) {
	page := `<html lang="nl"><head><meta name="author" content="NOS Nieuws"></head><body><main><h1>Versterking IJsseldijk loopt jaar vertraging op</h1>
<div class="sc-e8b3f2c1-0"><div class="sc-e8b3f2c1-3"><span class="sc-e8b3f2c1-4">Joost Hermans</span><span class="sc-e8b3f2c1-5">verslaggever Oost-Nederland</span></div></div>
<p>Bij graafwerk voor de dijkversterking bij Kampen zijn de resten van drie oude schepen gevonden, waardoor het werk een jaar vertraging oploopt.</p>
<p>Archeologen onderzoeken de wrakken de komende maanden, daarna wordt besloten of ze ter plekke kunnen blijven liggen.</p></main></body></html>`
	url := "https://nos.example/artikel/2493120-versterking-ijsseldijk-bij-kampen"
	checkAuthors(t, page, url, []string{"Joost Hermans"})
	checkAuthors(t, strings.Replace(page, "verslaggever Oost-Nederland", "woont in Kampen", 1), url, []string{"NOS Nieuws"})
}

// TestExtract_AuthorsDateLabelRunIn checks that a date's label in Serbian
// run into the byline's name ("Милена Стојановић објављено: 16.11.2011.")
// is no part of it.
func TestExtract_AuthorsDateLabelRunIn(t *testing.T) {
	page := `<html lang="sr"><body><div class="clanak"><h1>Нишке школе без грејања због дуга Топлане</h1>
<div class="autor-datum"><span class="autor">Милена Стојановић</span> <span class="datum">објављено: 16.11.2011.</span></div>
<p>Ученици у три нишке основне школе данас су наставу пратили у јакнама, јер Топлана због неплаћених рачуна није пустила грејање.</p>
<p>Из градске управе кажу да ће дуг бити измирен до краја недеље и да ће грејање бити укључено најкасније у понедељак.</p></div></body></html>`
	checkAuthors(t, page, "http://www.politika.example/rubrike/Srbija/Nishke-shkole-bez-grejanja.lt.html", []string{"Милена Стојановић"})
}

// TestExtract_AuthorsSiteAddressRunIn checks that the site's address run
// into a writer's name in the byline ("Karl Dempsey ZDNet.co.uk") is no
// part of the name.
func TestExtract_AuthorsSiteAddressRunIn(t *testing.T) {
	page := `<html lang="en"><body><table><tr><td class="story"><h1>Malware hits NHS trust after contractor's laptop connects</h1>
<p class="standfirst">Malware spread across 900 PCs at a West Yorkshire NHS trust after a contractor connected an infected memory stick</p>
<div class="byline">
<a href="http://www.zdnet.co.uk/authors/karl-dempsey/">Karl Dempsey</a> <span class="org">ZDNet.co.uk</span><br />
<span class="date">Published: 14 May 2008 16:21 BST</span>
</div>
<p>Malware spread across 900 PCs at a West Yorkshire NHS trust after a contractor connected an infected laptop to the hospital network.</p>
<p>The trust said patient records were not affected, but staff had to return to paper for two days while the machines were cleaned.</p></td></tr></table></body></html>`
	checkAuthors(t, page, "http://news.zdnet.example/security/0,1000000189,39422107,00.htm", []string{"Karl Dempsey"})
}

// TestExtract_AuthorsFiledUnderIsNoByline checks that a byline-classed
// line of the page's subjects (Plone's "documentByLine" "Filed under:
// sewage, …") names no one.
func TestExtract_AuthorsFiledUnderIsNoByline(t *testing.T) {
	page := `<html lang="en"><body><div id="content"><h1 class="documentFirstHeading">RiverWatch responds to sewage overflow figures</h1>
<p>River conservation charity RiverWatch UK today said that figures published by the Environment Agency show that storm overflows are now discharging into rivers almost daily.</p>
<p>The charity called on water companies to publish live data for every overflow and on the regulator to enforce the permits it already has.</p>
<div id="category" class="documentByLine">Filed under: <span><a href="/search?Subject=sewage" rel="tag">sewage</a>,</span> <span><a href="/search?Subject=water" rel="tag">water companies</a></span></div>
</div></body></html>`
	checkAuthors(t, page, "http://www.riverwatch.example/news/press-releases/riverwatch-responds-to-sewage-overflow-figures", nil)
}

// TestExtract_AuthorsNameClassInHungarian checks that the part of a
// byline marked as the name in another language ("szerzo-nev") is the
// name, not the place beside it.
func TestExtract_AuthorsNameClassInHungarian(t *testing.T) {
	page := `<html lang="hu"><body><div class="cikk-fejlec"><h1>Bezárják a szegedi jégpályát, nem találtak új üzemeltetőt</h1>
<div class="cikk-info"><div class="szerzo"><a class="szerzo-nev" href="/szerzo/toth_reka/">Tóth Réka</a> <span class="szerzo-hely">Szeged</span></div>
<div class="datum">2016.10.12. 14:05</div></div></div>
<div class="cikk-torzs"><p>Idén nem nyit meg a Tisza-parti jégpálya, mert a város két pályázatán sem jelentkezett új üzemeltető.</p>
<p>A korcsolyázók a belvárosi sportcsarnokba járhatnak, ahol hétvégén a nyitvatartást is meghosszabbítják.</p></div></body></html>`
	checkAuthors(t, page, "https://index.example/belfold/2016/10/12/szeged_jegpalya/", []string{"Tóth Réka"})
}

// TestExtract_AuthorsPostFooterInItalian checks that a blog post's footer
// line in Italian, "Scritto da … alle 10:12 | Category", names the writer
// without the time and the category.
func TestExtract_AuthorsPostFooterInItalian(t *testing.T) {
	page := `<html lang="it"><body><div class="blog"><h2 class="date-header">giovedì 3 marzo 2005</h2>
<div class="entry"><h3 class="entry-header">Dieci anni di cineforum in parrocchia</h3>
<div class="entry-content"><p>Stasera il cineforum compie dieci anni, e per festeggiare proiettiamo lo stesso film della prima serata, con la stessa pellicola rovinata.</p>
<p>Ci vediamo stasera alle 21. Ingresso libero come sempre, offerta libera per chi vuole. Portate qualcuno che non è mai venuto.</p></div>
<p class="entry-footer"><span class="post-footers">Scritto da Luca Fabbretti alle 10:12 | <a href="/blog/archives/cat_cineforum.html">Cineforum</a></span>
<span class="separator">|</span> <a class="permalink" href="/blog/archives/000312.html">Permalink</a></p></div></div></body></html>`
	checkAuthors(t, page, "http://www.fotogrammi.example/blog/archives/000312.html", []string{"Luca Fabbretti"})
}

// TestExtract_AuthorsPlaceInByline checks that a byline's part classed
// as the place the story was reported from ("location") names no one.
func TestExtract_AuthorsPlaceInByline(t *testing.T) {
	page := `<html lang="en"><body><div class="article section"><h1>Hailstorm shreds macadamia crop days before harvest</h1>
<div class="byline"><a href="/news/wide-bay/" class="location">ABC Wide Bay</a>
<p>By <a href="/news/jasmine-toohey/7849302">Jasmine Toohey</a></p></div>
<p>Macadamia growers near Bundaberg say a ten-minute hailstorm has stripped up to 80 per cent of the nuts from their trees.</p>
<p>The storm hit on Thursday afternoon, days before the harvest was due to begin on several of the region's largest farms.</p></div></body></html>`
	checkAuthors(t, page, "https://www.abc.example/news/2018-10-26/hailstorm-shreds-macadamia-crop/10431196", []string{"Jasmine Toohey"})
}

// TestExtract_AuthorsInterviewerAtTheEnd checks that an interview the
// metadata credits to the paper names its interviewer from the line that
// closes it ("Das Gespräch führte Markus Lang.").
func TestExtract_AuthorsInterviewerAtTheEnd(t *testing.T) {
	page := `<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"„Der Stau ist kein Naturgesetz“","author":{"@type":"Organization","name":"Neckar-Kurier"}}</script></head>
<body><article><h1>„Der Stau ist kein Naturgesetz“</h1>
<p><strong>Frau Roth, warum staut es sich in Stuttgart jeden Morgen an denselben Stellen?</strong></p>
<p>Weil wir die Straßen so gebaut haben, dass sie genau dort enger werden, wo die meisten Pendler ankommen. Das ist kein Schicksal, das ist Planung.</p>
<p><strong>Was würden Sie als Erstes ändern?</strong></p>
<p>Die Ampeln. Eine gute Steuerung bringt in der Stoßzeit bis zu zwanzig Prozent mehr Autos durch dieselbe Kreuzung, ohne einen Meter neuen Asphalt.</p>
<p>Das Gespräch führte Markus Lang.</p></article></body></html>`
	checkAuthors(t, page, "https://www.neckar-kurier.example/inhalt.interview-verkehrsforscherin.html", []string{"Markus Lang"})
}

// TestExtract_AuthorsFactsLineOverInitials checks that a line of facts
// naming the writer between bars ("Dodano: … | Autor: Krzysztof Wójcik |
// Czytano: …") names the writer, not the initials that sign the text.
func TestExtract_AuthorsFactsLineOverInitials(t *testing.T) {
	page := `<html lang="pl"><body><table class="news_tabela"><tr><td class="news_tytul"><h1>Basen przy ul. Mickiewicza zamknięty do stycznia</h1></td></tr>
<tr><td class="news_info">Dodano: <b>2010-11-18 14:23</b> &nbsp;|&nbsp; Autor: <b>Krzysztof Wójcik</b> &nbsp;|&nbsp; Czytano: 2841 razy &nbsp;|&nbsp; <a href="#komentarze">Komentarze (9)</a></td></tr>
<tr><td class="news_tresc"><p>Kryta pływalnia przy ul. Mickiewicza będzie zamknięta co najmniej do połowy stycznia. Powodem jest awaria kotłowni.</p>
<p>Mieszkańcy mogą w tym czasie korzystać z basenu szkolnego w godzinach popołudniowych, po wcześniejszej rezerwacji.</p>
<p class="podpis_autor" align="right"><i>(kw)</i></p></td></tr></table></body></html>`
	checkAuthors(t, page, "http://www.sanokinfo.example/wiadomosci,basen-zamkniety,4821.html", []string{"Krzysztof Wójcik"})
}

// TestExtract_AuthorsSiteNameWithoutDomain checks that the site's name
// in the metadata without the domain its og:site_name has ("Ouest-France"
// on "Ouest-France.fr") is the publisher, which the byline's person goes
// before.
func TestExtract_AuthorsSiteNameWithoutDomain(t *testing.T) {
	page := `<html lang="fr"><head><meta name="author" content="Ouest-France"><meta property="og:site_name" content="Ouest-France.fr"></head>
<body><article><header><h1>Douarnenez. Au Port-Rhu, la « Marie-Fanny », sloop de 1912, entame sa renaissance</h1>
<div class="su-date-author"><span class="su-signature">Par <a href="/auteur/anne-sophie-de-la-roche-kervern/">Anne-Sophie de La Roche-Kervern</a></span>
<span class="su-date">Publié le <time datetime="2020-05-14T18:30:00+02:00">14/05/2020 à 18h30</time></span></div></header>
<p>Le sloop de 1912, classé monument historique, a quitté son ponton du Port-Rhu pour rejoindre le chantier où il sera restauré pendant deux ans.</p>
<p>L'association qui l'entretient a réuni la moitié des fonds nécessaires et lance une souscription pour le reste.</p></article></body></html>`
	checkAuthors(t, page, "https://www.ouest-france.example/bretagne/douarnenez/sloop-6835102", []string{"Anne-Sophie de La Roche-Kervern"})
}

// TestExtract_AuthorsBracketedAfterTheStory checks that the bracketed
// line an agency's English service closes a story with ("(By Chen
// Hsiao-wen and Lydia Wu)", then "Enditem/AW") names the writers where
// the metadata credits the agency.
func TestExtract_AuthorsBracketedAfterTheStory(t *testing.T) {
	page := `<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Record number of black-faced spoonbills counted in Taiwan","author":{"@type":"Organization","name":"Focus Taiwan"}}</script></head>
<body><article><h1>Record number of black-faced spoonbills counted in Taiwan</h1>
<div class="paragraph"><p>Tainan, Feb. 20 (CNA) A record 4,182 black-faced spoonbills were counted in Taiwan this winter, a conservation group said Monday.</p>
<p>The species was on the brink of extinction in the late 1980s, when fewer than 300 birds were recorded, but its numbers have recovered steadily.</p>
<p>(By Chen Hsiao-wen and Lydia Wu)</p><p>Enditem/AW</p></div></article></body></html>`
	checkAuthors(t, page, "https://focustaiwan.example/society/202302200019", []string{"Chen Hsiao-wen", "Lydia Wu"})
}

// TestExtract_AuthorsBelowTheDates checks that a line of dates that opens
// with a label ("Mis à jour le …", "Published …") and has the byline on
// its next line ("<br>Par <b>…</b>") names that writer, not a reader whose
// comment below is signed "Posté par …".
func TestExtract_AuthorsBelowTheDates(t *testing.T) {
	for _, dates := range []string{
		"Mis à jour le 10/12/2024 à 16h05 | Publié le 09/12/2024 à 22h47<br />Par <b>Jean-Marc Delpech</b>",
		"Publié le 09/12/2024 à 22h47<br />Par <b>Jean-Marc Delpech</b>",
	} {
		page := `<html lang="fr"><head><title>Figeac : le marché de Noël reporté</title></head><body><table><tr><td>
<h1>Figeac : après la tempête, le marché de Noël reporté d'une semaine</h1>
<table><tr><td class="infos-article"><font size="1">` + dates + `</font></td></tr></table>
<div class="texte-article"><p>Les rafales de la nuit de dimanche à lundi ont endommagé une dizaine de chalets installés place Champollion.</p>
<p>La mairie a décidé de repousser l'ouverture du marché de Noël au vendredi 20 décembre, après une réunion avec les exposants.</p></div>
<table><tr><td><b>Réactions des lecteurs (1)</b></td></tr>
<tr><td class="reaction"><font size="1">Posté par <b>Mamie Lulu</b> le 10/12/2024 à 11h21</font><br><font size="2">Les petits-enfants seront contents !</font></td></tr></table>
</td></tr></table></body></html>`
		checkAuthors(t, page, "http://www.gazette.example/figeac/article-58812.html", []string{"Jean-Marc Delpech"})
	}
}

// TestExtract_AuthorsTurkishLabel checks that a Turkish line of facts
// ("Yazar: … | Editör: … | Kaynak: AA") names the writer.
func TestExtract_AuthorsTurkishLabel(t *testing.T) {
	page := `<html lang="tr"><head><title>Söke Ovası'nda pamuk rekoltesi düştü</title></head><body><table><tr><td>
<h1 class="haber_baslik">Söke Ovası'nda pamuk rekoltesi kuraklık nedeniyle yüzde 30 düştü</h1>
<table><tr><td>Yazar: <a href="/muhabir/deniz-aksoy/"><b>Deniz Aksoy</b></a> &nbsp;|&nbsp; Editör: Mehmet Çelik &nbsp;|&nbsp; Kaynak: AA</td>
<td>Yayınlanma: 12 Kasım 2025 14:05</td></tr></table>
<p>Aydın'ın Söke ilçesinde bu yıl pamuk hasadı, yaz boyunca süren kuraklık nedeniyle beklenenin çok altında kaldı.</p>
<p>Ziraat Odası Başkanı, dekar başına verimin geçen yıla göre yüzde 30 düştüğünü, üreticinin maliyetleri karşılamakta zorlandığını söyledi.</p>
</td></tr></table></body></html>`
	checkAuthors(t, page, "https://www.egepostasi.example/haber/soke-pamuk-rekoltesi-48211.html", []string{"Deniz Aksoy"})
}

// TestExtract_AuthorsSiteAccount checks that a blog's account named as
// one ("Diposting oleh Admin Selaparang", marked as the post's author) is
// no person, so that the writer the post names ("Penulis: Rizky
// Pratama") is the author.
func TestExtract_AuthorsSiteAccount(t *testing.T) {
	page := `<html lang="id"><head><title>Festival tenun digelar di Lombok</title></head><body>
<div class="post hentry"><h3 class="post-title entry-title">Festival tenun ikat digelar di Lombok Tengah</h3>
<div class="post-body entry-content"><div class="penulis">Penulis: Rizky Pratama | Editor: Dewi Lestari</div>
<p>Ratusan perajin tenun dari seluruh Lombok Tengah memamerkan karya mereka dalam festival yang dibuka Senin pagi.</p>
<p>Panitia mencatat lebih dari dua ribu pengunjung pada hari pertama, sebagian besar wisatawan dari luar daerah.</p></div>
<div class="post-footer"><span class="post-author vcard">Diposting oleh <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">
<a class="g-profile" href="https://www.blogger.com/profile/09912837465512345678" rel="author" title="author profile"><span itemprop="name">Admin Selaparang</span></a></span></span></div>
</div></body></html>`
	checkAuthors(t, page, "https://selaparang.example/2025/10/festival-tenun.html", []string{"Rizky Pratama"})
}

// TestExtract_AuthorsDateThenName checks that a line under the headline
// of a date and a name apart by a middle dot or a bar, each in an element
// of its own after the line's indentation, names the writer, and that a
// copyright line's year and body or a date and a label in capitals name
// no one.
func TestExtract_AuthorsDateThenName(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"\n      <span>Beitrag vom 5.2.2018</span>\n      <span aria-hidden=\"true\">·</span>\n      <span>Kerstin Möller</span>", []string{"Kerstin Möller"}},
		{"\n      <span>05.02.2018</span> | <span>Kerstin Möller</span>", []string{"Kerstin Möller"}},
		{"\n      <span>2018 | Landesregierung Brandenburg</span>", nil},
		{"\n      <span>05. Februar 2018 | PAID CONTENT</span>", nil},
	} {
		page := `<html lang="de"><body><main><h1>Bürgerbus für die Ortsteile: SPD stellt Antrag im Gemeinderat</h1>
<div class="text-sm text-gray-600 mb-6">` + tt.line + `
</div>
<div class="prose"><p>Die SPD-Fraktion hat im Gemeinderat beantragt, einen Bürgerbus für die Ortsteile einzurichten, der zweimal täglich fährt.</p>
<p>Vorbild ist die Nachbargemeinde Eichtal, wo ein solcher Bus seit 2014 von Ehrenamtlichen gefahren wird und gut angenommen ist.</p></div></main></body></html>`
		checkAuthors(t, page, "https://www.spd-wendlingsheim.example/meldungen/buergerbus/", tt.want)
	}
}

// TestExtract_AuthorsPhotographerAfterTheWriter checks that the
// photographer a credits line names after the writer ("Text: Lena Vogt /
// Fotos: Matthias Kern", then the date in the same line) is no author,
// though JSON-LD lists both.
func TestExtract_AuthorsPhotographerAfterTheWriter(t *testing.T) {
	page := `<html lang="de"><head><script type="application/ld+json">{"@type":"Article","headline":"Die Fährfrau von der Havel",
"author":[{"@type":"Person","name":"Lena Vogt"},{"@type":"Person","name":"Matthias Kern"}]}</script></head><body>
<article class="h-entry"><header><h1 class="p-name">Die Fährfrau von der Havel</h1>
<div class="font-sans text-sm text-stone-500 flex flex-wrap gap-x-4 gap-y-1">
<span class="credits">Text: <a class="p-author h-card" href="/autorinnen/lena-vogt/">Lena Vogt</a> / Fotos: <a href="/autorinnen/matthias-kern/">Matthias Kern</a></span>
<time class="dt-published" datetime="2024-04-14T08:00:00+02:00">14. April 2024</time> <span>Lesezeit: 6 Minuten</span></div></header>
<p>Seit 23 Jahren setzt Doris Kallweit bei Prietzen Menschen, Fahrräder und gelegentlich eine Kuh über die Havel.</p>
<p>Die Seilfähre ist eine der letzten handbetriebenen in Brandenburg, und ihre Zukunft hängt an einem Förderantrag.</p></article></body></html>`
	checkAuthors(t, page, "https://hinterland.example/reportagen/faehrfrau-havel/", []string{"Lena Vogt"})
}

// TestExtract_AuthorsRoleBetweenNames checks that a byline giving each
// writer's role ("By Sarah Okafor, Senior Reporter, and Daniel Whitcombe,
// Data Editor") names both, where the metadata names the first alone.
func TestExtract_AuthorsRoleBetweenNames(t *testing.T) {
	page := `<html lang="en"><head><meta name="author" content="Sarah Okafor"></head><body><article>
<h1 class="tdb-title-text">Half of promised tree planting still to happen, figures show</h1>
<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://www.northgatecourier.example/author/sokafor/">Sarah Okafor</a>, Senior Reporter, and <a href="https://www.northgatecourier.example/author/dwhitcombe/">Daniel Whitcombe</a>, Data Editor</div>
<div class="td-post-content"><p>Fewer than half of the 12,000 trees the council promised to plant by the end of this year are in the ground, figures obtained by the Courier show.</p>
<p>The authority said delays reflected conditions affecting councils across the region, including a shortage of saplings.</p></div></article></body></html>`
	checkAuthors(t, page, "https://www.northgatecourier.example/news/local/tree-planting/", []string{"Sarah Okafor", "Daniel Whitcombe"})
}

// TestExtract_AuthorsBoldNameOverOutlet checks that a byline element whose
// first line sets the name apart in bold ("<b>By Ron Fischer</b>") and
// whose second gives the paper and the role ("Sentinel-Courier Staff
// Writer") names the writer alone.
func TestExtract_AuthorsBoldNameOverOutlet(t *testing.T) {
	page := `<html lang="en"><body><table><tr><td>
<font size="5"><b>County board weighs shorter setback for wind turbines</b></font><br>
<font face="Arial" size="2" class="byline"><b>By Ron Fischer</b><br>Sentinel-Courier Staff Writer</font><br>
<p>Residents filled the courthouse annex on Monday for a hearing on the county's wind ordinance, which would cut the required setback.</p>
<p>The board is expected to vote on the change next month after a second hearing in the west of the county.</p>
</td></tr></table></body></html>`
	checkAuthors(t, page, "http://www.sentinelcourier.example/news/2011/04/wind-setback.html", []string{"Ron Fischer"})
}

// TestExtract_AuthorsRoleSignature checks that a report whose last line
// is its writer's name and role after a comma, in italics of its own
// ("Margaret Cowling, Programme Secretary"), names that writer, and that
// a last line naming no role does not.
func TestExtract_AuthorsRoleSignature(t *testing.T) {
	for sig, want := range map[string][]string{
		"Margaret Cowling, Programme Secretary": {"Margaret Cowling"},
		"Brenda and Colin Metcalfe, Ivelet":     nil,
	} {
		page := `<html lang="en"><body><div id="content"><h2 class="title">March meeting: the lead mines of Swaledale</h2>
<p>Dr Alan Thwaite gave a packed hall an account of the lead mines of upper Swaledale, from the first leases to the last smelt mill.</p>
<p>Several members offered to walk the Ivelet leat with him in the summer, and a date will be announced in the next newsletter.</p>
<p>Our thanks go to Dr Thwaite for an excellent talk and to the Institute committee for the use of the hall.</p>
<p><em>` + sig + `</em></p></div></body></html>`
		checkAuthors(t, page, "https://swaledalehistory.example/news/march-meeting-lead-mines", want)
	}
}

// TestExtract_AuthorsSerbianLabel checks that a Serbian or Croatian line
// of facts that opens with "Piše:" names the writer, not the paper its
// source line names.
func TestExtract_AuthorsSerbianLabel(t *testing.T) {
	page := `<html lang="sr"><body><table><tr><td>
<h1 class="naslov">Bačka Gradina: Mlekara ponovo otvara vrata posle šest godina</h1>
<div class="info">Piše: <b>Dragana Milić</b> &nbsp;|&nbsp; 17.02.2025. 14:32 &nbsp;|&nbsp; Pročitano: 1.342 puta</div>
<p>Mlekara u Bačkoj Gradini, zatvorena 2019. godine, ponovo će raditi od marta, a prvih četrdeset radnika već je potpisalo ugovore.</p>
<p>Novi vlasnik planira da otkupljuje mleko od oko dvesta domaćinstava iz okolnih sela i da proizvodi sir i jogurt.</p>
<div class="izvor">Izvor: Glas Ravnice / Tanjug</div></td></tr></table></body></html>`
	checkAuthors(t, page, "http://www.glasravnice.example/vesti.php?id=31877", []string{"Dragana Milić"})
}

// TestExtract_AuthorsBracketedTextCredit checks that a German report's
// closing "(Text: …)" names its writer where the metadata names only the
// paper.
func TestExtract_AuthorsBracketedTextCredit(t *testing.T) {
	page := `<html lang="de"><head><meta name="author" content="Oberland-Kurier"><meta property="og:site_name" content="Oberland-Kurier"></head><body><article>
<h1>Bürgerentscheid: Freibad bleibt in kommunaler Hand</h1>
<p>Mit deutlicher Mehrheit haben die Bürgerinnen und Bürger am Sonntag entschieden, dass das Freibad nicht verkauft wird.</p>
<p>Die Wahlbeteiligung lag bei 48 Prozent und damit höher als bei der letzten Kommunalwahl, teilte die Stadt mit.</p>
<p>(Text: Anna-Lena Müller-Brückner)</p></article></body></html>`
	checkAuthors(t, page, "https://www.oberland-kurier.example/lokales/freibad-buergerentscheid", []string{"Anna-Lena Müller-Brückner"})
}

// TestExtract_AuthorsInSidebarGrid checks that a page laid out in a grid
// with a sidebar ("sidebar-grid", Drupal's Olivero theme) has its byline
// read: the grid is the layout, no sidebar.
func TestExtract_AuthorsInSidebarGrid(t *testing.T) {
	page := `<html lang="en"><body><div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content" id="content">
<div id="block-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title">Soil fungi help restored prairies weather drought</span></h1></div>
<div id="block-content" class="block block-system block-system-main-block"><article class="node node--type-news-article node--view-mode-full">
<header class="node__header"><div class="node__meta"><span class="node__author">By <span class="field field--name-field-news-author field--type-string field--label-hidden">Meredith Okafor</span></span>
<span class="node__date"><time datetime="2025-04-22T14:00:00Z">April 22, 2025</time></span></div></header>
<div class="field--name-body"><p>Three years of field trials at Larkin Field Station point to a low-cost way to give new plantings a head start in dry summers.</p>
<p>The team inoculated half of the seedlings with a mix of native fungi before planting and compared survival after each summer.</p></div>
</article></div></div></main></div></body></html>`
	checkAuthors(t, page, "https://news.calloway.example/news/soil-fungi-drought", []string{"Meredith Okafor"})
}

// TestExtract_AuthorsDutchConjunction checks that a Dutch byline of two
// writers with name particles ("Door Sanne de Vries en Pieter van den
// Berg"), in a line of inline elements with the date, names both: "en"
// joins them here, no place follows it.
func TestExtract_AuthorsDutchConjunction(t *testing.T) {
	page := `<html lang="nl"><body><main><article>
<h1>Grote brand in leegstaande textielfabriek in Enschede, NL-Alert verstuurd</h1>
<div class="flex flex-wrap items-center gap-x-3 text-sm">
        <span class="font-semibold text-gray-800">Door Sanne de Vries en Pieter van den Berg</span>
        <span aria-hidden="true">·</span>
        <span>woensdag 9 april 2025, 14:12</span>
</div>
<p>Een grote brand in een leegstaande textielfabriek aan de Haaksbergerstraat heeft woensdagmiddag voor veel rookoverlast gezorgd.</p>
<p>De brandweer schaalde op naar zeer grote brand en de veiligheidsregio verstuurde een NL-Alert voor de wijken rond de fabriek.</p>
</article></main></body></html>`
	checkAuthors(t, page, "https://www.regiotwente.example/nieuws/enschede/brand-textielfabriek", []string{"Sanne de Vries", "Pieter van den Berg"})
}

// TestExtract_AuthorsFrenchTextCredit checks that a French credit line
// "Texte : …", the colon after a space as French writes it, names the
// writer.
func TestExtract_AuthorsFrenchTextCredit(t *testing.T) {
	page := `<html lang="fr"><body><div id="contenu"><h1>Chantier de printemps au moulin de la Forge</h1>
<p>Samedi dernier, une quinzaine de bénévoles ont nettoyé le bief et dégagé la vanne principale du moulin.</p>
<p>Le prochain chantier aura lieu en avril ; l'association cherche encore des volontaires pour la charpente.</p>
<p class="signature">Texte : Martine Lefebvre, secrétaire de l'association</p></div></body></html>`
	checkAuthors(t, page, "http://www.moulin-forge.example/actualites/chantier-printemps", []string{"Martine Lefebvre"})
}

// TestExtract_AuthorsBylineAddsParticleName checks that a byline that
// names the metadata's one author and a second whose name has a particle
// ("Door Jeroen van der Linden en Sanne de Wit") gives both.
func TestExtract_AuthorsBylineAddsParticleName(t *testing.T) {
	page := `<html lang="nl"><head><script type="application/ld+json">{"@type":"Article","headline":"Waterschap wil dijken ophogen","author":{"@type":"Person","name":"Jeroen van der Linden"}}</script></head>
<body><article class="post"><header><h1>Waterschap wil dijken ophogen</h1>
<h4 class="author-name">Door <a href="/author/jeroen/">Jeroen van der Linden</a> en <a href="/author/sanne/">Sanne de Wit</a></h4></header>
<section class="gh-content"><p>Het waterschap wil de komende tien jaar veertig kilometer dijk langs de IJssel ophogen, blijkt uit een nieuw plan.</p>
<p>Bewoners kunnen tot half maart reageren op de plannen, die ook gevolgen hebben voor tientallen boerderijen.</p></section></article></body></html>`
	checkAuthors(t, page, "https://onderstroom.example/waterschap-dijken/", []string{"Jeroen van der Linden", "Sanne de Wit"})
}

// TestExtract_AuthorsWireCreditUnderSiteByline checks that a wire's own
// page, whose byline names only the wire ("By Meridian Wire", the site's
// name, which reads like a person's), takes its reporters from the
// closing credit line, not its editor.
func TestExtract_AuthorsWireCreditUnderSiteByline(t *testing.T) {
	page := `<html lang="en"><head><meta property="og:site_name" content="Meridian Wire">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kenyan tea prices slide to three-year low","author":{"@type":"Organization","name":"Meridian Wire"}}</script></head>
<body><article><h1>Kenyan tea prices slide to three-year low</h1>
<div><span data-testid="AuthorByline">By Meridian Wire</span></div>
<p>NAIROBI, March 5 (Meridian Wire) - Average prices at the weekly Mombasa tea auction fell to their lowest level in three years on Tuesday.</p>
<p>Exporters say efforts to find new markets in Central Asia and China will take years to bear fruit.</p>
<p>Reporting by Amina Odhiambo and Peter Mwangi; Editing by Helen Ashford</p></article></body></html>`
	checkAuthors(t, page, "https://www.meridianwire.example/markets/kenya-tea-prices-2024-03-05/", []string{"Amina Odhiambo", "Peter Mwangi"})
}

// TestExtract_AuthorsRoleLinkNoWriter checks that a link to a desk's
// account page that names a role and no one ("Special Correspondent")
// above the text is no writer.
func TestExtract_AuthorsRoleLinkNoWriter(t *testing.T) {
	page := `<html lang="en"><head><meta property="article:author" content="https://www.facebook.com/theindianchronicle"></head>
<body><div class="article"><h1>Chennai Metro's second phase gets final nod for Poonamallee stretch</h1>
<div class="author"><span class="author-name"><a class="auth-nm lnk" href="/profile/author/Special-Correspondent-21876/">Special Correspondent</a></span></div>
<p>CHENNAI, The Union government has given its final approval for the Poonamallee to Porur stretch of the second phase of the Chennai Metro Rail project.</p>
<p>Officials said trial runs on the elevated section would begin in the second half of the year, with services opening to the public by early next year.</p></div></body></html>`
	checkAuthors(t, page, "https://www.indianchronicle.example/news/cities/chennai/metro-phase-two/article68123.ece", nil)
}

// TestExtract_AuthorsBoldNameOverRole checks that a text opening with
// the writer's name and role as paragraphs of their own ("Rutendo
// Chikowore" over "Senior Reporter"), under metadata that names only a
// role, names the writer, and that the two lines leave the text.
func TestExtract_AuthorsBoldNameOverRole(t *testing.T) {
	page := `<html lang="en"><head><meta name="author" content="Online Editor"></head><body><article>
<h1 class="post-title entry-title">Unit L residents to get piped water by December</h1>
<div class="entry-content"><p><strong>Rutendo Chikowore</strong></p>
<p><strong>Senior Reporter</strong></p>
<p>RESIDENTS of Unit L and Unit M, who have gone without piped water for nine years, will start receiving supplies by December when a new booster station is commissioned.</p>
<p>The town engineer said yesterday that the civil works were 85 percent complete and the contractor was on site seven days a week.</p></div></article></body></html>`
	res, err := extract.Extract(strings.NewReader(page), extract.Options{URL: "https://www.hararechronicle.example/unit-l-residents-piped-water/", Fetched: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, []string{"Rutendo Chikowore"}) {
		t.Errorf("authors %q, want [Rutendo Chikowore]", res.Authors)
	}
	if strings.Contains(res.Body, "Senior Reporter") || !strings.HasPrefix(res.Body, "RESIDENTS") {
		t.Errorf("body %q, want it to open with the text", res.Body)
	}
}

// TestExtract_AuthorsReportageCredit checks that a German "Reportage:"
// credit names its reporters, and not the photographer after them.
func TestExtract_AuthorsReportageCredit(t *testing.T) {
	page := `<html lang="de"><body><article class="node"><h1>Die letzten Fischer von Heiligenhafen</h1>
<div class="field field--name-field-mitarbeit">Reportage: Katrin Wehmeyer, Tobias Roth; Fotos: Lena Schüttler</div>
<div class="field field--name-body"><p>Um halb vier Uhr morgens legt die „Anna Maria“ ab, einer der letzten Kutter, die von Heiligenhafen noch auf Dorsch fahren.</p>
<p>Die Fangquoten sind in den vergangenen zehn Jahren so stark gesunken, dass viele Familienbetriebe aufgegeben haben.</p></div></article></body></html>`
	checkAuthors(t, page, "https://www.ostseebote.example/region/letzte-fischer-heiligenhafen", []string{"Katrin Wehmeyer", "Tobias Roth"})
}

// TestExtract_AuthorsAddressAfterRole checks that a byline whose name,
// role and e-mail address stand in elements of their own names the
// writer alone, the address's own part gone with it, and that a byline
// of name, paper and role over an address keeps the name without the
// paper's last word.
func TestExtract_AuthorsAddressAfterRole(t *testing.T) {
	page := `<html lang="en"><body><article class="node"><h1 class="page-title">Mwea rice farmers count losses as cheap imports flood market</h1>
<div class="node__meta"><div class="field field--name-field-author">
<div class="author-line">By <a href="/author/wanjiru-kamau">Wanjiru Kamau</a></div>
<div class="author-role">Agriculture Writer</div>
<div class="author-email"><a href="mailto:wkamau@kenyasentinel.example">wkamau@kenyasentinel.example</a></div></div></div>
<div class="field field--name-body"><p>Rice farmers in Mwea say they cannot sell last season's crop at a profit as cheaper imports flood the market.</p>
<p>Farmers will meet at Wanguru next week to decide whether to withhold their crop from brokers until prices improve.</p></div></article></body></html>`
	checkAuthors(t, page, "https://www.kenyasentinel.example/counties/kirinyaga/mwea-rice-farmers-58812", []string{"Wanjiru Kamau"})
	page = `<html lang="en"><head><meta property="og:site_name" content="The Ashford Herald-Ledger"></head><body><table><tr><td>
<h1>City, Carrick State strike deal on fire protection payments</h1>
<p class="byline">By Dean Whitlock<br><i>Herald-Ledger Staff Writer</i><br><a href="mailto:dwhitlock@heraldledger.example">dwhitlock@heraldledger.example</a></p>
<p>The city and Carrick State University reached an agreement Wednesday on how much the university will pay for fire protection.</p>
<p>The council will vote on the agreement at its next meeting, the city manager said after the closed session.</p></td></tr></table></body></html>`
	checkAuthors(t, page, "https://www.heraldledger.example/news/fire-deal", []string{"Dean Whitlock"})
}

// TestExtract_AuthorsClosingLabelledCredit checks that where only the
// newsroom's account is credited above the text, a labelled line after
// its last paragraph names the writer, up to the editor's credit.
func TestExtract_AuthorsClosingLabelledCredit(t *testing.T) {
	page := `<html lang="id"><head><meta content="Pasar darurat dibuka di Sidomulyo" property="og:title"></head><body>
<div class="main section" id="main"><div class="widget Blog" id="Blog1">
<div class="post-header"><span class="post-author vcard">Diposting oleh <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/08811223344556677889" rel="author" title="author profile"><span itemprop="name">Redaksi Warta Pantura</span></a></span></span></div>
<div class="post-body entry-content">
<div style="text-align: justify;">Pasar darurat di Lapangan Desa Sidomulyo mulai dibuka pada Senin pagi untuk menampung para pedagang yang kiosnya terbakar pekan lalu.</div><div><br /></div>
<div style="text-align: justify;">Kepala desa mengatakan pasar darurat akan digunakan sampai gedung pasar yang baru selesai dibangun tahun depan.</div><div><br /></div>
<div style="text-align: justify;"><span style="font-size: x-small;">Penulis: Rizky Pratama | Editor: Dewi Anggraini</span></div>
</div></div></div></body></html>`
	checkAuthors(t, page, "https://www.wartapantura.example/2024/08/pasar-darurat-sidomulyo.html", []string{"Rizky Pratama"})
}

// TestExtract_AuthorsClosingLineSetRight checks that where no person is
// credited above the text, its last line set right that holds only names
// names the writers, that a labelled report credit closes a club's text
// though the boxes after it hold paragraphs, and that a Finnish "Teksti
// ja kuvat:" line is a byline over the newsroom's account; and that a
// club's report signed in italics with a name and a role names her.
func TestExtract_AuthorsClosingLineSetRight(t *testing.T) {
	text := `<p>Ціни на полуницю на ринках області впали майже вдвічі за тиждень, бо фермери привезли перший великий урожай з відкритого ґрунту.</p>
<p>За словами продавців, кілограм ягід коштує від 60 до 80 гривень, а наприкінці травня ціна сягала 150 гривень за кілограм.</p>`
	page := `<html lang="uk"><body><table><tr><td><h1>Полуниця на ринках подешевшала вдвічі</h1>` + text +
		`<p align="right"><b>Оксана Гребенюк</b></p></td></tr></table></body></html>`
	checkAuthors(t, page, "https://www.example.ua/news/2024/06/polunytsia.html", []string{"Оксана Гребенюк"})
	page = `<html lang="vi"><body><article><h1>Giá sầu riêng giảm mạnh</h1><div class="fck_detail">` + text +
		`<p class="Normal" style="text-align: right;"><strong>Hoàng Nam - Thu Hà</strong></p></div></article></body></html>`
	checkAuthors(t, page, "https://www.example.vn/gia-sau-rieng-giam-manh-4812.html", []string{"Hoàng Nam", "Thu Hà"})
	page = `<html lang="it"><body><article><h1>Il mercato coperto riapre dopo tre anni</h1><div class="entry-content">` + text +
		`<p style="text-align: right;"><em>Maria Teresa Lo Russo e Gianluca D&#8217;Ambrosio</em></p></div></article></body></html>`
	checkAuthors(t, page, "https://www.example.it/cronaca/mercato-coperto-riapre/", []string{"Maria Teresa Lo Russo", "Gianluca D’Ambrosio"})
	page = `<html lang="en"><body><article class="cs-news-article"><h1>Rovers edge Ashcombe in eight-try thriller</h1>
<p>Millbrook Rovers held on for a 31-28 win over Ashcombe on Saturday after a second half in which the lead changed hands four times.</p>
<p>Next up, Rovers travel to Dunmere Park on Saturday. The supporters' coach leaves the clubhouse at 12:30 and seats can be booked at the bar.</p>
<p class="cs-report-by"><em>Report: Gareth Pryce</em></p></article>
<section class="cs-related-news"><h2>More news</h2><p>The Ladies XV fell short at Thornbury despite a second-half fightback that brought them within a score of the hosts.</p></section></body></html>`
	checkAuthors(t, page, "https://www.millbrookrovers.example/news/rovers-edge-ashcombe-2891045.html", []string{"Gareth Pryce"})
	page = `<html lang="fi"><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Toimitus"}}</script></head><body>
<article><h1>Uimahallin remontti kallistuu 1,4 miljoonalla</h1><div class="entry-content">
<p class="has-small-font-size"><em>Teksti ja kuvat: Anni Huttunen</em></p>
<p>Nurmeksen uimahallin peruskorjaus maksaa noin 1,4 miljoonaa euroa enemmän kuin kaupunginvaltuusto viime syksynä arvioi.</p>
<p>Syynä kustannusten nousuun ovat kosteusvauriot, jotka paljastuivat, kun urakoitsija purki altaan pohjalaatat huhtikuussa.</p></div></article></body></html>`
	checkAuthors(t, page, "https://pielisjoenuutiset.example/2024/05/uimahalli/", []string{"Anni Huttunen"})
	page = `<html lang="de"><body><div class="j-blog-post"><h1>Kreismeisterschaften: 14 Medaillen für unsere Leichtathleten</h1>
<div class="j-module n j-text"><p>Mit vierzehn Medaillen kehrte unsere Leichtathletik-Abteilung am Samstag von den Kreismeisterschaften in Bad Lahr zurück.</p>
<p>Weiter geht es am 14. Juni mit dem Sportfest in Oberwiesbach, bei dem wir als Ausrichter wieder Helferinnen und Helfer brauchen.</p>
<p><em>Sabine Görlitz, Abteilungsleitung Leichtathletik</em></p></div></div></body></html>`
	checkAuthors(t, page, "https://www.tv-oberwiesbach.example/leichtathletik/kreismeisterschaften-2025/", []string{"Sabine Görlitz"})
}

// TestExtract_AuthorsNameOverSiteName checks that where the metadata
// credits only a house account, a paragraph opening the text of the
// writer's name over the site's name on a line of its own names her.
func TestExtract_AuthorsNameOverSiteName(t *testing.T) {
	page := `<html lang="en"><head><meta property="og:site_name" content="Kettle Valley Courier"><meta name="author" content="Courier Staff"></head><body>
<div class="item-page"><h2 itemprop="headline">Fifty winters on the T-bar</h2>
<dl class="article-info"><dd class="createdby">Written by <span itemprop="name">Courier Staff</span></dd></dl>
<div itemprop="articleBody"><p><strong>Colleen Fairweather</strong><br /><em>Kettle Valley Courier</em></p>
<p>Ray Dufresne has a routine. He parks his truck behind the Mount Alder day lodge at 8:15 and walks up to the bottom of the T-bar.</p>
<p>He has loaded the lift almost every Saturday since 1985, and this winter the ski club will name the lift hut after him.</p></div></div></body></html>`
	checkAuthors(t, page, "https://www.kettlevalleycourier.example/news/fifty-winters-on-the-t-bar", []string{"Colleen Fairweather"})
}

// TestExtract_AuthorsNameBesideTime checks that where nothing credits a
// writer, a name alone in an element of the line under the headline,
// beside the line's time, names her; a place beside the time does not.
func TestExtract_AuthorsNameBesideTime(t *testing.T) {
	line := func(who string) string {
		return `<html lang="nl"><body><article class="sc-3f2b1c9a-1"><header class="sc-64a0f1d3-0">
<h1 class="sc-64a0f1d3-3">Pont tussen Heerewaarden en Brakel vaart voorlopig niet meer</h1>
<div class="sc-64a0f1d3-4"><span class="sc-64a0f1d3-5">` + who + `</span><span class="sc-64a0f1d3-6"><time datetime="2024-01-09T16:03:00.000Z">di 9 jan 2024 om 17:03</time></span></div></header>
<div class="sc-99"><p>De pont tussen Heerewaarden en Brakel vaart voorlopig niet meer, omdat de exploitant geen schippers meer kan vinden.</p>
<p>De gemeente zoekt samen met de provincie naar een oplossing, maar verwacht niet dat de pont voor de zomer weer vaart.</p></div></article></body></html>`
	}
	checkAuthors(t, line("Sanne de Vries"), "https://www.dagbladrivierenland.example/maasdriel/pont-vaart-niet-meer", []string{"Sanne de Vries"})
	checkAuthors(t, line("Maasdriel"), "https://www.dagbladrivierenland.example/maasdriel/pont-vaart-niet-meer", nil)
}

// TestExtract_AuthorsFirstAndLastNameParts checks that a byline that
// sets each writer's first and last names in elements of their own
// ("firstname", "lastname") names each writer once, whole.
func TestExtract_AuthorsFirstAndLastNameParts(t *testing.T) {
	page := `<html lang="no"><body><article><h1>Ny bru over Rauma skal stå ferdig i 2026</h1>
<div class="bylines"><div class="byline column"><div class="content"><span class="firstname">Kari</span> <span class="lastname">Solheim</span>
<a class="email" href="mailto:kari.solheim@romsdalsnytt.example">kari.solheim@romsdalsnytt.example</a></div></div>
<div class="byline column"><div class="content"><span class="firstname">Ole Martin</span> <span class="lastname">Vik</span></div></div></div>
<div class="bodytext"><p>Statens vegvesen har lyst ut kontrakten for den nye brua over Rauma, som skal erstatte den gamle fra 1962.</p>
<p>Arbeidet starter til høsten, og brua skal etter planen stå ferdig sommeren 2026.</p></div></article></body></html>`
	checkAuthors(t, page, "https://www.romsdalsnytt.example/nyheter/ny-bru-over-rauma/123", []string{"Kari Solheim", "Ole Martin Vik"})
}

// TestExtract_AuthorsMarkedSiblingsAreNames checks that the elements
// after a byline classed as it is name more writers only when they are
// written as names: a row of tools under the same class is none.
func TestExtract_AuthorsMarkedSiblingsAreNames(t *testing.T) {
	page := func(second string) string {
		return `<html lang="en"><body><table><tr><td class="story">
<h1>County approves new landfill cell after two-year fight</h1>
<span class="byline">By Harold B. Kemper, Gazette Staff Writer</span><br>
<span class="byline">` + second + `</span>
<p>The county commission voted 4-1 on Tuesday to open a new cell at the Brush Creek landfill, ending a two-year dispute with neighbors.</p>
<p>The new cell will take the county's household waste for about twelve years, the solid waste director said.</p></td></tr></table></body></html>`
	}
	url := "https://www.valleygazette.example/news/story.asp?id=20931"
	checkAuthors(t, page(`<a href="javascript:printStory(20931)">Printer-friendly version</a> | <a href="javascript:emailStory(20931)">E-mail this story</a>`), url, []string{"Harold B. Kemper"})
	checkAuthors(t, page(`Lucia de la Vega`), url, []string{"Harold B. Kemper", "Lucia de la Vega"})
}

// TestExtract_AuthorsAfterPlaceAndDate checks that a line that opens
// with the place and the date, then the byline between middle dots,
// names the writer.
func TestExtract_AuthorsAfterPlaceAndDate(t *testing.T) {
	page := `<html lang="de"><head><meta name="author" content="Nordheider Anzeiger Verlags-GmbH"></head><body><table><tr><td>
<font size="5"><b>Nach 14 Jahren wieder eine Frau auf dem Königsthron</b></font></td></tr>
<tr><td class="klein">Nordheide, 22.07.2009 &nbsp;&middot;&nbsp; Von Heinz-Dieter Kramm &nbsp;&middot;&nbsp; <a href="javascript:druckversion(20417)">Druckversion</a></td></tr>
<tr><td><p>Mit dem 311. Schuss hat Renate Bökemeier am Sonntagabend den Vogel von der Stange geholt.</p>
<p>Zuletzt hatte 1995 eine Frau die Königswürde beim Schützenverein Holmwedel errungen.</p></td></tr></table></body></html>`
	checkAuthors(t, page, "https://www.nordheider-anzeiger.example/lokales/holmwedel/artikel.php?id=20417", []string{"Heinz-Dieter Kramm"})
}

// TestExtract_AuthorsIndonesianLabelAndJoinedAgency checks that an
// Indonesian byline labelled "Oleh:" names the writer over a blog's
// newsroom account, and that an agency joined to a partner's name by a
// hyphen ("Keystone-SDA") is no person beside the writer.
func TestExtract_AuthorsIndonesianLabelAndJoinedAgency(t *testing.T) {
	blog := `<html lang="id"><body><div class="post hentry"><h3 class="post-title">Banjir Rob Rendam Pesisir Kendal</h3>
<div class="post-body entry-content"><div><i>Oleh: Dwi Hartono</i></div>
<div>Banjir rob kembali merendam permukiman warga di pesisir Kendal sejak Minggu malam, dengan ketinggian air mencapai 40 sentimeter.</div>
<div>Warga berharap pemerintah segera membangun tanggul laut yang sudah direncanakan sejak tiga tahun lalu.</div></div>
<div class="post-footer">Diposting oleh <a class="g-profile" href="https://www.blogger.com/profile/0918" rel="author"><span itemprop="name">Redaksi Kabar Kendal</span></a></div></div></body></html>`
	checkAuthors(t, blog, "https://www.kabarkendal.example/2023/12/banjir-rob-pesisir.html", []string{"Dwi Hartono"})
	ghost := `<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Fähre für den Zürichsee",
"author":[{"@type":"Person","name":"Nina Gerber"},{"@type":"Person","name":"Keystone-SDA"}]}</script></head><body><article>
<h1>Neue Fähre für den Zürichsee</h1><p class="byline">Nina Gerber, Keystone-SDA</p>
<p>Die Zürichsee-Fähre Horgen–Meilen bekommt im Frühling 2026 ein neues Schiff, das elektrisch fährt.</p>
<p>Die Werft am Bodensee hat den Rumpf bereits fertiggestellt, der Innenausbau folgt im Herbst.</p></article></body></html>`
	checkAuthors(t, ghost, "https://www.seeblick.example/neue-faehre-zuerichsee/", []string{"Nina Gerber"})
}

// TestExtract_AuthorsInterviewerCreditLeftOut checks that an interview's
// closing credit of its interviewer names the writer though its element
// is one the text leaves out (classed as a credit).
func TestExtract_AuthorsInterviewerCreditLeftOut(t *testing.T) {
	page := `<html lang="de-CH"><body><article><h1>«Die Bienen haben ein gutes Jahr vor sich»</h1>
<div class="article-body"><p class="article-paragraph"><b>Wie geht es den Bienen nach dem milden Winter?</b></p>
<p class="article-paragraph">Erstaunlich gut. Die Völker sind stark aus dem Winter gekommen, die Verluste liegen bei knapp zehn Prozent.</p>
<p class="article-paragraph"><b>Und wie wird Ihre Honigernte dieses Jahr?</b></p>
<p class="article-paragraph">Das weiss man im April nie. Fragen Sie mich im August wieder.</p>
<p class="article-paragraph article-paragraph--credit"><em>Das Gespräch führte Sabine Roth.</em></p></div></article></body></html>`
	checkAuthors(t, page, "https://www.srf-regional.example/bienen-interview", []string{"Sabine Roth"})
}

// TestExtract_AuthorsLineOfLinksAndFacts checks a byline line of three
// writers' links apart by spans, its prefix in an element of its own,
// and a byline that opens a line of facts apart by bars: the names before
// the first bar.
func TestExtract_AuthorsLineOfLinksAndFacts(t *testing.T) {
	links := `<html lang="it"><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Marco Dell'Acqua"},{"@type":"Person","name":"Chiara De Santis"}]}</script></head><body><article>
<h1>Metro 2, trovato un rifugio antiaereo sotto corso Novara</h1>
<div class="mt-5 flex">
    <span class="text-neutral-600">di</span>
    <a href="/autori/marco-dellacqua/">Marco Dell'Acqua</a><span>,</span>
    <a href="/autori/chiara-de-santis/">Chiara De Santis</a>
    <span>e</span>
    <a href="/autori/lorenzo-di-pietro/">Lorenzo Di Pietro</a>
    <span class="hidden">|</span>
    <span><time datetime="2024-07-18T13:47:00+02:00">18 luglio 2024, 13:47</time></span>
</div>
<p>Durante gli scavi per la linea 2 della metropolitana gli operai hanno trovato un rifugio antiaereo della Seconda guerra mondiale.</p>
<p>La Soprintendenza ha chiesto di fermare il cantiere per tre settimane per documentare le scritte sui muri.</p></article></body></html>`
	checkAuthors(t, links, "https://www.torinooggi24.example/cronaca/metro-2-rifugio", []string{"Marco Dell'Acqua", "Chiara De Santis", "Lorenzo Di Pietro"})
	facts := `<html lang="cs"><body><div class="clanek"><h1>Jihlava opraví hradby u Brány Matky Boží</h1>
<div class="info">Autor: <b>Jana Dvořáková</b> &nbsp;|&nbsp; Publikováno: 14. února 2024, 9:12 &nbsp;|&nbsp; Aktualizováno: 15. 2. 2024, 7:40 &nbsp;|&nbsp; Přečteno: 2 317×</div>
<p>Město Jihlava letos opraví další úsek hradeb mezi Bránou Matky Boží a parkánem u Jánského kopečku.</p>
<p>Oprava má stát zhruba osm milionů korun a potrvá do konce října, uvedla radnice.</p></div></body></html>`
	checkAuthors(t, facts, "https://www.vysocinskelisty.example/clanek.php?id=4411", []string{"Jana Dvořáková"})
}

// TestExtract_AuthorsNamesBesideTime checks that where nothing credits a
// writer, the names each in a span of an element beside the time under
// the headline, apart by a conjunction, name them all.
func TestExtract_AuthorsNamesBesideTime(t *testing.T) {
	page := func(names string) string {
		return `<html lang="nl-BE"><body><article><header><h1 class="sc-7a1d2c-2">Diest krijgt eindelijk zijn overstromingsgebied</h1>
<div class="sc-7a1d2c-3"><div class="css-1qz7a4e">` + names + `</div><div class="css-19pkc1f"><time datetime="2024-03-05T05:30:00.000Z">di 5 mrt 2024 om 06.30</time></div></div></header>
<div class="sc-99"><p>De Vlaamse Waterweg begint in april met de aanleg van een overstromingsgebied van veertig hectare langs de Demer in Diest.</p>
<p>Het gebied moet de binnenstad beschermen tegen overstromingen zoals die van 2021, toen honderden woningen onder water liepen.</p></div></article></body></html>`
	}
	u := "https://www.limburgsekoerier.example/regio/diest/overstromingsgebied"
	checkAuthors(t, page(`<span class="css-8b4zv1">Pieter Vermeulen</span><span class="css-0"> en </span><span class="css-8b4zv1">Lotte Claes</span>`), u, []string{"Pieter Vermeulen", "Lotte Claes"})
	checkAuthors(t, page(`<span class="css-8b4zv1">Regio Diest</span><span class="css-0"> · </span><span class="css-8b4zv1">Lokaal Nieuws</span>`), u, nil)
}

// TestExtract_AuthorsNotInWebmentions checks that the replies other
// sites sent a blog post ("webmentions") name none of its writers.
func TestExtract_AuthorsNotInWebmentions(t *testing.T) {
	page := `<html lang="en-GB"><head><meta name="author" content="Tom Haverley"></head><body><main><article>
<h1>Six weeks with a heat pump in a 1930s semi</h1>
<p>We switched the gas boiler off for good at the end of December, and six weeks in, the house is warmer than it has been in years.</p>
<p>The running costs so far are a little under what we paid for gas last winter, though January was mild.</p></article>
<section class="webmentions" id="webmentions"><h2>Replies</h2><ol>
<li><p class="wm-author"><a href="https://fosstodon.example/@ruthbirtles">Ruth Birtles</a> <time datetime="2026-02-04T19:22:00Z">04/02/2026</time></p>
<p class="wm-content">Really useful, thanks. Did your installer talk you out of a hybrid system at any point?</p></li></ol></section></main></body></html>`
	checkAuthors(t, page, "https://haverley.example/posts/heat-pump-six-weeks/", []string{"Tom Haverley"})
}

// TestExtract_AuthorsAbbrSignature checks that a line of the writer's
// initials signing the text, spelt out in an <abbr>'s title, names the
// writer where nothing else credits one; an abbreviation in the text's
// sentences does not.
func TestExtract_AuthorsAbbrSignature(t *testing.T) {
	page := func(sig string) string {
		return `<html lang="cs"><body><table><tr><td class="clanek"><h1>Ve Svitavách otevřeli nové plavecké bazény</h1>
<p class="text">Nový plavecký areál ve Svitavách má padesátimetrový bazén, dětský bazén a saunu. Město do něj investovalo 310 milionů korun.</p>
<p class="text">Provoz bude stát ročně zhruba 18 milionů korun, zbytek pokryjí vstupné a pronájmy oddílům, uvedla radnice.</p>
` + sig + `</td></tr></table></body></html>`
	}
	u := "https://www.svitavskydenik.example/zpravy/bazeny.php?id=8812"
	checkAuthors(t, page(`<p class="podpis"><abbr title="Jiří Kořínek">jkř</abbr>, ČTK</p>`), u, []string{"Jiří Kořínek"})
	checkAuthors(t, page(`<p class="text">Areál navrhli architekti ze studia <abbr title="Atelier Brno">ab</abbr>, který vyhrál soutěž v roce 2021 mezi devatenácti návrhy z celé republiky.</p>`), u, nil)
}

// TestExtract_AuthorsCxenseMeta checks that the writer an analytics
// tag names (cXense's "cXenseParse:author", which Nordic and Central
// European publishers set) is read where the page's byline is a bare
// link.
func TestExtract_AuthorsCxenseMeta(t *testing.T) {
	page := `<html lang="sv"><head><meta name="cXenseParse:author" content="Ida Lindqvist"></head><body><main><article>
<h1>Byskolan i Norrfjäll får leva vidare</h1>
<div class="flex gap-3"><a href="/av/ida-lindqvist" class="font-bold block">Ida Lindqvist</a><span>Publicerad 6 februari 2024 kl 06.00</span></div>
<p>Efter månader av protester drar majoriteten tillbaka förslaget att stänga Norrfjälls skola, som har 46 elever.</p>
<p>Beslutet togs på tisdagens möte i kommunstyrelsen, där oppositionen röstade för en utredning om skolans lokaler.</p></article></main></body></html>`
	checkAuthors(t, page, "https://www.fjallbladet.example/nyheter/byskolan-far-leva-vidare", []string{"Ida Lindqvist"})
}

// TestExtract_AuthorsInLineOfFacts checks that a line of labelled facts
// set apart by spaces alone names the writer its author's label gives,
// up to the next label, and that a label after no other fact's does not.
func TestExtract_AuthorsInLineOfFacts(t *testing.T) {
	page := `<html lang="pl"><body><table width="980"><tr><td width="660" valign="top">
<table width="100%"><tr><td class="naglowek">Sandomierz: ruszyła przebudowa bulwaru nad Wisłą</td></tr>
<tr><td class="data">Dodano: 09.04.2024, 08:15 &nbsp;&nbsp; Aktualizacja: 09.04.2024, 12:40 &nbsp;&nbsp; Autor: <b>Tomasz Wróblewski</b> &nbsp;&nbsp; Odsłon: 2841</td></tr>
<tr><td><p>W poniedziałek na bulwarze pojawili się robotnicy i ciężki sprzęt. Przebudowa nabrzeża ma kosztować 14,6 mln zł.</p>
<p>Spacerowicze i rowerzyści muszą przygotować się na utrudnienia aż do października, zapowiada urząd miasta.</p></td></tr></table></td></tr></table></body></html>`
	checkAuthors(t, page, "https://www.echosandomierza.example/wiadomosci/bulwar-przebudowa,8812.html", []string{"Tomasz Wróblewski"})
	// A reader's comment under a story credited to no one: its
	// "Posted by:" follows no other fact's label.
	comment := `<html lang="en"><body><table width="760"><tr><td class="storytext"><font size="4"><b>Rotary pancake breakfast raises $4,200 for library</b></font><br>
The Rotary Club's spring pancake breakfast on Saturday raised $4,200 for the children's section of the Dalton Public Library.<br><br>
More than 300 people came through the doors of the fire hall between 7 and 11 a.m., organizers said.</td></tr></table>
<table width="100%"><tr><td class="sidehead">READER COMMENTS (1)</td></tr>
<tr><td class="storytext"><b>Posted by: M. Kessler</b> <span class="dateline">on 05/23/2012 at 8:02 AM</span><br>
Glad to see it. My grandkids practically live in that children's section all summer.</td></tr></table></body></html>`
	checkAuthors(t, comment, "http://www.daltoncourier.example/news.php?id=4472", nil)
}

// TestExtract_AuthorsStationAfterComma checks that a broadcaster's name
// after the writer's comma ("Von Lena Hofmann, MLR Thüringen") is no
// second writer, while a second name in capitals is.
func TestExtract_AuthorsStationAfterComma(t *testing.T) {
	page := func(byline string) string {
		return `<html lang="de"><body><main><article><h1>Erfurt bekommt ein neues Hallenbad</h1>
<div class="authorline"><span class="authorline__author">` + byline + `</span></div>
<p>Der Stadtrat hat am Mittwoch den Neubau des Hallenbads am Johannesplatz beschlossen, er soll 2027 öffnen.</p>
<p>Die Kosten liegen bei 38 Millionen Euro, das Land übernimmt knapp die Hälfte, teilte die Stadtverwaltung mit.</p></article></main></body></html>`
	}
	u := "https://www.mlr.example/thueringen/erfurt/hallenbad-neubau-100.html"
	checkAuthors(t, page("Von Lena Hofmann, MLR Thüringen"), u, []string{"Lena Hofmann"})
	checkAuthors(t, page("Von Lena Hofmann, SWR Aktuell"), u, []string{"Lena Hofmann"})
	checkAuthors(t, page("Von LENA HOFMANN, TOM HALE"), u, []string{"Lena Hofmann", "Tom Hale"})
}

// TestExtract_AuthorsTextAndPictureCredit checks that a closing credit
// of the text and the picture ("Text und Bild: Urs Bösch") names the
// writer over a paper's name in the metadata, though a column of links
// to other stories follows it.
func TestExtract_AuthorsTextAndPictureCredit(t *testing.T) {
	page := func(after string) string {
		return `<html lang="de-CH"><head><meta name="author" content="Thurtaler Anzeiger"></head><body><table><tr><td width="500">
<font size="4"><b>Wattwil: Ja zur Sanierung des Hallenbads</b></font><br>
<font size="2">Die Stimmberechtigten haben an der Gemeindeversammlung vom Donnerstag der Sanierung des Hallenbads zugestimmt.
<br><br>Die Bauarbeiten sollen im Frühling 2026 beginnen und rund 18 Monate dauern, das Bad bleibt so lange geschlossen.
<br><br><i>Text und Bild: Urs Bösch</i></font></td>
<td width="230">` + after + `</td></tr></table></body></html>`
	}
	u := "https://www.thurtaler.example/artikel.php?id=20250207118"
	checkAuthors(t, page(`<font size="2"><b>Meistgelesen</b><br>1. <a href="/artikel.php?id=1">Unfall auf der Wasserfluh: Lenker verletzt</a><br>
2. <a href="/artikel.php?id=2">Fasnacht Wattwil: Das sind die Sujets des diesjährigen Umzugs</a><br>3. <a href="/artikel.php?id=3">Neckertal: Gemeinderat will Schulhaus Brunnadern verkaufen</a></font>`), u, []string{"Urs Bösch"})
}

// TestExtract_AuthorsRoleAfterComma checks that a posting line longer
// than a byline for the writer's role after a comma ("… von
// Rechtsanwältin Katrin Vogt, Fachanwältin für Miet- und
// Wohnungseigentumsrecht") names the writer.
func TestExtract_AuthorsRoleAfterComma(t *testing.T) {
	page := `<html lang="de"><body><div class="mod_newsreader"><h1>BGH stärkt Mieter bei der Rückzahlung der Kaution</h1>
<div class="ce_text block"><p class="news-intro"><em>Veröffentlicht am 3. März 2019 von Rechtsanwältin Katrin Vogt, Fachanwältin für Miet- und Wohnungseigentumsrecht</em></p>
<p>Wer aus einer Mietwohnung auszieht, wartet oft monatelang auf seine Kaution. Der Bundesgerichtshof hat dieser Praxis nun Grenzen gesetzt.</p>
<p>Vermieter müssen künftig innerhalb einer angemessenen Frist abrechnen, in der Regel binnen sechs Monaten nach dem Auszug.</p></div></div></body></html>`
	checkAuthors(t, page, "https://www.kanzlei-vogt.example/aktuelles/bgh-kaution.html", []string{"Katrin Vogt"})
}

// TestExtract_AuthorsSiteFirstWordAccount checks that the account a CMS posts
// under, named by the first word of the site's name ("Fieldnotes" on
// Fieldnotes Quarterly), gives way to the writer a credit line names.
func TestExtract_AuthorsSiteFirstWordAccount(t *testing.T) {
	page := `<html lang="en"><head><meta property="og:site_name" content="Fieldnotes Quarterly"></head><body><article class="BlogItem">
<h1 class="BlogItem-title">The Last Letterpress on Carver Street</h1>
<div class="Blog-meta"><span class="author"><a href="/features?author=55c8e299">Fieldnotes</a></span> <time datetime="2016-10-03">October 3, 2016</time></div>
<div class="sqs-block-content"><p><em>Words by Nadia Fenwick · Photographs by Owen Tate</em></p>
<p>The bell over the door at Abbott &amp; Sons is the same bell that rang when Walter Abbott's father opened the shop in 1965.</p>
<p>Three presses still run in the back room, and the oldest of them was built in Philadelphia in 1911.</p></div></article></body></html>`
	checkAuthors(t, page, "https://www.fieldnotesquarterly.example/features/2016/10/3/the-last-letterpress", []string{"Nadia Fenwick"})
}

// TestExtract_AuthorsInBuilderGridCell checks that a page builder's grid
// cell ("widget-span widget-type-blog_content", as HubSpot's templates
// wrap every cell) is no sidebar widget: its byline of two writers is
// read over a meta tag naming one.
func TestExtract_AuthorsInBuilderGridCell(t *testing.T) {
	page := `<html lang="en"><head><meta name="author" content="Priya Raman"><meta property="og:title" content="Why We Stopped Promising One-Hour Delivery Windows"><title>Why We Stopped Promising One-Hour Delivery Windows</title></head><body>
<div class="span8 widget-span widget-type-cell blog-content" data-widget-type="cell"><div class="row-fluid">
<div class="span12 widget-span widget-type-blog_content" data-widget-type="blog_content"><div class="blog-section"><div class="section post-header">
<h1><span class="hs_cos_wrapper hs_cos_wrapper_meta_field">Why We Stopped Promising One-Hour Delivery Windows</span></h1>
<div id="hubspot-author_data" class="hubspot-editable">Posted by <a class="author-link" href="/author/priya-raman">Priya Raman</a> and <a class="author-link" href="/author/tom-keller">Tom Keller</a> on Feb 2, 2018 9:00:00 AM</div></div>
<div class="section post-body"><p>For three years we promised customers a one-hour window for every delivery, and for three years we missed it about one time in five.</p>
<p>In January we stopped, and our complaint rate fell by a third in the first month.</p></div></div></div></div></div>
<div class="span4 widget-span widget-type-cell blog-sidebar"><p>Subscribe to updates</p></div></body></html>`
	checkAuthors(t, page, "https://blog.routewise.example/why-we-stopped-promising-one-hour-delivery-windows", []string{"Priya Raman", "Tom Keller"})
}

// TestExtract_AuthorsNotInBreadcrumb checks that a breadcrumb set in the
// byline's class ("Home » Peshawar") names no one, and the byline after
// it, in the same class, does.
func TestExtract_AuthorsNotInBreadcrumb(t *testing.T) {
	page := `<html lang="en"><body><table width="780"><tr><td>
<table><tr><td class="byline"><a href="/">Home</a> &raquo; <a href="/category/peshawar/">Peshawar</a></td></tr>
<tr><td class="headline"><h1>Flour prices climb again as wheat stocks run low</h1></td></tr>
<tr><td class="byline">Zahid Khattak &nbsp;|&nbsp; August 16, 2017 &nbsp;|&nbsp; <a href="#comments">Comments (4)</a></td></tr>
<tr><td class="text">Flour prices rose for the third week running in Peshawar as wholesalers reported dwindling wheat stocks.<br><br>
A 20-kilogram bag now sells for Rs1,150, up from Rs980 at the start of the month, traders in Karkhano Market said.</td></tr></table></td></tr></table></body></html>`
	checkAuthors(t, page, "https://www.frontierpost.example/peshawar/flour-prices-climb", []string{"Zahid Khattak"})
}
