package extract

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func rules(t testing.TB) *Rules {
	r, err := NewRules(nil)
	require.NoError(t, err)
	return r
}

func run(t testing.TB, text, pub string) graph.Extraction {
	var p time.Time
	if pub != "" {
		var err error
		p, err = time.Parse("2006-01-02", pub)
		require.NoError(t, err)
	}
	out, err := rules(t).Extract(context.Background(), Input{Text: text, Published: p})
	require.NoError(t, err)
	return out
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text, err := os.ReadFile(f)
			require.NoError(t, err)
			got, err := json.MarshalIndent(run(t, string(text), "2024-06-05"), "", " ")
			require.NoError(t, err)
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create %s", golden)
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

func hasRel(x graph.Extraction, typ, subj, obj string) *graph.Relation {
	for i, r := range x.Relations {
		if r.Type == typ && normName(r.Subject) == normName(subj) && normName(r.Object) == normName(obj) {
			return &x.Relations[i]
		}
	}
	return nil
}

func TestRelationTypes(t *testing.T) {
	cases := []struct{ text, typ, subj, obj string }{
		{"Orbital Systems Inc. agreed to acquire Pebble Analytics for $400 million.", graph.Acquires, "Orbital Systems", "Pebble Analytics"},
		{"Granite Capital invested $50 million in startup Lumen Grid last week.", graph.InvestsIn, "Granite Capital", "Lumen Grid"},
		{"Lumen Grid said it has partnered with Orbital Systems Inc. on storage.", graph.PartnersWith, "Lumen Grid", "Orbital Systems"},
		{"Delta Freight and its parent company Oakridge Holdings reported results.", graph.SubsidiaryOf, "Delta Freight", "Oakridge Holdings"},
		{"Pebble Analytics competes with Quartz Metrics in retail data.", graph.CompetesWith, "Pebble Analytics", "Quartz Metrics"},
		{"Orbital Systems Inc. CEO Maria Lopez spoke at the event.", graph.Leads, "Maria Lopez", "Orbital Systems"},
		{"Delta Freight pays Orbital Systems Inc. $2 million a month.", graph.CustomerOf, "Delta Freight", "Orbital Systems"},
		{"Quartz Metrics said it uses Orbital Systems Inc.'s technology in its own tools.", graph.Uses, "Quartz Metrics", "Orbital Systems"},
	}
	for _, c := range cases {
		out := run(t, c.text, "2024-05-01")
		assert.NotNil(t, hasRel(out, c.typ, c.subj, c.obj), "%s: %+v", c.text, out.Relations)
	}
}

func TestHardNegatives(t *testing.T) {
	for _, text := range []string{
		"Rumours that Oakridge Holdings is considering acquiring Delta Freight are baseless, a spokesman said.",
		"Orbital Systems Inc. may buy Pebble Analytics, people familiar said.",
	} {
		out := run(t, text, "2024-05-01")
		for _, r := range out.Relations {
			assert.NotEqual(t, graph.Acquires, r.Type, text)
		}
	}
}

func TestMoney(t *testing.T) {
	cases := []struct {
		text   string
		value  float64
		unit   string
		period string
		qual   string
	}{
		{"costs $1.5 billion", 1.5e9, "USD", "", "exact"},
		{"paid nearly $20M per month", 2e7, "USD", "month", "approx"},
		{"worth 27.7 billion dollars", 27.7e9, "USD", "", "exact"},
		{"raised €2 billion", 2e9, "EUR", "", "exact"},
		{"up to $4 billion", 4e9, "USD", "", "up_to"},
		{"spends millions of dollars per month", 1e6, "USD", "month", "at_least"},
		{"spent tens of billions of dollars", 1e10, "USD", "", "at_least"},
		{"for £700 million ($920 million)", 9.2e8, "USD", "", "approx"},
		{"more than $3.4B a year", 3.4e9, "USD", "year", "more_than"},
	}
	for _, c := range cases {
		low := lowerASCII(c.text)
		ms := findMoney(testTokens(t, c.text, low), nil)
		require.NotEmpty(t, ms, c.text)
		a := ms[0].amt
		assert.InDelta(t, c.value, a.Value, 1, c.text)
		assert.Equal(t, c.unit, a.Unit, c.text)
		assert.Equal(t, c.period, a.Period, c.text)
		assert.Equal(t, c.qual, a.Qualifier, c.text)
	}
}

func TestPercents(t *testing.T) {
	cases := map[string]float64{"almost 25% of": 25, "77 percent of": 77, "nearly a quarter of": 25, "two-thirds of": 66.7, "12 per cent": 12}
	for text, want := range cases {
		ps := findPercents(testTokens(t, text, lowerASCII(text)), nil)
		require.NotEmpty(t, ps, text)
		assert.InDelta(t, want, ps[0].value, 0.1, text)
	}
}

func TestTimes(t *testing.T) {
	pub := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC) // a Thursday
	cases := map[string]string{
		"as of March this year": "2024-03", "by March": "2024-03", "last year": "2023", "this year": "2024",
		"in the first quarter": "2024-Q1", "the June quarter": "2024-Q2", "on Tuesday": "2024-07-30",
		"yesterday": "2024-07-31", "since September": "2023-09", "in fiscal 2024": "FY2024", "FY2025": "FY2025",
		"on Oct. 14, 2022": "2022-10-14", "in May 2022": "2022-05", "by the end of the decade": "2029",
		"first-quarter 2018": "2018-Q1",
	}
	for text, want := range cases {
		ts := findTimes(testTokens(t, text, lowerASCII(text)), pub, nil)
		require.NotEmpty(t, ts, text)
		assert.Equal(t, want, ts[0].value, text)
	}
}

