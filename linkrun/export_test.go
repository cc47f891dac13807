package linkrun

// CompactDue is compactDue, for tests.
var CompactDue = compactDue
