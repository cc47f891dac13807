package extract

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// authorCand is one author value as a source gives it, before cleaning:
// a name, a byline or a list of names, whether the source says it is an
// organisation, and whether the source is structured (JSON-LD, a meta tag,
// itemprop=author), where a name in lower case is still a name.
type authorCand struct {
	name       string
	org        bool
	structured bool
}

// relAuthor is a rel=author link: its text, where it points and the link.
type relAuthor struct {
	text, href string
	node       *html.Node
}

// maxAuthors caps the authors of one page (a list of contributors to a
// paper, say).
const maxAuthors = 10

// authors returns the article's authors. The sources, in order: JSON-LD
// (references to Persons in a @graph resolved), meta tags, rel=author links
// and byline elements. The first source that names a person wins; one that
// names only organisations (a publisher, "Redaktion", an agency) is used
// when no later source names a person; the site's name (og:site_name)
// counts as an organisation. Each value is cleaned and split (see
// authorNames).
func authors(m *metaInfo, body, h1 *html.Node) []string {
	names, _ := creditedAuthors(m, body, h1)
	return names
}

// withoutPhotographers drops from names, of two or more, those the byline
// credits with the pictures alone: an element whose whole text is a
// picture's role and the name, beside another author's credit
// ("Fotografia Tiago Lopes Brandão" after "Texto Inês Sarmento Calado",
// which JSON-LD lists as two authors).
func withoutPhotographers(names []string, body *html.Node) []string {
	if len(names) < 2 || body == nil {
		return names
	}
	var drop []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
				continue
			}
			if c.Type != html.TextNode || c.Parent == nil {
				continue
			}
			// The role opens the element: "<li><span>Fotografia</span> <a>…</a></li>",
			// or the credit after the writer's: "Text: <a>…</a> / Fotos: <a>…</a>".
			w := strings.Fields(strings.TrimLeft(c.Data, " /|·\u00a0\t\r\n"))
			if len(w) == 0 || !photoRoles[strings.ToLower(strings.TrimRight(w[0], ":"))] {
				continue
			}
			role := strings.TrimRight(w[0], ":")
			line := c.Parent
			if line.Parent != nil && firstText(line.Parent, 4) == firstText(line, 4) {
				line = line.Parent
			}
			t := collapse(textOf(line))
			if len(t) > 100 || line.Parent == nil {
				continue
			}
			i := strings.Index(t, role)
			if i < 0 {
				continue
			}
			rest := strings.TrimLeft(t[i+len(role):], ": ")
			if j := strings.IndexAny(rest, "/|·;"); j > 0 {
				rest = strings.TrimSpace(rest[:j]) // a third credit after it
			}
			// The byline's lines: another author's credit beside it (not a
			// caption's "Photo: …" for one of the writers).
			around := strings.ToLower(collapse(textOf(line.Parent)))
			for _, name := range names {
				if creditedName(rest, name) && slices.ContainsFunc(names, func(o string) bool {
					return o != name && strings.Contains(around, strings.ToLower(o))
				}) {
					drop = append(drop, name)
				}
			}
		}
	}
	walk(body)
	if len(drop) == 0 || len(drop) >= len(names) {
		return names
	}
	return slices.DeleteFunc(slices.Clone(names), func(n string) bool { return slices.Contains(drop, n) })
}

// creditedName reports whether a credit's text after its role, rest, is
// name, or opens with it before a date or the reading time the line goes
// on with ("Matthias Kern 14. April 2024 Lesezeit: 6 Minuten").
func creditedName(rest, name string) bool {
	if len(rest) < len(name) || !strings.EqualFold(rest[:len(name)], name) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[len(name):])
	return len(rest) == len(name) || r == ' '
}

// photoRoles are the roles of a byline's line that credit the pictures
// alone.
var photoRoles = wordSet("foto fotos fotografia fotografía fotografie photo photos photography photographs pictures bilder bild " +
	"video videos kamera camera grafik grafiken graphics illustration illustrationen")

// creditedAuthors is authors, also reporting whether the names are
// persons' (false when only organisations are credited).
func creditedAuthors(m *metaInfo, body, h1 *html.Node) ([]string, bool) {
	names, persons := sourcedAuthors(m, body, h1)
	return withoutPhotographers(names, body), persons
}

// sourcedAuthors is creditedAuthors before a photographer the byline
// credits beside the writers leaves the list: the names of the first
// source that names a person, in the order JSON-LD, meta tags, rel=author
// links, the byline.
func sourcedAuthors(m *metaInfo, body, h1 *html.Node) ([]string, bool) {
	site := strings.ToLower(m.first("og:site_name", "application-name"))
	names := func(src int) ([]string, bool) {
		var cands []authorCand
		switch src {
		case 0:
			cands = m.ld.resolvedAuthors()
		case 1:
			cands = metaAuthors(m)
		case 2:
			cands = relAuthors(m.authorRel, h1)
		case 3:
			if body != nil {
				cands = bylineAuthors(body, h1)
			}
		}
		if site != "" {
			// The site's own name is the publisher, not a person.
			for i, c := range cands {
				if siteNamed(c.name, site) {
					cands[i].org = true
				}
			}
		}
		out, person := authorNames(cands)
		if person && site != "" {
			// Also after a person's name in one value: "Carla Neuhoff,
			// DER SPIEGEL", "Sabine Korte, Westfunk Wissen".
			out = slices.DeleteFunc(out, func(n string) bool { return siteNamed(n, site) })
			for i, n := range out {
				// Or without a comma: "Harlan Vogelsang Lincoln Journal
				// Star", as TownNews's pages name their reporters.
				if len(n) > len(site)+1 && strings.HasSuffix(strings.ToLower(n), " "+site) {
					rest := strings.TrimSpace(n[:len(n)-len(site)])
					if r, _ := utf8.DecodeLastRuneInString(rest); unicode.IsLetter(r) && len(strings.Fields(rest)) >= 2 {
						out[i] = rest
					}
				}
				// Or the site's last word after a name of two words or more
				// and before the role cut from it: "Dean Whitlock
				// Herald-Ledger" on The Ashford Herald-Ledger.
				if w := strings.Fields(out[i]); len(w) >= 3 && nameCased(w[:len(w)-1]) {
					if sw := strings.Fields(site); len(sw) >= 2 && strings.ToLower(w[len(w)-1]) == sw[len(sw)-1] {
						out[i] = strings.Join(w[:len(w)-1], " ")
					}
				}
				// Or before it: "Ouest-France Gaëlle Le Bihan" on
				// Ouest-France.fr.
				if name := siteBase(site); len(n) > len(name)+1 && strings.HasPrefix(strings.ToLower(n), name+" ") {
					if rest := strings.Fields(n[len(name)+1:]); len(rest) >= 2 && nameCased(rest) {
						out[i] = strings.Join(rest, " ")
					}
				}
			}
		}
		return out, person
	}
	var orgOnly []string
	for src := range 4 {
		out, person := names(src)
		if person && src < 3 {
			var shown []string
			read := false
			byline := func() []string {
				if !read {
					if v, p := names(3); p {
						shown = v
					}
					read = true
				}
				return shown
			}
			out = visibleSpelling(out, byline)
			if src == 1 {
				// A meta tag that names none of the people the byline
				// names (the account that published the story, a club's
				// name read as a person's): the byline, when each of its
				// names reads as a person's.
				if more := byline(); len(more) > 0 && !slices.ContainsFunc(more, func(x string) bool {
					w := strings.Fields(x)
					return containsAllFold(out, []string{x}) || len(w) < 2 || !nameCased(w) || orgLike(x)
				}) {
					return more, true
				}
			}
			// Metadata that joins the byline's authors in one value, by a
			// conjunction the splitting does not know (Hebrew's "ו",
			// written onto the next name: "אביטל לוין ורועי כהן"): the
			// byline's list, when each of its names is in that value and
			// they fill it but for joiners.
			if more := byline(); len(out) == 1 && len(more) >= 2 && joinsAll(out[0], more) {
				return more, true
			}
			// Metadata that names one of the byline's authors ("Par Léa
			// Vasseur et Inès Charpentier" over an article:author of the
			// first): the byline's list, when each name it adds is a
			// person's ("Sanne de Wit" with its particle too), joined to
			// another of the list in one line.
			if more := byline(); body != nil && len(more) > len(out) && len(more) <= 4 && containsAllFold(more, out) &&
				!slices.ContainsFunc(more, func(x string) bool {
					return !containsAllFold(out, []string{x}) && (orgLike(x) || !nameCased(strings.Fields(x)) && !personWithParticles(x) || !joinedName(body, more, x) && !relLinked(m.authorRel, x))
				}) {
				return more, true
			}
			if src == 0 && body != nil {
				// JSON-LD that names someone neither the meta tag nor the
				// byline names, while those two agree (a wire story whose
				// JSON-LD credits the local web editor): the byline.
				if meta, ok := names(1); ok {
					if line := byline(); len(line) > 0 && containsAllFold(meta, line) &&
						!slices.ContainsFunc(out, func(x string) bool { return containsAllFold(meta, []string{x}) || containsAllFold(line, []string{x}) }) {
						return line, true
					}
				}
			}
		}
		if person {
			if src == 0 {
				// JSON-LD that names one of two authors the meta tag
				// lists: the meta tag's list.
				if more, ok := names(1); ok && len(more) > len(out) && containsAllFold(more, out) {
					return more, true
				}
				// JSON-LD whose author is one word in lower case (a
				// place or a tag where the name belongs: "medellín")
				// gives way to a meta tag that names someone properly.
				if oneLowerWord(out) {
					if more, ok := names(1); ok && !oneLowerWord(more) {
						return more, true
					}
				}
			}
			if oneLowerWord(out) || loginLike(out) {
				// A login in the metadata ("flanz" in DC.creator, a CMS's
				// "F_7001") gives way to a later source's full names:
				// rel=author links or the byline ("von Friederike Lanz").
				for later := src + 1; later < 4; later++ {
					if more, ok := names(later); ok && !slices.ContainsFunc(more, func(x string) bool { return len(strings.Fields(x)) < 2 && !eastAsianName(x) }) {
						return more, true
					}
				}
			}
			if len(out) == 1 && body != nil {
				if full := linkedFullName(body, out[0]); full != "" {
					// A first name alone ("Hannah"), where a link to the
					// writer's page elsewhere (the author box) writes
					// the full name ("Hannah Whitcombe").
					return []string{full}, true
				}
			}
			return out, true
		}
		// Of organisations credited alone, another than the site itself:
		// the site's name in the metadata is its default, an agency in
		// the byline ("EFE | Valencia") the credit.
		if orgOnly == nil || len(out) > 0 && site != "" && len(orgOnly) == 1 && siteNamed(orgOnly[0], site) &&
			!slices.ContainsFunc(out, func(n string) bool { return strings.Contains(strings.ToLower(n), siteBase(site)) }) {
			orgOnly = out
		}
	}
	if names := writerLinksAtTop(body); len(names) > 0 && !slices.ContainsFunc(names, func(n string) bool {
		return containsAllFold(orgOnly, []string{n}) || site != "" && siteNamed(n, site)
	}) {
		// Only the newsroom credited ("Redacción El Heraldo del Sureste"),
		// while links to writers' pages above the text name people, in a
		// box whose class says nothing ("v-mdl-ath"); not the account the
		// newsroom's name links to.
		return names, true
	}
	if name := guestNote(body); name != "" && len(orgOnly) == 0 {
		// "<p><em>Katharina Weiss ist Professorin für Europarecht an der
		// Universität St. Gallen.</em></p>" closing a guest's column.
		return []string{name}, true
	}
	if names := closingInitials(body); len(names) > 0 && len(orgOnly) == 0 {
		// "… in der ersten Klasse. (<a href="mailto:fhe@…"
		// title="Frauke Hellwig">fhe</a>)": the editor's initials that
		// close the text, the name in the link's title.
		return names, true
	}
	if name := closingAbbr(body); name != "" && len(orgOnly) == 0 {
		// "<p><abbr title="Jiří Kořínek">jkř</abbr>, ČTK</p>": the
		// writer's initials signing the text, the name in their title.
		return []string{name}, true
	}
	if names := closingCredit(body); len(names) > 0 {
		// Only the newsroom's account credited above the text ("Diposting
		// oleh Redaksi …"), while a line closing it names the writer: a
		// labelled one, "Penulis: Rizky Pratama | Editor: Dewi Anggraini",
		// the names alone set right, "<p align="right"><b>Оксана
		// Гребенюк</b></p>", or a name and a role in italics.
		return names, true
	}
	if names := nameBesideTime(h1); len(names) > 0 && len(orgOnly) == 0 {
		// No credit anywhere but a name in the line under the headline,
		// beside its time: "<span>Sanne de Vries</span><span><time>…".
		return names, true
	}
	if body != nil {
		persons, agency := sourceCredit(body)
		if len(persons) > 0 {
			// Only the publisher credited in the metadata, while the
			// source line names the writer: "Quelle: ntv.de, Lars
			// Oberhauser/dpa".
			return persons, true
		}
		if len(orgOnly) == 0 && agency != "" {
			return []string{agency}, false
		}
	}
	return orgOnly, false
}

// sourceCredit reads the lines that credit a page's source: "Source:
// GNA", "Kaynak: DHA", "Izvor: Tanjug | Arilje | …" (the label, then one
// agency before any separator), "Quelle: ntv.de, Lars Oberhauser/dpa" (a
// writer before an agency's slash), outside figures, navigation, asides
// and footers. It returns the writers of the first line that names any, and
// the agency the lines credit; lines that credit different agencies (a
// live blog's entries) credit none for the page.
func sourceCredit(body *html.Node) (persons []string, agency string) {
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				t := strings.TrimSpace(c.Data)
				label, rest, ok := strings.Cut(t, ":")
				if !ok || len(label) > 12 || !sourceLabels[strings.ToLower(strings.TrimSpace(label))] {
					continue
				}
				if strings.TrimSpace(rest) == "" {
					rest = textOf(n) // "Kaynak: <b>DHA</b>"
					_, rest, _ = strings.Cut(rest, ":")
				}
				if strings.TrimSpace(rest) == "" && n.Parent != nil && (n.DataAtom == atom.Strong || n.DataAtom == atom.B || n.DataAtom == atom.Span) {
					rest = textOf(n.Parent) // "<strong>Source:</strong> Kwabena Adu-Gyamfi, Contributor"
					_, rest, _ = strings.Cut(rest, ":")
				}
				if i := strings.IndexAny(rest, "|·\n("); i >= 0 {
					rest = rest[:i]
				}
				parts := strings.Split(rest, ",")
				if w := strings.Fields(parts[0]); persons == nil && len(parts) == 2 && writerRole(parts[1]) && len(w) >= 2 && len(w) <= 4 && nameCased(w) && !orgLike(parts[0]) {
					// "Source: Emmanuel Kwame Ampofo, Contributor": the
					// writer, then the role.
					persons = append(persons, strings.Join(w, " "))
				}
				if persons == nil && len(parts) <= 3 {
					for _, p := range parts {
						name, ag, slash := strings.Cut(strings.TrimSpace(p), "/")
						w := strings.Fields(name)
						if slash && newsAgencies[strings.ToLower(strings.TrimSpace(ag))] && len(w) >= 2 && len(w) <= 4 && nameCased(w) && !orgLike(name) && !strings.Contains(name, ".") {
							persons = append(persons, strings.Join(w, " "))
						}
					}
				}
				a, _, _ := strings.Cut(parts[0], "/") // "dpa/lsw": the agency and its desk
				if a = strings.TrimSpace(a); newsAgencies[strings.ToLower(a)] {
					if agency != "" && !strings.EqualFold(agency, a) {
						agency = ""
						return true // two agencies: none is the page's
					}
					agency = a
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Figure, atom.Figcaption, atom.Nav, atom.Footer, atom.Script, atom.Style, atom.Aside:
					continue
				}
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	walk(body)
	return persons, agency
}

// sourceLabels introduce a report's source (compared lower-cased).
var sourceLabels = wordSet("source quelle kaynak izvor извор fuente fonte źródło zdroj forrás sursa bron källa kilde lähde")

// newsAgencies are news agencies' short names (compared lower-cased).
var newsAgencies = wordSet("ap afp reuters dpa apa sda kna epd efe ansa upi pti ians tass тасс ddp xinhua kyodo tt ntb stt ritzau " +
	"bernama antara yonhap belga anp čtk ctk tasr mti bta hina tanjug танјуг fena leta bns lusa wam kuna gna dha iha")

// writerLinksAtTop returns the names of the links to writers' pages
// (authorPaths) between the headline and the text's first long paragraph,
// when each reads as a person's name (particles such as "de la", "van
// den" allowed), at most maxAuthors; nil if there are none. Links further
// down are other articles' or a "More by" list's.
func writerLinksAtTop(body *html.Node) []string {
	if body == nil {
		return nil
	}
	var out []string
	// From the headline on, if the page has one: a cookie banner's long
	// paragraph above it is no start of the text.
	started := len(selectAll(body, h1Sel)) == 0
	stop := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !stop; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Footer, atom.Aside:
				continue
			case atom.H1:
				started = true
				continue
			case atom.P:
				if started && utf8.RuneCountInString(textOf(c)) >= 100 {
					stop = true // the text begins
					return
				}
			case atom.Li, atom.Article:
				if len(selectAll(c, h1Sel)) == 0 && linkedHeading(c) {
					continue // a teaser of another story, its writer's link beside its title
				}
			case atom.A:
				href := strings.ToLower(attr(c, "href"))
				if started && writerPage(href) {
					// A role with no one's name ("Special Correspondent", a
					// desk's account page) is no writer.
					if t := collapse(textOf(c)); personWithParticles(t) && !roleOnlyName(t) && !slices.Contains(out, t) && len(out) < maxAuthors {
						out = append(out, t)
					}
				}
				continue
			}
			walk(c)
		}
	}
	walk(body)
	return out
}

// linkedHeading reports whether n holds a heading (headingTagSel: an h2 or
// an h3 where n holds no h1) with a link: a teaser's title.
func linkedHeading(n *html.Node) bool {
	for _, h := range selectAll(n, headingTagSel) {
		if len(selectAll(h, linkSel)) > 0 {
			return true
		}
	}
	return false
}

// personWithParticles reports whether t reads as a person's name of two to
// six words, each capitalised but for the particles of family names ("María
// Pilar Ortega de la Serna", "Jan van den Berg").
func personWithParticles(t string) bool {
	w := strings.Fields(t)
	if len(w) < 2 || len(w) > 6 || orgLike(t) {
		return false
	}
	caps := 0
	for _, x := range w {
		if nameParticles[x] {
			continue
		}
		if !nameCased([]string{x}) {
			return false
		}
		caps++
	}
	return caps >= 2
}

// eastAsianName reports whether x is a name of two to six characters
// written in Han, Hangul or kana, which put no space between family and
// given name ("方晓萌", "김상훈").
func eastAsianName(x string) bool {
	k := utf8.RuneCountInString(x)
	return k >= 2 && k <= 6 && !strings.ContainsFunc(x, func(r rune) bool {
		return !unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana)
	})
}

// placeRe is where a reporter was, after the name in a byline: "in
// Lisbon", "in New York".
var placeRe = regexp.MustCompile(`^in (?:\p{Lu}[\p{L}.'-]*\s?){1,3}`)

// relLinked reports whether name x is the text of one of the page's
// rel=author links: a byline's author in a block of its own (two
// "byline__name" blocks, each a link to the writer's page).
func relLinked(links []relAuthor, x string) bool {
	for _, l := range links {
		if strings.EqualFold(collapse(l.text), x) {
			return true
		}
	}
	return false
}

// nameJoiners join two names in a byline ("Léa Vasseur et Inès
// Charpentier").
var nameJoiners = map[string]bool{"and": true, "&": true, "und": true, "et": true, "y": true, "e": true, "en": true,
	"i": true, "og": true, "och": true, "ja": true, "és": true, "a": true, "и": true, "та": true, "і": true,
	"ve": true, "și": true, "şi": true, "και": true,
	// Korean lists: "김상훈 기자 박지민 기자", "김상훈·박지민 기자"
	"기자": true, "·": true, "、": true}

