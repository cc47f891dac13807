package urlnorm_test

import (
	"net/url"
	"testing"

	"newslink/crawler/urlnorm"
)

func TestRequest(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"query order and parameters kept", "http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par", "http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par"},
		{"tracking parameters kept", "https://a.example/x?utm_source=rss&id=3", "https://a.example/x?utm_source=rss&id=3"},
		{"trailing slash kept", "https://a.example/a/", "https://a.example/a/"},
		{"escapes kept as found", "https://a.example/a%2Fb/%7euser", "https://a.example/a%2Fb/%7euser"},
		{"scheme, host, default port, fragment", "HTTP://Example.COM:80/Path#frag", "http://example.com/Path"},
		{"dot segments", "https://a.example/a/./b/../c", "https://a.example/a/c"},
		{"unsafe bytes escaped", "https://a.example/a b/\"q\"?x=<1>", "https://a.example/a%20b/%22q%22?x=%3C1%3E"},
		{"non-ASCII as UTF-8", "https://a.example/straße", "https://a.example/stra%C3%9Fe"},
		{"lone percent escaped", "https://a.example/100%?x=5%", "https://a.example/100%25?x=5%25"},
		{"empty path", "https://a.example", "https://a.example/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := urlnorm.Request(tt.raw)
			if err != nil || got != tt.want {
				t.Errorf("Request(%q) = %q, %v; want %q", tt.raw, got, err, tt.want)
			}
		})
	}
}

func TestResolveRequest(t *testing.T) {
	base, _ := url.Parse("https://a.example/news/2015/index.html?page=2")
	tests := []struct{ href, want string }{
		{"story?b=2&a=1", "https://a.example/news/2015/story?b=2&a=1"},
		{"../archive/", "https://a.example/news/archive/"},
		{"?page=3", "https://a.example/news/2015/index.html?page=3"},
		{"//b.example/x?z=1&y=2#top", "https://b.example/x?z=1&y=2"},
		{"/a b", "https://a.example/a%20b"},
	}
	for _, tt := range tests {
		got, err := urlnorm.ResolveRequest(base, tt.href)
		if err != nil || got != tt.want {
			t.Errorf("ResolveRequest(%q) = %q, %v; want %q", tt.href, got, err, tt.want)
		}
	}
	if _, err := urlnorm.ResolveRequest(base, "mailto:x@a.example"); err == nil {
		t.Error("ResolveRequest(mailto:) succeeded, want ErrScheme")
	}
}

// TestResolveBoth checks that one resolution gives what Resolve and
// ResolveRequest give apart.
func TestResolveBoth(t *testing.T) {
	base, _ := url.Parse("https://a.example/news/2015/index.html?page=2")
	for _, href := range []string{"story?b=2&a=1&utm_source=rss", "../archive/", "?page=3", "//b.example/x?z=1&y=2#top", "/a b", "https://c.example"} {
		canon, req, err := urlnorm.ResolveBoth(base, href)
		wantCanon, err1 := urlnorm.Resolve(base, href)
		wantReq, err2 := urlnorm.ResolveRequest(base, href)
		if err != nil || err1 != nil || err2 != nil || canon != wantCanon || req != wantReq {
			t.Errorf("ResolveBoth(%q) = %q, %q, %v; want %q, %q", href, canon, req, err, wantCanon, wantReq)
		}
	}
	if _, _, err := urlnorm.ResolveBoth(base, "mailto:x@a.example"); err == nil {
		t.Error("ResolveBoth(mailto:) succeeded")
	}
}
