package newslink_test

import (
	"os/exec"
	"strings"
	"testing"
)

// layers says which of this module's packages each package may import
// (a trailing slash allows a whole subtree). A package not listed here
// fails the test, so that a new package is placed on purpose.
var layers = map[string][]string{
	"newslink":                        {},
	"newslink/cmd/newslink":           {"newslink", "newslink/"},
	"newslink/crawler":                {"newslink", "newslink/crawler/"},
	"newslink/crawler/extract":        {"newslink"},
	"newslink/crawler/robots":         {},
	"newslink/crawler/urlnorm":        {},
	"newslink/crawler/discover":       {},
	"newslink/crawler/warc":           {"newslink"},
	"newslink/linker":                 {"newslink"},
	"newslink/linker/synth":           {},
	"newslink/linkrun":                {"newslink", "newslink/linker"},
	"newslink/store":                  {"newslink"},
	"newslink/store/redisq":           {"newslink"},
	"newslink/store/redisq/redistest": {},
	"newslink/server":                 {"newslink"},
	"newslink/fixtures":               {"newslink"},

	// Evaluation and benchmarks: apart from the product, which must not
	// import them (only cmd/newslink wires them into subcommands).
	"newslink/internal/bench":       {"newslink", "newslink/crawler", "newslink/crawler/extract", "newslink/crawler/warc", "newslink/fixtures", "newslink/internal/procmem", "newslink/store"},
	"newslink/internal/evalextract": {"newslink/crawler/extract"},
	"newslink/internal/evalrelated": {"newslink/linker"},
	// procmem reads the process's memory for cmd's debug logs and the
	// benchmarks; it imports nothing of the module.
	"newslink/internal/procmem": {},
}

// owners names the one package allowed to import each fixed dependency.
var owners = map[string]string{
	"github.com/gocolly/colly/v2":     "newslink/crawler",
	"go.etcd.io/bbolt":                "newslink/store",
	"github.com/redis/go-redis/v9":    "newslink/store/redisq",
	"github.com/PuerkitoBio/goquery":  "newslink/crawler/extract",
	"github.com/andybalholm/cascadia": "newslink/crawler/extract",
	"github.com/nlnwa/gowarc/v3":      "newslink/crawler/warc",
}

// TestImports enforces the layout of STYLE.md: siblings do not import each
// other, the root imports only the standard library, and colly, bbolt and
// goquery each have one importer.
func TestImports(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "newslink/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		pkg, imports := f[0], f[1:]
		allowed, ok := layers[pkg]
		if !ok {
			t.Errorf("package %s is not in the layer table of deps_test.go", pkg)
			continue
		}
		for _, imp := range imports {
			if owner, ok := ownerOf(imp); ok {
				if owner != pkg {
					t.Errorf("%s imports %s: only %s may", pkg, imp, owner)
				}
				continue
			}
			if imp != "newslink" && !strings.HasPrefix(imp, "newslink/") {
				continue // the standard library or another module
			}
			if !permitted(imp, allowed) {
				t.Errorf("%s imports %s: not allowed by the layer table", pkg, imp)
			}
		}
		if pkg == "newslink" {
			for _, imp := range imports {
				if strings.Contains(strings.SplitN(imp, "/", 2)[0], ".") {
					t.Errorf("the root package imports %s: it may use the standard library only", imp)
				}
			}
		}
	}
}

// ownerOf returns the package that may import imp (or a package of its
// module), if imp is one of the fixed dependencies.
func ownerOf(imp string) (string, bool) {
	for mod, owner := range owners {
		if imp == mod || strings.HasPrefix(imp, mod+"/") {
			return owner, true
		}
	}
	return "", false
}

func permitted(imp string, allowed []string) bool {
	for _, a := range allowed {
		if imp == a || (strings.HasSuffix(a, "/") && strings.HasPrefix(imp, a)) {
			return true
		}
	}
	return false
}
