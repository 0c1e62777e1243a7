package extract

// A quantity before the goods a verb takes: "will use up to one million
// of Google's TPUs", "bought thousands of Nvidia's chips", "uses 100,000
// of its GPUs". The object starts after "of".

// quantityWords count goods.
var quantityWords = set("million", "millions", "thousand", "thousands", "hundred", "hundreds", "billion",
	"billions", "dozens", "dozen", "tens", "some", "many", "most", "all", "part", "one", "two", "three", "half")

// pastQuantityOf returns the token after "of" when a quantity opens at x
// ("up to one million of"), else x.
func (c *ctx) pastQuantityOf(x int) int {
	y := x
	if c.w(y) == "up" && c.w(y+1) == "to" {
		y += 2
	}
	n := 0
	for y < len(c.toks) && n < 3 && (c.toks[y].kind == tNum || quantityWords[c.w(y)]) {
		y++
		n++
	}
	if n > 0 && c.w(y) == "of" {
		return y + 1
	}
	return x
}
