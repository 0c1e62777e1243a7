package extract

import (
	"testing"
	"unicode"
)

// tokenGateTexts are gateTexts plus the number and period shapes the
// token gates decide on.
func tokenGateTexts(t *testing.T) []string {
	return append(gateTexts(t), "FY2024 fy25 the first-quarter Q3 the third quarter USD5bn eur12m 2019 1,200 ½ ٣ 3rd-quarter")
}

// TestTokenGates: the quick per-token tests of moneyStart (tfDigit) and
// findTimesIn (noTimeStart) never reject a token the full tests accept.
func TestTokenGates(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range tokenGateTexts(t) {
		low := lowerASCII(d)
		for _, sp := range splitSentences(d, nil) {
			toks, _ := lx.scan(d, low, sp.start, sp.end, nil)
			for i := range toks {
				tk := &toks[i]
				n++
				if tk.kind == tNum && tk.flags&tfDigit == 0 {
					t.Errorf("number %q without tfDigit", tk.s)
				}
				if len(tk.low) > 3 && isDigit(tk.low[3]) && tk.flags&tfDigit == 0 {
					t.Errorf("%q: a digit without tfDigit", tk.s)
				}
				the := tk.low == "the" && i+1 < len(toks) && toks[i+1].cls&wTime != 0
				if noTimeStart(tk) && (timeStart(tk) || the) {
					t.Errorf("%q: noTimeStart rejects a time start", tk.s)
				}
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d tokens", n)
	}
}

// TestProbes: find16, probe8 and lookup8 (scan's probes) give getHashed's
// answer for every key of the class tables and for words that are none.
func TestProbes(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"competitorsxyz", "acquisitions", "partnerships", "qqqqqqqqq", "abcdefghijklmno", "zz", "abcd", "quarterly"}
	for w := range lx.cls {
		words = append(words, w, w+"x", "x"+w)
	}
	for w := range lx.capCls {
		words = append(words, w, w+"s")
	}
	for _, w := range words {
		want, _ := lx.clsT.get(w)
		if n := len(w); n >= 9 && n <= 15 {
			x := w + "        "
			h, v := hash16(load64(x), load64(x[8:]), n)
			if got := lx.clsT.find16(h, v, load64(x), n, w); got != want {
				t.Errorf("find16(%q) = %x, want %x", w, got, want)
			}
		}
		if n := len(w); n >= 1 && n <= 8 {
			h, v := hash8(load64(w+"        "), n)
			if got, ok := lx.clsT.probe8(h, v, n); ok && got != lx.clsT.find8(h, v, n) {
				t.Errorf("probe8(%q) = %x, want %x", w, got, want)
			}
			for _, tab := range []*wordTable{lx.clsT, lx.capT} {
				got, ok := tab.lookup8(h, v, n)
				if want, wantOK := tab.getHashed(h, v, n, w); got != want || ok != wantOK {
					t.Errorf("lookup8(%q) = %x %v, want %x %v", w, got, ok, want, wantOK)
				}
			}
		}
	}
}

// TestLowerASCII: lowerASCII (32 bytes a step, then 8, then bytes) lowers
// exactly the ASCII capitals, at every length and alignment.
func TestLowerASCII(t *testing.T) {
	var b []byte
	for n := 0; n < 1200; n++ {
		b = append(b, byte(n*37%256))
		s := string(b)
		want := []byte(s)
		for k, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[k] = c + 32
			}
		}
		if got := lowerASCII(s); got != string(want) {
			t.Fatalf("length %d: lowerASCII differs", n+1)
		}
	}
}

// TestGeneralPunct: the runes generalPunct claims are no letter, digit or
// space, as isWordRune and tokenStep skip those tests for them.
func TestGeneralPunct(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !generalPunct(r) {
			continue
		}
		n++
		if unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
			t.Errorf("%U is a letter, digit or space", r)
		}
	}
	if n != 0x18 {
		t.Errorf("%d runes", n)
	}
}
