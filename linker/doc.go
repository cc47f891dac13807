// Package linker finds, for every article of an archive, the articles most
// related to it by text similarity: it tokenizes, weights, indexes and
// returns the top N. It does no I/O: callers pass documents in and get
// lists (and, for incremental use, encoded state) back.
package linker
