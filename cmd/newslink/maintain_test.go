package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newslink/store"
)

// importedDB imports n generated articles into a new database, links it
// twice (so that the file has free pages) and returns its path.
func importedDB(t *testing.T, n int) string {
	t.Helper()
	var in strings.Builder
	for i := range n {
		fmt.Fprintf(&in, `{"url":"https://news.example/%d","headline":"Story %d about topic %d","published":"2015-03-%02d","body":%q}`+"\n",
			i, i, i%7, 1+i%28, strings.Repeat(fmt.Sprintf("Words on topic %d and story %d. ", i%7, i), 20))
	}
	db := filepath.Join(t.TempDir(), "news.db")
	if _, stderr, err := runCmd(t, db, in.String(), "import", "--quiet", "-"); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	for range 2 {
		if _, stderr, err := runCmd(t, db, "", "link", "--rebuild", "--quiet"); err != nil {
			t.Fatalf("link: %v\n%s", err, stderr)
		}
	}
	return db
}

func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	out, stderr, err := runCmd(t, db, "", args...)
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	return out
}

func TestBackup_CopyExportsTheSame(t *testing.T) {
	db, _ := crawledFixture(t)
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	out := mustRun(t, db, "backup", copyPath)
	if !strings.Contains(out, "backed up") {
		t.Errorf("backup printed %q", out)
	}
	if want, got := mustRun(t, db, "export"), mustRun(t, copyPath, "export"); got != want {
		t.Error("the backup exports differently from the database")
	}
	if out := mustRun(t, copyPath, "check"); !strings.Contains(out, ": ok") {
		t.Errorf("check of the backup:\n%s", out)
	}
	// The database itself is not a backup target.
	if _, _, err := runCmd(t, db, "", "backup", db); exitCode(context.Background(), err) != exitFailure {
		t.Errorf("backup over the database: err %v", err)
	}
	if _, _, err := runCmd(t, db, "", "backup"); exitCode(context.Background(), err) != exitUsage {
		t.Errorf("backup without FILE: err %v", err)
	}
}

func TestCheck_Report(t *testing.T) {
	db, _ := crawledFixture(t)
	out := mustRun(t, db, "check")
	if !strings.Contains(out, fmt.Sprintf("schema version %d,", store.SchemaVersion)) || !strings.HasSuffix(out, db+": ok\n") {
		t.Errorf("check:\n%s", out)
	}
	var r store.CheckReport
	if err := json.Unmarshal([]byte(mustRun(t, db, "check", "--json")), &r); err != nil {
		t.Fatal(err)
	}
	if r.Articles == 0 || r.URLs < r.Articles || r.LinkGeneration == 0 || r.FrontierURLs == 0 || len(r.Problems) != 0 {
		t.Errorf("check --json = %+v", r)
	}
	if _, _, err := runCmd(t, filepath.Join(t.TempDir(), "none.db"), "", "check"); exitCode(context.Background(), err) != exitFailure {
		t.Errorf("check of a missing file: err %v", err)
	}
}

// checkReport runs check --json and returns the report.
func checkReport(t *testing.T, db string) store.CheckReport {
	t.Helper()
	out, stderr, err := runCmd(t, db, "", "check", "--json")
	var r store.CheckReport
	if jerr := json.Unmarshal([]byte(out), &r); jerr != nil {
		t.Fatalf("check --json: %v %v\n%s%s", err, jerr, out, stderr)
	}
	return r
}

