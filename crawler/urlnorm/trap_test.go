package urlnorm_test

import (
	"strings"
	"testing"
	"time"

	"newslink/crawler/urlnorm"
)

var trapNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func TestTrapConfig_Check_Table(t *testing.T) {
	tests := []struct {
		name string
		cfg  *urlnorm.TrapConfig
		url  string
		want urlnorm.Trap
	}{
		{"article", nil, "https://example.com/news/2026/11/25/story-slug?id=7", 0},
		{"old archive in range", nil, "https://example.com/2001/05/04/story", 0},
		{"next year allowed", nil, "https://example.com/calendar/2027/01/", 0},
		{"future calendar", nil, "https://example.com/calendar/2031/05/", urlnorm.TrapCalendar},
		{"future year month", nil, "https://example.com/events/2031/05", urlnorm.TrapCalendar},
		{"calendar word then year", nil, "https://example.com/calendar/2040", urlnorm.TrapCalendar},
		{"far past calendar", nil, "https://example.com/archive/1850/01/", urlnorm.TrapCalendar},
		{"iso date segment", nil, "https://example.com/day/2099-01-31/", urlnorm.TrapCalendar},
		{"id not a year", nil, "https://example.com/story/1234", 0},
		{"id then non-month", nil, "https://example.com/story/1234/56", 0},
		{"query month year", nil, "https://example.com/cal?month=5&year=2031", urlnorm.TrapCalendar},
		{"query year now", nil, "https://example.com/cal?month=5&year=2026", 0},
		{"query date", nil, "https://example.com/events?date=2035-02-01", urlnorm.TrapCalendar},
		{"query compact date", nil, "https://example.com/events?start_date=20350201", urlnorm.TrapCalendar},
		{"repeated segments", nil, "https://example.com/a/b/a/b/a/b", urlnorm.TrapRepeatedSegments},
		{"twice is fine", nil, "https://example.com/a/b/a/b", 0},
		{"deep path", nil, "https://example.com/1/2/3/4/5/6/7/8/9/10/11/12/13", urlnorm.TrapDeepPath},
		{"twelve segments fine", nil, "https://example.com/1/2/3/4/5/6/7/8/9/10/11/12", 0},
		{"many params", nil, "https://example.com/?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11", urlnorm.TrapManyParams},
		{"too long", nil, "https://example.com/?q=" + strings.Repeat("x", 2000), urlnorm.TrapTooLong},
		{"several", nil, "https://example.com/x/x/x/calendar/2050/01/?" + strings.Repeat("a=1&", 11), urlnorm.TrapManyParams | urlnorm.TrapRepeatedSegments | urlnorm.TrapCalendar},
		{"custom thresholds", &urlnorm.TrapConfig{MaxPathSegments: 2, MaxSegmentRepeats: 1}, "https://example.com/a/b/a", urlnorm.TrapDeepPath | urlnorm.TrapRepeatedSegments},
		{"custom years", &urlnorm.TrapConfig{MaxYearsAhead: 10}, "https://example.com/calendar/2031/05/", 0},
		{"not a url", nil, "::::", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cfg.Check(tt.url, trapNow)
			if got != tt.want {
				t.Errorf("Check(%q) = %v, want %v", tt.url, got, tt.want)
			}
			if tt.cfg == nil && urlnorm.LooksLikeTrap(tt.url, trapNow) != (tt.want != 0) {
				t.Errorf("LooksLikeTrap(%q) = %v", tt.url, !(tt.want != 0))
			}
		})
	}
}

func TestTrap_String_Table(t *testing.T) {
	tests := []struct {
		name  string
		trap  urlnorm.Trap
		want  string
		score int
	}{
		{"none", 0, "none", 0},
		{"one", urlnorm.TrapCalendar, "calendar", 1},
		{"two", urlnorm.TrapTooLong | urlnorm.TrapDeepPath, "too-long|deep-path", 2},
		{"unknown bit", 0x80, "0x80", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.trap.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if got := tt.trap.Score(); got != tt.score {
				t.Errorf("Score() = %d, want %d", got, tt.score)
			}
		})
	}
}

func FuzzLooksLikeTrap(f *testing.F) {
	f.Add("https://example.com/calendar/2031/05/?month=5&year=2031")
	f.Add("https://example.com/a/b/a/b/a/b")
	f.Fuzz(func(t *testing.T, raw string) {
		_ = urlnorm.LooksLikeTrap(raw, trapNow)
	})
}

func BenchmarkLooksLikeTrap(b *testing.B) {
	const u = "https://www.example.com/events/calendar/2026/11/?view=month&year=2026&month=11&utm_source=x"
	b.ReportAllocs()
	for b.Loop() {
		urlnorm.LooksLikeTrap(u, trapNow)
	}
}
