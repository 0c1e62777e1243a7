package graph

import (
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Decoding of the map projections the analytics queries return
// (entityFields, claimProj).

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func mapString(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func mapFloat(m map[string]any, k string) *float64 {
	switch v := m[k].(type) {
	case float64:
		return &v
	case int64:
		f := float64(v)
		return &f
	}
	return nil
}

func mapBool(m map[string]any, k string) bool {
	b, _ := m[k].(bool)
	return b
}

// mapTime reads a Neo4j date or datetime.
func mapTime(m map[string]any, k string) *time.Time {
	var t time.Time
	switch v := m[k].(type) {
	case time.Time:
		t = v
	case dbtype.Date:
		t = v.Time()
	case dbtype.LocalDateTime:
		t = v.Time()
	default:
		return nil
	}
	t = t.UTC()
	return &t
}

func mapStrings(m map[string]any, k string) []string {
	out := []string{}
	for _, x := range asList(m[k]) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// entityFrom decodes an entityFields projection; nil for null.
func entityFrom(v any) *EntityNode {
	m := asMap(v)
	if m == nil {
		return nil
	}
	return &EntityNode{ID: mapString(m, "id"), Name: mapString(m, "name"),
		Type: EntityType(mapString(m, "type")), Aliases: mapStrings(m, "aliases"),
		MergedInto: mapString(m, "mergedInto")}
}

// articleFrom decodes the article of a claimProj; nil for null.
func articleFrom(v any) *ArticleNode {
	m := asMap(v)
	if m == nil {
		return nil
	}
	a := &ArticleNode{ID: mapString(m, "id"), URL: mapString(m, "url"), Title: mapString(m, "title"),
		Publisher: mapString(m, "publisher"), ContentHash: mapString(m, "contentHash")}
	if t := mapTime(m, "publishedAt"); t != nil {
		a.PublishedAt = *t
	}
	if t := mapTime(m, "fetchedAt"); t != nil {
		a.FetchedAt = *t
	}
	return a
}

// claimFrom decodes a claimProj projection.
func claimFrom(v any) Claim {
	m := asMap(v)
	c := Claim{ID: mapString(m, "id"), Kind: mapString(m, "kind"), Type: mapString(m, "type"),
		Subject: entityFrom(m["subject"]), Object: entityFrom(m["object"]), Product: entityFrom(m["product"]),
		Annualized: mapFloat(m, "annualized"), SharePercent: mapFloat(m, "sharePercent"),
		Status: mapString(m, "status"), Role: mapString(m, "role"), Forecast: mapBool(m, "forecast"),
		ValidTime: mapString(m, "validTime"), ValidFrom: mapTime(m, "validFrom"), ValidTo: mapTime(m, "validTo"),
		Evidence: mapString(m, "evidence"), Extractor: mapString(m, "extractor"),
		Retracted: mapBool(m, "retracted"), RetractReason: mapString(m, "retractReason"),
		Article: articleFrom(m["article"])}
	if a := mapFloat(m, "amount"); a != nil {
		c.Amount = &Amount{Value: *a, Unit: mapString(m, "currency"), Period: mapString(m, "period"),
			Qualifier: mapString(m, "qualifier")}
	}
	if t := mapTime(m, "knownAt"); t != nil {
		c.KnownAt = *t
	}
	if f := mapFloat(m, "confidence"); f != nil {
		c.Confidence = *f
	}
	if c.Article != nil {
		c.Sources = 1
	}
	return c
}
