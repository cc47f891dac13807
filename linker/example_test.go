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

func ExampleIndex_Add() {
	ctx := context.Background()
	docs := []linker.Doc{
		{ID: 1, Headline: "Earthquake hits Chile", Body: "A strong earthquake struck northern Chile on Monday."},
		{ID: 2, Headline: "Central bank raises rates", Body: "The central bank raised interest rates on Monday."},
		{ID: 3, Headline: "Bank rates rise again", Body: "Interest rates rose again as the central bank acted."},
		{ID: 5, Headline: "Chile counts earthquake damage", Body: "Northern Chile counted the damage of the earthquake."},
	}
	ix, err := linker.Build(ctx, docs, linker.Config{N: 2, MaxDF: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	// After a crawl: index the new article and store the lists that changed.
	changed, err := ix.Add(ctx, []linker.Doc{
		{ID: 4, Headline: "Chile earthquake toll rises", Body: "The toll of the northern Chile earthquake rose to six."},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range changed {
		l, _ := ix.List(id)
		fmt.Print(id, " ->")
		for _, r := range l {
			fmt.Print(" ", r.ID)
		}
		fmt.Println()
	}
	// Output:
	// 1 -> 5 4
	// 4 -> 5 1
	// 5 -> 1 4
}

func ExampleIndex_Explain() {
	docs := []linker.Doc{
		{ID: 1, Headline: "Tara Reid enters rehab", Body: "Actress Tara Reid checked into Promises Treatment Center."},
		{ID: 2, Headline: "Tara Reid in rehab", Body: "Tara Reid is at Promises Treatment Center, her rep said."},
		{ID: 3, Headline: "Lindsay Lohan enters rehab", Body: "Lindsay Lohan checked into the Betty Ford Center."},
		{ID: 4, Headline: "Lohan at Betty Ford", Body: "Lindsay Lohan began a stay at the Betty Ford Center."},
	}
	// NameWeight 1 adds "tara reid" as a term of its own (names are left
	// out by default).
	ix, err := linker.Build(context.Background(), docs, linker.Config{N: 1, ExpandN: -1, NameWeight: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	ex, err := ix.Explain(1, 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range ex {
		fmt.Println(e)
	}
	// Output:
	// 2 score 0.884 = cosine 0.884 × date 1.000: reid 0.269 tara 0.269 "tara reid" 0.182
}

func ExampleDetectLanguage() {
	fmt.Println(linker.DetectLanguage("Die Regierung hat am Montag angekündigt, dass sie die Steuern erhöhen wird."))
	fmt.Println(linker.DetectLanguage("Le gouvernement a annoncé lundi qu'il allait augmenter les impôts des ménages et des entreprises."))
	fmt.Println(linker.DetectLanguage("O governo anunciou que vai aumentar os impostos pela primeira vez."))
	fmt.Printf("%q\n", linker.DetectLanguage("Merkel in Paris")) // too little to tell
	// Output:
	// de
	// fr
	// pt
	// ""
}

func ExampleLanguage() {
	for _, d := range []linker.Doc{
		{Headline: "Häuser in Berlin werden teurer", Body: "Die Mieten sind im vergangenen Jahr erneut gestiegen."},
		{Headline: "Houses in Berlin", Language: "en-GB"},
		{Headline: "Merkel in Paris"},
	} {
		lang, from := linker.Language(d)
		fmt.Println(lang, from)
	}
	// Output:
	// de detected
	// en stated
	// en default
}
