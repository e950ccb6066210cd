package codecache_test

import (
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// cpythonReadsSrc is the module whose code TestCPythonReadsEncoded encodes:
// bytes, floats, complex, nested code objects with cells (the test adds
// longs and a frozenset).
const cpythonReadsSrc = `big = -2**70
data = b"\x00\xff" + b"z"
members = frozenset({1, (2, 3), "s"})
def outer(a, *rest):
    def inner():
        return a, rest, 2**40, 1.5, 2j, None, ...
    return inner
result = outer("x", 1)()
`

// cpythonReadsScript loads the hex of an encoded code object with
// marshal.loads and prints its fields (not run: the bytecode is
// gpython's, not CPython's).
const cpythonReadsScript = `import marshal
co = marshal.loads(bytes.fromhex(HEX))
def show(co, indent):
    print(indent, co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals,
          co.co_stacksize, co.co_flags, co.co_firstlineno, co.co_filename)
    print(indent, co.co_names, co.co_varnames, co.co_freevars, co.co_cellvars)
    print(indent, len(co.co_code), co.co_lnotab.hex())
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            show(c, indent + "  ")
        elif isinstance(c, frozenset):
            print(indent, "frozenset", sorted(map(repr, c)))
        else:
            print(indent, type(c).__name__, repr(c))
show(co, "")
`

// TestCPythonReadsEncoded: the cache's entries are CPython 3.6's marshal
// format, so CPython 3.6's marshal.loads reads what Encode wrote, and
// marshal.loads here (the same reader Decode uses) gives the same fields
// and the same results.
func TestCPythonReadsEncoded(t *testing.T) {
	co, err := py.Compile(cpythonReadsSrc, "<cached>", py.ExecMode, 0, true)
	require.NoError(t, err)
	// Constants the compiler folds elsewhere: a long below -2**63, an int
	// beyond 32 bits, a frozenset holding a tuple and bytes.
	members := vm.NewFrozenSet()
	for _, m := range []py.Object{py.Int(1), py.Tuple{py.Int(2), py.Bytes("3")}, py.String("s\u00e9")} {
		require.NoError(t, members.Add(m))
	}
	huge := new(big.Int).Lsh(big.NewInt(-3), 70)
	co.Consts = append(co.Consts, (*py.BigInt)(huge), py.Int(-1<<40), py.Int(1<<35), members)
	buf, err := codecache.Encode(co)
	require.NoError(t, err)
	script := "HEX = '" + hex.EncodeToString(buf) + "'\n" + cpythonReadsScript
	want := pytesting.CPython36Output(t, "encoded_code", script)
	got, err := pytesting.Run(t, script)
	require.NoError(t, err)
	require.Equal(t, want, got)
}
