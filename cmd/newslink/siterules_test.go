package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newslink/fixtures"
	"newslink/store"
)

func TestLoadCrawlConfig_SiteRulesInvalid(t *testing.T) {
	const site = "[[site]]\nseeds = [\"https://gazette.example.org/\"]\n"
	tests := []struct {
		name, text, want string
	}{
		{"bad body", site + "[site.extract]\nbody = \"div[\"", `site[1].extract.body: bad selector "div[": `},
		{"bad headline", site + "[site.extract]\nheadline = \"h1 >> span\"", `site[1].extract.headline: bad selector "h1 >> span"`},
		{"bad attribute selector", site + "[site.extract]\npublished = \"span[@data-ts\"", `site[1].extract.published: bad selector`},
		{"bad remove", site + "[site.extract]\nremove = [\".ok\", \"div[class\"]", `site[1].extract.remove[2]: bad selector "div[class"`},
		{"empty remove", site + "[site.extract]\nremove = [\"\"]", `site[1].extract.remove[1]: bad selector "": empty selector`},
		{"second site", site + "[[site]]\nseeds = [\"https://b.example/\"]\n[site.extract]\nimage = \"img:nope\"", `site[2].extract.image: bad selector`},
		{"unknown field", site + "[site.extract]\ntitle = \"h1\"", "unknown key site.extract.title"},
		{"wrong type", site + "[site.extract]\nremove = \".promo\"", "remove"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeConfig(t, tt.text)
			_, err := loadCrawlConfig(p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to say %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), "config "+p+": ") {
				t.Errorf("err = %v, want it to name the file", err)
			}
			// Every command that takes the file refuses it with exit 2,
			// before any request or any database.
			db := filepath.Join(t.TempDir(), "news.db")
			for _, args := range [][]string{
				{"crawl", "--config", p},
				{"extract", "--config", p, "--url", "https://gazette.example.org/a", "testdata/siterules/gazette.html"},
				{"reextract", "--site-config", p},
				{"import-warc", "--site-config", p, "testdata/siterules/gazette.html"},
			} {
				_, _, err := runCmd(t, db, "", args...)
				if code := exitCode(context.Background(), err); code != exitUsage {
					t.Errorf("%s: exit code %d (%v), want %d", args[0], code, err, exitUsage)
				}
			}
			if _, err := os.Stat(db); !os.IsNotExist(err) {
				t.Errorf("a refused config created the database (%v)", err)
			}
		})
	}
}

func TestLoadCrawlConfig_SiteRulesByHost(t *testing.T) {
	p := writeConfig(t, `
[[site]]
seeds = ["https://gazette.example.org/"]
[site.extract]
headline  = "div.kicker span.real-title"
published = "span.stamp@data-ts"
authors   = "span.by a"
body      = "div.s1 p, div.s2 p"
remove    = [".promo", ".newsletter"]

[[site]]
seeds = ["https://zeitung.example.de/"]
hosts = ["zeitung.example.de", "www.zeitung.example.de"]
[site.extract]
modified = "time.updated@datetime"

[[site]]
seeds = ["https://plain.example/"]
`)
	o, err := loadCrawlConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	var hosts []string
	for h, r := range o.cfg.HostExtract {
		if r == nil {
			t.Errorf("%s: nil rules", h)
		}
		hosts = append(hosts, h)
	}
	slices.Sort(hosts)
	if want := []string{"gazette.example.org", "www.zeitung.example.de", "zeitung.example.de"}; !slices.Equal(hosts, want) {
		t.Errorf("hosts with site rules %v, want %v", hosts, want)
	}
}

