package extract

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestTimeStrings: the strings cut from dateTab are the ones formatted.
func TestTimeStrings(t *testing.T) {
	for y := -20; y < 10020; y++ {
		ys := strconv.Itoa(y)
		if yearString(y) != ys {
			assert.Equal(t, ys, yearString(y))
		}
		for q := 0; q <= 5; q++ {
			if want := ys + "-Q" + strconv.Itoa(q); quarterString(y, q) != want || quarterOfYear(ys, q) != want {
				assert.Equal(t, want, quarterString(y, q))
				assert.Equal(t, want, quarterOfYear(ys, q))
			}
		}
		if fiscalString(ys) != "FY"+ys {
			assert.Equal(t, "FY"+ys, fiscalString(ys))
		}
		for m := 0; m <= 13; m++ {
			if s, ok := monthString(y, m); ok && s != fmt.Sprintf("%04d-%02d", y, m) {
				assert.Equal(t, fmt.Sprintf("%04d-%02d", y, m), s)
			}
			if y >= 0 && m >= 1 && m <= 12 && dateString(y, time.Month(m), 0) != fmt.Sprintf("%04d-%02d", y, m) {
				assert.Equal(t, fmt.Sprintf("%04d-%02d", y, m), dateString(y, time.Month(m), 0))
			}
		}
	}
	_, ok := monthString(2024, 3)
	assert.True(t, ok)
	assert.Equal(t, "FY0999", fiscalString("0999"))
}

// TestDayMemo: times found with the day strings kept are those found
// without, sentence after sentence of one article.
func TestDayMemo(t *testing.T) {
	pub := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	texts := append(relGateTexts(t), "It rose yesterday, on Monday, Tuesday, Sunday and today; Friday too.")
	days := new(dayMemo)
	for _, text := range texts {
		low := lowerASCII(text)
		for _, sp := range splitSentences(text, nil) {
			toks := testTokens(t, text[sp.start:sp.end], low[sp.start:sp.end])
			assert.Equal(t, findTimes(toks, pub, nil), findTimesIn(toks, pub, nil, days))
		}
	}
	assert.NotEmpty(t, days[0])
	assert.NotEmpty(t, days[1])
}
