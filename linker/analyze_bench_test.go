package linker

import (
	"bufio"
	"encoding/json"
	"os"
	"syscall"
	"testing"
	"time"

	"newslink/linker/synth"
)

// BenchmarkAnalyze measures the analysis of a link run on one core:
// language detection, segmentation, word cache, stemming and names for
// every document, with a fresh analyzer per round as a worker starts
// with. LINKER_TEXTS names a JSON Lines file (fields "title" or
// "headline", "body", optional "language") to analyse instead of 2,000
// generated articles, e.g. the import lines of 20 Newsgroups. It reports
// the process's CPU time per round beside the wall time, which a shared
// machine stretches.
func BenchmarkAnalyze(b *testing.B) {
	docs := benchTexts(b)
	ix := &Index{cfg: Config{N: 10}.withDefaults()}
	ids := map[string]uint32{}
	id := func(s string) uint32 {
		v, ok := ids[s]
		if !ok {
			v = uint32(len(ids))
			ids[string([]byte(s))] = v
		}
		return v
	}
	var cpu time.Duration
	for b.Loop() {
		start := cpuTime()
		a := &analyzer{}
		for _, d := range docs {
			ix.docTerms(a, d, id)
		}
		cpu += cpuTime() - start
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

func benchTexts(b *testing.B) []Doc {
	var docs []Doc
	path := os.Getenv("LINKER_TEXTS")
	if path == "" {
		synth.Generate(synth.Config{N: 2000, Seed: 1}, func(a synth.Article) bool {
			docs = append(docs, Doc{ID: uint64(len(docs) + 1), Headline: a.Headline, Body: a.Body, Language: a.Language})
			return true
		})
		return docs
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var l struct{ Title, Headline, Body, Language string }
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			b.Fatal(err)
		}
		if l.Headline == "" {
			l.Headline = l.Title
		}
		docs = append(docs, Doc{ID: uint64(len(docs) + 1), Headline: l.Headline, Body: l.Body, Language: l.Language})
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return docs
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
