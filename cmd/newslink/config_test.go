package main

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newslink/fixtures"
)

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "crawl.toml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadCrawlConfig_Valid(t *testing.T) {
	p := writeConfig(t, `
user_agent = "examplebot/1.0"
workers = 4
delay = "2s"
max_duration = "10m"
redis = "redis://127.0.0.1:6379/0"

[[site]]
seeds = ["https://news.example.com/"]
include = ['/\d{4}/\d{2}/']
locale = "en-GB"
delay = "500ms"

[[site]]
seeds = ["https://zeitung.example.de/"]
hosts = ["zeitung.example.de", "www.zeitung.example.de"]
locale = "de"
`)
	o, err := loadCrawlConfig(p)
	cfg, redis := o.cfg, o.redis
	if err != nil {
		t.Fatal(err)
	}
	if cfg.UserAgent != "examplebot/1.0" || cfg.Workers != 4 || cfg.Delay != 2*time.Second || cfg.MaxDuration != 10*time.Minute {
		t.Errorf("globals = %+v", cfg)
	}
	if redis != "redis://127.0.0.1:6379/0" {
		t.Errorf("redis = %q", redis)
	}
	if len(cfg.Seeds) != 2 || len(cfg.Hosts) != 3 {
		t.Errorf("seeds %v hosts %v", cfg.Seeds, cfg.Hosts)
	}
	if cfg.HostDelay["news.example.com"] != 500*time.Millisecond || cfg.HostLocale["www.zeitung.example.de"] != "de" {
		t.Errorf("per-site settings: delay %v locale %v", cfg.HostDelay, cfg.HostLocale)
	}
	if r := cfg.HostRules["news.example.com"]; len(r.Include) != 1 || len(cfg.Include) != 0 {
		t.Errorf("include rules must stay with their site: %+v", cfg.HostRules)
	}
}

func TestLoadCrawlConfig_Invalid(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"unknown key", "workerz = 3\n[[site]]\nseeds=[\"https://a/\"]", "unknown key workerz"},
		{"unknown site key", "[[site]]\nseeds=[\"https://a/\"]\nseed=[\"x\"]", "unknown key site.seed"},
		{"bad duration", "delay = \"soon\"\n[[site]]\nseeds=[\"https://a/\"]", `delay: "soon" is not a duration`},
		{"negative", "workers = -1\n[[site]]\nseeds=[\"https://a/\"]", "workers: -1: must not be negative"},
		{"no sites", "workers = 1", "no [[site]] table"},
		{"no seeds", "[[site]]\nlocale=\"de\"", "site[1].seeds: at least one URL"},
		{"bad seed", "[[site]]\nseeds=[\"news.example.com\"]", `site[1].seeds: "news.example.com" is not an absolute`},
		{"bad regexp", "[[site]]\nseeds=[\"https://a/\"]\ninclude=[\"(\"]", "site[1].include[1]: bad regular expression"},
		{"bad toml", "workers = ", "config"},
		{"wrong type", "workers = \"four\"\n[[site]]\nseeds=[\"https://a/\"]", "workers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadCrawlConfig(writeConfig(t, tt.text))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to say %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), "crawl.toml") {
				t.Errorf("err = %v, want it to name the file", err)
			}
		})
	}
}

func TestCrawl_ConfigFileAndFlags(t *testing.T) {
	db, base := crawledFixture(t) // stores the site once
	p := writeConfig(t, "delay = \"5s\"\nmax_pages = 3\n[[site]]\nseeds = [\""+base+"/\"]\n")
	// --delay on the command line overrides the file's 5s, so this is quick.
	out, stderr, err := runCmd(t, db, "", "crawl", "--config", p, "--delay=-1s", "--json")
	if err != nil {
		t.Fatalf("crawl --config: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, `"stopped":"max pages"`) {
		t.Errorf("summary %s: want the file's max_pages = 3 to stop the run", out)
	}
	_, _, err = runCmd(t, db, "", "crawl", "--config", writeConfig(t, "nope = 1"))
	if code := exitCode(t.Context(), err); code != exitUsage {
		t.Errorf("bad config: exit code %d (%v), want %d", code, err, exitUsage)
	}
}

// TestParseCrawlArgs_Zeros checks that a flag's or key's zero means what a
// user would guess (no delay, the seeds only) or is refused.
func TestParseCrawlArgs_Zeros(t *testing.T) {
	e := &env{stdout: io.Discard, stderr: io.Discard}
	tests := []struct {
		name      string
		args      []string
		config    string
		wantErr   string
		wantDelay time.Duration
		wantDepth int
	}{
		{name: "--delay=0 is no delay", args: []string{"--delay=0"}, wantDelay: -1},
		{name: "--delay=0s is no delay", args: []string{"--delay", "0s"}, wantDelay: -1},
		{name: "no --delay is the default", args: nil, wantDelay: 0},
		{name: "--max-depth 0 is the seeds only", args: []string{"--max-depth", "0"}, wantDepth: -1},
		{name: "--workers 0 refused", args: []string{"--workers", "0"}, wantErr: "--workers 0: want 1 or more"},
		{name: "--max-pages 0 refused", args: []string{"--max-pages=0"}, wantErr: "--max-pages 0"},
		{name: "--concurrency 0 refused", args: []string{"--concurrency=0"}, wantErr: "--concurrency 0"},
		{name: "--timeout 0 refused", args: []string{"--timeout=0s"}, wantErr: "--timeout 0"},
		{name: "--warc-max-size 0 refused", args: []string{"--warc-max-size=0"}, wantErr: "--warc-max-size 0"},
		{name: "delay = \"0s\" in the file is no delay", config: "delay = \"0s\"\n[[site]]\nseeds = [\"https://a.example/\"]\n", wantDelay: -1},
		{name: "workers = 0 in the file refused", config: "workers = 0\n[[site]]\nseeds = [\"https://a.example/\"]\n", wantErr: "workers: 0: want 1 or more"},
		{name: "timeout = \"0s\" in the file refused", config: "timeout = \"0s\"\n[[site]]\nseeds = [\"https://a.example/\"]\n", wantErr: "timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.config != "" {
				args = append(args, "--config", writeConfig(t, tt.config))
			} else {
				args = append(args, "https://a.example/")
			}
			o, err := parseCrawlArgs(e, args)
			if tt.wantErr != "" {
				if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err %v, want a usage error with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if o.cfg.Delay != tt.wantDelay || o.cfg.MaxDepth != tt.wantDepth {
				t.Errorf("delay %v, max depth %d; want %v, %d", o.cfg.Delay, o.cfg.MaxDepth, tt.wantDelay, tt.wantDepth)
			}
		})
	}
}

