// Package feed reads RSS and Atom feeds (with gofeed) and XML sitemaps into
// lists of items to fetch. It imports nothing of the project.
package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// ErrInvalid means the bytes are not a feed or sitemap we can read.
var ErrInvalid = errors.New("invalid feed")

// Item is one entry of a feed or sitemap.
type Item struct {
	Title     string
	Link      string
	GUID      string
	Author    string
	Published time.Time // zero when the feed gives none
	// Content is the item's full text or summary with markup removed.
	Content string
}

// Feed is a parsed feed: its title and items in document order.
type Feed struct {
	Title string
	Items []Item
}

// Parse reads RSS 0.9x/1.0/2.0, Atom or JSON Feed, resolving relative links
// against base.
func Parse(data []byte, base string) (*Feed, error) {
	p := gofeed.NewParser()
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	out := &Feed{Title: strings.TrimSpace(f.Title)}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		out.Items = append(out.Items, item(it, base))
	}
	return out, nil
}

func item(it *gofeed.Item, base string) Item {
	out := Item{Title: strings.TrimSpace(it.Title), Link: resolve(base, strings.TrimSpace(it.Link)), GUID: it.GUID}
	if it.PublishedParsed != nil {
		out.Published = it.PublishedParsed.UTC()
	} else if it.UpdatedParsed != nil {
		out.Published = it.UpdatedParsed.UTC()
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		out.Author = it.Authors[0].Name
	}
	content := it.Content
	if len(StripTags(content)) < len(StripTags(it.Description)) {
		content = it.Description
	}
	out.Content = StripTags(content)
	return out
}

var (
	tagRE   = regexp.MustCompile(`(?s)<(script|style)[^>]*>.*?</(script|style)>|<[^>]*>`)
	blockRE = regexp.MustCompile(`(?i)</?(p|div|br|li|h[1-6]|blockquote)[^>]*>`)
)

// StripTags turns an HTML fragment into plain text with paragraphs
// separated by blank lines.
func StripTags(s string) string {
	s = blockRE.ReplaceAllString(s, "\n\n")
	s = html.UnescapeString(tagRE.ReplaceAllString(s, " "))
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// urlset and sitemapindex are the two sitemap document types.
type sitemapDoc struct {
	XMLName xml.Name
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
		News    struct {
			Title string `xml:"title"`
			Date  string `xml:"publication_date"`
		} `xml:"news"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// Sitemap is a parsed sitemap: article URLs, or child sitemaps for an index.
type Sitemap struct {
	Items    []Item
	Children []string
}

// ParseSitemap reads a <urlset> (with optional Google News tags) or a
// <sitemapindex>.
func ParseSitemap(data []byte) (*Sitemap, error) {
	var doc sitemapDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: sitemap: %v", ErrInvalid, err)
	}
	out := &Sitemap{}
	switch doc.XMLName.Local {
	case "urlset":
		for _, u := range doc.URLs {
			it := Item{Link: strings.TrimSpace(u.Loc), Title: strings.TrimSpace(u.News.Title)}
			it.Published = parseW3C(u.News.Date, u.LastMod)
			out.Items = append(out.Items, it)
		}
	case "sitemapindex":
		for _, s := range doc.Sitemaps {
			out.Children = append(out.Children, strings.TrimSpace(s.Loc))
		}
	default:
		return nil, fmt.Errorf("%w: root element <%s> is not a sitemap", ErrInvalid, doc.XMLName.Local)
	}
	return out, nil
}

func parseW3C(vals ...string) time.Time {
	for _, v := range vals {
		for _, l := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
			if t, err := time.Parse(l, strings.TrimSpace(v)); err == nil {
				return t.UTC()
			}
		}
	}
	return time.Time{}
}
