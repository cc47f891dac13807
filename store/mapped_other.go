//go:build !linux

package store

import bolt "go.etcd.io/bbolt"

// dropMapped is a no-op where the kernel is not known to take the advice.
func (db *DB) dropMapped(tx *bolt.Tx) {}

func willNeed(b []byte) {}
