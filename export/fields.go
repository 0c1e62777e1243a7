package export

import (
	"strconv"
	"strings"
	"time"

	"github.com/cigraph/cigraph/graph"
)

// column is one attribute of a node, edge or metric with its GraphML type
// (string, double, int or boolean) and how to print it; "" means absent.
type column[T any] struct {
	name, kind string
	get        func(T) string
}

var nodeColumns = []column[graph.EntityNode]{
	{"id", "string", func(n graph.EntityNode) string { return n.ID }},
	{"name", "string", func(n graph.EntityNode) string { return n.Name }},
	{"type", "string", func(n graph.EntityNode) string { return string(n.Type) }},
	{"aliases", "string", func(n graph.EntityNode) string { return strings.Join(n.Aliases, " | ") }},
}

var edgeColumns = []column[Edge]{
	{"source", "string", func(e Edge) string { return e.Source.ID }},
	{"target", "string", func(e Edge) string { return e.Target.ID }},
	{"type", "string", func(e Edge) string { return e.Type }},
	{"claims", "int", func(e Edge) string { return strconv.Itoa(e.Claims) }},
	{"claimId", "string", func(e Edge) string { return e.Latest.ID }},
	{"product", "string", func(e Edge) string { return entityName(e.Latest.Product) }},
	{"amount", "double", func(e Edge) string { return amountValue(e.Latest.Amount) }},
	{"currency", "string", func(e Edge) string {
		return amountField(e.Latest.Amount, func(a *graph.Amount) string { return a.Unit })
	}},
	{"period", "string", func(e Edge) string {
		return amountField(e.Latest.Amount, func(a *graph.Amount) string { return a.Period })
	}},
	{"qualifier", "string", func(e Edge) string {
		return amountField(e.Latest.Amount, func(a *graph.Amount) string { return a.Qualifier })
	}},
	{"annualized", "double", func(e Edge) string { return float(e.Latest.Annualized) }},
	{"sharePercent", "double", func(e Edge) string { return float(e.Latest.SharePercent) }},
	{"status", "string", func(e Edge) string { return e.Latest.Status }},
	{"validTime", "string", func(e Edge) string { return e.Latest.ValidTime }},
	{"confidence", "double", func(e Edge) string { return nonZero(e.Latest.Confidence) }},
	{"extractor", "string", func(e Edge) string { return e.Latest.Extractor }},
	{"evidence", "string", func(e Edge) string { return strings.Join(e.Evidence, "\n") }},
	{"articleUrl", "string", func(e Edge) string { return article(e.Latest, func(a *graph.ArticleNode) string { return a.URL }) }},
	{"articleTitle", "string", func(e Edge) string { return article(e.Latest, func(a *graph.ArticleNode) string { return a.Title }) }},
	{"publishedAt", "string", func(e Edge) string { return article(e.Latest, published) }},
}

var metricColumns = []column[graph.Claim]{
	{"claimId", "string", func(c graph.Claim) string { return c.ID }},
	{"entity", "string", func(c graph.Claim) string { return entityID(c.Subject) }},
	{"entityName", "string", func(c graph.Claim) string { return entityName(c.Subject) }},
	{"metric", "string", func(c graph.Claim) string { return c.Type }},
	{"value", "double", func(c graph.Claim) string { return amountValue(c.Amount) }},
	{"unit", "string", func(c graph.Claim) string {
		return amountField(c.Amount, func(a *graph.Amount) string { return a.Unit })
	}},
	{"period", "string", func(c graph.Claim) string {
		return amountField(c.Amount, func(a *graph.Amount) string { return a.Period })
	}},
	{"qualifier", "string", func(c graph.Claim) string {
		return amountField(c.Amount, func(a *graph.Amount) string { return a.Qualifier })
	}},
	{"annualized", "double", func(c graph.Claim) string { return float(c.Annualized) }},
	{"validTime", "string", func(c graph.Claim) string { return c.ValidTime }},
	{"forecast", "boolean", func(c graph.Claim) string { return strconv.FormatBool(c.Forecast) }},
	{"confidence", "double", func(c graph.Claim) string { return nonZero(c.Confidence) }},
	{"evidence", "string", func(c graph.Claim) string { return c.Evidence }},
	{"articleUrl", "string", func(c graph.Claim) string { return article(c, func(a *graph.ArticleNode) string { return a.URL }) }},
	{"publishedAt", "string", func(c graph.Claim) string { return article(c, published) }},
}

func entityID(e *graph.EntityNode) string {
	if e == nil {
		return ""
	}
	return e.ID
}

func entityName(e *graph.EntityNode) string {
	if e == nil {
		return ""
	}
	return e.Name
}

func amountValue(a *graph.Amount) string {
	if a == nil {
		return ""
	}
	return strconv.FormatFloat(a.Value, 'f', -1, 64)
}

func amountField(a *graph.Amount, get func(*graph.Amount) string) string {
	if a == nil {
		return ""
	}
	return get(a)
}

func float(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func nonZero(f float64) string {
	if f == 0 {
		return ""
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func article(c graph.Claim, get func(*graph.ArticleNode) string) string {
	if c.Article == nil {
		return ""
	}
	return get(c.Article)
}

func published(a *graph.ArticleNode) string {
	if a.PublishedAt.IsZero() {
		return ""
	}
	return a.PublishedAt.UTC().Format(time.RFC3339)
}

func names[T any](cols []column[T]) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

func values[T any](cols []column[T], v T) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.get(v)
	}
	return out
}
