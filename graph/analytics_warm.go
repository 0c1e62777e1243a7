package graph

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// warmName names no entity: the warm-up statements run end to end and
// return nothing.
const warmName = "cigraph warm-up probe (no such entity)"

// Warm runs each analytics statement once with a name that matches
// nothing, so Neo4j plans and caches it before the first user asks: on a
// large graph, planning one of these statements takes seconds, running it
// again after that takes milliseconds (BenchmarkAnalyticsAtScale). It
// returns how long that took; a statement that fails is an error.
func (s *Store) Warm(ctx context.Context) (time.Duration, error) {
	t0 := time.Now()
	calls := []func() error{
		func() error { _, err := s.Exposure(ctx, ExposureQuery{Supplier: warmName, To: warmName}); return err },
		func() error { _, err := s.Concentration(ctx, ConcentrationQuery{Supplier: warmName}); return err },
		func() error { _, err := s.Switches(ctx, warmName); return err },
		func() error { _, err := s.Coopetition(ctx, warmName); return err },
	}
	for _, dir := range []Direction{Downstream, Upstream} {
		calls = append(calls, func() error {
			_, err := s.Dependencies(ctx, DependencyQuery{Of: warmName, Direction: dir})
			return err
		})
	}
	for _, call := range calls {
		if err := call(); err != nil && !errors.Is(err, ErrNotFound) {
			return time.Since(t0), fmt.Errorf("warm analytics: %w", err)
		}
	}
	return time.Since(t0), nil
}
