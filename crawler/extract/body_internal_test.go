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
		if got := figureLabel(strings.ToLower(s)); got != want {
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
		"تازہ ترین خبروں کے لیے عوام نیوز کا واٹس ایپ چینل جوائن کریں":                       true,
		"Polisi walitumia WhatsApp kuwasiliana na familia za waathiriwa.":                    false,
		"Folgst du schon 20 Minuten auf WhatsApp?":                                           true,
		"Repubblica Bologna è anche su Facebook: clicca \"Mi piace\" per restare aggiornato": true,
		"Find us on Facebook and Instagram":                                                  true,
		"Die Stadtwerke haben ihre Kunden auf Facebook über die Störung informiert.":         false,
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

// TestThreadTexts checks that a forum thread's text is every post's
// message, in order, without the blocks about their writers; that a Q&A
// page's question comes before its answers; and that a live blog's
// entries and an article's comments are not read as a thread.
func TestThreadTexts(t *testing.T) {
	post := func(id, user, text string) string {
		return `<div id="p` + id + `" class="post has-profile"><dl class="postprofile"><dt><a class="username" href="/u/` + user + `">` + user +
			`</a></dt><dd>Posts: 412</dd><dd>Joined: Mar 2011</dd><dd>Location: Raum Hannover, Niedersachsen, Deutschland</dd></dl><div class="postbody"><h3>Re: Boiler pressure</h3><div class="content">` + text +
			`</div><dl class="attachbox"><dt>Attachments</dt><dd>gauge_2300.jpg (84.21 KiB) Viewed 1203 times</dd></dl></div></div>`
	}
	long := func(s string) string { return strings.Repeat(s+" ", 4) }
	xfPost := func(user, text string) string {
		return `<article class="message message--post js-post"><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">` +
			`<div class="message-avatar"><a class="avatar" href="/members/` + user + `">` + user + `</a></div><div class="message-userExtras"><dl><dt>Joined</dt><dd>Mar 3, 2011</dd></dl></div>` +
			`</section></div><div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper">` + text +
			`</div></article></div></div></div></article>`
	}
	smfPost := func(bg, user, text string) string {
		return `<div class="` + bg + `"><span class="topslice"><span></span></span><div class="post_wrapper"><div class="poster"><h4><a href="/profile/` + user + `">` + user +
			`</a></h4><ul><li class="postgroup">Full Member</li><li class="postcount">Posts: 218</li></ul></div><div class="postarea"><div class="flow_hidden"><div class="keyinfo"><h5>Re: Collimation drifts</h5></div></div>` +
			`<div class="post"><div class="inner">` + text + `</div></div></div></div></div>`
	}
	wbbPost := func(user, text, signature string) string {
		return `<li class="marginTop"><article class="wbbPost message messageSidebarOrientationLeft"><div><aside class="messageSidebar member"><div><header><h2 class="username"><a class="userLink" href="/user/` + user + `">` + user +
			`</a></h2></header><div class="userAvatar"><a class="framed" href="/user/` + user + `"><img src="/a.png" alt=""></a></div></div></aside><section class="messageContent"><div><div class="messageBody"><div><div class="messageText">` + text +
			`</div></div><div class="messageSignature"><div>` + signature + `</div></div></div></div></section></div></article></li>`
	}
	tests := []struct {
		name, page string
		want       []string // in this order
		not        []string
	}{
		{name: "an SMF thread's rows",
			page: `<h1>Collimation drifts as the scope cools</h1><div id="forumposts"><form>` + smfPost("windowbg", "starhopper_jen", long("My Dobsonian loses collimation during the first hour every night.")) +
				smfPost("windowbg2", "orion_dave", long("Check whether the mirror clips are touching the glass as it cools down.")) +
				smfPost("windowbg", "starhopper_jen", long("The clips were too tight: backed off, the rings stay centred all night.")) + `</form></div>`,
			want: []string{"My Dobsonian loses collimation", "Check whether the mirror clips", "The clips were too tight"},
			not:  []string{"Posts: 218", "Full Member"}},
		{name: "a WoltLab thread: posts in list items, signatures",
			page: `<h1>Eingewöhnung in der Krippe</h1><ul class="wbbThreadPostList messageList">` +
				wbbPost("Sonnenblume", long("Unser Sohn weint jeden Morgen schon auf dem Parkplatz vor der Krippe."), "Jonas, geboren im November 2014 – unser kleiner Wirbelwind") +
				wbbPost("Lotta", long("Das klingt nach einer ganz normalen Eingewöhnung, bei uns dauerte es zwei Monate."), "") + `</ul>`,
			want: []string{"Unser Sohn weint", "Das klingt nach einer ganz normalen"},
			not:  []string{"Wirbelwind", "Sonnenblume"}},
		{name: "forum thread",
			page: `<h1>Boiler pressure drops overnight</h1><div class="topic-body">` + post("1", "Dave_K", long("My combi boiler loses pressure every night, from 1.2 to 0.5 bar.")) +
				post("2", "Mick", long("Check the pressure relief valve pipe outside for drips, it is the usual culprit.")) +
				post("3", "Dave_K", long("You were right, the valve was passing, and a new one fixed it for good.")) + `</div>`,
			want: []string{"My combi boiler loses pressure", "Check the pressure relief valve", "the valve was passing"},
			not:  []string{"Joined: Mar 2011", "Posts: 412", "Viewed 1203 times", "Raum Hannover"}},
		{name: "a reply that says most",
			page: `<h1>Pepe loses dirt from his fur every night</h1><div class="block-body">` +
				xfPost("Ina", long("Every night Pepe leaves black crumbs on his beige window bed.")) +
				xfPost("Tom", strings.Repeat("Mine brings in grass and moss, and brushing him helps a little, though he hates it and runs outside when he sees the brush, as cats do. ", 8)) +
				xfPost("Ina", long("He was out from five in the morning and came in at ten, now he sleeps.")) + `</div>`,
			want: []string{"Every night Pepe leaves", "Mine brings in grass", "He was out from five"},
			not:  []string{"Joined"}},
		{name: "question and answers",
			page: `<h1>Derailleur ghost-shifts under load</h1><div id="question" class="question"><div class="post-layout"><div class="user-info">Priya</div><div class="s-prose">` +
				long("My rear derailleur jumps a cog when I stand on the pedals, only on the three largest cogs.") + `</div></div></div><div id="answers">` +
				`<div class="answer"><div class="user-info">Ole</div><div class="s-prose">` + long("Your hanger is bent; have it checked with an alignment gauge before anything else.") + `</div></div>` +
				`<div class="answer"><div class="user-info">Ana</div><div class="s-prose">` + long("Also check that the rear axle sits fully in the dropouts when you tighten it.") + `</div></div></div>`,
			want: []string{"My rear derailleur jumps a cog", "Your hanger is bent", "Also check that the rear axle"}},
		{name: "live blog",
			page: `<h1>Storm live: the latest</h1><div class="liveblog">` +
				`<div class="post live-post"><div class="avatar">A</div><p>` + long("09:10 The river at the old bridge has reached its highest level since 1998.") + `</p></div>` +
				`<div class="post live-post"><div class="avatar">B</div><p>` + long("08:40 Schools in the valley stay closed today, the district said this morning.") + `</p></div></div>`,
			want: []string{"09:10 The river", "08:40 Schools in the valley"}},
		{name: "an infinite scroll's stories",
			page: `<div class="posts"><article class="post type-post"><h1 class="entry-title">Harbour wall repaired</h1><div class="entry-meta"><span class="poster">Ann Lee</span></div>` +
				strings.Repeat("<p>The harbour wall damaged in the January storm has been repaired, the council said on Monday.</p>", 4) + `</article>` +
				`<article class="post type-post"><h2 class="entry-title">Ferry fares to rise</h2><div class="entry-meta"><span class="poster">Tom Hale</span></div>` +
				strings.Repeat("<p>Fares on the island ferry will rise by six percent from April, the operator announced.</p>", 4) + `</article></div>`,
			want: []string{"The harbour wall damaged"},
			not:  []string{"Fares on the island ferry"}},
		{name: "article and comments",
			page: `<article><h1>Pool to close</h1>` + strings.Repeat("<p>The council voted five to two on Monday to close the Eastfield pool for good, citing its repair bill.</p>", 4) +
				`</article><section class="comments"><div class="comment"><div class="avatar">x</div><p>` + long("What a shame, I learnt to swim there as a child.") + `</p></div>` +
				`<div class="comment"><div class="avatar">y</div><p>` + long("The repair bill was known for years and nobody acted.") + `</p></div></section>`,
			want: []string{"The council voted five to two"},
			not:  []string{"What a shame"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ExtractBytes([]byte(`<html><body>`+tt.page+`</body></html>`), Options{URL: "https://forum.example/viewtopic.php?t=5531"})
			if err != nil {
				t.Fatal(err)
			}
			at := 0
			for _, w := range tt.want {
				i := strings.Index(res.Body[at:], w)
				if i < 0 {
					t.Fatalf("body lacks %q after byte %d:\n%s", w, at, res.Body)
				}
				at += i
			}
			for _, w := range tt.not {
				if strings.Contains(res.Body, w) {
					t.Errorf("body has %q:\n%s", w, res.Body)
				}
			}
		})
	}
}

// TestExtract_DiscussionAndSignOff checks that a Czech paper's
// discussion box and an Austrian paper's forum under the article are not
// its text, and that the writer's sign-off closing it is.
func TestExtract_DiscussionAndSignOff(t *testing.T) {
	text := strings.Repeat("<p>Die Stadt versorgt ab dem Frühjahr achthundert Wohnungen mit Wärme aus dem Abwasser des Kanals.</p>", 5)
	page := `<html><body><div class="art-full"><h1>Wärme aus dem Kanal</h1>` + text + `<p>(Lena Hofbauer, 18.11.2026)</p>
<div class="moot-capture" id="diskuse"><h3>Diskuse k článku</h3><div class="contribution"><span class="user">Zdeněk M.</span><p>Konečně někdo, kdo se o ty budovy stará, a to je dobře. Držím palce.</p></div></div>
<section id="story-community" class="story-community"><h2>Forum</h2><p>Hinweis: Bitte beachten Sie unsere Community-Richtlinien, bevor Sie hier posten.</p></section></div></body></html>`
	res, err := ExtractBytes([]byte(page), Options{URL: "https://zeitung.example/story/3000000246113"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(res.Body, "(Lena Hofbauer, 18.11.2026)") {
		t.Errorf("body does not end with the sign-off:\n%s", res.Body)
	}
	for _, w := range []string{"Konečně někdo", "Community-Richtlinien"} {
		if strings.Contains(res.Body, w) {
			t.Errorf("body has %q", w)
		}
	}
}

// TestExtract_HeaderHoldsText checks that a <header> holding the text's
// paragraphs is read, while the site's <header> with its menu is not.
func TestExtract_HeaderHoldsText(t *testing.T) {
	para := "<p>The wildlife department will build 120 kilometres of electric fences in the district this year, officials said.</p>"
	page := `<html><body><header class="site"><a href="/">Lanka Mirror</a> <nav><a href="/news">News</a> <a href="/sports">Sports</a></nav><p>Breaking news and analysis from Colombo, every day.</p></header>
<div class="row"><h1>Wildlife Dept. to build elephant fences</h1><div class="a-content"><header class="inner-content">` + strings.Repeat(para, 4) + `</header></div></div></body></html>`
	res, err := ExtractBytes([]byte(page), Options{URL: "https://mirror.example/breaking_news/123"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(res.Body, "electric fences") != 4 {
		t.Errorf("body lacks the header's paragraphs:\n%s", res.Body)
	}
	if strings.Contains(res.Body, "Breaking news and analysis") {
		t.Errorf("body has the site header's line:\n%s", res.Body)
	}
}

// TestThreadPosts_StoriesAreNoPosts checks that sibling stories, each with
// its own headline and its author's block, are not read as a thread's
// posts, while a forum's posts are.
func TestThreadPosts_StoriesAreNoPosts(t *testing.T) {
	for page, want := range map[string]int{
		`<div id="x"><article class="post"><h1 class="entry-title">Harbour wall repaired</h1><span class="poster">Ann Lee</span><p>Text.</p></article>` +
			`<article class="post"><h2 class="entry-title">Ferry fares to rise</h2><span class="poster">Tom Hale</span><p>Text.</p></article></div>`: 0,
		`<div id="x"><div class="post"><dl class="postprofile"><dt class="username">Dave_K</dt></dl><h3>Boiler pressure</h3><div class="content">Text.</div></div>` +
			`<div class="post"><dl class="postprofile"><dt class="username">Mick</dt></dl><h3>Re: Boiler pressure</h3><div class="content">Text.</div></div></div>`: 2,
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + page + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		var x *html.Node
		for _, n := range selectAll(doc, anyElementSel) {
			if attr(n, "id") == "x" {
				x = n
			}
		}
		if got := len(threadPosts(x)); got != want {
			t.Errorf("%d posts, want %d: %s", got, want, page[:60])
		}
	}
}

// TestExtract_SliderNextSlide checks that a news slider's next slide,
// titled by an <h2> of the headline's class in a header that pruning
// removes, is not read as more of the article.
func TestExtract_SliderNextSlide(t *testing.T) {
	slide := func(tag, title, text string) string {
		return `<div class="article js-slide"><div class="article__header"><` + tag + ` class="article__title js-slide-title">` + title + `</` + tag + `>` +
			`<div class="article__header__date">12 мар 2021</div></div><div class="article__text">` + strings.Repeat("<p>"+text+"</p>", 4) + `</div></div>`
	}
	page := `<html><body><div class="slides">` + slide("h1", "Сеть кофеен закроет треть точек", "Владелец сети кофеен закроет треть точек в регионах из-за роста аренды, сообщили в компании.") +
		slide("h2", "В Казани выставили на торги кинотеатр", "Комитет объявил аукцион по продаже здания бывшего кинотеатра на улице Гоголя.") + `</div></body></html>`
	res, err := ExtractBytes([]byte(page), Options{URL: "https://rbc.example/business/12/03/2021/604b1f2a"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Body, "Владелец сети кофеен") || strings.Contains(res.Body, "Комитет объявил аукцион") {
		t.Errorf("body:\n%s", res.Body)
	}
}

// TestExtract_TableLayoutColumn checks that a page laid out in table
// columns gives the text of its main column, not the side column's.
func TestExtract_TableLayoutColumn(t *testing.T) {
	side := `<td width="150" valign="top"><table><tr><td><b>My Travels</b></td></tr><tr><td><a href="lakes.html">Lake District 2001</a><br><a href="packing.html">My Packing List</a></td></tr>` +
		`<tr><td>West Cork pages still under construction - come back soon!</td></tr><tr><td>Best viewed in 800x600 with Internet Explorer 5 or above</td></tr></table></td>`
	main := `<td width="600" valign="top"><font size="5"><b>Two Weeks in the Highlands</b></font><br><font size="2">` +
		strings.Repeat("<p>This year we finally did the trip we had talked about for years: a fortnight driving round the north-west of Scotland, in the rain, mostly.</p>", 5) +
		`</font><table border="1"><tr><td>Stage</td><td>Miles</td></tr><tr><td>Glasgow to Glencoe</td><td>92</td></tr></table></td>`
	page := `<html><body><table width="760"><tr><td colspan="2">Dave's Home Page</td></tr><tr>` + side + main + `</tr></table></body></html>`
	res, err := ExtractBytes([]byte(page), Options{URL: "http://home.example/~dave/scotland.html"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Body, "This year we finally did the trip") {
		t.Errorf("body lacks the text:\n%s", res.Body)
	}
	for _, w := range []string{"under construction", "Best viewed in"} {
		if strings.Contains(res.Body, w) {
			t.Errorf("body has the side column's %q:\n%s", w, res.Body)
		}
	}
}

// TestIsNegative_ClassWords checks class words that mark furniture
// whole: a byline's box named by its last word, a box of downloads, the
// authors' biographies; and words that only contain them.
func TestIsNegative_ClassWords(t *testing.T) {
	for ci, want := range map[string]bool{
		"trb_ar_by": true, "downloads": true, "slate-paragraph slate-graf slate-paragraph--tagline": true, "whatsapp-channel-box": true, "ai-summary": true, "contrib-bio__text": true, "article-bodyinline inlinevideo": true, "sitesub": true, "article-authors-bio": true, "author__bio": true,
		"player_wrapper__q3zc1": true, "audio player": true, "bildtext": true, "bildquelle": true, "c-subscription-widget": true, "zobacz_takze": true, "announcement-bar": true, "inline-teaser inline-teaser--plus": true,
		"byte-size": false, "baby-news": false, "download-story": false, "biology": false, "multiplayer-guide": false,
	} {
		if got := isNegative(ci); got != want {
			t.Errorf("isNegative(%q) = %v, want %v", ci, got, want)
		}
	}
}

// TestNextStory_ShortBox checks that an h1 in a sidebar box of the
// headline's template (each in a "spacer") starts no next story when the
// box holds little text ("MODERATORS" over a list of names), while one
// over a story's text does.
func TestNextStory_ShortBox(t *testing.T) {
	story := strings.Repeat("The council voted on Monday to build a new fire hall behind the post office. ", 4)
	for _, tt := range []struct {
		second string
		want   bool
	}{
		{`<div class="title"><h1 id="h">MODERATORS</h1></div><ul><li><a href="/u/a">mudpie</a></li></ul>`, false},
		{`<h1 id="h">Village board approves new fire hall</h1><p>` + story + `</p>`, true},
	} {
		doc, err := html.Parse(strings.NewReader(`<body><div class="side"><div class="spacer"><h1 id="head">Pottery</h1><p>A place for potters.</p></div>
<div class="spacer">` + tt.second + `</div></div></body>`))
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]*html.Node{}
		for _, n := range selectAll(doc, matchFunc(func(n *html.Node) bool { return attr(n, "id") != "" })) {
			byID[attr(n, "id")] = n
		}
		if got := nextStory(byID["head"], byID["h"], false) != nil; got != tt.want {
			t.Errorf("nextStory for %.40q = %v, want %v", tt.second, got, tt.want)
		}
	}
}

// TestTrimmedLen checks the byte-wise count against the characters of the
// text with its white space runs counted as one.
func TestTrimmedLen(t *testing.T) {
	ref := func(s string) int {
		n, space := 0, true
		for _, r := range s {
			if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
				if !space {
					n++
				}
				space = true
				continue
			}
			n++
			space = false
		}
		return n
	}
	for _, s := range []string{"", "  ", "Ann Lee", "  Straße  über\n\n alles ", "中文 字符\t测试", "Ἀθῆναι — 🚲 ride", "a\r\nb"} {
		if got, want := trimmedLen(s), ref(s); got != want {
			t.Errorf("trimmedLen(%q) = %d, want %d", s, got, want)
		}
	}
}
