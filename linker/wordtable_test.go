package linker

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordTable checks the analyzer's word cache against a map through
// its growth, with words that fit a slot and words that do not.
func TestWordTable(t *testing.T) {
	tab := newWordTable()
	want := map[string]int32{}
	for i := range 100000 {
		w := fmt.Sprintf("w%x", i*7919)
		if i%50 == 0 {
			w = strings.Repeat(w, 5) // longer than a slot's key
		}
		if i%3 == 0 {
			w = "É" + w
		}
		if _, ok := tab.get(w); ok {
			t.Fatalf("%q found before it was put", w)
		}
		tab.put(w, int32(i%1000-1))
		want[w] = int32(i%1000 - 1)
	}
	for w, id := range want {
		got, ok := tab.get(w)
		if !ok || got != id {
			t.Fatalf("get(%q) = %d, %v; want %d", w, got, ok, id)
		}
	}
	for _, w := range []string{"", "w", "wx", strings.Repeat("z", slotKey), strings.Repeat("z", slotKey+1)} {
		if _, ok := tab.get(w); ok {
			t.Fatalf("get(%q) found a word never put", w)
		}
	}
	if len(tab.slots) <= 1<<14 || tab.n*4 > len(tab.slots)*3 {
		t.Fatalf("%d slots for %d words: the table did not grow", len(tab.slots), tab.n)
	}
}
