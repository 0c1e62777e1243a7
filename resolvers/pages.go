package resolvers

import (
	"context"

	"github.com/cigraph/cigraph/gqlschema"
	"github.com/cigraph/cigraph/graph"
)

func (r queryResolver) Claims(ctx context.Context, subject, object, typeArg, asOf, knownAt *string, includeRetracted *bool,
	first *int, after *string, orderBy *gqlschema.ClaimOrder) (*gqlschema.ClaimConnection, error) {
	f := graph.ClaimFilter{Subject: deref(subject), Object: deref(object), Type: deref(typeArg),
		IncludeRetracted: includeRetracted != nil && *includeRetracted, ByTime: orderBy != nil && *orderBy == gqlschema.ClaimOrderTime}
	var err error
	if f.First, err = r.limits.pageSize(first, 20); err != nil {
		return nil, err
	}
	if f.After, err = decodeCursor(after); err != nil {
		return nil, err
	}
	if f.AsOf, err = parseWhen("asOf", asOf); err != nil {
		return nil, err
	}
	if f.KnownAt, err = parseWhen("knownAt", knownAt); err != nil {
		return nil, err
	}
	want := f.First
	f.First++ // one more tells whether there is a next page
	claims, err := r.store.Claims(ctx, f)
	if err != nil {
		return nil, err
	}
	page, more := trim(claims, want)
	conn := &gqlschema.ClaimConnection{Edges: make([]*gqlschema.ClaimEdge, len(page))}
	for i := range page {
		conn.Edges[i] = &gqlschema.ClaimEdge{Cursor: encodeCursor(claimCursor(page[i], f.ByTime)), Node: &page[i]}
	}
	conn.PageInfo = pageInfo(more, conn.Edges, func(e *gqlschema.ClaimEdge) string { return e.Cursor })
	return conn, nil
}

func (r queryResolver) Articles(ctx context.Context, first *int, after *string) (*gqlschema.ArticleConnection, error) {
	n, err := r.limits.pageSize(first, 20)
	if err != nil {
		return nil, err
	}
	from, err := decodeCursor(after)
	if err != nil {
		return nil, err
	}
	arts, err := r.store.Articles(ctx, n+1, from)
	if err != nil {
		return nil, err
	}
	page, more := trim(arts, n)
	conn := &gqlschema.ArticleConnection{Edges: make([]*gqlschema.ArticleEdge, len(page))}
	for i := range page {
		conn.Edges[i] = &gqlschema.ArticleEdge{Cursor: encodeCursor(page[i].ID), Node: &page[i]}
	}
	conn.PageInfo = pageInfo(more, conn.Edges, func(e *gqlschema.ArticleEdge) string { return e.Cursor })
	return conn, nil
}

// claimCursor is what the claims page after c starts after: its id, or
// its time key when ordered by time.
func claimCursor(c graph.Claim, byTime bool) string {
	if byTime {
		return graph.ClaimTimeKey(c)
	}
	return c.ID
}

// trim cuts a page fetched with one extra item and says whether there was more.
func trim[T any](items []T, want int) ([]T, bool) {
	if len(items) > want {
		return items[:want], true
	}
	return items, false
}

func pageInfo[E any](more bool, edges []E, cursor func(E) string) *gqlschema.PageInfo {
	pi := &gqlschema.PageInfo{HasNextPage: more}
	if len(edges) > 0 {
		c := cursor(edges[len(edges)-1])
		pi.EndCursor = &c
	}
	return pi
}
