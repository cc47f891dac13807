package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"newslink"
)

// minYear is the earliest year accepted for a publication date.
const minYear = 1993

// monthNames maps month names and abbreviations in English, German,
// French, Spanish, Italian, Dutch, Portuguese, Turkish, Russian, Ukrainian
// and Polish to months.
var monthNames = map[string]time.Month{}

func init() {
	lists := [][]string{
		{"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro", "ocak"},
		{"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev", "şubat", "subat"},
		{"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "maart", "março", "marco", "mart"},
		{"april", "apr", "avril", "avr", "abril", "abr", "aprile", "nisan"},
		{"may", "mai", "mayo", "maggio", "mag", "mei", "maio", "mayıs", "mayis"},
		{"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "haziran"},
		{"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "temmuz"},
		{"august", "aug", "août", "aout", "agosto", "ago", "augustus", "ağustos", "agustos"},
		{"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "eylül", "eylul"},
		{"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "ekim"},
		{"november", "nov", "novembre", "noviembre", "novembro", "kasım", "kasim"},
		{"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "aralık", "aralik"},
	}
	// Russian, Ukrainian and Polish write the month in the genitive.
	slavic := [][]string{
		{"января", "янв", "січня", "stycznia", "sty"},
		{"февраля", "фев", "лютого", "lutego", "lut"},
		{"марта", "мар", "березня", "marca"},
		{"апреля", "апр", "квітня", "kwietnia", "kwi"},
		{"мая", "травня", "maja"},
		{"июня", "июн", "червня", "czerwca", "cze"},
		{"июля", "июл", "липня", "lipca", "lip"},
		{"августа", "авг", "серпня", "sierpnia", "sie"},
		{"сентября", "сен", "вересня", "września", "wrz"},
		{"октября", "окт", "жовтня", "października", "paź"},
		{"ноября", "ноя", "листопада", "listopada", "lis"},
		{"декабря", "дек", "грудня", "grudnia", "gru"},
	}
	// Nordic, Finnish, Baltic, Czech and Slovak, Hungarian, Romanian,
	// South Slavic, Bulgarian, Greek, Indonesian, Catalan, Arabic (the
	// Gregorian names and the Levantine ones) and Hebrew (with and without
	// the preposition "ב"), each in the case its dates use. Croatian's
	// October, "listopada", is Polish's November: it is left out.
	more := [][]string{
		{"januari", "januar", "tammikuuta", "tammikuu", "jaanuar", "sausio", "janvārī", "janvāris", "ledna", "januára", "január", "ianuarie",
			"siječnja", "januarja", "януари", "ιανουαρίου", "ιανουάριος", "gener", "de gener", "يناير", "كانون الثاني", "ינואר", "בינואר"},
		{"februari", "februar", "helmikuuta", "helmikuu", "veebruar", "vasario", "februārī", "februāris", "února", "februára", "február",
			"februarie", "veljače", "februarja", "февруари", "φεβρουαρίου", "φεβρουάριος", "febrer", "de febrer", "فبراير", "شباط", "פברואר", "בפברואר"},
		{"mars", "marts", "maaliskuuta", "maaliskuu", "märts", "kovo", "martā", "marts", "března", "marca", "március", "martie", "ožujka",
			"marca", "marec", "marta", "mart", "март", "μαρτίου", "μάρτιος", "maret", "març", "de març", "مارس", "آذار", "מרץ", "במרץ", "מרס", "במרס"},
		{"april", "huhtikuuta", "huhtikuu", "aprill", "balandžio", "aprīlī", "aprīlis", "dubna", "apríla", "április", "aprilie", "travnja",
			"aprila", "април", "απριλίου", "απρίλιος", "d'abril", "أبريل", "إبريل", "نيسان", "אפריל", "באפריל"},
		{"maj", "toukokuuta", "toukokuu", "gegužės", "maijā", "maijs", "května", "mája", "május", "svibnja", "maja", "май", "μαΐου",
			"μάιος", "mei", "maig", "de maig", "مايو", "أيار", "מאי", "במאי"},
		{"juni", "kesäkuuta", "kesäkuu", "juuni", "birželio", "jūnijā", "jūnijs", "června", "júna", "június", "iunie", "lipnja", "junija",
			"juna", "юни", "ιουνίου", "ιούνιος", "juny", "de juny", "يونيو", "حزيران", "יוני", "ביוני"},
		{"juli", "heinäkuuta", "heinäkuu", "juuli", "liepos", "jūlijā", "jūlijs", "července", "júla", "július", "iulie", "srpnja", "julija",
			"jula", "юли", "ιουλίου", "ιούλιος", "juliol", "de juliol", "يوليو", "تموز", "יולי", "ביולי"},
		{"augusti", "elokuuta", "elokuu", "rugpjūčio", "augustā", "augusts", "srpna", "augusta", "augusztus", "kolovoza", "avgusta", "avgust",
			"август", "αυγούστου", "αύγουστος", "agustus", "agost", "d'agost", "أغسطس", "آب", "אוגוסט", "באוגוסט"},
		{"syyskuuta", "syyskuu", "rugsėjo", "septembrī", "septembris", "září", "septembra", "szeptember", "septembrie", "rujna",
			"septembar", "септември", "σεπτεμβρίου", "σεπτέμβριος", "setembre", "de setembre", "سبتمبر", "أيلول", "ספטמבר", "בספטמבר"},
		{"lokakuuta", "lokakuu", "oktoober", "spalio", "oktobrī", "oktobris", "října", "októbra", "október", "octombrie", "oktobra",
			"oktobar", "октомври", "οκτωβρίου", "οκτώβριος", "d'octubre", "أكتوبر", "تشرين الأول", "אוקטובר", "באוקטובר"},
		{"marraskuuta", "marraskuu", "lapkričio", "novembrī", "novembris", "listopadu", "novembra", "noiembrie", "studenoga", "studenog",
			"novembar", "ноември", "νοεμβρίου", "νοέμβριος", "de novembre", "نوفمبر", "تشرين الثاني", "נובמבר", "בנובמבר"},
		{"desember", "joulukuuta", "joulukuu", "detsember", "gruodžio", "decembrī", "decembris", "prosince", "decembra", "decemberben",
			"decembrie", "prosinca", "decembar", "декември", "δεκεμβρίου", "δεκέμβριος", "desembre", "de desembre", "ديسمبر", "كانون الأول", "דצמבר", "בדצמבר"},
	}
	// Hindi (both spellings of the nasal), Bengali, Malay and Filipino.
	south := [][]string{
		{"जनवरी", "জানুয়ারি", "enero"},
		{"फ़रवरी", "फरवरी", "ফেব্রুয়ারি", "pebrero"},
		{"मार्च", "মার্চ", "mac", "marso"},
		{"अप्रैल", "এপ্রিল", "abril"},
		{"मई", "মে", "mayo"},
		{"जून", "জুন", "hunyo"},
		{"जुलाई", "জুলাই", "julai", "hulyo"},
		{"अगस्त", "আগস্ট", "ogos", "agosto"},
		{"सितंबर", "सितम्बर", "সেপ্টেম্বর", "setyembre"},
		{"अक्टूबर", "अक्तूबर", "অক্টোবর", "oktubre"},
		{"नवंबर", "नवम्बर", "নভেম্বর", "nobyembre"},
		{"दिसंबर", "दिसम्बर", "ডিসেম্বর", "disember", "disyembre"},
	}
	// Polish in the nominative, as Joomla 1.0 wrote its dates ("04 listopad
	// 2009"), and Czech's November ("maj" stands in the list below).
	polish := [][]string{
		{"styczeń"}, {"luty"}, {"marzec"}, {"kwiecień"}, nil, {"czerwiec"}, {"lipiec"}, {"sierpień"}, {"wrzesień"},
		{"październik"}, {"listopad"}, {"grudzień"},
	}
	// Serbian and Macedonian in Cyrillic, as names and in the genitive
	// ("марта" and "август" are Russian's too, in the lists above and below).
	cyrillic := [][]string{
		{"јануар", "јануара", "јануари"}, {"фебруар", "фебруара"}, nil, {"априла"}, {"мај", "маја"}, {"јун", "јуна", "јуни"},
		{"јул", "јула", "јули"}, nil, {"септембар", "септембра"}, {"октобар", "октобра"}, {"новембар", "новембра"}, {"децембар", "децембра"},
	}
	for i := range lists {
		lists[i] = append(lists[i], cyrillic[i]...)
		lists[i] = append(lists[i], polish[i]...)
		lists[i] = append(lists[i], south[i]...)
		lists[i] = append(lists[i], slavic[i]...)
		lists[i] = append(lists[i], more[i]...)
	}
	for i, l := range lists {
		for _, n := range l {
			if _, dup := monthNames[n]; !dup {
				monthNames[strings.ToLower(n)] = time.Month(i + 1)
			}
		}
	}
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	month := "(" + strings.Join(names, "|") + ")"
	// A second name after a slash: Arabic pages write the Levantine and
	// the Gregorian name ("24 نيسان / أبريل 2020"). Only Arabic names: the
	// expression's size is its cost on every paragraph.
	var arabic []string
	for _, n := range names {
		if strings.ContainsFunc(n, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
			arabic = append(arabic, n)
		}
	}
	alias := `(?:\s*/\s*(?:` + strings.Join(arabic, "|") + `))?`
	// "14-Sep-2022" too, as EurekAlert! and some CMSs write it; "12 de
	// marzo del 2014", as Peru and other Latin American countries do.
	dayMonthYearRe = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(\d{1,2})(?:\.|st|nd|rd|th|er|º)?(?:-|\s*)(?:de\s+|of\s+)?` + month + alias + `\.?,?(?:-|\s*)(?:del?\s+)?(\d{4})(?:[^\d]|$)`)
	monthDayYearRe = regexp.MustCompile(`(?i)(?:^|[^\pL\d])` + month + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[^\d]|$)`)
	// Hungarian "2024. március 5.", Lithuanian "2024 m. kovo 5 d.": the
	// year first, marked by its point or "m.", so that "in 2020 August
	// 15 people…" is no date.
	yearMonthDayRe = regexp.MustCompile(`(?i)(?:^|[^\d])(\d{4})(?:\.\s*|\s+m\.\s*)` + month + `\.?\s+(\d{1,2})(?:\.|\s*d\.|[^\d]|$)`)
	// Latvian "2024. gada 5. martā".
	yearDayMonthRe = regexp.MustCompile(`(?i)(?:^|[^\d])(\d{4})\.\s*gada\s+(\d{1,2})\.\s*` + month + `(?:[^\pL]|$)`)
	textForms = []textForm{
		{shapeDMY, dayMonthYearRe, "dmy", true},
		{shapeMDY, monthDayYearRe, "mdy", true},
		{shapeYearFirst, yearMonthDayRe, "ymd", true},
		{shapeYearFirst, yearDayMonthRe, "ydm", true},
		{shapeCJK, cjkRe, "ymd", false},
		{shapeViet, vietRe, "dmy", false},
		{shapeYMD, ymdRe, "ymd", false},
	}
}

// A textForm is one of findTextAt's expressions whose three groups are
// a day, a month and a year: their order ("dmy", "ymd", …), whether the
// month is a name, and the shape dateShapes reports for it.
type textForm struct {
	shape int
	re    *regexp.Regexp
	order string
	named bool
}

// textForms are the textForms in the order findTextAt tries them (of two
// dates at one place the first tried is taken); set by init.
var textForms []textForm

var (
	dayMonthYearRe *regexp.Regexp
	monthDayYearRe *regexp.Regexp
	yearMonthDayRe *regexp.Regexp
	yearDayMonthRe *regexp.Regexp
	// Chinese and Japanese "2024年3月5日", Korean "2024년 3월 5일".
	cjkRe = regexp.MustCompile(`(?:^|[^\d])(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})`)
	// Vietnamese "ngày 5 tháng 3 năm 2024", "5 tháng 3, 2024".
	vietRe = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})\s+(?:tháng|Tháng|THÁNG)\s+(\d{1,2})\s*(?:năm|Năm|NĂM|,|/)?\s*(\d{4})(?:[^\d]|$)`)
	// ctime's form: "Tue Aug 16 10:42:17 EDT 2011".
	ctimeRe = regexp.MustCompile(`\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\d{1,2}) \d{1,2}:\d{2}:\d{2}(?: [A-Z]{2,5})? (\d{4})\b`)
	isoRe   = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?`)
	ymdRe   = regexp.MustCompile(`(?:^|[^\d])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[^\d]|$)`)
	// Czech, Slovak and Slovenian put a space after each point: "5. 3. 2025".
	numericRe    = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})(\. |[./-])(\d{1,2})(?:\. |[./-])(\d{4})(?:[^\d]|$)`)
	compactRe    = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$`)
	urlDateRe    = regexp.MustCompile(`/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:/|[_-]|\.|$)`)
	urlCompactRe = regexp.MustCompile(`[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_-]|\.|$)`)
	// "/2005/0614/": the year, then month and day as one folder.
	urlMonthDayRe = regexp.MustCompile(`/((?:19|20)\d{2})/(\d{2})(\d{2})/`)
	// "/2024/jun/29/": the month's English abbreviation (The Guardian).
	urlMonthNameRe = regexp.MustCompile(`/((?:19|20)\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(\d{1,2})/`)
	// "?date=2014-10-02": a query's parameter named for the date.
	urlQueryDateRe = regexp.MustCompile(`[?&](?:date|datum|data|fecha|pubdate|published)=((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:&|#|$)`)
)

