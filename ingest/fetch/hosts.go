package fetch

import (
	"context"
	"sync"
	"time"
)

// hostLimiter bounds concurrent requests per host and spaces them out.
type hostLimiter struct {
	per   int
	delay time.Duration
	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	sem  chan struct{}
	mu   sync.Mutex
	next time.Time
}

func newHostLimiter(per int, delay time.Duration) *hostLimiter {
	return &hostLimiter{per: per, delay: delay, hosts: map[string]*hostSlot{}}
}

func (l *hostLimiter) slot(host string) *hostSlot {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, ok := l.hosts[host]
	if !ok {
		s = &hostSlot{sem: make(chan struct{}, l.per)}
		l.hosts[host] = s
	}
	return s
}

// acquire takes one of the host's slots and waits out the host delay; the
// returned function gives the slot back.
func (l *hostLimiter) acquire(ctx context.Context, host string) (func(), error) {
	s := l.slot(host)
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-s.sem }
	s.mu.Lock()
	now := time.Now()
	start := now
	if s.next.After(now) {
		start = s.next
	}
	s.next = start.Add(l.delay)
	s.mu.Unlock()
	if err := sleep(ctx, start.Sub(now)); err != nil {
		release()
		return nil, err
	}
	return release, nil
}
