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
//	fingerprints  content hash (16 bytes) -> ID, so one article found
//	           under two URLs is stored once (the second URL is an alias)
//
// The crawl frontier (see Frontier) keeps one record per URL it has seen
// and one key in the bucket of the URL's state:
//
//	frontier   canonical URL -> record (state, item, validators) as JSON
//	queue      priority key -> URL: ready to fetch, best first
//	delayed    not-before time + sequence -> URL: retries and Retry-After
//	leased     URL -> "": handed to a crawl run that has not finished it
//	failed     URL -> "": given up on in a run; queued again by the next
//	revisit    revisit time + URL -> "": done, due again at that time
//
// IDs come from the articles bucket's NextSequence and never change for a
// stored URL. One process at a time may open the file; a second one gets
// ErrLocked after Options.LockTimeout.
package store
