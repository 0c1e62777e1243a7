package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph/graphtest"
)

// cliEnv is an Env with separate stdout and stderr buffers.
func cliEnv(stdin string, vars map[string]string) (*Env, *bytes.Buffer, *bytes.Buffer) {
	out, errb := &bytes.Buffer{}, &bytes.Buffer{}
	return &Env{Stdin: strings.NewReader(stdin), Stdout: out, Stderr: errb,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(k string) string { return vars[k] }}, out, errb
}

// stubServer answers every GraphQL POST with answer and records the request.
type stubServer struct {
	status int
	answer string
	body   map[string]any
	auth   string
	path   string
}

func (s *stubServer) start(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.path, s.auth = r.URL.Path, r.Header.Get("Authorization")
		_ = json.NewDecoder(r.Body).Decode(&s.body)
		w.WriteHeader(s.status)
		_, _ = io.WriteString(w, s.answer)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

const concentrationAnswer = `{"data":{"concentration":{"supplier":{"name":"Globex"},"hhi":650.5,
 "customers":[{"customer":{"name":"Acme"},"share":{"value":25},"claims":[{"evidence":"Acme, a big buyer."}]},
              {"customer":{"name":"Initech"},"share":{"value":2.4e+00},"claims":[]}]}}}`

func TestQueryNamedAgainstServerPrintsCSV(t *testing.T) {
	stub := &stubServer{status: 200, answer: concentrationAnswer}
	url := stub.start(t)
	env, out, _ := cliEnv("", map[string]string{"CIGRAPH_TOKEN": "sekret"})
	err := run(context.Background(), env, []string{"query", "--server", url, "--named", "concentration",
		"--var", "supplier=Globex", "--var", "topN=2", "--format", "csv"})
	require.NoError(t, err)
	assert.Equal(t, "supplier.name,hhi,customers#,customers.customer.name,customers.share.value,customers.claims.evidence\n"+
		"Globex,650.5,0,Acme,25,\"Acme, a big buyer.\"\nGlobex,650.5,1,Initech,2.4,\n", out.String())
	assert.Equal(t, "/graphql", stub.path)
	assert.Equal(t, "Bearer sekret", stub.auth)
	assert.Equal(t, map[string]any{"supplier": "Globex", "topN": float64(2)}, stub.body["variables"])
	assert.Contains(t, stub.body["query"], "query concentration(")
}

func TestQueryDocumentSources(t *testing.T) {
	stub := &stubServer{status: 200, answer: `{"data":{"search":[{"name":"Acme","type":"ORG"},{"name":"Acme Cloud","type":"PRODUCT"}]}}`}
	url := stub.start(t)
	file := filepath.Join(t.TempDir(), "q.graphql")
	require.NoError(t, os.WriteFile(file, []byte(`query($t: String!) { search(text: $t) { name type } }`), 0o644))
	vars := filepath.Join(t.TempDir(), "vars.json")
	require.NoError(t, os.WriteFile(vars, []byte(`{"t": "ac"}`), 0o644))

	for name, args := range map[string][]string{
		"file":  {file, "--vars", vars},
		"-e":    {"-e", `query($t: String!) { search(text: $t) { name type } }`, "--var", "t=ac"},
		"stdin": {"-", "--var", "t=ac"},
	} {
		env, out, _ := cliEnv(`query($t: String!) { search(text: $t) { name type } }`, nil)
		require.NoError(t, run(context.Background(), env, append([]string{"query", "--server", url, "--format", "ndjson"}, args...)), name)
		assert.Equal(t, "{\"name\":\"Acme\",\"type\":\"ORG\"}\n{\"name\":\"Acme Cloud\",\"type\":\"PRODUCT\"}\n", out.String(), name)
		assert.Equal(t, map[string]any{"t": "ac"}, stub.body["variables"], name)
	}
}

func TestQueryFailures(t *testing.T) {
	gqlErr := &stubServer{status: 200, answer: `{"errors":[{"message":"entity \"Nobody\" not found","extensions":{"code":"NOT_FOUND"}}],"data":null}`}
	down := &stubServer{status: 502, answer: "upstream is down"}
	gqlURL, downURL := gqlErr.start(t), down.start(t)
	cases := map[string]struct {
		args []string
		code int
		want string
	}{
		"graphql error": {[]string{"--server", gqlURL, "-e", "{ stats { claims } }"}, 1, `entity "Nobody" not found [NOT_FOUND]`},
		"bad gateway":   {[]string{"--server", downURL, "-e", "{ stats { claims } }"}, 1, "502 Bad Gateway: upstream is down"},
		"bad var":       {[]string{"--server", gqlURL, "--named", "concentration", "--var", "supplier=S", "--var", "topN=many"}, 2, `"many" is not a Int`},
		"missing var":   {[]string{"--server", gqlURL, "--named", "exposure", "--var", "supplier=S"}, 2, "$to (String!) is required"},
		"unknown named": {[]string{"--server", gqlURL, "--named", "nope"}, 2, "not found"},
		"bad format":    {[]string{"--server", gqlURL, "-e", "{ x }", "--format", "xml"}, 2, `--format "xml"`},
		"two sources":   {[]string{"--server", gqlURL, "-e", "{ x }", "--named", "exposure"}, 2, "give one of"},
		"empty stdin":   {[]string{"--server", gqlURL}, 2, "empty document"},
		"bad server":    {[]string{"--server", "localhost", "-e", "{ x }"}, 2, "want a URL"},
	}
	for name, c := range cases {
		env, out, errb := cliEnv("", nil)
		err := run(context.Background(), env, append([]string{"query"}, c.args...))
		require.Error(t, err, name)
		assert.Equal(t, c.code, exitCode(env, err), name)
		assert.Contains(t, errb.String(), c.want, name)
		assert.Empty(t, out.String(), name)
	}
}

func TestQueryList(t *testing.T) {
	env, out, _ := cliEnv("", nil)
	require.NoError(t, run(context.Background(), env, []string{"query", "--list"}))
	assert.Contains(t, out.String(), "exposure($supplier: String!, $to: String!, $product: String, $asOf: String, $knownAt: String)")
	assert.Contains(t, out.String(), "concentration($supplier: String!, $product: String, $asOf: String, $knownAt: String, $topN: Int)")
	assert.Equal(t, 6, strings.Count(out.String(), "\n    "))
}

// Direct mode: no server, the API's handler runs in-process on the real graph.
func TestQueryDirectOnTheGraph(t *testing.T) {
	loadGold(t)
	env, out, errb := cliEnv("", map[string]string{"NEO4J_URI": graphtest.URI(t)})
	err := run(context.Background(), env, []string{"query", "--named", "exposure", "--var", "supplier=Microsoft",
		"--var", "to=ByteDance", "--var", "product=Azure OpenAI Service", "--format", "csv"})
	require.NoError(t, err, errb.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Greater(t, len(lines), 2)
	assert.True(t, strings.HasPrefix(lines[0], "supplier.name,group.name,product.name,statedShare.value"), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "Microsoft,ByteDance,Azure OpenAI Service,25,"), lines[1])
	assert.Contains(t, out.String(), "TikTok")

	env, _, errb = cliEnv("", map[string]string{"NEO4J_URI": graphtest.URI(t)})
	err = run(context.Background(), env, []string{"query", "--named", "exposure", "--var", "supplier=Nobody", "--var", "to=TikTok"})
	require.Error(t, err)
	assert.Equal(t, 1, exitCode(env, err))
	assert.Contains(t, errb.String(), "NOT_FOUND")
}
