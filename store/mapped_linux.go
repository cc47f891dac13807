package store

import (
	"syscall"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

// dropMapped tells the kernel that this process no longer needs the pages
// of the database file it has read through bbolt's read-only mapping, up
// to the size of tx's view of the file: they stay in the page cache for
// the next reader but stop counting as this process's memory, so that a
// scan of a store larger than memory does not keep all of it resident. A
// page read again is mapped again from the cache (the mapping is shared
// and bbolt writes the file with pwrite, never through the map), so the
// advice changes no byte that any reader sees.
//
// It must be called inside tx, a live transaction: bbolt remaps the file
// (munmap, then mmap at another address) only under its mmap lock, which
// a read transaction holds for its whole life and which no remap takes
// while a write transaction's function runs. Outside one, the address
// could already be unmapped, or mapped again to memory of the Go heap,
// which the advice would zero. TestDropMapped_RemapRace exercises this.
func (db *DB) dropMapped(tx *bolt.Tx) {
	info := db.bolt.Info()
	size := tx.Size()
	size -= size % int64(syscall.Getpagesize())
	if info == nil || info.Data == 0 || size <= 0 {
		return
	}
	syscall.Syscall(syscall.SYS_MADVISE, info.Data, uintptr(size), syscall.MADV_DONTNEED) //nolint:errcheck // advice only
}

// willNeed tells the kernel that the pages of b, a value in bbolt's
// mapping, are about to be read, so that it reads them from disk ahead,
// in large requests, instead of one fault at a time. Like dropMapped it
// must be called inside the transaction b belongs to.
func willNeed(b []byte) {
	page := uintptr(syscall.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b))) &^ (page - 1)
	end := uintptr(unsafe.Pointer(unsafe.SliceData(b))) + uintptr(len(b))
	if len(b) > 0 {
		syscall.Syscall(syscall.SYS_MADVISE, start, end-start, syscall.MADV_WILLNEED) //nolint:errcheck // advice only
	}
}
