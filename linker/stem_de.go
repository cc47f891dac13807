package linker

import "strings"

// stemGerman returns the Snowball German stem of a lower-case word.
func stemGerman(w string) string {
	w = strings.ReplaceAll(w, "ß", "ss")
	b := []rune(w)
	if len(b) <= 2 {
		return w
	}
	for i := 1; i+1 < len(b); i++ {
		if isVowelDE(b[i-1]) && isVowelDE(b[i+1]) {
			switch b[i] {
			case 'u':
				b[i] = 'U'
			case 'y':
				b[i] = 'Y'
			}
		}
	}
	r1 := len(b)
	for i := 1; i < len(b); i++ {
		if !isVowelDE(b[i]) && isVowelDE(b[i-1]) {
			r1 = i + 1
			break
		}
	}
	r1 = max(r1, 3)
	r2 := len(b)
	for i := r1 + 1; i < len(b); i++ {
		if !isVowelDE(b[i]) && isVowelDE(b[i-1]) {
			r2 = i + 1
			break
		}
	}
	ends := func(s string) bool {
		rs := []rune(s)
		return len(b) >= len(rs) && string(b[len(b)-len(rs):]) == s
	}
	// Step 1.
	switch {
	case ends("ern") && len(b)-3 >= r1:
		b = b[:len(b)-3]
	case (ends("em") || ends("er")) && len(b)-2 >= r1:
		b = b[:len(b)-2]
	case ends("em"), ends("er"), ends("ern"):
	case (ends("en") || ends("es")) && len(b)-2 >= r1:
		b = b[:len(b)-2]
		if ends("niss") {
			b = b[:len(b)-1]
		}
	case ends("e") && len(b)-1 >= r1:
		b = b[:len(b)-1]
		if ends("niss") {
			b = b[:len(b)-1]
		}
	case ends("en"), ends("es"), ends("e"):
	case ends("s") && len(b)-1 >= r1 && len(b) >= 2 && strings.ContainsRune("bdfghklmnrt", b[len(b)-2]):
		b = b[:len(b)-1]
	}
	// Step 2.
	switch {
	case ends("est") && len(b)-3 >= r1:
		b = b[:len(b)-3]
	case (ends("en") || ends("er")) && len(b)-2 >= r1:
		b = b[:len(b)-2]
	case ends("est"), ends("en"), ends("er"):
	case ends("st") && len(b)-2 >= r1 && len(b) >= 6 && strings.ContainsRune("bdfghklmnt", b[len(b)-3]):
		b = b[:len(b)-2]
	}
	// Step 3.
	in2 := func(n int) bool { return len(b)-n >= r2 }
	switch {
	case ends("end") || ends("ung"):
		if in2(3) {
			b = b[:len(b)-3]
			if ends("ig") && in2(2) && !ends("eig") {
				b = b[:len(b)-2]
			}
		}
	case ends("isch"):
		if in2(4) && !ends("eisch") {
			b = b[:len(b)-4]
		}
	case ends("ig") || ends("ik"):
		if in2(2) && !ends("eig") && !ends("eik") {
			b = b[:len(b)-2]
		}
	case ends("lich") || ends("heit"):
		if in2(4) {
			b = b[:len(b)-4]
			if (ends("er") || ends("en")) && len(b)-2 >= r1 {
				b = b[:len(b)-2]
			}
		}
	case ends("keit"):
		if in2(4) {
			b = b[:len(b)-4]
			if ends("lich") && in2(4) {
				b = b[:len(b)-4]
			} else if ends("ig") && in2(2) {
				b = b[:len(b)-2]
			}
		}
	}
	for i, r := range b {
		switch r {
		case 'U':
			b[i] = 'u'
		case 'Y':
			b[i] = 'y'
		case 'ä':
			b[i] = 'a'
		case 'ö':
			b[i] = 'o'
		case 'ü':
			b[i] = 'u'
		}
	}
	return string(b)
}

func isVowelDE(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü':
		return true
	}
	return false
}
