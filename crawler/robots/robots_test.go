package robots_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"newslink/crawler/robots"
)

const ua = "newslink/0.1 (+https://example.org/bot)"

// check is one Allowed question put to a parsed file.
type check struct {
	agent string
	path  string
	want  bool
}

func runChecks(t *testing.T, body string, checks []check) {
	t.Helper()
	r := robots.Parse([]byte(body))
	for _, c := range checks {
		if got := r.Allowed(c.agent, c.path); got != c.want {
			t.Errorf("Allowed(%q, %q) = %v, want %v\nrobots.txt:\n%s", c.agent, c.path, got, c.want, body)
		}
	}
}

// rfcSimple is the example of RFC 9309 §5.1.
const rfcSimple = `User-Agent: *
Disallow: *.gif$
Disallow: /example/
Allow: /publications/

User-Agent: foobot
Disallow:/
Allow:/example/page.html
Allow:/example/allowed.gif

User-Agent: barbot
User-Agent: bazbot
Disallow: /example/page.html

User-Agent: quxbot

EOF
`

func TestRobots_Allowed_RFCExamples(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		checks []check
	}{
		{
			name: "simple example star group",
			body: rfcSimple,
			checks: []check{
				{"otherbot", "/publications/a.html", true},
				{"otherbot", "/example/a.html", false},
				{"otherbot", "/img/a.gif", false},
				{"otherbot", "/img/a.gif?x=1", true},      // $ anchors the end
				{"otherbot", "/publications/a.gif", true}, // the longer allow wins
				{"otherbot", "/", true},
			},
		},
		{
			name: "simple example foobot",
			body: rfcSimple,
			checks: []check{
				{"foobot", "/", false},
				{"FooBot/2.0", "/example/page.html", true},
				{"foobot", "/example/allowed.gif", true},
				{"foobot", "/example/other.gif", false},
				{"foobot", "/publications/", false},
			},
		},
		{
			name: "simple example barbot and bazbot share a group",
			body: rfcSimple,
			checks: []check{
				{"barbot", "/example/page.html", false},
				{"bazbot", "/example/page.html", false},
				{"barbot", "/example/a.gif", true},
				{"bazbot", "/publications/", true},
			},
		},
		{
			name: "simple example quxbot empty last group",
			body: rfcSimple,
			checks: []check{
				{"quxbot", "/example/page.html", true},
				{"quxbot", "/a.gif", true},
			},
		},
		{
			name: "longest match",
			body: "User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n",
			checks: []check{
				{"foobot", "/example/page/disallowed.gif", false},
				{"foobot", "/example/page/allowed.gif", true},
				{"foobot", "/example/", true},
			},
		},
		{
			name: "merged groups",
			body: "user-agent: ExampleBot\ndisallow: /foo\ndisallow: /bar\n\nuser-agent: ExampleBot\ndisallow: /baz\n",
			checks: []check{
				{"examplebot", "/foo", false},
				{"examplebot", "/bar", false},
				{"examplebot", "/baz", false},
				{"examplebot", "/qux", true},
			},
		},
		{
			name: "no matching group but star",
			body: "user-agent: *\ndisallow: /foo\ndisallow: /bar\n\nuser-agent: BazBot\ndisallow: /baz\n",
			checks: []check{
				{"Mozilla/5.0 (compatible; ExampleBot/0.1; https://www.example.com/bot.html)", "/foo", false},
				{"ExampleBot", "/bar", false},
				{"ExampleBot", "/baz", true},
				{"BazBot", "/foo", true},
				{"BazBot", "/baz", false},
			},
		},
		{
			name: "special characters",
			body: "user-agent: *\ndisallow: / # comment in line\nallow: /this/path/exactly$\nallow: /this/*/exactly\n",
			checks: []check{
				{ua, "/this/path/exactly", true},
				{ua, "/this/path/exactly/more", true}, // "/this/*/exactly" matches a prefix
				{ua, "/this/path/other", false},
				{ua, "/this/a/b/exactly", true},
				{ua, "/this/exactly", false},
			},
		},
		{
			name: "percent-encoded special characters",
			body: "user-agent: *\ndisallow: /path/file-with-a-%2A.html\ndisallow: /path/foo-%24\n",
			checks: []check{
				{ua, "/path/file-with-a-*.html", false},
				{ua, "/path/file-with-a-%2A.html", false},
				{ua, "/path/file-with-a-x.html", true},
				{ua, "/path/foo-$", false},
				{ua, "/path/foo-", true},
			},
		},
		{
			name: "percent-encoding table",
			body: "user-agent: *\ndisallow: /foo/bar?baz=quz\ndisallow: /foo/bar/ツ\ndisallow: /a/%E3%83%84\ndisallow: /b/%62%61%7A\n",
			checks: []check{
				{ua, "/foo/bar?baz=quz", false},
				{ua, "/foo/bar/%E3%83%84", false},
				{ua, "/foo/bar/%e3%83%84", false},
				{ua, "/foo/bar/ツ", false},
				{ua, "/a/%E3%83%84", false},
				{ua, "/a/ツ", false},
				{ua, "/b/baz", false},
				{ua, "/b/%62%61%7A", false},
				{ua, "/b/ba", true},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runChecks(t, tt.body, tt.checks) })
	}
}

