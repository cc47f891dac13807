package evalextract_test

import (
	"fmt"

	"newslink/crawler/extract"
	"newslink/internal/evalextract"
)

func ExampleScorePage() {
	g := evalextract.Gold{Title: "Bridge reopens", With: []string{"steel deck", "new lights"}, Without: []string{"Copyright"}}
	res := &extract.Result{Headline: "Bridge  reopens", Body: "Its steel\ndeck was replaced."}
	s := evalextract.ScorePage(g, res, nil, false)
	fmt.Printf("tp %d fp %d fn %d, headline %v\n", s.TP, s.FP, s.FN, s.TitleOK)
	// Output: tp 1 fp 0 fn 1, headline true
}
