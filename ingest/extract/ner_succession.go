package extract

// successionCue: an unknown two- or three-word name that someone replaces,
// succeeds or ousts, or that steps down, is a person ("ousting Laxman
// Narasimhan", "Laxman Narasimhan stepped down"): companies are bought or
// overtaken, not succeeded. personContext has checked the run's words.
// (A switch, not a map: it is asked of every unknown name.)
func successionCue(prev, next, next2 token) bool {
	switch prev.low {
	case "replacing", "replaces", "replaced", "replace", "succeeding", "succeeds", "succeeded", "succeed",
		"ousting", "ousted", "ousts", "oust":
		return true
	}
	switch next.low {
	case "step", "steps", "stepped", "stepping":
		return next2.low == "down"
	}
	return false
}
