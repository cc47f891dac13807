package main

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"newslink/crawler"
	"newslink/crawler/extract"
)

// crawlFile is the TOML configuration file of "newslink crawl --config":
// defaults for every site, then one [[site]] table per site. Durations are
// strings such as "1s" or "20m".
type crawlFile struct {
	UserAgent     string `toml:"user_agent"`
	Workers       int    `toml:"workers"`
	Concurrency   int    `toml:"concurrency"`
	MaxPages      int    `toml:"max_pages"`
	MaxDepth      int    `toml:"max_depth"`
	MaxDuration   string `toml:"max_duration"`
	Delay         string `toml:"delay"`
	Timeout       string `toml:"timeout"`
	RevisitMaxAge string `toml:"revisit_max_age"`
	MaxBodyBytes  int64  `toml:"max_body_bytes"`
	Locale        string `toml:"locale"`
	AllowPrivate  bool   `toml:"allow_private"`
	Redis         string `toml:"redis"`
	WARC          string `toml:"warc"`
	WARCMaxSize   string `toml:"warc_max_size"`
	Sites         []struct {
		Seeds   []string `toml:"seeds"`
		Hosts   []string `toml:"hosts"`
		Include []string `toml:"include"`
		Exclude []string `toml:"exclude"`
		Skip    []string `toml:"skip"`
		Locale  string   `toml:"locale"`
		Delay   string   `toml:"delay"`
		// Extract holds the site's CSS selector rules ([site.extract]).
		Extract *siteExtract `toml:"extract"`
	} `toml:"site"`
}

// siteExtract is a [site.extract] table: a CSS selector per field, "@attr"
// at the end to read an attribute, and selectors of elements to remove.
type siteExtract struct {
	Headline  string   `toml:"headline"`
	Published string   `toml:"published"`
	Modified  string   `toml:"modified"`
	Authors   string   `toml:"authors"`
	Body      string   `toml:"body"`
	Image     string   `toml:"image"`
	Remove    []string `toml:"remove"`
}

// loadCrawlConfig reads a crawl configuration file into the options of
// "newslink crawl". Every problem is reported with the file and key.
func loadCrawlConfig(path string) (crawlOptions, error) {
	cfg, redis, w, err := readCrawlConfig(path)
	return crawlOptions{cfg: cfg, redis: redis, warc: w, config: path}, err
}

// readCrawlConfig reads a crawl configuration file into a crawler.Config,
// the Redis URL and the WARC settings.
func readCrawlConfig(path string) (crawler.Config, string, warcOptions, error) {
	cfg, redis, f, err := decodeCrawlConfig(path)
	if err != nil {
		return cfg, redis, warcOptions{}, err
	}
	w := warcOptions{dir: f.WARC}
	if f.WARCMaxSize != "" {
		if err := (*byteSize)(&w.maxSize).Set(f.WARCMaxSize); err != nil {
			return cfg, redis, w, usageError("config %s: warc_max_size: %v", path, err)
		}
	}
	return cfg, redis, w, nil
}

