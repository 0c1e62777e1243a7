package queries

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func data(t *testing.T, s string) any {
	t.Helper()
	resp, err := ParseResponse(strings.NewReader(s))
	require.NoError(t, err)
	require.NoError(t, resp.Err())
	return resp.Data
}

func csvOf(t *testing.T, d any) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, Write(&b, FormatCSV, d))
	return b.String()
}

func TestFlattenListOfObjects(t *testing.T) {
	d := data(t, `{"data":{"search":[{"name":"B","type":"ORG","aliases":["B","Bee"]},{"name":"A","type":"PRODUCT","aliases":[]}]}}`)
	assert.Equal(t, "name,type,aliases\nB,ORG,B|Bee\nA,PRODUCT,\n", csvOf(t, d))
}

func TestFlattenNestedListsStackAndRepeatParents(t *testing.T) {
	d := data(t, `{"data":{"concentration":{
		"supplier":{"name":"S"},"hhi":900,
		"customers":[
			{"customer":{"name":"C1"},"share":{"value":25.5},"claims":[{"evidence":"one"},{"evidence":"two"}]},
			{"customer":{"name":"C2"},"share":null,"claims":[]}],
		"revenueClaims":[{"evidence":"rev"}]}}}`)
	tab := Flatten(d)
	assert.Equal(t, []string{"supplier.name", "hhi", "customers#", "customers.customer.name", "customers.share.value",
		"customers.claims.evidence", "customers.share", "revenueClaims.evidence"}, tab.Columns)
	want := "supplier.name,hhi,customers#,customers.customer.name,customers.share.value,customers.claims.evidence,customers.share,revenueClaims.evidence\n" +
		"S,900,0,C1,25.5,one,,\n" +
		"S,900,0,C1,25.5,two,,\n" +
		"S,900,1,C2,,,,\n" +
		"S,900,,,,,,rev\n"
	assert.Equal(t, want, csvOf(t, d))
}

// Paths of hops of claims: every row says which path and which hop it
// belongs to, even when two paths run through the same hops.
func TestFlattenIndexesListsOfListHolders(t *testing.T) {
	d := data(t, `{"data":{"dependencies":[
		{"hops":[{"from":{"name":"A"},"to":{"name":"B"},"claims":[{"id":"c1"},{"id":"c2"}]}]},
		{"hops":[{"from":{"name":"A"},"to":{"name":"B"},"claims":[{"id":"c1"},{"id":"c2"}]},
		         {"from":{"name":"B"},"to":{"name":"C"},"claims":[]}]}]}}`)
	want := "dependencies#,hops#,hops.from.name,hops.to.name,hops.claims.id\n" +
		"0,0,A,B,c1\n0,0,A,B,c2\n" +
		"1,0,A,B,c1\n1,0,A,B,c2\n1,1,B,C,\n"
	assert.Equal(t, want, csvOf(t, d))
	flat := `{"data":{"search":[{"name":"A","owner":{"name":"B"}},{"name":"C","tags":[]}]}}`
	assert.Equal(t, "name,owner.name\nA,B\nC,\n", csvOf(t, data(t, flat)), "no index without nested lists")
}

func TestFlattenObjectWithoutListsIsOneRow(t *testing.T) {
	d := data(t, `{"data":{"stats":{"entities":3,"claims":5}}}`)
	tab := Flatten(d)
	require.Len(t, tab.Rows, 1)
	assert.Equal(t, []string{"entities", "claims"}, tab.Columns)
}

func TestFlattenSeveralTopLevelFieldsKeepTheirNames(t *testing.T) {
	d := data(t, `{"data":{"a":{"edges":[{"node":{"id":"1"}}]},"b":{"edges":[{"node":{"id":"2"}},{"node":{"id":"3"}}]}}}`)
	assert.Equal(t, "a.edges.node.id,b.edges.node.id\n1,\n,2\n,3\n", csvOf(t, d))
}

func TestCSVWritesPlainNumbers(t *testing.T) {
	d := data(t, `{"data":{"x":[{"a":2.4e+08,"b":1E-3,"c":12}]}}`)
	assert.Equal(t, "a,b,c\n240000000,0.001,12\n", csvOf(t, d))
}

func TestFlattenScalarsAndNull(t *testing.T) {
	assert.Equal(t, "version\n1.2\n", csvOf(t, data(t, `{"data":{"version":"1.2"}}`)))
	assert.Empty(t, Flatten(data(t, `{"data":{"exposure":null}}`)).Rows)
	assert.Equal(t, "", csvOf(t, data(t, `{"data":{"search":[]}}`)))
}

func TestNDJSONKeepsOrderAndTypes(t *testing.T) {
	d := data(t, `{"data":{"x":[{"z":1,"a":{"b":true,"c":null}},{"z":2.50,"a":{"b":false,"c":"s"}}]}}`)
	var b bytes.Buffer
	require.NoError(t, Write(&b, FormatNDJSON, d))
	assert.Equal(t, "{\"z\":1,\"a.b\":true,\"a.c\":null}\n{\"z\":2.50,\"a.b\":false,\"a.c\":\"s\"}\n", b.String())
}

func TestJSONIsTheDataIndented(t *testing.T) {
	d := data(t, `{"data":{"b":1,"a":"<&>"}}`)
	var b bytes.Buffer
	require.NoError(t, Write(&b, FormatJSON, d))
	assert.Equal(t, "{\n  \"b\": 1,\n  \"a\": \"<&>\"\n}\n", b.String())
	require.Error(t, Write(&b, "xml", d))
}

func TestGraphQLErrorsBecomeAnError(t *testing.T) {
	resp, err := ParseResponse(strings.NewReader(`{"errors":[{"message":"no such entity","path":["exposure"],"extensions":{"code":"NOT_FOUND"}}],"data":{"exposure":null}}`))
	require.NoError(t, err)
	err = resp.Err()
	require.ErrorIs(t, err, ErrGraphQL)
	assert.Equal(t, `graphql error: no such entity [NOT_FOUND] at ["exposure"]`, err.Error())
	_, err = ParseResponse(strings.NewReader(`[1]`))
	require.Error(t, err)
}
