package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SourceState is what the graph remembers about one ingestion source
// between runs: its validators for conditional GET, its schedule and its
// failures.
type SourceState struct {
	ID          string     `json:"id"` // kind:location
	Name        string     `json:"name"`
	Kind        string     `json:"kind"` // feed, page, sitemap, folder
	Location    string     `json:"location"`
	Publisher   string     `json:"publisher,omitempty"`
	Trust       float64    `json:"trust"`
	ETag        string     `json:"etag,omitempty"`
	LastMod     string     `json:"lastModified,omitempty"`
	LastCheck   *time.Time `json:"lastCheck,omitempty"`
	LastSuccess *time.Time `json:"lastSuccess,omitempty"`
	NextCheck   *time.Time `json:"nextCheck,omitempty"`
	ErrorCount  int        `json:"errorCount"` // consecutive failures
	LastError   string     `json:"lastError,omitempty"`
	// Retry lists the item URLs of a feed or sitemap that failed last
	// time: they are fetched again on the next run even when the source
	// itself answers 304 Not Modified.
	Retry []string `json:"retry,omitempty"`
}

// MaxRetryItems caps the failed item URLs a source remembers.
const MaxRetryItems = 200

const saveSourceCypher = `
MERGE (s:Source {id: $s.id})
SET s.name = $s.name, s.kind = $s.kind, s.location = $s.location, s.publisher = $s.publisher,
    s.trust = $s.trust, s.etag = $s.etag, s.lastModified = $s.lastModified,
    s.lastCheck = $s.lastCheck, s.lastSuccess = $s.lastSuccess, s.nextCheck = $s.nextCheck,
    s.errorCount = $s.errorCount, s.lastError = $s.lastError, s.retry = $s.retry`

// SaveSourceState stores a source's state in one write transaction.
func (s *Store) SaveSourceState(ctx context.Context, st SourceState) error {
	if st.ID == "" {
		return fmt.Errorf("%w: source state needs an id", ErrInvalid)
	}
	props := map[string]any{"id": st.ID, "name": st.Name, "kind": st.Kind, "location": st.Location,
		"publisher": nullIfEmpty(st.Publisher), "trust": st.Trust, "etag": nullIfEmpty(st.ETag),
		"lastModified": nullIfEmpty(st.LastMod), "lastCheck": timeOrNil(st.LastCheck),
		"lastSuccess": timeOrNil(st.LastSuccess), "nextCheck": timeOrNil(st.NextCheck),
		"errorCount": st.ErrorCount, "lastError": nullIfEmpty(st.LastError), "retry": retryOrNil(st.Retry)}
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, saveSourceCypher, map[string]any{"s": props})
	})
	if err != nil {
		return fmt.Errorf("save source %s: %w", st.ID, err)
	}
	return nil
}

func retryOrNil(urls []string) any {
	if len(urls) == 0 {
		return nil
	}
	return urls[:min(len(urls), MaxRetryItems)]
}

func timeOrNil(t *time.Time) any {
	if t == nil || t.IsZero() {
		return nil
	}
	return t.UTC()
}

// ListSources returns every known source with its state, ordered by id.
func (s *Store) ListSources(ctx context.Context) ([]SourceState, error) {
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, "MATCH (s:Source) RETURN s {.*} ORDER BY s.id LIMIT 10000", nil)
	})
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	recs := res.([]*neo4j.Record)
	out := make([]SourceState, 0, len(recs))
	for _, r := range recs {
		out = append(out, sourceFrom(asMap(r.Values[0])))
	}
	return out, nil
}

// SourceStates returns the stored states keyed by source id.
func (s *Store) SourceStates(ctx context.Context) (map[string]SourceState, error) {
	list, err := s.ListSources(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]SourceState, len(list))
	for _, st := range list {
		out[st.ID] = st
	}
	return out, nil
}

func sourceFrom(m map[string]any) SourceState {
	st := SourceState{ID: mapString(m, "id"), Name: mapString(m, "name"), Kind: mapString(m, "kind"),
		Location: mapString(m, "location"), Publisher: mapString(m, "publisher"), ETag: mapString(m, "etag"),
		LastMod: mapString(m, "lastModified"), LastError: mapString(m, "lastError"),
		LastCheck: mapTime(m, "lastCheck"), LastSuccess: mapTime(m, "lastSuccess"), NextCheck: mapTime(m, "nextCheck"),
		Retry: mapStrings(m, "retry")}
	if f := mapFloat(m, "trust"); f != nil {
		st.Trust = *f
	}
	if n, ok := m["errorCount"].(int64); ok {
		st.ErrorCount = int(n)
	}
	return st
}