// TestCheck_FlippedBytes copies a database, flips bytes in its middle and
// checks it: a report, exit code 1, no crash. The copy is compacted, so
// that all but the two pages its last commit freed are in use. Each flip
// reaches what check can see: the header and element table of a page, or
// the JSON of an article. (Bytes flipped in a free page, in the space
// bbolt has grown the file by, inside an article's text or inside the link
// index are different bytes to bbolt, which keeps no checksum of values:
// no check sees them, and link rebuilds an index it cannot read.)
func TestCheck_FlippedBytes(t *testing.T) {
	src, _ := crawledFixture(t)
	compacted := filepath.Join(t.TempDir(), "compacted.db")
	mustRun(t, src, "compact", "--to", compacted)
	r := checkReport(t, compacted)
	if r.FreePages > 2 || r.Pages == 0 {
		t.Fatalf("compacted copy: %+v", r)
	}
	data, err := os.ReadFile(compacted)
	if err != nil {
		t.Fatal(err)
	}
	ps, pages := int(r.PageSize), int(r.Pages)
	// The three pages nearest the middle that start with their own header
	// (the others are the overflow of a large value).
	var starts []int
	for p := pages / 2; p < pages && len(starts) < 3; p++ {
		if binary.NativeEndian.Uint64(data[p*ps:]) == uint64(p) {
			starts = append(starts, p*ps)
		}
	}
	if len(starts) < 3 {
		t.Fatalf("fewer than three pages with a header after the middle of %d", pages)
	}
	// An article's JSON (or a related list's, which check decodes too).
	json := bytes.Index(data[:pages*ps], []byte(`{"id":`))
	if json < 0 {
		t.Fatal("no article in the file")
	}
	tests := []struct {
		name string
		flip func(b []byte)
	}{
		{"three page headers in the middle", func(b []byte) {
			for _, p := range starts {
				for i := p; i < p+64; i++ {
					b[i] ^= 0xFF
				}
			}
		}},
		{"a byte of stored JSON", func(b []byte) { b[json] ^= 0xFF }},
		{"a quarter of the file", func(b []byte) {
			// From the first page with its own header after the first
			// quarter: a quarter that began inside the overflow of a large
			// value (the link index) would be bytes no check can see.
			from := pages / 4
			for from < pages && binary.NativeEndian.Uint64(data[from*ps:]) != uint64(from) {
				from++
			}
			for i := from * ps; i < min((from+pages/4)*ps, len(b)); i++ {
				b[i] ^= 0xFF
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := append([]byte(nil), data...)
			tt.flip(b)
			db := filepath.Join(t.TempDir(), "flipped.db")
			if err := os.WriteFile(db, b, 0o644); err != nil {
				t.Fatal(err)
			}
			out, _, err := runCmd(t, db, "", "check")
			if code := exitCode(context.Background(), err); code != exitFailure {
				t.Fatalf("exit code %d (err %v), want %d\n%s", code, err, exitFailure, out)
			}
			if !strings.Contains(out, "problems:") {
				t.Errorf("report:\n%s", out)
			}
			t.Logf("%s", out)
		})
	}
}

func TestCompact_InPlaceAndTo(t *testing.T) {
	db := importedDB(t, 300)
	want := mustRun(t, db, "export")
	before, _ := os.Stat(db)
	beforeReport := checkReport(t, db)
	if beforeReport.FreePages == 0 {
		t.Fatalf("no free pages to give back: %+v", beforeReport)
	}

	to := filepath.Join(t.TempDir(), "compact.db")
	out := mustRun(t, db, "compact", "--to", to)
	if !strings.Contains(out, "compacted "+db+" to "+to+": ") {
		t.Errorf("compact --to printed %q", out)
	}
	if got := mustRun(t, to, "export"); got != want {
		t.Error("the compacted copy exports differently")
	}
	if still, _ := os.Stat(db); still.Size() != before.Size() || !still.ModTime().Equal(before.ModTime()) {
		t.Error("compact --to changed the database")
	}

	mustRun(t, db, "compact")
	if r := checkReport(t, db); r.FreePages >= beforeReport.FreePages || r.Pages >= beforeReport.Pages {
		t.Errorf("compacted in place: %d pages, %d free; was %d, %d free", r.Pages, r.FreePages, beforeReport.Pages, beforeReport.FreePages)
	}
	if got := mustRun(t, db, "export"); got != want {
		t.Error("the compacted database exports differently")
	}
	if out := mustRun(t, db, "check"); !strings.HasSuffix(out, ": ok\n") {
		t.Errorf("check after compact:\n%s", out)
	}
	// It is still a working database: link updates it.
	mustRun(t, db, "link")
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(db), ".*compact*"))
	if len(matches) > 0 {
		t.Errorf("temporary files left: %v", matches)
	}
}

