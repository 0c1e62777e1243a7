package extract

import "strings"

// Markdown page chrome: a copied page keeps its markup, so the chrome
// lines open with emphasis or an image ("**Read more:** [..](..)",
// "*Share this article*", "![caption](photo.jpg)"). The markers hide the
// prefixes isBoilerplate knows; a caption names people and companies of
// the photo, not facts of the story, so an image line is chrome whole.

// markdownChrome reports whether a line opening with '*', '_' or '!' is
// page chrome once its emphasis markers are dropped.
func markdownChrome(line string) bool {
	if strings.HasPrefix(line, "![") {
		return true
	}
	rest := strings.TrimLeft(line, "*_ ")
	if rest == "" || rest == line {
		return rest == ""
	}
	return isBoilerplate(rest)
}
