package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newslink/crawler/extract"
)

// TestExtract_Patterns drives the failure patterns seen on publishers'
// pages through Extract, each on a page written for the test: the fields
// that the pattern used to get wrong are checked here, the whole result
// by the golden file of the same name (TestExtract_Golden).
func TestExtract_Patterns(t *testing.T) {
	for _, tt := range patternPages {
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
			if res.Headline != tt.wantHeadline {
				t.Errorf("headline %q, want %q", res.Headline, tt.wantHeadline)
			}
			if got := prefix10(res.Published.String()); got != tt.wantPublished {
				t.Errorf("published %q, want day %q", res.Published.String(), tt.wantPublished)
			}
			if got := prefix10(res.Modified.String()); tt.wantModified != "" && got != tt.wantModified {
				t.Errorf("modified %q, want day %q", res.Modified.String(), tt.wantModified)
			}
			for _, s := range tt.wantBody {
				if !strings.Contains(res.Body, s) {
					t.Errorf("body lacks %q:\n%s", s, res.Body)
				}
			}
			for _, s := range tt.wantNotBody {
				if strings.Contains(res.Body, s) {
					t.Errorf("body has %q:\n%s", s, res.Body)
				}
			}
		})
	}
}

// patternPages are the pages of TestExtract_Patterns, one for each
// failure pattern, with what the pattern used to get wrong.
var patternPages = []struct {
	name          string
	url           string
	wantHeadline  string
	wantPublished string // first ten characters
	wantModified  string // first ten characters, "" not checked
	wantBody      []string
	wantNotBody   []string
}{
	{
		name: "split-feature", url: "https://northern-review.example/features/last-ferryman",
		wantHeadline: "The last ferryman of the Upper Vale", wantPublished: "2024-09-14",
		wantBody:    []string{"Every morning at six", "tried twice to replace the ferry", "His daughter, who teaches", "one boat load of eleven people at a time."},
		wantNotBody: []string{"All rights reserved", "The ferry at dawn"},
	},
	{
		name: "split-expander", url: "https://fenland-journal.example/nature/marsh",
		wantHeadline: "How the marsh came back", wantPublished: "2024-08-30",
		wantBody: []string{"Twenty years ago the fields", "first bitterns were heard", "largest colony of bearded tits",
			"harder to work in a wet spring."},
		wantNotBody: []string{"Advertisement", "Sign up now"},
	},
	{
		// Calls to action, "see also" boxes and newsletters by their
		// Spanish and Portuguese class names.
		name: "cta-boxes-es", url: "https://diario-andino.example/bogota/parqueaderos-bicicletas-estaciones",
		wantHeadline: "Bogotá abre parqueaderos de bicicletas vigilados en doce estaciones", wantPublished: "2024-10-03",
		wantBody:    []string{"La Secretaría de Movilidad habilitó", "Colectivos de ciclistas celebraron", "otras 35 estaciones"},
		wantNotBody: []string{"Mirá también", "Únase al canal", "Regístrese en nuestros boletines"},
	},
	{
		// A poll, an author's box under CSS-module class names, an
		// editorial disclaimer in a comment and a call to report errors.
		name: "poll-authorbio-de", url: "https://tagesbote.example/meinung/pflegereform-wackelt",
		wantHeadline: "Warum die Pflegereform schon wieder wackelt", wantPublished: "2024-05-16",
		wantBody: []string{"Die Koalition hatte versprochen", "Wer die Reform jetzt wieder verschiebt"},
		wantNotBody: []string{"Sollte der Bund die Eigenanteile", "Meinung des jeweiligen Autors", "Sie ist Redakteurin im Hauptstadtbüro",
			"berichtet seit 2019", "Fehler gefunden?"},
	},
	{
		// A news agency's note on who funds its coverage is no text; its
		// credit line, which names the reporters, stays.
		name: "authors-wire-credit", url: "https://wire.example/world/europe/baltic-ferries-winter-2024-11-18/",
		wantHeadline: "Baltic ferry operators cut winter sailings as fuel costs climb", wantPublished: "2024-11-18",
		wantBody:    []string{"Two of the largest ferry operators", "expected no job losses among dock workers.", "Reporting by Katarina Holm"},
		wantNotBody: []string{"receives financial support"},
	},
	{
		// Where the reporter was, under the byline, and the paper and day
		// the article was printed, at its end: notes about the page; so is
		// a breadcrumb in words at the top of the text. The last paragraph
		// says "register", and is the article's.
		name: "print-note", url: "https://valley-star.example/2024/11/20/flood-wall",
		wantHeadline: "River town votes to rebuild its flood wall higher", wantPublished: "2024-11-20",
		wantBody:    []string{"The town council voted on Tuesday", "behind the market hall.", "powers to register objections"},
		wantNotBody: []string{"Reporting from", "Published in The Valley Star", "You are here"},
	},
	{
		// An image description by its class, a "Trending Now" box among
		// the paragraphs, and a closing biography ("… joined the Daily").
		name: "caption-trending-bio", url: "https://prairie-daily.example/news/heated-shelters",
		wantHeadline: "Winnipeg adds heated shelters at its busiest bus stops", wantPublished: "2024-01-14",
		wantBody: []string{"The city will install heated shelters", "Riders' groups welcomed the plan", "within three weeks.",
			"low-income subscribers"},
		wantNotBody: []string{"A rider waits at a stop", "Trending Now", "joined the Daily", "Republish our articles",
			"browser notifications", "independently selected"},
	},
	{
		// A consent placeholder for an embedded post, a shop box with its
		// price note and a subscription offer among the paragraphs.
		name: "shop-consent-de", url: "https://wohnen-leben.example/ratgeber/lichtwecker-test",
		wantHeadline: "Lichtwecker im Test: Sanft aus dem Winterschlaf", wantPublished: "2025-01-15",
		wantBody: []string{"Wer im Winter vor Sonnenaufgang", "Im Test überzeugten vor allem Geräte",
			"Schlafmediziner raten dennoch"},
		wantNotBody: []string{"Empfohlener redaktioneller Inhalt", "einen externen Inhalt von Instagram", "inkl. MwSt.",
			"Shop the Look", "monatlich kündbar"},
	},
	{
		// Subheadings whose class says "header" (Arc XP's <h2
		// class="header">) between paragraphs; a "Más información" box, a
		// video label, a newsletter line and an appeal in voseo.
		name: "arc-header-es", url: "https://diario-del-puerto.example/nacional/noticia/valparaiso-licita-buses-electricos/",
		wantHeadline: "Valparaíso licita sus buses eléctricos: 420 unidades para 2027", wantPublished: "2023-11-08",
		wantBody: []string{"El Ministerio de Transportes publicó", "Electroterminales y pago electrónico",
			"Las dudas de los operadores", "el precio de la energía."},
		wantNotBody: []string{"Más información", "VIDEO RECOMENDADO", "en tu correo", "Suscribite"},
	},
	{
		// A subscription offer and a prompt to sign in to comment among
		// the paragraphs.
		name: "subscriber-notes-fr", url: "https://courrier-du-rhin.example/strasbourg/2024/05/14/tram-kehl-nuit",
		wantHeadline: "Strasbourg : le tram vers Kehl circulera la nuit le week-end", wantPublished: "2024-05-14",
		wantBody:    []string{"À partir du 1er juin", "Les rames passeront", "prévue pour durer six mois."},
		wantNotBody: []string{"réservé aux abonnés", "Identifiez-vous pour commenter"},
	},
	{
		// An audio player's label and a call to subscribe among the
		// paragraphs.
		name: "listen-subscribe-it", url: "https://corriere-tevere.example/roma/news/metro_c_piazza_venezia-8012345.html",
		wantHeadline: "Roma, la metro C arriva a piazza Venezia nel 2027", wantPublished: "2024-10-11",
		wantBody:    []string{"La nuova stazione della metro C", "I lavori di scavo", "non ha una data di apertura."},
		wantNotBody: []string{"Ascolta l'articolo", "Abbonati per leggere"},
	},
	{
		// A photo essay: the captions are the story (without their
		// credits); a caption in an aside is another story's.
		name: "photo-essay", url: "https://the-review.example/photo/2024/08/island-ferry-last-season/",
		wantHeadline: "Photos: The Last Season of the Island Ferry", wantPublished: "2024-08-30",
		wantBody: []string{"The ferry leaves the harbor at dawn", "The captain, 78, took over the wheel",
			"A deckhand coils the lines", "Island teenagers ride the morning boat"},
		wantNotBody: []string{"Ann Lee for The Review", "lighthouse keeper"},
	},
	{
		// A photo story whose captions end without a full stop and open
		// with a label for screen readers ("Image caption, "): the
		// captions are the story, without the label.
		name: "photo-story-captions", url: "https://westvale-news.example/news/uk-wales-65923118",
		wantHeadline: "In pictures: The last coracle makers of the Teifi", wantPublished: "2023-06-18",
		wantBody:    []string{"small round boats", "Emlyn Prys, 78, has built", "wait for the spring floods to pass"},
		wantNotBody: []string{"Image caption"},
	},
	{
		// A Chinese page: the original title's note, an advertisement
		// label and the platform's disclaimer are no text; the first
		// paragraph, which opens with the paper and its reporter, is.
		name: "notes-zh", url: "https://news.example.cn/c/2024-09-23/doc-inhxyz1234.shtml",
		wantHeadline: "朝阳区老旧小区加装电梯推行“一站式”审批", wantPublished: "2024-09-23",
		wantBody:    []string{"新京报讯（记者 李明远）9月23日", "据介绍，过去居民申请加装电梯", "预计今年年底前"},
		wantNotBody: []string{"原标题", "广告", "仅代表作者本人"},
	},
	{
		// Prompts to download the app, to send in tips and pictures, to
		// follow a place, and an embedded post's placeholder, among the
		// paragraphs.
		name: "reader-prompts-de-en", url: "https://steirer-blatt.example/graz/grossbrand-lend/412345678",
		wantHeadline: "Großbrand in Graz-Lend: Lagerhalle völlig zerstört", wantPublished: "2024-10-02",
		wantBody: []string{"In der Nacht auf Mittwoch", "Die Brandursache ist noch unklar",
			"teilte die Polizei mit."},
		wantNotBody: []string{"App herunterladen", "Externer Inhalt von Instagram", "Schick uns deine Fotos",
			"Merkliste", "love to hear from you", "Externer Inhalt\n", "Beitrag von Facebook", "Digitalabo"},
	},
	{
		// Dutch calls for tips among the paragraphs and after them; the
		// last paragraph says "aanmelden" (German "anmelden", sign in, is
		// a closing prompt only as a word of its own); the date only in
		// the byline line, after a weekday.
		name: "tip-weekday-nl", url: "https://omroep-zuid.example/nieuws/4412345/wilde-zwijnen-oss",
		wantHeadline: "Wilde zwijnen woelen weilanden om bij Oss", wantPublished: "2024-06-11",
		wantBody:    []string{"Boeren in de buurt van Oss", "Een besluit over de jacht", "Aanmelden is niet nodig."},
		wantNotBody: []string{"Stuur je tip", "Tip de redactie"},
	},
	{
		// Subscription offers, an appeal and a call for tips in Slovak,
		// Polish and Hungarian among the paragraphs.
		name: "offers-cee", url: "https://spravy-tatier.example/clanok/chata-kamenna-luka-rekonstrukcia",
		wantHeadline: "Chata na Kamennej lúke prejde rekonštrukciou", wantPublished: "2024-09-23",
		wantBody:    []string{"Horská chata na Kamennej lúke", "Turisti môžu počas prác"},
		wantNotBody: []string{"neobmedzený prístup", "Predplatné", "Napisz do nas", "támogass minket"},
	},
	{
		name: "liveblog", url: "https://coastal-times.example/news/live/storm-erin",
		wantHeadline: "Storm Erin live: rail lines closed as winds reach 90mph", wantPublished: "2024-11-02", wantModified: "2024-11-03",
		wantBody: []string{"stood down its second lifeboat", "Schools in the coastal districts", "Welcome to our live coverage of Storm Erin"},
	},
	{
		name: "liveblog-articles", url: "https://lakeside-herald.example/politics/election-live",
		wantHeadline: "Election night live: results as they come in", wantPublished: "2024-05-02", wantModified: "2024-05-03",
		wantBody: []string{"Counting is under way", "keep control of the council", "Recount in Harbour ward", "separated by four votes",
			"Turnout across the borough", "Mill End is the first ward", "The first ballot boxes have arrived"},
		wantNotBody: []string{"Load more"},
	},
	{
		name: "liveticker", url: "https://stadtkurier.example/verkehr/liveticker-streik",
		wantHeadline: "Liveticker: Streik im Nahverkehr – Busse und Bahnen stehen still", wantPublished: "2024-03-07", wantModified: "2024-03-08",
		wantBody: []string{"den Streik am Samstag früh", "Willkommen zu unserem Liveticker"},
	},
	{
		// The same behind a paywall whose offer lines follow the teaser,
		// under a standfirst the JSON-LD text lacks: neither hides that
		// the visible paragraphs are the JSON-LD text's first ones.
		name: "paywall-standfirst-offer", url: "https://wochenblick.example/wirtschaft/fernwaerme-a-4712",
		wantHeadline: "Die Stadt, die ihre Wärmewende nicht bezahlen kann", wantPublished: "2024-11-08",
		wantBody:    []string{"Wenn die Bürgermeisterin", "Dabei hätte man es wissen können.", "Verkauf von Anteilen an den Stadtwerken"},
		wantNotBody: []string{"Jederzeit kündbar", "Freier Zugang zu allen Artikeln"},
	},
	{
		// Generated class names ("css-1vm5oi9") say nothing; the page's
		// data-testid and data-component name the newsletter boxes, and
		// the last line calls to follow the paper on social networks. A
		// link's data-component ("auto-linked-tag") is no furniture.
		name: "hashed-classes", url: "https://northern-courier.example/news/uk-england-landslide-68123456",
		wantHeadline: "Landslide leaves hill village cut off", wantPublished: "2024-10-12",
		wantBody:    []string{"Engineers from the highways department were assessing", "school bus.", "until Sunday afternoon."},
		wantNotBody: []string{"Make sense of the day", "Our evening email", "Follow the Northern Courier"},
	},
	{
		// Paragraphs the page marks with a paywall class (as some
		// publishing systems mark every paragraph), and the rest of the
		// article in a hidden paywall container: the page carries the
		// text. The paywall's offer is furniture; a sentence that says
		// "follow the" is no call to follow.
		name: "paywall-paragraphs", url: "https://metals-wire.example/news/articles/2024-06-13/smelters",
		wantHeadline: "Smelters agree to process ore for almost nothing", wantPublished: "2024-06-13",
		wantBody:    []string{"Copper smelters are being forced", "fell below zero this week", "must follow the output quotas", "The collapse reflects a mismatch", "may not last through the year."},
		wantNotBody: []string{"Subscribe to keep reading", "Already a subscriber"},
	},
	{
		// A gallery article that shows one section at a time: the
		// hidden sections are the article's too. A hidden newsletter
		// box and a hidden tab of links stay out.
		name: "slideshow-pages", url: "https://homedesk.example/kitchen/seven-kitchen-tools",
		wantHeadline: "Seven Kitchen Tools Worth the Drawer Space", wantPublished: "2024-03-08",
		wantBody:    []string{"1. A Bench Scraper", "in one sweep", "2. An Instant-Read Thermometer", "ends the guessing", "takes up no room at all."},
		wantNotBody: []string{"Join forty thousand readers", "Spring cleaning", "Best cast iron pans"},
	},
	{
		// A live blog's entries in <li><article> wrappers, each headed by
		// a <header> whose classes say "header" down to the heading's
		// text: the headings are the entries'. It began the day before
		// its last entry, which the line under the headline shows. The
		// "Live Updates" badge above the headline is no kicker, though the
		// title writes it as "Live updates:".
		name: "live-entry-headers", url: "https://harbourherald.example/news/live/storm-orla-12345",
		wantHeadline: "Storm Orla closes coastal roads", wantPublished: "2024-11-18",
		wantBody:    []string{"Ferries resume from the north pier", "the swell had dropped", "Schools open two hours late", "Coast road shut at Millbay", "during the afternoon high tide."},
		wantNotBody: []string{"08:40", "All rights reserved"},
	},
	{
		// Entries whose headings link to themselves (the page's address
		// and a fragment): part of the text, unlike a heading that links
		// to another page.
		name: "live-permalinks", url: "https://valleyledger.example/live/2024/07/16/ridge-fire",
		wantHeadline: "Ridge Fire Forces Evacuations in the Foothills", wantPublished: "2024-07-16",
		wantBody:    []string{"No deaths have been confirmed, the sheriff says.", "Winds are expected to ease overnight.", "A wildfire in the foothills is spreading quickly.", "crossed the ridge road within two hours."},
		wantNotBody: []string{"The drought map for the valley"},
	},
	{
		// A ticker whose entries are plain <div>s, each a time, a heading,
		// a text block and a line of initials, one of them longer than the
		// others: every entry is the article, not the longest alone, and
		// the lines that only time them are not.
		name: "live-entry-divs", url: "https://stadtanzeiger.example/wirtschaft/warnstreik-flughafen-der-newsblog-a-1234",
		wantHeadline: "Warnstreik am Flughafen: Hunderte Flüge gestrichen", wantPublished: "2024-10-14",
		wantBody:    []string{"Damit schließen wir den Newsblog", "vielen Dank für Ihr Interesse.", "Welche Rechte Passagiere haben", "Lange Schlangen an den Schaltern", "Streik hat begonnen", "voller Absagen."},
		wantNotBody: []string{"21.30 Uhr", "vor 3 Std."},
	},
	{
		// A kicker behind a subscription badge ("W+"): the titles write
		// its words before the headline.
		name: "kicker-badge", url: "https://wirtschaftsblatt.example/unternehmen/kessler-streicht-stellen/100045.html",
		wantHeadline: "Kessler Antriebstechnik: Mittelständler streicht 800 Stellen", wantPublished: "2024-06-04",
		wantBody: []string{"Der Getriebehersteller aus dem Remstal", "60 Millionen Euro sparen."},
	},
	{
		// A kicker above the headline that the <title> writes, while the
		// article's own title (OpenGraph) leaves it out: the article's.
		name: "kicker-title-only", url: "https://kaerntner-bote.example/kaernten/villach/badestelle-drau",
		wantHeadline: "Villach bekommt eine Badestelle an der Drau", wantPublished: "2024-06-12",
		wantBody: []string{"Ab Juli können Badegäste", "am Flussufer befürchten."},
	},
	{
		// A standfirst in the article's header, whose class names the
		// header ("article-header__lead"): the article's, as a lead
		// outside a header is.
		name: "standfirst-header-class", url: "https://seekurier.example/region/konstanz/neue-radbruecke-wird-spaeter-fertig;art372448,1234567",
		wantHeadline: "Neue Radbrücke wird später fertig – und teurer", wantPublished: "2024-09-18",
		wantBody: []string{"Eigentlich sollten Radfahrer schon 2026", "aufwendiger ist als geplant."},
	},
	{
		// A wire-feed disclaimer and a call to join a Telegram channel
		// close the text: notices of the page, not the story.
		name: "promo-channels", url: "https://citychronicle.example/india-news/monsoon-reaches-kerala-101716965.html",
		wantHeadline: "Monsoon reaches Kerala three days early, says weather office", wantPublished: "2024-05-29",
		wantBody:    []string{"three days ahead of its usual date", "by the second week of June, the office added."},
		wantNotBody: []string{"wire agency feed", "Telegram channel", "Got a tip", "Google News"},
	},
	{
		// A notice of when comments are closed is no sentence of the
		// article.
		name: "comment-notice-de", url: "https://tageblatt.example/lokales/stadt-verlaengert-oeffnungszeiten-der-baeder-100.html",
		wantHeadline: "Stadt verlängert Öffnungszeiten der Bäder", wantPublished: "2024-07-02",
		wantBody:    []string{"Die drei Freibäder der Stadt", "bereits eingestellt worden."},
		wantNotBody: []string{"Kommentarfunktion"},
	},
	{
		// A column that ends with a note on the print edition, the
		// columnist's biography ("Zoe Harrow is a … columnist"), a call
		// for letters and an appeal for support: the page's, not the
		// column's.
		name: "author-bio-tail", url: "https://northernreview.example/opinion/2024/feb/20/branch-libraries-false-economy",
		wantHeadline: "Closing branch libraries is a false economy", wantPublished: "2024-02-20",
		wantBody:    []string{"Every winter the branch library", "job applications that are never sent."},
		wantNotBody: []string{"appears in print", "is a Northern Review columnist", "news desk", "letters section", "small favour", "funded by our readers", "every contribution"},
	},
	{
		// A byline's box named by its last word ("trb_ar_by": the
		// paper's name after the reporter's) and the authors' biographies
		// in an "article-authors-bio" box are no paragraphs of the story.
		name: "byline-box-bios", url: "https://harborsun.example/news/education/bs-md-annex-health-center-20180612-story.html",
		wantHeadline: "Harbor college to turn annex into student health center", wantPublished: "2018-06-12",
		wantBody:    []string{"Harbor College will spend $18 million", "later this month."},
		wantNotBody: []string{"The Harbor Sun", "education desk"},
	},
	{
		// A short box that its first element labels "Sponsored" between a
		// guide's paragraphs is an advertisement.
		name: "labelled-ad-box", url: "https://www.thriftledger.example/emergency-fund-tight-budget/",
		wantHeadline: "How to build an emergency fund on a tight budget", wantPublished: "2017-07-14",
		wantBody:    []string{"An emergency fund is money", "dip into.", "Automate a small transfer", "your income goes up."},
		wantNotBody: []string{"Sponsored", "high-yield savings rates"},
	},
	{
		// A Wix blog names its comments only in data-hook attributes
		// ("comments-container"), its class names are generated.
		name: "data-hook-comments", url: "https://www.ev-kirche.example/post/rueckblick-gemeindefest",
		wantHeadline: "Rückblick: Gemeindefest zum Kirchweihjubiläum", wantPublished: "2019-06-24",
		wantBody:    []string{"Bei strahlendem Sonnenschein", "auf das nächste Fest."},
		wantNotBody: []string{"wunderschönes Fest", "Renate Pfeiffer"},
	},
	{
		// A live page whose posts are each an <article> alone in a list
		// item: the scoring finds one post, the list is the text.
		name: "live-feed-list", url: "https://www.bbc.co.uk/news/live/uk-england-norfolk-56351207",
		wantHeadline: "Hemsby cliff erosion: Homes evacuated as sea claims village road", wantPublished: "2021-03-11",
		wantBody:    []string{"We're bringing our live coverage from Hemsby to a close for today.", "Maureen Ashby, 74, has lived in her bungalow on The Marrams for 31 years."},
		wantNotBody: []string{"Share this post"},
	},
	{
		// A Chinese caption that ends with its photographer ("记者 李华摄")
		// and a paid-content line are no paragraphs of the story.
		name: "cjk-credits", url: "https://binjiang.example/n1/2024/0708/c1002-40273310.html",
		wantHeadline: "2024青年交流周在南宁开幕", wantPublished: "2024-07-08",
		wantBody:    []string{"三百余名青年代表参加开幕式", "面对面的交流。"},
		wantNotBody: []string{"李华摄", "付费内容"},
	},
	{
		// An appeal for readers' money in Spanish, after the last
		// paragraph: no part of the article.
		name: "appeal-es", url: "https://diariodelturia.example/comunitat-valenciana/arroceros-albufera-reducen-siembra_1_11234567.html",
		wantHeadline: "Los arroceros de la Albufera reducen la siembra por la sequía", wantPublished: "2024-07-12",
		wantBody:    []string{"un tercio menos de superficie", "frente a la sede de la confederación hidrográfica."},
		wantNotBody: []string{"puede pagar por la información", "momento decisivo"},
	},
	{
		// Links inside sentences to tag and author pages, whose classes
		// name those pages ("inner-link-tag", "author-link"): their words
		// are the sentences'.
		name: "inline-tag-links", url: "https://wartanusantara.example/read/2024/11/12/08150011/puncak-musim-hujan-di-jawa",
		wantHeadline: "Puncak musim hujan di Jawa diprediksi Januari 2025", wantPublished: "2024-11-12",
		wantBody: []string{"Geofisika (BMKG) memprediksi puncak musim hujan di Pulau Jawa", "Kepala badan itu, Rina Hartati, meminta"},
	},
	{
		// A call for readers' tips in Norwegian is no line of the story.
		name: "tips-no", url: "https://bergensposten.example/nyheter/i/Kx3b9Q/ny-bybane-til-flyplassen",
		wantHeadline: "Ny bybane til flyplassen åpner i august", wantPublished: "2024-05-14",
		wantBody:    []string{"Den nye bybanelinjen", "dyrere enn planlagt."},
		wantNotBody: []string{"Har du tips"},
	},
	{
		// An FAQ whose questions are buttons in headings and whose
		// answers are hidden panels the buttons control: the page carries
		// the answers, and they are the article's; the hidden menu is not.
		name: "faq-accordion", url: "https://countynews.example/news/uk-england-boiler-rebate-12345678",
		wantHeadline: "Boiler rebate: Who qualifies and how do I claim?", wantPublished: "2024-09-24",
		wantBody:    []string{"Households with older boilers", "What is the rebate?", "more than fifteen years old.", "Who qualifies?", "with no income test."},
		wantNotBody: []string{"Menu", "Sport"},
	},
	{
		// A broadcaster's note of when it reported the story and a call
		// to hear its podcast close the text: programme notes, not the
		// article.
		name: "programme-notes", url: "https://nordfunk.example/nachrichten/faehre-helgoland-100.html",
		wantHeadline: "Fähre nach Helgoland fährt wieder täglich", wantPublished: "2024-05-14",
		wantBody:    []string{"Nach dem Ende der Werftzeit", "nur im Voraus."},
		wantNotBody: []string{"Über dieses Thema berichtete", "wo es Podcasts gibt", "Unsere Quellen", "Sendung:"},
	},
	{
		// A standfirst in the article's <header> that no class names,
		// under a heading whose class names its typeface
		// ("font-brandUI", not the site's brand): the prose after the
		// heading in the header.
		name: "standfirst-unnamed", url: "https://wochenblatt.example/panorama/talbruecke-wird-voll-gesperrt-a-6e2f8c1d",
		wantHeadline: "Marode Autobahnbrücke: Talbrücke wird ab Montag voll gesperrt", wantPublished: "2024-02-08",
		wantBody: []string{"Risse im Spannbeton, keine Reserven mehr", "Die Autobahngesellschaft sperrt", "erst 2027 beginnen."},
	},
	{
		// A paywall teaser under a standfirst without a full stop, the
		// whole text in JSON-LD: the standfirst, then the whole text.
		name: "paywall-ld-standfirst", url: "https://chronicle.example/article/councils-pothole-league-tables-abc123",
		wantHeadline: "Councils told to publish pothole repair league tables", wantPublished: "2024-10-14",
		wantBody:    []string{"Drivers will be able to compare", "Ministers believe the move", "first league table due next spring."},
		wantNotBody: []string{"Subscribe"},
	},
	{
		// The rest of the article hidden behind a "Continue reading"
		// button that says whether it is expanded: the page carries it,
		// and it is the article's; the button's label is not.
		name: "continue-reading", url: "https://news.example/en-gb/news/uknews/village-pub-saved/ar-AA18xyz",
		wantHeadline: "Village pub saved by residents after crowdfunding campaign", wantPublished: "2023-03-14",
		wantBody:    []string{"Residents of a Derbyshire village", "a £150,000 grant", "reopening in the summer."},
		wantNotBody: []string{"Continue reading"},
	},
	{
		// A topic label run into the heading without a separator, which
		// only the <title> writes before the headline: the article's own
		// title (OpenGraph) gives it bare, and so does the extractor.
		name: "kicker-topic-bare", url: "https://tagesbote.example/politik/article244291736/Wohnungsbau-Bund-gibt-Kasernen-frei.html",
		wantHeadline: "Bund gibt leer stehende Kasernen frei", wantPublished: "2023-03-14",
		wantBody: []string{"Der Bund will leer stehende Kasernen", "Sozialwohnungen zu bauen."},
	},
	{
		// A byline paragraph that puts the newsroom and a role of several
		// words before the name: the author is the name.
		name: "byline-role-words", url: "https://northwest.example/news/2024-04-09/tram-line-reopen",
		wantHeadline: "Tram line to reopen after six-week closure", wantPublished: "2024-04-09",
		wantBody:    []string{"The tram line between the city centre", "until the end of Sunday."},
		wantNotBody: []string{"Multimedia Producer"},
	},
	{
		// A blogger's box about the blog after the last step of a recipe:
		// the site's, not the post's.
		name: "blog-about-box", url: "https://kitchennotes.example/2024/02/03/fried-bee-hoon-with-fishcake/",
		wantHeadline: "Fried Bee Hoon with Fishcake", wantPublished: "2024-02-03",
		wantBody:    []string{"Soak the bee hoon", "Serve hot with sliced chilies if desired."},
		wantNotBody: []string{"This blog is a collection"},
	},
	{
		// German calls to subscribe that promise readers "Vorteile" or
		// that they miss nothing: no lines of the article.
		name: "promo-de", url: "https://stadtanzeiger.example/lokales/kita-gebuehren-steigen-ab-august-100.html",
		wantHeadline: "Kita-Gebühren steigen ab August", wantPublished: "2024-06-03",
		wantBody:    []string{"Eltern müssen ab August", "bleiben befreit."},
		wantNotBody: []string{"Vorteile sichern", "nichts mehr verpassen"},
	},
	{
		// A page builder's heading modules between its text modules, their
		// classes and ids saying "header" ("j-header", "cc-m-header-1003"):
		// subheadings of the post.
		name: "jimdo-headings", url: "https://schreinerei-holzmann.example/blog/neue-küche-in-zwei-tagen/",
		wantHeadline: "Neue Küche in zwei Tagen", wantPublished: "2024-03-12",
		wantBody:    []string{"Planung direkt vor Ort", "Aus der Werkstatt", "nur noch montiert wird."},
		wantNotBody: []string{"Impressum"},
	},
	{
		// Paragraphs in a paywall container whose other class lets readers
		// share a selection ("selectionShareable"): article text.
		name: "paywall-shareable", url: "https://ledgerweekly.example/2024/04/08/reconciliation-startup-series-a/",
		wantHeadline: "Reconciliation startup raises $30 million", wantPublished: "2024-04-08",
		wantBody:    []string{"Every month, finance teams", "drafts journal entries automatically.", "double the engineering team this year."},
		wantNotBody: []string{"weekly briefing"},
	},
	{
		// A documentation generator's headings, anchored below a sticky
		// navigation bar ("anchorWithStickyNavbar_LWe7"): subheadings of
		// the post, not a navigation bar.
		name: "docusaurus-headings", url: "https://formwell.example/blog/formwell-3-0",
		wantHeadline: "Formwell 3.0", wantPublished: "2024-06-18",
		wantBody:    []string{"Highlights", "Every form can now declare", "Upgrading", "running the codemod."},
		wantNotBody: []string{"Docs", "Copyright"},
	},
	{
		// A CMS's content elements, each with a header frame around its
		// heading ("frame-header", "element-header") above a list: the
		// headings are the page's subheadings.
		name: "typo3-headers", url: "https://stadtmuseum-kleinbergen.example/ausstellungen/glas-aus-dem-rosachtal",
		wantHeadline: "Glas aus dem Rosachtal", wantPublished: "2024-03-04",
		wantBody:    []string{"rund 200 Gläser", "Rahmenprogramm", "Glasbläser-Vorführung im Museumshof"},
		wantNotBody: []string{"Impressum"},
	},
	{
		// A match's live ticker: its entries' headings sit in a header
		// beside an empty icon ("<span class="icon--goal"></span><h4>"),
		// and the match's day (the JSON-LD event's) dates the page.
		name: "ticker-icon-headings", url: "https://sportbote.example/rosenau-gegen-westerkamp-2024/ticker",
		wantHeadline: "FC Rosenau - SV Westerkamp", wantPublished: "2024-10-19",
		wantBody:    []string{"Schluss in Rosenau!", "Tor für den FC Rosenau, 1:1 durch Lukas Brenner", "Gelbe Karte für Timo Haselbach (SV Westerkamp)", "Tor für den SV Westerkamp, 0:1", "ganz in Blau."},
		wantNotBody: []string{"Impressum", "Vorbericht"},
	},
	{
		// A site builder's blog (Wix): the list of recent posts after the
		// post, in the post page's box, titles as headings without links.
		name: "recent-posts-wix", url: "https://www.staidanshartley.example/post/keeping-faith",
		wantHeadline: "Keeping faith while the doors are closed",
		wantBody:     []string{"I will be in touch personally", "sing together again, Clare"},
		wantNotBody:  []string{"Recent Posts", "Lent lunches", "Mothering Sunday"},
	},
	{
		// Page builders' subheadings whose class names their element
		// ("av-special-heading-tag") or an advanced heading block
		// ("kt-adv-heading"): headings, not tags or ads.
		name: "heading-tag-class", url: "https://tanzschule-feldmann.example/neuer-kurs-fit-fuer-den-hochzeitstanz/",
		wantHeadline: "Neuer Kurs: Fit für den Hochzeitstanz", wantPublished: "2023-07-18",
		wantBody:    []string{"So ist der Kurs aufgebaut", "sechs Abende", "Einzelstunden für Ihren Eröffnungstanz", "Für Trauzeugen und Familie", "eigenen Musikstück."},
		wantNotBody: []string{"Schlagworte"},
	},
	{
		// Video and audio players inside the text: their titles and
		// placeholder messages are not the article's.
		name: "media-players", url: "https://rundblick.example/wirtschaft/fernwaerme-preise-100.html",
		wantHeadline: "Fernwärme: Warum die Preise so unterschiedlich sind", wantPublished: "2024-09-25",
		wantBody:    []string{"mehr als das Doppelte.", "keine Behörde, die Preise prüft", "ihre Preise veröffentlichen müssen."},
		wantNotBody: []string{"Video: So funktioniert", "An dieser Stelle finden Sie ein Video", "Audio: Was Mieter", "01:32 min"},
	},
	{
		// The text a metered site shows everyone and the text it keeps for
		// subscribers, in containers named for subscribers: both are the
		// article; the subscription offer is not.
		name: "subscriber-preview", url: "https://prairie-star.example/news/local/business/article_7c1e9d42.html",
		wantHeadline: "After 61 years, the Starlite Diner will serve its last pancakes Sunday", wantPublished: "2024-08-22",
		wantBody:    []string{"a breakfast institution since 1963", "shrinking pool of line cooks", "waiting in the parking lot"},
		wantNotBody: []string{"Subscribe to continue reading", "Unlock unlimited access"},
	},
	{
		// Every paragraph in a block whose classes hold a word of layout
		// ("active-extra-styles"): the article, not an "extra" box.
		name: "style-word-classes", url: "https://portalsul.example/cidade/noticia/2024/02/24/temporal-alaga-ruas.ghtml",
		wantHeadline: "Temporal alaga ruas e derruba árvores na capital", wantPublished: "2024-02-24",
		wantBody: []string{"Um temporal atingiu a cidade", "38 quedas de árvores", "ao longo da semana."},
	},
	{
		// No heading; the <title> is the blog's name, a colon and the
		// OpenGraph title, which has a dash of its own: the whole
		// OpenGraph title, not its longest part.
		name: "title-site-first", url: "https://heimatgeschichte.example/2024/04/die-ziegelei-am-muhlbach.html",
		wantHeadline: "Die Ziegelei am Mühlbach – Spurensuche im Wald", wantPublished: "2024-04-14",
		wantBody: []string{"eine der größten Ziegeleien des Kreises"},
	},
	{
		name: "paywall-jsonld", url: "https://metro-ledger.example/2024/06/20/water-mains",
		wantHeadline: "Inside the quiet rebuild of the city's water mains", wantPublished: "2024-06-20",
		wantBody:    []string{"Beneath the avenues of the east side", "remaining forty miles of pipe", "leaving a strip of fresh asphalt behind."},
		wantNotBody: []string{"Keep reading", "Already a subscriber"},
	},
	{
		// Little shows beside a long JSON-LD text: the text is taken from
		// JSON-LD, and the standfirst it lacks kept in front of it.
		name: "paywall-standfirst", url: "https://landbote.example/obstbau/hagel-altes-land-1234567",
		wantHeadline: "Hagel zerstört Obstblüte im Alten Land", wantPublished: "2024-04-22",
		wantBody: []string{"Ein kurzes, heftiges Unwetter hat am Sonntag", "Am Sonntagnachmittag zog eine Gewitterfront",
			"auch vor Starkregen schützen."},
		wantNotBody: []string{"Bereits Abonnent", "Das volle Fachwissen"},
	},
	{
		// Boxes whose class names a notice, a newsletter, a breaker, a
		// post card or a caption in German or as an image's subtitle, in
		// the article: a note on who wrote it, a sign-up teaser, a
		// format's explanation, a teaser of another post, captions.
		name: "class-notices", url: "https://kuestenblatt.example/2024/05/14/neue-faehre-halligen",
		wantHeadline: "Neue Fähre für die Halligen", wantPublished: "2024-05-14",
		wantBody: []string{"Die Reederei hat am Montag", "bei Niedrigwasser länger fahren", "aus Dänemark haben sich bereits gemeldet."},
		wantNotBody: []string{"Leser-Gemeinschaft", "Tipps, Termine und Geschichten", "Sie lesen ein neues Format", "Deichschäfer",
			"bei der Taufe im Hafen", "aufgenommen im vergangenen Herbst", "ohne Gewähr"},
	},
	{
		// The standfirst under the headline, in the article's header
		// outside the container of its text, opens the body; the author
		// box beside it does not.
		name: "standfirst", url: "https://estuary-times.example/port/2024/02/02/pilots-strike",
		wantHeadline: "River pilots strike over night shifts", wantPublished: "2024-02-02",
		wantBody:    []string{"Ships waited at the mouth of the estuary", "Twelve cargo ships and a cruise liner", "return to normal by the weekend."},
		wantNotBody: []string{"Sam Okafor has covered"},
	},
	{
		// A recipe plugin's card is the text of a recipe post, though its
		// classes carry layout words ("header-content-align-left",
		// "print-links"); a box of other recipes is not.
		name: "recipe-card", url: "https://kitchen-notes.example/2023/10/harbour-fish-stew/",
		wantHeadline: "Harbour fish stew", wantPublished: "2023-10-05",
		wantBody:    []string{"my grandmother made on Fridays", "500 g firm white fish", "cook for eight minutes more."},
		wantNotBody: []string{"leek and potato soup"},
	},
	{
		// No date but a meta tag of the site's own vocabulary that names
		// the upload (not its publisher, not its update).
		name: "own-meta-date", url: "https://lenscape.example/photo/26034451/spring-on-the-terraces",
		wantHeadline: "Spring on the terraces", wantPublished: "2013-02-16",
		wantBody: []string{"Rice terraces in the hills"},
	},
	{
		// The date beside the headline has a two-digit year; the text
		// names the day before, when the story happened.
		name: "short-year-byline", url: "https://inselbote.example/de/pages/frei-erfunden-lieferbote",
		wantHeadline: "Frei erfunden: Lieferbote fliegt nach Singapur", wantPublished: "2023-10-31",
		wantBody: []string{"ist frei erfunden, sagte ein Sprecher"},
	},
	{
		// The next story of an infinite scroll in a sibling <article>,
		// headed by an <h2>: the body ends with the article.
		name: "infinite-scroll-h2", url: "https://valleypost.example/news/2024/01/12/pass-closed",
		wantHeadline: "Storm closes mountain pass for third day", wantPublished: "2024-01-12",
		wantBody:    []string{"stayed closed on Friday for a third day", "adding four hours to the journey."},
		wantNotBody: []string{"School roof collapses", "sports hall at Alder primary school", "Next story"},
	},
	{
		// Boxes after the <article> (the traffic news, a player's
		// blurb) hold text with few links, but the <article> has
		// ended: the paragraph before it, the standfirst, is read.
		name: "boxes-after-article", url: "https://talfunk.example/nachrichten/oberland/frost-busse-100.html",
		wantHeadline: "Frost legt Busverkehr im Oberland lahm", wantPublished: "2025-01-08",
		wantBody:    []string{"Wegen spiegelglatter Straßen", "der Regen erst gegen Mittag in Schnee übergeht."},
		wantNotBody: []string{"Verkehrslage", "Glätteunfall", "jede halbe Stunde neu"},
	},
	{
		// A trade paper's boxes between paragraphs: an advertisement
		// ("anzeige-box"), a newsletter's sign-up with its e-mail field,
		// a whitepaper's download; after the text the print note.
		name: "trade-boxes-de", url: "https://hafenkurier.example/schifffahrt/brakmann-batterieschlepper",
		wantHeadline: "Werft Brakmann baut drei Schlepper mit Batterieantrieb", wantPublished: "2024-09-17",
		wantBody: []string{"Die Werft Brakmann in Leer", "sagte Reederei-Chef Tamme Wiards", "aus seinem Programm für saubere Häfen.",
			"im Abstand von jeweils sechs Monaten."},
		wantNotBody: []string{"Batteriesysteme für Arbeitsschiffe", "kostenlosen Bericht", "Hafenkurier am Morgen", "Jeden Werktag um 6 Uhr",
			"Leitfaden für Betreiber", "30 Seiten", "Erschienen in"},
	},
	{
		// A Romanian page: an advertisement's label between paragraphs,
		// a call for tips at the end.
		name: "appeals-ro", url: "https://gazetavaii.example/local/podul-sanpetru-redeschis",
		wantHeadline: "Podul de la Sânpetru se redeschide după doi ani de lucrări", wantPublished: "2024-04-09",
		wantBody:    []string{"Podul peste Olt de la Sânpetru", "va fi verificată de poliția locală."},
		wantNotBody: []string{"Publicitate", "Scrie-ne"},
	},
	{
		// A Hungarian page: an appeal for support and a call to follow
		// the paper on Google News end it.
		name: "appeals-hu", url: "https://folyopartihirek.example/belfold/2024/05/14/komp-dunaszeg",
		wantHeadline: "Újra jár a komp Dunaszegnél", wantPublished: "2024-05-14",
		wantBody:    []string{"Három hónap szünet után", "Horváth Gábor polgármester."},
		wantNotBody: []string{"támogasson minket", "Google Hírekben"},
	},
	{
		// The next story of an infinite scroll repeats the template to
		// the class, its title an <h2> of the headline's class: the body
		// ends with the article.
		name: "next-story-h2-class", url: "https://sibnews.example/news/2024/12/18/kolpashevo_pereprava/",
		wantHeadline: "На Оби открыли ледовую переправу у Колпашево", wantPublished: "2024-12-18",
		wantBody:    []string{"В Колпашевском районе", "летал дважды в неделю."},
		wantNotBody: []string{"Следующий материал", "режим повышенной готовности", "минус 42 градусов", "начальных классов", "Подписывайтесь"},
	},
	{
		// A feature's notes about the page: a gallery's button, a prompt
		// to register, a call for stories, a prompt to follow, the print
		// edition, the corrections policy.
		name: "feature-notes-en", url: "https://northernledger.example/features/2024/10/02/orrin-ferryman",
		wantHeadline: "The ferryman of Lake Orrin keeps a timetable nobody asked for", wantPublished: "2024-10-02",
		wantBody: []string{"Every morning at 6:40", "You don't share it out and then take it back", "the cottagers have filled the council chamber.", "Nobody has applied for the job."},
		wantNotBody: []string{"more photos", "registering for free", "October 5th 2024 edition", "When we learn of a mistake", "Do you have a story", "miss out on the headlines", "You can now listen",
			"Related Coverage", "Trust Principles", "appeared in print under the headline", "Retrieved October 7",
			"Share and Enjoy", "social bookmarking"},
	},
	{
		// A German page dated only in UTC, at 22:30 on a July night:
		// under summer time it is past midnight where it was written.
		name: "summer-midnight-de", url: "https://tsv-kesselbach.example/post/freibad-oeffnet-wieder",
		wantHeadline: "Freibad Kesselbach öffnet wieder", wantPublished: "2024-07-11",
		wantBody: []string{"Nach drei Wochen Reparatur"},
	},
	{
		// A club's report: an event's span of days under the headline,
		// and below the text the byline with the day it was written
		// ("Verfasst von … am …").
		name: "club-byline-verb", url: "https://tv-unterbach.example/aktuell?b=1000612",
		wantHeadline: "Kreisturnfest: zweiter Rang im Vereinswettkampf", wantPublished: "2024-06-12",
		wantBody: []string{"Mit 27,41 Punkten"},
	},
	{
		// An old news plugin's side box before the headline dates the
		// item with a two-digit year and a clock time.
		name: "side-box-short-year", url: "https://sv-ellerbrock.example/index.php?id=12&tx_ttnews%5Btt_news%5D=318",
		wantHeadline: "Neuer Schießstand eingeweiht", wantPublished: "2023-08-18",
		wantBody: []string{"Nach zwei Jahren Bauzeit"},
	},
	{
		// The headline adds an aside in brackets that the titles (JSON-LD,
		// OpenGraph, a reading bar's copy) leave out: the page's headline
		// is the heading as it shows.
		name: "headline-aside-fr", url: "https://courrierduplateau.example/region/auto-partage-pourquoi-les-aires-restent-vides/",
		wantHeadline: "Auto-partage : pourquoi les aires restent vides (et ce que la région veut changer)", wantPublished: "2024-11-19",
		wantBody: []string{"Sur les douze aires d’auto-partage"},
	},
	{
		// The h1 is the site's name; the one heading marked as the
		// article's headline (an h2, itemprop="headline") is the
		// headline, not the shorter title written for search engines.
		name: "itemprop-headline-h2", url: "https://weserbote.example/wirtschaft/werft-luehring-brake",
		wantHeadline: "Werft Lühring gibt nach 90 Jahren den Standort Brake auf", wantPublished: "2024-06-05",
		wantBody: []string{"Die Werft Lühring schließt zum Jahresende"},
	},
	{
		// The rest of the post behind "Continue reading…": a hidden panel
		// whose id holds the control's ("target-id5c1b" after the span
		// "id5c1b", as Collapse-O-Matic writes them) is text.
		name: "collapse-target-id", url: "https://ashbyheritage.example/2024/07/03/weir/",
		wantHeadline: "Restoring the weir at Ashby Mill", wantPublished: "2024-07-03",
		wantBody:    []string{"After two winters of floods", "so that the fish pass downstream still works.", "an engraving of 1884 shows it."},
		wantNotBody: []string{"Continue reading"},
	},
	{
		// An FAQ's questions in accordion headers ("accordion-header",
		// a button that controls the answer's panel) are text.
		name: "accordion-header-faq", url: "https://diariodelvalle.example/local/bono-transporte-preguntas",
		wantHeadline: "Preguntas y respuestas sobre el nuevo bono de transporte", wantPublished: "2024-09-02",
		wantBody: []string{"¿Quién puede pedir el bono?", "sin límite de edad.", "¿Cuánto cuesta?", "mayores de 65."},
	},
	{
		// The dek in an <h2> right under the headline, in the article's
		// header, without a full stop: the standfirst.
		name: "dek-h2-header", url: "https://periodicohorizonte.example/clima/2024-08-20/rio-segura-entrevista.html",
		wantHeadline: "“El río ya no llega al mar en agosto”", wantPublished: "2024-08-20",
		wantBody: []string{"El hidrólogo Martín Echeverri", "Desde entonces ha pasado casi todos los veranos."},
	},
	{
		// Joomla 1 (and Mambo) sets the headline in a table cell of class
		// "contentheading"; the <title> names only the club. Under the
		// text the update line, the hits, a print link and the pager.
		name: "title-contentheading", url: "http://sv-gruenwald.example/index.php?option=com_content&task=view&id=212&Itemid=2",
		wantHeadline: "Zweite Mannschaft holt den Kreispokal nach Grünwald", wantPublished: "2007-06-17",
		wantBody:    []string{"Mit einem 3:1 nach Verlängerung", "Der Pokal steht ab Dienstag im Vereinsheim."},
		wantNotBody: []string{"Letzte Aktualisierung", "Zugriffe", "Artikel drucken", "Zurück", "Weiter"},
	},
	{
		// A React page's headline is a <div data-testid="headline">; the
		// titles word it for search engines.
		name: "title-data-testid", url: "https://harborledger.example/local/2024/03/05/library-vote-delayed",
		wantHeadline: "Harbor council puts off library vote after three-hour public hearing", wantPublished: "2024-03-05",
		wantBody: []string{"The Harbor City Council delayed its vote"},
	},
	{
		// An Indonesian portal's headline is a <div class="judul">, as its
		// <title> writes it; the OpenGraph title words it otherwise.
		name: "title-judul", url: "https://wartakota.example/read/2012/02/14/banjir-bekasi-utara",
		wantHeadline: "Banjir Setinggi 80 Sentimeter Rendam 420 Rumah di Bekasi Utara", wantPublished: "2012-02-14",
		wantBody: []string{"Hujan deras sejak Senin malam"},
	},
	{
		// A uCoz site's news entry: the views counter, the comments'
		// count and the rule for comments are no part of it.
		name: "old-cms-ru", url: "http://lesnoy-pos.example/news/v_posjolke_otkryli_katok/2014-01-18-112",
		wantHeadline: "В посёлке открыли каток", wantPublished: "2014-01-18",
		wantBody:    []string{"В субботу на стадионе школы №2", "Вход бесплатный."},
		wantNotBody: []string{"Просмотров", "Всего комментариев", "могут только зарегистрированные", "Форма входа", "Категории раздела"},
	},
	{
		// Labels of embedded posts and charts: the end of a post, a
		// prompt for a chart that did not load.
		name: "embed-labels", url: "https://northshirenews.example/news/2024/11/21/pothole-bingo-apology",
		wantHeadline: "Council apologises for pothole joke", wantPublished: "2024-11-21",
		wantBody:    []string{"Northshire County Council has apologised", "up from 3,300 the year before."},
		wantNotBody: []string{"End of twitter post", "see the chart"},
	},
	{
		// A Spanish shopping list: the affiliate disclosure and the shop
		// buttons are no part of it.
		name: "affiliate-es", url: "https://diariodelnorte.example/escaparate/2024-05-10/mejores-cafeteras-italianas.html",
		wantHeadline: "Las cinco mejores cafeteras italianas de 2024", wantPublished: "2024-05-10",
		wantBody:    []string{"Hemos probado durante tres semanas", "Tarda un minuto más en subir el café."},
		wantNotBody: []string{"recibir una comisión", "Comprar en Amazon"},
	},
	{
		// The metadata give the update as the publication; the line under
		// the headline shows the update first ("Aktualizacja"), then the
		// publication, a day earlier.
		name: "update-first-pl", url: "https://nadodrzanska.example/poreba/zamkniety-wiadukt/ar/c1-1882",
		wantHeadline: "Zamknięty wiadukt w Porębie. Objazd wydłuża drogę o 9 km", wantPublished: "2024-10-08",
		wantBody: []string{"Wiadukt nad torami w Porębie"},
	},
	{
		// The metadata give the update as the publication; the page labels
		// the update with the genitive ("Data aktualizacji").
		name: "update-genitive-pl", url: "https://kurier-odrzanski.example/wroclaw/nowa-linia-tramwajowa-na-jagodno/8xk3p2m",
		wantHeadline: "Nowa linia tramwajowa na Jagodno. Pierwsze składy pojadą w 2026 r.", wantPublished: "2022-11-14",
		wantBody: []string{"Miasto podpisało umowę z wykonawcą"},
	},
	{
		// The same eleven months after: the page shows "Veröffentlicht:
		// 02.05.2023 | Aktualisiert: 11.04.2024", JSON-LD the update as
		// both.
		name: "update-long-after", url: "https://landpartie.example/radwege-flaeming-top-5",
		wantHeadline: "Die fünf schönsten Radwege im Fläming", wantPublished: "2023-05-02",
		wantBody: []string{"Der Fläming ist flach genug"},
	},
	{
		// A subheading's anchor span has an id made from its words, one of
		// which ("Tag") names furniture elsewhere: the subheading stays.
		name: "toc-anchor-span", url: "https://gartenglueck.example/kompost-5-dinge/",
		wantHeadline: "5 Dinge, die du über Kompost wissen solltest", wantPublished: "2023-04-14",
		wantBody: []string{"1. Der Platz entscheidet", "2. Du musst nicht jeden Tag umsetzen", "Zweimal im Jahr reicht völlig."},
	},
	{
		// A kicker that shows its own colon in the headline ("Stadt
		// Bern:") is part of it, as the <title> writes it, though JSON-LD
		// and OpenGraph leave it out.
		name: "kicker-colon-span", url: "https://24stunden.example/bern/e-trottinette-altstadt-103045",
		wantHeadline: "Stadt Bern: E-Trottinette müssen aus der Altstadt verschwinden", wantPublished: "2024-03-16",
		wantBody: []string{"Ab dem 1. Mai dürfen"},
	},
	{
		// A column's name before a colon in the headline's own text.
		name: "kicker-colon-text", url: "https://harborcourier.example/advice/2024/01/22/ask-hettie-neighbour-parking/",
		wantHeadline: "Ask Hettie: My neighbour parks across our drive every Sunday", wantPublished: "2024-01-22",
		wantBody: []string{"Every Sunday our neighbour's visitors"},
	},
	{
		// A page builder's sections: every heading widget has the
		// headline's class, each in a copy of its section; they are the
		// page's chapters, not the next story.
		name: "builder-sections", url: "https://brenner-armaturen.example/unternehmen/geschichte/",
		wantHeadline: "Von der Gießerei zum Armaturenhersteller", wantPublished: "",
		wantBody: []string{"Seit 1931 gießt", "1931 – Gründung in Iserlohn", "beginnt, Ventile für die Industrie herzustellen.", "1972 – Das Werk am Stadtrand", "mehr als hundert Menschen ein."},
	},
	{
		// An Australian page in July: its UTC instant (13:52Z) is 23:52 in
		// Queensland's and the south-east's winter (UTC+10), not the next
		// day the update banner shows.
		name: "au-winter-update", url: "https://www.baysidemail.com.au/news/redcliffe/car-crashes-into-bakery/news-story/5a1f0d9c",
		wantHeadline: "Man charged after car crashes into packed Redcliffe bakery", wantPublished: "2024-07-20",
		wantBody: []string{"A 41-year-old man has been charged"},
	},
	{
		// The headline is the titles' sentence and a second one they leave
		// out ("…: revocata la concessione. «Tavolini abusivi …»").
		name: "headline-second-sentence", url: "https://corrieredellarno.example/firenze/2024/04/18/chiosco-lungarno-concessione-revocata",
		wantHeadline: "Firenze, chiosco sul lungarno: revocata la concessione. «Tavolini abusivi fin sulla spalletta»", wantPublished: "2024-04-18",
		wantBody:    []string{"Il Comune ha revocato la concessione"},
		wantNotBody: []string{"codice embed"},
	},
	{
		// JSON-LD gives the update ("Modifié le") as the publication.
		name: "update-label-fr", url: "https://courrierdelouest.example/bretagne/douarnenez-29100/le-thonier-saint-guenole-reprend-la-mer-ab12",
		wantHeadline: "Douarnenez. Le thonier Saint-Guénolé reprend la mer après sa restauration", wantPublished: "2024-06-11",
		wantBody: []string{"Après six ans de travaux"},
	},
	{
		// No h1: the one <h2> whose class names a headline is the
		// headline, not the titles worded for search engines.
		name: "h2-headline-no-h1", url: "https://www.morgenpost.example/wirtschaft/article173147781/Mietpreisbremse-Warum-Vermieter-leer-stehen-lassen.html",
		wantHeadline: "Die Miete, die keiner bezahlen will", wantPublished: "2018-01-16",
		wantBody: []string{"In der Innenstadt von Lindenau"},
	},
	{
		// A Korean portal's text written in lines (<br>), closing with the
		// reporter's line, the paper's channel and app and its copyright:
		// the last three are no text.
		name: "korean-portal-lines", url: "https://news.naver.example/main/read.nhn?oid=991&aid=0000452817",
		wantHeadline: "강서구, 공원 야간 조명 교체 시범사업", wantPublished: "2019-05-14",
		wantBody:    []string{"강서구가 관내 근린공원 12곳의", "안심하고 산책할 수 있는 공원을 만들겠다"},
		wantNotBody: []string{"채널 구독하기", "모바일 앱 다운로드", "무단전재 및 재배포 금지"},
	},
	{
		// A Chinese report ends with an error-report link and the
		// editor's line: neither is text.
		name: "editor-line-zh", url: "http://news.xinhuabao.example/2018-05/14/c_1122823011.htm",
		wantHeadline: "江南古镇启动老街修缮工程", wantPublished: "2018-05-14",
		wantBody:    []string{"江南古镇西塘老街修缮工程正式启动", "并同步改造地下管网。"},
		wantNotBody: []string{"纠错", "责任编辑"},
	},
	{
		// The chapô in the article's header, "article__desc", outside the
		// container of its text: the standfirst.
		name: "standfirst-desc-fr", url: "https://lequotidien.example/economie/article/2019/03/12/a-thiers-la-derniere-forge-ferme_5434.html",
		wantHeadline: "À Thiers, la dernière forge ferme ses portes", wantPublished: "2019-03-12",
		wantBody: []string{"Faute de repreneur", "éteindre les fours et rendre les clés."},
	},
	{
		// The element marked itemprop=author is read for the authors,
		// not written into the text.
		name: "itemprop-author", url: "https://kuestenzeitung.example/2024/03/12/hafen-kraene",
		wantHeadline: "Hafen bekommt neue Kräne", wantPublished: "2024-03-12",
		wantBody:    []string{"Der Hafen bekommt im kommenden Jahr", "als Denkmal am Kai stehen bleiben."},
		wantNotBody: []string{"Anna Schmidt"},
	},
	{
		// The line under the headline gives the publication and then
		// the update: both are read, and the line is not the text.
		name: "published-updated-line", url: "https://quaypost.example/news/harbour-cranes",
		wantHeadline: "Harbour gets new cranes", wantPublished: "2024-03-12", wantModified: "2024-03-13",
		wantBody:    []string{"The harbour will get four new container cranes"},
		wantNotBody: []string{"Published:", "Updated:"},
	},
	{
		name: "trailing-junk", url: "https://valley-courier.example/news/cider-mill",
		wantHeadline: "Orchard town wins fight to keep its cider mill", wantPublished: "2024-10-08",
		wantBody: []string{"The cider mill at Ashcombe will stay open", "covered by tarpaulins since the storms of last winter."},
		wantNotBody: []string{"Library to open on Sundays", "town library will open", "Bridge repairs to start", "Works will close one lane",
			"Sign in", "does not support the video", "can not be played", "consider a donation"},
	},
	{
		// A Brazilian page: between the paragraphs ornaments without
		// letters ("–", "* * *"), furniture lines ("Publicidade",
		// "Compartilhar", "Leia também") and a call to follow; at the end
		// an appeal to support the paper and a message for readers
		// without scripts.
		name: "tail-appeal-pt", url: "https://gazetadovale.example/cidade/bibliotecas-fim-de-semana",
		wantHeadline: "Prefeitura amplia horário das bibliotecas nos fins de semana", wantPublished: "2024-08-14",
		wantBody:    []string{"As quatro bibliotecas municipais passam a abrir", "até o fim do ano."},
		wantNotBody: []string{"* * *", "–", "Publicidade", "Compartilhar", "Leia também", "Siga-nos", "Apoie já", "JavaScript", "Veja mais notícias"},
	},
	{
		name: "gb2312-utf8", url: "https://chenbao.example/news/library",
		wantHeadline: "城市图书馆延长开放时间",
		wantBody:     []string{"城市图书馆将在周末延长开放时间", "欢迎市民提出意见。"},
	},
	{
		name: "kicker-above", url: "https://rheinbote.example/region/hochwasser-pegel",
		wantHeadline: "Hochwasser: Pegel am Rhein steigt weiter", wantPublished: "2024-01-05",
		wantBody: []string{"Der Pegel am Rhein ist in der Nacht"}, wantNotBody: []string{"Hochwasser"},
	},
	{
		// A kicker marked by its class inside the heading, which the
		// OpenGraph title and the <title> write as "Kicker: Headline",
		// the JSON-LD headline not: the publisher's "Kicker: Headline".
		name: "kicker-class-titles", url: "https://stadtkurier.example/regional/einbrecher-huehnerstall-87512",
		wantHeadline: "Flucht übers Dach: Einbrecher landet im Hühnerstall", wantPublished: "2024-03-11",
		wantBody: []string{"durch das Dach eines Hühnerstalls"},
	},
	{
		// The same with a JSON-LD headline without the kicker: the form
		// the OpenGraph title and the page show wins over the bare one.
		name: "kicker-above-ld", url: "https://rheinbote.example/region/hochwasser-pegel-2",
		wantHeadline: "Hochwasser: Pegel am Rhein steigt weiter", wantPublished: "2024-01-05",
		wantBody: []string{"Der Pegel am Rhein ist in der Nacht"}, wantNotBody: []string{"Hochwasser"},
	},
	{
		name: "kicker-inline", url: "https://talblatt.example/schulbau",
		wantHeadline: "Schulbau: Gemeinderat gibt grünes Licht für neue Grundschule", wantPublished: "2024-02-21",
		wantBody: []string{"Der Gemeinderat hat am Dienstagabend"},
	},
	{
		name: "subheading", url: "https://stadtanzeiger.example/verkehr/radwege",
		wantHeadline: "Stadt plant großes Radwegenetz", wantPublished: "2024-04-09",
		wantBody: []string{"Die Stadt will bis zum Jahr 2030"},
	},
	{
		// A section's name as an h1 above the article's h1; the <title>
		// names the section, OpenGraph the article.
		name: "section-h1", url: "https://seeland-institut.example/aktuelles/schilf",
		wantHeadline: "Wie Schilf das Seewasser reinigt", wantPublished: "2024-05-14",
		wantBody: []string{"Schilfgürtel am Ufer holen mehr Phosphor"},
	},
	{
		// The site's name as the only h1, a link to the home page written
		// as an absolute URL; the headline is an h2 the <title> ends with.
		name: "home-link-h1", url: "https://www.tidewater-notes.example/2013/03/03/logbooks/",
		wantHeadline: "The lighthouse keeper's logbooks", wantPublished: "2013-03-03",
		wantBody: []string{"forty years of logbooks"},
	},
	{
		// The kicker and the headline in spans, joined by a hidden ": "
		// with white space before it: the title's spacing is kept.
		name: "kicker-spans", url: "https://landeszeitung.example/verkehr/busse",
		wantHeadline: "Nahverkehr: Land bestellt hundert neue Busse", wantPublished: "2024-02-27",
		wantBody: []string{"hundert Elektrobusse bestellt"},
	},
	{
		// The kicker and the headline in block spans with no separator
		// between them, the OpenGraph title "Kicker: Headline": that form,
		// not the heading's text run together ("Wärmewende Die Stadt").
		name: "kicker-glued", url: "https://wochenblick.example/wirtschaft/fernwaerme-a-4711",
		wantHeadline: "Kommunale Wärmewende: Die Stadt, die ihre Fernwärme nicht bezahlen kann", wantPublished: "2024-11-08",
		wantBody: []string{"Loch von 38 Millionen Euro"},
	},
	{
		// The h1 sits in a <header class="post-title">, itself a headline
		// candidate by its class; a menu's teaser above it repeats the
		// headline cut short ("…"), which must not win.
		name: "h1-in-title-header", url: "https://moselbote.example/artikel/4711/bruecke/",
		wantHeadline: "Brücke über die Mosel wird ein Jahr früher fertig als geplant – Verkehr ab Mai frei", wantPublished: "2024-03-12",
		wantBody: []string{"Die neue Moselbrücke zwischen Bernkastel"}, wantNotBody: []string{"Wochenmarkt"},
	},
	{
		// No heading to read; the OpenGraph title has a separator of its
		// own ("Kicker – Headline") and the <title> is it and the site's
		// name and section: the whole OpenGraph title is the headline.
		name: "og-title-separator", url: "https://kuestenkurier.example/reportagen/halligbauern",
		wantHeadline: "Das Salz der Nordsee – Ein Winter bei den Halligbauern", wantPublished: "2024-01-22",
		wantBody: []string{"Wenn im Januar das Wasser"},
	},
	{
		// A forum thread's label, marked by its class, inside the link
		// that holds the whole heading: left out, as outside a link.
		name: "forum-label-link", url: "https://forums.shipwrights.example/threads/harbour-master-2-3-released.812/",
		wantHeadline: "Harbour Master 2.3 released", wantPublished: "2024-06-03",
		wantBody: []string{"tide tables for every port"},
	},
	{
		// A page builder calls every block of the page a widget
		// ("elementor-widget-heading"): the h1 in one is no sidebar's.
		name: "page-builder-h1", url: "https://stadtwerke-nordheide.example/leitbild/",
		wantHeadline: "Energie für die Heide seit 1898", wantPublished: "",
		wantBody: []string{"Seit mehr als hundert Jahren"}, wantNotBody: []string{"Neue Ladesäulen"},
	},
	{
		// The article's one h1 tells the story of the titles in other
		// words: readers see the h1, the titles are written for search.
		name: "h1-other-words", url: "https://nordkurier.example/hafen/neue-faehre",
		wantHeadline: "Die neue Fähre zum Hafen fährt schon ab März", wantPublished: "2024-02-05",
		wantBody: []string{"Die Reederei stellt die neue Fähre"},
	},
	{
		// The page's one h1 and titles written for search and social
		// media in another wording altogether: readers see the h1.
		name: "h1-seo-title", url: "https://diariodaserra.example/cidade/tarifa-zero-domingos",
		wantHeadline: "Vereadores liberam passagem de graça no transporte coletivo em votação que entrou pela noite", wantPublished: "2024-03-03",
		wantBody: []string{"Depois de seis horas de sessão"},
	},
	{
		// A page builder's post title block is a "widget" of the page,
		// no sidebar's; the h1 above it names the section.
		name: "post-title-widget", url: "https://tischlerei-brandl.example/2024/05/neue-kreissaege/",
		wantHeadline: "Neue Kreissäge: Was sich für unsere Kunden ändert", wantPublished: "",
		wantBody: []string{"Seit Montag steht in unserer Werkstatt"},
	},
	{
		// The <title> is the post's title and the club's name, which
		// the host does not spell: the heading that is the title
		// without it is the whole headline, not a part under the
		// section's h1.
		name: "section-h1-title-site", url: "https://mec-bergstadt.example/signale-verkabeln/",
		wantHeadline: "Signale richtig verkabeln – so gehen wir vor", wantPublished: "",
		wantBody: []string{"Auf unserer Vereinsanlage"},
	},
	{
		// The h1 and the titles name the section; the post's title,
		// marked as the headline, is the heading under it.
		name: "section-h1-post-title", url: "https://sv-gruenau.example/aktuelles/detail/aufstieg-landesliga",
		wantHeadline: "Handballerinnen steigen nach Siebenmeterwerfen in die Landesliga auf", wantPublished: "",
		wantBody: []string{"Was für ein Finale"},
	},
	{
		// A short h1 that is the page's subject, and a teaser's title
		// under it linking to another page: the h1 stays.
		name: "section-h1-teasers", url: "https://sonnenhaus.example/lexikon/waermepumpe/",
		wantHeadline: "Wärmepumpe", wantPublished: "",
		wantBody: []string{"Eine Wärmepumpe entzieht der Umgebung Wärme"},
	},
	{
		// No h1, a <title> naming only the site, no article titles in
		// the metadata: the heading marked as the post's title.
		name: "no-h1-entry-title", url: "https://staidans-westfield.example/a-few-words-before-advent/",
		wantHeadline: "A Few Words Before Advent Begins", wantPublished: "",
		wantBody: []string{"Advent is a season of waiting"},
	},
	{
		// The metadata gives the instant in UTC, a day before the one
		// readers see; the page's <time> writes the same instant with
		// its offset, shown after the update's.
		name: "utc-meta-local-time", url: "https://stromfruehstueck.example/folge-12-balkonkraftwerk/",
		wantHeadline: "Folge 12: Balkonkraftwerk im Mietshaus", wantPublished: "2024-05-07",
		wantBody: []string{"In dieser Folge erzählt Jana"},
	},
	{
		// The next story of an infinite scroll, its headline in a
		// <header> with its byline, which pruning removes: the story
		// goes with it.
		name: "next-story-header", url: "https://kreisbote.example/lokales/fernwaerme",
		wantHeadline: "Stadtwerke erhöhen Fernwärmepreis um 18 Prozent", wantPublished: "2024-11-06",
		wantBody:    []string{"Die Stadtwerke erhöhen den Arbeitspreis", "zu einer Versammlung ins Bürgerhaus ein."},
		wantNotBody: []string{"Buslinie", "Neubaugebiet", "Haltestelle"},
	},
	{
		// A newsletter's subheadings, classed as headers, after a picture
		// and after a sign-up box; and the writer naming the newsletter
		// in a sentence, which is no offer of one.
		name: "newsletter-post", url: "https://harbournotes.example/p/the-ferry-nobody-wanted-to-close",
		wantHeadline: "The ferry that nobody wanted to close", wantPublished: "",
		wantBody:    []string{"A council with no money", "Who keeps a crossing", "I have written before in this newsletter"},
		wantNotBody: []string{"Get new posts in your inbox", "Subscribe"},
	},
	{
		// After the article, in boxes whose generated classes say
		// nothing, the author's box ("Written by …") and the responses
		// ("Responses (2)"): the page's, not the article's.
		name: "closing-written-by", url: "https://engineering.ferncastle.example/why-our-builds-got-slower-4b1c2d",
		wantHeadline: "Why our builds got slower before they got faster", wantPublished: "",
		wantBody:    []string{"When we moved the monorepo", "every runner has an owner on the rota."},
		wantNotBody: []string{"Written by", "Followers", "Staff engineer", "Responses", "painfully familiar", "remote build cache"},
	},
	{
		// A content element's heading in a <header> above its prose (TYPO3)
		// is a subheading; one above a teaser link is not.
		name: "content-element-header", url: "https://glasmuseum-huettental.example/ausstellungen/glas-und-licht",
		wantHeadline: "Glas und Licht", wantPublished: "",
		wantBody:    []string{"Vom Ofen bis zum Schaufenster", "Stimmen aus der Hütte", "Der Rundgang folgt dem Weg"},
		wantNotBody: []string{"Das könnte Sie auch interessieren"},
	},
	{
		// A police press release on a press portal: the press office's
		// contact after "Rückfragen bitte an:" and the portal's credit
		// line are the portal's, not the release's text.
		name: "press-office-contact", url: "https://presseportal.example/blaulicht/pm/4711/5712345",
		wantHeadline: "POL-HX: Radfahrer bei Unfall an der Hafenstraße schwer verletzt", wantPublished: "2024-04-12",
		wantBody:    []string{"Am Donnerstagabend ist ein 57-jähriger Radfahrer", "unter der Telefonnummer 0400 12345."},
		wantNotBody: []string{"Rückfragen bitte an", "Pressestelle", "Original-Content von"},
	},
	{
		// "Read also" links inside the text of an Indonesian agency story,
		// in a box of their own class and as a paragraph; the reaction
		// prompt after it.
		name: "baca-juga", url: "https://sumselkini.example/berita/48200/harga-cabai-turun",
		wantHeadline: "Harga cabai di Palembang turun jelang panen raya", wantPublished: "2024-04-15",
		wantBody:    []string{"Harga cabai merah di sejumlah pasar", "Pedagang di Pasar Kuto berharap"},
		wantNotBody: []string{"Baca juga", "Harga kopi robusta", "Stok pupuk", "Bagaimana reaksi"},
	},
	{
		// A members' gate: the rest of the article is on the page, hidden
		// behind it (Newspack's content gate); the gate's offer is not
		// the text.
		name: "members-gate", url: "https://valleycourier.example/2024/03/10/starlite-drive-in-closing/",
		wantHeadline: "The last drive-in on Highway 9 is closing", wantPublished: "2024-03-10",
		wantBody:    []string{"For seventy years the Starlite", "rising costs, not the offer", "the screen will come down in the spring."},
		wantNotBody: []string{"Keep reading with", "Already a member", "Local journalism isn't free"},
	},
	{
		// Documentation headings with a permalink sign ("¶") to copy the
		// section's address: no part of the headline or the subheading.
		name: "heading-permalinks", url: "https://docs.harbor.example/en/2.4/howto/retries.html",
		wantHeadline: "How to retry failed jobs", wantPublished: "",
		wantBody:    []string{"A job that fails because", "Choosing a backoff\n\nRetrying at once"},
		wantNotBody: []string{"¶"},
	},
	{
		// A travel blog's affiliate note, reading time, table of contents'
		// label and feedback prompt, in Spanish: the page's, not the post's.
		name: "page-labels-romance", url: "https://mochilalenta.example/picos-de-europa-sin-coche/",
		wantHeadline: "Tres días en los Picos de Europa sin coche", wantPublished: "2023-09-12",
		wantBody:    []string{"El autobús de Oviedo a Cangas de Onís", "Día 2: los lagos de Covadonga"},
		wantNotBody: []string{"enlaces de afiliado", "Tiempo de lectura", "Índice de contenidos", "resultado útil", "exclusiva responsabilidad"},
	},
	{
		// A gallery whose captions tell the story, each caption's words in
		// a box classed as the caption, beside a counter ("1/5") and a
		// credit, which are not its words.
		name: "gallery-captions", url: "https://coastgazette.example/news/gallery/2023/aug/20/lifeboat-200",
		wantHeadline: "Two hundred years of the lifeboat – in pictures", wantPublished: "2023-08-20",
		wantBody:    []string{"Spectators packed the harbour wall", "the pager went off once during them."},
		wantNotBody: []string{"1/5", "Photograph: Dan Rowntree"},
	},
	{
		// A science news site's footer: how to cite the page and its
		// copyright notice.
		name: "science-citation", url: "https://sciencewire.example/news/2018-03-beetle.html",
		wantHeadline: "Tiny beetle hitches rides on bumblebees", wantPublished: "2018-03-05",
		wantBody:    []string{"A pollen beetle no bigger", "held on far longer"},
		wantNotBody: []string{"Citation:", "subject to copyright"},
	},
	{
		// A subheading's ID is a slug of its first word after "nav_": an
		// anchor, not the navigation.
		name: "slug-id-first-word", url: "https://technikmagazin.example/tests/mini-pc-9876543.html",
		wantHeadline: "Mini-PC im Test: Sparsam, aber mit Macken", wantPublished: "",
		wantBody: []string{"Firmware mit Macken\n\nÄrgerlich ist das BIOS-Setup"},
	},
	{
		// An op-ed's disclaimer after it and a consent banner's opening
		// ("We and our partners …") are not the text.
		name: "opinion-disclaimers", url: "https://valleyrecord.example/opinion/2024/02/03/second-bridge/",
		wantHeadline: "Our town needs a second bridge", wantPublished: "2024-02-03",
		wantBody:    []string{"Every morning the queue", "before the repairs to the old bridge start."},
		wantNotBody: []string{"expresses the views", "We and our partners"},
	},
	{
		// An h1 of two spans whose classes are generated hashes: a short
		// line without punctuation (the kicker), then the title. No title
		// writes the kicker: it is left out, not glued on.
		name: "kicker-hashed-spans", url: "https://heutedirekt.example/panorama/grundwasser-winter-100.html",
		wantHeadline: "Hydrologin: Regen allein füllt die Speicher nicht", wantPublished: "",
		wantBody: []string{"Nach einem der nassesten Winter"},
	},
	{
		// An opinion piece's <article> says its kind by a BEM modifier
		// ("id-Story--kommentar"): no comment box, and its h1 is the
		// headline, not the JSON-LD's wording.
		name: "article-kind-modifier", url: "https://lahnbote.example/lokales/lahnstadt/hallenbad-kommentar-92871345.html",
		wantHeadline: "Wer heute die Bäder schließt, zahlt morgen doppelt", wantPublished: "",
		wantBody: []string{"Die Stadt spart mit der Schließung"},
	},
	{
		// The h1 holds the first part of the titles ("… review") and a
		// subtitle of its own: the headline, not a label around a title.
		name: "h1-title-part-subtitle", url: "https://northerncourier.example/film/2024/jun/29/the-salt-harvest-review",
		wantHeadline: "The Salt Harvest review – a quietly devastating portrait of a fishing family", wantPublished: "2024-06-29",
		wantBody: []string{"There are no villains"},
	},
	{
		// A press release's boilerplate about its issuer ("About
		// Brightwater Labs") and its legal statements are the release's
		// text, though the issuer is its author; the contacts after them
		// (a label and its lines in one paragraph) and the wire's list of
		// the issuer's other releases are not.
		name: "press-release-boilerplate", url: "https://wire.example/news-releases/brightwater-labs-launches-hydrosense-3-302077777.html",
		wantHeadline: "Brightwater Labs launches HydroSense 3 water-quality sensor", wantPublished: "2024-03-03",
		wantBody: []string{"Brightwater Labs today launched HydroSense 3", "tested prototypes over the winter.", "About Brightwater Labs",
			"Brightwater Labs is a maker of sensing hardware", "Forward-Looking Statements", "no obligation to update"},
		wantNotBody: []string{"Investor Contact", "investors@brightwaterlabs.example", "answers media inquiries", "More news from", "opens a second plant"},
	},
	{
		// A health site's review line, medical disclaimer and newsletter
		// offer around the article.
		name: "health-review-lines", url: "https://wellpoint.example/health/magnesium-sleep",
		wantHeadline: "Does magnesium help you sleep?", wantPublished: "",
		wantBody:    []string{"Magnesium is one of the most popular", "blood pressure drugs."},
		wantNotBody: []string{"Medically reviewed by", "not a substitute", "delivered to your inbox"},
	},
	{
		// The titles cut the h1's sentence short: the h1 holds a whole
		// title and goes on in lower case, which is no label around it.
		name: "h1-continues-title", url: "https://diariodeleste.example/noticias/lobo-marino-cabo-polonio",
		wantHeadline: "Un lobo marino anillado en Brasil apareció en Cabo Polonio y sorprendió a los científicos", wantPublished: "",
		wantBody: []string{"Un lobo marino que había sido marcado"},
	},
	{
		// A wiki article's reference list and navigation box are not its
		// text.
		name: "wiki-references", url: "https://wiki.eastshire.example/wiki/Eastshire_Tramways",
		wantHeadline: "Eastshire Tramways", wantPublished: "",
		wantBody:    []string{"The Eastshire Tramways ran electric trams", "Competition from motor buses"},
		wantNotBody: []string{"Fenwick, Arthur", "Westport Corporation Tramways"},
	},
	{
		// A subscription panel after the article: a sign-in form with a
		// password field and the offers beside it, all left out.
		name: "signin-panel", url: "https://courrier-du-golfe.example/port/quais",
		wantHeadline: "Le port de Sète double ses quais", wantPublished: "2024-04-18",
		wantBody:    []string{"La région a voté jeudi", "qui manquent aujourd'hui de place en été."},
		wantNotBody: []string{"Profitez de notre offre", "premier mois", "illimité", "Déjà abonné"},
	},
	{
		// The h1 is the title's headline and a subtitle after a colon;
		// a recipe's heading below it is the end of the same title.
		name: "h1-subtitle", url: "https://backen-im-gruenen.example/apfelkuchen-vom-blech/",
		wantHeadline: "Saftiger Apfelkuchen vom Blech: einfach und schnell!", wantPublished: "2023-09-24",
		wantBody: []string{"Wenn im September die Äpfel reif sind", "Butter und Zucker schaumig rühren"},
	},
	{
		// Classes that describe the layout, not an area: the page's own
		// (<body class="content-sidebar … footer-widgets-visible">), a
		// wrapper of the content and the sidebar ("content-sidebar-wrap")
		// and a sidebar switched off ("sidebar-off").
		name: "layout-classes-h1", url: "https://stadtblog-kiel.example/linie-4-flughafen/",
		wantHeadline: "Die Bahn verlängert die Linie 4 bis zum Flughafen", wantPublished: "2024-07-02",
		wantBody: []string{"Ab Dezember fährt die Stadtbahnlinie 4"}, wantNotBody: []string{"Sommerfest"},
	},
	{
		// A one-word h1 under a site-wide <title>: the page's URL is
		// named after it, so it is the page's headline, not a section's.
		name: "slug-h1", url: "https://ausflug-niederrhein.example/essen/essen2/essenruettenscheid/essenruettenscheid.htm",
		wantHeadline: "Essen-Rüttenscheid", wantPublished: "",
		wantBody: []string{"Rüttenscheid ist das Ausgehviertel"},
	},
	{
		name: "caption-date", url: "https://bayside-news.example/harbour-wall",
		wantHeadline: "Harbour wall repairs finished ahead of winter", wantPublished: "2023-10-17",
		wantBody: []string{"Engineers have finished rebuilding"}, wantNotBody: []string{"Waves breaking"},
	},
	{
		name: "url-utc", url: "https://dales-echo.example/news/2024/05/06/village-pub-reopens",
		wantHeadline: "Village pub reopens as community co-operative", wantPublished: "2024-05-07",
		wantBody: []string{"The Plough at Thornby has reopened"},
	},
	{
		// 05:30 UTC is still the 6th at UTC-8, but never under .co.uk.
		name: "url-utc-uk", url: "https://dales-echo.co.uk/news/2024/05/06/village-pub-reopens",
		wantHeadline: "Village pub reopens as community co-operative", wantPublished: "2024-05-07",
		wantBody: []string{"The Plough at Thornby has reopened"},
	},
	{
		// A byline line ("By X | Updated …") opening the body: read for the
		// authors and dates, not kept in the body.
		name: "byline-body", url: "https://shoreline-weekly.example/news/2024/03/12/keepers-cottage",
		wantHeadline: "Lighthouse keeper's cottage to become a museum", wantPublished: "2024-03-12",
		wantBody: []string{"The cottage beside the Point Carrow lighthouse"}, wantNotBody: []string{"By Hannah Reid", "Updated 12 March"},
	},
	{
		// The author's name and the date as the first line (dropped, its
		// date still read), then a first paragraph that names the author
		// in a sentence of its own (kept).
		name: "byline-body-author-sentence", url: "https://inselblog.example/mein-jahr",
		wantHeadline: "Mein Jahr auf der Hallig", wantPublished: "2024-03-12",
		wantBody: []string{"Jonas Petersen lebt seit 2023 auf der Hallig.", "Im Sommer dagegen"}, wantNotBody: []string{"Jonas Petersen, 12.03.2024"},
	},
	{
		// Only an update's date is shown ("Aktualisiert am …" in a date
		// line, "Mis à jour le" after the headline, "Actualizado:" below
		// the text): it is the modification date and, with no other date
		// on the page, the publication date too.
		name: "updated-only-de", url: "https://stadtbote.example/lokales/hallenbad",
		wantHeadline: "Hallenbad wird saniert", wantPublished: "2024-03-12", wantModified: "2024-03-12",
		wantBody: []string{"Der Gemeinderat hat am Dienstag"},
	},
	{
		name: "updated-only-fr", url: "https://petit-riverain.example/ville/piscine",
		wantHeadline: "La piscine sera rénovée", wantPublished: "2024-03-12", wantModified: "2024-03-12",
		wantBody: []string{"Le conseil municipal a voté mardi"},
	},
	{
		name: "updated-only-text", url: "https://diario-ribera.example/local/piscina",
		wantHeadline: "La piscina municipal será reparada", wantPublished: "2024-03-12", wantModified: "2024-03-12",
		wantBody: []string{"El ayuntamiento votó el martes"},
	},
	{
		// The update's date first, the publication's after it on the same
		// line: each is read as what it is.
		name: "updated-and-published", url: "https://riverside-courier.example/news/pool",
		wantHeadline: "Town pool to be repaired", wantPublished: "2024-03-12", wantModified: "2024-03-14",
		wantBody: []string{"The council voted on Tuesday"},
	},
	{
		// A press release that ends with the press contact and a list of
		// sources under their headings: neither is the article's text; a
		// heading with "Kontakt" in the text's first half is.
		name: "closing-sections", url: "https://ifu.example/presse/messnetz-stadtklima",
		wantHeadline: "Institut startet Messnetz für Stadtklima", wantPublished: "2024-04-18",
		wantBody:    []string{"Kontakt zur Stadtverwaltung", "als offene Daten veröffentlicht"},
		wantNotBody: []string{"Kontakt:", "presse@ifu.example", "Quellen", "Stadtklima messen"},
	},
	{
		// An article in rows of a grid, one of which opens with a table of
		// contents (links within the page): its section is the article's,
		// not a box of links. A heading's anchor made from its words
		// ("nav_is_the_water_…") does not mark it as navigation.
		name: "toc-anchors", url: "https://science-weekly.example/2024/07/02/algae",
		wantHeadline: "What we know about the river algae bloom", wantPublished: "2024-07-02",
		wantBody:    []string{"Warm, slow water rich in nutrients", "Biologists expect the fish to return", "Is the water dangerous for people and pets?"},
		wantNotBody: []string{"Another story from the science desk"},
	},
	{
		// A user's tip with no date markup: the byline "von USER am
		// DATE", the name a link beside the date's text; not a date in a
		// sentence, nor a comment's byline.
		name: "byline-am", url: "https://kochtipps.example/tipp/1918/tomaten-schneiden.html",
		wantHeadline: "Tomaten richtig schneiden", wantPublished: "2020-09-20",
		wantBody: []string{"Mit einem stumpfen Messer"},
	},
	{
		// A placeholder for an embedded post shown only with consent, and
		// at the end a long appeal that explains why there is no paywall,
		// then a photo credit: none is the article's text.
		name: "tail-appeal-consent", url: "https://bergblatt.example/klettern/falkenstein-route",
		wantHeadline: "Neue Route am Falkenstein erstbegangen", wantPublished: "2024-05-06",
		wantBody:    []string{"Zwei Kletterinnen aus dem Allgäu", "außerhalb der Sperrzone."},
		wantNotBody: []string{"Wir respektieren deine Privatsphäre", "Gefällt dir unser Magazin", "Bezahlschranke", "Credits:"},
	},
	{
		// The next story of an infinite scroll, loaded below the article
		// in a wrapper of its own (<div class="next-story"><article>):
		// its text is not the article's.
		name: "infinite-scroll-wrapper", url: "https://bay-herald.example/news/2024/06/01/ferry",
		wantHeadline: "Harbour ferry timetable changes from Monday", wantPublished: "2024-06-01",
		wantBody:    []string{"every twenty minutes", "until the end of the year"},
		wantNotBody: []string{"Market square", "cobbles", "passing trade"},
	},
	{
		// A dateline marked by its class opens the first paragraph: its
		// words are the paragraph's; a photo credit at a paragraph's start
		// is not. A message for readers without scripts is not the text.
		name: "dateline-span", url: "https://harbour-times.example/news/2020/02/04/masks",
		wantHeadline: "Hospital loses 6,000 masks from storeroom", wantPublished: "2020-02-04",
		wantBody:    []string{"KOBE – A total of 6,000 surgical masks", "The storeroom on the third floor"},
		wantNotBody: []string{"Photo", "needs Javascript"},
	},
	{
		// A comment form after the article: its labels and explanations
		// are not the article's text.
		name: "comment-form", url: "https://petit-riverain.example/ville/tramway-port",
		wantHeadline: "Le tramway arrive au port en 2026", wantPublished: "2024-09-10",
		wantBody:    []string{"La ligne de tramway sera prolongée", "trois dernières années."},
		wantNotBody: []string{"Qui êtes-vous", "Votre message", "Pour créer des paragraphes"},
	},
	{
		// A form around the whole page (ASP.NET), with a search field: the
		// article inside it is kept.
		name: "page-form", url: "https://borough-news.example/news/parking-review.aspx",
		wantHeadline: "Parking rules to be reviewed", wantPublished: "2024-10-01",
		wantBody: []string{"Paragraph 1 of the council report", "Paragraph 8 of the council report"},
	},
	{
		// Photo captions in plain paragraphs, each ending with a
		// copyright credit ("© AFP / …"): not the article's text.
		name: "credit-captions", url: "https://sportblatt.example/olympia/sieben-namen",
		wantHeadline: "Sieben Namen für Olympia", wantPublished: "2022-02-02",
		wantBody:    []string{"Wer wird der Star", "den dritten Titel."},
		wantNotBody: []string{"© AFP", "Hat das Potential"},
	},
	{
		// A sign-in dialog marked up as an <article>, with a password
		// field and its error messages: not the article.
		name: "login-dialog", url: "https://sender.example/sport/new-york-stillstand",
		wantHeadline: "Sport im Stillstand: New York ohne Spiele", wantPublished: "2020-04-02",
		wantBody:    []string{"New York ist das Zentrum", "Krankenhäuser in ihren Vierteln."},
		wantNotBody: []string{"Pflichtfelder", "Passwort", "anmelden"},
	},
	{
		// Teaser cards after the article whose last line is only a "more"
		// link ("Auskunft über vergangenes Wetter… / mehr •••").
		name: "more-teasers", url: "https://wetterdienst.example/klima/alpenraum",
		wantHeadline: "Klimadaten für den Alpenraum", wantPublished: "2022-01-14",
		wantBody:    []string{"einige hundert Zeitreihen", "kostenlos zur Verfügung."},
		wantNotBody: []string{"Auskunft über vergangenes Wetter", "Räumliche Daten", "mehr •••"},
	},
	{
		// An advertiser disclosure above the article ("We may receive
		// compensation …"), a box its class marks as a disclaimer and a
		// licence notice below it are not its text.
		name: "review-disclaimer", url: "https://money-notes.example/crypto/move-coins",
		wantHeadline: "How to move coins between exchanges", wantPublished: "2021-03-08",
		wantBody:    []string{"Moving coins from one exchange", "lost for good."},
		wantNotBody: []string{"independent review process", "receive compensation", "licensed under", "Exchange fees as of"},
	},
	{
		// A video player's availability line and an app promotion around
		// the article.
		name: "closing-more-en", url: "https://island-daily.example/news/2020/05/12/boat-seized",
		wantHeadline: "Coast guard seizes boat off the north shore", wantPublished: "2020-05-12",
		wantBody:    []string{"The coast guard stopped a fishing boat", "a second boat and a helicopter."},
		wantNotBody: []string{"Video available until", "straight to your phone"},
	},
	{
		// An Indonesian portal's call to join its Telegram channel at the
		// end of the text, its tags' heading and its latest news after it.
		name: "channel-call-id", url: "https://regional.wartapriangan.com/read/2021/09/02/jalur-sepeda",
		wantHeadline: "Bandung Buka Jalur Sepeda Baru di Sepanjang Sungai Cikapundung", wantPublished: "2021-09-02",
		wantBody:    []string{"BANDUNG, WARTAPRIANGAN.com", "kamera pengawas di dua titik rawan."},
		wantNotBody: []string{"Dapatkan update berita", "Baca tentang", "Festival Kuliner Braga"},
	},
	{
		// A photo's container beside the text's, its caption in a <div>
		// of no known class: not more of the article.
		name: "picture-beside", url: "https://frettir.example/innlent/2015/06/03/gjald",
		wantHeadline: "Gjald tekið við fossinn", wantPublished: "2015-06-03",
		wantBody:    []string{"Landeigendur við fossinn", "endurskoðuð að loknu sumri."},
		wantNotBody: []string{"fjölsóttasti ferðamannastaður", "Ljósmynd/Jón Jónsson"},
	},
	{
		// An affiliate's product box between a guide's paragraphs and the
		// guide's feedback widget after them.
		name: "affiliate-box", url: "https://homefix.example/plumbing/bleed-a-radiator",
		wantHeadline: "How to bleed a radiator", wantPublished: "2019-10-14",
		wantBody:    []string{"If your radiators are cold", "dropped below one bar."},
		wantNotBody: []string{"radiator key?", "Was this guide helpful?", "found this useful"},
	},
	{
		// A news plugin's date line above the headline and an event's
		// date in the text's first sentence; the latest news beside it
		// are a list of <div>s, each dated.
		name: "news-plugin-stamp", url: "https://ostrachtal.example/index.php?id=12&tx_ttnews%5Btt_news%5D=237",
		wantHeadline: "Vollsperrung der Hauptstraße ab 2. Mai: Kanal und Wasserleitung werden erneuert", wantPublished: "2011-04-12",
		wantBody: []string{"Ab Montag, 2. Mai 2011", "unvermeidlichen Behinderungen."},
	},
	{
		// An undated page beside a list of other stories written in
		// <div>s of one class, each with its date: none of them is the
		// page's.
		name: "div-list-dates", url: "https://liederkranz-talheim.example/chor.html",
		wantHeadline: "Unser Chor probt wieder im Gemeindehaus", wantPublished: "",
		wantBody: []string{"Nach der langen Pause", "meldet sich beim Vorstand."},
	},
	{
		// An undated school report beside the next events, a list of
		// <div>s whose classes alternate ("even", "odd"), each with its
		// <time>: no event's day is the report's.
		name: "event-list-dates", url: "https://gymnasium-am-wald.example/schulleben/skilandheim-2013.html",
		wantHeadline: "Schnee, Sonne und Muskelkater: Die 7. Klassen im Skilandheim", wantPublished: "",
		wantBody: []string{"Eine Woche lang waren", "wieder an der Schule an."},
	},
	{
		// A subscription box whose class spells the word half in Spanish
		// ("c-detail__suscription"), and a call to subscribe in the
		// formal form ("Suscríbase …") after the text.
		name: "suscription-box", url: "https://diariodelvalle.example/medellin/bicicleta-publica-3310245",
		wantHeadline: "La bicicleta pública llega a cinco comunas más", wantPublished: "2024-02-19",
		wantBody:    []string{"El sistema de bicicletas públicas", "presupuesto de movilidad."},
		wantNotBody: []string{"Periodismo que deja huella", "Suscríbase y reciba"},
	},
	{
		// An Italian subscription box classed "abbonati-box".
		name: "abbonati-box", url: "https://giornaledicitta.example/cronaca/mercato-erbe-lavori",
		wantHeadline: "Mercato delle Erbe, al via i lavori ai banchi", wantPublished: "2023-09-19",
		wantBody:    []string{"Partono lunedì i lavori", "stagione turistica."},
		wantNotBody: []string{"Sostieni l'informazione locale"},
	},
	{
		// No <h1>: the headline is a <div> classed "story__title", worded
		// otherwise than the titles, and the first heading in the page is
		// the text's subheading.
		name: "div-story-title", url: "https://harbournews.example/nz-news/350421877/drive-in-cinema-close",
		wantHeadline: "The city's last drive-in cinema will close after the council rejects its lease renewal", wantPublished: "2024-05-08",
		wantBody: []string{"will show its final film", "within reach of the city."},
	},
	{
		// A newsletter's box between the paragraphs, titled by its first
		// line ("Newsletter « Le Matin »"), with a sign-up link and no
		// e-mail field, whatever its class.
		name: "newsletter-inread", url: "https://quotidien.example/economie/article/2021/03/03/bouchons-lyon",
		wantHeadline: "À Lyon, les bouchons tentent de survivre grâce à la vente à emporter", wantPublished: "2021-03-03",
		wantBody:    []string{"Depuis la fermeture des restaurants", "n'a pas encore datée."},
		wantNotBody: []string{"Newsletter « Le Matin »", "20 articles à ne pas manquer", "S'inscrire"},
	},
	{
		// A writer's card whose one paragraph opens with the link to the
		// writer's page ("/redaktion/…"), a line break and the line about
		// her; the tags' label "Themen zu diesem Beitrag:".
		name: "author-card-line", url: "https://zeitung.example/aktuell/rhein-main/offenbach-hafengrundstueck-12578831.html",
		wantHeadline: "Streit um das letzte Hafengrundstück", wantPublished: "2013-09-18",
		wantBody:    []string{"Um das letzte freie Grundstück", "in ihren Straßen befürchten."},
		wantNotBody: []string{"Redakteurin in der Rhein-Main-Zeitung", "Themen zu diesem Beitrag"},
	},
	{
		// Readers' posts in a box classed as the article's forum
		// ("spArticleForum") under the text.
		name: "article-forum", url: "https://nachrichten.example/wirtschaft/unternehmen/0,1518,769844,00.html",
		wantHeadline: "Werft in Bremerhaven meldet Insolvenz an", wantPublished: "2011-06-22",
		wantBody:    []string{"Der Windkraft-Zulieferer hat", "Fortführung des Betriebs zu sprechen."},
		wantNotBody: []string{"Diskutieren Sie über diesen Artikel", "Solange die Netzanbindung", "Millionen an Fördergeld"},
	},
	{
		// A live blog embedded from a ticker service, each entry's text
		// three wrappers deep (a content block, the entry's body, the
		// entry, beside its heading, time and author): every entry.
		name: "liveblog-nested-entries", url: "https://zeitung.example/politik/2024-10/landtagswahl-liveblog",
		wantHeadline: "Landtagswahl: CDU klar vorn, SPD mit historischem Tiefstand", wantPublished: "2024-10-13",
		wantBody: []string{"Im Nordland ist ein neuer Landtag gewählt worden.", "Damit schließen wir unseren Liveblog", "eine bittere Niederlage",
			"Rechnerisch hätte Schwarz-Grün", "Guten Abend und willkommen"},
	},
	{
		// An old blog's flat page: the trackbacks' and the comments'
		// headings (id="trackbacks", id="comments") are followed by the
		// pings and replies as their siblings, not inside them.
		name: "flat-comments", url: "http://www.secondreel.example/archives/000414.html",
		wantHeadline: "The Quiet Harbor", wantPublished: "2004-03-22",
		wantBody:    []string{"There is a scene about halfway", "sit near the front."},
		wantNotBody: []string{"usually right about these things", "whole audience went silent", "I fell asleep"},
	},
}

func prefix10(s string) string {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}
