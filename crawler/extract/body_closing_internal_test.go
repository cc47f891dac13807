package extract

import "testing"

// TestClosingSection_Cases checks where the closing section of a page
// starts: a label of closingLabels in the body's second half, never in its
// first half or as its first block.
func TestClosingSection_Cases(t *testing.T) {
	long := "A paragraph of the article that is long enough to count for something in the body of the page."
	tests := []struct {
		name   string
		blocks []string
		want   int
	}{
		{name: "contact at the end", blocks: []string{long, long, long, "Kontakt:", "Ann Lee, ann@example.org"}, want: 3},
		{name: "sources at the end", blocks: []string{long, long, "Sources", "Lee (2020), p. 4."}, want: 2},
		{name: "about the author", blocks: []string{long, long, long, "Über die Autorin:", long}, want: 3},
		{name: "sources toggle", blocks: []string{long, long, long, "Quellen ausblenden", "Autor", "Ann Lee, Online-Redaktion"}, want: 3},
		{name: "more info heading", blocks: []string{long, long, long, "Noch mehr Infos für dich", "Another story's teaser."}, want: 3},
		{name: "label in the first half", blocks: []string{long, "Kontakt", long, long, long}, want: 0},
		{name: "label first", blocks: []string{"Contact", long, long}, want: 0},
		{name: "label in a sentence", blocks: []string{long, long, long, "Contact the office for details."}, want: 0},
		{name: "too short a body", blocks: []string{long, "Kontakt"}, want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := closingSection(tt.blocks); got != tt.want {
				t.Errorf("closingSection = %d, want %d", got, tt.want)
			}
		})
	}
}