// ArticleByHash returns the original article (not a syndicated copy) whose
// normalised text has this hash, or nil when there is none.
func (s *Store) ArticleByHash(ctx context.Context, contentHash string) (*ArticleNode, error) {
	const q = `MATCH (a:Article {contentHash: $h}) WHERE NOT (a)-[:SYNDICATES]->()
OPTIONAL MATCH (s:Story {hash: $h})
RETURN a {.id, .url, .title, .publisher, .publishedAt, .fetchedAt, .contentHash}
ORDER BY coalesce(a.id = s.original, false) DESC, a.id LIMIT 1`
	res, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collect(ctx, tx, q, map[string]any{"h": contentHash})
	})
	if err != nil {
		return nil, fmt.Errorf("article by hash: %w", err)
	}
	recs := res.([]*neo4j.Record)
	if len(recs) == 0 {
		return nil, nil
	}
	return articleFrom(recs[0].Values[0]), nil
}

// syndicateCypher links the copy to the original unless that would make
// a chain or cycle (the original is itself a copy) or turn an article
// stored with claims of its own into a copy; link says which.
const syndicateCypher = `
MATCH (o:Article {id: $orig})
MERGE (c:Article {id: $copy.id})
ON CREATE SET c.url = $copy.url, c.title = $copy.title, c.publisher = $copy.publisher,
    c.publishedAt = $copy.publishedAt, c.fetchedAt = $copy.fetchedAt, c.contentHash = $copy.contentHash
WITH o, c, c <> o AND NOT EXISTS { (o)-[:SYNDICATES]->() }
    AND NOT EXISTS { (c)<-[:REPORTED_IN]-(:Claim) } AS link
CALL (o, c, link) {
  WITH o, c WHERE link
  MERGE (c)-[:SYNDICATES]->(o)
}
RETURN link`

const articleClaimIDsCypher = `
MATCH (:Article {id: $orig})<-[:REPORTED_IN]-(c:Claim {kind: 'relation'}) RETURN collect(c.id)`

// RecordSyndication stores a syndicated copy (same story text, another
// publisher's URL) as an article without claims of its own, linked by
// (copy)-[:SYNDICATES]->(original), and recounts the independent sources
// of the facts the original reported; one write transaction, MERGE only.
// It returns the copy's article id, and ErrConflict when the copy is
// already stored as an original or the original is itself a copy.
func (s *Store) RecordSyndication(ctx context.Context, copy Article, originalID string) (string, error) {
	u, err := CanonicalURL(copy.URL)
	if err != nil || u == "" {
		return "", fmt.Errorf("%w: syndicated copy needs a URL: %q", ErrInvalid, copy.URL)
	}
	id := ArticleID(u, copy.ContentHash)
	if id == originalID {
		return id, nil
	}
	props := map[string]any{"id": id, "url": u, "title": nullIfEmpty(copy.Title), "publisher": nullIfEmpty(copy.Publisher),
		"publishedAt": timeOrNil(&copy.PublishedAt), "fetchedAt": timeOrNil(&copy.FetchedAt), "contentHash": copy.ContentHash}
	params := map[string]any{"orig": originalID, "copy": props}
	_, err = s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, syndicateCypher, params)
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, fmt.Errorf("%w: original article %s", ErrNotFound, originalID)
		}
		if link, _ := recs[0].Values[0].(bool); !link {
			return nil, fmt.Errorf("%w: %s is stored as an original or %s is a copy", ErrConflict, id, originalID)
		}
		return nil, recountArticle(ctx, tx, originalID)
	})
	if err != nil {
		return "", fmt.Errorf("record syndication %s -> %s: %w", id, originalID, err)
	}
	return id, nil
}

// recountArticle rebuilds the roll-ups of every pair the article's relation
// claims touch, so their sources count the new syndicated copy.
func recountArticle(ctx context.Context, tx neo4j.ManagedTransaction, articleID string) error {
	recs, err := collect(ctx, tx, articleClaimIDsCypher, map[string]any{"orig": articleID})
	if err != nil {
		return err
	}
	ids := []string{}
	for _, v := range asList(recs[0].Values[0]) {
		ids = append(ids, v.(string))
	}
	pairs, err := claimPairs(ctx, tx, ids)
	if err != nil {
		return err
	}
	return rebuildRollups(ctx, tx, pairs)
}
