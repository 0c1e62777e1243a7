package resolvers

import "github.com/cigraph/cigraph/graph"

var _ Store = (*graph.Store)(nil)
