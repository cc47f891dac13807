package main

import "newslink/internal/procmem"

// rssNow describes the resident memory for the debug logs (procmem.Now).
func rssNow() string { return procmem.Now() }
