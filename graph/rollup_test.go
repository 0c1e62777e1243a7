package graph_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// wantRollup is a roll-up relationship computed from the gold facts.
type wantRollup struct {
	claims   map[string]bool // fact keys (distinct claims)
	articles map[string]bool
	first    time.Time
	last     time.Time
	amounts  []float64
	statuses map[time.Time][]string
}

func pairKey(f goldFact) string {
	s, o := f.subject, f.object
	if graph.Symmetric(f.typ) && o < s {
		s, o = o, s
	}
	return s + " " + f.typ + " " + o
}

func expectedRollups(facts []goldFact) map[string]*wantRollup {
	want := map[string]*wantRollup{}
	for _, f := range facts {
		if f.kind != graph.KindRelation {
			continue
		}
		w := want[pairKey(f)]
		if w == nil {
			w = &wantRollup{claims: map[string]bool{}, articles: map[string]bool{}, statuses: map[time.Time][]string{}}
			want[pairKey(f)] = w
		}
		w.claims[factKey(f.kind, f.typ, f.subject, f.object, f.product, f.evidence)] = true
		w.articles[f.published.String()+f.url] = true
		at := f.published
		if from, _, _ := graph.ParseValidTime(f.validTime); from != nil {
			at = *from
		}
		if w.first.IsZero() || at.Before(w.first) {
			w.first = at
		}
		if at.After(w.last) {
			w.last = at
		}
		w.statuses[at] = append(w.statuses[at], f.status)
		if f.amount != nil {
			w.amounts = append(w.amounts, f.amount.Value)
		}
	}
	return want
}

const rollupRows = `MATCH (s:Entity)-[r]->(o:Entity)
WHERE NOT type(r) IN ['MENTIONS', 'NAMES', 'SUBJECT', 'OBJECT', 'PRODUCT', 'REPORTED_IN']
RETURN s.id AS s, type(r) AS type, o.id AS o, properties(r) AS props`

func TestImportGoldRollups(t *testing.T) {
	store := graphtest.Open(t)
	docs := loadGold(t, store)
	_, facts := goldExpectations(t, docs)
	want := expectedRollups(facts)

	rows := graphtest.Rows(t, rollupRows, nil)
	require.Len(t, rows, len(want), "roll-up relationships")
	for _, row := range rows {
		s, typ, o := row["s"].(string), row["type"].(string), row["o"].(string)
		f := goldFact{subject: s, typ: typ, object: o}
		w := want[pairKey(f)]
		require.NotNil(t, w, "unexpected roll-up %s %s %s", s, typ, o)
		p := row["props"].(map[string]any)
		name := fmt.Sprintf("%s %s %s", s, typ, o)
		assert.EqualValues(t, len(w.claims), p["claims"], name)
		assert.EqualValues(t, len(w.articles), p["sources"], name)
		assert.Equal(t, w.first.Format(time.DateOnly), dateOf(p["firstSeen"]), name)
		assert.Equal(t, w.last.Format(time.DateOnly), dateOf(p["lastSeen"]), name)
		assert.Contains(t, w.statuses[w.last], p["status"], name)
		if len(w.amounts) == 0 {
			assert.Nil(t, p["latestAmount"], name)
		} else {
			assert.Contains(t, w.amounts, p["latestAmount"], name)
		}
	}
	// The spot checks the design document is about.
	tiktok := rollupOf(rows, "org:tiktok", graph.CustomerOf, "org:microsoft")
	require.NotNil(t, tiktok)
	assert.InDelta(t, 2.4e8, tiktok["latestAnnualized"], 1)
	assert.EqualValues(t, 25, tiktok["latestShare"])
	assert.Equal(t, graph.StatusFormer, rollupOf(rows, "org:intuit", graph.CustomerOf, "org:amazon")["status"])
	partners := rollupOf(rows, "org:microsoft", graph.PartnersWith, "org:openai")
	require.NotNil(t, partners)
	assert.EqualValues(t, 1, partners["claims"])
	offers := rollupOf(rows, "org:microsoft", graph.Offers, "product:azure-openai-service")
	require.NotNil(t, offers)
	assert.EqualValues(t, 2, offers["claims"], "two articles say it")
	assert.EqualValues(t, 2, offers["sources"])
}

func rollupOf(rows []map[string]any, s, typ, o string) map[string]any {
	for _, r := range rows {
		if r["s"] == s && r["type"] == typ && r["o"] == o {
			return r["props"].(map[string]any)
		}
	}
	return nil
}

func dateOf(v any) string {
	switch d := v.(type) {
	case time.Time:
		return d.Format(time.DateOnly)
	case interface{ Time() time.Time }:
		return d.Time().Format(time.DateOnly)
	}
	return fmt.Sprint(v)
}

func TestRollupSymmetricPairStoredOnce(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	mk := func(url, s, o string) graph.Document {
		return graph.Document{Article: graph.Article{URL: url, Publisher: "Example Wire"}, Published: "2024-02-01",
			Extraction: graph.Extraction{
				Entities:  []graph.Entity{{Name: "Acme", Type: graph.Org}, {Name: "Globex", Type: graph.Org}},
				Relations: []graph.Relation{{Type: graph.PartnersWith, Subject: s, Object: o, Evidence: s + " teams up with " + o + "."}}}}
	}
	_, err := store.ImportDocument(ctx, mk("https://example.test/p/1", "Acme", "Globex"))
	require.NoError(t, err)
	_, err = store.ImportDocument(ctx, mk("https://example.test/p/2", "Globex", "Acme"))
	require.NoError(t, err)
	rows := graphtest.Rows(t, rollupRows, nil)
	require.Len(t, rows, 1)
	assert.Equal(t, "org:acme", rows[0]["s"], "direction as first written")
	p := rows[0]["props"].(map[string]any)
	assert.EqualValues(t, 2, p["claims"])
	assert.EqualValues(t, 1, p["sources"], "one publisher")
}
