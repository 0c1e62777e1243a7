package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest"
	"github.com/cigraph/cigraph/ingest/article"
	"github.com/cigraph/cigraph/ingest/extract"
	"github.com/cigraph/cigraph/ingest/fetch"
	"github.com/cigraph/cigraph/ingest/sources"
)

func init() {
	ingestOther = runIngestPipeline
}

const pipelineUsage = `usage: cigraph ingest [--published DATE] [--url URL] [--title T] [--publisher P] [--data DIR] FILE|DIR...
       cigraph ingest --sources FILE [--every 15m | --cron "*/15 * * * *"] [--data DIR]

Extracts and stores text files (.txt, .md, .html, .jsonl; a front-matter
block may carry title, url, publisher, published), or runs the sources of a
YAML sources file (feeds, pages, sitemaps, folders) once, or unattended
with --every/--cron until interrupted. Exits with 3 when a document failed.`

type pipelineFlags struct {
	meta     ingest.Meta
	data     string
	sources  string
	every    time.Duration
	cron     string
	workers  int
	timeout  time.Duration
	allow    string
	paths    []string
	progress bool
	onRun    func(graph.IngestRun)
}

func parsePipelineFlags(env *Env, args []string) (pipelineFlags, error) {
	var f pipelineFlags
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprintln(env.Stderr, pipelineUsage); fs.PrintDefaults() }
	data := addDataFlag(fs, env)
	var published string
	fs.StringVar(&f.meta.URL, "url", "", "article URL (single file only)")
	fs.StringVar(&f.meta.Title, "title", "", "article title")
	fs.StringVar(&f.meta.Publisher, "publisher", "", "publisher")
	fs.StringVar(&published, "published", "", "publication date, YYYY-MM-DD or RFC 3339")
	fs.StringVar(&f.sources, "sources", "", "YAML sources file")
	fs.DurationVar(&f.every, "every", 0, "with --sources: run unattended, checking every DURATION")
	fs.StringVar(&f.cron, "cron", "", "with --sources: run unattended on a cron schedule")
	fs.IntVar(&f.workers, "workers", 4, "documents processed at once")
	fs.DurationVar(&f.timeout, "article-timeout", time.Minute, "time allowed per document")
	fs.StringVar(&f.allow, "allow-addresses", "", "comma-separated CIDRs the SSRF guard lets through (off by default; for local test servers)")
	fs.BoolVar(&f.progress, "progress", true, "progress bar when stderr is a terminal")
	for rest := args; ; rest = rest[1:] { // flags may follow the paths
		if err := fs.Parse(rest); err != nil {
			return f, err
		}
		if rest = fs.Args(); len(rest) == 0 {
			break
		}
		f.paths = append(f.paths, rest[0])
	}
	f.data = *data
	return f, f.validate(published)
}

func (f *pipelineFlags) validate(published string) error {
	if published != "" {
		t, ok := article.ParseDate(published)
		if !ok {
			return fmt.Errorf("ingest: --published %q: want YYYY-MM-DD or RFC 3339", published)
		}
		f.meta.Published = t
	}
	switch {
	case f.sources == "" && len(f.paths) == 0:
		return errors.New("ingest: give FILE|DIR... or --sources FILE")
	case f.sources != "" && len(f.paths) > 0:
		return errors.New("ingest: give either files or --sources, not both")
	case f.sources == "" && (f.every != 0 || f.cron != ""):
		return errors.New("ingest: --every and --cron need --sources")
	case f.every != 0 && f.cron != "":
		return errors.New("ingest: give --every or --cron, not both")
	case f.meta.URL != "" && len(f.paths) != 1:
		return errors.New("ingest: --url needs exactly one file")
	case f.every < 0:
		return fmt.Errorf("ingest: --every %s is negative", f.every)
	}
	if f.cron != "" { // checked before Neo4j is started
		if _, err := sources.ParseCron(f.cron); err != nil {
			return fmt.Errorf("ingest: --cron: %w", err)
		}
	}
	return nil
}

