package graph

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

var (
	periods    = []string{"", "once", "month", "quarter", "year", "annualized"}
	qualifiers = []string{"", "exact", "approx", "up_to", "at_least", "more_than"}
	statuses   = []string{"", StatusCurrent, StatusFormer, StatusPlanned}
	currencyRe = regexp.MustCompile(`^[A-Z]{3}$`)
)

// problems collects field errors of one document.
type problems []string

func (p *problems) add(field, format string, args ...any) {
	*p = append(*p, field+": "+fmt.Sprintf(format, args...))
}

// ValidateDocument checks a document against ONTOLOGY.md before anything is
// written. The error names every bad field ("relations[3].type: unknown
// relation type \"FOO\"") and wraps ErrInvalid. Items marked optional are
// not checked, because ImportDocument skips them.
func ValidateDocument(doc Document) error {
	var p problems
	validateArticle(&p, doc)
	idx := newDocIndex(doc.Entities)
	for i, e := range doc.Entities {
		validateEntity(&p, fmt.Sprintf("entities[%d]", i), e)
	}
	for i, r := range doc.Relations {
		if !r.Optional {
			validateRelation(&p, fmt.Sprintf("relations[%d]", i), r, idx, doc.Entities)
		}
	}
	for i, m := range doc.Metrics {
		if !m.Optional {
			validateMetric(&p, fmt.Sprintf("metrics[%d]", i), m, idx)
		}
	}
	if len(p) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrInvalid, strings.Join(p, "; "))
}

func validateArticle(p *problems, doc Document) {
	if doc.Published != "" {
		if _, err := ParsePublished(doc.Published); err != nil {
			p.add("published", "%v", err)
		}
	}
	if doc.URL != "" {
		if u, err := url.Parse(doc.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			p.add("url", "%q is not an http(s) URL", doc.URL)
		}
	}
}

func validateEntity(p *problems, field string, e Entity) {
	if NormalizeName(e.Name) == "" {
		p.add(field+".name", "empty name")
	}
	if e.Type != Org && e.Type != Product && e.Type != Person {
		p.add(field+".type", "unknown entity type %q (want ORG, PRODUCT or PERSON)", e.Type)
	}
}

func validateRelation(p *problems, field string, r Relation, idx docIndex, entities []Entity) {
	if !slices.Contains(RelationTypes, r.Type) {
		p.add(field+".type", "unknown relation type %q", r.Type)
	}
	s := idx.check(p, field+".subject", r.Subject, true)
	o := idx.check(p, field+".object", r.Object, true)
	if s >= 0 && o >= 0 && idx.find(r.Subject, subjectType(r.Type), entities) == idx.find(r.Object, objectType(r.Type), entities) {
		p.add(field+".object", "%q is the subject itself", r.Object)
	}
	idx.check(p, field+".product", r.Product, false)
	if r.Amount != nil {
		validateAmount(p, field+".amount", r.Amount.Value, r.Amount.Unit, r.Amount.Period, r.Amount.Qualifier, false)
	}
	if r.SharePercent != nil {
		validateShare(p, field+".share_percent", *r.SharePercent)
	}
	if !slices.Contains(statuses, r.Status) {
		p.add(field+".status", "unknown status %q (want current, former or planned)", r.Status)
	}
	validateCommon(p, field, r.Time, r.Confidence, r.Evidence)
}

func validateMetric(p *problems, field string, m Metric, idx docIndex) {
	if !slices.Contains(MetricNames, m.Metric) {
		p.add(field+".metric", "unknown metric %q", m.Metric)
	}
	idx.check(p, field+".subject", m.Subject, true)
	signed := m.Metric == "growth" || m.Metric == "other"
	validateAmount(p, field, m.Value, m.Unit, m.Period, m.Qualifier, signed)
	if m.Unit == "percent" && (m.Metric == "market_share" || m.Metric == "gross_margin") && m.Value > 100 {
		p.add(field+".value", "%v%% is over 100", m.Value)
	}
	validateCommon(p, field, m.Time, m.Confidence, m.Evidence)
}

func validateAmount(p *problems, field string, v float64, unit, period, qualifier string, signed bool) {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		p.add(field+".value", "not a finite number")
	case v < 0 && !signed:
		p.add(field+".value", "negative amount %v", v)
	}
	if unit != "" && unit != "percent" && unit != "count" && !currencyRe.MatchString(unit) {
		p.add(field+".unit", "%q is not an ISO 4217 code, percent or count", unit)
	}
	if !slices.Contains(periods, period) {
		p.add(field+".period", "unknown period %q (want once, month, quarter, year or annualized)", period)
	}
	if !slices.Contains(qualifiers, qualifier) {
		p.add(field+".qualifier", "unknown qualifier %q (want exact, approx, up_to, at_least or more_than)", qualifier)
	}
}

func validateShare(p *problems, field string, v float64) {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		p.add(field, "not a finite number")
	case v < 0:
		p.add(field, "%v is negative", v)
	case v > 100:
		p.add(field, "%v is over 100", v)
	}
}

func validateCommon(p *problems, field, t string, confidence float64, evidence string) {
	if _, _, err := ParseValidTime(t); err != nil {
		p.add(field+".time", "%v", err)
	}
	if confidence < 0 || confidence > 1 || math.IsNaN(confidence) {
		p.add(field+".confidence", "%v is not between 0 and 1", confidence)
	}
	if strings.TrimSpace(evidence) == "" {
		p.add(field+".evidence", "missing evidence sentence")
	}
}

// docIndex finds a document's declared entities by any declared name or
// alias, normalised.
type docIndex map[string][]int

func newDocIndex(entities []Entity) docIndex {
	idx := docIndex{}
	for i, e := range entities {
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			k := NormalizeName(s)
			if k != "" && !slices.Contains(idx[k], i) {
				idx[k] = append(idx[k], i)
			}
		}
	}
	return idx
}

// find returns the declared entity a surface names, preferring one of type
// want when several share the name; -1 when none does.
func (idx docIndex) find(surface string, want EntityType, entities []Entity) int {
	cands := idx[NormalizeName(surface)]
	for _, i := range cands {
		if entities[i].Type == want {
			return i
		}
	}
	if len(cands) == 0 {
		return -1
	}
	return cands[0]
}

// check reports an undeclared name; an empty name is an error only when required.
func (idx docIndex) check(p *problems, field, surface string, required bool) int {
	if strings.TrimSpace(surface) == "" {
		if required {
			p.add(field, "missing")
		}
		return -1
	}
	cands := idx[NormalizeName(surface)]
	if len(cands) == 0 {
		p.add(field, "%q is not a declared entity", surface)
		return -1
	}
	return cands[0]
}
