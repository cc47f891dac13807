package linker

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Explanation says why one document is in another's list.
type Explanation struct {
	ID         uint64        // the related document
	Score      float64       // its score: Cosine × DateFactor
	Cosine     float64       // cosine of the two weighted term vectors
	DateFactor float64       // factor for the time between them, in [1−DateWeight, 1]
	Apart      time.Duration // time between the two publications; 0 if a date is unknown
	Terms      []TermWeight  // the shared terms that contributed most, largest first
}

// TermWeight is one term's contribution to a cosine.
type TermWeight struct {
	Term   string  // a stem, a number, or a name ("tara reid"), as indexed
	Name   bool    // whether Term is a capitalised multi-word name
	Weight float64 // its share of the cosine; the shares of all terms add up to it
}

// String formats an explanation on one line.
func (e Explanation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d score %.3f = cosine %.3f × date %.3f:", e.ID, e.Score, e.Cosine, e.DateFactor)
	for _, t := range e.Terms {
		q := t.Term
		if t.Name {
			q = `"` + q + `"`
		}
		fmt.Fprintf(&b, " %s %.3f", q, t.Weight)
	}
	return b.String()
}

// Explain returns, for the document with the given ID, an explanation of
// each entry of its list, in list order, with at most terms terms each
// (0 means 8). It returns an error wrapping ErrNotFound for an unknown ID.
func (ix *Index) Explain(id uint64, terms int) ([]Explanation, error) {
	x, ok := ix.byID.get(ix.ids, id)
	if !ok || ix.dead[x] {
		return nil, fmt.Errorf("linker: explain %d: %w", id, ErrNotFound)
	}
	list := ix.listOf(x)
	out := make([]Explanation, 0, len(list))
	for _, e := range list {
		out = append(out, ix.explain(x, e.d, terms))
	}
	return out, nil
}

// ExplainPair explains the score of b as a candidate for a's list, whether
// or not it made the list.
func (ix *Index) ExplainPair(a, b uint64, terms int) (Explanation, error) {
	x, ok := ix.byID.get(ix.ids, a)
	if !ok || ix.dead[x] {
		return Explanation{}, fmt.Errorf("linker: explain %d: %w", a, ErrNotFound)
	}
	d, ok := ix.byID.get(ix.ids, b)
	if !ok || ix.dead[d] {
		return Explanation{}, fmt.Errorf("linker: explain %d: %w", b, ErrNotFound)
	}
	return ix.explain(x, d, terms), nil
}

func (ix *Index) explain(x, d int32, terms int) Explanation {
	if terms <= 0 {
		terms = 8
	}
	ta, wa := ix.vec(x)
	tb, wb := ix.vec(d)
	var tws []TermWeight
	i, j := 0, 0
	for i < len(ta) && j < len(tb) {
		switch {
		case ta[i] < tb[j]:
			i++
		case ta[i] > tb[j]:
			j++
		default:
			t := ix.terms[ta[i]]
			tws = append(tws, TermWeight{Term: t, Name: strings.Contains(t, " "), Weight: float64(wa[i]) * float64(wb[j])})
			i++
			j++
		}
	}
	slices.SortFunc(tws, func(p, q TermWeight) int {
		if c := cmp.Compare(q.Weight, p.Weight); c != 0 {
			return c
		}
		return strings.Compare(p.Term, q.Term)
	})
	if len(tws) > terms {
		tws = tws[:terms]
	}
	c := min(ix.dot(x, d), 1)
	f := ix.cfg.dateFactor(ix.pub[x], ix.pub[d])
	var apart time.Duration
	if ix.pub[x] != noDate && ix.pub[d] != noDate {
		apart = time.Duration(ix.pub[x]-ix.pub[d]) * time.Second
		if apart < 0 {
			apart = -apart
		}
	}
	return Explanation{ID: ix.ids[d], Score: c * f, Cosine: c, DateFactor: f, Apart: apart, Terms: tws}
}
