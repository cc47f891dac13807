// Package evalextract scores article extraction against a gold file in the
// format of the extraction data set (its README defines the fields and the
// scoring): body snippets pooled into precision, recall and F1, the
// headline, and the publication date per set. It backs "newslink
// eval-extract" and is evaluation code, not part of the product: no
// product package imports it.
//
// ReadGold parses a gold file, ScorePage scores one extracted page, and
// Run extracts every page with a function the caller gives and sums the
// scores into a Report.
package evalextract
