package ingest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/cigraph/cigraph/graph"
)

// progress reports a run as it goes: a progress bar on a terminal,
// periodic log lines otherwise.
type progress struct {
	cfg    Config
	mu     sync.Mutex
	total  int
	counts graph.IngestCounts
	bar    *progressbar.ProgressBar
	stop   chan struct{}
	done   sync.WaitGroup
}

func newProgress(cfg Config, trigger string) *progress {
	p := &progress{cfg: cfg, stop: make(chan struct{})}
	if cfg.Terminal && cfg.Progress != nil {
		p.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(cfg.Progress),
			progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish())
		return p
	}
	p.done.Go(func() { p.logLoop(trigger) })
	return p
}

func (p *progress) logLoop(trigger string) {
	t := time.NewTicker(p.cfg.LogEvery)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			c, total := p.counts, p.total
			p.mu.Unlock()
			p.cfg.Log.LogAttrs(context.Background(), 0, "ingest progress", countAttrs(trigger, total, c)...)
		}
	}
}

func (p *progress) queued(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total += n
	if p.bar != nil {
		p.bar.ChangeMax(p.total)
	}
}

func (p *progress) add(c graph.IngestCounts) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.counts.Add(c)
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("ingest: %d fetched, %d new, %d dup, %d failed, %d facts", p.counts.Fetched,
			p.counts.New, p.counts.Duplicate+p.counts.Syndicated, p.counts.Failed, p.counts.Facts))
		_ = p.bar.Add(1)
	}
}

func (p *progress) finish() {
	close(p.stop)
	p.done.Wait()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
