package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cigraph/cigraph/graph"
)

func init() {
	register("ingest", "load documents into the graph: --extracted FILE.json..., or text via the pipeline", runIngest)
}

// ingestOther handles every `cigraph ingest` without --extracted (text
// files, folders, --sources); the pipeline's file sets it in init.
var ingestOther func(ctx context.Context, env *Env, args []string) error

const ingestUsage = `usage: cigraph ingest --extracted FILE.json... [--data DIR]
         [--url URL] [--title T] [--publisher P] [--published YYYY-MM-DD]

Loads extraction JSON files (the shape of ONTOLOGY.md, gold files included)
into the graph, one transaction per file. A bad file is reported with the
field at fault and nothing of it is written; the others still load. Exits
with 3 when some file failed. --url, --title, --publisher and --published
override the files' own metadata (--url only with a single file).`

// docMeta overrides a document's article metadata when set.
type docMeta struct {
	URL, Title, Publisher, Published string
}

func (m docMeta) apply(doc *graph.Document) {
	for _, f := range []struct {
		dst *string
		v   string
	}{{&doc.URL, m.URL}, {&doc.Title, m.Title},
		{&doc.Publisher, m.Publisher}, {&doc.Published, m.Published}} {
		if f.v != "" {
			*f.dst = f.v
		}
	}
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	if !hasFlag(args, "extracted") {
		if ingestOther == nil {
			return &ExitError{Code: 2, Err: errors.New("ingest: this build has no text ingestion; use --extracted FILE.json...")}
		}
		return ingestOther(ctx, env, args)
	}
	files, meta, data, err := parseIngestExtracted(env, args)
	if err != nil {
		return err
	}
	store, cleanup, err := openGraph(ctx, env, data)
	if err != nil {
		return err
	}
	defer cleanup()
	return ingestExtracted(ctx, env, store, files, meta)
}

// hasFlag reports whether args hold -name or --name (with or without =value)
// before a "--".
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		a = strings.TrimLeft(a, "-")
		if a == name || strings.HasPrefix(a, name+"=") {
			return true
		}
	}
	return false
}

// parseIngestExtracted reads flags anywhere among the file arguments.
func parseIngestExtracted(env *Env, args []string) ([]string, docMeta, string, error) {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprintln(env.Stderr, ingestUsage); fs.PrintDefaults() }
	fs.Bool("extracted", false, "the files are extraction JSON (ONTOLOGY.md)")
	data := addDataFlag(fs, env)
	var meta docMeta
	fs.StringVar(&meta.URL, "url", "", "article URL (single file only)")
	fs.StringVar(&meta.Title, "title", "", "article title")
	fs.StringVar(&meta.Publisher, "publisher", "", "publisher")
	fs.StringVar(&meta.Published, "published", "", "publication date, YYYY-MM-DD or RFC 3339")
	var files []string
	for rest := args; ; rest = rest[1:] {
		if err := fs.Parse(rest); err != nil {
			return nil, meta, "", &ExitError{Code: 2, Err: err}
		}
		if rest = fs.Args(); len(rest) == 0 {
			break
		}
		files = append(files, rest[0])
	}
	files, err := expandFiles(files)
	if err != nil {
		return nil, meta, "", &ExitError{Code: 2, Err: err}
	}
	if meta.URL != "" && len(files) != 1 {
		return nil, meta, "", &ExitError{Code: 2, Err: fmt.Errorf("ingest: --url needs exactly one file, got %d", len(files))}
	}
	return files, meta, *data, nil
}

// expandFiles expands glob patterns the shell left alone and folders (to
// their *.json files).
func expandFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			m, _ := filepath.Glob(filepath.Join(a, "*.json"))
			out = append(out, m...)
			continue
		}
		if m, err := filepath.Glob(a); err == nil && len(m) > 0 && strings.ContainsAny(a, "*?[") {
			out = append(out, m...)
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, errors.New("ingest: no files given\n" + ingestUsage)
	}
	return out, nil
}

// documentImporter is what ingestExtracted needs of the graph.
type documentImporter interface {
	ImportDocument(ctx context.Context, doc graph.Document) (graph.ImportResult, error)
}

// ingestExtracted imports each file as its own document, printing one line
// per file and the totals. A failing file does not stop the others (an
// unreachable graph or a cancelled context does); the error is an
// ExitError with code 3 when some file failed.
func ingestExtracted(ctx context.Context, env *Env, store documentImporter, files []string, meta docMeta) error {
	var total graph.ImportResult
	failed, loaded := 0, 0
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("ingest stopped before %s: %w", f, err)
		}
		res, err := ingestFile(ctx, store, f, meta)
		if err != nil {
			fmt.Fprintf(env.Stdout, "FAIL %s: %v\n", f, err)
			if errors.Is(err, graph.ErrUnavailable) || ctx.Err() != nil {
				return fmt.Errorf("ingest stopped at %s: %w", f, err)
			}
			failed++
			continue
		}
		loaded++
		total.Entities += res.Entities
		total.Claims += res.Claims
		fmt.Fprintf(env.Stdout, "ok   %s: article %s (%s), +%d entities, +%d claims\n",
			f, res.ArticleID, map[bool]string{true: "new", false: "already stored"}[res.Created], res.Entities, res.Claims)
	}
	fmt.Fprintf(env.Stdout, "%d files: %d loaded, %d failed; +%d entities, +%d claims\n",
		len(files), loaded, failed, total.Entities, total.Claims)
	if failed > 0 {
		return &ExitError{Code: 3, Err: fmt.Errorf("ingest: %d of %d files failed", failed, len(files))}
	}
	return nil
}

func ingestFile(ctx context.Context, store documentImporter, path string, meta docMeta) (graph.ImportResult, error) {
	doc, err := readDocument(path)
	if err != nil {
		return graph.ImportResult{}, err
	}
	meta.apply(&doc)
	if doc.Extractor == "" {
		doc.Extractor = "import"
	}
	return store.ImportDocument(ctx, doc)
}

// readDocument decodes one extraction file; JSON errors name the line or field.
func readDocument(path string) (graph.Document, error) {
	var doc graph.Document
	f, err := os.Open(path)
	if err != nil {
		return doc, err
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, 64<<20))
	if err != nil {
		return doc, fmt.Errorf("read: %w", err)
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return doc, jsonError(raw, err)
	}
	return doc, nil
}

func jsonError(raw []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line := 1 + strings.Count(string(raw[:min(int(syn.Offset), len(raw))]), "\n")
		return fmt.Errorf("%w: malformed JSON at line %d: %v", graph.ErrInvalid, line, syn)
	case errors.As(err, &typ):
		return fmt.Errorf("%w: %s: %s is not a %s", graph.ErrInvalid, typ.Field, typ.Value, typ.Type)
	}
	return fmt.Errorf("%w: malformed JSON: %v", graph.ErrInvalid, err)
}
