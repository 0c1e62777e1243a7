// Package extract turns the text of a business-news article into the facts
// of ONTOLOGY.md: entities, relations and metrics, each with its amount,
// time and the evidence sentence it was read from.
//
// The Rules extractor is deterministic and needs no network or model: a
// gazetteer (package lexicon) plus rules for unseen names, coreference of
// descriptions and pronouns, number and date normalisation, and verb-frame
// patterns for every relation type.
package extract

import (
	"context"
	"time"

	"github.com/cigraph/cigraph/graph"
)

// Input is one article to read.
type Input struct {
	Text      string
	Published time.Time // relative dates resolve against it; zero: unresolved
	URL       string
}

// Extractor reads facts from an article.
type Extractor interface {
	Extract(ctx context.Context, in Input) (graph.Extraction, error)
}

// Limits that keep memory and time bounded on hostile input.
const (
	MaxInputBytes    = 16 << 20 // text beyond this is ignored
	maxSentenceBytes = 1500     // longer sentences are cut
	maxTokens        = 300      // tokens per sentence
)
