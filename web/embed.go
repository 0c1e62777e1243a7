// Package web holds the GraphQL playground: a static page and the GraphiQL
// and React bundles copied from npm by `make web`, embedded in the binary so
// the playground works with no internet.
package web

import (
	"embed"
	"io/fs"
)

//go:embed static
var static embed.FS

// Files returns the playground's files rooted at the page (index.html,
// playground.js, vendor/...).
func Files() fs.FS {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree always has static/
	}
	return sub
}

// Built reports whether the npm bundles were copied in before the build.
func Built() bool {
	_, err := fs.Stat(Files(), "vendor/graphiql.min.js")
	return err == nil
}
