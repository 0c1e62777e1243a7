package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// importDoc is a validated document turned into the batches that one write
// transaction sends.
type importDoc struct {
	uniqueText bool
	articleID  string
	article    map[string]any
	entities   []Entity // the entities to store (optional ones only when used)
	claims     []claimRow
}

// claimRow is one claim with its entities as indexes into importDoc.entities.
type claimRow struct {
	id                       string
	subject, object, product int // -1 when absent
	props                    map[string]any
	validFrom, validTo       any // "YYYY-MM-DD" or nil
	relationType, metricName string
}

// ImportDocument stores one document: the article, its entities (resolved
// to existing ones through their names), one claim per non-optional
// relation and metric, and the roll-up relationships of the pairs it
// touches, all in one write transaction. Invalid documents write nothing.
// Importing the same document again changes nothing.
func (s *Store) ImportDocument(ctx context.Context, doc Document) (ImportResult, error) {
	if err := ValidateDocument(doc); err != nil {
		return ImportResult{}, err
	}
	d, err := prepareImport(doc)
	if err != nil {
		return ImportResult{}, err
	}
	now := time.Now().UTC()
	res, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return importTx(ctx, tx, d, now)
	})
	if err != nil {
		return ImportResult{}, fmt.Errorf("import article %s: %w", d.articleID, err)
	}
	return res.(ImportResult), nil
}

// prepareImport computes ids and properties; it assumes a valid document.
func prepareImport(doc Document) (*importDoc, error) {
	art, err := articleProps(doc)
	if err != nil {
		return nil, err
	}
	d := &importDoc{articleID: art["id"].(string), article: art, uniqueText: doc.UniqueText}
	used := usedEntities(doc)
	remap := make([]int, len(doc.Entities))
	for i, e := range doc.Entities {
		remap[i] = -1
		if used[i] {
			remap[i] = len(d.entities)
			d.entities = append(d.entities, e)
		}
	}
	idx := newDocIndex(doc.Entities)
	pick := func(surface string, want EntityType) int {
		if surface == "" {
			return -1
		}
		return remap[idx.find(surface, want, doc.Entities)]
	}
	extractor := doc.Extractor
	if extractor == "" {
		extractor = "import"
	}
	for _, r := range doc.Relations {
		if !r.Optional {
			d.claims = append(d.claims, relationClaim(r, d.articleID, extractor, pick))
		}
	}
	for _, m := range doc.Metrics {
		if !m.Optional {
			d.claims = append(d.claims, metricClaim(m, d.articleID, extractor, pick))
		}
	}
	return d, nil
}

// usedEntities marks the entities to store: every non-optional one, and the
// optional ones a non-optional relation or metric refers to.
func usedEntities(doc Document) []bool {
	used := make([]bool, len(doc.Entities))
	idx := newDocIndex(doc.Entities)
	mark := func(surface string, want EntityType) {
		if i := idx.find(surface, want, doc.Entities); surface != "" && i >= 0 {
			used[i] = true
		}
	}
	for i, e := range doc.Entities {
		used[i] = !e.Optional
	}
	for _, r := range doc.Relations {
		if !r.Optional {
			mark(r.Subject, subjectType(r.Type))
			mark(r.Object, objectType(r.Type))
			mark(r.Product, Product)
		}
	}
	for _, m := range doc.Metrics {
		if !m.Optional {
			mark(m.Subject, Org)
		}
	}
	return used
}

// subjectType and objectType are the preferred types when a name is
// declared with several types in one document.
func subjectType(relType string) EntityType {
	if relType == Leads {
		return Person
	}
	return Org
}

func objectType(relType string) EntityType {
	if relType == Offers || relType == Uses {
		return Product
	}
	return Org
}

// articleProps computes the article's id and stored properties.
func articleProps(doc Document) (map[string]any, error) {
	hash := doc.ContentHash
	if hash == "" {
		hash = ContentHash(doc.Text)
		if strings.TrimSpace(doc.Text) == "" {
			raw, err := json.Marshal(doc.Extraction)
			if err != nil {
				return nil, fmt.Errorf("hash extraction: %w", err)
			}
			hash = ContentHash(string(raw))
		}
	}
	u, err := CanonicalURL(doc.URL)
	if err != nil {
		return nil, fmt.Errorf("%w: url: %v", ErrInvalid, err)
	}
	props := map[string]any{"id": ArticleID(u, hash), "url": nullIfEmpty(u), "title": nullIfEmpty(doc.Title),
		"publisher": nullIfEmpty(doc.Publisher), "contentHash": hash, "text": nullIfEmpty(doc.Text),
		"publishedAt": nil, "fetchedAt": nil}
	if !doc.PublishedAt.IsZero() {
		props["publishedAt"] = doc.PublishedAt.UTC()
	}
	if doc.Published != "" {
		t, err := ParsePublished(doc.Published)
		if err != nil {
			return nil, fmt.Errorf("%w: published: %v", ErrInvalid, err)
		}
		props["publishedAt"] = t
	}
	if !doc.FetchedAt.IsZero() {
		props["fetchedAt"] = doc.FetchedAt.UTC()
	}
	return props, nil
}

