package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxBylineRunes bounds a paragraph that may be a byline: a byline is a
// line ("Von Anna Schmidt, 12.03.2024"), never a paragraph of prose.
const maxBylineRunes = 160

// dropBylinePara removes from the start of a body (paragraphs separated
// by a blank line) the paragraph that is the byline: one of the first
// three paragraphs, short, that names one of the article's authors and
// holds nothing else but what bylines are made of (a prefix such as "By",
// "Von" or "Written by", a date or time, a label such as "Updated", a
// role, an agency, and at most one other word: a place). A byline that is
// only the name ("Ann Lee") is left: without a prefix or a date, a name
// alone may be a heading or a signature the page means to show. Only one
// paragraph is dropped; a real first paragraph that mentions the author
// has words of its own and stays.
func dropBylinePara(body string, authors []string) string {
	if len(authors) == 0 || body == "" {
		return body
	}
	start := 0
	for i := range 3 {
		end := strings.Index(body[start:], "\n\n")
		para := body[start:]
		if end >= 0 {
			para = body[start : start+end]
		}
		if isBylinePara(para, authors) {
			if end < 0 {
				return strings.TrimRight(body[:start], "\n")
			}
			return body[:start] + body[start+end+2:]
		}
		if end < 0 || i == 2 {
			break
		}
		start += end + 2
	}
	return body
}

// nameRolePara returns the name that opens body as a paragraph of its
// own, two to four capitalised words, when the next paragraph is only a
// newsroom role ("Rutendo Chikowore" over "Senior Reporter", as
// Zimbabwe's papers set their bylines in bold at the top of the text) or
// when the name's own paragraph goes on with a role or the site's name on
// a line of its own, and body without them; "" and body otherwise.
func nameRolePara(body, site string) (string, string) {
	name, rest, ok := strings.Cut(body, "\n\n")
	if !ok {
		return "", body
	}
	after := ""
	if n, line, two := strings.Cut(name, "\n"); two && !strings.Contains(line, "\n") && (writerRole(line) || site != "" && strings.EqualFold(strings.TrimSpace(line), site)) {
		// The two lines of one paragraph: "<strong>Colleen
		// Fairweather</strong><br><em>Kettle Valley Courier</em>", the
		// site's name or a role under the writer's.
		name, after = n, rest
	} else {
		role, more, ok := strings.Cut(rest, "\n\n")
		if !ok || !writerRole(role) {
			return "", body
		}
		after = more
	}
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 4 || !nameCased(w) || orgLike(name) || roleOnlyName(name) || strings.ContainsAny(name, ".,:;!?") {
		return "", body
	}
	return name, after
}

// bylineParaNames returns the names of a byline line among the first
// three paragraphs of body ("By Maya Torrance and Dev Okafor", "Words by
// Tomás Echeverría · Photographs by …") when they are the authors and
// more of them (up to four), or when the authors found are no persons
// (persons false: a house account, the site): the text's own byline
// names whom a theme's byline or the metadata leave out.
func bylineParaNames(body string, authors []string, persons bool) []string {
	if persons && (len(authors) == 0 || len(authors) >= 4) {
		return nil
	}
	rest := body
	for range 3 {
		para, after, _ := strings.Cut(rest, "\n\n")
		rest = after
		line, _, _ := strings.Cut(para, "\n")
		if len(line) > 150 || !hasBylinePrefix(line) {
			continue
		}
		// The names before a comma or a bracket, as plainByline reads
		// them: an outlet, a role or a place may follow ("Por Ana Lins e
		// Rui Dias, TV Globo").
		line, _, _ = strings.Cut(line, ",")
		line, _, _ = strings.Cut(line, "(")
		names, person := authorNames([]authorCand{{name: bylineName(line)}})
		if !person || len(names) > 4 || slices.ContainsFunc(names, func(n string) bool { w := strings.Fields(n); return len(w) < 2 || !nameCased(w) }) {
			continue // each a name of capitalised words: "uns", "Sinowire writers Zhao Min" are none
		}
		if !persons && len(names) == len(authors) && containsAllFold(names, authors) {
			continue // the organisation the sources credit ("By Meridian Wire" on its own site): no person
		}
		if !persons || len(names) > len(authors) && containsAllFold(names, authors) {
			return names
		}
	}
	return nil
}