func TestSentences(t *testing.T) {
	text := "Acme Corp. sold $1.5 billion of chips to the U.S. Army. It grew.\nAdvertisement\nA Headline Without Stop\nRead more: other news"
	sp := splitSentences(text, nil)
	require.Len(t, sp, 3)
	assert.Equal(t, "Acme Corp. sold $1.5 billion of chips to the U.S. Army.", text[sp[0].start:sp[0].end])
	assert.True(t, sp[2].headline)
}

func TestBadInput(t *testing.T) {
	r := rules(t)
	_, err := r.Extract(context.Background(), Input{Text: "\x00\x01\x02binary"})
	require.ErrorIs(t, err, graph.ErrInvalid)
	out, err := r.Extract(context.Background(), Input{Text: ""})
	require.NoError(t, err)
	assert.Empty(t, out.Relations)
	long := strings.Repeat("Acme ", 2_000_000) // one 10 MB line
	out, err = r.Extract(context.Background(), Input{Text: long})
	require.NoError(t, err)
	assert.NotNil(t, out.Entities)
	_, err = r.Extract(context.Background(), Input{Text: "Acme \xff\xfe Corp. bought Beta Inc. for $5 million."})
	require.NoError(t, err)
}

func FuzzExtract(f *testing.F) {
	f.Add("Microsoft is investing $10 billion in OpenAI, the company said on Tuesday.")
	f.Add("Apple accounted for 22% of Qualcomm's revenue in fiscal 2023.\nAdvertisement\n")
	f.Add("\xff\x00 ’s ” U.S. Inc. $ % -- ...")
	r := rules(f)
	pub := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		out, err := r.Extract(context.Background(), Input{Text: text, Published: pub})
		require.NotErrorIs(t, err, ErrFault) // a recovered panic is still a bug
		if err == nil {
			_, jerr := json.Marshal(out)
			require.NoError(t, jerr)
		}
	})
}

// testTokens tokenizes and classifies text with the default lexicon.
func testTokens(t testing.TB, text, low string) []token {
	lx, err := DefaultLexicon()
	require.NoError(t, err)
	toks := tokenize(text, low, 0, len(text), nil)
	lx.classify(toks)
	return toks
}
