package linker

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"
)

// Doc is one article as the linker sees it. ID identifies it in the
// returned links; the other fields are its text, its language (a BCP 47
// tag such as "en" or "de-DE"; "" means English) and its publication date
// (the zero time means unknown).
type Doc struct {
	ID        uint64
	Headline  string
	Body      string
	Language  string
	Published time.Time
}

// Link is one entry of a related list: the ID of the related document and
// its similarity score in [0, 1], higher is closer.
type Link struct {
	ID    uint64
	Score float64
}

// Config holds the options of Related. The zero value means the documented
// default of every field.
type Config struct {
	// N is the length of each related list; 0 means 5.
	N int
	// HeadlineWeight multiplies the term frequency of headline words; 0
	// means 3.
	HeadlineWeight float64
	// MinScore drops links whose score is below it; 0 keeps every link
	// with a positive score.
	MinScore float64
}

func (c Config) withDefaults() Config {
	if c.N <= 0 {
		c.N = 5
	}
	if c.HeadlineWeight <= 0 {
		c.HeadlineWeight = 3
	}
	return c
}

// Related returns for each docs[i] its top-N related docs (never itself),
// best first: by score descending, then by publication date descending,
// then by ID ascending. The result does not depend on the order of docs
// nor on the number of cores. It returns ctx.Err() if ctx is done before
// it finishes.
func Related(ctx context.Context, docs []Doc, cfg Config) ([][]Link, error) {
	cfg = cfg.withDefaults()
	vecs := make([][]posting, len(docs)) // per doc: (term, weight), term ascending
	df := map[string]int{}
	termsOf := make([]map[string]float64, len(docs))
	for i, d := range docs {
		tf := map[string]float64{}
		for _, t := range analyze(d.Headline, d.Language) {
			tf[t] += cfg.HeadlineWeight
		}
		for _, t := range analyze(d.Body, d.Language) {
			tf[t]++
		}
		termsOf[i] = tf
		for t := range tf {
			df[t]++
		}
	}
	n := float64(len(docs))
	var vocab []string
	for t, c := range df {
		if c >= 2 && float64(c) <= 0.5*n {
			vocab = append(vocab, t)
		}
	}
	slices.Sort(vocab)
	ids := make(map[string]int32, len(vocab))
	for k, t := range vocab {
		ids[t] = int32(k)
	}
	index := make([][]posting, len(vocab)) // term → (doc, weight)
	for i, tf := range termsOf {
		var v []posting
		var norm float64
		for t, f := range tf {
			id, ok := ids[t]
			if !ok {
				continue
			}
			w := (1 + math.Log(f)) * (math.Log((1+n)/(1+float64(df[t]))) + 1)
			v = append(v, posting{id, float32(w)})
		}
		slices.SortFunc(v, func(a, b posting) int { return cmp.Compare(a.i, b.i) })
		for _, p := range v {
			norm += float64(p.w) * float64(p.w)
		}
		norm = math.Sqrt(norm)
		for k := range v {
			v[k].w = float32(float64(v[k].w) / norm)
		}
		vecs[i] = v
		termsOf[i] = nil
	}
	for i, v := range vecs {
		for _, p := range v {
			index[p.i] = append(index[p.i], posting{int32(i), p.w})
		}
	}
	out := make([][]Link, len(docs))
	acc := make([]float64, len(docs))
	var touched []int32
	for i, v := range vecs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("linker: related: %w", err)
			}
		}
		touched = touched[:0]
		for _, p := range v {
			for _, q := range index[p.i] {
				if q.i == int32(i) {
					continue
				}
				if acc[q.i] == 0 {
					touched = append(touched, q.i)
				}
				acc[q.i] += float64(p.w) * float64(q.w)
			}
		}
		cands := make([]cand, 0, len(touched))
		for _, j := range touched {
			s := min(acc[j], 1)
			acc[j] = 0
			if s > 0 && s >= cfg.MinScore {
				cands = append(cands, cand{j, s})
			}
		}
		slices.SortFunc(cands, func(a, b cand) int {
			if c := cmp.Compare(b.s, a.s); c != 0 {
				return c
			}
			if c := docs[b.j].Published.Compare(docs[a.j].Published); c != 0 {
				return c
			}
			return cmp.Compare(docs[a.j].ID, docs[b.j].ID)
		})
		if len(cands) > cfg.N {
			cands = cands[:cfg.N]
		}
		l := make([]Link, len(cands))
		for k, c := range cands {
			l[k] = Link{ID: docs[c.j].ID, Score: c.s}
		}
		out[i] = l
	}
	return out, nil
}

type cand struct {
	j int32
	s float64
}

type posting struct {
	i int32
	w float32
}
