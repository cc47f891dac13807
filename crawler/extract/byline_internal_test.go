package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDropBylinePara_Cases checks which leading paragraphs are taken for
// the byline: short lines of a known author with a prefix or a date, and
// not a name alone, a sentence about the author or a later paragraph.
func TestDropBylinePara_Cases(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		authors []string
		want    string
	}{
		{name: "by line", body: "By Ann Lee\n\nText one.", authors: []string{"Ann Lee"}, want: "Text one."},
		{name: "chinese sentence opening with the paper", body: "新京报讯（记者 李明远）9月23日，记者获悉，新办法出台。\n\n正文。",
			authors: []string{"新京报"}, want: "新京报讯（记者 李明远）9月23日，记者获悉，新办法出台。\n\n正文。"},
		{name: "von with date", body: "Von Anna Schmidt, 12.03.2024\n\nText.", authors: []string{"Anna Schmidt"}, want: "Text."},
		{name: "name and date lines", body: "Ann Lee\n3/5/2022 22:41\n\nText.", authors: []string{"Ann Lee"}, want: "Text."},
		{name: "updated label", body: "By Ann Lee | Updated: Nov 7, 2023, 8:54 AM GMT+1\n\nText.", authors: []string{"Ann Lee"}, want: "Text."},
		{name: "case differs", body: "Mittwoch, 01.11.2023\nvon ANN LEE\n\nText.", authors: []string{"Ann Lee"}, want: "Text."},
		{name: "dateline place", body: "Ann Lee / Mumbai September 29, 2020\n\nText.", authors: []string{"Ann Lee"}, want: "Text."},
		{name: "role and its place", body: "Par Jean Dupont, envoyé spécial à Marseille\n\nText.", authors: []string{"Jean Dupont"}, want: "Text."},
		{name: "two special envoys and their place", body: "par Antoine Kervella et Sonia Tarrade, envoyés spéciaux à Val-Fougères (Hautes-Alpes)\n\nText.",
			authors: []string{"Antoine Kervella", "Sonia Tarrade"}, want: "Text."},
		{name: "sentence with a role", body: "Par Jean Dupont, envoyé spécial, qui raconte la ville\n\nText.", authors: []string{"Jean Dupont"}, want: "Par Jean Dupont, envoyé spécial, qui raconte la ville\n\nText."},
		{name: "after an intro", body: "A short intro.\n\nVon Anna Schmidt\n\nText.", authors: []string{"Anna Schmidt"}, want: "A short intro.\n\nText."},
		{name: "only the byline", body: "By Ann Lee", authors: []string{"Ann Lee"}, want: ""},
		{name: "name alone", body: "Ann Lee\n\nText.", authors: []string{"Ann Lee"}, want: "Ann Lee\n\nText."},
		{name: "sentence about the author", body: "Ann Lee lives by the sea since 2019.\n\nText.", authors: []string{"Ann Lee"}, want: "Ann Lee lives by the sea since 2019.\n\nText."},
		{name: "other author", body: "By Tom Hale\n\nText.", authors: []string{"Ann Lee"}, want: "By Tom Hale\n\nText."},
		{name: "fourth paragraph", body: "One.\n\nTwo.\n\nThree.\n\nBy Ann Lee", authors: []string{"Ann Lee"}, want: "One.\n\nTwo.\n\nThree.\n\nBy Ann Lee"},
		{name: "newsroom", body: "Von Redaktion, 12.03.2024\n\nText.", authors: []string{"Redaktion"}, want: "Von Redaktion, 12.03.2024\n\nText."},
		{name: "soft hyphens", body: "Von Mat\u00adthi\u00adas Lauerer\n\nText.", authors: []string{"Matthias Lauerer"}, want: "Text."},
		{name: "no authors", body: "By Ann Lee\n\nText.", authors: nil, want: "By Ann Lee\n\nText."},
		{name: "finnish text credit", body: "Teksti: Hanna Lehtonen\n\nText.", authors: []string{"Hanna Lehtonen"}, want: "Text."},
		{name: "dutch month and update label", body: "door Floor Verhagen\n2 mei 2023, 14:31\nAangepast 3 mei 2023, 08:12\n\nText.", authors: []string{"Floor Verhagen"}, want: "Text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropBylinePara(tt.body, tt.authors); got != tt.want {
				t.Errorf("dropBylinePara(%q, %q) = %q, want %q", tt.body, tt.authors, got, tt.want)
			}
		})
	}
}

