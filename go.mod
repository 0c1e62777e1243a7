module github.com/cigraph/cigraph

go 1.26
