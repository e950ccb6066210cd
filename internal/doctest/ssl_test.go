package doctest_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/doctest"
)

const (
	sslRST   = "../../doctests/ssl.rst"
	sslTable = "../../doctests/ssl.skips.tsv"
	specRST  = "/work/shared/spec/ssl.rst"
)

// TestSSLCopyOfSpec checks that doctests/ssl.rst is the spec, unchanged.
func TestSSLCopyOfSpec(t *testing.T) {
	spec, err := os.ReadFile(specRST)
	if err != nil {
		t.Skipf("spec not found: %v", err)
	}
	ours, err := os.ReadFile(sslRST)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(spec, ours) {
		t.Errorf("%s differs from %s", sslRST, specRST)
	}
}

// TestSSLInventory counts the examples of doctests/ssl.rst and how each one
// is handled: skipped (by category), build-dependent (checked against
// python3), or run against the file's text.
func TestSSLInventory(t *testing.T) {
	data, err := os.ReadFile(sslRST)
	if err != nil {
		t.Fatal(err)
	}
	examples := doctest.Parse(string(data))
	table, err := doctest.LoadTable(sslTable)
	if err != nil {
		t.Fatal(err)
	}
	if err := table.Check(examples); err != nil {
		t.Fatalf("table does not fit the file: %v", err)
	}
	if len(examples) != 41 {
		t.Errorf("found %d examples, want 41", len(examples))
	}
	groups := map[string]int{}
	kinds := map[string]int{}
	skips := map[string]int{}
	var python3, run, runWithOptions int
	for i := range examples {
		ex := &examples[i]
		groups[ex.Group]++
		kinds[ex.Kind.String()]++
		if ex.Err != "" {
			t.Errorf("line %d malformed: %s", ex.Line, ex.Err)
		}
		e := table.Lookup(ex)
		switch {
		case e == nil:
			run++
		case e.Action == doctest.ActionSkip:
			skips[e.Reason]++
		case e.Action == doctest.ActionPython3:
			python3++
		default:
			runWithOptions++
		}
	}
	check := func(what string, want, got any) {
		t.Helper()
		if !equal(want, got) {
			t.Errorf("%s: want %v, got %v", what, want, got)
		}
	}
	check("groups", map[string]int{"default": 36, "newcontext": 5}, groups)
	check("block kinds", map[string]int{"literal": 30, "paragraph": 6, "doctest": 5}, kinds)
	check("skipped by category", map[string]int{
		"Windows only":                        1,
		"needs internet host www.python.org":  5,
		"needs internet host mail.python.org": 2,
		"file absent on this system: /etc/ssl/certs/ca-bundle.crt (the spec says to adjust it)": 1,
	}, skips)
	check("build-dependent (python3)", 7, python3)
	check("run against the text", 24, run)
	check("run against the text with extra options", 1, runWithOptions)
}

func equal(a, b any) bool {
	am, aok := a.(map[string]int)
	bm, bok := b.(map[string]int)
	if aok && bok {
		if len(am) != len(bm) {
			return false
		}
		for k, v := range am {
			if bm[k] != v {
				return false
			}
		}
		return true
	}
	return a == b
}
