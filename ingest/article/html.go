package article

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"
)

// Decode returns body as UTF-8, using the charset of the Content-Type
// header, a byte-order mark or a <meta> tag (in that order of trust, as
// browsers do), and windows-1252 when none is declared and the bytes are
// not valid UTF-8.
func Decode(body []byte, contentType string) (string, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return "", fmt.Errorf("decode: %w", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("decode: %w", err)
	}
	return string(out), nil
}

// dropSelectors are elements that are never story text.
const dropSelectors = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, " +
	"input, select, textarea, nav, header, footer, aside, figure, figcaption, picture, video, audio, " +
	"[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]"

// boilerplate matches class or id values of non-story blocks.
var boilerplate = regexp.MustCompile(`(?i)(^|[\s_-])(ad|ads|advert|advertisement|sponsor\w*|promo\w*|banner|related|recommend\w*|more-stories|read-more|readmore|comment\w*|disqus|share|sharing|social|newsletter|subscribe|signup|paywall|credit\w*|caption|byline-photo|breadcrumbs?|cookie\w*|consent|sidebar|widget|footer|header|nav\w*|menu|masthead|toolbar|popup|modal|outbrain|taboola|tags?)($|[\s_-])`)

// boilerLine matches paragraphs that are furniture, not story.
var boilerLine = regexp.MustCompile(`(?i)^(advertisement|advert|sponsored( content)?|read more\b.*|related:?.*|share (this|on)\b.*|(image|photo|picture|illustration)( source| credit)?s?\s*(note)?\s*[:|].*|credit:.*|sign up\b.*|subscribe\b.*|click here\b.*|follow us\b.*|copyright\b.*|©.*|all rights reserved\.?)$`)

// FromHTML extracts the story of an HTML page. pageURL is where it was
// fetched from; the canonical URL the page declares wins over it.
func FromHTML(body []byte, contentType, pageURL string) (*Article, error) {
	text, err := Decode(body, contentType)
	if err != nil {
		return nil, err
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	a := &Article{}
	readMeta(doc, a, pageURL)
	a.Text = mainText(doc)
	return checkText(a)
}

func mainText(doc *goquery.Document) string {
	doc.Find(dropSelectors).Remove()
	doc.Find("[class], [id]").FilterFunction(func(_ int, s *goquery.Selection) bool {
		if goquery.NodeName(s) == "body" || goquery.NodeName(s) == "html" || goquery.NodeName(s) == "article" {
			return false
		}
		if s.Find("article, [itemprop=articleBody]").Length() > 0 {
			return false // a wrapper of the story itself
		}
		return boilerplate.MatchString(s.AttrOr("class", "")) || boilerplate.MatchString(s.AttrOr("id", ""))
	}).Remove()
	return paragraphs(container(doc))
}

// container picks the element holding the story: an explicit article
// body, else the <article> or block with the most paragraph text.
func container(doc *goquery.Document) *goquery.Selection {
	for _, sel := range []string{"[itemprop=articleBody]", "article", "main", "[role=main]"} {
		if c := densest(doc.Find(sel)); c != nil {
			return c
		}
	}
	if c := densest(doc.Find("div, section")); c != nil {
		return c
	}
	return doc.Find("body")
}

// densest returns the candidate whose direct-ish paragraphs hold the most
// text, or nil when none has a paragraph.
func densest(cands *goquery.Selection) *goquery.Selection {
	var best *goquery.Selection
	bestLen := 0
	cands.Each(func(_ int, s *goquery.Selection) {
		n := 0
		s.Find("p").Each(func(_ int, p *goquery.Selection) { n += len(strings.TrimSpace(p.Text())) })
		if n > bestLen {
			best, bestLen = s, n
		}
	})
	return best
}

func paragraphs(c *goquery.Selection) string {
	var out []string
	c.Find("p, h2, h3, h4, li, blockquote, pre").Each(func(_ int, s *goquery.Selection) {
		if s.ParentsFiltered("p, li, blockquote").Length() > 0 {
			return // already counted with its parent
		}
		if goquery.NodeName(s) == "li" && s.ParentsFiltered("article, [itemprop=articleBody], main").Length() == 0 && c.Is("body") {
			return // bare lists outside a story are menus
		}
		t := collapse(s.Text())
		if t == "" || boilerLine.MatchString(t) {
			return
		}
		out = append(out, t)
	})
	if len(out) == 0 {
		return collapse(c.Text())
	}
	return strings.Join(out, "\n\n")
}