// gazetteWant is what the site rules of testdata/siterules/crawl.toml read
// from testdata/siterules/gazette.html, where the general rules fail.
var gazetteWant = extractOutput{
	Headline:  "Ferry service to the islands resumes after winter pause",
	Published: "2015-03-06T13:00:00Z",
	Authors:   []string{"Ann Lee", "Bo Chan"},
	Body: "The ferry linking the harbour with the three outer islands sailed again on Friday morning, ending a pause of almost four months caused by storm damage to the landing stage.\n\n" +
		"About forty passengers, most of them islanders returning from the mainland, boarded the first crossing, which left on time despite a stiff westerly wind.\n\n" +
		"The operator said the repaired landing stage had passed its inspection on Wednesday and that the timetable would return to four crossings a day from next week.\n\n" +
		"Islanders had relied on a small charter boat during the winter, which could carry neither cars nor freight, leaving the island shop short of fresh food for weeks.",
	Image: "/img/2015/ferry-landing.jpg", // resolved against the page URL
}

// checkGazette compares an extraction of the gazette page with gazetteWant.
func checkGazette(t *testing.T, base, headline, published string, authors []string, body, image string) {
	t.Helper()
	if headline != gazetteWant.Headline {
		t.Errorf("headline %q, want %q", headline, gazetteWant.Headline)
	}
	if published != gazetteWant.Published {
		t.Errorf("published %q, want %q", published, gazetteWant.Published)
	}
	if !slices.Equal(authors, gazetteWant.Authors) {
		t.Errorf("authors %q, want %q", authors, gazetteWant.Authors)
	}
	if body != gazetteWant.Body {
		t.Errorf("body %q\nwant %q", body, gazetteWant.Body)
	}
	if image != base+gazetteWant.Image {
		t.Errorf("image %q, want %q", image, base+gazetteWant.Image)
	}
}

func TestRunExtractCmd_SiteRules(t *testing.T) {
	const page = "testdata/siterules/gazette.html"
	const base = "https://gazette.example.org"
	const u = base + "/local/ferry-service-resumes"
	general, err := runExtractForTest(t, "", "--url", u, page)
	if err != nil || len(general) != 1 {
		t.Fatalf("extract: %v, %d objects", err, len(general))
	}
	if g := general[0]; g.Headline == gazetteWant.Headline || g.Published != "" || g.Body == gazetteWant.Body {
		t.Fatalf("the general rules read the page right: the fixture no longer tests site rules: %+v", g)
	}
	outs, err := runExtractForTest(t, "", "--config", "testdata/siterules/crawl.toml", "--url", u, page)
	if err != nil || len(outs) != 1 {
		t.Fatalf("extract --config: %v, %d objects", err, len(outs))
	}
	o := outs[0]
	checkGazette(t, base, o.Headline, o.Published, o.Authors, o.Body, o.Image)

	// Rules apply by host: the same page from another host gets the
	// general rules, and so does the www. form of the site's host.
	other, err := runExtractForTest(t, "", "--config", "testdata/siterules/crawl.toml", "--url", "https://other.example/local/ferry", page)
	if err != nil || other[0].Headline != general[0].Headline || other[0].Body != general[0].Body {
		t.Errorf("another host got the site rules: %v %+v", err, other)
	}
	www, err := runExtractForTest(t, "", "--config", "testdata/siterules/crawl.toml", "--url", "https://www.gazette.example.org/local/ferry", page)
	if err != nil || www[0].Headline != gazetteWant.Headline {
		t.Errorf("www. host did not get the site rules: %v %+v", err, www)
	}
}

