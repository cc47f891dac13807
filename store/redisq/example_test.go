package redisq_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"newslink"
	"newslink/store/redisq"
)

// A worker's side: claim a URL, publish its article, complete it with its
// links. Each of Pop and Complete is one round trip; Push and PutArticle
// only buffer, and travel with the Complete.
func Example() {
	ctx := context.Background()
	q, err := redisq.Open(ctx, os.Getenv("NEWSLINK_REDIS"), nil) // redis://HOST:PORT/DB
	if err != nil {
		fmt.Println(err)
		return
	}
	defer q.Close()
	q.Push(ctx, redisq.Item{URL: "https://news.example/"})
	it, ok, _, err := q.Pop(ctx, time.Now())
	if err != nil || !ok {
		return
	}
	q.PutArticle(ctx, &newslink.Article{URL: it.URL, Headline: "Headline", Body: "Text."})
	q.Push(ctx, redisq.Item{URL: "https://news.example/next", Depth: it.Depth + 1})
	q.Complete(ctx, it, time.Now().Add(time.Hour))
}

// The writer's side: read what workers published, store it, then
// acknowledge it.
func ExampleReader() {
	ctx := context.Background()
	q, err := redisq.Open(ctx, os.Getenv("NEWSLINK_REDIS"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer q.Close()
	r := q.Reader("ingest")
	for {
		entries, err := r.Read(ctx, 100, time.Second)
		if err != nil || len(entries) == 0 {
			return
		}
		var ids []string
		for _, e := range entries {
			// Store e.Article here, then:
			ids = append(ids, e.ID)
		}
		if err := r.Ack(ctx, ids...); err != nil {
			return
		}
	}
}

// A URL that is not a Redis one is refused before any connection.
func ExampleOpen() {
	_, err := redisq.Open(context.Background(), "http://localhost:6379/", nil)
	fmt.Println(errors.Is(err, redisq.ErrURL))
	_, err = redisq.Open(context.Background(), "redis://localhost:6379/0?lease=forever", nil)
	fmt.Println(err)
	// Output:
	// true
	// redisq: bad redis url: lease "forever": want a positive duration
}
