package main

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/cigraph/cigraph/ingest/article"
)

// extractDoc is what `cigraph extract` reads from its input: the story text
// and the metadata the document itself declares.
type extractDoc struct {
	text      string
	published time.Time
	url       string
}

// readDoc turns the raw input into story text the way `cigraph ingest`
// does, so both commands see the same text: an HTML page (by extension,
// or by its opening tag on stdin) is reduced to its main text, and a front
// matter block gives its date and address. Plain text without front
// matter is passed through unchanged.
func readDoc(name, raw string) (extractDoc, error) {
	if isHTML(name, raw) {
		a, err := article.FromHTML([]byte(raw), "", "")
		if errors.Is(err, article.ErrNoText) {
			return extractDoc{}, fmt.Errorf("%s: the page has no story text (fewer than %d words outside navigation and page chrome): %w",
				name, article.MinWords, err)
		}
		if err != nil {
			return extractDoc{}, err
		}
		return extractDoc{text: a.Text, published: a.Published, url: a.URL}, nil
	}
	fm, body, err := article.SplitFrontMatter([]byte(raw))
	if err != nil {
		return extractDoc{}, fmt.Errorf("%s: %w", name, err)
	}
	doc := extractDoc{text: string(body), url: article.CanonicalURL(fm.URL)}
	for _, v := range []string{fm.Published, fm.Date} {
		if t, ok := article.ParseDate(v); ok {
			doc.published = t
			break
		}
	}
	if len(body) == len(raw) {
		doc.text = raw // no front matter: the bytes as given
	}
	return doc, nil
}

// isHTML tells an HTML page by its file extension, or, on stdin, by the
// first tag.
func isHTML(name, raw string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	if name != "-" {
		return false
	}
	head := bytes.ToLower([]byte(strings.TrimSpace(raw[:min(len(raw), 512)])))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}
