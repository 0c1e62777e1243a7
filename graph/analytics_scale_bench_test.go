package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// scaleLoad builds a synthetic graph in the shape the importer writes:
// 20,000 organisations; a hub supplier with a product bought by 5,000 of
// them (spend claims with amounts); 80,000 other CUSTOMER_OF/USES claims
// between organisations; 50 revenue metrics of the product; 1,000 groups
// of five (SUBSIDIARY_OF). Each statement runs in batches (CALL IN
// TRANSACTIONS), so it needs an auto-commit session.
var scaleLoad = []string{
	`UNWIND range(0, 19999) AS i CALL (i) {
	  CREATE (e:Entity:Org {id: 'org:s' + i, name: 'S' + i, type: 'ORG', aliases: []})
	  CREATE (:Name {key: 'org:s' + i})-[:NAMES]->(e) } IN TRANSACTIONS OF 5000 ROWS`,
	`CREATE (h:Entity:Org {id: 'org:hub', name: 'Hub', type: 'ORG', aliases: []}),
	  (:Name {key: 'org:hub'})-[:NAMES]->(h),
	  (p:Entity:Product {id: 'product:hubp', name: 'HubP', type: 'PRODUCT', aliases: []}),
	  (:Name {key: 'product:hubp'})-[:NAMES]->(p), (h)-[:OFFERS]->(p)`,
	`UNWIND range(0, 199) AS i CREATE (:Article {id: 'a:' + i, url: 'https://news.example/' + i,
	  publisher: 'P' + (i % 20), publishedAt: datetime('2024-05-01T00:00:00Z')})`,
	`MATCH (h:Entity {id: 'org:hub'}), (p:Entity {id: 'product:hubp'})
	 UNWIND range(0, 4999) AS i CALL (h, p, i) {
	  MATCH (s:Entity {id: 'org:s' + i}) MATCH (a:Article {id: 'a:' + (i % 200)})
	  CREATE (c:Claim {id: 'c:h' + i, kind: 'relation', type: 'CUSTOMER_OF', amount: 1000.0 * (i + 1),
	    currency: 'USD', period: 'month', annualized: 12000.0 * (i + 1), qualifier: 'exact', status: 'current',
	    knownAt: datetime('2024-06-01T00:00:00Z'), validFrom: date('2024-03-01'), evidence: 'synthetic',
	    extractor: 'synthetic', retracted: false})
	  CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(h), (c)-[:PRODUCT]->(p), (c)-[:REPORTED_IN]->(a)
	  MERGE (s)-[:CUSTOMER_OF]->(h) } IN TRANSACTIONS OF 2000 ROWS`,
	`UNWIND range(0, 79999) AS j CALL (j) {
	  WITH j, j % 20000 AS i, (j * 7919 + 13) % 20000 AS k,
	    CASE WHEN j % 2 = 0 THEN 'CUSTOMER_OF' ELSE 'USES' END AS typ
	  MATCH (s:Entity {id: 'org:s' + i}), (o:Entity {id: 'org:s' + k}) MATCH (a:Article {id: 'a:' + (j % 200)})
	  CREATE (c:Claim {id: 'c:r' + j, kind: 'relation', type: typ, status: 'current',
	    knownAt: datetime('2024-06-01T00:00:00Z'), evidence: 'synthetic', extractor: 'synthetic', retracted: false})
	  CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:REPORTED_IN]->(a)
	  FOREACH (_ IN CASE WHEN typ = 'USES' THEN [1] ELSE [] END | MERGE (s)-[:USES]->(o))
	  FOREACH (_ IN CASE WHEN typ = 'CUSTOMER_OF' THEN [1] ELSE [] END | MERGE (s)-[:CUSTOMER_OF]->(o))
	 } IN TRANSACTIONS OF 5000 ROWS`,
	`MATCH (p:Entity {id: 'product:hubp'}) UNWIND range(0, 49) AS i
	 CREATE (c:Claim {id: 'c:m' + i, kind: 'metric', type: 'revenue', amount: 1.0e10 + i, annualized: 1.0e10 + i,
	   currency: 'USD', period: 'year', status: 'current', forecast: false, validFrom: date('2024-01-01'),
	   knownAt: datetime('2024-06-01T00:00:00Z'), evidence: 'synthetic', extractor: 'synthetic', retracted: false})-[:SUBJECT]->(p)`,
	`UNWIND range(0, 999) AS g CALL (g) {
	  MATCH (root:Entity {id: 'org:s' + (g * 5)}) UNWIND range(1, 4) AS k
	  MATCH (sub:Entity {id: 'org:s' + (g * 5 + k)})
	  CREATE (c:Claim {id: 'c:sub' + g + '-' + k, kind: 'relation', type: 'SUBSIDIARY_OF', status: 'current',
	    knownAt: datetime('2024-06-01T00:00:00Z'), evidence: 'synthetic', extractor: 'synthetic', retracted: false})
	  CREATE (c)-[:SUBJECT]->(sub), (c)-[:OBJECT]->(root) MERGE (sub)-[:SUBSIDIARY_OF]->(root)
	 } IN TRANSACTIONS OF 500 ROWS`,
}