// hasBylinePrefix reports whether line opens with one of bylinePrefixes.
func hasBylinePrefix(line string) bool {
	l := strings.ToLower(line)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// bioVerbs follow an author's name at the start of a biography: "Ann Lee
// is a columnist", "Ann Lee ist Redakteurin", "Ann Lee est journaliste".
var bioVerbs = []string{" is ", " was ", " ist ", " war ", " est ", " es ", " è ", " é ", " writes ", " schreibt ",
	" berichtet ", " joined ", " covers "}

// dropAuthorBio drops the biographies of authors that end the body (one
// for each author at most): each one of the last four paragraphs, of at
// most 400 characters, that opens with an author's whole name and a verb
// of being ("Zoe Harrington is a Guardian columnist"), and an author's
// card of the name alone and up to two lines after it. It is the page's
// box about the author, not the article; a sentence of the article that
// opens with the author's name is rarely among its last paragraphs (a
// newsletter box or a list of sources may follow the bio), and a bio is
// never longer.
func dropAuthorBio(body string, authors []string) string {
	for range authors {
		b := dropOneBio(body, authors)
		if b == body {
			break
		}
		body = b
	}
	return body
}

// dropOneBio is dropAuthorBio for the last such paragraph.
func dropOneBio(body string, authors []string) string {
	if len(authors) == 0 || body == "" {
		return body
	}
	paras := strings.Split(body, "\n\n")
	if len(paras) < 3 {
		return body
	}
	for k := len(paras) - 1; k >= len(paras)-4 && k >= 2; k-- {
		p := paras[k]
		if utf8.RuneCountInString(p) > 400 {
			continue
		}
		if k+1 < len(paras) && k > 0 && len(paras)-k <= 3 && slices.ContainsFunc(authors, func(a string) bool {
			return len(strings.Fields(a)) >= 2 && strings.EqualFold(strings.TrimSpace(p), a)
		}) && utf8.RuneCountInString(paras[k+1]) <= 400 && !slices.ContainsFunc(paras[:k], func(q string) bool {
			return strings.EqualFold(strings.TrimSpace(q), strings.TrimSpace(p))
		}) {
			// The author's name alone, then a line about them: the
			// author's card ("Mariana Escobedo" / "Reportera de la
			// sección Comunidad. Escribe sobre …"); not when the name
			// alone stands earlier too, signing a live blog's entries.
			return strings.Join(paras[:k], "\n\n")
		}
		for _, a := range authors {
			if len(strings.Fields(a)) < 2 || orgLike(strings.ToLower(a)) {
				continue // a single name or a newsroom may open a sentence
			}
			rest, ok := strings.CutPrefix(p, a)
			if !ok {
				continue
			}
			for _, v := range bioVerbs {
				if strings.HasPrefix(rest, v) {
					return strings.Join(append(paras[:k:k], paras[k+1:]...), "\n\n")
				}
			}
		}
	}
	return body
}

// isBylinePara reports whether para is a byline of one of authors (see
// dropBylinePara).
func isBylinePara(para string, authors []string) bool {
	if utf8.RuneCountInString(para) > maxBylineRunes || strings.ContainsAny(para, "。！？") {
		// A Chinese or Japanese sentence ends in "。": words without
		// spaces would count as one ("新京报讯（记者 李明远）9月23日，记者从…").
		return false
	}
	// Soft hyphens (U+00AD) are invisible: "Mat\u00adthi\u00adas" is the
	// name "Matthias".
	lp := strings.ToLower(strings.ReplaceAll(para, "\u00ad", ""))
	found := false
	for _, a := range authors {
		la := strings.ToLower(a)
		if utf8.RuneCountInString(la) < 3 || orgLike(la) {
			// A one- or two-letter code or a newsroom is no sign of a
			// byline: the words around it might be a sentence.
			continue
		}
		if strings.Contains(lp, la) {
			lp = strings.ReplaceAll(lp, la, " ")
			found = true
		}
	}
	if !found {
		return false
	}
	if w := strings.Fields(para); len(w) > 1 && bylinePrefixWords[strings.ToLower(w[0])] {
		// "By Northwest Today Multimedia Producer Megan Rowlands": a
		// newsroom and a role of several words before the name.
		if nw := afterRole(w[1:]); len(nw) < len(w)-1 {
			name := strings.Join(nw, " ")
			for _, a := range authors {
				if strings.EqualFold(name, a) {
					return true
				}
			}
		}
	}
	marker, role, other := false, false, 0
	for _, w := range strings.FieldsFunc(lp, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;|·•/()[]–—:", r)
	}) {
		w = strings.Trim(w, ".-")
		switch {
		case w == "":
		case bylinePrefixWords[w], strings.ContainsFunc(w, unicode.IsDigit), weekdays[w], months[w], monthNames[w] > 0, slices.Contains(updateLabels, w):
			marker = true
		case roleLike(w):
			role = true
		case bylineWords[w], orgWords[w], !strings.ContainsFunc(w, unicode.IsLetter):
		default:
			other++
		}
	}
	// A role may be followed by its place ("envoyé spécial à Marseille").
	return marker && (other <= 1 || role && other <= 2)
}

