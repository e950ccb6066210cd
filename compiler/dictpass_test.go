package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storeMapLeft reports whether co or a code object among its constants
// still holds a STORE_MAP: a display the dict pass left as gpython made
// it, its value evaluated before its key.
func storeMapLeft(co *py.Code) bool {
	if ins, ok := decodeCode(co.Code); ok && hasStoreMap(ins) {
		return true
	}
	for _, c := range co.Consts {
		if k, ok := c.(*py.Code); ok && storeMapLeft(k) {
			return true
		}
	}
	return false
}

// TestDictPassEverywhere checks that the dict pass rewrites the displays
// that follow a test whose value a conditional jump pops (whose start
// the analysis hands on to the display's dict), in every corpus case
// too: {f(): g()} is no longer rewritten for the key's order.
func TestDictPassEverywhere(t *testing.T) {
	for _, src := range []string{
		"def f(a, b):\n    if a and b:\n        d = {'x': a, 'y': ', '.join(b)}\n        raise E(d)\n",
		"if a is not None and b not in a:\n    args = {f(): g(), 'k': h()}\n",
		"while x:\n    y = {f(1): f(2)} if c else {f(3): 4}\n",
		"x = [{f(): g()} for a in b if a]\n",
		"def g():\n    if not a:\n        return\n    return {k(): v() for k in a}, {1: f(), k(): 2}\n",
		"try:\n    pass\nexcept E:\n    if x or y:\n        z = {f(): g()}\n",
	} {
		co, err := Compile(src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, "%q", src)
		assert.False(t, storeMapLeft(co), "%q", src)
		assert.NotContains(t, co.Names, unpackHelper, "%q", src)
	}
	forEachCompiledLangCase(t, func(f string, co *py.Code) {
		assert.False(t, storeMapLeft(co), f)
	})
}
