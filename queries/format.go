package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// Output formats of a query answer.
const (
	FormatJSON   = "json"   // the "data" object as the server sent it, indented
	FormatNDJSON = "ndjson" // one flattened row a line
	FormatCSV    = "csv"    // flattened rows with a header
)

// ErrGraphQL marks an answer that carried GraphQL errors.
var ErrGraphQL = errors.New("graphql error")

// Response is a GraphQL answer with its key order kept.
type Response struct {
	Data   any
	Errors []any
}

// ParseResponse reads a GraphQL answer.
func ParseResponse(r io.Reader) (Response, error) {
	v, err := Decode(r)
	if err != nil {
		return Response{}, err
	}
	o, ok := v.(Object)
	if !ok {
		return Response{}, fmt.Errorf("graphql answer is not an object: %w", graph.ErrInvalid)
	}
	var resp Response
	resp.Data, _ = o.Get("data")
	if errs, ok := o.Get("errors"); ok {
		resp.Errors, _ = errs.([]any)
	}
	return resp, nil
}

// Err is nil without GraphQL errors, otherwise their messages (with each
// extensions.code and path) wrapped around ErrGraphQL.
func (r Response) Err() error {
	if len(r.Errors) == 0 {
		return nil
	}
	msgs := make([]string, 0, len(r.Errors))
	for _, e := range r.Errors {
		msgs = append(msgs, describe(e))
	}
	return fmt.Errorf("%w: %s", ErrGraphQL, strings.Join(msgs, "; "))
}

func describe(e any) string {
	o, ok := e.(Object)
	if !ok {
		return fmt.Sprint(e)
	}
	msg, _ := o.Get("message")
	s := fmt.Sprint(msg)
	if ext, ok := o.Get("extensions"); ok {
		if x, ok := ext.(Object); ok {
			if code, ok := x.Get("code"); ok {
				s = fmt.Sprintf("%s [%v]", s, code)
			}
		}
	}
	if p, ok := o.Get("path"); ok {
		b, _ := marshal(p)
		s += " at " + string(b)
	}
	return s
}

// Write prints data in a format: json, ndjson or csv.
func Write(w io.Writer, format string, data any) error {
	switch format {
	case FormatJSON, "":
		return writeJSON(w, data)
	case FormatNDJSON:
		return WriteNDJSON(w, Flatten(data))
	case FormatCSV:
		return WriteCSV(w, Flatten(data))
	}
	return fmt.Errorf("output format %q (want json, ndjson or csv): %w", format, graph.ErrInvalid)
}

func writeJSON(w io.Writer, data any) error {
	raw, err := marshal(data)
	if err != nil {
		return fmt.Errorf("json: %w", err)
	}
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return fmt.Errorf("json: %w", err)
	}
	b.WriteByte('\n')
	_, err = w.Write(b.Bytes())
	return err
}

// WriteNDJSON prints one JSON object a line, keys in column order.
func WriteNDJSON(w io.Writer, t Table) error {
	for _, r := range t.Rows {
		b, err := marshal(r)
		if err != nil {
			return fmt.Errorf("ndjson: %w", err)
		}
		if _, err := w.Write(append(b, '\n')); err != nil {
			return err
		}
	}
	return nil
}

// WriteCSV prints a header and one line a row; missing cells are empty,
// lists of scalars are joined with "|".
func WriteCSV(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	if len(t.Columns) > 0 {
		if err := cw.Write(t.Columns); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	for _, r := range t.Rows {
		rec := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			v, _ := r.Get(c)
			rec[i] = cell(v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}

// plainNumber writes 2.4e+08 as 240000000 for spreadsheets.
func plainNumber(n json.Number) string {
	s := n.String()
	if !strings.ContainsAny(s, "eE") {
		return s
	}
	f, err := n.Float64()
	if err != nil {
		return s
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case json.Number:
		return plainNumber(x)
	case bool:
		return fmt.Sprint(x)
	case []any:
		if !hasObjects(x) {
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = cell(e)
			}
			return strings.Join(parts, "|")
		}
	}
	b, _ := marshal(v)
	return string(b)
}
