package extract

// Named plants and sites: "power from the Clinton plant", "its Comanche
// Peak nuclear plant", "a restarted Duane Arnold plant". A name that no
// gazetteer knows, after a determiner and before a plant noun (with at
// most two lower-case words of its kind between), names the site, not a
// company ("the Tesla plant" keeps Tesla: a gazetteer name).

// plantNouns are the sites a name may stand before.
// "the Intelligent Cloud segment" names a reporting segment, as a site
// noun names a site.
var plantNouns = set("plant", "plants", "reactor", "reactors", "station", "campus", "site", "facility", "dam", "project", "complex",
	"segment", "segments")

// plantMods stand between a site's name and its noun ("nuclear plant").
var plantMods = set("nuclear", "power", "gas", "coal", "solar", "wind", "generating", "hydroelectric", "data",
	"center", "energy", "fusion")

// plantDets open a site's name.
var plantDets = set("the", "its", "their", "a", "an", "'s", "restarted", "shuttered", "idled", "retired")

// facilityNoun: the index of the site noun after the run [i, i+n), or -1;
// a run known to no gazetteer before one names a site (addMention).
func facilityNoun(toks []token, i, n int) int {
	if i == 0 || !plantDetGate.in(plantDets, toks[i-1].low) {
		return -1
	}
	j := i + n
	for m := 0; m < 2 && j < len(toks) && !toks[j].cap && plantMods[toks[j].low]; m++ {
		j++
	}
	if j < len(toks) && !toks[j].cap && plantNouns[toks[j].low] {
		return j
	}
	return -1
}
