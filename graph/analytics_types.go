package graph

import "time"

// ExposureQuery asks how much of Supplier's revenue (for Product's business
// when given) the group of To (To and everything SUBSIDIARY_OF it) accounts for.
type ExposureQuery struct {
	Supplier string
	To       string
	Product  string
	AsOf     *time.Time
	KnownAt  *time.Time
}

// Range is a value with bounds; Low == High for a point. High is nil when
// the input has no upper bound ("at least").
type Range struct {
	Value float64  `json:"value"`
	Low   float64  `json:"low"`
	High  *float64 `json:"high,omitempty"`
}

// GroupMember is one entity of the customer group with the spend it carries.
type GroupMember struct {
	Entity      EntityNode `json:"entity"`
	AnnualSpend *Range     `json:"annualSpend,omitempty"`
	StatedShare *float64   `json:"statedShare,omitempty"`
	Claims      []Claim    `json:"claims"`
}

// Exposure is the answer: the stated share next to the computed one, with
// every claim used.
type Exposure struct {
	Supplier      EntityNode    `json:"supplier"`
	Group         EntityNode    `json:"group"`
	Product       *EntityNode   `json:"product,omitempty"`
	Members       []GroupMember `json:"members"`
	StatedShare   *Range        `json:"statedShare,omitempty"`   // percent, as the text states it
	ComputedShare *Range        `json:"computedShare,omitempty"` // percent: annual spend / annual revenue
	AnnualSpend   *Range        `json:"annualSpend,omitempty"`
	AnnualRevenue *Range        `json:"annualRevenue,omitempty"`
	SpendClaims   []Claim       `json:"spendClaims"`
	RevenueClaims []Claim       `json:"revenueClaims"`
	ShareClaims   []Claim       `json:"shareClaims"`
	// RevenueIsForecast is set when the only revenue figure is a forecast.
	RevenueIsForecast bool `json:"revenueIsForecast"`
}

// ConcentrationQuery ranks the customers of Supplier (for Product). AsOf
// and KnownAt filter claims as in ExposureQuery.
type ConcentrationQuery struct {
	Supplier string
	Product  string
	AsOf     *time.Time
	KnownAt  *time.Time
	TopN     int
}

// CustomerShare is one ranked customer.
type CustomerShare struct {
	Customer    EntityNode `json:"customer"`
	Share       *Range     `json:"share,omitempty"` // percent of revenue
	AnnualSpend *Range     `json:"annualSpend,omitempty"`
	Claims      []Claim    `json:"claims"`
}

// Concentration is customers ranked by share with summary measures.
type Concentration struct {
	Supplier      EntityNode      `json:"supplier"`
	Product       *EntityNode     `json:"product,omitempty"`
	Customers     []CustomerShare `json:"customers"`
	Top1Share     float64         `json:"top1Share"`
	TopNShare     float64         `json:"topNShare"`
	TopN          int             `json:"topN"`
	HHI           float64         `json:"hhi"`          // over known customers' shares, 0..10000
	CoveredShare  float64         `json:"coveredShare"` // percent of revenue the known customers cover
	AnnualRevenue *Range          `json:"annualRevenue,omitempty"`
	RevenueClaims []Claim         `json:"revenueClaims"`
	// RevenueIsForecast is set when the only revenue figure is a forecast.
	RevenueIsForecast bool `json:"revenueIsForecast"`
}

// Direction of a dependency traversal.
type Direction string

// Directions: UPSTREAM = what Of depends on; DOWNSTREAM = who depends on Of.
const (
	Upstream   Direction = "UPSTREAM"
	Downstream Direction = "DOWNSTREAM"
)

// DependencyQuery bounds a traversal.
type DependencyQuery struct {
	Of        string
	Direction Direction
	MaxDepth  int      // default 4, capped at 6
	Types     []string // relation types followed; default CUSTOMER_OF, USES, OFFERS, REVENUE_SHARE
	MaxPaths  int      // fan-out bound, default 200
	AsOf      *time.Time
}

// Hop is one step of a dependency path with the claims behind it.
type Hop struct {
	From   EntityNode `json:"from"`
	To     EntityNode `json:"to"`
	Type   string     `json:"type"`
	Claims []Claim    `json:"claims"`
}

// Path is a chain of hops from the dependent entity to what it depends on.
type Path struct {
	Hops []Hop `json:"hops"`
}

// CoopetitionPair is two entities that compete and also trade or partner.
type CoopetitionPair struct {
	A           EntityNode  `json:"a"`
	B           EntityNode  `json:"b"`
	Competition []Claim     `json:"competition"`
	Cooperation []Claim     `json:"cooperation"`
	Via         *EntityNode `json:"via,omitempty"` // subsidiary through which it holds
}

// Switch is a customer whose supplier changed: a former CUSTOMER_OF next to a current one.
type Switch struct {
	Customer   EntityNode `json:"customer"`
	From       EntityNode `json:"from"`
	To         EntityNode `json:"to"`
	FromClaims []Claim    `json:"fromClaims"`
	ToClaims   []Claim    `json:"toClaims"`
}

// AssertInput is an analyst's fact.
type AssertInput struct {
	Relation Relation
	Reason   string
	By       string
}
