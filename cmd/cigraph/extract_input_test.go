package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/ingest/article"
)

// storyPage is our own short story wrapped in the chrome of a news site:
// navigation, a cookie banner, related links that name other companies, and
// a footer. Only the story may give facts.
const storyPage = `<!DOCTYPE html><html><head><title>Zephyr wins Kestrel order</title>
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
<link rel="canonical" href="https://news.example.com/zephyr-kestrel?utm_source=x"></head>
<body><nav><a href="/">Home</a> <a href="/tech">Tech</a> Subscribe</nav>
<div class="cookie-banner">We use cookies. Accept all</div>
<article><h1>Zephyr wins Kestrel order</h1>
<p>Zephyr Motors said on Tuesday that Kestrel Batteries has become its largest customer, buying drive units for its new trucks.</p>
<p>Kestrel Batteries accounted for about 18% of Zephyr Motors' revenue in the December quarter, the company said in a filing.</p>
<div class="related"><ul><li><a href="/a">Granite Capital buys Lumen Grid for $4 billion</a></li></ul></div>
</article><footer>All rights reserved.</footer></body></html>`

func extractJSON(t *testing.T, stdin string, args ...string) map[string]any {
	t.Helper()
	env, out := testEnv(nil)
	env.Stdin = strings.NewReader(stdin)
	require.NoError(t, run(context.Background(), env, append([]string{"extract"}, args...)))
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc), out.String())
	return doc
}

func relationTimes(doc map[string]any) []string {
	var got []string
	for _, r := range doc["relations"].([]any) {
		m := r.(map[string]any)
		got = append(got, m["type"].(string)+" "+m["subject"].(string)+" -> "+m["object"].(string)+" @"+m["time"].(string))
	}
	return got
}

func TestExtractReadsHTMLLikeIngest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.html")
	require.NoError(t, os.WriteFile(path, []byte(storyPage), 0o644))
	want := []string{"CUSTOMER_OF Kestrel Batteries -> Zephyr Motors @2024-Q4"}

	fromFile := extractJSON(t, "", path)
	assert.Equal(t, want, relationTimes(fromFile), "the page's own date resolves 'the December quarter'")
	assert.NotContains(t, toJSON(t, fromFile), "Granite", "related links are page chrome, not story")

	fromStdin := extractJSON(t, storyPage, "-")
	assert.Equal(t, want, relationTimes(fromStdin), "stdin is told HTML by its first tag")

	flagWins := extractJSON(t, "", "--published", "2026-02-10", path)
	assert.Equal(t, []string{"CUSTOMER_OF Kestrel Batteries -> Zephyr Motors @2025-Q4"}, relationTimes(flagWins))
}

func TestExtractFrontMatterGivesTheDate(t *testing.T) {
	body := "Kestrel Batteries accounted for about 18% of Zephyr Motors' revenue in the December quarter, the company said.\n"
	path := filepath.Join(t.TempDir(), "story.md")
	require.NoError(t, os.WriteFile(path, []byte("---\ntitle: Zephyr\npublished: 2025-03-04\n---\n"+body), 0o644))
	got := extractJSON(t, "", path)
	assert.Equal(t, []string{"CUSTOMER_OF Kestrel Batteries -> Zephyr Motors @2024-Q4"}, relationTimes(got))
	assert.NotContains(t, toJSON(t, got), "title:", "the front matter is not story text")
}

func TestExtractPageWithoutStory(t *testing.T) {
	env, _ := testEnv(nil)
	env.Stdin = strings.NewReader("<html><body><nav>Home Markets</nav><p>Subscribe now.</p></body></html>")
	err := run(context.Background(), env, []string{"extract", "-"})
	require.ErrorIs(t, err, article.ErrNoText)
	assert.Contains(t, err.Error(), "no story text")
}

func toJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