func TestRobots_Allowed_Groups(t *testing.T) {
	// googleGroups is Google's ID_LineSyntax_Groups file.
	const googleGroups = "allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\nuser-agent: BarBot\ndisallow: /\nallow: /y/\n\n\nallow: /w/\nuser-agent: BazBot\n\nuser-agent: FooBot\nallow: /z/\ndisallow: /\n"
	tests := []struct {
		name   string
		body   string
		checks []check
	}{
		{
			name: "rules before first user-agent are ignored",
			body: "Disallow: /private\nAllow: /\n\nUser-agent: *\nDisallow: /tmp\n",
			checks: []check{
				{ua, "/private", true},
				{ua, "/tmp/x", false},
			},
		},
		{
			name: "rules before any user-agent with no groups allow everything",
			body: "Disallow: /\n",
			checks: []check{
				{ua, "/", true},
				{ua, "/x", true},
			},
		},
		{
			name: "consecutive user-agent lines share a group across blank lines and comments",
			body: "User-agent: a\n\n# c\nUser-agent: newslink\nUser-agent: b\nDisallow: /x\n",
			checks: []check{
				{ua, "/x", false},
				{"a", "/x", false},
				{"b", "/x", false},
				{"c", "/x", true},
			},
		},
		{
			name: "specific group replaces star group",
			body: "User-agent: *\nDisallow: /x/\nUser-agent: newslink\nDisallow: /y/\n",
			checks: []check{
				{ua, "/x/page", true},
				{ua, "/y/page", false},
				{"other", "/x/page", false},
			},
		},
		{
			name: "blank line does not end the user-agent run",
			body: "User-agent: newslink\n\nUser-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /\n",
			checks: []check{
				{ua, "/", false}, // newslink shares the group with "other"
			},
		},
		{
			name: "specific group without rules at end",
			body: "User-agent: *\nDisallow: /\n\nUser-agent: newslink\n",
			checks: []check{
				{ua, "/x", true},
				{"other", "/x", false},
			},
		},
		{
			name: "no matching group and no star",
			body: "User-agent: FooBot\nAllow: /\nUser-agent: BarBot\nDisallow: /\n",
			checks: []check{
				{"QuxBot", "/x/y", true},
				{"BarBot", "/x/y", false},
			},
		},
		{
			name: "star and agent merged with several groups",
			body: "User-agent: newslink\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n\nUser-agent: NEWSLINK\nDisallow: /c\n\nUser-agent: newslink\nUser-agent: *\nDisallow: /d\n",
			checks: []check{
				{ua, "/a", false},
				{ua, "/b", true},
				{ua, "/c", false},
				{ua, "/d", false},
				{"other", "/a", true},
				{"other", "/b", false},
				{"other", "/d", false},
			},
		},
		{
			name: "product token matched case-insensitively",
			body: "User-agent: NewsLink\nDisallow: /x\n",
			checks: []check{
				{"newslink/0.1", "/x", false},
				{"NEWSLINK", "/x", false},
				{"newslinker", "/x", true},
				{"news", "/x", true},
			},
		},
		{
			name: "user-agent value with version and extra words",
			body: "User-agent: newslink/1.0\nDisallow: /a\nUser-agent: Foo Bar\nDisallow: /b\n",
			checks: []check{
				{ua, "/a", false},
				{"Foo", "/b", false},
				{"Bar", "/b", true},
			},
		},
		{
			name: "star followed by text is still global",
			body: "User-agent: * everyone\nDisallow: /a\nUser-agent: *bot\nDisallow: /b\n",
			checks: []check{
				{ua, "/a", false},
				{ua, "/b", true},
			},
		},
		{
			name: "google groups FooBot",
			body: googleGroups,
			checks: []check{
				{"FooBot", "/x/b", true},
				{"FooBot", "/z/d", true},
				{"FooBot", "/y/c", false},
				{"FooBot", "/foo/bar/", false},
			},
		},
		{
			name: "google groups BarBot and BazBot",
			body: googleGroups,
			checks: []check{
				{"BarBot", "/y/c", true},
				{"BarBot", "/w/a", true},
				{"BarBot", "/z/d", false},
				{"BarBot", "/foo/bar/", false},
				{"BazBot", "/z/d", true},
				{"BazBot", "/foo/bar/", false},
			},
		},
		{
			name: "sitemap does not end a group",
			body: "User-agent: BarBot\nSitemap: https://foo.bar/sitemap\nUser-agent: *\nDisallow: /\n",
			checks: []check{
				{"FooBot", "/", false},
				{"BarBot", "/", false},
			},
		},
		{
			name: "unknown field does not end a group",
			body: "User-agent: FooBot\nInvalid-Unknown-Line: unknown\nUser-agent: *\nDisallow: /\n",
			checks: []check{
				{"FooBot", "/", false},
				{"BarBot", "/", false},
			},
		},
		{
			name: "crawl-delay ends the user-agent run",
			body: "User-agent: *\nCrawl-delay: 5\n\nUser-agent: FooBot\nDisallow: /\n",
			checks: []check{
				{"FooBot", "/", false},
				{"BarBot", "/", true},
			},
		},
		{
			name: "empty disallow still ends the user-agent run",
			body: "User-agent: a\nDisallow:\nUser-agent: b\nDisallow: /\n",
			checks: []check{
				{"a", "/x", true},
				{"b", "/x", false},
			},
		},
		{
			name: "empty user agent sees only star",
			body: "User-agent: *\nDisallow: /s\nUser-agent: x\nDisallow: /x\n",
			checks: []check{
				{"", "/s", false},
				{"", "/x", true},
				{"/1.0", "/s", false},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runChecks(t, tt.body, tt.checks) })
	}
}

