package linker

import "strings"

// stemEnglish returns the Porter2 (Snowball English) stem of a lower-case
// word.
func stemEnglish(w string) string {
	if len(w) <= 2 {
		return w
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return w // not ASCII: leave alone
		}
	}
	if s, ok := enExceptions[w]; ok {
		return s
	}
	b := []byte(strings.TrimPrefix(w, "'"))
	if len(b) > 0 && b[0] == 'y' {
		b[0] = 'Y'
	}
	for i := 1; i < len(b); i++ {
		if b[i] == 'y' && isVowelEN(b[i-1]) {
			b[i] = 'Y'
		}
	}
	r1, r2 := regionsEN(b)
	// Step 0.
	for _, s := range []string{"'s'", "'s", "'"} {
		if hasSuffix(b, s) {
			b = b[:len(b)-len(s)]
			break
		}
	}
	// Step 1a.
	switch {
	case hasSuffix(b, "sses"):
		b = b[:len(b)-2]
	case hasSuffix(b, "ied"), hasSuffix(b, "ies"):
		if len(b) > 4 {
			b = b[:len(b)-2]
		} else {
			b = b[:len(b)-1]
		}
	case hasSuffix(b, "us"), hasSuffix(b, "ss"):
	case hasSuffix(b, "s"):
		if len(b) >= 2 && containsVowel(b[:len(b)-2]) {
			b = b[:len(b)-1]
		}
	}
	switch string(b) {
	case "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed":
		return string(b)
	}
	// Step 1b.
	if s := longestSuffix(b, "eedly", "eed"); s != "" {
		if len(b)-len(s) >= r1 {
			b = append(b[:len(b)-len(s)], "ee"...)
		}
	} else if s := longestSuffix(b, "ingly", "edly", "ing", "ed"); s != "" {
		stem := b[:len(b)-len(s)]
		if containsVowel(stem) {
			b = stem
			switch {
			case hasSuffix(b, "at"), hasSuffix(b, "bl"), hasSuffix(b, "iz"):
				b = append(b, 'e')
			case endsDouble(b):
				b = b[:len(b)-1]
			case isShortWordEN(b, r1):
				b = append(b, 'e')
			}
		}
	}
	// Step 1c.
	if n := len(b); n > 2 && (b[n-1] == 'y' || b[n-1] == 'Y') && !isVowelEN(b[n-2]) {
		b[n-1] = 'i'
	}
	// Step 2.
	if s := longestSuffix(b, step2Suffixes...); s != "" && len(b)-len(s) >= r1 {
		stem := b[:len(b)-len(s)]
		switch s {
		case "tional":
			b = append(stem, "tion"...)
		case "enci":
			b = append(stem, "ence"...)
		case "anci":
			b = append(stem, "ance"...)
		case "abli":
			b = append(stem, "able"...)
		case "entli":
			b = append(stem, "ent"...)
		case "izer", "ization":
			b = append(stem, "ize"...)
		case "ational", "ation", "ator":
			b = append(stem, "ate"...)
		case "alism", "aliti", "alli":
			b = append(stem, "al"...)
		case "fulness":
			b = append(stem, "ful"...)
		case "ousli", "ousness":
			b = append(stem, "ous"...)
		case "iveness", "iviti":
			b = append(stem, "ive"...)
		case "biliti", "bli":
			b = append(stem, "ble"...)
		case "ogi":
			if hasSuffix(stem, "l") {
				b = append(stem, "og"...)
			}
		case "fulli":
			b = append(stem, "ful"...)
		case "lessli":
			b = append(stem, "less"...)
		case "li":
			if n := len(stem); n > 0 && strings.IndexByte("cdeghkmnrt", stem[n-1]) >= 0 {
				b = stem
			}
		}
	}
	// Step 3.
	if s := longestSuffix(b, "ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful"); s != "" && len(b)-len(s) >= r1 {
		stem := b[:len(b)-len(s)]
		switch s {
		case "tional":
			b = append(stem, "tion"...)
		case "ational":
			b = append(stem, "ate"...)
		case "alize":
			b = append(stem, "al"...)
		case "icate", "iciti", "ical":
			b = append(stem, "ic"...)
		case "ful", "ness":
			b = stem
		case "ative":
			if len(stem) >= r2 {
				b = stem
			}
		}
	}
	// Step 4.
	if s := longestSuffix(b, step4Suffixes...); s != "" && len(b)-len(s) >= r2 {
		stem := b[:len(b)-len(s)]
		if s != "ion" || hasSuffix(stem, "s") || hasSuffix(stem, "t") {
			b = stem
		}
	}
	// Step 5.
	if n := len(b); n > 0 && b[n-1] == 'e' {
		if n-1 >= r2 || (n-1 >= r1 && !endsShortSyllable(b[:n-1])) {
			b = b[:n-1]
		}
	} else if n > 1 && b[n-1] == 'l' && n-1 >= r2 && b[n-2] == 'l' {
		b = b[:n-1]
	}
	for i := range b {
		if b[i] == 'Y' {
			b[i] = 'y'
		}
	}
	return string(b)
}

var step2Suffixes = []string{"ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli",
	"entli", "ation", "alism", "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli", "izer", "ator", "alli", "bli", "ogi", "li"}

var step4Suffixes = []string{"ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti",
	"ous", "ive", "ize", "ion", "al", "er", "ic"}

var enExceptions = map[string]string{
	"skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
	"gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
	"sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos",
	"bias": "bias", "andes": "andes",
}

func isVowelEN(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func containsVowel(b []byte) bool {
	for _, c := range b {
		if isVowelEN(c) {
			return true
		}
	}
	return false
}

func hasSuffix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[len(b)-len(s):]) == s
}

// longestSuffix returns the longest of suffixes b ends with ("" if none);
// suffixes must be listed longest first.
func longestSuffix(b []byte, suffixes ...string) string {
	for _, s := range suffixes {
		if hasSuffix(b, s) {
			return s
		}
	}
	return ""
}

func endsDouble(b []byte) bool {
	n := len(b)
	if n < 2 || b[n-1] != b[n-2] {
		return false
	}
	return strings.IndexByte("bdfgmnprt", b[n-1]) >= 0
}

// regionsEN returns the starts of R1 and R2.
func regionsEN(b []byte) (int, int) {
	r1 := len(b)
	for _, p := range []string{"gener", "commun", "arsen"} {
		if hasPrefix(b, p) {
			r1 = len(p)
			break
		}
	}
	if r1 == len(b) {
		r1 = regionAfter(b, 0)
	}
	return r1, regionAfter(b, r1)
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// regionAfter returns the index after the first non-vowel following a
// vowel at or after start.
func regionAfter(b []byte, start int) int {
	for i := start + 1; i < len(b); i++ {
		if !isVowelEN(b[i]) && isVowelEN(b[i-1]) {
			return i + 1
		}
	}
	return len(b)
}

func endsShortSyllable(b []byte) bool {
	n := len(b)
	if n == 2 {
		return isVowelEN(b[0]) && !isVowelEN(b[1])
	}
	if n >= 3 {
		c := b[n-1]
		return !isVowelEN(b[n-3]) && isVowelEN(b[n-2]) && !isVowelEN(c) && c != 'w' && c != 'x' && c != 'Y'
	}
	return false
}

func isShortWordEN(b []byte, r1 int) bool { return r1 >= len(b) && endsShortSyllable(b) }