// TestLockWait: every command that opens the database exits 3 at once
// with --lock-wait 0 while another process holds it, and waits with a
// longer --lock-wait until the holder is done.
func TestLockWait(t *testing.T) {
	dir := t.TempDir()
	path := importedDB(t, 20)
	holder, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	cmds := [][]string{
		{"crawl", "--max-pages", "1", "http://127.0.0.1:1/"},
		{"link"},
		{"import", "-"},
		{"export"},
		{"backup", filepath.Join(dir, "b.db")},
		{"check"},
		{"compact"},
		{"compact", "--to", filepath.Join(dir, "c.db")},
	}
	for _, args := range cmds {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			start := time.Now()
			_, _, err := runCmd(t, path, "", append(args, "--lock-wait", "0")...)
			if code := exitCode(context.Background(), err); code != exitLocked {
				t.Errorf("exit code %d (err %v), want %d", code, err, exitLocked)
			}
			if d := time.Since(start); d > 500*time.Millisecond {
				t.Errorf("--lock-wait 0 took %v", d)
			}
		})
	}
	if _, _, err := runCmd(t, path, "", "link", "--lock-wait", "-1s"); exitCode(context.Background(), err) != exitUsage {
		t.Errorf("negative --lock-wait: err %v", err)
	}
	// A run that waits long enough gets the database once the holder is done.
	done := make(chan error, 1)
	go func() {
		_, _, err := runCmd(t, path, `{"url":"https://news.example/late","headline":"Late","body":"b"}`, "import", "--lock-wait", "1m", "-")
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("import did not wait for the lock: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	holder.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if out := mustRun(t, path, "export"); !strings.Contains(out, "https://news.example/late") {
		t.Error("the waiting import stored nothing")
	}
}

// TestMigration_ThroughACommand: a file of layout version 1 (kept in
// store/testdata) is migrated by the first command that writes it, with a
// backup beside it and a line in the log; reading commands before that
// read it as it is.
func TestMigration_ThroughACommand(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "store", "testdata", "v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(db, data, 0o644); err != nil {
		t.Fatal(err)
	}
	before := mustRun(t, db, "export")
	if !strings.Contains(before, `"aliases":["https://news.example/print/a"]`) {
		t.Errorf("export of the version 1 file lacks the alias:\n%s", before)
	}
	if r := checkReport(t, db); r.Version != 1 || !r.OK() {
		t.Errorf("check of the version 1 file: %+v", r)
	}
	_, stderr, err := runCmd(t, db, `{"url":"https://news.example/new","headline":"New","body":"b"}`, "--log-level", "info", "import", "--quiet", "-")
	if err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	bak := store.MigrationBackupPath(db, 1)
	if !strings.Contains(stderr, "database migrated") || !strings.Contains(stderr, bak) {
		t.Errorf("log: %q", stderr)
	}
	if r := checkReport(t, bak); r.Version != 1 || !r.OK() {
		t.Errorf("check of the backup: %+v", r)
	}
	if got := mustRun(t, bak, "export"); got != before {
		t.Errorf("the backup exports differently from the file before the migration")
	}
	if r := checkReport(t, db); r.Version != store.SchemaVersion || r.Aliases != 1 || !r.OK() {
		t.Errorf("check after the migration: %+v", r)
	}
	after := mustRun(t, db, "export")
	if !strings.HasPrefix(after, before) {
		t.Errorf("export after the migration does not begin with the export before:\n%s\n---\n%s", before, after)
	}
}