// joinedName reports whether name x stands in one short line of body
// (under 200 characters) next to another of names: after it with a
// conjunction between, or before it with a conjunction or a comma ("Ann
// Lee, Tom Hart and Ben Cole"). A comma after a name may lead to a place
// or a school instead ("Florian Unterhuber, Bad Hindelang"), unless x is
// a link of its own (to the author's page).
func joinedName(body *html.Node, names []string, x string) bool {
	// linkedApart reports whether text node t is a link whose parent holds
	// nothing else: one item of a list of names.
	linkedApart := func(t *html.Node) bool {
		a := t.Parent
		if a == nil || a.DataAtom != atom.A || a.Parent == nil || a.Parent.DataAtom == atom.A {
			return false
		}
		return strings.TrimSpace(textOf(a.Parent)) == strings.TrimSpace(textOf(a))
	}
	found := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
				continue
			}
			if c.Type != html.TextNode || !strings.Contains(c.Data, x) {
				continue
			}
			linked := c.Parent != nil && c.Parent.DataAtom == atom.A
			for el, up := c.Parent, 0; el != nil && up < 4 && !found; el, up = el.Parent, up+1 {
				t := collapse(textOf(el))
				if len(t) >= 200 {
					break
				}
				for _, nm := range names {
					if nm == x {
						continue
					}
					for _, pair := range [][2]string{{nm, x}, {x, nm}} {
						i, j := strings.Index(t, pair[0]), strings.Index(t, pair[1])
						if i < 0 || j <= i+len(pair[0]) {
							continue
						}
						between := strings.TrimSpace(t[i+len(pair[0]) : j])
						// "Lorna Whitcombe in Lisbon, Iker Salaberri in
						// Madrid": where each reporter was.
						between = strings.TrimSpace(placeRe.ReplaceAllString(between, ""))
						if lb := strings.ToLower(between); strings.HasPrefix(lb, "for ") || strings.HasPrefix(lb, "für ") {
							// "Ann Lee For Mailonline and Tom Hart": the
							// publication she wrote for, then the joiner.
							between = between[strings.LastIndexByte(between, ' ')+1:]
						}
						if k := strings.LastIndexByte(between, ' '); strings.HasPrefix(between, ",") && k > 0 && nameJoiners[between[k+1:]] && roleLike(strings.Trim(between[1:k], " ,")) {
							// "Sarah Okafor, Senior Reporter, and Daniel
							// Whitcombe": the first one's role, then the
							// joiner.
							between = between[k+1:]
						}
						// Or nothing between two links each in its own
						// element: a list of the authors' pages (Drupal's
						// "field-item"s).
						if nameJoiners[between] || (between == "," || between == "" && linkedApart(c)) && (pair[0] == x || linked) {
							found = true
						}
					}
				}
			}
		}
	}
	walk(body)
	return found
}

// siteBase returns a site's name without the top-level domain its
// og:site_name may end with ("ouest-france.fr" → "ouest-france").
func siteBase(site string) string {
	if i := strings.LastIndexByte(site, '.'); i > 0 && len(site)-i-1 >= 2 && len(site)-i-1 <= 3 && !strings.Contains(site[i:], " ") {
		return site[:i]
	}
	return site
}

// siteNamed reports whether name is the site's name (lower case, its
// top-level domain perhaps left out) or begins with it: the publisher or
// one of its desks ("Westfunk Wissen" on Westfunk); or one word, its first
// (the account a CMS posts under).
func siteNamed(name, site string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == site || strings.HasPrefix(n, site+" ") {
		return true
	}
	if n != "" && !strings.Contains(n, " ") && strings.HasPrefix(site, n+" ") {
		return true // the site's first word, as its account: "Fieldnotes" on Fieldnotes Quarterly
	}
	// Also the whole name without the top-level domain the site's name
	// has: "Ouest-France" on "Ouest-France.fr".
	b := siteBase(site)
	return b != site && n == b
}

// visibleSpelling returns names with each written as the page's byline
// (the persons it names) writes it, accents and all, where metadata drops
// them ("Tomas Ferreira" in a meta tag, "Tomás Ferreira" on the page),
// and the byline's names where metadata spells them in Latin letters and
// the byline, naming as many, in another script ("debasis chakraborty"
// in JSON-LD, "দেবাশিস চক্রবর্তী" on the page). byline is read only when a
// name is plain ASCII.
func visibleSpelling(names []string, byline func() []string) []string {
	var shown []string
	read := false
	if !slices.ContainsFunc(names, notLatin) {
		shown, read = byline(), true
		if len(shown) == len(names) && !slices.ContainsFunc(shown, func(v string) bool { return !notLatin(v) }) {
			return shown
		}
	}
	for i, n := range names {
		if hasNonASCII(n) {
			continue
		}
		if !read {
			shown, read = byline(), true
		}
		for _, v := range shown {
			if v != n && hasNonASCII(v) && strings.EqualFold(foldAccents(v), n) {
				names[i] = v // names is authorNames's own slice
				break
			}
		}
	}
	return names
}

// notLatin reports whether name s has a letter and none in the Latin
// script.
func notLatin(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.Is(unicode.Latin, r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// foldAccents removes the combining marks of s's letters ("Tomás" is
// "Tomas").
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// namesPerson reports whether one of names is a person's, not an
// organisation's.
func namesPerson(names []string) bool {
	for _, n := range names {
		if !orgLike(n) {
			return true
		}
	}
	return false
}

// oneLowerWord reports whether every name is a single word that starts in
// lower case.
func oneLowerWord(names []string) bool {
	for _, n := range names {
		if strings.Contains(n, " ") || !startsLower(n) {
			return false
		}
	}
	return len(names) > 0
}

// loginLike reports whether every name of names is one word holding a
// digit or an underscore: a CMS's user ID ("F_7001", "editor12").
func loginLike(names []string) bool {
	for _, n := range names {
		if strings.Contains(n, " ") || !strings.ContainsAny(n, "0123456789_") {
			return false
		}
	}
	return len(names) > 0
}

// joinsAll reports whether value v holds every one of names, in order,
// with at most two characters besides spaces between and around them.
func joinsAll(v string, names []string) bool {
	rest := strings.ToLower(v)
	for _, n := range names {
		i := strings.Index(rest, strings.ToLower(n))
		if i < 0 || utf8.RuneCountInString(strings.TrimSpace(rest[:i])) > 2 {
			return false
		}
		rest = rest[i+len(n):]
	}
	return utf8.RuneCountInString(strings.TrimSpace(rest)) <= 2
}

// containsAllFold reports whether every name of sub is in names, case
// ignored.
func containsAllFold(names, sub []string) bool {
	for _, s := range sub {
		found := false
		for _, n := range names {
			found = found || strings.EqualFold(n, s)
		}
		if !found {
			return false
		}
	}
	return true
}

// metaAuthors returns the author meta tags of the first key that names a
// person, else of the first key that has one ("author" often names the
// publisher where "article:author" names the writer); contents that are
// URLs (article:author often is a profile page) are not names.
func metaAuthors(m *metaInfo) []authorCand {
	var first []authorCand
	for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author", "cxenseparse:author"} {
		var out []authorCand
		for _, v := range m.meta[k] {
			v = strings.TrimSpace(v)
			if k == "citation_author" || k == "dc.creator" || k == "dcterms.creator" || invertedName(v) {
				v = givenFirst(v)
			}
			if v != "" && !strings.Contains(v, "://") && !strings.HasPrefix(v, "www.") {
				out = append(out, authorCand{name: v, structured: true})
			}
		}
		if len(out) == 0 {
			continue
		}
		if _, person := authorNames(out); person {
			return out
		}
		if first == nil {
			first = out
		}
	}
	return first
}

// givenFirstList writes a list of names each written surname first and
// apart by semicolons ("Hollmann, Katrin; Berger, Lutz", a journal's
// author tag) as the names are read ("Katrin Hollmann; Lutz Berger"); v
// itself unless every part is such a name.
func givenFirstList(v string) string {
	parts := strings.Split(v, ";")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if last, _, _ := strings.Cut(p, ","); strings.Count(p, ",") != 1 || len(strings.Fields(last)) != 1 {
			return v // "Ann Lee, Berlin; …": a name and a place
		}
		if parts[i] = givenFirst(p); parts[i] == p {
			return v
		}
	}
	return strings.Join(parts, "; ")
}

// givenFirst writes a scholarly tag's "Surname, Given" ("Ortega
// Salinas, Marta") as the name is read ("Marta Ortega Salinas"): one
// comma, at most three words on each side, each capitalised.
func givenFirst(v string) string {
	last, given, ok := strings.Cut(v, ",")
	if !ok || strings.Contains(given, ",") {
		return v
	}
	lw, gw := strings.Fields(last), strings.Fields(given)
	if len(lw) == 0 || len(lw) > 3 || len(gw) == 0 || len(gw) > 3 || !capitalised(lw) || !capitalised(gw) || orgLike(v) {
		return v
	}
	return strings.Join(gw, " ") + " " + strings.Join(lw, " ")
}

// invertedName reports whether an author tag writes one name surname
// first, as a newspaper's catalogue does ("ELLERY, MARGARET H."): one
// word before the one comma, in capitals, or given names with an initial
// after it; not a list of two writers ("Ann Lee, Tom Roe") or agencies.
func invertedName(v string) bool {
	last, given, ok := strings.Cut(v, ",")
	if !ok || strings.Contains(given, ",") || len(strings.Fields(last)) != 1 {
		return false
	}
	if l, g := strings.TrimSpace(last), strings.TrimSpace(given); utf8.RuneCountInString(l) >= 2 && strings.ToUpper(l) == l && strings.ContainsFunc(l, unicode.IsLetter) &&
		strings.ToUpper(g) == g && (strings.Contains(g, " ") || utf8.RuneCountInString(g) > 4) {
		return true // "ELLERY, MARGARET H.", "DOE, JANE"; not agencies' "AP, AFP"
	}
	for _, w := range strings.Fields(given) {
		if r := []rune(w); len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.' {
			return true
		}
	}
	return false
}

// relAuthors returns one name per author page that rel=author links point
// to: the first link's text. The other links to the same page are "more
// by", "view my complete profile" or an avatar. Links in teasers of other
// articles name their authors.
func relAuthors(links []relAuthor, h1 *html.Node) []authorCand {
	var out []authorCand
	seen := map[string]int{} // a writer's page: its index in out
	for _, l := range links {
		if inTeaser(l.node, h1) {
			continue
		}
		page := l.href
		if i := strings.IndexAny(page, "?#"); i >= 0 {
			page = page[:i]
		}
		page = strings.TrimSuffix(page, "/")
		if l.text == "" {
			continue
		}
		if i, ok := seen[page]; ok && page != "" {
			// The same writer's page linked again: a login in the byline
			// ("by fiona") gives way to the author box's full name
			// ("Fiona MacAllister").
			if w := strings.Fields(collapse(l.text)); len(w) >= 2 && nameCased(w) && len(strings.Fields(out[i].name)) == 1 {
				out[i].name = l.text
			}
			continue
		}
		seen[page] = len(out)
		out = append(out, authorCand{name: l.text})
	}
	return out
}

// loginInitials reports whether names is one editor's initials in lower
// case ("kw", "tkr"), which name no one in full.
func loginInitials(names []string) bool {
	if len(names) != 1 {
		return false
	}
	n := utf8.RuneCountInString(names[0])
	return n >= 2 && n <= 4 && !strings.ContainsFunc(names[0], func(r rune) bool { return !unicode.IsLower(r) })
}

// bylineAuthors returns the names in the first element marked as a byline
// or author name (itemprop=author, a class or id with "author", "autor",
// "auteur", "verfasser" or "byline") that holds any, outside comments,
// related boxes, teasers of other articles, figures and photo credits;
// without one, the first short unmarked line that reads as a byline ("By
// Ann Lee", "Von Anna Schmidt, 12.03.2024").
func bylineAuthors(body, h1 *html.Node) []authorCand {
	var out, plain, orgOut, later []authorCand
	// found takes the first marked byline's names: one that names a
	// person ends the walk; one that names only a desk ("Beacon Web
	// Desk", "Newsroom") is kept for the end, when no plain byline after
	// it ("By Dayo Johnson, Akure") names a person. Later marked bylines
	// are other articles' ("Más del autor").
	found := func(cands []authorCand) bool {
		if orgOut != nil {
			return false
		}
		if names, person := authorNames(cands); person && !loginInitials(names) {
			out = cands
			return true
		}
		orgOut = cands // also an editor's initials ("(kw)"): a plain byline that names a person goes first
		return false
	}
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Figure, atom.Figcaption, atom.Script, atom.Style, atom.Noscript, atom.Template,
				atom.Nav, atom.Select, atom.Button, atom.Blockquote:
				continue
			case atom.Form:
				if !wrapsPage(c) {
					continue
				}
			}
			ci := classID(c)
			if ci != "" && (layoutExcluded(ci) && !holds(c, h1) || teaserClass(ci) && hasHeadlineLink(c, 0) || licenseClass(ci) && !holds(c, h1)) ||
				teaserCard(c, ci) && !holds(c, h1) {
				// An element that holds the headline is the article, whatever
				// its classes say ("right-sidebar" layouts, "category-kommentare").
				continue
			}
			ip := strings.ToLower(attr(c, "itemprop"))
			marked := ci != "" && bylineClass(ci)
			if marked && filedUnder(c) {
				continue // Plone's "documentByLine" of the page's subjects: "Filed under: sewage, …"
			}
			if marked && sectionPath(textOf(c)) && len(selectAll(c, linkSel)) >= 2 {
				continue // a breadcrumb in the byline's class: "Home » Peshawar"
			}
			// A byline never holds the headline: an <article> whose classes
			// name its author ("author-ruth-ann-keller") is the article.
			if ip == "author" || ip == "creator" || (marked || authorTerm(c) || bylineClass(dataRole(c)) || bylineClass(strings.ToLower(attr(c, "aria-labelledby")))) &&
				!creditClass(ci) && c.DataAtom != atom.Article && !holds(c, h1) {
				if t := titledInitials(c); t != "" {
					// "(<a href="mailto:jbe@…" title="Jana Berger">jbe</a>)":
					// an editor's initials, the name in the link's title.
					if found([]authorCand{{name: t}}) {
						return true
					}
					continue
				}
				if names := labelledItems(c); len(names) > 0 {
					// BBC World Service's byline box: "Author, Name",
					// "Role, …", "Reporting from, …", one fact an item.
					if found(names) {
						return true
					}
					continue
				}
				// itemprop=author is the name, whatever its classes say
				// (Shopify's "caption-with-letter-spacing").
				if names := nameParts(c); len(names) > 0 {
					// "By <span class=author-name>Ann Lee</span> Staff
					// Writer": the parts marked as names; and those of
					// the other authors marked as this one is.
					names = append(names, moreMarked(c, ip)...)
					if found(names) {
						return true
					}
					continue
				}
				if names := authorPageLinks(c, ip == "author" || ip == "creator"); len(names) >= 2 {
					// "de <a href=/autor/…>Mihaela Drăgulescu</a>&nbsp;&nbsp;<a
					// href=/autor/…>Cătălin Rădoi</a>": a name each link,
					// whatever stands between them.
					if found(names) {
						return true
					}
					continue
				}
				if t := leadingBold(c); t != "" {
					// "<strong>Kristin Nowak</strong> Presse- und
					// Kommunikationsstelle": the name, then a role or a
					// biography.
					if found([]authorCand{{name: t, structured: ip == "author" || ip == "creator"}}) {
						return true
					}
					continue
				}
				if t := bylineLines(c); t != "" {
					if m := markedName(c); m != "" && strings.HasPrefix(stripAuthorPrefix(t), m) {
						// "<b>By Ron Fischer</b><br>Sentinel-Courier Staff
						// Writer": the name the line sets apart.
						t = m
					}
					cand := authorCand{name: cutSecondCredit(t, false), structured: ip == "author" || ip == "creator"}
					if names, person := authorNames([]authorCand{cand}); len(names) > 0 {
						cands := []authorCand{cand}
						if c.DataAtom != atom.Dd {
							// A definition's siblings are other facts.
							cands = append(cands, markedSiblings(c, cand.structured)...)
						}
						if orgOut != nil && later == nil && person && c.DataAtom == atom.P {
							// A desk's byline, then a paragraph marked as the
							// byline that names a person ("Por Adriana
							// Solís, CalInforma" in a republished story).
							later = cands
						}
						if found(cands) {
							return true
						}
						continue
					}
					if orgOut == nil && roleOnlyName(t) {
						// "Opinion Contributor": the article's byline names
						// a role, no one; later bylines are teasers'.
						orgOut = []authorCand{}
						continue
					}
				}
			} else if m := themeFooterAuthor(c, ci); plain == nil && m != "" {
				plain = []authorCand{{name: m}}
			} else if plain == nil && bylineLineTag(c.DataAtom) && !inLink(c) {
				if t := plainByline(c); t != "" {
					plain = []authorCand{{name: t}}
				} else if t := nameRoleCard(c); t != "" {
					plain = []authorCand{{name: t}}
				}
			} else if plain == nil && c.DataAtom == atom.Tr {
				if t := labelledRow(c); t != "" {
					plain = []authorCand{{name: t}}
				}
			} else if plain == nil && c.DataAtom == atom.Li {
				if t := labelledItem(c); t != "" {
					plain = []authorCand{{name: t}}
				}
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(body)
	switch {
	case out != nil:
		return out
	case plain != nil:
		if _, person := authorNames(plain); person || orgOut == nil {
			return plain
		}
	}
	if later != nil {
		return later
	}
	return orgOut
}

// titledInitials returns the full name in the title of a byline's one
// link whose text is initials or a short login in lower case ("jbe"),
// or "".
func titledInitials(n *html.Node) string {
	links := selectAll(n, linkSel)
	if len(links) != 1 {
		return ""
	}
	return initialsTitle(links[0])
}

// initialsTitle returns the full name in link a's title when its text is
// initials or a short login in lower case ("jbe"), or "".
func initialsTitle(a *html.Node) string {
	t := strings.TrimSpace(textOf(a))
	if t == "" || len(t) > 5 || strings.ToLower(t) != t || strings.ContainsAny(t, " .@") {
		return ""
	}
	w := strings.Fields(attr(a, "title"))
	if len(w) < 2 || len(w) > 4 || !nameCased(w) {
		return ""
	}
	return strings.Join(w, " ")
}

// filedUnder reports whether element n's text opens with the label of a
// list of the page's subjects or tags ("Filed under:", "Abgelegt
// unter:"), which names no one.
func filedUnder(n *html.Node) bool {
	var b strings.Builder
	appendTextLimit(&b, n, 40)
	return prefixFold(strings.TrimSpace(collapse(b.String())), "filed under", "abgelegt unter", "classé dans", "archivado en",
		"archiviato in", "tags:", "schlagworte", "schlagwörter")
}

// closingAbbr returns the name that the last line of initials signing
// the text spells out in an <abbr>'s title: a block of up to 60
// characters that opens with the abbreviation, perhaps followed by an
// agency ("<p><abbr title="Jiří Kořínek">jkř</abbr>, ČTK</p>"), outside
// figures, navigation, asides and footers; "" if there is none.
func closingAbbr(body *html.Node) string {
	if body == nil {
		return ""
	}
	name := ""
	for _, a := range selectAll(body, abbrSel) {
		n := initialsTitle(a)
		if n == "" {
			continue
		}
		p := a.Parent
		for up := 0; p != nil && p.DataAtom != atom.P && p.DataAtom != atom.Div && up < 2; up++ {
			p = p.Parent
		}
		if p == nil || underBox(p) {
			continue
		}
		t := strings.TrimSpace(textOf(p))
		if utf8.RuneCountInString(t) > 60 || !strings.HasPrefix(strings.TrimLeft(t, "(–— "), strings.TrimSpace(textOf(a))) {
			continue
		}
		name = n
	}
	return name
}

// closingInitials returns the names that the links closing a paragraph
// of the text give in their titles, when each link is an e-mail address
// written as its owner's initials in brackets ("… in der ersten Klasse.
// (<a href="mailto:fhe@heise.de" title="Frauke Hellwig">fhe</a>)"): the
// last such paragraph of a hundred characters or more, outside figures,
// navigation, asides and footers; nil if there is none.
func closingInitials(body *html.Node) []string {
	if body == nil {
		return nil
	}
	var out []string
	var last *html.Node // the paragraph out's names close
	for _, a := range selectAll(body, mailtoSel) {
		name := initialsTitle(a)
		if name == "" {
			continue
		}
		at := strings.TrimSpace(textOf(a))
		p := a.Parent
		for up := 0; p != nil && p.DataAtom != atom.P && up < 3; up++ {
			p = p.Parent
		}
		if p == nil || p.DataAtom != atom.P || underBox(p) {
			continue
		}
		t := strings.TrimRight(strings.TrimSpace(textOf(p)), ". ")
		if len(t) < 100 || !strings.HasSuffix(t, ")") || !strings.Contains(t[max(0, len(t)-40):], at) {
			continue
		}
		if p != last {
			out, last = nil, p
		}
		out = append(out, name)
	}
	return out
}

// nameBesideTime returns the names that an element of the line right
// after heading h holds alone, beside a sibling that holds the line's
// <time> (a React page's "<div><span>Sanne de Vries</span><span><time>…"
// under the headline, its classes hashed): a person's of two to four
// words, particles allowed; or the names of an element that holds them
// each in a span, apart by a conjunction or a comma ("<div><span>Pieter
// Vermeulen</span><span> en </span><span>Lotte Claes</span></div>"); nil
// if there is none.
func nameBesideTime(h *html.Node) []string {
	if h == nil {
		return nil
	}
	line := nextElement(h)
	if line == nil || line.DataAtom != atom.Div && line.DataAtom != atom.P {
		return nil
	}
	var names []string
	timed := false
	for c := line.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				return nil // words of the line's own: a byline plainByline reads
			}
			continue
		}
		if c.DataAtom == atom.Time || len(selectAll(c, timeSel)) > 0 {
			timed = true
			continue
		}
		var found []string
		if c.DataAtom == atom.Span && !hasElementChild(c) {
			if t := collapse(textOf(c)); lineName(t) {
				found = []string{t}
			}
		} else if c.DataAtom == atom.Span || c.DataAtom == atom.Div {
			found = joinedSpans(c)
		}
		if len(found) > 0 {
			if names != nil {
				return nil // two: a label and a value, a place and a name
			}
			names = found
		}
	}
	if !timed {
		return nil
	}
	return names
}

// lineName reports whether t, alone in an element of a line, reads as a
// person's name: two to four words, capitalised but for particles, no
// organisation's, no digits or separators.
func lineName(t string) bool {
	w := strings.Fields(t)
	return len(w) >= 2 && len(w) <= 4 && (nameCased(w) || personWithParticles(t)) && !orgLike(t) && !strings.ContainsAny(t, "0123456789:|·,")
}

