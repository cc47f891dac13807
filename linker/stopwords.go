package linker

// stopWords returns the stop words of a language family (one of
// Languages()), or nil for other languages.
func stopWords(kind string) map[string]bool {
	switch kind {
	case "en":
		return stopEN
	case "de":
		return stopDE
	case "fr":
		return stopFR
	case "es":
		return stopES
	case "it":
		return stopIT
	case "nl":
		return stopNL
	case "pt":
		return stopPT
	}
	return nil
}

// stopEN is scikit-learn's English stop word list with a few reporting
// words added.
var stopEN = map[string]bool{
	"a": true, "about": true, "above": true, "across": true, "after": true, "afterwards": true, "again": true, "against": true,
	"all": true, "almost": true, "alone": true, "along": true, "already": true, "also": true, "although": true, "always": true,
	"am": true, "among": true, "amongst": true, "amoungst": true, "amount": true, "an": true, "and": true, "another": true,
	"any": true, "anyhow": true, "anyone": true, "anything": true, "anyway": true, "anywhere": true, "are": true, "around": true,
	"as": true, "at": true, "back": true, "be": true, "became": true, "because": true, "become": true, "becomes": true,
	"becoming": true, "been": true, "before": true, "beforehand": true, "behind": true, "being": true, "below": true, "beside": true,
	"besides": true, "between": true, "beyond": true, "bill": true, "both": true, "bottom": true, "but": true, "by": true,
	"call": true, "can": true, "cannot": true, "cant": true, "co": true, "con": true, "could": true, "couldnt": true,
	"cry": true, "de": true, "describe": true, "detail": true, "didn't": true, "do": true, "don't": true, "done": true,
	"down": true, "due": true, "during": true, "each": true, "eg": true, "eight": true, "either": true, "eleven": true,
	"else": true, "elsewhere": true, "empty": true, "enough": true, "etc": true, "even": true, "ever": true, "every": true,
	"everyone": true, "everything": true, "everywhere": true, "except": true, "few": true, "fifteen": true, "fifty": true, "fill": true,
	"find": true, "fire": true, "first": true, "five": true, "for": true, "former": true, "formerly": true, "forty": true,
	"found": true, "four": true, "from": true, "front": true, "full": true, "further": true, "get": true, "give": true,
	"go": true, "had": true, "has": true, "hasnt": true, "have": true, "he": true, "he's": true, "hence": true,
	"her": true, "here": true, "hereafter": true, "hereby": true, "herein": true, "hereupon": true, "hers": true, "herself": true,
	"him": true, "himself": true, "his": true, "how": true, "however": true, "hundred": true, "i": true, "ie": true,
	"if": true, "in": true, "inc": true, "indeed": true, "interest": true, "into": true, "is": true, "it": true,
	"it's": true, "its": true, "itself": true, "keep": true, "last": true, "latter": true, "latterly": true, "least": true,
	"less": true, "ltd": true, "made": true, "many": true, "may": true, "me": true, "meanwhile": true, "might": true,
	"mill": true, "mine": true, "more": true, "moreover": true, "most": true, "mostly": true, "move": true, "mr": true,
	"mrs": true, "ms": true, "much": true, "must": true, "my": true, "myself": true, "name": true, "namely": true,
	"neither": true, "never": true, "nevertheless": true, "next": true, "nine": true, "no": true, "nobody": true, "none": true,
	"noone": true, "nor": true, "not": true, "nothing": true, "now": true, "nowhere": true, "of": true, "off": true,
	"often": true, "on": true, "once": true, "one": true, "only": true, "onto": true, "or": true, "other": true,
	"others": true, "otherwise": true, "our": true, "ours": true, "ourselves": true, "out": true, "over": true, "own": true,
	"part": true, "per": true, "perhaps": true, "please": true, "put": true, "rather": true, "re": true, "said": true,
	"same": true, "say": true, "says": true, "see": true, "seem": true, "seemed": true, "seeming": true, "seems": true,
	"serious": true, "several": true, "she": true, "she's": true, "should": true, "show": true, "side": true, "since": true,
	"sincere": true, "six": true, "sixty": true, "so": true, "some": true, "somehow": true, "someone": true, "something": true,
	"sometime": true, "sometimes": true, "somewhere": true, "still": true, "such": true, "system": true, "take": true, "ten": true,
	"than": true, "that": true, "the": true, "their": true, "them": true, "themselves": true, "then": true, "there": true,
	"thereafter": true, "thereby": true, "therefore": true, "therein": true, "thereupon": true, "these": true, "they": true, "thick": true,
	"thin": true, "third": true, "this": true, "those": true, "though": true, "three": true, "through": true, "throughout": true,
	"thru": true, "thus": true, "to": true, "together": true, "too": true, "top": true, "toward": true, "towards": true,
	"twelve": true, "twenty": true, "two": true, "un": true, "under": true, "until": true, "up": true, "upon": true,
	"us": true, "very": true, "via": true, "was": true, "we": true, "well": true, "were": true, "what": true,
	"whatever": true, "when": true, "whence": true, "whenever": true, "where": true, "whereafter": true, "whereas": true, "whereby": true,
	"wherein": true, "whereupon": true, "wherever": true, "whether": true, "which": true, "while": true, "whither": true, "who": true,
	"whoever": true, "whole": true, "whom": true, "whose": true, "why": true, "will": true, "with": true, "within": true,
	"without": true, "would": true, "yet": true, "you": true, "your": true, "yours": true, "yourself": true, "yourselves": true,
}

