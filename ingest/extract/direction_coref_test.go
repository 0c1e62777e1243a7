package extract

import (
	"testing"

	"github.com/cigraph/cigraph/graph"
	"github.com/stretchr/testify/assert"
)

// Direction, hedge and coreference fixes found by writing whole articles;
// sentences written for these tests.

func TestOrdersReportedBySupplier(t *testing.T) {
	assertRels(t, []relCase{
		{"Disco reported record orders in the first quarter, driven by demand from TSMC and memory makers.", graph.CustomerOf, "TSMC", "Disco"},
		{"Disco posted strong orders from TSMC.", graph.CustomerOf, "TSMC", "Disco"},
	})
	refuteRels(t, []relCase{
		{"Disco reported record orders in the first quarter, driven by demand from TSMC and memory makers.", graph.CustomerOf, "Disco", "TSMC"},
	})
}

func TestTalksAboutAreNoDeal(t *testing.T) {
	refuteRels(t, []relCase{
		{"Google has also held talks with CoreWeave about renting its GPUs.", graph.CustomerOf, "CoreWeave", "Google"},
		{"Google has also held talks with CoreWeave about renting its GPUs.", graph.CustomerOf, "Google", "CoreWeave"},
		{"Apple is in talks with OpenAI about using its technology in the next iPhone.", graph.Uses, "OpenAI", "Apple"},
	})
}

func TestResoldGoods(t *testing.T) {
	refuteRels(t, []relCase{
		{"Snowflake said it would make Mistral AI's models available to its customers.", graph.CustomerOf, "Mistral AI", "Snowflake"},
		{"Snowflake sells Mistral AI's models to its customers.", graph.CustomerOf, "Mistral AI", "Snowflake"},
	})
	assertRels(t, []relCase{
		{"Nvidia sold its chips to its largest customer, Meta.", graph.CustomerOf, "Meta", "Nvidia"},
		{"Microsoft has agreed to spend billions of dollars over several years on cloud computing infrastructure from startup CoreWeave.", graph.CustomerOf, "Microsoft", "CoreWeave"},
	})
}

func TestNoStaffOrDirectionEntities(t *testing.T) {
	cases := []struct{ text, not string }{
		{"Representatives for Microsoft and CoreWeave declined to comment.", "Representatives"},
		{"Finance chief Colette Kress said revenue rose at Nvidia.", "Finance"},
		{"SK Hynix rose. The South Korean chipmaker said it would begin sampling HBM3E.", "South"},
		{"Dell and HP will sell Copilot Plus PCs from June.", "PCs"},
	}
	for _, tc := range cases {
		out := run(t, tc.text, "2024-06-05")
		_, ok := entityNames(out)[tc.not]
		assert.False(t, ok, "%q: %+v", tc.text, out.Entities)
	}
	assertRels(t, []relCase{
		{"Representatives for Microsoft and CoreWeave declined to comment. Nvidia is an investor in the startup.", graph.InvestsIn, "Nvidia", "CoreWeave"},
	})
}

func TestDescriptionSkipsExamples(t *testing.T) {
	text := "SK Hynix said its chips are sold out, as chip designers such as Nvidia scramble for supply.\n\nThe South Korean chipmaker said it would begin sampling its HBM3E product in May."
	assertRels(t, []relCase{{text, graph.Offers, "SK Hynix", "HBM3E"}})
	refuteRels(t, []relCase{{text, graph.Offers, "Nvidia", "HBM3E"}})
}

func TestItsAroundRelativeClause(t *testing.T) {
	assertRels(t, []relCase{
		{"SK Hynix rose. The chipmaker, which is the main supplier of HBM3 chips to Nvidia, said it would begin sampling its HBM3E product.", graph.Offers, "SK Hynix", "HBM3E"},
		{"Mistral AI, which had positioned itself as Europe's answer to OpenAI, agreed to make its largest model, Mistral Large, available through Azure.", graph.Offers, "Mistral AI", "Mistral Large"},
		{"Qualcomm leads for now, and Apple, which already designs its own M-series processors, remains the one to beat.", graph.Offers, "Apple", "M-series"},
	})
	refuteRels(t, []relCase{
		{"SK Hynix rose. The chipmaker, which is the main supplier of HBM3 chips to Nvidia, said it would begin sampling its HBM3E product.", graph.Offers, "Nvidia", "HBM3E"},
		{"Mistral AI, which had positioned itself as Europe's answer to OpenAI, agreed to make its largest model, Mistral Large, available through Azure.", graph.Offers, "OpenAI", "Mistral Large"},
		{"Qualcomm leads for now, and Apple, which already designs its own M-series processors, remains the one to beat.", graph.Offers, "Qualcomm", "M-series"},
	})
}

func TestCompanyIsNoGovernmentBody(t *testing.T) {
	out := run(t, "Scale sells data services to OpenAI and the U.S. Department of Defense. The company said revenue rose 50%.", "2024-06-05")
	assert.Nil(t, metricOf(out, "U.S. Department of Defense", "growth"), "%+v", out.Metrics)
}

func TestUsersListedAfterGenericSubject(t *testing.T) {
	assertRels(t, []relCase{
		{"Thousands of organizations already use Claude models through Amazon Bedrock, including Bridgewater Associates and Siemens.", graph.Uses, "Siemens", "Claude"},
		{"Many companies use Gemini, such as Pellucid Devices and Halden Systems.", graph.Uses, "Pellucid Devices", "Gemini"},
	})
}

func TestOutsourcedWork(t *testing.T) {
	assertRels(t, []relCase{
		{"TSMC has outsourced part of the work to Amkor Technology and to Siliconware Precision Industries.", graph.CustomerOf, "TSMC", "Siliconware Precision Industries"},
		{"Apple outsources assembly to Foxconn and Pegatron.", graph.CustomerOf, "Apple", "Pegatron"},
	})
	refuteRels(t, []relCase{
		{"Apple may outsource assembly to Foxconn.", graph.CustomerOf, "Apple", "Foxconn"},
		{"TSMC has outsourced part of the work to Amkor Technology.", graph.CustomerOf, "Amkor Technology", "TSMC"},
	})
}

func TestCustomersCommaIncluding(t *testing.T) {
	assertRels(t, []relCase{
		{"Nvidia sells chips. Its largest customers, including Google and Meta, design chips of their own.", graph.CustomerOf, "Meta", "Nvidia"},
		{"Nvidia's largest buyers, including Google, Amazon and Meta, buy many chips.", graph.CustomerOf, "Amazon", "Nvidia"},
	})
}

func TestRentsTo(t *testing.T) {
	assertRels(t, []relCase{
		{"Oracle, which rents servers to OpenAI through Azure, is another beneficiary of the boom.", graph.CustomerOf, "OpenAI", "Oracle"},
		{"CoreWeave rents Nvidia GPUs to Microsoft.", graph.CustomerOf, "Microsoft", "CoreWeave"},
	})
	refuteRels(t, []relCase{
		{"Inflection rents servers from CoreWeave to train its models for Microsoft.", graph.CustomerOf, "Microsoft", "Inflection"},
	})
}
