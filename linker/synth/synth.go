// Package synth generates seeded synthetic news corpora for measuring the
// linker at scale: articles in story clusters, stories grouped in topics,
// a Zipf vocabulary, names, dates, follow-ups and near-duplicates (one
// wire story under two URLs). The same Config always yields the same
// articles.
//
// A share of the topics is written in German and a share in French: the
// same invented content words, inflected with endings that the language's
// stemmer removes ("karito", "karitoen", "karitoes"), German nouns
// capitalised, and the language's function words ("der", "und"; "les",
// "l'") making up about a third of the text, as in real prose. English
// topics have no function words (the linker drops them anyway) and are
// the same whatever the shares: changing the shares changes only the
// stories of the topics that change language.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

// Config sets the size and shape of a corpus. Its zero value means the
// documented default of every field.
type Config struct {
	N        int     // articles; 0 means 10,000
	Seed     uint64  // random seed
	Vocab    int     // vocabulary size; 0 means 30·√(N·Words) (Heaps' law), at least 20,000
	Story    float64 // mean articles per story; 0 means 6
	Stories  int     // stories per topic; 0 means 8
	DupShare float64 // share of articles that are near-duplicates of another; 0 means 0.03
	Words    int     // mean body length in words; 0 means 150
	Start    time.Time
	Years    int // span of publication dates; 0 means 10
	// German and French are the shares of topics written in each
	// language; 0 means 0.1, negative means none.
	German, French float64
	// OmitLanguage leaves the language field of every article empty, so
	// that the linker has to detect it.
	OmitLanguage bool
}

