package resolvers

import (
	"bytes"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newTestHandler(t *testing.T, f *fakeStore, mut func(*Config)) http.Handler {
	t.Helper()
	cfg := Config{Store: f, Extractor: &fakeExtractor{}, Auth: Auth{Token: "s3cret"},
		Log: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))}
	if mut != nil {
		mut(&cfg)
	}
	return NewHandler(cfg)
}

// Every limit answers with a clear GraphQL error and no database call.
func TestLimitsRejectBeforeAnyDatabaseCall(t *testing.T) {
	deep := "{ entity(name: \"x\") { " + strings.Repeat("mergedInto { ", 11) + "id" + strings.Repeat(" }", 11) + " } }"
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := range 21 {
		fmt.Fprintf(&aliases, " a%d: stats { claims }", i)
	}
	aliases.WriteString(" }")
	tokens := "{ stats { " + strings.Repeat("claims ", 10001) + "} }"
	cases := []struct {
		name, query, code, msg string
	}{
		{"depth", deep, CodeInvalid, "depth exceeds the limit of 10"},
		{"aliases", aliases.String(), CodeInvalid, "21 aliases, over the limit of 20"},
		{"tokens", tokens, CodeInvalid, "token limit"},
		{"complexity", `{ a: claims(first: 100) { edges { node { subject { mergedInto { aliases } } object { name } evidence article { url title } } } }
			b: articles(first: 100) { edges { node { url title publisher } } } c: search(text: "x", first: 100) { mergedInto { name aliases } } }`,
			CodeInvalid, "exceeds the limit of 1000"},
		{"first cap", `{ claims(first: 101) { edges { cursor } } }`, CodeInvalid, "first: 101 is over the limit of 100"},
		{"negative first", `{ search(text: "a", first: -1) { id } }`, CodeInvalid, "negative"},
		{"bad date", `{ exposure(supplier: "a", to: "b", asOf: "March") { group { id } } }`, CodeInvalid, `asOf: "March" is not a date`},
		{"bad knownAt", `{ concentration(supplier: "a", knownAt: "last week") { hhi } }`, CodeInvalid, `knownAt: "last week" is not a date`},
		{"bad depth arg", `{ dependencies(of: "a", maxDepth: 7) { hops { type } } }`, CodeInvalid, "maxDepth: 7 is not in 1..6"},
		{"bad type", `{ dependencies(of: "a", types: ["LIKES"]) { hops { type } } }`, CodeInvalid, `unknown relation type "LIKES"`},
		{"bad cursor", `{ claims(after: "!!") { edges { cursor } } }`, CodeInvalid, "not a cursor"},
		{"empty name", `{ entity(name: " ") { id } }`, CodeInvalid, "name: must not be empty"},
		{"mutation without token", `mutation { retractClaim(id: "c:1", reason: "wrong") { id } }`, CodeUnauthenticated, "Bearer"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeStore{}
			res := post(t, newTestHandler(t, f, func(c *Config) { c.Limits.MaxComplexity = 1000 }), tc.query, nil)
			assert.Equal(t, tc.code, res.code(t))
			assert.Contains(t, res.Errors[0].Message, tc.msg)
			assert.Zero(t, f.calls.Load(), "no database call")
		})
	}
}

func TestBodyCapAndTransports(t *testing.T) {
	f := &fakeStore{}
	h := newTestHandler(t, f, func(c *Config) { c.Limits.MaxBodyBytes = 200 })

	big := post(t, h, "{ stats { claims } }"+strings.Repeat(" ", 300), nil)
	assert.Equal(t, http.StatusRequestEntityTooLarge, big.Status)
	assert.Equal(t, CodeInvalid, big.code(t))
	assert.Contains(t, big.Errors[0].Message, "over the limit of 200 bytes")

	form := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(url.Values{"query": {"{ stats { claims } }"}}.Encode()))
	form.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res := serve(t, h, form)
	assert.Equal(t, http.StatusUnsupportedMediaType, res.Status)
	assert.Contains(t, res.Errors[0].Message, "application/json")

	var mp bytes.Buffer
	mw := multipart.NewWriter(&mp)
	require.NoError(t, mw.WriteField("operations", `{"query":"{ stats { claims } }"}`))
	require.NoError(t, mw.Close())
	multi := httptest.NewRequest(http.MethodPost, "/graphql", &mp)
	multi.Header.Set("Content-Type", mw.FormDataContentType())
	assert.Equal(t, http.StatusUnsupportedMediaType, serve(t, h, multi).Status)

	get := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(`mutation { retractClaim(id: "c", reason: "r") { id } }`), nil)
	get.Header.Set("Authorization", "Bearer s3cret")
	res = serve(t, h, get)
	require.NotEmpty(t, res.Errors)
	assert.Contains(t, res.Errors[0].Message, "GET requests only allow query operations")
	assert.Zero(t, f.calls.Load(), "no database call")

	get = httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(`{ stats { entities } }`), nil)
	res = serve(t, h, get)
	assert.Empty(t, res.Errors)
	assert.Equal(t, int64(1), f.calls.Load(), "queries over GET work")
}

