package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// Names that are hard for capitalisation rules: digits, initials,
// ampersands, "of" and a place, month-like first names, versions, brands
// in a product list. Sentences written for these tests.

type entCase struct {
	text, name string
	typ        graph.EntityType
	alias      string // a form the entity must list, or ""
}

func assertEnts(t *testing.T, cases []entCase) {
	t.Helper()
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		e := entityOf(out, c.name, c.typ)
		if !assert.NotNil(t, e, "%s %s in %q: got %v", c.typ, c.name, c.text, entityNames(out)) || c.alias == "" {
			continue
		}
		assert.Contains(t, e.Aliases, c.alias, c.text)
	}
}

// refuteEnts: no entity of the case's name (any type) is found.
func refuteEnts(t *testing.T, cases []entCase) {
	t.Helper()
	for _, c := range cases {
		out := run(t, c.text, "2024-06-05")
		_, found := entityNames(out)[c.name]
		assert.False(t, found, "no %s in %q: got %v", c.name, c.text, entityNames(out))
	}
}

func TestDigitNames(t *testing.T) {
	assertEnts(t, []entCase{
		{"Password manager 4Vault raised $620 million in 2022. 4Vault competes with Keyring.", "4Vault", graph.Org, ""},
		{"Genetic testing company 42andUs went public in 2021, and 42andUs later sold its assets.", "42andUs", graph.Org, ""},
		{"The retailer 9-Twelve agreed to buy stores from Sunoco. 9-Twelve said it would grow.", "9-Twelve", graph.Org, ""},
	})
	refuteEnts(t, []entCase{
		{"Zenta filed its 10-K and said the 12-Month plan used 500GWh and 10kWh packs.", "10-K", "", ""},
		{"Zenta filed its 10-K and said the 12-Month plan used 500GWh and 10kWh packs.", "12-Month", "", ""},
		{"Zenta filed its 10-K and said the 12-Month plan used 500GWh and 10kWh packs.", "10kWh", "", ""},
		{"Password manager 4Vault raised $620 million in 2022. 4Vault competes with Keyring.", "Vault", "", ""},
	})
}

func TestBankOfPlace(t *testing.T) {
	assertEnts(t, []entCase{
		{"Custody bank Bank of New York Mellon named Robin Vince chairman. Bank of New York Mellon shares rose.", "Bank of New York Mellon", graph.Org, ""},
		{"National Bank of Abu Dhabi said it would buy Zenta Corp.", "National Bank of Abu Dhabi", graph.Org, ""},
	})
	refuteEnts(t, []entCase{
		{"Custody bank Bank of New York Mellon named Robin Vince chairman. Bank of New York Mellon shares rose.", "Mellon", "", ""},
		{"John Smith of New York said it.", "John Smith of New York", "", ""},
	})
	assertRels(t, []relCase{
		{"Bank of New York Mellon said its chief executive Robin Vince would also be chairman.", graph.Leads, "Robin Vince", "Bank of New York Mellon"},
	})
}

func TestPeopleWithInitials(t *testing.T) {
	assertEnts(t, []entCase{
		{"Berkshire chairman Warren E. Buffett said it. Buffett added more.", "Warren E. Buffett", graph.Person, "Buffett"},
		{"Zenta chief executive K. Ravindran said the contract was large.", "K. Ravindran", graph.Person, ""},
		{"Ford chairman William Clay Ford Jr. said the company would grow.", "William Clay Ford Jr.", graph.Person, ""},
	})
	refuteEnts(t, []entCase{
		{"Zenta raised a Series B. Sequoia led it.", "B. Sequoia", "", ""},
		{"Berkshire chairman Warren E. Buffett said it.", "Warren E", "", ""},
	})
	assertRels(t, []relCase{
		{"Zenta chief executive K. Ravindran said the contract was large.", graph.Leads, "K. Ravindran", "Zenta"},
	})
}

func TestFirstNamesAndTitles(t *testing.T) {
	assertEnts(t, []entCase{
		{"Holcim named Jan Jenisch chief executive.", "Jan Jenisch", graph.Person, ""},
		{"Co-founder Anna Wojak proposed a buyout of Zenta.", "Anna Wojak", graph.Person, ""},
		{"Billionaire Jane Roe said the firm would grow.", "Jane Roe", graph.Person, ""},
		{"Bernard Arnault runs LVMH. He named his son Alexandre Arnault an executive at Tiffany.", "Alexandre Arnault", graph.Person, ""},
	})
	refuteEnts(t, []entCase{
		{"Sales at Zenta Corp. rose in Jan and fell in Jun, the company said.", "Jan", "", ""},
		{"Zenta Corp. sold its Moroccan unit to Borel Group for 745 million euros.", "Moroccan", "", ""},
	})
}

func TestAmpersandShortForm(t *testing.T) {
	assertEnts(t, []entCase{
		{"Harlow & Quill Ltd said its food sales grew. H&Q sells groceries online.", "Harlow & Quill", graph.Org, "H&Q"},
		{"LVMH completed its $15.8 billion acquisition of Tiffany & Co. in January 2021.", "Tiffany", graph.Org, "Tiffany & Co."},
	})
	refuteEnts(t, []entCase{
		{"Harlow & Quill Ltd said its food sales grew. H&Q sells groceries online.", "H&Q", "", ""},
		{"Seven & i Holdings rejected the bid. Seven & i Holdings said no.", "Holdings", "", ""},
		{"Zenta sells groceries through a joint venture with Ocado Group.", "Ocado Group.", "", ""},
	})
}

