package urlnorm_test

import (
	"errors"
	"testing"

	"newslink/crawler/urlnorm"
)

func TestIdentifier_Table(t *testing.T) {
	for _, tt := range []struct {
		name, raw, want string
		wantErr         error
	}{
		{name: "http URL canonical", raw: "HTTPS://News.Example/a/./b?utm_source=x&b=2&a=1#top", want: "https://news.example/a/b?a=1&b=2"},
		{name: "URN kept", raw: "urn:newsml:example.com:20150306:story", want: "urn:newsml:example.com:20150306:story"},
		{name: "path kept", raw: "/uk/2015/story", want: "/uk/2015/story"},
		{name: "made-up key kept", raw: "story 42", want: "story 42"},
		{name: "http without host", raw: "http:///path", wantErr: urlnorm.ErrNoHost},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := urlnorm.Identifier(tt.raw)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Identifier(%q) = %q, %v; want error %v", tt.raw, got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Identifier(%q) = %q, %v; want %q", tt.raw, got, err, tt.want)
			}
		})
	}
}

func TestIsWeb_Table(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want bool
	}{
		{"https://img.example/a.jpg", true},
		{"http://img.example", true},
		{"HTTPS://img.example/a.jpg", true},
		{"//img.example/a.jpg", false},
		{"/a.jpg", false},
		{"javascript:alert(1)", false},
		{"data:image/png;base64,AAAA", false},
		{"https:///a.jpg", false},
		{"", false},
		{"http://[::1", false},
	} {
		t.Run(tt.raw, func(t *testing.T) {
			if got := urlnorm.IsWeb(tt.raw); got != tt.want {
				t.Errorf("IsWeb(%q) = %v, want %v", tt.raw, got, tt.want)
			}
		})
	}
}
