package store

import "syscall"

// dropMapped tells the kernel that this process no longer needs the pages
// of the database file it has read through bbolt's read-only mapping, up
// to size bytes: they stay in the page cache for the next reader but stop
// counting as this process's memory, so that a scan of a store larger
// than memory does not keep all of it resident. A page read again is
// mapped again from the cache; bbolt never changes a page a reader holds.
func (db *DB) dropMapped(size int64) {
	info := db.bolt.Info()
	size -= size % int64(syscall.Getpagesize())
	if info == nil || info.Data == 0 || size <= 0 {
		return
	}
	syscall.Syscall(syscall.SYS_MADVISE, info.Data, uintptr(size), syscall.MADV_DONTNEED) //nolint:errcheck // advice only
}
