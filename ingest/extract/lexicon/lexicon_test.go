package lexicon

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// table describes one gazetteer file: its columns and which hold kinds,
// references to orgs.tsv, and flags.
type table struct {
	file    string
	minCols int
	maxCols int
	kindCol int // -1: none
	refCol  int // column naming a canonical org; -1: none
	flagCol int // -1: none
	kinds   []string
	min     int // the row count the lexicon promises
}

var tables = []table{
	{file: "orgs.tsv", minCols: 5, maxCols: 6, kindCol: 4, refCol: 3, flagCol: 5,
		kinds: []string{"company", "unit", "fund", "gov", "media"}, min: 600},
	{file: "products.tsv", minCols: 4, maxCols: 5, kindCol: 3, refCol: 2, flagCol: 4,
		kinds: []string{"model", "chip", "cloud", "software", "service", "device",
			"platform", "drug", "vehicle", "aircraft"}, min: 300},
	{file: "people.tsv", minCols: 4, maxCols: 4, kindCol: -1, refCol: 2, flagCol: -1, min: 150},
	{file: "publishers.tsv", minCols: 2, maxCols: 3, kindCol: -1, refCol: -1, flagCol: 2, min: 150},
}

// row is one parsed line of a gazetteer file.
type row struct {
	file string
	line int
	cols []string
}

func (r row) name() string { return r.cols[0] }

func (r row) col(i int) string {
	if i >= 0 && i < len(r.cols) {
		return r.cols[i]
	}
	return ""
}

// forms are the canonical name and every alias of a row.
func (r row) forms() []string { return append([]string{r.name()}, split(r.col(1))...) }

func (r row) String() string { return r.file + ":" + strconv.Itoa(r.line) + " " + r.name() }

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// readRows parses one embedded file, failing the test on malformed lines.
func readRows(t *testing.T, tb table) []row {
	t.Helper()
	f, err := FS.Open(tb.file)
	require.NoError(t, err, "embedded %s", tb.file)
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		require.True(t, utf8.ValidString(line), "%s:%d is not UTF-8", tb.file, n)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := row{file: tb.file, line: n, cols: strings.Split(line, "\t")}
		checkCells(t, tb, r)
		rows = append(rows, r)
	}
	require.NoError(t, sc.Err())
	return rows
}

func checkCells(t *testing.T, tb table, r row) {
	t.Helper()
	assert.GreaterOrEqual(t, len(r.cols), tb.minCols, "%s: too few columns", r)
	assert.LessOrEqual(t, len(r.cols), tb.maxCols, "%s: too many columns", r)
	assert.NotEmpty(t, r.name(), "%s: empty name", r)
	for _, c := range r.cols {
		assert.Equal(t, strings.TrimSpace(c), c, "%s: stray whitespace in %q", r, c)
		for _, item := range split(c) {
			assert.NotEmpty(t, strings.TrimSpace(item), "%s: empty list item in %q", r, c)
		}
	}
	seen := map[string]bool{}
	for _, form := range r.forms() {
		assert.False(t, seen[form], "%s: %q listed twice", r, form)
		seen[form] = true
	}
}

func loadAll(t *testing.T) map[string][]row {
	t.Helper()
	all := map[string][]row{}
	for _, tb := range tables {
		all[tb.file] = readRows(t, tb)
	}
	return all
}

func TestFilesParseAndMeetTargets(t *testing.T) {
	all := loadAll(t)
	for _, tb := range tables {
		rows := all[tb.file]
		t.Logf("%s: %d rows", tb.file, len(rows))
		assert.GreaterOrEqual(t, len(rows), tb.min, "%s has too few rows", tb.file)
	}
}

func TestKindsAndFlags(t *testing.T) {
	all := loadAll(t)
	for _, tb := range tables {
		for _, r := range all[tb.file] {
			if tb.kindCol >= 0 {
				assert.Contains(t, tb.kinds, r.col(tb.kindCol), "%s: unknown kind", r)
			}
			if f := r.col(tb.flagCol); f != "" {
				assert.Equal(t, "ambiguous", f, "%s: unknown flag", r)
			}
		}
	}
	for _, r := range all["orgs.tsv"] {
		if r.col(4) == "unit" {
			assert.NotEmpty(t, r.col(3), "%s: a unit needs a parent", r)
		}
	}
	for _, r := range all["people.tsv"] {
		assert.NotEmpty(t, r.col(3), "%s: a person needs a role", r)
	}
}

// legalForms are company-law suffixes a canonical name must not end with.
var legalForms = map[string]bool{"inc": true, "incorporated": true, "corp": true,
	"corporation": true, "co": true, "ltd": true, "limited": true, "llc": true,
	"llp": true, "lp": true, "l p": true, "plc": true, "ag": true, "sa": true, "s a": true,
	"nv": true, "n v": true, "se": true, "gmbh": true, "oyj": true, "asa": true,
	"spa": true, "bv": true, "pty": true, "kk": true, "pbc": true}

// brandSuffix lists names whose last word looks like a legal form but is
// how the company is always named ("News Corp").
var brandSuffix = map[string]bool{"News Corp": true}

func TestCanonicalNamesHaveNoLegalSuffix(t *testing.T) {
	all := loadAll(t)
	for _, file := range []string{"orgs.tsv", "products.tsv", "publishers.tsv"} {
		for _, r := range all[file] {
			if brandSuffix[r.name()] {
				continue
			}
			words := strings.Fields(strings.ToLower(r.name()))
			last := strings.Trim(words[len(words)-1], ".,")
			assert.False(t, len(words) > 1 && legalForms[last], "%s: legal suffix on canonical name", r)
		}
	}
}

