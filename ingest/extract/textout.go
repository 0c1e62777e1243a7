package extract

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cigraph/cigraph/graph"
)

// WriteText prints an extraction as a readable summary.
func WriteText(w io.Writer, x graph.Extraction) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "Entities (%d)\n", len(x.Entities))
	for _, e := range x.Entities {
		fmt.Fprintf(b, "  %-8s %s", e.Type, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(b, "  (also: %s)", strings.Join(e.Aliases, ", "))
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(b, "Relations (%d)\n", len(x.Relations))
	for _, r := range x.Relations {
		fmt.Fprintf(b, "  %s -%s-> %s%s\n      %q\n", r.Subject, r.Type, r.Object, relDetails(r), r.Evidence)
	}
	fmt.Fprintf(b, "Metrics (%d)\n", len(x.Metrics))
	for _, m := range x.Metrics {
		fmt.Fprintf(b, "  %s %s = %g %s %s %s", m.Subject, m.Metric, m.Value, m.Unit, m.Period, m.Qualifier)
		if m.Time != "" {
			fmt.Fprintf(b, " @%s", m.Time)
		}
		if m.Forecast {
			b.WriteString(" (forecast)")
		}
		fmt.Fprintf(b, "\n      %q\n", m.Evidence)
	}
	return b.Flush()
}

func relDetails(r graph.Relation) string {
	var parts []string
	if r.Product != "" {
		parts = append(parts, "product "+r.Product)
	}
	if a := r.Amount; a != nil {
		parts = append(parts, fmt.Sprintf("%s %g %s/%s", a.Qualifier, a.Value, a.Unit, a.Period))
	}
	if r.SharePercent != nil {
		parts = append(parts, fmt.Sprintf("share %g%%", *r.SharePercent))
	}
	if r.Role != "" {
		parts = append(parts, "role "+r.Role)
	}
	if r.Status != "" && r.Status != graph.StatusCurrent {
		parts = append(parts, r.Status)
	}
	if r.Time != "" {
		parts = append(parts, "@"+r.Time)
	}
	if len(parts) == 0 {
		return ""
	}
	return " [" + strings.Join(parts, ", ") + "]"
}
