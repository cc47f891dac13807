package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbgWhich(t *testing.T) {
	fh, _ := os.Open(os.Getenv("DBGF"))
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct{ Body string }
		json.Unmarshal(sc.Bytes(), &d)
		l := collapse(d.Body)
		n := trimmedLen(l)
		lo := strings.ToLower(l)
		why := []string{}
		if n < 90 && isBoilerPhrase(lo) {
			why = append(why, "boiler")
			for _, p := range boilerPhrases {
				if newSubstrings(p).atWordStart(lo) {
					why = append(why, "boiler:"+p)
				}
			}
		}
		if n < 250 && isPromo(lo) {
			why = append(why, "promo")
			for _, p := range promoPhrases {
				if newSubstrings(p).atWordStart(lo) {
					why = append(why, "promo:"+p)
				}
			}
		}
		if isTailJunk(l) {
			why = append(why, "tail")
			for _, p := range tailPhrases {
				if startsWord(lo, p) {
					why = append(why, "tail:"+p)
				}
			}
		}
		fmt.Printf("%v furn=%v | %.100s\n", why, furnitureBlock(l, n), l)
	}
}
