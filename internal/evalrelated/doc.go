// Package evalrelated scores related-article lists against labelled
// articles (gold files in the format of shared/data/README.md): precision
// at 5 and 10, recall at 10 and mean average precision at 10. It backs
// "newslink eval-related" and is evaluation code, not part of the product:
// no product package imports it.
//
// Read and Each parse a gold file, Score scores lists already made, and Run
// links a gold file with the linker and scores the result.
package evalrelated
