package ingest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest/fetch"
	"github.com/cigraph/cigraph/ingest/sources"
)

// Meta overrides document metadata (the flags of `cigraph ingest FILE`);
// empty fields override nothing.
type Meta struct {
	URL       string
	Title     string
	Publisher string
	Published time.Time
}

// RunOptions describe one run.
type RunOptions struct {
	Trigger string // recorded on the run: cli, schedule, serve, test
	Meta    Meta
}

// sourceRun accumulates one source's results during a run.
type sourceRun struct {
	src      *sources.Source
	prev     graph.SourceState
	mu       sync.Mutex
	res      graph.SourceRun
	srcErr   error           // the source itself failed (feed, sitemap, folder)
	validate *fetch.Response // validators of the source document, saved on success
	retry    []string        // item URLs that failed this run, retried next run
}

// itemFailed remembers a failed feed or sitemap item so the next run
// retries it even when the source answers 304.
func (s *sourceRun) itemFailed(j job) {
	url := first(j.url, j.hint.link)
	if url == "" || j.path != "" || !s.src.HasItems() {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.retry) < graph.MaxRetryItems && !slices.Contains(s.retry, url) {
		s.retry = append(s.retry, url)
	}
}

func (s *sourceRun) add(c graph.IngestCounts, errMsg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.res.Add(c)
	if errMsg != "" && len(s.res.Errors) < graph.MaxRunErrors {
		s.res.Errors = append(s.res.Errors, errMsg)
	}
}

// job is one document to process.
type job struct {
	sr   *sourceRun
	url  string // a page to fetch
	path string // a local file to read
	hint docHint
}

// RunOnce runs the given sources once, whatever their schedule, and
// records the run. Cancelling ctx stops new work; documents in flight are
// finished (within the article timeout) or abandoned whole, and the run is
// still recorded. The returned error is only for failures to record; the
// run's own failures are in its counts and Sources.
func (p *Pipeline) RunOnce(ctx context.Context, srcs []*sources.Source, opt RunOptions) (graph.IngestRun, error) {
	run := graph.IngestRun{ID: newRunID(p.now()), StartedAt: p.now().UTC(), Trigger: opt.Trigger}
	states, err := p.store.SourceStates(ctx)
	if err != nil {
		return run, fmt.Errorf("ingest run: %w", err)
	}
	runs := make([]*sourceRun, len(srcs))
	for i, s := range srcs {
		runs[i] = &sourceRun{src: s, prev: states[s.ID()], res: graph.SourceRun{SourceID: s.ID(), Name: s.Name}}
	}
	prog := newProgress(p.cfg, opt.Trigger)
	p.execute(ctx, runs, opt, prog)
	prog.finish()
	return p.finishRun(ctx, run, runs)
}

// execute expands sources on producer goroutines and processes documents
// on a bounded pool of workers.
func (p *Pipeline) execute(ctx context.Context, runs []*sourceRun, opt RunOptions, prog *progress) {
	jobs := make(chan job)
	var workers sync.WaitGroup
	for range p.cfg.Workers {
		workers.Go(func() {
			for j := range jobs {
				c, msg := p.process(ctx, j, opt.Meta)
				j.sr.add(c, msg)
				if c.Failed > 0 {
					j.sr.itemFailed(j)
				}
				prog.add(c)
			}
		})
	}
	var producers sync.WaitGroup
	sem := make(chan struct{}, p.cfg.Workers)
	for _, sr := range runs {
		producers.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			p.expand(ctx, sr, jobs, prog)
		})
	}
	producers.Wait()
	close(jobs)
	workers.Wait()
}

// emit queues a job unless the run is cancelled.
func emit(ctx context.Context, jobs chan<- job, j job, prog *progress) bool {
	prog.queued(1)
	select {
	case jobs <- j:
		return true
	case <-ctx.Done():
		return false
	}
}

func (p *Pipeline) finishRun(ctx context.Context, run graph.IngestRun, runs []*sourceRun) (graph.IngestRun, error) {
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	run.Status = "ok"
	var errs []error
	for _, sr := range runs {
		if errors.Is(sr.srcErr, context.Canceled) {
			sr.srcErr = nil // shutdown, not a failure of the source
		}
		if sr.srcErr != nil {
			sr.res.Failed++
			sr.res.Errors = append([]string{sr.srcErr.Error()}, sr.res.Errors...)
		}
		run.IngestCounts.Add(sr.res.IngestCounts)
		run.Sources = append(run.Sources, sr.res)
		if err := p.store.SaveSourceState(wctx, p.nextState(sr, ctx.Err() != nil)); err != nil {
			errs = append(errs, err)
		}
	}
	if run.Failed > 0 {
		run.Status = "partial"
	}
	if ctx.Err() != nil {
		run.Status = "cancelled"
	}
	run.EndedAt = p.now().UTC()
	if err := p.store.RecordIngestRun(wctx, run); err != nil {
		errs = append(errs, err)
	}
	p.cfg.Log.InfoContext(ctx, "ingest run done", "run", run.ID, "status", run.Status, "fetched", run.Fetched,
		"new", run.New, "duplicate", run.Duplicate, "syndicated", run.Syndicated, "failed", run.Failed,
		"facts", run.Facts, "took", run.EndedAt.Sub(run.StartedAt).Round(time.Millisecond))
	if p.cfg.OnRun != nil {
		p.cfg.OnRun(run)
	}
	return run, errors.Join(errs...)
}

// nextState is a source's state after this run: the validators of a
// source document that was read are kept even when some of its items
// failed, since those items are remembered in Retry and fetched again next
// run whatever the source answers; failures of the source itself back off
// exponentially.
func (p *Pipeline) nextState(sr *sourceRun, cancelled bool) graph.SourceState {
	now := p.now().UTC()
	st := sr.prev
	st.ID, st.Name, st.Kind, st.Location = sr.src.ID(), sr.src.Name, sr.src.Kind, sr.src.Location
	st.Publisher, st.Trust, st.LastCheck = sr.src.Publisher, sr.src.Trust, &now
	next := sr.src.Next(now)
	switch {
	case cancelled && sr.srcErr == nil:
		next = now // not finished: due again at once
	case sr.srcErr != nil:
		st.ErrorCount++
		st.LastError = sr.srcErr.Error()
		next = now.Add(max(fetch.Backoff(st.ErrorCount, time.Minute, p.cfg.MaxBackoff), fetch.RetryAfterOf(sr.srcErr)))
	default:
		st.ErrorCount, st.LastError, st.LastSuccess = 0, "", &now
		if sr.validate != nil {
			st.ETag, st.LastMod = sr.validate.ETag, sr.validate.LastModified
		}
		st.Retry = sr.retry
	}
	st.NextCheck = &next
	return st
}

func newRunID(t time.Time) string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return "run:" + t.UTC().Format("20060102T150405.000Z") + "-" + hex.EncodeToString(b)
}