// dateParser parses dates for one page: it knows the fetch time and whether
// ambiguous numeric dates are read day first.
type dateParser struct {
	now      time.Time
	dayFirst bool
	keep     map[*html.Node]bool // the article's containers: never an excluded area
	lang     string              // the page's language tag, "" if unknown
	memo     struct {            // dates seen on the page, found at most once
		phrase, byline                   string
		near                             newslink.Date
		nearOK                           bool
		phraseDone, bylineDone, nearDone bool
		// The phrase that dated the page is also an update's label
		// ("Stand: 02.09.2024").
		phraseUpd bool
		// The update's date ("Updated 12 March 2024") written in the
		// byline or after the headline, zero if none.
		bylineUpd, nearUpd newslink.Date
	}
}

// valid reports whether the date could be a publication date: not before
// minYear and not after the fetch time.
func (p *dateParser) valid(d newslink.Date) bool {
	if d.IsZero() || d.Time.Year() < minYear {
		return false
	}
	if d.DayOnly {
		y, m, dd := p.now.Date()
		today := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
		return !d.Time.After(today.Add(14 * time.Hour)) // a day ahead of UTC in the far east
	}
	return !d.Time.After(p.now)
}

// day returns a day-only date if y-m-d exists.
func day(y, m, d int) (newslink.Date, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return newslink.Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return newslink.Date{}, false
	}
	return newslink.Date{Time: t, DayOnly: true}, true
}

