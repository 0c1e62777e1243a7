package article

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// FrontMatter is the metadata block a markdown or text file may open with
// (YAML between "---" lines).
type FrontMatter struct {
	Title     string `yaml:"title"`
	URL       string `yaml:"url"`
	Publisher string `yaml:"publisher"`
	Author    string `yaml:"author"`
	Published string `yaml:"published"`
	Date      string `yaml:"date"`
}

// SplitFrontMatter separates a leading YAML block from the body. Files
// without one come back whole with an empty FrontMatter.
func SplitFrontMatter(data []byte) (FrontMatter, []byte, error) {
	var fm FrontMatter
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	rest, ok := bytes.CutPrefix(bytes.TrimLeft(data, "\r\n"), []byte("---"))
	if !ok || len(rest) == 0 || (rest[0] != '\n' && rest[0] != '\r') {
		return fm, data, nil
	}
	end := bytes.Index(rest, []byte("\n---"))
	if end < 0 {
		return fm, data, nil
	}
	if err := yaml.Unmarshal(rest[:end], &fm); err != nil {
		return fm, data, fmt.Errorf("front matter: %w", err)
	}
	body := rest[end+4:]
	if i := bytes.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:]
	} else {
		body = nil
	}
	return fm, body, nil
}

func fromFrontMatter(fm FrontMatter, text string) (*Article, error) {
	a := &Article{Title: fm.Title, URL: CanonicalURL(fm.URL), Publisher: fm.Publisher, Author: fm.Author, Text: text}
	for _, v := range []string{fm.Published, fm.Date} {
		if t, ok := ParseDate(v); ok {
			a.Published = t
			break
		}
	}
	return checkText(a)
}

// FromText reads a plain-text file, with an optional front matter block.
func FromText(data []byte) (*Article, error) {
	fm, body, err := SplitFrontMatter(data)
	if err != nil {
		return nil, err
	}
	text, err := decodeFile(body)
	if err != nil {
		return nil, err
	}
	return fromFrontMatter(fm, normalizeParagraphs(text))
}

// FromMarkdown reads a markdown file: front matter, then the body with its
// markup removed. A first-level heading becomes the title if none is set.
func FromMarkdown(data []byte) (*Article, error) {
	fm, body, err := SplitFrontMatter(data)
	if err != nil {
		return nil, err
	}
	text, err := decodeFile(body)
	if err != nil {
		return nil, err
	}
	title, plain := stripMarkdown(text)
	if fm.Title == "" {
		fm.Title = title
	}
	return fromFrontMatter(fm, plain)
}

// decodeFile returns UTF-8 text, reading non-UTF-8 files as windows-1252.
func decodeFile(body []byte) (string, error) {
	if utf8.Valid(body) {
		return string(body), nil
	}
	return Decode(body, "text/plain; charset=windows-1252")
}

var (
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__|\*|_|~~|` + "`" + `)([^*_~` + "`" + `\n]+)(\*\*|__|\*|_|~~|` + "`" + `)`)
	mdListMark = regexp.MustCompile(`^\s*([-*+]|\d+[.)])\s+`)
	mdHeading  = regexp.MustCompile(`^#{1,6}\s+`)
	blankLine  = regexp.MustCompile(`\n\s*\n`)
	newline    = regexp.MustCompile(`\n`)
)

// stripMarkdown removes markup, keeping paragraphs; it returns the first
// "# " heading as a title and drops it from the text.
func stripMarkdown(text string) (title, plain string) {
	var lines []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if title == "" && strings.HasPrefix(line, "# ") {
			title = strings.TrimSpace(line[2:])
			continue
		}
		line = mdHeading.ReplaceAllString(line, "")
		line = strings.TrimLeft(line, "> ")
		line = mdListMark.ReplaceAllString(line, "")
		line = mdImage.ReplaceAllString(line, "")
		line = mdLink.ReplaceAllString(line, "$1")
		line = mdEmphasis.ReplaceAllString(line, "$2")
		lines = append(lines, line)
	}
	return title, normalizeParagraphs(strings.Join(lines, "\n"))
}

// normalizeParagraphs joins wrapped lines and separates paragraphs with one
// blank line, dropping furniture lines ("Advertisement", credits).
func normalizeParagraphs(text string) string {
	var paras []string
	text = strings.ReplaceAll(text, "\r\n", "\n")
	sep := blankLine
	if !blankLine.MatchString(text) {
		sep = newline // no blank lines: every line is a paragraph
	}
	for _, block := range sep.Split(text, -1) {
		p := collapse(block)
		if p != "" && !boilerLine.MatchString(p) {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
