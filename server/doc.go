// Package server serves stored articles and their Related Stories over
// HTTP: HTML pages for an editor (the latest articles with search, and an
// article page ending with its Related Stories box), a JSON API, an
// embeddable HTML fragment of the box and a script that a news site drops
// into its article template, /healthz and Prometheus /metrics.
//
// It reads a snapshot: a read-only copy of the database that "newslink
// link" publishes next to it and replaces atomically. The server watches
// the file and, when it changes, opens the new copy, switches new requests
// to it and closes the old one when its last request ends, so that crawls
// and links write the live database without ever waiting for the server.
//
// Everything in a snapshot came from the web and is treated as hostile:
// pages are rendered with html/template, links are made only to http and
// https URLs, and responses carry a strict Content-Security-Policy. The
// server answers GET and HEAD only, bounds the size and time of every
// request, and sends CORS headers only to configured origins.
//
// The package imports the root package and the standard library only; it
// reads a snapshot through the Source interface, which *store.DB
// implements.
package server
