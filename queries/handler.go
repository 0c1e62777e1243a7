package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// maxBody bounds a POSTed variables object.
const maxBody = 1 << 20

// Handler serves the named queries on top of a GraphQL handler: the
// endpoint itself, or a mux that serves it at POST /graphql. Mount it at
// "/queries/" and "/queries":
//
//	GET  /queries                      the names, descriptions and variables
//	GET  /queries/{name}?k=v&format=F  variables from the URL, typed like --var
//	POST /queries/{name}?format=F      body: a JSON object of variables
//
// F is json (default: the GraphQL answer as is), ndjson or csv (flattened
// rows, as `cigraph query` prints them). Request headers such as
// Authorization are passed through to gql.
func Handler(gql http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Base(path.Clean(r.URL.Path))
		if name == "queries" || name == "/" || name == "." {
			list(w)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodPost {
			httpError(w, http.StatusMethodNotAllowed, fmt.Errorf("use GET or POST: %w", graph.ErrInvalid))
			return
		}
		run(w, r, gql, name)
	})
}

func list(w http.ResponseWriter) {
	infos, err := Describe()
	if err != nil {
		httpError(w, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(infos)
}

func run(w http.ResponseWriter, r *http.Request, gql http.Handler, name string) {
	doc, err := Get(name)
	if err != nil {
		httpError(w, statusOf(err), err)
		return
	}
	vars, err := requestVars(r, doc)
	if err != nil {
		httpError(w, statusOf(err), err)
		return
	}
	rec, err := call(r.Context(), gql, r.Header, doc, vars)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err)
		return
	}
	respond(w, r.URL.Query().Get("format"), rec)
}

// Run executes a document through a GraphQL handler in-process and
// parses the answer.
func Run(ctx context.Context, gql http.Handler, doc string, vars map[string]any) (Response, error) {
	rec, err := call(ctx, gql, nil, doc, vars)
	if err != nil {
		return Response{}, err
	}
	return ParseResponse(&rec.body)
}

// call POSTs {query, variables} to gql at /graphql with the given headers.
func call(ctx context.Context, gql http.Handler, h http.Header, doc string, vars map[string]any) (*recorder, error) {
	body, err := json.Marshal(map[string]any{"query": doc, "variables": vars})
	if err != nil {
		return nil, fmt.Errorf("encode request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	if h != nil {
		req.Header = h.Clone()
		req.Header.Del("Content-Length")
	}
	req.Header.Set("Content-Type", "application/json")
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	gql.ServeHTTP(rec, req)
	return rec, nil
}

// requestVars reads variables from a POSTed JSON object and the URL query.
func requestVars(r *http.Request, doc string) (map[string]any, error) {
	base := map[string]any{}
	if r.Method == http.MethodPost {
		b, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
		if err != nil {
			return nil, fmt.Errorf("read body: %w", err)
		}
		if len(bytes.TrimSpace(b)) > 0 {
			if err := json.Unmarshal(b, &base); err != nil {
				return nil, fmt.Errorf("body is not a JSON object of variables: %w", graph.ErrInvalid)
			}
		}
	}
	raw := map[string]string{}
	for k, vs := range r.URL.Query() {
		if k != "format" && len(vs) > 0 {
			raw[k] = vs[len(vs)-1]
		}
	}
	return Vars(doc, "", base, raw)
}

// respond passes the GraphQL answer through, or flattens it.
func respond(w http.ResponseWriter, format string, rec *recorder) {
	if format == "" || format == FormatJSON {
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.status)
		_, _ = w.Write(rec.body.Bytes())
		return
	}
	resp, err := ParseResponse(&rec.body)
	if err == nil {
		err = resp.Err()
	}
	if err != nil {
		httpError(w, http.StatusBadRequest, err)
		return
	}
	var out bytes.Buffer
	if err := Write(&out, format, resp.Data); err != nil {
		httpError(w, statusOf(err), err)
		return
	}
	w.Header().Set("Content-Type", map[string]string{FormatCSV: "text/csv; charset=utf-8", FormatNDJSON: "application/x-ndjson"}[format])
	_, _ = w.Write(out.Bytes())
}

func statusOf(err error) int {
	switch {
	case errors.Is(err, graph.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, graph.ErrInvalid):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// httpError answers in the GraphQL error shape so clients read one format.
func httpError(w http.ResponseWriter, status int, err error) {
	code := map[int]string{http.StatusNotFound: "NOT_FOUND", http.StatusBadRequest: "INVALID_ARGUMENT"}[status]
	if code == "" {
		code = "INTERNAL"
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message": strings.TrimSpace(err.Error()), "extensions": map[string]string{"code": code}}}})
}

// recorder is an in-memory http.ResponseWriter for the inner GraphQL call.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(p []byte) (int, error) { return r.body.Write(p) }
func (r *recorder) WriteHeader(s int)           { r.status = s }
