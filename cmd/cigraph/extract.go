package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/ingest/extract"
)

func init() {
	register("extract", "read entities, relations and metrics from an article (JSON or text)", runExtract)
}

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	format := fs.String("format", "json", "output format: json or text")
	published := fs.String("published", "", "publication date (YYYY-MM-DD or RFC 3339) for relative dates")
	url := fs.String("url", "", "address of the article")
	if err := fs.Parse(args); err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	if fs.NArg() != 1 || (*format != "json" && *format != "text") {
		return &ExitError{Code: 2, Err: fmt.Errorf("usage: cigraph extract [--format json|text] [--published DATE] [--url URL] FILE|- (text, markdown or HTML): %w", graph.ErrInvalid)}
	}
	pub, err := parseDate(*published)
	if err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	raw, err := readInput(env, fs.Arg(0))
	if err != nil {
		return err
	}
	doc, err := readDoc(fs.Arg(0), raw)
	if err != nil {
		return err
	}
	if pub.IsZero() {
		pub = doc.published // the flag wins over what the document says
	}
	if *url == "" {
		*url = doc.url
	}
	rules, err := extract.NewRules(nil)
	if err != nil {
		return err
	}
	out, err := rules.Extract(ctx, extract.Input{Text: doc.text, Published: pub, URL: *url})
	if err != nil {
		return err
	}
	if *format == "text" {
		return extract.WriteText(env.Stdout, out)
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// parseDate reads YYYY-MM-DD or RFC 3339; empty is the zero time.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad --published %q (want YYYY-MM-DD): %w", s, graph.ErrInvalid)
}

// readInput reads a file or stdin ("-"), at most extract.MaxInputBytes. The
// text is read straight into a builder sized from the file, so it is held once.
func readInput(env *Env, name string) (string, error) {
	var r io.Reader = env.Stdin
	var b strings.Builder
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", fmt.Errorf("open article: %w", err)
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			b.Grow(int(min(fi.Size(), extract.MaxInputBytes)))
		}
		r = f
	}
	if _, err := io.Copy(&b, io.LimitReader(r, extract.MaxInputBytes)); err != nil {
		return "", fmt.Errorf("read article: %w", err)
	}
	return b.String(), nil
}
