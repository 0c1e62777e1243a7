// Package queries ships cigraph's named GraphQL queries (exposure,
// concentration, dependencies, coopetition, switches, timeline) inside the
// binary, types command-line variables against each query's declarations,
// flattens GraphQL answers into rows with dotted column names (for CSV,
// NDJSON and pandas), and serves the named queries over HTTP.
package queries

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	"github.com/cigraph/cigraph/graph"
)

//go:embed *.graphql
var files embed.FS

// Names lists the named queries in alphabetical order.
func Names() []string {
	entries, _ := files.ReadDir(".")
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".graphql"))
	}
	sort.Strings(out)
	return out
}

// Get returns the GraphQL document of a named query.
func Get(name string) (string, error) {
	if strings.ContainsAny(name, "/\\") {
		return "", fmt.Errorf("named query %q: %w", name, graph.ErrInvalid)
	}
	b, err := files.ReadFile(name + ".graphql")
	if err != nil {
		return "", fmt.Errorf("named query %q (have %s): %w", name, strings.Join(Names(), ", "), graph.ErrNotFound)
	}
	return string(b), nil
}

// Info describes a named query: its leading comment and its variables.
type Info struct {
	Name        string     `json:"name"`
	Description string     `json:"description"`
	Variables   []Variable `json:"variables"`
}

// Describe returns the Info of every named query.
func Describe() ([]Info, error) {
	var out []Info
	for _, n := range Names() {
		doc, err := Get(n)
		if err != nil {
			return nil, err
		}
		vars, err := Declared(doc, "")
		if err != nil {
			return nil, fmt.Errorf("named query %s: %w", n, err)
		}
		out = append(out, Info{Name: n, Description: leadingComment(doc), Variables: vars})
	}
	return out, nil
}

// leadingComment joins the "#" lines at the top of a document.
func leadingComment(doc string) string {
	var parts []string
	for _, l := range strings.Split(doc, "\n") {
		if !strings.HasPrefix(l, "#") {
			break
		}
		parts = append(parts, strings.TrimSpace(strings.TrimPrefix(l, "#")))
	}
	return strings.Join(parts, " ")
}
