package article

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
)

const story = `Northwind Cloud said on Monday it had signed a three-year agreement to supply
computing capacity to Fabrikam, a maker of industrial sensors. The deal is worth about $40 million a year,
according to two people briefed on the terms, and replaces an earlier contract with a rival provider.
Fabrikam's chief executive said the move would cut costs.`

func page(head, body string) []byte {
	return []byte("<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>")
}

func TestFromHTMLMainTextAndMeta(t *testing.T) {
	body := `<nav class="site-nav"><ul><li>Home</li><li>Markets</li><li>Tech</li></ul></nav>
<header><h1>Site banner</h1></header>
<article><h1>Northwind signs Fabrikam</h1>
<div class="ad-slot"><p>Advertisement for shoes that is long enough to count as a paragraph of text.</p></div>
<p>` + story + `</p>
<figure><img src="x.jpg"><figcaption>Photo credit: Someone</figcaption></figure>
<p>Advertisement</p>
<p>Image source: an agency</p>
<aside class="related"><p>Related: another story about clouds that should not appear in the body.</p></aside>
</article>
<section id="comments"><p>First! This comment is long enough to be a paragraph but is not part of the story.</p></section>
<footer><p>Copyright 2024 Example Media</p></footer>`
	head := `<title>Northwind | Example</title>
<meta property="og:title" content="Northwind signs Fabrikam">
<meta property="og:site_name" content="Example Wire">
<meta name="author" content="Jane Writer">
<meta property="article:published_time" content="2024-04-02T09:30:00+02:00">
<link rel="canonical" href="/tech/northwind-fabrikam?utm_source=rss&id=7">`
	a, err := FromHTML(page(head, body), "text/html; charset=utf-8", "https://news.example/x?utm_medium=feed")
	require.NoError(t, err)
	assert.Equal(t, "Northwind signs Fabrikam", a.Title)
	assert.Equal(t, "Example Wire", a.Publisher)
	assert.Equal(t, "Jane Writer", a.Author)
	assert.Equal(t, "https://news.example/tech/northwind-fabrikam?id=7", a.URL)
	assert.Equal(t, time.Date(2024, 4, 2, 7, 30, 0, 0, time.UTC), a.Published)
	assert.Contains(t, a.Text, "Fabrikam's chief executive said the move would cut costs.")
	for _, junk := range []string{"Advertisement", "shoes", "Photo credit", "Image source", "Related", "First!", "Copyright", "Markets"} {
		assert.NotContains(t, a.Text, junk)
	}
}

