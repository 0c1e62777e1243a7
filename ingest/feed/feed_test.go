package feed

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Northwind signs Fabrikam</title><link>/tech/northwind?utm_source=rss</link>
<guid>nw-1</guid><pubDate>Tue, 02 Apr 2024 09:30:00 GMT</pubDate>
<description><![CDATA[<p>Northwind Cloud signed a deal.</p><p>It is worth &amp; more.</p>]]></description></item>
<item><title>Second</title><link>https://news.example/b</link></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<entry><title>Contoso buys Litware</title><link href="https://atom.example/contoso"/><id>urn:1</id>
<updated>2024-05-01T12:00:00Z</updated><author><name>R. Writer</name></author>
<content type="html">&lt;p&gt;Contoso agreed to buy Litware.&lt;/p&gt;</content></entry></feed>`

func TestParseRSS(t *testing.T) {
	f, err := Parse([]byte(rss), "https://news.example/feed.xml")
	require.NoError(t, err)
	assert.Equal(t, "Example Wire", f.Title)
	require.Len(t, f.Items, 2)
	it := f.Items[0]
	assert.Equal(t, "https://news.example/tech/northwind?utm_source=rss", it.Link)
	assert.Equal(t, time.Date(2024, 4, 2, 9, 30, 0, 0, time.UTC), it.Published)
	assert.Equal(t, "Northwind Cloud signed a deal.\n\nIt is worth & more.", it.Content)
	assert.True(t, f.Items[1].Published.IsZero())
}

func TestParseAtom(t *testing.T) {
	f, err := Parse([]byte(atom), "")
	require.NoError(t, err)
	require.Len(t, f.Items, 1)
	assert.Equal(t, "https://atom.example/contoso", f.Items[0].Link)
	assert.Equal(t, "R. Writer", f.Items[0].Author)
	assert.Equal(t, "Contoso agreed to buy Litware.", f.Items[0].Content)
	assert.Equal(t, 2024, f.Items[0].Published.Year())
}

func TestInvalidFeed(t *testing.T) {
	for _, bad := range []string{`<rss><channel><item><title>broken`, `not xml at all`, `<html><body>hi</body></html>`, ``} {
		_, err := Parse([]byte(bad), "")
		assert.ErrorIs(t, err, ErrInvalid, bad)
	}
}

func TestParseSitemap(t *testing.T) {
	sm, err := ParseSitemap([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/a</loc><lastmod>2024-03-01</lastmod></url>
<url><loc> https://news.example/b </loc><news:news><news:publication_date>2024-03-02T10:00:00Z</news:publication_date><news:title>B</news:title></news:news></url>
</urlset>`))
	require.NoError(t, err)
	require.Len(t, sm.Items, 2)
	assert.Equal(t, "https://news.example/b", sm.Items[1].Link)
	assert.Equal(t, "B", sm.Items[1].Title)
	assert.Equal(t, 2, sm.Items[1].Published.Day())
	idx, err := ParseSitemap([]byte(`<sitemapindex><sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>`))
	require.NoError(t, err)
	assert.Equal(t, []string{"https://news.example/s1.xml"}, idx.Children)
	_, err = ParseSitemap([]byte(`<rss/>`))
	assert.ErrorIs(t, err, ErrInvalid)
}
