package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// metricOf returns the first metric named metric of subject, or nil.
func pharmaMetric(x graph.Extraction, subject, metric string) *graph.Metric {
	for i, m := range x.Metrics {
		if m.Subject == subject && m.Metric == metric {
			return &x.Metrics[i]
		}
	}
	return nil
}

// A deal noun before "to acquire" announces a takeover still to come
// (rel_deal_agreement.go); a completed one stays current.
func TestPharmaAgreementToAcquirePlanned(t *testing.T) {
	assertStatus(t, "Halvard Pharma has entered into a definitive agreement to acquire Brenton Therapeutics for $4 billion.",
		graph.Acquires, "Halvard Pharma", "Brenton Therapeutics", graph.StatusPlanned)
	assertStatus(t, "Ostara Bio launched a tender offer to acquire Kelvane Biosciences for $900 million.",
		graph.Acquires, "Ostara Bio", "Kelvane Biosciences", graph.StatusPlanned)
	assertStatus(t, "Halvard Pharma completed its deal to acquire Brenton Therapeutics for $4 billion.",
		graph.Acquires, "Halvard Pharma", "Brenton Therapeutics", graph.StatusCurrent)
}

// An offer the target turned down is no takeover (rel_deal_agreement.go).
func TestPharmaRejectedOffer(t *testing.T) {
	refuteRels(t, []relCase{
		{"Biogen made an unsolicited offer to buy Sage Therapeutics for $7.22 a share, which Sage rejected.", graph.Acquires, "Biogen", "Sage Therapeutics"},
	})
}

// "ended its collaboration with Y": the partnership is a former one
// (collaboration is a tie noun, rel_deal_lapsed.go).
func TestPharmaEndedCollaboration(t *testing.T) {
	assertStatus(t, "Gilead ended its collaboration with Arcus Biosciences after the trial failed.",
		graph.PartnersWith, "Gilead", "Arcus Biosciences", graph.StatusFormer)
}

// Industry acronyms are no companies (cues.tsv nonname), so the share
// and the apposition find the real parties.
func TestPharmaAcronymsNoEntities(t *testing.T) {
	x := run(t, "Cencora is the main distributor for Walgreens, which accounted for 26% of its revenue. Prime Therapeutics, a PBM owned by several Blue Cross plans, said so. Avidity's RNA platform is promising.", "2025-03-10")
	assert.Empty(t, entType(x, "PBM"))
	assert.Empty(t, entType(x, "RNA"))
	assert.NotNil(t, hasRel(x, graph.CustomerOf, "Walgreens", "Cencora"), "%+v", x.Relations)
}

// "N% of revenue at Y": Y owns the revenue (rel_share_at.go revenueOwnerAt).
func TestPharmaRevenueAtOwner(t *testing.T) {
	x := run(t, "CVS Health accounted for about 25% of revenue at Cencora last year.", "2025-03-10")
	r := hasRel(x, graph.CustomerOf, "CVS Health", "Cencora")
	if assert.NotNil(t, r, "%+v", x.Relations) && assert.NotNil(t, r.SharePercent) {
		assert.Equal(t, 25.0, *r.SharePercent)
	}
}

// "X's pharmacy benefit manager, Y," and "its own PBM, Y" (rel_unit_pbm.go).
func TestPharmaBenefitManagerUnit(t *testing.T) {
	assertRels(t, []relCase{
		{"CVS Health's pharmacy benefit manager, CVS Caremark, dropped Humira from its formulary.", graph.SubsidiaryOf, "CVS Caremark", "CVS Health"},
		{"Elevance Health runs its own PBM, CarelonRx, for its members.", graph.SubsidiaryOf, "CarelonRx", "Elevance Health"},
	})
	refuteRels(t, []relCase{
		{"Centene's PBM, Express Scripts, said it would cover Wegovy.", graph.SubsidiaryOf, "Express Scripts", "Centene"},
	})
}

