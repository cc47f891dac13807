package linker

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestIDTable runs random puts (new IDs and new positions of old ones)
// and deletes against a Go map, with IDs that collide in the table's low
// bits, and checks every lookup.
func TestIDTable(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var ids []uint64
	var tab idTable
	want := map[uint64]int32{}
	check := func(step int) {
		t.Helper()
		for id, pos := range want {
			if got, ok := tab.get(ids, id); !ok || got != pos {
				t.Fatalf("step %d: get(%d) = %d, %v; want %d", step, id, got, ok, pos)
			}
		}
		for range 50 {
			id := r.Uint64N(4000) << 20 // in the map or not
			_, in := want[id]
			if _, ok := tab.get(ids, id); ok != in {
				t.Fatalf("step %d: get(%d) found %v, want %v", step, id, ok, in)
			}
		}
		if tab.n != len(want) {
			t.Fatalf("step %d: %d keys, want %d", step, tab.n, len(want))
		}
	}
	for step := range 20000 {
		id := r.Uint64N(4000) << 20
		switch {
		case r.IntN(4) == 0:
			if pos, ok := want[id]; ok {
				tab.delete(ids, id, pos+1) // not its position: kept
				tab.delete(ids, id, pos)
				delete(want, id)
			}
		default:
			ids = append(ids, id)
			tab.put(ids, int32(len(ids)-1))
			want[id] = int32(len(ids) - 1)
		}
		if step%500 == 0 {
			check(step)
		}
	}
	check(-1)
	dead := make([]bool, len(ids))
	for i, id := range ids {
		dead[i] = want[id] != int32(i)
	}
	tab = newIDTable(ids, dead, 0)
	check(-2)
}

// TestTermTable adds terms one at a time, as Add does, and checks that
// every term and only those are found, with their IDs.
func TestTermTable(t *testing.T) {
	terms := []string{"a", "b"}
	tab := newTermTable(terms)
	for k := range 5000 {
		terms = append(terms, fmt.Sprintf("term%d", k*7))
		tab.put(terms, uint32(len(terms)-1))
	}
	for id, s := range terms {
		if got, ok := tab.get(terms, s); !ok || got != uint32(id) {
			t.Fatalf("get(%q) = %d, %v; want %d", s, got, ok, id)
		}
	}
	for _, s := range []string{"", "c", "term1", "term35001"} {
		if _, ok := tab.get(terms, s); ok {
			t.Errorf("get(%q) found a term never put", s)
		}
	}
}
