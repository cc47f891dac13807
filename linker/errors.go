package linker

import "errors"

// Errors returned by the linker, to be tested with errors.Is.
var (
	// ErrDuplicateID is returned when two documents given together share an ID.
	ErrDuplicateID = errors.New("duplicate document id")
	// ErrNotFound is returned by Explain for an ID not in the index.
	ErrNotFound = errors.New("document not found")
	// ErrFormat is returned by ReadIndex for data WriteTo did not write.
	ErrFormat = errors.New("malformed index data")
)
