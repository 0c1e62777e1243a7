package graph

import "time"

// EntityNode is an entity as stored: a stable id (slug of the canonical
// name), its type and every surface form seen.
type EntityNode struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Aliases []string   `json:"aliases"`
	// MergedInto is set when an analyst merged this entity into another.
	MergedInto string `json:"mergedInto,omitempty"`
}

// ArticleNode is a stored article (without its text).
type ArticleNode struct {
	ID          string    `json:"id"`
	URL         string    `json:"url"`
	Title       string    `json:"title"`
	Publisher   string    `json:"publisher"`
	PublishedAt time.Time `json:"publishedAt"`
	FetchedAt   time.Time `json:"fetchedAt"`
	ContentHash string    `json:"contentHash"`
}

// Claim kinds.
const (
	KindRelation = "relation"
	KindMetric   = "metric"
)

// Claim is one stored fact with its evidence. For relation claims Type is
// the relation type; for metric claims it is the metric name and Object is nil.
type Claim struct {
	ID            string       `json:"id"`
	Kind          string       `json:"kind"`
	Type          string       `json:"type"`
	Subject       *EntityNode  `json:"subject"`
	Object        *EntityNode  `json:"object,omitempty"`
	Product       *EntityNode  `json:"product,omitempty"`
	Amount        *Amount      `json:"amount,omitempty"`
	Annualized    *float64     `json:"annualized,omitempty"` // amount at a yearly rate
	SharePercent  *float64     `json:"sharePercent,omitempty"`
	Status        string       `json:"status"`
	Role          string       `json:"role,omitempty"`
	Forecast      bool         `json:"forecast"`
	ValidTime     string       `json:"validTime,omitempty"` // as written: 2024-03, 2024-Q1, FY2024
	ValidFrom     *time.Time   `json:"validFrom,omitempty"` // first day ValidTime covers
	ValidTo       *time.Time   `json:"validTo,omitempty"`   // first day after it
	KnownAt       time.Time    `json:"knownAt"`
	Confidence    float64      `json:"confidence"`
	Evidence      string       `json:"evidence"`
	Extractor     string       `json:"extractor"`
	Retracted     bool         `json:"retracted"`
	RetractReason string       `json:"retractReason,omitempty"`
	Article       *ArticleNode `json:"article,omitempty"`
	// Sources counts independent articles (publishers) that state this fact.
	Sources int `json:"sources"`
}

// ClaimFilter selects claims. Empty fields do not filter. AsOf keeps claims
// whose valid time covers or precedes the date (undated claims count from
// their article's publication); KnownAt keeps claims ingested by then.
type ClaimFilter struct {
	Subject          string // name, alias or id
	Object           string
	Type             string
	AsOf             *time.Time
	KnownAt          *time.Time
	First            int
	After            string // cursor: the last claim id of the previous page
	IncludeRetracted bool
	// ByTime orders by valid time (validFrom, undated last), then knownAt,
	// then id, instead of by id; After is then a ClaimTimeKey.
	ByTime bool
}

// ImportResult says what one document added.
type ImportResult struct {
	ArticleID string `json:"articleId"`
	Entities  int    `json:"entities"`
	Claims    int    `json:"claims"`
	Created   bool   `json:"created"` // false when the article was already stored
}

// Counts are totals of the graph, for status and tests.
type Counts struct {
	Entities      int `json:"entities"`
	Articles      int `json:"articles"`
	Claims        int `json:"claims"`
	Relationships int `json:"relationships"`
}