// joinedSpans returns the names of element n when it holds only spans,
// each a name (lineName) or a conjunction, a comma or "&" between two (not
// a dot or a bar, which part a place from a section): two names or more;
// nil otherwise.
func joinedSpans(n *html.Node) []string {
	var names []string
	joiner := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
			continue
		}
		if c.Type != html.ElementNode || c.DataAtom != atom.Span || hasElementChild(c) {
			return nil
		}
		t := collapse(textOf(c))
		switch {
		case len(names) > 0 && !joiner && (t == "," || t == "&" || nameJoiners[strings.ToLower(t)] && !strings.ContainsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })):
			joiner = true
		case (len(names) == 0 || joiner) && lineName(t):
			names, joiner = append(names, t), false
		default:
			return nil
		}
	}
	if len(names) < 2 || joiner {
		return nil
	}
	return names
}

// writerLabels are the labels of a writer's credit that may close the
// text: "Penulis: …", "Text: …", "Autor: …", "Report: …", and those that
// credit the pictures too ("Teksti ja kuvat: …", "Text und Fotos: …").
var writerLabels = append([]string{"penulis:", "text:", "texto:", "testo:", "tekst:", "teksti:", "autor:", "autorin:", "author:", "writer:",
	"reporter:", "report:", "yazar:", "muhabir:", "auteur:", "autore:", "autora:", "words:", "teksti ja kuvat:"}, colonForms(textAndPictures)...)

// foldedPrefix returns the one of ps that s opens with, compared
// case-insensitively, or "".
func foldedPrefix(s string, ps []string) string {
	for _, p := range ps {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return p
		}
	}
	return ""
}

// colonForms returns the prefixes of ps that end in a colon, without
// the space after it.
func colonForms(ps []string) []string {
	var out []string
	for _, p := range ps {
		if p = strings.TrimSpace(p); strings.HasSuffix(p, ":") {
			out = append(out, p)
		}
	}
	return out
}

// closingCredit returns the writers a credit line after the text's last
// paragraph names, outside figures, navigation, asides and footers: a
// labelled line ("Penulis: Rizky Pratama | Editor: Dewi Anggraini": the
// name up to a separator), an interview's credit of its interviewer
// ("Das Gespräch führte Sabine Roth."), a line set right that holds names
// alone ("Hoàng Nam - Thu Hà") or a signature in italics of a name and a
// role, each a person's of two to four words; nil if there is none.
func closingCredit(body *html.Node) []string {
	if body == nil {
		return nil
	}
	var names []string
	for _, n := range selectAll(body, creditLineSel) {
		if names == nil && !rightAligned(n) && !labelOpens(n) && !italicOnly(n) {
			continue // cheap first: most blocks of a page are none of these
		}
		t, short := shortTextOf(n, 121)
		if !short || len(t) >= 100 {
			if names != nil && !underBox(n) && !negativeAncestor(n) && !italicOnly(n) {
				if t = collapse(textOf(n)); !furnitureBlock(t, trimmedLen(t)) && !mostlyLinked(n, t) {
					// Text after it (a book's description after its
					// "Autorin:"): the credit closes nothing. A column of
					// links to other stories is no text.
					names = nil
				}
			}
			continue
		}
		if t == "" || underBox(n) {
			continue
		}
		var parts []string
		if l := foldedPrefix(t, interviewLabels); l != "" {
			// "Das Gespräch führte Sabine Roth.", in an element the text
			// leaves out (a "credit"): the interviewer wrote it.
			rest := strings.TrimRight(t[len(l):], ". ")
			if i := strings.IndexAny(rest, "|/·;,("); i >= 0 {
				rest = rest[:i]
			}
			parts = []string{strings.TrimSpace(rest)}
		} else if prefixFold(t, writerLabels...) {
			_, rest, _ := strings.Cut(t, ":")
			if i := strings.IndexAny(rest, "|/·;,("); i >= 0 {
				rest = rest[:i]
			}
			parts = []string{strings.TrimSpace(rest)}
		} else if rightAligned(n) {
			if i := strings.Index(t, ":"); i > 0 && i < 30 {
				t = t[i+1:] // a label of its own: "ავტორები: …" ("Authors: …")
			}
			parts = splitAuthors(strings.NewReplacer(" - ", ", ", " – ", ", ").Replace(t)) // "… Lo Russo e Gianluca D’Ambrosio" too
		} else if italicOnly(n) {
			// A signature in italics, a name and a role: "Sabine Görlitz,
			// Abteilungsleitung Leichtathletik" (not a place and a day).
			name, role, ok := strings.Cut(t, ", ")
			if !ok || len(t) > 80 || strings.ContainsAny(role, "0123456789") || len(strings.Fields(role)) > 6 || sentenceEnd(t) {
				continue
			}
			parts = []string{name}
		} else {
			continue
		}
		var got []string
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if w := strings.Fields(p); len(w) < 2 || len(w) > 4 || !nameCased(w) || orgLike(p) {
				got = nil
				break
			}
			got = append(got, p)
		}
		if len(got) > 0 {
			names = got
		}
	}
	return names
}

// mostlyLinked reports whether half or more of n's text t is in links.
func mostlyLinked(n *html.Node, t string) bool {
	linked, _ := linkedText(n)
	return 2*linked >= trimmedLen(t)
}

// labelOpens reports whether n's first words open with one of
// writerLabels ("<u>Autorin: </u>Alys Arden"), reading only its first
// text.
func labelOpens(n *html.Node) bool {
	c := n.FirstChild
	for k := 0; c != nil && k < 12; k++ {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return prefixFold(strings.TrimSpace(c.Data), writerLabels...) || prefixFold(strings.TrimSpace(c.Data), interviewLabels...)
		case c.Type == html.ElementNode && c.FirstChild != nil:
			c = c.FirstChild
		case c.NextSibling != nil:
			c = c.NextSibling
		default:
			return false
		}
	}
	return false
}

// italicOnly reports whether n's text is one italic element's: a note
// set apart from the text ("<i>Ikuti berita terkini … di Google News</i>").
func italicOnly(n *html.Node) bool {
	e := soleElement(n)
	return e != nil && (e.DataAtom == atom.I || e.DataAtom == atom.Em)
}

// negativeAncestor reports whether n or an element above it is classed
// as furniture (a sidebar, a box of related stories, comments).
func negativeAncestor(n *html.Node) bool {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if ci := classID(a); ci != "" && isNegative(ci) {
			return true
		}
	}
	return false
}

// rightAligned reports whether block n is set flush right by its own
// attributes: align="right" or an inline text-align: right.
func rightAligned(n *html.Node) bool {
	if strings.EqualFold(attr(n, "align"), "right") {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "text-align:right")
}

// guestNote returns the name that opens the last paragraph of a page set
// wholly in italics that introduces its writer: the name (two or three
// words), "ist", "is", "est", "es", "è" (or "was", "war"), then a job among guestRoles
// within its first sentence ("Katharina Weiss ist Professorin für …",
// "Ann Lee is a senior fellow at …"), outside figures, navigation, asides
// and footers; "" if there is none.
func guestNote(body *html.Node) string {
	if body == nil {
		return ""
	}
	out := ""
	for _, only := range selectAll(body, italicParaSel) {
		p := only.Parent
		if soleElement(p) == nil || underBox(p) {
			continue
		}
		t := collapse(textOf(only))
		sentence, _, _ := strings.Cut(t, ". ")
		w := strings.Fields(sentence)
		for k := 2; k <= 3 && k < len(w)-1; k++ {
			switch w[k] {
			case "ist", "is", "est", "es", "è", "was", "war":
			default:
				continue
			}
			if !nameCased(w[:k]) || orgLike(strings.Join(w[:k], " ")) {
				break
			}
			if slices.ContainsFunc(w[k+1:], func(x string) bool { return guestRole(strings.ToLower(strings.Trim(x, ",.;:"))) }) {
				out = strings.Join(w[:k], " ")
			}
			break
		}
	}
	return out
}

// guestRoles are the jobs a guest writer's note names, as word stems.
var guestRoles = []string{"professor", "journalist", "autor", "author", "auteur", "writer", "researcher", "fellow", "director",
	"direktor", "ökonom", "economist", "politolog", "historiker", "historian", "lecturer", "analyst", "präsident", "president",
	"leiter", "mitglied", "member", "chef", "editor", "redakteur", "korrespondent", "correspondent", "wissenschaftler", "scientist",
	"dozent", "anwalt", "lawyer", "berater", "consultant", "gründer", "founder", "ceo", "profes", "periodista", "giornalist"}

// guestRole reports whether lower-cased word w starts with one of
// guestRoles.
func guestRole(w string) bool {
	return slices.ContainsFunc(guestRoles, func(r string) bool { return strings.HasPrefix(w, r) })
}

// underBox reports whether n lies in a figure or where the body's
// furniture is (inFurnitureArea: navigation, an aside, a footer).
func underBox(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Figure {
			return true
		}
	}
	return inFurnitureArea(n)
}

// labelledItems returns the names in a byline written as a list of
// labelled facts, each item a label ending in a comma and its value
// ("<li><span>Author, </span><span>Ann Lee</span></li><li><span>Role,
// </span>…"): the values of the items labelled as the first is, where two
// items or more are labelled so.
func labelledItems(n *html.Node) []authorCand {
	var label string
	var out []authorCand
	labelled := 0
	for _, li := range selectAll(n, liSel) {
		first := firstTextHolder(li)
		if first == nil || first == li {
			continue
		}
		l := strings.TrimSpace(textOf(first))
		if !strings.HasSuffix(l, ",") && !strings.HasSuffix(l, "،") || utf8.RuneCountInString(l) > 30 {
			continue
		}
		value := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(textOf(li)), l))
		labelled++
		if label == "" {
			label = l
		}
		if l == label && value != "" {
			out = append(out, authorCand{name: value})
		}
	}
	if labelled < 2 {
		return nil // one item: a name with a comma after it, "By Ann Lee," before a role
	}
	return out
}

// firstTextHolder returns the first element under n, n included, whose
// first text is its own (not a child element's), or nil.
func firstTextHolder(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return n
			}
		case html.ElementNode:
			if h := firstTextHolder(c); h != nil {
				return h
			}
		}
	}
	return nil
}

// authorTerm reports whether n is the description of an author term in
// a definition list: "<dt>Words</dt><dd>Ann Lee</dd>".
func authorTerm(n *html.Node) bool {
	if n.DataAtom != atom.Dd {
		return false
	}
	dt := n.PrevSibling
	for dt != nil && dt.Type != html.ElementNode {
		dt = dt.PrevSibling
	}
	if dt == nil || dt.DataAtom != atom.Dt {
		return false
	}
	return authorLabels[strings.ToLower(strings.Trim(textOf(dt), " :"))]
}

// authorLabels name the author in a definition list or a table of facts.
var authorLabels = wordSet("author authors words text autor autorin autoren auteur auteurs autore autora texto testo tekst writer")

// nameText is the text of an element that holds a name, a space put
// between parts written in sibling elements with nothing between them
// ("<span class="first-name">Rita</span><span class="last-name">Marques
// Ferreira</span>", set apart by the page's style).
func nameText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.PrevSibling != nil && c.PrevSibling.Type == html.ElementNode && glued(b.String()) {
				b.WriteByte(' ')
			}
			if c.Type == html.ElementNode && c.FirstChild != nil && c.DataAtom != atom.Script && c.DataAtom != atom.Style {
				walk(c)
				if isBlock(c.DataAtom) {
					b.WriteByte(' ')
				}
				continue
			}
			appendText(&b, c)
		}
	}
	walk(n)
	return collapse(b.String())
}

// glued reports whether text s ends in a letter or a digit, which the
// next element's text would be run into.
func glued(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// bylineText is the text of a byline element without its buttons ("이수진
// 기자 <button>구독</button>": "subscribe", "Folgen"); the items of a
// byline that is a list are separated by commas.
func bylineText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				switch c.DataAtom {
				case atom.Button, atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				}
				if placeClass(classID(c)) {
					continue // "<a class="location">ABC Wide Bay</a>": where the story was reported
				}
			}
			if c.Type == html.ElementNode && c.FirstChild != nil {
				if p := c.PrevSibling; p != nil && p.Type == html.ElementNode && glued(b.String()) {
					// "<span>Hannah Pryce</span><span>BBC News,
					// Cornwall</span>": two parts its style sets apart.
					b.WriteString(", ")
				}
				walk(c)
				switch {
				case c.DataAtom == atom.Li && (m == n || m.Parent == n && (m.DataAtom == atom.Ul || m.DataAtom == atom.Ol)):
					// A byline that is a list, or holds one, one author an
					// item: "<li>Ann Lee</li><li>Tom Hale</li>" is two
					// names, not "Ann Lee Tom Hale".
					b.WriteString(", ")
				case isBlock(c.DataAtom) || c.DataAtom == atom.Br:
					b.WriteByte(' ')
				}
				continue
			}
			appendText(&b, c)
		}
	}
	walk(n)
	return collapse(b.String())
}

// placeWords are the class words of a byline's part that names a place,
// not a writer: "location", "dateline", and "place" in French, Spanish,
// Italian, German and Hungarian ("szerzo-hely").
var placeWords = wordSet("location place dateline lieu lugar luogo ort hely")

// placeClass reports whether class and id ci name a byline's place.
func placeClass(ci string) bool {
	return hasClassWord(ci, placeWords)
}

// hasClassWord reports whether one of the words of class/id string ci
// (classWords) is in words.
func hasClassWord(ci string, words map[string]bool) bool {
	if ci == "" {
		return false
	}
	return slices.ContainsFunc(classWords(ci), func(w string) bool { return words[w] })
}

// bylineLines returns the name in byline n's text (bylineName), or, when
// that names no person and a line break ends its first line, the name in
// that line: "By <b>John Hartwell</b><br>News Sentinel staff
// writer<br>April 22, 2007", "Gurpreet Singh Mann<br>Tribune News Service".
func bylineLines(n *html.Node) string {
	t := bylineName(bylineText(n))
	if len(selectAll(n, brSel)) == 0 {
		return t
	}
	line := collapse(firstLine(n))
	if len(strings.Fields(line)) <= 4 && !sentenceEnd(line) && !hasBylinePrefix(line) {
		// A label on the first line, the byline on the second: "Live
		// Reporting<br>By Rachel Thornber and Gareth Llewellyn".
		if sl := collapse(secondLine(n)); hasBylinePrefix(sl) {
			if second := bylineName(sl); second != "" {
				if _, p := authorNames([]authorCand{{name: cutSecondCredit(second, false)}}); p {
					return second
				}
			}
		}
	}
	var names []string
	if t != "" {
		var person bool
		names, person = authorNames([]authorCand{{name: cutSecondCredit(t, false)}})
		if person {
			return t
		}
	}
	if first := bylineName(line); first != "" {
		// The first line names someone, the whole text no one or only a
		// service: "Gurpreet Singh Mann<br>Tribune News Service".
		if fn, fp := authorNames([]authorCand{{name: cutSecondCredit(first, false)}}); len(fn) > 0 && (fp || len(names) == 0) {
			return first
		}
	}
	return t
}

// secondLine returns n's text between its first and its second <br>.
func secondLine(n *html.Node) string {
	var b strings.Builder
	brs := 0
	seen := false // text before the first <br>
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && brs < 2; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if brs == 1 {
					b.WriteString(c.Data)
				} else if strings.TrimSpace(c.Data) != "" {
					seen = true
				}
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				if seen || brs > 0 {
					brs++
				}
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// leadingBold returns the name in bold that opens byline or author box n,
// with words after it that are no second name: "<strong>Kristin
// Nowak</strong> <span>Presse- und Kommunikationsstelle</span>", "<b>Jana
// Köhler</b> studierte Germanistik …"; "" otherwise ("<strong>Von</strong>
// Ann Lee", "<b>Ann Lee</b> und <b>Tom Hale</b>").
func leadingBold(n *html.Node) string {
	var bold *html.Node
	var first func(m *html.Node) bool // finds the first text; true when found
	first = func(m *html.Node) bool {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				if p := c.Parent; p != n && (p.DataAtom == atom.Strong || p.DataAtom == atom.B) && p.FirstChild == c && p.LastChild == c {
					bold = p
				}
				return true
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style && first(c):
				return true
			}
		}
		return false
	}
	if !first(n) || bold == nil {
		return ""
	}
	name := collapse(bold.FirstChild.Data)
	if w := strings.Fields(name); len(w) < 2 || len(w) > 4 {
		return ""
	}
	if names, person := authorNames([]authorCand{{name: name}}); len(names) != 1 || !person || names[0] != name {
		return ""
	}
	// The words after it: no other name joined to this one.
	var b strings.Builder
	for m := bold; m != nil && m != n && b.Len() == 0; m = m.Parent {
		for c := m.NextSibling; c != nil && b.Len() < 40; c = c.NextSibling {
			appendText(&b, c)
		}
	}
	rest := strings.TrimSpace(b.String())
	if rest == "" {
		return ""
	}
	for _, p := range []string{",", "&", "/", "und ", "and ", "et ", "y ", "e ", "i "} {
		if strings.HasPrefix(rest, p) {
			return ""
		}
	}
	return name
}

// moreMarked returns the names of the authors after n that are marked as
// n is, each by its name parts: for itemprop=author, those in the small
// area around n, up to three levels up, that holds no more than a byline
// would (two authors' columns in a post's header, each with an avatar);
// else the siblings of n's tag and class.
func moreMarked(n *html.Node, ip string) []authorCand {
	var out []authorCand
	if ip != "author" && ip != "creator" {
		class := attr(n, "class")
		for c := n.NextSibling; c != nil && len(out) < maxAuthors-1; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == n.DataAtom && attr(c, "class") == class {
				out = append(out, nameParts(c)...)
			}
		}
		return out
	}
	area := n
	for a, k := n.Parent, 0; a != nil && k < 3 && utf8.RuneCountInString(textOf(a)) <= 400; a, k = a.Parent, k+1 {
		area = a
	}
	after := false
	var walk func(m *html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && len(out) < maxAuthors-1; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c == n {
				after = true
				continue
			}
			if after && strings.EqualFold(attr(c, "itemprop"), ip) {
				out = append(out, nameParts(c)...)
				continue
			}
			walk(c)
		}
	}
	walk(area)
	return out
}

// authorPageLinks returns the texts of the links in byline n that point
// to writers' pages ("/autor/…", "/author/…"), when each reads as a
// person's name; nil when one does not.
func authorPageLinks(n *html.Node, structured bool) []authorCand {
	var out []authorCand
	for _, a := range selectAll(n, linkSel) {
		href := strings.ToLower(attr(a, "href"))
		if !writerPage(href) {
			continue
		}
		t := collapse(textOf(a))
		if w := strings.Fields(t); len(w) < 2 || len(w) > 4 || !nameCased(w) {
			return nil
		}
		out = append(out, authorCand{name: t, structured: structured})
	}
	return out
}

// linkedFullName returns the full name that a link to a writer's page
// (writerPage) writes for name, a capitalised word alone: two to four
// words of a name that start with it; or "".
func linkedFullName(body *html.Node, name string) string {
	if strings.Contains(name, " ") || !capitalised([]string{name}) || eastAsianName(name) {
		return ""
	}
	for _, a := range selectAll(body, linkSel) {
		if !writerPage(attr(a, "href")) {
			continue
		}
		w := strings.Fields(collapse(textOf(a)))
		if len(w) >= 2 && len(w) <= 4 && w[0] == name && nameCased(w) && !orgLike(strings.Join(w, " ")) {
			return strings.Join(w, " ")
		}
	}
	return ""
}

// authorPaths are parts of the paths of writers' pages.
var authorPaths = []string{"/autor/", "/author/", "/authors/", "/autoren/", "/auteur/", "/auteurs/", "/autore/", "/autori/", "/byline/", "/journalist/", "/redakteur/", "/redaktion/",
	"/u/", "/reporter/", "/reporters/", "/writer/", "/writers/", "/contributor/", "/contributors/", "/columnist/", "/columnists/", "/staff/", "/people/"}

// writerPage reports whether href is the address of a writer's page: it
// holds one of authorPaths.
func writerPage(href string) bool {
	return slices.ContainsFunc(authorPaths, func(p string) bool { return strings.Contains(href, p) })
}

// markedSiblings returns the names of the elements after n, among its
// siblings, that are marked as n is (the same tag and class): the other
// authors of a byline that marks each ("<span class=article-author>Ann
// Lee</span>, <span class=article-author>Tom Hale</span>"), written as
// names.
func markedSiblings(n *html.Node, structured bool) []authorCand {
	var out []authorCand
	class := attr(n, "class")
	if class == "" {
		return nil // marked by its id or its itemprop: an unclassed sibling is not marked alike
	}
	for c := n.NextSibling; c != nil && len(out) < maxAuthors-1; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != n.DataAtom || attr(c, "class") != class {
			continue
		}
		if t := bylineName(bylineText(c)); t != "" && casedNames(t) {
			out = append(out, authorCand{name: t, structured: structured})
		}
	}
	return out
}

