package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newslink/linker"
	"newslink/linkrun"
	"newslink/store"
)

// TestLink_Incremental adds a follow-up to a linked archive: the next link
// updates only what it changes, and the follow-up's list leads with its
// event.
func TestLink_Incremental(t *testing.T) {
	db, base := crawledFixture(t)
	out, _, err := runCmd(t, db, "", "link")
	if err != nil || !strings.Contains(out, "linked 0 new or changed articles") {
		t.Fatalf("link with nothing new: %q, %v", out, err)
	}
	in := `{"url":"https://news.example/uk/2015/03/30/more-cyber-arrests","headline":"Five more arrested as National Crime Agency cyber crime operation widens","published":"2015-03-30","body":"Five more people have been arrested by the National Crime Agency as its nationwide cyber crime operation widens.\n\nThe NCA said the arrests followed the 57 made earlier this month, when officers from the National Cyber Crime Unit and regional organised crime units raided addresses across England, Scotland and Wales."}`
	if _, stderr, err := runCmd(t, db, in, "import", "-"); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	out, stderr, err := runCmd(t, db, "", "link")
	if err != nil {
		t.Fatalf("link: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "linked 1 new or changed articles") || strings.Contains(out, "rebuilt") {
		t.Errorf("link after one import: %q, want an update of one article", out)
	}
	box, _, err := runCmd(t, db, "", "related", "--json", "https://news.example/uk/2015/03/30/more-cyber-arrests")
	if err != nil {
		t.Fatal(err)
	}
	var b relatedBox
	if err := json.Unmarshal([]byte(box), &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Related) == 0 || !strings.Contains(b.Related[0].URL, base+"/uk/2015/03/") {
		t.Errorf("the follow-up's list starts %+v, want a report of the March 2015 arrests", b.Related)
	}
	// The older reports now list the follow-up.
	first, _, _ := runCmd(t, db, "", "related", "--json", base+"/uk/2015/03/06/over-50-arrested-cyber-crimes")
	if !strings.Contains(first, "more-cyber-arrests") {
		t.Errorf("the first report's list does not name the follow-up:\n%s", first)
	}
	// Other options mean a rebuild.
	out, _, err = runCmd(t, db, "", "link", "--related", "8")
	if err != nil || !strings.Contains(out, "rebuilt: the options changed") {
		t.Errorf("link --related 8: %q, %v; want a rebuild", out, err)
	}
	out, _, err = runCmd(t, db, "", "link", "--related", "8", "--rebuild")
	if err != nil || !strings.Contains(out, "rebuilt: asked") {
		t.Errorf("link --rebuild: %q, %v", out, err)
	}
}

func TestRelated_Explain(t *testing.T) {
	db, base := crawledFixture(t)
	out, stderr, err := runCmd(t, db, "", "related", "--explain", base+"/uk/2015/03/06/over-50-arrested-cyber-crimes")
	if err != nil {
		t.Fatalf("related --explain: %v\n%s", err, stderr)
	}
	for _, want := range []string{"score", "cosine", "nca"} {
		if !strings.Contains(strings.ToLower(out), want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
}

// TestLink_ChangeLog links an archive in four imports: small updates are
// stored as change records, a large one compacts the index, and after
// every run the stored lists are exactly those of one index kept in memory
// through the same additions.
func TestLink_ChangeLog(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	corpus, _, err := runCmd(t, db, "", "gen-corpus", "--n", "310", "--seed", "4")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(corpus), "\n")
	ctx := context.Background()
	var ref *linker.Index
	for _, step := range []struct {
		lines []string
		want  string // what the debug log says of the run
	}{
		{lines[:200], "link: rebuilt"},
		{lines[200:205], "link: changes stored"},
		{lines[205:305], "link: index compacted"},
		{lines[305:], "link: changes stored"},
	} {
		if _, stderr, err := runCmd(t, db, strings.Join(step.lines, ""), "import", "--quiet", "-"); err != nil {
			t.Fatalf("import: %v\n%s", err, stderr)
		}
		s, err := store.Open(db, nil)
		if err != nil {
			t.Fatal(err)
		}
		ids, err := s.Changed(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var docs []linker.Doc
		for _, id := range ids {
			a, err := s.ArticleByID(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, linkrun.Doc(a))
		}
		s.Close()
		if ref == nil {
			ref, err = linker.Build(ctx, docs, linker.Config{})
		} else {
			_, err = ref.Add(ctx, docs)
		}
		if err != nil {
			t.Fatal(err)
		}

		_, stderr, err := runCmd(t, db, "", "--log-level", "debug", "link")
		if err != nil || !strings.Contains(stderr, step.want) {
			t.Fatalf("link after %d imports: %v; log lacks %q:\n%s", len(step.lines), err, step.want, stderr)
		}
		s, err = store.Open(db, &store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		err = s.ForEachID(ctx, func(id uint64) error {
			stored, err := s.Related(ctx, id)
			if err != nil {
				return err
			}
			want, _ := ref.List(id)
			if len(stored) != len(want) {
				return fmt.Errorf("article %d: %d related stored, want %d", id, len(stored), len(want))
			}
			for k := range want {
				if stored[k].ID != want[k].ID || stored[k].Score != want[k].Score {
					return fmt.Errorf("article %d: stored %+v, want %+v", id, stored[k], want[k])
				}
			}
			return nil
		})
		s.Close()
		if err != nil {
			t.Fatalf("after %d imports: %v", len(step.lines), err)
		}
	}
	// Explanations read the index with its change records.
	last := strings.SplitN(lines[len(lines)-1], `"url":"`, 2)[1]
	last = last[:strings.IndexByte(last, '"')]
	out, stderr, err := runCmd(t, db, "", "related", "--explain", last)
	if err != nil || !strings.Contains(out, "shared terms") {
		t.Errorf("related --explain %s: %v\n%s%s", last, err, out, stderr)
	}
}

// languageArchive is an archive of two German and two English stories and
// one French article, none stating its language but the French one.
const languageArchive = `{"url":"https://news.example/de/1","headline":"Mieten in Berlin steigen weiter","published":"2024-03-01","body":"Die Mieten in Berlin sind im vergangenen Jahr erneut gestiegen. Für die Häuser in der Innenstadt zahlen Mieter nun deutlich mehr als noch vor einem Jahr, sagte der Mieterverein."}
{"url":"https://news.example/de/2","headline":"Mieterverein warnt vor teuren Häusern","published":"2024-03-02","body":"Der Mieterverein warnt, dass ein Haus in der Berliner Innenstadt für viele Familien nicht mehr bezahlbar ist. Die Mieten seien stärker gestiegen als die Löhne."}
{"url":"https://news.example/de/3","headline":"Bahn streicht Verbindungen im Winter","published":"2024-01-10","body":"Die Bahn hat für den Winter mehrere Verbindungen gestrichen. Reisende müssen sich auf längere Fahrzeiten einstellen, teilte das Unternehmen mit."}
{"url":"https://news.example/en/1","headline":"Storm floods coastal towns","published":"2024-02-01","body":"A storm flooded several coastal towns on Thursday, and the coastguard said that hundreds of homes had been evacuated as the water rose."}
{"url":"https://news.example/en/2","headline":"Coastal towns count flood damage","published":"2024-02-03","body":"The coastal towns that were flooded by the storm are counting the damage, and the council has said it will ask the government for help."}
{"url":"https://news.example/en/3","headline":"Council approves new library","published":"2024-01-20","body":"The council has approved the plans for a new library in the town centre, which will open in the spring of next year."}
{"url":"https://news.example/fr/1","headline":"Les loyers de Berlin","published":"2024-03-03","language":"fr","body":"Les loyers des maisons de Berlin ont encore augmenté, selon le Mieterverein."}
`

// TestRelated_ExplainLanguage imports articles that do not state their
// language: related --explain says that German ones were analysed as
// German (detected), English ones as English, and a stated language as
// stated, in JSON and in text.
func TestRelated_ExplainLanguage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if _, stderr, err := runCmd(t, db, languageArchive, "import", "--quiet", "-"); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	if _, stderr, err := runCmd(t, db, "", "link"); err != nil {
		t.Fatalf("link: %v\n%s", err, stderr)
	}
	for _, tc := range []struct {
		url      string
		wantLang string
		wantFrom string
		wantRel  string // the first related story
	}{
		{"https://news.example/de/1", "de", "detected", "https://news.example/de/2"},
		{"https://news.example/en/2", "en", "detected", "https://news.example/en/1"},
		{"https://news.example/fr/1", "fr", "stated", ""},
	} {
		t.Run(tc.url, func(t *testing.T) {
			out, stderr, err := runCmd(t, db, "", "related", "--explain", "--json", tc.url)
			if err != nil {
				t.Fatalf("related: %v\n%s", err, stderr)
			}
			var box relatedBox
			if err := json.Unmarshal([]byte(out), &box); err != nil {
				t.Fatal(err)
			}
			if box.Why == nil || box.Why.Language != tc.wantLang || box.Why.LanguageFrom != tc.wantFrom {
				t.Errorf("explain of the article = %+v, want language %q from %q\n%s", box.Why, tc.wantLang, tc.wantFrom, out)
			}
			if tc.wantRel != "" && (len(box.Related) == 0 || box.Related[0].URL != tc.wantRel) {
				t.Fatalf("related = %+v, want %s first", box.Related, tc.wantRel)
			}
			for _, r := range box.Related {
				want, _, _ := strings.Cut(strings.TrimPrefix(r.URL, "https://news.example/"), "/")
				if r.Why == nil || r.Why.Language != want {
					t.Errorf("explain of %s = %+v, want language %q", r.URL, r.Why, want)
				}
			}
			if !strings.Contains(out, `"language":"`+tc.wantLang+`","language_from":"`+tc.wantFrom+`"`) {
				t.Errorf("JSON lacks the language fields:\n%s", out)
			}
		})
	}
	out, stderr, err := runCmd(t, db, "", "related", "--explain", "https://news.example/de/1")
	if err != nil {
		t.Fatalf("related: %v\n%s", err, stderr)
	}
	checkGolden(t, "related-explain-language.golden", []byte(out))
}

// TestGenCorpus_Languages checks the language flags of gen-corpus: German
// and French lines by default, none with negative shares, no language
// field with --omit-language, and a usage error for shares above 1.
func TestGenCorpus_Languages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	langs := func(args ...string) map[string]int {
		t.Helper()
		out, stderr, err := runCmd(t, db, "", append([]string{"gen-corpus", "--n", "3000"}, args...)...)
		if err != nil {
			t.Fatalf("gen-corpus %v: %v\n%s", args, err, stderr)
		}
		count := map[string]int{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var a struct {
				Language *string `json:"language"`
			}
			if err := json.Unmarshal([]byte(l), &a); err != nil || a.Language == nil {
				t.Fatalf("line %q: %v, want a language field", l, err)
			}
			count[*a.Language]++
		}
		return count
	}
	if c := langs(); c["de"] == 0 || c["fr"] == 0 || c["en"] < 2000 || len(c) != 3 {
		t.Errorf("default languages %v, want en, de and fr", c)
	}
	if c := langs("--german", "-1", "--french", "-1"); len(c) != 1 || c["en"] != 3000 {
		t.Errorf("--german -1 --french -1: languages %v, want English only", c)
	}
	if c := langs("--omit-language"); len(c) != 1 || c[""] != 3000 {
		t.Errorf("--omit-language: languages %v, want none stated", c)
	}
	for _, tt := range []struct{ args, why string }{
		{"--german 0.8 --french 0.5", "add up to more than 1"},
		{"--n 0", "--n 0: want 1 or more"}, // the generator would make its default 10,000
		{"--n -5", "--n -5: want 1 or more"},
		{"--words -1", "--words -1: want 0"},
		{"--dup 1", "--dup 1: want a share below 1"},
	} {
		_, _, err := runCmd(t, db, "", append([]string{"gen-corpus"}, strings.Fields(tt.args)...)...)
		if code := exitCode(t.Context(), err); code != exitUsage || !strings.Contains(fmt.Sprint(err), tt.why) {
			t.Errorf("%s: exit %d, error %v; want %d and %q", tt.args, code, err, exitUsage, tt.why)
		}
	}
}

// TestLink_CPUProfile profiles a rebuild: the file is a gzipped pprof
// profile, and a path that cannot be created is an error naming it.
func TestLink_CPUProfile(t *testing.T) {
	db, _ := crawledFixture(t)
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	if _, stderr, err := runCmd(t, db, "", "link", "--rebuild", "--cpuprofile", prof); err != nil {
		t.Fatalf("link --cpuprofile: %v\n%s", err, stderr)
	}
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("profile starts %q, want a gzipped pprof profile", b[:min(len(b), 8)])
	}
	bad := filepath.Join(t.TempDir(), "missing", "cpu.prof")
	if _, _, err := runCmd(t, db, "", "link", "--cpuprofile", bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("link --cpuprofile %s: err = %v, want an error naming it", bad, err)
	}
}
