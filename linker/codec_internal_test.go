package linker

import (
	"bufio"
	"bytes"
	"io"
	"math/rand/v2"
	"testing"
)

// TestReadFaulting checks that a slice large enough to be read in two
// halves (the second one's pages touched first by another goroutine)
// reads what was written, and that a stream ending in either half fails.
func TestReadFaulting(t *testing.T) {
	src := make([]byte, 17<<20+12345)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range src {
		src[i] = byte(r.Uint32())
	}
	got := make([]byte, len(src))
	d := &decoder{r: bufio.NewReader(bytes.NewReader(src))}
	readFaulting(d, got)
	if d.err != nil || !bytes.Equal(got, src) {
		t.Fatalf("read back differs (err %v)", d.err)
	}
	for _, n := range []int{len(src) / 4, len(src) * 3 / 4} {
		d := &decoder{r: bufio.NewReader(bytes.NewReader(src[:n]))}
		readFaulting(d, make([]byte, len(src)))
		if d.err != io.ErrUnexpectedEOF {
			t.Errorf("stream of %d bytes: err %v, want %v", n, d.err, io.ErrUnexpectedEOF)
		}
	}
}
