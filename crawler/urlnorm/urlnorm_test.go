package urlnorm_test

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"newslink/crawler/urlnorm"
)

func TestNormalize_Table(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"already canonical", "https://example.com/a/b?x=1", "https://example.com/a/b?x=1"},
		{"scheme and host case", "HTTPS://Example.COM/Path", "https://example.com/Path"},
		{"path case kept", "http://example.com/A/B", "http://example.com/A/B"},
		{"empty path", "http://example.com", "http://example.com/"},
		{"empty path with query", "http://example.com?b=1", "http://example.com/?b=1"},
		{"default http port", "http://example.com:80/a", "http://example.com/a"},
		{"default https port", "https://example.com:443/a", "https://example.com/a"},
		{"https on 80 kept", "https://example.com:80/a", "https://example.com:80/a"},
		{"other port kept", "http://example.com:8080/a", "http://example.com:8080/a"},
		{"port leading zeros", "http://example.com:0080/a", "http://example.com/a"},
		{"empty port", "http://example.com:/a", "http://example.com/a"},
		{"fragment removed", "http://example.com/a#section-2", "http://example.com/a"},
		{"fragment with query-like text", "http://example.com/a#x?y=1", "http://example.com/a"},
		{"trailing slash kept", "http://example.com/a/", "http://example.com/a/"},
		{"no trailing slash kept", "http://example.com/a", "http://example.com/a"},
		{"tilde decoded", "http://example.com/%7euser/", "http://example.com/~user/"},
		{"unreserved decoded", "http://example.com/%41%62%2D%2e%5F", "http://example.com/Ab-._"},
		{"hex upper-cased", "http://example.com/a%2fb%c3%a9", "http://example.com/a%2Fb%C3%A9"},
		{"slash escape kept", "http://example.com/a%2Fb", "http://example.com/a%2Fb"},
		{"reserved escapes kept", "http://example.com/a%3Bb%3D?q=%26%3D", "http://example.com/a%3Bb%3D?q=%26%3D"},
		{"space encoded", "http://example.com/a b", "http://example.com/a%20b"},
		{"unicode path encoded", "http://example.com/café/日本", "http://example.com/caf%C3%A9/%E6%97%A5%E6%9C%AC"},
		{"unsafe characters encoded", `http://example.com/a"<>{}|\^` + "`", "http://example.com/a%22%3C%3E%7B%7D%7C%5C%5E%60"},
		{"stray percent", "http://example.com/100%/a%zz%4", "http://example.com/100%25/a%25zz%254"},
		{"sub-delims kept", "http://example.com/a!$&'()*+,;=:@b", "http://example.com/a!$&'()*+,;=:@b"},
		{"dot segments", "http://example.com/a/./b/../c", "http://example.com/a/c"},
		{"dot segments above root", "http://example.com/../../a", "http://example.com/a"},
		{"trailing dot segment", "http://example.com/a/b/..", "http://example.com/a/"},
		{"encoded dot segments", "http://example.com/a/%2E%2E/b", "http://example.com/b"},
		{"double slash kept", "http://example.com//a//b", "http://example.com//a//b"},
		{"unicode host", "http://Bücher.example/", "http://xn--bcher-kva.example/"},
		{"unicode host upper", "http://BÜCHER.example/", "http://xn--bcher-kva.example/"},
		{"punycode host kept", "http://xn--bcher-kva.example/", "http://xn--bcher-kva.example/"},
		{"fullwidth dot host", "http://例え。テスト/", "http://xn--r8jz45g.xn--zckzah/"},
		{"percent-encoded host", "http://ex%61mple.com/", "http://example.com/"},
		{"host trailing dot kept", "http://example.com./a", "http://example.com./a"},
		{"underscore host", "http://my_site.example.com/", "http://my_site.example.com/"},
		{"ipv4", "http://192.168.0.1:8080/", "http://192.168.0.1:8080/"},
		{"ipv6", "http://[2001:DB8::1]/a", "http://[2001:db8::1]/a"},
		{"ipv6 port", "http://[2001:db8:0:0:0:0:0:1]:8080/a", "http://[2001:db8::1]:8080/a"},
		{"ipv6 default port", "https://[::1]:443", "https://[::1]/"},
		{"spaces and newlines", "  http://example.com/a\n/b\t \n", "http://example.com/a/b"},
		{"utm removed", "http://example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z", "http://example.com/a"},
		{"click ids removed", "http://example.com/a?fbclid=1&gclid=2&dclid=3&gbraid=4&wbraid=5&msclkid=6&id=7", "http://example.com/a?id=7"},
		{"mail and misc removed", "http://example.com/a?mc_cid=1&mc_eid=2&igshid=3&yclid=4&_ga=5&_gl=6&ref_src=7&p=1", "http://example.com/a?p=1"},
		{"encoded tracking key removed", "http://example.com/a?utm%5Fsource=x&p=1", "http://example.com/a?p=1"},
		{"query sorted", "http://example.com/a?b=2&a=1&c=3", "http://example.com/a?a=1&b=2&c=3"},
		{"repeated keys keep order", "http://example.com/a?t=z&a=1&t=x&t=y", "http://example.com/a?a=1&t=z&t=x&t=y"},
		{"empty query dropped", "http://example.com/a?", "http://example.com/a"},
		{"only tracking query dropped", "http://example.com/a?utm_source=x", "http://example.com/a"},
		{"empty params dropped", "http://example.com/a?&b=2&&a=1&", "http://example.com/a?a=1&b=2"},
		{"key without value kept", "http://example.com/a?flag&a=", "http://example.com/a?a=&flag"},
		{"plus and %20 kept", "http://example.com/s?q=a+b&r=a%20b", "http://example.com/s?q=a+b&r=a%20b"},
		{"query escapes", "http://example.com/s?q=%7e%e6%97%a5&r=é", "http://example.com/s?q=~%E6%97%A5&r=%C3%A9"},
		{"question mark in query", "http://example.com/s?next=/a?b", "http://example.com/s?next=/a?b"},
		{"jsessionid path param", "http://example.com/a/b;jsessionid=0123ABC?x=1", "http://example.com/a/b?x=1"},
		{"jsessionid upper", "http://example.com/a;JSESSIONID=0123;v=2/c", "http://example.com/a;v=2/c"},
		{"other path params kept", "http://example.com/a;v=2", "http://example.com/a;v=2"},
		{"session params", "http://example.com/a?PHPSESSID=abc&sessionid=1&jsessionid=2&id=3", "http://example.com/a?id=3"},
		{"hex sid removed", "http://example.com/a?sid=0123456789abcdef0123&id=3", "http://example.com/a?id=3"},
		{"short sid kept", "http://example.com/a?sid=42", "http://example.com/a?sid=42"},
		{"non-hex sid kept", "http://example.com/a?sid=world-news-section", "http://example.com/a?sid=world-news-section"},
		{"ref kept", "http://example.com/a?ref=home", "http://example.com/a?ref=home"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := urlnorm.Normalize(tt.in)
			if err != nil {
				t.Fatalf("Normalize(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Normalize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			again, err := urlnorm.Normalize(got)
			if err != nil || again != got {
				t.Errorf("Normalize(%q) = %q, %v; not idempotent", got, again, err)
			}
		})
	}
}

