package evalrelated_test

import (
	"fmt"

	"newslink/internal/evalrelated"
	"newslink/linker"
)

func ExampleScore() {
	arts := []evalrelated.Article{{Label: "a"}, {Label: "a"}, {Label: "b"}}
	// Article 0 lists 1 first; article 1 lists the unrelated 2 first.
	lists := [][]linker.Link{{{ID: 1}}, {{ID: 2}, {ID: 0}}, nil}
	s := evalrelated.Score(arts, lists)
	fmt.Printf("scored %d, P@10 %.2f, R@10 %.2f, MAP@10 %.2f\n", s.Scored, s.P10, s.R10, s.MAP10)
	// Output: scored 2, P@10 0.10, R@10 1.00, MAP@10 0.75
}
