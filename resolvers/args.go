package resolvers

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"github.com/cigraph/cigraph/graph"
)

// parseWhen reads a date argument: 2024, 2024-03, 2024-03-12 or RFC 3339.
// A year, month or day means its end, so asOf "2024-03" includes March.
func parseWhen(field string, s *string) (*time.Time, error) {
	if s == nil || strings.TrimSpace(*s) == "" {
		return nil, nil
	}
	_, end, err := parsePeriod(field, *s)
	if err != nil {
		return nil, err
	}
	return &end, nil
}

// parseClocks reads the asOf and knownAt arguments of the analytics (see
// parseWhen): what held by asOf, counting what was ingested by knownAt.
func parseClocks(asOf, knownAt *string) (*time.Time, *time.Time, error) {
	held, err := parseWhen("asOf", asOf)
	if err != nil {
		return nil, nil, err
	}
	known, err := parseWhen("knownAt", knownAt)
	if err != nil {
		return nil, nil, err
	}
	return held, known, nil
}

// parsePeriod returns the first and the last instant a date argument covers.
func parsePeriod(field, raw string) (time.Time, time.Time, error) {
	v := strings.TrimSpace(raw)
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		return t, t, nil
	}
	layouts := []struct {
		layout     string
		y, m, days int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}}
	for _, l := range layouts {
		if t, err := time.Parse(l.layout, v); err == nil {
			return t, t.AddDate(l.y, l.m, l.days).Add(-time.Nanosecond), nil
		}
	}
	return time.Time{}, time.Time{}, fmt.Errorf("%s: %q is not a date (want 2024, 2024-03, 2024-03-12 or RFC 3339): %w", field, v, graph.ErrInvalid)
}

// pageSize checks a `first` argument against the cap.
func (l Limits) pageSize(first *int, def int) (int, error) {
	n := def
	if first != nil {
		n = *first
	}
	if n < 0 {
		return 0, fmt.Errorf("first: %d is negative: %w", n, graph.ErrInvalid)
	}
	if n > l.MaxFirst {
		return 0, fmt.Errorf("first: %d is over the limit of %d: %w", n, l.MaxFirst, graph.ErrInvalid)
	}
	return n, nil
}

const cursorPrefix = "cursor:"

// encodeCursor makes an opaque cursor from a node id.
func encodeCursor(id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + id))
}

// decodeCursor reads a cursor made by encodeCursor.
func decodeCursor(c *string) (string, error) {
	if c == nil || *c == "" {
		return "", nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*c)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return "", fmt.Errorf("after: %q is not a cursor of this API: %w", *c, graph.ErrInvalid)
	}
	return strings.TrimPrefix(string(b), cursorPrefix), nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func orInt(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}
