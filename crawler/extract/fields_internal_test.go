package extract

import "testing"

// TestItemClass_Cases checks which class words number or alternate a
// list's items, and which name a layout's parts.
func TestItemClass_Cases(t *testing.T) {
	tests := []struct{ in, want string }{
		{"event layout_upcoming upcoming even first cal_1", "event layout_upcoming upcoming cal_1"},
		{"views-row views-row-2 views-row-even", "views-row"},
		{"container _cols--1", "container _cols--1"},
		{"news-latest-item", "news-latest-item"},
	}
	for _, tt := range tests {
		if got := itemClass(tt.in); got != tt.want {
			t.Errorf("itemClass(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
