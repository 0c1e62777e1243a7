// Package sources reads the YAML file that lists what to ingest: RSS/Atom
// feeds, web pages, sitemaps and local folders, each with its schedule
// (interval or cron expression), publisher name and trust level. It imports
// nothing of the project.
package sources

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"
)

// ErrInvalid means the sources file is malformed.
var ErrInvalid = errors.New("invalid sources file")

// Kinds of source.
const (
	Feed    = "feed"
	Page    = "page"
	Sitemap = "sitemap"
	Folder  = "folder"
)

// DefaultInterval applies to sources that set neither interval nor cron.
const DefaultInterval = 30 * time.Minute

// Source is one place news comes from.
type Source struct {
	Name      string
	Kind      string // feed, page, sitemap or folder
	Location  string // URL, or an absolute folder path
	Interval  time.Duration
	Cron      string // a 5-field cron expression; wins over Interval
	Publisher string
	Trust     float64 // 0..1, default 0.5
	// FetchPages says whether a feed's item links are fetched as pages:
	// "auto" (when the item carries only a summary), "always" or "never".
	FetchPages string
	MaxItems   int // items read per check, 0 = 200
	schedule   cron.Schedule
}

// ID is the stable key of a source: its kind and location.
func (s *Source) ID() string { return s.Kind + ":" + s.Location }

// HasItems reports whether the source is a list of links (a feed or a
// sitemap) whose failed items are worth retrying one by one.
func (s *Source) HasItems() bool { return s.Kind == Feed || s.Kind == Sitemap }

// Next is when the source is due after a check at t.
func (s *Source) Next(t time.Time) time.Time {
	if s.schedule != nil {
		return s.schedule.Next(t)
	}
	return t.Add(s.Interval)
}

// entry is one source as written in YAML.
type entry struct {
	Name       string   `yaml:"name"`
	Feed       string   `yaml:"feed"`
	Page       string   `yaml:"page"`
	Sitemap    string   `yaml:"sitemap"`
	Folder     string   `yaml:"folder"`
	Interval   string   `yaml:"interval"`
	Cron       string   `yaml:"cron"`
	Publisher  string   `yaml:"publisher"`
	Trust      *float64 `yaml:"trust"`
	FetchPages string   `yaml:"fetch_pages"`
	MaxItems   int      `yaml:"max_items"`
}

type file struct {
	Defaults entry   `yaml:"defaults"`
	Sources  []entry `yaml:"sources"`
}

// Load reads a sources file; folder paths are relative to its directory.
func Load(path string) ([]*Source, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	return Parse(data, dir)
}

// Parse reads sources YAML, resolving folders against dir.
func Parse(data []byte, dir string) ([]*Source, error) {
	var f file
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	seen := map[string]bool{}
	out := make([]*Source, 0, len(f.Sources))
	for i, e := range f.Sources {
		s, err := build(withDefaults(e, f.Defaults), dir)
		if err != nil {
			return nil, fmt.Errorf("%w: source %d: %v", ErrInvalid, i+1, err)
		}
		if seen[s.ID()] || seen["name:"+s.Name] {
			return nil, fmt.Errorf("%w: source %d: duplicate %s", ErrInvalid, i+1, s.Name)
		}
		seen[s.ID()], seen["name:"+s.Name] = true, true
		out = append(out, s)
	}
	return out, nil
}

func withDefaults(e, d entry) entry {
	if e.Interval == "" && e.Cron == "" {
		e.Interval, e.Cron = d.Interval, d.Cron
	}
	if e.Trust == nil {
		e.Trust = d.Trust
	}
	if e.FetchPages == "" {
		e.FetchPages = d.FetchPages
	}
	if e.MaxItems == 0 {
		e.MaxItems = d.MaxItems
	}
	return e
}

func build(e entry, dir string) (*Source, error) {
	s := &Source{Name: e.Name, Publisher: e.Publisher, Cron: e.Cron, Trust: 0.5, FetchPages: e.FetchPages, MaxItems: e.MaxItems}
	if err := s.setLocation(e, dir); err != nil {
		return nil, err
	}
	if err := s.setSchedule(e); err != nil {
		return nil, err
	}
	if e.Trust != nil {
		if *e.Trust < 0 || *e.Trust > 1 {
			return nil, fmt.Errorf("trust %v is outside 0..1", *e.Trust)
		}
		s.Trust = *e.Trust
	}
	switch s.FetchPages {
	case "":
		s.FetchPages = "auto"
	case "auto", "always", "never":
	default:
		return nil, fmt.Errorf("fetch_pages %q: want auto, always or never", s.FetchPages)
	}
	if s.MaxItems <= 0 {
		s.MaxItems = 200
	}
	if s.Name == "" {
		s.Name = s.Location
	}
	return s, nil
}

func (s *Source) setLocation(e entry, dir string) error {
	n := 0
	for kind, loc := range map[string]string{Feed: e.Feed, Page: e.Page, Sitemap: e.Sitemap, Folder: e.Folder} {
		if loc != "" {
			s.Kind, s.Location = kind, strings.TrimSpace(loc)
			n++
		}
	}
	if n != 1 {
		return fmt.Errorf("%q: set exactly one of feed, page, sitemap, folder", e.Name)
	}
	if s.Kind == Folder {
		if !filepath.IsAbs(s.Location) {
			s.Location = filepath.Join(dir, s.Location)
		}
		s.Location = filepath.Clean(s.Location)
		return nil
	}
	u, err := url.Parse(s.Location)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q: %q is not an http(s) URL", e.Name, s.Location)
	}
	return nil
}

func (s *Source) setSchedule(e entry) error {
	if e.Cron != "" {
		sched, err := cron.ParseStandard(e.Cron)
		if err != nil {
			return fmt.Errorf("cron %q: %v", e.Cron, err)
		}
		s.schedule = sched
		return nil
	}
	s.Interval = DefaultInterval
	if e.Interval != "" {
		d, err := time.ParseDuration(e.Interval)
		if err != nil || d < time.Minute {
			return fmt.Errorf("interval %q: want a duration of at least 1m", e.Interval)
		}
		s.Interval = d
	}
	return nil
}

// ParseCron validates a 5-field cron expression (or @every/@hourly).
func ParseCron(expr string) (cron.Schedule, error) {
	sched, err := cron.ParseStandard(expr)
	if err != nil {
		return nil, fmt.Errorf("%w: cron %q: %v", ErrInvalid, expr, err)
	}
	return sched, nil
}