func TestRobots_Allowed_Matching(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		checks []check
	}{
		{
			name: "longer disallow beats shorter allow",
			body: "user-agent: *\ndisallow: /x/page.html\nallow: /x/\n",
			checks: []check{
				{ua, "/x/page.html", false},
				{ua, "/x/other.html", true},
			},
		},
		{
			name: "longer allow beats shorter disallow",
			body: "user-agent: *\nallow: /x/page.html\ndisallow: /x/\n",
			checks: []check{
				{ua, "/x/page.html", true},
				{ua, "/x/", false},
			},
		},
		{
			name: "equal length allow wins whatever the order",
			body: "user-agent: *\ndisallow: /x/page.html\nallow: /x/page.html\ndisallow: /\nallow: /\n",
			checks: []check{
				{ua, "/x/page.html", true},
				{ua, "/y", true},
			},
		},
		{
			name: "equal length allow wins with wildcards",
			body: "user-agent: *\nallow: /a*\ndisallow: /*b\n",
			checks: []check{
				{ua, "/ab", true},
				{ua, "/cb", false},
			},
		},
		{
			name: "empty disallow allows everything",
			body: "user-agent: *\ndisallow:\n",
			checks: []check{
				{ua, "/", true},
				{ua, "/anything?x", true},
			},
		},
		{
			name: "empty disallow and empty allow",
			body: "user-agent: *\ndisallow: \nallow: \n",
			checks: []check{
				{ua, "/x/page.html", true},
			},
		},
		{
			name: "slash versus prefix",
			body: "user-agent: *\ndisallow: /x\nallow: /x/\n",
			checks: []check{
				{ua, "/x", false},
				{ua, "/x/", true},
				{ua, "/xyz", false},
			},
		},
		{
			name: "wildcard counts in length",
			body: "user-agent: *\nallow: /page\ndisallow: /*.html\n",
			checks: []check{
				{ua, "/page.html", false},
				{ua, "/page", true},
			},
		},
		{
			name: "wildcard in the middle",
			body: "user-agent: *\ndisallow: /foo/bar/quz\nallow: /foo/*/qux\n",
			checks: []check{
				{ua, "/foo/bar/quz", false},
				{ua, "/foo/quz", true},
				{ua, "/foo//quz", true},
				{ua, "/foo/bax/quz", true},
				{ua, "/foo/bar/qux", true},
			},
		},
		{
			name: "end anchor",
			body: "user-agent: *\ndisallow: /foo/bar$\nallow: /foo/bar/qux\n",
			checks: []check{
				{ua, "/foo/bar", false},
				{ua, "/foo/bar/qux", true},
				{ua, "/foo/bar/", true},
				{ua, "/foo/bar?x", true},
			},
		},
		{
			name: "anchor with wildcard needs the suffix at the very end",
			body: "user-agent: *\ndisallow: /*.php$\ndisallow: /*a*b$\n",
			checks: []check{
				{ua, "/index.php", false},
				{ua, "/x.php/y.php", false},
				{ua, "/index.php?x=1", true},
				{ua, "/x.php5", true},
				{ua, "/zazb", false},
				{ua, "/zab/c", true},
			},
		},
		{
			name: "dollar inside a pattern is literal",
			body: "user-agent: *\ndisallow: /a$b\n",
			checks: []check{
				{ua, "/a$b", false},
				{ua, "/a%24b", false},
				{ua, "/a", true},
			},
		},
		{
			name: "star alone matches everything",
			body: "user-agent: *\ndisallow: *\nallow: /$\n",
			checks: []check{
				{ua, "/x", false},
				{ua, "/", true}, // "/$" is longer than "*"
			},
		},
		{
			name: "repeated stars",
			body: "user-agent: *\ndisallow: /a**b***c\n",
			checks: []check{
				{ua, "/abc", false},
				{ua, "/a-b-c-d", false},
				{ua, "/acb", true},
			},
		},
		{
			name: "query is part of the match",
			body: "user-agent: *\ndisallow: /search?q=\ndisallow: /*?sessionid=\ndisallow: /*&print=1\n",
			checks: []check{
				{ua, "/search?q=1", false},
				{ua, "/search", true},
				{ua, "/search?page=2&q=1", true},
				{ua, "/a/b?sessionid=9", false},
				{ua, "/a?x=1&print=1", false},
				{ua, "/a?x=1", true},
			},
		},
		{
			name: "matching is case sensitive",
			body: "user-agent: *\ndisallow: /X/\n",
			checks: []check{
				{ua, "/x/y", true},
				{ua, "/X/y", false},
			},
		},
		{
			name: "non-ASCII rule blocks its UTF-8 percent-encoding",
			body: "user-agent: *\ndisallow: /ümlaut\n",
			checks: []check{
				{ua, "/%C3%BCmlaut", false},
				{ua, "/%c3%bcmlaut", false},
				{ua, "/ümlaut", false},
				{ua, "/umlaut", true},
			},
		},
		{
			name: "unreserved escapes decoded on both sides",
			body: "user-agent: *\ndisallow: /%7Euser\ndisallow: /a%2db\n",
			checks: []check{
				{ua, "/~user/x", false},
				{ua, "/%7euser", false},
				{ua, "/a-b", false},
				{ua, "/a%2Db", false},
			},
		},
		{
			name: "reserved escapes are not decoded",
			body: "user-agent: *\ndisallow: /a%2Fb\ndisallow: /c/d\n",
			checks: []check{
				{ua, "/a%2fb", false},
				{ua, "/a/b", true},
				{ua, "/c%2Fd", true},
				{ua, "/c/d", false},
			},
		},
		{
			name: "space and stray percent",
			body: "user-agent: *\ndisallow: /a b\ndisallow: /100%\n",
			checks: []check{
				{ua, "/a%20b", false},
				{ua, "/a b", false},
				{ua, "/100%25", false},
				{ua, "/100%", false},
				{ua, "/100", true},
			},
		},
		{
			name: "path forms",
			body: "user-agent: *\ndisallow: /$\ndisallow: /?\n",
			checks: []check{
				{ua, "", false},
				{ua, "/", false},
				{ua, "?x", false},
				{ua, "/#frag", false},
				{ua, "/a", true},
				{ua, "https://news.example/?x", false},
				{ua, "https://news.example", false},
				{ua, "https://news.example/a?b", true},
				{ua, "//news.example/a", true},
			},
		},
		{
			name: "pattern without leading slash",
			body: "user-agent: *\ndisallow: private\ndisallow: *.pdf\n",
			checks: []check{
				{ua, "/private", true},
				{ua, "/doc.pdf", false},
			},
		},
		{
			name: "robots.txt is always allowed",
			body: "user-agent: *\ndisallow: /\ndisallow: /robots.txt\n",
			checks: []check{
				{ua, "/robots.txt", true},
				{ua, "/robots.txt?x=1", true},
				{ua, "/robots%2Etxt", true},
				{ua, "/robots.txt2", false},
				{ua, "/a/robots.txt", false},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runChecks(t, tt.body, tt.checks) })
	}
}

