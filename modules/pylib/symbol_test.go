package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of symbol (Lib/modules/symbol.py) against CPython 3.6.

const symbolPrelude = pytesting.ShowRepr + `import symbol
`

var symbolCases = []pytesting.Case{
	{"count", `len(symbol.sym_name)`},
	{"table", `sorted(symbol.sym_name.items())`},
	{"first last", `(symbol.single_input, symbol.file_input, symbol.eval_input, symbol.encoding_decl)`},
	{"some rules", `(symbol.funcdef, symbol.async_funcdef, symbol.annassign, symbol.atom, symbol.comparison, symbol.yield_arg)`},
	{"constants agree", `all(getattr(symbol, n) == v for v, n in symbol.sym_name.items())`},
	{"names", `sorted(n for n in dir(symbol) if not n.startswith("__"))`},
	{"range", `(min(symbol.sym_name), max(symbol.sym_name))`},
	{"doc", `symbol.__doc__`},
	{"loop leftovers", `(hasattr(symbol, "_name"), hasattr(symbol, "_value"))`},
	{"main", `callable(symbol._main)`},
}

func TestSymbolDifferential(t *testing.T) {
	pytesting.DiffCases(t, "symbol", symbolPrelude, symbolCases)
}
