package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest/article"
	"github.com/cigraph/cigraph/ingest/feed"
	"github.com/cigraph/cigraph/ingest/fetch"
	"github.com/cigraph/cigraph/ingest/sources"
)

// docHint is what a feed, sitemap or JSONL line already says about a
// document; the page's own metadata wins where it has some.
type docHint struct {
	title     string
	link      string
	publisher string // configured for the source: wins over the page's own
	fallback  string // the feed's title: used when the page names no publisher
	published time.Time
	text      string // the item's content or the JSONL text
	fetch     bool   // fetch the link as a page
}

// FileExts are the local file types read from folders.
var FileExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".jsonl": true}

// maxFileBytes caps one local file; JSONL files may be larger.
const (
	maxFileBytes  = 8 << 20
	maxJSONLBytes = 256 << 20
	maxSitemaps   = 10
)

// expand turns one source into jobs; a failure of the source itself is
// kept in sr.srcErr.
func (p *Pipeline) expand(ctx context.Context, sr *sourceRun, jobs chan<- job, prog *progress) {
	var err error
	switch sr.src.Kind {
	case sources.Feed:
		err = p.expandFeed(ctx, sr, jobs, prog)
	case sources.Page:
		emit(ctx, jobs, job{sr: sr, url: sr.src.Location, hint: docHint{fetch: true}}, prog)
	case sources.Sitemap:
		err = p.expandSitemap(ctx, sr, jobs, prog)
	case sources.Folder:
		err = p.expandFolder(ctx, sr, jobs, prog)
	default:
		err = fmt.Errorf("unknown source kind %q", sr.src.Kind)
	}
	if err != nil {
		p.cfg.Log.WarnContext(ctx, "source failed", "source", sr.src.Name, "err", err)
		sr.srcErr = err
	}
}

// getSource fetches a source document with its stored validators.
func (p *Pipeline) getSource(ctx context.Context, sr *sourceRun) (*fetch.Response, error) {
	resp, err := p.fetch.Get(ctx, fetch.Request{URL: sr.src.Location, ETag: sr.prev.ETag, LastModified: sr.prev.LastMod})
	if err != nil {
		return nil, err
	}
	sr.validate = resp
	sr.add(graph.IngestCounts{Fetched: 1}, "")
	if resp.NotModified {
		sr.mu.Lock()
		sr.res.NotModified = true
		sr.mu.Unlock()
		// keep the old validators: the server answered for them
		sr.validate = &fetch.Response{ETag: sr.prev.ETag, LastModified: sr.prev.LastMod}
	}
	return resp, nil
}

// emitRetries queues, as pages to fetch, the items that failed last run
// and were not queued again from the source document this run.
func emitRetries(ctx context.Context, sr *sourceRun, queued map[string]bool, jobs chan<- job, prog *progress) error {
	for _, url := range sr.prev.Retry {
		if queued[url] {
			continue
		}
		h := docHint{link: url, publisher: sr.src.Publisher, fetch: true}
		if !emit(ctx, jobs, job{sr: sr, url: url, hint: h}, prog) {
			return ctx.Err()
		}
	}
	return nil
}

func (p *Pipeline) expandFeed(ctx context.Context, sr *sourceRun, jobs chan<- job, prog *progress) error {
	resp, err := p.getSource(ctx, sr)
	if err != nil {
		return err
	}
	queued := map[string]bool{}
	if !resp.NotModified {
		if err := p.emitFeedItems(ctx, sr, resp, queued, jobs, prog); err != nil {
			return err
		}
	}
	return emitRetries(ctx, sr, queued, jobs, prog)
}

func (p *Pipeline) emitFeedItems(ctx context.Context, sr *sourceRun, resp *fetch.Response, queued map[string]bool, jobs chan<- job, prog *progress) error {
	f, err := feed.Parse(resp.Body, resp.URL)
	if err != nil {
		return fmt.Errorf("feed %s: %w", sr.src.Location, err)
	}
	for i, it := range f.Items {
		if i >= sr.src.MaxItems {
			break
		}
		h := docHint{title: it.Title, link: it.Link, publisher: sr.src.Publisher, fallback: f.Title,
			published: it.Published, text: it.Content}
		h.fetch = it.Link != "" && (sr.src.FetchPages == "always" ||
			(sr.src.FetchPages == "auto" && len(strings.Fields(it.Content)) < 150))
		queued[it.Link] = true
		if !emit(ctx, jobs, job{sr: sr, url: it.Link, hint: h}, prog) {
			return ctx.Err()
		}
	}
	return nil
}

