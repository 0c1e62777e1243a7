package extract

import "math"

// scaled multiplies a parsed number by a multiplier word: "$8.2 billion"
// is 8.2 * 1e9, which float64 gives as 8199999999.999999; amounts of a
// thousand or more are whole units, so the product is rounded.
func scaled(v, mul float64) float64 {
	if mul >= 1000 {
		return math.Round(v * mul)
	}
	return v * mul
}
