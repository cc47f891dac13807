package main

import (
	"os"
	"strings"
)

// resident returns, for debug logs, this process's resident memory as the
// kernel reports it (anonymous and file-backed, as in /proc/self/status),
// or "" where there is no such report.
func resident() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	var parts []string
	for _, line := range strings.Split(string(b), "\n") {
		for _, key := range []string{"VmHWM:", "RssAnon:", "RssFile:"} {
			if strings.HasPrefix(line, key) {
				parts = append(parts, strings.Join(strings.Fields(line), " "))
			}
		}
	}
	return strings.Join(parts, ", ")
}
