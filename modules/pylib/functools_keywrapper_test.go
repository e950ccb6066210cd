package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// functools.cmp_to_key against CPython 3.6: the key function is itself a
// functools.KeyWrapper (type and module), calling it wraps one object,
// wrong calls and comparisons with other types fail with 3.6's messages,
// and sorting with it works.

const keyWrapperPrelude = pytesting.ShowRepr + `import functools
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
`

var keyWrapperCases = []pytesting.Case{
	{"key type", `(type(K).__name__, type(K).__module__)`},
	{"wrapped type", `(type(K(3)).__name__, K(3).obj)`},
	{"keyword obj", `K(obj=4).obj`},
	{"compare", `(K(3) < K(4), K(3) == K(3), K(5) >= K(4), K(1) > K(2), K(2) <= K(2))`},
	{"no argument", `K()`},
	{"two arguments", `K(1, 2)`},
	{"other type", `K(1) < 3`},
	{"callable", `(callable(K), callable(K(1)))`},
	{"sorted", `sorted(["b", "c", "a"], key=K)`},
	{"sorted reverse", `sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))`},
	{"obj assignable", `(lambda w: (setattr(w, "obj", 9), w.obj))(K(1))`},
}

func TestFunctoolsKeyWrapperDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "functools_keywrapper", keyWrapperPrelude, keyWrapperCases)
}