// TestDropDateLine checks which of the first two paragraphs are date
// lines, read for the dates but not the article's text.
func TestDropDateLine(t *testing.T) {
	p := &dateParser{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), dayFirst: true}
	for _, tt := range []struct{ body, want string }{
		{"12.03.2024, 10:15 Uhr\n\nText.", "Text."},
		{"Thursday, November 9, 2023 4:41AM\n\nText.", "Text."},
		{"Actualizado Jueves, 2 noviembre 2023 - 15:05\n\nText.", "Text."},
		{"Erstellt am 09.02.2022\n\nText.", "Text."},
		{"On 12 March 2024 the council met.\n\nText.", "On 12 March 2024 the council met.\n\nText."},
		{"vor 2 Stunden\n\nText.", "vor 2 Stunden\n\nText."},
		{"12.03.2024", "12.03.2024"},                       // nothing else: the body stays
		{"Text.\n\n12.03.2024\n\nMore.", "Text.\n\nMore."}, // under a standfirst
		{"Text.\n\nMore.\n\n12.03.2024\n\nEnd.", "Text.\n\nMore.\n\n12.03.2024\n\nEnd."},
		{"Hamburg, 2. November 2021\n\nText.", "Text."},
		{"Cádiz 12 de marzo de 2024 - 08:00\n\nText.", "Text."},
		{"Hamburg und Bremen, 2. November 2021\n\nText.", "Hamburg und Bremen, 2. November 2021\n\nText."},
		{"the 12 March 2024 vote\n\nText.", "the 12 March 2024 vote\n\nText."},
		{"2024年3月5日 14:32\n\n正文。", "正文。"},
		{"अपडेटेड: मंगल, 13 सितंबर 2022 09:10 AM (IST)\n\nपाठ।", "पाठ।"},                            // Hindi: caseless labels and weekdays
		{"Rabu, 7 Juni 2023 16:42 WIB\n\nTeks.", "Teks."},                                           // Indonesian: a weekday and a time zone
		{"Actualitzat el 12/03/2020 a les 08:15\n\nText.", "Text."},                                 // Catalan: an update label and the time's preposition
		{"Published 9:47 p.m. CT Feb. 3, 2019Updated 11:20 a.m. CT Feb. 4, 2019\n\nText.", "Text."}, // US time zones
		{"Tue 11 Jun 2024 05.00 AEST\n\nText.", "Text."},
		{"दिल्ली में 13 सितंबर 2022 को बारिश हुई।\n\nपाठ।", "दिल्ली में 13 सितंबर 2022 को बारिश हुई।\n\nपाठ।"},
		{"Published March 10, 2024Updated March 12, 2024, 10:40 a.m. ET\n\nText.", "Text."}, // spans without a space between
		// A sentence without spaces that holds a date is no date line.
		{"委员会于2024年3月5日在上海开会，讨论了新的计划。\n\n正文。", "委员会于2024年3月5日在上海开会，讨论了新的计划。\n\n正文。"},
	} {
		if got := dropDateLine(tt.body, p); got != tt.want {
			t.Errorf("dropDateLine(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestDropAuthorBio_Cases checks which closing paragraphs are the authors'
// biographies.
func TestDropAuthorBio_Cases(t *testing.T) {
	long := "A paragraph of the article, long enough to be one."
	authors := []string{"Ann Lee", "Tom Hale"}
	for _, tt := range []struct{ body, want string }{
		{long + "\n\n" + long + "\n\nAnn Lee is a reporter on the national desk.", long + "\n\n" + long},
		// Two authors, two biographies: both go.
		{long + "\n\n" + long + "\n\nAnn Lee is a reporter on the national desk.\n\nTom Hale covers transport.", long + "\n\n" + long},
		{long + "\n\n" + long + "\n\nTom Hale joined the paper in 2019.", long + "\n\n" + long},
		// A sentence of the article that names the author stays.
		{long + "\n\n" + long + "\n\nAnn Lee said the council had not answered.", long + "\n\n" + long + "\n\nAnn Lee said the council had not answered."},
		// The author's card: the name alone, then a line about them.
		{long + "\n\n" + long + "\n\nAnn Lee\n\nReporter on the community desk. Writes about water and housing.", long + "\n\n" + long},
		// A card of the name, a role and a line about them.
		{long + "\n\n" + long + "\n\nAnn Lee\n\nSenior Staff Writer\n\nAnn covers AI and the law.", long + "\n\n" + long},
		// A live blog's last entry signed by the author, as earlier ones are: it stays.
		{"09:40\n\nAnn Lee\n\n" + long + "\n\n07:12\n\nAnn Lee\n\nBuenos días. Comienza la huelga indefinida.",
			"09:40\n\nAnn Lee\n\n" + long + "\n\n07:12\n\nAnn Lee\n\nBuenos días. Comienza la huelga indefinida."},
		// A bio followed by a newsletter box and a list of sources: the bio goes.
		{long + "\n\n" + long + "\n\nTom Hale is a contributing writer who covers travel.\n\nGet the best of the magazine in your inbox\n\nSources: Okafor L, Brandt S (2021).",
			long + "\n\n" + long + "\n\nGet the best of the magazine in your inbox\n\nSources: Okafor L, Brandt S (2021)."},
	} {
		if got := dropAuthorBio(tt.body, authors); got != tt.want {
			t.Errorf("dropAuthorBio(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestReporterLine checks the reading of the reporters a Chinese report
// names in its first lines.
func TestReporterLine(t *testing.T) {
	for body, want := range map[string][]string{
		"台北市社會局昨天宣布公托新制。（記者溫雅筑攝）\n\n〔記者溫雅筑／台北報導〕台北市社會局昨天宣布，公共托育…": {"溫雅筑"},
		"2026-07-14 19:42\n匯聯報／ 記者賴彥廷、許珮瑜／台中即時報導\n\n台中捷運藍線…":      {"賴彥廷", "許珮瑜"},
		"2026/11/30 22:47\n\n（中通社記者葉俐緯、郭建伸台北30日電）立法院會今晚三讀通過…":     {"葉俐緯", "郭建伸"},
		"記者陳以昇、蔡琇惠／新北報導\n\n新北市板橋區一棟五層公寓今凌晨傳出火警。":                  {"陳以昇", "蔡琇惠"},
		// No reporter named so; a long run is no name.
		"立法院會今晚三讀通過長期照顧服務法修正案。\n\n衛福部表示樂見其成。":                              nil,
		"〔記者團隊綜合外電與各地方政府資料／台北報導〕":                                          nil,
		"島の中学校で成人式が開かれ、二十歳を迎えた若者たちが大人としての決意を新たにした。【中川大輔、松井優子】\n\n式典では…":    {"中川大輔", "松井優子"},
		"韓国政府は18日、北朝鮮との実務協議を来月再開すると発表し、関係改善への期待が高まっている。【ソウル・嶋田陽介】\n\n協議は…": {"嶋田陽介"},
		"国連総会の一般討論演説で、議長は各国に停戦への協力を改めて呼びかけた。【ニューヨーク・ジョン・スミス】\n\n演説は…":      nil,
		"(세종=코리아통신) 김태훈 이슬기 기자 = 폭염으로 배추 도매가격이 일주일 만에 41% 올랐다.":            {"김태훈", "이슬기"},
		// A dateline in brackets: the place, then the reporter.
		"【ニューヨーク=佐藤次郎】米国の投資ファンドが日本の地方銀行株への投資を拡大している。": {"佐藤次郎"},
		"【北京・林美咲、上海＝王健一】米国と中国の研究機関が共同観測を実施する。":        {"林美咲", "王健一"},
		// A heading in brackets opens a paragraph, it does not end one.
		"【速報】台風10号が上陸\n\n気象庁によると…": nil,
		// An agency's or a paper's dateline, the reporters in brackets
		// after it; a correspondent after them is no writer.
		"新华社北京9月26日电（记者周明远、孙悦）“海外藏中华古籍数字化回归”第二期工程26日启动。": {"周明远", "孙悦"},
		"本报讯（记者 李明 通讯员 王芳）昨日，市交通局宣布……":                   {"李明"},
		// A writer's line.
		"文 | 刘婷婷\n\n晚上十点，长沙雨花区某小区的业主群里又热闹起来。": {"刘婷婷"},
		"文/图：张伟\n\n春节前夕，记者走访了多个菜市场。":          {"张伟"},
		// A line that is only the reporters' credit; a photo's is not.
		"澎湃新闻记者 邱雨桐\n\n11月2日清晨6点半，山路上还笼着一层薄雾。":     {"邱雨桐"},
		"蓝建平在给学生上课。澎湃新闻记者 邱雨桐 图":                   {},
		"潇湘晨报记者 唐思远 实习生 彭雨欣 长沙报道\n\n家住长沙市雨花区的刘先生…": {"唐思远", "彭雨欣"},
		// A sentence that only mentions a reporter.
		"文化节开幕当天，记者从组委会获悉，今年共有三百家展商参展。": nil,
	} {
		if got := reporterLine(body); !slices.Equal(got, want) {
			t.Errorf("reporterLine(%q) = %q, want %q", body, got, want)
		}
	}
	for s, want := range map[string]bool{"中通社": true, "自立時報": true, "晨果日報": true, "溫雅筑": false, "社": false,
		"新华网": true, "共同通信": true, "조선일보": true, "연합뉴스": true, "이수진": false, "Toimitus": true} {
		if got := orgLike(s); got != want {
			t.Errorf("orgLike(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestReporterEnd checks the reading of the reporters a Japanese or
// Korean report names at its end, and the brackets that name none.
func TestReporterEnd(t *testing.T) {
	for body, want := range map[string][]string{
		"熱中症対策で屋外活動を中止する学校が増えている。\n\n柔軟な運用が必要だ」と話している。（松浦聡子、大西健）": {"松浦聡子", "大西健"},
		"酒蔵は県外から雪を購入した。\n来年以降も続くなら、やり方を考え直さないといけない」と話した。【鈴木健太】":   {"鈴木健太"},
		"구는 금지구역을 확대하겠다고 밝혔다.\n이수진 기자 sujin.lee@example.co.kr":    {"이수진"},
		"구는 금지구역을 확대하겠다고 밝혔다.\n\n김태훈 이슬기 기자":                      {"김태훈", "이슬기"},
		// Agencies, a row of links, a bracket inside the text.
		"首相は会見で改めて説明した。（共同）":                          nil,
		"首相は会見で改めて説明した。（ロイター）":                        nil,
		"首相は会見で改めて説明した。（時事通信）":                        nil,
		"作者： 记者王敬照 | 编辑： 王华军\n\n【关闭窗口】 【发表评论】 【打印本稿】": nil,
		"大阪府立大の河野真理教授（小児保健）は柔軟な運用が必要だと話している。":         nil,
	} {
		if got := reporterEnd(body); !slices.Equal(got, want) {
			t.Errorf("reporterEnd(%q) = %q, want %q", body, got, want)
		}
	}
}

// TestBylineParaNames checks that the text's own byline line lists the
// authors a theme's byline gives one of, and nothing after a comma.
func TestBylineParaNames(t *testing.T) {
	for _, tt := range []struct {
		body    string
		authors []string
		want    []string
	}{
		{"By Maya Torrance and Dev Okafor\nHarbor Ledger staff writers\n\nThe council voted…", []string{"Maya Torrance"}, []string{"Maya Torrance", "Dev Okafor"}},
		{"Por Rafael Moura e Juliana Tavares, TV Globo\n\nO prefeito anunciou…", []string{"Rafael Moura", "Juliana Tavares"}, nil},
		{"By Maya Torrance\n\nThe council voted…", []string{"Maya Torrance"}, nil},
		// Another name, not a list that holds the author's.
		{"By Dev Okafor and Bo Berg\n\nThe council voted…", []string{"Maya Torrance"}, nil},
		{"The council voted on Monday, said Maya Torrance and Dev Okafor.", []string{"Maya Torrance"}, nil},
	} {
		if got := bylineParaNames(tt.body, tt.authors, true); !slices.Equal(got, tt.want) {
			t.Errorf("bylineParaNames(%q, %q) = %q, want %q", tt.body, tt.authors, got, tt.want)
		}
	}
	// Where only the site or a house account is credited, the text's
	// byline names the author (an agency's writers too); a line of no
	// names does not.
	for _, tt := range []struct {
		body    string
		authors []string
		want    []string
	}{
		{"Words by Tomás Echeverría · Photographs by Inés Carvajal\n\nThe first thing you learn…", []string{"Field Notes"}, []string{"Tomás Echeverría"}},
		{"Von uns\n\nWir feiern…", nil, nil},
		{"By Sinowire writers Zhao Min and Chen Li\n\nBeijing…", nil, []string{"Zhao Min", "Chen Li"}}, // an agency's feature writers
	} {
		if got := bylineParaNames(tt.body, tt.authors, false); !slices.Equal(got, tt.want) {
			t.Errorf("bylineParaNames(%q, %q) = %q, want %q", tt.body, tt.authors, got, tt.want)
		}
	}
}

// TestExtract_BylineParaListsMore checks the same through extraction: the
// theme's byline names one author, the text's first line both.
func TestExtract_BylineParaListsMore(t *testing.T) {
	text := strings.Repeat("<p>The harbour commission voted on Monday to extend the ferry pier by forty metres.</p>", 5)
	page := `<html><body><article><h1>Pier to grow by forty metres</h1><div class="td-post-author-name">By <a href="/author/maya/">Maya Torrance</a></div>
<div class="td-post-content"><p><strong>By Maya Torrance and Dev Okafor</strong><br><em>Harbor Ledger staff writers</em></p>` + text + `</div></article></body></html>`
	res, err := ExtractBytes([]byte(page), Options{URL: "https://harborledger.example/news/pier/"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Authors, []string{"Maya Torrance", "Dev Okafor"}) {
		t.Errorf("authors %q, want [Maya Torrance Dev Okafor]", res.Authors)
	}
	if strings.Contains(res.Body, "By Maya Torrance and Dev Okafor") {
		t.Errorf("the byline line is in the body")
	}
}