// bylinePrefixWords introduce a byline ("By", "Von", "Written by", "Text:",
// "Eine Kolumne von"): with a date or time, they mark a line as one.
var bylinePrefixWords = wordSet("by von par por di door av af written posted submitted published reported story words text teksti tekst texto testo " +
	"autor autorin author auteur autore autora erstellt geschrieben verfasst escrito publicado scritto écrit publié " +
	"recueilli recueillis")

// bylineWords are the other words a byline holds besides names, prefixes
// and dates: conjunctions between names, date labels, time zones, the
// reading time.
var bylineWords = wordSet("and und et y e & with mit a an the de da der die das ein eine beitrag artikel gastbeitrag " +
	"kommentar kolumne analyse interview updated update aktualisiert veröffentlicht stand zuletzt geändert bearbeitet " +
	"modified last on am um at le el il mis à jour actualizado aggiornato pubblicato uhr h gmt utc cet cest est edt " +
	"pst bst a.m p.m min mins minute minutes read lesezeit reading time lecture lettura lectura " +
	// US, Australian, New Zealand, South African, Indian, Indonesian and Malaysian
	// time zones, and date labels
	"ct et pt mt cst cdt mst mdt pdt akst hst aest aedt acst nzst nzdt sast " +
	"ist wib wita wit myt प्रकाशित अपडेट अपडेटेड প্রকাশ প্রকাশিত আপডেট diterbitkan diperbarui dikemas kini " +
	// a time's preposition in Catalan, Portuguese, Italian, the Nordic languages
	"les às alle kl klo")

// maxDateLineRunes is the longest paragraph dropDateLine reads as a date
// line.
const maxDateLineRunes = 100

// dropDateLine removes the first date line of body, among its first two
// paragraphs: a paragraph that is a date and nothing else ("12.03.2024,
// 10:15 Uhr", "March 12, 2024 at 10:15 am ET", "Published 12 March 2024 ·
// Updated 13 March"), or a dateline's place and a date ("Cádiz 12 de
// marzo de 2024 - 08:00"): a date p reads, and besides it only numbers,
// months, weekdays, the labels of dates and at most one capitalised word.
// The date is read for the fields; it is not the article's text.
func dropDateLine(body string, p *dateParser) string {
	start := 0
	for range 2 {
		para, rest, _ := strings.Cut(body[start:], "\n\n")
		if rest == "" {
			return body
		}
		if isDateLine(para, p) {
			return body[:start] + rest
		}
		start += len(para) + 2
	}
	return body
}