func TestParse_Syntax(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		checks []check
	}{
		{
			name: "inline comments and comment lines",
			body: "# Disallow: /\nuser-agent: * # all\ndisallow: /x # not /y\ndisallow: /foo/quz#qux\n",
			checks: []check{
				{ua, "/x", false},
				{ua, "/y", true},
				{ua, "/foo/quz", false},
			},
		},
		{
			name: "CRLF line ends",
			body: "user-agent: *\r\ndisallow: /x\r\n\r\nallow: /x/y\r\n",
			checks: []check{
				{ua, "/x", false},
				{ua, "/x/y", true},
			},
		},
		{
			name: "CR line ends",
			body: "user-agent: *\rdisallow: /x\r\rallow: /x/y\r",
			checks: []check{
				{ua, "/x", false},
				{ua, "/x/y", true},
			},
		},
		{
			name: "mixed line ends and no final newline",
			body: "user-agent: *\ndisallow: /a\r\ndisallow: /b\rdisallow: /c",
			checks: []check{
				{ua, "/a", false},
				{ua, "/b", false},
				{ua, "/c", false},
				{ua, "/d", true},
			},
		},
		{
			name: "UTF-8 byte order mark",
			body: "\xef\xbb\xbfuser-agent: *\ndisallow: /x\n",
			checks: []check{
				{ua, "/x", false},
			},
		},
		{
			name: "case-insensitive field names",
			body: "uSeR-aGeNt: *\nDISALLOW: /\nAlLoW: /x/\n",
			checks: []check{
				{ua, "/x/y", true},
				{ua, "/a/b", false},
			},
		},
		{
			name: "whitespace around fields and values",
			body: "  \tuser-agent \t:\t newslink \t\n\t disallow  :   /x  \n",
			checks: []check{
				{ua, "/x", false},
				{ua, "/y", true},
			},
		},
		{
			name: "no space after colon",
			body: "user-agent:*\ndisallow:/x\n",
			checks: []check{
				{ua, "/x", false},
			},
		},
		{
			name: "lines without colon are ignored",
			body: "user-agent *\ndisallow /\nuser-agent: *\ndisallow /x\ndisallow: /y\n",
			checks: []check{
				{ua, "/", true},
				{ua, "/x", true},
				{ua, "/y", false},
			},
		},
		{
			name: "google typos accepted",
			body: "useragent: a\ndisalow: /1\ndissallow: /2\ndissalow: /3\ndiasllow: /4\ndisallaw: /5\n\nuser agent: b\ndisallow: /b\n",
			checks: []check{
				{"a", "/1", false},
				{"a", "/2", false},
				{"a", "/3", false},
				{"a", "/4", false},
				{"a", "/5", false},
				{"a", "/6", true},
				{"b", "/b", false},
			},
		},
		{
			name: "other misspellings and prefixes are unknown fields",
			body: "user-agent: *\ndisalloww: /1\ndisallowed: /2\nallowance: /3\ndis allow: /4\nuser-agents: x\ndisallow: /5\n",
			checks: []check{
				{ua, "/1", true},
				{ua, "/2", true},
				{ua, "/4", true},
				{ua, "/5", false},
				{"x", "/5", false}, // "user-agents" is no user-agent line: x gets the star group
			},
		},
		{
			name: "value containing colons",
			body: "user-agent: *\ndisallow: /a:b\n",
			checks: []check{
				{ua, "/a:b/c", false},
				{ua, "/a", true},
			},
		},
		{
			name: "empty file",
			body: "",
			checks: []check{
				{ua, "/", true},
			},
		},
		{
			name: "binary garbage",
			body: "\x00\x01\xff\xfe:\x00\nuser-agent: *\n\x00disallow: /\ndisallow: /x\x00y\n",
			checks: []check{
				{ua, "/", true},
				{ua, "/x%00y", false},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runChecks(t, tt.body, tt.checks) })
	}
}

