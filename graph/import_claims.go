package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The claim rows of an import: one per non-optional relation or metric,
// with the properties stored on the :Claim node and the id that makes
// importing the same fact twice a no-op.
// relationProps are the stored properties of a relation claim, its status
// (current when unstated) and the key its amount adds to the claim id.
func relationProps(r Relation, confidence any, evidence, extractor string) (props map[string]any, status, amountKey string) {
	status = r.Status
	if status == "" {
		status = StatusCurrent
	}
	props = map[string]any{"kind": KindRelation, "type": r.Type, "status": status,
		"validTime": nullIfEmpty(r.Time), "role": nullIfEmpty(r.Role), "forecast": false,
		"confidence": confidence, "evidence": evidence, "extractor": extractor,
		"sharePercent": nil}
	if r.SharePercent != nil {
		props["sharePercent"] = *r.SharePercent
	}
	if a := r.Amount; a != nil {
		setAmount(props, a.Value, a.Unit, a.Period, a.Qualifier)
		amountKey = fmt.Sprintf("%g %s %s %s", a.Value, a.Unit, a.Period, a.Qualifier)
	}
	return props, status, amountKey
}

func relationClaim(r Relation, articleID, extractor string, pick func(string, EntityType) int) claimRow {
	props, status, amountKey := relationProps(r, nullIfZero(r.Confidence), r.Evidence, extractor)
	c := claimRow{subject: pick(r.Subject, subjectType(r.Type)), object: pick(r.Object, objectType(r.Type)),
		product: pick(r.Product, Product), props: props, relationType: r.Type}
	c.id = ClaimID(KindRelation, r.Type, r.Subject, r.Object, r.Product, articleID, r.Evidence,
		amountKey, fmt.Sprint(props["sharePercent"]), status, r.Time)
	c.validFrom, c.validTo = validDates(r.Time)
	return c
}

func metricClaim(m Metric, articleID, extractor string, pick func(string, EntityType) int) claimRow {
	props := map[string]any{"kind": KindMetric, "type": m.Metric, "status": StatusCurrent,
		"validTime": nullIfEmpty(m.Time), "forecast": m.Forecast, "confidence": nullIfZero(m.Confidence),
		"evidence": m.Evidence, "extractor": extractor}
	setAmount(props, m.Value, m.Unit, m.Period, m.Qualifier)
	c := claimRow{subject: pick(m.Subject, Org), object: -1, product: -1, props: props, metricName: m.Metric}
	c.id = ClaimID(KindMetric, m.Metric, m.Subject, "", "", articleID, m.Evidence,
		fmt.Sprintf("%g %s %s %s", m.Value, m.Unit, m.Period, m.Qualifier), strconv.FormatBool(m.Forecast), m.Time)
	c.validFrom, c.validTo = validDates(m.Time)
	return c
}

func setAmount(props map[string]any, v float64, unit, period, qualifier string) {
	props["amount"], props["currency"] = v, nullIfEmpty(unit)
	props["period"], props["qualifier"] = nullIfEmpty(period), nullIfEmpty(qualifier)
	props["annualized"] = nil
	if f := AnnualFactor(period); f > 0 {
		props["annualized"] = v * f
	}
}

// AnnualFactor is what an amount of the period is multiplied by to give a
// yearly rate; 0 when it has none (once, unknown).
func AnnualFactor(period string) float64 {
	switch period {
	case "month":
		return 12
	case "quarter":
		return 4
	case "year", "annualized":
		return 1
	}
	return 0
}

func validDates(t string) (from, to any) {
	f, e, err := ParseValidTime(t)
	if err != nil || f == nil {
		return nil, nil
	}
	return f.Format(time.DateOnly), e.Format(time.DateOnly)
}

// ClaimID is "c:" + 16 hex of sha256 over the parts that make a fact
// distinct: kind, type, normalised surfaces, article, evidence, amount, time.
func ClaimID(kind, typ, subject, object, product, articleID, evidence string, rest ...string) string {
	parts := append([]string{kind, typ, NormalizeName(subject), NormalizeName(object),
		NormalizeName(product), articleID, strings.Join(strings.Fields(evidence), " ")}, rest...)
	return "c:" + shortHash(strings.Join(parts, "\x1f"))
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullIfZero(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}
