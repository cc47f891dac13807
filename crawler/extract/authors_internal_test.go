package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// TestSplitAuthors_Cases drives the cleaning and splitting of one author
// value through the patterns seen in publishers' author fields and
// bylines.
func TestSplitAuthors_Cases(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "by prefix", in: "By Ann Lee", want: []string{"Ann Lee"}},
		{name: "a role after the comma with a conjunction of its own", in: "Rechtsanwältin Katrin Vogt, Fachanwältin für Miet- und Wohnungseigentumsrecht", want: []string{"Katrin Vogt"}},
		{name: "Turkish and Romanian conjunctions", in: "Elif Yıldız ve Murat Kaya", want: []string{"Elif Yıldız", "Murat Kaya"}},
		{name: "a Romanian conjunction", in: "de Andreea Popescu și Mihai Ionescu", want: []string{"Andreea Popescu", "Mihai Ionescu"}},
		{name: "a Japanese desk before the reporter", in: "報道部　佐藤美咲記者", want: []string{"佐藤美咲"}},
		{name: "a sentence after the name", in: "Show notes by Jess Whitford. Recorded on 21 September 2021.", want: []string{"Jess Whitford"}},
		{name: "initials' full stops are no sentence's", in: "By J. R. Hartley and Ann Lee Jr.", want: []string{"J. R. Hartley", "Ann Lee Jr."}},
		{name: "a broadcaster's bureau in one word", in: "Von Ulrike Sommerfeld, Korrespondentin in Brüssel, und Jan-Erik Petersen, Hauptstadtstudio Berlin", want: []string{"Ulrike Sommerfeld", "Jan-Erik Petersen"}},
		{name: "a pharmacist's title before the name", in: "von Apothekerin Katrin Sommerfeld", want: []string{"Katrin Sommerfeld"}},
		{name: "the paper in capitals after a comma", in: "By KAREN L. MILLS, THE VALLEY SENTINEL", want: []string{"KAREN L. MILLS"}},
		{name: "a date line after the name", in: "SOPHIE TE WHATA Last updated 05:00 14/08/2014", want: []string{"SOPHIE TE WHATA"}},
		{name: "an author box's heading", in: "Über Jana Körber", want: []string{"Jana Körber"}},
		{name: "a name in capitals, then its paper in mixed case", in: "By MARGO LINDQVIST Lincoln Journal Star", want: []string{"MARGO LINDQVIST"}},
		{name: "one word in mixed case after capitals is no paper", in: "LE PEN Marine", want: []string{"LE PEN Marine"}},
		{name: "the paper after of the", in: "By Jenna Kowalczyk of The Montana Standard", want: []string{"Jenna Kowalczyk"}},
		{name: "names with their jobs", in: "Posted by Daniel Pruett, Research Scientist, and Harriet Osei-Lindqvist, Software Engineer", want: []string{"Daniel Pruett", "Harriet Osei-Lindqvist"}},
		{name: "a ministry's name with und", in: "Bundesministerium für Bildung und Forschung", want: []string{"Bundesministerium für Bildung und Forschung"}},
		{name: "a ministry's name with commas", in: "Ministerium für Wirtschaft, Wissenschaft und Digitalisierung", want: []string{"Ministerium für Wirtschaft, Wissenschaft und Digitalisierung"}},
		{name: "a firm's name with its legal form", in: "Steuer & Praxis Verlagsgesellschaft mbH", want: []string{"Steuer & Praxis Verlagsgesellschaft mbH"}},
		{name: "a firm's name with a comma before its legal form", in: "Velocor Therapeutics, Inc.", want: []string{"Velocor Therapeutics, Inc."}},
		{name: "a state's ministry", in: "Niedersächsisches Ministerium für Wissenschaft und Kultur", want: []string{"Niedersächsisches Ministerium für Wissenschaft und Kultur"}},
		{name: "newsroom abbreviation", in: "red", want: nil},
		{name: "a byline box's heading", in: "Información del artículo", want: nil},
		{name: "where the reporter was", in: "By Amira Haddad in Kakuma, Kenya", want: []string{"Amira Haddad"}},
		{name: "a German job title after the name", in: "Felix Rautenberg Fachredakteur", want: []string{"Felix Rautenberg"}},
		{name: "a newsroom's name with an ampersand", in: "Redaktion Schiff & Küste", want: []string{"Redaktion Schiff & Küste"}},
		{name: "two names with an ampersand", in: "Ann Lee & Tom Hale", want: []string{"Ann Lee", "Tom Hale"}},
		{name: "a wire byline's agency without a comma", in: "By JULIANA MERCER and DEVON ABERNATHY Associated Press", want: []string{"JULIANA MERCER", "DEVON ABERNATHY"}},
		{name: "a list's agency without a comma", in: "Daniel Okonjo, Renata Fulbright Associated Press", want: []string{"Daniel Okonjo", "Renata Fulbright"}},
		{name: "an agency's short name", in: "Erik Lund AP", want: []string{"Erik Lund"}},
		{name: "a role and a place before the name", in: "Kontributor Surabaya, Dimas Aryo Nugroho", want: []string{"Dimas Aryo Nugroho"}},
		{name: "a name and a place", in: "Dimas Aryo Nugroho, Surabaya", want: []string{"Dimas Aryo Nugroho"}},
		{name: "a club's officer", in: "by Gary Wendt, Club Secretary", want: []string{"Gary Wendt"}},
		{name: "a committee the writer speaks for", in: "by Margaret Ellison, Outreach Committee", want: []string{"Margaret Ellison"}},
		{name: "Portuguese text and photos", in: "Texto de Catarina Vilaça; fotos de Henrique Lobo", want: []string{"Catarina Vilaça"}},
		{name: "a town hall's 'posted by' with the office", in: "Eingestellt von: Sabine Maier, Hauptamt", want: []string{"Sabine Maier"}},
		{name: "a broadcaster's bureau after the name", in: "Von Jana Roth, ARD-Studio Brüssel", want: []string{"Jana Roth"}},
		{name: "a name and the city in capitals after a slash", in: "Ayşe KARACA / İZMİR", want: []string{"Ayşe KARACA"}},
		{name: "a name and an agency in capitals after a slash: no place", in: "Ann Lee / REUTERS", want: []string{"Ann Lee", "REUTERS"}},
		{name: "two names after a slash", in: "Ann Lee / Tom Hale", want: []string{"Ann Lee", "Tom Hale"}},
		{name: "academic titles before the names", in: "Prof. Dr. Markus Feldhaus und Dr. Ines Brandtner", want: []string{"Markus Feldhaus", "Ines Brandtner"}},
		{name: "a clerical title", in: "By Rev. Daniel Okoro", want: []string{"Daniel Okoro"}},
		{name: "a site's own word for its writer", in: "FOCUS-Online-Autorin Katrin Merz", want: []string{"Katrin Merz"}},
		{name: "a member of the newsroom", in: "Von unserem Redaktionsmitglied Karin Seufert", want: []string{"Karin Seufert"}},
		{name: "a link to write to the writer after the name", in: "Karin Lindqvist Mejla", want: []string{"Karin Lindqvist"}},
		{name: "an e-mail link's word", in: "By Ann Lee Email", want: []string{"Ann Lee"}},
		{name: "the newsroom, then its writer in brackets", in: "Autor: Redakcja (Katarzyna Zielińska)", want: []string{"Katarzyna Zielińska"}},
		{name: "a school class in brackets after the names", in: "Ein Bericht von Mia Krüger und Jonas Tews (Klasse 9c)", want: []string{"Mia Krüger", "Jonas Tews"}},
		{name: "a title before a surname alone stays", in: "Dr. Okoro", want: []string{"Dr. Okoro"}},
		{name: "a name and the paper's role for it after a slash", in: "Tamisha Brown-Lyle/Gleaner Writer", want: []string{"Tamisha Brown-Lyle"}},
		{name: "two names after a slash, no space", in: "Ralph Steiner/Carlo Natter", want: []string{"Ralph Steiner", "Carlo Natter"}},
		{name: "Malay by", in: "Oleh Hafiz Rahman", want: []string{"Hafiz Rahman"}},
		{name: "an agency's feature writers", in: "by Huaxia writers Zhou Lan, Ma Tiejun", want: []string{"Zhou Lan", "Ma Tiejun"}},
		{name: "a degree after the name", in: "Ann Lee, MA", want: []string{"Ann Lee"}},
		{name: "WordPress's link to the author's posts in German", in: "Alle Beiträge von Hannes Wiegand anzeigen", want: []string{"Hannes Wiegand"}},
		{name: "Twenty Ten's link to the author's posts in German", in: "Zeige alle Artikel von Anja Reinholz", want: []string{"Anja Reinholz"}},
		{name: "the same in French", in: "Afficher tous les articles par Claire Dumoulin", want: []string{"Claire Dumoulin"}},
		{name: "the same in Dutch", in: "Bekijk alle berichten van Anouk de Vries", want: []string{"Anouk de Vries"}},
		{name: "Dutch text and photo", in: "Tekst en foto: Wim Akkerman", want: []string{"Wim Akkerman"}},
		{name: "Thai by", in: "โดย สุพัตรา แก้วมณี", want: []string{"สุพัตรา แก้วมณี"}},
		{name: "a column's name before its writer's", in: "La rubrica di Franco Albertini", want: []string{"Franco Albertini"}},
		{name: "a correspondent's, the name in capitals", in: "dal nostro corrispondente ANDREA FERRI", want: []string{"ANDREA FERRI"}},
		{name: "a club officer's role after the name", in: "Dorothy Ambler, Horticulture Chair", want: []string{"Dorothy Ambler"}},
		{name: "a German paper's editor, in capitals", in: "VON UNSEREM REDAKTEUR PETER SCHULTE", want: []string{"PETER SCHULTE"}},
		{name: "an envoy's in French", in: "De notre envoyée spéciale Claire Dupont", want: []string{"Claire Dupont"}},
		{name: "a publication's possessive before the name", in: "By BBC News Online's Simon Ashworth", want: []string{"Simon Ashworth"}},
		{name: "a place's possessive in a role after the name", in: "Aroha Pene-Blake, Hawke's Bay Reporter", want: []string{"Aroha Pene-Blake"}},
		{name: "two names in capitals apart by a dash", in: "MINH HÒA - THANH TÙNG", want: []string{"MINH HÒA", "THANH TÙNG"}},
		{name: "'by' in Maltese", in: "Minn Josianne Farrugia", want: []string{"Josianne Farrugia"}},
		{name: "a date's weekday alone", in: "Wed", want: nil},
		{name: "names surname first apart by semicolons", in: "Hollmann, Katrin; Berger, Lutz", want: []string{"Katrin Hollmann", "Lutz Berger"}},
		{name: "names and places apart by semicolons", in: "Ann Lee, Berlin; Tom Hart, Hamburg", want: []string{"Ann Lee", "Tom Hart"}},
		{name: "a french blog's footer, the time cut off", in: "Posté par Claire Desvignes à", want: []string{"Claire Desvignes"}},
		{name: "the paper after the name without a comma", in: "By Dana Whitcomb The Lakeshore Ledger", want: []string{"Dana Whitcomb"}},
		{name: "a column's title with an article inside", in: "Letters To The Editor", want: []string{"Letters To The Editor"}},
		{name: "joomla's default account", in: "Super User", want: nil},
		{name: "the site's webmaster account", in: "Webmaster Realschule am Kreuzberg", want: nil},
		{name: "editors' initials and agencies in brackets", in: "lh/sms (dpa, epd)", want: nil},
		{name: "editors' initials alone", in: "lh/sms", want: nil},
		{name: "a print link beside the byline", in: "Druckversion", want: nil},
		{name: "an editor's initials and an agency", in: "det/dpa", want: []string{"det/dpa"}},
		{name: "a role and no name", in: "Opinion Contributor", want: nil},
		{name: "a staff role and no name", in: "Senior Staff Writer", want: nil},
		{name: "a name and a chief executive's role", in: "Hannah Mostyn, Chief Executive", want: []string{"Hannah Mostyn"}},
		{name: "a managing director's role alone", in: "Managing Director", want: nil},
		{name: "korean reporters each with the word for reporter", in: "김상훈 기자 박지민 기자", want: []string{"김상훈", "박지민"}},
		{name: "korean reporters with a middle dot, an e-mail after", in: "김상훈·박지민 기자 kim.sanghoon@example.com", want: []string{"김상훈", "박지민"}},
		{name: "polish written by", in: "Napisane przez Katarzyna Zawadzka", want: []string{"Katarzyna Zawadzka"}},
		{name: "polish by", in: "Przez Tomasz Wierzbicki", want: []string{"Tomasz Wierzbicki"}},
		{name: "dutch our reporter", in: "Door onze verslaggever Pieter van der Wal", want: []string{"Pieter van der Wal"}},
		{name: "albanian by", in: "Nga Arben Dervishi", want: []string{"Arben Dervishi"}},
		{name: "a short weekday before its date", in: "By Ann Lee Tue Mar 11", want: []string{"Ann Lee"}},
		{name: "a short weekday last, its date elsewhere", in: "Rahim Karim Tue", want: []string{"Rahim Karim"}},
		{name: "a surname that is a short weekday", in: "Li Sun", want: []string{"Li Sun"}},
		{name: "an alumna's class year", in: "Story by Corinne Baptiste '09", want: []string{"Corinne Baptiste"}},
		{name: "suffixes keep their points", in: "By Robert K. Jones Jr., Marisa T. Delgado and J. Alan Whitcombe III", want: []string{"Robert K. Jones Jr.", "Marisa T. Delgado", "J. Alan Whitcombe III"}},
		{name: "class years of two", in: "By Ann Lee ’87 and Tom Hale '02", want: []string{"Ann Lee", "Tom Hale"}},
		{name: "czech written by", in: "Napsala Jana Kopecká", want: []string{"Jana Kopecká"}},
		{name: "chinese source and editor line", in: "本文来源:澎湃新闻 责任编辑:钟齐鸣_nn", want: nil},
		{name: "chinese author label", in: "作者 | 郑一帆", want: []string{"郑一帆"}},
		{name: "chinese author label before the word for reporter", in: "作者：记者 刘晓燕 王嘉诚", want: []string{"刘晓燕", "王嘉诚"}},
		{name: "von glued", in: "vonFred Hüning", want: []string{"Fred Hüning"}},
		{name: "label before colon", in: "Von: Moritz Pieczewski-Freimuth", want: []string{"Moritz Pieczewski-Freimuth"}},
		{name: "interview label", in: "Interview: Julia Lauter", want: []string{"Julia Lauter"}},
		{name: "phrase prefix", in: "Erstellt von Andri Bryner", want: []string{"Andri Bryner"}},
		{name: "and", in: "Orhan Coskun and Suleiman Al-Khalidi", want: []string{"Orhan Coskun", "Suleiman Al-Khalidi"}},
		{name: "commas and und", in: "Anna Schmidt, Jonas Weber und Eva Roth", want: []string{"Anna Schmidt", "Jonas Weber", "Eva Roth"}},
		{name: "agency after comma", in: "Britta Schultejans, dpa", want: []string{"Britta Schultejans"}},
		{name: "place after comma", in: "Markus M. Haefliger, London, Beat Bumbacher", want: []string{"Markus M. Haefliger", "Beat Bumbacher"}},
		{name: "role after comma", in: "GARY B. GRAVES, AP Sports Writer", want: []string{"GARY B. GRAVES"}},
		{name: "description after comma", in: "Uta Staschewski, Projektleiterin der HSS in Tunesien", want: []string{"Uta Staschewski"}},
		{name: "particle after comma", in: "Ann Lee, Jan van Dijk", want: []string{"Ann Lee", "Jan van Dijk"}},
		{name: "degree after comma", in: "Grant Tinsley, PhD", want: []string{"Grant Tinsley"}},
		{name: "organisation with place", in: "Olympia-Verlag GmbH, Nürnberg, Germany", want: []string{"Olympia-Verlag GmbH"}},
		{name: "for a paper", in: "Glen Owen And Brendan Carlin For The Mail On Sunday", want: []string{"Glen Owen", "Brendan Carlin"}},
		{name: "date label glued", in: "Reuters Updated: January 16, 2020", want: []string{"Reuters"}},
		{name: "relative time", in: "José Miguel Wilson Hace 3 horas", want: []string{"José Miguel Wilson"}},
		{name: "portuguese e in a name", in: "José Volta e Pinto", want: []string{"José Volta e Pinto"}},
		{name: "spanish y between names", in: "Ana Ruiz Gil y Juan Pérez", want: []string{"Ana Ruiz Gil", "Juan Pérez"}},
		{name: "all caps", in: "AMANDA SEITZ and BEATRICE DUPUY", want: []string{"AMANDA SEITZ", "BEATRICE DUPUY"}},
		{name: "caps surname", in: "Recueilli par Patrick ANGEVIN.", want: []string{"Patrick ANGEVIN"}},
		{name: "names with slash", in: "Ralph Steiner/Carlo Natter", want: []string{"Ralph Steiner", "Carlo Natter"}},
		{name: "agency code with slash", in: "det/dpa", want: []string{"det/dpa"}},
		{name: "korean outlet and reporter", in: "스포츠조선=선수민 기자", want: []string{"선수민"}},
		{name: "korean agency line", in: "(서울=연합뉴스) 홍길동 기자", want: []string{"홍길동"}},
		{name: "korean reporter", in: "홍길동기자", want: []string{"홍길동"}},
		{name: "chinese reporter", in: "本报记者 王小明", want: []string{"王小明"}},
		{name: "a place with its region in brackets", in: "Dörte Kühnapfel, Halle (Saale)", want: []string{"Dörte Kühnapfel"}},
		{name: "a couple that shares a surname", in: "Heike und Rolf Gerlach", want: []string{"Heike Gerlach", "Rolf Gerlach"}},
		{name: "two people with their own surnames", in: "Anna Berger und Tobias Kranz", want: []string{"Anna Berger", "Tobias Kranz"}},
		{name: "a link back to the listing", in: "« Back to Articles", want: nil},
		{name: "thai writer label", in: "ผู้เขียน มติชนออนไลน์", want: []string{"มติชนออนไลน์"}},
		{name: "forum login with digits", in: "von Fischkopp_88 » Mo 9. Jul 2012, 21:14", want: []string{"Fischkopp_88"}},
		{name: "chinese reporters", in: "本报记者　方晓萌　沈一鸣", want: []string{"方晓萌", "沈一鸣"}},
		{name: "chinese reporters and intern", in: "本报记者 李明 王芳 实习生 赵丽", want: []string{"李明", "王芳", "赵丽"}},
		{name: "update label", in: "Laatst bijgewerkt 22 oktober 2025, 07:15", want: nil},
		{name: "staff reports", in: "From staff reports", want: nil},
		{name: "korean reporter and mail", in: "정다은 기자 (daeun.jung@example.kr)", want: []string{"정다은"}},
		{name: "korean reporters", in: "김태훈 이슬기 기자", want: []string{"김태훈", "이슬기"}},
		{name: "japanese name and profile label", in: "三浦 咲 【Profile】", want: []string{"三浦 咲"}},
		{name: "firm with ampersand", in: "Jobs & Hire", want: []string{"Jobs & Hire"}},
		{name: "a role with an ampersand after the name", in: "Karen Holtzclaw, CAE, Director of Education & Events", want: []string{"Karen Holtzclaw"}},
		{name: "two names joined by an ampersand", in: "Nadia Kessler & Owen Bright", want: []string{"Nadia Kessler", "Owen Bright"}},
		{name: "names with ampersand", in: "Ann Lee & Tom Hale", want: []string{"Ann Lee", "Tom Hale"}},
		{name: "first names with und", in: "Anna und Max", want: []string{"Anna", "Max"}},
		{name: "credit with and", in: "Staff and news service reports", want: nil},
		{name: "acronym kept", in: "AFP", want: []string{"AFP"}},
		{name: "final initial kept", in: "Nicolas Gutierrez C.", want: []string{"Nicolas Gutierrez C."}},
		{name: "weekday after name", in: "Alex Bozarjian Thursday", want: []string{"Alex Bozarjian"}},
		{name: "month and day after name", in: "Ann Lee March 3", want: []string{"Ann Lee"}},
		{name: "month as first name", in: "April Roach", want: []string{"April Roach"}},
		{name: "month alone", in: "juillet", want: nil},
		{name: "month abbreviation alone", in: "Dec", want: nil},
		{name: "first name that is a month", in: "Jan", want: []string{"Jan"}},
		{name: "name and site with slash", in: "Kirsten Freund / handwerksblatt.de", want: []string{"Kirsten Freund", "handwerksblatt.de"}},
		{name: "follow button glued", in: "Inga HoeltmannFollow", want: []string{"Inga Hoeltmann"}},
		{name: "lower-case phrase", in: "lassú kilábalás", want: nil},
		{name: "party and group", in: "CDU - Fraktion Erfurt", want: []string{"CDU - Fraktion Erfurt"}},
		{name: "job title before name", in: "Rechtsanwalt Dennis Tölle", want: []string{"Dennis Tölle"}},
		{name: "expert label before name", in: "FOCUS-Online-Experte Robin Tschöpe", want: []string{"Robin Tschöpe"}},
		{name: "more articles link", in: "Johanna Kropfitsch Alle Artikel", want: []string{"Johanna Kropfitsch"}},
		{name: "illustration credit", in: "Christian Seiler Illustration von Markus Roost", want: []string{"Christian Seiler"}},
		{name: "view all posts prefix", in: "View all posts by Daniel Lemire", want: []string{"Daniel Lemire"}},
		{name: "email", in: "cipha[at]cipha.net", want: nil},
		{name: "email after name", in: "Ann Lee ann.lee@example.com", want: []string{"Ann Lee"}},
		{name: "handle", in: "Ann Lee @annlee", want: []string{"Ann Lee"}},
		{name: "photo credit", in: "Фото: Алексей Меринов", want: nil},
		{name: "foto credit", in: "Foto: Max Muster/dpa", want: nil},
		{name: "generic", in: "View my complete profile", want: nil},
		{name: "admin", in: "wordpressadmin", want: nil},
		{name: "ip address", in: "219.79.38.192", want: nil},
		{name: "sentence", in: "Hecho en Bolivia con Drupal por Smartica", want: nil},
		{name: "phrase", in: "so Artikel empfehlen:", want: nil},
		{name: "site and name", in: "unocero - Alberto Ávila", want: []string{"Alberto Ávila"}},
		{name: "name and site", in: "Ann Lee | The Post", want: []string{"Ann Lee"}},
		{name: "doubled", in: "Kristen FalconKristen Falcon", want: []string{"Kristen Falcon"}},
		{name: "conversation", in: "Richard David Precht im Gespräch mit Karin Fischer", want: []string{"Richard David Precht", "Karin Fischer"}},
		{name: "json", in: `{ "@type":"Person", "name":"Alice Wu" }`, want: []string{"Alice Wu"}},
		{name: "markup", in: `<a href="/pl/eksperci/mateusz">Mateusz Gniazdowski</a>`, want: []string{"Mateusz Gniazdowski"}},
		{name: "trailing parentheses", in: "Auswärtige Autoren (AA)", want: []string{"Auswärtige Autoren"}},
		{name: "slashes", in: "/ Cory Doctorow /", want: []string{"Cory Doctorow"}},
		{name: "surname first", in: "Doe, John", want: []string{"Doe, John"}},
		{name: "role after the name without a comma", in: "Kevin Marsh Contributing Writer", want: []string{"Kevin Marsh"}},
		{name: "a beat and a role after the name", in: "By Ciara Molloy Health Correspondent", want: []string{"Ciara Molloy"}},
		{name: "syndicate after the name", in: "By Harriet Vance Creators Syndicate", want: []string{"Harriet Vance"}},
		{name: "the paper's short name before the role", in: "Jordan Whitlock Globe Staff Writer", want: []string{"Jordan Whitlock"}},
		{name: "the outlet's initials before the role", in: "Brandon Kessling ESPN Staff Writer", want: []string{"Brandon Kessling"}},
		{name: "a third name before the role stays", in: "Mary Ellen Whitlock Staff Writer", want: []string{"Mary Ellen Whitlock"}},
		{name: "a heading with a role noun", in: "Antrim Court Reporter", want: []string{"Antrim Court Reporter"}},
		{name: "a CMS account", in: "Guest Contributor", want: nil},
		{name: "press release by an office holder", in: "Pressemitteilung von Gemeinderat Thorsten Albrecht-Neumann", want: []string{"Thorsten Albrecht-Neumann"}},
		{name: "office holders' titles", in: "Kreisvorstandssprecherin Miriam Oltmanns und Kreistagsfraktionsvorsitzendem Jonas Wetterich", want: []string{"Miriam Oltmanns", "Jonas Wetterich"}},
		{name: "polish interviewer", in: "Rozmawiała Agnieszka Wróbel", want: []string{"Agnieszka Wróbel"}},
		{name: "title in lower case after by", in: "Af sognepræst Mette Kjær", want: []string{"Mette Kjær"}},
		{name: "user name and bio", in: "linksc Creating Search Engine API", want: nil},
		{name: "institution after comma", in: "Rachel Odum, Northlake University", want: []string{"Rachel Odum"}},
		{name: "papers after names", in: "Dana Whitlock, ClearLight, and Ruben Ocampo, The Lakeshore Sentinel", want: []string{"Dana Whitlock", "Ruben Ocampo"}},
		{name: "photographer in parentheses", in: "Noemi Baumann (Text) und Elias Tanner (Bilder)", want: []string{"Noemi Baumann"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitAuthors(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("splitAuthors(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestAuthorNames_LowerCase checks that a personal name in lower case is
// kept as given when a structured source (JSON-LD, a meta tag,
// itemprop=author) states it, and that the junk filters still apply there;
// from a byline's text, lower-case words are a phrase.
func TestAuthorNames_LowerCase(t *testing.T) {
	tests := []struct {
		name string
		in   authorCand
		want []string
	}{
		{name: "structured", in: authorCand{name: "giampiero maggio", structured: true}, want: []string{"giampiero maggio"}},
		{name: "structured with particle", in: authorCand{name: "luigi di maio", structured: true}, want: []string{"luigi di maio"}},
		{name: "structured with prefix", in: authorCand{name: "By ellen o'hara-marsh", structured: true}, want: []string{"ellen o'hara-marsh"}},
		{name: "structured two names", in: authorCand{name: "anna rossi and marco bianchi", structured: true}, want: []string{"anna rossi", "marco bianchi"}},
		{name: "structured all caps", in: authorCand{name: "ANN LEE", structured: true}, want: []string{"Ann Lee"}},
		{name: "byline text", in: authorCand{name: "giampiero maggio"}, want: nil},
		{name: "structured phrase", in: authorCand{name: "keine angabe", structured: true}, want: nil},
		{name: "structured one word", in: authorCand{name: "admin", structured: true}, want: nil},
		{name: "structured generic", in: authorCand{name: "no author", structured: true}, want: nil},
		{name: "structured five words", in: authorCand{name: "hecho en bolivia con drupal", structured: true}, want: nil},
		{name: "structured sentence", in: authorCand{name: "click here to subscribe", structured: true}, want: nil},
		{name: "structured symbols", in: authorCand{name: "anna_rossi web", structured: true}, want: nil},
		{name: "structured newsroom", in: authorCand{name: "redazione web", structured: true}, want: []string{"redazione web"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := authorNames([]authorCand{tt.in}); !slices.Equal(got, tt.want) {
				t.Errorf("authorNames(%+v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestAuthorNames_OrgDropped checks that an organisation named beside a
// person is dropped, and kept when it is all there is.
func TestAuthorNames_OrgDropped(t *testing.T) {
	got, person := authorNames([]authorCand{{name: "Michael Rädel"}, {name: "Redaktion"}, {name: "Lakeside Gazette", org: true}})
	if !person || !slices.Equal(got, []string{"Michael Rädel"}) {
		t.Errorf("got %q (person %v), want [Michael Rädel] (person true)", got, person)
	}
	got, person = authorNames([]authorCand{{name: "Hanna Berg"}, {name: "det/dpa"}})
	if !person || !slices.Equal(got, []string{"Hanna Berg"}) {
		t.Errorf("got %q (person %v), want [Hanna Berg] (person true)", got, person)
	}
	got, person = authorNames([]authorCand{{name: "Praxisteam"}, {name: "Dr. med. Jan Vogel"}})
	if !person || !slices.Equal(got, []string{"Jan Vogel"}) {
		t.Errorf("got %q (person %v), want [Jan Vogel] (person true)", got, person)
	}
	got, person = authorNames([]authorCand{{name: "Hearthstone Comms"}, {name: "Stabsstelle Hochschulkommunikation"}, {name: "Hannah Okafor"}})
	if !person || !slices.Equal(got, []string{"Hannah Okafor"}) {
		t.Errorf("got %q (person %v), want [Hannah Okafor] (person true)", got, person)
	}
	got, person = authorNames([]authorCand{{name: "Chao Phraya Post Public Company Limited"}, {name: "Bernama"}, {name: "Kanokporn Thitiwat"}})
	if !person || !slices.Equal(got, []string{"Kanokporn Thitiwat"}) {
		t.Errorf("got %q (person %v), want [Kanokporn Thitiwat] (person true)", got, person)
	}
	got, person = authorNames([]authorCand{{name: "Agenzia ANSA"}, {name: "oe24.at"}})
	if person || !slices.Equal(got, []string{"Agenzia ANSA", "oe24.at"}) {
		t.Errorf("got %q (person %v), want [Agenzia ANSA oe24.at] (person false)", got, person)
	}
}

// TestAuthorNames_TitleCaps checks that names written all in capitals
// come out in title case, and organisations and mixed case as written.
func TestAuthorNames_TitleCaps(t *testing.T) {
	tests := []struct {
		name string
		in   authorCand
		want []string
	}{
		{name: "two names", in: authorCand{name: "By AMANDA SEITZ and JEAN-LUC O'NEILL"}, want: []string{"Amanda Seitz", "Jean-Luc O'Neill"}},
		{name: "initial", in: authorCand{name: "GARY B. GRAVES, AP Sports Writer"}, want: []string{"Gary B. Graves"}},
		{name: "mixed case", in: authorCand{name: "Bernau LIVE"}, want: []string{"Bernau LIVE"}},
		{name: "organisation", in: authorCand{name: "LA NACION", org: true}, want: []string{"LA NACION"}},
		{name: "acronym", in: authorCand{name: "AFP"}, want: []string{"AFP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := authorNames([]authorCand{tt.in}); !slices.Equal(got, tt.want) {
				t.Errorf("authorNames(%q) = %q, want %q", tt.in.name, got, tt.want)
			}
		})
	}
}

// TestAuthors_SiteNameIsPublisher checks that an author value that is the
// site's own name (og:site_name) yields to a person named later.
func TestAuthors_SiteNameIsPublisher(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><meta property="og:site_name" content="El Diario">
<meta name="author" content="El Diario"></head><body><article><h1>Título</h1>
<p class="firma-autor">Por Ana Ruiz</p><p>Texto del artículo.</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	m := collectMeta(doc)
	if got := authors(m, findBody(doc), nil); !slices.Equal(got, []string{"Ana Ruiz"}) {
		t.Errorf("authors = %q, want [Ana Ruiz]", got)
	}
}

// TestBylineAuthors_LabelApart checks that a byline whose label is an
// element of its own ("Ein Gastbeitrag von" | "Helmut Sander") gives the
// name, not the label.
func TestBylineAuthors_LabelApart(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Bauen statt bremsen</h1>
		<div class="cc-byline"><span class="cc-author-label">Ein Gastbeitrag von</span> <span class="cc-author"><a href="/autoren/helmut-sander">Helmut Sander</a></span></div>
		<p>Die Mietpreisbremse hat ihr Ziel verfehlt, und eine Verschärfung würde den Wohnungsbau weiter bremsen.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Helmut Sander"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineAuthors_ProfileBox checks that a recipe's author box gives the
// login after its label, not the member-since line under it.
func TestBylineAuthors_ProfileBox(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Omas Rhabarberkuchen mit Streuseln</h1>
		<p>Den Rhabarber waschen, putzen und in etwa 2 cm lange Stücke schneiden, dann den Teig rühren.</p>
		<div class="recipe-author ds-box"><span class="recipe-author__label">Rezept von</span> <a href="/user/profil/7719024/maren_kocht.html">maren_kocht</a>
		<div class="recipe-author__meta">Mitglied seit 14.03.2009 · 57 Rezepte</div></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); slices.ContainsFunc(got, func(n string) bool {
		return strings.Contains(strings.ToLower(n), "mitglied") || strings.Contains(strings.ToLower(n), "rezept")
	}) {
		t.Errorf("got %q", got)
	}
}

// TestAuthors_SiteNameAfterName checks that the site's name written after
// a reporter's name without a comma leaves it (and before it, its
// top-level domain left out), and that a place and a dash before the
// site's name are no person's.
func TestAuthors_SiteNameAfterName(t *testing.T) {
	for _, tt := range []struct{ site, ld, want string }{
		{"Lincoln Journal Star", "Harlan Vogelsang Lincoln Journal Star", "Harlan Vogelsang"},
		{"Ouest-France.fr", "Ouest-France Gaëlle LE BIHAN", "Gaëlle LE BIHAN"},
		{"Ouest-France.fr", "Ouest-France Redaktion", "Ouest-France Redaktion"},
		{"البيان", "أبوظبي - البيان", ""},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><head><meta property="og:site_name" content="` + tt.site + `">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"` + tt.ld + `"}]}</script></head><body><p>x</p></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		got := authors(collectMeta(doc), nil, nil)
		if tt.want != "" && !slices.Equal(got, []string{tt.want}) || tt.want == "" && slices.Contains(got, "أبوظبي -") {
			t.Errorf("%s: authors = %q, want %q", tt.ld, got, tt.want)
		}
	}
}

// TestInvertedName_Cases checks which author tags write one name surname
// first, and the names read from them.
func TestInvertedName_Cases(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ELLERY, MARGARET H.", []string{"Margaret H. Ellery"}},
		{"Whitcombe, Eleanor J.", []string{"Eleanor J. Whitcombe"}},
		{"Ann Lee, Tom Roe", []string{"Ann Lee", "Tom Roe"}},
		{"AP, AFP", []string{"AP"}}, // agencies, not "AFP AP"
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(`<html><head><meta name="author" content="` + tt.in + `"></head><body><p>x</p></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got := authors(collectMeta(doc), nil, nil); !slices.Equal(got, tt.want) {
			t.Errorf("%q: authors = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGivenFirst checks the reading of scholarly tags' "Surname, Given".
func TestGivenFirst(t *testing.T) {
	for in, want := range map[string]string{"Ortega Salinas, Marta": "Marta Ortega Salinas", "Doe, John": "John Doe",
		"Ann Lee": "Ann Lee", "Smith, J., Lee, A.": "Smith, J., Lee, A.", "Verlag, Nürnberg": "Verlag, Nürnberg"} {
		if got := givenFirst(in); got != want {
			t.Errorf("givenFirst(%q) = %q, want %q", in, got, want)
		}
	}
	doc, err := html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"H",
"creator":[{"@type":"Person","name":"Ortega Salinas, Marta","givenName":"Marta","familyName":"Ortega Salinas"}]}</script></head><body><p>x</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := authors(collectMeta(doc), nil, nil); !slices.Equal(got, []string{"Marta Ortega Salinas"}) {
		t.Errorf("JSON-LD creator: authors = %q, want [Marta Ortega Salinas]", got)
	}
}

// TestAuthors_SiteDesk checks that a byline naming a desk of the site
// after the author ("Westfunk Wissen" on Westfunk) gives the author alone.
func TestAuthors_SiteDesk(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><meta property="og:site_name" content="Westfunk"></head>
<body><article><h1>Warum der Himmel blau ist</h1><p class="autor">Autorin: Sabine Korte, Westfunk Wissen</p>
<p>Text des Artikels.</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	m := collectMeta(doc)
	if got := authors(m, findBody(doc), nil); !slices.Equal(got, []string{"Sabine Korte"}) {
		t.Errorf("authors = %q, want [Sabine Korte]", got)
	}
}

// TestAuthors_MetaListsMore checks that a meta tag listing the JSON-LD
// author and a second one gives both.
func TestAuthors_MetaListsMore(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><meta name="author" content="April Roach, Daniel O'Mahony">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"April Roach"}}</script>
</head><body><article><h1>H</h1><p>Text.</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	m := collectMeta(doc)
	if got := authors(m, findBody(doc), nil); !slices.Equal(got, []string{"April Roach", "Daniel O'Mahony"}) {
		t.Errorf("authors = %q, want [April Roach Daniel O'Mahony]", got)
	}
}

// TestBylineAuthors_ContainerHoldsHeadline checks that a byline inside an
// element whose class marks comments is read when that element holds the
// headline: it is the article, not its comments.
func TestBylineAuthors_ContainerHoldsHeadline(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><div class="story story--with-comments">
<h1>Harbour wall repaired</h1><p class="byline">By Ann Lee</p><p>Text of the story.</p></div>
<div class="comments"><p class="byline">By Tom Hale</p><p>A comment.</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	h1 := selectAll(doc, cascadia.MustCompile("h1"))
	if len(h1) != 1 {
		t.Fatalf("%d h1s", len(h1))
	}
	body := findBody(doc)
	if got, _ := authorNames(bylineAuthors(body, h1[0])); !slices.Equal(got, []string{"Ann Lee"}) {
		t.Errorf("with the headline: %q, want [Ann Lee]", got)
	}
	if got, _ := authorNames(bylineAuthors(body, nil)); len(got) != 0 {
		t.Errorf("without it: %q, want none (both bylines are in comment areas)", got)
	}
}

// TestBylineAuthors_Languages checks that byline classes named in other
// languages are read: Turkish "yazar", Hungarian "szerzo", Slovene
// "avtor", Danish "forfatter", German "verfasser".
func TestBylineAuthors_Languages(t *testing.T) {
	for _, class := range []string{"haber-yazar", "cikk-szerzo", "clanek-avtor", "artikel-forfatter", "verfasser", "story-writer"} {
		t.Run(class, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><article><h1>T</h1><div class="` + class +
				`">Ayşe Demir</div><p>Text.</p></article></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Ayşe Demir"}) {
				t.Errorf("got %q, want [Ayşe Demir]", got)
			}
		})
	}
}

// TestBylineAuthors_Labelled checks bylines that only a label marks: a
// definition list's author term, with other facts beside it, and a
// closing credit line in Spanish or Polish.
func TestBylineAuthors_Labelled(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{name: "definition list", body: `<dl class="credits"><dt>Photos</dt><dd>Lena Hartwell</dd><dt>Words</dt><dd>Priya Natarajan</dd><dt>Design</dt><dd>Sam Ojo</dd></dl>`,
			want: "Priya Natarajan"},
		{name: "author with role", body: `<dl><dt>Author</dt><dd>Claire Pemberton, Endoscopy Nurse Specialist</dd><dt>Reviewed</dt><dd>March 2024</dd></dl>`,
			want: "Claire Pemberton"},
		{name: "spanish closing line", body: `<p>Texto del artículo.</p><p style="text-align: right;"><em>Texto: Maribel Ortega, vocal de Cultura</em></p>`,
			want: "Maribel Ortega"},
		{name: "spanish comments after the byline", body: `<p class="firma-nota"><i>Por Lucía Ferreira Olivera</i></p><p>Texto.</p><div class="comentarios"><div class="comentario"><span class="comentario-autor">Gonzalo R.</span><p>Qué buena noticia.</p></div></div>`,
			want: "Lucía Ferreira Olivera"},
		{name: "itemprop author with a caption's class", body: `<div class="article-template__meta"><span class="caption-with-letter-spacing" itemprop="author">Juniper Alvarez</span></div><p>Text.</p>`,
			want: "Juniper Alvarez"},
		{name: "a desk's byline, then the reporter's line", body: `<div class="post-author">Beacon Web Desk</div><p><strong>By Dayo Johnson, Akure</strong></p><p>Text of the report, long enough to be one.</p><div class="author-box">Más del autor</div>`,
			want: "Dayo Johnson"},
		{name: "polish closing line", body: `<p>Tekst artykułu.</p><p><em>Tekst i zdjęcia: Katarzyna Zawadzka</em></p>`,
			want: "Katarzyna Zawadzka"},
		{name: "an image's licence box before the byline", body: `<div class="content-img"><img src="a.jpg"><div class="license-info"><span class="author-name"><a href="https://commons.wikimedia.org/wiki/File:A.jpg">Nenad Stojkovic</a></span></div></div><p class="byline">By Ann Lee</p><p>Text.</p>`,
			want: "Ann Lee"},
		{name: "a desk's byline, then a paragraph marked as one", body: `<div class="td-post-author-name">Por <a href="/author/redaccion/">Redacción</a></div><p>Text of the story, long enough to be one.</p><p class="byline-republicado"><strong>Por Adriana Solís, CalInforma</strong></p><p>More text.</p>`,
			want: "Adriana Solís"},
		{name: "a paragraph marked as the byline, an editor's credit after the names", body: `<div class="post-author">Redacción</div><p class="byline">Ana Quispe Mamani y Luis Huamán Torres Edición: Rocío Salas Pinedo</p><p>Text.</p>`,
			want: "Ana Quispe Mamani, Luis Huamán Torres"},
		{name: "an author card's name with a size in its class, a role below", body: `<div class="blog-author-small"><div><div class="author-name-small">Lena Hoffmann</div><div class="author-role-small">People &amp; Culture Lead bei Klarwerk</div></div></div><p>Text.</p>`,
			want: "Lena Hoffmann"},
		{name: "french interview's closing credit", body: `<p>Text of the interview, long enough to be one.</p><p class="signature">Propos recueillis par Karine Sabatier</p>`,
			want: "Karine Sabatier"},
		{name: "a role for byline, then a teaser's", body: `<div class="ArticlePage-authorName"><span>Opinion Contributor</span></div><p>Text.</p><ul class="List"><li><div class="PagePromo-title">Letters</div><div class="PagePromo-byline">Harold Voss, Tallis</div></li></ul>`,
			want: ""},
		{name: "a translator after the author", body: `<p class="author-line">Von Mark Newton Übersetzung Sarah Jung</p><p>Text.</p>`,
			want: "Mark Newton"},
		{name: "a book review's byline", body: `<p class="byline">Reviewed by <b>Colin Marsh</b> &nbsp;|&nbsp; Posted 11 March 2008</p><p>Text.</p>`,
			want: "Colin Marsh"},
		{name: "a name in bold, then a press office", body: `<div class="author"><p><strong>Kristin Nowak</strong> <span class="author_position">Presse- und Kommunikationsstelle</span><br><a href="/de/institution37">Universität Rostock</a></p></div><p>Text.</p>`,
			want: "Kristin Nowak"},
		{name: "a name in bold, then a biography", body: `<p>Text.</p><div class="autorinfo"><p><strong>Jana Köhler</strong> studierte Germanistik und Skandinavistik in Kiel.</p></div>`,
			want: "Jana Köhler"},
		{name: "two names in bold", body: `<p class="byline"><strong>Ann Lee</strong> und <strong>Tom Hale</strong></p><p>Text.</p>`,
			want: "Ann Lee, Tom Hale"},
		{name: "a byline with the address in brackets", body: `<p class="byline">Clara Hedström (<a href="mailto:news@thelocal.se">news@thelocal.se</a>)</p><p>Text.</p>`,
			want: "Clara Hedström"},
		{name: "a byline's lines: the name, a staff line, the date", body: `<span class="byline">By <b>John M. Hartwell</b><br>News Sentinel staff writer<br>April 22, 2007</span><p>Text.</p>`,
			want: "John M. Hartwell"},
		{name: "a byline's label on a line of its own", body: `<div class="byline">Von<br><a href="/autor/ann-lee">Ann Lee</a></div><p>Text.</p>`,
			want: "Ann Lee"},
		{name: "a name and a staff role after a bar, in bold", body: `<p><strong>Musa Abdullahi | Staff Writer</strong></p><p>Text of the report, long enough to be one.</p>`,
			want: "Musa Abdullahi"},
		{name: "a place and a region are no name and role", body: `<p><strong>Kano State | Northern Region</strong></p><p>Text of the report, long enough to be one.</p>`,
			want: ""},
		{name: "Garland's submitted line: date, time, a dash, the author", body: `<div class="node"><span class="submitted">Mi, 14.10.2009 - 11:23 — <a href="/user/12" title="Benutzerprofil anzeigen.">Anna Kowalski</a></span><div class="content"><p>Text.</p></div></div><div id="comments"><div class="comment"><div class="submitted">Mi, 14.10.2009 - 14:42 — <a href="/user/57">G. Weidenfeld</a></div></div></div>`,
			want: "Anna Kowalski"},
		{name: "Kubrick's German line under a post", body: `<div class="entry"><p>Text of the post, long enough to be one.</p><p class="postmetadata alt"><small>Dieser Eintrag wurde von Jens Möller am Mittwoch, 12. März 2008 um 21:05 Uhr veröffentlicht und unter der Kategorie <a href="/category/reisen/">Reiseberichte</a> abgelegt.</small></p></div>`,
			want: "Jens Möller"},
		{name: "a written date, then the byline on the next line", body: `<p><font size="2"><i>October 12, 2006</i><br>by Carol Aldington</font></p><p>Text of the story, long enough to be one.</p>`,
			want: "Carol Aldington"},
		{name: "a byline in a <font>, a tilde before the date", body: `<font face="Comic Sans MS" size="2"><i>by Linda Pruett &nbsp;~&nbsp; Posted August 27, 2001</i></font><p>Text of the diary, long enough to be one.</p>`,
			want: "Linda Pruett"},
		{name: "a byline line in a <font>", body: `<font class="pn-sub">Written by Keith Patterson on Saturday, 16 October 2004</font><br><p>Text of the report, long enough to be one.</p>`,
			want: "Keith Patterson"},
		{name: "a report's credit after 'by admin'", body: `<div class="post-meta">by <a href="/author/admin/">admin</a></div><div class="entry"><p><em>Ein Bericht von Thomas Reuter</em></p><p>Text of the report, long enough to be one.</p></div>`,
			want: "Thomas Reuter"},
		{name: "words and pictures credited with an ampersand", body: `<p>Text of the report, long enough to be one.</p><p><em>Text &amp; Foto: Klaus Dietrich</em></p>`,
			want: "Klaus Dietrich"},
		{name: "Blogger's German footer", body: `<p>Text.</p><div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">Susanne Kerber</span></span></div>`,
			want: "Susanne Kerber"},
		{name: "drupal's submitted line", body: `<div class="node__submitted">Submitted by <span class="field--name-uid">Ellie Brannigan</span> on <span class="field--name-created">Mon, 04/02/2019 - 10:15</span></div><p>Text.</p>`,
			want: "Ellie Brannigan"},
		{name: "drupal's submitted line with a user name", body: `<div class="node__submitted">Submitted by <span class="field--name-uid">hcartwright</span> on <span class="field--name-created">Tue, 03/15/2011 - 16:42</span></div><p>Text.</p>`,
			want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><article><h1>T</h1>` + tt.body + `</article></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := authorNames(bylineAuthors(findBody(doc), nil))
			if strings.Join(got, ", ") != tt.want {
				t.Errorf("got %q, want [%s]", got, tt.want)
			}
		})
	}
}

// TestBylineAuthors_KoreanList checks a byline that holds a list of
// Korean reporters, each "name 기자" with the desk's place before "=".
func TestBylineAuthors_KoreanList(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><article><h1>T</h1><div class="news_title_author"><ul>
<li class="author"><a href="/w?jh">부산=박지훈 기자</a></li><li class="author"><a href="/w?hn">김하늘 기자</a></li></ul></div>
<p>Text.</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"박지훈", "김하늘"}) {
		t.Errorf("got %q, want [박지훈 김하늘]", got)
	}
}

// TestBylineAuthors_EachMarked checks bylines that mark each author
// with its name parts: two authors' columns in a post's header
// (itemprop=author, an avatar each), and two spans joined by "and".
func TestBylineAuthors_EachMarked(t *testing.T) {
	for name, body := range map[string]string{
		"columns": `<div class="row"><div class="col"><div class="avatar"><img src="a.png" alt="Ann Lee"><div class="avatar__intro" itemprop="author"><div class="avatar__name"><span itemprop="name">Ann Lee</span></div><small>Lead maintainer</small></div></div></div>
<div class="col"><div class="avatar"><img src="t.png" alt="Tom Hale"><div class="avatar__intro" itemprop="author"><div class="avatar__name"><span itemprop="name">Tom Hale</span></div><small>Core team</small></div></div></div></div>`,
		"spans": `<div class="entry-meta">By <span class="posted-by author" itemprop="author"><a href="/author/alee/"><span class="author-name" itemprop="name">Ann Lee</span></a></span> and <span class="posted-by author" itemprop="author"><a href="/author/thale/"><span class="author-name" itemprop="name">Tom Hale</span></a></span> / <span class="posted-on">Posted on March 8, 2024</span></div>`,
	} {
		head := ""
		if name == "spans" {
			// The meta tag names one of the two, joined by "and".
			head = `<meta name="author" content="Ann Lee">`
		}
		doc, err := html.Parse(strings.NewReader(`<html><head>` + head + `</head><body><article><h1>T</h1>` + body +
			`<p>Text of the post.</p><div class="author-box" itemprop="author"><span itemprop="name">Ann Lee</span> writes about charts.</div></article></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got := authors(collectMeta(doc), findBody(doc), nil); !slices.Equal(got, []string{"Ann Lee", "Tom Hale"}) {
			t.Errorf("%s: authors = %q, want [Ann Lee Tom Hale]", name, got)
		}
	}
}

// TestAuthors_BylineListsMore checks that a meta tag naming one author
// gives way to a byline that names where each reporter was ("Ann Lee in
// Lisbon, Tom Hale in Madrid") or gives each a block and a link to their
// page of their own.
func TestAuthors_BylineListsMore(t *testing.T) {
	for name, byline := range map[string]string{
		"places": `<p class="byline"><span itemprop="author"><a rel="author" href="/profile/ann-lee"><span itemprop="name">Ann Lee</span></a></span> in Lisbon, <span itemprop="author"><a rel="author" href="/profile/tom-hale"><span itemprop="name">Tom Hale</span></a></span> in Madrid and agencies</p>`,
		"blocks": `<div class="byline-container"><div class="byline"><div class="byline__name"><a href="/people/ann-lee" rel="author">Ann Lee</a></div></div>
<div class="byline"><div class="byline__name"><a href="https://partner.example/people/tom-hale" rel="author">Tom Hale</a></div><div class="byline__title">Valley Public Radio</div></div></div>`,
	} {
		doc, err := html.Parse(strings.NewReader(`<html><head><meta name="author" content="Ann Lee"></head><body><article><h1>T</h1>` + byline +
			`<p>Text of the story.</p></article></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got := authors(collectMeta(doc), findBody(doc), nil); !slices.Equal(got, []string{"Ann Lee", "Tom Hale"}) {
			t.Errorf("%s: authors = %q, want [Ann Lee Tom Hale]", name, got)
		}
	}
}

// TestAuthors_KoreanListOverMetadata checks that JSON-LD naming one of
// a Korean byline's two reporters gives way to the byline's list.
func TestAuthors_KoreanListOverMetadata(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"T","author":[{"@type":"Person","name":"김상훈"}]}</script></head>
<body><article><h1>T</h1><div class="byline"><a href="/reporter/1123" class="reporter">김상훈 기자</a> <a href="/reporter/1457" class="reporter">박지민 기자</a></div>
<p>본문.</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := authors(collectMeta(doc), findBody(doc), nil); !slices.Equal(got, []string{"김상훈", "박지민"}) {
		t.Errorf("authors = %q, want [김상훈 박지민]", got)
	}
}

// TestAuthors_LoginGivesWay checks that metadata naming a login ("flanz")
// give way to the byline's full name, and a byline of one word does not
// replace it.
func TestAuthors_LoginGivesWay(t *testing.T) {
	for byline, want := range map[string]string{
		`von <a href="/author/flanz">Friederike Lanz</a>`: "Friederike Lanz",
		`<a href="/en/">EN</a>`:                           "flanz",
		// Links to the authors' pages, not marked as a byline.
		`</span><div class="a_md_a"><a href="/autor/friederike-lanz/" rel="author">Friederike Lanz</a> und <a href="/autor/bo-berg/" rel="author">Bo Berg</a></div><span>`: "Friederike Lanz Bo Berg",
	} {
		doc, err := html.Parse(strings.NewReader(`<html><head><meta name="DC.creator" content="flanz"></head>
<body><article><h1>Neues Messgerät im Labor</h1><span class="documentAuthor">` + byline + `</span>
<p>Text des Artikels.</p></article></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got := authors(collectMeta(doc), findBody(doc), nil); strings.Join(got, " ") != want {
			t.Errorf("byline %s: authors = %q, want [%s]", byline, got, want)
		}
	}
}

// TestAuthors_UserIDGivesWay checks that a CMS's user ID in the metadata
// ("F_7001") gives way to a Chinese byline's reporters, and that a
// closing "Bericht:" line names the writer.
func TestAuthors_UserIDGivesWay(t *testing.T) {
	for page, want := range map[string]string{
		`<head><meta name="author" content="F_7001"></head><body><h1>一片竹林的“新账本”</h1><p class="author">本报记者　方晓萌　沈一鸣</p>
<p>安吉县的竹林碳汇交易试点已经满两年，村民们从竹林里算出了一本新账。</p></body>`: "方晓萌|沈一鸣",
		`<body><h1>E-Jugend holt den Kreispokal</h1><p>Unsere E1 hat am Samstag das Finale gegen den SC Kappel mit 3:1 gewonnen.</p>
<p>Bericht: Thomas Gerhard (Trainer E1)</p></body>`: "Thomas Gerhard",
	} {
		doc, err := html.Parse(strings.NewReader(`<html>` + page + `</html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got := authors(collectMeta(doc), findBody(doc), nil); strings.Join(got, "|") != want {
			t.Errorf("authors = %q, want [%s]", got, want)
		}
	}
}

// TestAuthors_AgencyOverSiteName checks that where only organisations
// are credited, an agency in the byline is the credit, not the site's own
// name in the metadata.
func TestAuthors_AgencyOverSiteName(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><meta name="author" content="Levante-EMV"><meta property="og:site_name" content="Levante-EMV"></head>
<body><h1>Un incendio en Llombai obliga a desalojar dos urbanizaciones</h1><div class="autor">EFE | Valencia</div>
<p>Un incendio forestal declarado este miércoles en Llombai ha obligado a desalojar dos urbanizaciones.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := authors(collectMeta(doc), findBody(doc), nil); !slices.Equal(got, []string{"EFE"}) {
		t.Errorf("authors = %q, want [EFE]", got)
	}
}

// TestBylineAuthors_BlogFooters checks that a blog's footer line names
// the writer before its category, time and tags.
func TestBylineAuthors_BlogFooters(t *testing.T) {
	for _, p := range []string{
		`<div class='serendipity_entryFooter'>
			Geschrieben von <a href="/authors/1-Martin-Kessler">Martin Kessler</a>
			in <a href="/categories/1-Debian">Debian</a>, <a href="/c/2">Hardware</a> um <a href="/a.html">21:47</a> | <a href="/a.html#comments">Kommentare (4)</a>
			<br />Defined tags for this entry: <a href="/tag/debian">debian</a>, <a href="/tag/eeepc">eeepc</a>, <a href="/tag/lenny">lenny</a>, <a href="/tag/netbook">netbook</a></div>`,
		`<p class="entry-footer-info"><span class="post-footers">Posted by Martin Kessler at 08:15 AM in <a href="/f/">Facilitation</a>, <a href="/s/">Strategy</a> </span></p>`,
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body><h1>Debian Lenny auf dem Eee PC</h1><p>Text des Artikels, lang genug, um als Text zu gelten.</p>` + p + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Martin Kessler"}) {
			t.Errorf("%s: got %q", p, got)
		}
	}
}

// TestBylineAuthors_PageForm checks that a byline inside a form around
// the whole page (ASP.NET's) is read, and one inside a small form is not.
func TestBylineAuthors_PageForm(t *testing.T) {
	text := strings.Repeat("<p>Forskare vid universitetet har utvecklat en sensor som räknar bin i kupan.</p>", 25)
	for _, tt := range []struct{ page, want string }{
		{`<form id="aspnetForm"><div class="article"><h1>Bin som räknar sig själva</h1>` + text + `<div class="vu-article__byline">Text: Ingrid Sandberg</div></div></form>`, "Ingrid Sandberg"},
		{`<h1>Bin som räknar sig själva</h1>` + text + `<form class="contact"><div class="byline">Von Anna Berg</div><input type="text"></form>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + tt.page + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := authorNames(bylineAuthors(findBody(doc), nil))
		if want := []string{tt.want}; tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// TestBylineAuthors_AuthorPart checks that a byline box's part classed
// as its author ("story-author") gives the name, without the place and
// the date beside it.
func TestBylineAuthors_AuthorPart(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>लखनऊ मेट्रो के दूसरे कॉरिडोर को हरी झंडी</h1>
		<div class="story-byline"><div class="story-author"><a href="/author/rohit-kumar-singh">रोहित कुमार सिंह</a></div>
		<div class="story-place">लखनऊ,</div><div class="story-date">10 अप्रैल 2024,</div></div>
		<p>केंद्रीय कैबिनेट ने लखनऊ मेट्रो के ईस्ट-वेस्ट कॉरिडोर को मंजूरी दे दी है.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"रोहित कुमार सिंह"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineAuthors_FieldItems checks that an authors field (Drupal's
// label and items) gives each item's name, not the label with them.
func TestBylineAuthors_FieldItems(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Frost damage on fruit trees</h1>
		<div class="field field--name-field-authors field--label-inline"><div class="field__label">Authors</div><div class="field__items">
		<div class="field__item"><a href="/people/marisol-dunleavy">Marisol Dunleavy</a></div><div class="field__item"><a href="/people/robert-tanaka">Robert Tanaka</a></div></div></div>
		<p>A cold spring night can kill the blossoms of apple, pear and cherry trees, and with them the year's crop.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Marisol Dunleavy", "Robert Tanaka"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineAuthors_LabelledRow checks that a table row of a label and
// the names ("By:" | "Dennis Kowalczyk, Herald Staff Writer") credits the
// author, and that a row of column headers ("Autor" | "Nachricht") does
// not.
func TestBylineAuthors_LabelledRow(t *testing.T) {
	for _, tt := range []struct{ rows, want string }{
		{`<tr><td><b>Date:</b></td><td>11/17/2009</td></tr><tr><td><b>By:</b></td><td>Dennis Kowalczyk, Herald Staff Writer</td></tr>`, "Dennis Kowalczyk"},
		{`<tr><th>Autor:</th><td>Anna Berg</td></tr>`, "Anna Berg"},
		{`<tr><th>Autor</th><td>Anna Berg</td></tr>`, "Anna Berg"},
		{`<tr><th>Autor</th><th>Nachricht</th></tr><tr><td>Kurt Hansen</td><td>Text</td></tr>`, ""},
		{`<tr><td>Von</td><td>Anna Berg</td></tr>`, ""},
		{`<tr><td>By:</td><td>Anna Berg</td><td>Print</td></tr>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body><h1>Village board OKs firehouse expansion</h1><table class="storyinfo">` + tt.rows +
			`</table><p>The Village of Millbrook Board of Trustees voted 4-1 Monday night to move ahead with the expansion.</p></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := authorNames(bylineAuthors(findBody(doc), nil))
		if want := []string{tt.want}; tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Equal(got, want) {
			t.Errorf("%s: got %q, want %q", tt.rows, got, tt.want)
		}
	}
}

// TestPlainByline_Cases checks the reading of unmarked byline lines.
func TestPlainByline_Cases(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{name: "by", html: `<p>By Ann Lee</p>`, want: "Ann Lee"},
		{name: "text and photos", html: `<p>Text und Fotos: Renate Wolf</p>`, want: "Renate Wolf"},
		{name: "report and pictures", html: `<p><em>Bericht und Bilder: Tobias Kern</em></p>`, want: "Tobias Kern"},
		{name: "story and photos by", html: `<p>Story and photos by Ann Lee</p>`, want: "Ann Lee"},
		{name: "long press release byline", html: `<p><em>Pressemitteilung von Kreisvorstandssprecherin Miriam Oltmanns und Kreistagsfraktionsvorsitzendem Jonas Wetterich</em></p>`,
			want: "Kreisvorstandssprecherin Miriam Oltmanns und Kreistagsfraktionsvorsitzendem Jonas Wetterich"},
		{name: "von with date", html: `<p><strong>Von Anna Schmidt</strong>, 12.03.2024</p>`, want: "Anna Schmidt"},
		{name: "date phrase then name", html: `<div>Veröffentlicht am 6. März 2015 von Erika Muster</div>`, want: "Erika Muster"},
		{name: "date phrase alone", html: `<div>Veröffentlicht am 6. März 2015</div>`, want: ""},
		{name: "sentence", html: `<p>Von Montag an gilt ein neuer Plan.</p>`, want: ""},
		{name: "long paragraph", html: `<p>By the time the council met on Tuesday, most of the residents had already left the hall and gone home.</p>`, want: ""},
		{name: "numeric date then von", html: `<p class="meta">22.04.2024 18:10 von Jana Peters</p>`, want: "Jana Peters"},
		{name: "numeric date, Uhr, bar then by", html: `<div>06/03/2015, 10:32 Uhr | By Ann Lee</div>`, want: "Ann Lee"},
		{name: "date box, labelled author line", html: `<div class="news-single-rightbox">12.04.12 10:15 Alter: 6 Jahre<br>Kategorie: <a href="/c">Bau und Verkehr</a><br>Von: Sabine Oltmanns</div>`,
			want: "Sabine Oltmanns"},
		{name: "date box, a later line's von and a linked name", html: `<div class="news-single-rightbox">24.02.10 09:47<br><span>Kategorie: EDV &amp; Beruf</span><br>von <a href="mailto:g.brandt@example.de">Gisela Brandt</a></div>`,
			want: "Gisela Brandt"},
		{name: "a date with the month's name, then von", html: `<small>12. März 2009 von Henrik Wollin</small>`, want: "Henrik Wollin"},
		{name: "date box, no label", html: `<div>12.04.12 10:15<br>Kategorie: Bau<br>Sabine Oltmanns</div>`, want: ""},
		{name: "date paragraph, a later line's von", html: `<p>12.04.2012<br>Von Montag an gilt ein neuer Plan.</p>`, want: ""},
		{name: "numbers then von in a sentence", html: `<p>10 Fragen von Anna Schmidt</p>`, want: ""},
		{name: "score then von", html: `<p>2 von 3 Bildern</p>`, want: ""},
		{name: "von, agency", html: `<p>Von Max Mustermann, dpa</p>`, want: "Max Mustermann, dpa"},
		{name: "written by", html: `<p>Written by Ann Lee</p>`, want: "Ann Lee"},
		{name: "a comment by", html: `<p>Ein Kommentar von Anna Schmidt</p>`, want: "Anna Schmidt"},
		{name: "a long paragraph that opens as a byline does", html: `<p>By the time the council met on Monday evening, more than three hundred residents had signed the petition against the closure of the swimming pool, and the chairman had to move the meeting to the school hall because the chamber could not hold everyone who came to listen.</p>`, want: ""},
		{name: "a guide by", html: `<p><font size="2">Ein Ratgeber von Gerd Pahlke</font></p>`, want: "Gerd Pahlke"},
		{name: "a live ticker by", html: `<span>Live-Ticker von Sven Hülsmann · 14.10.2006, 14:45 Uhr</span>`, want: "Sven Hülsmann"},
		{name: "a genre and 'von' in one element, the name in the next", html: `<div class="Au"><span class="Ap">Ein Gastbeitrag von</span> <span class="An">Miriam Escher</span></div>`, want: "Miriam Escher"},
		{name: "'author' in Slovenian before a date", html: `<span class="podatki">Avtor: Janez Hrovatič &nbsp;|&nbsp; 12.3.2009 &nbsp;|&nbsp; 09:45</span>`, want: "Janez Hrovatič"},
		{name: "a written date, then the byline", html: `<small>May 3rd, 2008 by Dave Kessler</small>`, want: "Dave Kessler"},
		{name: "a name, then a news service on the next line", html: `<p><b>Jaswinder Kaur Brar<br>Tribune News Service</b></p>`, want: "Jaswinder Kaur Brar"},
		{name: "a name, then a staff role on the next line", html: `<p>Ann Lee<br>Staff Reporter</p>`, want: "Ann Lee"},
		{name: "a name in bold, then a staff role in bold on the next line", html: `<p><strong>Munyaradzi Chikowore</strong><br /><strong>Senior Reporter</strong></p>`, want: "Munyaradzi Chikowore"},
		{name: "a name, then a sentence on the next line", html: `<p>Ann Lee<br>She will speak at the meeting on Monday.</p>`, want: ""},
		{name: "analysis by", html: `<p>Analysis by Ann Lee, Political Editor</p>`, want: "Ann Lee, Political Editor"},
		{name: "photos by", html: `<p>Photos by Ann Lee</p>`, want: ""},
		{name: "a kind of piece in two words", html: `<p><i>Diary entry by Geoff Pickering - Sunday 14th September 2003</i></p>`, want: "Geoff Pickering"},
		{name: "a photo essay by", html: `<p>A photo essay by Ann Lee</p>`, want: "Ann Lee"},
		{name: "lecture notes by", html: `<p><i>Notes by Daniel Okafor</i></p>`, want: "Daniel Okafor"},
		{name: "a sentence opening with two words and by", html: `<p>Diary entries by the dozen were lost in the fire.</p>`, want: ""},
		{name: "a sentence about a comment", html: `<p>Ein Kommentar von gestern hat viele Leser verärgert.</p>`, want: ""},
		{name: "agency in brackets", html: `<p>Von Anna Schmidt (dpa)</p>`, want: "Anna Schmidt (dpa)"},
		{name: "marked name, agency after", html: `<p>By <strong>ANN LEE</strong> Associated Press</p>`, want: "ANN LEE"},
		{name: "linked names", html: `<p>By <a href="/a">Ann Lee</a> and <a href="/t">Tom Hale</a></p>`, want: "Ann Lee and Tom Hale"},
		{name: "italian di", html: `<p>di Marco Rossi</p>`, want: "Marco Rossi"},
		{name: "italian sentence", html: `<p>Di questo si parla da anni.</p>`, want: ""},
		{name: "geschrieben von", html: `<p>Geschrieben von Anna Schmidt</p>`, want: "Anna Schmidt"},
		{name: "by, role", html: `<p>By Ann Lee, Staff Writer</p>`, want: "Ann Lee, Staff Writer"},
		{name: "sentence with a comma", html: `<p>Von Montag an, so die Stadt, gilt ein neuer Plan.</p>`, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body>` + tt.html + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := plainByline(findBody(doc).FirstChild); got != tt.want {
				t.Errorf("plainByline(%s) = %q, want %q", tt.html, got, tt.want)
			}
		})
	}
}

// TestBylineName_Cases checks what a byline element's text gives before
// it is split into names.
func TestBylineName_Cases(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"von bernd_k » Sa 13. Dez 2008, 21:14", "bernd_k"},
		{"By — Ann Lee By — Tom Hale", "Ann Lee, Tom Hale"},
		{"Updated: January 16, 2020", ""},
		{"Von Gregor Villinger-Strub Mo, 14. Juli 2014 um 19:21 Uhr", "Gregor Villinger-Strub"},
		{"By Mo Farah 14 July 2014", "Mo Farah"},
		{"[石田健一，ITmedia]", "石田健一"},
		{"Report by Dave Pritchard", "Dave Pritchard"},
		{"Analysis by Ann Lee", "Ann Lee"},
		{"［佐藤花子，ITmedia］", "佐藤花子"},
	} {
		if got := bylineName(tt.in); got != tt.want {
			t.Errorf("bylineName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAuthors_BylineScript checks that names the metadata spells in Latin
// letters are given as the byline writes them in the page's script, when
// the byline names as many people, and not otherwise.
func TestAuthors_BylineScript(t *testing.T) {
	page := func(byline string) string {
		return `<html lang="bn"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
"author":[{"@type":"Person","name":"Debasis Chakraborty"},{"@type":"Person","name":"Suchandra Ghosh"}]}</script></head>
<body><article><h1>কলকাতায় বৃষ্টি</h1><ul class="authorname">` + byline + `</ul><p>খবরের লেখা।</p></article></body></html>`
	}
	for _, tc := range []struct {
		byline string
		want   []string
	}{
		{`<li><a href="/author/debasis">দেবাশিস চক্রবর্তী</a></li><li><a href="/author/suchandra">সুচন্দ্রা ঘোষ</a></li>`,
			[]string{"দেবাশিস চক্রবর্তী", "সুচন্দ্রা ঘোষ"}},
		// One name shown for two: not known to be the same people.
		{`<li><a href="/author/debasis">দেবাশিস চক্রবর্তী</a></li>`, []string{"Debasis Chakraborty", "Suchandra Ghosh"}},
	} {
		doc, err := html.Parse(strings.NewReader(page(tc.byline)))
		if err != nil {
			t.Fatal(err)
		}
		if got := authors(collectMeta(doc), findBody(doc), nil); !slices.Equal(got, tc.want) {
			t.Errorf("byline %s: authors = %q, want %q", tc.byline, got, tc.want)
		}
	}
}

// TestAuthors_MorePostsLink checks that the link to the author's posts
// under a theme's author bio (Twenty Nineteen's rel=author "View more
// posts") names nobody: the byline names the author.
func TestAuthors_MorePostsLink(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><article><header><h1 class="entry-title">The three weeks of Seville oranges</h1>
		<span class="byline"><span class="screen-reader-text">Posted by</span><span class="author vcard"><a class="url fn n" href="/author/clare/">Clare Hanlon</a></span></span></header>
		<div class="entry-content"><p>Every January the bitter oranges arrive from Seville for three weeks, and then they are gone for another year.</p></div>
		<div class="author-bio"><h2 class="author-title"><span class="author-heading">Published by Clare Hanlon</span></h2>
		<p class="author-description">Clare writes about food and memory. <a class="author-link" href="/author/clare/" rel="author">View more posts</a></p></div></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	m := collectMeta(doc)
	if got := authors(m, findBody(doc), nil); !slices.Equal(got, []string{"Clare Hanlon"}) {
		t.Errorf("authors = %q, want [Clare Hanlon]", got)
	}
}

// TestBylineAuthors_IDMarked checks that a byline marked by its id alone
// takes no unclassed sibling as another author's byline (the desk and
// time line after it).
func TestBylineAuthors_IDMarked(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><div id="art-head-group"><h1>Rice black bugs ravage 3,000 hectares</h1>
		<div id="art_author"><span><a href="/byline/tonette-q-alcaraz">Tonette Q. Alcaraz</a></span></div>
		<div id="art_plat">Inquirer Southern Luzon / 12:18 AM September 14, 2016</div></div>
		<p>Rice black bugs have ravaged at least 3,000 hectares of rice fields in Camarines Sur, agriculture officials said.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Tonette Q. Alcaraz"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineAuthors_AuthorPageLinks checks that a byline of links to the
// writers' pages, set apart by spaces alone, names each, and that the
// Romanian "de" (by) before them is no name's.
func TestBylineAuthors_AuthorPageLinks(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Telecabina de pe Tâmpa va fi înlocuită</h1>
		<div class="autor">de <a href="/autor/mihaela-dragulescu">Mihaela Drăgulescu</a>&nbsp;&nbsp;&nbsp;<a href="/autor/catalin-radoi">Cătălin Rădoi</a></div>
		<p>Primăria Brașov a lansat licitația pentru o instalație nouă, cu cabine de opt locuri, care va înlocui telecabina veche.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Mihaela Drăgulescu", "Cătălin Rădoi"}) {
		t.Errorf("got %q", got)
	}
	if got := splitAuthors("de Andreea Mihalache"); !slices.Equal(got, []string{"Andreea Mihalache"}) {
		t.Errorf("splitAuthors(de …) = %q", got)
	}
}

// TestAuthors_PersonOfSeveralNames checks that one JSON-LD Person whose
// name is a list (NPR's) gives an author for each name.
func TestAuthors_PersonOfSeveralNames(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
"author":{"@type":"Person","name":["Emily Carrow","Jonah Reyes"]}}</script></head><body><p>x</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := authors(collectMeta(doc), nil, nil); !slices.Equal(got, []string{"Emily Carrow", "Jonah Reyes"}) {
		t.Errorf("authors = %q", got)
	}
}

// TestBylineAuthors_HCardName checks that a theme's sentence byline gives
// the name hCard marks ("fn"), not the sentence.
func TestBylineAuthors_HCardName(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h2 class="entry-title">Why my tomatoes split</h2>
		<div class="entry-content"><p>Every August the same thing happens: a week of rain after a dry spell, and the tomatoes split.</p></div>
		<div class="entry-meta"><span class="author vcard">This entry was written by <a class="url fn n" href="/author/margaret/">Margaret Ellery</a>.</span></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Margaret Ellery"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineAuthors_DateLineInCell checks the unmarked byline of an old
// table layout: a cell whose line dates the story and then, after a bar,
// credits its author.
func TestBylineAuthors_DateLineInCell(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><table><tr><td class="title">Weinlese beginnt früher als je zuvor</td></tr>
		<tr><td class="datum">Veröffentlicht am 12.09.2006 um 14:35 Uhr &nbsp;|&nbsp; Autor: Gerhard Pfisterer</td></tr>
		<tr><td><p>Die Winzer im Taubergrund haben mit der Lese begonnen, so früh wie noch nie seit Beginn der Aufzeichnungen.</p></td></tr></table></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Gerhard Pfisterer"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineAuthors_NameThenService checks that an author box naming a
// person on its first line and a news service on the next gives the
// person.
func TestBylineAuthors_NameThenService(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Whitefly returns to haunt Malwa cotton growers</h1>
		<div class="authorDetail"><span class="Byline">Gurpreet Singh Mann</span><br /><span class="Dateline">Tribune News Service</span></div>
		<p>Whitefly has been spotted in cotton fields in 40 villages of Bathinda and Mansa districts, agriculture officials said.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Gurpreet Singh Mann"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineClass_Controls checks that a control's class that starts as
// "autor" does ("autoRefresh") marks no byline, and that the authors'
// classes in Romance and German words do.
func TestBylineClass_Controls(t *testing.T) {
	for ci, want := range map[string]bool{"autorefresh": false, "slider-autorotate": false, "autoresize": false,
		"autor": true, "article-autorin": true, "autore": true, "autores-list": true, "byline": true} {
		if got := bylineClass(ci); got != want {
			t.Errorf("bylineClass(%q) = %v, want %v", ci, got, want)
		}
	}
}

// TestAuthorNames_LinksToMore checks that an author box's link to more of
// the writer's pieces names nobody.
func TestAuthorNames_LinksToMore(t *testing.T) {
	for _, s := range []string{"Alle Kolumnen", "View more posts", "All articles", "Bürgerreporter"} {
		if got, _ := authorNames([]authorCand{{name: s}}); len(got) > 0 {
			t.Errorf("authorNames(%q) = %q, want none", s, got)
		}
	}
}

// TestBylineAuthors_GermanDrupal checks Drupal's German "Eingereicht von
// … am …" line.
func TestBylineAuthors_GermanDrupal(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Runden 9 und 10: Baden-Baden marschiert</h1>
		<div class="meta submitted"><span rel="sioc:has_creator">Eingereicht von <span class="username">Georg Pfannenschmidt</span> am So, 12.02.2012 - 21:40</span></div>
		<p>Baden-Baden hat auch die Runden neun und zehn gewonnen und führt die Tabelle nun mit vier Punkten Vorsprung an.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Georg Pfannenschmidt"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineAuthors_WriterLabel checks a fact box's "WRITER: Name" line.
func TestBylineAuthors_WriterLabel(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Haze shuts 300 Chiang Mai schools</h1>
		<div class="article-info"><p>PUBLISHED : 12 Mar 2019 at 15:20</p><p>WRITER: <a href="/search/author?q=Chaiwat">Chaiwat Sritongkham</a></p></div>
		<p>About 300 schools in Chiang Mai were ordered closed on Tuesday as smoke from forest fires and crop burning blanketed the north.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Chaiwat Sritongkham"}) {
		t.Errorf("got %q", got)
	}
}

// TestBylineAuthors_WeekdayAfterName checks that a date's weekday in the
// byline's language ends the name: "Marti, 9 octombrie 2012", "Tirsdag
// 4. juni".
func TestBylineAuthors_WeekdayAfterName(t *testing.T) {
	for _, byline := range []string{
		`de <a href="/autor/andrei-luca-popescu" class="autor">Andrei Luca Popescu</a> &nbsp; <span class="data">Marti, 9 octombrie 2012, 14:25</span>`,
		`Af <a href="/navne/andrei-luca-popescu">Andrei Luca Popescu</a> <span>Tirsdag 4. juni 2019</span>`,
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body><article><h1>T</h1><div class="autor">` + byline + `</div><p>Text.</p></article></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := authorNames(bylineAuthors(findBody(doc), nil)); !slices.Equal(got, []string{"Andrei Luca Popescu"}) {
			t.Errorf("%s: got %q, want [Andrei Luca Popescu]", byline, got)
		}
	}
}

// TestAuthors_LoginGivesWayToAuthorBox checks that a byline naming the
// writer by a login ("by fiona") gives way to the author box's full name
// when both link to the same writer's page.
func TestAuthors_LoginGivesWayToAuthorBox(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><article><h1>West Highland Way on a budget</h1>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="https://bothy.example/author/fiona/" rel="author">fiona</a></span></span>
<p>Text of the post, long enough to be the text.</p>
<div class="saboxplugin-wrap"><div class="saboxplugin-authorname"><a href="https://bothy.example/author/fiona/" class="vcard author" rel="author"><span class="fn">Fiona MacAllister</span></a></div>
<div class="saboxplugin-desc"><p>Fiona MacAllister is a former geography teacher.</p></div></div></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := authors(collectMeta(doc), findBody(doc), nil); !slices.Equal(got, []string{"Fiona MacAllister"}) {
		t.Errorf("authors = %q, want [Fiona MacAllister]", got)
	}
}

// TestBylineText_Glued checks that a byline's parts written in sibling
// elements with nothing between them are read apart, and words split
// over elements with a space are not.
func TestBylineText_Glued(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<div><span>Hannah Pryce</span><span>BBC News, Cornwall</span></div>`, "Hannah Pryce, BBC News, Cornwall"},
		{`<div><span>By </span><a>Ann Lee</a></div>`, "By Ann Lee"},
		{`<div>By <a>Ann Lee</a>, <a>Tom Roe</a></div>`, "By Ann Lee, Tom Roe"},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		div := selectAll(doc, cascadia.MustCompile("div"))[0]
		if got := bylineText(div); got != tt.want {
			t.Errorf("bylineText(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
