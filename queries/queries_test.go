package queries

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/cigraph/cigraph/graph"
)

func TestNamesAreTheShippedQueries(t *testing.T) {
	assert.Equal(t, []string{"concentration", "coopetition", "dependencies", "exposure", "switches", "timeline"}, Names())
	_, err := Get("nope")
	require.ErrorIs(t, err, graph.ErrNotFound)
	_, err = Get("../queries")
	require.ErrorIs(t, err, graph.ErrInvalid)
}

// Every named query must validate against the API's schema files.
func TestNamedQueriesValidateAgainstSchema(t *testing.T) {
	paths, err := filepath.Glob("../gqlschema/*.graphqls")
	require.NoError(t, err)
	require.NotEmpty(t, paths, "the API schema is in ../gqlschema")
	var sources []*ast.Source
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		sources = append(sources, &ast.Source{Name: p, Input: string(b)})
	}
	schema, gerr := gqlparser.LoadSchema(sources...)
	require.Nil(t, gerr)
	for _, n := range Names() {
		doc, err := Get(n)
		require.NoError(t, err)
		_, errs := gqlparser.LoadQuery(schema, doc)
		assert.Empty(t, errs, "named query %s", n)
	}
}

func TestDescribe(t *testing.T) {
	infos, err := Describe()
	require.NoError(t, err)
	require.Len(t, infos, 6)
	var exp Info
	for _, i := range infos {
		assert.NotEmpty(t, i.Description, i.Name)
		if i.Name == "exposure" {
			exp = i
		}
	}
	require.Len(t, exp.Variables, 5)
	assert.Equal(t, Variable{Name: "supplier", Type: "String!", Required: true}, exp.Variables[0])
	assert.True(t, strings.HasPrefix(exp.Description, "How much of a supplier's revenue"))
}

const typed = `query q($s: String!, $n: Int = 3, $f: Float, $b: Boolean, $l: [String!], $d: Direction) { x }`

func TestVarsAreTypedByDeclaration(t *testing.T) {
	got, err := Vars(typed, "", map[string]any{"s": "from file", "f": 1.0},
		map[string]string{"s": "TikTok", "n": "7", "f": "2.5", "b": "true", "l": "CUSTOMER_OF, USES", "d": "UPSTREAM"})
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"s": "TikTok", "n": int64(7), "f": 2.5, "b": true,
		"l": []any{"CUSTOMER_OF", "USES"}, "d": "UPSTREAM"}, got)

	got, err = Vars(typed, "", nil, map[string]string{"s": "123", "l": `["A","B"]`})
	require.NoError(t, err)
	assert.Equal(t, "123", got["s"], "a String stays a string even when it looks like a number")
	assert.Equal(t, []any{"A", "B"}, got["l"])
}

func TestVarsErrors(t *testing.T) {
	for name, raw := range map[string]map[string]string{
		"missing required": {"n": "1"},
		"unknown":          {"s": "x", "zzz": "1"},
		"bad int":          {"s": "x", "n": "seven"},
		"bad bool":         {"s": "x", "b": "maybe"},
	} {
		_, err := Vars(typed, "", nil, raw)
		require.ErrorIs(t, err, graph.ErrInvalid, name)
	}
	_, err := Vars("query a { x } query b { y }", "", nil, nil)
	require.ErrorIs(t, err, graph.ErrInvalid, "two operations and no name")
	_, err = Vars("query a { x } query b { y }", "b", nil, nil)
	require.NoError(t, err)
	_, err = Vars("query {", "", nil, nil)
	require.ErrorIs(t, err, graph.ErrInvalid)
}
