package ingest

import "github.com/cigraph/cigraph/graph"

// minConfidence keeps a weighed confidence above zero, which the graph
// stores as "unknown".
const minConfidence = 0.01

// WeighByTrust returns the extraction with every relation's and metric's
// confidence multiplied by the trust (0..1) of the source it came from, so
// a low-trust blog's facts rank below a wire service's. A confidence the
// extractor left unset counts as 1. Trust 1 (or more) changes nothing; the
// input is not modified.
func WeighByTrust(ex graph.Extraction, trust float64) graph.Extraction {
	if trust >= 1 || trust < 0 {
		return ex
	}
	rels := make([]graph.Relation, len(ex.Relations))
	for i, r := range ex.Relations {
		r.Confidence = weigh(r.Confidence, trust)
		rels[i] = r
	}
	mets := make([]graph.Metric, len(ex.Metrics))
	for i, m := range ex.Metrics {
		m.Confidence = weigh(m.Confidence, trust)
		mets[i] = m
	}
	ex.Relations, ex.Metrics = rels, mets
	return ex
}

func weigh(confidence, trust float64) float64 {
	if confidence <= 0 {
		confidence = 1
	}
	return max(confidence*trust, minConfidence)
}
