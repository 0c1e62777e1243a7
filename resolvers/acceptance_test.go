package resolvers

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

// The seed acceptance of the API issue, over HTTP against the real Neo4j.
// Steps share one import (imports are the slow part) and run in order:
// reads first, then the analyst corrections and a re-import.
func TestSeedAcceptance(t *testing.T) {
	a := newSeedAPI(t)
	t.Run("exposure", a.checkExposure)
	t.Run("exposure asOf and knownAt", a.checkExposureTime)
	t.Run("dependencies", a.checkDependencies)
	t.Run("coopetition", a.checkCoopetition)
	t.Run("switches", a.checkSwitches)
	t.Run("one round trip per root field", a.checkRoundTrips)
	t.Run("claims pagination", a.checkClaimsPages)
	t.Run("corrections survive re-import", a.checkCorrections)
}

func (a *seedAPI) exposure(t *testing.T, asOf, knownAt any) map[string]any {
	d := a.query(t, exposureQuery, map[string]any{"asOf": asOf, "knownAt": knownAt})
	e, _ := d["exposure"].(map[string]any)
	return e
}

func (a *seedAPI) checkExposure(t *testing.T) {
	e := a.exposure(t, nil, nil)
	require.NotNil(t, e)
	assert.Equal(t, "Microsoft", get(e, "supplier", "name"))
	assert.Equal(t, "ByteDance", get(e, "group", "name"))
	assert.InDelta(t, 25, get(e, "statedShare", "value"), 0.01)
	assert.InDelta(t, 24, get(e, "computedShare", "value"), 0.01)
	members := e["members"].([]any)
	require.Len(t, members, 1)
	assert.Equal(t, "TikTok", get(members[0], "entity", "name"))
	spend := e["spendClaims"].([]any)
	require.NotEmpty(t, spend)
	assert.Contains(t, get(spend[0], "evidence"), "$20 million")
	assert.Equal(t, "2024-03", get(spend[0], "validTime"))
	assert.NotEmpty(t, get(spend[0], "knownAt"))
	rev := e["revenueClaims"].([]any)
	require.NotEmpty(t, rev)
	assert.Contains(t, get(rev[0], "evidence"), "$1 billion")
	assert.Equal(t, "https://aibase.com/news/9877", get(rev[0], "article", "url"))
}

func (a *seedAPI) checkExposureTime(t *testing.T) {
	before := a.exposure(t, "2024-02", nil)
	if before != nil {
		assert.Empty(t, before["spendClaims"], "the March spend is not counted before March")
		assert.Nil(t, before["computedShare"])
	}
	march := a.exposure(t, "2024-03", nil)
	require.NotNil(t, march)
	assert.InDelta(t, 24, get(march, "computedShare", "value"), 0.01)

	unknown := a.exposure(t, nil, "2020-01-01T00:00:00Z")
	if unknown != nil {
		assert.Empty(t, unknown["spendClaims"], "nothing was known before ingestion")
		assert.Empty(t, unknown["revenueClaims"])
		assert.Empty(t, unknown["members"])
	}
}

func (a *seedAPI) checkDependencies(t *testing.T) {
	d := a.query(t, `{ dependencies(of: "OpenAI", direction: DOWNSTREAM) {
		hops { from { name } to { name } type claims { evidence article { url } } } } }`, nil)
	reached := map[string]bool{}
	for _, p := range d["dependencies"].([]any) {
		hops := p.(map[string]any)["hops"].([]any)
		require.NotEmpty(t, hops)
		for _, h := range hops {
			assert.NotEmpty(t, h.(map[string]any)["claims"], "every hop has evidence")
		}
		reached[get(hops[0], "from", "name").(string)] = true
	}
	for _, who := range []string{"TikTok", "Walmart", "Intuit", "G42", "Holiday Extras"} {
		assert.True(t, reached[who], "%s depends on OpenAI (reached: %v)", who, reached)
	}
}

func (a *seedAPI) checkCoopetition(t *testing.T) {
	d := a.query(t, `{ coopetition { a { name } b { name } competition { evidence } cooperation { evidence } via { name } } }`, nil)
	pairs := map[string]bool{}
	for _, p := range d["coopetition"].([]any) {
		x, y := get(p, "a", "name").(string), get(p, "b", "name").(string)
		pairs[x+"–"+y], pairs[y+"–"+x] = true, true
		assert.NotEmpty(t, p.(map[string]any)["competition"])
		assert.NotEmpty(t, p.(map[string]any)["cooperation"])
	}
	assert.True(t, pairs["ByteDance–OpenAI"], "pairs: %v", pairs)
	assert.True(t, pairs["Microsoft–OpenAI"], "pairs: %v", pairs)
}

