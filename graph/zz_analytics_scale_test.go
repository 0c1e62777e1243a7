package graph

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestZZScale(t *testing.T) {
	ctx := context.Background()
	uri := os.Getenv("NEO4J_URI")
	s, err := Open(ctx, Config{URI: uri})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if os.Getenv("LOAD") != "" {
		if err := s.EnsureSchema(ctx); err != nil {
			t.Fatal(err)
		}
		stmts := []string{
			`MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
			`UNWIND range(0, 19999) AS i CALL (i) { CREATE (e:Entity:Org {id: 'org:s' + i, name: 'S' + i, type: 'ORG', aliases: []}) CREATE (:Name {key: 'org:s' + i})-[:NAMES]->(e) } IN TRANSACTIONS OF 5000 ROWS`,
			`CREATE (h:Entity:Org {id: 'org:hub', name: 'Hub', type: 'ORG', aliases: []}), (:Name {key: 'org:hub'})-[:NAMES]->(h), (p:Entity:Product {id: 'product:hubp', name: 'HubP', type: 'PRODUCT', aliases: []}), (:Name {key: 'product:hubp'})-[:NAMES]->(p), (h)-[:OFFERS]->(p)`,
			`UNWIND range(0, 199) AS i CREATE (:Article {id: 'a:' + i, url: 'https://example.com/' + i, publishedAt: datetime('2024-05-01T00:00:00Z')})`,
			`MATCH (h:Entity {id: 'org:hub'}), (p:Entity {id: 'product:hubp'}) UNWIND range(0, 4999) AS i CALL (h, p, i) { MATCH (s:Entity {id: 'org:s' + i}) MATCH (a:Article {id: 'a:' + (i % 200)}) CREATE (c:Claim {id: 'c:h' + i, kind: 'relation', type: 'CUSTOMER_OF', amount: 1000.0 * (i + 1), currency: 'USD', period: 'month', annualized: 12000.0 * (i + 1), qualifier: 'exact', status: 'current', knownAt: datetime('2024-06-01T00:00:00Z'), validFrom: date('2024-03-01'), evidence: 'synthetic', extractor: 'synthetic', retracted: false}) CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(h), (c)-[:PRODUCT]->(p), (c)-[:REPORTED_IN]->(a) MERGE (s)-[:CUSTOMER_OF]->(h) } IN TRANSACTIONS OF 2000 ROWS`,
			`UNWIND range(0, 79999) AS j CALL (j) { WITH j, j % 20000 AS i, toInteger(rand() * 20000) AS k, CASE WHEN j % 2 = 0 THEN 'CUSTOMER_OF' ELSE 'USES' END AS typ MATCH (s:Entity {id: 'org:s' + i}), (o:Entity {id: 'org:s' + k}) MATCH (a:Article {id: 'a:' + (j % 200)}) CREATE (c:Claim {id: 'c:r' + j, kind: 'relation', type: typ, status: 'current', knownAt: datetime('2024-06-01T00:00:00Z'), evidence: 'synthetic', extractor: 'synthetic', retracted: false}) CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:REPORTED_IN]->(a) FOREACH (_ IN CASE WHEN typ = 'USES' THEN [1] ELSE [] END | MERGE (s)-[:USES]->(o)) FOREACH (_ IN CASE WHEN typ = 'CUSTOMER_OF' THEN [1] ELSE [] END | MERGE (s)-[:CUSTOMER_OF]->(o)) } IN TRANSACTIONS OF 5000 ROWS`,
			`MATCH (p:Entity {id: 'product:hubp'}) UNWIND range(0, 49) AS i CREATE (c:Claim {id: 'c:m' + i, kind: 'metric', type: 'revenue', amount: 1.0e10 + i, annualized: 1.0e10 + i, period: 'year', status: 'current', forecast: false, validFrom: date('2024-01-01'), knownAt: datetime('2024-06-01T00:00:00Z'), evidence: 'synthetic', extractor: 'synthetic', retracted: false})-[:SUBJECT]->(p)`,
			`UNWIND range(0, 999) AS g CALL (g) { MATCH (root:Entity {id: 'org:s' + (g * 5)}) UNWIND range(1, 4) AS k MATCH (sub:Entity {id: 'org:s' + (g * 5 + k)}) CREATE (c:Claim {id: 'c:sub' + g + '-' + k, kind: 'relation', type: 'SUBSIDIARY_OF', status: 'current', knownAt: datetime('2024-06-01T00:00:00Z'), evidence: 'synthetic', extractor: 'synthetic', retracted: false}) CREATE (c)-[:SUBJECT]->(sub), (c)-[:OBJECT]->(root) MERGE (sub)-[:SUBSIDIARY_OF]->(root) } IN TRANSACTIONS OF 500 ROWS`,
		}
		drv, _ := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
		defer drv.Close(ctx)
		for _, q := range stmts {
			t0 := time.Now()
			sess := drv.NewSession(ctx, neo4j.SessionConfig{})
			res, err := sess.Run(ctx, q, nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			sess.Close(ctx)
			if err != nil {
				t.Fatal(q[:60], err)
			}
			fmt.Println("loaded in", time.Since(t0))
		}
	}
	c, _ := s.Counts(ctx)
	fmt.Printf("counts %+v\n", c)
	timeIt := func(name string, f func() (string, error)) {
		var best time.Duration
		var info string
		for i := 0; i < 3; i++ {
			t0 := time.Now()
			out, err := f()
			d := time.Since(t0)
			if err != nil {
				t.Fatal(name, err)
			}
			if i == 0 || d < best {
				best = d
			}
			info = out
		}
		fmt.Printf("%-28s best of 3: %v  %s\n", name, best, info)
	}
	timeIt("exposure hub<-group s0", func() (string, error) {
		ex, err := s.Exposure(ctx, ExposureQuery{Supplier: "Hub", To: "S0"})
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("members=%d computed=%v", len(ex.Members), ex.ComputedShare), nil
	})
	timeIt("concentration hub", func() (string, error) {
		cc, err := s.Concentration(ctx, ConcentrationQuery{Supplier: "Hub"})
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("customers=%d hhi=%.4f", len(cc.Customers), cc.HHI), nil
	})
	for _, d := range []int{2, 4} {
		timeIt(fmt.Sprintf("deps downstream hub d%d", d), func() (string, error) {
			ps, err := s.Dependencies(ctx, DependencyQuery{Of: "Hub", Direction: Downstream, MaxDepth: d})
			return fmt.Sprintf("paths=%d", len(ps)), err
		})
		timeIt(fmt.Sprintf("deps upstream s7 d%d", d), func() (string, error) {
			ps, err := s.Dependencies(ctx, DependencyQuery{Of: "S7", Direction: Upstream, MaxDepth: d})
			return fmt.Sprintf("paths=%d", len(ps)), err
		})
	}
	timeIt("switches all", func() (string, error) {
		sw, err := s.Switches(ctx, "")
		return fmt.Sprintf("n=%d", len(sw)), err
	})
	timeIt("coopetition all", func() (string, error) {
		sw, err := s.Coopetition(ctx, "")
		return fmt.Sprintf("n=%d", len(sw)), err
	})
}