// isDateLine reports whether para is a date line (see dropDateLine).
func isDateLine(para string, p *dateParser) bool {
	if utf8.RuneCountInString(para) > maxDateLineRunes {
		return false
	}
	if _, ok := p.findText(para); !ok {
		return false
	}
	place := 0
	for _, w := range strings.FieldsFunc(para, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;|·•/()[]–—:-", r)
	}) {
		w = strings.Trim(w, ".")
		lw := strings.ToLower(w)
		switch {
		case w == "", strings.ContainsFunc(w, unicode.IsDigit) && wideLetters(w) <= 4, weekdays[lw], months[lw], monthNames[lw] > 0, slices.Contains(updateLabels, lw),
			bylineWords[lw], bylinePrefixWords[lw], !strings.ContainsFunc(w, unicode.IsLetter):
			// A number is a date's part ("12th", "14h32", a label glued
			// on: "2024Updated"; "2024年3月5日" with a few letters of
			// other scripts); a sentence without spaces holding one
			// (Chinese, Japanese) is not.
		default:
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
			if place++; place > 1 {
				return false
			}
		}
	}
	return true
}

// wideLetters counts the letters of w outside ASCII.
func wideLetters(w string) int {
	n := 0
	for _, r := range w {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// reporterLineRe finds the reporters that a Chinese report names at its
// start: "〔記者溫雅筑／台北報導〕", "匯聯報／ 記者賴彥廷、許珮瑜／台中即時報導",
// and an agency's "（中通社記者葉俐緯、郭建伸台北30日電）", the place
// glued to the last name.
var reporterLineRe = regexp.MustCompile(`^[\s〔【\[（(]*[^〔】\]）)\n]{0,14}?(?:記者|记者)\s*([\p{Han}、，,及與与和 ]{2,40}?)\s*(?:[／/]\s*\p{Han}{0,8}(?:報導|报道)|(\d{1,2})日[電电])`)

// reporterWireRe finds the reporters a Chinese agency's or paper's
// dateline names in brackets after it: "新华社北京9月26日电（记者周明远、孙悦）",
// "本报讯（记者 李明）"; correspondents and interns after the reporters
// ("通讯员 …") are not the writers.
var reporterWireRe = regexp.MustCompile(`^[^（(\n]{0,24}?[电電讯訊]\s*[（(][^）)记記]{0,8}?(?:记者|記者)\s*([\p{Han}、，, ]{2,40}?)\s*(?:通讯员|通訊員|实习生|實習生|[）)])`)

// reporterOnlyRe finds a Chinese report's line that is only its
// reporters' credit: "澎湃新闻记者 邱雨桐", "本报记者 李明 王芳",
// "潇湘晨报记者 唐思远 实习生 彭雨欣 长沙报道" (an intern's name after the
// word for one, the place after the names).
var reporterOnlyRe = regexp.MustCompile(`^\p{Han}{0,8}?(?:记者|記者)\s*((?:\p{Han}{2,4}[\s、，,]*){1,6}?)(?:\s*\p{Han}{0,4}(?:报道|報導))?$`)

// reporterOnlyNames reads line l as a Chinese report's line that is only
// its reporters' credit (reporterOnlyRe): the names, without the roles
// between them, each of two to four characters (nil if one is not); ok
// is whether l is such a line.
func reporterOnlyNames(l string) (names []string, ok bool) {
	m := reporterOnlyRe.FindStringSubmatch(l)
	if m == nil {
		return nil, false
	}
	parts := strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune("、，,", r) || unicode.IsSpace(r) })
	return namesOf(slices.DeleteFunc(parts, func(p string) bool { return reporterRoles[p] }), 4), true
}