func (c Config) withDefaults() Config {
	if c.N <= 0 {
		c.N = 10000
	}
	if c.Story <= 0 {
		c.Story = 6
	}
	if c.Stories <= 0 {
		c.Stories = 8
	}
	if c.DupShare == 0 {
		c.DupShare = 0.03
	}
	if c.Words <= 0 {
		c.Words = 150
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if c.Years <= 0 {
		c.Years = 10
	}
	if c.Vocab <= 0 {
		c.Vocab = max(20000, int(30*math.Sqrt(float64(c.N)*float64(c.Words))))
	}
	if c.German == 0 {
		c.German = 0.1
	}
	if c.French == 0 {
		c.French = 0.1
	}
	return c
}

// Article is one generated article. Label names its story (the gold
// relation: articles with the same label are the same story) and Topic
// its topic (stories of one topic are similar but different). Language
// is "en", "de" or "fr" ("" with Config.OmitLanguage).
type Article struct {
	URL       string    `json:"url"`
	Headline  string    `json:"headline"`
	Published time.Time `json:"published"`
	Body      string    `json:"body"`
	Language  string    `json:"language"`
	Label     string    `json:"label"`
	Topic     string    `json:"topic"`
}

// Generate calls yield for every article, story by story, until it has
// made c.N articles or yield returns false.
func Generate(c Config, yield func(Article) bool) {
	c = c.withDefaults()
	g := newGen(c)
	made := 0
	for story := 0; made < c.N; story++ {
		for _, a := range g.story(story, c.N-made) {
			if !yield(a) {
				return
			}
			made++
		}
	}
}

type gen struct {
	c       Config
	words   []string
	cdf     []float64 // Zipf CDF over words
	first   []string
	last    []string
	places  []string
	topicsN int
}

var syllables = strings.Fields("ka ri to na mo le su vi de pa ro ti lu me shi an ber gor tal ven dor mis kel ran fo bu ze qua tre pli sto cro mar nel")

func word(r *rand.Rand, minSyl, maxSyl int) string {
	n := minSyl + r.IntN(maxSyl-minSyl+1)
	var b strings.Builder
	for range n {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	return b.String()
}

func newGen(c Config) *gen {
	r := rand.New(rand.NewPCG(c.Seed, 1))
	g := &gen{c: c}
	seen := map[string]bool{}
	uniq := func(minSyl, maxSyl int) string {
		for try := 0; ; try++ {
			if try%32 == 31 {
				maxSyl++ // the short words are taken
			}
			w := word(r, minSyl, maxSyl)
			if !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	for range c.Vocab {
		g.words = append(g.words, uniq(1, 4))
	}
	g.cdf = make([]float64, c.Vocab)
	var sum float64
	for i := range g.cdf {
		sum += 1 / math.Pow(float64(i+1), 1.05)
		g.cdf[i] = sum
	}
	for i := range g.cdf {
		g.cdf[i] /= sum
	}
	title := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	for range max(3000, int(30*math.Sqrt(float64(c.N)))) {
		g.first = append(g.first, title(uniq(2, 3)))
		g.last = append(g.last, title(uniq(2, 4)))
		g.places = append(g.places, title(uniq(2, 3)))
	}
	return g
}

func (g *gen) zipf(r *rand.Rand) string {
	return g.words[sort.SearchFloat64s(g.cdf, r.Float64())]
}

// story makes the articles of story number s (at most max).
func (g *gen) story(s, maxN int) []Article {
	c := g.c
	topic := s / c.Stories
	tr := rand.New(rand.NewPCG(c.Seed^0x9e3779b97f4a7c15, uint64(topic)))
	r := rand.New(rand.NewPCG(c.Seed, uint64(s)+2))
	// Topic vocabulary: mid-frequency words shared by the topic's stories.
	topicWords := make([]string, 60)
	for i := range topicWords {
		topicWords[i] = g.words[200+tr.IntN(min(20000, c.Vocab-200))]
	}
	topicPlace := g.places[tr.IntN(len(g.places))]
	// Story evidence: names, a place, rarer keywords, a number.
	names := make([]string, 1+r.IntN(3))
	for i := range names {
		names[i] = g.first[r.IntN(len(g.first))] + " " + g.last[r.IntN(len(g.last))]
	}
	place := g.places[r.IntN(len(g.places))]
	keys := make([]string, 8)
	for i := range keys {
		keys[i] = g.words[1000+r.IntN(c.Vocab-1000)]
	}
	number := fmt.Sprint(2 + r.IntN(500))
	n := 1 + int(r.ExpFloat64()*(c.Story-1)+0.5)
	n = min(n, maxN, 60)
	start := c.Start.Add(time.Duration(r.Int64N(int64(c.Years)*365*24)) * time.Hour)
	label := fmt.Sprintf("s%d", s)
	lang := g.topicLanguage(topic)
	// The surface of German and French text comes from a generator of its
	// own, so that the story's content (r) is the same in every language.
	var surface *style
	var lr *rand.Rand
	if lang != "en" {
		surface = styles[lang]
		lr = rand.New(rand.NewPCG(c.Seed^0x632be59bd9b4e019, uint64(s)))
	}
	stated := lang
	if c.OmitLanguage {
		stated = ""
	}
	out := make([]Article, 0, n)
	for i := 0; i < n; i++ {
		pub := start
		if i > 0 {
			pub = start.Add(time.Duration(r.ExpFloat64() * 3 * 24 * float64(time.Hour))).Truncate(time.Minute)
		}
		if i > 0 && r.Float64() < c.DupShare*2 && len(out) > 0 {
			// A near-duplicate: another outlet's copy of an earlier article.
			src := out[r.IntN(len(out))]
			body := strings.Replace(src.Body, ".", ", "+g.zipf(r)+".", 1)
			out = append(out, Article{
				URL: fmt.Sprintf("https://wire%d.example/%s-%d", r.IntN(9), label, i), Headline: src.Headline,
				Published: pub, Body: body, Language: stated, Label: label, Topic: src.Topic,
			})
			continue
		}
		pick := func() string {
			x := r.Float64()
			switch {
			case x < 0.55:
				return g.zipf(r)
			case x < 0.92:
				return topicWords[int(float64(len(topicWords))*r.Float64()*r.Float64())]
			case x < 0.945:
				return keys[r.IntN(len(keys))]
			case x < 0.97:
				return names[r.IntN(len(names))]
			case x < 0.985:
				if r.IntN(2) == 0 {
					return place
				}
				return topicPlace
			default:
				if r.IntN(2) == 0 {
					return number
				}
				return fmt.Sprint(r.IntN(1000))
			}
		}
		var h strings.Builder
		h.WriteString(names[0])
		for range 5 + r.IntN(4) {
			x := pick()
			h.WriteByte(' ')
			if surface != nil {
				x = surface.word(lr, x, 0.15, false, &h)
			}
			h.WriteString(x)
		}
		var b strings.Builder
		words := c.Words/2 + r.IntN(c.Words+1)
		for w := 0; w < words; {
			sl := 8 + r.IntN(12)
			for j := 0; j < sl; j++ {
				x := pick()
				if j > 0 {
					b.WriteByte(' ')
				}
				if surface != nil {
					x = surface.word(lr, x, 0.5, j == 0, &b)
				}
				if j == 0 {
					x = strings.ToUpper(x[:1]) + x[1:]
				}
				b.WriteString(x)
			}
			b.WriteString(". ")
			w += sl
		}
		out = append(out, Article{
			URL:       fmt.Sprintf("https://news%d.example/%s-%d", r.IntN(20), label, i),
			Headline:  h.String(),
			Published: pub,
			Body:      strings.TrimSpace(b.String()),
			Language:  stated,
			Label:     label,
			Topic:     fmt.Sprintf("t%d", topic),
		})
	}
	return out
}

// topicLanguage returns the language of a topic: German for a share
// c.German of the topics, French for a share c.French, else English. It
// draws from a generator of its own, so that the topics' content does not
// depend on the shares.
func (g *gen) topicLanguage(topic int) string {
	u := rand.New(rand.NewPCG(g.c.Seed^0x2545f4914f6cdd1d, uint64(topic))).Float64()
	switch {
	case g.c.German > 0 && u < g.c.German:
		return "de"
	case g.c.French > 0 && u < max(g.c.German, 0)+g.c.French:
		return "fr"
	}
	return "en"
}

// A style writes a content word in a language other than English.
type style struct {
	function []string          // function words, most frequent first
	cdf      []float64         // Zipf CDF over function
	endings  []string          // inflectional endings the stemmer removes; "" is the bare word
	nouns    float64           // share of content words capitalised as nouns
	elide    map[string]string // function word → its elided form before a vowel ("le" → "l'")
}

// word returns content word x in the style, inflected and perhaps
// capitalised, and before it, with probability p, writes a function word
// and a space to b (or an elided article, joined to the word); first says
// that the word starts a sentence, so the function word is capitalised.
func (st *style) word(r *rand.Rand, x string, p float64, first bool, b *strings.Builder) string {
	if x[0] >= '0' && x[0] <= '9' || x[0] >= 'A' && x[0] <= 'Z' {
		return x // numbers and names as they are
	}
	x += st.endings[r.IntN(len(st.endings))]
	if r.Float64() < st.nouns {
		x = strings.ToUpper(x[:1]) + x[1:]
	}
	if r.Float64() < p {
		f := st.function[sort.SearchFloat64s(st.cdf, r.Float64())]
		if e, ok := st.elide[f]; ok && strings.ContainsRune("aeiouAEIOU", rune(x[0])) {
			return e + x
		}
		if first {
			f = strings.ToUpper(f[:1]) + f[1:]
		}
		b.WriteString(f + " ")
	}
	return x
}

func newStyle(function string, endings []string, nouns float64, elide map[string]string) *style {
	st := &style{function: strings.Fields(function), endings: endings, nouns: nouns, elide: elide}
	var sum float64
	for i := range st.function {
		sum += 1 / float64(i+1)
		st.cdf = append(st.cdf, sum)
	}
	for i := range st.cdf {
		st.cdf[i] /= sum
	}
	return st
}

// styles are the languages other than English, by ISO 639-1 code. The
// function words are the commonest of each language, in order; the
// endings are those that Snowball's stemmer of the language removes.
var styles = map[string]*style{
	"de": newStyle(`der die und in den von zu das mit sich des auf für ist im dem nicht ein die eine
		als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über
		einen so zum war haben nur oder aber vor zur bis mehr durch man`,
		[]string{"", "", "e", "en", "er", "es"}, 0.3, nil),
	"fr": newStyle(`de la le et les des en un du une que est pour qui dans a par plus pas au sur ne
		se ce il sont avec son aux ou cette sa mais ont été elle leur comme`,
		[]string{"", "", "s", "e", "es"}, 0, map[string]string{"le": "l'", "la": "l'", "de": "d'", "que": "qu'"}),
}
