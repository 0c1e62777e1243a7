package resolvers

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cigraph/cigraph/gqlschema"
	"github.com/cigraph/cigraph/graph"
)

// errNoExtractor answers ingestText on a server built without an extractor.
var errNoExtractor = errors.New("this server has no extractor")

func (r mutationResolver) IngestText(ctx context.Context, text string, url, title, publishedAt *string) (*graph.ImportResult, error) {
	if err := required("text", text); err != nil {
		return nil, err
	}
	published := r.now().UTC()
	if deref(publishedAt) != "" {
		from, _, err := parsePeriod("publishedAt", *publishedAt)
		if err != nil {
			return nil, err
		}
		published = from
	}
	if r.extractor == nil {
		return nil, fmt.Errorf("ingestText: %w", errNoExtractor)
	}
	ex, err := r.extractor.Extract(ctx, text, published, deref(url))
	if err != nil {
		r.metrics.ingest("failed", 0)
		return nil, fmt.Errorf("extract: %w", err)
	}
	doc := graph.Document{
		Article:    graph.Article{URL: deref(url), Title: deref(title), Text: text, PublishedAt: published},
		Published:  published.Format(time.RFC3339),
		Extraction: ex,
		Extractor:  "cigraph-rules",
	}
	res, err := r.store.ImportDocument(ctx, doc)
	if err != nil {
		r.metrics.ingest("failed", 0)
		return nil, err
	}
	facts := 0
	if res.Created {
		facts = res.Claims
	}
	r.metrics.ingest(outcome(res.Created), facts)
	return &res, nil
}

func outcome(created bool) string {
	if created {
		return "created"
	}
	return "unchanged"
}

func (r mutationResolver) MergeEntities(ctx context.Context, keep, merge string) (*graph.EntityNode, error) {
	if err := firstErr(required("keep", keep), required("merge", merge)); err != nil {
		return nil, err
	}
	e, err := r.store.MergeEntities(ctx, keep, merge)
	if err != nil {
		return nil, err
	}
	return &e, nil
}

func (r mutationResolver) RetractClaim(ctx context.Context, id, reason string) (*graph.Claim, error) {
	if err := firstErr(required("id", id), required("reason", reason)); err != nil {
		return nil, err
	}
	c, err := r.store.RetractClaim(ctx, id, reason)
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func (r mutationResolver) AssertClaim(ctx context.Context, in gqlschema.AssertClaimInput) (*graph.Claim, error) {
	if err := firstErr(required("input.type", in.Type), required("input.subject", in.Subject),
		required("input.object", in.Object), required("input.evidence", in.Evidence),
		required("input.reason", in.Reason)); err != nil {
		return nil, err
	}
	c, err := r.store.AssertClaim(ctx, graph.AssertInput{Relation: relationOf(in), Reason: in.Reason, By: "analyst"})
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func relationOf(in gqlschema.AssertClaimInput) graph.Relation {
	rel := graph.Relation{Type: in.Type, Subject: in.Subject, Object: in.Object, Product: deref(in.Product),
		SharePercent: in.SharePercent, Status: deref(in.Status), Time: deref(in.Time), Role: deref(in.Role),
		Confidence: 1, Evidence: in.Evidence}
	if a := in.Amount; a != nil {
		rel.Amount = &graph.Amount{Value: a.Value, Unit: a.Unit, Period: deref(a.Period), Qualifier: deref(a.Qualifier)}
	}
	return rel
}