func TestParse_SizeLimit(t *testing.T) {
	head := "user-agent: *\ndisallow: /early\n"
	filler := "# " + strings.Repeat("x", 1000) + "\n"
	var b strings.Builder
	b.WriteString(head)
	for b.Len()+len(filler) < robots.MaxSize-100 {
		b.WriteString(filler)
	}
	pad := robots.MaxSize - b.Len()

	tests := []struct {
		name   string
		body   string
		checks []check
	}{
		{
			name:   "rules past the limit are ignored",
			body:   b.String() + strings.Repeat("#", pad) + "\ndisallow: /late\n",
			checks: []check{{ua, "/early", false}, {ua, "/late", true}},
		},
		{
			name:   "a rule cut by the limit is dropped",
			body:   b.String() + strings.Repeat("#", pad-20) + "\ndisallow: /cut/this/rule/off\n",
			checks: []check{{ua, "/early", false}, {ua, "/cut", true}, {ua, "/cut/this/rule/off", true}},
		},
		{
			name:   "a rule ending exactly at the limit is kept",
			body:   b.String() + strings.Repeat("#", pad-len("\ndisallow: /edge")) + "\ndisallow: /edge\ndisallow: /late\n",
			checks: []check{{ua, "/edge", false}, {ua, "/late", true}},
		},
		{
			name:   "a file within the limit is read entirely",
			body:   b.String() + "disallow: /late\n",
			checks: []check{{ua, "/early", false}, {ua, "/late", false}},
		},
		{
			name:   "one huge line is ignored",
			body:   "user-agent: *\ndisallow: /early\ndisallow: /" + strings.Repeat("a", robots.MaxSize),
			checks: []check{{ua, "/early", false}, {ua, "/a", true}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runChecks(t, tt.body, tt.checks) })
	}
}

