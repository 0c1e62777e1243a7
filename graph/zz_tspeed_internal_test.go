//go:build tspeedprof

package graph

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func printPlan(t *testing.T, p neo4j.ProfiledPlan, depth int) {
	t.Logf("%s%s rows=%d hits=%d %v", strings.Repeat("  ", depth), p.Operator(), p.Records(), p.DbHits(), p.Arguments()["Details"])
	for _, c := range p.Children() {
		printPlan(t, c, depth+1)
	}
}

func TestTspeedProfileImport(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, Config{URI: os.Getenv("NEO4J_URI")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	for n := 0; n < 12; n++ {
		d := Document{Article: Article{URL: fmt.Sprintf("https://feed.example.test/p/%d", n)}, Published: "2024-01-15"}
		vendor := fmt.Sprintf("Vendor %d", n%5)
		d.Entities = append(d.Entities, Entity{Name: vendor, Type: Org})
		for i := range 40 {
			buyer := fmt.Sprintf("Buyer %d", i)
			d.Entities = append(d.Entities, Entity{Name: buyer, Type: Org})
			d.Relations = append(d.Relations, Relation{Type: CustomerOf, Subject: buyer, Object: vendor,
				Amount:   &Amount{Value: float64(1000 * (i + 1)), Unit: "USD", Period: "month"},
				Evidence: fmt.Sprintf("Item %d says %s pays %s.", n, buyer, vendor)})
		}
		s0 := time.Now()
		pd, _ := prepareImport(d)
		now := time.Now().UTC()
		var log string
		_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			log = ""
			st := time.Now()
			lap := func(name string) { log += fmt.Sprintf(" %s=%v", name, time.Since(st).Round(time.Millisecond)); st = time.Now() }
			_, found, err := resolveEntities(ctx, tx, pd)
			lap("resolve")
			ids := make([]string, len(pd.entities))
			for i, e := range pd.entities {
				ids[i] = found[i]
				if ids[i] == "" {
					ids[i] = EntityID(e.Type, CanonicalName(e.Name))
				}
			}
			_, err = upsertEntities(ctx, tx, pd, ids, now)
			lap("entities")
			_, err = mergeArticle(ctx, tx, pd, ids, now)
			lap("article")
			_, pairs, err := mergeClaims(ctx, tx, pd, ids, now)
			lap("claims")
			rows := []map[string]any{}
			for _, p := range pairs {
				rows = append(rows, map[string]any{"s": p.Subject, "o": p.Object, "type": p.Type})
			}
			q := strings.NewReplacer("REL", "CUSTOMER_OF", "ARROW", "->").Replace(rollupCypher)
			res, err := tx.Run(ctx, "PROFILE "+q, map[string]any{"pairs": rows, "type": "CUSTOMER_OF", "symmetric": false})
			if err != nil {
				return nil, err
			}
			sum, _ := res.Consume(ctx)
			lap("rollup")
			if n == 11 {
				printPlan(t, sum.Profile(), 0)
			}
			res, err = tx.Run(ctx, "PROFILE "+syndicatedSourcesCypher, map[string]any{"pairs": rows, "symmetric": []string{PartnersWith, CompetesWith}})
			if err != nil {
				return nil, err
			}
			sum, _ = res.Consume(ctx)
			lap("syndic")
			if n == 11 {
				printPlan(t, sum.Profile(), 0)
			}
			return nil, err
		})
		t.Logf("doc %d: %v err=%v %s", n, time.Since(s0).Round(time.Millisecond), err, log)
	}
	_ = neo4j.ManagedTransaction(nil)
}