func TestBrandsInProductLists(t *testing.T) {
	assertEnts(t, []entCase{
		{"Kenvue now sells Tylenol, Listerine and Neutrogena on its own.", "Listerine", graph.Product, ""},
		{"Procter & Gamble, the maker of Tide and Pampers, said sales fell.", "Pampers", graph.Product, ""},
		{"Zentabot, the maker of the Roomba vacuum cleaner, said it would cut jobs.", "Roomba", graph.Product, ""},
		{"Quillmart runs the Corner Q chain of stores, and the Corner Q chain is growing.", "Corner Q", graph.Org, ""},
		{"LVMH owns Louis Vuitton, Dior and Sephora.", "Louis Vuitton", graph.Org, ""},
	})
	assertRels(t, []relCase{
		{"Kenvue now sells Tylenol, Listerine and Neutrogena on its own.", graph.Offers, "Kenvue", "Neutrogena"},
	})
	// a known brand in the list (Jeep, a unit) leaves the others to their
	// own cues; a city before "startup" is no banner
	out := run(t, "The deal gives Stellantis, the maker of Jeep and Peugeot, a new partner.", "2024-06-05")
	assert.Nil(t, entityOf(out, "Peugeot", graph.Product))
	refuteEnts(t, []entCase{
		{"Cerebras Systems, the Sunnyvale startup that builds chips, has a new customer.", "Sunnyvale", "", ""},
	})
}

func TestProductVersions(t *testing.T) {
	assertEnts(t, []entCase{
		{"Google released Gemini 1.5 Pro in February.", "Gemini 1.5 Pro", graph.Product, ""},
		{"Meta released Llama 3.2 in September.", "Llama 3.2", graph.Product, ""},
		{"xAI released Grok 2 in August.", "Grok 2", graph.Product, ""},
	})
	assertRels(t, []relCase{
		{"Developers can use Gemini 1.5 Flash, Google said.", graph.Offers, "Google", "Gemini 1.5 Flash"},
	})
	refuteEnts(t, []entCase{
		{"Microsoft said Copilot 2 million users signed up.", "Copilot 2", "", ""},
	})
}

func TestExchangeVenue(t *testing.T) {
	refuteEnts(t, []entCase{
		{"Zenta Corp said its shares rose 6% on the Nasdaq after the results.", "Nasdaq", "", ""},
		{"Zenta Corp listed its shares on the New York Stock Exchange in 2021.", "New York Stock Exchange", "", ""},
		{"The S&P 500 rose 1% and the Nasdaq gained 2% on Friday, while Zenta Corp shares fell.", "Nasdaq", "", ""},
	})
	assertEnts(t, []entCase{
		{"Nasdaq agreed to buy Adenza for $10.5 billion.", "Nasdaq", graph.Org, ""},
	})
}

func TestHyphenatedShortForm(t *testing.T) {
	assertEnts(t, []entCase{
		{"Alimentation Couche-Tard Inc. said on Monday it would keep pursuing the deal. Couche-Tard chief executive Alex Miller said talks continue.", "Alimentation Couche-Tard", graph.Org, "Couche-Tard"},
	})
	refuteEnts(t, []entCase{
		{"Alimentation Couche-Tard Inc. said on Monday it would keep pursuing the deal. Couche-Tard chief executive Alex Miller said talks continue.", "Couche-Tard", "", ""},
	})
}

func TestInstrumentCodeAlias(t *testing.T) {
	assertEnts(t, []entCase{
		{"Zenta Corp (ZNTA.O) said revenue rose. Zenta said more.", "Zenta", graph.Org, "ZNTA.O"},
		{"Nvidia Corp (NVDA.O) said revenue rose.", "Nvidia", graph.Org, "NVDA.O"},
	})
	refuteEnts(t, []entCase{
		{"Nvidia Corp (NVDA.O) said revenue rose.", "NVDA.O", "", ""},
	})
}

// A sentence may open with a brand written in lower case: "its" then
// belongs to that brand, not to the company of the sentence before.
func TestLowerCaseBrandOpensSentence(t *testing.T) {
	assertRels(t, []relCase{
		{"Amazon.com Inc. abandoned its deal to buy eBay in January. eBay said its chief executive Colin Angle would step down.", graph.Leads, "Colin Angle", "eBay"},
		{"Zenta Corp. dropped its bid in January. iZenta said its chief executive Mara Lind would leave, and iZenta shares fell.", graph.Leads, "Mara Lind", "iZenta"},
	})
	refuteRels(t, []relCase{
		{"Amazon.com Inc. abandoned its deal to buy eBay in January. eBay said its chief executive Colin Angle would step down.", graph.Leads, "Colin Angle", "Amazon.com"},
	})
	assert.Len(t, splitSentences("Sales rose in January. eBay fell, and d-Matrix grew.", nil), 2)
	assert.Len(t, splitSentences("Phones sold well, e.g. iPhone models, in May.", nil), 1)
	assert.Len(t, splitSentences("It grew faster than Tesco and Sainsbury's. M&S sells food online.", nil), 2)
	assert.Len(t, splitSentences("It grew faster than McDonald’s. Wendy's fell.", nil), 2)
	assert.Len(t, splitSentences("Rogelio V. Solis took the photo.", nil), 1)
}