func TestRobots_CrawlDelay_Values(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		agent     string
		wantDelay time.Duration
		wantOK    bool
	}{
		{"integer seconds", "user-agent: *\ncrawl-delay: 10\n", ua, 10 * time.Second, true},
		{"fractional seconds", "user-agent: *\nCrawl-Delay: 0.5\n", ua, 500 * time.Millisecond, true},
		{"fraction without leading digit", "user-agent: *\ncrawl-delay: .25\n", ua, 250 * time.Millisecond, true},
		{"zero", "user-agent: *\ncrawl-delay: 0\n", ua, 0, true},
		{"absent", "user-agent: *\ndisallow: /\n", ua, 0, false},
		{"empty file", "", ua, 0, false},
		{"per group", "user-agent: *\ncrawl-delay: 1\n\nuser-agent: newslink\ncrawl-delay: 7\n", ua, 7 * time.Second, true},
		{"star group for others", "user-agent: *\ncrawl-delay: 1\n\nuser-agent: newslink\ncrawl-delay: 7\n", "other", time.Second, true},
		{"specific group without delay hides star delay", "user-agent: *\ncrawl-delay: 1\n\nuser-agent: newslink\ndisallow: /x\n", ua, 0, false},
		{"first in merged groups wins", "user-agent: newslink\ncrawl-delay: 3\ncrawl-delay: 4\n\nuser-agent: newslink\ncrawl-delay: 5\n", ua, 3 * time.Second, true},
		{"later group supplies missing delay", "user-agent: newslink\ndisallow: /x\n\nuser-agent: newslink\ncrawl-delay: 5\n", ua, 5 * time.Second, true},
		{"before any user-agent ignored", "crawl-delay: 9\nuser-agent: *\ndisallow: /x\n", ua, 0, false},
		{"negative ignored", "user-agent: *\ncrawl-delay: -1\n", ua, 0, false},
		{"garbage ignored", "user-agent: *\ncrawl-delay: soon\ncrawl-delay: 1e3\ncrawl-delay: NaN\ncrawl-delay: 1.2.3\ncrawl-delay: 2\n", ua, 2 * time.Second, true},
		{"huge clamped", "user-agent: *\ncrawl-delay: 99999999999999999999\n", ua, time.Duration(1<<63 - 1), true},
		{"inline comment", "user-agent: *\ncrawl-delay: 3 # seconds\n", ua, 3 * time.Second, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := robots.Parse([]byte(tt.body)).CrawlDelay(tt.agent)
			if d != tt.wantDelay || ok != tt.wantOK {
				t.Errorf("CrawlDelay(%q) = %v, %v, want %v, %v", tt.agent, d, ok, tt.wantDelay, tt.wantOK)
			}
		})
	}
}

