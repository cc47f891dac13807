package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestBefore_AncestorFirst(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="a"><p id="b">x</p></div><p id="c">y</p>`))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*html.Node{}
	for _, n := range selectAll(doc, matchFunc(func(n *html.Node) bool { return attr(n, "id") != "" })) {
		byID[attr(n, "id")] = n
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"a", "b", true}, {"b", "a", false}, // ties between an element and its descendant
		{"a", "c", true}, {"c", "a", false}, {"b", "c", true}, {"c", "b", false},
	}
	for _, tt := range tests {
		if got := before(byID[tt.a], byID[tt.b]); got != tt.want {
			t.Errorf("before(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
