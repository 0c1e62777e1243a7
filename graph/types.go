package graph

import "time"

// EntityType is the kind of an entity: ORG, PRODUCT or PERSON.
type EntityType string

// Entity types of ONTOLOGY.md.
const (
	Org     EntityType = "ORG"
	Product EntityType = "PRODUCT"
	Person  EntityType = "PERSON"
)

// Relation types of ONTOLOGY.md.
const (
	CustomerOf   = "CUSTOMER_OF"
	InvestsIn    = "INVESTS_IN"
	PartnersWith = "PARTNERS_WITH"
	SubsidiaryOf = "SUBSIDIARY_OF"
	CompetesWith = "COMPETES_WITH"
	Acquires     = "ACQUIRES"
	Offers       = "OFFERS"
	Leads        = "LEADS"
	Uses         = "USES"
	RevenueShare = "REVENUE_SHARE"
)

// RelationTypes lists every relation type the graph knows.
var RelationTypes = []string{CustomerOf, InvestsIn, PartnersWith, SubsidiaryOf,
	CompetesWith, Acquires, Offers, Leads, Uses, RevenueShare}

// Symmetric reports whether a relation type has no direction.
func Symmetric(relType string) bool {
	return relType == PartnersWith || relType == CompetesWith
}

// Metric names of ONTOLOGY.md.
var MetricNames = []string{"revenue", "annualized_revenue", "gross_margin",
	"growth", "valuation", "market_share", "customers", "other"}

// Status values of a relation.
const (
	StatusCurrent = "current"
	StatusFormer  = "former"
	StatusPlanned = "planned"
)

// Entity is a company, product or person with its canonical name.
type Entity struct {
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Aliases []string   `json:"aliases"`
	// Optional marks gold annotations that are neither rewarded nor
	// penalised; extractors never set it and importers skip such items.
	Optional bool `json:"optional,omitempty"`
}

// Amount is money (or a count) with its period and qualifier.
// Value is in units ("$1.5 billion" -> 1.5e9); Unit is an ISO 4217 code.
// Period: once, month, quarter, year, annualized or "" (unknown).
// Qualifier: exact, approx, up_to, at_least, more_than.
type Amount struct {
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Period    string  `json:"period,omitempty"`
	Qualifier string  `json:"qualifier,omitempty"`
}

// Relation is one extracted fact between two entities, with its evidence.
type Relation struct {
	Type         string   `json:"type"`
	Subject      string   `json:"subject"`
	Object       string   `json:"object"`
	Product      string   `json:"product,omitempty"`
	Amount       *Amount  `json:"amount,omitempty"`
	SharePercent *float64 `json:"share_percent,omitempty"`
	Status       string   `json:"status,omitempty"`
	Time         string   `json:"time,omitempty"`
	Role         string   `json:"role,omitempty"`
	Confidence   float64  `json:"confidence,omitempty"`
	Evidence     string   `json:"evidence"`
	Optional     bool     `json:"optional,omitempty"`
}

// Metric is a number stated about one ORG or PRODUCT.
type Metric struct {
	Subject    string  `json:"subject"`
	Metric     string  `json:"metric"`
	Value      float64 `json:"value"`
	Unit       string  `json:"unit,omitempty"`
	Period     string  `json:"period,omitempty"`
	Qualifier  string  `json:"qualifier,omitempty"`
	Time       string  `json:"time,omitempty"`
	Forecast   bool    `json:"forecast"`
	Confidence float64 `json:"confidence,omitempty"`
	Evidence   string  `json:"evidence"`
	Optional   bool    `json:"optional,omitempty"`
}

// Extraction is exactly the JSON `cigraph extract --format json` prints.
type Extraction struct {
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Metrics   []Metric   `json:"metrics"`
}

// Article is a news item the facts were read from.
type Article struct {
	ID          string    `json:"id,omitempty"`
	URL         string    `json:"url,omitempty"`
	Title       string    `json:"title,omitempty"`
	Publisher   string    `json:"publisher,omitempty"`
	PublishedAt time.Time `json:"-"`
	FetchedAt   time.Time `json:"-"`
	ContentHash string    `json:"content_hash,omitempty"`
	Text        string    `json:"text,omitempty"`
}

// Document is the import shape: an article's metadata plus its extraction.
// It reads the ONTOLOGY JSON with the gold files' extra fields (`url`,
// `published`, `text`, `title`, `publisher`).
type Document struct {
	Article
	Published string `json:"published,omitempty"` // YYYY-MM-DD or RFC 3339
	Extraction
	// Extractor names who produced the facts ("cigraph-rules", "import", "analyst").
	Extractor string `json:"extractor,omitempty"`
	// UniqueText stores the story once across processes: when another
	// article already holds the same content hash, ImportDocument writes
	// nothing and fails with a *StoryTakenError.
	UniqueText bool `json:"-"`
}
