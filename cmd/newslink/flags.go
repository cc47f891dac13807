package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"

	"newslink"
	"newslink/store"
)

// parseFlags parses args with fs, letting flags and positional arguments
// come in any order, and returns the positional arguments. Errors are
// one-line usage errors; -h prints the flags and returns flag.ErrHelp.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				if help, ok := helps.Load(fs); ok {
					help.(func())()
				}
				return nil, err
			}
			return nil, usageError("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// helps holds the -h printer of each flag set made by newFlagSet.
var helps sync.Map

// newFlagSet returns a flag set that stays quiet on errors (parseFlags
// reports them in one line) and prints its flags to e.stderr on -h.
func newFlagSet(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	helps.Store(fs, func() {
		fmt.Fprintf(e.stderr, "usage: newslink %s %s\n", name, usage)
		fs.SetOutput(e.stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	})
	return fs
}

// regexpList is a repeatable flag of regular expressions.
type regexpList []*regexp.Regexp

func (l *regexpList) String() string {
	var s []string
	for _, re := range *l {
		s = append(s, re.String())
	}
	return strings.Join(s, " ")
}

func (l *regexpList) Set(v string) error {
	re, err := regexp.Compile(v)
	if err != nil {
		return fmt.Errorf("bad regular expression %q: %v", v, err)
	}
	*l = append(*l, re)
	return nil
}

// openDB opens the database named by --db for writing, creating it if
// it does not exist, waiting for its lock as --lock-wait says.
func openDB(e *env) (*store.DB, error) { return openWrite(e, false) }

// openExistingDB is openDB for commands that only work on what is
// stored: a database that does not exist is an error, not created.
func openExistingDB(e *env) (*store.DB, error) { return openWrite(e, true) }

func openWrite(e *env, existing bool) (*store.DB, error) {
	o := dbOptions(e, false)
	o.Existing = existing
	db, err := store.Open(e.db, o)
	if err == nil && db.MigratedFrom() > 0 {
		e.log.Info("database migrated to the current layout", "from", db.MigratedFrom(), "to", store.SchemaVersion,
			"backup", store.MigrationBackupPath(e.db, db.MigratedFrom()))
	}
	return db, err
}

// byteSize is a flag of a size in bytes: a whole number, or one with a
// suffix K, M or G (powers of 1024; KB, MB, GB and KiB, MiB, GiB alike).
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(v string) error {
	s := strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return fmt.Errorf("%q is not a size such as 1073741824, 500M or 1G", v)
	}
	*b = byteSize(n * mult)
	return nil
}

// explicitZeros applies, for every flag given on the command line with the
// value zero, what rules says a zero means there: another value, or a
// refusal. A flag's zero means what a user would guess, or is refused.
func explicitZeros(fs *flag.FlagSet, rules map[string]func() error) error {
	var err error
	fs.Visit(func(f *flag.Flag) {
		rule, ok := rules[f.Name]
		if err != nil || !ok || !zeroValue(f.Value.String()) {
			return
		}
		err = rule()
	})
	return err
}

// zeroValue reports whether a flag's value is a zero number, duration or
// size.
func zeroValue(v string) bool {
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		return f == 0
	}
	d, err := time.ParseDuration(v)
	return err == nil && d == 0
}

// refuse returns a rule of explicitZeros that refuses a zero.
func refuse(cmd, name, want string) func() error {
	return func() error { return usageError("%s: --%s 0: %s", cmd, name, want) }
}

// patternFlag is a repeatable regular-expression flag that also keeps the
// patterns given on the command line apart.
type patternFlag struct {
	all, given *[]*regexp.Regexp
}

func (p patternFlag) String() string {
	if p.all == nil {
		return ""
	}
	return (*regexpList)(p.all).String()
}

func (p patternFlag) Set(v string) error {
	if err := (*regexpList)(p.all).Set(v); err != nil {
		return err
	}
	*p.given = append(*p.given, (*p.all)[len(*p.all)-1])
	return nil
}

// errWriter remembers the first error of its writer, so that a summary
// written with many Fprintf calls reports a failed write once at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// changeCounts counts what upserts did, for a summary.
type changeCounts struct {
	Created   int `json:"created"`   // articles new to the database
	Updated   int `json:"updated"`   // stored articles whose content changed
	Unchanged int `json:"unchanged"` // articles stored already as read
}

// add counts changes.
func (c *changeCounts) add(changes []newslink.Change) {
	for _, ch := range changes {
		switch ch {
		case newslink.Created:
			c.Created++
		case newslink.Updated:
			c.Updated++
		default:
			c.Unchanged++
		}
	}
}

// startCPUProfile writes a CPU profile of the rest of the run to path
// (for go tool pprof); call stop at the end of the run.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
