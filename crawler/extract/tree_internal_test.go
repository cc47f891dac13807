package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

func TestDropInert(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "nothing to drop", in: `<p>a</p>`, want: `<p>a</p>`},
		{name: "style and svg emptied", in: `<STYLE type="x">p{}</style><p>a</p><svg viewBox="0 0 1 1"><path d="M0"/><title>Icon</title></SVG>b`,
			want: `<STYLE type="x"></style><p>a</p><svg viewBox="0 0 1 1"></SVG>b`},
		{name: "style in a script kept", in: `<script>var s = "<style>x</style>";</script><p>a</p>`, want: `<script>var s = "<style>x</style>";</script><p>a</p>`},
		{name: "style in a comment kept", in: `<!-- <style>x</style> --><p>a</p>`, want: `<!-- <style>x</style> --><p>a</p>`},
		{name: "not a style element", in: `<styled>x</styled><svgx>y</svgx>`, want: `<styled>x</styled><svgx>y</svgx>`},
		{name: "unclosed style", in: `<p>a</p><style>p{}`, want: `<p>a</p><style>p{}`},
		{name: "unread script emptied", in: `<script>` + strings.Repeat("var a = 1;", 30) + `</script><p>a</p>`, want: `<script></script><p>a</p>`},
		{name: "application state reduced to its date", in: `<script>window.__STATE__ = {"menu": "` + strings.Repeat("x", 300) + `", "article": {"publishedAt": "2021-03-04T05:06:07Z", "body": "…"}};</script><p>a</p>`,
			want: `<script>"datePublished":"2021-03-04T05:06:07Z"</script><p>a</p>`},
		{name: "JSON-LD kept", in: `<script type="application/ld+json">` + strings.Repeat(" ", 300) + `{}</script>`, want: `<script type="application/ld+json">` + strings.Repeat(" ", 300) + `{}</script>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropInert(tt.in); got != tt.want {
				t.Errorf("dropInert(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestScriptRead(t *testing.T) {
	for _, k := range scriptDateKeys {
		if kept, whole := scriptRead("<script", `{"`+k+`": "2020-01-02"}`); whole || kept != `"datePublished":"2020-01-02"` {
			t.Errorf("a script with the key %q: kept %q, whole %v", k, kept, whole)
		}
	}
	if kept, whole := scriptRead("<script", `var x = 1; // public`); whole || kept != "" {
		t.Errorf("a script without a date: kept %q, whole %v", kept, whole)
	}
	if _, whole := scriptRead(`<script type="application/ld+json"`, `{}`); !whole {
		t.Error("JSON-LD is not kept whole")
	}
	if _, whole := scriptRead("<script", `<!-- {"publishDate": "2020-01-02"} -->`); !whole {
		t.Error("a script the tokenizer may read as escaped is not kept whole")
	}
}

// TestScriptDate checks scriptDate against the plain way of reading it
// (each key searched for on its own, the earliest match kept) on random
// application state made of the keys, other keys, dates and JSON.
func TestScriptDate(t *testing.T) {
	plain := func(s string) string {
		first, date := len(s), ""
		for _, k := range scriptDateKeys {
			quoted := `"` + k + `"`
			for from := 0; from < first; {
				i := strings.Index(s[from:], quoted)
				if i < 0 || from+i >= first {
					break
				}
				i += from
				if m := scriptDateRe.FindStringSubmatch(s[i:min(len(s), i+len(quoted)+512)]); m != nil {
					first, date = i, m[1]
					break
				}
				from = i + 1
			}
		}
		return date
	}
	pieces := []string{`"`, `":`, `: `, `"2024-03-01T10:00:00Z"`, `"2023-12-24"`, `"short"`, `{`, `}`, `,`, `null`, `"publisher"`,
		`"datePublishedX"`, `pub`, ` `, `"x":"y"`}
	for _, k := range scriptDateKeys {
		pieces = append(pieces, `"`+k+`"`, k)
	}
	r := rand.New(rand.NewPCG(3, 4))
	found := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		want := plain(s)
		if got := scriptDate(s); got != want {
			t.Fatalf("scriptDate(%q) = %q, want %q", s, got, want)
		}
		if want != "" {
			found++
		}
	}
	if found < 200 {
		t.Errorf("only %d random scripts held a date: the test does not exercise scriptDate", found)
	}
}

// TestCollapse checks collapse against a rune-by-rune reference on random
// strings of ASCII and Unicode spaces, letters, invisible characters and
// invalid bytes.
func TestCollapse(t *testing.T) {
	ref := func(s string) string {
		if strings.Contains(s, "\u200b") || strings.Contains(s, "\ufeff") {
			s = invisibleReplacer.Replace(s)
		}
		var b strings.Builder
		space := false
		for _, r := range s {
			if unicode.IsSpace(r) {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
		return b.String()
	}
	parts := []string{" ", "  ", "\n", "\t", "\u00a0", "\u3000", "a", "Bé", "日本", "\u200b", "\ufeff", "\xff", "\xe2\x80", "\ufffd", "x y"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if got, want := collapse(s), ref(s); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}
