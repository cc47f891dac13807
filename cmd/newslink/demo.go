package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"newslink/crawler"
	"newslink/fixtures"
	"newslink/internal/procmem"
	"newslink/linkrun"
	"newslink/store"
)

// demoStories is how many Related Stories boxes the demo prints.
const demoStories = 3

// runDemoCmd parses the flags of "newslink demo" and runs it: it serves the
// bundled fixture site on a free loopback port, crawls it into a database,
// links it and prints the Related Stories of a few articles. Without
// --db the database is a temporary file, removed afterwards.
func runDemoCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "demo", "[--db PATH]")
	dbPath := fs.String("db", "", "keep the demo's database in this file (default: a temporary file)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("demo: unexpected argument %q", rest[0])
	}
	path := *dbPath
	if path == "" {
		dir, err := os.MkdirTemp("", "newslink-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	srv := fixtures.NewServer()
	defer srv.Close()
	fmt.Fprintf(e.stdout, "Serving the fixture news site at %s\n\n", srv.URL)

	db, err := store.Open(path, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	stats, err := crawler.Crawl(ctx, crawler.Config{Seeds: []string{srv.URL + "/"}, Delay: -1, Workers: 4, Concurrency: 4}, &crawler.MemFrontier{}, db, e.log)
	if err != nil {
		return fmt.Errorf("demo: crawl: %w", err)
	}
	if err := printCrawlStats(e.stdout, stats, false); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	res, err := linkrun.Run(ctx, db, linkrun.Options{Rebuild: true, Memory: procmem.Now}, e.log)
	if err != nil {
		return fmt.Errorf("demo: link: %w", err)
	}
	fmt.Fprintf(e.stdout, "\n%s\n", res)
	for _, s := range demoPicks() {
		fmt.Fprintln(e.stdout, "\n────────────────────────────────────────────────────────────")
		if err := runRelated(ctx, e.stdout, db, relatedOptions{url: srv.URL + s}); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	if *dbPath != "" {
		fmt.Fprintf(e.stdout, "\nThe database is in %s: try newslink --db %s export\n", path, path)
	}
	return nil
}

// demoPicks returns the paths of the demo's articles: the first report of
// each of the first few events that have follow-ups.
func demoPicks() []string {
	stories := fixtures.Stories()
	first := map[string]fixtures.Story{}
	count := map[string]int{}
	var events []string
	for _, s := range stories {
		if s.Event == "" {
			continue
		}
		count[s.Event]++
		f, ok := first[s.Event]
		if !ok {
			events = append(events, s.Event)
		}
		if !ok || s.Published.Before(f.Published) {
			first[s.Event] = s
		}
	}
	// Newest event first, as a news site would show them.
	slices.SortFunc(events, func(a, b string) int { return first[b].Published.Time.Compare(first[a].Published.Time) })
	var out []string
	for _, e := range events {
		if count[e] >= 3 && len(out) < demoStories {
			out = append(out, first[e].Path)
		}
	}
	return out
}
