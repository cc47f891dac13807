package linker_test

import (
	"context"
	"fmt"

	"newslink/linker"
)

func ExampleRelated() {
	docs := []linker.Doc{
		{ID: 1, Headline: "Earthquake hits Chile", Body: "A strong earthquake struck northern Chile on Monday."},
		{ID: 2, Headline: "Chile earthquake toll rises", Body: "The toll of the northern Chile earthquake rose to six."},
		{ID: 3, Headline: "Central bank raises rates", Body: "The central bank raised interest rates on Monday."},
		{ID: 4, Headline: "Bank rates rise again", Body: "Interest rates rose again as the central bank acted."},
	}
	lists, err := linker.Related(context.Background(), docs, linker.Config{N: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, l := range lists {
		for _, r := range l {
			fmt.Printf("%d -> %d\n", docs[i].ID, r.ID)
		}
	}
	// Output:
	// 1 -> 2
	// 2 -> 1
	// 3 -> 4
	// 4 -> 3
}
