package main

import (
	"errors"
	"flag"
	"fmt"
	"regexp"
	"strings"

	"newslink/store"
)

// parseFlags parses args with fs, letting flags and positional arguments
// come in any order, and returns the positional arguments. Errors are
// usage errors; -h returns flag.ErrHelp.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
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

// newFlagSet returns a flag set that prints its usage to e.stderr.
func newFlagSet(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: newslink %s %s\n", name, usage)
		fs.PrintDefaults()
	}
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

// openDB opens the database named by --db for writing.
func openDB(e *env) (*store.DB, error) {
	return store.Open(e.db, nil)
}
