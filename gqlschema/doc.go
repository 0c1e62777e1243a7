// Package gqlschema holds cigraph's GraphQL schema (schema.graphqls) and
// the code gqlgen generates from it (gqlgen.yml); nothing here is written
// by hand. Resolvers live in package resolvers.
package gqlschema

//go:generate go run github.com/99designs/gqlgen generate --config gqlgen.yml