func loadScaleGraph(b *testing.B) *graph.Store {
	store := graphtest.Open(b) // empty database with the schema
	ctx := context.Background()
	cfg := graphtest.Config(b)
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		b.Fatal(err)
	}
	defer drv.Close(ctx)
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	for _, q := range scaleLoad {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			b.Fatalf("load %.60s: %v", q, err)
		}
	}
	return store
}

// BenchmarkAnalyticsAtScale times each analytics call on a synthetic graph
// of 20k entities and ~90k claims (loaded once, about a minute), after one
// untimed call that plans the query and warms the cache:
//
//	bin/cigraph neo4j exec --data ./data/bench -- go test ./graph -run XXX -bench AnalyticsAtScale -benchtime 5x
func BenchmarkAnalyticsAtScale(b *testing.B) {
	store := loadScaleGraph(b)
	ctx := context.Background()
	counts, err := store.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("graph: %+v", counts)
	calls := []struct {
		name string
		run  func() (int, error)
	}{
		{"exposure-hub-to-group", func() (int, error) {
			ex, err := store.Exposure(ctx, graph.ExposureQuery{Supplier: "Hub", To: "S0"})
			if err != nil {
				return 0, err
			}
			return len(ex.Members), nil
		}},
		{"concentration-hub-5000-customers", func() (int, error) {
			c, err := store.Concentration(ctx, graph.ConcentrationQuery{Supplier: "Hub"})
			if err != nil {
				return 0, err
			}
			return len(c.Customers), nil
		}},
		{"dependencies-downstream-depth2", func() (int, error) {
			ps, err := store.Dependencies(ctx, graph.DependencyQuery{Of: "Hub", Direction: graph.Downstream, MaxDepth: 2})
			return len(ps), err
		}},
		{"dependencies-upstream-depth4", func() (int, error) {
			ps, err := store.Dependencies(ctx, graph.DependencyQuery{Of: "S7", Direction: graph.Upstream, MaxDepth: 4})
			return len(ps), err
		}},
		{"switches-all", func() (int, error) { sw, err := store.Switches(ctx, ""); return len(sw), err }},
		{"coopetition-all", func() (int, error) { cp, err := store.Coopetition(ctx, ""); return len(cp), err }},
	}
	for _, c := range calls {
		b.Run(c.name, func(b *testing.B) {
			t0 := time.Now()
			n, err := c.run() // the first call plans the query and warms the page cache
			if err != nil {
				b.Fatal(err)
			}
			b.Logf("first call %v", time.Since(t0).Round(time.Millisecond))
			for b.Loop() {
				if n, err = c.run(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}
