// Package procmem reads the resident memory of the running process as the
// kernel counts it (/proc/self/status, Linux only), for the debug logs of
// the commands and for the benchmarks' figures. Its functions are safe for
// concurrent use; off Linux they report that they do not know.
package procmem