// parseValue parses a machine-readable date as found in metadata or a
// datetime attribute: ISO 8601 and RFC 3339 with or without a time and
// zone, compact 20150306, Unix seconds or milliseconds, RFC 1123, and
// else any date written as text. A time without a zone gives a day-only
// date, since its instant is unknown.
func (p *dateParser) parseValue(s string) (newslink.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return newslink.Date{}, false
	}
	if m := isoRe.FindStringSubmatchIndex(s); m != nil && m[0] <= 12 {
		sub := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		y, _ := strconv.Atoi(sub(1))
		mo, _ := strconv.Atoi(sub(2))
		dd, _ := strconv.Atoi(sub(3))
		d, ok := day(y, mo, dd)
		if !ok {
			return newslink.Date{}, false
		}
		if sub(4) != "" && sub(7) != "" {
			h, _ := strconv.Atoi(sub(4))
			mi, _ := strconv.Atoi(sub(5))
			sec, _ := strconv.Atoi(sub(6))
			loc, ok := zone(sub(7))
			if ok && h < 24 && mi < 60 && sec < 61 {
				inst := newslink.Instant(time.Date(y, time.Month(mo), dd, h, mi, sec, 0, loc))
				if p.valid(inst) {
					return inst, true
				}
				return newslink.Date{}, false
			}
		}
		if p.valid(d) {
			return d, true
		}
		return newslink.Date{}, false
	}
	if m := compactRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		dd, _ := strconv.Atoi(m[3])
		if d, ok := day(y, mo, dd); ok && p.valid(d) {
			return d, true
		}
		return newslink.Date{}, false
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		switch {
		case n > 1e12 && n < 1e13:
			n /= 1000
		case n > 7e8 && n < 1e10:
		default:
			return newslink.Date{}, false
		}
		inst := newslink.Instant(time.Unix(n, 0).UTC())
		if p.valid(inst) {
			return inst, true
		}
		return newslink.Date{}, false
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, s); err == nil {
			d := newslink.Instant(t)
			if name, off := t.Zone(); off == 0 {
				if name == "GMT" || name == "UTC" || name == "Z" || name == "" {
					d = newslink.Instant(t.UTC())
				} else {
					// A named zone Go does not know gets offset zero: keep only the day.
					d, _ = day(t.Year(), int(t.Month()), t.Day())
				}
			}
			if p.valid(d) {
				return d, true
			}
		}
	}
	return p.findText(s)
}

