package graph_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cigraph/cigraph/graph"
)

func TestNormalizeName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Microsoft", "microsoft"},
		{"Microsoft Corp.", "microsoft"},
		{"Microsoft Corporation", "microsoft"},
		{"MICROSOFT, Inc.", "microsoft"},
		{"Microsoft's", "microsoft"},
		{"Microsoft\u2019s", "microsoft"},
		{"the Walt Disney Company", "walt disney"},
		{"The Information", "information"},
		{"Alibaba Group Holding", "alibaba group holding"},
		{"Alibaba Group Holdings Ltd", "alibaba"},
		{"Siemens AG", "siemens"},
		{"Volkswagen GmbH", "volkswagen"},
		{"AT&T", "at and t"},
		{"GPT-4", "gpt-4"},
		{"Microsoft 365", "microsoft 365"},
		{"  Azure   OpenAI  Service ", "azure openai service"},
		{"\u201cCopilot\u201d", "copilot"},
		{"Group", "group"}, // a suffix alone is the name
		{"Co.", "co"},
		{"", ""},
		{"...", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, graph.NormalizeName(c.in), "NormalizeName(%q)", c.in)
	}
}

func TestCanonicalName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Microsoft Corp.", "Microsoft"},
		{"Microsoft Corporation", "Microsoft"},
		{"Apple Inc", "Apple"},
		{"Foxconn Technology Group", "Foxconn Technology"},
		{"Azure OpenAI Service", "Azure OpenAI Service"},
		{"Holiday  Extras", "Holiday Extras"},
		{"Barclays PLC,", "Barclays"},
		{"Group", "Group"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, graph.CanonicalName(c.in), "CanonicalName(%q)", c.in)
	}
}

func TestEntityIDAndNameKey(t *testing.T) {
	assert.Equal(t, "org:microsoft", graph.EntityID(graph.Org, "Microsoft Corp."))
	assert.Equal(t, "product:azure-openai-service", graph.EntityID(graph.Product, "Azure OpenAI Service"))
	assert.Equal(t, "product:microsoft-365", graph.EntityID(graph.Product, "Microsoft 365"))
	assert.Equal(t, "person:satya-nadella", graph.EntityID(graph.Person, "Satya Nadella"))
	assert.Equal(t, "product:gpt-4", graph.EntityID(graph.Product, "GPT-4"))
	assert.Equal(t, "org:at-and-t", graph.EntityID(graph.Org, "AT&T"))
	assert.NotEqual(t, graph.NameKey(graph.Org, "Microsoft"), graph.NameKey(graph.Product, "Microsoft"))
	assert.NotEqual(t, graph.NameKey(graph.Org, "Microsoft"), graph.NameKey(graph.Org, "Microsoft 365"))
	assert.Equal(t, graph.NameKey(graph.Org, "Microsoft"), graph.NameKey(graph.Org, "the Microsoft Corp."))
	assert.Regexp(t, `^org:x[0-9a-f]{12}$`, graph.EntityID(graph.Org, "!!!"))
}

func TestCanonicalURLAndIDs(t *testing.T) {
	u, err := graph.CanonicalURL("HTTPS://News.Example.COM:443/a/b?utm_source=x&id=7&utm_medium=y#top")
	assert.NoError(t, err)
	assert.Equal(t, "https://news.example.com/a/b?id=7", u)
	u2, _ := graph.CanonicalURL("https://news.example.com/a/b?id=7")
	assert.Equal(t, graph.ArticleID(u, ""), graph.ArticleID(u2, "other"))
	assert.Regexp(t, `^a:[0-9a-f]{16}$`, graph.ArticleID("", graph.ContentHash("some text")))
	assert.Equal(t, graph.ContentHash("a  b\nc"), graph.ContentHash(" a b c "))
}
