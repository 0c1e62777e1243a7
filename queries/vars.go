package queries

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/cigraph/cigraph/graph"
)

// Variable is one declared variable of an operation.
type Variable struct {
	Name     string `json:"name"`
	Type     string `json:"type"` // as written: String!, [String!], Int
	Required bool   `json:"required"`
	Default  string `json:"default,omitempty"`
}

// operation finds the operation to run: the named one, or the only one.
func operation(doc, name string) (*ast.OperationDefinition, error) {
	q, err := parser.ParseQuery(&ast.Source{Input: doc})
	if err != nil {
		return nil, fmt.Errorf("parse query: %w: %v", graph.ErrInvalid, err)
	}
	if name != "" {
		if op := q.Operations.ForName(name); op != nil {
			return op, nil
		}
		return nil, fmt.Errorf("operation %q not in the document: %w", name, graph.ErrInvalid)
	}
	if len(q.Operations) != 1 {
		return nil, fmt.Errorf("document has %d operations, name one: %w", len(q.Operations), graph.ErrInvalid)
	}
	return q.Operations[0], nil
}

// Declared lists the variables an operation declares.
func Declared(doc, opName string) ([]Variable, error) {
	op, err := operation(doc, opName)
	if err != nil {
		return nil, err
	}
	out := make([]Variable, 0, len(op.VariableDefinitions))
	for _, d := range op.VariableDefinitions {
		v := Variable{Name: d.Variable, Type: d.Type.String(), Required: d.Type.NonNull && d.DefaultValue == nil}
		if d.DefaultValue != nil {
			v.Default = d.DefaultValue.String()
		}
		out = append(out, v)
	}
	return out, nil
}

// Vars types string values (from `--var k=v` or URL query parameters)
// against the operation's declarations and merges them over base (from a
// JSON file or body). Lists are JSON arrays or comma-separated; Int, Float
// and Boolean are parsed; anything else stays a string, or JSON when it
// looks like an object. Unknown variables and missing required ones fail.
func Vars(doc, opName string, base map[string]any, raw map[string]string) (map[string]any, error) {
	op, err := operation(doc, opName)
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	for k, v := range base {
		out[k] = v
	}
	for k, s := range raw {
		def := op.VariableDefinitions.ForName(k)
		if def == nil {
			return nil, fmt.Errorf("variable $%s is not declared by %s: %w", k, opLabel(op), graph.ErrInvalid)
		}
		v, err := coerce(def.Type, s)
		if err != nil {
			return nil, fmt.Errorf("variable $%s: %w", k, err)
		}
		out[k] = v
	}
	for _, d := range op.VariableDefinitions {
		if _, ok := out[d.Variable]; !ok && d.Type.NonNull && d.DefaultValue == nil {
			return nil, fmt.Errorf("variable $%s (%s) is required: %w", d.Variable, d.Type.String(), graph.ErrInvalid)
		}
	}
	return out, nil
}

func opLabel(op *ast.OperationDefinition) string {
	if op.Name == "" {
		return "the query"
	}
	return op.Name
}

// coerce reads one string as a value of a GraphQL input type.
func coerce(t *ast.Type, s string) (any, error) {
	if t.Elem != nil {
		return coerceList(t.Elem, s)
	}
	switch t.NamedType {
	case "Int":
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		return n, invalid(err, s, t)
	case "Float":
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		return f, invalid(err, s, t)
	case "Boolean":
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		return b, invalid(err, s, t)
	}
	if strings.HasPrefix(strings.TrimSpace(s), "{") {
		var v any
		return v, invalid(json.Unmarshal([]byte(s), &v), s, t)
	}
	return s, nil
}

func coerceList(elem *ast.Type, s string) (any, error) {
	if strings.HasPrefix(strings.TrimSpace(s), "[") {
		var v []any
		return v, invalid(json.Unmarshal([]byte(s), &v), s, elem)
	}
	var out []any
	for _, part := range strings.Split(s, ",") {
		v, err := coerce(elem, strings.TrimSpace(part))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func invalid(err error, s string, t *ast.Type) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%q is not a %s: %w", s, t.String(), graph.ErrInvalid)
}
