// Package warc writes and reads WARC files (ISO 28500, WARC/1.1): the
// archive of every response a crawl fetched, and the source of articles
// read from other crawlers' archives such as Common Crawl's CC-NEWS.
//
// Writer writes one gzip member per record, so that any record can be read
// on its own from its offset and a crash leaves every finished record
// readable. Scan and ReadAt read records with github.com/nlnwa/gowarc,
// verify their digests, and undo the HTTP transfer and content encodings.
package warc