func TestFromHTMLDateFromJSONLDAndTime(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
{"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-03-15T08:00:00Z",
"author":[{"@type":"Person","name":"A. Reporter"}],"publisher":{"@type":"Organization","name":"LD Times"}}]}</script>`
	a, err := FromHTML(page(ld, "<main><p>"+story+"</p></main>"), "text/html", "https://news.example/ld")
	require.NoError(t, err)
	assert.Equal(t, "LD headline", a.Title)
	assert.Equal(t, "A. Reporter", a.Author)
	assert.Equal(t, "LD Times", a.Publisher)
	assert.Equal(t, "2024-03-15", a.Published.Format(time.DateOnly))

	a, err = FromHTML(page("", `<div class="story"><time datetime="2023-11-30">Nov 30</time><p>`+story+`</p></div>`), "", "")
	require.NoError(t, err)
	assert.Equal(t, "2023-11-30", a.Published.Format(time.DateOnly))
}

func TestDecodeCharsets(t *testing.T) {
	// windows-1252 declared in the header: curly quotes and the euro sign.
	w1252 := append([]byte("<p>"), []byte("Caf\xe9 \x93deal\x94 worth \x8010m")...)
	got, err := Decode(w1252, "text/html; charset=windows-1252")
	require.NoError(t, err)
	assert.Contains(t, got, "Café “deal” worth €10m")

	// Shift_JIS declared only in a meta tag.
	sjis, err := japanese.ShiftJIS.NewEncoder().String("東京の会社")
	require.NoError(t, err)
	doc := []byte(`<html><head><meta charset="Shift_JIS"></head><body><p>` + sjis + `</p></body></html>`)
	got, err = Decode(doc, "text/html")
	require.NoError(t, err)
	assert.Contains(t, got, "東京の会社")

	// A UTF-8 byte-order mark wins over a wrong meta tag.
	bom := append([]byte("\xef\xbb\xbf"), []byte(`<meta charset="iso-8859-1"><p>naïve</p>`)...)
	got, err = Decode(bom, "")
	require.NoError(t, err)
	assert.Contains(t, got, "naïve")
}

func TestFromHTMLWindows1252Page(t *testing.T) {
	body := strings.ReplaceAll(story, "Fabrikam's", "Fabrikam\x92s")
	a, err := FromHTML(page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, "<article><p>"+body+"</p></article>"), "", "")
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Fabrikam’s chief executive")
}

func TestNoStoryText(t *testing.T) {
	_, err := FromHTML(page("<title>Menu</title>", `<nav><a href="/">Home</a></nav><p>Subscribe now</p>`), "", "")
	require.ErrorIs(t, err, ErrNoText)
	_, err = FromHTML([]byte(strings.Repeat("<div>", 20000)), "", "") // hostile nesting
	require.Error(t, err)
	_, err = FromText([]byte("\x00\x01\x02 binary"))
	require.ErrorIs(t, err, ErrNoText)
}

func TestMarkdownFrontMatter(t *testing.T) {
	md := "---\ntitle: Northwind wins Fabrikam\npublisher: Example Wire\nurl: https://news.example/a?utm_campaign=x\npublished: 2024-04-02\n---\n\n" +
		"# Ignored heading\n\n**Northwind Cloud** said on Monday it had signed a [three-year agreement](https://x.example) to supply\ncomputing capacity to Fabrikam.\n\n" +
		"- The deal is worth about $40 million a year, according to two people briefed on the terms.\n- It replaces an earlier contract with a rival provider, the people said on Monday.\n"
	a, err := Parse("x.md", []byte(md), "")
	require.NoError(t, err)
	assert.Equal(t, "Northwind wins Fabrikam", a.Title)
	assert.Equal(t, "Example Wire", a.Publisher)
	assert.Equal(t, "https://news.example/a", a.URL)
	assert.Equal(t, "2024-04-02", a.Published.Format(time.DateOnly))
	assert.True(t, strings.HasPrefix(a.Text, "Northwind Cloud said on Monday it had signed a three-year agreement to supply computing capacity to Fabrikam."), a.Text)
	assert.Contains(t, a.Text, "\n\nThe deal is worth about $40 million a year")
}

func TestPlainTextLinesAreParagraphs(t *testing.T) {
	a, err := Parse("x.txt", []byte("A Headline Without A Stop\n"+strings.ReplaceAll(story, "\n", " ")+"\n"), "")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, "A Headline Without A Stop\n\nNorthwind"), a.Text)
}

func TestCanonicalURL(t *testing.T) {
	cases := map[string]string{
		"HTTPS://News.Example:443/a/b/?utm_source=x&b=2&a=1#top": "https://news.example/a/b?a=1&b=2",
		"http://news.example:80":                                 "http://news.example/",
		"https://news.example/a?fbclid=1&gclid=2":                "https://news.example/a",
		"https://news.example:8443/a":                            "https://news.example:8443/a",
	}
	for in, want := range cases {
		assert.Equal(t, want, CanonicalURL(in), in)
	}
}

func TestContentHashIgnoresFormatting(t *testing.T) {
	a := "TikTok pays “Microsoft”  nearly $20 million.\n\nA month."
	b := "tiktok pays \"Microsoft\" nearly $20 million. A month"
	assert.Equal(t, ContentHash(a), ContentHash(b))
	assert.NotEqual(t, ContentHash(a), ContentHash(b+" more"))
}