// reporterRoles name a reporter's role between the names of a Chinese
// credit line: an intern, a correspondent.
var reporterRoles = map[string]bool{"实习生": true, "實習生": true, "通讯员": true, "通訊員": true, "见习记者": true, "見習記者": true}

// writerLineRe finds a Chinese article's writer line: "文 | 刘婷婷", "文/图：张伟".
var writerLineRe = regexp.MustCompile(`^(?:文|文字|撰文)(?:\s*[/／]\s*[图圖])?\s*[|｜/／:：]\s*((?:\p{Han}{2,4}[\s、，,]*){1,3})$`)

// reporterEndRe finds the reporters a Japanese report names in brackets
// at the end of its first paragraph ("…決意を新たにした。【中川大輔、松井優子】").
var reporterEndRe = regexp.MustCompile(`【([\p{Han}\p{Hiragana}\p{Katakana}ー、・]{2,30})】\s*$`)

// bracketNames splits the names of a Japanese report's bracketed credit
// at "、" and "・": a part written "place・name" ("ソウル・嶋田陽介", a
// bureau's city in katakana, the reporter in kanji) gives the name; two
// katakana words ("ジョン・スミス") are one foreign name, kept whole.
func bracketNames(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "、") {
		if place, name, ok := strings.Cut(p, "・"); ok {
			r, _ := utf8.DecodeRuneInString(name)
			if katakanaOnly(place) && unicode.Is(unicode.Han, r) {
				p = name
			} else if !katakanaOnly(place) {
				// Two kanji names joined by "・": two reporters.
				out = append(out, place)
				p = name
			}
		}
		out = append(out, p)
	}
	return out
}

// katakanaOnly reports whether s is written in katakana only.
func katakanaOnly(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.Is(unicode.Katakana, r) && r != 'ー' })
}

// reporterAgencyRe finds the reporters a Korean agency's report names
// after its dateline ("(세종=코리아통신) 김태훈 이슬기 기자 =").
var reporterAgencyRe = regexp.MustCompile(`^\([^)=]{1,12}=[^)]{1,20}\)\s*((?:\p{Hangul}{2,4}\s+){0,3}\p{Hangul}{2,4})\s*기자\s*=`)

// reporterLine returns the reporters a Chinese, Japanese or Korean report
// names in one of its first five lines: "記者 names／place 報導", "記者
// names place 30日電", "…。【names】", "(place=agency) names 기자 =", each a
// name of two to four characters (six in Japanese); nil if it names none so.
func reporterLine(body string) []string {
	lines := strings.SplitN(body, "\n", 6)
	for _, l := range lines[:min(len(lines), 5)] {
		l = strings.TrimSpace(l)
		// Each form has its mark; most pages hold none, and the
		// expressions are not run on them.
		if strings.HasPrefix(l, "文") || strings.HasPrefix(l, "撰文") {
			if m := writerLineRe.FindStringSubmatch(l); m != nil {
				return namesOf(strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune("、，, ", r) || unicode.IsSpace(r) }), 4)
			}
		}
		if !strings.Contains(l, "【") && !strings.Contains(l, "기자") && !strings.Contains(l, "記者") && !strings.Contains(l, "记者") {
			continue
		}
		if names := datelineBracket(l); names != nil {
			return names
		}
		if names, ok := reporterOnlyNames(l); ok {
			return names
		}
		if m := reporterWireRe.FindStringSubmatch(l); m != nil {
			return namesOf(strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune("、，, ", r) }), 4)
		}
		if m := reporterEndRe.FindStringSubmatch(l); m != nil && utf8.RuneCountInString(l) > len(m[0])/3+20 {
			return namesOf(bracketNames(m[1]), 6)
		}
		if m := reporterAgencyRe.FindStringSubmatch(l); m != nil {
			return namesOf(strings.Fields(m[1]), 4)
		}
		m := reporterLineRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		parts := strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune("、，,及與与和 ", r) })
		if m[2] != "" && len(parts) > 0 {
			// "郭建伸台北": a place of two characters after the last name.
			last := []rune(parts[len(parts)-1])
			if len(last) < 4 {
				return nil
			}
			parts[len(parts)-1] = string(last[:len(last)-2])
		}
		return namesOf(parts, 4)
	}
	return nil
}

