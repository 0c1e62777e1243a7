package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/cigraph/cigraph/queries"
	"github.com/cigraph/cigraph/resolvers"
)

func init() {
	register("query", "run a GraphQL query (file, -e, stdin or --named) and print JSON, NDJSON or CSV", runQuery)
}

const queryUsage = `usage: cigraph query [flags] [FILE|-]
       cigraph query --named NAME [--var k=v ...] [flags]
       cigraph query --list

Runs a GraphQL document — FILE, a string (-e), stdin, or a named query
shipped with cigraph — against a running server (--server URL, token from
CIGRAPH_TOKEN) or, without --server, directly on the graph (NEO4J_URI, else
the local Neo4j of --data). Prints the data as JSON, or flattened rows with
dotted column names as NDJSON or CSV. GraphQL errors go to stderr, exit 1.

flags:`

// queryOpts are the parsed flags of `cigraph query`.
type queryOpts struct {
	expr, named, varsFile, server, format, operation, data string
	vars                                                   []string
	list                                                   bool
	args                                                   []string
}

func parseQueryFlags(env *Env, args []string) (*queryOpts, error) {
	o := &queryOpts{}
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprintln(env.Stderr, queryUsage); fs.PrintDefaults() }
	fs.StringVar(&o.expr, "e", "", "the GraphQL document as a string")
	fs.StringVar(&o.expr, "query", "", "same as -e")
	fs.StringVar(&o.named, "named", "", "a named query: "+strings.Join(queries.Names(), ", "))
	fs.Func("var", "a variable k=v, typed by the query's declaration (repeatable)", func(s string) error {
		o.vars = append(o.vars, s)
		return nil
	})
	fs.StringVar(&o.varsFile, "vars", "", "a JSON file with an object of variables")
	fs.StringVar(&o.server, "server", env.Getenv("CIGRAPH_SERVER"), "GraphQL server URL (env CIGRAPH_SERVER); empty runs directly on the graph")
	fs.StringVar(&o.format, "format", queries.FormatJSON, "output: json, ndjson or csv")
	fs.StringVar(&o.operation, "operation", "", "operation to run when the document has several")
	fs.BoolVar(&o.list, "list", false, "list the named queries and their variables")
	data := addDataFlag(fs, env)
	// Flags may follow the FILE argument: parse again after each positional.
	for {
		if err := fs.Parse(args); err != nil {
			return nil, &ExitError{Code: 2, Err: err}
		}
		if fs.NArg() == 0 {
			break
		}
		o.args, args = append(o.args, fs.Arg(0)), fs.Args()[1:]
	}
	o.data = *data
	switch o.format {
	case queries.FormatJSON, queries.FormatNDJSON, queries.FormatCSV:
		return o, nil
	}
	return nil, &ExitError{Code: 2, Err: fmt.Errorf("--format %q: want json, ndjson or csv", o.format)}
}

func runQuery(ctx context.Context, env *Env, args []string) error {
	o, err := parseQueryFlags(env, args)
	if err != nil {
		return err
	}
	if o.list {
		return listNamed(env.Stdout)
	}
	doc, err := queryDocument(env, o)
	if err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	vars, err := queryVars(doc, o)
	if err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	body, err := json.Marshal(gqlRequest{Query: doc, Variables: vars, OperationName: o.operation})
	if err != nil {
		return fmt.Errorf("encode request: %w", err)
	}
	raw, err := postQuery(ctx, env, o, body)
	if err != nil {
		return err
	}
	return printAnswer(env.Stdout, o.format, raw)
}

type gqlRequest struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables,omitempty"`
	OperationName string         `json:"operationName,omitempty"`
}

// queryDocument picks the document: --named, -e, a file, or stdin.
func queryDocument(env *Env, o *queryOpts) (string, error) {
	given := 0
	for _, set := range []bool{o.named != "", o.expr != "", len(o.args) > 0} {
		if set {
			given++
		}
	}
	if given > 1 || len(o.args) > 1 {
		return "", errors.New("query: give one of --named, -e or a single FILE")
	}
	switch {
	case o.named != "":
		return queries.Get(o.named)
	case o.expr != "":
		return o.expr, nil
	case len(o.args) == 1 && o.args[0] != "-":
		b, err := os.ReadFile(o.args[0])
		return string(b), err
	}
	b, err := io.ReadAll(env.Stdin)
	if err == nil && len(bytes.TrimSpace(b)) == 0 {
		err = errors.New("query: empty document on stdin (give FILE, -e, or --named)")
	}
	return string(b), err
}

// queryVars reads --vars FILE, then types every --var against the document.
func queryVars(doc string, o *queryOpts) (map[string]any, error) {
	base := map[string]any{}
	if o.varsFile != "" {
		b, err := os.ReadFile(o.varsFile)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, &base); err != nil {
			return nil, fmt.Errorf("--vars %s: not a JSON object: %w", o.varsFile, err)
		}
	}
	raw := map[string]string{}
	for _, kv := range o.vars {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("--var %q: want name=value", kv)
		}
		raw[strings.TrimPrefix(k, "$")] = v
	}
	return queries.Vars(doc, o.operation, base, raw)
}

// postQuery sends the request to the server, or runs it in-process.
func postQuery(ctx context.Context, env *Env, o *queryOpts, body []byte) ([]byte, error) {
	if o.server != "" {
		return postHTTP(ctx, o.server, env.Getenv("CIGRAPH_TOKEN"), body)
	}
	store, cleanup, err := openGraph(ctx, env, o.data)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	h := resolvers.NewHandler(resolvers.Config{Store: store, Log: env.Log})
	return serveInProcess(ctx, h, body), nil
}

// serveInProcess runs one GraphQL request through the API's own handler.
func serveInProcess(ctx context.Context, h http.Handler, body []byte) []byte {
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Body.Bytes()
}

// postHTTP posts to a server; a bare host URL gets the /graphql path.
func postHTTP(ctx context.Context, server, token string, body []byte) ([]byte, error) {
	u, err := graphqlURL(server)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := (&http.Client{Timeout: 5 * time.Minute}).Do(req)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", u, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<30))
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", u, err)
	}
	if resp.StatusCode >= 300 && !json.Valid(raw) {
		return nil, fmt.Errorf("query %s: %s: %s", u, resp.Status, strings.TrimSpace(string(raw)))
	}
	return raw, nil
}

func graphqlURL(server string) (string, error) {
	u, err := url.Parse(server)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "", &ExitError{Code: 2, Err: fmt.Errorf("--server %q: want a URL like http://127.0.0.1:8080", server)}
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/graphql"
	}
	return u.String(), nil
}

// printAnswer writes the data in the format, or returns the GraphQL errors.
func printAnswer(w io.Writer, format string, raw []byte) error {
	resp, err := queries.ParseResponse(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("answer: %w", err)
	}
	if err := resp.Err(); err != nil {
		return err
	}
	if err := queries.Write(w, format, resp.Data); err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	return nil
}

func listNamed(w io.Writer) error {
	infos, err := queries.Describe()
	if err != nil {
		return err
	}
	for _, in := range infos {
		var vs []string
		for _, v := range in.Variables {
			vs = append(vs, "$"+v.Name+": "+v.Type)
		}
		fmt.Fprintf(w, "%s(%s)\n    %s\n", in.Name, strings.Join(vs, ", "), in.Description)
	}
	return nil
}