func TestRobots_Sitemaps_Values(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"none", "user-agent: *\ndisallow: /\n", nil},
		{
			name: "any position in order",
			body: "Sitemap: https://a.example/1.xml\nuser-agent: *\nsitemap: http://a.example/2.xml\ndisallow: /\nSITEMAP:https://b.example/3.xml\n",
			want: []string{"https://a.example/1.xml", "http://a.example/2.xml", "https://b.example/3.xml"},
		},
		{
			name: "deduplicated",
			body: "sitemap: https://a.example/1.xml\nsitemap: https://a.example/2.xml\nsitemap: https://a.example/1.xml\n",
			want: []string{"https://a.example/1.xml", "https://a.example/2.xml"},
		},
		{
			name: "relative and odd URLs dropped",
			body: "sitemap: /sitemap.xml\nsitemap: ftp://a.example/s.xml\nsitemap:\nsitemap: https://\nsitemap: site.xml\nsite-map: https://a.example/s.xml # comment\n",
			want: []string{"https://a.example/s.xml"},
		},
		{
			name: "query kept",
			body: "sitemap: https://a.example/sitemap.php?page=2\n",
			want: []string{"https://a.example/sitemap.php?page=2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := robots.Parse([]byte(tt.body))
			got := r.Sitemaps()
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Sitemaps() = %q, want %q", got, tt.want)
			}
			if len(got) > 0 {
				got[0] = "changed"
				if again := r.Sitemaps(); again[0] == "changed" {
					t.Errorf("Sitemaps() returned the internal slice")
				}
			}
		})
	}
}

