package newslink

import (
	"encoding/json"
	"fmt"
	"time"
)

// dayLayout is how a Date known only to the day is written.
const dayLayout = "2006-01-02"

// Date is a point in time as precise as its source gave it: either an
// instant with a clock time and zone, or only a calendar day.
//
// The zero value is the unknown date; IsZero reports it. A Date is a value
// and safe to copy and share.
type Date struct {
	// Time is the instant, or midnight UTC of the day when DayOnly is set.
	Time time.Time
	// DayOnly reports that only the calendar day is known.
	DayOnly bool
}

// Day returns the Date of a calendar day with no known clock time.
func Day(year int, month time.Month, day int) Date {
	return Date{Time: time.Date(year, month, day, 0, 0, 0, 0, time.UTC), DayOnly: true}
}

// Instant returns the Date of an instant with a known clock time. Its
// location is kept, so that String writes the offset the source gave.
func Instant(t time.Time) Date {
	return Date{Time: t}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String formats the date as RFC 3339 (second precision), or as YYYY-MM-DD
// when only the day is known, or as "" when the date is unknown.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.DayOnly:
		return d.Time.Format(dayLayout)
	default:
		return d.Time.Format(time.RFC3339)
	}
}

// Human formats the date as a reader sees it in a Related Stories box:
// "14 October 2015", or "" when the date is unknown.
func (d Date) Human() string {
	if d.IsZero() {
		return ""
	}
	return d.Time.Format("2 January 2006")
}

// ParseDate parses what String writes: RFC 3339, or YYYY-MM-DD for a day.
// The empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	if len(s) == len(dayLayout) {
		t, err := time.Parse(dayLayout, s)
		if err != nil {
			return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
		}
		return Date{Time: t, DayOnly: true}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
	}
	return Date{Time: t}, nil
}

// Before reports whether d is earlier than e, comparing instants.
func (d Date) Before(e Date) bool { return d.Time.Before(e.Time) }

// MarshalJSON writes the date as the JSON string String returns.
func (d Date) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

// UnmarshalJSON reads a JSON string as ParseDate does; null is the zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: want a string: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
