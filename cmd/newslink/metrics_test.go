package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"newslink/fixtures"
	"newslink/store"
)

// promLine is a sample line of the Prometheus text format as newslink
// writes it: a name, labels and a plain number.
var promLine = regexp.MustCompile(`^([a-z_]+)\{((?:[a-z_]+="[^"]*",?)+)\} (-?[0-9.]+)$`)

// readMetrics parses a metrics file into "name{labels}" -> value, checking
// every line's form and that each family has one HELP and one TYPE.
func readMetrics(t *testing.T, path string) map[string]float64 {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	heads := map[string]int{}
	for _, l := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if f := strings.Fields(l); len(f) >= 4 && f[0] == "#" {
			heads[f[2]+" "+f[1]]++
			continue
		}
		m := promLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a sample line: %q", l)
		}
		if heads[m[1]+" HELP"] != 1 || heads[m[1]+" TYPE"] != 1 {
			t.Errorf("%s: HELP and TYPE must come once, before its samples", m[1])
		}
		v, _ := strconv.ParseFloat(m[3], 64)
		out[m[1]+"{"+m[2]+"}"] = v
	}
	return out
}

func TestMetricsFile_CrawlAndLink(t *testing.T) {
	srv := fixtures.NewServer()
	defer srv.Close()
	dir := t.TempDir()
	db, prom := filepath.Join(dir, "news.db"), filepath.Join(dir, "crawl.prom")

	// A first run that fails before any success: no last-success sample.
	holder, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = runCmd(t, db, "", "crawl", "--lock-wait", "0", "--metrics-file", prom, srv.URL+"/")
	if code := exitCode(context.Background(), err); code != exitLocked {
		t.Fatalf("exit code %d (err %v), want %d", code, err, exitLocked)
	}
	m := readMetrics(t, prom)
	if m[`newslink_last_run_success{command="crawl"}`] != 0 {
		t.Errorf("failed run: %v", m)
	}
	if _, ok := m[`newslink_last_success_timestamp_seconds{command="crawl"}`]; ok {
		t.Error("a last success before any success")
	}
	holder.Close()

	before := time.Now()
	mustRun(t, db, "crawl", "--delay=-1s", "--workers", "4", "--concurrency", "4", "--quiet", "--metrics-file", prom, srv.URL+"/")
	m = readMetrics(t, prom)
	last := m[`newslink_last_success_timestamp_seconds{command="crawl"}`]
	switch {
	case m[`newslink_last_run_success{command="crawl"}`] != 1:
		t.Errorf("successful run: %v", m)
	case last < float64(before.Unix()) || last > float64(time.Now().Unix()+1):
		t.Errorf("last success %v, want between %v and now", last, before.Unix())
	case m[`newslink_crawl_articles{command="crawl",change="created"}`] != float64(len(fixtures.Stories())):
		t.Errorf("articles created = %v, want %d", m[`newslink_crawl_articles{command="crawl",change="created"}`], len(fixtures.Stories()))
	case m[`newslink_crawl_pages_fetched{command="crawl"}`] == 0 || m[`newslink_last_run_duration_seconds{command="crawl"}`] <= 0:
		t.Errorf("crawl samples: %v", m)
	}

	// A failed run keeps the time of the last success.
	holder, err = store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	runCmd(t, db, "", "crawl", "--lock-wait", "0", "--metrics-file", prom, srv.URL+"/")
	holder.Close()
	m = readMetrics(t, prom)
	if m[`newslink_last_run_success{command="crawl"}`] != 0 || m[`newslink_last_success_timestamp_seconds{command="crawl"}`] != last {
		t.Errorf("after a failed run: %v, want success 0 and last success %v", m, last)
	}
	if _, ok := m[`newslink_crawl_pages_fetched{command="crawl"}`]; ok {
		t.Error("a run that never started reports pages")
	}

	linkProm := filepath.Join(dir, "link.prom")
	mustRun(t, db, "link", "--quiet", "--metrics-file", linkProm)
	m = readMetrics(t, linkProm)
	if m[`newslink_link_rebuilt{command="link"}`] != 1 || m[`newslink_link_articles{command="link"}`] != float64(len(fixtures.Stories())) ||
		m[`newslink_last_run_success{command="link"}`] != 1 || m[`newslink_last_success_timestamp_seconds{command="link"}`] == 0 {
		t.Errorf("link metrics: %v", m)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.prom.tmp-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