func TestNormalize_Errors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr error
	}{
		{"empty", "", urlnorm.ErrEmpty},
		{"blank", " \t\n", urlnorm.ErrEmpty},
		{"relative", "/a/b", urlnorm.ErrNotAbsolute},
		{"no scheme", "example.com/a", urlnorm.ErrNotAbsolute},
		{"mailto", "mailto:someone@example.com", urlnorm.ErrScheme},
		{"javascript", "javascript:void(0)", urlnorm.ErrScheme},
		{"ftp", "ftp://example.com/file", urlnorm.ErrScheme},
		{"data", "data:text/html,hi", urlnorm.ErrScheme},
		{"no authority", "http:/a/b", urlnorm.ErrNoHost},
		{"opaque", "http:example.com", urlnorm.ErrNoHost},
		{"empty host", "http:///a", urlnorm.ErrNoHost},
		{"port only", "http://:8080/a", urlnorm.ErrNoHost},
		{"userinfo", "http://user:pass@example.com/", urlnorm.ErrUserinfo},
		{"userinfo only", "http://user@/", urlnorm.ErrUserinfo},
		{"bad host characters", "http://exa mple.com/", urlnorm.ErrHost},
		{"empty label", "http://a..b/", urlnorm.ErrHost},
		{"bad idna", "http://\u0378.example/", urlnorm.ErrHost},
		{"ipv6 zone", "http://[fe80::1%25en0]/", urlnorm.ErrHost},
		{"ipv4 in brackets", "http://[1.2.3.4]/", urlnorm.ErrHost},
		{"unclosed ipv6", "http://[::1/", urlnorm.ErrHost},
		{"bad port", "http://example.com:8o/", urlnorm.ErrPort},
		{"port too big", "http://example.com:65536/", urlnorm.ErrPort},
		{"ipv6 bad port", "http://[::1]:x/", urlnorm.ErrPort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := urlnorm.Normalize(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Normalize(%q) = %q, %v; want error %v", tt.in, got, err, tt.wantErr)
			}
			if !strings.HasPrefix(err.Error(), "urlnorm: normalize ") {
				t.Errorf("error %q lacks the operation", err)
			}
		})
	}
}

