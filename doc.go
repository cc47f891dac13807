// Package newslink holds the domain types shared by the crawler, the store,
// the linker and the command: an Article as stored, the Date it was
// published, and the Related stories listed under it.
//
// It imports only the standard library, so that its siblings can exchange
// data without importing each other.
package newslink
