package main

import (
	"flag"
	"fmt"
	"time"

	"newslink/store"
)

// lockWait is the --lock-wait flag: how long a command waits for the lock
// of a database that another newslink process (a cron run) holds before it
// exits with code 3. Unset, it is store.DefaultLockTimeout; zero means not
// to wait.
type lockWait struct {
	d   time.Duration
	set bool
}

func (w *lockWait) String() string {
	if w == nil || !w.set {
		return store.DefaultLockTimeout.String()
	}
	return w.d.String()
}

func (w *lockWait) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return fmt.Errorf("want a duration of 0 or more, such as 30s or 10m")
	}
	w.d, w.set = d, true
	return nil
}

// lockWaitFlag defines --lock-wait on fs, for the commands that open the
// database; openDB and dbOptions use what it is set to.
func lockWaitFlag(fs *flag.FlagSet, e *env) {
	fs.Var(&e.lockWait, "lock-wait", "wait this long for a database that another newslink run holds, then exit with code 3 (0: do not wait)")
}

// dbOptions returns the store options of --lock-wait, read-only or not.
func dbOptions(e *env, readOnly bool) *store.Options {
	o := &store.Options{ReadOnly: readOnly}
	switch {
	case !e.lockWait.set:
	case e.lockWait.d == 0:
		o.LockTimeout = -1 // fail at once
	default:
		o.LockTimeout = e.lockWait.d
	}
	return o
}