// stopDE is Snowball's German stop word list with a few reporting words
// added.
var stopDE = map[string]bool{
	"aber": true, "alle": true, "allem": true, "allen": true, "aller": true, "alles": true, "als": true, "also": true,
	"am": true, "an": true, "ander": true, "andere": true, "anderem": true, "anderen": true, "anderer": true, "anderes": true,
	"anderm": true, "andern": true, "anderr": true, "anders": true, "auch": true, "auf": true, "aus": true, "bei": true,
	"bin": true, "bis": true, "bist": true, "da": true, "damit": true, "dann": true, "das": true, "dass": true,
	"dasselbe": true, "dazu": true, "daß": true, "dein": true, "deine": true, "deinem": true, "deinen": true, "deiner": true,
	"deines": true, "dem": true, "demselben": true, "den": true, "denn": true, "denselben": true, "der": true, "derer": true,
	"derselbe": true, "derselben": true, "des": true, "desselben": true, "dessen": true, "dich": true, "die": true, "dies": true,
	"diese": true, "dieselbe": true, "dieselben": true, "diesem": true, "diesen": true, "dieser": true, "dieses": true, "dir": true,
	"doch": true, "dort": true, "du": true, "durch": true, "ein": true, "eine": true, "einem": true, "einen": true,
	"einer": true, "eines": true, "einig": true, "einige": true, "einigem": true, "einigen": true, "einiger": true, "einiges": true,
	"einmal": true, "er": true, "es": true, "etwas": true, "euch": true, "euer": true, "eure": true, "eurem": true,
	"euren": true, "eurer": true, "eures": true, "für": true, "gegen": true, "gestern": true, "gewesen": true, "hab": true,
	"habe": true, "haben": true, "hat": true, "hatte": true, "hatten": true, "heute": true, "hier": true, "hin": true,
	"hinter": true, "ich": true, "ihm": true, "ihn": true, "ihnen": true, "ihr": true, "ihre": true, "ihrem": true,
	"ihren": true, "ihrer": true, "ihres": true, "im": true, "in": true, "indem": true, "ins": true, "ist": true,
	"jede": true, "jedem": true, "jeden": true, "jeder": true, "jedes": true, "jene": true, "jenem": true, "jenen": true,
	"jener": true, "jenes": true, "jetzt": true, "kann": true, "kein": true, "keine": true, "keinem": true, "keinen": true,
	"keiner": true, "keines": true, "können": true, "könnte": true, "laut": true, "machen": true, "man": true, "manche": true,
	"manchem": true, "manchen": true, "mancher": true, "manches": true, "mehr": true, "mein": true, "meine": true, "meinem": true,
	"meinen": true, "meiner": true, "meines": true, "mich": true, "mir": true, "mit": true, "muss": true, "musste": true,
	"nach": true, "nicht": true, "nichts": true, "noch": true, "nun": true, "nur": true, "ob": true, "oder": true,
	"ohne": true, "sagt": true, "sagte": true, "schon": true, "sehr": true, "sein": true, "seine": true, "seinem": true,
	"seinen": true, "seiner": true, "seines": true, "seit": true, "selbst": true, "sich": true, "sie": true, "sind": true,
	"so": true, "solche": true, "solchem": true, "solchen": true, "solcher": true, "solches": true, "soll": true, "sollte": true,
	"sondern": true, "sonst": true, "um": true, "und": true, "uns": true, "unsere": true, "unserem": true, "unseren": true,
	"unserer": true, "unseres": true, "unter": true, "viel": true, "vom": true, "von": true, "vor": true, "war": true,
	"waren": true, "warst": true, "was": true, "weg": true, "weil": true, "weiter": true, "welche": true, "welchem": true,
	"welchen": true, "welcher": true, "welches": true, "wenn": true, "werde": true, "werden": true, "wie": true, "wieder": true,
	"will": true, "wir": true, "wird": true, "wirst": true, "wo": true, "wollen": true, "wollte": true, "wurde": true,
	"wurden": true, "während": true, "würde": true, "würden": true, "zu": true, "zum": true, "zur": true, "zwar": true,
	"zwischen": true, "über": true,
}
