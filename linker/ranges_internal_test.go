package linker

import (
	"slices"
	"testing"
)

func TestCloseOrder(t *testing.T) {
	// Two stories, 0 2 4 and 1 3 5, whose documents came in turns, a weak
	// link between them, and 6, which links into the second story while
	// nothing links to it.
	link := func(s float64, ds ...int32) []entry {
		var l []entry
		for _, d := range ds {
			l = append(l, entry{d: d, s: s})
		}
		return l
	}
	nb := [][]entry{
		append(link(0.9, 2, 4), link(0.1, 1)...),
		link(0.8, 3, 5),
		link(0.9, 4, 0),
		link(0.8, 5, 1),
		link(0.9, 0, 2),
		link(0.8, 1, 3),
		link(0.7, 5),
	}
	got := closeOrder(nb, len(nb))
	if !slices.Equal(got[:3], []int32{0, 2, 4}) {
		t.Errorf("order %v: want the first story, from 0, before anything else", got)
	}
	if !slices.Contains(got[3:6], 1) || !slices.Contains(got[3:6], 3) || !slices.Contains(got[3:6], 5) {
		t.Errorf("order %v: want the second story next", got)
	}
	if got[6] != 6 {
		t.Errorf("order %v: want 6, linked only into the second story, after it", got)
	}
	if got := closeOrder(make([][]entry, 4), 4); !slices.Equal(got, []int32{0, 1, 2, 3}) {
		t.Errorf("without links: %v, want the input order", got)
	}
}
