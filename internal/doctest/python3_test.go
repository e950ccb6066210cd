package doctest

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// TestSSLUnderPython3 replays the runnable examples of doctests/ssl.rst
// (fixtures included) under python3 and compares with the file's text, to
// show that the fixtures make the names the examples need: CPython 3.11
// must print the spec's cert_store_stats and session_stats results. The
// examples CPython itself prints differently are listed, so that a gpython
// failure there can be told from a spec that aged.
func TestSSLUnderPython3(t *testing.T) {
	bin, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: differential test skipped")
	}
	const path = "../../doctests/ssl.rst"
	data, err := os.ReadFile(path)
	requireNoError(t, err)
	table, err := LoadTable("../../doctests/ssl.skips.tsv")
	requireNoError(t, err)
	examples := Parse(string(data))
	r := &runner{base: "ssl", tmp: t.TempDir(), opts: Options{Fixtures: filepath.Dir(path)}}
	requireNoError(t, writeTestCerts(r.tmp))

	byGroup := map[string][]int{}
	plans := make([]plan, len(examples))
	for i := range examples {
		plans[i] = planFor(&examples[i], table.Lookup(&examples[i]))
		if plans[i].runs() {
			byGroup[examples[i].Group] = append(byGroup[examples[i].Group], i)
		}
	}
	matches := map[int]bool{}
	for g, idx := range byGroup {
		res, err := r.replay(bin, g, examples, idx)
		requireNoError(t, err)
		for k, i := range idx {
			got := res.Examples[k].Out
			if res.Examples[k].Exc != nil {
				got = "Traceback (most recent call last):\n" + *res.Examples[k].Exc
				wantExc, ok := splitTraceback(examples[i].Want)
				matches[examples[i].Line] = ok && outputMatches(wantExc, *res.Examples[k].Exc, plans[i].flags)
				continue
			}
			matches[examples[i].Line] = outputMatches(examples[i].Want, got, plans[i].flags)
		}
	}
	var differ []int
	for line, ok := range matches {
		if !ok {
			differ = append(differ, line)
		}
	}
	sort.Ints(differ)
	// The build-dependent lines (the table's python3 entries) and 386,
	// where CPython 3.7+ raises SSLCertVerificationError, of which
	// CertificateError became an alias, with a tuple as its message.
	assertEqual(t, []int{386, 848, 858, 867, 869, 1364, 1381, 1641}, differ, "lines where python3 differs from the spec")
	assertEqual(t, 32, len(matches), "examples gpython runs")
}