// reporterCloseRe finds the reporters a Japanese report names in
// brackets after its last sentence: "…と話している。（松浦聡子、大西健）",
// "…と話した。【鈴木健太】". Each name starts with a kanji: "（ロイター）"
// is an agency; a line of links ("【关闭窗口】 【打印本稿】") ends no sentence.
var reporterCloseRe = regexp.MustCompile(`[。」]\s*[（(【](\p{Han}[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,5}(?:、\p{Han}[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,5}){0,3})[）)】]$`)

// reporterSignRe finds a Korean report's closing line: its reporters and
// an e-mail address ("이수진 기자 sujin.lee@example.co.kr").
var reporterSignRe = regexp.MustCompile(`^((?:\p{Hangul}{2,4}\s+){0,2}\p{Hangul}{2,4})\s*기자(?:\s+[\w.+-]+@[\w.-]+)?$`)

// reporterEnd returns the reporters a Japanese or Korean report names
// at its end, in one of its last two lines: "…。【鈴木健太】",
// "…。（松浦聡子、大西健）", "이수진 기자 sujin.lee@…"; each a name of three
// to six characters (two to four in Korean); nil if it names none so.
func reporterEnd(body string) []string {
	rest := strings.TrimSpace(body)
	for seen := 0; rest != "" && seen < 2; {
		var p string
		if i := strings.LastIndexByte(rest, '\n'); i >= 0 {
			rest, p = rest[:i], strings.TrimSpace(rest[i+1:])
		} else {
			rest, p = "", rest
		}
		if p == "" {
			continue
		}
		seen++
		if strings.Contains(p, "기자") {
			if m := reporterSignRe.FindStringSubmatch(p); m != nil {
				return namesOf(strings.Fields(m[1]), 4)
			}
		}
		if !strings.HasSuffix(p, "）") && !strings.HasSuffix(p, ")") && !strings.HasSuffix(p, "】") {
			continue // most lines: the expression is not run
		}
		m := reporterCloseRe.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		parts := strings.FieldsFunc(m[1], func(r rune) bool { return r == '、' })
		if slices.ContainsFunc(parts, func(n string) bool { return utf8.RuneCountInString(n) < 3 || orgLike(n) }) {
			return nil // "（共同）", "（時事通信）": an agency
		}
		return namesOf(parts, 6)
	}
	return nil
}

// datelineBracket returns the reporters of a Japanese dateline in
// lenticular brackets opening a report, each after the place it was
// written in: "【ニューヨーク=佐藤次郎】…", "【北京・林美咲、上海＝王健】…"; nil for other
// brackets ("【速報】"), whose parts name no place.
func datelineBracket(l string) []string {
	rest, ok := strings.CutPrefix(l, "【")
	if !ok {
		return nil
	}
	inner, after, ok := strings.Cut(rest, "】")
	if !ok || strings.TrimSpace(after) == "" {
		return nil
	}
	var names []string
	for _, part := range strings.Split(inner, "、") {
		i := strings.LastIndexAny(part, "=＝・")
		if i < 0 {
			return nil
		}
		_, size := utf8.DecodeRuneInString(part[i:])
		name := strings.TrimSpace(part[i+size:])
		if r, _ := utf8.DecodeRuneInString(name); !unicode.Is(unicode.Han, r) || orgLike(name) {
			return nil
		}
		names = append(names, name)
	}
	return namesOf(names, 6)
}