// casedNames reports whether every name in byline t is written as a
// name is: each word capitalised but for particles ("Anna de la Cruz").
// A row of tools classed as the byline above it ("Printer-friendly
// version | E-mail this story") is not.
func casedNames(t string) bool {
	names := splitAuthors(t)
	for _, x := range names {
		if !nameCased(strings.Fields(x)) && !personWithParticles(x) && !eastAsianName(x) {
			return false
		}
	}
	return len(names) > 0
}

// nameParts returns the names in the elements of a byline marked as a
// name (itemprop=name or author, a class ending in "name": "author-name",
// "byline__name"), when there are any and they read as names; the
// publisher's name (itemprop=publisher, an Organization) is not one.
func nameParts(n *html.Node) []authorCand {
	var out []authorCand
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && depth < 8 && len(out) < maxAuthors; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Label, atom.Input, atom.Form, atom.Button, atom.Select, atom.Textarea, atom.Script, atom.Style:
				continue // a comment form's "Your name"
			}
			ip := strings.ToLower(attr(c, "itemprop"))
			if ip == "publisher" || strings.Contains(strings.ToLower(attr(c, "itemtype")), "organization") {
				continue // the publisher's name
			}
			ci := classID(c)
			if nameClass(ci) && ip == "" && markedNameInside(c) {
				// "<div class=…TextContributorName><div
				// class=…TextContributorName>By Ann Lee</div><div>BBC News,
				// Devon</div></div>": the innermost part marked is the name.
				walk(c, depth+1)
				continue
			}
			if ip == "name" || ip == "author" && !hasAttr(c, "itemscope") || nameClass(ci) {
				if otherCredit(c) {
					continue // "Edited by <a class=Byline_name>…</a>": the editor's name
				}
				t := nameText(c)
				if nx := nextElement(c); nx != nil && classWordIn(ci, "firstname", "first-name", "given-name", "givenname") &&
					classWordIn(classID(nx), "lastname", "last-name", "family-name", "familyname", "surname") {
					// "<span class=firstname>Ole Martin</span> <span
					// class=lastname>Vik</span>": one name in two parts.
					t, c = collapse(t+" "+nameText(nx)), nx
				}
				if t != "" && len(t) < 100 {
					cand := authorCand{name: t, structured: ip == "name" || ip == "author"}
					if names, _ := authorNames([]authorCand{cand}); len(names) > 0 {
						out = append(out, cand)
					}
				}
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return out
}

// classWordIn reports whether a class/id string holds one of the class
// words ws whole.
func classWordIn(ci string, ws ...string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return hasWord(ci, w) })
}

// otherCredits label the name after them as someone who did not write the
// text: its editor, fact-checker, photographer or illustrator.
var otherCredits = []string{"edited by", "editor:", "reviewed by", "fact-checked by", "fact checked by", "photos by", "photographs by",
	"illustrations by", "illustration by", "redigiert von", "redaktion:", "lektorat:", "fotos:", "fotos von", "édité par", "editado por", "edición:"}

// otherCredit reports whether the text just before n in its parent ends
// with one of otherCredits.
func otherCredit(n *html.Node) bool {
	before := ""
	for c := n.PrevSibling; c != nil && len(before) < 40; c = c.PrevSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Br || nameClass(classID(c))) {
			break // a line or a name before: the label is not this name's
		}
		before = textOf(c) + before
	}
	l := strings.ToLower(strings.TrimSpace(before))
	for _, p := range otherCredits {
		if strings.HasSuffix(l, p) {
			return true
		}
	}
	return false
}

// markedNameInside reports whether an element under n has a class that
// names a name (nameClass).
func markedNameInside(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (nameClass(classID(c)) || markedNameInside(c)) {
			return true
		}
	}
	return false
}

// nameClass reports whether one of the classes in a class/id string ends
// in "name" ("author-name", "byline__name") or its word in another
// language ("szerzo-nev"), is hCard's "fn" or, in a
// byline, names its author part ("story-author" beside "story-place" and
// "story-date") or a value of its field ("field__item").
func nameClass(ci string) bool {
	for _, c := range strings.Fields(ci) {
		if strings.HasSuffix(c, "name") || (strings.HasPrefix(c, "author") || strings.HasPrefix(c, "byline")) && strings.Contains(c, "name") {
			return true // also with a size after it: "author-name-small" (not Drupal's "field--name-…")
		}
		if strings.HasSuffix(c, "-author") || strings.HasSuffix(c, "_author") || c == "field__item" || c == "field-item" {
			return true // or a value of an authors field (Drupal's "field__item" beside its label)
		}
		if c == "fn" {
			return true // hCard's formatted name: "This entry was written by <a class="url fn n">…</a>"
		}
		if i := strings.LastIndexAny(c, "-_"); i > 0 && localNameWords[c[i+1:]] {
			return true // the name in another language: "szerzo-nev", "auteur-naam", "autore_nome"
		}
	}
	return false
}

// localNameWords are the word "name" in Hungarian, Dutch, Italian and
// Portuguese, Spanish, French, the Scandinavian languages, Finnish, Czech
// and Polish, as the last part of a class ("szerzo-nev").
var localNameWords = wordSet("nev naam nome nombre nom navn namn nimi jmeno imie")

// layoutExcluded is excludedAreaClass for the search for a byline or a
// headline, with the class names that do not say what an element is left
// out: a post's taxonomy ("category-kommentare", "tag-sidebar") and, in a
// container whose classes describe a layout with a sidebar
// ("right-sidebar", "with-sidebar", "theiaStickySidebar", a wrapper of the
// content and the sidebar "content-sidebar-wrap", a sidebar switched off
// "sidebar-off"), the word "sidebar"; and the classes of a page builder that names every block of
// a page a widget ("elementor-widget-heading", "elementor-widget-container").
func layoutExcluded(ci string) bool {
	if !excludedAreaClass(ci) {
		return false
	}
	fields := strings.Fields(ci)
	layout := false
	for _, f := range fields {
		if strings.Contains(f, "sidebar") {
			for _, w := range []string{"with", "has", "right", "left", "no-", "enable", "layout", "sticky", "content-sidebar", "off", "grid"} {
				layout = layout || strings.Contains(f, w)
			}
		}
	}
	var kept []string
	for _, f := range fields {
		if strings.HasPrefix(f, "category-") || strings.HasPrefix(f, "tag-") || layout && strings.Contains(f, "sidebar") ||
			strings.HasPrefix(f, "elementor-") {
			continue
		}
		kept = append(kept, f)
	}
	return excludedAreaClass(strings.Join(kept, " "))
}

// holds reports whether n is d or one of its ancestors.
func holds(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}

// bylineClass reports whether a class/id string marks a byline or an
// author's name.
func bylineClass(ci string) bool {
	if strings.Contains(ci, "breadcrumb") {
		return false // "ArticleBreadcrumbsAuthorComponent": the path to the page, whatever else it holds
	}
	if bylineClassSet.in(ci) || strings.Contains(ci, "autor") && autorWord(ci) {
		return true
	}
	// The signature in Italian and Spanish: a class "firma", or one that
	// ends so ("nota-firma", "article__firma"); not "confirmation", nor a
	// German firm's "meisteglickt-firma-button".
	return strings.Contains(ci, "firma") && slices.ContainsFunc(strings.Fields(ci), func(c string) bool {
		return c == "firma" || strings.HasSuffix(c, "-firma") || strings.HasSuffix(c, "_firma")
	})
}

// bylineClassSet is the words naming a byline in a class, but "autor"
// (autorWord), as a set one pass over a class finds.
var bylineClassSet = newSubstrings("author", "byline", "auteur", "verfasser", "avtor", "awdur", "szerzo", "yazar", "muhabir",
	"forfatter", "writer", "reporter", "writeby")

// autorWord reports whether class/id string ci holds "autor" other than
// in a control's name that starts the same ("autoRefresh", "autorotate",
// "autoresize", "autoreload", "autorun").
func autorWord(ci string) bool {
	for i := 0; ; {
		j := strings.Index(ci[i:], "autor")
		if j < 0 {
			return false
		}
		i += j
		rest := ci[i+len("autor"):]
		if !strings.HasPrefix(rest, "efresh") && !strings.HasPrefix(rest, "otat") && !strings.HasPrefix(rest, "esiz") &&
			!strings.HasPrefix(rest, "eload") && !strings.HasPrefix(rest, "un") && !strings.HasPrefix(rest, "epeat") {
			return true
		}
		i += len("autor")
	}
}

// bylineLineTag reports whether elements of type a may hold an unmarked
// byline line.
func bylineLineTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Address, atom.Small, atom.Font, atom.Td:
		return true
	}
	return false
}

// bylinePrefixes open an unmarked byline line.
var bylinePrefixes = append([]string{"by ", "von ", "by: ", "von: ", "di ", "written by ", "words by ", "submitted by ", "eingereicht von ", "eingestellt von: ", "eingestellt von ", "writer: ", "reporter: ", "texto de ", "texte de ", "texte : ", "texte: ", "testo di ",
	"geschrieben von ", "verfasst von ", "écrit par ", "escrito por ", "scritto da ", "par ", "por ",
	"door ", "av ", "text: ", "text von ", "bericht: ", "bericht von ", "autor: ", "autorin: ", "avtor: ", "author: ", "texto: ", "testo: ", "tekst: ",
	"penulis: ", "yazar: ", "muhabir: ", "piše: ", "пише: ", "words: ", "reportage: ", "nga ", // Albanian "by"
	"auteur: ", "autore: ", "autora: ", "comunicato stampa di ", "teksti: ", "propos recueillis par ", "posté par ", "publié par ", "postado por ", "oleh ", "oleh: ", "โดย "}, slices.Concat(textAndPictures, cyrillicCredits)...)

// cyrillicCredits open a Russian or Ukrainian credit line (text, author,
// correspondent): a byline line (bylinePrefixes) and a prefix the name
// loses (authorPrefixes).
var cyrillicCredits = []string{"текст: ", "автор: ", "авторка: ", "корреспондент: ", "кореспондент: "}

// textAndPictures open a byline that credits the words and the pictures
// to one person ("Text und Fotos: Renate Wolf"): a byline line
// (bylinePrefixes) and a prefix the name loses (authorPrefixes).
var textAndPictures = []string{"teksti ja kuvat: ", "tekst i zdjęcia: ", "tekst en foto: ", "tekst en foto's: ", "tekst en beeld: ", "texte et photos : ", "texte et photo : ", "text und fotos: ", "text und foto: ", "text und bilder: ", "text und bild: ", "text & bild: ", "texto y foto: ", "text and photo: ",
	"text & fotos: ", "text & foto: ", "text & bilder: ", "bericht und bilder: ", "bericht und fotos: ", "texto y fotos: ",
	"words and pictures by ", "text and photos: ", "text and photos by ", "story and photos by ", "words and photos by "}

// plainByline returns the name of an unmarked byline line, such as a
// paragraph "By Ann Lee", "Von Anna Schmidt, 12.03.2024", "Published on 6
// March 2015 by Ann Lee", "22.04.2024 18:10 von Jana Peters" or "Ein
// Kommentar von Anna Schmidt": short text opening with "By", "Von",
// "Par" (…), a date phrase, a numeric date or the kind of piece, and a
// capitalised name of two to eight words (before any comma or bracket:
// an agency or a role may follow); "" otherwise ("Von Montag an gilt …"
// is a sentence).
func plainByline(n *html.Node) string {
	// Cheap checks before reading the text: the first text must open
	// with a prefix.
	first := n.FirstChild
	indented := first != nil && first.Type == html.TextNode && first.NextSibling != nil && strings.TrimSpace(first.Data) == "" && inlineLine(n)
	for {
		if indented && first != nil && first.Type == html.TextNode && first.NextSibling != nil && strings.TrimSpace(first.Data) == "" {
			first = first.NextSibling // the indentation before the line's first element
		}
		if first == nil || first.Type != html.ElementNode || first.FirstChild == nil || first.DataAtom == atom.A {
			break
		}
		first = first.FirstChild
	}
	if first == nil || first.Type != html.TextNode {
		return ""
	}
	lead := strings.TrimLeft(first.Data, " \t\r\n\u00a0")
	if len(lead) > 240 {
		// A byline's line is short: what lies further in a paragraph's
		// first text decides nothing below (a longer line names no one).
		i := 240
		for i > 0 && !utf8.RuneStart(lead[i]) {
			i--
		}
		lead = lead[:i]
	}
	lt := strings.ToLower(lead)
	ok, bare := false, false
	for _, p := range bylinePrefixes {
		// Every prefix ends in a space: "by" alone is the prefix too.
		if strings.HasPrefix(lt, p) || len(lt) == len(p)-1 && strings.HasPrefix(p, lt) {
			ok, bare = true, len(strings.TrimSpace(lt)) == len(p)-1
			break
		}
	}
	phrased := false // the line opens with a date's label
	for _, p := range datePhrases {
		// "Veröffentlicht am 6. März 2015 von Erika Muster"
		if ok {
			break
		}
		ok = strings.HasPrefix(lt, p)
		phrased = ok
	}
	for _, p := range updateLabels {
		// "Mis à jour le 10/12/2024 | Publié le 09/12/2024<br>Par …"
		if ok {
			break
		}
		ok = strings.HasPrefix(lt, p)
		phrased = ok
	}
	if indented && ok && !phrased && !(bare && first.Parent != n && first.Parent.NextSibling != nil) {
		// "<div> <span>Door Sanne de Vries en Pieter van den Berg</span>
		// <span>·</span> <span>woensdag 9 april 2025</span></div>": the
		// byline's own element is read next, without the date after it;
		// but not an element of the prefix alone ("<span>di</span> <a>Marco
		// Dell'Acqua</a>, <a>…</a>"), whose names stand beside it.
		return ""
	}
	dated := !ok && lt != "" && lt[0] >= '0' && lt[0] <= '9'
	if !ok && !dated && lt != "" {
		// "October 12, 2006<br>by Carol Aldington": a written date first.
		w, _, _ := strings.Cut(lt, " ")
		w = strings.Trim(w, ",.")
		dated = (months[w] || weekdays[w]) && hasYear(lt)
	}
	if !ok && !dated && placeThenDate.MatchString(lead) {
		// "Nordheide, 22.07.2009 · Von Heinz-Dieter Kramm": a dateline
		// of the place and the numeric date, then the byline.
		dated = true
	}
	genre := !ok && !dated && genreByline(lt) >= 0
	if !ok && !dated && !genre && len(lt) < 40 && (strings.HasSuffix(strings.TrimSpace(lt), " von") || strings.HasSuffix(strings.TrimSpace(lt), " by")) {
		// "<span>Ein Gastbeitrag von</span> <span>Miriam Escher</span>":
		// the name in the next element.
		genre = genreByline(strings.ToLower(collapse(firstLine(n)))) >= 0
	}
	if !ok && !dated && !genre {
		if name := nameAndRole(strings.TrimSpace(first.Data)); name != "" {
			return name
		}
		return nameThenService(n, first)
	}
	t := collapse(firstLine(n))
	if ok && hasBylinePrefix(t) {
		if i := strings.Index(t, " | "); i > 0 {
			// "di Marco Dell'Acqua, Chiara De Santis e Lorenzo Di Pietro |
			// 18 luglio 2024, 13:47": the byline before the bar.
			t = t[:i]
		}
	} else if ok {
		if d := prefixedSegment(t); d != "" {
			// "Dodano: 2010-11-18 14:23 | Autor: Krzysztof Wójcik |
			// Czytano: 2841 razy | Komentarze (9)": the part between
			// bars that opens with a byline's prefix, however long the
			// line of facts.
			t = d
		} else if phrased && bylineName(t) == "" {
			if d := dateThenName(t); d != "" {
				t = d
			} else if d := labelledFact(t); d != "" {
				t = d
			} else if d := labelledLine(n); d != "" {
				// "Publié le 09/12/2024 à 22h47<br>Par Jean-Marc
				// Delpech": the dates on a line, the byline on the next.
				t = d
			}
		}
	}
	if n := utf8.RuneCountInString(t); n > 100 {
		// "… von Rechtsanwältin Katrin Vogt, Fachanwältin für Miet- und
		// Wohnungseigentumsrecht": the writer's role after a comma is no
		// part of the line's length.
		t = beforeRoleComma(t)
	}
	if n := utf8.RuneCountInString(t); n > 100 && !(genre && n <= maxBylineRunes) {
		// Longer for "Pressemitteilung von <office> <name> und <office>
		// <name>".
		return ""
	}
	switch {
	case dated:
		// "22.04.2024 18:10 von Jana Peters", "06/03/2015 | By Ann Lee": a
		// numeric date and time, then the byline; or a box that opens
		// with the date and credits the author on a line of its own
		// ("12.04.12 10:15<br>Kategorie: Bau<br>Von: Sabine Oltmanns").
		if d := afterNumericDate(t); d != "" {
			t = d
		} else if d := afterWrittenDate(t); d != "" {
			t = d
		} else if d := prefixedSegment(t); d != "" {
			// "Lunes 09 de Abril de 2018 - 09:45 hs. | Por Ramiro
			// Quinteros | Leída 4.218 veces": the part between bars
			// that opens with a byline's prefix.
			t = d
		} else if d := dateThenName(t); d != "" {
			t = d
		} else if t = labelledLine(n); t == "" {
			return ""
		}
	case genre:
		// "Ein Kommentar von Anna Schmidt", "Analysis by Ann Lee".
		i := genreByline(strings.ToLower(t))
		if i < 0 {
			return ""
		}
		t = t[i:]
	}
	if i := strings.LastIndex(t, " | "); i > 0 {
		// "Veröffentlicht am 12.09.2006 um 14:35 Uhr | Autor: Gerhard
		// Pfisterer": the byline after the bar.
		seg := strings.ToLower(t[i+3:])
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(seg, p) {
				t = t[i+3:]
				break
			}
		}
	}
	name := bylineName(t)
	if m := markedName(n); m != "" && strings.HasPrefix(name, m) {
		// "By <strong>ANN LEE</strong> Associated Press": the words the
		// line sets apart are the name, what follows is not.
		name = m
	}
	name = cutSecondCredit(name, true)
	// The names before a comma or a bracket: after it an agency or a role
	// may follow ("Von Max Mustermann, dpa", "Von Anna Schmidt (dpa)"),
	// which the names' cleaning drops.
	head, _, _ := strings.Cut(name, ",")
	head, _, _ = strings.Cut(head, "(")
	words := strings.Fields(head)
	for k := 2; k < len(words); k++ {
		if nameJoiners[words[k]] && len(words)-k-1 >= 2 && capitalised(words[k+1:k+2]) {
			continue // "Door Sanne de Vries en Pieter van den Berg": a second name, not "en Bretagne"
		}
		if placeOrTimeWords[words[k]] {
			// "Geschrieben von Martin Kessler in Debian, Hardware um
			// 21:47", "Posted by Alan Whitcombe at 08:15 AM in …": the
			// category, the place or the time after the name.
			words = words[:k]
			name = strings.Join(words, " ")
			break
		}
	}
	if len(words) < 2 || len(words) > 8 {
		return ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] && !nameJoiners[strings.ToLower(w)] {
			return ""
		}
	}
	return name
}

// inlineLine reports whether n holds one line of inline elements: up to
// ten, each a <span>, a link, <time>, emphasis or a line break, as an
// indented "<span>Beitrag vom 5.2.2018</span> <span>·</span>
// <span>Kerstin Möller</span>" or three writers' links apart by spans
// ("<span>di</span> <a>…</a><span>,</span> <a>…</a> <span>e</span> <a>…</a>
// <span>|</span> <span><time>…</time></span>").
func inlineLine(n *html.Node) bool {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if k++; k > 10 {
			return false
		}
		switch c.DataAtom {
		case atom.Span, atom.A, atom.Time, atom.B, atom.Strong, atom.Em, atom.I, atom.Small, atom.Br:
		default:
			return false
		}
	}
	return k > 0
}

// placeThenDate matches a dateline that opens a line: a place of one to
// three capitalised words, a comma and a numeric date ("Nordheide,
// 22.07.2009", "Bad Tölz, 3.5.24").
var placeThenDate = regexp.MustCompile(`^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}, \d{1,2}\.\d{1,2}\.\d{2,4}\b`)

// dateThenName returns the name a line of a date and a name apart by a
// middle dot or a bar ends with ("Beitrag vom 5.2.2018 · Kerstin Möller",
// "12.03.2024 | Anna Schmidt"): two or three capitalised words, no
// organisation's or role's, after a part that holds a year; "" for any
// other line (a date and a section: "12.03.2024 | Lokales").
func dateThenName(t string) string {
	segs := strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '·' })
	if len(segs) != 2 || !hasYear(segs[0]) || !dayDated(segs[0]) {
		return "" // "2022 | Landesregierung Brandenburg": a copyright line
	}
	name := strings.TrimSpace(segs[1])
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 3 || !capitalised(w) || strings.ToUpper(name) == name || orgLike(name) || roleLike(name) || strings.ContainsFunc(name, unicode.IsDigit) {
		return "" // nor a label in capitals: "04. November 2021 | PAID CONTENT"
	}
	return name
}

// dayDated reports whether s, which holds a year, names a day too: more
// digits than the year's, or a month's name.
func dayDated(s string) bool {
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if digits > 4 {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if months[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// prefixedSegment returns the first part of line t, between bars or
// middle dots, that opens with one of bylinePrefixes; "" if none does.
func prefixedSegment(t string) string {
	if !strings.ContainsAny(t, "|·") {
		return ""
	}
	for seg := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '|' || r == '·' }) {
		seg = strings.TrimSpace(seg)
		ls := strings.ToLower(seg)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(ls, p) {
				return seg
			}
		}
	}
	return ""
}

