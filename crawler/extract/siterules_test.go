package extract_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"newslink/crawler/extract"
)

func TestCompileSiteRules_Errors(t *testing.T) {
	tests := []struct {
		name    string
		sel     extract.Selectors
		wantKey string // "" means no error
	}{
		{name: "empty", sel: extract.Selectors{}},
		{name: "valid", sel: extract.Selectors{Headline: "h1.title", Published: "span.stamp@data-ts", Body: "div.s1 p, div.s2 p", Remove: []string{".promo"}}},
		{name: "attribute with @ inside brackets", sel: extract.Selectors{Authors: `a[href^="mailto:x@y"]`}},
		{name: "bad body", sel: extract.Selectors{Body: "div["}, wantKey: "body"},
		{name: "bad headline", sel: extract.Selectors{Headline: "h1 >> span"}, wantKey: "headline"},
		{name: "bad published with attribute", sel: extract.Selectors{Published: "span[@data-ts"}, wantKey: "published"},
		{name: "bad image", sel: extract.Selectors{Image: "img:nope"}, wantKey: "image"},
		{name: "bad second remove", sel: extract.Selectors{Remove: []string{".ok", "div[class"}}, wantKey: "remove[2]"},
		{name: "empty remove", sel: extract.Selectors{Remove: []string{" "}}, wantKey: "remove[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract.CompileSiteRules(tt.sel)
			if tt.wantKey == "" {
				if err != nil {
					t.Fatalf("CompileSiteRules: %v", err)
				}
				return
			}
			var se *extract.SelectorError
			if !errors.As(err, &se) {
				t.Fatalf("error %v, want a *SelectorError", err)
			}
			if se.Key != tt.wantKey {
				t.Errorf("key %q, want %q", se.Key, tt.wantKey)
			}
			if !strings.HasPrefix(err.Error(), tt.wantKey+": bad selector ") {
				t.Errorf("message %q", err)
			}
		})
	}
}

// sitePage is a page whose general extraction goes wrong: its <h1> is a
// kicker, its date only in an attribute, its body split around a long
// appeal to subscribe.
const sitePage = `<!DOCTYPE html><html lang="en"><head><title>Gazette</title></head><body>
<h1 class="kicker">Local news</h1>
<div class="kicker"><span class="real-title">Harbour ferry sails again</span></div>
<p class="meta"><span class="stamp" data-ts="2015-03-06T09:00:00Z">Friday</span>
<time class="upd">7 March 2015</time>
<span class="by">Words: <a>Ann Lee</a>, <a>Bo Chan</a>, <a>ann lee</a></span></p>
<div class="s2"><p>Second part, after the appeal, closes the story.</p></div>
<div class="s1"><p>First part of the story, about the ferry.</p><p>More of the first part.</p></div>
<div class="promo"><p>Subscribe now. Subscribe now. Subscribe now. Subscribe now. Subscribe now. Subscribe now. Subscribe now.</p></div>
<figure class="lead"><img src="/img/blank.gif" data-src="/img/ferry.jpg" alt=""></figure>
</body></html>`

func TestExtract_SiteRules(t *testing.T) {
	compile := func(s extract.Selectors) *extract.SiteRules {
		t.Helper()
		r, err := extract.CompileSiteRules(s)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tests := []struct {
		name          string
		rules         extract.Selectors
		wantHeadline  string
		wantPublished string
		wantModified  string
		wantAuthors   []string
		wantBody      string
		wantImage     string
	}{
		{
			name: "every field",
			rules: extract.Selectors{Headline: "div.kicker span.real-title", Published: "span.stamp@data-ts", Modified: "time.upd",
				Authors: "span.by a", Body: "div.s1 p, div.s2 p", Image: "figure.lead img", Remove: []string{".promo"}},
			wantHeadline: "Harbour ferry sails again", wantPublished: "2015-03-06T09:00:00Z", wantModified: "2015-03-07",
			wantAuthors: []string{"Ann Lee", "Bo Chan"},
			// Document order, not selector order: s2 comes first on the page.
			wantBody:  "Second part, after the appeal, closes the story.\n\nFirst part of the story, about the ferry.\n\nMore of the first part.",
			wantImage: "https://gazette.example/img/ferry.jpg",
		},
		{
			name:  "attribute image",
			rules: extract.Selectors{Image: "figure.lead img@data-src"}, wantImage: "https://gazette.example/img/ferry.jpg",
		},
		{
			name:  "remove reaches the general rules",
			rules: extract.Selectors{Remove: []string{".promo", "h1"}},
		},
		{
			name: "selectors matching nothing fall back",
			rules: extract.Selectors{Headline: "h3.none", Published: "span.none@data-ts", Authors: "span.none",
				Body: "div.none p", Image: "img.none"},
		},
	}
	page := func() *strings.Reader { return strings.NewReader(sitePage) }
	const url = "https://gazette.example/local/ferry"
	general, err := extract.Extract(page(), extract.Options{URL: url, Fetched: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if general.Headline == "Harbour ferry sails again" || !general.Published.IsZero() && general.Published.String() == "2015-03-06T09:00:00Z" {
		t.Fatalf("the general rules already read the page right (%q, %s): the test proves nothing", general.Headline, general.Published)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := extract.Extract(page(), extract.Options{URL: url, Fetched: fetched, Site: compile(tt.rules)})
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "remove reaches the general rules" {
				if strings.Contains(res.Body, "Subscribe") || res.Headline == "Local news" || res.Headline == "" {
					t.Errorf("removed elements were read: headline %q, body %q", res.Headline, res.Body)
				}
				return
			}
			or := func(want, fallback string) string {
				if want == "" {
					return fallback
				}
				return want
			}
			if want := or(tt.wantHeadline, general.Headline); res.Headline != want {
				t.Errorf("headline %q, want %q", res.Headline, want)
			}
			if want := or(tt.wantPublished, general.Published.String()); res.Published.String() != want {
				t.Errorf("published %q, want %q", res.Published, want)
			}
			if want := or(tt.wantModified, general.Modified.String()); res.Modified.String() != want {
				t.Errorf("modified %q, want %q", res.Modified, want)
			}
			wantAuthors := tt.wantAuthors
			if wantAuthors == nil {
				wantAuthors = general.Authors
			}
			if !slices.Equal(res.Authors, wantAuthors) {
				t.Errorf("authors %q, want %q", res.Authors, wantAuthors)
			}
			if tt.wantBody != "" && res.Body != tt.wantBody {
				t.Errorf("body %q, want %q", res.Body, tt.wantBody)
			}
			if want := or(tt.wantImage, general.Image); res.Image != want {
				t.Errorf("image %q, want %q", res.Image, want)
			}
			if tt.name == "selectors matching nothing fall back" && res.Body != general.Body {
				t.Errorf("body %q, want the general rules' %q", res.Body, general.Body)
			}
		})
	}
}

func TestExtract_SiteRulesNilIsGeneral(t *testing.T) {
	a, err := extract.Extract(strings.NewReader(sitePage), extract.Options{URL: "https://gazette.example/x", Fetched: fetched})
	if err != nil {
		t.Fatal(err)
	}
	r, err := extract.CompileSiteRules(extract.Selectors{})
	if err != nil || r != nil {
		t.Fatalf("CompileSiteRules(zero) = %v, %v; want nil, nil", r, err)
	}
	b, err := extract.Extract(strings.NewReader(sitePage), extract.Options{URL: "https://gazette.example/x", Fetched: fetched, Site: r})
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != b.Headline || a.Body != b.Body || a.Published != b.Published {
		t.Errorf("nil rules changed the result: %+v vs %+v", a, b)
	}
}
