package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaStatements are the constraints and indexes of docs/graph-model.md.
// Every statement is idempotent (IF NOT EXISTS).
var schemaStatements = []string{
	"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT story_hash IF NOT EXISTS FOR (n:Story) REQUIRE n.hash IS UNIQUE",
	"CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
	"CREATE INDEX entity_merged IF NOT EXISTS FOR (n:Entity) ON (n.mergedInto)",
	"CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)",
	"CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)",
	"CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)",
	"CREATE INDEX claim_type IF NOT EXISTS FOR (n:Claim) ON (n.type)",
	"CREATE INDEX claim_kind_type IF NOT EXISTS FOR (n:Claim) ON (n.kind, n.type)",
	"CREATE INDEX claim_valid_from IF NOT EXISTS FOR (n:Claim) ON (n.validFrom)",
	"CREATE INDEX claim_known_at IF NOT EXISTS FOR (n:Claim) ON (n.knownAt)",
	"CREATE INDEX claim_extractor IF NOT EXISTS FOR (n:Claim) ON (n.extractor)",
	"CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]",
}

// EnsureSchema creates the constraints and indexes that do not exist yet
// and waits until every index is online. It is safe to call on every start.
func (s *Store) EnsureSchema(ctx context.Context) error {
	for _, stmt := range schemaStatements {
		_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, stmt, nil)
			if err != nil {
				return nil, err
			}
			_, err = res.Consume(ctx)
			return nil, err
		})
		if err != nil {
			return fmt.Errorf("schema %q: %w", stmt, err)
		}
	}
	return s.awaitIndexes(ctx)
}

// awaitIndexes blocks until all indexes are online (at most 25 s, under the transaction timeout).
func (s *Store) awaitIndexes(ctx context.Context) error {
	_, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "CALL db.awaitIndexes($seconds)", map[string]any{"seconds": 25})
		if err != nil {
			return nil, err
		}
		_, err = res.Consume(ctx)
		return nil, err
	})
	if err != nil {
		return fmt.Errorf("waiting for indexes: %w", err)
	}
	return nil
}
