package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const (
	defaultPage = 50
	maxPage     = 1000
)

// collect runs one statement in tx and returns all its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// lookupKeys are the :Name keys a name may have, in order of preference.
func lookupKeys(name string) []string {
	return []string{NameKey(Org, name), NameKey(Product, name), NameKey(Person, name)}
}

const resolveNameCypher = `
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (k:Entity {id: e.mergedInto})
WITH -1 AS i, coalesce(k, e) AS e
RETURN i, e` + entityFields + ` AS e
UNION
UNWIND range(0, size($keys) - 1) AS i
MATCH (:Name {key: $keys[i]})-[:NAMES]->(e:Entity)
OPTIONAL MATCH (k:Entity {id: e.mergedInto})
WITH i, coalesce(k, e) AS e
RETURN i, e` + entityFields + ` AS e`

// resolveName finds the entities a name, alias or id denotes, best first
// (an exact id, then ORG, PRODUCT, PERSON), following analyst merges.
func resolveName(ctx context.Context, tx neo4j.ManagedTransaction, name string) ([]EntityNode, error) {
	recs, err := collect(ctx, tx, resolveNameCypher, map[string]any{"id": name, "keys": lookupKeys(name)})
	if err != nil {
		return nil, fmt.Errorf("resolve %q: %w", name, err)
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Values[0].(int64) < recs[j].Values[0].(int64) })
	var out []EntityNode
	seen := map[string]bool{}
	for _, r := range recs {
		e := entityFrom(r.Values[1])
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, *e)
		}
	}
	return out, nil
}

func entityIDs(es []EntityNode) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// EntityByName returns the entity a name, alias or id denotes (following
// analyst merges); ErrNotFound when none does.
func (s *Store) EntityByName(ctx context.Context, name string) (EntityNode, error) {
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return resolveName(ctx, tx, name)
	})
	if err != nil {
		return EntityNode{}, err
	}
	es := res.([]EntityNode)
	if len(es) == 0 {
		return EntityNode{}, fmt.Errorf("entity %q: %w", name, ErrNotFound)
	}
	return es[0], nil
}

// EntitiesByIDs returns the entities with the given ids in one round trip;
// missing ids are absent from the map.
func (s *Store) EntitiesByIDs(ctx context.Context, ids []string) (map[string]EntityNode, error) {
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e"+entityFields, map[string]any{"ids": ids})
	})
	if err != nil {
		return nil, fmt.Errorf("entities by ids: %w", err)
	}
	out := map[string]EntityNode{}
	for _, r := range res.([]*neo4j.Record) {
		e := entityFrom(r.Values[0])
		out[e.ID] = *e
	}
	return out, nil
}

// luceneSpecial are the characters the full-text query parser treats specially.
var luceneSpecial = strings.NewReplacer(`\`, `\\`, `+`, `\+`, `-`, `\-`, `&`, `\&`, `|`, `\|`, `!`, `\!`,
	`(`, `\(`, `)`, `\)`, `{`, `\{`, `}`, `\}`, `[`, `\[`, `]`, `\]`, `^`, `\^`, `"`, `\"`,
	`~`, `\~`, `*`, `\*`, `?`, `\?`, `:`, `\:`, `/`, `\/`)

// fulltextQuery escapes every word and lets the last one match as a prefix.
func fulltextQuery(text string) string {
	words := strings.Fields(strings.ToLower(text))
	for i, w := range words {
		words[i] = luceneSpecial.Replace(w)
	}
	if n := len(words); n > 0 {
		words[n-1] = "(" + words[n-1] + " OR " + words[n-1] + "*)"
	}
	return strings.Join(words, " ")
}

const searchCypher = `
CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node, score
WHERE node.mergedInto IS NULL
RETURN node` + entityFields + ` ORDER BY score DESC, node.id LIMIT $first`

// SearchEntities finds entities whose name or alias matches text (full-text,
// best first). Special characters of the query language are escaped.
func (s *Store) SearchEntities(ctx context.Context, text string, first int) ([]EntityNode, error) {
	q := fulltextQuery(text)
	if q == "" {
		return nil, nil
	}
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, searchCypher, map[string]any{"q": q, "first": pageSize(first)})
	})
	if err != nil {
		return nil, fmt.Errorf("search entities %q: %w", text, err)
	}
	recs := res.([]*neo4j.Record)
	out := make([]EntityNode, len(recs))
	for i, r := range recs {
		out[i] = *entityFrom(r.Values[0])
	}
	return out, nil
}

