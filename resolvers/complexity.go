package resolvers

import (
	"mime"
	"strconv"

	"github.com/cigraph/cigraph/gqlschema"
	"github.com/cigraph/cigraph/graph"
)

// complexity weighs list fields by their page size so the complexity
// limit bounds the work a query can ask for.
func complexity() gqlschema.ComplexityRoot {
	var c gqlschema.ComplexityRoot
	c.Query.Search = func(child int, _ string, first *int) int { return 1 + orInt(first, 10)*child }
	c.Query.Claims = func(child int, _, _, _, _, _ *string, _ *bool, first *int, _ *string, _ *gqlschema.ClaimOrder) int {
		return 1 + orInt(first, 20)*child
	}
	c.Query.Articles = func(child int, first *int, _ *string) int { return 1 + orInt(first, 20)*child }
	c.Query.Dependencies = func(child int, _ string, _ *graph.Direction, maxDepth *int, _ []string, _ *string) int {
		return 1 + 10*orInt(maxDepth, 4)*child
	}
	return c
}

func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
