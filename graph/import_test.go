package graph_test

import (
	"context"
	"fmt"
	"net"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// goldFact is what one non-optional gold relation or metric should become.
type goldFact struct {
	kind, typ, subject, object, product string // entity ids
	evidence, validTime                 string
	amount                              *graph.Amount
	share                               *float64
	status                              string
	forecast                            bool
	published                           time.Time
	url                                 string
}

// goldExpectations derives, from the gold files, the entities (id -> name)
// and facts an import must produce.
func goldExpectations(t *testing.T, docs []graph.Document) (map[string]string, []goldFact) {
	entities := map[string]string{}
	var facts []goldFact
	for _, d := range docs {
		ids := declaredIDs(d)
		pub, err := graph.ParsePublished(d.Published)
		require.NoError(t, err)
		url, _ := graph.CanonicalURL(d.URL)
		use := func(surface string) string {
			if surface == "" {
				return ""
			}
			id := ids[graph.NormalizeName(surface)]
			require.NotEmpty(t, id, "gold name %q", surface)
			entities[id] = nameOf(d, surface)
			return id
		}
		for _, e := range d.Entities {
			if !e.Optional {
				use(e.Name)
			}
		}
		for _, r := range d.Relations {
			if r.Optional {
				continue
			}
			status := r.Status
			if status == "" {
				status = graph.StatusCurrent
			}
			facts = append(facts, goldFact{kind: graph.KindRelation, typ: r.Type, subject: use(r.Subject), object: use(r.Object),
				product: use(r.Product), evidence: r.Evidence, validTime: r.Time, amount: r.Amount, share: r.SharePercent,
				status: status, published: pub, url: url})
		}
		for _, m := range d.Metrics {
			if m.Optional {
				continue
			}
			facts = append(facts, goldFact{kind: graph.KindMetric, typ: m.Metric, subject: use(m.Subject), evidence: m.Evidence,
				validTime: m.Time, amount: &graph.Amount{Value: m.Value, Unit: m.Unit, Period: m.Period, Qualifier: m.Qualifier},
				status: graph.StatusCurrent, forecast: m.Forecast, published: pub, url: url})
		}
	}
	return entities, facts
}

func declaredIDs(d graph.Document) map[string]string {
	ids := map[string]string{}
	for _, e := range d.Entities {
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			ids[graph.NormalizeName(s)] = graph.EntityID(e.Type, e.Name)
		}
	}
	return ids
}

func nameOf(d graph.Document, surface string) string {
	for _, e := range d.Entities {
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			if graph.NormalizeName(s) == graph.NormalizeName(surface) {
				return graph.CanonicalName(e.Name)
			}
		}
	}
	return ""
}

func factKey(kind, typ, s, o, p, evidence string) string {
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s", kind, typ, s, o, p, evidence)
}

func idOf(e *graph.EntityNode) string {
	if e == nil {
		return ""
	}
	return e.ID
}

func loadGold(t *testing.T, store *graph.Store) []graph.Document {
	var docs []graph.Document
	for _, f := range graphtest.GoldFiles(t) {
		docs = append(docs, graphtest.LoadGold(t, store, f))
	}
	return docs
}

func allClaims(t *testing.T, store *graph.Store) []graph.Claim {
	var out []graph.Claim
	after := ""
	for {
		page, err := store.Claims(context.Background(), graph.ClaimFilter{First: 7, After: after})
		require.NoError(t, err)
		if len(page) == 0 {
			return out
		}
		out = append(out, page...)
		after = page[len(page)-1].ID
	}
}

func TestImportGoldEntitiesAndClaims(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	docs := loadGold(t, store)
	wantEntities, facts := goldExpectations(t, docs)

	got, err := store.EntitiesByIDs(ctx, keys(wantEntities))
	require.NoError(t, err)
	for id, name := range wantEntities {
		require.Contains(t, got, id)
		assert.Equal(t, name, got[id].Name, id)
	}
	counts, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, len(wantEntities), counts.Entities, "entities")
	assert.Equal(t, len(docs), counts.Articles, "articles")

	claims := allClaims(t, store)
	byKey := map[string]graph.Claim{}
	for _, c := range claims {
		byKey[factKey(c.Kind, c.Type, idOf(c.Subject), idOf(c.Object), idOf(c.Product), c.Evidence)] = c
	}
	distinct := map[string]bool{}
	for _, f := range facts {
		k := factKey(f.kind, f.typ, f.subject, f.object, f.product, f.evidence)
		distinct[k] = true
		c, ok := byKey[k]
		if !assert.True(t, ok, "missing claim %s", k) {
			continue
		}
		assertFact(t, f, c)
	}
	assert.Len(t, claims, len(distinct), "claims")
	assert.Equal(t, len(distinct), counts.Claims)
}