// beforeRoleComma returns t up to the first comma followed by a role or
// a job title ("Katrin Vogt, Fachanwältin für …"), or t.
func beforeRoleComma(t string) string {
	cut := -1
	occursWhere(t, ", ", func(j int) bool {
		if w := strings.Fields(t[j+2:]); len(w) > 0 && (jobTitle(w[0]) || roleLike(w[0])) {
			cut = j
			return true
		}
		return false
	})
	if cut < 0 {
		return t
	}
	return t[:cut]
}

// labelledFact returns the byline in a line of labelled facts set apart
// by spaces alone ("Dodano: 09.04.2024, 08:15 Aktualizacja: … Autor:
// Tomasz Wróblewski Odsłon: 2841"): a colon prefix of bylinePrefixes at a
// word's start and the words after it up to the next label; "" for any
// other line.
func labelledFact(t string) string {
	lt := strings.ToLower(t)
	if len(lt) != len(t) {
		return "" // lower-casing moved the offsets
	}
	for _, p := range bylinePrefixes {
		if !strings.HasSuffix(p, ": ") {
			continue
		}
		i := strings.Index(lt, " "+p)
		if i < 0 || !strings.Contains(t[:i], ":") {
			continue // not after another fact's label: "Posted by: …"
		}
		var out []string
		for w := range strings.FieldsSeq(t[i+1+len(p):]) {
			if strings.HasSuffix(w, ":") {
				break // the next fact's label
			}
			out = append(out, w)
		}
		return strings.Join(out, " ")
	}
	return ""
}

// garlandSubmittedRe is the "submitted" line of Drupal 6's default
// theme, Garland: the date and time, a dash, the author ("Mi, 14.10.2009 -
// 11:23 — Anna Kowalski", "Wed, 10/14/2009 - 11:23 — Ann Lee").
var garlandSubmittedRe = regexp.MustCompile(`^[^—]{0,30}\d{1,2}:\d{2}\s+—\s+([^—|,]{3,60})$`)

// themeFooterAuthor returns the author that element c, of class/id ci,
// names as Drupal 6's Garland theme writes its "submitted" line, or
// WordPress's Kubrick its German "postmetadata" line, or "".
func themeFooterAuthor(c *html.Node, ci string) string {
	if hasWord(ci, "submitted") {
		if m := garlandSubmittedRe.FindStringSubmatch(collapse(textOf(c))); m != nil {
			return m[1]
		}
		return ""
	}
	if hasWord(ci, "postmetadata") {
		// WordPress's Kubrick theme in German: "Dieser Eintrag wurde von
		// Jens Möller am Mittwoch, 12. März 2008 um 21:05 Uhr
		// veröffentlicht und unter der Kategorie … abgelegt."
		if m := kubrickAuthorRe.FindStringSubmatch(collapse(textOf(c))); m != nil {
			return m[1]
		}
	}
	return ""
}

// kubrickAuthorRe is the author in the German Kubrick theme's line under
// a post.
var kubrickAuthorRe = regexp.MustCompile(`^Dieser (?:Eintrag|Beitrag|Artikel) wurde von (\p{Lu}[^,]{2,40}?) (?:am|um) `)

// nameAndRole returns the name of a line's first text t when it is a name
// and a staff role after a bar or a comma, "Musa Abdullahi | Staff
// Writer", "Ann Lee, Senior Reporter"; "" otherwise. (Only the first text
// is read: this runs on every paragraph that opens with no byline's word.)
func nameAndRole(t string) string {
	if len(t) > 80 || !strings.Contains(t, " | ") && !strings.Contains(t, ", ") {
		return ""
	}
	t = collapse(t)
	name, role, ok := strings.Cut(t, " | ")
	if !ok {
		if name, role, ok = strings.Cut(t, ", "); !ok {
			return ""
		}
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || !roleOnlyName(role) || !capitalised(words) {
		return ""
	}
	return name
}

// afterWrittenDate returns the byline after a date written with its
// month's name, "May 3rd, 2008 by Dave Kessler" (WordPress Kubrick's line
// under a post's title) → "by Dave Kessler"; "" when no byline's word
// follows a date there.
func afterWrittenDate(t string) string {
	l := strings.ToLower(t)
	for _, w := range []string{" by ", " von ", " par ", " por "} {
		if i := strings.Index(l, w); i > 0 && yearRe.MatchString(t[:i]) && len(strings.Fields(t[:i])) <= 6 {
			return strings.TrimSpace(t[i:])
		}
	}
	return ""
}

// inLink reports whether n lies in a link, within four levels: a teaser's
// byline ("<a href=…><span>Von Clemens Hartwig</span></a>").
func inLink(n *html.Node) bool {
	for a, k := n.Parent, 0; a != nil && k < 4; a, k = a.Parent, k+1 {
		if a.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// nameRoleCard returns the name of a card of two elements and nothing
// else, a name (two to four capitalised words) and a newsroom's role
// that opens with one of newsroomRoles ("<span>Joost Hermans</span><span>
// verslaggever Oost-Nederland</span>", a byline whose classes are
// generated); "" otherwise.
func nameRoleCard(n *html.Node) string {
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return ""
		case c.Type == html.ElementNode:
			if len(kids) == 2 || c.DataAtom != atom.Span && c.DataAtom != atom.Div && c.DataAtom != atom.P {
				return ""
			}
			kids = append(kids, c)
		}
	}
	if len(kids) != 2 {
		return ""
	}
	// Short texts only, read no further than a card's: a layout's two
	// columns are no card.
	var nb, rb strings.Builder
	if appendTextLimit(&nb, kids[0], 80); nb.Len() >= 80 {
		return ""
	}
	if appendTextLimit(&rb, kids[1], 80); rb.Len() >= 80 {
		return ""
	}
	name, role := collapse(nb.String()), strings.ToLower(collapse(rb.String()))
	w, rw := strings.Fields(name), strings.Fields(role)
	if len(w) < 2 || len(w) > 4 || !capitalised(w) || len(rw) == 0 || len(rw) > 6 ||
		!slices.ContainsFunc(newsroomRoles, func(r string) bool { return strings.HasPrefix(rw[0], r) }) {
		return ""
	}
	if names, person := authorNames([]authorCand{{name: name}}); len(names) != 1 || !person {
		return ""
	}
	return name
}

// newsroomRoles open a newsroom role's title, as word stems in the
// languages whose bylines are read: "verslaggever", "Korrespondentin",
// "periodista".
var newsroomRoles = []string{"reporter", "correspondent", "verslaggever", "redacteur", "redakteur", "journalist", "korrespondent",
	"periodista", "giornalist", "corrispondent", "rédact", "correspondant", "reportér", "redaktør"}

// nameThenService returns the name that byline line n's first text,
// first, holds when a line break follows it and the only other line is
// a news service or a staff role ("Jaswinder Kaur Brar<br>Tribune News
// Service", "Ann Lee<br>Staff Reporter"); "" otherwise.
func nameThenService(n, first *html.Node) string {
	end := first // the name's last node below n: "<strong>Name</strong><br>"
	for end.NextSibling == nil && end.Parent != nil && end.Parent != n {
		end = end.Parent
	}
	br := end.NextSibling
	for br != nil && br.Type == html.TextNode && strings.TrimSpace(br.Data) == "" {
		br = br.NextSibling
	}
	if br == nil || br.DataAtom != atom.Br {
		return ""
	}
	name := collapse(first.Data)
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || !capitalised(words) || sentenceEnd(name) {
		return ""
	}
	all := collapse(textOf(n))
	rest := strings.TrimSpace(strings.TrimPrefix(all, name))
	if rest == "" || len(strings.Fields(rest)) > 5 || len(all) > 100 || collapse(secondLine(n)) != rest {
		return ""
	}
	if l := strings.ToLower(rest); !roleEnd(rest) && !strings.HasSuffix(l, " news service") && !strings.HasSuffix(l, " bureau") {
		return ""
	}
	if names, person := authorNames([]authorCand{{name: name}}); len(names) != 1 || !person {
		return ""
	}
	return name
}

// firstLine returns n's text up to its first <br>: a blog's footer
// writes the byline on its first line, the tags on the next
// ("Geschrieben von … um 21:47<br>Defined tags for this entry: …").
func firstLine(n *html.Node) string {
	var b strings.Builder
	done := false
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && !done; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				done = b.Len() > 0 && strings.TrimSpace(b.String()) != ""
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// labelledLine returns the first of the lines of n after its first (its
// text between <br> elements) that opens with a byline label ending in a
// colon ("Von: ", "Autor: ", "By: ") or with one of lineOpeners, or "" when
// none does or n's text is longer than a box of a few lines.
func labelledLine(n *html.Node) string {
	if trimmedLen(textOf(n)) > 200 {
		return ""
	}
	var line strings.Builder
	lines := 0
	check := func() string {
		t := collapse(line.String())
		line.Reset()
		if t == "" {
			return ""
		}
		if lines++; lines == 1 {
			return "" // the date
		}
		lt := strings.ToLower(t)
		for _, p := range bylinePrefixes {
			if (strings.HasSuffix(p, ": ") || lineOpeners[p]) && strings.HasPrefix(lt, p) {
				return t
			}
		}
		return ""
	}
	if only := onlyElement(n); only != nil && (only.DataAtom == atom.Font || only.DataAtom == atom.Span) && trimmedLen(textOf(only)) == trimmedLen(textOf(n)) {
		n = only // the lines inside a <font> or <span> that wraps them all
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			if t := check(); t != "" {
				return t
			}
			continue
		}
		if c.Type == html.TextNode {
			line.WriteString(c.Data) // its spaces too: "von <a>Gisela Brandt</a>"
		} else {
			line.WriteString(" " + textOf(c) + " ")
		}
	}
	return check()
}

// lineOpeners are the bylinePrefixes without a colon that open a byline
// on a line of its own below a date: "by", "von", "par", "por", "door".
var lineOpeners = map[string]bool{"by ": true, "von ": true, "par ": true, "por ": true, "door ": true}

// rowLabels label a table row's cell of authors ("By:", "Autor:").
var rowLabels = wordSet("by author authors autor autorin autoren von verfasser auteur auteurs autore autora autores reporter writer byline")

// labelledRow returns the second cell's text of a table row of two cells
// whose first is a byline label alone ("By:" | "Dennis Kowalczyk, Herald
// Staff Writer"), as old pages lay out a story's facts; "" for any other
// row. The label ends with a colon or is a header cell beside a data
// cell: a row of column headers ("Autor" | "Nachricht") labels columns.
func labelledRow(tr *html.Node) string {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th || len(cells) == 2 {
				return ""
			}
			cells = append(cells, c)
		}
	}
	if len(cells) != 2 || cells[1].DataAtom != atom.Td {
		return ""
	}
	label := strings.ToLower(collapse(textOf(cells[0])))
	if !strings.HasSuffix(label, ":") && cells[0].DataAtom != atom.Th || !rowLabels[strings.TrimRight(label, " :")] {
		return ""
	}
	if t := collapse(textOf(cells[1])); t != "" && utf8.RuneCountInString(t) <= 100 {
		return t
	}
	return ""
}

// labelledItem returns the rest of a list item's text when the item
// opens with a byline label set in bold alone ("<li><strong>Author</strong>
// Lena Hoffmann</li>", a story's facts listed under it); "" for any other
// item.
func labelledItem(li *html.Node) string {
	first := li.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || first.DataAtom != atom.Strong && first.DataAtom != atom.B {
		return ""
	}
	label := strings.ToLower(collapse(textOf(first)))
	if !rowLabels[strings.TrimRight(label, " :")] {
		return ""
	}
	t := collapse(strings.TrimPrefix(collapse(textOf(li)), collapse(textOf(first))))
	if t == "" || utf8.RuneCountInString(t) > 100 {
		return ""
	}
	return t
}

// placeOrTimeWords open what follows a name in a blog's byline line: a
// category or place ("in Debian"), a time ("at 08:15 AM", "um 21:47", and
// in Italian, Portuguese, Dutch and the Nordic languages "alle 10:12",
// "às 10:12", "om 10:12", "kl. 10:12").
var placeOrTimeWords = wordSet("in at um am im à en on alle às om kl. kl")

// markedName returns the text of the one element of a byline line that
// sets words apart (a link, bold or emphasis), when it has a single one
// of two words or more; "" otherwise.
func markedName(n *html.Node) string {
	var found *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.A, atom.Strong, atom.B, atom.Em, atom.I, atom.Span:
			if found != nil {
				return ""
			}
			found = c
		case atom.Br:
			// "<b>By Ron Fischer</b><br>Sentinel-Courier Staff Writer"
		default:
			return ""
		}
	}
	if found == nil {
		return ""
	}
	t := stripAuthorPrefix(collapse(textOf(found)))
	if len(strings.Fields(t)) < 2 {
		return ""
	}
	return t
}

// genreWords name what kind of piece a byline line introduces ("Ein
// Kommentar von", "Analysis by"); pictures are not among them, since
// "Photos by" names a photographer.
var genreWords = map[string]bool{
	"kommentar": true, "analyse": true, "gastbeitrag": true, "gastkommentar": true, "kolumne": true,
	"reportage": true, "essay": true, "glosse": true, "rezension": true, "kritik": true, "bericht": true,
	"commentary": true, "comment": true, "analysis": true, "column": true, "opinion": true, "review": true,
	"report": true, "feature": true, "story": true, "editorial": true, "entry": true, "post": true, "article": true, "notes": true,
	"beitrag": true, "artikel": true,
	"pressemitteilung": true, "presseinformation": true, "medienmitteilung": true,
	"commentaire": true, "chronique": true, "tribune": true, "análisis": true, "columna": true, "opinión": true,
	// a live ticker's or a live blog's writer ("Live-Ticker von Sven Hülsmann")
	"live-ticker": true, "liveticker": true, "ticker": true, "newsblog": true, "liveblog": true, "live-blog": true,
	// a guide's writer ("Ein Ratgeber von Gerd Pahlke")
	"ratgeber": true, "guide": true,
}

// genreByline returns where the byline starts in a lower-cased line that
// opens with a kind of piece, in one word or two ("ein kommentar von anna
// schmidt", "analysis by ann lee", "diary entry by geoff pickering"): at
// its "von", "by", "par" or "por"; -1 for any other line.
func genreByline(lt string) int {
	// Five words at most are read: lt may be a whole paragraph.
	words := make([]string, 0, 5)
	for rest := lt; len(words) < 5; {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		i := strings.IndexFunc(rest, unicode.IsSpace)
		if i < 0 {
			i = len(rest)
		}
		words, rest = append(words, rest[:i]), rest[i:]
	}
	k := 0
	if len(words) > 0 {
		switch words[0] {
		case "ein", "eine", "a", "an", "un", "une", "una", "uno":
			k = 1
		}
	}
	if len(words) >= k+4 && !genreWords[words[k]] && genreWords[words[k+1]] {
		k++ // two words: "a photo essay by", "diary entry by", "guest post by"
	}
	if len(words) < k+3 || !genreWords[words[k]] {
		return -1
	}
	switch words[k+1] {
	case "von", "by", "par", "por":
	default:
		return -1
	}
	// The prefix's position in lt: after the genre word.
	i := strings.Index(lt, words[k])
	j := strings.Index(lt[i+len(words[k]):], words[k+1])
	if i < 0 || j < 0 {
		return -1
	}
	return i + len(words[k]) + j
}

// clockWords removes the words of a clock time ("um 18:10 Uhr").
var clockWords = strings.NewReplacer("uhr", "", "um", "")

// afterNumericDate returns the byline that follows a numeric date and
// time at the start of t ("22.04.2024 18:10 Uhr | von Jana Peters" gives
// "von Jana Peters"), or "" when t does not read so: before the byline
// prefix only digits, separators and "Uhr"/"um".
func afterNumericDate(t string) string {
	lt := strings.ToLower(t)
	for _, by := range []string{"von ", "by ", "par ", "por ", "door "} {
		i := strings.Index(lt, by)
		if i <= 0 || lt[i-1] != ' ' && lt[i-1] != '|' {
			continue
		}
		head := clockWords.Replace(lt[:i])
		for _, w := range strings.Fields(head) {
			if months[strings.Trim(w, ".,")] {
				head = strings.Replace(head, w, "", 1) // "12. März 2009 von Henrik Wollin"
			}
		}
		if strings.Trim(head, "0123456789.:/-,| ") != "" || !strings.ContainsAny(head, "0123456789") {
			return ""
		}
		return t[i:]
	}
	return ""
}

// teaserClass reports whether a class/id string marks a teaser of another
// article or a list of them (also a Drupal view's row), whose bylines and
// dates are other articles' authors and days
// (when it links to them: hasHeadlineLink; some article pages use teaser
// classes for their own header).
func teaserClass(ci string) bool {
	return teaserClassSet.in(ci)
}

// teaserClassSet is the parts of class names teaserClass looks for.
var teaserClassSet = newSubstrings("teaser", "preview", "_more", "-more", "more_", "more-", "views-row")

// inTeaser reports whether n is inside a teaser of another article (see
// bylineAuthors), below the element that holds the page's headline h1.
func inTeaser(n, h1 *html.Node) bool {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if holds(a, h1) {
			return false
		}
		ci := classID(a)
		if ci != "" && teaserClass(ci) && hasHeadlineLink(a, 0) || teaserCard(a, ci) {
			return true
		}
	}
	return false
}

// teaserCard reports whether n is a card of a list of other articles: an
// <article> or an element whose class names a card, holding a link with
// a headline's worth of text and little else (a headline, a standfirst
// and a byline; the article itself holds more, or the page's headline).
func teaserCard(n *html.Node, ci string) bool {
	if n.DataAtom != atom.Article && !cardClass(ci) {
		return false
	}
	return hasHeadlineLink(n, 0) && textShorter(n, 500)
}

// cardClass reports whether a class/id string names a card ("card",
// "card__item", "news-card"), not a word that holds one ("discard").
func cardClass(ci string) bool {
	if !strings.Contains(ci, "card") {
		return false
	}
	for _, w := range strings.Fields(ci) {
		if w == "card" || strings.HasPrefix(w, "card_") || strings.HasPrefix(w, "card-") || strings.HasSuffix(w, "-card") || strings.HasSuffix(w, "_card") {
			return true
		}
	}
	return false
}

// hasHeadlineLink reports whether n holds a link with a headline's worth
// of text (25 characters or more): a link to another article.
func hasHeadlineLink(n *html.Node, depth int) bool {
	if depth > 12 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			if utf8.RuneCountInString(textOf(c)) >= 25 {
				return true
			}
			continue
		}
		if hasHeadlineLink(c, depth+1) {
			return true
		}
	}
	return false
}

