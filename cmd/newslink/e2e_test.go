//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"newslink/fixtures"
)

// TestE2E_Chromium opens an article page of "newslink serve" in a real
// headless Chromium driven by chromedriver over the W3C WebDriver
// protocol, finds the Related Stories box, follows its first link and
// checks the page it lands on; then loads a page of another origin that
// embeds the box with /embed.js. Screenshots go to $NEWSLINK_ARTIFACTS,
// or to the test's artifact directory (go test -artifacts).
//
// Without chromium and chromedriver the test is skipped, except in CI
// (CI set), where .ci/run installs them and their absence is a failure.
func TestE2E_Chromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	browser, driver := lookPath("chromium", "chromium-browser"), lookPath("chromedriver")
	if browser == "" || driver == "" {
		msg := "chromium and chromedriver are needed (apt-get install chromium chromium-driver)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	artefacts := os.Getenv("NEWSLINK_ARTIFACTS")
	if artefacts == "" {
		artefacts = t.ArtifactDir()
	}
	if err := os.MkdirAll(artefacts, 0o755); err != nil {
		t.Fatal(err)
	}

	// A news site of another origin whose article template embeds the box.
	db, fixtureBase := crawledFixture(t)
	story := firstLinkedStory(t, db, fixtureBase)
	var srvURL string
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><title>Publisher</title><h1>Publisher page</h1>
<div data-newslink-related data-url="%s"></div>
<script src="%s/embed.js" async></script>`, html.EscapeString(story), html.EscapeString(srvURL))
	}))
	defer site.Close()
	srvURL = startServe(t, db, serveOptions{cors: []string{site.URL}})

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	wd := startDriver(ctx, t, driver, browser, artefacts)

	// The article page ends with the box; its links stay on the server.
	wd.navigate(ctx, t, srvURL+"/article?"+url.Values{"url": {story}}.Encode())
	box := wd.find(ctx, t, "", ".related-stories")
	if h2 := wd.text(ctx, t, wd.find(ctx, t, box, "h2")); !strings.EqualFold(h2, "Related Stories") { // CSS upper-cases it
		t.Errorf("box heading %q", h2)
	}
	link := wd.find(ctx, t, box, "li a")
	headline := wd.text(ctx, t, link)
	date := wd.text(ctx, t, wd.find(ctx, t, box, "li time"))
	if headline == "" || date == "" {
		t.Fatalf("first related story: headline %q, date %q", headline, date)
	}
	wd.screenshot(ctx, t, filepath.Join(artefacts, "article.png"))

	wd.click(ctx, t, link)
	if got := wd.text(ctx, t, wd.find(ctx, t, "", "article h1")); got != headline {
		t.Errorf("followed %q, landed on %q", headline, got)
	}
	if cur := wd.currentURL(ctx, t); !strings.HasPrefix(cur, srvURL+"/article?url=") {
		t.Errorf("followed link to %s, want a page of the server", cur)
	}
	wd.find(ctx, t, "", ".related-stories")
	wd.screenshot(ctx, t, filepath.Join(artefacts, "related.png"))

	// The publisher's page: embed.js fetches the box across origins and
	// links to the original articles.
	wd.navigate(ctx, t, site.URL+"/uk/article")
	embedded := wd.find(ctx, t, "", "[data-newslink-related] .related-stories li a")
	if href := wd.property(ctx, t, embedded, "href"); !strings.HasPrefix(href, fixtureBase+"/") {
		t.Errorf("embedded link goes to %s, want the original site %s", href, fixtureBase)
	}
	if got := wd.text(ctx, t, embedded); got != headline {
		t.Errorf("embedded first story %q, want %q", got, headline)
	}
	wd.screenshot(ctx, t, filepath.Join(artefacts, "embed.png"))
	t.Logf("screenshots in %s", artefacts)
}

// firstLinkedStory returns the URL of the first fixture story that has a
// Related Stories list.
func firstLinkedStory(t *testing.T, db, base string) string {
	t.Helper()
	for _, s := range fixtures.Stories() {
		out, _, err := runCmd(t, db, "", "related", "--json", base+s.Path)
		if err != nil {
			continue
		}
		var box relatedBox
		if json.Unmarshal([]byte(out), &box) == nil && len(box.Related) > 0 {
			return box.URL
		}
	}
	t.Fatal("no fixture story has related stories")
	return ""
}

func lookPath(names ...string) string {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// webDriver is a minimal W3C WebDriver client for one session.
type webDriver struct {
	base    string // chromedriver's URL
	session string
}

// elementKey names an element reference in WebDriver JSON.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

// startDriver starts chromedriver on a free loopback port and a headless
// Chromium session; both end with the test.
func startDriver(ctx context.Context, t *testing.T, driver, browser, logDir string) *webDriver {
	t.Helper()
	// Chromium's profile is removed last, after chromedriver is gone:
	// Chromium writes to it while it shuts down, and t.TempDir's removal,
	// run first, left it behind re-created.
	profile, err := os.MkdirTemp("", "newslink-e2e-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for range 20 {
			if os.RemoveAll(profile) == nil {
				time.Sleep(100 * time.Millisecond)
				if _, err := os.Stat(profile); os.IsNotExist(err) {
					return
				}
			}
		}
		t.Errorf("chromium profile %s not removed", profile)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.CommandContext(ctx, driver, fmt.Sprintf("--port=%d", port), "--log-path="+filepath.Join(logDir, "chromedriver.log"))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // Chromium joins its group, to end with it
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
	})
	wd := &webDriver{base: fmt.Sprintf("http://127.0.0.1:%d", port)}

	// Wait until chromedriver answers /status with ready.
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(30 * time.Second)
	for ready := false; !ready; {
		select {
		case <-deadline:
			t.Fatal("chromedriver not ready after 30s")
		case <-tick.C:
		}
		var st struct{ Ready bool }
		ready = wd.do(ctx, http.MethodGet, "/status", nil, &st) == nil && st.Ready
	}

	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "chrome",
		"goog:chromeOptions": map[string]any{
			"binary": browser,
			"args": []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1200,1400", "--user-data-dir=" + profile},
		},
	}}}
	var sess struct{ SessionID string }
	if err := wd.do(ctx, http.MethodPost, "/session", caps, &sess); err != nil {
		t.Fatalf("new session: %v", err)
	}
	wd.session = "/session/" + sess.SessionID
	t.Cleanup(func() { wd.do(context.Background(), http.MethodDelete, wd.session, nil, nil) })
	// Wait up to 10s for elements to appear, e.g. the embedded box.
	if err := wd.do(ctx, http.MethodPost, wd.session+"/timeouts", map[string]int{"implicit": 10_000, "pageLoad": 30_000}, nil); err != nil {
		t.Fatal(err)
	}
	return wd
}

// do sends one WebDriver command and decodes the "value" of the answer
// into out.
func (wd *webDriver) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, wd.base+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var v struct{ Value json.RawMessage }
	if err := json.NewDecoder(res.Body).Decode(&v); err != nil {
		return fmt.Errorf("%s %s: %d: %w", method, path, res.StatusCode, err)
	}
	if res.StatusCode != http.StatusOK {
		var e struct{ Error, Message string }
		json.Unmarshal(v.Value, &e)
		return fmt.Errorf("%s %s: %s: %s", method, path, e.Error, e.Message)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(v.Value, out)
}

func (wd *webDriver) must(ctx context.Context, t *testing.T, method, path string, in, out any) {
	t.Helper()
	if err := wd.do(ctx, method, path, in, out); err != nil {
		t.Fatal(err)
	}
}

func (wd *webDriver) navigate(ctx context.Context, t *testing.T, u string) {
	t.Helper()
	wd.must(ctx, t, http.MethodPost, wd.session+"/url", map[string]string{"url": u}, nil)
}

// find returns the first element matching the CSS selector, inside the
// element from when it is not "".
func (wd *webDriver) find(ctx context.Context, t *testing.T, from, css string) string {
	t.Helper()
	path := wd.session + "/element"
	if from != "" {
		path = wd.session + "/element/" + from + "/element"
	}
	var ref map[string]string
	wd.must(ctx, t, http.MethodPost, path, map[string]string{"using": "css selector", "value": css}, &ref)
	return ref[elementKey]
}

func (wd *webDriver) text(ctx context.Context, t *testing.T, el string) string {
	t.Helper()
	var s string
	wd.must(ctx, t, http.MethodGet, wd.session+"/element/"+el+"/text", nil, &s)
	return s
}

func (wd *webDriver) property(ctx context.Context, t *testing.T, el, name string) string {
	t.Helper()
	var s string
	wd.must(ctx, t, http.MethodGet, wd.session+"/element/"+el+"/property/"+name, nil, &s)
	return s
}

func (wd *webDriver) click(ctx context.Context, t *testing.T, el string) {
	t.Helper()
	wd.must(ctx, t, http.MethodPost, wd.session+"/element/"+el+"/click", map[string]any{}, nil)
}

func (wd *webDriver) currentURL(ctx context.Context, t *testing.T) string {
	t.Helper()
	var s string
	wd.must(ctx, t, http.MethodGet, wd.session+"/url", nil, &s)
	return s
}

// screenshot saves a PNG of the viewport.
func (wd *webDriver) screenshot(ctx context.Context, t *testing.T, path string) {
	t.Helper()
	var b64 string
	wd.must(ctx, t, http.MethodGet, wd.session+"/screenshot", nil, &b64)
	png, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s (%d bytes)", path, len(png))
}
