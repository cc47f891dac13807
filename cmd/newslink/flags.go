package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

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

// openDB opens the database named by --db for writing, waiting for its
// lock as --lock-wait says.
func openDB(e *env) (*store.DB, error) {
	db, err := store.Open(e.db, dbOptions(e, false))
	if err == nil && db.MigratedFrom() > 0 {
		e.log.Info("database migrated to the current layout", "from", db.MigratedFrom(), "to", store.SchemaVersion,
			"backup", store.MigrationBackupPath(e.db, db.MigratedFrom()))
	}
	return db, err
}
