//go:build !linux

package store

// dropMapped is a no-op where the kernel is not known to take the advice.
func (db *DB) dropMapped(size int64) {}
