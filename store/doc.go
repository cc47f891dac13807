// Package store keeps newslink's articles, their Related Stories lists and
// the crawler's state in one bbolt file. It is the only package that
// imports bbolt.
//
// Layout (all buckets are created when the file is opened):
//
//	meta       "schema" -> schema version (decimal); opening a newer schema fails
//	           "linkindex-generation" -> the link index in use (8 bytes)
//	articles   ID (8-byte big endian) -> article as JSON; fields added
//	           later (warc, image, tags) are optional, so older records need
//	           no migration
//	urls       canonical URL -> ID
//	related    ID -> Related Stories list as JSON
//	fingerprints  content hash (16 bytes) -> ID, so one article found
//	           under two URLs is stored once (the second URL is an alias)
//	aliases    ID + alias URL -> "": the aliases of each article (version 2)
//	changed    ID -> "": articles created or updated since the last link
//	linkindex  generation (8 bytes) -> bucket: chunk number -> 1 MiB pieces
//	           of the linker's encoded index
//	linklog    sequence -> one change record of the link index
//	publog     sequence -> kind + ID of an article written or a list
//	           rewritten, for the serving files (version 3); kept while
//	           meta "publog-floor" is set, with meta "served:<file>" ->
//	           the sequence each serving file holds
//
// The crawl frontier (see Frontier) keeps a small record per URL it has
// seen, keyed by 8 bytes of the URL's SHA-256, and the URL's item (URL,
// the URL as found when it differs, depth, dates, validators, when first
// fetched) in the bucket of its state:
//
//	frontier   URL key -> state and the item's key in its state's bucket
//	queue      priority key -> item: ready to fetch, best first
//	delayed    not-before time + sequence -> item: retries and Retry-After
//	leased     URL key -> item: handed to a run that has not finished it
//	failed     URL key -> item: given up on in a run; queued again by the next
//	revisit    revisit time + URL key -> item: done, due again at that time
//
// Items are encoded by hand (varints and length-prefixed strings), since
// bbolt maps the file and its size is the frontier's memory footprint.
// Fields added later (the URL as found, the first fetch) are appended at
// the end only when set, so items written before them still decode.
//
// IDs come from the articles bucket's NextSequence and never change for a
// stored URL. One process at a time may open the file; a second one gets
// ErrLocked after Options.LockTimeout.
//
// Publish keeps the serving files that "newslink serve" reads: two files
// with only the meta, articles, urls and related buckets (meta
// "serve-seq" is the publish log sequence each holds), written in turn
// with the changes the publish log names, and a symbolic link to the
// current one.
//
// Every change to the layout bumps SchemaVersion and adds a migration from
// the version before it (migrate.go), which Open runs on a file opened for
// writing after a backup (MigrationBackupPath). Backup, Compact and
// CheckFile are the operations an archive run from cron needs.
package store