// importTx writes one prepared document; it runs inside Store.write and may
// be retried as a whole.
func importTx(ctx context.Context, tx neo4j.ManagedTransaction, d *importDoc, now time.Time) (any, error) {
	if d.uniqueText {
		if err := claimStory(ctx, tx, d); err != nil {
			return nil, err
		}
	}
	_, found, err := resolveEntities(ctx, tx, d)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(d.entities))
	for i, e := range d.entities {
		ids[i] = found[i]
		if ids[i] == "" {
			ids[i] = EntityID(e.Type, CanonicalName(e.Name))
		}
	}
	newEntities, err := upsertEntities(ctx, tx, d, ids, now)
	if err != nil {
		return nil, err
	}
	created, err := mergeArticle(ctx, tx, d, ids, now)
	if err != nil {
		return nil, err
	}
	claims, pairs, err := mergeClaims(ctx, tx, d, ids, now)
	if err != nil {
		return nil, err
	}
	if err := rebuildRollups(ctx, tx, pairs); err != nil {
		return nil, err
	}
	return ImportResult{ArticleID: d.articleID, Entities: newEntities, Claims: claims, Created: created}, nil
}

// surfaces are the written names of an entity: its name and aliases.
func surfaces(e Entity) []string {
	out := []string{}
	for _, s := range append([]string{e.Name}, e.Aliases...) {
		s = strings.Join(strings.Fields(quoteFolder.Replace(s)), " ")
		if NormalizeName(s) != "" && !containsString(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

const resolveCypher = `
OPTIONAL MATCH (art:Article {id: $article})
WITH art IS NOT NULL AS existed
UNWIND (CASE WHEN size($keys) = 0 THEN [null] ELSE $keys END) AS k
OPTIONAL MATCH (:Name {key: k})-[:NAMES]->(e:Entity)
OPTIONAL MATCH (kept:Entity {id: e.mergedInto})
RETURN existed, k AS key, coalesce(kept.id, e.id) AS id`

// resolveEntities finds, for each entity to store, an existing entity one
// of its names already resolves to (its declared name first), and whether
// the article is already stored.
func resolveEntities(ctx context.Context, tx neo4j.ManagedTransaction, d *importDoc) (bool, []string, error) {
	keys := []string{}
	for _, e := range d.entities {
		for _, s := range surfaces(e) {
			keys = append(keys, NameKey(e.Type, s))
		}
	}
	recs, err := collect(ctx, tx, resolveCypher, map[string]any{"article": d.articleID, "keys": keys})
	if err != nil {
		return false, nil, fmt.Errorf("resolve names: %w", err)
	}
	byKey, existed := map[string]string{}, false
	for _, r := range recs {
		existed, _ = r.Values[0].(bool)
		if id, ok := r.Values[2].(string); ok {
			byKey[r.Values[1].(string)] = id
		}
	}
	found := make([]string, len(d.entities))
	for i, e := range d.entities {
		for _, s := range surfaces(e) {
			if id := byKey[NameKey(e.Type, s)]; id != "" && found[i] == "" {
				found[i] = id
			}
		}
	}
	return existed, found, nil
}

const upsertEntitiesCypher = `
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.aliases = [], n.createdAt = $now
FOREACH (_ IN CASE WHEN e.type = 'ORG' THEN [1] ELSE [] END | SET n:Org)
FOREACH (_ IN CASE WHEN e.type = 'PRODUCT' THEN [1] ELSE [] END | SET n:Product)
FOREACH (_ IN CASE WHEN e.type = 'PERSON' THEN [1] ELSE [] END | SET n:Person)
WITH n, e, reduce(acc = [], x IN coalesce(n.aliases, []) + e.surfaces |
  CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END) AS aliases
SET n.aliases = aliases,
    n.aliasText = reduce(t = '', x IN aliases | t + CASE WHEN t = '' THEN '' ELSE ' | ' END + x)
WITH n, e
UNWIND e.keys AS key
MERGE (nm:Name {key: key})
ON CREATE SET nm.surface = e.name
WITH n, nm, e
CALL {
  WITH n, nm
  WITH n, nm WHERE NOT (nm)-[:NAMES]->(:Entity)
  MERGE (nm)-[:NAMES]->(n)
}
WITH DISTINCT n
RETURN count(CASE WHEN n.createdAt = $now THEN 1 END) AS created`

// upsertEntities merges the entities with their aliases and :Name nodes; a
// name that already resolves to an entity keeps resolving to it.
func upsertEntities(ctx context.Context, tx neo4j.ManagedTransaction, d *importDoc, ids []string, now time.Time) (int, error) {
	rows := make([]map[string]any, len(d.entities))
	for i, e := range d.entities {
		keys := []string{}
		for _, s := range surfaces(e) {
			if k := NameKey(e.Type, s); !containsString(keys, k) {
				keys = append(keys, k)
			}
		}
		rows[i] = map[string]any{"id": ids[i], "name": CanonicalName(e.Name), "type": string(e.Type),
			"surfaces": surfaces(e), "keys": keys}
	}
	// in id order: concurrent imports lock shared entities in one order,
	// so two articles naming the same companies cannot deadlock
	slices.SortFunc(rows, func(a, b map[string]any) int { return strings.Compare(a["id"].(string), b["id"].(string)) })
	recs, err := collect(ctx, tx, upsertEntitiesCypher, map[string]any{"entities": rows, "now": now})
	if err != nil {
		return 0, fmt.Errorf("merge entities: %w", err)
	}
	if len(recs) == 0 {
		return 0, nil
	}
	n, _ := recs[0].Values[0].(int64)
	return int(n), nil
}

// claimStoryCypher makes the first article to bring a text its original.
// The unique constraint on Story.hash serialises concurrent imports of one
// text, from any process: the second waits for the first to commit, then
// reads its original.
const claimStoryCypher = `
MERGE (s:Story {hash: $hash})
ON CREATE SET s.original = $id
RETURN s.original`

func claimStory(ctx context.Context, tx neo4j.ManagedTransaction, d *importDoc) error {
	recs, err := collect(ctx, tx, claimStoryCypher, map[string]any{"hash": d.article["contentHash"], "id": d.articleID})
	if err != nil {
		return fmt.Errorf("claim story: %w", err)
	}
	if orig, _ := recs[0].Values[0].(string); orig != d.articleID {
		return &StoryTakenError{OriginalID: orig}
	}
	return nil
}

// mergeArticleCypher reports whether this transaction created the
// article. The unique constraint on Article.id makes a concurrent MERGE of
// the same id wait for the first to commit and then match it, so of two
// concurrent imports of one canonical URL (or, without a URL, one content
// hash) exactly one reports created. The marker property never outlives
// the statement.
const mergeArticleCypher = `
MERGE (a:Article {id: $props.id})
ON CREATE SET a += $props, a.fetchedAt = coalesce($props.fetchedAt, $now), a.createdByTx = true
WITH a, coalesce(a.createdByTx, false) AS created
REMOVE a.createdByTx
WITH a, created
CALL (a) {
  UNWIND $entities AS id
  MATCH (e:Entity {id: id})
  MERGE (a)-[:MENTIONS]->(e)
}
RETURN created`

func mergeArticle(ctx context.Context, tx neo4j.ManagedTransaction, d *importDoc, ids []string, now time.Time) (bool, error) {
	recs, err := collect(ctx, tx, mergeArticleCypher, map[string]any{"props": d.article, "entities": ids, "now": now})
	if err != nil {
		return false, fmt.Errorf("merge article: %w", err)
	}
	if len(recs) == 0 {
		return false, fmt.Errorf("merge article %s: no row", d.articleID)
	}
	created, _ := recs[0].Values[0].(bool)
	return created, nil
}

const mergeClaimsCypher = `
MATCH (a:Article {id: $article})
UNWIND $claims AS c
MERGE (x:Claim {id: c.id})
ON CREATE SET x += c.props, x.knownAt = $now, x.retracted = false,
  x.validFrom = CASE WHEN c.validFrom IS NULL THEN null ELSE date(c.validFrom) END,
  x.validTo = CASE WHEN c.validTo IS NULL THEN null ELSE date(c.validTo) END
WITH a, x, c WHERE x.knownAt = $now
MATCH (s:Entity {id: c.subject})
MERGE (x)-[:SUBJECT]->(s)
MERGE (x)-[:REPORTED_IN]->(a)
WITH x, c
OPTIONAL MATCH (o:Entity {id: c.object})
OPTIONAL MATCH (p:Entity {id: c.product})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (x)-[:OBJECT]->(o))
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (x)-[:PRODUCT]->(p))
RETURN count(DISTINCT x) AS created`

// mergeClaims creates the claims not stored yet (with their edges) and
// returns how many it created and the roll-up pairs the document touches.
// Stored claims are left exactly as they are.
func mergeClaims(ctx context.Context, tx neo4j.ManagedTransaction, d *importDoc, ids []string, now time.Time) (int, []rollupPair, error) {
	at := func(i int) any {
		if i < 0 {
			return nil
		}
		return ids[i]
	}
	rows := make([]map[string]any, len(d.claims))
	var pairs []rollupPair
	for i, c := range d.claims {
		rows[i] = map[string]any{"id": c.id, "subject": ids[c.subject], "object": at(c.object),
			"product": at(c.product), "props": c.props, "validFrom": c.validFrom, "validTo": c.validTo}
		if c.relationType != "" {
			pairs = append(pairs, rollupPair{Subject: ids[c.subject], Type: c.relationType, Object: ids[c.object]})
		}
	}
	recs, err := collect(ctx, tx, mergeClaimsCypher, map[string]any{"article": d.articleID, "claims": rows, "now": now})
	if err != nil {
		return 0, nil, fmt.Errorf("merge claims: %w", err)
	}
	n, _ := recs[0].Values[0].(int64)
	return int(n), pairs, nil
}
