package store

import "testing"

// TestMigrations_Ordered: migrations[i] turns version i+1 into i+2, and
// the last one ends at SchemaVersion, so that a bump without its migration
// (or a migration without its bump) fails here.
func TestMigrations_Ordered(t *testing.T) {
	for i, m := range migrations {
		if m.from != i+1 {
			t.Errorf("migrations[%d] is from version %d, want %d", i, m.from, i+1)
		}
	}
	if got := len(migrations) + 1; got != SchemaVersion {
		t.Errorf("%d migrations lead to version %d, SchemaVersion is %d", len(migrations), got, SchemaVersion)
	}
}
