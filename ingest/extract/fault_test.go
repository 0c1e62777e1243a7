package extract

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// panicCtx panics when Extract polls it, standing in for a rule's fault.
type panicCtx struct{ context.Context }

func (panicCtx) Err() error { panic("injected fault") }

// A fault inside the extractor fails that document with ErrFault and
// leaves the extractor usable for the next one.
func TestExtractRecoversFault(t *testing.T) {
	r := rules(t)
	pub := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	out, err := r.Extract(panicCtx{context.Background()}, Input{Text: "Microsoft invested $10 billion in OpenAI.", Published: pub})
	require.ErrorIs(t, err, ErrFault)
	require.ErrorContains(t, err, "injected fault")
	require.Empty(t, out.Relations)
	out, err = r.Extract(context.Background(), Input{Text: "Microsoft invested $10 billion in OpenAI.", Published: pub})
	require.NoError(t, err)
	require.NotNil(t, hasRel(out, "INVESTS_IN", "Microsoft", "OpenAI"))
}