// zone returns the location of an ISO 8601 zone suffix.
func zone(z string) (*time.Location, bool) {
	if z == "Z" {
		return time.UTC, true
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	if len(z) == 2 {
		z += "00"
	}
	if len(z) != 4 {
		return nil, false
	}
	h, _ := strconv.Atoi(z[:2])
	m, _ := strconv.Atoi(z[2:])
	if h > 14 || m > 59 {
		return nil, false
	}
	off := sign * (h*3600 + m*60)
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone("", off), true
}

// findText returns the first plausible date written in free text: "6 March
// 2015", "6. März 2015", "March 6, 2015", "2015-03-06", "06.03.2015" and
// "03/06/2015" (read day or month first as the page's locale says, unless
// one reading is impossible). Relative dates ("yesterday") are never read.
func (p *dateParser) findText(s string) (newslink.Date, bool) {
	d, _, ok := p.findTextAt(s)
	return d, ok
}

// findTextAt is findText that also returns where in s the date starts.
func (p *dateParser) findTextAt(s string) (newslink.Date, int, bool) {
	if !hasYear(s) {
		return newslink.Date{}, 0, false // every pattern has a four-digit year
	}
	best := newslink.Date{}
	bestAt := -1
	try := func(d newslink.Date, at int) {
		if p.valid(d) && (bestAt < 0 || at < bestAt) {
			best, bestAt = spanStart(s, at, d), at
		}
	}
	f := dateShapes(s)
	if m := matchIf(f&shapeISO != 0, isoRe, s); m != nil {
		if d, ok := p.parseValue(s[m[0]:m[1]]); ok {
			try(d, m[0])
		}
	}
	for _, form := range textForms {
		m := matchIf(f&form.shape != 0, form.re, s)
		if m == nil {
			continue
		}
		var n [3]int // day, month, year
		for k, c := range form.order {
			g := s[m[2+2*k]:m[3+2*k]]
			if c == 'm' && form.named {
				n[1] = int(monthNames[strings.ToLower(g)])
				continue
			}
			n[strings.IndexRune("dmy", c)], _ = strconv.Atoi(g)
		}
		if d, ok := day(n[2], n[1], n[0]); ok {
			try(d, m[2])
		}
	}
	if f&(shapeDMY|shapeMDY) != 0 && strings.Count(s, ":") >= 2 {
		// ctime's form, as mail archives print a message's date: "Tue Aug
		// 16 10:42:17 EDT 2011".
		if m := ctimeRe.FindStringSubmatchIndex(s); m != nil {
			dd, _ := strconv.Atoi(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			if d, ok := day(y, int(monthNames[strings.ToLower(s[m[2]:m[3]])]), dd); ok {
				try(d, m[0])
			}
		}
	}
	if m := matchIf(f&shapeNumeric != 0, numericRe, s); m != nil {
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		sep := s[m[4]:m[5]]
		b, _ := strconv.Atoi(s[m[6]:m[7]])
		y, _ := strconv.Atoi(s[m[8]:m[9]])
		dayFirst := p.dayFirst || sep[0] == '.'
		switch {
		case a > 12 && b <= 12:
			dayFirst = true
		case b > 12 && a <= 12:
			dayFirst = false
		}
		var d newslink.Date
		var ok bool
		if dayFirst {
			d, ok = day(y, b, a)
		} else {
			d, ok = day(y, a, b)
		}
		if ok {
			try(d, m[2])
		}
	}
	return best, bestAt, bestAt >= 0
}

// spanStart returns the first day of a span of days whose last day d,
// at s[at:], names the month and year for both ("Wochenbericht 14. - 20.
// Januar 2022", "3–9 March 2022"): a report on the span dates from its
// start. Otherwise it returns d.
func spanStart(s string, at int, d newslink.Date) newslink.Date {
	pre := strings.TrimRight(s[:at], " \u00a0")
	var ok bool
	for _, j := range []string{"–", "—", "-", "bis", "to", "au", "al"} {
		if pre, ok = strings.CutSuffix(pre, j); ok {
			break
		}
	}
	if !ok {
		return d
	}
	pre = strings.TrimRight(strings.TrimRight(pre, " \u00a0"), ".")
	i := len(pre)
	for i > 0 && pre[i-1] >= '0' && pre[i-1] <= '9' {
		i--
	}
	if i == len(pre) || len(pre)-i > 2 || i > 0 && pre[i-1] != ' ' && pre[i-1] != '(' {
		return d
	}
	n, _ := strconv.Atoi(pre[i:])
	if n < 1 || n >= d.Time.Day() {
		return d
	}
	start := d
	start.Time = d.Time.AddDate(0, 0, n-d.Time.Day())
	return start
}

// shortYearRe is a dotted date with a two-digit year, perhaps with a
// clock time and then the item's age, as TYPO3's news items print it:
// "31.10.23", "31.10.23, 14:05 Uhr", "12.04.12 10:15 Alter: 6 Jahre".
var shortYearRe = regexp.MustCompile(`^([0-3]?[0-9])\.([01]?[0-9])\.([0-9]{2})(?:,?\s+[0-2]?[0-9][:.][0-5][0-9](?:\s*Uhr)?)?(?:\s+(?:Alter|Age):\s*[0-9]+\s+\pL+)?$`)

// shortYearSlashRe is a slashed date with a two-digit year and nothing
// else: "3/12/03", "12/03/03".
var shortYearSlashRe = regexp.MustCompile(`^([0-3]?[0-9])/([0-3]?[0-9])/([0-9]{2})$`)

// shortYearDate reads a line that is nothing but a dotted date with a
// two-digit year ("31.10.23", day first, as dotted dates are), or a
// slashed one in the order of the page's locale ("3/12/03"), in the
// century that does not put it after the fetch; a clock time after it is
// not read. Such a line only dates a page next to its headline: elsewhere
// "1.2.23" may be anything.
func (p *dateParser) shortYearDate(line string) (newslink.Date, bool) {
	m := shortYearRe.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		// Or slashed ("3/12/03"), in the order of the page's locale.
		if m = shortYearSlashRe.FindStringSubmatch(strings.TrimSpace(line)); m == nil {
			return newslink.Date{}, false
		}
		if !p.dayFirst {
			m[1], m[2] = m[2], m[1]
		}
	}
	dd, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	yy, _ := strconv.Atoi(m[3])
	y := 2000 + yy
	if y > p.now.Year() {
		y -= 100
	}
	d, ok := day(y, mo, dd)
	if !ok || !p.valid(d) {
		return newslink.Date{}, false
	}
	return d, true
}

// findPubTextAt is findTextAt for a publication date: of the dates
// written in s (up to four), pub is the first that no update label
// ("Updated", "Aktualisiert am", "Mis à jour le", "Actualizado")
// introduces and upd the first that one does (either zero when there is
// none); at is where pub starts, or upd when pub is zero. ctx is the text
// before s, read for the label of a date at the start of s ("" when s
// holds its own labels).
func (p *dateParser) findPubTextAt(ctx, s string) (pub, upd newslink.Date, at int, ok bool) {
	from := 0
	for range 4 {
		x, i, found := p.findTextAt(s[from:])
		if !found {
			break
		}
		i += from
		before := s[max(from, i-40):i]
		if i < 40 && from == 0 && ctx != "" {
			before = ctx[max(0, len(ctx)-(40-i)):] + before
		}
		switch {
		case !updateLabelled(before):
			if pub.IsZero() {
				pub, at, ok = x, i, true
			}
		case upd.IsZero():
			upd, ok = x, true
			if pub.IsZero() {
				at = i
			}
		}
		if !pub.IsZero() && !upd.IsZero() {
			break // "12.03.2024 | Aktualisiert: 14.03.2024": both known
		}
		// Read on after this date's year.
		y := strconv.Itoa(x.Time.Year())
		j := strings.Index(s[i:], y)
		if j < 0 {
			break
		}
		from = i + j + len(y)
	}
	return pub, upd, at, ok
}

// updateLabelled reports whether the text before a date ends with a label
// that makes it the date of an update: one of updateLabels in its last
// 40 bytes.
func updateLabelled(before string) bool {
	l := strings.ToLower(before)
	for _, u := range updateLabels {
		if strings.Contains(l, u) {
			return true
		}
	}
	return false
}

// hasYear reports whether s has four digits in a row.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// matchIf is re.FindStringSubmatchIndex(s) if may, else nil.
func matchIf(may bool, re *regexp.Regexp, s string) []int {
	if !may {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

// The shapes of date that findTextAt's expressions read, as dateShapes
// reports them.
const (
	shapeISO       = 1 << iota // 2024-03-01
	shapeYMD                   // 2024/03/01, 2024.03.01
	shapeNumeric               // 01.03.2024, 3/1/2024
	shapeDMY                   // 1 March 2024, 1. März 2024, 1 de marzo de 2024
	shapeMDY                   // March 1, 2024
	shapeYearFirst             // 2024. március 5., 2024 m. kovo 5 d., 2024. gada 5. martā
	shapeCJK                   // 2024年3月5日, 2024년 3월 5일
	shapeViet                  // 5 tháng 3 năm 2024
)

// dateShapes returns the shapes of date whose expression may match s: a
// pass over its four-digit runs, each looked at where a match of that
// expression has to hold it. An expression of a shape not returned has no
// match in s; one returned may still have none. Pages whose text holds
// many numbers (a game's "Anno 1800" in every paragraph) otherwise run
// five expressions over every paragraph.
func dateShapes(s string) int {
	f := 0
	if strings.Contains(s, "tháng") || strings.Contains(s, "THÁNG") || strings.Contains(s, "Tháng") {
		f |= shapeViet
	}
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		if i == 0 || !isDigit(s[i-1]) {
			// The year first: a point, or "m.", after it; or, past
			// spaces, 年 or 년 (both three bytes, led by 0xE5 and 0xEB).
			k := i + 4
			for k < len(s) && isRESpace(s[k]) {
				k++
			}
			if i+4 < len(s) && s[i+4] == '.' || k > i+4 && strings.HasPrefix(s[k:], "m.") {
				f |= shapeYearFirst
			}
			if strings.HasPrefix(s[k:], "年") || strings.HasPrefix(s[k:], "년") {
				f |= shapeCJK
			}
		}
		if i+5 < len(s) && isDigit(s[i+5]) {
			switch s[i+4] {
			case '-':
				f |= shapeISO // isoRe has no left boundary
			case '/', '.':
				if i == 0 || !isDigit(s[i-1]) {
					f |= shapeYMD
				}
			}
		}
		if i > 0 && isDigit(s[i-1]) || i+4 < len(s) && isDigit(s[i+4]) {
			continue // not a year that ends a date
		}
		if i >= 2 && strings.IndexByte("./-", s[i-1]) >= 0 && isDigit(s[i-2]) ||
			i >= 3 && s[i-1] == ' ' && s[i-2] == '.' && isDigit(s[i-3]) {
			f |= shapeNumeric
		}
		// A month name (or "de") before the year, past spaces, a point
		// and a comma: dayMonthYearRe.
		j := i - 1
		for j >= 0 && isRESpace(s[j]) {
			j--
		}
		spaced := j < i-1
		if j >= 0 && s[j] == ',' {
			j--
		}
		if j >= 0 && s[j] == '.' {
			j--
		}
		if j >= 0 && s[j] == '-' && j == i-1 {
			j-- // "14-Sep-2022"
		}
		for j >= 0 && isRESpace(s[j]) {
			j--
		}
		if j >= 0 && (isASCIILetter(s[j]) || s[j] >= 0x80) {
			f |= shapeDMY
		}
		// A day, maybe with a suffix and a comma, then spaces:
		// monthDayYearRe.
		if spaced {
			k := i - 1
			for k >= 0 && isRESpace(s[k]) {
				k--
			}
			if k >= 0 && s[k] == ',' {
				k--
			}
			for n := 0; n < 2 && k >= 0 && isASCIILetter(s[k]); n++ {
				k--
			}
			if k >= 0 && isDigit(s[k]) {
				f |= shapeMDY
			}
		}
	}
	return f
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isRESpace reports whether c is what \s matches in an expression.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// urlDate reads a full date from a URL path: /2015/03/06/, /2015-03-06-…,
// or /20150306/.
func (p *dateParser) urlDate(u string) (newslink.Date, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			return newslink.Date{}, false
		}
	}
	for _, re := range []*regexp.Regexp{urlDateRe, urlCompactRe, urlMonthDayRe, urlMonthNameRe, urlQueryDateRe} {
		m := re.FindStringSubmatch(u)
		if m == nil {
			continue
		}
		y, _ := strconv.Atoi(m[1])
		mo, err := strconv.Atoi(m[2])
		if err != nil {
			mo = int(monthNames[m[2]]) // "jun" in "/2024/jun/29/"
		}
		dd, _ := strconv.Atoi(m[3])
		if d, ok := day(y, mo, dd); ok && p.valid(d) {
			return d, true
		}
	}
	return newslink.Date{}, false
}

// relativeTimeRe is a time written relative to the reader's visit, in
// the languages whose dates are read: "3 hours ago", "vor 3 Stunden",
// "il y a 2 jours", "hace 5 minutos", "há 2 horas", "2 giorni fa", "3 uur
// geleden", "2 dni temu", "för 3 timmar sedan", "3 timer siden".
var relativeTimeRe = regexp.MustCompile(`(?i)^(?:(?:an?|one|\d+)\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\.?\s+ago` +
	`|vor\s+(?:einer|einem|\d+)\s*(?:sek|sekunden?|min|minuten?|std|stunden?|tag|tagen|woche|wochen|monat|monaten|jahr|jahren)\.?` +
	`|il y a\s+(?:une?|\d+)\s*(?:s|sec|secondes?|min|minutes?|h|heures?|jours?|semaines?|mois|ans?)` +
	`|(?:hace|há)\s+(?:una?|\d+)\s*(?:seg|segundos?|min|minutos?|h|horas?|días?|dias?|semanas?|mes|meses|años?|anos?)` +
	`|(?:un|\d+)\s*(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa` +
	`|\d+\s*(?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden` +
	`|\d+\s*(?:minut|minuty|godzin[ęy]?|dni|dzień|tygodni|miesięcy|lat)\s+temu` +
	`|för\s+\d+\s*(?:minuter|timmar|timme|dagar|dag|veckor)\s+sedan` +
	`|(?:for\s+)?\d+\s*(?:minutter|timer|time|dage|dager|dag|uger|uker)\s+siden)$`)

// absoluteTimes writes the date in the title of an element that shows a
// time relative to the visit ("vor 3 Stunden" under title="07.05.2021,
// 09:41", as a reader sees it on pointing at it) as the element's text:
// the relative time says nothing once the page is saved, the title is
// the date the date rules read.
func absoluteTimes(doc *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if t := attr(c, "title"); t != "" && len(t) <= 60 && strings.ContainsAny(t, "0123456789") {
				if s := strings.TrimSpace(textOf(c)); s != "" && len(s) <= 40 && relativeTimeRe.MatchString(s) {
					for c.FirstChild != nil {
						c.RemoveChild(c.FirstChild)
					}
					c.AppendChild(&html.Node{Type: html.TextNode, Data: t})
					continue
				}
			}
			walk(c)
		}
	}
	walk(doc)
}
