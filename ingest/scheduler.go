package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest/sources"
)

// ScheduleConfig says when the scheduler wakes up. With neither set it
// wakes every Tick (default 1m) and runs the sources that are due by their
// own interval, cron or backoff.
type ScheduleConfig struct {
	Every   time.Duration // wake every Every
	Cron    string        // or on a 5-field cron expression
	Tick    time.Duration
	Trigger string // recorded on runs, default "schedule"
}

// Scheduler runs sources unattended until its context ends: `cigraph
// ingest --sources F --every 15m` and `cigraph serve --sources F` use it.
type Scheduler struct {
	p     *Pipeline
	srcs  []*sources.Source
	cfg   ScheduleConfig
	sched cron.Schedule
}

// NewScheduler validates the schedule.
func NewScheduler(p *Pipeline, srcs []*sources.Source, cfg ScheduleConfig) (*Scheduler, error) {
	s := &Scheduler{p: p, srcs: srcs, cfg: cfg}
	if cfg.Trigger == "" {
		s.cfg.Trigger = "schedule"
	}
	if cfg.Tick <= 0 {
		s.cfg.Tick = time.Minute
	}
	if cfg.Cron != "" {
		sched, err := sources.ParseCron(cfg.Cron)
		if err != nil {
			return nil, err
		}
		s.sched = sched
	}
	if cfg.Every < 0 {
		return nil, fmt.Errorf("%w: negative interval %s", sources.ErrInvalid, cfg.Every)
	}
	return s, nil
}

// Run checks due sources now and at every wake-up until ctx ends, then
// returns nil (a run in progress finishes its documents first).
func (s *Scheduler) Run(ctx context.Context) error {
	for {
		if _, err := s.RunDue(ctx); err != nil {
			s.p.cfg.Log.WarnContext(ctx, "ingest run not recorded", "err", err)
		}
		wait := time.Until(s.next(time.Now()))
		s.p.cfg.Log.DebugContext(ctx, "scheduler sleeping", "for", wait.Round(time.Second))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// RunDue runs the sources that are due (never checked, or past their next
// check) and reports how many ran.
func (s *Scheduler) RunDue(ctx context.Context) (int, error) {
	states, err := s.p.store.SourceStates(ctx)
	if err != nil {
		return 0, fmt.Errorf("scheduler: %w", err)
	}
	now := s.p.now()
	var due []*sources.Source
	for _, src := range s.srcs {
		if s.due(states[src.ID()], now) {
			due = append(due, src)
		}
	}
	if len(due) == 0 || ctx.Err() != nil {
		return 0, nil
	}
	_, err = s.p.RunOnce(ctx, due, RunOptions{Trigger: s.cfg.Trigger})
	return len(due), err
}

// due: never checked or past the next check; with an explicit --every or
// --cron the wake-up is the schedule and only a backing-off source waits.
func (s *Scheduler) due(st graph.SourceState, now time.Time) bool {
	if st.NextCheck == nil || !st.NextCheck.After(now) {
		return true
	}
	explicit := s.sched != nil || s.cfg.Every > 0
	return explicit && st.ErrorCount == 0
}

func (s *Scheduler) next(now time.Time) time.Time {
	switch {
	case s.sched != nil:
		return s.sched.Next(now)
	case s.cfg.Every > 0:
		return now.Add(s.cfg.Every)
	}
	return now.Add(s.cfg.Tick)
}