func runIngestPipeline(ctx context.Context, env *Env, args []string) error {
	f, err := parsePipelineFlags(env, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	srcs, err := f.sourceList()
	if err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	store, cleanup, err := openGraph(ctx, env, f.data)
	if err != nil {
		return err
	}
	defer cleanup()
	p, err := newPipeline(env, store, f)
	if err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	if f.every != 0 || f.cron != "" {
		s, err := ingest.NewScheduler(p, srcs, ingest.ScheduleConfig{Every: f.every, Cron: f.cron})
		if err != nil {
			return &ExitError{Code: 2, Err: err}
		}
		return s.Run(ctx)
	}
	run, err := p.RunOnce(ctx, srcs, ingest.RunOptions{Trigger: "cli", Meta: f.meta})
	printRun(env, run)
	if err != nil {
		return err
	}
	if run.Failed > 0 {
		return &ExitError{Code: 3, Err: fmt.Errorf("ingest: %d documents or sources failed", run.Failed)}
	}
	return ctx.Err()
}

// sourceList is the sources file, or one folder source per path given.
func (f *pipelineFlags) sourceList() ([]*sources.Source, error) {
	if f.sources != "" {
		return sources.Load(f.sources)
	}
	out := make([]*sources.Source, 0, len(f.paths))
	for _, p := range f.paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(abs); err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		out = append(out, &sources.Source{Name: p, Kind: sources.Folder, Location: abs,
			Publisher: f.meta.Publisher, Trust: 1, FetchPages: "never", MaxItems: 1 << 30})
	}
	return out, nil
}

// newPipeline wires the rule extractor, the guarded HTTP client and the store.
func newPipeline(env *Env, store *graph.Store, f pipelineFlags) (*ingest.Pipeline, error) {
	rules, err := extract.NewRules(nil)
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	ex := ingest.ExtractFunc(func(ctx context.Context, text string, published time.Time, url string) (graph.Extraction, error) {
		return rules.Extract(ctx, extract.Input{Text: text, Published: published, URL: url})
	})
	allow, err := parseAllow(f.allow)
	if err != nil {
		return nil, err
	}
	client := fetch.New(fetch.Config{Allow: allow, Log: env.Log})
	tty := false
	if file, ok := env.Stderr.(*os.File); ok && f.progress {
		tty = term.IsTerminal(int(file.Fd()))
	}
	return ingest.New(ingest.Config{Workers: f.workers, ArticleTimeout: f.timeout, Log: env.Log,
		Progress: env.Stderr, Terminal: tty, OnRun: f.onRun}, store, ex, client), nil
}

func parseAllow(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		p, err := netip.ParsePrefix(part)
		if err != nil {
			return nil, fmt.Errorf("--allow-addresses %q: %w", part, err)
		}
		out = append(out, p)
	}
	return out, nil
}

func printRun(env *Env, run graph.IngestRun) {
	for _, s := range run.Sources {
		unchanged := ""
		if s.NotModified {
			unchanged = " (not modified since the last run)"
		}
		fmt.Fprintf(env.Stdout, "%-40s fetched %d, new %d, duplicate %d, syndicated %d, failed %d, facts %d%s\n",
			s.Name, s.Fetched, s.New, s.Duplicate, s.Syndicated, s.Failed, s.Facts, unchanged)
		for _, e := range s.Errors {
			fmt.Fprintf(env.Stdout, "  FAIL %s\n", e)
		}
	}
	fmt.Fprintf(env.Stdout, "run %s %s: fetched %d, new %d, duplicate %d, syndicated %d, failed %d, facts %d\n",
		run.ID, run.Status, run.Fetched, run.New, run.Duplicate, run.Syndicated, run.Failed, run.Facts)
}

// startSourceScheduler runs the sources file unattended next to the API
// (`cigraph serve --sources FILE`); the returned wait blocks until the
// scheduler has stopped after ctx ends. An empty path starts nothing;
// allow is the --allow-addresses list of CIDRs the fetcher may reach.
func startSourceScheduler(ctx context.Context, env *Env, store *graph.Store, path, allow string, onRun func(graph.IngestRun)) (wait func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	srcs, err := sources.Load(path)
	if err != nil {
		return nil, err
	}
	p, err := newPipeline(env, store, pipelineFlags{workers: 4, timeout: time.Minute, allow: allow, onRun: onRun})
	if err != nil {
		return nil, err
	}
	s, err := ingest.NewScheduler(p, srcs, ingest.ScheduleConfig{Trigger: "serve"})
	if err != nil {
		return nil, err
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = s.Run(ctx)
	}()
	env.Log.Info("ingesting sources unattended", "file", path, "sources", len(srcs))
	return func() { <-done }, nil
}
