package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSuffixEndsSentence: a legal suffix or country abbreviation ends the
// sentence when the next word opens one, and only then.
func TestSuffixEndsSentence(t *testing.T) {
	cases := map[string][]string{
		"Acme agreed to buy Beta Inc. The deal closes in May.":       {"Acme agreed to buy Beta Inc.", "The deal closes in May."},
		"Zeta bought Omega Corp. It paid cash.":                      {"Zeta bought Omega Corp.", "It paid cash."},
		"Chips are scarce in the U.S. Analysts expect relief.":       {"Chips are scarce in the U.S.", "Analysts expect relief."},
		"Sales went to Dana Co. Shares of Dana rose.":                {"Sales went to Dana Co.", "Shares of Dana rose."},
		"Beta Inc. shares rose after Omega Corp. Chief Li spoke.":    {"Beta Inc. shares rose after Omega Corp. Chief Li spoke."},
		"Acme sued Beta Inc. Theranos was not named.":                {"Acme sued Beta Inc. Theranos was not named."},
		"The U.S. Army buys from Omega Corp. Its rival is Zeta Inc.": {"The U.S. Army buys from Omega Corp.", "Its rival is Zeta Inc."},
		"Prices rose in Jan. The index fell.":                        {"Prices rose in Jan. The index fell."},
	}
	for text, want := range cases {
		var got []string
		for _, sp := range splitSentences(text, nil) {
			got = append(got, text[sp.start:sp.end])
		}
		assert.Equal(t, want, got, text)
	}
}