// withinNames reports whether every one of authors is one of names or
// begins with one, and names has as many or more.
func withinNames(authors, names []string) bool {
	if len(names) < len(authors) {
		return false
	}
	for _, a := range authors {
		if !slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(a, n) }) {
			return false
		}
	}
	return true
}

// dropUpdateLines drops the paragraphs of up to 60 characters that only
// say when the page was updated, wherever they stand; the dates have been
// read from them.
func dropUpdateLines(body string) string {
	paras := strings.Split(body, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		if utf8.RuneCountInString(p) <= 60 && updateLineRe.MatchString(p) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}

// namesOf returns parts if each is a name of two to max characters, else
// nil.
func namesOf(parts []string, max int) []string {
	for _, n := range parts {
		if k := utf8.RuneCountInString(n); k < 2 || k > max {
			return nil
		}
	}
	return parts
}

// wireCredit finds, among the last three paragraphs of body, a news
// agency's credit line ("Reporting by Ann Lee in Oslo; Additional
// reporting by Bo Berg; Editing by Cy Dahl", often in parentheses) and
// returns the reporters and writers it names (not the editors). A wire
// story's byline names only the agency ("By Reuters"); its reporters are
// in that line. The line stays in the body: syndicated copies print it
// as the story's last paragraph.
func wireCredit(body string) []string {
	paras := strings.Split(body, "\n\n")
	for k := len(paras) - 1; k >= max(len(paras)-3, 1); k-- {
		p := strings.TrimSpace(paras[k])
		if utf8.RuneCountInString(p) > 400 {
			continue
		}
		p = strings.TrimSuffix(strings.TrimPrefix(p, "("), ")")
		credit := true
		var got []string
		for seg := range strings.SplitSeq(p, ";") {
			seg = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(seg), "."))
			if seg == "" {
				continue
			}
			role, who, cut := strings.Cut(seg, " by ")
			role = strings.ToLower(role)
			if !cut || !creditRole(role) {
				credit = false
				break
			}
			if strings.Contains(role, "editing") || !strings.Contains(role, "reporting") && !strings.Contains(role, "writing") {
				continue // editors, graphics, compilers
			}
			for part := range strings.SplitSeq(who, ",") {
				for _, n := range splitConj(part) {
					n, _, _ = strings.Cut(strings.TrimSpace(n), " in ") // "Ann Lee in Oslo"
					if w := strings.Fields(n); len(w) >= 2 && len(w) <= 4 && !orgLike(n) {
						got = append(got, strings.Join(w, " "))
					}
				}
			}
		}
		if credit && len(got) > 0 {
			return got
		}
	}
	return nil
}

// creditRole reports whether role ("additional reporting", "writing and
// editing") is the work a wire credit line names before "by".
func creditRole(role string) bool {
	for w := range strings.FieldsSeq(role) {
		switch w {
		case "reporting", "writing", "editing", "additional", "and", "compiled", "graphics", "research", "produced":
		default:
			return false
		}
	}
	return role != ""
}

// closingSignature returns the name that signs the text after a dash in
// one of its last three paragraphs (furniture the text ends with may
// follow: "— Dale A. Pruitt" before "Breaking News"): two to four
// capitalised words or initials, a role after a comma perhaps ("— Eleanor
// J. Whitcombe, volunteer archivist"); else the name of a last paragraph
// of a name and its role (roleSignature); "" if there is none.
func closingSignature(body string) string {
	paras := strings.Split(body, "\n\n")
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-3; i-- {
		if name := signatureLine(strings.TrimSpace(paras[i])); name != "" {
			return name
		}
	}
	return roleSignature(strings.TrimSpace(paras[len(paras)-1]))
}

// withFirstLine returns body and, as its last paragraph, the first of the
// lines dropped after it (tail), where a signature the text ends with may
// be ("Margaret Cowling, Programme Secretary" in italics of its own).
func withFirstLine(body, tail string) string {
	first, _, _ := strings.Cut(tail, "\n")
	if first = strings.TrimSpace(first); first == "" {
		return body
	}
	return body + "\n\n" + first
}