// decodeCrawlConfig decodes and checks the file's crawl settings and sites.
func decodeCrawlConfig(path string) (crawler.Config, string, crawlFile, error) {
	var f crawlFile
	var cfg crawler.Config
	md, err := toml.DecodeFile(path, &f)
	if err != nil {
		return cfg, "", f, usageError("config %s: %v", path, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		keys := make([]string, len(un))
		for i, k := range un {
			keys[i] = k.String()
		}
		sort.Strings(keys)
		return cfg, "", f, usageError("config %s: unknown key %s", path, strings.Join(keys, ", "))
	}
	bad := func(key, format string, args ...any) error {
		return usageError("config %s: %s: %s", path, key, fmt.Sprintf(format, args...))
	}
	duration := func(key, v string, d *time.Duration) error {
		if v == "" {
			return nil
		}
		x, err := time.ParseDuration(v)
		if err != nil {
			return bad(key, "%q is not a duration such as \"1s\" or \"20m\"", v)
		}
		*d = x
		return nil
	}
	cfg = crawler.Config{UserAgent: f.UserAgent, Workers: f.Workers, Concurrency: f.Concurrency, MaxPages: f.MaxPages,
		MaxDepth: f.MaxDepth, MaxBodyBytes: f.MaxBodyBytes, Locale: f.Locale, AllowPrivate: f.AllowPrivate}
	for _, d := range []struct {
		key string
		v   string
		to  *time.Duration
	}{{"max_duration", f.MaxDuration, &cfg.MaxDuration}, {"delay", f.Delay, &cfg.Delay}, {"timeout", f.Timeout, &cfg.Timeout}, {"revisit_max_age", f.RevisitMaxAge, &cfg.RevisitMaxAge}} {
		if err := duration(d.key, d.v, d.to); err != nil {
			return cfg, "", f, err
		}
	}
	for _, n := range []struct {
		key string
		v   int64
	}{{"workers", int64(f.Workers)}, {"concurrency", int64(f.Concurrency)}, {"max_pages", int64(f.MaxPages)}, {"max_body_bytes", f.MaxBodyBytes}} {
		if n.v < 0 {
			return cfg, "", f, bad(n.key, "%d: must not be negative", n.v)
		}
		if n.v == 0 && md.IsDefined(n.key) {
			return cfg, "", f, bad(n.key, "0: want 1 or more")
		}
	}
	// A zero written in the file means what the same flag's zero means.
	if md.IsDefined("delay") && cfg.Delay == 0 {
		cfg.Delay = -1 // no delay
	}
	if md.IsDefined("revisit_max_age") && cfg.RevisitMaxAge == 0 {
		cfg.RevisitMaxAge = -1 // articles are never revisited
	}
	if md.IsDefined("max_depth") && cfg.MaxDepth == 0 {
		cfg.MaxDepth = -1 // the seeds only
	}
	if md.IsDefined("timeout") && cfg.Timeout == 0 {
		return cfg, "", f, bad("timeout", "%q: want a duration such as \"30s\"", f.Timeout)
	}
	if len(f.Sites) == 0 {
		return cfg, "", f, usageError("config %s: no [[site]] table: at least one site with seeds is needed", path)
	}
	cfg.HostDelay, cfg.HostLocale, cfg.HostRules = map[string]time.Duration{}, map[string]string{}, map[string]crawler.URLRules{}
	cfg.HostExtract = map[string]*extract.SiteRules{}
	for i, s := range f.Sites {
		key := func(k string) string { return fmt.Sprintf("site[%d].%s", i+1, k) }
		if len(s.Seeds) == 0 {
			return cfg, "", f, bad(key("seeds"), "at least one URL is needed")
		}
		hosts := s.Hosts
		for _, raw := range s.Seeds {
			u, err := url.Parse(raw)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return cfg, "", f, bad(key("seeds"), "%q is not an absolute http or https URL", raw)
			}
			if len(s.Hosts) == 0 {
				hosts = append(hosts, u.Host)
			}
		}
		cfg.Seeds = append(cfg.Seeds, s.Seeds...)
		cfg.Hosts = append(cfg.Hosts, hosts...)
		var rules crawler.URLRules
		for _, l := range []struct {
			key  string
			v    []string
			into *[]*regexp.Regexp
		}{{"include", s.Include, &rules.Include}, {"exclude", s.Exclude, &rules.Exclude}, {"skip", s.Skip, &cfg.Skip}} {
			for j, expr := range l.v {
				re, err := regexp.Compile(expr)
				if err != nil {
					return cfg, "", f, bad(fmt.Sprintf("%s[%d]", key(l.key), j+1), "bad regular expression: %v", err)
				}
				*l.into = append(*l.into, re)
			}
		}
		var d time.Duration
		if err := duration(key("delay"), s.Delay, &d); err != nil {
			return cfg, "", f, err
		}
		var site *extract.SiteRules
		if x := s.Extract; x != nil {
			var err error
			site, err = extract.CompileSiteRules(extract.Selectors{Headline: x.Headline, Published: x.Published, Modified: x.Modified,
				Authors: x.Authors, Body: x.Body, Image: x.Image, Remove: x.Remove})
			var se *extract.SelectorError
			if errors.As(err, &se) {
				return cfg, "", f, bad(key("extract."+se.Key), "bad selector %q: %v", se.Selector, se.Err)
			}
			if err != nil {
				return cfg, "", f, bad(key("extract"), "%v", err)
			}
		}
		for _, h := range hosts {
			if s.Delay != "" {
				if d == 0 {
					d = -1 // no delay
				}
				cfg.HostDelay[h] = d
			}
			if s.Locale != "" {
				cfg.HostLocale[h] = s.Locale
			}
			if len(rules.Include)+len(rules.Exclude) > 0 {
				cfg.HostRules[h] = rules
			}
			if site != nil {
				cfg.HostExtract[h] = site
			}
		}
	}
	return cfg, f.Redis, f, nil
}

// pageRulesOf returns the rules a crawl with cfg judges pages by, for
// commands that read pages from files or archives.
func pageRulesOf(cfg crawler.Config) crawler.PageRules {
	return crawler.PageRules{Locale: cfg.Locale, HostLocale: cfg.HostLocale, Rules: crawler.URLRules{Include: cfg.Include, Exclude: cfg.Exclude},
		HostRules: cfg.HostRules, MinBodyChars: cfg.MinBodyChars, MaxBytes: cfg.MaxBodyBytes, HostExtract: cfg.HostExtract}
}
