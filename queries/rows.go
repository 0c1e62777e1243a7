package queries

import (
	"encoding/json"
	"strconv"
)

// Table is a GraphQL answer flattened into rows with dotted column names.
type Table struct {
	Columns []string // in order of first appearance
	Rows    []Object
}

// Flatten turns the "data" of a GraphQL answer into rows:
//
//   - With one top-level field, its value is the result and column names
//     leave the field name out; with several, they keep it.
//   - A list of objects gives one row per element; nested objects become
//     dotted columns (customer.name, share.value).
//   - A list of objects inside a row (claims, members) gives one row per
//     element, each repeating the columns of the row around it; sibling
//     lists are stacked, not multiplied (a row belongs to one list), and a
//     row whose lists are all empty is kept once.
//   - When the elements of a list of objects hold lists of objects
//     themselves (paths of hops, hops of claims), each row also carries the
//     element's index (from 0) in a column `<list>#` (dependencies#,
//     hops#), so rows of different elements can be told apart.
//   - Lists of scalars stay one value; empty lists and null results add nothing.
func Flatten(data any) Table {
	v, prefix, label := data, "", ""
	if o, ok := data.(Object); ok && len(o) == 1 {
		v, label = o[0].Value, o[0].Key
		if !nested(v) {
			prefix = o[0].Key
		}
	}
	var rows []Object
	if v != nil {
		rows = flatten(v, prefix, label)
	}
	return Table{Columns: columns(rows), Rows: rows}
}

// nested reports whether v is an object or a list holding objects.
func nested(v any) bool {
	switch x := v.(type) {
	case Object:
		return true
	case []any:
		return hasObjects(x)
	}
	return false
}

func hasObjects(xs []any) bool {
	for _, x := range xs {
		if _, ok := x.(Object); ok {
			return true
		}
	}
	return false
}

// flatten turns v into rows; label names the index column of a list
// (the list's own name, which prefix leaves out at the top level).
func flatten(v any, prefix, label string) []Object {
	switch x := v.(type) {
	case Object:
		base, groups := split(x, prefix)
		return expand(base, groups)
	case []any:
		if len(x) == 0 {
			return nil
		}
		if !hasObjects(x) {
			return []Object{{{Key: prefix, Value: x}}}
		}
		return flattenList(x, prefix, label)
	}
	return []Object{{{Key: prefix, Value: v}}}
}

// flattenList gives the rows of a list of objects, each with the index of
// its element when the elements hold lists of objects.
func flattenList(xs []any, prefix, label string) []Object {
	indexed := false
	for _, e := range xs {
		indexed = indexed || holdsLists(e)
	}
	var rows []Object
	for i, e := range xs {
		for _, r := range flatten(e, prefix, label) {
			if indexed {
				r = append(Object{{Key: label + "#", Value: json.Number(strconv.Itoa(i))}}, r...)
			}
			rows = append(rows, r)
		}
	}
	return rows
}

// holdsLists reports whether v is an object with a non-empty list of
// objects at any depth.
func holdsLists(v any) bool {
	o, ok := v.(Object)
	if !ok {
		return false
	}
	for _, f := range o {
		if l, ok := f.Value.([]any); (ok && hasObjects(l)) || holdsLists(f.Value) {
			return true
		}
	}
	return false
}

// split separates an object into the columns every row of it carries and
// the groups of rows its lists of objects (at any depth) produce.
func split(o Object, prefix string) (Object, [][]Object) {
	var base Object
	var groups [][]Object
	for _, f := range o {
		name := join(prefix, f.Key)
		switch x := f.Value.(type) {
		case Object:
			b, g := split(x, name)
			base = append(base, b...)
			groups = append(groups, g...)
		case []any:
			if hasObjects(x) {
				groups = append(groups, flatten(x, name, name))
			} else if len(x) > 0 {
				base = append(base, Field{Key: name, Value: x})
			}
		default:
			base = append(base, Field{Key: name, Value: x})
		}
	}
	return base, groups
}

// expand prefixes every row of every group with base (or keeps base alone).
func expand(base Object, groups [][]Object) []Object {
	var rows []Object
	for _, g := range groups {
		for _, r := range g {
			row := make(Object, 0, len(base)+len(r))
			rows = append(rows, append(append(row, base...), r...))
		}
	}
	if len(rows) == 0 {
		return []Object{base}
	}
	return rows
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

func columns(rows []Object) []string {
	seen := map[string]bool{}
	var cols []string
	for _, r := range rows {
		for _, f := range r {
			if !seen[f.Key] {
				seen[f.Key] = true
				cols = append(cols, f.Key)
			}
		}
	}
	return cols
}
