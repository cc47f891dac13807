package procmem

import (
	"os"
	"strconv"
	"strings"
)

// status returns the lines of /proc/self/status that start with the keys,
// spaces squeezed, or nil where there is no such file.
func status(keys ...string) []string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		for _, k := range keys {
			if strings.HasPrefix(line, k) {
				out = append(out, strings.Join(strings.Fields(line), " "))
			}
		}
	}
	return out
}

// Now describes the resident memory: its peak, now, and now split into
// anonymous memory (the heap and stacks) and mapped files (a database), as
// in "VmHWM: 20480 kB, VmRSS: ..."; "unknown" off Linux.
func Now() string {
	parts := status("VmHWM:", "VmRSS:", "RssAnon:", "RssFile:")
	if parts == nil {
		return "unknown"
	}
	return strings.Join(parts, ", ")
}

// PeakRSS returns the process's peak resident set size in bytes, 0 where
// the kernel does not say.
func PeakRSS() int64 {
	for _, line := range status("VmHWM:") {
		f := strings.Fields(line) // VmHWM: 1234 kB
		if len(f) == 3 && f[2] == "kB" {
			kb, err := strconv.ParseInt(f[1], 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
