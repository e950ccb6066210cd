package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the argument errors of
// pickle's module functions (CPython's come from _pickle's C keyword
// parser: "Required argument 'obj' (pos 1) not found", ...) and of the
// protocol's conversion, which Pickler shares.

const pickleArgsPrelude = pytesting.ShowRepr + `import pickle, io
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
class Int:
    def __int__(self):
        return 2
`

var pickleArgsCases = []pytesting.Case{
	{"dumps missing", `[err(lambda: pickle.dumps()), err(lambda: pickle.dumps(protocol=2))]`},
	{"dumps counts", `[err(lambda: pickle.dumps(1, 2, 3)), err(lambda: pickle.dumps(1, 2, True, 4)), err(lambda: pickle.dumps(1, 2, fix_imports=False, x=1))]`},
	{"dumps by name and position", `err(lambda: pickle.dumps(1, obj=1))`},
	{"dumps keywords", `[err(lambda: pickle.dumps(obj=1)), err(lambda: pickle.dumps(1, y=2)), err(lambda: pickle.dumps(1, protocol=None, fix_imports=None))]`},
	{"protocol kinds", `[err(lambda: pickle.dumps(1, p)[:2]) for p in ('a', 2.0, Int(), True, -1, 5, 2**70, -2**70, None)]`},
	{"pickler protocol", `[err(lambda: (lambda f: (pickle.Pickler(f, p).dump(1), f.getvalue()[:2])[1])(io.BytesIO())) for p in ('a', 2.5, Int(), 4, 2**64)]`},
	{"dump", `[err(lambda: pickle.dump()), err(lambda: pickle.dump(1)), err(lambda: pickle.dump(1, 2)), err(lambda: pickle.dump(1, io.BytesIO(), 2, True, 5)), err(lambda: pickle.dump(obj=1, file=io.BytesIO())), err(lambda: pickle.dump(1, io.BytesIO(), 2, 3))]`},
	{"loads", `[err(lambda: pickle.loads()), err(lambda: pickle.loads(b'N.', 1)), err(lambda: pickle.loads(data=b'N.')), err(lambda: pickle.loads(b'N.', encoding=1)), err(lambda: pickle.loads(b'N.', errors=b'x')), err(lambda: pickle.loads(b'N.', y=1)), err(lambda: pickle.loads('N.'))]`},
	{"load", `[err(lambda: pickle.load()), err(lambda: pickle.load(file=1)), err(lambda: pickle.load(io.BytesIO(b'N.'), fix_imports=0, encoding='x')), err(lambda: pickle.load(io.BytesIO(b'N.'), 1)), err(lambda: pickle.load(io.BytesIO(b'N.'), encoding=None))]`},
}

func TestPickleArgumentErrors(t *testing.T) {
	pytesting.DiffCases(t, "pickle_args", pickleArgsPrelude, pickleArgsCases)
}
