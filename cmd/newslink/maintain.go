package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"newslink/store"
)

// runBackupCmd parses the flags of "newslink backup" and runs it.
func runBackupCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "backup", "[--lock-wait D] [--quiet] FILE")
	quiet := fs.Bool("quiet", false, "print no summary")
	lockWaitFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError("backup: want one FILE to write the copy to")
	}
	start := time.Now()
	db, err := store.Open(e.db, dbOptions(e, true))
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Backup(ctx, rest[0]); err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(e.stdout, "backed up %s to %s in %v\n", e.db, rest[0], time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// errCheckFailed reports that check found problems (exit code 1).
type errCheckFailed struct {
	path string
	n    int
}

func (e errCheckFailed) Error() string {
	return fmt.Sprintf("check: %s: %d problems found", e.path, e.n)
}

// runCheckCmd parses the flags of "newslink check" and runs it.
func runCheckCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "check", "[--lock-wait D] [--json]")
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	lockWaitFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("check: unexpected argument %q (the file is --db)", rest[0])
	}
	r, err := store.CheckFile(ctx, e.db, dbOptions(e, true))
	if err != nil {
		return err
	}
	if err := printCheckReport(e.stdout, r, *asJSON); err != nil {
		return err
	}
	if !r.OK() {
		return errCheckFailed{e.db, len(r.Problems) + r.Omitted}
	}
	return nil
}

// printCheckReport writes what check found: one line of counts and "ok",
// or the problems one per line.
func printCheckReport(w io.Writer, r *store.CheckReport, asJSON bool) error {
	if asJSON {
		if r.Problems == nil {
			r.Problems = []string{}
		}
		return json.NewEncoder(w).Encode(r)
	}
	if r.Version > 0 {
		fmt.Fprintf(w, "%s: schema version %d, %d articles, %d URLs (%d aliases), %d related lists, link index generation %d, %d frontier URLs\n",
			r.Path, r.Version, r.Articles, r.URLs, r.Aliases, r.Related, r.LinkGeneration, r.FrontierURLs)
	}
	if r.Pages > 0 {
		fmt.Fprintf(w, "%s: %s on disk, %d pages of %d bytes, %d of them free (compact gives those back)\n",
			r.Path, fileSize(r.FileSize), r.Pages, r.PageSize, r.FreePages)
	}
	if r.OK() {
		_, err := fmt.Fprintf(w, "%s: ok\n", r.Path)
		return err
	}
	fmt.Fprintf(w, "%s: %d problems:\n", r.Path, len(r.Problems)+r.Omitted)
	for _, p := range r.Problems {
		fmt.Fprintf(w, "  %s\n", p)
	}
	if r.Omitted > 0 {
		fmt.Fprintf(w, "  ... and %d more\n", r.Omitted)
	}
	return nil
}

// runCompactCmd parses the flags of "newslink compact" and runs it.
func runCompactCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "compact", "[--to FILE] [--lock-wait D] [--quiet]")
	to := fs.String("to", "", "write the compacted copy to this `file` and leave the database as it is (default: compact the database in place)")
	quiet := fs.Bool("quiet", false, "print no summary")
	lockWaitFlag(fs, e)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("compact: unexpected argument %q (the file is --db; the copy --to)", rest[0])
	}
	start := time.Now()
	before, after, err := store.Compact(ctx, e.db, *to, dbOptions(e, false))
	if err != nil {
		return err
	}
	if !*quiet {
		where := "in place"
		if *to != "" {
			where = "to " + *to
		}
		fmt.Fprintf(e.stdout, "compacted %s %s: %s -> %s in %v\n", e.db, where, fileSize(before), fileSize(after), time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// fileSize formats a size in bytes in KiB, MiB or GiB.
func fileSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	default:
		return fmt.Sprintf("%d KiB", (n+1023)/1024)
	}
}