// suffixes are dropped by the extractor's and the scorer's name folding, so
// two forms that differ only by them are the same name.
var suffixes = map[string]bool{"inc": true, "incorporated": true, "corp": true,
	"corporation": true, "co": true, "company": true, "ltd": true, "limited": true,
	"llc": true, "plc": true, "ag": true, "sa": true, "nv": true, "se": true,
	"gmbh": true, "group": true, "holdings": true}

var possessive = regexp.MustCompile(`'s\b`)

// fold mirrors normName in package extract and norm in eval/score.py.
func fold(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "&", " and ")
	s = possessive.ReplaceAllString(strings.ReplaceAll(s, "\u2019", "'"), "")
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '+' || r == '-')
	})
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && suffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

func TestNoFormNamesTwoRows(t *testing.T) {
	all := loadAll(t)
	owner := map[string]row{}
	for _, tb := range tables {
		for _, r := range all[tb.file] {
			for _, form := range r.forms() {
				key := fold(form)
				require.NotEmpty(t, key, "%s: %q folds to nothing", r, form)
				if prev, ok := owner[key]; ok && prev.String() != r.String() {
					assert.Fail(t, "shared name", "%q of %s also names %s", form, r, prev)
					continue
				}
				owner[key] = r
			}
		}
	}
}

var tickerRE = regexp.MustCompile(`^[A-Z][A-Z0-9]{0,5}(\.[A-Z]{1,2})?$`)

// Tickers are matched as names by the extractor, so they must not name any
// other row either.
func TestTickersAreUniqueAndWellFormed(t *testing.T) {
	all := loadAll(t)
	names := map[string]row{}
	for _, tb := range tables {
		for _, r := range all[tb.file] {
			for _, form := range r.forms() {
				names[fold(form)] = r
			}
		}
	}
	seen := map[string]row{}
	for _, r := range all["orgs.tsv"] {
		for _, tk := range split(r.col(2)) {
			assert.Regexp(t, tickerRE, tk, "%s: odd ticker", r)
			if prev, ok := seen[tk]; ok {
				assert.Fail(t, "shared ticker", "%s: ticker %s also on %s", r, tk, prev)
			}
			if other, ok := names[fold(tk)]; ok && other.String() != r.String() {
				assert.Fail(t, "ticker names a row", "%s: ticker %s names %s", r, tk, other)
			}
			seen[tk] = r
		}
	}
}

func TestReferencesResolveToOrgs(t *testing.T) {
	all := loadAll(t)
	orgs := map[string]row{}
	for _, r := range all["orgs.tsv"] {
		orgs[r.name()] = r
	}
	for _, tb := range tables {
		for _, r := range all[tb.file] {
			if ref := r.col(tb.refCol); ref != "" {
				_, ok := orgs[ref]
				assert.True(t, ok, "%s: %q is not a canonical org", r, ref)
			}
		}
	}
	for name, r := range orgs {
		assertNoParentCycle(t, orgs, name, r)
	}
}

func assertNoParentCycle(t *testing.T, orgs map[string]row, name string, r row) {
	t.Helper()
	seen := map[string]bool{name: true}
	for p := r.col(3); p != ""; p = orgs[p].col(3) {
		if !assert.False(t, seen[p], "%s: parent chain loops at %q", r, p) {
			return
		}
		seen[p] = true
	}
}

// goldEntity is the part of a gold annotation this test reads.
type goldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

// TestCoversGoldEntities measures how many entities annotated in the shared
// seeds and dev set the lexicon knows by one of their forms.
func TestCoversGoldEntities(t *testing.T) {
	known := map[string]bool{}
	for _, rows := range loadAll(t) {
		for _, r := range rows {
			for _, form := range r.forms() {
				known[fold(form)] = true
			}
		}
	}
	files := goldFiles(t)
	hit, total := 0, 0
	for _, path := range files {
		for _, e := range readGold(t, path) {
			if e.Optional {
				continue
			}
			total++
			if knowsAny(known, append([]string{e.Name}, e.Aliases...)) {
				hit++
			} else {
				t.Logf("not in lexicon: %s %q (%s)", e.Type, e.Name, filepath.Base(path))
			}
		}
	}
	t.Logf("gold entities known: %d of %d in %d files", hit, total, len(files))
	assert.GreaterOrEqual(t, float64(hit), 0.85*float64(total), "lexicon covers too few gold entities")
}

func goldFiles(t *testing.T) []string {
	t.Helper()
	shared := filepath.Join("..", "..", "..", "..", "shared")
	var files []string
	for _, dir := range []string{"seeds/gold", "eval/dev"} {
		m, err := filepath.Glob(filepath.Join(shared, dir, "*.json"))
		require.NoError(t, err)
		files = append(files, m...)
	}
	require.NotEmpty(t, files, "no gold files under %s", shared)
	return files
}

func readGold(t *testing.T, path string) []goldEntity {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var doc struct {
		Entities []goldEntity `json:"entities"`
	}
	require.NoError(t, json.Unmarshal(b, &doc), path)
	return doc.Entities
}

func knowsAny(known map[string]bool, forms []string) bool {
	for _, f := range forms {
		if known[fold(f)] {
			return true
		}
	}
	return false
}
