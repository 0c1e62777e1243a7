package graph

import (
	"fmt"
	"strings"
)

// claimTimeKeyCypher is the sort key of ClaimFilter.ByTime for the claim
// bound to `c`: its validFrom (undated claims last), then knownAt, then id,
// as one string that sorts the same way. ClaimTimeKey computes it in Go.
const claimTimeKeyCypher = `coalesce(toString(c.validFrom), '9999-99-99') + '|' +
  right('000000000000000' + toString(coalesce(c.knownAt.epochMillis, 0)), 15) + '|' + c.id`

// ClaimTimeKey is the key claims are ordered by with ClaimFilter.ByTime,
// and the cursor to pass as ClaimFilter.After for the page after c.
func ClaimTimeKey(c Claim) string {
	var b strings.Builder
	if c.ValidFrom != nil && !c.ValidFrom.IsZero() {
		b.WriteString(c.ValidFrom.Format("2006-01-02"))
	} else {
		b.WriteString("9999-99-99")
	}
	var ms int64
	if !c.KnownAt.IsZero() {
		ms = c.KnownAt.UnixMilli()
	}
	fmt.Fprintf(&b, "|%015d|%s", ms, c.ID)
	return b.String()
}
