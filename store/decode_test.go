package store

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"newslink"
)

// TestDecodeRecord checks the store's record decoder against
// encoding/json on random records as the store writes them, and on
// hand-written JSON: where it decodes, it must decode the same; where it
// declines, encoding/json decides.
func TestDecodeRecord(t *testing.T) {
	pieces := []string{"a", "Z", " ", "\n", "\t", "\"", "\\", "/", "<", ">", "&", "\x01", "\x7f", "é", "中",
		"😀", "\u2028", "\xff", "\xe2\x80", "\u00a0", "{", "}", "[", "]", ":", ",", "null", "0"}
	rng := rand.New(rand.NewPCG(3, 4))
	str := func() string {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	strs := func() []string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		s := make([]string, 1+rng.IntN(3))
		for i := range s {
			s[i] = str()
		}
		return s
	}
	date := func() newslink.Date {
		switch rng.IntN(3) {
		case 0:
			return newslink.Date{}
		case 1:
			return newslink.Day(1990+rng.IntN(40), time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
		}
		zone := time.FixedZone("", 3600*(rng.IntN(25)-12))
		return newslink.Instant(time.Unix(rng.Int64N(2e9), rng.Int64N(1e9)).In(zone))
	}
	for i := range 5000 {
		a := &newslink.Article{ID: rng.Uint64(), URL: str(), Headline: str(), Published: date(), Modified: date(),
			Authors: strs(), Language: str(), Summary: str(), Body: str(), Section: str(), Image: str(), Tags: strs()}
		if rng.IntN(2) == 0 {
			a.Fetched = time.Unix(rng.Int64N(2e9), rng.Int64N(1e9)).UTC()
		}
		if rng.IntN(2) == 0 {
			a.WARC = newslink.WARCLocation{File: str(), Offset: rng.Int64N(1e12), Length: rng.Int64N(1e6)}
		}
		v, err := json.Marshal(toRecord(a))
		if err != nil {
			t.Fatal(err)
		}
		var got, want record
		if !decodeRecord(v, &got) {
			t.Fatalf("record %d declined: %s", i, v)
		}
		if err := json.Unmarshal(v, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("record %d: %s\n got %#v\nwant %#v", i, v, got, want)
		}
	}
	for _, c := range []struct {
		json string
		ok   bool // decodeRecord decodes it (else it declines)
	}{
		{`{}`, true},
		{` { "id" : 7 , "body" : "x\/y\u00e9\ud83d\ude00" , "authors" : null, "tags": [ "a" , "b" ] } `, true},
		{`{"body":"lone \ud800 half","headline":"\ud800\u0041","url":"\uDBFF\uDFFF"}`, true},
		{`{"id":1,"published":null,"modified":"2024-05-01","fetched":null,"warc":null,"language":null}`, true},
		{`{"id":1,"Body":"case differs"}`, false},
		{`{"id":1,"other":1}`, false},
		{`{"id":1.5}`, false},
		{`{"id":-1}`, false},
		{`{"id":01}`, false},
		{`{"body":"tab	inside"}`, false},
		{`{"body":"bad \x escape"}`, false},
		{"{\"body\":\"\xff\"}", false},
		{`{"id":1} trailing`, false},
		{`{"id":1,}`, false},
		{`{"b\u006fdy":"escaped key"}`, false},
		{`{"published":"not a date"}`, false},
		{`[]`, false},
	} {
		var got, want record
		ok := decodeRecord([]byte(c.json), &got)
		if ok != c.ok {
			t.Errorf("decodeRecord(%s) = %v, want %v", c.json, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if err := json.Unmarshal([]byte(c.json), &want); err != nil {
			t.Errorf("decodeRecord(%s) decoded what encoding/json refuses: %v", c.json, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("decodeRecord(%s):\n got %#v\nwant %#v", c.json, got, want)
		}
	}
}

// BenchmarkDecodeRecord decodes an article of about 2,000 characters whose
// body has a line break every 70, as a newsgroup post or a news report
// with paragraphs has: every such string takes the escaped path.
func BenchmarkDecodeRecord(b *testing.B) {
	line := "The committee said on Monday that it would publish the report \"soon\"."
	var body strings.Builder
	for range 30 {
		body.WriteString(line + "\n")
	}
	v, err := json.Marshal(record{ID: 7, URL: "https://example.org/a/7", Headline: "A headline", Body: body.String()})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(v)))
	for b.Loop() {
		var r record
		if !decodeRecord(v, &r) {
			b.Fatal("declined")
		}
	}
}

// TestAppendRelated checks the stored form of a list against what
// encoding/json writes for it, on scores of every magnitude.
func TestAppendRelated(t *testing.T) {
	scores := []float64{0, 1, 0.9673864924020737, 1e-7, 1.5e-9, 1e-6, 9.99e-7, 1e20, 1e21, 3e25, -0.25, 2.0 / 3}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		scores = append(scores, r.Float64(), r.Float64()*1e-8, r.NormFloat64()*1e22)
	}
	for i := 0; i <= len(scores); i += 7 {
		var list []newslink.Related
		var recs []relatedRecord
		for k, s := range scores[max(0, i-7):i] {
			id := uint64(r.Uint32()) << (k * 4)
			list = append(list, newslink.Related{ID: id, Score: s})
			recs = append(recs, relatedRecord{id, s})
		}
		want, err := json.Marshal(recs)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) == 0 {
			want = []byte("[]")
		}
		got, err := appendRelated(nil, list)
		if err != nil || string(got) != string(want) {
			t.Fatalf("appendRelated(%v) = %s, %v; want %s", list, got, err, want)
		}
	}
	if _, err := appendRelated(nil, []newslink.Related{{ID: 1, Score: math.NaN()}}); err == nil {
		t.Error("appendRelated took a NaN score")
	}
}
