// Command newslink crawls news sites, stores their articles in one bbolt
// file, links every article to its Related Stories by text similarity, and
// prints or serves those lists. Run "newslink help" for the subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"newslink/store"
)

// Exit codes, documented in "newslink help" and README.md.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitLocked      = 3
	exitInterrupted = 130
)

// errUsage marks an error caused by how the command was called.
var errUsage = errors.New("usage")

// usageError wraps a message as a usage error (exit code 2).
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// env is what every subcommand gets from main: its streams, the global
// options and the logger. Tests build one directly.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	db             string   // path of the bbolt file
	lockWait       lockWait // --lock-wait of the commands that take it
	log            *slog.Logger
	getenv         func(string) string
}

// command is one subcommand: its name, a one-line summary and its runner.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands lists every subcommand in the order "help" shows them.
var commands = []command{
	{"crawl", "crawl news sites starting at URLs and store their articles", runCrawlCmd},
	{"link", "update (or --rebuild) the Related Stories lists of the stored articles", runLinkCmd},
	{"related", "print the Related Stories box of a stored article", runRelatedCmd},
	{"import", "store articles read as JSON Lines", runImportCmd},
	{"export", "write every stored article and its related list as JSON Lines", runExportCmd},
	{"extract", "extract articles from saved pages, without network", runExtractCmd},
	{"import-warc", "store the articles of WARC files (a crawl's archive, Common Crawl's CC-NEWS)", runImportWARCCmd},
	{"reextract", "extract every stored article again from its archived response, without network", runReextractCmd},
	{"eval-extract", "score the extractor on a gold set: body F1, headline, dates, speed", runEvalExtractCmd},
	{"gen-corpus", "write a seeded synthetic news corpus with story labels as JSON Lines", runGenCorpusCmd},
	{"eval-related", "score related lists on a labelled JSON Lines file: P@5, P@10, R@10, MAP@10, time", runEvalRelatedCmd},
	{"demo", "crawl the bundled fixture site, link it and print Related Stories", runDemoCmd},
	{"ingest", "store the articles that crawl --redis workers publish, from the Redis stream", runIngestCmd},
	{"bench", "measure crawl throughput, the frontier's memory, or import-warc against extract (crawl, frontier, warc)", runBenchCmd},
	{"serve", "serve articles and Related Stories over HTTP: pages, JSON API, embed", runServeCmd},
	{"backup", "write a consistent copy of the database to FILE (aside, synced, renamed)", runBackupCmd},
	{"check", "check the database: bbolt's page check and newslink's invariants; exit 1 if broken", runCheckCmd},
	{"compact", "rewrite the database (or a copy, --to FILE) without its free pages", runCompactCmd},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	code := report(ctx, err, os.Stderr) // before stop, which cancels ctx
	stop()
	os.Exit(code)
}

// run parses the global flags and runs one subcommand.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("newslink", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	defaultDB := "newslink.db"
	if v := getenv("NEWSLINK_DB"); v != "" {
		defaultDB = v
	}
	db := fs.String("db", defaultDB, "path of the database file")
	logLevel := fs.String("log-level", "info", "log level: debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return usageError("%v", err)
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return usageError("--log-level %q: want debug, info, warn or error", *logLevel)
	}
	e := &env{
		stdout: stdout, stderr: stderr, stdin: stdin, db: *db, getenv: getenv,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})),
	}
	rest := fs.Args()
	if len(rest) == 0 {
		printHelp(stderr)
		return usageError("no subcommand given")
	}
	name := rest[0]
	if name == "help" || name == "-h" || name == "--help" {
		printHelp(stdout)
		return nil
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(ctx, e, rest[1:])
		}
	}
	return usageError("unknown subcommand %q (see newslink help)", name)
}

// printHelp lists the subcommands, global flags and exit codes.
func printHelp(w io.Writer) {
	fmt.Fprintln(w, "usage: newslink [--db PATH] [--log-level LEVEL] SUBCOMMAND [flags] [args]")
	fmt.Fprintln(w, "\nsubcommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-14s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "  help           show this help")
	fmt.Fprintln(w, "\nglobal flags:")
	fmt.Fprintln(w, "  --db PATH         database file (default newslink.db, or $NEWSLINK_DB)")
	fmt.Fprintln(w, "  --log-level LEVEL debug, info, warn or error (default info); logs go to stderr")
	fmt.Fprintln(w, "\nexit codes:")
	fmt.Fprintln(w, "  0   ok")
	fmt.Fprintln(w, "  1   failure")
	fmt.Fprintln(w, "  2   usage: bad flags, arguments or input format")
	fmt.Fprintln(w, "  3   database locked by another newslink process (for longer than --lock-wait)")
	fmt.Fprintln(w, "  130 interrupted (SIGINT or SIGTERM)")
	fmt.Fprintln(w, "\nrun 'newslink SUBCOMMAND -h' for a subcommand's flags.")
}

// report prints err as one line on stderr and returns the exit code for it.
// It is the one place that maps errors to exit codes.
func report(ctx context.Context, err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	fmt.Fprintln(stderr, "newslink: "+strings.TrimPrefix(err.Error(), "usage: "))
	return exitCode(ctx, err)
}

// exitCode maps an error to its documented exit code.
func exitCode(ctx context.Context, err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, store.ErrLocked):
		return exitLocked
	case errors.Is(err, context.Canceled) || ctx.Err() != nil:
		return exitInterrupted
	case errors.Is(err, errUsage):
		return exitUsage
	default:
		return exitFailure
	}
}