func TestIntrospectionFlag(t *testing.T) {
	q := `{ __schema { queryType { name } } }`
	on := post(t, newTestHandler(t, &fakeStore{}, nil), q, nil)
	require.Empty(t, on.Errors)
	assert.Equal(t, "Query", on.Data["__schema"].(map[string]any)["queryType"].(map[string]any)["name"])

	off := post(t, newTestHandler(t, &fakeStore{}, func(c *Config) { c.NoIntrospection = true }), q, nil)
	require.NotEmpty(t, off.Errors)
	assert.Contains(t, off.Errors[0].Message, "introspection is disabled")
	assert.Equal(t, CodeInvalid, off.code(t))
}

func TestTimeoutAnswersUnavailableQuickly(t *testing.T) {
	f := &fakeStore{block: true}
	h := newTestHandler(t, f, func(c *Config) { c.Limits.Timeout = 150 * time.Millisecond })
	start := time.Now()
	res := post(t, h, `{ stats { claims } }`, nil)
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.Equal(t, CodeUnavailable, res.code(t))
	assert.Equal(t, "the request timed out", res.Errors[0].Message)
}

func TestReadToken(t *testing.T) {
	h := newTestHandler(t, &fakeStore{}, func(c *Config) { c.Auth.ReadToken = "reader" })
	assert.Equal(t, CodeUnauthenticated, post(t, h, `{ stats { claims } }`, nil).code(t))
	assert.Empty(t, post(t, h, `{ stats { claims } }`, nil, "Authorization", "Bearer reader").Errors)
	assert.Empty(t, post(t, h, `{ stats { claims } }`, nil, "Authorization", "Bearer s3cret").Errors)
	assert.Equal(t, CodeUnauthenticated, post(t, h, `{ stats { claims } }`, nil, "Authorization", "Bearer nope").code(t))
}

// Requests the transport rejects still carry a code of ours: a mutation
// over GET (with or without a token) and a body that is not JSON.
func TestTransportErrorsAreCoded(t *testing.T) {
	f := &fakeStore{}
	h := newTestHandler(t, f, nil)
	for _, auth := range []string{"", "Bearer s3cret"} {
		get := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(`mutation { retractClaim(id: "c", reason: "r") { id } }`), nil)
		get.Header.Set("Authorization", auth)
		res := serve(t, h, get)
		require.NotEmpty(t, res.Errors)
		assert.Equal(t, CodeInvalid, res.code(t), "auth %q", auth)
		assert.Contains(t, res.Errors[0].Message, "GET requests only allow query operations")
	}

	bad := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query": "{ stats { claims } }", "secret-echo`))
	bad.Header.Set("Content-Type", "application/json")
	res := serve(t, h, bad)
	assert.Equal(t, http.StatusBadRequest, res.Status)
	assert.Equal(t, CodeInvalid, res.code(t))
	assert.Contains(t, res.Errors[0].Message, "not a JSON object")
	assert.NotContains(t, res.Errors[0].Message, "secret-echo", "the body is not echoed")
	assert.Zero(t, f.calls.Load(), "no database call")
}

func TestLibraryErrorsAreInvalidArgumentWithReason(t *testing.T) {
	f := &fakeStore{}
	h := newTestHandler(t, f, nil)
	cases := map[string]string{
		"{ nosuchfield }":   "GRAPHQL_VALIDATION_FAILED",
		"{ stats { claims ": "GRAPHQL_PARSE_FAILED",
	}
	for query, reason := range cases {
		res := post(t, h, query, nil)
		require.NotEmpty(t, res.Errors, query)
		assert.Equal(t, CodeInvalid, res.code(t), query)
		assert.Equal(t, reason, res.Errors[0].Extensions["reason"], query)
	}
	assert.Zero(t, f.calls.Load(), "no database call")
}
