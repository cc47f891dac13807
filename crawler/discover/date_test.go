package discover_test

import (
	"testing"
	"time"

	"newslink/crawler/discover"
)

func TestParseDate_Table(t *testing.T) {
	const h = 3600
	tests := []struct {
		name string
		in   string
		want time.Time // zero: must fail
	}{
		// W3C datetime and RFC 3339.
		{"year", "2015", date(2015, 1, 1, 0, 0, 0, 0)},
		{"year month", "2015-03", date(2015, 3, 1, 0, 0, 0, 0)},
		{"date", "2015-03-06", date(2015, 3, 6, 0, 0, 0, 0)},
		{"minutes Z", "2015-03-06T10:32Z", date(2015, 3, 6, 10, 32, 0, 0)},
		{"seconds offset", "2015-03-06T10:32:00+00:00", date(2015, 3, 6, 10, 32, 0, 0)},
		{"negative offset", "2015-03-06T10:32:00-05:00", date(2015, 3, 6, 10, 32, 0, -5*h)},
		{"fraction", "2015-03-06T10:32:00.123456789Z", time.Date(2015, 3, 6, 10, 32, 0, 123456789, time.UTC)},
		{"long fraction", "2015-03-06T10:32:00.1234567891234Z", time.Date(2015, 3, 6, 10, 32, 0, 123456789, time.UTC)},
		{"lower-case t and z", "2015-03-06t10:32:00z", date(2015, 3, 6, 10, 32, 0, 0)},
		{"space separator no zone", "2015-03-06 10:32:00", date(2015, 3, 6, 10, 32, 0, 0)},
		{"offset without colon", "2015-03-06T10:32:00+0530", date(2015, 3, 6, 10, 32, 0, 5*h+1800)},
		{"offset hours only", "2015-03-06T10:32:00+02", date(2015, 3, 6, 10, 32, 0, 2*h)},
		{"space before zone", "2015-03-06T10:32:00 +02:00", date(2015, 3, 6, 10, 32, 0, 2*h)},
		{"named zone", "2015-03-06T10:32:00 UTC", date(2015, 3, 6, 10, 32, 0, 0)},
		{"leap second", "2016-12-31T23:59:60Z", date(2016, 12, 31, 23, 59, 59, 0)},
		{"surrounding spaces", "\n  2015-03-06\t", date(2015, 3, 6, 0, 0, 0, 0)},
		// RFC 1123 / 822 and variants.
		{"rfc1123 numeric", "Fri, 06 Mar 2015 10:32:00 +0000", date(2015, 3, 6, 10, 32, 0, 0)},
		{"rfc1123 gmt", "Fri, 06 Mar 2015 10:32:00 GMT", date(2015, 3, 6, 10, 32, 0, 0)},
		{"rfc822 est", "Fri, 06 Mar 2015 10:32:00 EST", date(2015, 3, 6, 10, 32, 0, -5*h)},
		{"rfc822 pdt", "Fri, 06 Mar 2015 10:32:00 PDT", date(2015, 3, 6, 10, 32, 0, -7*h)},
		{"cest", "Fri, 06 Mar 2015 10:32:00 CEST", date(2015, 3, 6, 10, 32, 0, 2*h)},
		{"no weekday", "06 Mar 2015 10:32:00 +0100", date(2015, 3, 6, 10, 32, 0, h)},
		{"one-digit day no seconds", "Fri, 6 Mar 2015 9:05 -0800", date(2015, 3, 6, 9, 5, 0, -8*h)},
		{"two-digit year", "Fri, 06 Mar 15 10:32:00 GMT", date(2015, 3, 6, 10, 32, 0, 0)},
		{"two-digit year 1900s", "06 Mar 99 10:32 GMT", date(1999, 3, 6, 10, 32, 0, 0)},
		{"full names", "Friday, 06 March 2015 10:32:00 +0000", date(2015, 3, 6, 10, 32, 0, 0)},
		{"rfc850", "Friday, 06-Mar-15 10:32:00 GMT", date(2015, 3, 6, 10, 32, 0, 0)},
		{"asctime", "Fri Mar  6 10:32:00 2015", date(2015, 3, 6, 10, 32, 0, 0)},
		{"no zone", "Fri, 06 Mar 2015 10:32:00", date(2015, 3, 6, 10, 32, 0, 0)},
		{"date only", "Fri, 06 Mar 2015", date(2015, 3, 6, 0, 0, 0, 0)},
		{"comment", "Fri, 06 Mar 2015 10:32:00 +0000 (UTC)", date(2015, 3, 6, 10, 32, 0, 0)},
		{"colon offset", "Fri, 06 Mar 2015 10:32:00 +01:00", date(2015, 3, 6, 10, 32, 0, h)},
		{"gmt plus", "Fri, 06 Mar 2015 10:32:00 GMT+2", date(2015, 3, 6, 10, 32, 0, 2*h)},
		{"military zone", "Fri, 06 Mar 2015 10:32:00 Z", date(2015, 3, 6, 10, 32, 0, 0)},
		{"unknown zone is utc", "Fri, 06 Mar 2015 10:32:00 XYZ", date(2015, 3, 6, 10, 32, 0, 0)},
		{"pm", "Mar 6, 2015 10:32 PM +0000", date(2015, 3, 6, 22, 32, 0, 0)},
		{"12 am", "Mar 6, 2015 12:05 AM", date(2015, 3, 6, 0, 5, 0, 0)},
		{"wrong weekday ignored", "Mon, 06 Mar 2015 10:32:00 GMT", date(2015, 3, 6, 10, 32, 0, 0)},
		{"sept", "6 Sept 2015", date(2015, 9, 6, 0, 0, 0, 0)},
		// Failures.
		{"empty", "", time.Time{}},
		{"garbage", "last tuesday", time.Time{}},
		{"month 13", "2015-13-01", time.Time{}},
		{"31 april", "2015-04-31", time.Time{}},
		{"29 feb non-leap", "Sun, 29 Feb 2015 10:00:00 GMT", time.Time{}},
		{"hour 25", "2015-03-06T25:00:00Z", time.Time{}},
		{"bad offset", "2015-03-06T10:32:00+99:00", time.Time{}},
		{"no month", "06 2015 10:32", time.Time{}},
		{"trailing junk", "2015-03-06T10:32:00Zjunk", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := discover.ParseDate(tt.in)
			if ok != !tt.want.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v; want ok=%v", tt.in, got, ok, !tt.want.IsZero())
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
			_, wantOff := tt.want.Zone()
			if _, off := got.Zone(); ok && off != wantOff {
				t.Errorf("ParseDate(%q) offset %d, want %d", tt.in, off, wantOff)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	f.Add("Fri, 06 Mar 2015 10:32:00 +0000")
	f.Add("2015-03-06T10:32:00.5+05:30")
	f.Add("Friday, 06-Mar-15 10:32:00 GMT")
	f.Fuzz(func(t *testing.T, s string) {
		discover.ParseDate(s)
	})
}

func BenchmarkParseDate(b *testing.B) {
	for _, c := range []struct{ name, s string }{
		{"iso", "2015-03-06T10:32:00+00:00"},
		{"rfc1123", "Fri, 06 Mar 2015 10:32:00 EST"},
	} {
		s := c.s
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				discover.ParseDate(s)
			}
		})
	}
}
