// Package store keeps newslink's articles, their Related Stories lists and
// the crawler's state in one bbolt file. It is the only package that
// imports bbolt.
//
// Layout (all buckets are created when the file is opened):
//
//	meta       "schema" -> schema version (decimal); opening a newer schema fails
//	articles   ID (8-byte big endian) -> article as JSON
//	urls       canonical URL -> ID
//	related    ID -> Related Stories list as JSON
//
// IDs come from the articles bucket's NextSequence and never change for a
// stored URL. One process at a time may open the file; a second one gets
// ErrLocked after Options.LockTimeout.
package store
