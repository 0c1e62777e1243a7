// Package lexicon holds the curated gazetteer of the extractor as data:
// organisations, products, people and publishers in tab-separated files,
// embedded into the binary.
package lexicon

import "embed"

// FS holds every *.tsv file of the lexicon.
//
//go:embed *.tsv
var FS embed.FS