func TestFromStatus_Outcomes(t *testing.T) {
	body := []byte("user-agent: *\ndisallow: /private\n")
	tests := []struct {
		name        string
		status      int
		wantPrivate bool
		wantPublic  bool
	}{
		{"200 parses", 200, false, true},
		{"206 parses", 206, false, true},
		{"network error disallows all", 0, false, false},
		{"301 not followed means unavailable", 301, true, true},
		{"304 means unavailable", 304, true, true},
		{"400 allows all", 400, true, true},
		{"401 allows all", 401, true, true},
		{"403 allows all", 403, true, true},
		{"404 allows all", 404, true, true},
		{"410 allows all", 410, true, true},
		{"429 allows all", 429, true, true},
		{"500 disallows all", 500, false, false},
		{"503 disallows all", 503, false, false},
		{"599 disallows all", 599, false, false},
		{"1xx disallows all", 100, false, false},
		{"600 disallows all", 600, false, false},
		{"negative disallows all", -1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := robots.FromStatus(tt.status, body)
			if got := r.Allowed(ua, "/private"); got != tt.wantPrivate {
				t.Errorf("Allowed(/private) = %v, want %v", got, tt.wantPrivate)
			}
			if got := r.Allowed(ua, "/public"); got != tt.wantPublic {
				t.Errorf("Allowed(/public) = %v, want %v", got, tt.wantPublic)
			}
			if !r.Allowed(ua, "/robots.txt") {
				t.Errorf("Allowed(/robots.txt) = false, want true")
			}
			if _, ok := r.CrawlDelay(ua); ok {
				t.Errorf("CrawlDelay reported a delay")
			}
		})
	}
}

func TestRobots_Allowed_ZeroValue(t *testing.T) {
	tests := []struct {
		name string
		r    *robots.Robots
	}{
		{"zero value", &robots.Robots{}},
		{"nil", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.r.Allowed(ua, "/anything") {
				t.Errorf("Allowed = false, want true")
			}
			if d, ok := tt.r.CrawlDelay(ua); d != 0 || ok {
				t.Errorf("CrawlDelay = %v, %v, want 0, false", d, ok)
			}
			if s := tt.r.Sitemaps(); s != nil {
				t.Errorf("Sitemaps = %q, want nil", s)
			}
		})
	}
}

func TestRobots_Allowed_Concurrent(t *testing.T) {
	r := robots.Parse([]byte("user-agent: *\ndisallow: /x\nallow: /x/y\ncrawl-delay: 1\nsitemap: https://a.example/s.xml\n"))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 200 {
				p := fmt.Sprintf("/x/%d", (i+j)%3)
				if r.Allowed(ua, p) {
					t.Errorf("Allowed(%q) = true", p)
				}
				if !r.Allowed(ua, "/x/y/ü") {
					t.Errorf("Allowed(/x/y/ü) = false")
				}
				r.CrawlDelay(ua)
				r.Sitemaps()
			}
		})
	}
	wg.Wait()
}

func TestProductToken_Forms(t *testing.T) {
	tests := []struct {
		name      string
		userAgent string
		want      string
	}{
		{"name and version", "newslink/0.1 (+https://example.org/bot)", "newslink"},
		{"bare token", "NewsLink", "NewsLink"},
		{"hyphen and underscore", "my-news_bot/2", "my-news_bot"},
		{"leading space", "  newslink/1", "newslink"},
		{"digits end the token", "bot2go/1", "bot"},
		{"mozilla compatible", "Mozilla/5.0 (compatible; ExampleBot/0.1; https://www.example.com/bot.html)", "ExampleBot"},
		{"mozilla compatible no space", "Mozilla/5.0 (compatible;Foo-Bot/1)", "Foo-Bot"},
		{"plain mozilla", "Mozilla/5.0 (X11; Linux x86_64)", "Mozilla"},
		{"empty", "", ""},
		{"no token", "/1.0", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := robots.ProductToken(tt.userAgent); got != tt.want {
				t.Errorf("ProductToken(%q) = %q, want %q", tt.userAgent, got, tt.want)
			}
		})
	}
}
