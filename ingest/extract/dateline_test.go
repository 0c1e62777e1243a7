package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestDatelines: the upper-case city of a wire dateline is no entity and
// never the subject of the story's first fact; a company named in capitals
// before a dash stays one.
func TestDatelines(t *testing.T) {
	for _, line := range []string{
		"SAN JOSE, Calif., Sept 21 (Wire) - ",
		"SAN FRANCISCO (Wire) - ",
		"FRANKFURT, Sept 21 (Wire) - ",
		"NEW YORK, March 3 — ",
		"SEATTLE -- ",
		"WASHINGTON, D.C. (Wire) — ",
	} {
		text := line + "Zeta Systems said on Thursday it would acquire Omega Labs."
		out := run(t, text, "2023-09-21")
		assert.NotNil(t, hasRel(out, graph.Acquires, "Zeta Systems", "Omega Labs"), "%s: %+v", text, out.Relations)
		assert.Len(t, out.Entities, 2, "%s: %+v", text, out.Entities)
	}
	out := run(t, "IBM - the company said it would acquire Omega Labs.", "2023-09-21")
	assert.NotNil(t, hasRel(out, graph.Acquires, "IBM", "Omega Labs"), "%+v", out.Relations)
}
