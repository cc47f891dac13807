package linker_test

import (
	"context"
	"slices"
	"testing"

	"newslink/linker"
)

// TestCompounds checks that a German compound shares its parts with the
// documents that use them alone, in a rebuild and in an add, and that a
// word that only looks like two ("Wirtschaft": "Wirt" is a word, "schaft"
// none) keeps to itself.
func TestCompounds(t *testing.T) {
	de := func(id uint64, body string) linker.Doc {
		return linker.Doc{ID: id, Body: body, Language: "de"}
	}
	docs := []linker.Doc{
		de(1, "Die Regierung in Wien beschließt das Budget für die Schulen."),
		de(2, "Die Regierung plant neue Steuern für das Land und die Gemeinden."),
		de(3, "Das Land Tirol meldet Neuschnee und gesperrte Straßen."),
		de(4, "Die Landesregierung in Innsbruck berät über Lawinen."),
		de(5, "Der Wirt des Gasthauses am Hauptplatz sperrt zu."),
		de(6, "Ein Wirt in Graz kocht für Obdachlose."),
		de(7, "Die Wirtschaft wächst im Herbst kräftiger als erwartet."),
		de(8, "Der Herbst bringt Regen, Nebel und ein knappes Budget ins Gasthaus."),
	}
	shared := func(ix *linker.Index, a, b uint64) []string {
		t.Helper()
		e, err := ix.ExplainPair(a, b, 20)
		if err != nil {
			t.Fatal(err)
		}
		var terms []string
		for _, tw := range e.Terms {
			terms = append(terms, tw.Term)
		}
		return terms
	}
	ix, err := linker.Build(context.Background(), docs, linker.Config{N: 5, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := shared(ix, 4, 1); !slices.Contains(got, "regier") {
		t.Errorf("Landesregierung and Regierung share %q, want \"regier\" among them", got)
	}
	if got := shared(ix, 4, 3); !slices.Contains(got, "land") {
		t.Errorf("Landesregierung and Land share %q, want \"land\" among them", got)
	}
	if got := shared(ix, 7, 5); slices.Contains(got, "wirt") {
		t.Errorf("Wirtschaft and Wirt share %q, want no \"wirt\"", got)
	}
	// An added document's compounds split against the archive's words.
	if _, err := ix.Add(context.Background(), []linker.Doc{de(9, "Das Landesbudget sieht Hilfe für Lawinenopfer vor.")}); err != nil {
		t.Fatal(err)
	}
	if got := shared(ix, 9, 1); !slices.Contains(got, "budget") {
		t.Errorf("added Landesbudget and Budget share %q, want \"budget\" among them", got)
	}
}
