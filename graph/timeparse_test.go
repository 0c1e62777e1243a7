package graph_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

func TestParseValidTime(t *testing.T) {
	cases := []struct{ in, from, to string }{
		{"2024", "2024-01-01", "2025-01-01"},
		{"FY2024", "2024-01-01", "2025-01-01"},
		{"fy2023", "2023-01-01", "2024-01-01"},
		{"2024-Q1", "2024-01-01", "2024-04-01"},
		{"2024-q4", "2024-10-01", "2025-01-01"},
		{"2024-H2", "2024-07-01", "2025-01-01"},
		{"2024-03", "2024-03-01", "2024-04-01"},
		{"2024-12", "2024-12-01", "2025-01-01"},
		{"2024-02-29", "2024-02-29", "2024-03-01"},
		{" 2024-03-12 ", "2024-03-12", "2024-03-13"},
	}
	for _, c := range cases {
		from, to, err := graph.ParseValidTime(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.from, from.Format(time.DateOnly), "from of %q", c.in)
		assert.Equal(t, c.to, to.Format(time.DateOnly), "to of %q", c.in)
	}
	from, to, err := graph.ParseValidTime("")
	assert.NoError(t, err)
	assert.Nil(t, from)
	assert.Nil(t, to)
	for _, bad := range []string{"2024-13", "2024-Q5", "2023-02-29", "March 2024", "24", "FY2024-Q1", "2024-Q1-03", "2024-03-00"} {
		_, _, err := graph.ParseValidTime(bad)
		assert.Error(t, err, bad)
	}
}

func TestParsePublished(t *testing.T) {
	got, err := graph.ParsePublished("2024-06-27")
	require.NoError(t, err)
	assert.Equal(t, time.Date(2024, 6, 27, 0, 0, 0, 0, time.UTC), got)
	got, err = graph.ParsePublished("2024-06-27T10:30:00+02:00")
	require.NoError(t, err)
	assert.Equal(t, time.Date(2024, 6, 27, 8, 30, 0, 0, time.UTC), got)
	for _, bad := range []string{"27/06/2024", "2024-06", "yesterday"} {
		_, err := graph.ParsePublished(bad)
		assert.Error(t, err, bad)
	}
}
