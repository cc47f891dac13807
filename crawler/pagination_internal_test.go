package crawler

import "testing"

// TestIsNextPage checks which links count as another page of the same
// listing, including the bounds that end a listing answering every number.
func TestIsNextPage(t *testing.T) {
	for _, c := range []struct {
		from, to string
		want     bool
	}{
		{"https://a.example/uk/", "https://a.example/uk/?page=2", true},
		{"https://a.example/uk/?page=2", "https://a.example/uk/?page=3", true},
		{"https://a.example/uk/?page=3", "https://a.example/uk/", false}, // the first page: no number to recognise
		{"https://a.example/uk", "https://a.example/uk/?page=2", true},
		{"https://a.example/uk/?page=2&sort=new", "https://a.example/uk/?sort=new&page=3", true},
		{"https://a.example/uk/?sort=new", "https://a.example/uk/?sort=old&page=2", false},
		{"https://a.example/news/", "https://a.example/news/page/2/", true},
		{"https://a.example/news/page/2/", "https://a.example/news/page/3/", true},
		{"https://a.example/nachrichten/Seite/4", "https://a.example/nachrichten/seite/5", true},
		{"https://a.example/list?s=uk&start=20", "https://a.example/list?s=uk&start=30", true},
		{"https://a.example/uk/", "https://a.example/world/?page=2", false},
		{"https://a.example/uk/", "https://b.example/uk/?page=2", false},
		{"http://a.example/uk/", "https://a.example/uk/?page=2", false},
		{"https://a.example/", "https://a.example/?p=123", false}, // a WordPress post, not a page
		{"https://a.example/uk/", "https://a.example/uk/?page=two", false},
		{"https://a.example/uk/", "https://a.example/uk/?page=1000", true},
		{"https://a.example/uk/?page=1000", "https://a.example/uk/?page=1001", false}, // past the bound: a hop
		{"https://a.example/news/page/1000/", "https://a.example/news/page/1001/", false},
		{"https://a.example/list?start=100000", "https://a.example/list?start=100010", false},
		{"https://a.example/uk/", "https://a.example/uk/page/", false},
		{"https://a.example/2015/03/story", "https://a.example/2015/03/story?page=2", true}, // an article's next page
		{"https://a.example/uk/", "https://a.example/uk/?page=2&page=3", false},
		{"https://a.example/news/", "https://a.example/news/2/", true},
		{"https://a.example/news/2/", "https://a.example/news/3", true},
		{"https://a.example/news/999/", "https://a.example/news/1001/", false},
		{"https://a.example/news/", "https://a.example/sport/2/", false},
		{"https://a.example/", "https://a.example/2/", false}, // no listing path before the number
		{"https://a.example/2015/03/", "https://a.example/2015/04/", true},
		{"https://a.example/2015/01/", "https://a.example/2014/12/", false},
	} {
		if got := isNextPage(listingOf(c.from), c.to); got != c.want {
			t.Errorf("isNextPage(%q, %q) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

// TestDeepListing checks which pages are a listing's pages past the
// first everyRunPages, read daily rather than on every run.
func TestDeepListing(t *testing.T) {
	for raw, want := range map[string]bool{
		"https://a.example/uk/":               false,
		"https://a.example/uk/?page=5":        false,
		"https://a.example/uk/?page=6":        true,
		"https://a.example/list?start=40":     false, // page 5 at ten a page
		"https://a.example/list?start=50":     true,
		"https://a.example/news/page/6/":      true,
		"https://a.example/news/6":            true,
		"https://a.example/2015/03/story-one": false,
		"https://a.example/uk/?page=1001":     false, // past the bounds: not a listing page
	} {
		if got := deepListing(raw); got != want {
			t.Errorf("deepListing(%q) = %v, want %v", raw, got, want)
		}
	}
}