func pageSize(first int) int {
	switch {
	case first <= 0:
		return defaultPage
	case first > maxPage:
		return maxPage
	}
	return first
}

// Articles lists stored articles ordered by id, after the cursor (an article id).
func (s *Store) Articles(ctx context.Context, first int, after string) ([]ArticleNode, error) {
	const q = `MATCH (a:Article) WHERE a.id > $after
RETURN a {.id, .url, .title, .publisher, .publishedAt, .fetchedAt, .contentHash} ORDER BY a.id LIMIT $first`
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, q, map[string]any{"after": after, "first": pageSize(first)})
	})
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	recs := res.([]*neo4j.Record)
	out := make([]ArticleNode, len(recs))
	for i, r := range recs {
		out[i] = *articleFrom(r.Values[0])
	}
	return out, nil
}

// Counts returns the graph's totals (from the count store: constant time).
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	const q = `CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (c:Claim) RETURN count(c) AS claims }
CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN entities, articles, claims, rels`
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, q, nil)
	})
	if err != nil {
		return Counts{}, fmt.Errorf("counts: %w", err)
	}
	v := res.([]*neo4j.Record)[0].Values
	return Counts{Entities: asInt(v[0]), Articles: asInt(v[1]), Claims: asInt(v[2]), Relationships: asInt(v[3])}, nil
}

// ArticleExists reports whether an article is stored, given its id
// ("a:..."), its URL (canonicalised first) or its content hash.
func (s *Store) ArticleExists(ctx context.Context, key string) (bool, error) {
	id, field := key, "id"
	switch {
	case strings.HasPrefix(key, "http://") || strings.HasPrefix(key, "https://"):
		u, err := CanonicalURL(key)
		if err != nil {
			return false, fmt.Errorf("%w: url %q: %v", ErrInvalid, key, err)
		}
		id = ArticleID(u, "")
	case !strings.HasPrefix(key, "a:"):
		field = "contentHash"
	}
	q := "MATCH (a:Article {id: $v}) RETURN count(a) > 0"
	if field == "contentHash" {
		q = "MATCH (a:Article {contentHash: $v}) RETURN count(a) > 0"
	}
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, q, map[string]any{"v": id})
	})
	if err != nil {
		return false, fmt.Errorf("article exists %q: %w", key, err)
	}
	ok, _ := res.([]*neo4j.Record)[0].Values[0].(bool)
	return ok, nil
}

func asInt(v any) int {
	n, _ := v.(int64)
	return int(n)
}

// claimStarts are the first clauses of a claims query, chosen by the most
// selective filter; each binds `c` and starts from an index.
var claimStarts = map[string]string{
	"subject": "MATCH (s0:Entity) WHERE s0.id IN $subjects MATCH (s0)<-[:SUBJECT]-(c:Claim)\n",
	"object":  "MATCH (o0:Entity) WHERE o0.id IN $objects MATCH (o0)<-[:OBJECT]-(c:Claim)\n",
	"entity":  "MATCH (e0:Entity) WHERE e0.id IN $subjects MATCH (e0)<-[:SUBJECT|OBJECT|PRODUCT]-(c:Claim)\n",
	"ids":     "UNWIND $ids AS cid MATCH (c:Claim {id: cid})\n",
	"type":    "MATCH (c:Claim {type: $type})\n",
	"all":     "MATCH (c:Claim) WHERE c.id > $after\n",
}

// claimsTail filters, pages and projects the claims bound to `c`: subject,
// object, product and article in the same query, plus the number of
// sources of the roll-up the claim belongs to.
const claimsTail = `WITH DISTINCT c
WHERE c.kind IN ['relation', 'metric'] AND c.id > $after
  AND ($type IS NULL OR c.type = $type)
  AND ($objects IS NULL OR EXISTS { (c)-[:OBJECT]->(ox:Entity) WHERE ox.id IN $objects })
  AND ($subjects IS NULL OR $entity OR EXISTS { (c)-[:SUBJECT]->(sx:Entity) WHERE sx.id IN $subjects })
  AND ($retracted OR coalesce(c.retracted, false) = false)
  AND ($knownAt IS NULL OR c.knownAt <= $knownAt)
  AND ($asOf IS NULL OR coalesce(c.validFrom,
        date(head([(c)-[:REPORTED_IN]->(cPub:Article) | cPub.publishedAt])),
        date(c.knownAt)) <= date($asOf))
WITH c, CASE WHEN $byTime THEN ` + claimTimeKeyCypher + ` ELSE c.id END AS k
WHERE k > $afterKey
WITH c, k ORDER BY k LIMIT $first
CALL (c) {
  OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
  OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
  OPTIONAL MATCH (s)-[r]-(o) WHERE type(r) = c.type AND (startNode(r) = s OR c.type IN $symmetric)
  RETURN max(r.sources) AS sources
}
RETURN ` + claimProj + ` AS c, sources ORDER BY k`

