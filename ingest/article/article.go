// Package article turns fetched pages and local files into story text with
// its metadata: title, publication date, canonical URL, author, publisher.
// HTML goes through goquery main-text extraction that drops navigation,
// ads, credits, related links and comments; bytes are decoded from the
// charset the header, a BOM or a meta tag declares. It imports nothing of
// the project.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// ErrNoText means the document carries no story text worth extracting.
var ErrNoText = errors.New("no story text")

// MinWords is the least story text, in words, a document must carry.
const MinWords = 25

// Article is one story: its text and what we know about it.
type Article struct {
	Title     string
	URL       string // canonical when the page declares one, tracking parameters stripped
	Author    string
	Publisher string
	Published time.Time // zero when unknown
	Text      string    // paragraphs separated by blank lines
}

// Hash is the content hash of the article's normalised text.
func (a *Article) Hash() string { return ContentHash(a.Text) }

// Parse reads a document by its file name's extension: .html/.htm as
// HTML, .md/.markdown as markdown, anything else as plain text; markdown
// and text may open with a front-matter block.
func Parse(name string, data []byte, contentType string) (*Article, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FromHTML(data, contentType, "")
	case ".md", ".markdown":
		return FromMarkdown(data)
	default:
		return FromText(data)
	}
}

// ContentHash is the hex sha256 of the text normalised for comparison:
// lower case, letters and digits only, single spaces. Two copies of one
// story that differ in whitespace, quotes or punctuation hash the same.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return hex.EncodeToString(sum[:])
}

// NormalizeText folds text for hashing.
func NormalizeText(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func checkText(a *Article) (*Article, error) {
	a.Text = strings.TrimSpace(a.Text)
	a.Title = collapse(a.Title)
	if wordCount(a.Text) < MinWords {
		return nil, ErrNoText
	}
	return a, nil
}

// collapse folds runs of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