// roleSignature returns the name of a text's last paragraph that is a
// name and, after a comma, its role alone, without a dash ("Margaret
// Cowling, Programme Secretary" closing a club's report); "" for any other.
func roleSignature(last string) string {
	if utf8.RuneCountInString(last) > 80 || strings.ContainsAny(last, "\n0123456789:;!?") {
		return ""
	}
	name, role, ok := strings.Cut(strings.TrimRight(last, ". "), ", ")
	w, rw := strings.Fields(name), strings.Fields(role)
	if !ok || len(w) < 2 || len(w) > 4 || !nameCased(w) || orgLike(name) || len(rw) == 0 || len(rw) > 5 ||
		strings.Contains(role, ",") || !roleLike(role) {
		return ""
	}
	return name
}

// interviewLabels open the line that credits an interview's interviewer
// at its end: "Das Gespräch führte Markus Lang."
var interviewLabels = []string{"das gespräch führte ", "das interview führte ", "die fragen stellte ", "interview: ", "interviewed by ",
	"interview by ", "propos recueillis par ", "entrevista de ", "intervista di "}

// closingInterviewer returns the names an interview credits in one of its
// last three paragraphs, a line of its own ("Das Gespräch führte Markus
// Lang."), or nil.
func closingInterviewer(body string) []string {
	paras := strings.Split(body, "\n\n")
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-3; i-- {
		p := strings.TrimSpace(paras[i])
		if utf8.RuneCountInString(p) > 100 || strings.Contains(p, "\n") {
			continue
		}
		lp := strings.ToLower(p)
		for _, l := range interviewLabels {
			if !strings.HasPrefix(lp, l) {
				continue
			}
			return fullNames(strings.TrimRight(p[len(l):], ". "))
		}
	}
	return nil
}

// closingBracketByline returns the writers a bracketed line names among
// the last lines of text, where a news agency's English service credits
// them after the story ("(By Chen Hsiao-wen and Lydia Wu)", then
// "Enditem/AW"), or nil.
func closingBracketByline(text string) []string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, seen := len(lines)-1, 0; i >= 0 && seen < 4; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		if len(l) > 100 || !strings.HasPrefix(l, "(") || !strings.HasSuffix(l, ")") {
			continue
		}
		// A byline's prefix: "(Text: Anna-Lena Müller-Brückner)" closing a
		// German report.
		inner := l[1 : len(l)-1]
		li := strings.ToLower(inner)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(li, p) && len(li) == len(inner) {
				return fullNames(inner[len(p):])
			}
		}
	}
	return nil
}

// fullNames returns the names list s gives ("Chen Hsiao-wen and Lydia
// Wu") when each is a person's full name, two to four capitalised words
// and no organisation's; nil otherwise.
func fullNames(s string) []string {
	var names []string
	for _, n := range splitAuthors(s) {
		if w := strings.Fields(n); len(w) < 2 || len(w) > 4 || !nameCased(w) || orgLike(n) {
			return nil
		}
		names = append(names, n)
	}
	return names
}

// signatureLine is closingSignature for one paragraph.
func signatureLine(last string) string {
	rest, ok := afterDash(last)
	if !ok || utf8.RuneCountInString(rest) > 100 || strings.Contains(rest, "\n") {
		return ""
	}
	name, _, _ := strings.Cut(rest, ",")
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 4 || !nameCased(w) || orgLike(name) || strings.ContainsAny(name, "0123456789:") {
		return ""
	}
	return strings.TrimSpace(name)
}

// accountOnly reports whether authors is one word that is no name of a
// person: a CMS account ("admin"), a desk ("Staff", "Redaktion"). A name in
// Han, Hangul or kana is written without a space.
func accountOnly(authors []string) bool {
	return len(authors) == 1 && !strings.Contains(authors[0], " ") && !eastAsianName(authors[0])
}
