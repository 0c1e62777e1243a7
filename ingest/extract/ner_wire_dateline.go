package extract

// A press release's dateline names the wire that carried it between
// slashes: "SAN FRANCISCO, March 26, 2025 /PRNewswire/ -- Acme ...". The
// wire is the publisher, not a party to the story (ONTOLOGY: publishers
// are not entities), and it must not join the company after the dash.

// wireSlashed: the run [i, i+n) stands between two slashes.
func wireSlashed(toks []token, i, n int) bool {
	return i > 0 && i+n < len(toks) && toks[i-1].s == "/" && toks[i+n].s == "/"
}
