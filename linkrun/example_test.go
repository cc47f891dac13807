package linkrun_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"newslink"
	"newslink/linkrun"
	"newslink/store"
)

// ExampleRun links a new archive (a rebuild: there is no index yet), then
// links again after one more article (an update).
func ExampleRun() {
	dir, _ := os.MkdirTemp("", "linkrun-example-")
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "news.db"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	ctx := context.Background()
	put := func(url, headline, body string) {
		if _, err := db.PutArticle(ctx, &newslink.Article{URL: url, Headline: headline, Body: body}); err != nil {
			fmt.Println(err)
		}
	}
	put("https://news.example/1", "Storm floods coastal towns", "A storm flooded several coastal towns.")
	put("https://news.example/2", "Coastal towns count flood damage", "The towns flooded by the storm count the damage.")
	put("https://news.example/3", "Council approves new library", "The council approved a new library.")
	res, err := linkrun.Run(ctx, db, linkrun.Options{}, nil)
	fmt.Println(res, err)
	put("https://news.example/4", "Storm damage: towns ask for help", "The coastal towns ask the government for help after the storm.")
	res, err = linkrun.Run(ctx, db, linkrun.Options{}, nil)
	fmt.Println(res.Rebuilt, res.Articles, err)
	// Output:
	// linked 3 articles (rebuilt: no index yet) <nil>
	// false 1 <nil>
}
