// Package crawler fetches news sites with colly and hands every article it
// extracts to a Sink. It is the only package that imports colly, and it
// exports no colly types.
//
// A crawl starts at seed URLs and stays on their hosts (or Config.Hosts).
// It obeys robots.txt as RFC 9309 says (package crawler/robots), waits
// between requests to one host, follows links up to a depth and page limit,
// and tells article pages from section pages by their structure (article
// metadata, or a date with a story's URL or markup), not their length, so
// that a short news brief is stored; Stats.NotArticles counts the pages
// judged not to be articles. Config.HostExtract gives per-host CSS
// selector rules to the extraction. URLs are canonicalised
// (package crawler/urlnorm) before they are queued, so one page is fetched
// once however it is linked. The queue is a Frontier, an interface, so
// that it can live in memory, in the bbolt file or in a shared server.
package crawler
