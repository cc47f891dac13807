package extract

import "testing"

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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropInert(tt.in); got != tt.want {
				t.Errorf("dropInert(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