func (p *Pipeline) expandSitemap(ctx context.Context, sr *sourceRun, jobs chan<- job, prog *progress) error {
	resp, err := p.getSource(ctx, sr)
	if err != nil {
		return err
	}
	queued := map[string]bool{}
	if !resp.NotModified {
		if err := p.emitSitemapItems(ctx, sr, resp, queued, jobs, prog); err != nil {
			return err
		}
	}
	return emitRetries(ctx, sr, queued, jobs, prog)
}

func (p *Pipeline) emitSitemapItems(ctx context.Context, sr *sourceRun, resp *fetch.Response, queued map[string]bool, jobs chan<- job, prog *progress) error {
	sm, err := feed.ParseSitemap(resp.Body)
	if err != nil {
		return fmt.Errorf("sitemap %s: %w", sr.src.Location, err)
	}
	items := sm.Items
	for i, child := range sm.Children {
		if i >= maxSitemaps {
			break
		}
		c, err := p.fetch.Get(ctx, fetch.Request{URL: child})
		if err != nil {
			return fmt.Errorf("sitemap %s: %w", child, err)
		}
		if csm, err := feed.ParseSitemap(c.Body); err == nil {
			items = append(items, csm.Items...)
		}
	}
	for i, it := range items {
		if i >= sr.src.MaxItems {
			break
		}
		h := docHint{title: it.Title, link: it.Link, publisher: sr.src.Publisher, published: it.Published, fetch: true}
		queued[it.Link] = true
		if !emit(ctx, jobs, job{sr: sr, url: it.Link, hint: h}, prog) {
			return ctx.Err()
		}
	}
	return nil
}

// expandFolder queues the files of a folder (or one file) in name order.
func (p *Pipeline) expandFolder(ctx context.Context, sr *sourceRun, jobs chan<- job, prog *progress) error {
	paths, err := listFiles(sr.src.Location)
	if err != nil {
		return err
	}
	for _, path := range paths {
		if strings.EqualFold(filepath.Ext(path), ".jsonl") {
			if err := p.expandJSONL(ctx, sr, path, jobs, prog); err != nil {
				sr.add(graph.IngestCounts{Failed: 1}, err.Error())
			}
			continue
		}
		if !emit(ctx, jobs, job{sr: sr, path: path, hint: docHint{publisher: sr.src.Publisher}}, prog) {
			return ctx.Err()
		}
	}
	return ctx.Err()
}

// listFiles returns path itself when it is a file, else the readable
// files under it, skipping hidden ones.
func listFiles(root string) ([]string, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("folder: %w", err)
	}
	if !info.IsDir() {
		return []string{root}, nil
	}
	var out []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && path != root {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && FileExts[strings.ToLower(filepath.Ext(path))] {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("folder %s: %w", root, err)
	}
	return out, nil
}

// expandJSONL queues one job per line of a JSON Lines file; each line is
// a document ({"text", "url", "title", "publisher", "published"}).
func (p *Pipeline) expandJSONL(ctx context.Context, sr *sourceRun, path string, jobs chan<- job, prog *progress) error {
	data, err := readCapped(path, maxJSONLBytes)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxFileBytes)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var d graph.Document
		if err := json.Unmarshal(line, &d); err != nil {
			sr.add(graph.IngestCounts{Failed: 1}, fmt.Sprintf("%s:%d: %v", path, n, err))
			continue
		}
		pub, _ := article.ParseDate(d.Published)
		h := docHint{title: d.Title, link: d.URL, publisher: first(d.Publisher, sr.src.Publisher), published: pub, text: d.Text}
		if !emit(ctx, jobs, job{sr: sr, hint: h}, prog) {
			return ctx.Err()
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func readCapped(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s: %d bytes is over the %d byte cap", path, info.Size(), limit)
	}
	return os.ReadFile(path)
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