// Contract drug makers: "makes antibodies for Y", "fills syringes for Y".
func TestPharmaContractManufacturing(t *testing.T) {
	assertRels(t, []relCase{
		{"Lonza makes antibodies for Vertex Pharmaceuticals at its plant in New Hampshire.", graph.CustomerOf, "Vertex Pharmaceuticals", "Lonza"},
		{"Catalent, which fills syringes for Novo Nordisk, was taken private last year.", graph.CustomerOf, "Novo Nordisk", "Catalent"},
		{"Samsung Biologics will manufacture vaccines for Moderna under a ten-year deal.", graph.CustomerOf, "Moderna", "Samsung Biologics"},
	})
	refuteRels(t, []relCase{
		{"BioNTech could make vaccines for Pfizer.", graph.CustomerOf, "Pfizer", "BioNTech"},
	})
}

// "valuing the maker of the drug X at $N" values the maker, not X.
func TestPharmaValuedMaker(t *testing.T) {
	x := run(t, "Acme Bio agreed to buy Zorvex Therapeutics for $40 a share, valuing the maker of the migraine drug Zalvora at about $2 billion.", "2025-03-10")
	assert.NotNil(t, pharmaMetric(x, "Zorvex Therapeutics", "valuation"), "%+v", x.Metrics)
	assert.Nil(t, pharmaMetric(x, "Zalvora", "valuation"), "%+v", x.Metrics)
}

// "19.9 billion Danish crowns" is an amount in DKK (numbers_national.go).
func TestPharmaNationalCurrency(t *testing.T) {
	x := run(t, "Novo Nordisk's Wegovy sales grew 67% to 19.9 billion Danish crowns.", "2025-03-10")
	m := pharmaMetric(x, "Wegovy", "revenue")
	if assert.NotNil(t, m, "%+v", x.Metrics) {
		assert.Equal(t, "DKK", m.Unit)
		assert.Equal(t, 19.9e9, m.Value)
	}
}

// What a product "brought in" is its revenue; a company's may be funding.
func TestPharmaProductTakings(t *testing.T) {
	x := run(t, "Merck's cancer drug Keytruda, the world's top-selling medicine, brought in $29.5 billion in 2024.", "2025-03-10")
	m := pharmaMetric(x, "Keytruda", "revenue")
	if assert.NotNil(t, m, "%+v", x.Metrics) {
		assert.Equal(t, 29.5e9, m.Value)
	}
	x = run(t, "Acme, which sells Zorbo, brought in $5 billion from investors.", "2025-03-10")
	assert.Empty(t, x.Metrics)
}

// Well-known healthcare companies of the lexicon: PBMs, biosimilar makers,
// Chinese licensors.
func TestPharmaLexiconCompanies(t *testing.T) {
	x := run(t, "Amgen signed a deal with Samsung Bioepis, while Summit Therapeutics licensed a drug from Akeso.", "2025-03-10")
	assert.Equal(t, graph.EntityType("ORG"), entType(x, "Samsung Bioepis"))
	assert.Equal(t, graph.EntityType("ORG"), entType(x, "Akeso"))
}

// Buying a company's sites is no takeover of it (rel_divest_assets.go
// assetsAfter), and "the former Catalent sites" is no "the former" anaphor.
func TestPharmaSitesBoughtNoTakeover(t *testing.T) {
	refuteRels(t, []relCase{
		{"Novo Nordisk bought three Catalent sites for $11 billion.", graph.Acquires, "Novo Nordisk", "Catalent"},
	})
	x := run(t, "Catalent was taken private by Novo Holdings last year. Novo Nordisk later bought three of the former Catalent sites.", "2025-03-10")
	for _, r := range x.Relations {
		assert.NotEqual(t, "Novo Nordisk", r.Subject, "%+v", r)
	}
}

// "$200 million upfront" is paid once (numbers.go periodAfter).
func TestPharmaUpfrontOnce(t *testing.T) {
	x := run(t, "Merck will pay Jiangsu Hengrui Pharmaceuticals $200 million upfront for rights to a heart drug.", "2025-03-10")
	r := hasRel(x, graph.CustomerOf, "Merck", "Jiangsu Hengrui Pharmaceuticals")
	if assert.NotNil(t, r, "%+v", x.Relations) && assert.NotNil(t, r.Amount) {
		assert.Equal(t, "once", r.Amount.Period)
	}
}
