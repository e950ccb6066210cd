package weakref_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestVerdictsAndClassSet checks abc's two weak helpers: answers and
// members held by identity, gone once their class is collected.
func TestVerdictsAndClassSet(t *testing.T) {
	out, err := pytesting.RunGuarded(t, `
import gc, _weakref
class A: pass
class B: pass
class Unhashable(type):
    __hash__ = None
v = _weakref._Verdicts()
v.set(A, True); v.set(B, False)
print(v.get(A), v.get(B), v.get(int), v.get(3), len(v))
v.set(3, True)
print(v.get(3), len(v))
s = _weakref._ClassSet()
U = Unhashable("U", (), {})
s.add(A); s.add(U); s.add(A)
print(A in s, U in s, B in s, 3 in s, len(s), [c.__name__ for c in s])
s.remove(U)
try:
    s.remove(U)
except KeyError:
    print("KeyError")
del A
gc.collect()
print(len(s), list(s), v.get(B))
try:
    v.set(B, 1)
except TypeError as e:
    print(e)
v.clear()
print(len(v), v.get(B))
`)
	require.NoError(t, err, out)
	assert.Equal(t, strings.Join([]string{
		"True False None None 2",
		"None 2",
		"True True False False 2 ['A', 'U']",
		"KeyError",
		"0 [] False",
		"the answer must be a bool",
		"0 None",
	}, "\n")+"\n", out)
}
