package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSubstrings checks the set against a strings.Contains per entry, on
// the lists it serves and on random strings made of their bytes.
func TestSubstrings(t *testing.T) {
	lists := [][]string{negativeParts, positiveParts, promoPhrases, boilerPhrases, datePhrases, {"a", "ab", "b", "abc", "ü", "zz"}}
	r := rand.New(rand.NewPCG(7, 11))
	for _, list := range lists {
		set := newSubstrings(list...)
		alphabet := strings.Join(list, "") + " -_"
		naive := func(x string) bool {
			for _, e := range list {
				if strings.Contains(x, e) {
					return true
				}
			}
			return false
		}
		var hits int
		for range 20000 {
			var b strings.Builder
			for range r.IntN(40) {
				if r.IntN(8) == 0 {
					e := list[r.IntN(len(list))]
					b.WriteString(e[:r.IntN(len(e)+1)]) // an entry, or a prefix of one
					continue
				}
				b.WriteByte(alphabet[r.IntN(len(alphabet))])
			}
			x := b.String()
			want := naive(x)
			if got := set.in(x); got != want {
				t.Fatalf("in(%q) = %v, want %v", x, got, want)
			}
			if want {
				hits++
			}
		}
		if hits == 0 || hits == 20000 {
			t.Fatalf("%d of 20000 random strings contain an entry: the test tells nothing", hits)
		}
		for _, e := range list {
			if !set.in("x" + e + "y") {
				t.Errorf("%q not found in itself", e)
			}
		}
	}
}

// TestSubstrings_AtWordStart checks the word-start lookup against a
// strings.Index per entry, on the phrase lists and on strings that put
// their entries after letters, spaces and nothing.
func TestSubstrings_AtWordStart(t *testing.T) {
	for _, list := range [][]string{promoPhrases, boilerPhrases} {
		set := newSubstrings(list...)
		naive := func(x string) bool {
			for _, e := range list {
				if r, _ := utf8.DecodeRuneInString(e); unspaced(r) {
					if strings.Contains(x, e) {
						return true
					}
				} else if startsWord(x, e) {
					return true
				}
			}
			return false
		}
		for i, e := range list {
			for _, x := range []string{e, "a " + e, "be" + e, "x" + e + " y", "原" + e, strings.ToUpper(e)} {
				if got, want := set.atWordStart(x), naive(x); got != want {
					t.Errorf("list entry %d: atWordStart(%q) = %v, want %v", i, x, got, want)
				}
			}
		}
	}
	if newSubstrings("drucken").atWordStart("beeindruckende zahlen") {
		t.Error(`"drucken" found in "beeindruckende zahlen"`)
	}
}

func TestCounterLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Просмотров: 1 204":  true,
		"Comments: 2":        true,
		"Hits: 318":          true,
		"Zugriffe: 1.024":    true,
		"Comments: none yet": false,
		"Views: the readers": false,
		"Просмотров":         false,
		"Score: 3":           false,
	} {
		if got := counterLine(s); got != want {
			t.Errorf("counterLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFurnitureLines_Kinds checks short lines of page furniture that the
// phrase lists and notes know, and text that holds their words.
func TestFurnitureLines_Kinds(t *testing.T) {
	for s, want := range map[string]bool{
		"Ultimo aggiornamento ( Lunedì 14 Settembre 2009 11:05 )":                                                           true,
		"Geef dit artikel cadeau. Als abonnee kun je elke maand 10 artikelen cadeau geven.":                                 true,
		"Newsletters may contain information about charities, online ads, and content funded by outside parties.":           true,
		"KI-generierte Zusammenfassung, redaktionell geprüft":                                                               true,
		"Dieser Artikel wurde mit maschineller Unterstützung erstellt":                                                      true,
		"Note: Materials may be edited for content and length.":                                                             true,
		"Need to cite this story in your essay, paper, or report? Use one of the following formats:":                        true,
		"Si continúas leyendo en este dispositivo, no se podrá leer en el otro.":                                            true,
		"Deze inhoud wordt getoond via X. Door de inhoud te bekijken ga je akkoord met de cookies van X.":                   true,
		"Wat vind jij van het besluit van de gemeente? Praat mee op NUjij.":                                                 true,
		"This article is part of The age of pollution, a Guardian series on the chemicals, plastics and waste in our lives": true,
		"Werbung/Anzeige": true,
		"Weet jij meer over dit onderwerp of heb je een ander nieuwtje?": true,
		"Le puede interesar:": true,
		"Newsletters may contain info about charities, online ads, and content funded by outside parties.": true,
		"This article includes content provided by Spotify.":                                               true,
		"Keine Story von Nordlicht Solar GmbH verpassen.":                                                  true,
		"Zuletzt aktualisiert ( Donnerstag, 17. April 2008 um 08:30 )":                                     true,
		"Hast du etwas gesehen?": true,
		"Každé ráno vám do e-mailu pošleme přehled toho nejdůležitějšího, co se děje doma i ve světě.": true,
		"Scroll down for video": true,
		"Got a story or a tip from your county? Email us at news@riftvalleytimes.co.ke or WhatsApp 0712 000 418.":                                  true,
		"Layout Journal, Part 6: Ballast Everywhere was the previous entry in this blog.":                                                          true,
		"Find recent content on the main index or look in the archives to find all content.":                                                       true,
		"Did you enjoy this article? Please sign my guestbook and let me know!":                                                                    true,
		"Please do not copy my pictures without asking.":                                                                                           true,
		"Optimiert für Internet Explorer 6 bei 1024 x 768":                                                                                         true,
		"Real-time updates and all local stories you want right in the palm of your hand.":                                                         true,
		"Bądź na bieżąco! Obserwuj Kurier Nadwiślański w Google News.":                                                                             true,
		"Šioje svetainėje naudojami slapukai, kurie padeda užtikrinti sklandų svetainės veikimą.":                                                  true,
		"ELTA, Žinių Radaras. Draudžiama naudoti šį straipsnį be raštiško redakcijos sutikimo.":                                                    true,
		"Dit artikel verscheen eerder in het Noorderblad.":                                                                                         true,
		"Questo articolo è stato pubblicato originariamente sul settimanale Valli Alte.":                                                           true,
		"This article was produced with the support of the Ellery Fund for Local Reporting.":                                                       true,
		"Continue the conversation on Mastodon.":                                                                                                   true,
		"Der Weserland Kurier korrigiert Fehler in seinen Beiträgen transparent.":                                                                  true,
		"De Rijnbode streeft naar juistheid en herstelt fouten zo snel mogelijk.":                                                                  true,
		"Contact Kelsey Marten at kmarten@brookfieldstarpress.example or (765) 555-0199. Follow her on Twitter @KelseyMarten.":                     true,
		"Contact reporter Dan Ott at 608-555-0178.":                                                                                                true,
		"Contact tracing began on Monday, the health department said.":                                                                             false,
		"Stuur je foto’s en video’s via de app of mail naar tips@oostvandaag.nl. Wij nemen zo snel mogelijk contact met je op.":                    true,
		"This story was produced with support from the Prairie Press Fund, which supports local education reporting in rural communities.":         true,
		"Dit artikel kwam tot stand met steun van het Fonds Onderzoeksjournalistiek Noord-Nederland. Het fonds heeft geen invloed op de inhoud.":   true,
		"Dieser Beitrag entstand mit Unterstützung der Stiftung für Lokaljournalismus Seeland.":                                                    true,
		"Ce reportage a été réalisé grâce au soutien du Fonds d'appui à la presse communautaire du Québec.":                                        true,
		"Este reportaje forma parte de la serie «Pueblos sin servicios» y ha sido elaborado con el apoyo de la Fundación Periodismo y Territorio.": true,
		"📲 Baixe o app do O Tempo do Vale":                                                                                                         true,
		"DESCARGA LA APP EL TIEMPO":                                                                                                                true,
		"Notícias do Norte de Minas e do Jequitinhonha com alertas em tempo real. Disponível para Android e iPhone.":                               true,
		"RELATED: District begins school year with four teaching vacancies":                                                                        true,
		"Sursa foto: Dan Hrițcu / arhiva Gazeta Bucovinei":                                                                                         true,
		"Kontakt zur Autorin: m.schroeter@rundschau-ol.de":                                                                                         true,
		"Contacta con la periodista en larrieta@diariodelcantabrico.es":                                                                            true,
		"Kontakt zum Autor: Die Redaktion erreichen Sie werktags von 9 bis 17 Uhr.":                                                                false,
		"This article first appeared in Fieldnote’s Spring 2024 print issue, “Headwaters.”":                                                        true,
		"Una versione ridotta di questo articolo apparirà sull'edizione cartacea de L'Eco della Valle di sabato 28 ottobre.":                       true,
		"Informace z databází ČTK nesmí být dále publikovány, přepisovány ani šířeny bez předchozího písemného souhlasu ČTK.":                      true,
		"Wir nutzen Cookies und vergleichbare Technologien, um unser Angebot für Sie zu finanzieren.":                                              true,
		"ติดตามข่าวสารล้านนาทูเดย์ได้ทาง LINE OA @lannatoday กดเพิ่มเพื่อนเลย":                                                                     true,
		"34 von 41 Lesern fanden diesen Ratgeber hilfreich.":                                                                                       true,
		"Have a story or a tip-off? Email us at newsdesk@kenyasentinel.co.ke or WhatsApp 0700 123 456.":                                            true,
		"Track Latest News Live on Desh Today and get news updates from India and around the world.":                                               true,
		"Loading X content":                     true,
		"Enjoying Field Notes? Buy me a coffee": true,
		"Schick uns Fotos, Videos oder Infos direkt per WhatsApp – wir melden uns.":                                       true,
		"Offrir cet article Abonnés : il vous reste 5 articles à offrir ce mois-ci.":                                      true,
		"🎁 Presentear matéria Assinantes podem enviar até 7 matérias por mês para quem não assina.":                       true,
		"Questo articolo ti è stato utile?":                                                                               true,
		"🎧 Beitrag anhören – automatisch vorgelesen, 4:55 Min.":                                                           true,
		"Follow the topic: Fenwick Bridge":                                                                                true,
		"Hier steht ein Video von YouTube. Mit dem Laden des Videos akzeptierst du die Datenschutzerklärung von YouTube.": true,
		"Este contenido de YouTube está bloqueado":                                                                        true,
		"O resumo foi produzido com ferramenta de inteligência artificial e revisado pela equipe do Portal Meridiano.":    true,
		"Leserbriefe geben nicht die Meinung der Redaktion wieder.":                                                       true,
		"Haben Sie eine Meinung zu diesem Thema? Schreiben Sie uns.":                                                      true,
		"Found this useful? Pass it on.":                                                                                  true,
		"Cet article vous est offert":                                                                                     true,
		"Google News'te bize abone olun, son dakika gelişmelerinden ilk siz haberdar olun.":                               true,
		"Die Verwendung der Bilder ist im Rahmen der Berichterstattung über Brandauer honorarfrei gestattet.":             true,
		"Photographs by Lena Voss":                                                                                        true,
		"Mejla nyhetschefen på tips@sundsbygden.example eller sms:a 0730-12 34 56. Du kan vara anonym.":                   true,
		"Du kan vara anonym.": true,
		"Nota editorial: Noticias del Sudoeste es un medio independiente. No recibimos pauta oficial de ningún municipio ni de la provincia.": true,
		"A note on how we work: The Riverside Dispatch does not use AI to write or edit our journalism.":                                      true,
		"The Ledger's transportation coverage is supported in part by a grant from the Hollis Family Foundation.":                             true,
		"Retrouvez toute l'actualité de la Broye sur notre application, disponible gratuitement.":                                             true,
		"The Ledger is committed to accuracy.": true,
		"Vous avez repéré une erreur ?":        true,
		"Für den Inhalt der Pressemitteilung ist allein das veröffentlichende Unternehmen verantwortlich.":                                                          true,
		"Mostra gli aggiornamenti precedenti (5)":                                                                                                                   true,
		"Lee sin límites toda la información de Aragón por 1 € el primer mes.":                                                                                      true,
		"Les questions sont publiées après modération.":                                                                                                             true,
		"Simak berita pilihan dan breaking news kami langsung di ponselmu.":                                                                                         true,
		"Voorgelezen door een computerstem":                                                                                                                         true,
		"Full disclosure: no AI tools were used to write or edit this review.":                                                                                      true,
		"Bij dit artikel is gebruikgemaakt van AI om interviews uit te schrijven.":                                                                                  true,
		"Cette enquête a été réalisée avec le soutien du Fonds pour une presse libre.":                                                                              true,
		"Este contenido se publica bajo licencia Creative Commons.":                                                                                                 true,
		"Die Informationen ersetzen nicht die persönliche Beratung durch Ihre Ärztin oder Ihren Apotheker.":                                                         true,
		"Dieser Artikel ist exklusiv für unsere Abonnentinnen und Abonnenten.":                                                                                      true,
		"Word ook lid vanaf €6 per maand.":                                                                                                                          true,
		"Mail onze redactie via tips@spoorzoeker.example":                                                                                                           true,
		"The Sentinel strives for accuracy and fairness.":                                                                                                           true,
		"If you believe something in this story is inaccurate, please tell us.":                                                                                     true,
		"¿Tenés una historia del barrio para contarnos?":                                                                                                            true,
		"Artikel vom 07.03.2024, 05:30 Uhr | Dieser Artikel wurde 318 mal gelesen.":                                                                                 true,
		"Dieser Artikel wurde 318 mal gelesen.":                                                                                                                     true,
		"Artikel vom 07.03.2024, 05:30 Uhr | Lokales Montabaur":                                                                                                     false,
		"The Metro Ledger is committed to accuracy. If you see an error in this story, email corrections@metroledger.example or read our corrections policy.":       true,
		"The Millbrook Gazette strives for accuracy. To report an error in this story, call the newsroom at (570) 555-0142 or email news@millbrookgazette.example.": true,
		"¿Has detectado un error? Este periódico rectifica públicamente cualquier información inexacta. Escríbenos a lectores@diariodelebro.example":                true,
		"Your browser doesn’t support HTML5 video.":                                                                                                                 true,
		"Create a free account or log in to continue reading without interruption.":                                                                                 true,
		"Ascolta questo articolo ▶ 3 min Sintesi vocale a cura di GSpeech":                                                                                          true,
		"She had to log in to the county's portal every morning to continue reading the river gauges.":                                                              false,
		"RELATED STORY: Parents rally to save elementary music (April 4)":                                                                                           true,
		"Have you been affected by the water outage? You can contact us by email at southwest.live@wbn.example or on WhatsApp.":                                     true,
		"Profitez de tous nos articles, de l'édition numérique et des directs de votre commune à partir de 1 € le premier mois.":                                    true,
		"Bu haberin tüm yayın hakları Ege Gündem'e aittir. Kaynak gösterilmeden alıntı yapılamaz.":                                                                  true,
		"Fotografías: Catalina Rojas Aguirre para Cuaderno de Sal":                                                                                                  true,
		"Fotografía: Lucía Barrenechea · Edición: Pau Vilaplana":                                                                                                    true,
		"Nunca le interesó la fotografía: prefería la pintura.":                                                                                                     false,
		"Please sign our guestbook!":                                                                                                                                true,
		"Tragen Sie sich doch in unser Gästebuch ein!":                                                                                                              true,
		"Con información de EFE y Reuters":                                                                                                                          true,
		"Mit Material von dpa und AFP":                                                                                                                              true,
		"Criterios de La Crónica: si ha encontrado un error en esta información, puede escribirnos a correcciones@cronicadelturia.example. Todas las rectificaciones se publican en nuestra sección de fe de errores.": true,
		"Resta sempre aggiornato sulle notizie delle valli: scarica l’app del Corriere delle Valli per iPhone e Android e attiva le notifiche per la tua zona.":                                                        true,
		"Vous souhaitez devenir correspondant local de presse du Courrier d’Armor ? Découvrez comment faire.":                                                                                                          true,
		"El ministerio cuenta con información de la policía sobre el caso.":                                                                                                                                            false,
		"Meridian Quarterly is reader-funded": true,
		"The Mana Coast Chronicle is an independent, reader-funded newsroom. If you value reporting like this, become a supporting member from $6 a month.":                          true,
		"Our journalists work hard to bring you local news you can trust. Here's how to stay across it:":                                                                             true,
		"O Planalto Beirão é um jornal independente. Se gosta do nosso trabalho, considere assinar a edição impressa ou fazer um donativo mensal a partir de 2 euros.":               true,
		"This content is hosted on YouTube. To watch our 3-minute side-by-side comparison, please allow YouTube cookies.":                                                            true,
		"Segnalazioni e notizie? Scrivi a redazione@vocedelmetauro.example o su WhatsApp al 333 000 4471":                                                                            true,
		"Local journalism matters. Support The Murray Standard from just $1 a week.":                                                                                                 true,
		"Disclaimer: Opinions expressed here are those of the writers and do not reflect those of Ghana Daily Star Online.":                                                          true,
		"Krijg een pushmelding bij belangrijk nieuws en volg liveblogs overal waar je bent.":                                                                                         true,
		"Alle Spiele, alle Tabellen, alle Ticker aus dem Wehrtal: Mit WB+ lesen Sie unbegrenzt – im ersten Monat für nur 0,99 Euro.":                                                 true,
		"This story is part of Wired Towns, our yearlong series on how small communities are getting connected. Have a story we should tell? Write to us at tips@northline.example.": true,
		"Meer nieuws uit Dommelvliet » Zwembad Achterbos: raad stemt in met sluiting per 1 september » Kermis op de Markt dit jaar een dag langer":                                   true,
		"Luister naar dit artikel03:41": true,
		"Hear Denise Coyle and Rosa Delgado in their own words on this week's episode of Low Tide, our podcast. Available on Apple Podcasts, Spotify and wherever you listen.": true,
		"Have a tip about development on the Ashby waterfront? Email us at tips@saltmarshreport.example or text 508-555-0199. We protect our sources.":                         true,
		"Listen to this article Audio is generated with an automated voice and reviewed by our editors.":                                                                       true,
		"The Lantern Project is supported by foundations and individual donors. Donors have no role in our editorial decisions. See our ethics policy and list of supporters.": true,
		"Weet je meer over dit onderwerp of heb je zelf iets meegemaakt? Mail naar tip@omroepzuidoost.example of stuur een WhatsApp-bericht naar 06-12345678.":                 true,
		"„Dlouho jsme se zdražení bránili, ale ceny předplatného se nezměnily od roku 2019. Mezitím náklady dopravního podniku vzrostly o více než třetinu,“ uvedl náměstek.":  false,
		"Čtěte všechny články bez reklam a omezení. Předplatné od 49 Kč měsíčně, první měsíc zdarma.":                                                                          true,
		"Predplatné Východných správ získate už od 3,99 eura mesačne. Ďakujeme, že čítate a podporujete našu prácu.":                                                           true,
		// a business report's words, which calls to subscribe, share and download use too
		"Soviet imports of soymeal may reach one mln tonnes between January and September this year, the Oil World newsletter said.":                  false,
		"The survey included 15 soybean estimates and 13 corn estimates and was released in the March 16 Soybean Update newsletter sent to members.":  false,
		"Each bond will carry two warrants giving the right to subscribe to one 40 franc nominal share at a price of 580 francs.":                     false,
		"In 1986, the company earned 4.42 dlrs a share on revenues of 10.7 billion dlrs.":                                                             false,
		"It said cash flow per share this year should be 2.50 to three dlrs.":                                                                         false,
		"Those users who manage their own updates are advised to download the fix as soon as possible from the Microsoft website.":                    false,
		"Bank Negara said it subsequently took up the unsubscribed shares.":                                                                           false,
		"For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.":                                          true,
		"Click to share on X (Opens in new window)":                                                                                                   true,
		"Subscribe to our channel for more videos.":                                                                                                   true,
		"Download the app to get breaking news alerts.":                                                                                               true,
		"Sign up for our newsletter to get the best stories in your inbox.":                                                                           true,
		"Puedes seguir a La Crónica en Facebook y X, o apuntarte aquí para recibir nuestra newsletter diaria.":                                        true,
		"You can unsubscribe from these emails at any time.":                                                                                          true,
		"Got a confidential news tip? We want to hear from you.":                                                                                      true,
		"Lees verder met een abonnement":                                                                                                              true,
		"Článek pokračuje pod reklamou":                                                                                                               true,
		"La Traverse n’a ni actionnaire ni publicité.":                                                                                                true,
		"Wir nutzen Cookies und ähnliche Techniken für Statistik und Reichweitenmessung. Ihre Einwilligung ist freiwillig und jederzeit widerrufbar.": true,
		"Wir suchen Verstärkung für unser Platform-Team in Rostock und remote. Schau dir unsere offenen Stellen an.":                                  true,
		"Escucha el episodio completo en Spotify, Apple Podcasts o en nuestra web.":                                                                   true,
		"Our stories may be republished online or in print under a Creative Commons BY-ND 4.0 license.":                                               true,
		"Ce média est financé à 100 % par ses lectrices et ses lecteurs. Si cette enquête vous a été utile, aidez-nous.":                              true,
		"Powiadomienia o utrudnieniach w komunikacji prosto na Twój telefon.":                                                                         true,
		"Die Zahl der offenen Stellen ist im dritten Quartal bundesweit um vier Prozent gesunken, meldet das IAB.":                                    false,
		"The recalled power banks have the model number printed on the back, below the USB-C port:":                                                   false,
		"No manual came with it, but the jumper settings are printed on the card itself.":                                                             false,
		"On rainy days my thoughts always drift toward cinnamon and cookies.":                                                                         false,
		"Girl Scouts begin selling cookies outside the library on Friday.":                                                                            false,
		"Strictly Necessary Cookies":                                                           true,
		"bitblatt online mit Cookies":                                                          true,
		"Die Ministerin äußerte sich am Dienstag nicht zum Thema.":                             false,
		"Das Buch & der Online-Lehrgang zum Thema":                                             true,
		"The newsletter gave the following figures for the harvest.":                           false,
		"Our weekly newsletter":                                                                true,
		"Sign up for our newsletter.":                                                          true,
		"Worldwide said Young and Rubicam designed and placed the advertisements in question.": false,
		"- Advertisement - Scroll to continue":                                                 true,
		"Residents can sign up at the library until Friday.":                                   false,
		"Sign up now.": true,
		"Fieldnotes Science stories are free to republish under a Creative Commons Attribution-NoDerivatives licence.":                            true,
		"Tauhou is now asking readers to contribute to keep our journalism free for everyone.":                                                    true,
		"In his weekly newsletter to clients, independent economist Marc-André Lavoie wrote that the participation rate was the number to watch.": false,
		"Die Seite aktualisiert sich automatisch alle 2 Minuten.":                                                                                 true,
		"● LIVE UPDATES Last updated 4:40 p.m. Saturday. Newest updates are added at the bottom of this post.":                                    true,
		"Kontakt redaktionen på 97 52 11 00 eller skriv til tip@sallingposten.example.":                                                           true,
		"Tämä juttu julkaistiin Keiteleen Kaiun torstain 25.8. näköislehdessä. Tilaa lehti kotiisi tai lue digilehteä.":                           true,
		"Yeah, just as I predicted, you are here again, to support the new system.":                                                               false,
		"You are here: Home » News » Local":           true,
		"Otherwise wait for next release, like I am.": false,
		"Next release: 14 May 2025":                   true,
		"„Einen Newsletter liest man, wenn man ihn abonniert hat. Das Gemeindeblatt lag einfach auf dem Küchentisch – und jeder hat reingeschaut.“":       false,
		"Das Lokalportal hat mit seinem WhatsApp-Kanal binnen sechs Wochen mehr als 9.000 Abonnenten gewonnen, fast doppelt so viele wie der Newsletter.": false,
		"Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region.":                                     true,
		"Die Fans können die Vereins-App herunterladen, um das erste ausführliche Interview mit dem Neuzugang zu sehen.":                                  false,
		"Jetzt die kostenlose App herunterladen":                                               true,
		"Check Settings > System > Software update and download the update if one is waiting.": false,
		"Download the KVNT 9 News app for breaking news alerts and live weather updates.":      true,
		"Das Ziel für das erste Jahr: 15.000 Downloads und 2.500 neue Digitalabonnenten.":      false,
		"Jetzt Digitalabo sichern":         true,
		"You can unsubscribe at any time.": true,
		"Themen-Newsletter zu Schule, Immobilien oder dem örtlichen Fußballverein;": false,
		"Haberin Devamı": true,
		"Gündem Postası uygulamasını App Store ve Google Play'den ücretsiz indirin.":                                                          true,
		"An dieser Stelle finden Sie einen Inhalt von Instagram. Um ihn anzuzeigen, müssen Sie der Verwendung von Cookies zustimmen.":         true,
		"Wenn du uns unterstützen willst, freuen wir uns über eine Steady-Mitgliedschaft ab 3 Euro im Monat.":                                 true,
		"Seite 1 von 1 | Diese Seite drucken | Weiterempfehlen":                                                                               true,
		"Comments are the personal views of readers.":                                                                                         true,
		"Reviewed by Siobhan Carraway · Posted: 8th November 2014 · Print this review | Email to a friend":                                    true,
		"Druckansicht Artikel per E-Mail versenden":                                                                                           true,
		"Anzeige – mein Werkzeug-Tipp: Für dickere Geiztriebe nutze ich eine kleine Blumenschere. Jetzt bei Amazon ansehen*":                  true,
		"Есть новость? Присылайте фото и видео в наш Telegram-бот @uralvestnik_bot или на почту news@uralvestnik.ru":                          true,
		"Urmărește Gazeta de Ardeal și pe Google News pentru cele mai noi știri din Transilvania.":                                            true,
		"Prova Norrlandsbladet Digital för 1 kr i en månad":                                                                                   true,
		"Ege Postası'nı Google News üzerinden takip edin, son dakika gelişmelerinden haberdar olun.":                                          true,
		"📲 Receba as notícias da Folha da Ilha no WhatsApp: entre no nosso canal e fique por dentro do que acontece na Grande Florianópolis.": true,
		"Receba o relatório anual da empresa em março.":                                                                                       false,
		"#bbcfootball, text 80295 or send us your comments":                                                                                   true,
		"Pin this for later!": true,
		"This article was published on guardian.co.uk at 19.17 GMT on Tuesday 15 March 2011.": true,
		"YOU MAKE OUR WORK POSSIBLE.":                     true,
		"Get our free family road trip packing checklist": true,
		"Шановні читачі, просимо вас підтримати \"Українську правду\"!":                                                                                            true,
		"Dir gefällt bitfeld.blog? Wir finanzieren uns über Werbung und Affiliate-Links. Wenn du uns direkt unterstützen möchtest, kannst du das über Steady tun.": true,
		"Your subscription has been successful.":                            true,
		"Masz news, zdjęcie lub filmik? Prześlij nam przez dziejesie.wp.pl": true,
		"Dette innholdet er ikke tilgjengelig":                              true,
		"Deze content kan helaas niet worden weergegeven. Je hebt geen toestemming gegeven voor het plaatsen van cookies van sociale media.": true,
		"Oceń jakość naszego artykułu:": true,
		"enlarge this image":            true,
		"toggle caption":                true,
		"The measure has angered some property owners, who say holiday lets support local shops and restaurants during the summer season.": false,
		"Support local journalism: become a member today.":    true,
		"Folge mir auf Instagram!":                            true,
		"Folge 48 erscheint am Montag auf allen Plattformen.": false,
		"Har du tips om något som händer där du bor? Kontakta Expressen på tips@expressen.se eller ring 020-52 52 52. Du har rätt att vara anonym.": true,
		"Stuur je nieuwstip, foto of video naar tip@nu.nl of via WhatsApp naar 06 - 1234 5678.":                                                     true,
		"Hai una segnalazione? Scrivi alla redazione: redazione@gazzettadelsulcis.it oppure invia un SMS al 340 555 1234":                           true,
		"Clicca per votare questo articolo!":                  true,
		"Wie hilfreich war dieser Beitrag?":                   true,
		"Letto 2.871 volte":                                   true,
		"4.3/5 - (12 voti)":                                   true,
		"Media voti: 4,2 su 37 voti":                          true,
		"Read 3 times before it made sense.":                  false,
		"Twoja przeglądarka nie obsługuje odtwarzacza wideo.": true,
		"Шановні читачі, просимо вас дотримуватися правил коментування":                         true,
		"Griežtai draudžiama DELFI paskelbtą informaciją panaudoti kitose interneto svetainėse": true,
		"This entry is part 4 of 6 in the series Homelab Diaries":                               true,
		"Building the Docker image: 14 minutes on average, even for one-line changes":           false,
		"Tax credit: what families can claim this year":                                         false,
		"Text und Fotos: Manfred Ortlepp, Schriftführer":                                        true,
		"Jan Hamáček, photo: Archives du Gouvernement tchèque":                                  true,
		"Main image: Getty": true,
		"For all the latest Pune News, download Indian Express App":                                                                      true,
		"Onko sinulla vinkki uutiseksi? Lähetä se Iltalehdelle osoitteeseen vinkki@iltalehti.fi":                                         true,
		"A Telex független, és csak az olvasóira számíthat.":                                                                             true,
		"Obituaries are published as submitted by funeral homes and families.":                                                           true,
		"Your donation will support the student journalists of University of Alaska Anchorage.":                                          true,
		"Hutt Dir e Feeler an dësem Artikel fonnt? Schreift eis.":                                                                        true,
		"Tá Tuairisc.ie ag brath ar thacaíocht ónár léitheoirí chun seirbhís nuachta neamhspleách Ghaeilge a chur ar fáil.":              true,
		"Volunteers repair bucking chutes at the fairgrounds arena Monday evening. Photo: Dale Hutchens/Ledger":                          true,
		"Have a story idea? Email Global News Calgary at calgarynews@globalnews.ca.":                                                     true,
		"Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.":                                                           true,
		"Die Forenbeiträge geben die Meinung der jeweiligen Verfasser wieder.":                                                           true,
		"Zutaten bei REWE online bestellen":                                                                                              true,
		"larkspurandlinen reblogged this from fieldnotesfromnowhere":                                                                     true,
		"ohnomorepotatoes liked this":                                                                                                    true,
		"Everyone at the market said they liked this":                                                                                    false,
		"Dołącz do nas na Facebooku! Publikujemy najciekawsze artykuły, wydarzenia i konkursy.":                                          true,
		"Diskuze je přístupná pouze pro přihlášené uživatele s ověřeným účtem Seznam.":                                                   true,
		"Gentile lettore, la pubblicazione dei commenti è sospesa dalle 20 alle 9.":                                                      true,
		"Bạn có thấy bài viết này hữu ích? Hãy tặng sao cho tác giả.":                                                                    true,
		"Masz newsa, zdjęcie lub filmik? Prześlij nam przez dziejesie.wp.pl":                                                             true,
		"Die komplette Zeitung schon ab 5 Uhr morgens online lesen.":                                                                     true,
		"Related from the archive: The last herring drifter":                                                                             true,
		"Sözcü Gazetesi'nde yayımlanan haberlerin her türlü hakkı saklıdır. İzin alınmadan, kaynak gösterilerek dahi iktibas edilemez.":  true,
		"Published: Aug. 14, 2020 at 6:18 PM EDT | Updated: Aug. 15, 2020 at 4:05 PM EDT":                                                true,
		"Published: Aug. 14, 2020 | Updated twice since the council met, the plan stands":                                                false,
		"Una publicación compartida de Abanicos Peris (@abanicosperis)":                                                                  true,
		"Dit artikel verscheen eerder in de papieren editie van Dagblad van het Noorden van dinsdag 6 november 2007.":                    true,
		"Versione audio generata con sintesi vocale":                                                                                     true,
		"Get Free E-mail Alerts on These Topics":                                                                                         true,
		"Imate li saznanja o ovoj temi? Javite nam se na vijesti@index.hr ili na WhatsApp/Viber broj.":                                   true,
		"Wichtiger Hinweis: Die Inhalte unseres Ratgebers dienen der allgemeinen Information und ersetzen keine ärztliche Untersuchung.": true,
		"Web Title: mussoorie multi level parking near kincraig to ease traffic jam":                                                     true,
		"Have a news tip? Email us at tips@example.com":                                                                                  true,
		"Listen to this story":                                             true,
		"Getting your Trinity Audio player ready...":                       true,
		"Sie befinden sich hier:":                                          true,
		"Ten tekst przeczytasz w 4 minuty":                                 true,
		"- โฆษณา -":                                                        true,
		"长按二维码，关注山海青年说":                                                    true,
		"编辑 / 周小舟":                                                         true,
		"En son gelişmeler için Gündem Haber'i Google News'te takip edin.": true,
		"Erschienen in Weitblick 11/2020":                                  true,
		"mood: cold":                                                       true,
		"music: the space heater, humming":                                 true,
		"Location: Bedford-Stuyvesant, Brooklyn, New York":                 false,
		"Last Updated ( Wednesday, 16 May 2007 )":                          true,
		"Copy/paste the article video embed link below:":                   true,
		"Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.": true,
		"Please turn on JavaScript to use this feature":                                                                                                                    true,
		"Our expert reviewers spend hours testing and comparing products and services so you can choose the best for you.":                                                 true,
		"Gefällt dir der Artikel? Merke ihn dir auf Pinterest!":                                                                                                            true,
		"Gefällt dir der Artikel? Dann merk ihn dir auf Pinterest!":                                                                                                        true,
		"More articles by apistolars | Last edited by apistolars; 02-14-2011 at 09:10 AM. Reason: added brood 6 numbers":                                                   true,
		"Last edited by apistolars; 02-14-2011 at 09:10 AM. Reason: added brood 6 numbers":                                                                                 true,
		"Harbour works | The council will decide on the plan next week.":                                                                                                   false,
		"Dieser Text steht unter der Lizenz CC BY-SA 4.0.":                                                                                                                 true,
		"Der Datensatz steht unter der Lizenz „Datenlizenz Deutschland – Namensnennung – Version 2.0“. Damit ist eine freie Nutzung auch für kommerzielle Zwecke möglich.": false,
		"This work is licensed under a Creative Commons Attribution 4.0 International License.":                                                                            true,
		"The new release is licensed under the Apache License 2.0, like the ones before it.":                                                                               false,
		"Du willst das Rezept nicht vergessen? Dann merk es dir auf Pinterest!":                                                                                            true,
		"WLAN-Passwort über die Systemsteuerung anzeigen":                                                                                                                  false,
		"Der Haken: Werbungskostenpauschbetrag":                                                                                                                            false,
		"Alle Bilder anzeigen":                                                                                                                                             true,
		"18+ | Suchtrisiken | Hilfe unter www.buwei.de | Anzeige":                                                                                                          true,
		"This story originally appeared in The Lakeshore Ledger, a sister publication of the Pine Valley Record.":                                                          true,
		"Diese Seite wurde zuletzt aktualisiert am 02.09.2008":                                                                                                             true,
		"Diese Seite ist optimiert für 1024x768 Pixel und den Internet Explorer 6.0":                                                                                       true,
		"Webdesign: Pixelwerk Lindenau":                                                                                                                                    true,
		"El Universal no se hace responsable por las opiniones vertidas en los comentarios.":                                                                               true,
		"Para poder comentar debes estar registrado y tener una suscripción digital de EL PAÍS.":                                                                           true,
		"Corriere della Sera è anche su Whatsapp. È sufficiente cliccare qui per iscriversi al canale.":                                                                    true,
		"Bekijk hieronder onze meest bekeken video’s van dit moment:":                                                                                                      true,
		"VÍDEOS: mais assistidos do g1 PE nos últimos 7 dias":                                                                                                              true,
		"Rechte am Artikel können Sie hier erwerben.":                                                                                                                      true,
		"Be the first to like this post.":                                                                                                                                  true,
		"This archived news story is available only for your personal, non-commercial use. Information in the story may be outdated.":                                      true,
		"Fotostrecke: So soll der neue Lahnsteg aussehen":                                                                                                                  true,
		"Os filmes mais assistidos do ano foram produções nacionais, segundo a Ancine.":                                                                                    false,
		"Die Besucher des Festes sind bis 22 Uhr willkommen, sagte der Vorstand am Montag.":                                                                                false,
		"Explore more on these topics":                                                                                                                                     true,
		"I hope you appreciated this article. Before you move on, I wonder if you would consider supporting our journalism.":                                               true,
		"この記事は共同通信社から配信を受けています。":                                                                                                                                           true,
		"이 기사는 언론사에서 경제 섹션으로 분류했습니다.":                                                                                                                                      true,
		"21+. Gambling Problem? Call 1-800-GAMBLER. Odds subject to change.":                                                                                               true,
		"Quer receber as notícias do Portal Cariri no seu celular? Entre no nosso grupo de WhatsApp.":                                                                      true,
		"Dieser Artikel erscheint auch in der Printausgabe MT-Fokus 1/2022.":                                                                                               true,
		"Hinweis: Dieser Beitrag basiert auf einer Pressemitteilung des Unternehmens.":                                                                                     true,
		"Ouça a entrevista completa:":                                                                                                                                      true,
		"The casino's owners said the problem was not gambling but the rent, which doubled in 2019.":                                                                       false,
		"📲 ¿Quieres recibir nuestras noticias en tu celular? Envía la palabra ALTA por WhatsApp al 444 100 2030.":                                                          true,
		"This story was originally published September 17, 2020 6:00 AM.":                                                                                                  true,
		"Diese Pressemitteilung wurde bisher 184 mal aufgerufen.":                                                                                                          true,
		"Anzahl Zeichen: 3412": true,
		"Rating: 9/10":         true,
		"The rating of 9 out of 10 players surprised the coach after the match.": false,
		"Zobacz również:": true,
		"Questo sito utilizza cookie tecnici e di profilazione propri e di terze parti.": true,
		"Si te informa, nos ayudas": true,
		"À voir également sur Le Fil: Nouvel An: à Strasbourg, des policiers visés par des tirs de mortiers": true,
		"Lesen Sie auch: Wie die Stadt ihre Brücken prüft":                                                   true,
		"Sie lesen auch gern Krimis? Dann ist dieses Buch das richtige für Sie, schreibt die Jury.":          false,
		"Mainoskampanja alkoi maanantaina, ja se jatkuu koko kesän ajan kaikissa kaupungin busseissa.":       false,
		"特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。":                                                               true,
		// Text.
		"The council said it had no news about the tip's owner.":                       false,
		"Erschienen in den Jahren 2019 und 2020 sind zwei Bände.":                      false,
		"Die Redaktion hat den Text am Montag überarbeitet und den Fehler korrigiert.": false,
		"ติดตามข่าวสารล่าสุดได้ทุกวันที่ LINE @siamdaily และเพจเฟซบุ๊กสยามรายวัน":                  true,
		"กดแชร์บทความนี้ให้เพื่อนๆ ได้รู้จักตลาดน้ำ และกดติดตามเพจนนท์ทูเดย์เพื่อไม่พลาดข่าวชุมชน": true,
		"Ikuti kami di Instagram @suarapantura": true,
		"Theo dõi chúng tôi trên Facebook":      true,
		"ชาวบ้านติดตามข่าวน้ำท่วมทางวิทยุชุมชนทุกคืน": false,
		"Dalsza część artykułu pod materiałem wideo": true,
		"“We write for subscribers, but we report on everybody. Those are not the same group, and we should stop acting as if they were.”": false,
		"This story is available for subscribers only.":         true,
		"Netflix added 2.4 million subscribers in the quarter.": false,
		"Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.": true,
		"Bildergalerie: Die dramatische Rettung am Kanal":                                 true,
		"Artiklen blev bragt i den trykte avis 4. februar 2024, 1. sektion, side 8.":      true,
		"Esta nota aparecerá en nuestra edición impresa del domingo 11 de junio de 2017.": true,
		"Geändert von Schrauber_Micha (18.05.2013 um 16:41 Uhr)":                          true,
		"Last edited by dwaltham; 03-15-2013 at 09:02 AM.":                                true,
		"Edited September 5, 2017 by leocarraway":                                         true,
		"4 Likes": true,
		"(Borítókép: A szentendrei HÉV Budakalásznál 2023. október 12-én. Fotó: Papajcsik Péter / Index)": true,
		"Titelfoto: Ann Lee/dpa": true,
		"Eine Newsübersicht am Morgen und zum Feierabend, überraschende Storys und Breaking News: Abonniere den WhatsApp-Kanal von 20 Minuten.":                    true,
		"Rumor has it that this song is a precursor to a holiday special that Sklar plans to release on Christmas. Follow him on Instagram to watch.":              false,
		"Direkt aus dem dpa-Newskanal: Dieser Text wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen und von der SZ-Redaktion nicht bearbeitet.": true,
		"Last modified June 14, 2021: fix typo in 2.0 release post (a3f9e21)":                                                                                      true,
		"Last updated: 2nd January 2012 (added note about fuse rating after an email from a reader - thank you, Dennis).":                                          true,
		"Registered charity in England and Wales no. 1098765":                                                                                                      true,
		"Best viewed at 1024x768. © Geoff Tanner 2010.":                                                                                                            true,
		"이 기사에 대해 어떻게 생각하시나요?":                                                                                                                                     true,
		"Hast du eine News?": true,
		"The Wayback Machine - https://web.archive.org/web/20100531141512/http://www.zeit.de/": true,
		"Veröffentlicht in der gedruckten Ausgabe vom Sa, 12. März 2016:":                      true,
		"Posłuchaj artykułu":    true,
		"En çok okunanlar sonu": true,
		"L'intégralité de cet article est réservée aux abonnés.":                                                                      true,
		"\"I thought it was old mail at first,\" Kell told CBS affiliate WKYC. \"Then I opened one and there was a stack of bills.\"": false,
		"This post contains affiliate links, and we may earn a small commission.":                                                     true,
		"Note: Content may be edited for style and length.":                                                                           true,
		"Printer-friendly version":                     true,
		"Video | So erkennen Sie gefälschte Paket-SMS": true,
		"Open this photo in gallery:":                  true,
		"(Weitergeleitet von Kalthopfung)":             true,
		"(Redirected from Dry hopping)":                true,
		"Pozostało 74% treści artykułu":                true,
		"Imate li dojavu za nas? Pošaljite nam priču, fotografiju ili video na dojava@index.hr":    true,
		"Pentru a semnala o eroare de conținut, scrieți-ne la":                                     true,
		"Do diskuze mohou přispívat pouze uživatelé s ověřeným účtem Seznam.":                      true,
		"Listen to CYBER, Motherboard’s new weekly podcast about hacking and cybersecurity.":       true,
		"Listen to the mayor explain the plan in her own words at the council meeting on Tuesday.": false,
		"FOTOGALLERY · La prima sera dei Murazzi":                                                  true,
		"Submitted by hcartwright on Tue, 03/15/2011 - 16:42":                                      true,
		"Partagez cet article :":                                                        true,
		"Submitted by readers, the photos show the flood's reach":                       false,
		"JIM HOLLOWAY may be reached at jim.holloway@brainerddispatch.com or 855-5863.": true,
		"• Susan Ferrechio can be reached at sferrechio@washingtontimes.com.":           true,
		"Was this article valuable?":                                                    true,
		"Interested in Florida? Get automatic alerts for this topic.":                   true,
		"PHOTO GALLERY (CLICK TO ENLARGE)":                                              true,
		"Write a comment...":                                                            true,
		"_________________ Gruß Kurt Epoche III – Märklin C-Gleis – CS1 – Win-Digipet 9.2 Meine Anlage im Netz": true,
		"__________________\nTom - Tulsa, zone 7a. Moderator, Edibles forums.":                                  true,
		"Sign up for the KXAN Daily Email":                               true,
		"Breaking news in your inbox. Click here to sign up for alerts.": true,
		"Residents can also sign up for emergency alerts by phone, text or email through the regional system, which officials encouraged people to do.": false,
		"Bildnachweis: Quelle, cc-Lizenz":                                                        true,
		"Photo by Millbrook Public Library staff.":                                               true,
		"He took the photo by the lake at dawn.":                                                 false,
		"Dieser Eintrag wurde veröffentlicht in Alltag, Fahrrad. Lesezeichen für den Permalink.": true,
		"This entry was posted in Archives, Research and tagged customs, E 190, port books, smuggling, The National Archives, Lloyd's List, Bristol. Bookmark the permalink.": true,
		"Dieser Eintrag wurde veröffentlicht in Landleben und verschlagwortet mit Dorf, Hamburg, Umzug, Wendland, Hühner, Garten. Setze ein Lesezeichen auf den Permalink.":   true,
		"大坑9號步道新設的無障礙觀景平台，可遠眺台中市區。（記者林佳蓉攝）":                                                                                                                                   true,
		"整修後的9號步道改用再生塑木，並加裝夜間照明。（台中市建設局提供）":                                                                                                                                   true,
		"8月17日，静安区一处爱心驿站内，外卖骑手在休息。澎湃新闻记者 周然 图":                                                                                                                                true,
		"骑手说，高温天他们都会用手机拍摄。":                                                                                                                                                   false,
		"Reach the writer at 402-473-7436 or dolsen@journalstar.com.":                                                                                                         true,
		"Ontvang pushberichten bij belangrijk nieuws en volg liveblogs overal.":                                                                                               true,
		"Haben Sie Fotos oder Videos vom Hochwasser? Schicken Sie uns Ihr Material über unser Upload-Formular":                                                                true,
		"Recibe cada tarde el boletín Diario de Noticias con los temas más destacados del día":                                                                                true,
		"Leída 4.218 veces":                                    true,
		"1.204 Aufrufe":                                        true,
		"erschienen am 12.03.2016":                             true,
		"Published: March 5, 2024 at 9:14 am":                  true,
		"Published: the council's report on the new bus lanes": false,
		"First published on Tue 9 Nov 2021 17.30 GMT":          true,
		"First published in 1887, the novel sold few copies":   false,
		"Vous avez trouvé une erreur?":                         true,
		"Radio Bielefeld jetzt auch auf WhatsApp: Folgt unserem Kanal für die wichtigsten Nachrichten aus Bielefeld.": true,
		"Schick uns dein Video, Foto oder deine Story über die Community – wir zahlen für publizierte Beiträge.":      true,
		"Zuletzt bearbeitet von Ann Lee": true,
		"4.86 da 37 voti":                true,
		"Tea grower Li Fang (R) introduces pu'er tea to online viewers during a livestream in Yunnan Province, Aug. 18, 2019. (Xinhua/Hu Chao)": true,
		"Support for the plan fell to 38 percent, according to the latest poll (Reuters/Ipsos)":                                                 false,
		"Subscribe now for full access": true,
		"Wykorzystujemy pliki cookies oraz podobne technologie w celu świadczenia usług.":                               true,
		"Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.": true,
		"Found a typo? Select it and press Ctrl+Enter.":                                                                                                                             true,
		"Copyright © 2018, The Baltimore Sun, a Baltimore Sun Media Group publication | Place an Ad":                                                                                true,
		"Copyright 2023 The Washington Times, LLC. Click here for reprint permission.":                                                                                              true,
		"Copyright law was at the heart of the dispute, which began in 2019 when the label sued.":                                                                                   false,
		"Noch mehr aktuelle Nachrichten aus dem Landkreis Ebersberg finden Sie auf Merkur.de/Ebersberg.":                                                                            true,
		"Mehr News aus München lesen Sie immer bei uns.":                                                                                                                            true,
		"Mehr Nachrichten aus der Region gab es in diesem Jahr kaum, sagte der Sprecher.":                                                                                           false,
		"Hello, and welcome to the 23 new subscribers who found their way here after last week's post about bus stop spacing. I promise this newsletter is not always about buses.": false,
		"Special offer for new subscribers: your first three months for $1.":                                                                                                        true,
		"This post was written in it. So, for what it is worth, was every one of the last hundred and twelve issues of this newsletter.":                                            false,
		"This article is more than 3 years old.":                                                                                                                                    true,
		"This article is more than a review: it is a plea to keep the cinema open.":                                                                                                 false,
		"Like this post? Pin it for later!":                                                                                                                                         true,
		"この記事は有料記事です。残り1,187文字":                                                                                                                                                     true,
		"Hope you found this helpful!":                                                                                                                                              false,
		"The council is now on WhatsApp, where residents can report potholes and broken street lights.":                                                                             false,
		"Prüfen Sie, ob die Rechnung in Ihrem Postfach gelandet ist, bevor Sie den Anbieter anrufen.":                                                                               false,
		"Die wichtigsten Nachrichten aus der Wirtschaft, jeden Werktag um 17 Uhr in Ihrem Postfach.":                                                                                true,
		"NÖN-Abo: Jede Woche die NÖN in Ihrem Briefkasten und als E-Paper. Jetzt 4 Wochen gratis testen!":                                                                           true,
		"Dapatkan berita terkini di telefon anda! Sertai saluran Telegram Berita Harian: t.me/beritaharianmy":                                                                       true,
		"新浪新闻客户端：海量资讯、精准推荐，下载新浪新闻App，随时随地看新闻。":                                                                                                                                      true,
		"Got a story for us? Get in touch with our news team by emailing us at webnews@metro.co.uk. For more stories like this, check our news page.":                               true,
		"Mitglied seit 2009 · 37 Rezepte":                                                                                                                                           true,
		"Read related Tribune coverage:":                                                                                                                                            true,
		"This article is related to:":                                                                                                                                               true,
		"Quality journalism doesn’t come free":                                                                                                                                      true,
		"You are visitor number\nsince April 2003.":                                                                                                                                 true,
		"Sie sind der Meinung, dass es so nicht weitergeht.":                                                                                                                        false,
		"Фото: УНІАН, Віктор Ковальчук":                                                                                                                                             true,
		"Поддержите «Новую газету Европа»":                                                                                                                                          true,
		"Why are you making commenting on The Greenock Telegraph only available to subscribers?":                                                                                    true,
		"It's one of the most common questions we get. Register to get access to all of our content and join the conversation.":                                                     true,
		"The council will register to get the grant before the end of June, the treasurer said.":                                                                                    false,
		"06.10.08 14:32\nKategorie: Gemeindeleben\nvon: Ursula Hemmerich":                                                                                                           true,
		"Kategorie: Gemeindeleben\nDie Kirche war voll.":                                                                                                                            false,
		"14:32\nvon: Ursula Hemmerich, die seit 1998 den Gemeindebrief schreibt und das Archiv pflegt":                                                                              false,
		"Inquirer Southern Luzon / 12:18 AM September 14, 2016":                                                                                                                     true,
		"Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45":                                                                                                                        true,
		"Berlin / Brandenburg":                                                                false,
		"The final was moved from Sunday / March 3, 2019.":                                    false,
		"MOST READ IN NEWS":                                                                   true,
		"The most read in the family was Dickens.":                                            false,
		"Lisez « Déneigement : Montréal a déjà dépassé son budget annuel »":                   true,
		"Lisez attentivement les consignes avant de partir.":                                  false,
		"When you buy a book using a link on this page, we receive a commission.":             true,
		"Um diesen Inhalt anzuzeigen, benötigen wir Ihre Zustimmung.":                         true,
		"Alle Analysen, Noten und Hintergründe: Jetzt kicker+ einen Monat für 1 Euro testen.": true,
		"DER SPIEGEL 29/2022: Hier finden Sie alle Artikel der Ausgabe als Digitalversion.":   true,
		"Urmăreşte-ne pe Facebook şi Twitter pentru cele mai noi ştiri.":                      true,
		"4.92 von 37 Bewertungen":                                                             true,
		"4.8 from 112 votes":                                                                  true,
		"Die Mannschaft holte 4,5 von 10 Punkten.":                                            false,
		"£29.99, Aldi.co.uk":                                                                  true,
		"£29.99, and worth every penny.":                                                      false,
		"Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.":                true,
		"Wir arbeiten für Umfragen mit Civey zusammen. Wenn Sie abstimmen, werden Daten an Civey übermittelt.":                                       true,
		"Mit Ihrer Zustimmung wird hier ein externes YouTube-Video (Google Ireland Limited) geladen.":                                                true,
		"Photo: Fish farming companies will be allowed to increase stocking in the harbour's lease areas. (ABC News: Tom Harrigan)":                  true,
		"Photo: the council's plan, which residents can see at the library until Friday, shows two new crossings on the main road.":                  false,
		"Caro lettore, da anni PadovaOggi ti offre gratuitamente informazioni locali. Ora più che mai abbiamo bisogno del tuo aiuto per continuare.": true,
		"Comments are the opinions of their authors and do not reflect the views of the Fort Scott Sentinel.":                                        true,
		"Die Kommentare sind Eigentum der Verfasser. Wir sind nicht verantwortlich für ihren Inhalt.":                                                true,
		"The comments are owned by the poster. We aren't responsible for their content.":                                                             true,
		"Bitte nehmen Sie sich einen Augenblick Zeit, um diesen Artikel zu bewerten:":                                                                true,
		"Umleitungsplan K 6 (PDF, 412 KB)": true,
		"Den Umleitungsplan mit allen Details finden Sie hier: Umleitungsplan Seestraße (PDF, 412 KB)": false,
		"Then £59 per month. Complete digital access to quality FT journalism on any device.":          true,
		"Have a confidential tip for our reporters?":                                                   true,
		"Discover stories from this section and more in the list of contents":                          true,
		"Geschrieben von Redaktion":                                               true,
		"Written by Rev. Daniel Okoro":                                            true,
		"Written by hand in 1842, the letter survived two fires and a flood.":     false,
		"Ticker wird automatisch aktualisiert":                                    true,
		"Have you been affected by Storm Corrie? We would like to hear from you.": true,
		"Healthline has strict sourcing guidelines and relies on peer-reviewed studies, academic research institutions, and medical associations.": true,
		"Mehr auf SPIEGEL ONLINE:":            true,
		"Mehr auf der Insel:":                 true,
		"Mehr auf dem Land als in der Stadt.": false,
		"Journalismus im Netz kostet Geld. Die Inhalte auf taz.de sind trotzdem frei zugänglich.":                                    true,
		"Verywell Health uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles.": true,
		"We correct errors promptly. If you believe something in this story is inaccurate, please contact our editors.":              true,
		"Reageren is niet meer mogelijk. Bij dit artikel zijn 87 reacties geplaatst.":                                                true,
		"Not a member yet?":                       true,
		"Eingestellt von: Sabine Maier, Hauptamt": true,
		"Hinweis: Dieser Ratgeber dient der allgemeinen Information und ersetzt keine zahnärztliche Untersuchung.": true,
		"Popular on Variety": true,
		"Popular on the night shift, the canteen now opens at 2 a.m.":                                                                         false,
		"Quality local news takes time and costs money.":                                                                                      true,
		"Sie haben das Ende des frei verfügbaren Textes erreicht.":                                                                            true,
		"Passauer Neue Presse, Ausgabe Passau Stadt vom 15.03.2017":                                                                           true,
		"Rhein-Zeitung, Ausgabe Koblenz vom Freitag, 27. September 2013, Seite 13":                                                            true,
		"This story is part of a group of stories called Future Perfect":                                                                      true,
		"Artykuł jest częścią cyklu „Miasto w remoncie”, w którym przyglądamy się największym inwestycjom w mieście.":                         true,
		"Masz temat, o którym powinniśmy napisać? Skontaktuj się z nami:":                                                                     true,
		"A cikkhez tartozó kommentek a Facebook-oldalunkon olvashatók.":                                                                       true,
		"The river is part of a network of canals that fed the mills.":                                                                        false,
		"Pridružite se Glasu Istre na Viberu!":                                                                                                true,
		"Entre no canal do Diário do Nordeste e fique por dentro do que acontece no Estado.":                                                  true,
		"Counties 1 Midlands West (South) · Mill Lane · Sat 12 Oct 2019 · KO 15:00":                                                           true,
		"Haben Sie Feedback? Schreiben Sie uns!":                                                                                              true,
		"2 Klicks für mehr Datenschutz: Erst wenn Sie hier klicken, wird der Button aktiv und Sie können Ihre Empfehlung senden.":             true,
		"This article was produced in partnership with the Des Moines Register, which is a member of the ProPublica Local Reporting Network.": true,
		"Sie lesen diesen Artikel in der Einzelseitenansicht. Zur Ansicht mit Seitenumbrüchen":                                                true,
		"Hast du etwas beobachtet? Schicke uns deine Fotos und Videos per WhatsApp":                                                           true,
		"Gefördert durch das Bundesministerium der Justiz und für Verbraucherschutz aufgrund eines Beschlusses des Deutschen Bundestages.":    true,
		"07:41\nDiese Audioversion wurde künstlich erzeugt. Mehr Infos":                                                                       true,
		"Do you have a story to share? Contact the M.E.N. newsdesk on 0161 211 2880":                                                          true,
		"Do you have a story? Contact the Yorkshire Evening Post newsdesk on 0113 238 8433":                                                   true,
		"Messdaten direkt aufs Handy": false,
		"Die wichtigsten Nachrichten direkt aufs Handy – mit unserer kostenlosen App": true,
		"Annual report 2019 [PDF 1.2 MB]":                                             true,
		"The report (PDF) runs to 40 pages and was published on Tuesday.":             false,
		"NDR 1 Niedersachsen | Regional Hannover | 14.05.2018 | 17:00 Uhr":            true,
		"Eingestellt von: Petra Hollmann | 24.06.2016 | Kategorie: Aus dem Landtag":   true,
		"Home | News | Local": false,
		"Polls closed at 20:00 | turnout was 61 percent | the count went on past midnight, officials said.": false,
	} {
		n := trimmedLen(s)
		if got := furnitureBlock(s, n); got != want {
			t.Errorf("furnitureBlock(%q) = %v, want %v", s, got, want)
		}
	}
	for l, want := range map[string]bool{
		"All donations are tax deductible.": true,
		"Residents can sign up for emergency alerts and find the latest evacuation maps at cordemergency.ca.":                                                                                     false,
		"Boulder County has opened an evacuation center at the YMCA in Lafayette and asked residents to sign up for emergency alerts at BoCoAlert.":                                               false,
		"elDiario.es se financia con las cuotas de 80.000 socios y socias. Hazte socio y defiende el periodismo.":                                                                                 true,
		"Orlando Weekly has been your free source for independent news and culture for nearly 30 years. If you value what we do, consider supporting us with a one-time or monthly contribution.": true,
		"Residents can also sign up for emergency alerts by phone, text or email through the regional WarnCentralTexas.org system, which officials encouraged people to do.":                      false,
		"Sign up now and get our best stories delivered to you every morning, free of charge, with no spam ever.":                                                                                 true,
		"Dear reader, we have been keeping you up-to-date with information on the developments in India and the world.":                                                                           true,
		"To enable wide dissemination of news that is in public interest, we have extended free trial periods.":                                                                                   true,
		"The company said on Tuesday that the free trial period had ended for most of its customers in the region last month.":                                                                    false,
		"Catch all the Latest India News, Delhi News and Breaking News on Capital Chronicle.":                                                                                                     true,
		"Donations can be made at the abbey or through its website. The church council hopes to complete the work by next summer.":                                                                false,
		"Please consider a donation: we rely on readers like you to keep our newsroom going and our reporting free for everyone to read.":                                                         true,
		"This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint, contact the editor.":                 true,
		"Gernot Albers hat sich inzwischen entschieden. Er kündigt per Einschreiben. Registrieren will er sich nicht.":                                                                            false,
		"Beim Sicherheitskongress am 1. und 2. Februar können sich Interessierte kostenlos anmelden.":                                                                                             false,
		"Join the conversation with 88 fans. Log in to post.":                                                                                                                                     true,
		"Jetzt registrieren und weiterlesen.": true,
	} {
		if got := isTailJunk(l); got != want {
			t.Errorf("isTailJunk(%q) = %v, want %v", l, got, want)
		}
	}
	for _, l := range []string{"O jornalismo do PÚBLICO precisa de leitores que o apoiem. Assine e ajude-nos a fazer um jornalismo independente.", "A Hírkapu az olvasók támogatásából működik.", "Il Punto ha bisogno anche di te",
		"Se anche tu pensi che l’informazione libera sia un bene comune, diventa sostenitore.",
		"Die taz ist frei zugänglich für alle. Damit das so bleibt, brauchen wir Ihre Unterstützung. Jetzt unterstützen!",
		"Safeguard press freedom & keep HKFP free for all readers by supporting our team",
		"Станьте учасником Клубу УП — і допоможіть нам і далі говорити правду.",
		"If you enjoyed this article, I’d like to ask for your support.",
		"¿Te sirvió esta nota? Noticias del Valle es un medio autogestivo. Si querés que sigamos contando lo que pasa en el Valle, invitanos un cafecito en cafecito.app/noticiasdelvalle.",
		"Salurkan donasi terbaik Anda melalui mitra lembaga kemanusiaan kami.", "Paremkite nepriklausomą regiono žiniasklaidą.",
		"Klartext Umwelt ist werbefrei und wird von rund 4.000 Fördermitgliedern getragen.", "La Vereda se sostiene con el aporte de sus lectores.",
		"We rely on readers, not advertisers, to pay for reporting like this.",
		"A Telexet az olvasók tartják életben.",
		"HotNews.ro are nevoie de sprijinul tău",
		"Wenn euch unsere Arbeit gefällt, könnt ihr uns mit einem Einkauf über unsere Amazon-Partnerlinks unterstützen.",
		"Наша редакція не залежить від олігархів і політиків. Станьте частиною Клубу УП, щоб підтримати якісну журналістику.",
		"Se apprezzi il nostro lavoro e vuoi che continui così, abbonati: costa meno di un caffè al mese.",
		"Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarnesia.com. Mari bergabung di Grup Telegram \"Kabarnesia.com News Update\", caranya klik link https://t.me/kabarnesiacomupdate, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel."} {
		if !isTailJunk(l) {
			t.Errorf("isTailJunk(%q) = false", l)
		}
	}
	for _, l := range []string{"Besucher: 23.817", "Visitors: 1,204", "Beiträge: 8.911", "Registriert seit: 03.2009"} {
		if !counterLine(l) {
			t.Errorf("counterLine(%q) = false", l)
		}
	}
	for _, l := range []string{"Story Continued Below", "- Mainos -", "Annons", "ANNONSE", "Dig deeper", "Key events", "(Keep screen awake)", "Check Amazon", "< Prev", "Next >",
		"Dengarkan berita ini", "Posłuchaj artykułu", "Lyssna på artikeln", "Tartalomjegyzék", "İçindekiler"} {
		if !boilerLines[strings.ToLower(strings.Trim(l, " .:!»›><‹«|-–"))] {
			t.Errorf("%q is no furniture line", l)
		}
	}
	for _, l := range []string{"精选留言", "写留言", "press contacts", "wissenschaftlicher ansprechpartner", "wissenschaftlicher kontakt", "rückfragen von journalistinnen und journalisten bitte an"} {
		if !closingLabel(l) {
			t.Errorf("closingLabel(%q) = false", l)
		}
	}
}

// TestGalleryCount checks a gallery's counter, alone or between its
// buttons, and a sentence with a count.
func TestGalleryCount(t *testing.T) {
	for s, want := range map[string]bool{
		"Bild 3 von 12":                        true,
		"Image 1 of 8":                         true,
		"« zurück Bild 1 von 12 weiter »":      true,
		"‹ prev Photo 2 of 9 next ›":           true,
		"Bild 1 von 12 Bildern zeigt den Steg": false,
	} {
		if got := galleryCountRe.MatchString(s); got != want {
			t.Errorf("galleryCountRe(%q) = %v, want %v", s, got, want)
		}
	}
}

// plainByline takes a line of only a prefix's word ("By") for the prefix
// by dropping its last byte: every prefix must end in one space.
func TestBylinePrefixes_EndInOneSpace(t *testing.T) {
	for _, p := range bylinePrefixes {
		if !strings.HasSuffix(p, " ") || strings.HasSuffix(p, "  ") || strings.TrimSpace(p) != p[:len(p)-1] {
			t.Errorf("byline prefix %q does not end in one space", p)
		}
	}
}
