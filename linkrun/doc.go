// Package linkrun keeps an archive's Related Stories lists up to date: it
// decides whether a run updates the stored link index with the articles
// created or changed since the last run or rebuilds everything, when the
// stored index is compacted, and in which transactions the lists, the
// index and its change records are written. The text similarity itself is
// package linker's; the storage is reached through Store, a small
// interface that *store.DB implements, so that this package imports
// neither store nor bbolt.
//
// # Updates and rebuilds
//
// Run rebuilds when asked, when no index is stored, when the stored one
// cannot be read, or when the linker options differ from those it was
// built with. Otherwise it reads the index with its change records, adds
// the changed articles, writes the lists they change and stores only the
// change records, until those outgrow a quarter of the index: then the
// index is compacted and stored whole, so that reading it stays quick.
//
// # Why not internal
//
// The package is part of the product, as crawler, linker and store are,
// and sits beside them; internal/ holds the evaluation and benchmark code
// that lives apart from the product.
package linkrun