// TestParseCrawlArgs_CommandLineWins checks the one rule between the file
// and the command line: a flag given wins over the file's top-level and
// per-site values alike.
func TestParseCrawlArgs_CommandLineWins(t *testing.T) {
	e := &env{stdout: io.Discard, stderr: io.Discard}
	p := writeConfig(t, `
delay = "1s"
locale = "en-US"
[[site]]
seeds = ["https://news.example.com/"]
delay = "2s"
locale = "en-GB"
include = ['/\d{4}/']
`)
	o, err := parseCrawlArgs(e, []string{"--config", p})
	if err != nil {
		t.Fatal(err)
	}
	if o.cfg.Delay != time.Second || o.cfg.HostDelay["news.example.com"] != 2*time.Second || o.cfg.HostLocale["news.example.com"] != "en-GB" {
		t.Fatalf("without flags: delay %v, site delay %v, site locale %q; want the file's", o.cfg.Delay, o.cfg.HostDelay, o.cfg.HostLocale)
	}
	o, err = parseCrawlArgs(e, []string{"--config", p, "--delay", "5s", "--locale", "de", "--exclude", "/live/"})
	if err != nil {
		t.Fatal(err)
	}
	if o.cfg.Delay != 5*time.Second || len(o.cfg.HostDelay) != 0 || o.cfg.Locale != "de" || len(o.cfg.HostLocale) != 0 {
		t.Errorf("with --delay 5s --locale de: delay %v (sites %v), locale %q (sites %v); want the flags for every site",
			o.cfg.Delay, o.cfg.HostDelay, o.cfg.Locale, o.cfg.HostLocale)
	}
	r := o.cfg.HostRules["news.example.com"]
	if len(r.Include) != 1 || len(r.Exclude) != 1 || r.Exclude[0].String() != "/live/" {
		t.Errorf("site rules %v / %v; want the file's include and the flag's exclude", r.Include, r.Exclude)
	}
}

func TestLink_Zeros(t *testing.T) {
	db := filepath.Join(t.TempDir(), "z.db")
	for _, flag := range []string{"--headline-weight=0", "--date-half-life=0s", "--max-df=0"} {
		if _, _, err := runCmd(t, db, "", "link", flag); !errors.Is(err, errUsage) || !strings.Contains(err.Error(), strings.Split(flag, "=")[0]+" 0") {
			t.Errorf("link %s: %v, want a usage error naming the flag", flag, err)
		}
	}
	if _, stderr, err := runCmd(t, db, `{"url":"https://a.example/1","headline":"A","body":"B"}`+"\n", "import", "--quiet", "-"); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	if _, stderr, err := runCmd(t, db, "", "link", "--min-df=0"); err != nil {
		t.Errorf("link --min-df=0 (no minimum): %v\n%s", err, stderr)
	}
}

func TestParseCrawlArgs_RevisitMaxAge(t *testing.T) {
	e := &env{stdout: io.Discard, stderr: io.Discard}
	for _, tt := range []struct {
		args []string
		want time.Duration
	}{
		{[]string{"https://a.example/"}, 0},
		{[]string{"--revisit-max-age", "2160h", "https://a.example/"}, 2160 * time.Hour},
		{[]string{"--revisit-max-age=0", "https://a.example/"}, -1},
		{[]string{"--config", writeConfig(t, "revisit_max_age = \"0s\"\n[[site]]\nseeds = [\"https://a.example/\"]\n")}, -1},
		{[]string{"--config", writeConfig(t, "revisit_max_age = \"48h\"\n[[site]]\nseeds = [\"https://a.example/\"]\n")}, 48 * time.Hour},
	} {
		o, err := parseCrawlArgs(e, tt.args)
		if err != nil || o.cfg.RevisitMaxAge != tt.want {
			t.Errorf("%v: revisit max age %v, %v; want %v", tt.args, o.cfg.RevisitMaxAge, err, tt.want)
		}
	}
}

// failWriter fails every write, as a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// TestSummary_WriteErrorsReturned checks that a summary that cannot be
// written (--json or text) fails the command instead of vanishing.
func TestSummary_WriteErrorsReturned(t *testing.T) {
	srv := fixtures.NewServer()
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "s.db")
	for _, args := range [][]string{
		{"crawl", "--json", "--delay=0", "--max-pages", "3", srv.URL + "/"},
		{"crawl", "--delay=0", "--max-pages", "3", srv.URL + "/"},
		{"reextract", "--json"},
	} {
		err := run(context.Background(), append([]string{"--db", db, "--log-level", "error"}, args...), strings.NewReader(""), failWriter{}, io.Discard, func(string) string { return "" })
		if err == nil || !strings.Contains(err.Error(), "write summary: broken pipe") {
			t.Errorf("%v with a broken stdout: %v, want the write error", args, err)
		}
	}
}
