// Package linker finds, for every article of a news archive, the articles
// most related to it: pure text similarity with a little news sense. It
// does no I/O; callers pass documents in and get lists (and, for
// incremental use, the encoded index) back.
//
// # Pipeline
//
// Analysis: Unicode word segmentation (apostrophes inside words, decimal
// points and thousands separators inside numbers and points inside
// abbreviations such as "U.S." join; other punctuation splits; e-mail
// addresses and URLs are no words), case folding, stop words and
// Snowball stemmers (Porter2 English, German, French, Spanish, Italian,
// Dutch, Portuguese; French and Italian elisions such as "l'" dropped)
// chosen by the document's language, German compounds counted with their
// parts as well ("Landesregierung" also as "Land" and "Regierung", where
// the archive uses those words alone), numbers kept as written and, if
// Config.NameWeight is positive, every capitalised multi-word name ("Tara
// Reid", "Betty Ford Center") added as one extra term (off by default: a
// name's words are terms already, and counting them twice let a name
// shared across topics push the close stories of a topic out of a list).
// A document that states no language is analysed in the one
// DetectLanguage finds in its headline and body (a profile of each
// language's most frequent function words), or in English when none
// stands out; Language says which.
//
// Weighting: sublinear TF (headline occurrences count HeadlineWeight
// times) times smoothed IDF, terms outside the document-frequency bounds
// [MinDF, MaxDF] left out, the MaxTerms heaviest kept, L2-normalised.
//
// Expansion: each vector gets the vectors of its ExpandN best matches
// added (document-side pseudo-relevance feedback), so that articles of one
// story share the story's vocabulary and not only each other's.
//
// Search: the top N of every document is exact on the expanded vectors:
// posting lists sorted by weight are read heaviest first, a block at a
// time, with a threshold-algorithm bound on what unread postings can add
// and partial-score pruning (MaxScore-style, as in AllPairs and L2AP);
// near-duplicates are found with prefix filtering. A rebuild, which
// computes every list, reads the postings another way for that phase:
// documents placed so that similar ones sit together and cut into ranges,
// each range read whole or skipped on a bound from its terms' largest
// weights (or every posting read, for a query whose terms are spread over
// the ranges, as a long document's are); a rebuild of up to 32,768
// documents reads every posting instead, summing each pair once for both
// documents' lists. The neighbours a rebuild adds
// to each vector (expansion) come from a query that reads at most about
// 4,096 postings, the heaviest first; near-duplicates stay exact.
// Documents are searched in parallel on Config.Workers goroutines; no N×N
// matrix is ever built.
//
// Score: cosine × a date factor that decays with the time between two
// articles (Config.DateWeight, DateHalfLife, Window). Lists are sorted by
// score, then date (newer first), then ID, so equal inputs give equal
// lists whatever the order of the documents and the number of cores.
// Near-duplicates (cosine ≥ DuplicateScore on the original vectors: one
// wire story under two URLs) never appear in each other's lists and never
// twice in one list.
//
// # Use
//
// Related computes the lists of a set of documents in one call. Build (or
// BuildFrom, which streams documents from a cursor) returns an Index that
// Add and Remove keep up to date in time that grows with the change, not
// the archive; WriteTo and ReadIndex persist it; Explain says which terms
// made two articles related.
package linker
