package sources

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const good = `
defaults:
  interval: 1h
  trust: 0.6
sources:
  - name: wire
    feed: https://news.example/feed.xml
    interval: 15m
    publisher: Example Wire
    trust: 0.9
  - name: daily
    page: https://daily.example/story
    cron: "*/10 * * * *"
  - sitemap: https://maps.example/sitemap.xml
  - name: local
    folder: news
    fetch_pages: never
`

func TestParse(t *testing.T) {
	srcs, err := Parse([]byte(good), "/data")
	require.NoError(t, err)
	require.Len(t, srcs, 4)
	wire := srcs[0]
	assert.Equal(t, Feed, wire.Kind)
	assert.Equal(t, 15*time.Minute, wire.Interval)
	assert.Equal(t, 0.9, wire.Trust)
	assert.Equal(t, "Example Wire", wire.Publisher)
	assert.Equal(t, "auto", wire.FetchPages)
	assert.Equal(t, "feed:https://news.example/feed.xml", wire.ID())
	t0 := time.Date(2024, 3, 1, 10, 3, 0, 0, time.UTC)
	assert.Equal(t, t0.Add(15*time.Minute), wire.Next(t0))
	assert.Equal(t, time.Date(2024, 3, 1, 10, 10, 0, 0, time.UTC), srcs[1].Next(t0))
	assert.Equal(t, "https://maps.example/sitemap.xml", srcs[2].Name)
	assert.Equal(t, time.Hour, srcs[2].Interval)
	assert.Equal(t, 0.6, srcs[2].Trust)
	assert.Equal(t, "/data/news", srcs[3].Location)
	assert.Equal(t, "never", srcs[3].FetchPages)
}

func TestParseRejects(t *testing.T) {
	bad := map[string]string{
		"two kinds":     "sources:\n- feed: https://a.example/f\n  page: https://a.example/p\n",
		"no kind":       "sources:\n- name: x\n",
		"bad url":       "sources:\n- feed: ftp://a.example/f\n",
		"bad cron":      "sources:\n- feed: https://a.example/f\n  cron: every tuesday\n",
		"tiny interval": "sources:\n- feed: https://a.example/f\n  interval: 1s\n",
		"trust":         "sources:\n- feed: https://a.example/f\n  trust: 3\n",
		"unknown field": "sources:\n- feed: https://a.example/f\n  intervall: 1h\n",
		"duplicate":     "sources:\n- feed: https://a.example/f\n- feed: https://a.example/f\n",
		"fetch_pages":   "sources:\n- feed: https://a.example/f\n  fetch_pages: maybe\n",
	}
	for name, y := range bad {
		_, err := Parse([]byte(y), "/")
		assert.ErrorIs(t, err, ErrInvalid, name)
	}
}

func TestLoadResolvesFoldersAgainstFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sources.yaml")
	require.NoError(t, os.WriteFile(path, []byte("sources:\n- folder: ./news\n"), 0o600))
	srcs, err := Load(path)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "news"), srcs[0].Location)
	_, err = Load(filepath.Join(dir, "missing.yaml"))
	assert.Error(t, err)
}

func TestParseCron(t *testing.T) {
	_, err := ParseCron("*/15 * * * *")
	require.NoError(t, err)
	_, err = ParseCron("61 * * * *")
	assert.ErrorIs(t, err, ErrInvalid)
}
