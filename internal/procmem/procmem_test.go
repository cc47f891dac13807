package procmem_test

import (
	"os"
	"strings"
	"testing"

	"newslink/internal/procmem"
)

// TestPeakRSS_GrowsWithUse touches 64 MiB and checks that the peak counts
// it, where the kernel reports memory at all.
func TestPeakRSS_GrowsWithUse(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		if procmem.PeakRSS() != 0 || procmem.Now() != "unknown" {
			t.Errorf("no /proc: PeakRSS %d, Now %q; want 0 and unknown", procmem.PeakRSS(), procmem.Now())
		}
		return
	}
	const size = 64 << 20
	b := make([]byte, size)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	if p := procmem.PeakRSS(); p < size {
		t.Errorf("PeakRSS %d after touching %d bytes", p, size)
	}
	if now := procmem.Now(); !strings.HasPrefix(now, "VmHWM: ") || !strings.Contains(now, "VmRSS: ") {
		t.Errorf("Now %q", now)
	}
	_ = b[len(b)-1]
}
