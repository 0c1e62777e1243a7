package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cigraph/cigraph/export"
	"github.com/cigraph/cigraph/graph"
)

func init() {
	register("export", "write the graph or a neighbourhood as GraphML, CSV or JSON Lines", runExport)
}

const exportUsage = `usage: cigraph export --format graphml|csv|jsonl [--around ENTITY --depth N] [--out FILE|DIR]

Writes the whole graph, or the entities within --depth hops of --around,
with every claim between them (amounts, dates, evidence, article):
  graphml  one file (Gephi, networkx.read_graphml); an edge per claim, or
           per entity pair with --rollup; each metric a METRIC node linked
           from its entity by a HAS_METRIC edge
  csv      nodes.csv, edges.csv and metrics.csv in the --out folder
  jsonl    one JSON object a line: {"record":"node"|"claim"|"edge", ...}
Reads NEO4J_URI, else the local Neo4j of --data.

flags:`

// exportOpts are the parsed flags of `cigraph export`.
type exportOpts struct {
	format export.Format
	out    string
	query  graph.ExportQuery
	rollup bool
	data   string
}

func parseExportFlags(env *Env, args []string) (*exportOpts, error) {
	o := &exportOpts{}
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprintln(env.Stderr, exportUsage); fs.PrintDefaults() }
	format := fs.String("format", "graphml", "graphml, csv or jsonl")
	fs.StringVar(&o.out, "out", "", "output file (graphml, jsonl; default stdout) or folder (csv)")
	fs.StringVar(&o.query.Around, "around", "", "entity name, alias or id; empty exports the whole graph")
	fs.IntVar(&o.query.Depth, "depth", 2, "hops around --around (at most 4)")
	fs.IntVar(&o.query.MaxNodes, "max-nodes", 5000, "bound on the neighbourhood's entities")
	fs.BoolVar(&o.query.IncludeRetracted, "include-retracted", false, "also export retracted claims")
	fs.BoolVar(&o.rollup, "rollup", false, "one edge per (subject, type, object) instead of one per claim")
	data := addDataFlag(fs, env)
	if err := fs.Parse(args); err != nil {
		return nil, &ExitError{Code: 2, Err: err}
	}
	if fs.NArg() > 0 {
		return nil, &ExitError{Code: 2, Err: fmt.Errorf("export: unexpected arguments %q", fs.Args())}
	}
	f, err := export.ParseFormat(*format)
	if err != nil {
		return nil, &ExitError{Code: 2, Err: err}
	}
	if f == export.CSV && (o.out == "" || o.out == "-") {
		return nil, &ExitError{Code: 2, Err: errors.New("export: csv needs --out DIR for nodes.csv, edges.csv and metrics.csv")}
	}
	o.format, o.data = f, *data
	return o, nil
}

func runExport(ctx context.Context, env *Env, args []string) error {
	o, err := parseExportFlags(env, args)
	if err != nil {
		return err
	}
	store, cleanup, err := openGraph(ctx, env, o.data)
	if err != nil {
		return err
	}
	defer cleanup()
	return writeExport(ctx, env, store, o)
}

// exporter is what export needs of the store.
type exporter interface {
	Export(ctx context.Context, q graph.ExportQuery, sink graph.ExportSink) error
}

// writeExport opens the outputs, streams the graph into them and closes them.
func writeExport(ctx context.Context, env *Env, src exporter, o *exportOpts) (err error) {
	w, closeOut, err := openExport(env, o)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, closeOut()) }()
	c := &countingSink{next: w}
	if err := src.Export(ctx, o.query, c); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	env.Log.Info("exported", "format", o.format, "entities", c.nodes, "claims", c.claims, "out", o.out)
	return nil
}

// openExport makes the writer for the format and its output files.
func openExport(env *Env, o *exportOpts) (export.Writer, func() error, error) {
	opts := export.Options{Rollup: o.rollup}
	if o.format == export.CSV {
		return openCSVExport(o.out, opts)
	}
	out, closeOut, err := outputFile(env, o.out)
	if err != nil {
		return nil, nil, err
	}
	var w export.Writer
	if o.format == export.GraphML {
		w, err = export.NewGraphML(out, opts)
	} else {
		w, err = export.NewJSONL(out, opts)
	}
	if err != nil {
		return nil, nil, errors.Join(err, closeOut())
	}
	return w, closeOut, nil
}

func outputFile(env *Env, path string) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return env.Stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("export: %w", err)
	}
	return f, f.Close, nil
}

func openCSVExport(dir string, opts export.Options) (export.Writer, func() error, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("export: %w", err)
	}
	var files []*os.File
	closeAll := func() error {
		var errs []error
		for _, f := range files {
			errs = append(errs, f.Close())
		}
		return errors.Join(errs...)
	}
	for _, name := range []string{"nodes.csv", "edges.csv", "metrics.csv"} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return nil, nil, errors.Join(fmt.Errorf("export: %w", err), closeAll())
		}
		files = append(files, f)
	}
	w, err := export.NewCSV(export.CSVFiles{Nodes: files[0], Edges: files[1], Metrics: files[2]}, opts)
	if err != nil {
		return nil, nil, errors.Join(err, closeAll())
	}
	return w, closeAll, nil
}

// countingSink counts what passes through, for the log line.
type countingSink struct {
	next          graph.ExportSink
	nodes, claims int
}

func (c *countingSink) Node(n graph.EntityNode) error { c.nodes++; return c.next.Node(n) }
func (c *countingSink) Claim(x graph.Claim) error     { c.claims++; return c.next.Claim(x) }
