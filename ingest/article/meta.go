package article

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// readMeta fills title, canonical URL, author, publisher and date from
// meta tags, JSON-LD and <time>, before the body is pruned.
func readMeta(doc *goquery.Document, a *Article, pageURL string) {
	ld := jsonLD(doc)
	a.Title = first(meta(doc, "og:title", "twitter:title"), ld.Headline, doc.Find("h1").First().Text(), doc.Find("title").First().Text())
	a.Author = first(meta(doc, "author", "article:author", "parsely-author", "sailthru.author"), ld.author(), doc.Find("[rel=author]").First().Text())
	a.Publisher = first(meta(doc, "og:site_name", "application-name"), ld.publisher())
	canon := first(doc.Find("link[rel=canonical]").AttrOr("href", ""), meta(doc, "og:url"))
	if canon != "" {
		canon = Resolve(pageURL, canon)
	}
	a.URL = CanonicalURL(first(canon, pageURL))
	for _, v := range []string{
		meta(doc, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
			"publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published"),
		ld.DatePublished,
		doc.Find("time[datetime]").First().AttrOr("datetime", ""),
		doc.Find("[itemprop=datePublished]").First().AttrOr("content", ""),
		meta(doc, "article:modified_time", "dateModified"), ld.DateModified,
	} {
		if t, ok := ParseDate(v); ok {
			a.Published = t
			break
		}
	}
}

// meta returns the content of the first <meta> whose property, name or
// itemprop is one of keys.
func meta(doc *goquery.Document, keys ...string) string {
	for _, k := range keys {
		for _, attr := range []string{"property", "name", "itemprop"} {
			sel := doc.Find("meta[" + attr + "]").FilterFunction(func(_ int, s *goquery.Selection) bool {
				return strings.EqualFold(s.AttrOr(attr, ""), k)
			})
			if v := strings.TrimSpace(sel.First().AttrOr("content", "")); v != "" {
				return v
			}
		}
	}
	return ""
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = collapse(v); v != "" {
			return v
		}
	}
	return ""
}

// ldArticle is the part of a schema.org NewsArticle we read.
type ldArticle struct {
	Type          any             `json:"@type"`
	Headline      string          `json:"headline"`
	DatePublished string          `json:"datePublished"`
	DateModified  string          `json:"dateModified"`
	Author        json.RawMessage `json:"author"`
	Publisher     json.RawMessage `json:"publisher"`
	Graph         []ldArticle     `json:"@graph"`
}

type ldName struct {
	Name string `json:"name"`
}

func (l ldArticle) author() string { return ldNames(l.Author) }

func (l ldArticle) publisher() string { return ldNames(l.Publisher) }

// ldNames reads a name from a string, an object or a list of objects.
func ldNames(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var one ldName
	if json.Unmarshal(raw, &one) == nil && one.Name != "" {
		return one.Name
	}
	var many []ldName
	if json.Unmarshal(raw, &many) == nil {
		names := make([]string, 0, len(many))
		for _, n := range many {
			if n.Name != "" {
				names = append(names, n.Name)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// jsonLD returns the first article-like JSON-LD object of the page.
func jsonLD(doc *goquery.Document) ldArticle {
	var found ldArticle
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, cand := range decodeLD(s.Text()) {
			if cand.DatePublished != "" || cand.Headline != "" {
				found = cand
				return false
			}
		}
		return true
	})
	return found
}

func decodeLD(text string) []ldArticle {
	var one ldArticle
	if json.Unmarshal([]byte(text), &one) == nil {
		return append([]ldArticle{one}, one.Graph...)
	}
	var many []ldArticle
	_ = json.Unmarshal([]byte(text), &many)
	return many
}

var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02",
	time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006", "20060102",
}

// ParseDate reads the date spellings found in meta tags, feeds and front
// matter; the result is in UTC.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