func (a *seedAPI) checkSwitches(t *testing.T) {
	d := a.query(t, `{ switches(of: "Intuit") { customer { name } from { name } to { name } fromClaims { evidence } toClaims { evidence } } }`, nil)
	sw := d["switches"].([]any)
	require.NotEmpty(t, sw)
	assert.Equal(t, "Intuit", get(sw[0], "customer", "name"))
	assert.Equal(t, "Amazon", get(sw[0], "from", "name"))
	assert.Equal(t, "Microsoft", get(sw[0], "to", "name"))
}

// Every root field costs one Neo4j round trip, whatever the result size.
func (a *seedAPI) checkRoundTrips(t *testing.T) {
	queries := map[string]string{
		"exposure":      exposureQuery,
		"dependencies":  `{ dependencies(of: "OpenAI") { hops { from { name mergedInto { name } } to { name } claims { subject { name } object { name } product { name } article { url } } } } }`,
		"coopetition":   `{ coopetition { a { name } b { name } competition { subject { name } } cooperation { object { name } article { url } } } }`,
		"switches":      `{ switches { customer { name } from { name } to { name } fromClaims { subject { name } } } }`,
		"concentration": `{ concentration(supplier: "Microsoft") { customers { customer { name } claims { subject { name } } } hhi } }`,
		"claims":        `{ claims(first: 100) { edges { node { subject { name } object { name } product { name } article { url title } } } } }`,
		"entity":        `{ entity(name: "Microsoft") { id name aliases } }`,
		"search":        `{ search(text: "Microsoft", first: 20) { name } }`,
		"articles":      `{ articles(first: 10) { edges { node { url title publishedAt } } } }`,
		"stats":         `{ stats { entities claims articles relationships } }`,
	}
	for name, q := range queries {
		before := a.store.RoundTrips()
		a.query(t, q, map[string]any{"asOf": nil, "knownAt": nil})
		assert.Equal(t, int64(1), a.store.RoundTrips()-before, "%s: Neo4j round trips", name)
	}
}

func (a *seedAPI) checkClaimsPages(t *testing.T) {
	var ids []string
	var after any
	for page := 0; page < 100; page++ {
		d := a.query(t, `query($after: String) { claims(first: 7, after: $after) { edges { cursor node { id evidence } } pageInfo { hasNextPage endCursor } } }`, map[string]any{"after": after})
		conn := d["claims"].(map[string]any)
		for _, e := range conn["edges"].([]any) {
			ids = append(ids, get(e, "node", "id").(string))
		}
		if !get(conn, "pageInfo", "hasNextPage").(bool) {
			break
		}
		after = get(conn, "pageInfo", "endCursor")
	}
	all, err := a.store.Claims(context.Background(), graph.ClaimFilter{First: 1000})
	require.NoError(t, err)
	assert.Len(t, ids, len(all), "paging visits every claim once")
	assert.Len(t, uniq(ids), len(ids))
}

func (a *seedAPI) checkCorrections(t *testing.T) {
	spendID := get(a.exposure(t, nil, nil)["spendClaims"].([]any)[0], "id").(string)
	d := a.query(t, `mutation($id: ID!) { retractClaim(id: $id, reason: "figure disputed") { id retracted retractReason } }`, map[string]any{"id": spendID})
	assert.Equal(t, true, get(d, "retractClaim", "retracted"))
	d = a.query(t, `mutation { mergeEntities(keep: "Google", merge: "Google Cloud") { name } }`, nil)
	assert.Equal(t, "Google", get(d, "mergeEntities", "name"))

	for _, doc := range a.docs {
		_, err := a.store.ImportDocument(context.Background(), doc)
		require.NoError(t, err)
	}
	e := a.exposure(t, nil, nil)
	if e != nil {
		for _, c := range e["spendClaims"].([]any) {
			assert.NotEqual(t, spendID, get(c, "id"), "the retracted claim stays out after re-import")
		}
	}
	d = a.query(t, `{ entity(name: "Google Cloud") { name } }`, nil)
	assert.Equal(t, "Google", get(d, "entity", "name"), "the merge survives re-import")
	d = a.query(t, fmt.Sprintf(`{ claims(subject: "TikTok", includeRetracted: true, first: 100) { edges { node { id retracted retractReason } } } }`), nil)
	found := false
	for _, edge := range d["claims"].(map[string]any)["edges"].([]any) {
		if get(edge, "node", "id") == spendID {
			found = true
			assert.Equal(t, true, get(edge, "node", "retracted"))
			assert.Equal(t, "figure disputed", get(edge, "node", "retractReason"))
		}
	}
	assert.True(t, found, "the retracted claim is still listed with includeRetracted")
}

// get walks nested JSON maps.
func get(v any, path ...string) any {
	for _, k := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

func uniq(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}