// creditClass reports whether a class/id string marks a photo's credit
// ("article__picture-author", "image-credit"), whose author is the
// photographer.
func creditClass(ci string) bool {
	for _, w := range []string{"picture", "photo", "foto", "image", "bild", "credit", "caption", "license", "lizenz"} {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// wireAgencies are news agencies' names as wire bylines put them after
// the reporter's, without a comma ("By JULIE WATSON Associated Press",
// "Ann Lee AP"), lower case.
var wireAgencies = [][]string{{"the", "associated", "press"}, {"associated", "press"}, {"the", "canadian", "press"},
	{"canadian", "press"}, {"australian", "associated", "press"}, {"press", "association"}, {"agence", "france-presse"},
	{"ap"}, {"afp"}, {"reuters"}, {"dpa"}, {"apa"}, {"sda"}, {"kna"}, {"epd"}, {"efe"}, {"ansa"}, {"upi"}}

// beforeAgency returns the words of a name before a news agency's name
// that follows it ("Devon Abernathy Associated Press"), or words as they
// are.
func beforeAgency(words []string) []string {
	for _, a := range wireAgencies {
		k := len(words) - len(a)
		if k < 2 || k > 4 || !capitalised(words[:k]) {
			continue
		}
		match := true
		for i, w := range a {
			if strings.ToLower(strings.Trim(words[k+i], "(),")) != w {
				match = false
				break
			}
		}
		if match {
			return words[:k]
		}
	}
	return words
}

// beforeMixedCase returns the name of a byline written in capitals and
// followed, without a comma, by its paper's name in mixed case ("MARGO
// LINDQVIST Lincoln Journal Star", as US local papers print it): two to
// four words in capitals, then two or more capitalised ones, none in
// capitals. The case changes where the name ends.
func beforeMixedCase(words []string) []string {
	k := 0
	for k < len(words) && k < 5 && upperWord(words[k]) {
		k++
	}
	if k < 2 || k > 4 || len(words)-k < 2 || !capitalised(words[k:]) {
		return words
	}
	for _, w := range words[k:] {
		if upperWord(w) {
			return words
		}
	}
	return words[:k]
}

// upperWord reports whether w is a word in capitals: two letters or more,
// none in lower case ("LINDQVIST", "O'NEILL", "SMITH-JONES").
func upperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// timePrepositions introduce the time after a byline's name ("à 18:32",
// "um 10:15", "at 9:41").
var timePrepositions = wordSet("à a às at um om alle kl. kl")

// cutSecondCredit returns the names before a second credit's label, which
// ends them: "Текст: Валерия Гусева<br>Фото: Артем Зуев" and "Luis Huamán
// Torres Edición: Rocío Salas" read as one line. Unless anyLabel, only a
// credit's label (a photo's, an editor's) ends them: a marked byline runs
// on into other labels ("… Zapisz do newslettera:").
func cutSecondCredit(name string, anyLabel bool) string {
	if ws := strings.Fields(name); len(ws) > 2 {
		for k := 2; k < len(ws); k++ {
			if l, ok := strings.CutSuffix(strings.ToLower(ws[k]), ":"); ok && (anyLabel || creditLabels[l] || slices.Contains(creditWords, l)) {
				return strings.Join(ws[:k], " ")
			}
		}
	}
	return name
}

// creditLabels are the labels of an editor's or a designer's credit
// after a byline's names ("Edición: …").
var creditLabels = wordSet("edición edição edition editing editor redacción redação montaje diseño design layout")

// licenseClass reports whether a class/id string marks an image's
// licence box, whose "author-name" is the photographer's ("<div
// class=license-info>… <span class=author-name>"). Not "caption": themes
// name type styles so ("caption-with-letter-spacing").
func licenseClass(ci string) bool {
	for _, w := range []string{"license", "licence", "lizenz"} {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// bylineName reads the names from a byline such as "By Ann Lee, 6 March
// 2015": the text before the first date, digit or separator, if it is a
// few words long.
func bylineName(t string) string {
	if len(t) > 200 {
		return ""
	}
	// "Published on 6 March 2015 by Ann Lee": the name follows the date.
	lt := strings.ToLower(t)
	for _, l := range []string{"updated", "last updated", "aktualisiert", "zuletzt aktualisiert", "mis à jour", "actualizado", "aggiornato", "modified"} {
		if strings.HasPrefix(lt, l) {
			return "" // a date line: "Updated: January 16, 2020"
		}
	}
	for _, ph := range datePhrases {
		if strings.HasPrefix(lt, ph) {
			for _, by := range []string{" by ", " von ", " par ", " por ", " di ", " door "} {
				if i := strings.Index(lt, by); i >= 0 {
					return bylineName(t[i+1:])
				}
			}
			return ""
		}
	}
	// A Japanese byline in brackets, the outlet after a full-width comma:
	// "[石田健一，ITmedia]".
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") || strings.HasPrefix(t, "［") && strings.HasSuffix(t, "］") {
		t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(t, "["), "［"), "]"), "］")
		t, _, _ = strings.Cut(t, "，")
	}
	if strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") && !strings.Contains(t[len("（"):], "（") {
		// A Japanese paper's reporter in full-width brackets at the
		// end of the text: "（山本陽介）".
		t = strings.TrimSuffix(strings.TrimPrefix(t, "（"), "）")
	}
	t = stripAuthorPrefix(t)
	// "By — Ann Lee By — Tom Hale": a byline per author, run together.
	t = repeatedBy.ReplaceAllString(t, ", ")
	if i := strings.IndexAny(t, "|•·»@~\n"); i >= 0 {
		if t[i] == '@' && i > 0 && t[i-1] != ' ' {
			// An address's own part goes with it: "… Agriculture Writer
			// wkamau@kenyasentinel.co.ke".
			if k := strings.LastIndexAny(t[:i], " ("); k >= 0 {
				i = k
				if t[k] == '(' {
					i++ // the bracket is cut below
				}
			}
		}
		t = t[:i]
		if j := strings.LastIndexByte(t, '('); j >= 0 && !strings.Contains(t[j:], ")") {
			t = t[:j] // "Clara Hedström (news@thelocal.se)": the bracket the address opened
		}
	}
	// A date or time after the name; not a login's digits ("Fischkopp_88").
	for i := strings.IndexAny(t, "0123456789"); i >= 0; {
		if r, _ := utf8.DecodeLastRuneInString(t[:i]); i == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			t = t[:i]
			// The date's weekday before it: "Gregor Villinger-Strub Mo, 14. Juli".
			if w := strings.Fields(t); len(w) >= 3 && shortWeekdays[strings.ToLower(strings.Trim(w[len(w)-1], ",."))] {
				t = strings.Join(w[:len(w)-1], " ")
			}
			break
		}
		j := strings.IndexAny(t[i+1:], "0123456789")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	for _, sep := range []string{" - ", " – ", " — ", " on ", " am ", " le "} {
		if i := strings.Index(t, sep); i >= 0 {
			t = t[:i]
		}
	}
	t = strings.Trim(t, " ,;:|·-–—/")
	if n := len(strings.Fields(t)); n == 0 || n > 12 || len(t) > 160 {
		return ""
	}
	return t
}

// repeatedBy is a second byline's prefix inside a byline's text, after a
// name: " By — ", " Von ".
var repeatedBy = regexp.MustCompile(`\s+(?:By|Von|Par|Por)(?:\s*[—–-])?\s+`)

// authorNames cleans and splits author values into names, without
// duplicates (case ignored), at most maxAuthors. Organisations are
// dropped when a person is named beside them ("Ann Lee, dpa", a Person and
// the publisher); person reports whether any name is not an organisation.
func authorNames(cands []authorCand) (names []string, person bool) {
	type name struct {
		s   string
		org bool
	}
	var all []name
	seen := map[string]bool{}
	for _, c := range cands {
		parts := splitAuthorsAs(c.name, c.structured)
		if whole := collapse(html.UnescapeString(c.name)); c.org && c.structured && len(parts) > 0 && strings.ContainsAny(whole, ",&") && len(whole) <= 120 {
			// An organisation the metadata types as one is one name:
			// "Department for Environment, Food & Rural Affairs".
			parts = []string{whole}
		}
		for _, s := range parts {
			k := strings.ToLower(s)
			if seen[k] {
				continue
			}
			seen[k] = true
			org := c.org || orgLike(s)
			person = person || !org
			all = append(all, name{s, org})
		}
	}
	for _, n := range all {
		if person && n.org {
			continue
		}
		if !n.org {
			n.s = titleCaps(n.s)
		}
		names = append(names, n.s)
		if len(names) == maxAuthors {
			break
		}
	}
	return names, person
}

// splitAuthors turns one author value into clean names: markup and
// entities removed; photo credits dropped; split at ";", "and", "und",
// "&" (and at "y", "e", "et", "i" between names of two words or more) and
// at commas, where a part that is a single word or a role ("Ann Lee,
// London", "Ann Lee, Staff Writer") is not a name; each part cleaned by
// cleanAuthor.
func splitAuthors(s string) []string { return splitAuthorsAs(s, false) }

// splitAuthorsAs is splitAuthors for a value from a structured source
// (JSON-LD, a meta tag, itemprop=author) when structured is true: there a
// personal name written in lower case ("giampiero maggio") is kept.
func splitAuthorsAs(s string, structured bool) []string {
	if strings.IndexByte(s, '<') >= 0 {
		s = stripTags(s)
	}
	s = collapse(html.UnescapeString(s))
	if s == "" || isCredit(s) || len(s) > 300 {
		return nil
	}
	if institutionName(s) {
		// "Bundesministerium für Bildung und Forschung", "Ministerium für
		// Landwirtschaft, Umwelt und ländliche Räume": one body, whatever
		// its "und" and commas join.
		return []string{s}
	}
	if strings.Contains(s, ";") && strings.Contains(s, ",") {
		s = givenFirstList(s) // "Hollmann, Katrin; Berger, Lutz"
	}
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") && editorInitials(strings.TrimSpace(s[:i])) {
		return nil // editors' initials, then the agencies in brackets: "lh/sms (dpa, epd)"
	}
	if strings.Contains(s, "责任编辑") || strings.Contains(s, "責任編輯") || strings.Contains(s, "本文来源") {
		return nil // a Chinese page's source and editor line, not its reporter
	}
	if strings.Contains(s, "기자") {
		// "김태훈 이슬기 기자", "김상훈·박지민 기자", "김상훈 기자 박지민 기자":
		// Korean bylines list reporters with spaces or middle dots
		// before the word for reporter (what follows the last is not
		// a name: an e-mail address, the dateline's "=").
		segs := strings.Split(s, "기자")
		var w []string
		for _, seg := range segs[:len(segs)-1] {
			if i := strings.LastIndexByte(seg, '='); i >= 0 {
				seg = seg[i+1:] // "부산=박지훈"
			}
			w = append(w, strings.FieldsFunc(seg, func(r rune) bool { return unicode.IsSpace(r) || r == '·' || r == ',' })...)
		}
		if len(w) >= 2 && !slices.ContainsFunc(w, func(n string) bool {
			k := utf8.RuneCountInString(n)
			return k < 2 || k > 4 || !allHangul(n)
		}) {
			return w
		}
	}
	for _, p := range []string{"作者 | ", "作者｜", "作者：", "作者:", "作者 "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = strings.TrimSpace(rest) // "作者 | 郑一帆": "author"
			break
		}
	}
	if strings.Contains(s, "记者") || strings.Contains(s, "記者") {
		// "本报记者 方晓萌 沈一鸣": a Chinese byline lists its reporters
		// with spaces (ideographic ones too) after the word for reporter.
		if names, _ := reporterOnlyNames(strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return ' '
			}
			return r
		}, s)); len(names) >= 2 {
			return names
		}
	}
	if s[0] == '{' || s[0] == '[' {
		// JSON-LD where a name belongs: {"@type":"Person","name":…}.
		var x any
		if json.Unmarshal([]byte(s), &x) != nil {
			return nil
		}
		var out []string
		for _, a := range ldAuthors(x) {
			if a.name != "" && a.name[0] != '{' && a.name[0] != '[' {
				out = append(out, splitAuthorsAs(a.name, structured)...)
			}
		}
		return out
	}
	if i := strings.Index(s, " | "); i > 0 {
		s = s[:i] // "Name | Site"
	}
	s = dropSiteName(s)
	if a, b, ok := strings.Cut(s, " - "); ok && capsName(a) && capsName(b) {
		s = a + ";" + b // "MINH HÒA - THANH TÙNG": two reporters in capitals
	}
	for _, w := range []string{" im Gespräch mit ", " in conversation with ", " interviewed by ", " en conversation avec "} {
		// "Ann Lee im Gespräch mit Tom Hale": two names.
		if i := strings.Index(strings.ToLower(s), strings.ToLower(w)); i > 0 {
			s = s[:i] + ";" + s[i+len(w):]
		}
	}
	var out []string
	prevOrg, prevRole := false, false
	for _, chunk := range splitConj(s) {
		chunk = afterPossessive(stripAuthorPrefix(strings.TrimSpace(chunk)))
		if (prevOrg || prevRole) && len(strings.Fields(chunk)) == 1 {
			// "Redaktion Schiff & Küste": the rest of a newsroom's name;
			// "Katrin Vogt, Fachanwältin für Miet- und
			// Wohnungseigentumsrecht": the rest of a role's.
			continue
		}
		prevOrg, prevRole = orgLike(chunk), false
		parts := strings.Split(chunk, ",")
		if len(parts) == 2 && len(strings.Fields(parts[0])) == 1 && len(strings.Fields(parts[1])) == 1 && !orgLike(chunk) {
			parts = []string{chunk} // "Doe, John": one name
		} else if orgLike(parts[0]) {
			parts = parts[:1] // "Feuerwehr Oldenburg, Abteilung Wasserrettung"
		}
		for i, p := range parts {
			// "부산=박지훈 기자, 김하늘 기자": each part marked as a
			// reporter's is a name, one word as Korean names are.
			reporter := strings.Contains(p, "기자")
			p = cleanAuthorAs(p, structured)
			if p == "" {
				continue
			}
			if i > 0 && (len(strings.Fields(p)) < 2 && !reporter || orgLike(p) || roleLike(p) || !structured && describes(p) || placeInBrackets(parts[i]) || stationName(p)) {
				prevRole = i == len(parts)-1 && (roleLike(p) || jobTitle(strings.Fields(p)[0]))
				continue
			}
			if i == 0 && len(parts) == 2 && roleFirst(p, parts[1]) {
				continue // "Kontributor Surabaya, Dimas Aryo Nugroho": a role and a place, then the name
			}
			out = append(out, p)
		}
	}
	return out
}

// stationName reports whether s, a part after a name's comma, is a
// broadcaster's or outlet's name: an acronym and words not in capitals
// ("MLR Thüringen", "SWR Aktuell").
func stationName(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 || capsName(s) {
		return false
	}
	n := 0
	for _, r := range w[0] {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// capsName reports whether s is a name of two to four words written in
// capitals, no role's nor an organisation's.
func capsName(s string) bool {
	s = strings.TrimSpace(s)
	w := strings.Fields(s)
	return len(w) >= 2 && len(w) <= 4 && s == strings.ToUpper(s) && s != strings.ToLower(s) &&
		!orgLike(s) && !roleLike(s) && !strings.ContainsAny(s, "0123456789,;:/")
}

// afterPossessive returns the name after a publication's possessive in a
// byline, "BBC News Online's Simon Ashworth" → "Simon Ashworth": two to
// four capitalised words after a word ending in "'s"; s itself otherwise.
func afterPossessive(s string) string {
	if strings.ContainsAny(s, ",;") {
		return s // "Aroha Pene-Blake, Hawke's Bay Reporter": a place's possessive in a role
	}
	w := strings.Fields(s)
	for i, x := range w {
		if !strings.HasSuffix(x, "'s") && !strings.HasSuffix(x, "’s") {
			continue
		}
		if rest := w[i+1:]; len(rest) >= 2 && len(rest) <= 4 && capitalised(rest) && !roleEnd(strings.Join(rest, " ")) {
			return strings.Join(rest, " ")
		}
		break
	}
	return s
}

// placeInBrackets reports whether a part of a byline after a comma is a
// place with its region in brackets ("Halle (Saale)", "Frankfurt (Oder)"):
// one word, then the bracket.
func placeInBrackets(p string) bool {
	head, _, ok := strings.Cut(strings.TrimSpace(p), "(")
	return ok && len(strings.Fields(head)) == 1 && strings.HasSuffix(strings.TrimSpace(p), ")")
}

// roleFirst reports whether the first part of a byline, before a comma,
// is a role ("Kontributor Surabaya", "Correspondent in Rome") and the
// second a name of two or more words.
func roleFirst(first, second string) bool {
	w := strings.Fields(first)
	if len(w) == 0 || !roleLike(w[0]) {
		return false
	}
	name := strings.Fields(second)
	return len(name) >= 2 && !orgLike(second) && !roleLike(second) && !describes(second)
}

// describes reports whether a part of a byline after a comma describes
// its author rather than naming another ("Projektleiterin der HSS in
// Tunesien"): it holds a word in lower case that no name holds (name
// particles such as "van", "de" and "al" aside).
func describes(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameParticles[w] {
			return true
		}
	}
	return false
}

// dropSiteName returns the name in "site - Ann Lee" or "Ann Lee – Site":
// of two sides of a dash, the one of two to four capitalised words when
// the other is a single word in lower case or a domain.
func dropSiteName(s string) string {
	for _, sep := range []string{" - ", " – ", " — "} {
		a, b, ok := strings.Cut(s, sep)
		if !ok || strings.Contains(b, sep) {
			continue
		}
		for _, p := range [][2]string{{a, b}, {b, a}} {
			name, other := strings.TrimSpace(p[0]), strings.TrimSpace(p[1])
			n := len(strings.Fields(name))
			o, _ := utf8.DecodeRuneInString(other)
			if r, _ := utf8.DecodeRuneInString(name); n >= 2 && n <= 4 && unicode.IsUpper(r) && !orgLike(name) &&
				len(strings.Fields(other)) == 1 && (unicode.IsLower(o) || orgLike(other)) {
				return name
			}
		}
	}
	return s
}

// capsPlace reports whether s is one word of four letters or more in
// capitals and no organisation's name: a dateline's city ("İZMİR",
// "ANKARA"), not an agency ("AFP", "REUTERS").
func capsPlace(s string) bool {
	s = strings.TrimSpace(s)
	return utf8.RuneCountInString(s) >= 4 && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsUpper(r) }) && !orgLike(s)
}

// splitConj splits a list of names at ";", at "/" between names of two
// words or more, and at "and" and its equivalents.
func splitConj(s string) []string {
	if name, place, ok := strings.Cut(s, " / "); ok && len(strings.Fields(name)) >= 2 && capsPlace(place) {
		s = name // "Ayşe KARACA / İZMİR": the name, then the city it was reported from
	}
	s = strings.ReplaceAll(s, " / ", ";") // "Ann Lee / site.de"
	if strings.Contains(s, "/") {
		// "Ralph Steiner/Carlo Natter" is two names, "det/dpa" one value.
		parts := strings.Split(s, "/")
		names := true
		for _, p := range parts {
			names = names && len(strings.Fields(p)) >= 2 && !strings.ContainsAny(p, "0123456789")
		}
		if len(parts) == 2 && len(strings.Fields(parts[0])) >= 2 && roleEnd(parts[1]) {
			s = parts[0] // "Tamisha Brown-Lyle/Gleaner Writer": a name and the paper's role for it
		} else if names {
			s = strings.Join(parts, ";")
		} else if len(parts) == 2 && len(strings.Fields(parts[0])) >= 2 && orgLike(parts[1]) {
			s = parts[0] // "Erik Lund/TT": a name and the agency
		}
	}
	var out []string
	mixed := strings.ContainsFunc(s, unicode.IsUpper)
	for _, a := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' }) {
		words := strings.Fields(a)
		start := 0
		for i, w := range words {
			lw := strings.ToLower(w)
			split := false
			switch lw {
			case "and", "und":
				// Not before a word in lower case where names are
				// capitalised: "Staff and news service reports" is one
				// credit.
				split = i > start && i < len(words)-1 && !(mixed && startsLower(words[i+1]))
			case "&":
				// "Jobs & Hire", "Ernst & Young": one word each side is a
				// firm's name; one word after it ends a role ("Director
				// of Education & Events").
				split = i > start && len(words)-i-1 >= 2
			case "y", "e", "et", "i", "en", "og", "och", "ve", "și", "şi", "και":
				// "José Ortega y Gasset" is one name; "Ana Ruiz y Juan Gil"
				// two; Turkish, Romanian and Greek write "ve", "și", "και".
				split = i-start >= 2 && len(words)-i-1 >= 2 && w == lw
			}
			if split {
				first := strings.Join(words[start:i], " ")
				if (lw == "and" || lw == "und" || lw == "&") && i-start == 1 && len(words)-i-1 == 2 && capitalised(words[start:i]) && capitalised(words[i+1:]) &&
					!strings.ContainsFunc(first, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) && !orgLike(first) && !roleLike(first) {
					// "Heike und Rolf Gerlach": a couple that shares the
					// surname named once.
					first += " " + words[len(words)-1]
				}
				out = append(out, first)
				start = i + 1
			}
		}
		out = append(out, strings.Join(words[start:], " "))
	}
	return out
}

// nameCased reports whether every word starts as a name does: with a
// capital, or with a letter of a script that has no case ("박지민"), as
// Georgian is written (its everyday letters are lower case to Unicode,
// whose capitals are for headings: "თამარ ლომიძე").
func nameCased(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (!unicode.IsLetter(r) || unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r)) {
			return false
		}
	}
	return true
}