// Claims returns claims matching the filter, ordered by id, each with its
// subject, object, product and article, in one query. Subject and Object
// are names, aliases or ids; a name that denotes nothing gives no claims.
func (s *Store) Claims(ctx context.Context, f ClaimFilter) ([]Claim, error) {
	return s.claims(ctx, f, "")
}

// ClaimsOfEntity returns the claims an entity takes part in (as subject,
// object or product), ordered by id, after the cursor.
func (s *Store) ClaimsOfEntity(ctx context.Context, entity string, first int, after string) ([]Claim, error) {
	return s.claims(ctx, ClaimFilter{Subject: entity, First: first, After: after}, "entity")
}

// ClaimsByIDs returns the claims with the given ids (retracted ones too),
// ordered by id; unknown ids are skipped.
func (s *Store) ClaimsByIDs(ctx context.Context, ids []string) ([]Claim, error) {
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		p := claimParams(ClaimFilter{First: len(ids), IncludeRetracted: true}, nil, nil)
		p["ids"] = ids
		return collect(ctx, tx, claimStarts["ids"]+claimsTail, p)
	})
	if err != nil {
		return nil, fmt.Errorf("claims by ids: %w", err)
	}
	return decodeClaims(res.([]*neo4j.Record)), nil
}

func (s *Store) claims(ctx context.Context, f ClaimFilter, start string) ([]Claim, error) {
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		subjects, objects, err := filterIDs(ctx, tx, f)
		if err != nil || (f.Subject != "" && len(subjects) == 0) || (f.Object != "" && len(objects) == 0) {
			return []*neo4j.Record{}, err
		}
		p := claimParams(f, subjects, objects)
		p["entity"] = start == "entity"
		if start == "" {
			start = claimStart(f)
		}
		return collect(ctx, tx, claimStarts[start]+claimsTail, p)
	})
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return decodeClaims(res.([]*neo4j.Record)), nil
}

func claimStart(f ClaimFilter) string {
	switch {
	case f.Subject != "":
		return "subject"
	case f.Object != "":
		return "object"
	case f.Type != "":
		return "type"
	}
	return "all"
}

// filterIDs resolves the subject and object names of a filter (nil when unset).
func filterIDs(ctx context.Context, tx neo4j.ManagedTransaction, f ClaimFilter) (subjects, objects []string, err error) {
	for _, x := range []struct {
		name string
		out  *[]string
	}{{f.Subject, &subjects}, {f.Object, &objects}} {
		if x.name == "" {
			continue
		}
		es, err := resolveName(ctx, tx, x.name)
		if err != nil {
			return nil, nil, err
		}
		*x.out = entityIDs(es)
	}
	return subjects, objects, nil
}

func claimParams(f ClaimFilter, subjects, objects []string) map[string]any {
	p := map[string]any{"after": f.After, "first": pageSize(f.First), "type": nullIfEmpty(f.Type),
		"retracted": f.IncludeRetracted, "knownAt": timeParam(f.KnownAt), "asOf": timeParam(f.AsOf),
		"symmetric": []string{PartnersWith, CompetesWith}, "entity": false, "subjects": nil, "objects": nil}
	p["byTime"], p["afterKey"] = f.ByTime, f.After
	if f.ByTime {
		p["after"] = "" // After is a ClaimTimeKey, not an id
	}
	if subjects != nil {
		p["subjects"] = subjects
	}
	if objects != nil {
		p["objects"] = objects
	}
	return p
}

func decodeClaims(recs []*neo4j.Record) []Claim {
	out := make([]Claim, len(recs))
	for i, r := range recs {
		out[i] = claimFrom(r.Values[0])
		if n := asInt(r.Values[1]); n > out[i].Sources {
			out[i].Sources = n
		}
	}
	return out
}