func assertFact(t *testing.T, f goldFact, c graph.Claim) {
	t.Helper()
	assert.Equal(t, f.status, c.Status, c.ID)
	assert.Equal(t, f.validTime, c.ValidTime, c.ID)
	assert.Equal(t, f.forecast, c.Forecast, c.ID)
	assert.Equal(t, f.share, c.SharePercent, c.ID)
	if f.amount == nil {
		assert.Nil(t, c.Amount, c.ID)
	} else if assert.NotNil(t, c.Amount, c.ID) {
		assert.Equal(t, *f.amount, *c.Amount, c.ID)
		if factor := graph.AnnualFactor(f.amount.Period); factor > 0 {
			require.NotNil(t, c.Annualized, c.ID)
			assert.InDelta(t, f.amount.Value*factor, *c.Annualized, 1e-6, c.ID)
		} else {
			assert.Nil(t, c.Annualized, c.ID)
		}
	}
	if f.validTime == "" {
		assert.Nil(t, c.ValidFrom, c.ID)
	} else {
		from, to, err := graph.ParseValidTime(f.validTime)
		require.NoError(t, err)
		require.NotNil(t, c.ValidFrom, c.ID)
		assert.True(t, from.Equal(*c.ValidFrom) && to.Equal(*c.ValidTo), "%s: %v-%v", c.ID, c.ValidFrom, c.ValidTo)
	}
	require.NotNil(t, c.Article, c.ID)
	assert.True(t, f.published.Equal(c.Article.PublishedAt), c.ID)
	assert.Equal(t, f.url, c.Article.URL, c.ID)
	assert.False(t, c.KnownAt.IsZero(), c.ID)
	assert.Equal(t, "gold", c.Extractor)
	assert.False(t, c.Retracted)
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// snapshot is everything an idempotent re-import must leave unchanged.
type snapshot struct {
	counts  graph.Counts
	knownAt map[string]time.Time
	nodes   int
	rels    int
}

func takeSnapshot(t *testing.T, store *graph.Store) snapshot {
	counts, err := store.Counts(context.Background())
	require.NoError(t, err)
	s := snapshot{counts: counts, knownAt: map[string]time.Time{}}
	for _, c := range allClaims(t, store) {
		s.knownAt[c.ID] = c.KnownAt
	}
	row := graphtest.Rows(t, "MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r", nil)[0]
	s.nodes, s.rels = int(row["n"].(int64)), int(row["r"].(int64))
	return s
}

func TestImportTwiceChangesNothing(t *testing.T) {
	store := graphtest.Open(t)
	loadGold(t, store)
	before := takeSnapshot(t, store)
	for _, f := range graphtest.GoldFiles(t) {
		res, err := store.ImportDocument(context.Background(), graphtest.ReadDocument(t, f))
		require.NoError(t, err)
		assert.False(t, res.Created, f)
		assert.Zero(t, res.Claims, f)
		assert.Zero(t, res.Entities, f)
	}
	after := takeSnapshot(t, store)
	assert.Equal(t, before, after)
	assert.NotZero(t, before.counts.Claims)
}

func TestImportResolvesAliasesAndKeepsProductsApart(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	first := validDoc() // declares "Acme Corp." with alias "Acme"
	_, err := store.ImportDocument(ctx, first)
	require.NoError(t, err)

	second := validDoc()
	second.URL = "https://example.test/news/2"
	second.Entities = []graph.Entity{
		{Name: "ACME Corporation", Type: graph.Org, Aliases: []string{"Acme Inc"}},
		{Name: "Globex", Type: graph.Org},
		{Name: "Globex", Type: graph.Product}, // same name, other type: a different entity
		{Name: "Widget Cloud", Type: graph.Product},
	}
	second.Relations[0].Subject = "Acme Inc"
	second.Relations = append(second.Relations, graph.Relation{Type: graph.Offers, Subject: "Globex", Object: "Globex",
		Evidence: "Globex sells a product also called Globex."})
	res, err := store.ImportDocument(ctx, second)
	require.NoError(t, err)
	assert.Equal(t, 1, res.Entities, "only the Globex product is new")

	acme, err := store.EntityByName(ctx, "acme inc.")
	require.NoError(t, err)
	assert.Equal(t, "org:acme", acme.ID)
	assert.Equal(t, "Acme", acme.Name[:4])
	assert.Subset(t, acme.Aliases, []string{"Acme Corp.", "ACME Corporation", "Acme Inc"})
	org, err := store.EntityByName(ctx, "Globex")
	require.NoError(t, err)
	assert.Equal(t, "org:globex", org.ID, "ORG is preferred for a bare name")
	ids, err := store.EntitiesByIDs(ctx, []string{"org:globex", "product:globex", "org:nothing"})
	require.NoError(t, err)
	assert.Len(t, ids, 2)
	claims, err := store.Claims(ctx, graph.ClaimFilter{Subject: "Globex", Type: graph.Offers})
	require.NoError(t, err)
	require.Len(t, claims, 1)
	assert.Equal(t, "product:globex", claims[0].Object.ID)
	acmeClaims, err := store.Claims(ctx, graph.ClaimFilter{Subject: "ACME", Type: graph.CustomerOf})
	require.NoError(t, err)
	assert.Len(t, acmeClaims, 2, "one claim per article")
	assert.Equal(t, 2, acmeClaims[0].Sources)
}

func TestImportInvalidWritesNothing(t *testing.T) {
	store := graphtest.Open(t)
	bad := validDoc()
	bad.Relations = append(bad.Relations, graph.Relation{Type: graph.CustomerOf, Subject: "Acme", Object: "Globex",
		SharePercent: ptr(140.0), Evidence: "Acme is most of Globex."})
	_, err := store.ImportDocument(context.Background(), bad)
	require.ErrorIs(t, err, graph.ErrInvalid)
	assert.Contains(t, err.Error(), "relations[1].share_percent: 140 is over 100")
	counts, err := store.Counts(context.Background())
	require.NoError(t, err)
	assert.Equal(t, graph.Counts{}, counts)
}

func TestArticleExists(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	doc := validDoc()
	doc.URL = "https://Example.TEST/news/1?utm_source=feed#comments"
	res, err := store.ImportDocument(ctx, doc)
	require.NoError(t, err)
	for _, key := range []string{res.ArticleID, "https://example.test/news/1", "https://EXAMPLE.test/news/1?utm_medium=x", graph.ContentHash(doc.Text)} {
		ok, err := store.ArticleExists(ctx, key)
		require.NoError(t, err)
		assert.True(t, ok, key)
	}
	for _, key := range []string{"a:0000000000000000", "https://example.test/news/2", graph.ContentHash("other")} {
		ok, err := store.ArticleExists(ctx, key)
		require.NoError(t, err)
		assert.False(t, ok, key)
	}
}

func TestOpenUnreachableFailsFast(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0") // accepts, never speaks Bolt
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closedAddr := closed.Addr().String()
	require.NoError(t, closed.Close())
	for _, addr := range []string{closedAddr, ln.Addr().String()} {
		start := time.Now()
		_, err := graph.Open(context.Background(), graph.Config{URI: "bolt://" + addr, ConnectTimeout: 2 * time.Second})
		require.Error(t, err, addr)
		assert.ErrorIs(t, err, graph.ErrUnavailable, addr)
		assert.Contains(t, err.Error(), addr)
		assert.Less(t, time.Since(start), 6*time.Second, addr)
	}
}

// A document marked UniqueText is the one story for its text: a second one
// with the same text under another URL writes nothing and names the first;
// without the mark both are stored.
func TestImportUniqueText(t *testing.T) {
	store := graphtest.Open(t)
	ctx := context.Background()
	doc := func(url string, unique bool) graph.Document {
		return graph.Document{Article: graph.Article{URL: url, Text: "Kilo buys Lima.", ContentHash: "same-text"},
			Extraction: graph.Extraction{Entities: []graph.Entity{{Name: "Kilo", Type: graph.Org}, {Name: "Lima", Type: graph.Org}},
				Relations: []graph.Relation{{Subject: "Kilo", Type: graph.Acquires, Object: "Lima", Evidence: "Kilo buys Lima."}}},
			Extractor: "test", UniqueText: unique}
	}
	first, err := store.ImportDocument(ctx, doc("https://a.example/1", true))
	require.NoError(t, err)
	require.True(t, first.Created)
	_, err = store.ImportDocument(ctx, doc("https://a.example/1", true))
	require.NoError(t, err, "the same article again is no conflict")
	_, err = store.ImportDocument(ctx, doc("https://b.example/2", true))
	var taken *graph.StoryTakenError
	require.ErrorAs(t, err, &taken)
	require.ErrorIs(t, err, graph.ErrConflict)
	orig, err := store.ArticleByHash(ctx, "same-text")
	require.NoError(t, err)
	assert.Equal(t, orig.ID, taken.OriginalID)
	counts, err := store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, counts.Articles, "the refused import wrote nothing")

	_, err = store.ImportDocument(ctx, doc("https://c.example/3", false))
	require.NoError(t, err)
	counts, err = store.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, 2, counts.Articles)
}