// capitalised reports whether every word starts with an upper-case
// letter.
func capitalised(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// startsLower reports whether w starts with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// authorPrefixes introduce a name in a byline or an author field; they are
// removed (case ignored). Longer ones come first.
var authorPrefixes = slices.Concat(textAndPictures, cyrillicCredits, []string{
	"das interview führte ", "das gespräch führte ", "interviewed by ", "interview by ", "intervista di ",
	"rozmawiała ", "rozmawiał ", "rozmawiali ",
	"pressemitteilung von ", "presseinformation von ", "medienmitteilung von ", "comunicato stampa di ", "communiqué de ",
	"view all posts by ", "all posts by ", "posts by ",
	// "writer" before the name in Thai
	"ผู้เขียน ",
	// WordPress's "View all posts by %s" in French, Spanish, Italian and Dutch
	"afficher tous les articles par ", "voir tous les articles par ", "voir tous les articles de ", "ver todas las entradas de ",
	"ver todas las entradas por ", "visualizza tutti gli articoli di ", "bekijk alle berichten van ", "show all articles of ", "articles by ", "more by ",
	"more from ", "zeige alle beiträge von ", "zeige alle artikel von ", "alle artikel von ", "alle beiträge von ", "beiträge von ", "weitere artikel von ",
	"mehr von ", "written by ", "posted by ", "published by ", "reported by ", "recipe by ", "story by ", "submitted by ", "eingereicht von ", "reviewed by ", "eingestellt von ",
	"words by ", "text by ", "texto de ", "texte de ", "testo di ", "rezept von ", "recette de ", "receta de ", "ricetta di ", "erstellt von ", "geschrieben von ", "verfasst von ", "ein beitrag von ",
	"ein gastbeitrag von ", "gastbeitrag von ", "ein artikel von ", "artikel von ", "beitrag von ",
	"ein kommentar von ", "kommentar von ", "eine analyse von ", "text von ", "propos recueillis par ",
	// a column's: "La rubrica di Franco Albertini", "Eine Kolumne von …"
	"la rubrica di ", "rubrica di ", "a column by ", "eine kolumne von ", "kolumne von ", "une chronique de ",
	"chronique de ", "una columna de ", "columna de ",
	// a correspondent's or an envoy's: "dal nostro corrispondente ANDREA FERRI", "de notre envoyée spéciale …"
	"dal nostro corrispondente ", "dalla nostra corrispondente ", "dal nostro inviato ", "dalla nostra inviata ",
	"de notre correspondant ", "de notre correspondante ", "de notre envoyé spécial ", "de notre envoyée spéciale ",
	"von unserem korrespondenten ", "von unserer korrespondentin ", "from our correspondent ",
	"von unserem redakteur ", "von unserer redakteurin ", "von unserem mitarbeiter ", "von unserer mitarbeiterin ",
	"door onze verslaggever ", "door onze verslaggeefster ", "door onze correspondent ",
	// "by" in Maltese and Welsh
	"minn ", "gan ",
	"recueilli par ", "recueillis par ", "écrit par ", "publié par ", "escrito por ", "publicado por ",
	"scritto da ", "a cura di ", "posté par ", "postado por ", "napisane przez ", "napisał ", "napisała ", "napsal ", "napsala ", "kirjoittanut ",
	// Polish "by" (the Newspaper theme's "Przez" over the writer's link), Albanian "by"
	"przez ", "nga ",
	// Indonesian and Malay, Thai
	"oleh: ", "oleh ", "โดย ",
	"skrevet af ", "skrevet av ", "skriven av ", "geschreven door ", "by ", "von ", "par ", "por ", "di ", "door ", "av ", "af ",
	// Romanian "by" ("de Mihaela Drăgulescu")
	"de ",
	// Arabic "written by", "by the pen of"
	"كتب ", "كتبت ", "بقلم ", "بقلم: ",
	"autorin ", "autor ", "author ", "auteur ", "autore ", "autora ", "text ",
})

// aboutPrefixes open an author box's heading before the name: "About
// Ann Lee", "Über Jana Körber", "À propos de …", "Acerca de …", "Over …".
var aboutPrefixes = []string{"about ", "über ", "à propos de ", "acerca de ", "over "}

// agencyWritersRe opens an agency's feature byline after "by": "Xinhua
// writers", "Huaxia reporter".
var agencyWritersRe = regexp.MustCompile(`^\p{Lu}[\pL-]+\s+(?:writers?|reporters?|correspondents?)\s+`)

// kindOfPiece opens a byline with the kind of piece it credits, one or
// two words after an article: "Eine Multimedia-Reportage von", "Ein
// Interview von", "A photo essay by", "Une enquête de".
var kindOfPiece = regexp.MustCompile(`(?i)^(?:ein|eine|a|an|un|une|una|uno)\s+\S+(?:\s+\S+)?\s+(?:von|by|par|de|di|por|door)\s+`)

// stripAuthorPrefix removes what introduces a name: "By", "Von", "Written
// by", "Autor:", a short label before a colon ("Piše:", "Interview:"),
// and "von"/"by" glued to the name ("vonFred Hüning").
func stripAuthorPrefix(s string) string {
	s = strings.TrimLeft(s, " ,;:|·-–—/(")
	label := strings.ToLower(strings.TrimRight(s, " :")) + " "
	if m := kindOfPiece.FindStringIndex(label); slices.Contains(authorPrefixes, label) || m != nil && m[1] == len(label) {
		return "" // a label alone, its name in an element of its own: "Ein Gastbeitrag von"
	}
	in := s
	if m := kindOfPiece.FindStringIndex(s); m != nil && m[1] < len(s) {
		s = s[m[1]:] // "Eine Multimedia-Reportage von …", "A photo essay by …"
	} else if ls := strings.ToLower(s); len(ls) == len(s) {
		if i := genreByline(ls); i > 0 {
			s = s[i:] // "Report by Dave Pritchard", "Diary entry by …": "by" left for the prefixes
		}
	}
	for _, p := range aboutPrefixes {
		// An author box's heading, "Über Jana Körber": the name after
		// it, not a label ("Über die Autorin").
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			if w := strings.Fields(s[len(p):]); len(w) >= 2 && len(w) <= 4 && capitalised(w) {
				s = s[len(p):]
			}
			break
		}
	}
	for _, p := range authorPrefixes {
		// First the known prefixes: "View all posts by" is not a name
		// followed by "all posts".
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			s = strings.TrimLeft(s[len(p):], " :")
			break
		}
	}
	if m := agencyWritersRe.FindStringIndex(s); m != nil && m[1] < len(s) {
		s = s[m[1]:] // "Xinhua writers Zhou Lan, Ma Tiejun"
	}
	s = strings.TrimLeft(cutTrailing(s), " ,;:|·-–—/(")
	for range 3 {
		before := s
		for _, p := range authorPrefixes {
			if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
				s = strings.TrimLeft(s[len(p):], " :")
				break
			}
		}
		for _, p := range []string{"von", "by", "Von", "By"} {
			if len(s) > len(p) && s[:len(p)] == p {
				if r, _ := utf8.DecodeRuneInString(s[len(p):]); unicode.IsUpper(r) {
					s = s[len(p):]
				}
			}
		}
		if i := strings.Index(s, ":"); i > 0 && i < 30 && len(strings.Fields(s[:i])) <= 2 && strings.TrimSpace(s[i+1:]) != "" {
			s = strings.TrimSpace(s[i+1:])
		}
		if s == before {
			break
		}
	}
	if s != in {
		// A title in lower case after the prefix: "Af sognepræst Mette
		// Kjær".
		if w := strings.Fields(s); len(w) >= 3 && len(w) <= 5 && startsLower(w[0]) && !nameParticles[w[0]] && capitalised(w[1:]) {
			s = strings.Join(w[1:], " ")
		}
	}
	return s
}

// cleanAuthor turns one part of an author value into a name, or "": the
// prefix removed ("By", "Von:"); what follows the name cut off (a date,
// "Updated …", "for The Daily Mail", a role after " - "); e-mail addresses,
// @handles and URLs removed; a name written twice ("Ann LeeAnn Lee")
// once; an all-caps name ("ANN LEE", "Patrick ANGEVIN") in title case.
// Generic values ("admin", "Follow", "View my complete profile"), photo
// credits and sentences give "".
func cleanAuthor(s string) string { return cleanAuthorAs(s, false) }

// classYear reports whether w is a class year as alumni magazines write
// it after a name: an apostrophe and two digits ("'09", "’87").
func classYear(w string) bool {
	w = strings.TrimRight(w, ",.")
	for _, q := range []string{"'", "’", "‘"} {
		if d, ok := strings.CutPrefix(w, q); ok {
			return len(d) == 2 && d[0] >= '0' && d[0] <= '9' && d[1] >= '0' && d[1] <= '9'
		}
	}
	return false
}

// cleanAuthorAs is cleanAuthor for a value from a structured source when
// structured is true: a name of two to four words of lower-case letters
// ("giampiero maggio") is kept as given, not read as a phrase.
func cleanAuthorAs(s string, structured bool) string {
	s = stripAuthorPrefix(eastAsianByline(collapse(s)))
	if isCredit(s) {
		return ""
	}
	s = cutTrailing(s)
	// Drop e-mail addresses, handles and URLs; stop at a word that starts
	// with a digit (a date or time after the name).
	var words []string
	fields := strings.Fields(s)
	for i, w := range fields {
		lw := strings.ToLower(w)
		if w[0] >= '0' && w[0] <= '9' && len(words) > 0 {
			break
		}
		if len(words) > 0 && classYear(w) {
			break // an alumna's class year: "Corinne Baptiste '09"
		}
		if len(words) > 0 && (weekdays[strings.Trim(lw, ",.")] ||
			months[strings.Trim(lw, ",.")] && (i+1 == len(fields) || fields[i+1][0] >= '0' && fields[i+1][0] <= '9')) {
			break // "Ann Lee Thursday", "Ann Lee March 3"
		}
		if len(words) > 0 && shortWeekdays[strings.Trim(lw, ",.")] && (i+1 < len(fields) &&
			(months[strings.ToLower(strings.Trim(fields[i+1], ",."))] || fields[i+1][0] >= '0' && fields[i+1][0] <= '9') ||
			i+1 == len(fields) && len(words) >= 2 && hasWord("mon tue tues wed thu thur thurs fri", strings.Trim(lw, ",."))) {
			// "Ann Lee Tue Mar 11, 2025": a short weekday before its date,
			// or last, its date in the next element ("Li Sun" keeps his name).
			break
		}
		if strings.HasPrefix(w, "@") || strings.Contains(w, "@") && strings.Contains(w, ".") ||
			strings.Contains(lw, "[at]") || strings.Contains(lw, "(at)") || strings.Contains(lw, "://") {
			continue
		}
		words = append(words, w)
	}
	for i, w := range words {
		if i >= 1 && i+1 < len(words) && strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 3 && !honorifics[strings.ToLower(w)] &&
			!strings.Contains(w[:len(w)-1], ".") && strings.ContainsFunc(w, unicode.IsLower) &&
			capitalised(words[:i+1]) && capitalised(words[i+1:i+2]) {
			// "Jess Whitford. Recorded on …": the sentence after the name,
			// not an initial's full stop ("J. R. Hart", "Ann Lee Jr.").
			words[i] = strings.TrimSuffix(w, ".")
			words = words[:i+1]
			break
		}
	}
	for i, w := range words {
		if i > 0 && strings.HasPrefix(w, "(") && !strings.Contains(strings.Join(words[i:], " "), ")") {
			words = words[:i] // "Jonas Tews (Klasse 9c)" cut at its digit: the bracket left open goes too
			break
		}
	}
	for len(words) > 2 && timePrepositions[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1] // "Posté par Claire Desvignes à 18:32": the time cut off, its "à" left
	}
	if len(words) >= 3 && jobTitle(words[0]) {
		words = words[1:] // "Rechtsanwalt Dennis Tölle", "FOCUS-Online-Experte Robin Tschöpe"
	}
	for len(words) >= 3 && honorifics[strings.ToLower(words[0])] {
		words = words[1:] // "Prof. Dr. Markus Feldhaus", "Rev. Anne Kittredge": the name without its titles
	}
	words = afterRole(words)       // "ITV Granada Reports Multimedia Producer Megan Rowlands"
	words = beforeRole(words)      // "Kevin Marsh Contributing Writer", "Harriet Vance Creators Syndicate"
	words = beforeAgency(words)    // "JULIE WATSON Associated Press"
	words = beforeMixedCase(words) // "MARGO LINDQVIST Lincoln Journal Star"
	for k := 2; k+1 < len(words) && k <= 3; k++ {
		if words[k] == "The" && capitalised(words[:k]) && !slices.ContainsFunc(words[:k], func(w string) bool { return hasWord("to of for and in on by from with at", strings.ToLower(w)) }) {
			words = words[:k] // "Dana Whitcomb The Lakeshore Ledger": the paper after the name, not "Letters To The Editor"
			break
		}
	}
	if n := len(words); n >= 3 && trailingRole(words[n-1]) && capitalised(words[:n-1]) {
		words = words[:n-1] // "Felix Rautenberg Fachredakteur"
	}
	for i := 2; i+1 < len(words); i++ {
		if r, _ := utf8.DecodeRuneInString(words[i+1]); words[i] == "in" && unicode.IsUpper(r) && capitalised(words[:i]) {
			words = words[:i] // "Amira Haddad in Kakuma, Kenya": where the reporter was
			break
		}
	}
	s = strings.Join(words, " ")
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		if isCredit(s[i+2 : len(s)-1]) {
			return "" // "Elias Tanner (Bilder)": the photographer
		}
		if in := strings.Fields(s[i+2 : len(s)-1]); len(in) >= 2 && len(in) <= 4 && nameCased(in) && orgLike(s[:i]) && !orgLike(s[i+2:len(s)-1]) {
			return strings.Join(in, " ") // "Redakcja (Katarzyna Zielińska)": the newsroom's writer
		}
		s = s[:i] // "Auswärtige Autoren (AA)"
	}
	s = strings.Trim(s, " ,;:|·-–—→»'\"“”„«/()[]*")
	if strings.HasSuffix(s, ".") {
		// A final initial ("Nicolas Gutierrez C."), abbreviation ("e.V.")
		// or suffix ("Robert K. Jones Jr.") keeps its point.
		last := s[strings.LastIndexByte(s, ' ')+1:]
		if utf8.RuneCountInString(last) > 2 && strings.Count(last, ".") == 1 && !nameSuffixes[strings.ToLower(last)] {
			s = strings.TrimRight(s, ".")
		}
	}
	if n := len(s); n >= 6 && n%2 == 0 && s[:n/2] == s[n/2:] {
		s = s[:n/2]
	}
	if s == "" || len(s) > 80 || !strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	if junkAuthor(s) && !(structured && lowerName(s)) {
		return ""
	}
	return s
}

// nameSuffixes are the abbreviated suffixes that close a name with a
// point of their own.
var nameSuffixes = map[string]bool{"jr.": true, "sr.": true}

// eastAsianByline returns the name in a Korean or Chinese byline: the
// outlet before "=" ("스포츠조선=선수민 기자", "(서울=연합뉴스) 홍길동 기자")
// and the word for reporter after or before the name ("기자", "记者")
// removed.
func eastAsianByline(s string) string {
	// "三浦 咲 【Profile】": a label in lenticular brackets is no part of a name.
	if i := strings.Index(s, "【"); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	if i := strings.LastIndexByte(s, '='); i >= 0 {
		s = s[i+1:]
		if j := strings.LastIndexByte(s, ')'); j >= 0 {
			s = s[j+1:]
		}
	}
	if i := strings.Index(s, "기자"); i > 0 {
		// "정다은 기자 (daeun.jung@…)": the name is before the word for reporter.
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	for _, p := range []string{"本报记者", "本報記者", "记者", "記者"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, p))
	}
	if name, ok := strings.CutSuffix(s, "記者"); ok {
		// "報道部　佐藤美咲記者": a Japanese paper's desk, then the
		// reporter's name and the word for reporter.
		if i := strings.LastIndexFunc(name, unicode.IsSpace); i >= 0 {
			if desk := strings.TrimSpace(name[:i]); strings.HasSuffix(desk, "部") || strings.HasSuffix(desk, "局") {
				name = name[i:]
			}
		}
		if name = strings.TrimSpace(name); utf8.RuneCountInString(name) >= 2 {
			s = name
		}
	}
	return s
}

// allHangul reports whether s is written in Hangul alone.
func allHangul(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return s != ""
}

// lowerName reports whether s reads as a personal name written all in
// lower case: two to four words of letters (a hyphen or apostrophe
// inside a word allowed), none of them a generic value, a month or a
// weekday, none an organisation's or a role's word, and not all of them
// name particles. Only a structured source's value gets this reading: in
// a byline's text, such words are a phrase.
func lowerName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || orgLike(s) || roleLike(s) {
		return false
	}
	particles := 0
	for _, w := range words {
		lw := strings.ToLower(w)
		if lw != w || junkAuthors[lw] || months[lw] && !firstNames[lw] || weekdays[lw] || lowerFunctionWords[lw] {
			return false
		}
		if nameParticles[w] {
			particles++
		}
		for i, r := range w {
			if !unicode.IsLetter(r) && !((r == '-' || r == '\'' || r == '’') && i > 0 && i < len(w)-utf8.RuneLen(r)) {
				return false
			}
		}
	}
	return particles < len(words)-1
}

// lowerFunctionWords are words of phrases, not of names: a lower-case
// value with one of them ("keine angabe", "not specified") names nobody.
var lowerFunctionWords = wordSet("the a an of in on at to for with from by and or not no is are this that " +
	"die ein eine und oder nicht kein keine mit für auf im ist " +
	"les des un une et ou pas sur pour avec dans est " +
	"il lo gli una per con non è " +
	"un una o por para con sin es")