func TestNormalize_DuplicatesCollapse(t *testing.T) {
	variants := []string{
		"https://www.example.com/news/story-1?id=7&page=2",
		"HTTPS://WWW.EXAMPLE.COM/news/story-1?page=2&id=7",
		"https://www.example.com:443/news/story-1?id=7&page=2#comments",
		"https://www.example.com/news/./extra/../story-1?id=7&page=2",
		"https://www.example.com/%6Eews/story%2D1?id=7&page=2&utm_source=twitter&utm_medium=social",
		"https://www.example.com/news/story-1?fbclid=IwAR0abc&id=7&page=2&",
		"  https://www.example.com/news/story-1;jsessionid=A1B2C3?id=7&page=2&PHPSESSID=f00\n",
	}
	const want = "https://www.example.com/news/story-1?id=7&page=2"
	for _, v := range variants {
		got, err := urlnorm.Normalize(v)
		if err != nil {
			t.Fatalf("Normalize(%q): %v", v, err)
		}
		if got != want {
			t.Errorf("Normalize(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestNormalize_TrailingSlashDistinct(t *testing.T) {
	a, err := urlnorm.Normalize("http://example.com/a/")
	if err != nil {
		t.Fatal(err)
	}
	b, err := urlnorm.Normalize("http://example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	if a == b {
		t.Errorf("/a/ and /a both normalise to %q", a)
	}
}

func TestConfig_Normalize_DropParams(t *testing.T) {
	tests := []struct {
		name string
		drop []string
		in   string
		want string
	}{
		{"nil means defaults", nil, "http://e.com/?utm_source=1&phpsessid=2&a=1", "http://e.com/?a=1"},
		{"empty drops nothing", []string{}, "http://e.com/?utm_source=1&a=1", "http://e.com/?a=1&utm_source=1"},
		{"custom prefix", []string{"x_*", "ref"}, "http://e.com/?x_a=1&X_B=2&ref=3&utm_source=4", "http://e.com/?utm_source=4"},
		{"hex sid always", []string{}, "http://e.com/?sid=0123456789abcdef", "http://e.com/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &urlnorm.Config{DropParams: tt.drop}
			got, err := c.Normalize(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestResolve_Table(t *testing.T) {
	base, err := url.Parse("http://a.example/b/c/d;p?q")
	if err != nil {
		t.Fatal(err)
	}
	// RFC 3986 section 5.4, after normalisation.
	tests := []struct {
		name string
		href string
		want string
	}{
		{"scheme-relative", "//g.example/x", "http://g.example/x"},
		{"relative", "g", "http://a.example/b/c/g"},
		{"dot relative", "./g", "http://a.example/b/c/g"},
		{"directory", "g/", "http://a.example/b/c/g/"},
		{"absolute path", "/g", "http://a.example/g"},
		{"query only", "?y", "http://a.example/b/c/d;p?y"},
		{"relative with query", "g?y", "http://a.example/b/c/g?y"},
		{"fragment only", "#s", "http://a.example/b/c/d;p?q"},
		{"empty", "", "http://a.example/b/c/d;p?q"},
		{"dot", ".", "http://a.example/b/c/"},
		{"dot dot", "..", "http://a.example/b/"},
		{"dot dot g", "../g", "http://a.example/b/g"},
		{"above root", "../../../g", "http://a.example/g"},
		{"absolute", "HTTPS://Other.Example:443/x?utm_source=1", "https://other.example/x"},
		{"spaces in href", " /a b\n", "http://a.example/a%20b"},
		{"unicode href", "/ünï", "http://a.example/%C3%BCn%C3%AF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := urlnorm.Resolve(base, tt.href)
			if err != nil {
				t.Fatalf("Resolve(%q): %v", tt.href, err)
			}
			if got != tt.want {
				t.Errorf("Resolve(%q) = %q, want %q", tt.href, got, tt.want)
			}
		})
	}
}

func TestResolve_Errors(t *testing.T) {
	base, _ := url.Parse("http://a.example/b/")
	rel, _ := url.Parse("/b/")
	tests := []struct {
		name    string
		base    *url.URL
		href    string
		wantErr error
	}{
		{"mailto", base, "mailto:x@example.com", urlnorm.ErrScheme},
		{"javascript", base, "javascript:alert(1)", urlnorm.ErrScheme},
		{"nil base relative", nil, "/a", urlnorm.ErrNotAbsolute},
		{"relative base", rel, "a", urlnorm.ErrNotAbsolute},
		{"userinfo", base, "//u:p@h.example/", urlnorm.ErrUserinfo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := urlnorm.Resolve(tt.base, tt.href)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Resolve(%q) = %q, %v; want %v", tt.href, got, err, tt.wantErr)
			}
		})
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"http://example.com/a/./b/../c?b=2&a=1#f",
		"HTTPS://Bücher.example:443/%7euser;jsessionid=1?utm_source=x",
		"http://[2001:DB8::1]:8080/a b",
		"http://example.com/100%/..;jsessionid=1/x",
		"http://a..b/", "mailto:x", "http://user@/", "http://e.com/?sid=0123456789abcdef0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		n1, err := urlnorm.Normalize(raw)
		if err != nil {
			return
		}
		n2, err := urlnorm.Normalize(n1)
		if err != nil {
			t.Fatalf("Normalize(%q) = %q, which fails: %v", raw, n1, err)
		}
		if n1 != n2 {
			t.Fatalf("not idempotent: %q -> %q -> %q", raw, n1, n2)
		}
		if _, err := url.Parse(n1); err != nil {
			t.Fatalf("Normalize(%q) = %q, which net/url rejects: %v", raw, n1, err)
		}
	})
}

func FuzzResolve(f *testing.F) {
	f.Add("../g?y#s")
	f.Add("//h.example/%7e")
	f.Add("javascript:x")
	base, _ := url.Parse("http://a.example/b/c/d;p?q")
	f.Fuzz(func(t *testing.T, href string) {
		n1, err := urlnorm.Resolve(base, href)
		if err != nil {
			return
		}
		if n2, err := urlnorm.Normalize(n1); err != nil || n1 != n2 {
			t.Fatalf("Resolve(%q) = %q, renormalised %q, %v", href, n1, n2, err)
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	cases := []struct{ name, url string }{
		{"canonical", "https://www.example.com/news/2026/11/25/story-slug"},
		{"tracking", "HTTPS://WWW.Example.com:443/news/./x/../story?utm_source=tw&utm_medium=social&id=7&fbclid=abc#c"},
		{"unicode", "http://Bücher.example/café/日本?q=é&b=2&a=1"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := urlnorm.Normalize(c.url); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