// gazetteSite serves the gazette page under a story URL, a front page
// linking to it, and an empty robots.txt.
func gazetteSite(t *testing.T) *httptest.Server {
	t.Helper()
	page, err := os.ReadFile("testdata/siterules/gazette.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/":
			fmt.Fprint(w, `<html><head><title>The Gazette</title></head><body><h1>The Gazette</h1><a href="/local/ferry-service-resumes">Ferry</a></body></html>`)
		case "/local/ferry-service-resumes":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestCrawl_SiteRules(t *testing.T) {
	srv := gazetteSite(t)
	rules, err := os.ReadFile("testdata/siterules/crawl.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := writeConfig(t, strings.Replace(string(rules), "https://gazette.example.org/", srv.URL+"/", 1))
	dbPath := filepath.Join(t.TempDir(), "news.db")
	out, stderr, err := runCmd(t, dbPath, "", "crawl", "--config", cfg, "--delay=-1s", "--json")
	if err != nil {
		t.Fatalf("crawl: %v\n%s", err, stderr)
	}
	var st struct {
		Articles    int `json:"articles"`
		NotArticles int `json:"not_articles"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	if st.Articles != 1 || st.NotArticles != 1 {
		t.Errorf("summary %s: want 1 article and 1 page not an article (the front page)", out)
	}
	db, err := store.Open(dbPath, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, err := db.Article(context.Background(), srv.URL+"/local/ferry-service-resumes")
	if err != nil {
		t.Fatal(err)
	}
	checkGazette(t, srv.URL, a.Headline, a.Published.String(), a.Authors, a.Body, a.Image)
}

// briefSite serves a news site whose reports include briefs far shorter
// than the crawler's minimum body length, in three templates, listed on
// two section pages linked from the front page.
func briefSite(t *testing.T) (*httptest.Server, []string) {
	t.Helper()
	const text = "The harbour ferry to the outer islands sailed again on Friday after a winter pause of four months caused by storm damage to its landing stage."
	long := strings.Repeat("<p>The council said the new bridge would open next spring after years of delay and argument over its cost, and that tolls would stay.</p>\n", 4)
	templates := map[string]string{
		"og": `<!doctype html><html lang="en"><head><title>%[1]s | Gazette</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2015-03-0%[3]dT10:00:00Z"><meta property="og:image" content="/img/%[4]s.jpg"></head>
<body><header><a href="/">Gazette</a> <a href="/news/">News</a></header><div class="wrap"><h1>%[1]s</h1>%[2]s</div></body></html>`,
		"jsonld": `<!doctype html><html lang="en"><head><title>%[1]s</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"%[1]s","datePublished":"2015-03-0%[3]dT10:00:00Z","articleSection":"Islands","keywords":["Ferries","Weather"]}</script></head>
<body><main><h1>%[1]s</h1>%[2]s</main></body></html>`,
		"markup": `<!doctype html><html lang="en"><head><title>%[1]s</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>%[1]s</h1><time datetime="2015-03-0%[3]d">%[3]d March 2015</time>%[2]s</article></body></html>`,
	}
	var reports []string
	for _, tmpl := range []string{"og", "jsonld", "markup"} {
		for i := 1; i <= 4; i++ {
			kind := "brief"
			if i == 4 {
				kind = "report" // a long one in each template
			}
			reports = append(reports, fmt.Sprintf("/news/%s-%s-%d", tmpl, kind, i))
		}
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		switch {
		case p == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case p == "/":
			fmt.Fprint(w, `<html><head><title>Gazette</title></head><body><h1>Gazette</h1><a href="/news/">News</a> <a href="/islands/">Islands</a>`+
				`<ul><li><time datetime="2015-03-01">1 March</time> <a href="/news/og-brief-1">Top story</a><p>`+text+`</p></li></ul></body></html>`)
		case p == "/news/" || p == "/islands/":
			var b strings.Builder
			fmt.Fprintf(&b, `<html><head><title>%s | Gazette</title></head><body><h1>%s</h1><ul>`, p, p)
			for _, rp := range reports {
				fmt.Fprintf(&b, `<li><time datetime="2015-03-01">1 March</time> <a href="%s">%s</a></li>`, rp, rp)
			}
			b.WriteString(`</ul></body></html>`)
			fmt.Fprint(w, b.String())
		case slices.Contains(reports, p):
			name := strings.TrimPrefix(p, "/news/")
			f := strings.Split(name, "-")
			body := "<p>" + text + "</p>"
			if f[1] == "report" {
				body = "<p>" + name + ".</p>" + long // a body of its own: the store keeps one copy of a body
			}
			day := int(f[2][0] - '0')
			fmt.Fprintf(w, templates[f[0]], "Report "+name, body, day, name)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, reports
}

// TestCrawl_BriefsStored crawls a site with news briefs in three
// templates into a database: every report is stored, section and front
// pages are not, and the summary counts them.
func TestCrawl_BriefsStored(t *testing.T) {
	srv, reports := briefSite(t)
	dbPath := filepath.Join(t.TempDir(), "news.db")
	out, stderr, err := runCmd(t, dbPath, "", "crawl", "--delay=-1s", "--json", srv.URL+"/")
	if err != nil {
		t.Fatalf("crawl: %v\n%s", err, stderr)
	}
	var st struct {
		Articles    int `json:"articles"`
		NotArticles int `json:"not_articles"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	if st.Articles != len(reports) || st.NotArticles != 3 {
		t.Errorf("summary %s: want %d articles and 3 pages not articles (front, /news/, /islands/)", out, len(reports))
	}
	db, err := store.Open(dbPath, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if n, _ := db.Count(ctx); n != len(reports) {
		t.Errorf("stored %d articles, want %d", n, len(reports))
	}
	for _, p := range reports {
		a, err := db.Article(ctx, srv.URL+p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if a.Published.IsZero() || a.Headline != "Report "+strings.TrimPrefix(p, "/news/") {
			t.Errorf("%s: headline %q, published %v", p, a.Headline, a.Published)
		}
		switch {
		case strings.Contains(p, "/og-"):
			if want := srv.URL + "/img/" + strings.TrimPrefix(p, "/news/") + ".jpg"; a.Image != want {
				t.Errorf("%s: image %q, want %q", p, a.Image, want)
			}
		case strings.Contains(p, "/jsonld-"):
			if a.Section != "Islands" || !slices.Equal(a.Tags, []string{"Ferries", "Weather"}) {
				t.Errorf("%s: section %q, tags %q", p, a.Section, a.Tags)
			}
		}
	}
	for _, p := range []string{"/", "/news/", "/islands/"} {
		if _, err := db.Article(ctx, srv.URL+p); err == nil {
			t.Errorf("%s: a section page was stored", p)
		}
	}
	// related --json carries each story's lead image.
	db.Close()
	if _, stderr, err := runCmd(t, dbPath, "", "link"); err != nil {
		t.Fatalf("link: %v\n%s", err, stderr)
	}
	out, stderr, err = runCmd(t, dbPath, "", "related", "--json", srv.URL+"/news/markup-brief-1")
	if err != nil {
		t.Fatalf("related: %v\n%s", err, stderr)
	}
	var box relatedBox
	if err := json.Unmarshal([]byte(out), &box); err != nil {
		t.Fatal(err)
	}
	withImage := 0
	for _, r := range box.Related {
		want := ""
		if name := strings.TrimPrefix(r.URL, srv.URL+"/news/"); strings.HasPrefix(name, "og-") {
			want = srv.URL + "/img/" + name + ".jpg"
			withImage++
		}
		if r.Image != want {
			t.Errorf("related %s: image %q, want %q", r.URL, r.Image, want)
		}
	}
	if withImage == 0 || !strings.Contains(out, `"image":""`) {
		t.Errorf("related --json %s: want entries with and without an image", out)
	}
	// The text summary has the line too.
	text, _, err := runCmd(t, dbPath, "", "crawl", "--delay=-1s", srv.URL+"/")
	if err != nil || !strings.Contains(text, "not articles") {
		t.Errorf("text summary %q (%v): want a not-articles line", text, err)
	}
}

// TestCrawl_FixtureSectionsNotArticles checks that the fixture site's
// front and section pages are still judged not to be articles, and are
// counted as such.
func TestCrawl_FixtureSectionsNotArticles(t *testing.T) {
	srv := fixtures.NewServer()
	t.Cleanup(srv.Close)
	dbPath := filepath.Join(t.TempDir(), "news.db")
	out, stderr, err := runCmd(t, dbPath, "", "crawl", "--delay=-1s", "--workers", "4", "--concurrency", "4", "--json", srv.URL+"/")
	if err != nil {
		t.Fatalf("crawl: %v\n%s", err, stderr)
	}
	var st struct {
		Articles    int `json:"articles"`
		NotArticles int `json:"not_articles"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	if st.Articles != len(fixtures.Stories()) || st.NotArticles == 0 {
		t.Errorf("summary %s: want %d articles, and the front, section and info pages counted as not articles", out, len(fixtures.Stories()))
	}
	db, err := store.Open(dbPath, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	for _, p := range []string{"/", "/uk", "/world", "/business", "/science", "/technology", "/sport"} {
		for _, u := range []string{srv.URL + p, srv.URL + p + "/"} {
			if _, err := db.Article(ctx, u); err == nil {
				t.Errorf("%s: a section or front page was stored", u)
			}
		}
	}
}

// TestSiteRules_Reextraction crawls the gazette without site rules into
// WARC files, then applies the rules after the fact: reextract
// --site-config fixes the stored article, import-warc --site-config
// stores it fixed, and export and import carry its image, section and
// tags.
func TestSiteRules_Reextraction(t *testing.T) {
	srv := gazetteSite(t)
	dir := t.TempDir()
	warcDir := filepath.Join(dir, "warc")
	crawled := filepath.Join(dir, "crawled.db")
	if _, stderr, err := runCmd(t, crawled, "", "crawl", "--delay=-1s", "--warc", warcDir, srv.URL+"/"); err != nil {
		t.Fatalf("crawl: %v\n%s", err, stderr)
	}
	u := srv.URL + "/local/ferry-service-resumes"
	before := exported(t, crawled)[u]
	if before.Headline == "" || before.Headline == gazetteWant.Headline {
		t.Fatalf("stored without rules: %+v: the general rules read it right, the test proves nothing", before)
	}
	rules, err := os.ReadFile("testdata/siterules/crawl.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := writeConfig(t, strings.Replace(string(rules), "https://gazette.example.org/", srv.URL+"/", 1))
	srv.Close() // from here on, only the archive

	out, stderr, err := runCmd(t, crawled, "", "reextract", "--json", "--site-config", cfg)
	if err != nil {
		t.Fatalf("reextract: %v\n%s", err, stderr)
	}
	var rs reextractStats
	if err := json.Unmarshal([]byte(out), &rs); err != nil || rs.Changed != 1 {
		t.Errorf("reextract --site-config: %s (%v), want the article changed", out, err)
	}
	l := exported(t, crawled)[u]
	checkGazette(t, srv.URL, l.Headline, l.Published.String(), l.Authors, l.Body, l.Image)

	files, _ := filepath.Glob(filepath.Join(warcDir, "newslink-*.warc.gz"))
	imported := filepath.Join(dir, "imported.db")
	if _, stderr, err := runCmd(t, imported, "", "import-warc", "--site-config", cfg, files[0]); err != nil {
		t.Fatalf("import-warc: %v\n%s", err, stderr)
	}
	l = exported(t, imported)[u]
	checkGazette(t, srv.URL, l.Headline, l.Published.String(), l.Authors, l.Body, l.Image)

	// export → import keeps image, section and tags.
	line := `{"url":"https://news.example.com/2015/03/06/ferry","headline":"Ferry","body":"Text.","image":"https://cdn.example.com/f.jpg","section":"Islands","tags":["Ferries","Weather"]}` + "\n" +
		`{"url":"https://news.example.com/2015/03/06/bad-image","headline":"Bad","body":"Text two.","image":"javascript:alert(1)"}` + "\n"
	roundDB := filepath.Join(dir, "round.db")
	if _, stderr, err := runCmd(t, roundDB, line, "import", "-"); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	ex := exported(t, roundDB)
	got := ex["https://news.example.com/2015/03/06/ferry"]
	if got.Image != "https://cdn.example.com/f.jpg" || got.Section != "Islands" || !slices.Equal(got.Tags, []string{"Ferries", "Weather"}) {
		t.Errorf("export after import: image %q section %q tags %q", got.Image, got.Section, got.Tags)
	}
	if bad := ex["https://news.example.com/2015/03/06/bad-image"]; bad.Image != "" || bad.Tags == nil {
		t.Errorf("export: image %q tags %v, want an empty image and an empty tag list", bad.Image, bad.Tags)
	}
}
