package pytesting

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The script's text is what stored outputs are keyed by: it must not
// change.
func TestCaseScript(t *testing.T) {
	cases := []Case{{"one", `1 + 1`}, {"quote", `"a\"b"`}}
	assert.Equal(t, "P\n_show(\"case0\", lambda: 1 + 1)\n_show(\"case1\", lambda: \"a\\\"b\")\n",
		CaseScript("P\n", cases))
}

func TestCaseLines(t *testing.T) {
	got := CaseLines("noise\ncase0 => 2\ncase1 !! builtins ValueError x y\ncase2\ncases\n")
	assert.Equal(t, map[string]string{"case0": "=> 2", "case1": "!! builtins ValueError x y"}, got)
}

func TestCompareCasesRun(t *testing.T) {
	cases := []Case{{"sum", `1 + 1`}, {"error", `int("x")`}}
	// plain gpython: no type names, so this _show prints a fixed word
	src := CaseScript("def _show(name, f):\n    try:\n        print(name, f())\n    except Exception:\n        print(name, 'raised')\n", cases)
	out, err := RunGuarded(t, src)
	require.NoError(t, err)
	assert.Equal(t, "case0 2\ncase1 raised\n", out)
	CompareCases(t, cases, out, out)
}