// cutTrailing cuts off what follows a name in a byline: a date label
// ("Updated …", "Aktualisiert …"), a relative time ("hace 2 horas"), a
// date after " on " or " am ", a publication it was written for ("for The
// Daily Mail"), a link to more of the author's articles ("Alle Artikel"),
// an illustration or photo credit.
func cutTrailing(s string) string {
	ls := strings.ToLower(s)
	for _, w := range []string{" for ", " für "} {
		// "Ann Lee For Mailonline and Tom Hart": the publication goes,
		// the second writer stays.
		if i := strings.Index(ls, w); i > 0 && len(ls) == len(s) {
			for _, and := range []string{" and ", " und ", " & "} {
				if j := strings.Index(ls[i+len(w):], and); j > 0 {
					k := i + len(w) + j
					if r, _ := utf8.DecodeRuneInString(s[k+len(and):]); unicode.IsUpper(r) {
						return cutTrailing(s[:i] + s[k:])
					}
				}
			}
		}
	}
	cut := len(s)
	if i := strings.Index(s, "Follow"); i > 0 {
		// "Ann LeeFollow": a follow button glued to the name.
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLower(r) || r == ' ' {
			cut = i
		}
	}
	for _, w := range []string{" last updated", " updated", " published", " aktualisiert", " veröffentlicht", " stand:", " posted",
		" publié", " mis à jour", " actualizado", " publicado", " pubblicato", " aggiornato", " last modified",
		" opublikowano",
		" for ", " für ", " hace ", " vor ", " prije ", " il y a ",
		// A link to the author's page or a credit run into the name.
		" alle artikel", " alle beiträge", " anzeigen", " all articles", " all posts", " more articles", " weitere artikel",
		" mehr artikel", " view all", " see all", " more from", " illustration", " fotos", " photos", " foto:", " photo:",
		// A translator's credit after the author's.
		" übersetzung", " translated by", " translation:", " traduction", " traducción", " traduzione",
		// A link to write to the author ("Mejla", "E-Mail", "Email").
		" mejla", " e-mail", " email", " e-post", " sähköposti"} {
		if i := strings.Index(ls, w); i > 0 && i < cut {
			cut = i
		}
	}
	for _, w := range publicationLabels {
		// the label of a date run into the name: "Милена Стојановић објављено: …"
		if i := strings.Index(ls, " "+w); i > 0 && i < cut {
			cut = i
		}
	}
	for _, w := range []string{" on ", " am ", " » "} { // phpBB's "von Fischkopp_88 » Mo 9. Jul 2012"
		if i := strings.Index(s, w); i > 0 && i < cut {
			cut = i
		}
	}
	if i := strings.Index(ls, " of the "); i > 0 && i < cut && len(ls) == len(s) {
		// The paper after the name: "By Jenna Kowalczyk of The Montana
		// Standard", not a sentence run into it ("… of the report").
		if r, _ := utf8.DecodeRuneInString(s[i+len(" of the "):]); unicode.IsUpper(r) {
			cut = i
		}
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > 0 && domainLike(s[i+1:cut]) && len(strings.Fields(s[:i])) >= 2 && !orgLike(s[:i]) {
		cut = i // the site's address run into a person's name: "Karl Dempsey ZDNet.co.uk"
	}
	return s[:cut]
}

// domainLike reports whether word w is a web address's host: letters and
// dots, a dot before a top-level domain of two letters or more
// ("ZDNet.co.uk", "oe24.at"), no initial ("J.").
func domainLike(w string) bool {
	w = strings.TrimRight(w, ".,;")
	i := strings.LastIndexByte(w, '.')
	if i <= 0 || len(w)-i-1 < 2 {
		return false
	}
	for _, r := range w[i+1:] {
		if r < 'a' || r > 'z' {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
	}
	return !strings.ContainsAny(w, " @")
}

// weekdays and months end a name in a byline ("Ann Lee Thursday, 5
// p.m."); a month only when a day follows or nothing does ("April Roach"
// is a name).
var weekdays, months = wordSet("monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo " +
	"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lunedì martedì mercoledì giovedì venerdì sabato domenica " +
	// Hindi (whole and short), Bengali, Indonesian and Malay
	"सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार सोम मंगल बुध गुरु शुक्र शनि रवि " +
	"সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার senin selasa rabu kamis jumat sabtu minggu isnin " +
	// Romanian, Portuguese, Polish, Czech, Hungarian and the Nordic
	// languages (not the Polish "sobota", "środa", surnames too)
	"luni marti marți miercuri joi vineri sambata sâmbătă duminica duminică segunda-feira terça-feira quarta-feira quinta-feira sexta-feira " +
	"poniedziałek wtorek czwartek piątek niedziela pondělí úterý středa čtvrtek pátek neděle hétfő kedd szerda csütörtök péntek szombat vasárnap " +
	"måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag"),
	wordSet("jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")

// shortWeekdays are the weekdays' abbreviations that open a date after a
// name in a byline ("Mo, 14. Juli 2014", "Thu 3 March"); alone, some are
// names ("Mo", "Sam").
var shortWeekdays = wordSet("mo di mi do fr sa so mon tue tues wed thu thur thurs fri sat sun lu ma me je ve lun mar mer jeu ven sam dim mié jue vie sáb dom")

// firstNames are month names that are also first names: alone, they may
// be a blogger's name ("Jan", "April").
var firstNames = wordSet("jan april may june august mai juni")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// jobTitles are job titles written before a name (compared with the end
// of the lower-cased first word: "Rechtsanwalt", "Chefredakteurin",
// "FOCUS-Online-Experte").
var jobTitles = []string{"rechtsanwalt", "rechtsanwältin", "anwalt", "anwältin", "redakteur", "redakteurin",
	"korrespondent", "korrespondentin", "reporter", "reporterin", "journalist", "journalistin", "redaktionsmitglied",
	"gastautor", "gastautorin", "-autor", "-autorin", "experte", "expertin", "kolumnist", "kolumnistin",
	// offices held by those a party's or a council's release quotes
	"sprecher", "sprecherin", "vorsitzende", "vorsitzender", "vorsitzendem", "vorsitzenden", "abgeordnete",
	"abgeordneter", "gemeinderat", "gemeinderätin", "stadtrat", "stadträtin", "kreisrat", "kreisrätin",
	"bürgermeister", "bürgermeisterin", "ministerin", "senatorin", "präsident", "präsidentin",
	"geschäftsführer", "geschäftsführerin", "pfarrer", "pfarrerin",
	// health professions that sign a practice's or a pharmacy's advice
	"apotheker", "apothekerin", "arzt", "ärztin", "heilpraktiker", "heilpraktikerin"}

// roleNouns end a role written before a name ("Multimedia Producer",
// "Senior Reporter").
var roleNouns = map[string]bool{"producer": true, "reporter": true, "correspondent": true, "editor": true,
	"writer": true, "journalist": true, "photographer": true, "columnist": true, "presenter": true}

// afterRole returns the name after a role that opens the words ("ITV
// Granada Reports Multimedia Producer Megan Rowlands" → "Megan
// Rowlands"): the two or three capitalised words after the last role
// noun, where words before it make the role.
func afterRole(words []string) []string {
	for i := len(words) - 3; i >= 1; i-- {
		if !roleNouns[strings.ToLower(strings.Trim(words[i], ",:"))] {
			continue
		}
		name := words[i+1:]
		if len(name) > 3 {
			return words
		}
		for _, w := range name {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return words
			}
		}
		return name
	}
	return words
}

// roleTail are the words of a role or a syndicate written after a name
// without a comma.
var roleTail = wordSet("contributing staff senior chief associate sports political freelance guest special " +
	"creators syndicate features writer reporter correspondent editor columnist photographer producer " +
	// a beat before the role ("Ciara Molloy Health Correspondent")
	"health business education crime court environment environmental science technology tech foreign economics " +
	"economy transport arts food travel motoring property legal medical defence defense security diplomatic " +
	"investigations investigative markets finance courts agriculture energy climate")

// beforeRole returns the name before a role or a syndicate that follows
// it without a comma ("Kevin Marsh Contributing Writer" → "Kevin
// Marsh"): the two or three capitalised words before a trailing run of
// two roleTail words or more that ends with a role noun or "syndicate".
func beforeRole(words []string) []string {
	if len(words) < 3 {
		return words
	}
	if last := strings.ToLower(words[len(words)-1]); !roleNouns[last] && last != "syndicate" {
		return words
	}
	i := len(words)
	for i > 0 && roleTail[strings.ToLower(words[i-1])] {
		i--
	}
	if i < 2 || i > 3 || len(words)-i < 2 || !capitalised(words[:i]) {
		// "About the Reporter", "Antrim Court Reporter": no name and a role.
		return words
	}
	if i == 3 && (mastheadNouns[strings.ToLower(words[2])] || upperWord(words[2]) && !upperWord(words[1])) {
		// "Jordan Whitlock Globe Staff Writer": the paper's short name
		// before the role; "Brandon Kessling ESPN Staff Writer": its
		// initials in capitals after a name that is not.
		return words[:2]
	}
	return words[:i]
}

// mastheadNouns end a newspaper's name; one before a role after a name is
// the paper's short name ("Globe Staff Writer", "Tribune Staff Reporter").
var mastheadNouns = wordSet("globe tribune herald times post news journal gazette courier register sentinel telegraph " +
	"observer chronicle examiner enterprise dispatch bulletin advocate democrat inquirer courant zeitung kurier")

// trailingRole reports whether a word after a name is a German job title
// written as one word ("Fachredakteur", "Auslandskorrespondentin"), of
// the kinds no surname ends with.
func trailingRole(w string) bool {
	w = strings.ToLower(w)
	for _, t := range []string{"redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalistin", "kolumnist", "kolumnistin", "reporterin"} {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// jobTitle reports whether a name's first word is a job title.
func jobTitle(w string) bool {
	w = strings.ToLower(w)
	for _, t := range jobTitles {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// honorifics are academic and clerical titles written before a name
// (compared lower-cased).
var honorifics = wordSet("dr. dr prof. prof professor rev. revd rev dr.-ing. dipl.-ing. mag. med. phil. rer. nat. habil. priv.-doz. univ.-prof. pd")

// junkAuthors are author values that name nobody (compared lower-cased).
var junkAuthors = map[string]bool{
	"from staff reports": true, "super user": true, // Joomla's default account
	// a date's abbreviated weekday read from a byline that holds only the date ("Wed Nov 08 2023")
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	// an update label whose date was cut off ("Laatst bijgewerkt 22 oktober 2025")
	"last updated": true, "updated": true, "laatst bijgewerkt": true, "bijgewerkt": true, "zuletzt aktualisiert": true,
	"aktualisiert": true, "mis à jour": true, "actualizado": true, "aggiornato": true, "atualizado": true,
	"uppdaterad": true, "oppdatert": true, "opdateret": true, "päivitetty": true, "aktualizacja": true,
	"aktualizováno": true, "aktualizované": true,
	// the heading of BBC World Service's byline box, in its languages
	"article information": true, "información del artículo": true, "informações do artigo": true, "informations sur l'article": true,
	"اطلاعات مقاله": true, "makale bilgileri": true, "информация о статье": true,
	// a profile box's "Mitglied seit 14.03.2009 · 57 Rezepte"
	"mitglied seit": true, "member since": true, "registriert seit": true, "dabei seit": true, "membre depuis": true, "miembro desde": true,
	"admin": true, "administrator": true, "wordpressadmin": true, "webmaster": true, "editor": true, "red": true,
	// a print link beside the byline
	"druckversion": true, "drucken": true, "print": true, "print version": true, "printer friendly": true,
	"print this story": true, "print this article": true, "print this page": true, "e-mail this story": true,
	"email this story": true, "e-mail this article": true, "email this article": true,
	"administrador": true, "administrateur": true, "amministratore": true, "beheerder": true, "administratör": true,
	"author": true, "autor": true, "autorin": true, "auteur": true, "text": true, "by": true, "von": true,
	"follow": true, "folgen": true, "weiter": true, "weitere artikel": true, "more": true, "mehr": true,
	// the link to the author's posts under Twenty Nineteen's and other themes' author bio
	"view more posts": true, "view all posts": true, "more posts": true, "all posts": true, "weitere beiträge": true, "alle beiträge": true,
	"bürgerreporter": true, "bürgerreporterin": true, // a user-written report's badge
	"alle kolumnen": true, "weitere kolumnen": true, "all columns": true, "more columns": true, "alle artikel": true, "all articles": true,
	"view my complete profile": true, "view profile": true, "profil": true, "profile": true, "no author": true,
	"unknown": true, "guest": true, "gast": true, "article by": true, "posted by": true, "written by": true,
	"この記事の筆者": true, "筆者": true, "記者": true, "기자": true,
	"null": true, "undefined": true, "none": true, "n/a": true, "-": true, "am": true, "on": true, "le": true,
	"guest contributor": true, "guest author": true, "gastautor": true, "staff report": true, "staff reports": true,
	"about the reporter": true, "about the author": true, "about the authors": true, "über die autorin": true, "über den autor": true,
	"über die autoren": true, "über die autorinnen": true, "à propos de l'auteur": true, "sobre el autor": true, "sobre la autora": true, "advocaat": true,
}

// nameParticles are lower-case words that belong in names ("Ursula von
// der Leyen", "Luis de Guindos").
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true,
	"da": true, "das": true, "do": true, "dos": true, "du": true, "la": true, "le": true, "los": true,
	"las": true, "y": true, "e": true, "zu": true, "ten": true, "ter": true, "bin": true, "ibn": true,
	"al": true, "el": true, "af": true, "av": true, "st.": true,
}

// editorInitials reports whether s is editors' initials set apart by
// slashes, as German broadcasters close a text: "lh/sms" (not "det/dpa",
// which credits an agency).
func editorInitials(s string) bool {
	if !strings.Contains(s, "/") {
		return false
	}
	for p := range strings.SplitSeq(s, "/") {
		if len(p) < 2 || len(p) > 4 || strings.ContainsFunc(p, func(r rune) bool { return r < 'a' || r > 'z' }) {
			return false
		}
		switch p {
		case "dpa", "afp", "ap", "epd", "kna", "apa", "sda", "ddp", "ots", "sid", "rtr":
			return false // an agency's credit: "det/dpa"
		}
	}
	return true
}

// junkAuthor reports whether s is no name: a generic value, an IP
// address, or a sentence (many words, several of them lower-case words
// that are not name particles).
func junkAuthor(s string) bool {
	ls := strings.ToLower(s)
	if junkAuthors[ls] || months[ls] && !firstNames[ls] || weekdays[ls] || strings.HasSuffix(ls, "admin") && !strings.Contains(ls, " ") {
		return true
	}
	if strings.Trim(s, "0123456789.:") == "" || strings.HasPrefix(ls, "back to ") || strings.HasPrefix(ls, "zurück zu") {
		return true // also a link back to a listing ("« Back to Articles")
	}
	if strings.HasPrefix(ls, "webmaster ") || strings.HasPrefix(ls, "administrator ") {
		return true // the site's account: "Webmaster Realschule am Kreuzberg"
	}
	if editorInitials(s) {
		return true
	}
	words := strings.Fields(s)
	if roleOnlyName(s) {
		return true // "Opinion Contributor", "Staff Writer": a role, no name
	}
	if len(words) > 7 {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s); len(words) >= 2 && unicode.IsLower(r) && !nameParticles[words[0]] && !orgLike(s) &&
		(len(words) >= 3 || !strings.ContainsFunc(s, unicode.IsUpper)) {
		// "so Artikel empfehlen", "lassú kilábalás": a phrase, not a name.
		return true
	}
	lower := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameParticles[w] {
			lower++
		}
	}
	return len(words) >= 4 && lower >= 2
}

// roleOnly are the words of a byline that names a role and no one
// ("Opinion Contributor", "Guest Author", "Senior Staff Writer").
var roleOnly = wordSet("opinion guest staff senior contributing contributor contributors writer writers author reporter " +
	"correspondent columnist editor editors special freelance news web online digital chief executive managing " +
	"director deputy assistant associate")

// roleEnd reports whether s ends with a word that names a newsroom's
// role ("Gleaner Writer", "Staff Reporter"), which no name ends with.
func roleEnd(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(strings.Trim(w[len(w)-1], ".,:")) {
	case "writer", "writers", "reporter", "reporters", "correspondent", "columnist", "editor", "contributor", "staff":
		return true
	}
	return false
}

// writerRole reports whether s is one to three words of roleOnly that
// end in a writer's role ("Contributor", "Staff Reporter").
func writerRole(s string) bool {
	w := strings.Fields(strings.ToLower(strings.Trim(s, " .")))
	if len(w) == 0 || len(w) > 3 || slices.ContainsFunc(w, func(x string) bool { return !roleOnly[x] }) {
		return false
	}
	switch w[len(w)-1] {
	case "contributor", "writer", "reporter", "correspondent", "columnist", "author":
		return true
	}
	return false
}

// roleOnlyName reports whether s is two words or more of roleOnly.
func roleOnlyName(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && !slices.ContainsFunc(words, func(w string) bool { return !roleOnly[strings.ToLower(strings.Trim(w, ".,:"))] })
}

// creditWords start a photo or image credit, not an author.
var creditWords = []string{"foto", "fotos", "photo", "photos", "photograph", "photography", "bild", "bilder",
	"image", "images", "picture", "credit", "credits", "quelle", "source", "fuente", "фото", "zdjęcie",
	"illustration", "grafik", "video", "cortesía", "courtesy", "©", "(c)", "copyright"}

// isCredit reports whether s is a photo, image or source credit ("Foto:
// Ann Lee", "Фото из …", "© dpa").
func isCredit(s string) bool {
	ls := strings.ToLower(s)
	for _, w := range creditWords {
		if strings.HasPrefix(ls, w) {
			rest := ls[len(w):]
			if rest == "" || rest[0] == ':' || rest[0] == ' ' || rest[0] == '/' || strings.HasPrefix(rest, "©") {
				return true
			}
		}
	}
	return false
}

// orgWords mark an author value as an organisation: a newsroom, an
// agency, a publisher (compared with each lower-cased word).
var orgWords = map[string]bool{
	"redaktion": true, "redaction": true, "rédaction": true, "redazione": true, "redacción": true,
	"redação": true, "redakcja": true, "redactie": true, "redakce": true, "newsroom": true, "staff": true,
	"newsdesk": true, "toimitus": true, "redaksi": true, "redakcija": true, "редакция": true, "редакція": true, "редакција": true,
	"desk": true, "team": true, "editorial": true, "editors": true, "agency": true, "agencia": true,
	"agenzia": true, "agence": true, "agentur": true, "agencias": true, "agencies": true, "press": true, "presse": true, "prensa": true,
	"news": true, "noticias": true, "nachrichten": true, "zeitung": true, "gmbh": true, "e.v.": true,
	"ag": true, "verlag": true, "media": true, "medien": true, "magazin": true, "magazine": true,
	"online": true, "times": true, "tribune": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true,
	"llc": true, "verband": true, "stiftung": true, "bureau": true, "büro": true, "group": true,
	// a body a writer speaks for ("Margaret Ellison, Outreach Committee")
	"committee": true, "commission": true, "ausschuss": true, "kommission": true, "comité": true, "comitato": true, "vorstand": true,
	"gruppe": true, "hochschule": true, "polizei": true, "feuerwehr": true, "autoren": true, "contributors": true, "police": true, "ministerium": true, "ministry": true,
	"dpa": true, "afp": true, "ap": true, "apa": true, "sda": true, "kna": true, "epd": true, "efe": true,
	"ansa": true, "reuters": true, "pti": true, "ians": true, "tass": true, "тасс": true,
	"ddp": true, "xinhua": true, "kyodo": true, "upi": true, "dpa-afx": true,
	"tt": true, "ntb": true, "stt": true, "ritzau": true,
	"bernama": true, "antara": true, "yonhap": true, "belga": true, "anp": true, "čtk": true, "ctk": true, "tasr": true,
	"mti": true, "bta": true, "hina": true, "tanjug": true, "fena": true, "leta": true, "bns": true, "lusa": true,
	"wam": true, "kuna": true,
	// a site's account, not a person: "Admin Selaparang", "Webmaster TSV"
	"admin": true, "administrator": true, "webmaster": true,
	"limited": true, "company": true, "corporation": true, "plc": true,
	"advocaten": true, "rechtsanwälte": true, "abogados": true, "avocats": true, "avvocati": true, "llp": true,
	"reporting": true, "comms": true, "communications": true, "comunicación": true, "comunicazione": true, "pressestelle": true,
	"stabsstelle": true, "geschäftsstelle": true, "kreisgeschäftsstelle": true, "fraktionsgeschäftsstelle": true,
	// Institutions, for "Ann Lee, Northlake University".
	"university": true, "universität": true, "université": true, "universidad": true, "università": true,
	"universiteit": true, "universitet": true, "uniwersytet": true, "institute": true, "institut": true,
	"instituto": true, "istituto": true, "college": true, "hospital": true, "klinikum": true,
	"foundation": true, "fondation": true, "fundación": true, "association": true, "council": true,
}

// cjkOrgEnds end the Chinese, Japanese and Korean names of agencies,
// papers, portals, broadcasters and newsrooms ("新华网", "共同通信",
// "조선일보"), never a person's.
var cjkOrgEnds = []string{"社", "報", "报", "新聞", "新闻", "電視", "电视", "電視台", "电视台", "中心", "集團", "集团", "編輯部", "编辑部", "網", "网", "通信",
	"일보", "신문", "뉴스", "방송", "통신", "미디어", "타임스"}

// institutionHeads open the names of public bodies and institutions.
var institutionHeads = wordSet("ministerium bundesministerium landesministerium staatsministerium senatsverwaltung " +
	"landesamt bundesamt bundesanstalt landesanstalt behörde amt verband bundesverband landesverband kammer stiftung " +
	"institut hochschule universität akademie kommission gesellschaft ministry department agency office institute " +
	"university foundation commission council ministère ministerio ministero")

// legalForms end the names of firms and associations (compared
// lower-cased).
var legalForms = wordSet("gmbh mbh ag kg ohg e.v. ev inc inc. ltd ltd. llc plc s.a. sa s.l. sl sarl s.r.l. srl bv b.v. nv n.v. ab oy as a/s")

// institutionName reports whether s is a firm's name (ending with one of
// legalForms), or a public body's or an institution's name: one of
// institutionHeads, perhaps after one adjective ("Niedersächsisches
// Ministerium"), then "für", "for", "of" and what it is for ("… für
// Bildung und Forschung", "Department of Health, Safety and Welfare").
func institutionName(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) >= 2 && len(w) <= 7 && !strings.Contains(s, ":") && legalForms[strings.Trim(w[len(w)-1], ",")] {
		return true // a firm's name ends with its legal form: "Steuer & Praxis Verlagsgesellschaft mbH"
	}
	for i := 0; i < 2 && i+2 < len(w); i++ {
		if institutionHeads[w[i]] {
			switch w[i+1] {
			case "für", "for", "of", "de", "des", "du", "della", "del", "dello", "degli":
				return true
			}
			return false
		}
	}
	return false
}

// orgLike reports whether s names an organisation rather than a person: a
// newsroom or agency word, or a domain name ("oe24.at").
func orgLike(s string) bool {
	if strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "THE ") {
		return true // "The Lakeshore Sentinel", "THE VALLEY SENTINEL": no person's name opens with an article
	}
	for _, suf := range cjkOrgEnds {
		// "中通社", "自立時報", "晨果日報": an agency's or a paper's name.
		if strings.HasSuffix(s, suf) && utf8.RuneCountInString(s) > utf8.RuneCountInString(suf) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return unicode.IsSpace(r) || r == '/' }) {
		// Each side of a slash: "det/dpa", "red/APA" credit an agency.
		w = strings.Trim(w, ",;:()")
		if orgWords[w] {
			return true
		}
		if i := strings.LastIndexByte(w, '-'); i > 0 && newsAgencies[w[i+1:]] {
			return true // "Keystone-SDA": an agency's name joined to its partner's
		}
		if strings.HasPrefix(w, "team-") || strings.HasSuffix(w, "team") && len(w) > 6 || strings.HasPrefix(w, "redaktion") ||
			strings.HasSuffix(w, "redaktion") || strings.HasSuffix(w, "-online") || strings.HasSuffix(w, "studio") {
			// "ARD-Studio Brüssel", "Hauptstadtstudio Berlin": a
			// broadcaster's bureau
			return true
		}
		// A domain: a dot followed by two or more letters, not an initial.
		if i := strings.LastIndexByte(w, '.'); i > 0 && len(w)-i > 2 && !strings.HasSuffix(w, ".") {
			return true
		}
	}
	return false
}

// roleWords name a job or a title, not a person ("Ann Lee, Senior
// Reporter", "Ann Lee, PhD"): a word that starts with a long one, or is a
// short one.
var roleWords = []string{"reporter", "writer", "correspondent", "editor", "redakteur", "korrespondent",
	"journalist", "contributor", "columnist", "kolumnist", "photographer", "fotograf", "rechtsanwalt",
	"anwalt", "autor", "author", "mitarbeiter", "envoyé", "correspondant", "rédact", "chroniqueu",
	"enviad", "corresponsal", "redactor", "periodista", "inviat", "corrispondent", "redattor", "giornalist",
	"specialist", "spezialist", "nurse", "officer", "director", "manager", "consultant", "coordinator",
	"advis", "lecturer", "professor", "researcher", "scientist", "engineer", "developer", "designer", "analyst", "economist",
	"producer", "programmer",
	// a special envoy: "envoyés spéciaux", "special correspondent", "enviado especial", "inviato speciale"
	"spécia", "special", "especial", "speciale",
	// a club's or a society's officers: "Club Secretary", "Chairwoman", "Vorsitzender"
	"secretary", "treasurer", "chair", "president", "vorsitzend", "schriftführer", "kassenwart",
	// Indonesian and Malay: contributor, reporter
	"kontributor", "wartawan", "pewarta"}

var shortRoles = map[string]bool{"phd": true, "ph.d": true, "dr": true, "prof": true, "mba": true, "jr": true,
	"sr": true, "md": true, "m.d": true, "msc": true, "ma": true, "ba": true}

// surnameDegrees are the shortRoles that are also surnames as a name
// writes them ("Ma Tiejun"): degrees only in capitals.
var surnameDegrees = map[string]bool{"ma": true, "ba": true}

// roleLike reports whether s is a role or a title after a name.
func roleLike(s string) bool {
	for _, f := range strings.Fields(s) {
		w := strings.ToLower(strings.Trim(f, ".,;:()"))
		if shortRoles[w] && !(surnameDegrees[w] && strings.Trim(f, ".,;:()") != strings.ToUpper(w)) {
			// "MA", "BA" are degrees; "Ma", "Ba" Chinese surnames.
			return true
		}
		for _, r := range roleWords {
			if strings.HasPrefix(w, r) {
				return true
			}
		}
	}
	return false
}

// titleCaps writes a name of two words or more that is all in capitals
// in title case ("ANN LEE" → "Ann Lee", "JEAN-LUC O'NEILL" → "Jean-Luc
// O'Neill"); one-word names ("AFP") and mixed case ("Ann LEE", "Bernau
// LIVE") are left as they are.
func titleCaps(s string) string {
	if !strings.Contains(s, " ") || strings.ContainsFunc(s, unicode.IsLower) {
		return s
	}
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r)
	}
	return b.String()
}

// stripTags removes markup from a value that holds some ("<a href=…>Ann
// Lee</a>").
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
