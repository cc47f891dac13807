package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
