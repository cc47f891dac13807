package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"newslink/crawler"
	"newslink/linkrun"
)

// sample is one line of a metrics file: a metric family's name and help,
// the sample's labels (without the command's) and its value.
type sample struct {
	name, help string
	labels     string // e.g. change="created"; "" for none
	value      float64
}

// lastSuccess is the metric that an alert on a cron job watches: the time
// of the last run that ended without error, kept across failed runs.
const lastSuccess = "newslink_last_success_timestamp_seconds"

// writeMetricsFile writes the summary of one run of command to path in
// the Prometheus text format that node_exporter's textfile collector reads:
// into a temporary file beside path, renamed over it, so that the
// collector never reads half a file. Every sample gets the label
// command="<command>". Besides samples it writes the run's end time,
// duration and outcome and newslink_last_success_timestamp_seconds: now
// when runErr is nil, else the value in the file path held before (none if
// it held none), so that "time() - newslink_last_success_timestamp_seconds"
// grows while runs fail or stop.
func writeMetricsFile(path, command string, now time.Time, took time.Duration, runErr error, samples []sample) error {
	success := 0.0
	last := ""
	if runErr == nil {
		success, last = 1, formatValue(float64(now.UnixMilli())/1000)
	} else {
		last = previousValue(path, lastSuccess, command)
	}
	all := append([]sample{
		{"newslink_last_run_timestamp_seconds", "Unix time at which the last run of the command ended.", "", float64(now.UnixMilli()) / 1000},
		{"newslink_last_run_duration_seconds", "Wall time of the last run of the command.", "", took.Seconds()},
		{"newslink_last_run_success", "1 if the last run of the command ended without error, else 0.", "", success},
	}, samples...)
	var b bytes.Buffer
	seen := map[string]bool{}
	writeHead := func(name, help string) {
		if !seen[name] {
			seen[name] = true
			fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n", name, help, name)
		}
	}
	for _, s := range all {
		writeHead(s.name, s.help)
		fmt.Fprintf(&b, "%s{%s} %s\n", s.name, labels(command, s.labels), formatValue(s.value))
	}
	if last != "" {
		writeHead(lastSuccess, "Unix time at which a run of the command last ended without error.")
		fmt.Fprintf(&b, "%s{%s} %s\n", lastSuccess, labels(command, ""), last)
	}
	return writeAside(path, b.Bytes())
}

func labels(command, extra string) string {
	l := `command="` + command + `"`
	if extra != "" {
		l += "," + extra
	}
	return l
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// previousValue returns the value of the sample name{command="..."} in the
// metrics file at path, or "" if it has none.
func previousValue(path, name, command string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	prefix := name + "{" + labels(command, "") + "} "
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), prefix); ok {
			if _, err := strconv.ParseFloat(v, 64); err == nil {
				return v
			}
		}
	}
	return ""
}

// writeAside writes data to a temporary file in path's directory, readable
// by all (the collector runs as another user), and renames it to path.
func writeAside(path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("metrics file: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("metrics file: %w", err)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// metricsAfter writes the metrics file of a run that started at start
// and ended with runErr, and returns runErr; a failure to write the file is
// the run's error when it had none, else logged.
func metricsAfter(e *env, path, command string, start time.Time, runErr error, samples []sample) error {
	now := time.Now()
	err := writeMetricsFile(path, command, now, now.Sub(start), runErr, samples)
	switch {
	case err == nil:
		return runErr
	case runErr == nil:
		return fmt.Errorf("%s: %w", command, err)
	default:
		e.log.Error(command+": metrics file not written", "err", err)
		return runErr
	}
}

// crawlSamples are the metrics of a crawl's summary (none when the crawl
// did not start).
func crawlSamples(s *crawler.Stats) []sample {
	if s == nil {
		return nil
	}
	const last = " in the last run."
	return []sample{
		{"newslink_crawl_pages_fetched", "Pages fetched (robots.txt excluded)" + last, "", float64(s.Fetched)},
		{"newslink_crawl_articles", "Article pages extracted, by what they changed in the store," + last, `change="created"`, float64(s.Created)},
		{"newslink_crawl_articles", "", `change="updated"`, float64(s.Updated)},
		{"newslink_crawl_articles", "", `change="unchanged"`, float64(s.Unchanged)},
		{"newslink_crawl_not_modified", "304 answers to conditional requests" + last, "", float64(s.NotModified)},
		{"newslink_crawl_disallowed", "URLs that robots.txt forbids" + last, "", float64(s.Disallowed)},
		{"newslink_crawl_skipped", "Responses not read (not HTML, ...)" + last, "", float64(s.Skipped)},
		{"newslink_crawl_retries", "Fetches tried again after a failure" + last, "", float64(s.Retries)},
		{"newslink_crawl_errors", "URLs given up on" + last, "", float64(s.Errors)},
		{"newslink_crawl_queued", "URLs added to the frontier" + last, "", float64(s.Queued)},
		{"newslink_crawl_requeued", "URLs queued again at the start (unfinished, failed, due for a revisit)" + last, "", float64(s.Requeued)},
	}
}

// linkSamples are the metrics of a link run's summary.
func linkSamples(r linkrun.Result, ok bool) []sample {
	if !ok {
		return nil
	}
	rebuilt := 0.0
	if r.Rebuilt {
		rebuilt = 1
	}
	return []sample{
		{"newslink_link_articles", "Articles linked (a rebuild) or added (an update) in the last run.", "", float64(r.Articles)},
		{"newslink_link_lists_written", "Related Stories lists written in the last run.", "", float64(r.Lists)},
		{"newslink_link_rebuilt", "1 if the last run recomputed every list, else 0.", "", rebuilt},
	}
}
