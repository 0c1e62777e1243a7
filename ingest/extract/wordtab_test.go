package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWordTableMatchesMap(t *testing.T) {
	lx := rules(t).lx
	for _, c := range []struct {
		m   map[string]uint64
		tab *wordTable
	}{{lx.cls, lx.clsT}, {lx.capCls, lx.capT}} {
		require.NotEmpty(t, c.m)
		for k, v := range c.m {
			got, ok := c.tab.get(k)
			require.True(t, ok, k)
			require.Equal(t, v, got, k)
		}
		for _, miss := range []string{"zzqx", "Acquiredd", "x", "", "a-very-long-word-nobody-uses"} {
			_, inMap := c.m[miss]
			_, inTab := c.tab.get(miss)
			assert.Equal(t, inMap, inTab, miss)
		}
	}
}

func TestWordTableEmptyKey(t *testing.T) {
	tab := newWordTable(map[string]uint64{"": 0, "acme": 3})
	v, ok := tab.get("")
	assert.True(t, ok)
	assert.Zero(t, v)
	v, ok = tab.get("acme")
	assert.True(t, ok)
	assert.Equal(t, uint64(3), v)
	_, ok = tab.get("acm")
	assert.False(t, ok)
}

func TestWordHash4to8(t *testing.T) {
	for _, w := range []string{"abcd", "acme", "Apple", "nvidia", "acquire", "acquired", "12345678", "zz-top"} {
		h, v := wordHash(w)
		h2, v2 := wordHash4to8(w)
		assert.Equal(t, h, h2, w)
		assert.Equal(t, v, v2, w)
	}
}
